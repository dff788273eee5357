import * as fs from "fs";
import * as path from "path";
import { runCliPasses } from "./cliPass";
import type { BenchDocument } from "./passes";

/** The command-line passes run the built command (`npm ci` builds lib/ through `prepare`). */
const built = fs.existsSync(path.resolve(__dirname, "..", "..", "lib", "cli", "main.js"));

const doc = (id: string, text: string, format?: "html"): BenchDocument => ({ id, text, format, bytes: Buffer.byteLength(text) });

(built ? test : test.skip)(
  "the command runs on the documents written as files: each run's size, time and peak memory, a failing run throws",
  () => {
    const docs = [
      doc("a.txt", "Chile ratified the Arms Trade Treaty in 2018.\n"),
      doc("b.html", "<title>Note</title><p>Peru signed the Convention on Cluster Munitions.</p>", "html"),
      doc("c.txt", "Nothing to see here.\n"),
    ];
    const [json, xlsx] = runCliPasses(docs, [
      { name: "json", extra: () => [] },
      { name: "xlsx", extra: (dir) => ["--format", "xlsx", "--out", path.join(dir, "out.xlsx")] },
    ]);
    for (const run of [json, xlsx]) {
      expect(run?.documents).toBe(3);
      expect(run?.bytes).toBe(docs.reduce((n, d) => n + d.bytes, 0));
      expect(run?.seconds).toBeGreaterThan(0);
      // A Node process holds tens of MB before it reads anything.
      expect(run?.peakRssMb).toBeGreaterThan(10);
    }
    expect(xlsx?.command).toBe("extract FOLDER --quiet --format xlsx --out TMP/out.xlsx");
    expect(() => runCliPasses(docs, [{ name: "bad", extra: () => ["--format", "nonsense"] }])).toThrow(/failed \(exit 2\)/u);
  },
  60_000,
);
