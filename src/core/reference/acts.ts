/**
 * The words depositaries and secretariats use for an act, as data: UNTC's Action column
 * ("Ratification", "Definitive signature"), a list's status column ("Accession", "Party"), a long
 * table's action ("ratified", "acceded"), a matrix cell's word. Each word names one recorded act;
 * a longer word is tried before a shorter one ("definitive signature" before "signature").
 */
import { RECORDED_ACTS, SUFFIX_ACTS, type RecordedAct } from "./record";

/** Whole words and phrases (lower case): they name an act only when nothing but a non-letter follows them ("Party", "State party"). */
const STATUS_WORDS: Readonly<Record<string, RecordedAct>> = {
  "definitive signature": "definitive signature",
  "signature (definitive)": "definitive signature",
  "signed definitively": "definitive signature",
  "state party": "party",
  "states parties": "party",
  party: "party",
  parties: "party",
};

/** Stems (lower case): they name an act whatever ending follows ("Signature", "signed", "Signatory"; "ratified", "Ratification"). */
const STATUS_STEMS: Readonly<Record<string, RecordedAct>> = {
  sign: "signature",
  ratif: "ratification",
  accept: "acceptance",
  approv: "approval",
  accession: "accession",
  accede: "accession",
  succe: "succession",
};

/** Longest first, so that a phrase is never taken for a shorter one it starts with ("definitive signature" before "sign"). */
const byLength = (words: Readonly<Record<string, RecordedAct>>) => Object.keys(words).sort((a, b) => b.length - a.length);
const WORDS = byLength(STATUS_WORDS);
const STEMS = byLength(STATUS_STEMS);

/** The act a cell's word names ("Ratification", "ratified", "a", "Definitive signature", "Party"), or null. */
export function actOf(text: string): RecordedAct | null {
  const t = text.trim();
  if (SUFFIX_ACTS[t]) return SUFFIX_ACTS[t] as RecordedAct;
  const lower = t.toLowerCase().replace(/\s+/gu, " ");
  if ((RECORDED_ACTS as readonly string[]).includes(lower)) return lower as RecordedAct;
  const word = WORDS.find((w) => lower.startsWith(w) && !/\p{L}/u.test(lower[w.length] ?? ""));
  if (word) return STATUS_WORDS[word] as RecordedAct;
  const stem = STEMS.find((w) => lower.startsWith(w));
  return stem ? (STATUS_STEMS[stem] as RecordedAct) : null;
}

/** A word token: letters, maybe in brackets or before a colon ("(Accession)", "Ratification:"). */
const isWord = (token: string) => /^\(?\p{L}+\)?[:,]?$/u.test(token);
const bare = (tokens: readonly string[]) => tokens.join(" ").replace(/[():,]/gu, "");

/** A status word at the start or the end of a cell ("Accession 5 Mar 2018", "5 Mar 2018 (Accession)"), and the rest of the cell. */
export function splitStatusWord(text: string): { act: RecordedAct | null; rest: string } {
  const tokens = text.trim().split(/\s+/u).filter(Boolean);
  let lead = 0;
  while (lead < tokens.length && isWord(tokens[lead] as string)) lead++;
  if (lead === tokens.length) {
    const act = text.trim().length > 2 ? actOf(bare(tokens)) : null;
    return act ? { act, rest: "" } : { act: null, rest: text.trim() };
  }
  const leadAct = lead > 0 ? actOf(bare(tokens.slice(0, lead))) : null;
  if (leadAct) return { act: leadAct, rest: tokens.slice(lead).join(" ") };
  let tail = tokens.length;
  while (tail > 0 && isWord(tokens[tail - 1] as string)) tail--;
  // A suffix ("a", "AA", "d") is the date's own: only a longer word is a status word here.
  const words = tokens.slice(tail);
  const tailAct = words.length > 0 && bare(words).length > 2 ? actOf(bare(words)) : null;
  return tailAct ? { act: tailAct, rest: tokens.slice(0, tail).join(" ") } : { act: null, rest: text.trim() };
}
