/**
 * Recall audit on the bundled Wikinews articles that are NOT annotated (neither dev half is read): the
 * sentences that name an actor (a mention with a country or a sector: a country, a government body, a
 * leader, an armed group, an IGO) and hold a verb or an event noun of international-relations interest
 * (meet, talks, accuse, condemn, sanction, arrest, attack, withdraw, …), yet get no event (other than a bare CAMEO 01 statement). Prints
 * their share and a seeded sample, each with the actor mentions, the triggers found and why each trigger
 * was dropped (the coder's dropTrace reasons), for a human to classify why nothing was coded.
 *   npx tsx bench/events/recall-audit.ts [seed] [n]     share + sample
 *   npx tsx bench/events/recall-audit.ts --all > file   every uncoded sentence, one line each (to diff)
 */
import { findMentions } from "../../src/events/actors/mentions.js";
import { traceDrops } from "../../src/events/coder.js";
import type { Tok } from "../../src/events/text/tokens.js";
import { tokens } from "../../src/events/text/tokens.js";
import { rng } from "../lib/rng.js";
import { run } from "./lib/pipeline.js";
import { unannotatedArticles } from "./lib/unannotated.js";

/** Verbs and event nouns of international-relations interest, inflected (lower-case whole tokens). */
const IR_WORD = new RegExp(
  `^(${[
    "meet(s|ing|ings)?|met",
    "visit(s|ed|ing)?",
    "talks",
    "agree(s|d|ing|ment|ments)?",
    "sign(s|ed|ing)?",
    "accus(e|es|ed|ing|ation|ations)",
    "criticis(e|es|ed|ing)|criticiz(e|es|ed|ing)|criticism",
    "condemn(s|ed|ing|ation)?",
    "urg(e|es|ed|ing)",
    "call(s|ed|ing)?",
    "demand(s|ed|ing)?",
    "threat(s|en|ens|ened|ening)?",
    "warn(s|ed|ing|ings)?",
    "sanction(s|ed|ing)?",
    "ban(s|ned|ning)?",
    "expel(s|led|ling)?|expulsion",
    "arrest(s|ed|ing)?|detain(s|ed|ing)?|detention",
    "attack(s|ed|ing)?",
    "strike(s)?|struck|airstrikes?",
    "kill(s|ed|ing|ings)?",
    "fight(s|ing)?|fought",
    "protest(s|ed|ing|ers)?",
    "aid|assistance",
    "give(s|n)?|gave|giving",
    "send(s|ing)?|sent",
    "withdr(aw|aws|ew|awn|awal|awing)",
    "deploy(s|ed|ing|ment)?",
    "investigat(e|es|ed|ing|ion)",
    "reject(s|ed|ing|ion)?",
    "refus(e|es|ed|ing|al)",
    "den(y|ies|ied|ying|ial)",
    "prais(e|es|ed|ing)",
    "thank(s|ed|ing)?",
    "apologi[sz](e|es|ed|ing)|apology",
    "negotiat(e|es|ed|ing|ion|ions)",
    "mediat(e|es|ed|ing|ion)",
    "host(s|ed|ing)?",
    "impos(e|es|ed|ing)",
    "order(s|ed|ing)?",
    "charg(e|es|ed|ing)",
    "su(e|es|ed|ing)",
    "raid(s|ed)?",
    "seiz(e|es|ed|ing)|seizure",
    "invad(e|es|ed|ing)|invasion",
    "bomb(s|ed|ing|ings)?",
    "shell(ed|ing)",
    "clash(es|ed)?",
    "suspend(s|ed|ing)?|suspension",
    "release(s|d)?|releasing",
    "support(s|ed|ing)?",
    "endors(e|es|ed|ing)",
    "pledg(e|es|ed|ing)",
    "promis(e|es|ed|ing)",
    "offer(s|ed|ing)?",
    "request(s|ed|ing)?",
    "ask(s|ed|ing)?",
    "appeal(s|ed|ing)?",
    "blam(e|es|ed|ing)",
    "praise",
    "welcom(e|es|ed|ing)",
    "recogni[sz](e|es|ed|ing)",
    "cooperat(e|es|ed|ing|ion)",
    "summit",
    "visit",
    "evacuat(e|es|ed|ing|ion)",
    "block(s|ed|ing)?|blockade",
    "boycott(s|ed|ing)?",
    "veto(es|ed)?",
    "rall(y|ies|ied)",
    "demonstrat(e|ed|ion|ions|ors)",
    "strik(e|ing)",
    "assassinat(e|ed|ion)",
    "execut(e|ed|ion)",
    "sentenc(e|ed|es)",
    "convict(s|ed|ion)?",
    "extradit(e|ed|ion)",
    "deport(s|ed|ation|ing)?",
    "fir(e|ed|es)",
    "resign(s|ed|ation)?",
    "dismiss(es|ed|al)?",
    "oust(s|ed)?",
  ].join("|")})$`,
);

