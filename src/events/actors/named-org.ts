/**
 * "The commission", "the network", "the company": a definite description of an organisation that refers back
 * to the one organisation named in the last few sentences that the description fits: its name has the noun
 * ("National Telecommunications Commission" … "the commission"), or the article describes it so ("broadcast
 * corporation ABS-CBN" … "the network"; "ABS-CBN Corporation is the largest … broadcasting company"), or its
 * sector is the noun's (a party, a court). Two organisations that fit, or none: no link.
 */
import type { Tok } from "../text/tokens.js";
import type { ActorMention } from "./mention.js";

/** Sentences back the organisation may have been named in. */
const ORG_WINDOW = 3;

const COMPANY = ["company", "firm", "corporation", "corp", "inc", "ltd", "plc", "llc", "conglomerate", "airline", "airlines", "carrier"];
const BROADCASTER = ["network", "broadcaster", "broadcast", "broadcasting", "television", "tv"];

/** Nouns of "the <noun>" → the words that describe an organisation of that kind, and the sector such one has. */
const ORG_CLASS: Record<string, { words: string[]; sector?: RegExp }> = {
  company: { words: COMPANY, sector: /^BUS$/ },
  firm: { words: COMPANY, sector: /^BUS$/ },
  corporation: { words: COMPANY, sector: /^BUS$/ },
  airline: { words: ["airline", "airlines", "airways", "carrier"] },
  network: { words: BROADCASTER, sector: /^MED$/ },
  broadcaster: { words: BROADCASTER, sector: /^MED$/ },
  commission: { words: ["commission"] },
  committee: { words: ["committee"] },
  ministry: { words: ["ministry"] },
  department: { words: ["department"] },
  agency: { words: ["agency"] },
  court: { words: ["court", "tribunal"], sector: /^JUD$/ },
  council: { words: ["council"] },
  party: { words: ["party"], sector: /^PTY$/ },
  group: { words: ["group"] },
  army: { words: ["army"] },
  militia: { words: ["militia"] },
  organisation: { words: ["organisation", "organization"] },
  organization: { words: ["organisation", "organization"] },
  bank: { words: ["bank"] },
  union: { words: ["union"] },
  university: { words: ["university"] },
  club: { words: ["club", "fc"] },
  authority: { words: ["authority"] },
};

/** Every word that describes some kind of organisation (a class noun right before a name). */
const CLASS_WORDS = new Set(Object.values(ORG_CLASS).flatMap((c) => c.words));

/** Words that end a company's name without telling it apart ("ABS-CBN Corporation" is "ABS-CBN"). */
const CORPORATE_SUFFIX = /^(corporation|corp|inc|ltd|plc|llc|co|limited)\.?$/;
/** Nouns an organisation noun qualifies ("the council chambers", "the party platform", "the company's" aside). */
const COMPOUND_HEAD =
  /^(structure|chambers?|headquarters|building|premises|members?|membership|leaders?|leadership|president|chairman|chairwoman|chair|spokes(?:man|woman|person)|officials?|executives?|employees?|staff|workers|platform|offices?|website|statement|meetings?|convention|nominee|nomination|ticket|rules|board|account|logo|brand|name|shares?|stock)$/;
