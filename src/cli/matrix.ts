/**
 * `commitments matrix [PATH...]`: the status matrix of the documents — actors down, instruments
 * across, each cell the level CT.STATUS gives (the core's statusMatrix, which CT.MATRIX and the
 * workbook's Matrix sheet use too) — as CSV or JSON, or the workbook with its Matrix sheet.
 */
import { instrumentLabel, ReferenceIndex, statusMatrix, type StatusMatrix } from "../core";
import { MATRIX_USAGE, parseMatrixArgs, version } from "./args";
import { readSummary } from "./files";
import { CSV_BOM, csvField } from "./formats";
import { readRun } from "./gaps";
import { emit } from "./output";
import { extractToWorkbook } from "./main";

export function matrixToCsv(m: StatusMatrix): string {
  const lines = [["Actor", ...m.instruments.map(instrumentLabel)], ...m.actors.map((actor, i) => [actor, ...(m.cells[i] ?? []).map((c) => c.text)])];
  return `${CSV_BOM}${lines.map((line) => line.map(csvField).join(",")).join("\r\n")}\r\n`;
}

export function matrixToJson(m: StatusMatrix): string {
  const body = {
    instruments: m.instruments.map((i) => ({ id: i.id, name: i.name })),
    actors: m.actors,
    cells: m.cells.map((row) =>
      row.map((c) => ({ level: c.level, conflicting: c.conflicting, recorded: c.recorded, text: c.text, commitmentIds: c.evidenceIds })),
    ),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Exit 0 with the grid written, 1 when nothing could be read, 2 on a usage error (thrown). */
export async function matrixCommand(argv: readonly string[], err: (s: string) => void, out: (s: string) => void): Promise<number> {
  const args = parseMatrixArgs(argv);
  if (args.help || args.version) {
    out(`${args.help ? MATRIX_USAGE : version()}\n`);
    return 0;
  }
  const run = await readRun(args, err);
  if (!run) return 1;
  const { read, results, index, checklist, recorded } = run;
  if (args.format === "xlsx") return extractToWorkbook(results, args.out as string, args.quiet, err, readSummary(read));
  const instruments = checklist ? [...new Set(checklist.items.map((item) => item.instrument))] : null;
  const matrix = statusMatrix(index, { instruments, reference: recorded ? new ReferenceIndex(recorded, index) : null });
  if (!(await emit(args.format === "csv" ? matrixToCsv(matrix) : matrixToJson(matrix), args.out, err, out))) return 1;
  if (!args.quiet) {
    const docs = results.length;
    err(
      `commitments: ${docs} document${docs === 1 ? "" : "s"} read${readSummary(read)}, a matrix of ${matrix.actors.length} actors × ${matrix.instruments.length} instruments${args.out ? `, written to ${args.out}` : ""}`,
    );
  }
  return 0;
}
