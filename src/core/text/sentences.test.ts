import { normalizeView } from "./normalize";
import { outsideRanges, splitSentences, type Segment } from "./sentences";

/** Sentences of `text` as written, after checking every span against the original text. */
function split(text: string, from = 0): Array<{ text: string; start: number; end: number; list: boolean }> {
  const view = normalizeView(text);
  return splitSentences(view, from).map((s: Segment) => {
    expect(s.end).toBeGreaterThan(s.start);
    expect(view.slice(s.start, s.end)).toBe(view.slice(s.start, s.end).trim());
    return { text: text.slice(s.start, s.end), start: s.start, end: s.end, list: s.list };
  });
}

function texts(text: string): string[] {
  return split(text).map((s) => s.text);
}

describe("splitSentences: abbreviations", () => {
  it.each([
    ["U.S.", "The U.S. delegation signed the Arms Trade Treaty in 2013. Chile followed."],
    ["H.E. and Mr.", "The statement was delivered by H.E. Mr. Kairat Umarov, Permanent Representative. Chile followed."],
    ["No.", "The treaty is registered as No. 54321 in the United Nations Treaty Series. Chile followed."],
    ["Res.", "The Council recalled Res. 2347 on cultural heritage in armed conflict. Chile followed."],
  ])("does not split after %s", (_label, text) => {
    const first = text.slice(0, text.indexOf(" Chile followed."));
    expect(texts(text)).toEqual([first, "Chile followed."]);
  });

  it("gives exact offsets after an abbreviation", () => {
    const text = "The U.S. signed it. Mr. Smith spoke next.";
    expect(split(text).map(({ text: t, start, end }) => [t, start, end])).toEqual([
      ["The U.S. signed it.", 0, 19],
      ["Mr. Smith spoke next.", 20, 41],
    ]);
  });

  it("still splits at an ordinary full stop before a capital", () => {
    expect(texts("Kazakhstan ratified the Treaty. Chile signed it. Peru abstained.")).toEqual([
      "Kazakhstan ratified the Treaty.",
      "Chile signed it.",
      "Peru abstained.",
    ]);
  });
});

describe("splitSentences: initialisms", () => {
  it.each([
    ["a state's name", "Talks were held in the U.S. Norway ratified the Treaty.", "Norway ratified the Treaty."],
    ["a state's name of several words", "Talks were held in the U.K. Trinidad and Tobago signed it.", "Trinidad and Tobago signed it."],
    ["a sentence opener", "The text was drafted at the U.N. The vote followed.", "The vote followed."],
  ])("splits after U.S./U.K./U.N. before %s", (_label, text, second) => {
    expect(texts(text)).toEqual([text.slice(0, text.indexOf(second) - 1), second]);
  });

  it.each([
    "The U.S. ratified the Treaty.",
    "The U.S. Government ratified the Treaty.",
    "The U.N. Security Council adopted it.",
    "Talks were held in the U.S. Georgia signed it.",
    "The U.S.-led coalition signed it.",
    "Under Art. 5 Chile signed it.",
    "Mr. Smith signed it for Chile, e.g. Norway did too.",
  ])("does not split %s", (text) => {
    expect(texts(text)).toEqual([text]);
  });
});

describe("splitSentences: lines that go on", () => {
  it.each([
    ["a word hyphenated at the wrap", "Ratified by Guinea-\nBissau in 2015."],
    ["a short line ending in 'and'", "Chile, Peru and\nKenya ratified it."],
    ["a line ending in 'the'", "Chile ratified the\nArms Trade Treaty."],
    ["a list still going after a comma", "Chile, Peru,\nKenya and Norway signed."],
    ["a lower-case next line", "Chile, Peru\nand Kenya signed."],
  ])("keeps %s in the sentence", (_label, text) => {
    expect(texts(text)).toEqual([text]);
  });

  it("still ends a salutation or a heading line at its newline", () => {
    expect(texts("Mr. Chairman,\nKazakhstan ratified it.")).toEqual(["Mr. Chairman,", "Kazakhstan ratified it."]);
    expect(texts("Statement by H.E. Mr. Smith,\nPermanent Representative")).toHaveLength(2);
    expect(texts("Annex A\nChile ratified it.")).toHaveLength(2);
  });
});

