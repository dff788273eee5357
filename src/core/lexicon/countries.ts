import countries from "world-countries";
import { PhraseIndex } from "./phraseIndex";

/**
 * States as actors, from the `world-countries` package (ODbL, credited in the README): every
 * UN member and observer, and the few other states that take treaty actions in their own name,
 * with common, official and alternative names, and demonyms used as "the Kazakh delegation".
 */
export interface StateActor {
  kind: "state";
  /** Canonical short English name. */
  name: string;
  cca3: string;
}

/** States that are not UN members but act in treaty practice (observers, associated states). */
const EXTRA_STATES = new Set(["PSE", "VAT", "COK", "NIU", "UNK", "TWN"]);

/** UN-style short names where world-countries' common name differs from treaty practice. */
const CANONICAL: Record<string, string> = {
  COD: "Democratic Republic of the Congo",
  COG: "Congo",
  CIV: "Côte d'Ivoire",
  VAT: "Holy See",
  CPV: "Cabo Verde",
  VNM: "Viet Nam",
  PSE: "State of Palestine",
  FSM: "Micronesia",
  SWZ: "Eswatini",
  MKD: "North Macedonia",
  TUR: "Türkiye",
  CZE: "Czechia",
};

/** Names the package lacks that documents of the genre use. */
const MORE_NAMES: Record<string, string[]> = {
  USA: ["US", "U.S.", "U.S.A.", "USA", "United States of America", "America"],
  GBR: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
  // The Russian Federation continues the Soviet Union's treaty status: depositaries list the USSR's acts under its name.
  RUS: ["Russian Federation", "Russia Federation", "Soviet Union", "USSR", "Union of Soviet Socialist Republics"],
  // ("DPR Korea", as agencies write it: never the bare "Korea" of the Republic of Korea.)
  PRK: ["DPRK", "Democratic People's Republic of Korea", "DPR Korea", "Korea DPR", "Korea, DPR", "Korea (Democratic People's Republic of)"],
  LAO: ["Lao People's Democratic Republic", "Lao PDR"],
  IRN: ["Iran (Islamic Republic of)", "Islamic Republic of Iran"],
  SYR: ["Syrian Arab Republic"],
  TZA: ["United Republic of Tanzania", "Tanzania (United Republic of)"],
  BOL: ["Bolivia (Plurinational State of)", "Plurinational State of Bolivia"],
  VEN: ["Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela"],
  MDA: ["Republic of Moldova", "Moldova (Republic of)"],
  // The UN's alphabetical forms, as recorded votes and depositary lists write them.
  FSM: ["Micronesia (Federated States of)", "Federated States of Micronesia"],
  // (Alone, "Korea" is the Republic of Korea, as its own texts and its partners' write it; the other is "North Korea" or the DPRK.)
  KOR: ["Republic of Korea", "ROK", "Korea (Republic of)", "Korea"],
  NLD: ["Netherlands (Kingdom of the)", "the Netherlands", "Holland"],
  TUR: ["Turkey", "Türkiye", "Republic of Türkiye"],
  CIV: ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"],
  VAT: ["Holy See", "Vatican"],
  MMR: ["Burma"],
  SWZ: ["Swaziland"],
  MKD: ["Macedonia", "the former Yugoslav Republic of Macedonia"],
  VNM: ["Viet Nam", "Vietnam"],
  CZE: ["Czech Republic"],
  TLS: ["East Timor"],
  PSE: ["Palestine", "State of Palestine"],
  COD: ["DR Congo", "DRC", "Democratic Republic of the Congo"],
  COG: ["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville"],
  // Initials the press uses for a state once it has named it.
  PNG: ["PNG"],
  SAU: ["KSA"],
  CHN: ["PRC"],
  BIH: ["BiH"],
  ARE: ["UAE", "U.A.E."],
};

/** Adjectives the package lacks ("Kazakhstani" is there; "Kazakh" is what the press writes). */
const MORE_DEMONYMS: Record<string, string[]> = {
  KAZ: ["Kazakh"],
  UZB: ["Uzbek"],
  KGZ: ["Kyrgyz"],
  TJK: ["Tajik"],
  TKM: ["Turkmen"],
  AFG: ["Afghan"],
  GBR: ["British", "UK"],
  USA: ["American", "US", "U.S."],
  NLD: ["Dutch"],
  CHE: ["Swiss"],
  PHL: ["Philippine"],
};

/** Capitals as written in news copy ("Washington" for "Washington, D.C."). */
const MORE_CAPITALS: Record<string, string[]> = { USA: ["Washington"] };

/** Nouns that make a demonym an actor: "the Kazakh delegation", "Azerbaijani president". */
const GOVERNMENT_NOUNS = [
  "government",
  "delegation",
  "authorities",
  "president",
  "prime minister",
  "foreign minister",
  "minister",
  "foreign ministry",
  "ministry of foreign affairs",
  "parliament",
  "side",
  "embassy",
  "mission",
  "ambassador",
  "leadership",
  "leader",
  "state",
];

