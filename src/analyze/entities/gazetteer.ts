/** Word lists used as features and rules by the entity finder. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dataDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "data", "ner");

/** Given names (from CountryInfo's leader lists, CC BY-SA 3.0). */
export const FIRST_NAMES: Set<string> = new Set(
  readFileSync(join(dataDir, "first-names.txt"), "utf8")
    .split("\n")
    .filter((l) => l.length > 1),
);

/** Continents, oceans, seas and world regions that belong to no single country (data/ner/world-regions.txt). */
export const WORLD_REGIONS: Set<string> = new Set(
  readFileSync(join(dataDir, "world-regions.txt"), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#")),
);

/** Words that head (end) names of organisations or places: `Records` → ORG, `County` → LOC (data/ner/name-heads.tsv). */
export const NAME_HEADS: Map<string, string> = new Map(
  readFileSync(join(dataDir, "name-heads.tsv"), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t") as [string, string]),
);

/**
 * For each word (lower case), how often unannotated news writes it capitalised and in lower case mid-sentence
 * (data/ner/cap-ratio.tsv, counted in the bundled Wikinews articles by bench/nlp/build-cap-ratio.ts).
 */
export const CAP_COUNTS: Map<string, [number, number]> = new Map(
  readFileSync(join(dataDir, "cap-ratio.tsv"), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const [w, cap, low] = l.split("\t") as [string, string, string];
      return [w, [Number(cap), Number(low)]];
    }),
);

/**
 * Brown-cluster bit path of each word as written (data/ner/word-clusters.tsv, learned from the bundled
 * Wikinews articles by bench/nlp/build-clusters.ts): words used alike share a path prefix. DATELINE_NER_CLUSTERS
 * lets the bench compare another clustering (bench/nlp/build-clusters.ts with OUT=PATH).
 */
export const WORD_CLUSTERS: Map<string, string> = new Map(
  readFileSync(process.env.DATELINE_NER_CLUSTERS ?? join(dataDir, "word-clusters.tsv"), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t") as [string, string]),
);

/** Words that end or head organisation names. */
export const ORG_WORDS = new Set([
  "Inc",
  "Inc.",
  "Corp",
  "Corp.",
  "Corporation",
  "Company",
  "Co.",
  "Ltd",
  "Ltd.",
  "LLC",
  "PLC",
  "plc",
  "Group",
  "Holdings",
  "Airlines",
  "Airways",
  "Bank",
  "Party",
  "Ministry",
  "Department",
  "Agency",
  "Council",
  "Committee",
  "Commission",
  "University",
  "College",
  "Institute",
  "Association",
  "Union",
  "Federation",
  "Foundation",
  "Organization",
  "Organisation",
  "Office",
  "Court",
  "Parliament",
  "Assembly",
  "Senate",
  "Congress",
  "Army",
  "Navy",
  "Force",
  "Forces",
  "Police",
  "Service",
  "Services",
  "Times",
  "News",
  "Post",
  "Journal",
  "Press",
  "Club",
  "FC",
  "League",
  "Network",
  "Motors",
  "Systems",
  "Technologies",
  "Bureau",
  "Authority",
  "Board",
  "Fund",
  "Society",
  "Church",
  "Cabinet",
  "Guard",
  "Front",
  "Movement",
  "Brigade",
  "Reuters",
  "Xinhua",
]);

/** Titles and roles that precede a person's name. */
export const PERSON_TITLES = new Set([
  "President",
  "president",
  "Prime",
  "Minister",
  "minister",
  "Chancellor",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Pope",
  "Sen.",
  "Senator",
  "senator",
  "Rep.",
  "Representative",
  "Gov.",
  "Governor",
  "governor",
  "Mayor",
  "mayor",
  "Judge",
  "judge",
  "Justice",
  "Gen.",
  "General",
  "Col.",
  "Lt.",
  "Capt.",
  "Captain",
  "Adm.",
  "Admiral",
  "Sgt.",
  "Mr.",
  "Mrs.",
  "Ms.",
  "Mr",
  "Mrs",
  "Ms",
  "Dr.",
  "Dr",
  "Prof.",
  "Professor",
  "Sir",
  "Dame",
  "Lord",
  "Lady",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "Spokesman",
  "Spokeswoman",
  "Secretary",
  "secretary",
  "Ambassador",
  "ambassador",
  "Chairman",
  "chairman",
  "Chairwoman",
  "chairwoman",
  "CEO",
  "Director",
  "director",
  "Commissioner",
  "commissioner",
  "Chief",
  "chief",
  "executive",
  "analyst",
  "Inspector",
  "Detective",
  "Officer",
  "Sheriff",
  "Speaker",
  "leader",
  "Leader",
  "candidate",
  "Deputy",
  "deputy",
  "Vice",
  "Foreign",
  "Defense",
  "Defence",
  "Finance",
  "Health",
  "Interior",
  "Premier",
  "premier",
  "Emperor",
  "Sheikh",
  "Ayatollah",
  "Rev.",
  "Father",
  "Bishop",
  "Cardinal",
  "Archbishop",
  "coach",
  "Coach",
  "striker",
  "player",
  "actor",
  "actress",
  "singer",
  "author",
  "writer",
  "reporter",
  "correspondent",
  "founder",
  "Founder",
  "Attorney",
  "attorney",
  "lawyer",
  "MP",
  "Chief",
  "Marshal",
  "Field",
  "Lieutenant",
  "Major",
  "Colonel",
  "Sergeant",
  "Corporal",
]);

/** Lower-case words that may sit inside a name ("Bank of England", "Ivan the Terrible"). */
export const NAME_CONNECTORS = new Set([
  "of",
  "the",
  "de",
  "da",
  "del",
  "der",
  "van",
  "von",
  "for",
  "and",
  "&",
  "al",
  "bin",
  "la",
  "le",
  "du",
  "y",
]);
