import fc from "fast-check";
import { ACTIONS, extractDocument, INSTRUMENT_TYPES, type DocumentExtraction } from "../src/core";
import { normalizeView } from "../src/core/text/normalize";
import { seedTexts, spanProblems } from "./helpers";

/**
 * Properties of extractDocument over arbitrary and seed-like text: it never throws, spans are
 * in range and verbatim, ids are unique and stable, fields stay in the vocabulary.
 */
const T = 60_000;
const RUNS = 200;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;
const POLARITIES = ["affirmed", "negated", "planned"];

const SEEDS = seedTexts();
/** Sentence-sized fragments of the seeds (with their trailing whitespace), and clause-sized ones. */
const SENTENCES = SEEDS.flatMap((s) => s.split(/(?<=[.!?])\s+/u)).filter((x) => x.trim().length > 0);
const CLAUSES = SEEDS.flatMap((s) => s.split(/(?<=[,;:\n])/u)).filter((x) => x.length > 0);

const PUNCT = fc.constantFrom(
  ".",
  ",",
  ";",
  ":",
  "?",
  "!",
  " ",
  "  ",
  "\t",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "\u00A0",
  "\uFEFF",
  "\u2028",
  "(",
  ")",
  "[",
  "]",
  '"',
  "'",
  "\u201C",
  "\u201D",
  "\u2019",
  "\u00AB",
  "\u00BB",
  "-",
  "\u2013",
  "\u2014",
  "1.",
  "a)",
  "\u2022 ",
  "...",
  "&amp;",
  "<p>",
  "</p>",
  "<br>",
  "<script>",
  "</script>",
  "<html>",
  "\u0000",
  "\u0007",
);

/** Seed sentences and clauses glued with random punctuation, whitespace and a little noise. */
const seedMix = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
      { weight: 2, arbitrary: fc.constantFrom(...CLAUSES) },
      { weight: 3, arbitrary: PUNCT },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((parts) => parts.join(""));

/** A whole seed document with punctuation and whitespace inserted at random places. */
const seedEdits = fc.tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), PUNCT), { maxLength: 25 })).map(([seed, edits]) => {
  let t = seed;
  for (const [at, p] of edits) {
    const i = at % (t.length + 1);
    t = t.slice(0, i) + p + t.slice(i);
  }
  return t;
});

const ARBITRARIES: Array<[string, fc.Arbitrary<string>]> = [
  ["fc.string (default units)", fc.string({ maxLength: 400 })],
  ["fc.string grapheme", fc.string({ unit: "grapheme", maxLength: 400 })],
  ["fc.string binary (any code point, lone surrogates excluded)", fc.string({ unit: "binary", maxLength: 400 })],
  ["fc.string binary-ascii", fc.string({ unit: "binary-ascii", maxLength: 400 })],
  ["seed fragments mixed with punctuation", seedMix],
  ["seed documents with inserted punctuation", seedEdits],
];

/** Every per-document invariant; returns a list of violations (empty when all hold). */
function violations(r: DocumentExtraction): string[] {
  const out = spanProblems(r.text, r.commitments);
  const ids = new Set<string>();
  for (const c of r.commitments) {
    if (ids.has(c.id)) out.push(`duplicate id ${c.id}`);
    ids.add(c.id);
    if (!(c.confidence >= 0 && c.confidence <= 1)) out.push(`${c.id}: confidence ${c.confidence}`);
    if (c.date !== null && !DATE.test(c.date)) out.push(`${c.id}: date ${c.date}`);
    if (!POLARITIES.includes(c.polarity)) out.push(`${c.id}: polarity ${c.polarity}`);
    if (!(ACTIONS as readonly string[]).includes(c.action)) out.push(`${c.id}: action ${c.action}`);
    if (!(INSTRUMENT_TYPES as readonly string[]).includes(c.instrumentType)) out.push(`${c.id}: type ${c.instrumentType}`);
    if (c.source.doc !== r.document.id) out.push(`${c.id}: doc ${c.source.doc}`);
    if (c.actor.length === 0 || c.instrument.length === 0) out.push(`${c.id}: empty actor or instrument`);
  }
  return out;
}

describe.each(ARBITRARIES)("extractDocument on %s", (_name, arb) => {
  test(
    "never throws; spans in range and verbatim; fields in the vocabulary; ids unique",
    () => {
      fc.assert(
        fc.property(arb, (text) => {
          const r = extractDocument({ id: "doc.txt", text });
          expect(violations(r)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    T,
  );

  test(
    "ids and records are stable across two runs of the same input",
    () => {
      fc.assert(
        fc.property(arb, (text) => {
          const a = extractDocument({ id: "doc.txt", text });
          const b = extractDocument({ id: "doc.txt", text });
          expect(b.commitments.map((c) => c.id)).toEqual(a.commitments.map((c) => c.id));
          expect(b.commitments).toEqual(a.commitments);
          expect(b.document).toEqual(a.document);
        }),
        { numRuns: Math.floor(RUNS / 2) },
      );
    },
    T,
  );
});

describe("seed-based inputs actually produce records (the properties above are not vacuous)", () => {
  test(
    "most edited seed documents still yield commitments",
    () => {
      let withRecords = 0;
      fc.assert(
        fc.property(seedEdits, (text) => {
          if (extractDocument({ id: "doc.txt", text }).commitments.length > 0) withRecords++;
        }),
        { numRuns: 50, seed: 42 },
      );
      expect(withRecords).toBeGreaterThanOrEqual(40);
    },
    T,
  );

  test(
    "every seed, as is, keeps the invariants and yields records",
    () => {
      for (const [i, text] of SEEDS.entries()) {
        const r = extractDocument({ id: `seed-${i}.txt`, text });
        expect(violations(r)).toEqual([]);
        expect(r.commitments.length).toBeGreaterThan(0);
      }
    },
    T,
  );

  test(
    "html-flavoured seed mixes keep quotes verbatim against the returned text",
    () => {
      fc.assert(
        fc.property(seedMix, (body) => {
          const r = extractDocument({ id: "page.html", text: `<html><body><p>${body}</p></body></html>`, format: "html" });
          expect(violations(r)).toEqual([]);
        }),
        { numRuns: RUNS / 2 },
      );
    },
    T,
  );
});

describe("normalizeView keeps length", () => {
  test.each<[string, fc.Arbitrary<string>]>([
    ["default", fc.string()],
    ["grapheme", fc.string({ unit: "grapheme" })],
    ["binary", fc.string({ unit: "binary" })],
    ["utf-16 code units (lone surrogates included)", fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((a) => String.fromCharCode(...a))],
    ["seed mix", seedMix],
  ])(
    "output length === input length for %s strings",
    (_name, arb) => {
      fc.assert(
        fc.property(arb, (s) => {
          const v = normalizeView(s);
          expect(v.length).toBe(s.length);
          // characters it does not touch stay where they were
          let moved = -1;
          for (let i = 0; i < s.length && moved < 0; i++) if (/[A-Za-z0-9]/u.test(s[i] as string) && v[i] !== s[i]) moved = i;
          expect(moved).toBe(-1);
        }),
        { numRuns: RUNS * 2 },
      );
    },
    T,
  );
});
