/**
 * `npm run bench [-- --json] [-- --mb N] [-- --docs DIR ...]`: throughput of the full extraction
 * over a generated corpus of the genre (or over real documents, `--docs`, cycled to the same
 * size), against two references on the same text in the same process — a bare regex scan for the
 * action cue words (the ceiling for any pass over the text) and compromise's sentence split (a JS
 * NLP peer); then CT.STATUS over a generated evidence range against a naive scan per call. A
 * report: it never fails on a slow result, only on a wrong answer (the naive and indexed
 * CT.STATUS disagreeing).
 */
import { nodeSha256 } from "../cli/nodeHash";
import { extractDocument } from "../core";
import { generateCorpus, type CorpusDocument } from "./corpus";
import { countCueWords, parseArgs, peerSentenceSplit, PeakRss, runPass, type BenchArgs, type BenchDocument } from "./passes";
import { cycleDocuments, readRealDocuments, type RealDocuments } from "./realDocs";
import { formatReport, summarise } from "./report";
import { generateStatusBench, runStatusBench, type Mismatch } from "./status";
import { RECALC_ROWS, runRecalcBench } from "./recalc";
import { runCliPasses } from "./cliPass";
import { runMatrixBench } from "./matrix";
import * as path from "path";

/** Full collection between passes when node runs with --expose-gc (the npm script does). */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** Passes documents through untimed, adding up the commitment sentences the generator planted. */
function* tallyPlanted(docs: Iterable<CorpusDocument>, tally: { planted: number }): Generator<CorpusDocument> {
  for (const doc of docs) {
    tally.planted += doc.commitmentSentences;
    yield doc;
  }
}

function run(args: BenchArgs, real: RealDocuments | null): void {
  const rss = new PeakRss();
  rss.sample();
  // Each pass iterates afresh: the generator (same seed, same text, never all of it in memory) or the real documents, cycled.
  const corpus = (mb: number): Iterable<BenchDocument> => (real ? cycleDocuments(real.docs, mb) : generateCorpus({ seed: args.seed, mb }));

  const baseline = runPass("baseline", corpus(args.mb), (doc) => countCueWords(doc.text), rss);
  collectGarbage();
  const peer = runPass("peer", corpus(args.peerMb), (doc) => peerSentenceSplit(doc.text), rss);
  collectGarbage();
  const tally = { planted: 0 };
  const extract = runPass(
    "extract",
    real ? corpus(args.mb) : tallyPlanted(generateCorpus({ seed: args.seed, mb: args.mb }), tally),
    (doc) => extractDocument({ id: doc.id, text: doc.text, format: doc.format }, { sha256: nodeSha256 }).commitments.length,
    rss,
  );
  rss.sample();
  const peakRssMb = rss.mb;
  collectGarbage();
  // Real documents: the command itself on the same text, as JSON and as a new .xlsx workbook.
  const cli = real
    ? runCliPasses(corpus(args.mb), [
        { name: "commitments extract (JSON)", extra: () => [] },
        { name: "commitments extract --format xlsx", extra: (dir) => ["--format", "xlsx", "--out", path.join(dir, "out.xlsx")] },
      ])
    : undefined;

  // After the extraction's memory peak is taken: the range is not part of that figure.
  collectGarbage();
  const data = generateStatusBench({ seed: args.seed, rows: args.statusRows, calls: args.statusCalls });
  const status = runStatusBench(data, collectGarbage);
  const mismatches = Array.isArray(status) ? status : [];
  collectGarbage();
  // The workbook's recalculation at RECALC_ROWS rows: the formulas the writer emits, as Excel evaluates them.
  const recalc = runRecalcBench(generateStatusBench({ seed: args.seed, rows: RECALC_ROWS, calls: 1 }).grid);
  collectGarbage();
  // The status matrix in one call against one CT.STATUS per cell.
  const matrix = runMatrixBench(args.seed);

  const report = {
    seed: args.seed,
    ...(real ? { realDocuments: { files: real.docs.length, dirs: args.docs } } : { plantedCommitmentSentences: tally.planted }),
    baseline,
    peer,
    extract,
    peakRssMb,
    ...(cli && { cli }),
    ...(!Array.isArray(status) && { status }),
    recalc,
    matrix,
  };
  for (const line of formatReport(report)) console.log(line);
  if (mismatches.length > 0) {
    reportMismatches(mismatches);
    process.exitCode = 1;
  }
  if (matrix.mismatches.length > 0) {
    console.error(`CT.MATRIX and CT.STATUS disagree on ${matrix.mismatches.length} cells:`);
    for (const m of matrix.mismatches.slice(0, 10)) console.error(`  ${m}`);
    process.exitCode = 1;
  }
  if (args.json) console.log(JSON.stringify(summarise(report)));
}

/** A wrong fast answer is worthless: the naive and indexed CT.STATUS must agree. */
function reportMismatches(mismatches: readonly Mismatch[]): void {
  console.error(`CT.STATUS: the indexed and naive answers differ on ${mismatches.length} sampled queries; not timed.`);
  for (const m of mismatches.slice(0, 10)) {
    console.error(`  ${JSON.stringify(m.query)}: indexed ${JSON.stringify(m.indexed)}, naive ${JSON.stringify(m.naive)}`);
  }
}

function parseOrExit(argv: readonly string[]): BenchArgs {
  try {
    return parseArgs(argv);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    console.error(error.message);
    return process.exit(2);
  }
}

/** The real documents of `--docs`, or null for the generated corpus; exits when the folders hold none. */
async function readOrExit(args: BenchArgs): Promise<RealDocuments | null> {
  if (args.docs.length === 0) return null;
  const real = await readRealDocuments(args.docs);
  for (const note of real.notes) console.error(`bench: ${note}`);
  if (!real.docs.some((doc) => doc.bytes > 0)) {
    console.error(`bench: no document with text in ${args.docs.join(", ")}; give folders of .txt, .md, .html, .docx or .pdf files`);
    return process.exit(2);
  }
  return real;
}

const args = parseOrExit(process.argv.slice(2));
readOrExit(args).then((real) => run(args, real));
