import type { CatalogEntry, InstrumentType } from "../model";
import { CATALOG } from "./catalog";
import { PhraseIndex } from "./phraseIndex";

/**
 * Lookups over the instrument catalog: exact names, aliases and acronyms as a phrase index;
 * resolution numbers; and a content-word resolver for names written differently from the
 * catalog ("Optional Protocol to the Convention on the Rights of the Child concerning
 * involvement of children in the armed conflicts").
 */
const STOP = new Set([
  "the",
  "of",
  "on",
  "to",
  "and",
  "for",
  "in",
  "a",
  "an",
  "its",
  "their",
  "by",
  "with",
  "at",
  "from",
  "against",
  "relating",
  "concerning",
  "regarding",
  "or",
  "as",
  "new",
  "draft",
  "un",
  "united",
  "nations",
  "international",
]);
/** Words that change *which* instrument is meant: both sides must agree on them. */
const DISCRIMINATING = ["protocol", "amendment", "optional", "additional", "second", "third", "first"];

export function contentWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => (w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
}

export interface CatalogIndex {
  phrases: PhraseIndex<CatalogEntry>;
  /** Resolution number ("2347", "51/210") to entries. */
  resolutions: Map<string, CatalogEntry[]>;
  resolveByWords(name: string, type: InstrumentType | null): CatalogEntry | null;
  children(parentId: string): CatalogEntry[];
  /** ILO conventions and protocols by code ("C190", "P29"), from their ids ("ilo-c190", "ilo-p029"). */
  ilo: Map<string, CatalogEntry>;
  /** Council of Europe treaties by their Treaty Series number ("ETS No. 5", "CETS No. 210"). */
  cets: Map<number, CatalogEntry>;
  /**
   * The treaty that bans what `object` names ("anti-personnel land mines", "cluster munitions", "nuclear weapons"): every content
   * word of the object in one treaty's names, a name of prohibition or ban first; null when none or two equally.
   */
  treatyBanning(object: string): CatalogEntry | null;
}

/** Words of a banned thing that no treaty's name needs ("land mines", "all nuclear weapons"). */
const LOOSE_OBJECT_WORDS = new Set(["land", "all", "use", "type", "kind"]);
/** Words of a treaty's name that say it bans. */
const BANNING_NAME_WORDS = new Set(["prohibition", "ban", "banning"]);

let cached: CatalogIndex | null = null;

const ILO_ID = /^ilo-([cp])(\d{1,3})$/u;
const RES_NUMBER = /(?<!\w)(?:resolution|res\.?\/?)\s?(\d{1,4}(?:\/\d{1,4})?)|(?<!\w)S\/RES\/(\d{1,4})|(?<!\w)A\/RES\/(\d{1,3}\/\d{1,4})/giu;

export function catalogIndex(): CatalogIndex {
  if (cached) return cached;
  const phrases = new PhraseIndex<CatalogEntry>(true);
  const resolutions = new Map<string, CatalogEntry[]>();
  const words = new Map<string, Set<string>>();
  const byWord = new Map<string, CatalogEntry[]>();
  const children = new Map<string, CatalogEntry[]>();
  const ilo = new Map<string, CatalogEntry>();
  const cets = new Map<number, CatalogEntry>();
  for (const e of CATALOG) {
    if (e.cets !== undefined) cets.set(e.cets, e);
    const code = ILO_ID.exec(e.id);
    if (code) ilo.set(`${(code[1] as string).toUpperCase()}${Number(code[2])}`, e);
    for (const name of [e.name, ...e.aliases]) {
      const caseSensitive = name.split(/\s+/u).length < 3;
      phrases.add(name, e, caseSensitive);
      if (e.type === "resolution") {
        RES_NUMBER.lastIndex = 0;
        for (let m = RES_NUMBER.exec(name); m !== null; m = RES_NUMBER.exec(name)) {
          const n = (m[1] ?? m[2] ?? m[3]) as string;
          const list = resolutions.get(n) ?? [];
          if (!list.includes(e)) list.push(e);
          resolutions.set(n, list);
        }
      }
    }
    for (const a of e.acronyms) phrases.add(a, e, true);
    const w = new Set(contentWords(e.name));
    words.set(e.id, w);
    for (const x of w) byWord.set(x, [...(byWord.get(x) ?? []), e]);
    if (e.parent) children.set(e.parent, [...(children.get(e.parent) ?? []), e]);
  }

  const resolveByWords = (name: string, type: InstrumentType | null): CatalogEntry | null => {
    const mine = new Set(contentWords(name));
    if (mine.size < 2) return null;
    const lower = name.toLowerCase();
    const seen = new Set<CatalogEntry>();
    let best: CatalogEntry | null = null;
    let bestScore = 0;
    for (const w of mine) {
      for (const e of byWord.get(w) ?? []) {
        if (seen.has(e)) continue;
        seen.add(e);
        // Types must agree, except that "other" (a head the catalog types differently) matches any.
        if (type && type !== e.type && type !== "other" && e.type !== "other") continue;
        const en = e.name.toLowerCase();
        if (DISCRIMINATING.some((d) => lower.includes(d) !== en.includes(d))) continue;
        const theirs = words.get(e.id) as Set<string>;
        let shared = 0;
        for (const x of mine) if (theirs.has(x)) shared++;
        // Most of the catalog name must be present, and most of the mention must be explained.
        const recall = shared / theirs.size;
        const precision = shared / mine.size;
        const score = recall * 0.6 + precision * 0.4;
        if (recall >= 0.7 && precision >= 0.6 && score > bestScore) {
          best = e;
          bestScore = score;
        }
      }
    }
    return best;
  };

  // Documents repeat their instruments: remember answers (bounded, so hostile input cannot grow it).
  const memo = new Map<string, CatalogEntry | null>();
  const MEMO_LIMIT = 20000;
  const remembered = (name: string, type: InstrumentType | null): CatalogEntry | null => {
    const key = `${type ?? ""}|${name}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const found = resolveByWords(name, type);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, found);
    return found;
  };
  const treatyWords = new Map<string, Set<string>>();
  for (const e of CATALOG) if (e.type === "treaty") treatyWords.set(e.id, new Set([e.name, ...e.aliases].flatMap((n) => contentWords(n.replace(/-/gu, " ")))));
  const treatyBanning = (object: string): CatalogEntry | null => {
    const mine = contentWords(object.replace(/-/gu, " ")).filter((w) => !LOOSE_OBJECT_WORDS.has(w));
    if (mine.length === 0) return null;
    let best: CatalogEntry | null = null;
    let bestScore = 0;
    let tied = false;
    for (const e of CATALOG) {
      const theirs = treatyWords.get(e.id);
      if (!theirs || !mine.every((w) => theirs.has(w))) continue;
      // (A name of prohibition first; then the name that says least besides: "Treaty on the Prohibition of Nuclear Weapons".)
      const score = 10 + ([...theirs].some((w) => BANNING_NAME_WORDS.has(w)) ? 10 : 0) - theirs.size / 100;
      if (score > bestScore) [best, bestScore, tied] = [e, score, false];
      else if (score === bestScore) tied = true;
    }
    return tied ? null : best;
  };
  cached = { phrases, resolutions, resolveByWords: remembered, children: (id) => children.get(id) ?? [], ilo, cets, treatyBanning };
  return cached;
}
