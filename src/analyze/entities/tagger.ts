/**
 * An averaged-perceptron BIO tagger over tokens (the statistical part of the entity finder), trained as a
 * structured perceptron and decoded by first-order (tag-bigram) Viterbi (Collins 2002). Weights are data
 * (data/ner/model.json), trained by bench/nlp/train-ner.ts on the train and dev splits of WikiGold and
 * MEANTIME (CC BY 4.0).
 */
import type { Token } from "../tokenize.js";
import {
  TEMPLATE as C,
  CONTEXT_TEMPLATES,
  type DocStats,
  JOINED_PARTS,
  makeView,
  RPOS,
  RUN,
  RUN_TEMPLATES,
  runValues,
  type TokenView,
  WORD_TEMPLATES,
  wordValues,
} from "./features.js";

/** Word template numbers by name (WORD_TEMPLATES). */
const WORD = Object.fromEntries(WORD_TEMPLATES.map((t, k) => [t, k])) as Record<(typeof WORD_TEMPLATES)[number], number>;

const CONNECTORS = new Set([
  "of",
  "the",
  "and",
  "&",
  "de",
  "da",
  "del",
  "der",
  "van",
  "von",
  "for",
  "on",
  "upon",
  "la",
  "le",
  "du",
  "al",
  "bin",
  "y",
  "-",
  "'s",
  "’s",
  ".",
  "in",
  "at",
]);

/** A stretch of tokens decoded together: [first, last], and which of them are connectors. */
export interface Segment {
  first: number;
  last: number;
  /**
   * Per token of the segment: 0, or 1 for a connector (part of a name only after a name word), or 2 for a
   * hyphen inside a word ("Rhys-Davies"), which continues the name before it into the word after it.
   */
  link: number[];
}

/**
 * The stretches of a document the tagger scores: runs of capitalised words, digits next to them and
 * connectors after them, within one sentence. Every other token is O without scoring (most of a news text),
 * which keeps the tagger fast; training skips the same tokens. With the tokens, a hyphen inside a word is told
 * from other connectors.
 */
export function segments(view: TokenView, sentenceStart: boolean[], tokens?: Token[]): Segment[] {
  const n = view.w.length;
  const out: Segment[] = [];
  for (let i = 0; i < n; ) {
    // (Whether a run starts here needs no connector lookup: most tokens are tested only for this.)
    if (!inRun(view, i)) {
      i++;
      continue;
    }
    const link = [0];
    let j = i;
    while (j + 1 < n && !sentenceStart[j + 1]) {
      const k = tokenKind(view, j + 1);
      if (k === 0) break;
      const t = tokens?.[j + 1];
      const glued = !!t && view.w[j + 1] === "-" && tokens?.[j]?.end === t.start && t.end === tokens?.[j + 2]?.start;
      link.push(k === 2 ? (glued ? 2 : 1) : 0);
      j++;
    }
    // A name does not end with a connector ("Washington .", "Smith and"): trailing ones stay O.
    while (link[link.length - 1]) {
      link.pop();
      j--;
    }
    out.push({ first: i, last: j, link });
    i = j + 1;
  }
  return out;
}

/** Whether token i is a word of a run: capitalised, or a number next to a capitalised word. */
function inRun(view: TokenView, i: number): boolean {
  if (view.cap[i]) return true;
  const c0 = (view.w[i] as string).charCodeAt(0);
  return c0 >= 48 && c0 <= 57 && (!!view.cap[i + 1] || !!view.cap[i - 1]);
}

/** A token's kind in segments(): 1 a word of a run (inRun), 2 a connector, 0 anything else. */
function tokenKind(view: TokenView, i: number): number {
  if (inRun(view, i)) return 1;
  return CONNECTORS.has(view.w[i] as string) ? 2 : 0;
}