describe("splitSentences: hard-wrapped paragraphs", () => {
  const wrapped = [
    "Statement by the Permanent Representative of the Republic of Kazakhstan",
    "",
    "Mr. Chairman,",
    "",
    "Kazakhstan has consistently supported the strengthening of the nuclear",
    "non-proliferation regime and was among the first States to sign the",
    "Comprehensive Nuclear-Test-Ban Treaty, which the Parliament ratified in",
    "2002 after a long national debate on the legacy of the Semipalatinsk test",
    "site. We call on all States that have not yet done so to sign and ratify",
    "the Treaty without delay, in particular the remaining Annex 2 States whose",
    "ratification is required for its entry into force.",
    "",
    "Thank you.",
  ].join("\n");

  it("reads a paragraph wrapped at ~72 columns as whole sentences", () => {
    const out = split(wrapped);
    const first = out.find((s) => s.text.startsWith("Kazakhstan has"));
    expect(first?.text).toBe(wrapped.slice(wrapped.indexOf("Kazakhstan has"), wrapped.indexOf("site.") + 5));
    expect(first?.start).toBe(wrapped.indexOf("Kazakhstan has"));
    const second = out.find((s) => s.text.startsWith("We call"));
    expect(second?.end).toBe(wrapped.indexOf("entry into force.") + "entry into force.".length);
  });

  it("keeps short lines and blank-line paragraphs apart", () => {
    expect(texts(wrapped)).toEqual([
      "Statement by the Permanent Representative of the Republic of Kazakhstan",
      "Mr. Chairman,",
      expect.stringMatching(/^Kazakhstan has[\s\S]*test\nsite\.$/u),
      expect.stringMatching(/^We call on all States[\s\S]*entry into force\.$/u),
      "Thank you.",
    ]);
  });

  it("reads a wrapped paragraph the same with CRLF line ends", () => {
    const crlf = wrapped.replace(/\n/gu, "\r\n");
    expect(texts(crlf).map((t) => t.replace(/\r\n/gu, "\n"))).toEqual(texts(wrapped));
  });
});

describe("splitSentences: glued sentences", () => {
  it('splits "treaty.During" into two sentences with exact offsets', () => {
    const text = "Kazakhstan welcomed the ban treaty.During the debate, Chile spoke on its implementation.";
    const at = text.indexOf("During");
    expect(split(text).map(({ text: t, start, end }) => [t, start, end])).toEqual([
      ["Kazakhstan welcomed the ban treaty.", 0, at],
      ["During the debate, Chile spoke on its implementation.", at, text.length],
    ]);
  });

  it('does not split "U.N." or a decimal number', () => {
    expect(texts("The U.N.Security Council met. The vote was 14.5 percent higher.")).toHaveLength(2);
  });
});

describe("splitSentences: lists", () => {
  it('keeps an introduction ending in ":" and its "- item" lines as one list unit', () => {
    const text = "Press release\n\nThe States that signed the Treaty today are:\n- Bangladesh\n- Kiribati\n- Uruguay\n\nThe ceremony ended at noon.";
    const out = split(text);
    const list = out.find((s) => s.list);
    expect(list?.text).toBe("The States that signed the Treaty today are:\n- Bangladesh\n- Kiribati\n- Uruguay");
    expect(list?.start).toBe(text.indexOf("The States"));
    expect(out.map((s) => s.text)).toEqual(["Press release", list?.text, "The ceremony ended at noon."]);
  });

  it("does not mark an ordinary sentence as a list", () => {
    expect(split("Kazakhstan ratified the Treaty in 2015.").map((s) => s.list)).toEqual([false]);
  });
});

