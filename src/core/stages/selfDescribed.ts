import { tokenizePhrase, type Token } from "../text/tokens";
import { lookupActor, type Actor, type ActorMention } from "./actors";

/**
 * Organisations a text describes in its own boilerplate: "Caribbean Marine Watch is a regional network of coastal and fisheries
 * NGOs.", "About the tracker: DataBorders Observatory is an independent network of digital rights organisations." The lexicon
 * knows states and the common organisations; a campaign, watchdog or network that issues one text is known only from the line
 * that says what it is. From there on its name is an actor wherever the text uses it ("Caribbean Marine Watch calls on Haiti to
 * accede to X"), and the first one described is who the text's "we" is when nothing else says (refine/references.ts).
 */

/** "is a", "is an", "are a": the copula of a description. */
const DESCRIBED_AS = /\s(?:is|are)\s(?:a|an)\s/u;
/** A name: capitalised words, joined by a few lower-case ones ("Spotlight on Corruption", "Coalition for the ICC"). */
const NAME = /^\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s(?:of|for|on|and|the|in|\p{Lu}[\p{L}\p{N}'’&.-]*)){0,7}$/u;
/** What opens a site's "about" line before the name: "About us:", "About the tracker:". */
const ABOUT_LEAD = /^About(?:\sus|\sthe\s\p{Ll}+)?:\s+/u;
/** Words that say a name is an organisation of people (not a treaty body or a group of states, which the lexicon knows). */
const ORGANISATION_NOUNS = new Set([
  "alliance",
  "campaign",
  "charity",
  "coalition",
  "collective",
  "consortium",
  "federation",
  "foundation",
  "movement",
  "network",
  "ngo",
  "non-governmental",
  "observatory",
  "organisation",
  "organization",
  "platform",
  "think-tank",
  "watchdog",
]);
/** Words between the article and the noun at most ("an independent, member-led network"). */
const MAX_MODIFIERS = 4;
/** Words that start a sentence but are no name. */
const NOT_NAMES = new Set(["It", "This", "That", "There", "Here", "He", "She", "They", "We", "Each", "Every", "One", "Which", "What"]);

export interface DescribedBody {
  actor: Actor;
  /** The name's tokens as written, for matching it in the text's sentences. */
  words: string[];
}

/** The organisation a sentence's text describes, or null: "<Name> is a/an [modifiers] <organisation noun> …". */
export function describedBody(text: string): DescribedBody | null {
  const copula = DESCRIBED_AS.exec(text);
  if (!copula) return null;
  const name = text
    .slice(0, copula.index)
    .replace(ABOUT_LEAD, "")
    .replace(/^The\s+/u, "")
    .replace(/,$/u, "")
    .trim();
  if (!NAME.test(name) || NOT_NAMES.has(name.split(" ")[0] as string)) return null;
  const after = text.slice(copula.index + copula[0].length).split(/[\s,]+/u, MAX_MODIFIERS + 1);
  if (!after.some((w) => ORGANISATION_NOUNS.has(w.toLowerCase()))) return null;
  // A name the lexicon knows is an actor already ("ASEAN is an association of ten States"): not the text's own author.
  if (lookupActor(name)) return null;
  const words = tokenizePhrase(name).map((t) => t.text);
  return words.length > 0 ? { actor: { name, kind: "organisation" }, words } : null;
}

/** The sentence's actor mentions with the described bodies' names among its free tokens (`found` are in order). */
export function withDescribedBodies(
  tokens: readonly Token[],
  found: ActorMention[],
  claimed: (i: number) => boolean,
  bodies: readonly DescribedBody[],
): ActorMention[] {
  if (bodies.length === 0) return found;
  const added: ActorMention[] = [];
  const taken = (k: number) => claimed(k) || found.some((m) => m.from <= k && k < m.to) || added.some((m) => m.from <= k && k < m.to);
  for (const body of bodies) {
    const first = body.words[0] as string;
    for (let k = 0; k + body.words.length <= tokens.length; k++) {
      if ((tokens[k] as Token).text !== first || !body.words.every((w, j) => (tokens[k + j] as Token).text === w)) continue;
      const to = k + body.words.length;
      let free = true;
      for (let j = k; j < to && free; j++) free = !taken(j);
      if (free) added.push({ from: k, to, kind: "named", actor: body.actor });
      k = to - 1;
    }
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.from - b.from);
}
