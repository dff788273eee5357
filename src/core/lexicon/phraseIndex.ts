import { tokenizePhrase, type Token } from "../text/tokens";
import { hasTag, newTag, tagWord } from "./wordTags";

/**
 * A dictionary of multi-word phrases matched over tokens, longest match first. Phrases are
 * tokenised with the same tokenizer as documents, so "U.S." or "Côte d'Ivoire" match however
 * they are spaced. Case-sensitive entries (names, acronyms) also match their ALL-CAPS form.
 */
export interface PhraseMatch<T> {
  /** Token index range [from, to). */
  from: number;
  to: number;
  value: T;
}

interface Entry<T> {
  keys: string[];
  /** The keys in ALL CAPS (computed once, not per comparison). */
  upperKeys: string[];
  caseSensitive: boolean;
  value: T;
}

/**
 * The most white space a line wrap with its indent may put inside a phrase ("\r\n" and eight spaces; a chronology's hanging indent
 * under its date column, "2 April      The General Assembly … The Democratic ¶               People's Republic of Korea").
 */
const MAX_WRAP_GAP = 32;

/** A trie over lower-cased tokens; entries sit at the node where their phrase ends. */
interface Node<T> {
  next: Map<string, Node<T>>;
  entries: Array<Entry<T>>;
}

/** A phrase of lower-case ASCII words separated by single spaces. */
const PLAIN_WORDS = /^[a-z]+(?: [a-z]+)*$/u;

function node<T>(): Node<T> {
  return { next: new Map(), entries: [] };
}

export class PhraseIndex<T> {
  private readonly root: Node<T> = node();
  /**
   * Tags (lexicon/wordTags.ts) of the phrases' first words and of their later words: most tokens
   * start no phrase and most next tokens continue none, and a bit test says so. Taken on the
   * first match (-1 until then; 0 when no bit was left).
   */
  private tag = -1;
  private laterTag = -1;

  /**
   * @param acrossWraps whether a phrase may go on over a line wrap and its indent: names ("the Democratic People's ¶    Republic
   * of Korea") may; cue phrases, whose words the indent of a list or a table sets apart, keep to a few spaces.
   */
  constructor(private readonly acrossWraps = false) {}

  add(phrase: string, value: T, caseSensitive: boolean): void {
    // Lower-case words and single spaces tokenise to themselves (the generated cue frames are thousands of them).
    const toks = PLAIN_WORDS.test(phrase) ? phrase.split(" ").map((w) => ({ text: w, lower: w })) : tokenizePhrase(phrase);
    if (toks.length === 0) return;
    const keys = toks.map((t) => (caseSensitive ? t.text : t.lower));
    const entry: Entry<T> = { keys, upperKeys: caseSensitive ? keys.map((k) => k.toUpperCase()) : keys, caseSensitive, value };
    if (this.tag > 0) tagWord((toks[0] as Token).lower, this.tag);
    if (this.laterTag > 0) for (const t of toks.slice(1)) tagWord(t.lower, this.laterTag);
    let at = this.root;
    for (const t of toks) {
      let child = at.next.get(t.lower);
      if (!child) at.next.set(t.lower, (child = node()));
      at = child;
    }
    at.entries.push(entry);
  }

  /** The entry that matches the whole of `phrase`, or null. */
  lookup(phrase: string): T | null {
    const tokens = tokenizePhrase(phrase);
    const m = this.matchAt(tokens, 0);
    return m && m.to === tokens.length ? m.value : null;
  }

  /** The longest entry starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first) return null;
    // Most tokens start no phrase: a bit test answers for them.
    if (this.tag < 0) this.takeTag();
    if (this.tag > 0 && !hasTag(first, this.tag)) return null;
    let at = this.root.next.get(first.lower);
    // The longest so far: the first entry that accepts at the deepest node (one match object, made at the end).
    let best: Entry<T> | null = null;
    let bestTo = i;
    let k = i;
    while (at) {
      for (const e of at.entries) {
        if (accepts(e, tokens, i)) {
          best = e;
          bestTo = k + 1;
          break;
        }
      }
      const next = tokens[k + 1];
      // Tokens of one phrase must be adjacent or separated by a few spaces, or by a line wrap and its indent ("the Democratic
      // People's¶    Republic of Korea").
      if (!next) break;
      const gap = next.start - (tokens[k] as Token).end;
      if (gap > 3 && !(this.acrossWraps && next.wrapped && gap <= MAX_WRAP_GAP)) break;
      if (this.laterTag > 0 && !hasTag(next, this.laterTag)) break;
      at = at.next.get(next.lower);
      k++;
    }
    return best ? { from: i, to: bestTo, value: best.value } : null;
  }

  private takeTag(): void {
    this.tag = newTag();
    if (this.tag > 0) for (const word of this.root.next.keys()) tagWord(word, this.tag);
    this.laterTag = newTag();
    if (this.laterTag <= 0) return;
    const below = [...this.root.next.values()];
    for (let n = below.pop(); n; n = below.pop()) {
      for (const [word, child] of n.next) {
        tagWord(word, this.laterTag);
        below.push(child);
      }
    }
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): Array<PhraseMatch<T>> {
    const out: Array<PhraseMatch<T>> = [];
    if (this.tag < 0) this.takeTag();
    for (let i = from; i < to; i++) {
      // The bit test of matchAt, without the call: most tokens start no phrase.
      if (this.tag > 0 && !hasTag(tokens[i] as Token, this.tag)) continue;
      const m = this.matchAt(tokens, i);
      if (m && m.to <= to) {
        out.push(m);
        i = m.to - 1;
      }
    }
    return out;
  }
}

/** Case-sensitive entries (names, acronyms) match as written or in ALL CAPS. */
function accepts<T>(e: Entry<T>, tokens: readonly Token[], i: number): boolean {
  if (!e.caseSensitive) return true;
  for (let k = 0; k < e.keys.length; k++) {
    const t = tokens[i + k] as Token;
    if (t.text !== e.keys[k] && !(t.text.length > 1 && t.text === e.upperKeys[k])) return false;
  }
  return true;
}
