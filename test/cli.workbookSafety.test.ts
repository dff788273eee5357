/**
 * Issue 15, "workbooks that are lost or corrupted", through the command line, one case a test,
 * with documents and workbooks the tests make. Each compares the user's cells cell by cell
 * (below and beside the tables too) and the file's bytes where nothing may change.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { spawn } from "child_process";
import JSZip from "jszip";
import { runCli, tmpDir, writeFileIn } from "./helpers";
import { xmlSafe } from "../src/workbook/cells";
import { BACKUPS_KEPT, backupsOf } from "../src/cli/xlsx";

const T = 60_000;

const CHILE = "Press release\n\nSantiago, 3 March 2014\n\nChile ratified the Arms Trade Treaty on 3 March 2014.\n";
const PERU = "Statement\n\nLima, 5 May 2015\n\nPeru signed the Chemical Weapons Convention on 5 May 2015.\n";
const NORWAY = "Statement\n\nOslo, 1 June 2016\n\nNorway acceded to the Convention on Cluster Munitions on 1 June 2016.\n";

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell of every sheet, by "sheet!A1" (values as exceljs reads them). */
function cells(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => void (out[`${ws.name}!${cell.address}`] = cell.value))));
  return out;
}

/** A table's rows as header → text. */
function tableRows(wb: ExcelJS.Workbook, sheet: string): Record<string, string>[] {
  const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
  const ref = (ws.getTable(sheet.replace(" ", "")) as unknown as { model: { tableRef: string } }).model.tableRef;
  const [, last] = /:[A-Z]+(\d+)$/u.exec(ref) ?? [];
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const text = (v: ExcelJS.CellValue): string =>
    v && typeof v === "object" && "result" in v ? String(v.result) : v === null || v === undefined ? "" : String(v);
  const out: Record<string, string>[] = [];
  for (let r = 2; r <= Number(last); r++) out.push(Object.fromEntries(headers.map((h, j) => [h, text(ws.getRow(r).getCell(j + 1).value)])));
  return out;
}

function setup(docs: Record<string, string>): { dir: string; docs: string; book: string } {
  const dir = tmpDir("ct-safety-");
  const folder = path.join(dir, "docs");
  for (const [name, text] of Object.entries(docs)) writeFileIn(folder, name, text);
  return { dir, docs: folder, book: path.join(dir, "review.xlsx") };
}

describe("1. text output never replaces a workbook", () => {
  test(
    "extract --out review.xlsx writes the workbook (the format comes from the name); gaps --out review.xlsx and --format json --out review.xlsx are refused; text is never written over a workbook under another name",
    async () => {
      const { dir, docs, book } = setup({ "a.txt": CHILE });
      expect((await runCli(["extract", docs, "--format", "xlsx", "--out", book, "--quiet"])).code).toBe(0);
      const wb = await open(book);
      (wb.getWorksheet("Commitments") as ExcelJS.Worksheet).getCell("N2").value = "my note";
      await wb.xlsx.writeFile(book);
      const bytes = fs.readFileSync(book);

      // Before: these two wrote JSON over the reviewed workbook.
      const before = cells(await open(book));
      const extract = await runCli(["extract", docs, "--out", book]);
      expect(extract.code).toBe(0);
      const after = cells(await open(book));
      expect(after["Commitments!N2"]).toBe("my note");
      for (const address of Object.keys(before)) expect([address, after[address]]).toEqual([address, before[address]]);
      const reviewed = fs.readFileSync(book);

      const gaps = await runCli(["gaps", docs, "--out", book]);
      expect(gaps.code).toBe(2);
      expect(gaps.errLines[0]).toMatch(/gaps writes json or csv, not a workbook, and .*review\.xlsx names one/u);
      const json = await runCli(["extract", docs, "--format", "json", "--out", book]);
      expect(json.code).toBe(2);
      expect(json.errLines[0]).toMatch(/--format json writes text, and .*review\.xlsx names a workbook/u);
      expect(fs.readFileSync(book).equals(reviewed)).toBe(true);

      // A workbook saved under a name that is not .xlsx is recognised by its content.
      const disguised = path.join(dir, "review.data");
      fs.writeFileSync(disguised, bytes);
      const over = await runCli(["gaps", docs, "--out", disguised, "--quiet"]);
      expect(over.code).toBe(1);
      expect(over.errLines[0]).toMatch(/review\.data is a workbook .* left as it is/u);
      expect(fs.readFileSync(disguised).equals(bytes)).toBe(true);

      // Other names: the extension picks the format.
      expect((await runCli(["extract", docs, "--out", path.join(dir, "out.csv"), "--quiet"])).code).toBe(0);
      expect(fs.readFileSync(path.join(dir, "out.csv"), "utf8")).toMatch(/^\uFEFFid,actor,action/u);
    },
    T,
  );
});

