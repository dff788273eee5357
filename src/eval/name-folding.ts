// Text folding shared by the actor and instrument predicates of the scoring rules
// (/work/shared/gold/README.md): case, diacritics, punctuation and "the" never decide a match.

/**
 * Lower-case, strip diacritics, "&" → "and", drop apostrophes and dots (so "U.S." → "us",
 * "People's" → "peoples"), every other run of non-letters/digits → one space, drop "the".
 */
export function foldName(name: string): string {
  const plain = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/gu, " and ")
    .replace(/['’‘`´.]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ");
  return plain
    .split(" ")
    .filter((w) => w !== "" && w !== "the")
    .join(" ");
}

/** Whole-word containment of folded names: "security council" is in "un security council", "un" is not in "tunisia". */
export function containsWords(outer: string, inner: string): boolean {
  if (inner === "" || outer === "") return false;
  return ` ${outer} `.includes(` ${inner} `);
}

/** Parenthesised parts of a name, e.g. "International Committee of the Red Cross (ICRC)" → ["ICRC"]. */
export function parentheticals(name: string): string[] {
  const out: string[] = [];
  for (const m of name.matchAll(/\(([^()]*)\)/gu)) {
    const inner = (m[1] ?? "").trim();
    if (inner !== "") out.push(inner);
  }
  return out;
}

/** The name without its parenthesised parts. */
export function withoutParentheticals(name: string): string {
  return name
    .replace(/\([^()]*\)/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** A name written as an acronym: "CTBT", "the ATT", "OP-AC", "U.S." (2–10 capitals, optional digits/hyphens/dots). */
export function asAcronym(name: string): string | null {
  const bare = name
    .trim()
    .replace(/^the\s+/iu, "")
    .replace(/[.-]/gu, "");
  if (!/^[A-Z][A-Z0-9]{1,9}$/u.test(bare)) return null;
  const letters = bare.replace(/\d/gu, "");
  return letters.length >= 2 ? bare : null;
}

/** Function words never counted as content words nor as initials (README: "content words"). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "the",
  "of",
  "on",
  "to",
  "and",
  "for",
  "in",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "by",
  "with",
  "at",
  "from",
  "against",
  "relating",
  "related",
  "concerning",
  "regarding",
  "or",
  "as",
  "into",
  "under",
  "between",
  "such",
  "s",
  "de",
  "des",
  "du",
  "la",
  "le",
  "et",
]);

/**
 * Candidate acronyms of a full name: the initials of its content words. Three spellings, since
 * usage differs: capitalised words with hyphenated parts split ("Non-Proliferation Treaty" → NPT),
 * capitalised words with hyphenated words kept whole, and all content words whatever their case
 * (for names written in lower case). Digits and parenthesised parts are ignored.
 */
export function initialsOf(name: string): string[] {
  const words = withoutParentheticals(name)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w !== "" && !STOP_WORDS.has(w.toLowerCase()) && !/^\d/u.test(w));
  const initial = (w: string): string => (w[0] ?? "").toUpperCase();
  const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
  const split = words.flatMap((w) => w.split("-")).filter((w) => w !== "" && !STOP_WORDS.has(w.toLowerCase()));
  const out = new Set<string>([split.filter(capitalised).map(initial).join(""), words.filter(capitalised).map(initial).join(""), split.map(initial).join("")]);
  return [...out].filter((a) => a.length >= 2);
}
