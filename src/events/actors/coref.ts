/**
 * Discourse coreference for event actors, over a whole article: a personal pronoun ("He said …") or a
 * definite office ("the minister", "the president") with no one named before it in its own sentence
 * stands for the most recent compatible actor named earlier in the article; "the company", "the group",
 * "the organisation" for the most recent organisation; "the commission", "the network", "the court" for the one
 * organisation named in the last sentences that the noun fits (named-org.ts). The resolved mention keeps its own span and text
 * and records the antecedent's text in `coref` (the coder lowers its confidence). "It" and "they" are left
 * to the coder (they never stand for one person); "the government", "the ministry" keep the story's
 * country, which the coder gives them.
 */
import { getActor, roleAt } from "../../dict/actors.js";
import type { Tok } from "../text/tokens.js";
import { rememberPersons } from "./memory.js";
import { type ActorMention, fullShape } from "./mention.js";
import { NamedOrgs, orgDescription } from "./named-org.js";
import { placeAt } from "./places.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LETTER_FIRST = /^\p{L}/u;
const LETTERS = /^\p{L}+$/u;

/** Sentences back an antecedent may be found in: of a pronoun; of a named office or body ("the crown prince"). */
const WINDOW = 4;
const OFFICE_WINDOW = 10;

const PERSON_PRONOUN = /^(he|she|him|her)$/i;

/** Head nouns of offices one person holds ("the minister", "the prime minister", "the spokesperson"). */
const OFFICE_HEAD =
  /^(president|president-elect|minister|premier|chancellor|secretary|spokes(?:man|woman|person)|governor|mayor|judge|senator|ambassador|envoy|king|queen|emir|prince|sheikh|prosecutor|congressman|congresswoman|speaker|leader|chairman|chairwoman|commander)$/;

/** Nouns that stand for an organisation named before ("the company said"), with the sectors such an organisation has. */
const ORG_NOUN: Record<string, RegExp> = {
  company: /^BUS$/,
  firm: /^BUS$/,
  airline: /^BUS$/,
  carrier: /^BUS$/,
  party: /^PTY$/,
  network: /^(MED|JRN)$/,
  broadcaster: /^(MED|JRN)$/,
  newspaper: /^(MED|JRN)$/,
  agency: /^$/,
  group: /^$/,
  organisation: /^$/,
  organization: /^$/,
  union: /^$/,
};

/** An organisation "the <noun>" may stand for: one of the noun's sectors, or named by the noun ("Saudi Press Agency"). */
const orgFits = (m: ActorMention, noun: string): boolean =>
  ORG_NOUN[noun]!.test(m.sector ?? "-") || m.name.toLowerCase().split(/\s+/).includes(noun);

interface Seen {
  m: ActorMention;
  person: boolean;
  /** The first actor of its sentence (its subject, as a rule). */
  subject: boolean;
  /** The person's gender as the article gives it (titles, a he/she continuing the sentence it heads). */
  gender?: "m" | "f";
  sentence: number;
  /** Words of the mention and of the title right before it, lower case ("us president donald trump"). */
  words: string[];
}

/** A person: a name the analysis typed PER, or a singular office ("the President", "Russia's foreign minister"). */
const isPerson = (m: ActorMention, toks: Tok[]): boolean =>
  m.person === true || (m.kind === "agent" && OFFICE_HEAD.test(toks[m.tj - 1]?.low ?? ""));

const isOrg = (m: ActorMention): boolean =>
  m.kind === "entity" && !m.person && (m.country !== null || m.sector !== null || m.ref !== undefined) && !m.unplaced;

/** Words that make an office another one ("vice president", "deputy minister", "former president"). */
const OTHER_OFFICE = /^(vice|deputy|assistant|former|ex|acting|first|shadow|junior)$/;

/** Does the office named by `words` end in `head` ("us president donald trump" → president)? */
const officeIn = (words: string[], head: string): boolean =>
  words.some((w, i) => w === head && !OTHER_OFFICE.test(words[i - 1] ?? "") && !/^vice-/.test(w));

