import type { Commitment, Extraction } from "../core/model";
import type { GoldRecord } from "./gold";
import { score } from "./score";

const TEXT_A =
  "France ratified the Arms Trade Treaty on 2 May 2014. France welcomed the Arms Trade Treaty. " +
  "Germany intends to sign the Arms Trade Treaty. Germany signed the Arms Trade Treaty, some say. " +
  "Italy supported resolution 1373. Italy supported resolution 2347. France ratified the ATT.";
const TEXT_B = "Japan acceded to the CTBT in September 2001. Japan ratified the Comprehensive Nuclear-Test-Ban Treaty.";
const TEXT_C = "Epsilon welcomed the Something Treaty.";
const TEXTS = new Map([
  ["a.txt", TEXT_A],
  ["b.txt", TEXT_B],
  ["c.txt", TEXT_C],
]);

function g(doc: string, actor: string, action: GoldRecord["actions"][number], instrument: string, over: Partial<GoldRecord> = {}): GoldRecord {
  return {
    doc,
    actors: [actor],
    actions: [action],
    instrument,
    aliases: [],
    date: null,
    quote: "",
    altQuotes: [],
    required: true,
    repeatable: false,
    negated: false,
    ...over,
  };
}

let nextId = 0;
/** A record whose span is where `quote` occurs in its document (or a deliberately wrong quote at that span). */
function r(doc: string, quote: string, fields: Pick<Commitment, "actor" | "action" | "instrument"> & Partial<Commitment>, wrongQuote?: string): Commitment {
  const text = TEXTS.get(doc) ?? "";
  const start = text.indexOf(quote);
  return {
    id: `r${nextId++}`,
    instrumentId: null,
    instrumentName: null,
    instrumentType: "treaty",
    date: null,
    polarity: "affirmed",
    confidence: 0.9,
    stages: [],
    ...fields,
    source: { doc, start: Math.max(start, 0), end: Math.max(start, 0) + quote.length, quote: wrongQuote ?? quote },
  };
}

const GOLD: GoldRecord[] = [
  g("a.txt", "France", "ratified", "Arms Trade Treaty", { date: "2014-05-02" }), // 0: matched by r1, r2 is a duplicate
  g("a.txt", "Germany", "signed", "Arms Trade Treaty", { negated: true }), // 1: matched by the planned record
  g("a.txt", "Italy", "supported", "Security Council resolution 2347"), // 2: matched by a record with a wrong quote
  g("a.txt", "Spain", "endorsed", "Paris Principles"), // 3: missed
  g("a.txt", "France", "welcomed", "Arms Trade Treaty", { required: false }), // 4: optional, matched
  g("b.txt", "Japan", "acceded", "Comprehensive Nuclear-Test-Ban Treaty", { date: "2001" }), // 5: matched, wrong date
  g("d.txt", "Chile", "ratified", "Arms Trade Treaty"), // 6: no text → missed
  g("d.txt", "Chile", "welcomed", "Arms Trade Treaty", { required: false }), // 7: no text, optional
];