describe("2. cells under and beside the tables; backups", () => {
  test(
    "a re-run that would write over a total under the table stops before writing; a re-run that does not keeps every cell; the last five backups are kept",
    async () => {
      const { docs, book } = setup({ "a.txt": CHILE });
      expect((await runCli(["extract", docs, "--format", "xlsx", "--out", book, "--quiet"])).code).toBe(0);
      const wb = await open(book);
      const ws = wb.getWorksheet("Commitments") as ExcelJS.Worksheet;
      const last = tableRows(wb, "Commitments").length + 1;
      ws.getCell(`A${last + 1}`).value = "Total";
      ws.getCell(`B${last + 1}`).value = { formula: "ROWS(Commitments[ID])", result: last - 1 } as ExcelJS.CellValue;
      ws.getCell("R2").value = "a note beside the table";
      ws.getCell("A30").value = "further down";
      ws.getCell(`M2`).value = "Accepted";
      await wb.xlsx.writeFile(book);
      const bytes = fs.readFileSync(book);
      const before = cells(await open(book));

      // A new document adds rows: they would land on the total. Before: written over, summary "kept".
      writeFileIn(docs, "b.txt", PERU);
      const grow = await runCli(["extract", docs, "--format", "xlsx", "--out", book]);
      expect(grow.code).toBe(1);
      expect(grow.errLines.join("\n")).toMatch(
        new RegExp(`Commitments table needs the cells A${last + 1}:P\\d+ on the sheet "Commitments", but A${last + 1} holds a value.*nothing was written`, "u"),
      );
      expect(fs.readFileSync(book).equals(bytes)).toBe(true);
      expect(await backupsOf(book)).toEqual([]);

      // The same documents: no new row, the run goes through and every user cell is as it was.
      fs.rmSync(path.join(docs, "b.txt"));
      for (let i = 0; i < BACKUPS_KEPT + 2; i++) expect((await runCli(["extract", docs, "--format", "xlsx", "--out", book, "--quiet"])).code).toBe(0);
      const after = cells(await open(book));
      // Every cell of the sheet, cell by cell, but the machine's columns inside the table (A-L, O-P of rows 1 to `last`).
      const machine = (address: string) => {
        const [, column, row] = /^Commitments!([A-Z]+)(\d+)$/u.exec(address) ?? [];
        return /^(?:[A-L]|[OP])$/u.test(column ?? "") && Number(row) <= last;
      };
      const user = Object.keys(before).filter((a) => a.startsWith("Commitments!") && !machine(a));
      expect(user.length).toBeGreaterThan(5);
      for (const address of user) expect([address, after[address]]).toEqual([address, before[address]]);
      expect(
        Object.keys(after)
          .filter((a) => a.startsWith("Commitments!") && !machine(a))
          .sort(),
      ).toEqual(user.sort());
      for (const address of [`Commitments!A${last + 1}`, `Commitments!B${last + 1}`, "Commitments!R2", "Commitments!A30", "Commitments!M2"])
        expect(after[address]).toEqual(before[address]);
      // Five timestamped backups, each a whole workbook; the oldest one is the file before the first re-run.
      const backups = await backupsOf(book);
      expect(backups).toHaveLength(BACKUPS_KEPT);
      for (const b of backups) {
        expect(path.basename(b)).toMatch(/^review\.bak-\d{8}-\d{6}-\d{3}\.xlsx$/u);
        expect(cells(await open(b))["Commitments!R2"]).toBe("a note beside the table");
      }
    },
    T,
  );
});

