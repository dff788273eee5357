import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ExtractionSchema, type Extraction } from "../src/core";
import { loadPdfjsNode } from "../src/cli/files";
import { docxToText, pdfToText } from "../src/documents";
import { makeDocx, makePdf, makeZip, SENTENCE } from "./documents.fixtures";
import { hasStackTrace, ROOT, runCli, tmpDir, writeFileIn } from "./helpers";

/** `commitments extract` on .docx and .pdf files built here (no committed binaries). */
const T = 60_000;
const dir = tmpDir("ct-documents-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: Uint8Array | string): string => writeFileIn(dir, name, content);

function parse(out: string): Extraction {
  return ExtractionSchema.parse(JSON.parse(out));
}

/** The Chile record of a document, checked to quote the document's extracted text verbatim. */
function chileRecord(json: Extraction, doc: string, text: string) {
  const record = json.commitments.find((c) => c.source.doc === doc && c.actor === "Chile" && c.action === "ratified");
  expect(record).toMatchObject({ instrumentId: "att", date: "2018-06-04", polarity: "affirmed" });
  const { start, end, quote } = record!.source;
  expect(quote).toBe(text.slice(start, end));
  return record!;
}

describe("extract reads .docx and .pdf", () => {
  test(
    "a .docx: the commitment with a verbatim quote of mammoth's text",
    async () => {
      const bytes = await makeDocx(["Statement by the Delegation of Chile", "Geneva, 12 June 2018", SENTENCE]);
      const file = write("statement.docx", bytes);
      const run = await runCli(["extract", "--quiet", file]);
      expect(run.code).toBe(0);
      expect(run.errCalls).toEqual([]);
      const json = parse(run.out);
      expect(json.documents.map((d) => d.id)).toEqual(["statement.docx"]);
      expect(chileRecord(json, "statement.docx", await docxToText(bytes)).source.quote).toBe(SENTENCE);
    },
    T,
  );

  test(
    "a .pdf with the sentence wrapped over two lines: one record, quoting the whole sentence",
    async () => {
      const bytes = makePdf([["Press release", "", "Chile ratified the Arms Trade", "Treaty on 4 June 2018."]]);
      const file = write("press.pdf", bytes);
      const run = await runCli(["extract", "--quiet", file]);
      expect(run.code).toBe(0);
      const json = parse(run.out);
      expect(chileRecord(json, "press.pdf", await pdfToText(bytes, { pdfjs: loadPdfjsNode })).source.quote).toBe(SENTENCE);
    },
    T,
  );

  test(
    "bad documents are one-line notes, never stack traces; the good ones are still read",
    async () => {
      write("mixed/old.docx", "This is really a Word 97 .doc or a text file.");
      write("mixed/archive.docx", await makeZip());
      write("mixed/garbage.pdf", Buffer.from("%PDF-1.4\n\x00\x01\x02 broken beyond repair", "latin1"));
      write("mixed/scan.pdf", makePdf([[]]));
      write("mixed/locked.pdf", makePdf([[SENTENCE]], { encrypted: true }));
      write("mixed/notes.odt", "x");
      write("mixed/good.txt", `${SENTENCE}\n`);
      write("mixed/~$atement.docx", "Word's lock file while statement.docx is open");
      const run = await runCli(["extract", path.join(dir, "mixed")]);
      expect(run.code).toBe(0);
      expect(hasStackTrace(run)).toBe(false);
      const note = (name: string) => run.errCalls.filter((l) => l.includes(`${path.sep}${name}`));
      const expected: Record<string, RegExp> = {
        "old.docx": /skipped .*: not a \.docx file .*save it as \.docx/u,
        "archive.docx": /skipped .*: not a readable \.docx file/u,
        "garbage.pdf": /skipped .*: not a readable PDF/u,
        "scan.pdf": /skipped .*: the PDF has no text layer .*OCR/u,
        "locked.pdf": /skipped .*: the PDF is password-protected/u,
        "notes.odt": /skipped .*: not \.txt, \.md, \.html, \.docx or \.pdf/u,
      };
      for (const [name, pattern] of Object.entries(expected)) {
        expect(note(name)).toHaveLength(1);
        expect(note(name)[0]).toMatch(pattern);
        expect(note(name)[0]).not.toContain("\n");
      }
      expect(parse(run.out).documents.map((d) => d.id)).toEqual(["good.txt"]);
      expect(run.errCalls.filter((l) => l.includes("~$"))).toEqual([]); // lock files are passed over silently
    },
    T,
  );

  test(
    "only unreadable documents: exit 1",
    async () => {
      const run = await runCli(["extract", write("alone/scan.pdf", makePdf([[]]))]);
      expect(run.code).toBe(1);
      expect(run.errCalls.some((l) => /scan\.pdf: the PDF has no text layer/u.test(l))).toBe(true);
      expect(hasStackTrace(run)).toBe(false);
    },
    T,
  );

  // Jest loads pdfjs through its fallback (see loadPdfjsNode); the CLI in plain Node takes the other
  // path. Run that one as a child process (tsx, as the sources are TypeScript): clean stderr, right text.
  test(
    "in plain Node (outside jest) the PDF is read too, with nothing but the summary on stderr",
    () => {
      const file = write("plain/press.pdf", makePdf([["Chile ratified the Arms Trade", "Treaty on 4 June 2018."]]));
      const script = `require("./src/cli/main").main(["extract", ${JSON.stringify(file)}]).then((c) => { process.exitCode = c; });`;
      const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
      const r = spawnSync(tsx, ["-e", script], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
      expect(r.error).toBeUndefined();
      expect(r.stderr.trim()).toMatch(/^commitments: 1 document read, 1 commitment \(ratified 1\)$/u);
      expect(r.status).toBe(0);
      expect(parse(r.stdout).commitments.map((c) => c.source.quote)).toEqual([SENTENCE]);
    },
    T,
  );
});
