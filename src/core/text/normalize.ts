/**
 * Offset-keeping normalisation: returns a string of exactly the same length as its input, so
 * that every offset found in the normalised view is also an offset into the original text and
 * `original.slice(start, end)` is always the verbatim quote.
 *
 * One UTF-16 unit in, one unit out:
 *  - CR, NBSP and other odd spaces become a plain space (CRLF thus reads as " \n");
 *  - typographic quotes and apostrophes become ASCII ones;
 *  - control characters become spaces;
 *  - invisible characters (soft hyphen, zero-width space/joiners, word joiner, BOM): a run of
 *    them inside a word ("Nor\u00ADway", also at a line wrap "Kazakh\u00AD\nstan") becomes soft
 *    hyphens (SOFT_HYPHEN), which the tokenizer reads as part of the word and leaves out of its
 *    text; anywhere else (a BOM at the start, a zero-width space between words) a space.
 * Letters never move, so names are joined by the tokenizer (tokens.ts), not here; likewise
 * hard-wrapped lines are *not* joined here: the sentence splitter decides which newlines are
 * soft wraps (see sentences.ts), and the tokenizer joins a word hyphenated across a wrap.
 */
const REPLACEMENTS: Record<string, string> = {
  "\r": " ",
  "\u00A0": " ",
  "\u2007": " ",
  "\u202F": " ",
  "\u2009": " ",
  "\u200A": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\t": " ",
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u02BC": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2028": "\n",
  "\u2029": "\n",
  // Markdown's strong emphasis ("- **Against:** A, B"): markup, not text.
  "**": "  ",
  __: "  ",
};

/** What an invisible character inside a word becomes in the view. */
export const SOFT_HYPHEN = "\u00AD";

/** Soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM (zero-width no-break space). */
export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit (the tokenizer's word characters), for one UTF-16 unit. */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return i < text.length && LETTER_OR_DIGIT.test(text.charAt(i));
}

/** Is `text[i]` a word character, or the start of a line wrap (spaces, one newline, spaces) before one? */
function wordFollows(text: string, i: number): boolean {
  let k = i;
  while (text[k] === " " || text[k] === "\t" || text[k] === "\r") k++;
  if (k > i && text[k] !== "\n") return false;
  if (text[k] === "\n") {
    k++;
    while (text[k] === " " || text[k] === "\t") k++;
  }
  return isWordChar(text, k);
}

// One alternation, one pass: a run of invisible characters, or any other character to replace.
const NEEDS_WORK =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
  /[\u00AD\u200B-\u200D\u2060\uFEFF]+|\*\*|__|[\r\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t\u2018\u2019\u201A\u201B\u2032\u02BC\u201C\u201D\u201E\u00AB\u00BB\u2028\u2029\u0000-\u0008\v\f\u000E-\u001F]/gu;

export function normalizeView(text: string): string {
  return text.replace(NEEDS_WORK, (ch: string, at: number) => {
    if (!isInvisible(ch.charCodeAt(0))) return REPLACEMENTS[ch] ?? " ";
    const inWord = at > 0 && isWordChar(text, at - 1) && wordFollows(text, at + ch.length);
    return (inWord ? SOFT_HYPHEN : " ").repeat(ch.length);
  });
}

const BREAKS = /\u00AD|-[ \t]*\n[ \t]*/gu;
const HAS_BREAK = /\u00AD|-[ \t]*\n/u;

/**
 * A view's slice with the breaks inside words taken out (soft hyphens, a hyphen at a line wrap),
 * for whole-text tests that only ask whether a word occurs ("rati\u00ADfied", "rati-\nfied" read
 * "ratified"), such as a cue prefilter. Offsets into the result mean nothing: never use them.
 */
export function withoutBreaks(slice: string): string {
  return HAS_BREAK.test(slice) ? slice.replace(BREAKS, "") : slice;
}
