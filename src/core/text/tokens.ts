/** A word or punctuation token with its offsets into the document text. */
export interface Token {
  start: number;
  end: number;
  /** The token as written (from the normalised view). */
  text: string;
  /** Lower-cased text, for case-insensitive lexicons. */
  lower: string;
  /** True for words (letters/digits), false for punctuation. */
  word: boolean;
}

// Words: letters/digits with inner apostrophes, hyphens and dots between letters ("U.S" is split
// by the dot rule below so "U.S." tokenises the same way everywhere). Punctuation: one char each.
// Every alternative consumes at least one character and never overlaps another: linear.
const TOKEN = /[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokenise `view` between `from` and `to` (offsets are absolute). */
export function tokenize(view: string, from = 0, to = view.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  const slice = from === 0 && to === view.length ? view : view.slice(0, to);
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const text = m[0];
    const first = text.charCodeAt(0);
    const word = text.length > 1 || /[\p{L}\p{N}]/u.test(text) || (first > 127 && /\p{L}/u.test(text));
    const lower = text.toLowerCase();
    if (word && text.length > 2 && lower.endsWith("'s")) {
      // Possessive: "Kazakhstan's" is the name plus a separate "'s" token.
      const cut = m.index + text.length - 2;
      tokens.push({ start: m.index, end: cut, text: text.slice(0, -2), lower: lower.slice(0, -2), word: true });
      tokens.push({ start: cut, end: cut + 2, text: "'s", lower: "'s", word: false });
      continue;
    }
    tokens.push({ start: m.index, end: m.index + text.length, text, lower, word });
  }
  return tokens;
}

/** True when the token starts with an upper-case letter or a digit. */
export function isCapitalised(token: Token): boolean {
  const c = token.text.charAt(0);
  return c !== c.toLowerCase() || /\d/u.test(c);
}