/** The office words the text gives a person ("President Trump" → president), or the office the dictionary
 * gives them at the article's date (Biden is no president in 2020). */
function holds(s: Seen, head: string, date: string | null): boolean {
  if (officeIn(s.words, head)) return true;
  const entry = s.m.ref && date ? getActor(s.m.ref) : undefined;
  const office = entry ? roleAt(entry, date)?.office : undefined;
  return office !== undefined && officeIn(office.toLowerCase().split(/[\s-]+/), head);
}

/**
 * The last of `holders` when they are all one person, else undefined: one dictionary person, and names
 * without one that are a word of that person's name ("Crown Prince Mohammad" … "Mohammad bin Salman"); or,
 * with no dictionary person, one name key.
 */
function soleHolder(holders: Seen[]): Seen | undefined {
  const linked = holders.filter((s) => s.m.ref);
  if (linked.length === 0) return new Set(holders.map((s) => keyOf(s.m))).size === 1 ? holders[holders.length - 1] : undefined;
  const one = linked[linked.length - 1]!;
  const words = new Set(one.m.name.toLowerCase().split(/\s+/));
  const same = (s: Seen) => (s.m.ref ? s.m.ref === one.m.ref : words.has(keyOf(s.m).toLowerCase()));
  return holders.every(same) ? one : undefined;
}

/** "the minister", "the prime minister": the head noun of a definite singular office with no country of its own. */
function definiteOffice(m: ActorMention, toks: Tok[]): string | null {
  if (m.kind !== "agent" || m.country || toks[m.ti - 1]?.low !== "the") return null;
  const head = toks[m.tj - 1]?.low ?? "";
  if (!OFFICE_HEAD.test(head)) return null;
  // "the president of Armenia", "the minister for …": named by what follows, not by an antecedent; "the
  // prime minister, Boris Johnson,": by the name after it.
  if (/^(of|for|from|in)$/.test(toks[m.tj]?.low ?? "")) return null;
  if (toks[m.tj]?.low === "," && UPPER_FIRST.test(toks[m.tj + 1]?.text ?? "")) return null;
  return head;
}

/** The agent noun a mention ends in ("US Embassy in" → embassy): its last word that is a lower-case-able noun. */
function headOf(m: ActorMention, toks: Tok[]): string | null {
  for (let k = m.tj - 1; k >= m.ti; k--) {
    const w = toks[k]!.low;
    if (LETTERS.test(w) && !/^(in|of|for|at|the)$/.test(w)) return w;
  }
  return null;
}

/** "the embassy", "the ministry": a definite body with no country of its own (a singular, not an office). */
function definiteBody(m: ActorMention, toks: Tok[]): string | null {
  if (m.kind !== "agent" || m.country || m.tj - m.ti !== 1 || toks[m.ti - 1]?.low !== "the") return null;
  const head = toks[m.ti]!.low;
  if (OFFICE_HEAD.test(head) || /s$/.test(head)) return null;
  if (/^(of|for|from|in)$/.test(toks[m.tj]?.low ?? "")) return null;
  return head;
}

/**
 * A sentence opening with "The <age or adjective>* <Demonym>" whose demonym is the noun itself ("The
 * sixteen-year-old Swede is …", "The 28-year-old Briton was …"): the country of that demonym.
 */
function describedNationality(toks: Tok[]): string | null {
  if (toks[0]?.low !== "the") return null;
  for (let k = 1; k < Math.min(toks.length - 1, 5); k++) {
    const w = toks[k]!.text;
    if (CAPITALISED.test(w)) {
      const hit = placeAt([w], 0);
      // "Swede", "Briton" are stored with the country names: singular person nouns all the same.
      if ((hit?.kind !== "demonym" && hit?.kind !== "country") || hit.length !== 1 || /s$/.test(w)) return null;
      // The demonym is the noun: a verb or a comma follows, not another noun ("The Swedish government").
      return /^(is|was|has|had|said|will|would|,)$/.test(toks[k + 1]?.low ?? "") ? hit.country : null;
    }
    if (!/^[\p{Ll}\d-]+$/u.test(w)) return null;
  }
  return null;
}

