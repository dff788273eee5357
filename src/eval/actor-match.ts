// Actor agreement (README: "actor (same or containing name, official and short names alike)").
// States are folded to their ISO alpha-3 code with the `world-countries` data (common, official and
// alternative names), so "Russian Federation" = "Russia" and "Dominica" ≠ "Dominican Republic"
// although one name contains the other. Other actors (organisations, UN organs) agree when one
// folded name equals or contains the other, or one is the acronym of the other ("ICRC").
import countries from "world-countries";
import { asAcronym, containsWords, foldName, initialsOf, parentheticals, withoutParentheticals } from "./name-folding";

/** Short ↔ official names that world-countries lacks (its two-letter altSpellings are not used: "IN", "IS", "NO"…). */
const EXTRA_COUNTRY_NAMES: ReadonlyArray<readonly [string, string]> = [
  ["US", "USA"],
  ["UK", "GBR"],
  ["Britain", "GBR"],
  ["Turkey", "TUR"],
  ["Cabo Verde", "CPV"],
  ["Holy See", "VAT"],
  ["ROK", "KOR"],
  ["PRC", "CHN"],
  ["Lao PDR", "LAO"],
  ["Korea DPR", "PRK"],
  ["Swaziland", "SWZ"],
];

/** Leading words dropped when a name is not found as written: "Government of Kazakhstan" → "Kazakhstan". */
const STATE_PREFIXES = [
  "government of",
  "republic of",
  "kingdom of",
  "state of",
  "commonwealth of",
  "federation of",
  "principality of",
  "sultanate of",
  "grand duchy of",
  "delegation of",
];

function buildCountryIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (name: string, code: string): void => {
    const key = foldName(name.replace(/\bSt\b\.?/gu, "Saint"));
    if (key === "" || ambiguous.has(key)) return;
    const known = index.get(key);
    if (known !== undefined && known !== code) {
      index.delete(key);
      ambiguous.add(key);
    } else index.set(key, code);
  };
  for (const c of countries) {
    add(c.name.common, c.cca3);
    add(c.name.official, c.cca3);
    for (const alt of c.altSpellings) if (alt.length > 2) add(alt, c.cca3);
  }
  for (const [name, code] of EXTRA_COUNTRY_NAMES) add(name, code);
  return index;
}

let countryIndex: Map<string, string> | undefined;

/** Spellings of one name worth looking up: as written, without its parenthesised part, the part
 * itself, and "Iran (Islamic Republic of)" turned into "Islamic Republic of Iran". */
function nameVariants(name: string): string[] {
  const out = [name];
  const base = withoutParentheticals(name);
  if (base !== name && base !== "") out.push(base);
  for (const inner of parentheticals(name)) {
    out.push(inner);
    if (/(?<!\w)of$/iu.test(inner)) out.push(`${inner} ${base}`);
  }
  return out;
}

/** ISO alpha-3 code of a state name ("U.S." → "USA", "Viet Nam" → "VNM"), else null. */
export function countryCode(name: string): string | null {
  countryIndex ??= buildCountryIndex();
  for (const variant of nameVariants(name)) {
    const key = foldName(variant.replace(/\bSt\b\.?/gu, "Saint"));
    const direct = countryIndex.get(key);
    if (direct !== undefined) return direct;
    for (const prefix of STATE_PREFIXES) {
      if (key.startsWith(`${prefix} `)) {
        const code = countryIndex.get(key.slice(prefix.length + 1));
        if (code !== undefined) return code;
      }
    }
  }
  return null;
}

/** Folded spellings of a non-state actor; "United Nations" is folded to "un", and a leading "UN" may be dropped. */
function organisationForms(name: string): string[] {
  const forms = new Set<string>();
  for (const variant of nameVariants(name)) {
    const folded = foldName(variant).replace(/\bunited nations\b/gu, "un");
    if (folded === "") continue;
    forms.add(folded);
    if (folded.startsWith("un ")) forms.add(folded.slice(3));
  }
  return [...forms];
}

/** Acronyms a name states or abbreviates: "ICRC" for "ICRC", and for "International Committee of the Red Cross". */
function statedAcronyms(name: string): string[] {
  return nameVariants(name)
    .map(asAcronym)
    .filter((a): a is string => a !== null);
}

/**
 * How well one gold actor name and an extracted actor agree: 2 = same actor (same state code,
 * same folded name, or acronym of the other), 1 = one name contains the other, 0 = different.
 */
export function actorNameAgreement(goldName: string, recordName: string): 0 | 1 | 2 {
  const goldCode = countryCode(goldName);
  const recordCode = countryCode(recordName);
  if (goldCode !== null && recordCode !== null) return goldCode === recordCode ? 2 : 0;
  const goldForms = organisationForms(goldName);
  const recordForms = organisationForms(recordName);
  if (goldForms.some((g) => recordForms.includes(g))) return 2;
  const acronymOf = (short: string, long: string): boolean => {
    const stated = statedAcronyms(short);
    return stated.length > 0 && nameVariants(long).some((v) => initialsOf(v).some((i) => stated.includes(i)));
  };
  if (acronymOf(goldName, recordName) || acronymOf(recordName, goldName)) return 2;
  const contains = goldForms.some((g) => recordForms.some((r) => containsWords(g, r) || containsWords(r, g)));
  return contains ? 1 : 0;
}

/** Best agreement of an extracted actor with any of the gold record's acceptable actor names. */
export function actorAgreement(goldActors: readonly string[], recordActor: string): 0 | 1 | 2 {
  let best: 0 | 1 | 2 = 0;
  for (const g of goldActors) {
    const a = actorNameAgreement(g, recordActor);
    if (a > best) best = a;
  }
  return best;
}
