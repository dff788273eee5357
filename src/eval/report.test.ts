import type { Commitment } from "../core/model";
import type { GoldRecord } from "./gold";
import { formatReport } from "./report";
import { score } from "./score";

const text = "Chad ratified the Arms Trade Treaty in 2014. Chad signed the Treaty on the Prohibition of Nuclear Weapons.";
const texts = new Map([
  ["long-document-name.txt", text],
  ["empty.txt", ""],
]);

const gold = (instrument: string, over: Partial<GoldRecord> = {}): GoldRecord => ({
  doc: "long-document-name.txt",
  actors: ["Chad"],
  actions: ["ratified"],
  instrument,
  aliases: [],
  date: "2014",
  quote: "q",
  altQuotes: [],
  required: true,
  repeatable: false,
  negated: false,
  ...over,
});

const record = (quote: string, over: Partial<Commitment>): Commitment => ({
  id: `id-${quote.length}`,
  actor: "Chad",
  action: "ratified",
  instrument: "Arms Trade Treaty",
  instrumentId: null,
  instrumentName: null,
  instrumentType: "treaty",
  date: "2014",
  polarity: "affirmed",
  confidence: 1,
  stages: [],
  source: { doc: "long-document-name.txt", start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote },
  ...over,
});

const GOLD = [gold("Arms Trade Treaty"), gold("Paris Principles", { actions: ["endorsed"], date: null }), gold("Arms Trade Treaty", { doc: "gone.txt" })];
const RECORDS = [
  record("Chad ratified the Arms Trade Treaty in 2014", {}),
  record("Chad signed the Treaty on the Prohibition of Nuclear Weapons", {
    action: "signed",
    instrument: "Treaty on the Prohibition of Nuclear Weapons",
    date: null,
  }),
];
const report = score(GOLD, { documents: [], commitments: RECORDS }, texts);

describe("formatReport", () => {
  it("ends with the three overall summary lines, to 3 decimals", () => {
    const lines = formatReport(report).split("\n");
    // tp 1, fp 1 → P 0.5; required 3, matched 1 → R 0.333; F1 = 0.4
    expect(lines.slice(-3)).toEqual([
      "precision 0.500  recall 0.333  F1 0.400",
      "date accuracy 1.000  provenance 1.000  binding precision 1.000",
      "documents 3  gold 3 (required 3)  extracted 2",
    ]);
  });

  it("prints one line per document with P, R, F1 and tp/fp/fn/dup, and flags documents without text", () => {
    const out = formatReport(report);
    expect(out).toMatch(/^long-document-name\.txt {2}0\.500 {2}0\.500 {2}0\.500 {3}1 {3}1 {3}1 {3}0$/mu);
    expect(out).toMatch(/^empty\.txt +1\.000 {2}1\.000 {2}1\.000 {3}0 {3}0 {3}0 {3}0$/mu);
    expect(out).toMatch(/^gone\.txt .*\(no text: gold only\)$/mu);
    expect(out).toContain("documents with gold but no text (all their gold missed): gone.txt");
  });

  it("prints n/a for a rate with nothing to measure", () => {
    const none = score([], { documents: [], commitments: [] }, new Map([["x.txt", ""]]));
    expect(formatReport(none).split("\n").slice(-2, -1)).toEqual(["date accuracy n/a  provenance n/a  binding precision n/a"]);
  });

  it("lists false positives and misses only when verbose, still ending with the summary", () => {
    expect(formatReport(report)).not.toContain("FP ");
    const verbose = formatReport(report, { verbose: true });
    expect(verbose).toContain("== long-document-name.txt");
    expect(verbose).toMatch(/ {2}FP {4}Chad \| signed \| Treaty on the Prohibition of Nuclear Weapons \| affirmed \| "Chad signed/u);
    expect(verbose).toMatch(/ {2}MISS {2}#1 Chad \| endorsed \| Paris Principles \| affirmed/u);
    expect(verbose).toMatch(/ {2}MISS {2}#2 Chad \| ratified \| Arms Trade Treaty/u);
    expect(verbose.split("\n").slice(-1)).toEqual(["documents 3  gold 3 (required 3)  extracted 2"]);
  });
});