const RECORDS: Commitment[] = [
  r("a.txt", "France ratified the Arms Trade Treaty on 2 May 2014", {
    actor: "France",
    action: "ratified",
    instrument: "Arms Trade Treaty",
    date: "2014-05-02",
  }),
  r("a.txt", "France ratified the ATT", { actor: "France", action: "ratified", instrument: "ATT" }),
  r("a.txt", "Germany intends to sign the Arms Trade Treaty", { actor: "Germany", action: "signed", instrument: "Arms Trade Treaty", polarity: "planned" }),
  r("a.txt", "Italy supported resolution 1373", { actor: "Italy", action: "supported", instrument: "resolution 1373", instrumentType: "resolution" }),
  r("a.txt", "Italy supported resolution 2347", { actor: "Italy", action: "supported", instrument: "resolution 2347" }, "Italy supported resolution 2348"),
  r("a.txt", "France welcomed the Arms Trade Treaty", { actor: "France", action: "welcomed", instrument: "Arms Trade Treaty" }),
  r("a.txt", "Germany signed the Arms Trade Treaty", { actor: "Germany", action: "signed", instrument: "Arms Trade Treaty" }),
  r("b.txt", "Japan acceded to the CTBT in September 2001", { actor: "Japan", action: "acceded", instrument: "CTBT", date: "2001-09" }),
  r("b.txt", "Japan ratified the Comprehensive Nuclear-Test-Ban Treaty", {
    actor: "Japan",
    action: "ratified",
    instrument: "Comprehensive Nuclear-Test-Ban Treaty",
  }),
  r("c.txt", "Epsilon welcomed the Something Treaty", { actor: "Epsilon", action: "welcomed", instrument: "Something Treaty" }),
  r("z.txt", "anything", { actor: "Peru", action: "ratified", instrument: "Arms Trade Treaty" }),
];

const EXTRACTION: Extraction = { documents: [], commitments: RECORDS };

describe("score on a hand-built gold and extraction", () => {
  const report = score(GOLD, EXTRACTION, TEXTS);
  const doc = (name: string) => {
    const d = report.documents.find((x) => x.doc === name);
    if (d === undefined) throw new Error(`no report for ${name}`);
    return d;
  };

  it("counts tp, fp, fn and duplicates per document", () => {
    expect(doc("a.txt")).toMatchObject({ tp: 4, fp: 2, fn: 1, duplicates: 1, extracted: 7, gold: 5, requiredGold: 4, matchedRequired: 3 });
    expect(doc("b.txt")).toMatchObject({ tp: 1, fp: 1, fn: 0, duplicates: 0, extracted: 2 });
    expect(doc("c.txt")).toMatchObject({ tp: 0, fp: 1, fn: 0, gold: 0 });
    expect(doc("d.txt")).toMatchObject({ hasText: false, tp: 0, fp: 0, fn: 1, gold: 2, requiredGold: 1 });
  });

  it("computes per-document precision, recall and F1", () => {
    expect(doc("a.txt").precision).toBeCloseTo(4 / 6, 10);
    expect(doc("a.txt").recall).toBeCloseTo(3 / 4, 10);
    expect(doc("a.txt").f1).toBeCloseTo((2 * (4 / 6) * 0.75) / (4 / 6 + 0.75), 10);
    expect(doc("c.txt")).toMatchObject({ precision: 0, recall: 1, f1: 0 });
    expect(doc("d.txt")).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });

  it("pools the overall figures", () => {
    const o = report.overall;
    expect(o).toMatchObject({ tp: 5, fp: 4, fn: 2, duplicates: 1, gold: 8, requiredGold: 6, matchedRequired: 4, extracted: 10 });
    expect(o.precision).toBeCloseTo(5 / 9, 10);
    expect(o.recall).toBeCloseTo(4 / 6, 10);
    expect(o.f1).toBeCloseTo((2 * (5 / 9) * (4 / 6)) / (5 / 9 + 4 / 6), 10);
    expect(report.missingDocuments).toEqual(["d.txt"]);
    expect(report.ignoredRecords).toBe(1);
  });

  it("takes date accuracy over matched records whose gold date is set", () => {
    expect(doc("a.txt")).toMatchObject({ dateChecked: 1, dateCorrect: 1, dateAccuracy: 1 });
    expect(doc("b.txt")).toMatchObject({ dateChecked: 1, dateCorrect: 0, dateAccuracy: 0 });
    expect(doc("b.txt").dateMismatches).toEqual([expect.objectContaining({ expected: "2001", record: expect.objectContaining({ date: "2001-09" }) })]);
    expect(doc("c.txt").dateAccuracy).toBeNull();
    expect(report.overall.dateAccuracy).toBe(0.5);
  });

  it("measures provenance as quote === text.slice(start, end)", () => {
    expect(doc("a.txt")).toMatchObject({ provenanceChecked: 7, provenanceOk: 6 });
    expect(doc("a.txt").badProvenance.map((x) => x.quote)).toEqual(["Italy supported resolution 2348"]);
    expect(report.overall.provenance).toBeCloseTo(9 / 10, 10);
  });

  it("measures binding precision over affirmed ratified/acceded/party records", () => {
    expect(doc("a.txt")).toMatchObject({ bindingRecords: 2, bindingMatched: 2 }); // the duplicate still matches gold
    expect(doc("b.txt")).toMatchObject({ bindingRecords: 2, bindingMatched: 1 }); // "ratified" where gold says acceded
    expect(report.overall.bindingPrecision).toBe(0.75);
  });

  it("lists false positives with the nearest gold record, and missed required gold", () => {
    const fps = doc("a.txt").falsePositives;
    expect(fps.map((f) => f.instrument)).toEqual(["Arms Trade Treaty", "resolution 1373"]);
    expect(fps[0]?.nearest).toMatchObject({ gold: { index: 1 }, failed: ["polarity"] });
    expect(fps[1]?.nearest).toMatchObject({ gold: { index: 2 }, failed: ["instrument"] });
    expect(doc("a.txt").missed.map((m) => m.index)).toEqual([3]);
    expect(doc("d.txt").missed.map((m) => m.index)).toEqual([6]);
  });
});