describe("splitSentences: range and offsets", () => {
  it("starts at `from` and keeps offsets absolute", () => {
    const text = "Title: Header line\n\nKazakhstan signed it. Chile ratified it.";
    const from = text.indexOf("Kazakhstan");
    expect(split(text, from).map(({ text: t, start }) => [t, start])).toEqual([
      ["Kazakhstan signed it.", from],
      ["Chile ratified it.", text.indexOf("Chile")],
    ]);
  });

  it("gives no sentence for empty or blank text", () => {
    expect(split("")).toEqual([]);
    expect(split(" \n\n \n")).toEqual([]);
  });

  it("caps a pathological run-on sentence in bounded pieces", () => {
    const text = "word ".repeat(5_000).trim();
    const out = splitSentences(normalizeView(text));
    expect(out.length).toBeGreaterThan(1);
    expect(out.every((s) => s.end - s.start <= 3000)).toBe(true);
    expect(out[0]?.start).toBe(0);
    expect(out[out.length - 1]?.end).toBe(text.length);
  });
});

describe("outsideRanges", () => {
  const seg = (start: number, end: number): Segment => ({ start, end, paragraph: 0, list: false });
  const naive = (segments: Segment[], ranges: Array<[number, number]>) => segments.filter((s) => !ranges.some(([a, b]) => s.start < b && s.end > a));

  it("leaves out the segments that overlap a range, whatever the ranges' order", () => {
    const segments = [seg(0, 10), seg(11, 20), seg(21, 30), seg(31, 40)];
    expect(
      outsideRanges(segments, [
        [25, 26],
        [0, 5],
      ]),
    ).toEqual([seg(11, 20), seg(31, 40)]);
    // Touching is not overlapping: a range that ends where a segment starts leaves it in.
    expect(
      outsideRanges(segments, [
        [20, 21],
        [10, 11],
      ]),
    ).toEqual(segments);
    expect(outsideRanges(segments, [])).toEqual(segments);
  });

  it("a range that spans several segments leaves them all out", () => {
    const segments = [seg(0, 10), seg(11, 20), seg(21, 30), seg(31, 40)];
    expect(outsideRanges(segments, [[5, 25]])).toEqual([seg(31, 40)]);
  });

  it("gives what the per-segment scan gives on random segments and ranges", () => {
    let state = 12345;
    const next = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    for (let round = 0; round < 200; round++) {
      const segments: Segment[] = [];
      for (let at = next(5); segments.length < 1 + next(12);) {
        const start = at + next(4);
        const end = start + 1 + next(15);
        segments.push(seg(start, end));
        at = end;
      }
      const ranges: Array<[number, number]> = [];
      for (let k = next(5); k > 0; k--) {
        const a = next(120);
        ranges.push([a, a + next(25)]);
      }
      expect(outsideRanges(segments, ranges)).toEqual(naive(segments, ranges));
    }
  });
});

describe("splitSentences: questions listed after a colon", () => {
  it("keeps each question item a sentence of its own", () => {
    const text =
      "I rise to ask the Cabinet Secretary the following Question:\n(i) Could the Cabinet Secretary explain why Kenya has not ratified it?\n(ii) What is the status of the Agreement?\n(iii) How did Kenya vote?";
    expect(split(text).map((s) => s.text)).toEqual([
      "I rise to ask the Cabinet Secretary the following Question:",
      "(i) Could the Cabinet Secretary explain why Kenya has not ratified it?",
      "(ii) What is the status of the Agreement?",
      "(iii) How did Kenya vote?",
    ]);
  });

  it("still reads the names listed after a colon as one sentence", () => {
    const text = "The following States signed the Treaty:\n(a) Chile\n(b) Peru\n(c) Kenya";
    expect(split(text).map((s) => s.text)).toEqual([text]);
  });
});
