import type { Token } from "../text/tokens";
import { type Draft, redraft, type Sentence } from "./linkParts";

/**
 * "A and B, respectively, signed and ratified X", "A and B signed and ratified X respectively":
 * coordinated verbs shared by coordinated subjects pair up in order, one subject per verb (A signed,
 * B ratified), when the subjects are as many as the verbs. Without "respectively" every subject
 * does every act.
 */
export function pairRespectively(s: Sentence, drafts: Draft[]): Draft[] {
  const chained = drafts.filter((d) => d.rule === "verb-chain");
  if (chained.length === 0) return drafts;
  const first = drafts.find((d) => d.rule === "verb" && d.agents === chained[0]?.agents);
  if (!first) return drafts;
  const chain = [first, ...chained.filter((d) => d.agents === first.agents)];
  if (chain.length !== first.agents.length || !saysRespectively(s, first, chain[chain.length - 1] as Draft)) return drafts;
  return drafts.map((d) => {
    const k = chain.indexOf(d);
    return k < 0 ? d : redraft(d, { agents: [d.agents[k] as (typeof d.agents)[number]] });
  });
}

/**
 * "respectively" right after the subjects (", respectively,") or right after the last verb's objects:
 * elsewhere ("in 2013 and 2014 respectively") it pairs another list, such as dates.
 */
function saysRespectively(s: Sentence, first: Draft, last: Draft): boolean {
  const subject = s.groups.find((g) => g.from === first.agentFrom);
  const object = last.instruments[last.instruments.length - 1];
  const at = (i: number | undefined) => {
    if (i === undefined) return false;
    if (s.tokens[i]?.text === ",") i++;
    return (s.tokens[i] as Token | undefined)?.lower === "respectively";
  };
  return at(subject?.to) || at(object?.to);
}
