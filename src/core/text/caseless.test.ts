import fc from "fast-check";
import { Caseless } from "./caseless";

/** Every match (index and groups) of a global pattern over `text`. */
function matches(re: RegExp, text: string): string[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => `${m.index}:${m.join("|")}`);
}

const PATTERNS = [
  /\b(?:ratif|sign(?:s|ed)?\b|commit(?:s|ted)?\b|call(?:s|ed)?\s(?:on|for)\b|against\s\(|in\sfavou?r)/giu,
  /\b(?:in|since|of)\s(?:the\s)?((?:1[89]|20)\d\d)\b(?!\s?(?:[-–/]|convention))/giu,
  /\b(today|yesterday|last year|this year)\b/giu,
];

const PIECES = [
  "ratified",
  "SIGNED",
  "signs",
  "commits",
  "called on",
  "call  for",
  "against (",
  "in favour",
  "in 2019",
  "since the 1999",
  "2015-",
  "Today",
  "last year",
  "x",
  "é",
  "ß",
  "İ",
  "ı",
  "\u017F",
  "\u212A",
  "ſigned",
  "\uD83D\uDE00",
  "\uD83D",
  " ",
  "\n",
  "–",
];

describe("Caseless", () => {
  it("finds what the iu pattern finds, on any mix of words, folding traps and surrogates", () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(text, (s) => {
        for (const re of PATTERNS) expect(matches(new Caseless(re).for(s), s)).toEqual(matches(re, s));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps the iu pattern for text with a long s or a Kelvin sign (i alone would not fold them)", () => {
    const re = /\bsigned\b/iu;
    expect(new Caseless(re).for("ſigned").test("ſigned")).toBe(true);
    expect(new Caseless(re).for("signed").flags).toBe("i");
  });
});
