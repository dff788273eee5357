/**
 * The pieces of `npm run bench` that do not need the extractor: argument parsing, peak-memory
 * sampling, the timed pass loop, and the two reference passes (regex ceiling, NLP peer).
 */
import nlp from "compromise/one";
import type { RawDocument } from "../core/types";
import { BYTES_PER_MB, DEFAULT_SEED } from "./corpus";

/** What a pass reads: a document and its UTF-8 size (a generated one, or a real one from `--docs`). */
export interface BenchDocument extends RawDocument {
  bytes: number;
}

export interface BenchArgs {
  json: boolean;
  /** Corpus size in MB (10^6 bytes). */
  mb: number;
  /** Size of the sample the (slow) peer runs on: the first `peerMb` MB of the same corpus. */
  peerMb: number;
  seed: number;
  /** Rows of the evidence range and calls of the CT.STATUS benchmark (status.ts). */
  statusRows: number;
  statusCalls: number;
  /** Folders of real documents to pass over instead of the generated corpus (`--docs DIR`, repeatable). */
  docs: string[];
}

export const DEFAULT_MB = 50;
export const DEFAULT_PEER_MB = 5;
export const DEFAULT_STATUS_ROWS = 50_000;
export const DEFAULT_STATUS_CALLS = 10_000;
const USAGE = "usage: npm run bench -- [--json] [--mb N] [--peer-mb N] [--seed N] [--status-rows N] [--status-calls N] [--docs DIR]...";

function positive(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n) || n <= 0) {
    throw new RangeError(`${flag} needs a positive number, got ${JSON.stringify(value)}. ${USAGE}`);
  }
  return n;
}

/**
 * Parses `--json`, `--mb N`, `--peer-mb N`, `--seed N`, `--status-rows N`, `--status-calls N`
 * and `--docs DIR` (repeatable; also `--flag=N`). Misuse throws a RangeError.
 */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    json: false,
    mb: DEFAULT_MB,
    peerMb: DEFAULT_PEER_MB,
    seed: DEFAULT_SEED,
    statusRows: DEFAULT_STATUS_ROWS,
    statusCalls: DEFAULT_STATUS_CALLS,
    docs: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? "";
    const eq = raw.indexOf("=");
    const flag = eq >= 0 ? raw.slice(0, eq) : raw;
    const value = () => (eq >= 0 ? raw.slice(eq + 1) : argv[++i]);
    switch (flag) {
      case "--json":
        args.json = true;
        break;
      case "--mb":
        args.mb = positive(flag, value());
        break;
      case "--peer-mb":
        args.peerMb = positive(flag, value());
        break;
      case "--seed":
        args.seed = Math.floor(positive(flag, value()));
        break;
      case "--status-rows":
        args.statusRows = Math.ceil(positive(flag, value()));
        break;
      case "--status-calls":
        args.statusCalls = Math.ceil(positive(flag, value()));
        break;
      case "--docs": {
        const dir = value();
        if (!dir) throw new RangeError(`--docs needs a folder of documents. ${USAGE}`);
        args.docs.push(dir);
        break;
      }
      default:
        throw new RangeError(`Unknown argument ${JSON.stringify(raw)}. ${USAGE}`);
    }
  }
  args.peerMb = Math.min(args.peerMb, args.mb);
  return args;
}

/** Highest resident set size seen; sampled between documents, outside the timed work. */
export class PeakRss {
  private peakBytes = 0;
  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peakBytes) this.peakBytes = rss;
  }
  get mb(): number {
    return this.peakBytes / BYTES_PER_MB;
  }
}

export interface PassResult {
  name: string;
  documents: number;
  bytes: number;
  /** Time spent in `work` only: generating the documents is not timed. */
  seconds: number;
  /** Sum of what `work` returned (matches, sentences, commitments). */
  count: number;
}

export function mbPerSecond(result: PassResult): number {
  return result.seconds > 0 ? result.bytes / BYTES_PER_MB / result.seconds : 0;
}

/** Runs `work` over every document, timing each call with `process.hrtime.bigint()`. */
export function runPass<D extends BenchDocument>(name: string, docs: Iterable<D>, work: (doc: D) => number, rss: PeakRss): PassResult {
  let ns = 0n;
  let documents = 0;
  let bytes = 0;
  let count = 0;
  for (const doc of docs) {
    const start = process.hrtime.bigint();
    count += work(doc);
    ns += process.hrtime.bigint() - start;
    documents++;
    bytes += doc.bytes;
    rss.sample();
  }
  return { name, documents, bytes, seconds: Number(ns) / 1e9, count };
}

/** The action cue words in one global alternation: what any pass over the text must at least do. */
export const CUE_WORDS = /ratif|accede|accession|signed|co-sponsor|voted|endorse|adhere|party|parties|pledge|commit|call(?:ed|s)? (?:on|upon)|welcome/gi;

/** Regex ceiling: a bare single-pass scan for cue words; returns the number of matches. */
export function countCueWords(text: string): number {
  let n = 0;
  for (const _match of text.matchAll(CUE_WORDS)) n++;
  return n;
}

/**
 * NLP peer: compromise's sentence split. `compromise/one` is the tokenizer build — the
 * cheapest entry that still does compromise's real sentence (and term) split, without the
 * tagger; the full `compromise` pipeline is about 7x slower. Returns the number of sentences.
 */
export function peerSentenceSplit(text: string): number {
  return nlp(text).out("array").length;
}
