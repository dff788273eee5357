import { runRecalcBench } from "./recalc";
import { generateStatusBench } from "./status";

describe("the recalculation bench", () => {
  test("counts the emitted formulas' cells per row and times them against one pass", () => {
    const { grid } = generateStatusBench({ seed: 7, rows: 400, calls: 1 });
    const r = runRecalcBench(grid);
    expect(r.rows).toBe(400);
    // One CT.CHECKS, one CT.GAPS and one CT.MATRIX; the per-row Status and Flags call none.
    expect(r.ctCalls).toBe(3);
    // Each call reads the evidence columns (ID to Review) with the header row, three times in all.
    const evidenceColumns = 13;
    expect(r.cellsPerRow).toBeCloseTo((3 * evidenceColumns * 401) / 400, 5);
    expect(r.emittedSeconds).toBeGreaterThan(0);
    expect(r.onePassSeconds).toBeGreaterThan(0);
    expect(r.ratio).toBeCloseTo(r.emittedSeconds / r.onePassSeconds, 10);
  });
});
