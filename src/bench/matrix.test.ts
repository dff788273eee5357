import { runMatrixBench } from "./matrix";

test("the matrix bench builds the grid in one call and cell by cell, and the two agree on every cell", () => {
  const r = runMatrixBench(11, { rows: 2_000, actors: 40, instruments: 12 }, 5);
  expect([r.rows, r.actors, r.instruments]).toEqual([2_000, 40, 12]);
  expect(r.matrixSeconds).toBeGreaterThan(0);
  expect(r.perCellSeconds).toBeGreaterThan(0);
  expect([r.freshCopyCells, r.freshCopySecondsPerCell > 0]).toEqual([5, true]);
  expect(r.mismatches).toEqual([]);
});