function resolved(m: ActorMention, ante: ActorMention): ActorMention {
  const { unplaced: _u, ...rest } = ante;
  return fullShape({
    ...rest,
    ...(ante.unplaced ? { unplaced: true } : {}),
    start: m.start,
    end: m.end,
    ti: m.ti,
    tj: m.tj,
    text: m.text,
    coref: ante.coref ?? ante.text,
  });
}

/** A resolved description keeps its own sector where the organisation has none ("the company" → BUS). */
const withSector = (m: ActorMention, sector: string | null): ActorMention => (m.sector || !sector ? m : { ...m, sector });

const MALE = /^(mr|sir|king|prince|lord|emir|sheikh|sultan|chairman|congressman|spokesman|assemblyman|he|him|his)$/;
const FEMALE = /^(mrs|ms|miss|lady|dame|queen|princess|chairwoman|congresswoman|spokeswoman|assemblywoman|she|her)$/;

/** The gender a person's own title words give ("King Maha Vajiralongkorn", "Mrs May", "the spokeswoman"). */
function titleGender(words: string[]): "m" | "f" | undefined {
  const title = words.filter((w) => w !== "the" && w !== ".");
  if (title.some((w) => MALE.test(w) && w !== "he" && w !== "him" && w !== "his")) return "m";
  if (title.some((w) => FEMALE.test(w) && w !== "she" && w !== "her")) return "f";
  return undefined;
}

/**
 * Genders the article gives its people by name: a title, or the pronoun opening the sentence after one
 * the person heads (no one else named before it): "Gutierrez was … . He was reportedly seen …".
 */
function genders(sentences: { toks: Tok[]; ms: ActorMention[] }[]): Map<string, "m" | "f"> {
  const tally = new Map<string, [number, number]>();
  sentences.forEach(({ toks, ms }, si) => {
    const head = ms.find((m) => m.kind !== "pronoun");
    if (!head?.person) return;
    const t = tally.get(keyOf(head)) ?? [0, 0];
    tally.set(keyOf(head), t);
    const next = sentences[si + 1];
    const first = next?.toks[0]?.low ?? "";
    if (first === "he") t[0]++;
    if (first === "she") t[1]++;
    const g = titleGender(toks.slice(Math.max(0, head.ti - 2), head.tj).map((x) => x.low));
    if (g === "m") t[0] += 2;
    if (g === "f") t[1] += 2;
  });
  const out = new Map<string, "m" | "f">();
  for (const [name, [m, f]] of tally) {
    if (m > 0 && m >= 2 * f) out.set(name, "m");
    else if (f > 0 && f >= 2 * m) out.set(name, "f");
  }
  return out;
}

/** "her own party", "her title": a possessive, not an actor. */
const possessive = (toks: Tok[], m: ActorMention): boolean =>
  m.text.toLowerCase() === "her" &&
  LETTER_FIRST.test(toks[m.tj]?.text ?? "") &&
  !/^(to|that|and|or|of|in|on|at|for|with|about|as|if|not|from|by|into|after|before|when|while|during|over)$/.test(toks[m.tj]!.low);

/** Names are counted by their last word ("Pohiva" is "Akilisi Pohiva"). */
const keyOf = (m: ActorMention): string => (m.person ? (m.name.trim().split(/\s+/).pop() ?? m.name) : m.name);

/**
 * The most salient compatible mention of the last sentences before sentence `si`: the subject of its sentence
 * (its first actor), named often before, recent (ties go to the most recent).
 */