/** Which tag may follow which: `ok[p * T + t]`, p = T standing for the sentence start; I-X only after B-X/I-X. */
export function transitions(tags: string[]): Rules {
  const T = tags.length;
  const ok = new Uint8Array((T + 1) * T);
  const name = new Uint8Array(T + 1);
  const inside = Uint8Array.from(tags, (t) => (t.startsWith("I-") ? 1 : 0));
  for (let p = 0; p <= T; p++) {
    const pt = p === T ? "" : (tags[p] as string);
    name[p] = pt !== "" && pt !== "O" ? 1 : 0;
    for (let t = 0; t < T; t++) {
      const tt = tags[t] as string;
      ok[p * T + t] = !tt.startsWith("I-") || (pt.length > 2 && pt.slice(2) === tt.slice(2)) ? 1 : 0;
    }
  }
  return { ok, name, inside };
}

/** Tag constraints: `ok` (see transitions), whether a tag is a name tag (`name`, index T: sentence start), an I- tag. */
export interface Rules {
  ok: Uint8Array;
  name: Uint8Array;
  inside: Uint8Array;
}

/** Whether tag t may follow tag p at a token of kind `link` (see Segment) after one of kind `before`. */
function allowed(rules: Rules, T: number, O: number, p: number, t: number, link: number, before: number): boolean {
  if (!rules.ok[p * T + t]) return false;
  if (link === 1 && t !== O && !rules.name[p]) return false;
  if ((link === 2 || before === 2) && rules.name[p]) return !!rules.inside[t];
  // A hyphenated word is in a name whole or not at all: after a hyphen left out, its second half is left out too.
  return !((link === 2 || before === 2) && t !== O);
}

const scratch = { back: new Int32Array(256), a: new Float64Array(0), b: new Float64Array(0) };

/**
 * Best tag sequence of one segment (first-order Viterbi). `em[k][t]`: score of tag t at token k;
 * `tr[k][p * T + t]`: score of tag p before tag t at token k (p = T: sentence start); `start`: the tag before
 * the segment (the sentence start or O). A connector (`link`) takes a name tag only after a name tag.
 * `L`: the segment's length when `em` and `tr` are longer (reused buffers); the tags go into `out`.
 */
