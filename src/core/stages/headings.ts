import type { Token } from "../text/tokens";
import { groupStartingAt, listAfter } from "./groupQueries";
import { draft, type Rule } from "./linkParts";

/**
 * A tracker's status heading over a list: "SIGNED, NOT RATIFIED (9): A, B and C", "RATIFIED: D, E",
 * "Parties (12): …". Every cue word of the heading (the words before the colon, in capitals or
 * title case) is an act of each state listed after it, with the heading's own polarity ("NOT
 * RATIFIED" is negated); the instrument is the one the text is about.
 */

/** How many tokens a heading may have before its colon. */
const MAX_HEADING = 8;
const NUMBER = /^\d+$/u;

/** The colon that ends a heading holding the cue, or -1: every word before it is capitalised. */
function headingColon(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < Math.min(to, from + MAX_HEADING); i++) {
    const t = tokens[i] as Token;
    if (t.text === ":") return i;
    if (t.word && t.text !== t.text.toUpperCase() && !NUMBER.test(t.text)) return -1;
  }
  return -1;
}

export const headingList: Rule = (s, cue) => {
  if (cue.from - s.from >= MAX_HEADING) return null;
  const colon = headingColon(s.tokens, s.from, s.to);
  if (colon < cue.to) return null;
  const first = groupStartingAt(s, colon + 1, 1);
  if (!first) return null;
  return draft(s, cue, "heading-list", listAfter(s, first), [], true, s.from);
};