/** Titles of officials who act for a state: "President X", "the then minister for ...", "the Foreign Minister of X". */
/** Portfolios a minister is named by ("Justice Minister", "Environment Minister"). */
const PORTFOLIOS = [
  "justice",
  "health",
  "environment",
  "defence",
  "defense",
  "trade",
  "interior",
  "labour",
  "labor",
  "finance",
  "education",
  "culture",
  "energy",
  "agriculture",
  "transport",
  "home",
  "economy",
  "development",
  "climate",
  "fisheries",
];

export const OFFICIAL_TITLES = [
  "president",
  "vice-president",
  "vice president",
  "prime minister",
  "deputy prime minister",
  "foreign minister",
  "deputy foreign minister",
  "minister",
  "deputy minister",
  "secretary of state",
  "foreign secretary",
  "foreign affairs minister",
  "minister of foreign affairs",
  "minister for foreign affairs",
  "ambassador",
  "permanent representative",
  "king",
  "queen",
  "emir",
  "chancellor",
  "premier",
  "crown prince",
  "sultan",
  "head of state",
  "head of government",
  "state secretary",
  "minister of state",
  "vice minister",
  "vice-minister",
  "special envoy",
  "envoy",
  "chargé d'affaires",
  "charge d'affaires",
  "deputy permanent representative",
  "governor-general",
  "grand duke",
  // Plurals: "the Foreign Ministers of Kenya and Ghana".
  "presidents",
  "prime ministers",
  "foreign ministers",
  "ministers",
  "ambassadors",
  "permanent representatives",
  "heads of state",
  "heads of government",
  // A minister named by portfolio: "Justice Minister Chanda Mwewa signed X", "the Health Minister".
  ...PORTFOLIOS.flatMap((p) => [`${p} minister`, `${p} ministers`]),
];

/** Names that are also ordinary capitalised words in the genre: matched only with care. */
const AMBIGUOUS = new Set(["Chad", "Jordan", "Georgia", "Turkey"]);

const MIN_ALT_LENGTH = 4;

function canonicalName(c: (typeof countries)[number]): string {
  return CANONICAL[c.cca3] ?? c.name.common;
}

export const STATES: readonly StateActor[] = countries
  .filter((c) => c.unMember || EXTRA_STATES.has(c.cca3))
  .map((c) => ({ kind: "state" as const, name: canonicalName(c), cca3: c.cca3 }));

/**
 * Adds every state's names (and "<demonym> <government noun>") to `names` and its capitals to
 * `capitals` (used only inside lists of capitals: "Moscow, London, Beijing ..."), each with
 * `valueOf(state)` as its value, so callers build their own indexes in one pass.
 */
export function addCountries<T>(names: PhraseIndex<T>, capitals: PhraseIndex<T>, valueOf: (state: StateActor) => T): void {
  const byCode = new Map(STATES.map((s) => [s.cca3, s]));
  for (const c of countries) {
    const state = byCode.get(c.cca3);
    if (!state) continue;
    const actor = valueOf(state);
    const all = new Set<string>([c.name.common, c.name.official, state.name, ...(MORE_NAMES[c.cca3] ?? [])]);
    for (const alt of c.altSpellings) {
      // Latin-script alternatives of some length; two-letter codes ("KZ") are not names in prose.
      if (alt.length >= MIN_ALT_LENGTH && /^[\p{Script=Latin}\s'().,-]+$/u.test(alt)) all.add(alt);
    }
    for (const n of all) names.add(n.replace(/^the /u, ""), actor, true);
    for (const demonym of [c.demonyms?.eng?.m, ...(MORE_DEMONYMS[c.cca3] ?? [])]) {
      if (!demonym || demonym === c.name.common) continue;
      for (const noun of GOVERNMENT_NOUNS) names.add(`${demonym} ${noun}`, actor, false);
    }
    for (const cap of capitalsOf(c)) capitals.add(cap, actor, true);
  }
}

/** A country's capitals as the lexicon reads them (four letters or more). */
function capitalsOf(c: (typeof countries)[number]): string[] {
  return [...(c.capital ?? []), ...(MORE_CAPITALS[c.cca3] ?? [])].filter((cap) => cap.length >= 4);
}

let capitalFirstWords: ReadonlySet<string> | null = null;

/** Whether `word` (lower case) is the first word of a state's capital ("hanoi"; "addis" for Addis Ababa). */
export function isCapitalFirstWord(word: string): boolean {
  if (!capitalFirstWords) {
    const states = new Set(STATES.map((x) => x.cca3));
    capitalFirstWords = new Set(
      countries.filter((c) => states.has(c.cca3)).flatMap((c) => capitalsOf(c).map((cap) => (cap.split(" ")[0] as string).toLowerCase())),
    );
  }
  return capitalFirstWords.has(word);
}

let stateFirstWords: ReadonlySet<string> | null = null;

/** Whether `word` (lower case) is the first word of a State's short name ("united" for United Kingdom, "kenya"). */
export function isStateFirstWord(word: string): boolean {
  stateFirstWords ??= new Set(STATES.map((x) => (x.name.replace(/^the /iu, "").split(" ")[0] as string).toLowerCase()));
  return stateFirstWords.has(word);
}

export function isAmbiguousStateName(text: string): boolean {
  return AMBIGUOUS.has(text);
}
