import { tokenize } from "../text/tokens";
import { PhraseIndex } from "./phraseIndex";
import { WordSet } from "./wordTags";

describe("word tags", () => {
  it("a word set answers for a token as for its lower-case text", () => {
    const set = new WordSet(["the", "its"]);
    for (const t of tokenize("The treaty and its Protocol; THE end")) expect(set.hasToken(t)).toBe(set.has(t.lower));
  });

  it("tokens tagged before a lexicon is built see its words afterwards", () => {
    const tokens = tokenize("Kazakhstan signed the Zebra Accord on Tuesday");
    const early = new PhraseIndex<string>();
    early.add("the", "the", false);
    expect(early.findAll(tokens).map((m) => m.value)).toEqual(["the"]);
    // A new index tags new words: the tokens' remembered tags are stale and must be read again.
    const later = new PhraseIndex<string>();
    later.add("Zebra Accord", "zebra", true);
    expect(later.findAll(tokens).map((m) => [m.from, m.to, m.value])).toEqual([[3, 5, "zebra"]]);
    later.add("Tuesday", "day", false);
    expect(later.findAll(tokens).map((m) => m.value)).toEqual(["zebra", "day"]);
  });

  it("phrase indexes still match once every tag bit is taken", () => {
    const indexes = Array.from({ length: 40 }, (_, i) => {
      const index = new PhraseIndex<number>();
      index.add("Arms Trade Treaty", i, false);
      return index;
    });
    const tokens = tokenize("They ratified the Arms Trade Treaty.");
    for (const [i, index] of indexes.entries()) expect(index.findAll(tokens).map((m) => [m.from, m.to, m.value])).toEqual([[3, 6, i]]);
  });
});