function recent(seen: Seen[], named: Map<string, number>, si: number, ok: (s: Seen) => boolean, window = WINDOW): Seen | undefined {
  let best: Seen | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = seen.length - 1; k >= 0; k--) {
    const s = seen[k]!;
    if (si - s.sentence > window) break;
    if (!ok(s)) continue;
    const score = (s.subject ? 2 : 0) + Math.min(2, (named.get(keyOf(s.m)) ?? 1) - 1) - (si - s.sentence);
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best;
}

/** The agent with head noun `head` and sector `sector` named with its country in the sentences before `si`. */
function recentBody(
  bodies: { m: ActorMention; head: string; sentence: number }[],
  si: number,
  head: string,
  sector: string | null,
): ActorMention | undefined {
  for (let k = bodies.length - 1; k >= 0; k--) {
    const b = bodies[k]!;
    if (si - b.sentence > OFFICE_WINDOW) break;
    if (b.head === head && b.m.sector === sector) return b.m;
  }
  return undefined;
}

/** Resolve pronouns and definite descriptions of each sentence against the article so far. */
export function linkCoreference(input: { toks: Tok[]; ms: ActorMention[] }[], date: string | null = null): ActorMention[][] {
  // Persons named again ("Judge Victor Marrero … Marrero") first: they are antecedents with their country.
  const remembered = rememberPersons(input.map((x) => x.ms));
  const sentences = input.map((x, i) => ({ toks: x.toks, ms: remembered[i]! }));
  const seen: Seen[] = [];
  const gender = genders(sentences);
  /** How often each person or organisation was named so far (by surname: "Pohiva" is "Akilisi Pohiva"). */
  const named = new Map<string, number>();
  /** Nationalities the article gives people it did not place ("The sixteen-year-old Swede"), by surname. */
  const nationality = new Map<string, string>();
  let pending: string | null = null;
  /** Agents named with their country, by head noun ("US Embassy" → embassy). */
  const bodies: { m: ActorMention; head: string; sentence: number }[] = [];
  /** Organisations named so far, for "the commission", "the network" (see named-org.ts). */
  const orgs = new NamedOrgs();
  return sentences.map(({ toks, ms }, si) => {
    const out = ms.map((m, k) => {
      const before = ms.slice(0, k);
      if (m.kind === "pronoun" && PERSON_PRONOUN.test(m.text) && !possessive(toks, m)) {
        // Someone named earlier in the sentence: the coder's own rule reads it ("Trump said he …").
        if (before.some((x) => x.kind === "entity")) return m;
        const g = /^(he|him)$/i.test(m.text) ? "m" : "f";
        const ante = recent(seen, named, si, (s) => s.person && (s.gender ?? gender.get(keyOf(s.m)) ?? g) === g);
        // What the article calls "she" once is no "he" later ("Kamala Harris … Her selection … He holds …").
        if (ante && m.ti === 0 && !gender.has(keyOf(ante.m))) gender.set(keyOf(ante.m), g);
        // The pronoun stays one (the coder's pronoun rules still apply) and carries what it stands for.
        return ante ? { ...m, antecedent: resolved(m, ante.m) } : m;
      }
      // "the embassy", "the ministry" after "the US Embassy in London", "Iran's foreign ministry": the same
      // body, of the country named then.
      const body = definiteBody(m, toks);
      if (body) {
        const ante = recentBody(bodies, si, body, m.sector);
        if (ante) return resolved(m, ante);
        // "broadcast corporation ABS-CBN … by the company": the one organisation named before that it fits.
        const org = orgDescription(toks, m.ti) ? orgs.find(body, si, before, toks) : undefined;
        if (org) return withSector(resolved(m, org), m.sector);
      }
      const head = definiteOffice(m, toks);
      if (head && !before.some((x) => x.person)) {
        const fits = (s: Seen) => s.person && s.m.kind === "entity" && holds(s, head, date);
        // Further back, the one person the article has named with that office ("Crown Prince Mohammad bin
        // Salman …" twelve sentences before "the crown prince ordered …").
        const ante = recent(seen, named, si, fits, OFFICE_WINDOW) ?? soleHolder(seen.filter(fits));
        return ante ? resolved(m, ante.m) : m;
      }
      return m;
    });
    // "the company said": an organisation noun with no mention of its own.
    for (let i = 1; i < toks.length; i++) {
      const noun = toks[i]!.low;
      const described = orgDescription(toks, i);
      if (toks[i - 1]!.low !== "the" || (!Object.hasOwn(ORG_NOUN, noun) && !described) || UPPER_FIRST.test(toks[i]!.text)) continue;
      if (out.some((m) => m.ti <= i && i < m.tj)) continue;
      // "the group of …", "the party's …" are other phrases; "the ruling party" has an adjective we skip.
      if (/^(of|'s)$/.test(toks[i + 1]?.low ?? "") && !described) continue;
      const ante =
        (Object.hasOwn(ORG_NOUN, noun) ? recent(seen, named, si, (s) => isOrg(s.m) && orgFits(s.m, noun))?.m : undefined) ??
        // "the commission refused …" after "the National Telecommunications Commission (NTC) issued …": the one
        // organisation named before that the noun fits (named-org.ts).
        (described
          ? orgs.find(
              described,
              si,
              ms.filter((m) => m.tj < i),
              toks,
            )
          : undefined);
      if (!ante) continue;
      const t = toks[i]!;
      const mention: ActorMention = fullShape({
        start: toks[i - 1]!.start,
        end: t.end,
        ti: i - 1,
        tj: i + 1,
        text: `${toks[i - 1]!.text} ${t.text}`,
        name: "",
        country: null,
        sector: null,
        kind: "agent",
      });
      out.push(resolved(mention, ante));
    }
    orgs.note(toks, ms, si);
    // "The sixteen-year-old Swede …": a person described by a nationality is of that country.
    // The person named in the sentence before, else (the NER missed them there) the next sentence's subject.
    if (pending) {
      const subject = ms.find((m) => m.kind !== "pronoun");
      if (subject?.person && !subject.country && !subject.ref) nationality.set(keyOf(subject), pending);
      pending = null;
    }
    const demonym = describedNationality(toks);
    if (demonym) {
      const ante = recent(seen, named, si, (s) => s.person && s.m.kind === "entity" && !s.m.country && !s.m.ref, 1);
      if (ante) nationality.set(keyOf(ante.m), demonym);
      else pending = demonym;
    }
    for (let k = 0; k < out.length; k++) {
      const m = out[k]!;
      const c = m.person && !m.country && !m.ref ? nationality.get(keyOf(m)) : undefined;
      if (c) {
        const { unplaced: _u, ...rest } = m;
        out[k] = { ...rest, country: c };
      }
    }
    out.sort((a, b) => a.ti - b.ti || b.tj - a.tj);
    const firstPerson = out.find((m) => m.kind !== "pronoun" && isPerson(m, toks));
    const firstOrg = out.find((m) => m.kind !== "pronoun" && isOrg(m));
    for (const m of out)
      if (m.kind === "agent" && m.country && !m.counterpart) {
        const head = headOf(m, toks);
        if (head && !OFFICE_HEAD.test(head)) bodies.push({ m, head, sentence: si });
      }
    // A resolved office ("the president" → Donald Trump) counts as one more mention of its holder.
    for (const m of out) {
      if (m.kind === "pronoun") continue;
      const person = isPerson(m, toks);
      if (!person && !isOrg(m)) continue;
      const from = Math.max(0, m.ti - 3);
      const words = toks.slice(from, m.tj).map((t) => t.low);
      const g = titleGender(words.slice(m.ti - from)) ?? (m.kind === "agent" ? undefined : titleGender(words)) ?? gender.get(keyOf(m));
      named.set(keyOf(m), (named.get(keyOf(m)) ?? 0) + 1);
      seen.push({ m, person, subject: m === (person ? firstPerson : firstOrg), sentence: si, words, ...(g ? { gender: g } : {}) });
    }
    return out;
  });
}
