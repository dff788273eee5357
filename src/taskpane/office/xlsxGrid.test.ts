/** @jest-environment ./test/support/jsdomEnvironment.js */
/**
 * The pane's .xlsx status tables (issue 15): cells that are hyperlinks, rich text, formulas with
 * and without a saved value, errors and dates, read by the core's cell reader as the command line
 * reads them. Made-up dates, not the depositary's record.
 */
import ExcelJS from "exceljs";
import { importGrid } from "../state/reference";
import { xlsxGrid } from "./xlsxGrid";

const HEADER = ["Participant", "Signature", "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)"];

describe("xlsxGrid: an .xlsx status table in the pane", () => {
  it("reads hyperlinks, rich text and saved formula values as text, dates as ISO days; names a formula without a value and an error on their line", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Status");
    ws.addRow(["International Convention for the Suppression of Acts of Nuclear Terrorism"]);
    ws.addRow(HEADER);
    ws.addRow([{ text: "Kazakhstan", hyperlink: "https://example.org/kz" }, "", "16 Sep 2005 a"]);
    ws.addRow([
      { richText: [{ text: "Chi" }, { font: { italic: true }, text: "le" }] },
      new Date(Date.UTC(2005, 8, 14)),
      { formula: '"10 Apr 2010"', result: "10 Apr 2010" },
    ]);
    ws.addRow([{ text: { richText: [{ text: "Pe" }, { text: "ru" }] }, hyperlink: "https://example.org/pe" }, "14 Sep 2005", ""]);
    ws.addRow([{ formula: "INDEX(Names!A:A,7)" }, "14 Sep 2005", ""]);
    ws.addRow([{ error: "#REF!" }, "", "1 Jan 2001"]);
    const grid = await xlsxGrid((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(grid.slice(2, 5).map((r) => r[0])).toEqual(["Kazakhstan", "Chile", "Peru"]);
    expect(grid[3]?.[1]).toBe("2005-09-14");
    const result = importGrid(grid, null, "icsant.xlsx");
    expect(result.records.map((r) => `${r.actor} ${r.act} ${r.date}`)).toEqual([
      "Kazakhstan accession 2005-09-16",
      "Chile signature 2005-09-14",
      "Chile ratification 2010-04-10",
      "Peru signature 2005-09-14",
    ]);
    expect(result.problems).toEqual([
      { line: 6, reason: "Participant: the formula =INDEX(Names!A:A,7) has no saved value; open the file in Excel and save it again (or paste the values)" },
      { line: 7, reason: "Participant: the cell shows the error #REF!; correct it in the sheet" },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/object Object/u);
  });
});
