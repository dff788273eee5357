import { BULLETS, DASHES, isCapitalised, type Token } from "../text/tokens";
import { bulletedList, groupStartingAt, listAfter } from "./groupQueries";
import type { CueMention } from "./cues";
import { draft, type Draft, type Rule, type Sentence } from "./linkParts";

/**
 * A tracker's status heading over a list: "SIGNED, NOT RATIFIED (9): A, B and C", "RATIFIED: D, E",
 * "Parties (12): …". Every cue word of the heading (the words before the colon, in capitals or
 * title case) is an act of each state listed after it, with the heading's own polarity ("NOT
 * RATIFIED" is negated); the instrument is the heading's own, else the one the text is about.
 */

/** How many tokens a heading may have before its colon. */
const MAX_HEADING = 8;
const NUMBER = /^\d+$/u;

/**
 * The colon that ends a heading holding the cue, or -1: every word before it is in capitals ("SIGNED, NOT RATIFIED (9):"), or
 * the heading is a short phrase in sentence case whose first word is capitalised ("Not yet ratified:", "Signed but not ratified:").
 */
function headingColon(tokens: readonly Token[], from: number, to: number, inName: (i: number) => boolean, plural: boolean): number {
  // "- Signed but not ratified: A, B": a bullet before the heading is no word of it.
  if (BULLETS.has(tokens[from]?.text ?? "")) from++;
  let capitals = true;
  let words = 0; // outside an instrument's name ("Arms Trade Treaty - ratified:" has two)
  for (let i = from; i < to && words < (plural ? MAX_PLURAL_HEADING : MAX_HEADING); i++) {
    const t = tokens[i] as Token;
    if (t.text === ":") return capitals || plural || (words <= MAX_SENTENCE_CASE && isCapitalised(tokens[from] as Token)) ? i : -1;
    // Not the dash after the instrument's name nor its article ("The Optional Protocol … - signed but not ratified:").
    if (inName(i) || DASHES.has(t.text) || (t.lower === "the" && inName(i + 1))) continue;
    words++;
    if (t.word && t.text !== t.text.toUpperCase() && !NUMBER.test(t.text)) capitals = false;
  }
  return -1;
}
/** Acts named as plural nouns, which open a tracker's heading over the States that did them ("Acceptances received since May:"). */
const ACT_PLURALS = new Set(["ratifications", "accessions", "acceptances", "approvals", "signatures", "successions", "signatories"]);
/** Words a heading opened by an act's plural may have ("New ratifications received since the Committee's last session:"). */
const MAX_PLURAL_HEADING = 12;

/** What may follow the plural: how the acts came in ("Ratifications received since May", "Accessions deposited in 2024"). */
const RECEIVED = new Set(["received", "deposited", "lodged", "registered", "recorded", "notified", "since", "in", "during", "this", "to"]);
/** Words that make the heading's acts still to come or not done ("Ratifications still outstanding", "Signatories yet to ratify"). */
const NOT_DONE = new Set(["not", "no", "yet", "still", "outstanding", "pending", "awaited", "expected", "due", "planned", "without"]);

/**
 * Whether the heading at `from` opens with an act's plural, itself perhaps after one adjective ("New accessions", "Further
 * signatures"), then a colon or how the acts came in, with no word of an act not done before its colon.
 */
function actPluralAt(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || !isCapitalised(first)) return false;
  const at = ACT_PLURALS.has(first.lower) ? from : first.word && ACT_PLURALS.has(tokens[from + 1]?.lower ?? "") ? from + 1 : -1;
  if (at < 0 || (tokens[at + 1]?.text !== ":" && !RECEIVED.has(tokens[at + 1]?.lower ?? ""))) return false;
  for (let k = at + 1; k < tokens.length && k <= at + MAX_PLURAL_HEADING && tokens[k]?.text !== ":"; k++)
    if (NOT_DONE.has((tokens[k] as Token).lower)) return false;
  return true;
}

