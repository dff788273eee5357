import { clearEvidenceCache } from "../core";
import { COMMITMENTS } from "../workbook/layout";
import { parseArgs } from "./passes";
import { formatStatus, speedup, summarise, type BenchReport } from "./report";
import { compareAnswers, generateStatusBench, indexedStatusText, naiveStatusText } from "./status";

describe("the CT.STATUS benchmark's range", () => {
  const small = { seed: 7, rows: 500, calls: 100 };

  it("is a pure function of the seed", () => {
    expect(generateStatusBench(small)).toEqual(generateStatusBench(small));
    expect(generateStatusBench({ ...small, seed: 8 }).grid).not.toEqual(generateStatusBench(small).grid);
  });

  it("has the Commitments headers in layout order, then one row per record", () => {
    const { grid, queries } = generateStatusBench(small);
    expect(grid[0]).toEqual(COMMITMENTS.columns.map((c) => c.header));
    expect(grid).toHaveLength(501);
    expect(queries).toHaveLength(100);
    const at = (header: string) => COMMITMENTS.columns.findIndex((c) => c.header === header);
    for (const row of grid.slice(1)) {
      expect(row).toHaveLength(COMMITMENTS.columns.length);
      expect(row[at("ID")]).toMatch(/^c-[0-9a-f]{16}$/);
      expect(row[at("Date")]).toMatch(/^(?:\d{4}(?:-\d{2}-\d{2})?)?$/);
    }
  });
});

describe("naive and indexed CT.STATUS", () => {
  beforeEach(clearEvidenceCache);

  it("agree on every query of a small generated range", () => {
    const data = generateStatusBench({ seed: 11, rows: 500, calls: 100 });
    expect(compareAnswers(data, 100)).toEqual([]);
    // Most queries are drawn from the rows, so most have a record.
    const answers = data.queries.map((q) => indexedStatusText(q, data.grid));
    expect(answers.filter((a) => a !== "No record").length).toBeGreaterThan(50);
  });

  it("agree on a fresh copy of the range and on an as-of date", () => {
    const { grid, queries } = generateStatusBench({ seed: 12, rows: 300, calls: 20 });
    for (const q of queries) {
      const copy = grid.map((row) => row.slice());
      expect(indexedStatusText({ ...q, asOf: "2010" }, copy)).toBe(naiveStatusText(q.actor, q.instrument, copy, "2010"));
    }
  });
});

describe("the CT.STATUS report", () => {
  it("reads --status-rows and --status-calls, defaulting to 50,000 and 10,000", () => {
    expect(parseArgs([])).toMatchObject({ statusRows: 50_000, statusCalls: 10_000 });
    expect(parseArgs(["--status-rows", "500", "--status-calls=20"])).toMatchObject({ statusRows: 500, statusCalls: 20 });
    expect(() => parseArgs(["--status-rows", "0"])).toThrow(RangeError);
  });

  it("compares time per call and adds the two ratios after the existing JSON keys", () => {
    const status = {
      rows: 50_000,
      indexed: { calls: 10_000, seconds: 0.5 },
      naive: { calls: 500, seconds: 10 },
      freshIndexed: { calls: 1000, seconds: 4 },
      freshNaive: { calls: 200, seconds: 5 },
      copyOnly: { calls: 100, seconds: 1 },
    };
    expect(speedup(status.naive, status.indexed)).toBeCloseTo(400);
    const pass = (name: string) => ({ name, documents: 1, bytes: 1e6, seconds: 1, count: 1 });
    const report: BenchReport = { seed: 1, baseline: pass("b"), peer: pass("p"), extract: pass("e"), plantedCommitmentSentences: 1, peakRssMb: 1, status };
    const keys = Object.keys(summarise(report));
    expect(keys.slice(-3)).toEqual(["extract_seconds", "status_speedup", "status_speedup_fresh_copies"]);
    expect(summarise(report)).toMatchObject({ status_speedup: 400, status_speedup_fresh_copies: 6.25 });
    expect(Object.keys(summarise({ ...report, status: undefined }))).not.toContain("status_speedup");
    const text = formatStatus(status).join("\n");
    expect(text).toMatch(/status_speedup +400\.0x .*target >= 50x: met/);
    expect(text).toMatch(/first 500 \(fresh copies: 200\)/);
    expect(text).toMatch(/copy alone, no call\) +100 +1\.000 +10000\.0/);
  });
});
