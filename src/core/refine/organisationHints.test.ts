import { ORGANISATIONS } from "../lexicon/organisations";
import { findActors } from "../stages/actors";
import { splitSentences } from "../text/sentences";
import { tokenize } from "../text/tokens";
import { OrganisationHints } from "./organisationHints";

const HEADS = ["committee", "council", "assembly", "conference", "organisation"];

describe("OrganisationHints", () => {
  it("never rules out a sentence that names an organisation called by the head (any name, alias or acronym, any case)", () => {
    const lines: string[] = [];
    for (const org of ORGANISATIONS) {
      for (const name of [org.name, ...org.aliases, ...org.acronyms]) {
        lines.push(`Yesterday ${name} met.`, `Yesterday ${name.toUpperCase()} met.`);
      }
    }
    const view = lines.join("\n\n");
    const sentences = splitSentences(view);
    const hints = new OrganisationHints(view, sentences);
    sentences.forEach((s, i) => {
      const tokens = tokenize(view, s.start, s.end);
      for (const m of findActors(tokens, 0, tokens.length, () => false)) {
        if (m.actor?.kind !== "organisation") continue;
        for (const head of HEADS) {
          if (head === "organisation" || m.actor.name.toLowerCase().includes(head)) expect(hints.mayName(i, head)).toBe(true);
        }
      }
    });
  });

  it("rules out sentences without such a name", () => {
    const view = "The Committee adopted the text. Kazakhstan ratified the Treaty. The Sixth Committee met.";
    const sentences = splitSentences(view);
    const hints = new OrganisationHints(view, sentences);
    expect(sentences.map((_, i) => hints.mayName(i, "committee"))).toEqual([true, false, true]);
    expect(hints.mayName(1, "council")).toBe(false);
  });
});