describe("3. characters XML forbids", () => {
  test(
    "U+FFFE, U+FFFF and control characters in a document give a workbook whose every part is well-formed, which the next run reads",
    async () => {
      const { docs, book } = setup({ "odd.txt": `Odd \uFFFE title\uFFFF\n\nChile\u0001 ratified the Arms Trade Treaty on 3 March 2014.\uFFFF\u000B\n` });
      const first = await runCli(["extract", docs, "--format", "xlsx", "--out", book, "--quiet"]);
      expect(first.code).toBe(0);
      const zip = await JSZip.loadAsync(fs.readFileSync(book));
      for (const name of Object.keys(zip.files).filter((n) => /\.(?:xml|rels)$/u.test(n))) {
        const xml = new TextDecoder("utf-8", { fatal: true }).decode(await zip.file(name)!.async("uint8array"));
        expect([name, xmlSafe(xml) === xml]).toEqual([name, true]);
      }
      // Before: the next run refused its own workbook ("not an .xlsx workbook exceljs can read").
      const again = await runCli(["extract", docs, "--format", "xlsx", "--out", book]);
      expect(again.code).toBe(0);
      expect(again.errLines.join("\n")).toMatch(/Commitments: 0 added, 0 updated, 1 unchanged/u);
      const text = tableRows(await open(book), "Source Text")
        .map((r) => r.Text)
        .join("\n");
      expect(text).toContain("Odd \uFFFD title\uFFFD");
      expect(text).toContain("Chile\u0001 ratified");
    },
    T,
  );
});

describe("4. two documents with the same file name", () => {
  test(
    "in two runs, each keeps its Sources row and Source Text, and each run's evidence link finds its own paragraph",
    async () => {
      const { dir, book } = setup({});
      const first = writeFileIn(path.join(dir, "march"), "statement.txt", CHILE);
      const second = writeFileIn(path.join(dir, "may"), "statement.txt", PERU);
      expect((await runCli(["extract", first, "--format", "xlsx", "--out", book, "--quiet"])).code).toBe(0);
      expect((await runCli(["extract", second, "--format", "xlsx", "--out", book, "--quiet"])).code).toBe(0);
      const wb = await open(book);
      const sources = tableRows(wb, "Sources");
      expect(sources.map((s) => s.ID)).toEqual(["statement.txt", "statement.txt"]);
      expect(new Set(sources.map((s) => s["SHA-256"])).size).toBe(2);
      const paragraphs = tableRows(wb, "Source Text");
      const ws = wb.getWorksheet("Commitments") as ExcelJS.Worksheet;
      const commitments = tableRows(wb, "Commitments");
      expect(commitments.map((c) => c.Actor).sort()).toEqual(["Chile", "Peru"]);
      commitments.forEach((c, i) => {
        const formula = (ws.getCell(`J${i + 2}`).value as { formula: string }).formula;
        const key = /MATCH\("([^"]+)"/u.exec(formula)?.[1];
        expect(paragraphs.find((p) => p.Key === key)?.Text).toContain(c.Evidence);
      });
    },
    T,
  );
});

describe("5. status tables of instruments outside the catalog", () => {
  test(
    "a second table for another instrument outside the catalog keeps the first one's rows",
    async () => {
      const { dir, book } = setup({});
      const table = (rows: string[]) => ["Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a), Succession(d)", ...rows].join("\n");
      const a = writeFileIn(dir, "a.txt", table(["Peru\t1 Feb 2001\t3 Mar 2002", "Chile\t\t4 Apr 2003 a"]));
      const b = writeFileIn(dir, "b.txt", table(["Norway\t5 May 2004\t6 Jun 2005"]));
      expect((await runCli(["reference", "import", a, "--instrument", "Convention on the Protection of Alpine Meadows", "--out", book, "--quiet"])).code).toBe(
        0,
      );
      expect((await runCli(["reference", "import", b, "--instrument", "Treaty on Fictional Lighthouses", "--out", book, "--quiet"])).code).toBe(0);
      const rows = tableRows(await open(book), "Reference").filter((r) => r.Key !== "");
      // Before: the second import cleared Peru's and Chile's rows (both tables have no Instrument ID).
      expect(rows.map((r) => `${r.Actor} ${r.Instrument} ${r["Instrument ID"]}`).sort()).toEqual([
        "Chile Convention on the Protection of Alpine Meadows ",
        "Norway Treaty on Fictional Lighthouses ",
        "Norway Treaty on Fictional Lighthouses ",
        "Peru Convention on the Protection of Alpine Meadows ",
        "Peru Convention on the Protection of Alpine Meadows ",
      ]);
    },
    T,
  );
});

