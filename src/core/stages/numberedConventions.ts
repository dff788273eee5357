import { catalogIndex } from "../lexicon/catalogIndex";
import { WordSet } from "../lexicon/wordTags";
import type { CatalogEntry } from "../model";
import { isCapitalised, type Token } from "../text/tokens";
import type { InstrumentMention } from "./instruments";
import { glued, instrumentMention, joinText, YEAR } from "./instrumentWords";

/**
 * ILO conventions by number: "ILO Convention No. 190", "Convention No. 190", "ILO Conventions
 * Nos. 87 and 98", "ILO Convention 182", "C190", "C-190", "P029"; and the "(No. 190)" that
 * follows an official name ("Violence and Harassment Convention, 2019 (No. 190)"). Catalogued
 * numbers get their entry; "Convention No. N" outside the catalog is kept as written. A bare
 * "C4" is read only when the catalog has that number (it is an explosive as often as a convention).
 */
const NUMBER_WORDS = new Set(["no", "nos", "number", "numbers"]);
// Hoisted: a regex literal is a new object every time it runs.
const SHORT_NUMBER = /^\d{1,3}$/u;
const CODE = /^([CP])-?(\d{1,3})$/u;

function iloEntry(kind: "C" | "P", n: string): CatalogEntry | null {
  return catalogIndex().ilo.get(`${kind}${Number(n)}`) ?? null;
}

/** Number-word form after "Convention": "No. 190", "Nos. 87 and 98", "(No. 190)"; the first number's index, or -1. */
function numberStart(tokens: readonly Token[], k: number, to: number, bare: boolean): number {
  let e = k;
  if (tokens[e]?.text === "(") e++;
  const w = tokens[e];
  if (w && e < to && NUMBER_WORDS.has(w.lower)) {
    e += tokens[e + 1]?.text === "." ? 2 : 1;
    return e < to && SHORT_NUMBER.test(tokens[e]?.text ?? "") ? e : -1;
  }
  // "ILO Convention 182": a bare number only after "ILO".
  return bare && e === k && e < to && SHORT_NUMBER.test(w?.text ?? "") ? e : -1;
}

const CONVENTION_WORDS = new WordSet(["convention", "conventions", "protocol", "protocols"]);

/** A code's shape: a word of at most five characters that starts with C or P (tested before the pattern: most words are not). */
function codeShaped(t: Token): boolean {
  const first = t.text.charCodeAt(0);
  return t.word && (first === 67 || first === 80) && t.text.length <= 5;
}

/** The Council of Europe's Treaty Series: "ETS No. 185", "CETS No. 210", "CETS 224". */
const SERIES = new Set(["ETS", "CETS"]);

/** Whether a numbered convention or a code may start at `t` (findNumberedConventions tries only these). */
export function mayStartNumbered(t: Token): boolean {
  return CONVENTION_WORDS.hasToken(t) || codeShaped(t) || SERIES.has(t.text);
}

/**
 * "ETS No. 173", "CETS No. 224", "CETS 210", "ETS n° 5": a Council of Europe treaty by its Treaty Series number; the catalog's entry
 * of that number, else the code kept as written (a summary that lists "07/03/2023 Estonia CETS No. 224" names nothing else).
 */
function seriesNumber(view: string, tokens: readonly Token[], i: number, to: number): InstrumentMention | null {
  let k = i + 1;
  if (tokens[k]?.lower === "no" || tokens[k]?.lower === "n°" || tokens[k]?.lower === "nos") k += tokens[k + 1]?.text === "." ? 2 : 1;
  const n = tokens[k];
  if (!n || k >= to || !SHORT_NUMBER.test(n.text)) return null;
  const entry = catalogIndex().cets.get(Number(n.text));
  return entry
    ? instrumentMention(i, k + 1, "catalog", joinText(view, tokens, i, k + 1), entry, entry.type)
    : instrumentMention(i, k + 1, "named", joinText(view, tokens, i, k + 1), null, "treaty");
}

