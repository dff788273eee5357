/**
 * Extraction on every core: documents go to a pool of worker threads (one per available core) in
 * batches of about BATCH_BYTES, and come back in input order, the same extractions a serial run
 * gives (extraction is a pure function of the document). Small inputs, or a runtime where the
 * compiled worker is not at hand, are extracted in this thread instead.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import type { DocumentExtraction, RawDocument } from "../core";
import { extractOne, type EncodedExtraction, type Encoding } from "./encode";
import type { WorkerAnswer, WorkerBatch } from "./extractWorker";

/** About this much text per message: big enough to amortise a message, small enough to balance the cores. */
export const BATCH_BYTES = 256 * 1024;
/** Below this much text a pool costs more (threads start in ~0.1 s each) than it saves. */
export const MIN_PARALLEL_BYTES = 1024 * 1024;

export interface PoolOptions {
  minConfidence: number;
  /** Threads to use (default: os.availableParallelism()); 1 extracts in this thread. */
  threads?: number;
  /** Called after each batch with documents done so far and their total. */
  onProgress?: (done: number, total: number) => void;
  /** The worker script (default: the compiled one beside this module); for tests. */
  script?: string | null;
  /** Text below which the documents are extracted in this thread (default MIN_PARALLEL_BYTES). */
  minParallelBytes?: number;
  /** Text per batch (default BATCH_BYTES). */
  batchBytes?: number;
  /** Results as the output's text (encode.ts) rather than as objects. */
  encode?: Encoding;
}

/** The compiled worker beside this module (lib/cli/extractWorker.js), or null under ts-jest/tsx. */
export function workerScript(): string | null {
  const file = path.join(__dirname, "extractWorker.js");
  return fs.existsSync(file) ? file : null;
}

/** Extracts `docs` on a pool of worker threads; results in input order. */
export async function extractOnCores(docs: readonly RawDocument[], options: PoolOptions & { encode?: undefined }): Promise<DocumentExtraction[]> {
  const pool = new ExtractionPool<DocumentExtraction>(options);
  for (const doc of docs) pool.push(doc);
  return pool.finish();
}

/**
 * Documents are pushed as they are read, and extracted while the rest are read: the threads start
 * (loading the core takes them most of a second) once MIN_PARALLEL_BYTES of text have come, and
 * each batch goes to the first idle thread as soon as it is full. Results come back in push order.
 * A run that stays under the threshold is extracted in this thread when it finishes.
 */
export class ExtractionPool<R extends DocumentExtraction | EncodedExtraction = DocumentExtraction> {
  private readonly script: string | null;
  private readonly threads: number;
  private readonly minParallelBytes: number;
  private readonly batchBytes: number;
  /** Documents held until the threshold is reached (then batched) or the run finishes (then extracted here). */
  private held: RawDocument[] = [];
  private heldBytes = 0;
  private workers: Worker[] | null = null;
  private readonly idle: Worker[] = [];
  /** Full batches waiting for a thread, by batch number. */
  private readonly queue: Array<{ batch: number; docs: RawDocument[] }> = [];
  private readonly results: R[][] = [];
  private batchesSent = 0;
  private batchesDone = 0;
  private pushed = 0;
  private extracted = 0;
  private failure: Error | null = null;
  private settle: { resolve: () => void; reject: (e: Error) => void } | null = null;
  /** Makes one more thread (set once threads are in use). */
  private spawn: (() => Worker) | null = null;

  constructor(private readonly options: PoolOptions) {
    this.script = options.script === undefined ? workerScript() : options.script;
    this.threads = options.threads ?? os.availableParallelism();
    this.minParallelBytes = options.minParallelBytes ?? MIN_PARALLEL_BYTES;
    this.batchBytes = options.batchBytes ?? BATCH_BYTES;
  }

  /** Documents pushed so far. */
  get size(): number {
    return this.pushed;
  }

  push(doc: RawDocument): void {
    this.pushed++;
    this.held.push(doc);
    this.heldBytes += doc.text.length;
    if (!this.workers && this.script && this.threads > 1 && this.heldBytes >= this.minParallelBytes) this.start(this.script);
    if (this.workers && this.heldBytes >= this.batchBytes) this.sendHeld();
  }

  /** All pushed documents' extractions, in push order; the threads are stopped. */
  async finish(): Promise<R[]> {
    if (!this.workers) return this.serial();
    try {
      if (this.held.length > 0) this.sendHeld();
      if (this.failure) throw this.failure;
      if (this.batchesDone < this.batchesSent) await new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));
    } finally {
      await this.close();
    }
    return this.results.flat();
  }

  /** Stops the threads (a run that ends early: an error, nothing to extract). */
  async close(): Promise<void> {
    const workers = this.workers ?? [];
    this.workers = [];
    this.spawn = null;
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private serial(): R[] {
    const out: R[] = [];
    for (const doc of this.held) {
      out.push(extractOne(doc, this.options.minConfidence, this.options.encode) as R);
      this.options.onProgress?.(out.length, this.held.length);
    }
    this.held = [];
    return out;
  }

  /** Starts using threads; they are made as batches need them, up to `threads`. */
  private start(script: string): void {
    this.workers = [];
    this.spawn = () => {
      const worker = new Worker(script);
      worker.on("message", (answer: WorkerAnswer) => this.answered(worker, answer));
      worker.on("error", (e) => this.fail(e));
      worker.on("exit", (code) => {
        // A thread ends only when closed: any other exit loses the batch it holds, or the next one.
        if (this.workers?.includes(worker)) this.fail(new Error(`an extraction worker stopped (exit code ${code})`));
      });
      this.workers?.push(worker);
      return worker;
    };
  }

  private sendHeld(): void {
    this.queue.push({ batch: this.batchesSent++, docs: this.held });
    this.held = [];
    this.heldBytes = 0;
    this.dispatch();
  }

  private dispatch(): void {
    const more = () => this.idle.pop() ?? (this.queue.length > 0 && (this.workers?.length ?? 0) < this.threads ? this.spawn?.() : undefined);
    for (let worker = more(); worker; worker = more()) {
      const next = this.queue.shift();
      if (!next) {
        this.idle.push(worker);
        return;
      }
      const message: WorkerBatch = { batch: next.batch, docs: next.docs, minConfidence: this.options.minConfidence };
      if (this.options.encode) message.encode = this.options.encode;
      worker.postMessage(message);
    }
  }

  private answered(worker: Worker, answer: WorkerAnswer): void {
    if (answer.error !== undefined || !answer.results) {
      this.fail(new Error(`extraction failed in a worker: ${answer.error ?? "no result"}`));
      return;
    }
    this.results[answer.batch] = answer.results as R[];
    this.batchesDone++;
    this.extracted += answer.results.length;
    this.options.onProgress?.(this.extracted, this.pushed);
    this.idle.push(worker);
    this.dispatch();
    if (this.batchesDone === this.batchesSent && this.held.length === 0) this.settle?.resolve();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.settle?.reject(this.failure);
  }
}
