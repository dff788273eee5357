import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { RawDocument } from "../core";
import { ExtractionPool, extractOnCores } from "./pool";

const SEEDS = path.resolve(__dirname, "..", "..", "seeds");
const docs: RawDocument[] = fs.readdirSync(SEEDS).map((f) => ({ id: f, text: fs.readFileSync(path.join(SEEDS, f), "utf8"), format: "text" }));
/** The compiled worker (`npm run build:cli`, run by `npm ci`); the pool needs JavaScript to start a thread. */
const COMPILED = path.resolve(__dirname, "..", "..", "lib", "cli", "extractWorker.js");
const compiled = fs.existsSync(COMPILED) ? test : test.skip;
/** The seeds six times over, each copy with ids of its own. */
const many = Array.from({ length: 6 }, (_, k) => docs.map((d) => ({ ...d, id: `${k}-${d.id}` }))).flat();

describe("extractOnCores", () => {
  test("without a worker script, or under the size threshold, extracts in this thread, reporting progress per document", async () => {
    const progress: number[] = [];
    const results = await extractOnCores(docs, { minConfidence: 0, script: null, onProgress: (done) => progress.push(done) });
    expect(results.map((r) => r.document.id)).toEqual(docs.map((d) => d.id));
    expect(progress).toEqual(docs.map((_, i) => i + 1));
  });

  compiled(
    "on worker threads: the same extractions as a serial run, in input order",
    async () => {
      const serial = await extractOnCores(many, { minConfidence: 0, script: null });
      const parallel = await extractOnCores(many, { minConfidence: 0, script: COMPILED, threads: 2, minParallelBytes: 0, batchBytes: 4000 });
      expect(parallel.map((r) => r.document.id)).toEqual(many.map((d) => d.id));
      expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    },
    60_000,
  );
});

describe("ExtractionPool: documents pushed as they are read", () => {
  compiled(
    "extracts while documents are still coming: batches answered before the last push, results in push order",
    async () => {
      const progress: Array<[number, number]> = [];
      const pool = new ExtractionPool({
        minConfidence: 0,
        script: COMPILED,
        threads: 2,
        minParallelBytes: 0,
        batchBytes: 1,
        onProgress: (d, t) => progress.push([d, t]),
      });
      const half = many.length / 2;
      for (const doc of many.slice(0, half)) pool.push(doc);
      // Wait until the threads have answered some batches, then push the rest.
      for (let i = 0; i < 400 && progress.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.every(([done, total]) => done <= total && total <= half)).toBe(true);
      for (const doc of many.slice(half)) pool.push(doc);
      const results = await pool.finish();
      expect(results.map((r) => r.document.id)).toEqual(many.map((d) => d.id));
      expect(progress.at(-1)).toEqual([many.length, many.length]);
      const serial = await extractOnCores(many, { minConfidence: 0, script: null });
      expect(JSON.stringify(results)).toBe(JSON.stringify(serial));
    },
    60_000,
  );

  compiled(
    "starts no thread for a run that stays under the threshold, and makes no more threads than batches need",
    async () => {
      const small = new ExtractionPool({ minConfidence: 0, script: COMPILED, threads: 2, minParallelBytes: 10 * 1024 * 1024 });
      for (const doc of docs) small.push(doc);
      const spawned = (pool: ExtractionPool) => (pool as unknown as { workers: unknown[] | null }).workers?.length ?? 0;
      expect(spawned(small)).toBe(0);
      expect((await small.finish()).map((r) => r.document.id)).toEqual(docs.map((d) => d.id));
      // One batch of everything: one thread, however many are allowed.
      const one = new ExtractionPool({ minConfidence: 0, script: COMPILED, threads: 4, minParallelBytes: 0, batchBytes: 10 * 1024 * 1024 });
      for (const doc of docs) one.push(doc);
      const results = one.finish();
      expect(spawned(one)).toBe(1);
      expect((await results).length).toBe(docs.length);
    },
    60_000,
  );

  test("a thread that cannot run makes finish fail with the reason, and the pool is closed", async () => {
    const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pool-")), "broken.js");
    fs.writeFileSync(script, "throw new Error('this worker is broken');\n");
    const pool = new ExtractionPool({ minConfidence: 0, script, threads: 2, minParallelBytes: 0, batchBytes: 1 });
    for (const doc of docs) pool.push(doc);
    await expect(pool.finish()).rejects.toThrow(/this worker is broken|stopped/u);
  }, 30_000);
});