/** The numbered conventions and codes of tokens [from, to) that start at the indexes `at` (ascending: where mayStartNumbered holds). */
export function findNumberedConventions(view: string, tokens: readonly Token[], from: number, to: number, at: readonly number[]): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  let next = from;
  for (const i of at) {
    if (i < next || i >= to) continue;
    const t = tokens[i] as Token;
    if (SERIES.has(t.text)) {
      // ("the Convention on Cybercrime (ETS No. 185)", "Protocol No. 1 (ETS No. 151)": the number of the name before its bracket.)
      const before = tokens[i - 2];
      if (tokens[i - 1]?.text === "(" && before && (isCapitalised(before) || SHORT_NUMBER.test(before.text) || before.text === "+")) continue;
      const series = seriesNumber(view, tokens, i, to);
      if (series) {
        out.push(series);
        next = series.to;
      }
      continue;
    }
    const code = codeShaped(t) ? CODE.exec(t.text) : null;
    if (code) {
      const entry = iloEntry(code[1] as "C" | "P", code[2] as string);
      if (entry) out.push(instrumentMention(i, i + 1, "catalog", t.text, entry, entry.type));
      continue;
    }
    if (t.lower === "protocol" || t.lower === "protocols") {
      const numbered = numberedProtocols(view, tokens, i, from, to);
      out.push(...numbered);
      if (numbered.length > 0) next = (numbered[numbered.length - 1] as InstrumentMention).to;
      continue;
    }
    if (t.lower !== "convention" && t.lower !== "conventions") continue;
    // "ILO Convention", "the ILO's Convention"; not the end of a longer name ("Violence and Harassment Convention (No. 190)").
    let start = i;
    if (tokens[i - 1]?.text === "'s" && tokens[i - 2]?.text === "ILO" && i - 2 >= from) start = i - 2;
    else if (tokens[i - 1]?.text === "ILO" && i - 1 >= from) start = i - 1;
    const before = tokens[start - 1];
    if (start === i && before && start - 1 >= from && before.word && isCapitalised(before) && before.lower !== "the") continue;
    let k = numberStart(tokens, i + 1, to, start < i);
    if (k < 0) {
      // "Convention 108", "Convention 108+": another organisation's convention by its bare number (the Council of Europe's), kept
      // as written; a bare number names an ILO convention only after "ILO".
      const bare = start === i && isCapitalised(t) && t.lower === "convention" ? bareNumberEnd(tokens, i + 1, to) : -1;
      if (bare > 0) {
        out.push(instrumentMention(i, bare, "named", joinText(view, tokens, i, bare), null, "treaty"));
        next = bare;
      }
      continue;
    }
    const found: Array<{ from: number; to: number; n: string }> = [];
    const paren = tokens[i + 1]?.text === "(";
    while (k >= 0 && k < to) {
      found.push({ from: k, to: k + 1, n: (tokens[k] as Token).text });
      const sep = tokens[k + 1];
      if (paren || !sep || k + 2 >= to || (sep.text !== "," && sep.lower !== "and") || !SHORT_NUMBER.test(tokens[k + 2]?.text ?? "")) break;
      k += 2;
    }
    const last = found[found.length - 1] as { to: number };
    let end = last.to;
    if (paren && end < to && tokens[end]?.text === ")") end++;
    const prefix = start < i ? "ILO " : "";
    found.forEach((num, idx) => {
      const entry = iloEntry("C", num.n);
      const text = found.length === 1 ? joinText(view, tokens, start, end) : `${prefix}Convention No. ${num.n}`;
      out.push(
        instrumentMention(
          idx === 0 ? start : num.from,
          idx === found.length - 1 ? end : num.to,
          entry ? "catalog" : "named",
          text,
          entry,
          entry?.type ?? "treaty",
        ),
      );
    });
    next = end;
  }
  return out;
}

/** The end of a bare number after "Convention" ("108", "108+" glued), or -1; not a year, nor a number that a unit or noun follows. */
export function bareNumberEnd(tokens: readonly Token[], k: number, to: number): number {
  const n = tokens[k];
  if (!n || k >= to || !SHORT_NUMBER.test(n.text) || glued(tokens, k)) return -1;
  const plus = tokens[k + 1]?.text === "+" && glued(tokens, k + 1) ? k + 2 : k + 1;
  const after = tokens[plus];
  // ("Convention 2 States", "Convention 3 times": a count of something else.)
  if (after && plus < to && after.word && !isCapitalised(after) && !BARE_NUMBER_FOLLOWERS.has(after.lower)) return -1;
  return plus;
}
const BARE_NUMBER_FOLLOWERS = new Set(["in", "on", "and", "or", "of", "since", "by", "to", "at", "as", "which", "that", "with", "for"]);

/**
 * Protocols by number, as the Council of Europe numbers the Convention's: "Protocol No. 16", "Protocols Nos. 15 and 16" (each a
 * protocol kept as written, "Protocol No. 15"; the parent, when "to the Convention" follows, is joined later). Capitalised only:
 * "protocol no. 2" in running text is a document's own numbering as often as a treaty.
 */
function numberedProtocols(view: string, tokens: readonly Token[], i: number, from: number, to: number): InstrumentMention[] {
  const t = tokens[i] as Token;
  if (!isCapitalised(t) || tokens[i + 1]?.text === "(") return [];
  let k = numberStart(tokens, i + 1, to, false);
  const found: Array<{ from: number; to: number; n: string }> = [];
  while (k >= 0 && k < to) {
    found.push({ from: k, to: k + 1, n: (tokens[k] as Token).text });
    const sep = tokens[k + 1];
    if (!sep || k + 2 >= to || (sep.text !== "," && sep.lower !== "and") || !SHORT_NUMBER.test(tokens[k + 2]?.text ?? "")) break;
    k += 2;
  }
  if (found.length === 0 || i < from) return [];
  return found.map((num, idx) => {
    const start = idx === 0 ? i : num.from;
    const text = found.length === 1 ? joinText(view, tokens, i, num.to) : `Protocol No. ${num.n}`;
    return instrumentMention(start, num.to, "named", text, null, "protocol");
  });
}

/**
 * The official-name suffix after a name ending at `to`: ", 2019 (No. 190)" or "(No. 190)". Its end
 * and the catalog entry of the number (a Convention's, unless `convention` is false), or null when there is none.
 */
export function numberSuffix(tokens: readonly Token[], to: number, limit: number, convention = true): { to: number; entry: CatalogEntry | null } | null {
  let e = to;
  if (tokens[e]?.text === "," && YEAR.test(tokens[e + 1]?.text ?? "")) e += 2;
  if (tokens[e]?.text !== "(" || !NUMBER_WORDS.has(tokens[e + 1]?.lower ?? "")) return null;
  const n = tokens[e + 2]?.text === "." && glued(tokens, e + 2) ? e + 3 : e + 2;
  if (n + 1 >= limit || !SHORT_NUMBER.test(tokens[n]?.text ?? "") || tokens[n + 1]?.text !== ")") return null;
  return { to: n + 2, entry: convention ? iloEntry("C", (tokens[n] as Token).text) : null };
}