describe("6. read-only files, links, owners, interrupted runs", () => {
  test(
    "a read-only workbook is refused, unchanged, with one line",
    async () => {
      const { docs, book } = setup({ "a.txt": CHILE });
      expect((await runCli(["extract", docs, "--format", "xlsx", "--out", book, "--quiet"])).code).toBe(0);
      fs.chmodSync(book, 0o444);
      const bytes = fs.readFileSync(book);
      const run = await runCli(["extract", docs, "--format", "xlsx", "--out", book]);
      expect(run.code).toBe(1);
      expect(run.errCalls).toEqual([expect.stringMatching(/review\.xlsx is read-only, so it is left as it is/u)]);
      expect(fs.statSync(book).mode & 0o777).toBe(0o444);
      expect(fs.readFileSync(book).equals(bytes)).toBe(true);
      expect(await backupsOf(book)).toEqual([]);
    },
    T,
  );

  test(
    "a symbolic link is written through (it stays a link), and the target keeps its mode and owner",
    async () => {
      const { dir, docs } = setup({ "a.txt": CHILE });
      const real = path.join(dir, "shared", "review.xlsx");
      fs.mkdirSync(path.dirname(real));
      expect((await runCli(["extract", docs, "--format", "xlsx", "--out", real, "--quiet"])).code).toBe(0);
      fs.chmodSync(real, 0o640);
      const root = process.getuid?.() === 0;
      if (root) fs.chownSync(real, 4321, 4321);
      const link = path.join(dir, "review.xlsx");
      fs.symlinkSync(path.relative(dir, real), link);
      writeFileIn(docs, "b.txt", PERU);
      // Before: the link was replaced by a file, and the target never changed.
      expect((await runCli(["extract", docs, "--format", "xlsx", "--out", link, "--quiet"])).code).toBe(0);
      expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
      expect(
        tableRows(await open(real), "Commitments")
          .map((r) => r.Actor)
          .sort(),
      ).toEqual(["Chile", "Peru"]);
      const stat = fs.statSync(real);
      expect(stat.mode & 0o777).toBe(0o640);
      if (root) expect([stat.uid, stat.gid]).toEqual([4321, 4321]);
      const backups = await backupsOf(real);
      expect(backups).toHaveLength(1);
      expect(fs.statSync(backups[0]!).mode & 0o777).toBe(0o640);
    },
    T,
  );

  test(
    "temporary files a killed run left behind are removed by the next run (a running one's stay); no backup is ever partial",
    async () => {
      const { dir, docs, book } = setup({ "a.txt": CHILE });
      expect((await runCli(["extract", docs, "--format", "xlsx", "--out", book, "--quiet"])).code).toBe(0);
      const dead = await new Promise<number>((resolve) => {
        const child = spawn(process.execPath, ["-e", ""]);
        child.on("exit", () => resolve(child.pid as number));
      });
      const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
      try {
        const stale = [`.review.xlsx.${dead}.tmp`, `.review.xlsx.${dead}.bak.tmp`].map((n) => writeFileIn(dir, n, ""));
        const live = writeFileIn(dir, `.review.xlsx.${sleeper.pid}.tmp`, "");
        const mine = writeFileIn(dir, "notes.review.xlsx.1.tmp", "mine");
        expect((await runCli(["extract", docs, "--format", "xlsx", "--out", book, "--quiet"])).code).toBe(0);
        for (const f of stale) expect(fs.existsSync(f)).toBe(false);
        expect(fs.existsSync(live)).toBe(true);
        expect(fs.readFileSync(mine, "utf8")).toBe("mine");
        const backups = await backupsOf(book);
        expect(backups).toHaveLength(1);
        expect(fs.statSync(backups[0]!).size).toBeGreaterThan(1000);
        expect(
          fs
            .readdirSync(dir)
            .filter((n) => n.endsWith(".tmp"))
            .sort(),
        ).toEqual([`.review.xlsx.${sleeper.pid}.tmp`, "notes.review.xlsx.1.tmp"].sort());
      } finally {
        sleeper.kill();
      }
    },
    T,
  );
});

describe("the same document given twice", () => {
  test(
    "is read once, with a note; two files with the same text are two documents",
    async () => {
      const { docs } = setup({ "a.txt": CHILE, "copy.txt": CHILE });
      const run = await runCli(["extract", docs, path.join(docs, "a.txt")]);
      expect(run.code).toBe(0);
      const json = JSON.parse(run.out) as { documents: { id: string }[] };
      expect(json.documents.map((d) => d.id).sort()).toEqual([path.relative(process.cwd(), path.join(docs, "a.txt")), "copy.txt"].sort());
      expect(run.errLines.filter((l) => /given more than once: read once/u.test(l))).toHaveLength(1);
    },
    T,
  );
});