describe("which gold record a record is counted against", () => {
  const text = "Chad ratified the Arms Trade Treaty. Chad ratified the Arms Trade Treaty again.";
  const texts = new Map([["e.txt", text]]);
  const rec = (quote: string): Commitment => ({
    id: quote,
    actor: "Chad",
    action: "ratified",
    instrument: "Arms Trade Treaty",
    instrumentId: null,
    instrumentName: null,
    instrumentType: "treaty",
    date: null,
    polarity: "affirmed",
    confidence: 1,
    stages: [],
    source: { doc: "e.txt", start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote },
  });
  const first = rec("Chad ratified the Arms Trade Treaty.");
  const again = rec("Chad ratified the Arms Trade Treaty again");

  it("prefers an unmatched required record over an optional one that agrees as well", () => {
    const gold = [g("e.txt", "Chad", "ratified", "Arms Trade Treaty", { required: false }), g("e.txt", "Chad", "ratified", "Arms Trade Treaty")];
    const o = score(gold, { documents: [], commitments: [first] }, texts).overall;
    expect(o).toMatchObject({ tp: 1, fn: 0, matchedRequired: 1 });
  });

  it("a further record on an already matched gold record is neither TP nor FP, repeatable or not", () => {
    for (const repeatable of [false, true]) {
      const o = score([g("e.txt", "Chad", "ratified", "Arms Trade Treaty", { repeatable })], { documents: [], commitments: [again, first] }, texts).overall;
      expect(o).toMatchObject({ tp: 1, fp: 0, duplicates: 1, precision: 1 });
    }
  });

  it("a duplicate does not take credit for another gold record it only shares words with", () => {
    const gold = [g("e.txt", "Chad", "ratified", "Arms Trade Treaty"), g("e.txt", "Chad", "ratified", "Arms Trade Agreement on Small Arms")];
    const o = score(gold, { documents: [], commitments: [first, again] }, texts).overall;
    expect(o).toMatchObject({ tp: 1, fp: 0, fn: 1, duplicates: 1 });
  });

  it("a record goes to the gold record it names best, whatever the gold order", () => {
    const gold = [g("e.txt", "Chad", "ratified", "Arms Trade Agreement on Small Arms"), g("e.txt", "Chad", "ratified", "Arms Trade Treaty")];
    const report = score(gold, { documents: [], commitments: [first] }, texts);
    expect(report.documents[0]?.missed.map((m) => m.instrument)).toEqual(["Arms Trade Agreement on Small Arms"]);
  });
});
