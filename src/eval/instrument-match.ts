// Instrument agreement, as /work/shared/gold/README.md states it: "Instruments agree when one name
// equals or contains the other or they share half their content words, comparing the record's
// instrument as written, its canonical catalog name and its id against the gold name, its aliases
// and their common acronyms (ATT, CTBT, OPCAT…); but a convention never matches its own protocol,
// and two resolutions with different numbers never match."
import { asAcronym, containsWords, foldName, initialsOf, parentheticals, STOP_WORDS } from "./name-folding";

/** 3 = same name or acronym, 2 = one name contains the other, 1 = half the content words shared, 0 = no agreement. */
export type InstrumentStrength = 0 | 1 | 2 | 3;

/**
 * Words that say what kind of instrument it is, not which one. They are left out of the content
 * words, else "Paris Principles" would share half its words with "Vancouver Principles" and
 * "Additional Protocol I" with "Additional Protocol II".
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  "convention",
  "treaty",
  "protocol",
  "optional",
  "additional",
  "resolution",
  "res",
  "rev",
  "draft",
  "declaration",
  "agreement",
  "charter",
  "covenant",
  "statute",
  "amendment",
  "principle",
  "guideline",
  "strategy",
  "plan",
  "action",
  "international",
  "united",
  "nation",
  "un",
  "new",
  "document",
  "instrument",
]);

/**
 * Acronyms in common use that are not the initials of the full name (initials such as ATT, CCM,
 * TPNW, CPPNM, ICSANT, CRPD are derived, not listed). Kept short and generic on purpose.
 */
export const COMMON_ACRONYMS: Readonly<Record<string, string>> = {
  CTBT: "Comprehensive Nuclear-Test-Ban Treaty",
  NPT: "Treaty on the Non-Proliferation of Nuclear Weapons",
  CAT: "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
  OPCAT: "Optional Protocol to the Convention against Torture",
  OPAC: "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
  OPSC: "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
  OPIC: "Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
  CEDAW: "Convention on the Elimination of All Forms of Discrimination against Women",
  ICERD: "International Convention on the Elimination of All Forms of Racial Discrimination",
  CWC: "Chemical Weapons Convention",
  BWC: "Biological Weapons Convention",
  BTWC: "Biological Weapons Convention",
  CCW: "Convention on Certain Conventional Weapons",
  UNCLOS: "United Nations Convention on the Law of the Sea",
  UNCAC: "United Nations Convention against Corruption",
  UNTOC: "United Nations Convention against Transnational Organized Crime",
};

/** "convention never matches its own protocol": a name that is a protocol or an amendment. */
export function namesProtocolOrAmendment(name: string): boolean {
  return /(?<!\w)(?:protocols?|amendments?)(?!\w)/iu.test(name);
}

/**
 * Resolution numbers a name carries: "Resolution 2347 (2017)" → 2347 (the year is not a number of
 * the resolution), "resolution 51/210" → 51/210, "A/RES/57/100" → 57/100, "S/RES/2347" → 2347,
 * draft symbols "A/C.1/57/L.4/Rev.1" and "A/HRC/35/L.32" → L.4 and L.32, ids "unsc-res-2347" → 2347.
 */
