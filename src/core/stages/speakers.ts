import { tokenize, type Token } from "../text/tokens";
import { findActors, type Actor, type ActorMention } from "./actors";
import { HONORIFICS } from "./groups";

/**
 * A summary record's speakers, named again without their State: "Mr. Joseph (Haiti) said that … ¶ Mr. Joseph called on all OACPS
 * Members …". The first mention gives the State in brackets after the person's address and name; a later "Mr. Joseph" (no bracket)
 * is that State, as "the representative of Haiti" would be.
 */

/** "Mr. Joseph (Haiti)", "Ms. Pérez Álvarez (Cuba)", "Ambassador Kim Sung-ho (Republic of Korea)". */
const SPEAKER =
  /\b(?:Mr|Ms|Mrs|Miss|Dr|Ambassador)\.?\s+((?:[A-Z\u00C0-\u024F][\p{L}'’-]*\s+|(?:de|van|von|da|di|del|al|el|bin|ben)\s+){0,3}[A-Z\u00C0-\u024F][\p{L}'’-]*)\s*\((?:the\s+)?([^()\n]{2,60})\)/gu;

/** Each speaker's name (its words, as written) and the State the brackets after it give; a name given two States is left out. */
export function speakersOf(view: string): Map<string, Actor> {
  const out = new Map<string, Actor | null>();
  if (!view.includes("(")) return new Map();
  for (const m of view.matchAll(SPEAKER)) {
    const name = (m[1] as string).replace(/\s+/gu, " ");
    const inside = m[2] as string;
    const tokens = tokenize(inside, 0, inside.length);
    const found = findActors(tokens, 0, tokens.length, () => false);
    const state = found.length === 1 && found[0]?.actor?.kind === "state" && found[0].to === tokens.length ? found[0].actor : null;
    if (!state) continue;
    const known = out.get(name);
    out.set(name, known === undefined || known?.name === state.name ? state : null);
  }
  const speakers = new Map<string, Actor>();
  for (const [name, actor] of out) if (actor) speakers.set(name, actor);
  return speakers;
}

/** Mentions of the speakers `speakers` holds by address and name alone ("Mr. Joseph called on …"), added to `found`. */
export function withSpeakers(
  tokens: readonly Token[],
  found: ActorMention[],
  claimed: (i: number) => boolean,
  speakers: ReadonlyMap<string, Actor>,
): ActorMention[] {
  if (speakers.size === 0) return found;
  const added: ActorMention[] = [];
  const taken = (k: number) => claimed(k) || found.some((m) => m.from <= k && k < m.to);
  for (let i = 0; i < tokens.length; i++) {
    if (!HONORIFICS.has((tokens[i] as Token).lower)) continue;
    const first = tokens[i + 1]?.text === "." ? i + 2 : i + 1;
    for (const [name, actor] of speakers) {
      const words = name.split(" ");
      if (!words.every((w, j) => tokens[first + j]?.text === w)) continue;
      const to = first + words.length;
      // (With its bracket it is the first mention, whose State is named there.)
      if (tokens[to]?.text === "(") break;
      let free = true;
      for (let j = i; j < to && free; j++) free = !taken(j);
      if (free) added.push({ from: i, to, kind: "named", actor });
      break;
    }
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.from - b.from);
}
