/**
 * The status matrix in one call against the same grid cell by cell (issue 18): a 200-actor ×
 * 50-instrument CT.MATRIX over a 10,000-row evidence range, timed against one CT.STATUS per
 * cell over the same range, in the same process, after a warm-up of both on a small range.
 * Cell by cell is timed twice: passing the same array every call (its cheapest case: the index
 * is built once and found by identity) and, as Excel calls a function, with a fresh copy of the
 * range per call (timed on the first FRESH_CELLS cells, then counted per cell). Every side
 * starts with no cached index. The two must agree on every cell's level, or the bench reports
 * the difference and fails.
 */
import { clearEvidenceCache, STATUS_LEVELS } from "../core";
import { matrixRows, statusText } from "../functions/answers";
import { COMMITMENTS } from "../workbook/layout";
import { generateStatusBench } from "./status";

export const MATRIX_ROWS = 10_000;
export const MATRIX_ACTORS = 200;
export const MATRIX_INSTRUMENTS = 50;
/** Cells timed with a fresh copy of the range each (copying 10,000 rows per call is slow). */
export const FRESH_CELLS = 50;

export interface MatrixBenchResult {
  rows: number;
  actors: number;
  instruments: number;
  /** One CT.MATRIX call over the whole grid. */
  matrixSeconds: number;
  /** One CT.STATUS call per cell, the same array every call. */
  perCellSeconds: number;
  /** One CT.STATUS call per cell with a fresh copy of the range, per cell (timed on a sample). */
  freshCopySecondsPerCell: number;
  freshCopyCells: number;
  /** Cells whose level differs between the two (must be 0). */
  mismatches: string[];
}

const levelOf = (text: string) => STATUS_LEVELS.find((l) => text === l || text.startsWith(`${l} (`)) ?? text;

function seconds(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** The first `n` distinct non-blank values of a column. */
function distinct(grid: readonly (readonly unknown[])[], column: string, n: number): string[] {
  const at = COMMITMENTS.columns.findIndex((c) => c.header === column);
  return [
    ...new Set(
      grid
        .slice(1)
        .map((r) => String(r[at] ?? ""))
        .filter((v) => v !== ""),
    ),
  ].slice(0, n);
}

/** Both ways once on a small range, so that neither side pays for compiling the shared code. */
function warmUp(seed: number): void {
  const { grid } = generateStatusBench({ seed: seed + 1, rows: 500, calls: 1 });
  const actors = distinct(grid, "Actor", 20);
  const instruments = distinct(grid, "Instrument ID", 10);
  matrixRows(
    grid,
    actors.map((a) => [a]),
    [instruments],
  );
  for (const actor of actors) for (const instrument of instruments) statusText(actor, instrument, grid);
  clearEvidenceCache();
}

export function runMatrixBench(
  seed: number,
  sizes = { rows: MATRIX_ROWS, actors: MATRIX_ACTORS, instruments: MATRIX_INSTRUMENTS },
  freshCells = FRESH_CELLS,
): MatrixBenchResult {
  warmUp(seed);
  const { grid } = generateStatusBench({ seed, rows: sizes.rows, calls: 1 });
  const actors = distinct(grid, "Actor", sizes.actors);
  const instruments = distinct(grid, "Instrument ID", sizes.instruments);

  clearEvidenceCache();
  let matrix: string[][] = [];
  const matrixSeconds = seconds(
    () =>
      (matrix = matrixRows(
        grid,
        actors.map((a) => [a]),
        [instruments],
      )),
  );
  clearEvidenceCache();
  const cells: string[][] = [];
  const perCellSeconds = seconds(() => {
    for (const actor of actors) cells.push(instruments.map((instrument) => statusText(actor, instrument, grid)));
  });

  clearEvidenceCache();
  const sample = actors.flatMap((actor) => instruments.map((instrument) => [actor, instrument] as const)).slice(0, freshCells);
  const freshSeconds = seconds(() => {
    for (const [actor, instrument] of sample)
      statusText(
        actor,
        instrument,
        grid.map((row) => row.slice()),
      );
  });
  clearEvidenceCache();

  const mismatches: string[] = [];
  actors.forEach((actor, i) =>
    instruments.forEach((instrument, j) => {
      const [one, each] = [matrix[i + 1]?.[j + 1] ?? "(missing)", cells[i]?.[j] ?? "(missing)"];
      if (levelOf(one) !== levelOf(each) || one.includes("conflicting") !== each.includes("conflicting"))
        mismatches.push(`${actor} × ${instrument}: ${one} / ${each}`);
    }),
  );
  return {
    rows: sizes.rows,
    actors: actors.length,
    instruments: instruments.length,
    matrixSeconds,
    perCellSeconds,
    freshCopySecondsPerCell: sample.length > 0 ? freshSeconds / sample.length : 0,
    freshCopyCells: sample.length,
    mismatches,
  };
}
