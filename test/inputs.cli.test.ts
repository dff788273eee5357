import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Extraction } from "../src/core";
import { MAX_BYTES } from "../src/cli/files";
import { makeDocx, SENTENCE } from "./documents.fixtures";
import { hasStackTrace, runCli, tmpDir, writeFileIn } from "./helpers";

/**
 * Inputs as users have them (issue 15), through `commitments extract` and `gaps`: legacy and
 * UTF-16 encodings, special files, documents that expand past the limit, documents not in
 * English. Every input is made here.
 */
const T = 20_000;
const dir = tmpDir("ct-inputs-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: Uint8Array | string): string => writeFileIn(dir, name, content);
const parse = (out: string) => JSON.parse(out) as Extraction;

const STATEMENT = "Geneva, 4 June 2018\n\nCôte d’Ivoire and Türkiye ratified the Arms Trade Treaty on 3 June 2018.\n";

/** Each character as its Windows-1252 byte (Latin-1 for these, ’ is 0x92). */
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((c) => (c === "’" ? 0x92 : c.charCodeAt(0))));
}

const acts = (json: Extraction) => json.commitments.map((c) => `${c.actor}|${c.action}|${c.instrumentId ?? ""}`).sort();

function mkfifo(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const made = spawnSync("mkfifo", [file]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`);
}

describe("encodings", () => {
  test(
    "a Windows-1252 .txt keeps its names, and the summary says how it was read",
    async () => {
      const file = write("cp1252/statement.txt", windows1252(STATEMENT));
      const run = await runCli(["extract", file]);
      expect(run.code).toBe(0);
      expect(acts(parse(run.out))).toEqual(["Côte d'Ivoire|ratified|att", "Türkiye|ratified|att"]);
      expect(run.out).not.toContain("\uFFFD");
      expect(run.errCalls).toContain(`commitments: ${file}: read as Windows-1252 (not valid UTF-8)`);
      expect(run.errCalls.at(-1)).toMatch(/^commitments: 1 document read \(1 read as Windows-1252\), 2 commitments/u);
    },
    T,
  );

  test.each(["le", "be"] as const)(
    "UTF-16%s without a byte-order mark is read, not called binary",
    async (endian) => {
      const le = Buffer.from(STATEMENT, "utf16le");
      const bytes = endian === "le" ? le : Buffer.from(le).swap16();
      const file = write(`utf16${endian}/statement.txt`, bytes);
      const run = await runCli(["extract", file]);
      expect(run.code).toBe(0);
      expect(run.errCalls.join("\n")).not.toMatch(/binary/u);
      expect(acts(parse(run.out))).toEqual(["Côte d'Ivoire|ratified|att", "Türkiye|ratified|att"]);
      expect(run.errCalls).toContain(`commitments: ${file}: read as UTF-16${endian.toUpperCase()} (no byte-order mark)`);
    },
    T,
  );

  test(
    "an .html page is read in the charset it declares",
    async () => {
      const page = Buffer.concat([
        Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Statement</title></head><body><p>'),
        windows1252("Côte d’Ivoire ratified the Arms Trade Treaty on 3 June 2018."),
        Buffer.from("</p></body></html>"),
      ]);
      const file = write("declared/page.html", page);
      const run = await runCli(["extract", file]);
      expect(run.code).toBe(0);
      expect(acts(parse(run.out))).toEqual(["Côte d'Ivoire|ratified|att"]);
      expect(parse(run.out).commitments[0]?.source.quote).toBe("Côte d’Ivoire ratified the Arms Trade Treaty on 3 June 2018.");
      expect(run.errCalls).toContain(`commitments: ${file}: read as Windows-1252 (as the page declares)`);
    },
    T,
  );
});

describe("special files", () => {
  test(
    "a FIFO in a folder is skipped with a one-line note, and the rest is read (extract and gaps)",
    async () => {
      const folder = path.join(dir, "with-fifo");
      write("with-fifo/good.txt", `${SENTENCE}\n`);
      mkfifo(path.join(folder, "pipe.txt"));
      for (const command of ["extract", "gaps"]) {
        const run = await runCli([command, folder]);
        expect(run.code).toBe(0);
        const notes = run.errCalls.filter((l) => l.includes("pipe.txt"));
        expect(notes).toEqual([`commitments: skipped ${path.join(folder, "pipe.txt")}: a named pipe (FIFO), not a regular file: only regular files are read`]);
        expect(hasStackTrace(run)).toBe(false);
      }
    },
    T,
  );

  test(
    "a FIFO given directly is skipped, exit 1 (nothing read), no hang",
    async () => {
      const fifo = path.join(dir, "direct", "pipe.txt");
      mkfifo(fifo);
      const run = await runCli(["extract", fifo]);
      expect(run.code).toBe(1);
      expect(run.errCalls[0]).toBe(`commitments: skipped ${fifo}: a named pipe (FIFO), not a regular file: only regular files are read`);
    },
    T,
  );

  test(
    "/dev/zero, and a .txt link to it, are never read",
    async () => {
      const link = path.join(dir, "zero", "zero.txt");
      fs.mkdirSync(path.dirname(link), { recursive: true });
      fs.symlinkSync("/dev/zero", link);
      for (const target of [link, "/dev/zero", path.dirname(link)]) {
        const run = await runCli(["extract", target]);
        expect(run.code).toBe(1);
        expect(run.errCalls.filter((l) => /a device, not a regular file/u.test(l))).toHaveLength(1);
      }
    },
    T,
  );

  test(
    "a file over the 64 MB limit is refused by its size, unread",
    async () => {
      const file = write("big/huge.txt", "");
      fs.truncateSync(file, MAX_BYTES + 1); // sparse: no 64 MB written
      const run = await runCli(["extract", file]);
      expect(run.code).toBe(1);
      expect(run.errCalls[0]).toEqual(`commitments: skipped ${file}: 67 MB is over the 64 MB limit for one document: split it`);
    },
    T,
  );

  test(
    "a .docx that expands past the limit is refused on its expanded size, before it is unzipped",
    async () => {
      const docx = await makeDocx([SENTENCE]);
      // Make the central directory say word/document.xml unzips to 200 MB (the way a zip bomb's does, in 300 kB).
      const name = Buffer.from("word/document.xml");
      for (let at = docx.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = docx.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
        if (docx.subarray(at + 46, at + 46 + name.length).equals(name)) docx.writeUInt32LE(200 * 1024 * 1024, at + 24);
      }
      const file = write("bomb/statement.docx", docx);
      const run = await runCli(["extract", file]);
      expect(run.code).toBe(1);
      expect(run.errCalls[0]).toEqual(
        `commitments: skipped ${file}: it expands to 200 MB when unzipped, over the 128 MB limit for a .docx (text up to 64 M characters): split the document`,
      );
    },
    T,
  );
});

describe("documents not in English", () => {
  test(
    "are read and said to be not in English, per file and in the summary",
    async () => {
      const french =
        "Genève, le 4 juin 2018\n\nLa Côte d’Ivoire a ratifié le Traité sur le commerce des armes le 3 juin 2018. Le ministre des affaires étrangères a déclaré que cette ratification est une étape importante pour la paix et la sécurité dans la région, et il a appelé les autres États à faire de même.\n";
      const file = write("langs/declaration.txt", french);
      const english = write("langs/statement.txt", STATEMENT);
      const run = await runCli(["extract", file, english]);
      expect(run.code).toBe(0);
      expect(run.errCalls).toContain(`commitments: ${file}: not in English (it reads as French): commitments are found in English text only`);
      expect(run.errCalls.filter((l) => l.includes("statement.txt"))).toEqual([]);
      expect(run.errCalls.at(-1)).toMatch(/^commitments: 2 documents read \(1 not in English\), 2 commitments/u);
    },
    T,
  );
});

describe("limits per run", () => {
  test("past the run's text limit, the remaining files are skipped with a note each, naming the limit", async () => {
    const { readInputs } = await import("../src/cli/files");
    const folder = path.join(dir, "run-limit");
    for (const name of ["a.txt", "b.txt", "c.txt"]) write(`run-limit/${name}`, `${SENTENCE}\n`.repeat(30)); // 1.6 k characters each
    const read = await readInputs([folder], { maxRunChars: 4 * 1024 });
    expect(read.docs.map((d) => d.id)).toEqual(["a.txt", "b.txt"]);
    expect(read.notes).toEqual([`skipped ${path.join(folder, "c.txt")}: its text would take this run over 4 k characters, its limit: run again on the rest`]);
    expect(read.failures).toBe(1);
  });

  test("a file larger than its stated size stops at the limit (a bounded read, not readFile)", async () => {
    const { readRegularFile, SpecialFileError } = await import("../src/cli/files");
    const file = write("bounded/long.txt", "x".repeat(10_000));
    expect(readRegularFile(file, 10_000).length).toBe(10_000);
    expect(() => readRegularFile(file, 4_096)).toThrow(/over the 4 kB limit for one document/u);
    // /proc files are regular files that state a size of 0 and hold more: only the read loop's bound stops them.
    const proc = "/proc/self/maps";
    expect(fs.statSync(proc).size).toBe(0);
    expect(() => readRegularFile(proc, 1_024)).toThrow(SpecialFileError);
    expect(() => readRegularFile(proc, 1_024)).toThrow(/more than 1 kB \(the limit for one document\)/u);
  });
});