const GERUND = /^\p{Ll}{3,}ing$/u;
const QUOTE = /^["“‘']$/;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** One organisation, whatever name variant the article uses ("ABS-CBN", "ABS-CBN Corporation"). */
function orgKey(m: ActorMention): string {
  const words = m.name.toLowerCase().split(/\s+/);
  while (words.length > 1 && CORPORATE_SUFFIX.test(words[words.length - 1]!)) words.pop();
  return words.join(" ");
}

/** The head noun of "the <noun>" at token i that may stand for a named organisation, else null. */
export function orgDescription(toks: Tok[], i: number): string | null {
  const t = toks[i];
  if (!t || toks[i - 1]?.low !== "the" || !Object.hasOwn(ORG_CLASS, t.low) || !LOWER_WORD.test(t.text)) return null;
  const next = toks[i + 1]?.low ?? "";
  // "the company structure", "the council chambers", "the party platform": the noun qualifies another.
  if (COMPOUND_HEAD.test(next)) return null;
  // "the network of tunnels", "the party's leader", "the company's shares": another phrase, or a possessor;
  // not "accusing the network of violating its franchise", "accused the network of \"swindling\"".
  if (/^('s|’s)$/.test(next) || (next === "of" && !GERUND.test(toks[i + 2]?.low ?? "") && !QUOTE.test(toks[i + 2]?.text ?? "")))
    return null;
  return t.low;
}

/** A named organisation: an entity the analysis did not type a person, not itself resolved by coreference. */
const named = (m: ActorMention): boolean => m.kind === "entity" && !m.person && !m.coref;

interface Named {
  m: ActorMention;
  key: string;
  sentence: number;
}

/** Named organisations of an article, read sentence by sentence, with what the article says they are. */
export class NamedOrgs {
  private list: Named[] = [];
  /** Words that describe each organisation (by key): its name, a noun before it, what it "is". */
  private described = new Map<string, Set<string>>();

  private describe(key: string, words: string[]): void {
    const set = this.described.get(key) ?? new Set<string>();
    for (const w of words) set.add(w);
    this.described.set(key, set);
  }

  /** What the sentence says `m` is: its name, a class noun right before it, a description after "is a". */
  private read(toks: Tok[], m: ActorMention): string {
    const key = orgKey(m);
    this.describe(key, [...m.name.toLowerCase().split(/\s+/), ...toks.slice(m.ti, m.tj).map((t) => t.low)]);
    // "broadcast corporation ABS-CBN", "the oil company Shell": lower-case nouns right before the name.
    const before: string[] = [];
    for (let k = m.ti - 1; k >= 0 && k >= m.ti - 3 && LOWER_WORD.test(toks[k]!.text) && toks[k]!.low !== "the"; k--)
      before.push(toks[k]!.low);
    // (Only a noun right before the name describes it: "accusing ABS-CBN" is no description.)
    if (before.length > 0 && CLASS_WORDS.has(before[0]!)) this.describe(key, before);
    // "ABS-CBN Corporation is the largest television and radio broadcasting company": the words up to the
    // class noun that ends the description.
    if (/^(is|was)$/.test(toks[m.tj]?.low ?? "") && /^(a|an|the)$/.test(toks[m.tj + 1]?.low ?? "")) {
      const desc: string[] = [];
      for (let k = m.tj + 2; k < toks.length && k < m.tj + 12 && LOWER_WORD.test(toks[k]!.text); k++) desc.push(toks[k]!.low);
      this.describe(key, desc);
    }
    return key;
  }

  /** Mentions noted but not yet read: most articles never ask `find`, so reading waits until one does. */
  private unread: { toks: Tok[]; m: ActorMention; sentence: number }[] = [];

  /** Record the named organisations of sentence `si` (its mentions before coreference). */
  note(toks: Tok[], ms: ActorMention[], si: number): void {
    for (const m of ms) if (named(m)) this.unread.push({ toks, m, sentence: si });
  }

  /**
   * The one organisation "the <noun>" in sentence `si` stands for: named in the last ORG_WINDOW sentences or
   * earlier in its own sentence (`before`), described by the noun or of its sector; undefined when none or two fit.
   */
  find(noun: string, si: number, before: ActorMention[], toks: Tok[]): ActorMention | undefined {
    const cls = ORG_CLASS[noun]!;
    for (const u of this.unread) this.list.push({ m: u.m, key: this.read(u.toks, u.m), sentence: u.sentence });
    this.unread = [];
    const fits = (n: Named): boolean => {
      const words = this.described.get(n.key);
      return cls.words.some((w) => words?.has(w)) || cls.sector?.test(n.m.sector ?? "-") === true;
    };
    // Organisations of this sentence are described by what it says before the noun, too.
    const here: Named[] = before.filter(named).map((m) => ({ m, key: this.read(toks, m), sentence: si }));
    const candidates = [...this.list.filter((n) => si - n.sentence <= ORG_WINDOW), ...here].filter(fits);
    // One body under a shorter and a longer name ("the Judiciary Committee", "House Judiciary Committee").
    const keys = [...new Set(candidates.map((n) => n.key))];
    const bodies = keys.filter((k) => !keys.some((o) => o !== k && k.endsWith(` ${o}`)));
    if (bodies.length !== 1) return undefined;
    // The latest mention of the one organisation: the fullest name and place the article gives it then.
    return candidates[candidates.length - 1]!.m;
  }
}
