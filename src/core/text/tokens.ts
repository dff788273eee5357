import { isInvisible } from "./normalize";

/** A word or punctuation token with its offsets into the document text. */
export interface Token {
  start: number;
  end: number;
  /** The token as written (from the normalised view), without the breaks inside a word (invisible characters, a hyphenated line wrap). */
  text: string;
  /** Lower-cased text, for case-insensitive lexicons. */
  lower: string;
  /** True for words (letters/digits), false for punctuation. */
  word: boolean;
  /** True when the white space before the token holds one line break (a wrapped line's first word), not a blank line. */
  wrapped: boolean;
  /** Lexicon tags of `lower` (lexicon/wordTags.ts), filled in on first use. */
  tags: number;
  /** The version of the tag registry `tags` was read at; -1 until then. */
  tagsVersion: number;
}

/** The dashes a text sets off a list, an apposition or a tracker line's parts with: a hyphen, an en dash and an em dash. */
export const DASHES: ReadonlySet<string> = new Set(["-", "–", "—"]);
/** Marks that open a list item: "- A", "• A", "* A". */
export const BULLETS: ReadonlySet<string> = new Set(["-", "–", "—", "•", "*", "·"]);
/** Marks that open or close a quotation, as tokens ("said A: “We …”", "« … »"). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "“", "”", "«", "‘"]);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 unit beyond ASCII: 0 not yet known, 1 a letter or digit, 2 not. */
const NON_ASCII_WORD = new Uint8Array(0x10000);

/** Fast path for ASCII; the Unicode class (remembered per unit) for everything else. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let known = NON_ASCII_WORD[code];
  if (known === 0) NON_ASCII_WORD[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** A capital A-Z or anything beyond ASCII: lower-casing may change it. */
function mayChangeCase(code: number): boolean {
  return code >= 128 || (code >= 65 && code <= 90);
}

/** Classes of ASCII units, read by the tokenizer's loops (one load instead of several comparisons). */
const OTHER = 0;
const SPACE = 1;
const LOWER_OR_DIGIT = 2;
const CAPITAL = 3;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 9; c <= 13; c++) ASCII_CLASS[c] = SPACE;
ASCII_CLASS[32] = SPACE;
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = LOWER_OR_DIGIT;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = LOWER_OR_DIGIT;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = CAPITAL;

/** The class of a unit that starts a token or white space (beyond ASCII: a letter or digit counts as lower-case, it may change case all the same). */
function classOf(code: number): number {
  if (code < 128) return ASCII_CLASS[code] as number;
  return isSpace(code) ? SPACE : isWordChar(code) ? LOWER_OR_DIGIT : OTHER;
}

function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0x85 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x3000 || isInvisible(code);
}

/**
 * First parts of compounds that keep their hyphen when a line wrap falls after them, written in
 * lower case ("non-\nproliferation" is "non-proliferation", "co-\nsponsored" "co-sponsored").
 * Any other word hyphenated at a wrap before a lower-case letter is one word ("rati-\nfied",
 * "multi-\nlateral"), and so is a capitalised one ("Kazakh-\nstan", "Co-\nlombia", "Pro-\ntocol");
 * before a capital or a digit the hyphen stays ("Guinea-\nBissau", "Test-\nBan", "2013-\n2015").
 */
const KEEP_HYPHEN_AFTER = new Set([
  "non",
  "co",
  "anti",
  "self",
  "counter",
  "cross",
  "well",
  "follow",
  "high",
  "long",
  "short",
  "full",
  "half",
  "large",
  "post",
  "quasi",
  "semi",
  "vice",
  "one",
  "two",
  "three",
  "four",
  "five",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
  "peace",
  "decision",
]);

/** `[ \t]*\n[ \t]*` from `i`: the end of a line wrap, or -1. */
function wrapEnd(view: string, i: number, to: number): number {
  let k = i;
  while (k < to && (view.charCodeAt(k) === 32 || view.charCodeAt(k) === 9 || view.charCodeAt(k) === 13)) k++;
  if (k >= to || view.charCodeAt(k) !== 10) return -1;
  k++;
  while (k < to && (view.charCodeAt(k) === 32 || view.charCodeAt(k) === 9)) k++;
  return k;
}

/**
 * A break inside a word at `i` (the character before it is a letter or digit): invisible
 * characters ("Nor\u00ADway", also before a line wrap) or a hyphen at a line wrap ("Kazakh-\nstan").
 * Returns where the word goes on (-1: no break here; the word ends) and whether its text keeps
 * a hyphen there. Scans only the break, so a failed look-ahead costs what it skipped.
 */
function breakAt(view: string, i: number, to: number, fragmentStart: number): { next: number; hyphen: boolean } | null {
  const code = view.charCodeAt(i);
  let k = i;
  if (isInvisible(code)) {
    while (k < to && isInvisible(view.charCodeAt(k))) k++;
    if (k < to && isWordChar(view.charCodeAt(k))) return { next: k, hyphen: false };
    k = wrapEnd(view, k, to);
    return k >= 0 && k < to && isWordChar(view.charCodeAt(k)) ? { next: k, hyphen: false } : null;
  }
  if (code !== 45) return null;
  k = wrapEnd(view, i + 1, to);
  if (k < 0 || k >= to || !isWordChar(view.charCodeAt(k))) return null;
  return { next: k, hyphen: !isLower(view.charAt(k)) || KEEP_HYPHEN_AFTER.has(visible(view.slice(fragmentStart, i))) };
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase();
}

