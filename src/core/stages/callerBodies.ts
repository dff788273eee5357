import { RECOMMENDING, type CueDef } from "../lexicon/cues";
import type { PhraseMatch } from "../lexicon/phraseIndex";
import { isCapitalised, type Token } from "../text/tokens";
import type { ActorMention } from "./actors";
import { isWeekday } from "./dates";

/**
 * Organisations the lexicon does not know, named as the subject of a call: "IDP Action Network urges A and B to ratify X", "Sport
 * Integrity Watch calls on the remaining signatories …", "The FishSafe Alliance, a coalition of fishers' unions, on Thursday urged
 * …". A capitalised name that ends in a word for an organisation and stands right before a call verb is an organisation, as
 * written. Only a call makes one: a name like that before "ratified" is more likely a state's organ than a body of its own, and a
 * call is the one act such a body does.
 */

/** Last words of the names civil society and international bodies give themselves. */
const BODY_HEADS = new Set([
  "watch",
  "network",
  "coalition",
  "alliance",
  "union",
  "institute",
  "foundation",
  "campaign",
  "council",
  "forum",
  "centre",
  "center",
  "initiative",
  "federation",
  "association",
  "commission",
  "committee",
  "movement",
  "trust",
  "society",
  "platform",
  "caucus",
  "collective",
  "partnership",
  "league",
  "confederation",
  "consortium",
]);
/** First words that make a two-word name a state's own organ ("the Federal Council has called on …" is Switzerland's government). */
const STATE_ORGANS = new Set(["federal", "state", "executive", "legislative", "privy", "supreme", "national", "cabinet"]);
/** Lower-case words inside such a name: "Centre for Civil and Political Rights", "League of Arab Women". */
const NAME_LINKS = new Set(["of", "for", "and", "on", "the", "against", "in"]);
/** Words between the name and its call verb: "also urged", "on Thursday urged", "today called on". */
const BETWEEN = new Set(["also", "again", "today", "now", "further", "strongly", "therefore", "repeatedly", "jointly", "once", "has", "have", "on"]);
/** The longest apposition between a name and its verb: "The FishSafe Alliance, a coalition of fishers' unions and NGOs, urged". */
const APPOSITION_REACH = 14;
/** The most words a name has. */
const NAME_REACH = 8;

/** The actor mentions `found`, with the organisations named as callers added (and any mention inside one's name dropped). */
export function withCallerBodies(
  tokens: readonly Token[],
  found: ActorMention[],
  claimed: (i: number) => boolean,
  cues: ReadonlyArray<PhraseMatch<CueDef>>,
): ActorMention[] {
  let out = found;
  for (const cue of cues) {
    // (Not a recommendation's subject: "The Tripartite Committee recommended ratification" is more likely a State's own organ.)
    if (cue.value.action !== "called-for" || RECOMMENDING.has((tokens[cue.from] as Token).lower)) continue;
    const head = headBefore(tokens, cue.from);
    if (head < 0) continue;
    const start = nameStart(tokens, head);
    if (start < 0 || out.some((m) => m.from <= head && head < m.to)) continue;
    if (head - start === 1 && STATE_ORGANS.has((tokens[start] as Token).lower)) continue;
    let free = true;
    for (let k = start; k <= head && free; k++) free = !claimed(k);
    if (!free) continue;
    const name = tokens
      .slice(start, head + 1)
      .map((t) => t.text)
      .join(" ");
    out = [
      ...out.filter((m) => m.to <= start || m.from > head),
      { from: start, to: head + 1, kind: "named" as const, actor: { name, kind: "organisation" as const } },
    ].sort((a, b) => a.from - b.from);
  }
  return out;
}

/** The index of the organisation word a call verb at `cueFrom` is said by, past adverbs, a day and an apposition; or -1. */
function headBefore(tokens: readonly Token[], cueFrom: number): number {
  let k = cueFrom - 1;
  while (k >= 0 && (BETWEEN.has((tokens[k] as Token).lower) || isWeekday((tokens[k] as Token).lower))) k--;
  // ", a coalition of fishers' unions and NGOs,": an apposition set off by commas.
  if (tokens[k]?.text === ",") {
    let j = k - 1;
    while (j >= 0 && k - j <= APPOSITION_REACH && tokens[j]?.text !== ",") j--;
    if (tokens[j]?.text !== ",") return -1;
    k = j - 1;
  }
  const t = tokens[k];
  return t && isCapitalised(t) && BODY_HEADS.has(t.lower) ? k : -1;
}

/**
 * The first token of the name ending at `head`, with at least one capitalised word before the head ("Sport Integrity Watch", not
 * "The Alliance", which refers back); a leading "The" is not part of it. -1 if there is no such name.
 */
function nameStart(tokens: readonly Token[], head: number): number {
  let start = head;
  for (let k = head - 1; k >= 0 && head - k < NAME_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.word && isCapitalised(t) && t.lower !== "the") start = k;
    else if (NAME_LINKS.has(t.text) && isCapitalised(tokens[k - 1] ?? t) && k > 0 && tokens[k - 1]?.word) continue;
    else break;
  }
  return start < head ? start : -1;
}
