/**
 * Status tables and checklists as users have them (issue 15): Excel's `;` CSV of the French,
 * German and Spanish locales, old Mac line ends, Windows-1252 bytes, .xlsx cells that are
 * hyperlinks, rich text, formulas or errors; and CSV output that Excel on Windows opens as UTF-8.
 * Every table is built here with made-up dates (not the depositary's record), next to tiny
 * documents; a table misread would give a false SAID_NOT_DONE, which is what these guard against.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, tmpDir, writeFileIn } from "./helpers";
import { readTableFile } from "../src/cli/reference";
import { tableFileGrid } from "../src/taskpane/state/reference";
import { readXlsxGrid } from "../src/taskpane/office/tableFile";

const T = 60_000;
const TITLE = "International Convention for the Suppression of Acts of Nuclear Terrorism";
const HEADER = ["Participant", "Signature", "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)"];
/** Made-up acts: Kazakhstan's accession and Chile's ratification are recorded, Peru only signed. */
const ROWS = [
  ["Kazakhstan", "", "16 Sep 2005 a"],
  ["Chile 2", "14 Sep 2005", "10 Apr 2010"],
  ["Peru1", "14 Sep 2005", ""],
];

interface GapOut {
  code: string;
  actor: string;
  instrumentId: string | null;
}

/** Statements that agree with ROWS, plus Peru claiming a ratification the table does not record. */
function documents(dir: string, extra: Record<string, string> = {}): string {
  const docs = path.join(dir, "docs");
  writeFileIn(docs, "kz.txt", `Kazakhstan acceded to the ${TITLE} on 16 September 2005.`);
  writeFileIn(docs, "cl.txt", `Chile ratified the ${TITLE} on 10 April 2010.`);
  writeFileIn(docs, "pe.txt", `Peru has ratified the ${TITLE}.`);
  for (const [name, text] of Object.entries(extra)) writeFileIn(docs, name, text);
  return docs;
}