export function viterbi(
  em: Float64Array[],
  tr: Float64Array[],
  start: number,
  link: number[],
  rules: Rules,
  O: number,
  L = em.length,
  out: number[] = new Array<number>(L),
): number[] {
  const T = (em[0] as Float64Array).length;
  if (scratch.back.length < L * T) scratch.back = new Int32Array(2 * L * T);
  if (scratch.a.length !== T) {
    scratch.a = new Float64Array(T);
    scratch.b = new Float64Array(T);
  }
  const back = scratch.back;
  let prev = scratch.a;
  let cur = scratch.b;
  for (let t = 0; t < T; t++) {
    prev[t] = allowed(rules, T, O, start, t, link[0] as number, 0)
      ? (em[0] as Float64Array)[t]! + (tr[0] as Float64Array)[start * T + t]!
      : Number.NEGATIVE_INFINITY;
  }
  for (let k = 1; k < L; k++) {
    const e = em[k] as Float64Array;
    const r = tr[k] as Float64Array;
    const kind = link[k] as number;
    const before = link[k - 1] as number;
    for (let t = 0; t < T; t++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = O;
      for (let p = 0; p < T; p++) {
        if (!allowed(rules, T, O, p, t, kind, before)) continue;
        const s = prev[p]! + r[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[t] = best + e[t]!;
      back[k * T + t] = arg;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let best = O;
  for (let t = 0; t < T; t++) if (prev[t]! > prev[best]!) best = t;
  for (let k = L - 1; k >= 0; k--) {
    out[k] = best;
    best = back[k * T + best]!;
  }
  return out;
}

export interface TaggerModel {
  tags: string[];
  /** feature → weights per tag. */
  weights: Record<string, number[]>;
}

export class Tagger {
  readonly tags: string[];
  private readonly w: Map<string, Float64Array>;
  private readonly rules: Rules;
  private readonly o: number;
  /**
   * Context feature weights by template number (CONTEXT_TEMPLATES): of the template alone, and by value, as
   * nested maps for the templates that join parts (`two[t].get(a).get(b)` is the weight of `t=a|b`; a key
   * with a `|` inside a part is filed under every split, so a lookup finds exactly the joined key).
   */
  private readonly alone: (Float64Array | undefined)[];
  private readonly one: Map<string, Float64Array>[];
  private readonly two: Map<string, Map<string, Float64Array>>[];
  private readonly three: Map<string, Map<string, Map<string, Float64Array>>>[];
  /** Weights of the word-form features by template number (WORD_TEMPLATES): of the template alone, and by value. */
  private readonly wordAlone: (Float64Array | undefined)[] = WORD_TEMPLATES.map(() => undefined);
  private readonly wordWeights: Map<string, Float64Array>[] = WORD_TEMPLATES.map(() => new Map());
  /** Weights of the run features by template number (RUN_TEMPLATES) and value. */
  private readonly runWeights: Map<string, Float64Array>[] = RUN_TEMPLATES.map(() => new Map());
  /** Weights of the prediction-history feature `ph=` by type. */
  private readonly history = new Map<string, Float64Array>();
  /** Weights of `run` by RUN's index, and of `rpos` as RPOS. */
  private readonly runScores: (Float64Array | undefined)[];
  private readonly rposScores: (Float64Array | undefined)[][];
  /** Weights of the previous-tag feature `pt=`, as `[p * T + t]` (p = T: sentence start). */
  private readonly prevScores: Float64Array;
  private readonly transByWord: Map<string, Float64Array>;
  constructor(model: TaggerModel) {
    this.tags = model.tags;
    this.w = new Map(Object.entries(model.weights).map(([k, v]) => [k, Float64Array.from(v)]));
    this.rules = transitions(this.tags);
    const T = this.tags.length;
    this.o = this.tags.indexOf("O");
    this.prevScores = new Float64Array((T + 1) * T);
    const n = CONTEXT_TEMPLATES.length;
    this.alone = new Array<Float64Array | undefined>(n);
    this.one = Array.from({ length: n }, () => new Map());
    this.two = Array.from({ length: n }, () => new Map());
    this.three = Array.from({ length: n }, () => new Map());
    const index = new Map<string, number>(CONTEXT_TEMPLATES.map((t, k) => [t, k]));
    /** Positions of the `|` in s. */
    const cuts = (s: string): number[] => {
      const out: number[] = [];
      for (let j = s.indexOf("|"); j >= 0; j = s.indexOf("|", j + 1)) out.push(j);
      return out;
    };
    for (const [key, v] of this.w) {
      const eq = key.indexOf("=");
      const name = eq < 0 ? key : key.slice(0, eq);
      if (name === "ph" && eq >= 0) this.history.set(key.slice(eq + 1), v);
      const wt = (WORD_TEMPLATES as readonly string[]).indexOf(name);
      if (wt >= 0) {
        if (eq < 0) this.wordAlone[wt] = v;
        else this.wordWeights[wt]!.set(key.slice(eq + 1), v);
      }
      const r = (RUN_TEMPLATES as readonly string[]).indexOf(name);
      if (r >= 0 && eq >= 0) this.runWeights[r]!.set(key.slice(eq + 1), v);
      const t = index.get(name);
      if (t === undefined) continue;
      if (eq < 0) {
        this.alone[t] = v;
        continue;
      }
      const value = key.slice(eq + 1);
      const parts = JOINED_PARTS[CONTEXT_TEMPLATES[t] as (typeof CONTEXT_TEMPLATES)[number]] ?? 1;
      if (parts === 1) this.one[t]!.set(value, v);
      else if (parts === 2) {
        for (const j of cuts(value)) {
          const a = value.slice(0, j);
          const m = this.two[t]!.get(a) ?? new Map<string, Float64Array>();
          m.set(value.slice(j + 1), v);
          this.two[t]!.set(a, m);
        }
      } else {
        const c = cuts(value);
        for (const j of c)
          for (const k of c) {
            if (k <= j) continue;
            const a = value.slice(0, j);
            const b = value.slice(j + 1, k);
            const ma = this.three[t]!.get(a) ?? new Map<string, Map<string, Float64Array>>();
            const mb = ma.get(b) ?? new Map<string, Float64Array>();
            mb.set(value.slice(k + 1), v);
            ma.set(b, mb);
            this.three[t]!.set(a, ma);
          }
      }
    }
    for (let p = 0; p <= T; p++) {
      const v = this.w.get(`pt=${p === T ? "<S>" : this.tags[p]}`);
      if (v) for (let t = 0; t < T; t++) this.prevScores[p * T + t] = v[t] as number;
    }
    const none = new Float64Array(0);
    this.edges = { start: this.formOf("<s>", "<S>", "", none, none, ""), end: this.formOf("</s>", "</S>", "", none, none, "") };
    this.transByWord = this.transWords();
    this.runScores = RUN.map((x) => this.one[C.run]!.get(x));
    this.rposScores = RPOS.map((row) => row.map((x) => this.one[C.rpos]!.get(x)));
  }

  /** Each word form's weights (see Form), looked up once per form and kept; START/END stand for the sentence edges. */
  private readonly forms = new Map<string, Form>();
  private readonly edges: { start: Form; end: Form };
  private form(w: string): Form {
    let f = this.forms.get(w);
    if (!f) {
      // The word features' weights summed in wordValues' order, read from the per-template maps (no key strings).
      const own = new Float64Array(this.tags.length);
      const got: (string | undefined)[] = [];
      wordValues(w, (t, x) => {
        addTo(own, x === undefined ? this.wordAlone[t] : this.wordWeights[t]!.get(x));
        got[t] = x;
      });
      const lw = got[WORD.w] as string;
      f = this.formOf(lw, got[WORD.sh] as string, got[WORD.g] as string, own, this.transScores(lw), got[WORD.cr] as string);
      if (this.forms.size > 100000) this.forms.clear();
      this.forms.set(w, f);
    }
    return f;
  }

  /** The weights of the context features a word with these values brings, as itself and as a neighbour. */
  private formOf(lw: string, sh: string, gz: string, own: Float64Array, trans: Float64Array, cr: string): Form {
    const { one, two, three } = this;
    return {
      lw,
      sh,
      own,
      trans,
      pw: one[C.pw]!.get(lw),
      nw: one[C.nw]!.get(lw),
      p2w: one[C.p2w]!.get(lw),
      n2w: one[C.n2w]!.get(lw),
      psh: one[C.psh]!.get(sh),
      nsh: one[C.nsh]!.get(sh),
      pg: one[C.pg]!.get(gz),
      ng: one[C.ng]!.get(gz),
      pwW: two[C["pw+w"]]!.get(lw),
      wNw: two[C["w+nw"]]!.get(lw),
      sh3: three[C.sh3]!.get(sh),
      firstG: one[C["first+g"]]!.get(gz),
      firstCr: one[C["first+cr"]]!.get(cr),
    };
  }

  /**
   * Transition scores at a word: `pt=` plus the word's `pt+w=` weights, as `[p * T + t]`. Words with `pt+w=`
   * weights (a few thousand) get theirs summed once at load (transByWord); every other word shares `pt=` alone
   * (read only), so a new word builds no keys and allocates nothing here.
   */
  private transScores(lw: string): Float64Array {
    return this.transByWord.get(lw) ?? this.prevScores;
  }

  /** `pt=` plus the `pt+w=` weights, by the lower-cased word, for the words that have any (see transScores). */
  private transWords(): Map<string, Float64Array> {
    const T = this.tags.length;
    const row = new Map<string, number>(this.tags.map((t, p) => [t, p]));
    row.set("<S>", T);
    const out = new Map<string, Float64Array>();
    const prefix = "pt+w=";
    for (const [key, x] of this.w) {
      if (!key.startsWith(prefix)) continue;
      // `pt+w=TAG|w=WORD`: a tag has no `|`, so the first one ends it.
      const bar = key.indexOf("|", prefix.length);
      if (bar < 0 || !key.startsWith("w=", bar + 1)) continue;
      const p = row.get(key.slice(prefix.length, bar));
      if (p === undefined) continue;
      const lw = key.slice(bar + 3);
      let v = out.get(lw);
      if (!v) {
        v = Float64Array.from(this.prevScores);
        out.set(lw, v);
      }
      for (let t = 0; t < T; t++) v[p * T + t] = (v[p * T + t] as number) + (x[t] as number);
    }
    return out;
  }

  /**
   * Adds the weights of token i's context features to s: the features of contextFeatures, in its order (so the
   * sums are the same to the last bit), read from the forms' weights instead of built as strings and looked up.
   * test/analyze/tagger.test.ts checks that the two agree.
   */
  private addContext(
    s: Float64Array,
    v: TokenView,
    i: number,
    sentenceStart: boolean[],
    stats: DocStats,
    formAt: (i: number) => Form,
  ): void {
    const n = v.w.length;
    const hasP1 = i > 0 && !sentenceStart[i];
    const hasP2 = hasP1 && i > 1 && !sentenceStart[i - 1];
    const hasN1 = i + 1 < n && !sentenceStart[i + 1];
    const hasN2 = hasN1 && i + 2 < n && !sentenceStart[i + 2];
    const { start, end } = this.edges;
    const f = formAt(i);
    const p = hasP1 ? formAt(i - 1) : start;
    const q = hasN1 ? formAt(i + 1) : end;
    const cap = v.cap[i] as boolean;
    addTo(s, p.pw);
    addTo(s, q.nw);
    addTo(s, (hasP2 ? formAt(i - 2) : start).p2w);
    addTo(s, (hasN2 ? formAt(i + 2) : end).n2w);
    addTo(s, p.psh);
    addTo(s, q.nsh);
    addTo(s, p.sh3?.get(f.sh)?.get(q.sh));
    addTo(s, p.pg);
    addTo(s, q.ng);
    addTo(s, p.pwW?.get(f.lw));
    addTo(s, f.wNw?.get(q.lw));
    if (sentenceStart[i]) {
      addTo(s, this.alone[C.first]);
      addTo(s, f.firstG);
      addTo(s, f.firstCr);
    }
    addTo(s, this.runScores[(cap ? 4 : 0) + (hasP1 && v.cap[i - 1] ? 2 : 0) + (hasN1 && v.cap[i + 1] ? 1 : 0)]);
    const a = v.runFirst[i] as number;
    if (a >= 0) {
      const b = v.runLast[i] as number;
      addTo(s, (this.rposScores[a === b ? 0 : i === a ? 1 : i === b ? 2 : 3] as (Float64Array | undefined)[])[Math.min(b - a + 1, 4) - 1]);
    }
    if (cap) {
      const w = v.w[i] as string;
      const cues = stats.cues.get(w);
      if (cues) for (const c of cues) addTo(s, this.one[C.dc]!.get(c));
      addTo(s, this.alone[stats.lower.has(f.lw) ? C.lowSeen : C.lowUnseen]);
      const midCap = stats.midCap.has(w);
      if (midCap) addTo(s, this.alone[C.midCap]);
      if (sentenceStart[i]) addTo(s, this.alone[midCap ? C["first+midCap"] : C["first+noMidCap"]]);
    }
  }

  /** Token i's word and context feature weights summed, as tag() scores it before the run and history features. */
  contextScores(tokens: Token[], sentenceStart: boolean[], stats: DocStats, i: number): Float64Array {
    const view = makeView(tokens, sentenceStart);
    const formAt = (j: number): Form => this.form(view.w[j] as string);
    const s = Float64Array.from(formAt(i).own);
    this.addContext(s, view, i, sentenceStart, stats, formAt);
    return s;
  }

  /** The transition scores tag() uses at a word, as `[p * T + t]` (p = T: sentence start); read only. */
  transitionScores(w: string): Float64Array {
    return this.form(w).trans;
  }

  /** Emission scores per token of a segment, reused from one segment to the next. */
  private readonly em: Float64Array[] = [];
  private readonly tr: Float64Array[] = [];
  private readonly best: number[] = [];

  /** Tags each token; a tag's I- may only follow its own B-/I-. */
  tag(tokens: Token[], sentenceStart: boolean[], stats: DocStats): string[] {
    const T = this.tags.length;
    const out: string[] = tokens.map(() => "O");
    const view = makeView(tokens, sentenceStart);
    const em = this.em;
    const tr = this.tr;
    const forms: (Form | undefined)[] = new Array(view.w.length);
    const formAt = (i: number): Form => (forms[i] ??= this.form(view.w[i] as string));
    const run = new Float64Array(T);
    let runStart = -1;
    // Prediction history: the types each capitalised word already got in the document (earlier segments).
    const seen = new Map<string, Set<string>>();
    for (const seg of segments(view, sentenceStart, tokens)) {
      const L = seg.last - seg.first + 1;
      for (let k = 0; k < L; k++) {
        const i = seg.first + k;
        if (k === em.length) em.push(new Float64Array(T));
        const s = em[k] as Float64Array;
        s.set(formAt(i).own);
        this.addContext(s, view, i, sentenceStart, stats, formAt);
        const a = view.runFirst[i] as number;
        if (a >= 0) {
          if (a !== runStart) {
            run.fill(0);
            const values = runValues(view, a, view.runLast[i] as number, sentenceStart);
            for (let r = 0; r < values.length; r++) {
              const v = this.runWeights[r]!.get(values[r] as string);
              if (v) for (let t = 0; t < T; t++) run[t] = (run[t] as number) + (v[t] as number);
            }
            runStart = a;
          }
          for (let t = 0; t < T; t++) s[t] = (s[t] as number) + (run[t] as number);
        }
        const history = view.cap[i] ? seen.get(view.w[i] as string) : undefined;
        if (history)
          for (const type of history) {
            const v = this.history.get(type);
            if (v) for (let t = 0; t < T; t++) s[t] = (s[t] as number) + (v[t] as number);
          }
        tr[k] = formAt(i).trans;
      }
      const best = viterbi(em, tr, sentenceStart[seg.first] ? T : this.o, seg.link, this.rules, this.o, L, this.best);
      for (let k = 0; k < L; k++) {
        const i = seg.first + k;
        const tag = this.tags[best[k] as number] as string;
        out[i] = tag;
        if (view.cap[i] && tag !== "O") {
          const word = view.w[i] as string;
          const set = seen.get(word) ?? new Set<string>();
          set.add(tag.slice(2));
          seen.set(word, set);
        }
      }
    }
    return out;
  }
}

/**
 * A word form's weights: its own features' summed (`own`), its transition scores (`trans`), and the weights of
 * the context features it brings to a token as that token (`firstG`, `firstCr`), as the word before (`pw`,
 * `psh`, `pg`; `p2w` two before) or after (`nw`, `nsh`, `ng`; `n2w`), with the maps of the joined features
 * that start with it (`pwW`: `pw+w` by the next word; `wNw`: `w+nw` by the next word; `sh3` by the next two shapes).
 */
interface Form {
  lw: string;
  sh: string;
  own: Float64Array;
  trans: Float64Array;
  pw: Float64Array | undefined;
  nw: Float64Array | undefined;
  p2w: Float64Array | undefined;
  n2w: Float64Array | undefined;
  psh: Float64Array | undefined;
  nsh: Float64Array | undefined;
  pg: Float64Array | undefined;
  ng: Float64Array | undefined;
  pwW: Map<string, Float64Array> | undefined;
  wNw: Map<string, Float64Array> | undefined;
  sh3: Map<string, Map<string, Float64Array>> | undefined;
  firstG: Float64Array | undefined;
  firstCr: Float64Array | undefined;
}

function addTo(s: Float64Array, v: Float64Array | undefined): void {
  if (v) for (let t = 0; t < s.length; t++) s[t] = (s[t] as number) + (v[t] as number);
}
