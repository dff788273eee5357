import * as fs from "fs";
import * as path from "path";
import type { RawDocument } from "../core";
import { batches, extractOnCores } from "./pool";

const SEEDS = path.resolve(__dirname, "..", "..", "seeds");
const docs: RawDocument[] = fs.readdirSync(SEEDS).map((f) => ({ id: f, text: fs.readFileSync(path.join(SEEDS, f), "utf8"), format: "text" }));
/** The compiled worker (`npm run build:cli`, run by `npm ci`); the pool needs JavaScript to start a thread. */
const COMPILED = path.resolve(__dirname, "..", "..", "lib", "cli", "extractWorker.js");

describe("batches", () => {
  test("cuts the documents in order, each batch closing once it holds the given amount of text", () => {
    const sized = [5, 5, 20, 1, 1, 1, 30].map((n, i) => ({ id: `d${i}`, text: "x".repeat(n) }));
    expect(batches(sized, 10).map((b) => b.map((d) => d.id))).toEqual([["d0", "d1"], ["d2"], ["d3", "d4", "d5", "d6"]]);
    expect(batches([], 10)).toEqual([]);
  });
});

describe("extractOnCores", () => {
  test("without a worker script, or under the size threshold, extracts in this thread, reporting progress per document", async () => {
    const progress: number[] = [];
    const results = await extractOnCores(docs, { minConfidence: 0, script: null, onProgress: (done) => progress.push(done) });
    expect(results.map((r) => r.document.id)).toEqual(docs.map((d) => d.id));
    expect(progress).toEqual(docs.map((_, i) => i + 1));
  });

  (fs.existsSync(COMPILED) ? test : test.skip)(
    "on worker threads: the same extractions as a serial run, in input order",
    async () => {
      const many = Array.from({ length: 6 }, (_, k) => docs.map((d) => ({ ...d, id: `${k}-${d.id}` }))).flat();
      const serial = await extractOnCores(many, { minConfidence: 0, script: null });
      const parallel = await extractOnCores(many, { minConfidence: 0, script: COMPILED, threads: 2, minParallelBytes: 0, batchBytes: 4000 });
      expect(parallel.map((r) => r.document.id)).toEqual(many.map((d) => d.id));
      expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    },
    60_000,
  );
});