/** A grid as Excel writes CSV: cells holding the separator, a quote or a line break quoted. */
function csv(grid: string[][], separator: string, lineEnd = "\r\n"): string {
  const cell = (c: string) => (c.includes(separator) || /["\r\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c);
  return grid.map((row) => row.map(cell).join(separator)).join(lineEnd) + lineEnd;
}

/** The said-against-done gaps; the table's rows must all be read unless `problems` says how many are not. */
async function said(docs: string, table: string, problems = 0): Promise<string[]> {
  const run = await runCli(["gaps", docs, "--reference", table, "--quiet"]);
  expect([run.code, run.errCalls.length]).toEqual([0, problems]);
  return (JSON.parse(run.out) as { gaps: GapOut[] }).gaps
    .filter((g) => ["SAID_NOT_DONE", "DATE_MISMATCH", "DONE_NOT_SAID"].includes(g.code))
    .map((g) => `${g.code} ${g.actor} ${g.instrumentId}`);
}

describe("status tables through gaps --reference", () => {
  test(
    "a `;`-separated table (Excel's CSV in French, German and Spanish) gives the same gaps as the comma one",
    async () => {
      const dir = tmpDir();
      const docs = documents(dir);
      const grid = [[TITLE], HEADER, ...ROWS];
      const comma = writeFileIn(dir, "comma.csv", csv(grid, ","));
      const semicolon = writeFileIn(dir, "semicolon.csv", csv(grid, ";"));
      // The header's commas are inside a cell: unquoted in the `;` file, as Excel writes it.
      expect(fs.readFileSync(semicolon, "utf8").split("\r\n")[1]).toBe(HEADER.join(";"));
      expect(await said(docs, comma)).toEqual(["SAID_NOT_DONE Peru icsant"]);
      expect(await said(docs, semicolon)).toEqual(await said(docs, comma));
    },
    T,
  );

  test(
    "a long table with `;` whose instrument names hold commas is read by its `;`",
    async () => {
      const dir = tmpDir();
      const name =
        "Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on their Destruction";
      const grid = [
        ["actor", "instrument", "action", "date"],
        ["Chile", name, "ratification", "2010-04-10"],
        ["Peru", name, "signature", "2005-09-14"],
        ["Kazakhstan", name, "accession", "2005-09-16"],
      ];
      const file = writeFileIn(dir, "long.csv", csv(grid, ";"));
      const out = path.join(dir, "book.xlsx");
      const run = await runCli(["reference", "import", file, "--out", out]);
      expect(run.errCalls.filter((l) => / line \d/u.test(l))).toEqual([]);
      expect([run.code, run.errCalls.join("\n")]).toEqual([0, expect.stringMatching(/^commitments: 3 recorded acts of /u)]);
    },
    T,
  );

  test(
    "a pasted table with old Mac line ends (lone CR) keeps every row: none is swallowed into the one before",
    async () => {
      const dir = tmpDir();
      const docs = documents(dir);
      const paste = [TITLE, "", HEADER.join("\t"), ...ROWS.map((r) => r.join("\t"))].join("\r") + "\r";
      const table = writeFileIn(dir, "icsant.txt", paste);
      expect(await said(docs, table)).toEqual(["SAID_NOT_DONE Peru icsant"]);
      const out = path.join(dir, "book.xlsx");
      const run = await runCli(["reference", "import", table, "--out", out]);
      expect(run.errCalls.join("\n")).toMatch(/4 recorded acts of .* read from a [a-zA-Z ()-]+, 0 rows not read/u);
    },
    T,
  );

  test(
    "a file larger than a status table can be (10 MB) is refused with one line, as in the pane",
    async () => {
      const dir = tmpDir();
      const big = writeFileIn(dir, "big.csv", `${HEADER.join(";")}\n${"Chile;1 Jan 2001;\n".repeat(600_000)}`);
      const run = await runCli(["gaps", documents(dir), "--reference", big, "--quiet"]);
      expect([run.code, run.errCalls]).toEqual([1, [expect.stringMatching(/big\.csv is larger than 10 MB; a status table is much smaller/u)]]);
    },
    T,
  );

  test(
    "a malformed CSV is still a clear error naming the line its open quote is on",
    async () => {
      const dir = tmpDir();
      const table = writeFileIn(dir, "broken.csv", csv([[TITLE], HEADER, ROWS[0]!], ";") + '"Chile;14 Sep 2005;\r\nPeru;;\r\n');
      const run = await runCli(["gaps", documents(dir), "--reference", table, "--quiet"]);
      expect([run.code, run.errCalls]).toEqual([1, [expect.stringMatching(/broken\.csv: .*line 4/u)]]);
    },
    T,
  );
});

describe("a CSV status table saved by Excel in other locales", () => {
  test(
    "numeric dates: day.month.year (German) always, day/month/year when the table's own days show the order; an ambiguous one is named",
    async () => {
      const dir = tmpDir();
      const docs = documents(dir);
      const german = writeFileIn(
        dir,
        "de.csv",
        csv([[TITLE], HEADER, ["Kazakhstan", "", "16 Sep 2005 a"], ["Chile 2", "14.09.2005", "10.04.2010"], ["Peru1", "14.09.2005", ""]], ";"),
      );
      expect(await said(docs, german)).toEqual(["SAID_NOT_DONE Peru icsant"]);
      const french = writeFileIn(
        dir,
        "fr.csv",
        csv([[TITLE], HEADER, ["Kazakhstan", "", "16 Sep 2005 a"], ["Chile 2", "14/09/2005", "10/04/2010"], ["Peru1", "14/09/2005", ""]], ";"),
      );
      expect(await said(docs, french)).toEqual(["SAID_NOT_DONE Peru icsant"]);
      const unclear = writeFileIn(dir, "unclear.csv", csv([[TITLE], HEADER, ["Chile", "01/02/2005", "03/04/2010"]], ","));
      const run = await runCli(["reference", "import", unclear, "--out", path.join(dir, "book.xlsx")]);
      expect(run.errCalls.join("\n")).toMatch(/unclear\.csv line 3: Signature: "01\/02\/2005" could be 1 February or 2 January/u);
    },
    T,
  );

  test(
    "a cell Excel wrote as an error (#N/A) is named on its line, not imported as a participant",
    async () => {
      const dir = tmpDir();
      const table = writeFileIn(dir, "err.csv", csv([[TITLE], HEADER, ...ROWS, ["#N/A", "", "1 Jan 2001"]], ";"));
      const run = await runCli(["reference", "import", table, "--out", path.join(dir, "book.xlsx")]);
      expect(run.errCalls.join("\n")).toMatch(/err\.csv line 6: Participant: the cell shows the error #N\/A/u);
      expect(run.errCalls.join("\n")).toMatch(/4 recorded acts of .* read from a [a-zA-Z ()-]+, 1 row not read/u);
      const list = writeFileIn(dir, "list.csv", csv([["Instrument"], ["icsant"], ["#REF!"]], ","));
      const gaps = await runCli(["gaps", documents(dir), "--checklist", list, "--quiet"]);
      expect([gaps.code, gaps.errCalls]).toEqual([1, [expect.stringMatching(/list\.csv: row 3: Instrument: the cell shows the error #REF!/u)]]);
    },
    T,
  );
});

/** Windows-1252 bytes of a string of Latin-1 characters (what Excel's plain "CSV" writes on Windows). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error(`${c} is not in this test's Latin-1 subset`);
      return code;
    }),
  );
}

function picked(name: string, bytes: Uint8Array): Pick<File, "name" | "size" | "arrayBuffer"> {
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
}

const noXlsx = async () => {
  throw new Error("no .xlsx here");
};

describe("a Windows-1252 status table", () => {
  const text = csv([[TITLE], HEADER, ["Côte d'Ivoire", "", "12 Mar 2012"], ...ROWS], ";");

  test(
    "is read the same by the command line and the pane (one bytes-to-text function)",
    async () => {
      const dir = tmpDir();
      const file = writeFileIn(dir, "ci.csv", windows1252(text));
      const cli = await readTableFile(file);
      const pane = await tableFileGrid(picked("ci.csv", windows1252(text)), noXlsx);
      expect(pane).toEqual(cli);
      expect(cli).toHaveLength(6);
      expect(cli[2]?.slice(1)).toEqual(["", "12 Mar 2012"]);
    },
    T,
  );

  // The shared decoder (src/documents) falls back to Windows-1252 for bytes that are not UTF-8.
  test(
    "keeps its accented names, so a statement by Côte d'Ivoire is matched to its row",
    async () => {
      const dir = tmpDir();
      const table = writeFileIn(dir, "ci.csv", windows1252(text));
      const docs = documents(dir, { "ci.txt": `Côte d'Ivoire ratified the ${TITLE} on 12 March 2012.` });
      expect((await readTableFile(table))[2]?.[0]).toBe("Côte d'Ivoire");
      expect(await said(docs, table)).toEqual(["SAID_NOT_DONE Peru icsant"]);
    },
    T,
  );
});

describe("an .xlsx status table's cells", () => {
  /** Participants as Excel users have them: a hyperlink, rich text, a formula with and without its value, an error. */
  async function workbook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Status");
    ws.addRow([TITLE]);
    ws.addRow(HEADER);
    ws.addRow([{ text: "Kazakhstan", hyperlink: "https://example.org/kz" }, "", "16 Sep 2005 a"]);
    ws.addRow([
      { richText: [{ text: "Chi" }, { font: { bold: true }, text: "le" }] },
      new Date(Date.UTC(2005, 8, 14)),
      { formula: '"10 Apr 2010"', result: "10 Apr 2010" },
    ]);
    ws.addRow([{ text: { richText: [{ text: "Pe" }, { text: "ru" }] }, hyperlink: "https://example.org/pe" }, "14 Sep 2005", ""]);
    ws.addRow([{ formula: 'VLOOKUP("x",Codes!A:B,2,FALSE)' }, "14 Sep 2005", ""]);
    ws.addRow([{ error: "#N/A" }, "", "1 Jan 2001"]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  test(
    "hyperlinks and rich text give their text, formulas their saved value; an uncached formula and an error are named on their line, never [object Object]",
    async () => {
      const dir = tmpDir();
      const file = writeFileIn(dir, "icsant.xlsx", await workbook());
      const out = path.join(dir, "book.xlsx");
      const run = await runCli(["reference", "import", file, "--out", out]);
      const stderr = run.errCalls.join("\n");
      expect(run.code).toBe(0);
      expect(stderr).not.toMatch(/object Object/u);
      expect(stderr).toMatch(/icsant\.xlsx line 6: .*formula =VLOOKUP\("x",Codes!A:B,2,FALSE\) has no saved value/u);
      expect(stderr).toMatch(/icsant\.xlsx line 7: .*#N\/A/u);
      expect(stderr).toMatch(/4 recorded acts of .* read from a [a-zA-Z ()-]+, 2 rows not read/u);
      expect(await said(documents(dir), file, 2)).toEqual(["SAID_NOT_DONE Peru icsant"]);
    },
    T,
  );

  test(
    "the pane reads the same cells as the command line",
    async () => {
      const dir = tmpDir();
      const bytes = await workbook();
      const file = writeFileIn(dir, "icsant.xlsx", bytes);
      const cli = await readTableFile(file);
      const pane = await readXlsxGrid(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      expect(pane).toEqual(cli);
      expect(cli.slice(2, 5).map((r) => r[0])).toEqual(["Kazakhstan", "Chile", "Peru"]);
      expect(cli[3]?.[1]).toBe("2005-09-14");
    },
    T,
  );
});

describe("checklists", () => {
  test(
    "a `;` checklist (Excel's CSV in French, German, Spanish) is read by its columns",
    async () => {
      const dir = tmpDir();
      const list = writeFileIn(
        dir,
        "list.csv",
        csv(
          [
            ["Actor", "Instrument"],
            ["Peru", "icsant"],
            ["Chile", "Arms Trade Treaty"],
          ],
          ";",
        ),
      );
      const run = await runCli(["gaps", documents(dir), "--checklist", list, "--quiet"]);
      expect(run.code).toBe(0);
      const missing = (JSON.parse(run.out) as { gaps: GapOut[] }).gaps.filter((g) => g.code === "CHECKLIST_MISSING").map((g) => `${g.actor} ${g.instrumentId}`);
      expect(missing).toEqual(["Chile att"]);
    },
    T,
  );
});

describe("CSV output", () => {
  test(
    "extract and gaps --format csv start with a UTF-8 byte-order mark, so Excel on Windows reads accents right",
    async () => {
      const dir = tmpDir();
      const docs = documents(dir, { "ci.txt": `Côte d'Ivoire ratified the ${TITLE} on 12 March 2012.` });
      const extract = await runCli(["extract", docs, "--format", "csv", "--quiet"]);
      expect(extract.out.startsWith("\uFEFFid,actor,")).toBe(true);
      expect(extract.out).toContain("Côte d'Ivoire");
      const gaps = await runCli(["gaps", docs, "--format", "csv", "--quiet"]);
      expect(gaps.out.startsWith("\uFEFFcode,actor,")).toBe(true);
      const target = path.join(dir, "out.csv");
      expect((await runCli(["extract", docs, "--format", "csv", "--out", target, "--quiet"])).code).toBe(0);
      expect([...fs.readFileSync(target).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    },
    T,
  );
});
