import { DASHES, type Token } from "../text/tokens";
import type { CueMention } from "./cues";
import type { InstrumentMention } from "./instruments";
import type { ActorGroup } from "./groups";
import type { Sentence } from "./linkParts";

/**
 * A tracker's dash line: a state, a dash, its act noun, then the date or the instrument ("- Jordan – accession, 14 January
 * 2025", "• 24/06/2025 – Armenia – ratification – Nicosia Convention (CETS No. 221)", "- Guatemala - ratification, deposited 14
 * August 2025", "- Cambodia (accession, 22 January 2019);", "- Angola – Optional Protocol to the CAT (ratification)"). Lines run
 * together in one sentence; each entry starts at its bullet.
 */
export const BULLETS = new Set(["–", "—", "-", "•", "*", "·", "▪"]);
const DIGIT = /^\d/u;
/** What may follow an entry's act noun: its date or instrument after a comma or dash, or the next entry. */
const AFTER_ACT = new Set([",", "–", "—", "-", ";", "•", "*", "·", "▪", "(", ")", ":"]);

/** Words after an entry's act noun that go on to its date: "- Zambia — accession deposited 3 November 2025". */
const AFTER_ACT_WORDS = new Set(["deposited", "lodged", "received", "on"]);

export interface DashEntry {
  /** The entry's state. */
  group: ActorGroup;
  /** Token range of the whole entry: from its bullet (or date) to the next entry's bullet. */
  from: number;
  to: number;
  /** The text the entry names before its bracketed act ("- Angola – X (ratification)"). */
  text?: InstrumentMention;
}

/** The dash entry whose act noun is `cue`, or null. */
export function dashEntry(s: Sentence, cue: CueMention): DashEntry | null {
  // (Or the act in brackets after the state: "- Cambodia (accession, 22 January 2019);".)
  const bracketed = s.tokens[cue.from - 1]?.text === "(";
  if (!DASHES.has(s.tokens[cue.from - 1]?.text ?? "") && !bracketed) return null;
  if (bracketed && cue.to < s.to && s.tokens[cue.to]?.text !== "," && s.tokens[cue.to]?.text !== ")") return null;
  if (cue.to < s.to && !AFTER_ACT.has(s.tokens[cue.to]?.text ?? "") && !AFTER_ACT_WORDS.has(s.tokens[cue.to]?.lower ?? "")) return null;
  // ("- Angola – Optional Protocol to the Convention against Torture (ratification)": the act in brackets after the entry's text.)
  // (The longest text that ends there: "Optional Protocol to the Convention against Torture", not its "Convention against Torture".)
  const text = bracketed
    ? s.instruments
        .filter((m) => m.to === cue.from - 1 && m.kind !== "anaphor")
        .reduce<InstrumentMention | undefined>((a, m) => (!a || m.from < a.from ? m : a), undefined)
    : undefined;
  const textFrom = text && s.tokens[text.from - 1]?.lower === "the" ? text.from - 1 : text?.from;
  const stateEnd = textFrom !== undefined && DASHES.has(s.tokens[textFrom - 1]?.text ?? "") ? textFrom - 1 : cue.from - 1;
  // ("- Côte d'Ivoire, Liberia, Madagascar – X (signature)": before a named text, several States may share the entry.)
  const several = stateEnd !== cue.from - 1;
  const group = s.groups.find(
    (g) => g.to === stateEnd && (g.members.length === 1 || several) && g.members.every((m) => m.actor?.kind === "state") && g.members.length > 0,
  );
  if (!group) return null;
  // The entry opens with its bullet, or with its date and a dash ("• 24/06/2025 – Armenia").
  // ("- The Philippines – accession": the name's article.)
  let from = s.tokens[group.from - 1]?.lower === "the" ? group.from - 2 : group.from - 1;
  const lead = s.tokens[from] as Token | undefined;
  if (from + 1 === s.from) from = s.from;
  else if (!lead || !BULLETS.has(lead.text)) return null;
  else if (DASHES.has(lead.text) && DIGIT.test(s.tokens[from - 1]?.text ?? "")) {
    // (Only a numeric date with its own bullet: "- Jordan – accession, 14 January 2025 - Oman" ends an entry at "2025".)
    let k = from - 1;
    while (k > s.from && k > from - 7 && (DIGIT.test((s.tokens[k - 1] as Token).text) || DATE_PARTS.has((s.tokens[k - 1] as Token).text))) k--;
    if (k === s.from) from = k;
    else if (BULLETS.has(s.tokens[k - 1]?.text ?? "") || s.tokens[k - 1]?.text === ":") from = k - 1;
  }
  return { group, from, to: entryEnd(s, cue.to), ...(text && stateEnd !== cue.from - 1 ? { text } : {}) };
}

/** The token that opens the next entry after `at` (a bullet before a state or a date), or the sentence's end. */
function entryEnd(s: Sentence, at: number): number {
  for (let k = at; k < s.to; k++) {
    if (!BULLETS.has((s.tokens[k] as Token).text)) continue;
    if (datedEntryAt(s, k + 1)) return k;
    if (s.groups.some((g) => g.from === k + 1)) {
      // ("… Convention against Torture • 18/06/2025 - Nepal": where the bullet is no token, the entry opens at its date.)
      let j = k;
      while (j - 1 > at && k - j < 6 && (DIGIT.test((s.tokens[j - 1] as Token).text) || DATE_PARTS.has((s.tokens[j - 1] as Token).text))) j--;
      return j < k && DIGIT.test((s.tokens[j] as Token).text) && !(s.tokens[j - 1] as Token).word ? j : k;
    }
  }
  return s.to;
}

const DATE_PARTS = new Set(["/", ".", "-"]);

/** "24/06/2025 – Armenia": a date of digits, a dash, then a state group (not the date that closes an entry, "– 3 February 2025"). */
function datedEntryAt(s: Sentence, at: number): boolean {
  let j = at;
  while (j < s.to && j - at < 6 && (DIGIT.test((s.tokens[j] as Token).text) || DATE_PARTS.has((s.tokens[j] as Token).text))) j++;
  return j > at && DASHES.has(s.tokens[j]?.text ?? "") && s.groups.some((g) => g.from === j + 1);
}
