/**
 * How `npm run bench` reports: a readable table, the targets of the issue, and (with --json)
 * one JSON object as the last line. Pure functions of the measured results: nothing is timed here.
 */
import { mbPerSecond, type PassResult } from "./passes";
import type { RecalcResult } from "./recalc";
import type { CliPassResult } from "./cliPass";
import type { MatrixBenchResult } from "./matrix";
import type { StatusBenchResult, TimedCalls } from "./status";

export interface BenchReport {
  seed: number;
  /** Real documents (`--docs`): how many files, from which folders; absent for the generated corpus. */
  realDocuments?: { files: number; dirs: readonly string[] };
  /** The three passes; `peer` ran on a sample (the first `peer.bytes` of the same corpus). */
  baseline: PassResult;
  peer: PassResult;
  extract: PassResult;
  /** Body sentences the generator built from commitment templates (a sanity check, not gold); absent for real documents. */
  plantedCommitmentSentences?: number;
  peakRssMb: number;
  /** Real documents: `commitments extract FOLDER` on the same text, as JSON then as .xlsx (cliPass.ts). */
  cli?: CliPassResult[];
  /** The CT.STATUS benchmark (status.ts); absent when it was not run. */
  status?: StatusBenchResult;
  /** The workbook's recalculation (recalc.ts); absent when it was not run. */
  recalc?: RecalcResult;
  /** CT.MATRIX against CT.STATUS per cell (matrix.ts); absent when it was not run. */
  matrix?: MatrixBenchResult;
}

export const TARGETS = {
  extractMbS: 20,
  extractVsPeer: 10,
  peakRssMb: 1000,
  extractVsBaseline: 0.25,
  statusSpeedup: 50,
  recalcCellsPerRow: 100,
  recalcRatio: 5,
  cliVsBaseline: 0.08,
  xlsxPeakRssMb: 1000,
} as const;

const round2 = (x: number) => Math.round(x * 100) / 100;
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

export const perCall = (t: TimedCalls): number => ratio(t.seconds, t.calls);

/** Naive time per call over indexed time per call (0 when either was not measured). */
export function speedup(naive: TimedCalls, indexed: TimedCalls): number {
  return ratio(perCall(naive), perCall(indexed));
}

/**
 * What `--json` prints: the four required keys first, then extras. Rates and sizes have 2
 * decimals; the extract/baseline ratio has 3 (on real documents it is about 0.01).
 */
export interface BenchSummary {
  extract_mb_s: number;
  baseline_mb_s: number;
  peer_mb_s: number;
  peak_rss_mb: number;
  extract_vs_peer: number;
  extract_vs_baseline: number;
  corpus_mb: number;
  peer_sample_mb: number;
  documents: number;
  /** With `--docs`: the distinct files the documents were cycled from. */
  real_documents?: number;
  commitments: number;
  planted_commitment_sentences?: number;
  extract_seconds: number;
  /** Real documents: the command on the same text, whole runs timed (start-up, reading, every core, output). */
  cli_mb_s?: number;
  cli_vs_baseline?: number;
  cli_vs_peer?: number;
  cli_peak_rss_mb?: number;
  /** The same command writing a new .xlsx workbook: its time and peak memory (all threads). */
  cli_xlsx_seconds?: number;
  cli_xlsx_peak_rss_mb?: number;
  /** CT.STATUS, naive scan per call over indexed, same array every call (with the status benchmark). */
  status_speedup?: number;
  /** The same with a fresh copy of the range per call, as Excel passes it. */
  status_speedup_fresh_copies?: number;
  /** Cells one full recalculation hands the CT functions, per Commitments row, at the bench's table size. */
  recalc_cells_per_row?: number;
  /** Every emitted CT formula evaluated once with fresh copies, over one pass computing every Status and Flags. */
  recalc_ratio?: number;
  /** A 200 × 50 CT.MATRIX over 10,000 rows: seconds for the one call, and CT.STATUS per cell over it. */
  matrix_seconds?: number;
  matrix_vs_status_per_cell?: number;
  /** The same with a fresh copy of the range per CT.STATUS call, as Excel passes it (sampled, counted per cell). */
  matrix_vs_status_per_cell_fresh_copies?: number;
}

export function summarise(report: BenchReport): BenchSummary {
  const extract = mbPerSecond(report.extract);
  const baseline = mbPerSecond(report.baseline);
  const peer = mbPerSecond(report.peer);
  return {
    extract_mb_s: round2(extract),
    baseline_mb_s: round2(baseline),
    peer_mb_s: round2(peer),
    peak_rss_mb: round2(report.peakRssMb),
    extract_vs_peer: round2(ratio(extract, peer)),
    extract_vs_baseline: round3(ratio(extract, baseline)),
    corpus_mb: round2(report.extract.bytes / 1e6),
    peer_sample_mb: round2(report.peer.bytes / 1e6),
    documents: report.extract.documents,
    ...(report.realDocuments && { real_documents: report.realDocuments.files }),
    commitments: report.extract.count,
    ...(report.plantedCommitmentSentences !== undefined && { planted_commitment_sentences: report.plantedCommitmentSentences }),
    extract_seconds: round2(report.extract.seconds),
    ...cliSummary(report.cli, baseline, peer),
    ...(report.status && {
      status_speedup: round2(speedup(report.status.naive, report.status.indexed)),
      status_speedup_fresh_copies: round2(speedup(report.status.freshNaive, report.status.freshIndexed)),
    }),
    ...(report.recalc && { recalc_cells_per_row: round2(report.recalc.cellsPerRow), recalc_ratio: round2(report.recalc.ratio) }),
    ...(report.matrix && {
      matrix_seconds: round3(report.matrix.matrixSeconds),
      matrix_vs_status_per_cell: round2(ratio(report.matrix.perCellSeconds, report.matrix.matrixSeconds)),
      matrix_vs_status_per_cell_fresh_copies: round2(ratio(freshCopyTotal(report.matrix), report.matrix.matrixSeconds)),
    }),
  };
}

