import { catalogIndex } from "../lexicon/catalogIndex";
import type { Token } from "../text/tokens";
import type { InstrumentMention } from "./instruments";
import {
  HEAD_TYPE_MAP,
  instrumentMention,
  joinText,
  MAX_QUOTED_NAME_WORDS,
  NOT_IN_QUOTED_NAME,
  NUMERAL_JOINS,
  PLURAL_HEAD,
  QUOTED_HEADS,
  ROMAN,
} from "./instrumentWords";

/** Two name forms of instruments.ts: numbered protocols in a list, and a short lower-case name in quotes. */

/**
 * "Additional Protocols I and II" is two instruments, "Additional Protocol I" and "Additional
 * Protocol II": the first spans the words up to its numeral, the next its numeral alone (as
 * "resolutions 1368 and 1373").
 */
export function numeralParts(view: string, tokens: readonly Token[], m: InstrumentMention): InstrumentMention[] {
  if (m.kind !== "named") return [m];
  let k = m.to - 1;
  const numerals: number[] = [];
  for (; k > m.from && (ROMAN.has((tokens[k] as Token).text) || NUMERAL_JOINS.has((tokens[k] as Token).lower)); k--) {
    if (ROMAN.has((tokens[k] as Token).text)) numerals.unshift(k);
  }
  const head = tokens[k] as Token;
  if (numerals.length < 2 || !PLURAL_HEAD.test(head.lower) || k < m.from) return [m];
  const base = `${k > m.from ? `${joinText(view, tokens, m.from, k)} ` : ""}${head.text.slice(0, -1)}`;
  return numerals.map((n, idx) => {
    const text = `${base} ${(tokens[n] as Token).text}`;
    const entry = catalogIndex().phrases.lookup(text) ?? null;
    return instrumentMention(idx === 0 ? m.from : n, n + 1, "named", text, entry, entry?.type ?? m.type);
  });
}

/** A short name in quotes that ends in a head noun: endorsed a "humanitarian pledge". */
export function quotedNameAt(view: string, tokens: readonly Token[], i: number, to: number): InstrumentMention | null {
  if ((tokens[i] as Token).text !== '"') return null;
  let c = i + 1;
  while (c < to && c - i <= MAX_QUOTED_NAME_WORDS && (tokens[c] as Token).word && !NOT_IN_QUOTED_NAME.has((tokens[c] as Token).lower)) c++;
  const head = tokens[c - 1] as Token;
  if (c >= to || (tokens[c] as Token).text !== '"' || c - i < 3) return null;
  const type = QUOTED_HEADS.has(head.lower) ? HEAD_TYPE_MAP.get(head.lower) : undefined;
  if (!type) return null;
  const text = joinText(view, tokens, i + 1, c);
  return instrumentMention(i, c + 1, "named", text, catalogIndex().resolveByWords(text, type), type);
}
