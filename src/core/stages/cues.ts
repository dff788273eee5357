import { cueIndex, type CueDef } from "../lexicon/cues";
import type { Token } from "../text/tokens";

/** Action cue mentions in a sentence (see lexicon/cues.ts for the forms). */
export interface CueMention {
  from: number;
  to: number;
  def: CueDef;
}

export function findCues(tokens: readonly Token[], from: number, to: number, claimed: (i: number) => boolean): CueMention[] {
  const out: CueMention[] = [];
  for (const m of cueIndex().findAll(tokens, from, to)) {
    let inside = false;
    for (let i = m.from; i < m.to && !inside; i++) inside = claimed(i);
    if (!inside) out.push({ from: m.from, to: m.to, def: m.value });
  }
  return out;
}
