import type { Token } from "../text/tokens";
import { draft, redraft, type Rule } from "./linkParts";

/**
 * A recorded vote's result line, as UN voting sheets print them: "Voting result in First
 * Committee: Adopted without a vote", "Voting Result in General Assembly: 164-1-5", "Vote result
 * in GA: Yes-125; No-6; Abstain-36". A text adopted (or carried by more yes than no votes) is the
 * body's `adopted`, on the resolution the document is about at that point.
 */
// Matched on the tokens joined without spaces ("Yes- 125; No- 6" reads "Yes-125;No-6").
const TALLY = /^(\d+)-(\d+)-(\d+)/u;
const YES_NO = /^yes-(\d+);?no-(\d+)/iu;
const ADOPTED = /^(?:adopted|approved)/iu;

function carried(rest: string): boolean {
  if (ADOPTED.test(rest)) return true;
  const tally = TALLY.exec(rest) ?? YES_NO.exec(rest);
  return !!tally && Number(tally[1]) > Number(tally[2]);
}

export const voteResult: Rule = (s, cue) => {
  if (cue.def.form !== "result") return null;
  const body = s.groups.find((g) => g.from >= cue.to && g.from <= cue.to + 1 && g.members.length === 1 && g.members[0]?.actor?.kind === "organisation");
  if (!body || s.tokens[body.to]?.text !== ":") return null;
  const colon = s.tokens[body.to] as Token;
  const end = (s.tokens[s.to - 1] as Token).end;
  const rest = s.tokens
    .slice(body.to + 1, Math.min(s.to, body.to + 12))
    .map((t) => t.text)
    .join("");
  if (end <= colon.end || !carried(rest)) return null;
  return redraft(draft(s, cue, "vote-result", body, [], true, cue.from), { polarity: "affirmed", polarityBy: null });
};
