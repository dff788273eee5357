import type { Token } from "../text/tokens";

/**
 * Word tags: one lookup per token instead of one per lexicon. A lexicon that is asked about
 * every token (a phrase index: "can a phrase start here?"; a word set) takes a tag bit and tags
 * the words it holds; a token's tags are looked up once and kept on the token, so that each
 * lexicon answers "no" for most tokens by a bit test. Lexicons are built lazily, in any order:
 * tagging a word bumps a version, and a token whose tags are older looks them up again.
 */
const TAGS = new Map<string, number>();
let version = 0;
let bitsUsed = 0;

/** A fresh tag bit, or 0 once all 31 are taken (a lexicon without one answers by its own lookup). */
export function newTag(): number {
  return bitsUsed < 31 ? 1 << bitsUsed++ : 0;
}

export function tagWord(word: string, tag: number): void {
  const old = TAGS.get(word) ?? 0;
  if ((old & tag) === tag) return;
  TAGS.set(word, old | tag);
  version++;
}

/** Is `token.lower` one of the words tagged with `tag` (a non-zero tag)? */
export function hasTag(token: Token, tag: number): boolean {
  if (token.tagsVersion !== version) {
    token.tags = TAGS.get(token.lower) ?? 0;
    token.tagsVersion = version;
  }
  return (token.tags & tag) !== 0;
}

/** A set of lower-case words that also answers for a token by its tags. */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly tag: number;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.tag = newTag();
    if (this.tag !== 0) for (const w of this.words) tagWord(w, this.tag);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The same as `has(token.lower)`. */
  hasToken(token: Token): boolean {
    return this.tag !== 0 ? hasTag(token, this.tag) : this.words.has(token.lower);
  }
}
