/** Entities: a trained tagger proposes names; dictionary and rule passes type, link and resolve them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Entity, Sentence } from "../../model/index.js";
import { decode } from "./decode.js";
import { type EntityContext, type EntityRule, type Mention, makeMention } from "./mention.js";
import { type Prepared, prepare } from "./prepare.js";
import { acronymRecall } from "./rules/acronym-recall.js";
import { acronymSpan } from "./rules/acronym-span.js";
import { actors } from "./rules/actors.js";
import { administration } from "./rules/administration.js";
import { andName } from "./rules/and-name.js";
import { appositions } from "./rules/appositions.js";
import { cityRegion } from "./rules/city-region.js";
import { clean } from "./rules/clean.js";
import { coreference } from "./rules/coreference.js";
import { definitions } from "./rules/definitions.js";
import { entitledTitles } from "./rules/entitled.js";
import { extend } from "./rules/extend.js";
import { gazetteerRecall } from "./rules/gazetteer-recall.js";
import { heads } from "./rules/heads.js";
import { listType } from "./rules/list-type.js";
import { loneSurname } from "./rules/lone-surname.js";
import { miscHeads } from "./rules/misc-heads.js";
import { nationality } from "./rules/nationality.js";
import { nicknames } from "./rules/nicknames.js";
import { numberedUnits } from "./rules/numbered-units.js";
import { ofPlace } from "./rules/of-place.js";
import { orgCountry } from "./rules/org-country.js";
import { particles } from "./rules/particles.js";
import { places } from "./rules/places.js";
import { possessive } from "./rules/possessive.js";
import { propagate } from "./rules/propagate.js";
import { quotedTitles } from "./rules/quoted-titles.js";
import { sharedHead } from "./rules/shared-head.js";
import { speakers } from "./rules/speakers.js";
import { splitTitle } from "./rules/split-title.js";
import { storeNames } from "./rules/store-names.js";
import { surnameRecall } from "./rules/surname-recall.js";
import { teams } from "./rules/teams.js";
import { titles } from "./rules/titles.js";
import { trim } from "./rules/trim.js";
import { typedNames } from "./rules/typed-names.js";
import { vote } from "./rules/vote.js";
import { websites } from "./rules/websites.js";
import { Tagger, type TaggerModel } from "./tagger.js";

// DATELINE_NER_MODEL lets the bench score a model trained without the dev split (bench/nlp/train-ner.ts --out).
const modelPath = process.env.DATELINE_NER_MODEL ?? join(import.meta.dirname, "..", "..", "..", "data", "ner", "model.json");
const tagger = new Tagger(JSON.parse(readFileSync(modelPath, "utf8")) as TaggerModel);

/** The passes, in order (each one file under rules/). */
export const ENTITY_RULES: EntityRule[] = [
  particles,
  trim,
  possessive,
  nicknames,
  splitTitle,
  heads,
  vote,
  definitions,
  sharedHead,
  extend,
  andName,
  gazetteerRecall,
  places,
  teams,
  cityRegion,
  appositions,
  administration,
  actors,
  loneSurname,
  ofPlace,
  titles,
  nationality,
  orgCountry,
  acronymSpan,
  coreference,
  acronymRecall,
  websites,
  surnameRecall,
  typedNames,
  miscHeads,
  quotedTitles,
  entitledTitles,
  speakers,
  numberedUnits,
  storeNames,
  listType,
  propagate,
  clean,
];

/** `model` replaces the shipped tagger (the bench scores models trained on part of the data). */
export function findEntities(text: string, sentences: Sentence[], date: string | null, prep?: Prepared, model: Tagger = tagger): Entity[] {
  const p = prep ?? prepare(text, sentences);
  const ctx: EntityContext = { text, prep: p, date };
  const tags = model.tag(p.tokens, p.sentenceStart, p.stats);
  let mentions: Mention[] = decode(tags, p.sentenceStart).map((s) => makeMention(ctx, s.first, s.last, s.type as Entity["type"], "tagger"));
  for (const rule of ENTITY_RULES) mentions = rule(ctx, mentions);
  return mentions.map(({ first: _f, last: _l, ...e }) => ({
    ...e,
    country: e.country ?? null,
    sector: e.sector ?? null,
  }));
}
