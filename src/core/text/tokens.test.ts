import { normalizeView } from "./normalize";
import { isCapitalised, tokenize, type Token } from "./tokens";

function triples(tokens: Token[]): Array<[string, number, number]> {
  return tokens.map((t) => [t.text, t.start, t.end]);
}

describe("tokenize", () => {
  it('splits a possessive: "Kazakhstan\'s" gives "Kazakhstan" + "\'s"', () => {
    const tokens = tokenize("Kazakhstan's accession");
    expect(triples(tokens)).toEqual([
      ["Kazakhstan", 0, 10],
      ["'s", 10, 12],
      ["accession", 13, 22],
    ]);
    expect(tokens[0]?.word).toBe(true);
    expect(tokens[1]?.word).toBe(false);
  });

  it("splits a typographic possessive once the text is normalised", () => {
    const view = normalizeView("Kazakhstan\u2019s view");
    expect(triples(tokenize(view)).slice(0, 2)).toEqual([
      ["Kazakhstan", 0, 10],
      ["'s", 10, 12],
    ]);
  });

  it("keeps hyphenated words and inner apostrophes whole", () => {
    expect(tokenize("co-sponsored Côte d'Ivoire's Nuclear-Test-Ban").map((t) => t.text)).toEqual([
      "co-sponsored",
      "Côte",
      "d'Ivoire",
      "'s",
      "Nuclear-Test-Ban",
    ]);
  });

  it("makes each punctuation mark its own token and tokenises U.S. the same everywhere", () => {
    expect(triples(tokenize("the U.S., (2017);"))).toEqual([
      ["the", 0, 3],
      ["U", 4, 5],
      [".", 5, 6],
      ["S", 6, 7],
      [".", 7, 8],
      [",", 8, 9],
      ["(", 10, 11],
      ["2017", 11, 15],
      [")", 15, 16],
      [";", 16, 17],
    ]);
  });

  it("gives lower-case forms and absolute offsets for a range", () => {
    const text = "Preamble. Chile RATIFIED it.";
    const tokens = tokenize(text, 10, text.length);
    expect(tokens.map((t) => [t.lower, t.start])).toEqual([
      ["chile", 10],
      ["ratified", 16],
      ["it", 25],
      [".", 27],
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("does not split a word ending in 's' that is not a possessive", () => {
    expect(tokenize("States Parties").map((t) => t.text)).toEqual(["States", "Parties"]);
  });
});

describe("tokenize: words broken by invisible characters and line wraps", () => {
  it("reads a word with invisible characters inside as one token whose text leaves them out", () => {
    const view = normalizeView("Nor\u00ADway and Ke\u200Bnya, Chi\u200Dle's");
    expect(triples(tokenize(view))).toEqual([
      ["Norway", 0, 7],
      ["and", 8, 11],
      ["Kenya", 12, 18],
      [",", 18, 19],
      ["Chile", 20, 26],
      ["'s", 26, 28],
    ]);
  });

  it("joins a word hyphenated across a line wrap, keeping the hyphen before a capital or a compound's first part", () => {
    const text = "Kazakh-\nstan, Guinea-\n  Bissau, rati- \r\nfied, non-\nproliferation, Co-\nlombia, 2013-\n2015";
    const tokens = tokenize(normalizeView(text)).filter((t) => t.word);
    expect(tokens.map((t) => t.text)).toEqual(["Kazakhstan", "Guinea-Bissau", "ratified", "non-proliferation", "Colombia", "2013-2015"]);
    expect(tokens.map((t) => t.lower)[0]).toBe("kazakhstan");
    expect(text.slice(tokens[1]?.start, tokens[1]?.end)).toBe("Guinea-\n  Bissau");
  });

  it("does not join across a blank line, a dash between spaces or a hyphen before spaces", () => {
    expect(tokenize("Kenya-\n\nstan").map((t) => t.text)).toEqual(["Kenya", "-", "stan"]);
    expect(tokenize("Kenya -\nstan").map((t) => t.text)).toEqual(["Kenya", "-", "stan"]);
    expect(tokenize("Kenya-  stan").map((t) => t.text)).toEqual(["Kenya", "-", "stan"]);
  });

  it("reads a possessive after a joined word", () => {
    expect(triples(tokenize("Kazakh-\nstan's"))).toEqual([
      ["Kazakhstan", 0, 12],
      ["'s", 12, 14],
    ]);
  });
});

describe("isCapitalised", () => {
  it("is true for a capital or a digit, false for lower case and punctuation", () => {
    const [a, b, c, d] = tokenize("Treaty 1954 treaty ,");
    expect([a, b, c, d].map((t) => isCapitalised(t as Token))).toEqual([true, true, false, false]);
  });
});