const cliMbS = (p: CliPassResult) => (p.seconds > 0 ? p.bytes / 1e6 / p.seconds : 0);

function cliSummary(cli: readonly CliPassResult[] | undefined, baseline: number, peer: number): Partial<BenchSummary> {
  const [json, xlsx] = cli ?? [];
  if (!json) return {};
  const rate = cliMbS(json);
  return {
    cli_mb_s: round2(rate),
    cli_vs_baseline: round3(ratio(rate, baseline)),
    cli_vs_peer: round2(ratio(rate, peer)),
    cli_peak_rss_mb: round2(json.peakRssMb),
    ...(xlsx && { cli_xlsx_seconds: round2(xlsx.seconds), cli_xlsx_peak_rss_mb: round2(xlsx.peakRssMb) }),
  };
}

/** The command's passes on real documents. */
export function formatCli(cli: readonly CliPassResult[], s: BenchSummary): string[] {
  const widths = [34, 8, 8, 9, 12];
  return [
    `The command on the same text, written as ${cli[0]?.documents ?? 0} files (wall clock of each whole run: start-up, reading, every core, output):`,
    row(["run", "MB", "seconds", "MB/s", "peak RSS MB"], widths),
    ...cli.map((p) => row([p.name, (p.bytes / 1e6).toFixed(2), p.seconds.toFixed(2), cliMbS(p).toFixed(2), p.peakRssMb.toFixed(0)], widths)),
    `command / regex ceiling ${(s.cli_vs_baseline ?? 0).toFixed(3)}x   (target >= ${TARGETS.cliVsBaseline}: ${verdict((s.cli_vs_baseline ?? 0) >= TARGETS.cliVsBaseline)})`,
    `command / peer          ${(s.cli_vs_peer ?? 0).toFixed(2)}x`,
    ...(s.cli_xlsx_peak_rss_mb !== undefined
      ? [
          `.xlsx peak RSS          ${s.cli_xlsx_peak_rss_mb.toFixed(0)} MB   (target < ${TARGETS.xlsxPeakRssMb} MB: ${verdict(s.cli_xlsx_peak_rss_mb < TARGETS.xlsxPeakRssMb)})`,
        ]
      : []),
  ];
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
}

const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

/** The human-readable report, one line per array entry. */
export function formatReport(report: BenchReport): string[] {
  const s = summarise(report);
  const widths = [34, 8, 8, 9, 12];
  const passRow = (label: string, p: PassResult) =>
    row([label, (p.bytes / 1e6).toFixed(2), p.seconds.toFixed(2), mbPerSecond(p).toFixed(2), String(p.count)], widths);
  const { extract_vs_peer: extractVsPeer, extract_vs_baseline: extractVsBaseline, extract_mb_s: extractMbS } = s;
  const real = report.realDocuments;
  const corpus = real
    ? `${real.files} real documents from ${real.dirs.join(", ")}, cycled: ${report.extract.documents} documents`
    : `seed ${report.seed}, ${report.extract.documents} documents`;
  return [
    `Commitments Tracker benchmark — ${corpus}, ${(report.extract.bytes / 1e6).toFixed(2)} MB (1 MB = 10^6 bytes, UTF-8)`,
    real
      ? "Timed: each pass's work per document only (reading the files is not timed); one extractDocument call per file."
      : "Timed: each pass's work per document only (corpus generation is not timed).",
    "",
    row(["pass", "MB", "seconds", "MB/s", "count"], widths),
    row(["-".repeat(34), "-".repeat(8), "-".repeat(8), "-".repeat(9), "-".repeat(12)], widths),
    passRow("regex ceiling (cue-word scan)", report.baseline) + "  matches",
    passRow("peer: compromise/one sentences*", report.peer) + "  sentences",
    passRow("extractDocument (full)", report.extract) + "  commitments",
    `* peer measured on a sample: the first ${(report.peer.bytes / 1e6).toFixed(2)} MB ` + `(${report.peer.documents} documents) of the same corpus.`,
    "",
    `extract / peer          ${extractVsPeer.toFixed(2)}x   (target >= ${TARGETS.extractVsPeer}x: ${verdict(extractVsPeer >= TARGETS.extractVsPeer)})`,
    `extract / regex ceiling ${extractVsBaseline.toFixed(3)}x   (aim >= ${TARGETS.extractVsBaseline}: ${verdict(extractVsBaseline >= TARGETS.extractVsBaseline)})`,
    `extract MB/s            ${extractMbS.toFixed(2)}   (target >= ${TARGETS.extractMbS}: ${verdict(extractMbS >= TARGETS.extractMbS)})`,
    `peak RSS                ${report.peakRssMb.toFixed(1)} MB   (target < ${TARGETS.peakRssMb} MB: ${verdict(report.peakRssMb < TARGETS.peakRssMb)})`,
    `commitments found       ${report.extract.count}` +
      (report.plantedCommitmentSentences !== undefined ? `   (sentences built from commitment templates: ${report.plantedCommitmentSentences})` : ""),
    ...(report.cli ? ["", ...formatCli(report.cli, s)] : []),
    ...(report.status ? ["", ...formatStatus(report.status)] : []),
    ...(report.recalc ? ["", ...formatRecalc(report.recalc)] : []),
    ...(report.matrix ? ["", ...formatMatrix(report.matrix)] : []),
  ];
}