/** A word's text without its invisible characters. */
function visible(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) if (!isInvisible(text.charCodeAt(i))) out += text.charAt(i);
  return out;
}

/**
 * Tokenise `view[from, to)` (offsets are absolute). Words are letters/digits with inner
 * apostrophes or hyphens ("Timor-Leste", "won't"); a possessive "'s" is its own token, so
 * "Kazakhstan's" matches the name "Kazakhstan"; every other non-space character is a token.
 * A word broken by invisible characters or hyphenated across a line wrap is one token whose
 * offsets span the break and whose text leaves it out ("Nor\u00ADway" → "Norway", "Kazakh-\nstan"
 * → "Kazakhstan", "Guinea-\nBissau" → "Guinea-Bissau"). One pass, no backtracking.
 */
export function tokenize(view: string, from = 0, to = view.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  /** Line breaks in the white space before the next token. */
  let breaks = 0;
  while (i < to) {
    const code = view.charCodeAt(i);
    // "*called on Member States …*", "**10 November 2021**": Markdown's emphasis marks (and a footnote's star) are no tokens.
    if (code === 42) {
      i++;
      continue;
    }
    const cls = classOf(code);
    if (cls === SPACE) {
      if (code === 10) breaks++;
      i++;
      continue;
    }
    const wrapped = breaks === 1;
    breaks = 0;
    if (cls === OTHER) {
      // Astral characters (emoji) are one token of two UTF-16 units.
      const len = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      const text = view.slice(i, i + len);
      tokens.push({ start: i, end: i + len, text, lower: text, word: false, wrapped, tags: 0, tagsVersion: -1 });
      i += len;
      continue;
    }
    const start = i;
    // Does lower-casing change anything? Not for ASCII without capitals (most words): then skip it.
    let changes = mayChangeCase(code);
    /** The word's text so far when it has breaks (else null: the text is the view's slice). */
    let parts: string[] | null = null;
    let pieceStart = start;
    let fragmentStart = start;
    i++;
    while (i < to) {
      const c = view.charCodeAt(i);
      if (c < 128 ? (ASCII_CLASS[c] as number) >= LOWER_OR_DIGIT : isWordChar(c)) {
        changes ||= mayChangeCase(c);
        i++;
        continue;
      }
      // Inner apostrophe or hyphen followed by a word character.
      if ((c === 39 || c === 45) && i + 1 < to && isWordChar(view.charCodeAt(i + 1))) {
        changes ||= mayChangeCase(view.charCodeAt(i + 1));
        i += 2;
        fragmentStart = i - 1;
        continue;
      }
      // A break is a hyphen or an invisible character (beyond ASCII); any other unit ends the word.
      if (c < 128 && c !== 45) break;
      const gap = breakAt(view, i, to, fragmentStart);
      if (!gap) break;
      parts ??= [];
      parts.push(view.slice(pieceStart, i), gap.hyphen ? "-" : "");
      pieceStart = fragmentStart = i = gap.next;
    }
    const text = parts ? visible(parts.join("") + view.slice(pieceStart, i)) : view.slice(start, i);
    const lower = parts || changes ? text.toLowerCase() : text;
    if (view.charCodeAt(i - 2) === 39 && text.length > 2 && lower.endsWith("'s")) {
      tokens.push({ start, end: i - 2, text: text.slice(0, -2), lower: lower.slice(0, -2), word: true, wrapped, tags: 0, tagsVersion: -1 });
      tokens.push({ start: i - 2, end: i, text: "'s", lower: "'s", word: false, wrapped: false, tags: 0, tagsVersion: -1 });
    } else tokens.push({ start, end: i, text, lower, word: true, wrapped, tags: 0, tagsVersion: -1 });
  }
  return tokens;
}

/**
 * Tokenise a phrase of a lexicon or a name to look up (not a document). A phrase made by joining or
 * slicing strings is held by V8 as a rope or a slice of another string; the tokenizer's optimised
 * code is specialised to the flat strings of document views, and feeding it other representations
 * (as building the lexicons did, thousands of times) made it about twice as slow on every document
 * after (instruction counts of the same tokenization, valgrind). A long phrase is copied into a flat
 * string first (shorter ones are always flat); the copy is exact, lone surrogates included.
 */
export function tokenizePhrase(phrase: string): Token[] {
  return tokenize(phrase.length < FLAT_BELOW ? phrase : (JSON.parse(JSON.stringify(phrase)) as string));
}

/** V8 makes ropes and slices only of 13 characters or more. */
const FLAT_BELOW = 13;

/** A possessive mark token: "'s" or "’s" ("Kazakhstan's Parliament"). */
export function isPossessiveMark(t: Token | undefined): boolean {
  return t?.text === "'s" || t?.text === "’s";
}

/** "e-CMR", "eTIR", "e-Apostille": one or two lower-case letters (and a hyphen) before the capitals of a name. */
const LOWER_PREFIXED = /^[a-z]{1,2}-?[A-Z]/u;

/** True when the token starts with an upper-case letter or a digit. */
export function isCapitalised(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  // "e-CMR", "eTIR": a name led by a lower-case prefix of a letter or two.
  if (code >= 97 && code <= 122) return LOWER_PREFIXED.test(token.text);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const c = token.text.charAt(0);
  return c !== c.toLowerCase();
}
