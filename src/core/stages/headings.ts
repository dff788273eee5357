import { BULLETS, DASHES, isCapitalised, type Token } from "../text/tokens";
import { groupStartingAt, listAfter } from "./groupQueries";
import { draft, type Rule } from "./linkParts";

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
function headingColon(tokens: readonly Token[], from: number, to: number, inName: (i: number) => boolean): number {
  // "- Signed but not ratified: A, B": a bullet before the heading is no word of it.
  if (BULLETS.has(tokens[from]?.text ?? "")) from++;
  let capitals = true;
  let words = 0; // outside an instrument's name ("Arms Trade Treaty - ratified:" has two)
  for (let i = from; i < to && words < MAX_HEADING; i++) {
    const t = tokens[i] as Token;
    if (t.text === ":") return capitals || (words <= MAX_SENTENCE_CASE && isCapitalised(tokens[from] as Token)) ? i : -1;
    // Not the dash after the instrument's name nor its article ("The Optional Protocol … - signed but not ratified:").
    if (inName(i) || DASHES.has(t.text) || (t.lower === "the" && inName(i + 1))) continue;
    words++;
    if (t.word && t.text !== t.text.toUpperCase() && !NUMBER.test(t.text)) capitals = false;
  }
  return -1;
}
/** How many tokens an instrument's name in a heading may add ("The Treaty on the Prohibition of Nuclear Weapons - ratified:"). */
const MAX_NAME_IN_HEADING = 16;
/** Words a heading in sentence case may have. */
const MAX_SENTENCE_CASE = 5;

export const headingList: Rule = (s, cue) => {
  if (cue.from - s.from >= MAX_HEADING + MAX_NAME_IN_HEADING) return null;
  // Most sentences have no colon near their start: a plain scan says so before the heading's words are read.
  let any = false;
  for (let i = s.from; i < Math.min(s.to, s.from + MAX_HEADING + MAX_NAME_IN_HEADING) && !any; i++) any = (s.tokens[i] as Token).text === ":";
  if (!any) return null;
  const colon = headingColon(s.tokens, s.from, s.to, (i) => s.instruments.some((m) => m.from <= i && i < m.to));
  if (colon < cue.to) return null;
  const first = groupStartingAt(s, colon + 1, 1);
  // A heading names no one ("Kenya said: …" is a speaker, not a status).
  if (!first || s.groups.some((g) => g.from < colon)) return null;
  // "Arms Trade Treaty - accession: Mongolia": the heading's own instrument, else the one the text is about.
  const named = s.instruments.filter((m) => m.to <= colon);
  return draft(s, cue, "heading-list", listAfter(s, first), named, named.length === 0, s.from);
};
