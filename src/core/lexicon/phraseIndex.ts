import { tokenize, type Token } from "../text/tokens";

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
  phrase: string;
  keys: string[];
  caseSensitive: boolean;
  value: T;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<Entry<T>>>();
  private longest = 0;

  add(phrase: string, value: T, caseSensitive: boolean): void {
    const toks = tokenize(phrase);
    if (toks.length === 0) return;
    const keys = toks.map((t) => (caseSensitive ? t.text : t.lower));
    const entry: Entry<T> = { phrase, keys, caseSensitive, value };
    const first = (toks[0] as Token).lower;
    const list = this.byFirst.get(first);
    if (list) list.push(entry);
    else this.byFirst.set(first, [entry]);
    this.longest = Math.max(this.longest, keys.length);
  }

  /** Visits every entry with its original phrase, for re-keying an index. */
  forEachEntry(visit: (phrase: string, value: T, caseSensitive: boolean) => void): void {
    for (const list of this.byFirst.values()) for (const e of list) visit(e.phrase, e.value, e.caseSensitive);
  }

  /** The entry that matches the whole of `phrase`, or null. */
  lookup(phrase: string): T | null {
    const tokens = tokenize(phrase);
    const m = this.matchAt(tokens, 0);
    return m && m.to === tokens.length ? m.value : null;
  }

  /** The longest entry starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first) return null;
    const candidates = this.byFirst.get(first.lower);
    if (!candidates) return null;
    let best: PhraseMatch<T> | null = null;
    for (const e of candidates) {
      const n = e.keys.length;
      if (best && n <= best.to - best.from) continue;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = tokens[i + k] as Token;
        const key = e.keys[k] as string;
        ok = e.caseSensitive ? t.text === key || (t.text.length > 1 && t.text === key.toUpperCase()) : t.lower === key;
        // Tokens of one phrase must be adjacent or separated by white space only.
        if (ok && k > 0 && t.start - (tokens[i + k - 1] as Token).end > 3) ok = false;
      }
      if (ok) best = { from: i, to: i + n, value: e.value };
    }
    return best;
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): Array<PhraseMatch<T>> {
    const out: Array<PhraseMatch<T>> = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i);
      if (m && m.to <= to) {
        out.push(m);
        i = m.to - 1;
      }
    }
    return out;
  }
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
}
