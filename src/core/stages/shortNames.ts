import { CATALOG } from "../lexicon/catalog";
import type { CatalogEntry } from "../model";
import { isCapitalised, type Token } from "../text/tokens";
import type { InstrumentMention } from "./instruments";
import { instrumentMention } from "./instrumentWords";

/**
 * A treaty called by its place or its first word alone, as an act's object: "Senegal ratified Minamata in 2016", "Chile joined
 * Escazú", "has not yet ratified Kigali". The catalog's names of the form "<Word> Convention / Agreement / Amendment / Protocol /
 * Treaty / Statute" give the words (one word naming two entries, "Beijing", names none); the word alone is a treaty only right
 * after an act ("ratified", "joined", "acceded to", "party to", "ratification of"), where a place or a person would not stand.
 */

const SHORT_NAME = /^(?:the\s)?(\p{Lu}[\p{L}-]+)\s(?:Convention|Agreement|Amendment|Protocol|Treaty|Statute)$/u;

let byWord: Map<string, CatalogEntry | null> | null = null;

function shortNames(): Map<string, CatalogEntry | null> {
  if (byWord) return byWord;
  byWord = new Map();
  for (const e of CATALOG) {
    if (e.type !== "treaty" && e.type !== "protocol") continue;
    for (const name of [e.name, ...e.aliases]) {
      const word = SHORT_NAME.exec(name)?.[1];
      if (!word) continue;
      const known = byWord.get(word);
      byWord.set(word, known === undefined || known?.id === e.id ? e : null);
    }
  }
  return byWord;
}

/** Acts whose object may be a treaty's short name, as the word right before it. */
const ACT_WORDS = new Set(["ratified", "ratify", "ratifies", "ratifying", "signed", "sign", "signs", "signing", "joined", "join", "joins", "joining"]);
/** Acts that take their object after "to" or "of" ("acceded to Kigali", "party to Minamata", "ratification of Escazú"). */
const ACT_BEFORE_LINK = new Set(["acceded", "accede", "accedes", "acceding", "accession", "party", "parties", "ratification", "adherence", "adhered"]);

/** The short names right after an act in tokens [from, to) that no mention in `claimed` covers, as catalogued mentions. */
export function shortNameMentions(tokens: readonly Token[], claimed: (i: number) => boolean): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word || !isCapitalised(t) || claimed(k)) continue;
    const before = tokens[k - 1]?.lower ?? "";
    const act = ACT_WORDS.has(before) || ((before === "to" || before === "of") && ACT_BEFORE_LINK.has(tokens[k - 2]?.lower ?? ""));
    if (!act) continue;
    // ("ratified Paris Club rules": a longer name goes on.)
    const next = tokens[k + 1];
    if (next && next.word && isCapitalised(next)) continue;
    const entry = shortNames().get(t.text);
    if (entry) out.push(instrumentMention(k, k + 1, "catalog", t.text, entry, entry.type));
  }
  return out;
}