/** The CT.STATUS part of the report. */
export function formatStatus(status: StatusBenchResult): string[] {
  const widths = [34, 8, 9, 12];
  const callRow = (label: string, t: TimedCalls) => row([label, String(t.calls), t.seconds.toFixed(3), (perCall(t) * 1e6).toFixed(1)], widths);
  const same = speedup(status.naive, status.indexed);
  const fresh = speedup(status.freshNaive, status.freshIndexed);
  return [
    `CT.STATUS over a ${status.rows.toLocaleString("en")}-row evidence range (statusText against a naive scan of the range per call)`,
    "Timed: the calls only; the cache is cleared first, so each indexed run includes building the index.",
    "",
    row(["calls", "calls", "seconds", "µs/call"], widths),
    row(["-".repeat(34), "-".repeat(8), "-".repeat(9), "-".repeat(12)], widths),
    callRow("indexed, same array every call", status.indexed),
    callRow("naive scan, same array*", status.naive),
    callRow("indexed, fresh copy every call", status.freshIndexed),
    callRow("naive scan, fresh copy every call*", status.freshNaive),
    callRow("(the copy alone, no call)", status.copyOnly),
    `* the naive scan ran on the first ${status.naive.calls} (fresh copies: ${status.freshNaive.calls}) of the same queries; ` +
      "ratios compare time per call. Fresh copies: each call copies the range (row.slice()) inside the timed loop, on both sides.",
    "",
    `status_speedup              ${same.toFixed(1)}x   (target >= ${TARGETS.statusSpeedup}x: ${verdict(same >= TARGETS.statusSpeedup)})`,
    `status_speedup_fresh_copies ${fresh.toFixed(1)}x   (no target: Excel gives every formula its own copy, so only the equal-content cache hits)`,
  ];
}

/** The workbook recalculation part of the report. */
export function formatRecalc(r: RecalcResult): string[] {
  return [
    `Workbook recalculation at ${r.rows} rows (the formulas the writer emits; every CT call copies its ranges, as Excel does):`,
    `  CT calls per full recalculation   ${r.ctCalls}`,
    `  cells handed to CT functions/row  ${r.cellsPerRow.toFixed(1)}   (target <= ${TARGETS.recalcCellsPerRow}: ${verdict(r.cellsPerRow <= TARGETS.recalcCellsPerRow)})`,
    `  emitted formulas / one pass       ${r.ratio.toFixed(2)}x (${r.emittedSeconds.toFixed(3)} s / ${r.onePassSeconds.toFixed(3)} s)   (target <= ${TARGETS.recalcRatio}: ${verdict(r.ratio <= TARGETS.recalcRatio)})`,
  ];
}

/** Every cell's CT.STATUS with a fresh copy of the range, from the sampled time per cell. */
const freshCopyTotal = (m: MatrixBenchResult) => m.freshCopySecondsPerCell * m.actors * m.instruments;

/** The status matrix part of the report. */
export function formatMatrix(m: MatrixBenchResult): string[] {
  const fresh = freshCopyTotal(m);
  return [
    `Status matrix: ${m.actors} actors × ${m.instruments} instruments over ${m.rows.toLocaleString("en")} evidence rows (after a warm-up of both ways)`,
    `  one CT.MATRIX call                          ${m.matrixSeconds.toFixed(3)} s`,
    `  one CT.STATUS per cell, the same array      ${m.perCellSeconds.toFixed(3)} s   (${ratio(m.perCellSeconds, m.matrixSeconds).toFixed(1)}x the one call)`,
    `  one CT.STATUS per cell, a fresh copy each*  ${fresh.toFixed(1)} s   (${ratio(fresh, m.matrixSeconds).toFixed(0)}x the one call)`,
    `  * timed on the first ${m.freshCopyCells} cells (${(m.freshCopySecondsPerCell * 1000).toFixed(1)} ms each), counted for all ${m.actors * m.instruments}: Excel gives every call its own copy of the range.`,
    `  cells that disagree                         ${m.mismatches.length}`,
  ];
}
