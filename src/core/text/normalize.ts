/**
 * Offset-keeping normalisation: returns a string of exactly the same length as its input, so
 * that every offset found in the normalised view is also an offset into the original text and
 * `original.slice(start, end)` is always the verbatim quote.
 *
 * One UTF-16 unit in, one unit out:
 *  - CR, BOM, NBSP and other odd spaces become a plain space (CRLF thus reads as " \n");
 *  - typographic quotes and apostrophes become ASCII ones;
 *  - control characters become spaces.
 * Hard-wrapped lines are *not* joined here; the sentence splitter decides which newlines are
 * soft wraps (see sentences.ts), because that needs the line's context.
 */
const REPLACEMENTS: Record<string, string> = {
  "\r": " ",
  "\uFEFF": " ",
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
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2028": "\n",
  "\u2029": "\n",
};

// eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
const NEEDS_WORK = /[\r\uFEFF\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u00AB\u00BB\u2028\u2029\u0000-\u0008\v\f\u000E-\u001F]/gu;

export function normalizeView(text: string): string {
  return text.replace(NEEDS_WORK, (ch) => REPLACEMENTS[ch] ?? " ");
}