/** How many tokens an instrument's name in a heading may add ("The Treaty on the Prohibition of Nuclear Weapons - ratified:"). */
const MAX_NAME_IN_HEADING = 16;
/** Words a heading in sentence case may have. */
const MAX_SENTENCE_CASE = 5;

/**
 * "Optional Protocol X: ¶ - parties – A, B ¶ - signed, not ratified – C ¶ - not yet signed – D": status lines under a text's name,
 * run together in one sentence. Each bulleted line is a heading of its own (with a colon or a spaced dash after its words, in any
 * case), over the States its line lists, on the text named on its line, else on the one the sentence opens with.
 */
function bulletedLine(s: Sentence, cue: CueMention): Draft | null {
  let open = -1;
  for (let k = cue.from - 1; k > s.from && cue.from - k <= MAX_HEADING; k--) {
    const t = s.tokens[k] as Token;
    if (BULLETS.has(t.text) && t.wrapped) {
      open = k;
      break;
    }
    if (!t.word && t.text !== ",") return null;
  }
  if (open < 0) return null;
  // The words' end: a colon or a spaced dash after the line's words ("signed, not ratified –"), then a State.
  let sep = cue.to;
  while (sep < s.to && sep - open <= MAX_HEADING && ((s.tokens[sep] as Token).word || (s.tokens[sep] as Token).text === ",")) sep++;
  const mark = s.tokens[sep];
  if (!mark || (mark.text !== ":" && !(DASHES.has(mark.text) && !mark.wrapped && mark.start > (s.tokens[sep - 1] as Token).end))) return null;
  if (s.groups.some((g) => g.from > open && g.from < sep)) return null;
  const first = groupStartingAt(s, sep + 1, 1);
  if (!first) return null;
  // The line's list ends at the next bulleted line.
  const next = s.tokens.findIndex((t, k) => k > first.from && k < s.to && BULLETS.has(t.text) && t.wrapped);
  const list = listAfter(s, first);
  const end = next > 0 ? next : s.to;
  const members = list.members.filter((m) => m.from < end);
  const own = s.instruments.filter((m) => m.from > open && m.to <= sep);
  const title = own.length > 0 ? own : s.instruments.filter((m) => m.to <= open && m.from >= s.from).slice(-1);
  return draft(s, cue, "heading-list", { ...list, to: Math.min(list.to, end), members }, title, title.length === 0, open);
}

export const headingList: Rule = (s, cue) => {
  const line = bulletedLine(s, cue);
  if (line) return line;
  if (cue.from - s.from >= MAX_HEADING + MAX_NAME_IN_HEADING) return null;
  // Most sentences have no colon near their start: a plain scan says so before the heading's words are read.
  let any = false;
  for (let i = s.from; i < Math.min(s.to, s.from + MAX_HEADING + MAX_NAME_IN_HEADING) && !any; i++) any = (s.tokens[i] as Token).text === ":";
  if (!any) return null;
  const plural = actPluralAt(s.tokens, BULLETS.has(s.tokens[s.from]?.text ?? "") ? s.from + 1 : s.from);
  const colon = headingColon(s.tokens, s.from, s.to, (i) => s.instruments.some((m) => m.from <= i && i < m.to), plural);
  if (colon < cue.to) return null;
  const first = groupStartingAt(s, colon + 1, 1);
  // A heading names no one ("Kenya said: …" is a speaker, not a status); one opened by an act's plural may name a body in its
  // circumstances ("Acceptances received since the General Council's May meeting:"), never a State.
  const named = (g: (typeof s.groups)[number]) => !plural || g.members.some((m) => m.actor?.kind === "state");
  if (!first || s.groups.some((g) => g.from < colon && named(g))) return null;
  // "Arms Trade Treaty - accession: Mongolia": the heading's own instrument, else the one the text is about.
  const own = s.instruments.filter((m) => m.to <= colon);
  return draft(s, cue, "heading-list", bulletedList(s, first) ?? listAfter(s, first), own, own.length === 0, s.from);
};
