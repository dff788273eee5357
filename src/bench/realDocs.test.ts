import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { BenchDocument } from "./passes";
import { cycleDocuments, readRealDocuments } from "./realDocs";

const doc = (id: string, bytes: number): BenchDocument => ({ id, text: "x".repeat(bytes), bytes });

describe("cycleDocuments", () => {
  it("goes over the documents in order, again from the first, until at least the size is reached", () => {
    // 0.000010 MB = 10 bytes: a (4) b (3) c (2) a (4) → 13 bytes, the first total that reaches 10.
    const out = [...cycleDocuments([doc("a", 4), doc("b", 3), doc("c", 2)], 0.00001)];
    expect(out.map((d) => d.id)).toEqual(["a", "b", "c", "a"]);
  });

  it("stops as soon as the size is reached, without a whole extra cycle", () => {
    expect([...cycleDocuments([doc("a", 4), doc("b", 3)], 0.000007)].map((d) => d.id)).toEqual(["a", "b"]);
    expect([...cycleDocuments([doc("a", 4), doc("b", 3)], 0.000008)].map((d) => d.id)).toEqual(["a", "b", "a"]);
  });

  it("yields a fresh copy of each document every time, with the same text", () => {
    const a = doc("a", 5);
    const out = [...cycleDocuments([a], 0.000015)];
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual(a);
    expect(out[0]).not.toBe(a);
    expect(out[1]).not.toBe(out[0]);
  });

  it("yields nothing for no documents or documents without text (never loops forever)", () => {
    expect([...cycleDocuments([], 1)]).toEqual([]);
    expect([...cycleDocuments([doc("empty", 0)], 1)]).toEqual([]);
  });
});

describe("readRealDocuments", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ct-bench-"));
    writeFileSync(join(dir, "a.txt"), "Chile ratified the Treaty.");
    writeFileSync(join(dir, "b.html"), "<p>Côte d’Ivoire signed it.</p>");
    writeFileSync(join(dir, "c.md"), "# News\n\nPeru acceded.");
    writeFileSync(join(dir, "notes.json"), "{}");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads each file as one document, its format from the extension as the CLI does, with its UTF-8 size", async () => {
    const { docs, notes } = await readRealDocuments([dir]);
    expect(docs.map((d) => [d.id, d.format])).toEqual([
      ["a.txt", undefined],
      ["b.html", "html"],
      ["c.md", "markdown"],
    ]);
    const html = docs[1] as BenchDocument;
    expect(html.bytes).toBe(Buffer.byteLength("<p>Côte d’Ivoire signed it.</p>", "utf8"));
    expect(html.bytes).toBeGreaterThan(html.text.length);
    expect(notes.join("\n")).toMatch(/notes\.json/);
  });
});
