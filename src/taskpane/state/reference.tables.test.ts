/** @jest-environment ./test/support/jsdomEnvironment.js */
/**
 * The pane's reading of status tables as users have them (issue 15): a `;` CSV from Excel in
 * French, German or Spanish, a paste with old Mac line ends, a Windows-1252 file, a malformed
 * quote. Tables built here, with made-up dates (not the depositary's record).
 */
import { decodeText } from "../../documents";
import { gridFromText, importPastedTable, runImport, tableFileGrid, type XlsxReader } from "./reference";

const TITLE = "International Convention for the Suppression of Acts of Nuclear Terrorism";
const HEADER = ["Participant", "Signature", "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)"];
const ROWS = [
  ["Kazakhstan", "", "16 Sep 2005 a"],
  ["Chile 2", "14 Sep 2005", "10 Apr 2010"],
  ["Peru1", "14 Sep 2005", ""],
];
const ACTS = ["Kazakhstan accession 2005-09-16", "Chile signature 2005-09-14", "Chile ratification 2010-04-10", "Peru signature 2005-09-14"];

function csv(grid: string[][], separator: string, lineEnd = "\r\n"): string {
  const cell = (c: string) => (c.includes(separator) || /["\r\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c);
  return grid.map((row) => row.map(cell).join(separator)).join(lineEnd) + lineEnd;
}

const noXlsx: XlsxReader = async () => {
  throw new Error("no .xlsx in this test");
};
const picked = (name: string, bytes: Uint8Array) => ({ name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer });
const acts = (records: { actor: string; act: string; date: string }[]) => records.map((r) => `${r.actor} ${r.act} ${r.date}`);

describe("the pane's status tables as users have them", () => {
  it("reads a `;` CSV (Excel in French, German, Spanish), pasted or picked, as the comma one", async () => {
    const grid = [[TITLE], HEADER, ...ROWS];
    const comma = importPastedTable(csv(grid, ","), null);
    const semicolon = importPastedTable(csv(grid, ";"), null);
    expect(acts(semicolon.records)).toEqual(ACTS);
    expect(semicolon).toEqual(comma);
    const outcome = await runImport({ kind: "file", file: picked("icsant.csv", new TextEncoder().encode(csv(grid, ";"))), instrument: "" }, 1, noXlsx);
    expect([outcome.error, acts(outcome.result?.records ?? [])]).toEqual([null, ACTS]);
  });

  it("keeps every row of a paste with old Mac line ends (lone CR)", () => {
    const paste = [TITLE, "", HEADER.join("\t"), ...ROWS.map((r) => r.join("\t"))].join("\r");
    const result = importPastedTable(paste, null);
    expect([acts(result.records), result.problems]).toEqual([ACTS, []]);
    expect(gridFromText("a\tb\rc\td\r\ne\tf\ng\th")).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
  });

  it("decodes a picked file with src/documents' decodeText, the command line's bytes-to-text function", async () => {
    const bytes = Uint8Array.from([...csv([[TITLE], HEADER, ["C\u00f4te d'Ivoire", "", "12 Mar 2012"]], ";")].map((c) => c.charCodeAt(0)));
    await expect(tableFileGrid(picked("ci.csv", bytes), noXlsx)).resolves.toEqual(gridFromText(decodeText(bytes), "csv"));
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."a;b\r\nc;d"].flatMap((c) => [c.charCodeAt(0), 0])]);
    await expect(tableFileGrid(picked("t.csv", utf16), noXlsx)).resolves.toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  // The shared decoder (src/documents) falls back to Windows-1252 for bytes that are not UTF-8.
  it("keeps a Windows-1252 file's accented names", async () => {
    const bytes = Uint8Array.from([...csv([[TITLE], HEADER, ["C\u00f4te d'Ivoire", "", "12 Mar 2012"]], ";")].map((c) => c.charCodeAt(0)));
    const grid = await tableFileGrid(picked("ci.csv", bytes), noXlsx);
    expect(grid[2]?.[0]).toBe("C\u00f4te d'Ivoire");
  });

  it("reads numeric dates of other locales (14.09.2005; 14/09/2005 when the table's days show the order) and names an error cell", () => {
    const grid = [
      [TITLE],
      HEADER,
      ["Kazakhstan", "", "16 Sep 2005 a"],
      ["Chile 2", "14/09/2005", "10/04/2010"],
      ["Peru1", "14.09.2005", ""],
      ["#N/A", "1/1/2001", ""],
    ];
    const result = importPastedTable(csv(grid, ";"), null);
    expect(acts(result.records)).toEqual(ACTS);
    expect(result.problems).toEqual([{ line: 6, reason: "Participant: the cell shows the error #N/A; correct it in the sheet" }]);
  });

  it("says on which line a malformed quote is, pasted or picked", async () => {
    const text = csv([[TITLE], HEADER, ROWS[0]!], ";") + '"Chile;14 Sep 2005;\r\nPeru;;\r\n';
    expect(() => importPastedTable(text, null)).toThrow(/the CSV text cannot be read: a quoted field opened on line 4 is never closed/u);
    const outcome = await runImport({ kind: "file", file: picked("broken.csv", new TextEncoder().encode(text)), instrument: "" }, 2, noXlsx);
    expect(outcome.error).toMatch(/^broken\.csv: the CSV text cannot be read: a quoted field opened on line 4/u);
  });
});
