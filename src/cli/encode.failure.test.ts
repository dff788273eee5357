import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// A defect inside the extractor, simulated: any document whose text holds "BOOM" makes it throw.
jest.mock("../core", () => {
  const actual = jest.requireActual<typeof import("../core")>("../core");
  return {
    ...actual,
    extractDocument: (doc: import("../core").RawDocument, options?: import("../core").ExtractOptions) => {
      if (doc.text.includes("BOOM")) throw new TypeError("Cannot read properties of undefined (reading 'text')");
      return actual.extractDocument(doc, options);
    },
  };
});

import { extractOne } from "./encode";
import { readAndExtract } from "./run";

const GOOD = "Title: Good\nDate: 3 May 2019\n\nKazakhstan ratified the Arms Trade Treaty on 3 May 2019.\n";
const BAD = "Title: Bad\nDate: 4 May 2019\n\nBOOM. Chile ratified the Arms Trade Treaty.\n";

describe("an error inside the extractor costs one document, not the run", () => {
  test("extractOne lists the document with no records and says why, as objects and as JSON or CSV", () => {
    const objects = extractOne({ id: "bad.txt", text: BAD, format: "text" }, 0, undefined) as {
      document: { title: string; date: string | null };
      commitments: unknown[];
      failed?: string;
    };
    expect(objects.commitments).toEqual([]);
    expect(objects.failed).toMatch(/reading 'text'/u);
    expect(objects.document.title).toBe("Bad");
    expect(objects.document.date).toBe("2019-05-04");
    for (const encoding of ["json", "csv"] as const) {
      const encoded = extractOne({ id: "bad.txt", text: BAD, format: "text" }, 0, encoding) as { encoded: string; failed?: string };
      expect(encoded.encoded).toBe("");
      expect(encoded.failed).toMatch(/reading 'text'/u);
    }
    const good = extractOne({ id: "good.txt", text: GOOD, format: "text" }, 0, undefined) as { commitments: unknown[]; failed?: string };
    expect(good.commitments).toHaveLength(1);
    expect(good.failed).toBeUndefined();
  });

  test("a folder run keeps every other document's records and notes the failed one", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ct-failure-"));
    try {
      fs.writeFileSync(path.join(dir, "a-good.txt"), GOOD);
      fs.writeFileSync(path.join(dir, "b-bad.txt"), BAD);
      fs.writeFileSync(path.join(dir, "c-good.txt"), GOOD.replace("Kazakhstan", "Peru"));
      const run = await readAndExtract([dir], { minConfidence: 0, threads: 1 });
      const results = run.results ?? [];
      expect(results.map((r) => r.commitments.map((c) => c.actor))).toEqual([["Kazakhstan"], [], ["Peru"]]);
      const notes = run.notes.filter((n) => n.includes("extraction failed"));
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatch(/b-bad\.txt: extraction failed \(.*reading 'text'.*\); it is listed with no commitments/u);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