/** Sectors of an international-relations actor: government, legislature, military, police, courts, IGOs,
 * rebels and armed groups, elites and parties (a bare country has no sector). */
const STATE_SECTOR = /^(GOV|LEG|MIL|COP|JUD|IGO|REB|ELI|PTY|OPP|INS|SPY|UAF|IMG)$/;

const want = process.argv[2] === "--all" ? "all" : "sample";
const out: string[] = [];
let candidates = 0;
let coded = 0;
let articles = 0;
for (const r of unannotatedArticles("bench/events/recall-audit")) {
  articles++;
  // The coder's reading, per sentence (keyed by the first token's offset): its triggers' drop reasons.
  const drops = new Map<number, string[]>();
  let toks: Tok[] = [];
  traceDrops((reason, tr, t) => {
    if (t) toks = t;
    const key = toks[0]?.start ?? -1;
    if (!drops.has(key)) drops.set(key, []);
    if (tr)
      drops.get(key)!.push(
        `${toks
          .slice(tr.ti, tr.tj)
          .map((x) => x.text)
          .join(" ")}:${tr.lexicon ?? tr.family.name}:${reason}`,
      );
  });
  const { analysis, events } = run(r.text, r.date);
  traceDrops(null);
  const codedAt = new Set<number>();
  for (const e of events) {
    // A statement (CAMEO 01) is no act; an appeal (02) is coded though PLOVER has no type for it.
    if (!e.plover && e.cameo.code.startsWith("01")) continue;
    codedAt.add(e.evidence.start);
    for (const m of e.mentions ?? []) codedAt.add(m.start);
  }
  for (const s of analysis.sentences) {
    const st = tokens(r.text, s.start, s.end);
    const ms = findMentions(
      r.text,
      st,
      analysis.entities.filter((e) => e.start >= s.start && e.end <= s.end),
    ).filter((m) => m.kind !== "pronoun" && !m.weak && (m.sector ? STATE_SECTOR.test(m.sector) : Boolean(m.country)));
    if (ms.length === 0) continue;
    const hits = st.filter((t) => IR_WORD.test(t.low));
    if (hits.length === 0) continue;
    candidates++;
    if (codedAt.has(s.start)) {
      coded++;
      continue;
    }
    const sentence = r.text.slice(s.start, s.end).replace(/\s+/g, " ");
    const dr = drops.get(st[0]?.start ?? -1) ?? [];
    out.push(
      `${r.id} ${r.date} | words ${hits.map((t) => t.text).join(",")} | actors ${ms.map((m) => `${m.text}=${m.country ?? "-"}/${m.sector ?? ""}`).join("; ")}\n    ${sentence}\n    drops: ${dr.join(" ; ") || "(no trigger)"}`,
    );
  }
}
if (want === "all") {
  for (const l of out) console.log(l);
} else {
  const seed = Number(process.argv[2] ?? 1);
  const n = Number(process.argv[3] ?? 40);
  const g = rng(seed);
  const idx = out.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(g() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  console.log(
    `${candidates} actor + IR-word sentences in ${articles} unannotated articles; coded ${coded} (${((100 * coded) / Math.max(1, candidates)).toFixed(1)}%), uncoded ${out.length}; sample seed ${seed}, n ${n}`,
  );
  for (const [k, i] of idx.slice(0, n).entries()) console.log(`#${k + 1} ${out[i]}`);
}
// Drop-reason totals over the uncoded sentences (stderr), to rank the causes.
const reasons = new Map<string, number>();
for (const l of out) {
  const d = l.split("drops: ")[1] ?? "";
  const rs = d === "(no trigger)" ? ["(no trigger)"] : [...new Set(d.split(" ; ").map((x) => x.split(":").pop()!))];
  for (const x of rs) reasons.set(x, (reasons.get(x) ?? 0) + 1);
}
console.error(
  [...reasons]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(", "),
);
