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

/** A trie over lower-cased tokens; entries sit at the node where their phrase ends. */
interface Node<T> {
  next: Map<string, Node<T>>;
  entries: Array<Entry<T>>;
}

function node<T>(): Node<T> {
  return { next: new Map(), entries: [] };
}

export class PhraseIndex<T> {
  private readonly root: Node<T> = node();
  private readonly all: Array<Entry<T>> = [];

  add(phrase: string, value: T, caseSensitive: boolean): void {
    const toks = tokenize(phrase);
    if (toks.length === 0) return;
    const keys = toks.map((t) => (caseSensitive ? t.text : t.lower));
    const entry: Entry<T> = { phrase, keys, caseSensitive, value };
    let at = this.root;
    for (const t of toks) {
      let child = at.next.get(t.lower);
      if (!child) at.next.set(t.lower, (child = node()));
      at = child;
    }
    at.entries.push(entry);
    this.all.push(entry);
  }

  /** Visits every entry with its original phrase, for re-keying an index. */
  forEachEntry(visit: (phrase: string, value: T, caseSensitive: boolean) => void): void {
    for (const e of this.all) visit(e.phrase, e.value, e.caseSensitive);
  }

  /** The entry that matches the whole of `phrase`, or null. */
  lookup(phrase: string): T | null {
    const tokens = tokenize(phrase);
    const m = this.matchAt(tokens, 0);
    return m && m.to === tokens.length ? m.value : null;
  }

  /** The longest entry starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    let at = this.root.next.get((tokens[i] as Token | undefined)?.lower ?? "");
    let best: PhraseMatch<T> | null = null;
    let k = i;
    while (at) {
      for (const e of at.entries) if (!best || best.to < k + 1) if (accepts(e, tokens, i)) best = { from: i, to: k + 1, value: e.value };
      const next = tokens[k + 1];
      // Tokens of one phrase must be adjacent or separated by white space only.
      if (!next || next.start - (tokens[k] as Token).end > 3) break;
      at = at.next.get(next.lower);
      k++;
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

/** Case-sensitive entries (names, acronyms) match as written or in ALL CAPS. */
function accepts<T>(e: Entry<T>, tokens: readonly Token[], i: number): boolean {
  if (!e.caseSensitive) return true;
  for (let k = 0; k < e.keys.length; k++) {
    const t = tokens[i + k] as Token;
    const key = e.keys[k] as string;
    if (t.text !== key && !(t.text.length > 1 && t.text === key.toUpperCase())) return false;
  }
  return true;
}
