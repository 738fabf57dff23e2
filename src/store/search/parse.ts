/**
 * The search syntax, one grammar for both engines:
 *   words, "exact phrases", prefix*, AND / OR / NOT (AND is implied), -word, ( … ),
 *   fields title: source: lang: country: actor:, dates date:2018-03-01..2018-03-31, date:2018-03,
 *   from:2018-03-01, to:2018-03-31.
 */
export type Node =
  | { type: "term"; field: "text" | "title"; value: string; phrase: boolean; prefix: boolean }
  | { type: "filter"; field: "source" | "lang" | "country" | "actor"; value: string }
  | { type: "date"; from?: string; to?: string }
  | { type: "and"; items: Node[] }
  | { type: "or"; items: Node[] }
  | { type: "not"; item: Node };

export class QuerySyntaxError extends Error {}

type Tok = { t: "word" | "phrase" | "lp" | "rp" | "and" | "or" | "not" | "minus"; v: string; field?: string };

const FIELDS = new Set(["title", "source", "lang", "language", "country", "actor", "date", "from", "to"]);

function lex(q: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "(" || ch === ")") {
      out.push({ t: ch === "(" ? "lp" : "rp", v: ch });
      i++;
      continue;
    }
    if (ch === "-" && out.length >= 0 && (i === 0 || /[\s(]/.test(q[i - 1]!)) && q[i + 1] && !/\s/.test(q[i + 1]!)) {
      out.push({ t: "minus", v: "-" });
      i++;
      continue;
    }
    let field: string | undefined;
    const fm = /^([A-Za-z]+):(?=\S)/.exec(q.slice(i));
    if (fm && FIELDS.has(fm[1]!.toLowerCase())) {
      field = fm[1]!.toLowerCase();
      i += fm[0].length;
    }
    if (q[i] === '"' || q[i] === "\u201c") {
      const close = q.slice(i + 1).search(/["\u201d]/);
      if (close < 0) throw new QuerySyntaxError(`unclosed quote in: ${q}`);
      out.push({ t: "phrase", v: q.slice(i + 1, i + 1 + close), field });
      i += close + 2;
      continue;
    }
    const m = /^[^\s()"]+/.exec(q.slice(i));
    const word = m ? m[0] : q[i]!;
    i += word.length;
    if (!field && word === "AND") out.push({ t: "and", v: word });
    else if (!field && word === "OR") out.push({ t: "or", v: word });
    else if (!field && word === "NOT") out.push({ t: "not", v: word });
    else out.push({ t: "word", v: word, field });
  }
  return out;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function leaf(tok: Tok): Node {
  const field = tok.field === "language" ? "lang" : tok.field;
  if (field === "date" || field === "from" || field === "to") {
    const v = tok.v;
    if (field === "from") return checkDate({ type: "date", from: v }, v);
    if (field === "to") return checkDate({ type: "date", to: v }, v);
    const range = /^(.*)\.\.(.*)$/.exec(v);
    if (range) return checkDate({ type: "date", from: range[1] || undefined, to: range[2] || undefined }, v);
    if (v.startsWith(">=")) return checkDate({ type: "date", from: v.slice(2) }, v);
    if (v.startsWith("<=")) return checkDate({ type: "date", to: v.slice(2) }, v);
    return checkDate({ type: "date", from: v, to: v }, v);
  }
  if (field === "source" || field === "lang" || field === "country" || field === "actor") return { type: "filter", field, value: tok.v };
  const prefix = tok.t === "word" && tok.v.endsWith("*") && tok.v.length > 1;
  const value = prefix ? tok.v.slice(0, -1) : tok.v;
  return { type: "term", field: field === "title" ? "title" : "text", value, phrase: tok.t === "phrase", prefix };
}

function checkDate(n: Extract<Node, { type: "date" }>, raw: string): Node {
  for (const d of [n.from, n.to])
    if (d !== undefined && !DATE.test(d)) throw new QuerySyntaxError(`bad date "${raw}": use YYYY, YYYY-MM or YYYY-MM-DD, ranges as A..B`);
  return n;
}

/** Parses a query; throws QuerySyntaxError with the reason. An empty query is an error. */
export function parseQuery(q: string): Node {
  const toks = lex(q);
  let pos = 0;
  const peek = () => toks[pos];
  function or(): Node {
    const items = [and()];
    while (peek()?.t === "or") {
      pos++;
      items.push(and());
    }
    return items.length === 1 ? items[0]! : { type: "or", items };
  }
  function and(): Node {
    const items = [unary()];
    for (;;) {
      const t = peek();
      if (!t || t.t === "or" || t.t === "rp") break;
      if (t.t === "and") pos++;
      items.push(unary());
    }
    return items.length === 1 ? items[0]! : { type: "and", items };
  }
  function unary(): Node {
    const t = peek();
    if (!t) throw new QuerySyntaxError(`query ends too early: ${q}`);
    if (t.t === "not" || t.t === "minus") {
      pos++;
      return { type: "not", item: unary() };
    }
    if (t.t === "lp") {
      pos++;
      const inner = or();
      if (peek()?.t !== "rp") throw new QuerySyntaxError(`missing ")" in: ${q}`);
      pos++;
      return inner;
    }
    if (t.t === "word" || t.t === "phrase") {
      pos++;
      return leaf(t);
    }
    throw new QuerySyntaxError(`unexpected "${t.v}" in: ${q}`);
  }
  if (toks.length === 0) throw new QuerySyntaxError("empty query");
  const node = or();
  if (pos < toks.length) throw new QuerySyntaxError(`unexpected "${toks[pos]!.v}" in: ${q}`);
  if (!hasPositive(node)) throw new QuerySyntaxError(`a query needs at least one thing to find, not only exclusions: ${q}`);
  return node;
}

function hasPositive(n: Node): boolean {
  if (n.type === "not") return false;
  if (n.type === "and") return n.items.some(hasPositive);
  if (n.type === "or") return n.items.every(hasPositive);
  return true;
}

/** The words a match should highlight (positive text terms). */
export function positiveTerms(n: Node, negated = false): { value: string; field: "text" | "title"; phrase: boolean; prefix: boolean }[] {
  if (n.type === "not") return positiveTerms(n.item, !negated);
  if (n.type === "and" || n.type === "or") return n.items.flatMap((i) => positiveTerms(i, negated));
  if (n.type === "term" && !negated) return [{ value: n.value, field: n.field, phrase: n.phrase, prefix: n.prefix }];
  return [];
}