export function resolutionNumbers(name: string): Set<string> {
  const out = new Set<string>();
  const tokens = (name.match(/[(),]|[^\s(),;:"“”]+/gu) ?? []).flatMap((t) => (t.includes("/") ? [t] : t.split("-").filter((p) => p !== "")));
  for (let i = 0; i < tokens.length; i++) {
    const token = (tokens[i] ?? "").replace(/\.$/u, "");
    if (/^L\.\d+$/iu.test(token)) out.add(token.toUpperCase());
    if (token.includes("/") && /^[A-Z]/u.test(token)) {
      const parts = token.split("/");
      const res = parts.findIndex((p) => p.toUpperCase() === "RES");
      const rest = res >= 0 ? parts.slice(res + 1) : [];
      if (rest.length > 0 && rest.every((p) => /^\d+$/u.test(p))) out.add(rest.join("/"));
      for (const p of parts) if (/^L\.\d+$/iu.test(p)) out.add(p.toUpperCase());
    }
    if (/^(?:resolutions?|res)$/iu.test(token)) {
      for (let j = i + 1; j < tokens.length; j++) {
        const next = (tokens[j] ?? "").replace(/\.$/u, "");
        if (/^\d+(?:\/\d+)?$/u.test(next)) out.add(next);
        else if (!/^(?:,|and|&|no|nos)$/iu.test(next)) break;
      }
    }
  }
  return out;
}

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { children: "child", women: "woman", men: "man", people: "person", persons: "person" };

function stem(word: string): string {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular !== undefined) return irregular;
  const w = word.replace(/isation$/u, "ization");
  return w.length > 3 && /[^su]s$/u.test(w) && !w.endsWith("is") ? w.slice(0, -1) : w;
}

/** Content words of a name: folded, stemmed, without stop words, generic words, numbers or symbols. */
export function contentWords(name: string): Set<string> {
  const cleaned = name
    .split(/\s+/u)
    .filter((t) => !t.includes("/") && !/\d/u.test(t))
    .join(" ");
  return new Set(
    foldName(cleaned)
      .split(" ")
      .map(stem)
      .filter((w) => w !== "" && !STOP_WORDS.has(w) && !GENERIC_WORDS.has(w)),
  );
}

/**
 * "share half their content words": each name shares at least half of its own content words with
 * the other, i.e. shared / max(|A|, |B|) >= 0.5. The max (not the min) is deliberate: with the
 * min, "Convention on the Rights of the Child" would match "… Rights of Persons with Disabilities"
 * and the 1951 Refugee Convention the 1969 OAU Refugee Convention.
 */
export function shareHalfContentWords(a: string, b: string): boolean {
  const wa = contentWords(a);
  const wb = contentWords(b);
  if (wa.size === 0 || wb.size === 0) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size) >= 0.5;
}

/**
 * Agreement of one record-side name with one gold-side name (no acronyms, no resolution numbers).
 * A name with neither a content word nor a number of its own ("the Convention", "the Protocol",
 * "resolution") is vague: on the record side it agrees by equality only, never by being contained
 * in a longer name; a vague gold alias was listed on purpose and may be contained in the record's name.
 */
export function namePairAgreement(recordName: string, goldName: string): InstrumentStrength {
  if (namesProtocolOrAmendment(recordName) !== namesProtocolOrAmendment(goldName)) return 0;
  const r = foldName(recordName);
  const g = foldName(goldName);
  if (r === "" || g === "") return 0;
  if (r === g) return 3;
  const recordVague = contentWords(recordName).size === 0 && !/\d/u.test(recordName);
  if (containsWords(r, g) || (!recordVague && containsWords(g, r))) return 2;
  return shareHalfContentWords(recordName, goldName) ? 1 : 0;
}

/** The names one side offers: as written, plus the expansions of common acronyms it uses. */
function withExpansions(names: readonly string[]): string[] {
  const out = [...names];
  for (const n of names) {
    for (const a of [asAcronym(n), ...parentheticals(n).map(asAcronym)]) {
      const full = a === null ? undefined : COMMON_ACRONYMS[a];
      if (full !== undefined) out.push(full);
    }
  }
  return out;
}

/** Acronyms a side states: names written as acronyms and acronyms in parentheses ("Arms Trade Treaty (ATT)"). */
function statedAcronyms(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (const a of [asAcronym(n), ...parentheticals(n).map(asAcronym)]) if (a !== null) out.add(a);
  return out;
}

function acronymsAgree(stated: Set<string>, otherNames: readonly string[]): boolean {
  if (stated.size === 0) return false;
  return otherNames.some((n) => statedAcronyms([n]).size === 0 && initialsOf(n).some((i) => stated.has(i)));
}

/** What the extracted record says about its instrument. */
export interface RecordInstrument {
  instrument: string;
  instrumentName: string | null;
  instrumentId: string | null;
}

/** Acronym-like readings of a catalog id: "crc-opac" → CRCOPAC and OPAC, "ctbt" → CTBT. */
function idAcronyms(id: string): string[] {
  const parts = id.split("-").filter((p) => /^[a-z][a-z0-9]+$/iu.test(p));
  const whole = parts.join("").toUpperCase();
  const last = parts[parts.length - 1]?.toUpperCase();
  return [whole, ...(last !== undefined && last !== whole ? [last] : [])].filter((a) => asAcronym(a) !== null);
}

/** How well an extracted record's instrument agrees with a gold instrument and its aliases. */
export function instrumentAgreement(record: RecordInstrument, goldInstrument: string, goldAliases: readonly string[]): InstrumentStrength {
  const recordWritten = [record.instrument, ...(record.instrumentName !== null ? [record.instrumentName] : [])];
  const idForms = record.instrumentId !== null ? idAcronyms(record.instrumentId) : [];
  const recordNames = withExpansions([...recordWritten, ...idForms]);
  const goldNames = withExpansions([goldInstrument, ...goldAliases]);

  // "two resolutions with different numbers never match": every name of a side counts.
  const numbersOf = (names: readonly string[]): Set<string> => new Set(names.flatMap((n) => [...resolutionNumbers(n)]));
  const recordNumbers = numbersOf([...recordWritten, ...(record.instrumentId !== null ? [record.instrumentId] : [])]);
  const goldNumbers = numbersOf(goldNames);
  if (recordNumbers.size > 0 && goldNumbers.size > 0) {
    // A shared number names the same resolution ("resolution 57/59" = "… (A/C.1/57/L.3/Rev.1, A/RES/57/59)").
    return [...recordNumbers].some((n) => goldNumbers.has(n)) ? 3 : 0;
  }

  const recordStated = statedAcronyms(recordNames);
  const goldStated = statedAcronyms(goldNames);
  if ([...recordStated].some((a) => goldStated.has(a))) return 3;
  if (acronymsAgree(recordStated, goldNames) || acronymsAgree(goldStated, recordNames)) return 3;

  let best: InstrumentStrength = 0;
  for (const r of recordNames) {
    for (const g of goldNames) {
      const s = namePairAgreement(r, g);
      if (s > best) best = s;
      if (best === 3) return best;
    }
  }
  return best;
}
