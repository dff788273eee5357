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

const SHORT_NAME = /^(?:the\s)?(\p{Lu}[\p{L}-]+)\s(Convention|Agreement|Amendment|Protocol|Treaty|Statute)$/u;

let byWord: Map<string, CatalogEntry | null> | null = null;
/** The same by word and head ("Basel Convention"), for a head the words share ("the Basel, Rotterdam and Stockholm Conventions"). */
let byWordAndHead: Map<string, CatalogEntry | null> | null = null;

function shortNames(): Map<string, CatalogEntry | null> {
  if (byWord) return byWord;
  byWord = new Map();
  byWordAndHead = new Map();
  const add = (map: Map<string, CatalogEntry | null>, key: string, e: CatalogEntry) => {
    const known = map.get(key);
    map.set(key, known === undefined || known?.id === e.id ? e : null);
  };
  for (const e of CATALOG) {
    if (e.type !== "treaty" && e.type !== "protocol") continue;
    for (const name of [e.name, ...e.aliases]) {
      const m = SHORT_NAME.exec(name);
      if (!m) continue;
      add(byWord, m[1] as string, e);
      add(byWordAndHead, `${m[1] as string} ${(m[2] as string).toLowerCase()}`, e);
    }
  }
  return byWord;
}

/** The word with its first letter in capitals ("protocols" → "Protocols"). */
export const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Plural heads several short names may share, by their singular. */
const SHARED_HEADS = new Map([
  ["conventions", "convention"],
  ["agreements", "agreement"],
  ["protocols", "protocol"],
  ["amendments", "amendment"],
  ["treaties", "treaty"],
]);

/**
 * "the Basel, Rotterdam and Stockholm Conventions", "the Kyoto and Cartagena Protocols": names that share their head, each a
 * catalogued instrument (the last one's mention takes the head); none unless every word names one.
 */
function sharedHeadMentions(tokens: readonly Token[], claimed: (i: number) => boolean): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  for (let h = 2; h < tokens.length; h++) {
    const head = SHARED_HEADS.get(tokens[h]?.lower ?? "");
    if (!head || !isCapitalised(tokens[h] as Token) || claimed(h)) continue;
    shortNames();
    const found: InstrumentMention[] = [];
    let k = h - 1;
    let ok = true;
    while (k >= 0) {
      const t = tokens[k] as Token;
      const entry = t.word && isCapitalised(t) && !claimed(k) ? byWordAndHead?.get(`${t.text} ${head}`) : undefined;
      if (!entry) {
        ok = entry !== null && found.length >= 2;
        break;
      }
      found.unshift(instrumentMention(k, k === h - 1 ? h + 1 : k + 1, "catalog", `${t.text} ${capitalise(head)}`, entry, entry.type));
      const sep = tokens[k - 1]?.lower ?? "";
      if (sep !== "," && sep !== "and" && sep !== "or") {
        ok = found.length >= 2;
        break;
      }
      k -= (sep === "and" || sep === "or") && tokens[k - 2]?.text === "," ? 3 : 2; // ", and" (an Oxford comma)
    }
    if (ok) out.push(...found);
  }
  return out;
}

/** Acts whose object may be a treaty's short name, as the word right before it. */
const ACT_WORDS = new Set(["ratified", "ratify", "ratifies", "ratifying", "signed", "sign", "signs", "signing", "joined", "join", "joins", "joining"]);
/** Acts that take their object after "to" or "of" ("acceded to Kigali", "party to Minamata", "ratification of Escazú"). */
const ACT_BEFORE_LINK = new Set(["acceded", "accede", "accedes", "acceding", "accession", "party", "parties", "ratification", "adherence", "adhered"]);

/**
 * The short names in tokens that no mention in `claimed` covers, as catalogued mentions: those sharing a plural head, and a single
 * one right after an act.
 */
export function shortNameMentions(
  tokens: readonly Token[],
  claimed: (i: number) => boolean,
  uncatalogued: (i: number) => boolean = () => false,
): InstrumentMention[] {
  // (Tokens `claimed` are a catalogued mention's; those `uncatalogued` a name the catalog lacks, which a list of catalogued names
  // sharing a head replaces.)
  const shared = sharedHeadMentions(tokens, claimed);
  const taken = new Set<number>();
  for (const m of shared) for (let k = m.from; k < m.to; k++) taken.add(k);
  const out: InstrumentMention[] = [...shared];
  const free = (k: number) => !claimed(k) && !uncatalogued(k) && !taken.has(k);
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.word || !isCapitalised(t) || !free(k)) continue;
    const before = tokens[k - 1]?.lower ?? "";
    const act = ACT_WORDS.has(before) || ((before === "to" || before === "of") && ACT_BEFORE_LINK.has(tokens[k - 2]?.lower ?? ""));
    if (!act) continue;
    // ("ratified Paris Club rules": a longer name goes on.)
    const next = tokens[k + 1];
    if (next && next.word && isCapitalised(next)) continue;
    const entry = shortNames().get(t.text);
    if (entry) out.push(instrumentMention(k, k + 1, "catalog", t.text, entry, entry.type));
  }
  return out.sort((a, b) => a.from - b.from);
}
