import * as path from "path";
import { extractAll } from "../src/core";
import { readInputs } from "../src/cli/files";
import { readGoldFile } from "../src/eval/gold";
import { formatReport } from "../src/eval/report";
import { score, type EvalReport } from "../src/eval/score";
import { ROOT, seedFiles } from "./helpers";

/** The quality bar on the bundled seeds: F1 >= 0.9 and every quote verbatim. */
const T = 60_000;
const GOLD = path.join(ROOT, "test", "fixtures", "seeds.gold.json");
const DOCS = path.join(ROOT, "seeds");

let report: EvalReport;
let explain = "";

beforeAll(async () => {
  const gold = readGoldFile(GOLD);
  const read = await readInputs([DOCS]);
  const extraction = extractAll(read.docs);
  const texts = new Map(read.docs.map((d) => [d.id, d.text]));
  report = score(gold, extraction, texts);
  explain = formatReport(report, { verbose: true });
}, T);

/** Fails with the full evaluation report, so a regression says which records it lost. */
function expectAtLeast(name: string, value: number | null, bar: number): void {
  if (value === null || !(value >= bar)) throw new Error(`${name} = ${value} is under ${bar}\n\n${explain}`);
  expect(value).toBeGreaterThanOrEqual(bar);
}

describe("seeds evaluation", () => {
  test(
    "the gold file and the seeds line up: every gold document is read, nothing ignored",
    async () => {
      const gold = readGoldFile(GOLD);
      expect(gold.length).toBeGreaterThan(0);
      const golden = new Set(gold.map((g) => g.doc));
      for (const doc of golden) expect(seedFiles()).toContain(doc);
      expect(report.missingDocuments).toEqual([]);
      expect(report.ignoredRecords).toBe(0);
      expect(report.documents.length).toBeGreaterThanOrEqual(golden.size);
      const read = await readInputs([DOCS]);
      expect(read.notes).toEqual([]);
      expect(read.docs).toHaveLength(5);
    },
    T,
  );

  test(
    "overall F1 >= 0.9",
    () => {
      expectAtLeast("F1", report.overall.f1, 0.9);
    },
    T,
  );

  test(
    "provenance === 1: every extracted quote is text.slice(start, end)",
    () => {
      expect(report.overall.provenanceChecked).toBe(report.overall.extracted);
      expect(report.overall.provenanceChecked).toBeGreaterThan(0);
      if (report.overall.provenance !== 1) throw new Error(`provenance ${report.overall.provenance}\n\n${explain}`);
      expect(report.overall.provenance).toBe(1);
    },
    T,
  );

  test(
    "binding precision is reported as a number in [0, 1]",
    () => {
      const bp = report.overall.bindingPrecision;
      expect(report.overall.bindingRecords).toBeGreaterThan(0);
      expect(typeof bp).toBe("number");
      expect(bp).toBeGreaterThanOrEqual(0);
      expect(bp).toBeLessThanOrEqual(1);
      expect(bp).toBeCloseTo(report.overall.bindingMatched / report.overall.bindingRecords, 10);
    },
    T,
  );

  test(
    "the metrics are internally consistent",
    () => {
      const o = report.overall;
      expect(o.precision).toBeGreaterThanOrEqual(0);
      expect(o.precision).toBeLessThanOrEqual(1);
      expect(o.recall).toBeGreaterThanOrEqual(0);
      expect(o.recall).toBeLessThanOrEqual(1);
      expect(o.tp + o.fp + o.duplicates).toBe(o.extracted);
      expect(o.f1).toBeCloseTo(o.precision + o.recall === 0 ? 0 : (2 * o.precision * o.recall) / (o.precision + o.recall), 10);
      if (o.dateAccuracy !== null) {
        expect(o.dateAccuracy).toBeGreaterThanOrEqual(0);
        expect(o.dateAccuracy).toBeLessThanOrEqual(1);
      }
    },
    T,
  );
});
