/**
 * `npm run bench [-- --json] [-- --mb N]`: throughput of the full extraction over a generated
 * corpus of the genre, against two references on the same text in the same process — a bare
 * regex scan for the action cue words (the ceiling for any pass over the text) and
 * compromise's sentence split (a JS NLP peer). A report: it never fails on a slow result.
 */
import { nodeSha256 } from "../cli/nodeHash";
import { extractDocument } from "../core";
import { generateCorpus, type CorpusDocument } from "./corpus";
import { countCueWords, parseArgs, peerSentenceSplit, PeakRss, runPass, type BenchArgs } from "./passes";
import { formatReport, summarise } from "./report";

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

function run(args: BenchArgs): void {
  const rss = new PeakRss();
  rss.sample();
  // Each pass iterates the generator afresh: same seed, same text, never all of it in memory.
  const corpus = (mb: number) => generateCorpus({ seed: args.seed, mb });

  const baseline = runPass("baseline", corpus(args.mb), (doc) => countCueWords(doc.text), rss);
  collectGarbage();
  const peer = runPass("peer", corpus(args.peerMb), (doc) => peerSentenceSplit(doc.text), rss);
  collectGarbage();
  const tally = { planted: 0 };
  const extract = runPass(
    "extract",
    tallyPlanted(corpus(args.mb), tally),
    (doc) => extractDocument({ id: doc.id, text: doc.text, format: doc.format }, { sha256: nodeSha256 }).commitments.length,
    rss,
  );
  rss.sample();

  const report = { seed: args.seed, baseline, peer, extract, plantedCommitmentSentences: tally.planted, peakRssMb: rss.mb };
  for (const line of formatReport(report)) console.log(line);
  if (args.json) console.log(JSON.stringify(summarise(report)));
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

run(parseOrExit(process.argv.slice(2)));
