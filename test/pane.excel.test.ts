/**
 * The pane's Office.js code that is not the writer: which commitment the selected row is, and
 * adding a checklist. Run against office-addin-mock, with Excel's load-then-sync rule (a property
 * read before its load and sync gives the mock's error string, which would make these assertions
 * fail). Also the browser download's workbook, with a checklist and imported status tables, and
 * a status table's .xlsx read in the pane.
 */
import ExcelJS from "exceljs";
import { OfficeMockObject } from "office-addin-mock";
import { builtInChecklist, type DocumentExtraction } from "../src/core";
import { workbookBlob } from "../src/taskpane/office/download";
import { addChecklistToExcel, commitmentFromRow, selectedCommitment, writeReferenceToExcel } from "../src/taskpane/office/excel";
import { readXlsxGrid } from "../src/taskpane/office/tableFile";
import { importGrid, importPastedTable } from "../src/taskpane/state/reference";
import { LONG_CSV, UNTC_PASTE } from "../src/taskpane/state/reference.fixtures";
import { isFormula } from "../src/workbook/cells";
import { CHECKLIST, CHECKS_SHEET, COMMITMENTS, GAPS_SHEET, REFERENCE } from "../src/workbook/layout";
import { OfficeStore } from "../src/workbook/officeStore";
import { writeWorkbook } from "../src/workbook/store";
import { fromExcelJs, XlsxStore } from "../src/workbook/xlsxStore";
import { seedExtractions } from "./helpers";
import { FakeBook } from "./support/fakeExcel";
import * as grid from "./support/fakeGrid";

const HEADERS = ["Actor", "ID", "Action", "Evidence"];

function workbook(options: { table: boolean; row: unknown[] | null }) {
  const data = {
    workbook: {
      tables: {
        table: {
          isNullObject: !options.table,
          header: { values: [HEADERS] },
          body: { address: "Commitments!A2:D9" },
          getHeaderRowRange() {
            return this.header;
          },
          getDataBodyRange() {
            return this.body;
          },
        },
        getItemOrNullObject(name: string) {
          if (name !== "Commitments") throw new Error(`unexpected table ${name}`);
          return this.table;
        },
      },
      active: {
        entireRow: {
          intersection: { isNullObject: options.row === null, values: options.row ? [options.row] : [] },
          getIntersectionOrNullObject() {
            return this.intersection;
          },
        },
        getEntireRow() {
          return this.entireRow;
        },
      },
      getActiveCell() {
        return this.active;
      },
    },
  };
  return new OfficeMockObject(data) as unknown as Excel.RequestContext;
}

describe("selectedCommitment", () => {
  it("reads the ID and Evidence of the Commitments row under the active cell, by header", async () => {
    const context = workbook({ table: true, row: ["Norway", "c-12", "ratified", "Norway ratified it."] });
    const syncs = jest.spyOn(context, "sync");
    await expect(selectedCommitment(context)).resolves.toEqual({ id: "c-12", evidence: "Norway ratified it." });
    expect(syncs).toHaveBeenCalledTimes(2);
  });

  it("is null outside the table's body, and when the workbook has no Commitments table", async () => {
    await expect(selectedCommitment(workbook({ table: true, row: null }))).resolves.toBeNull();
    const noTable = workbook({ table: false, row: ["Norway", "c-12", "ratified", "x"] });
    const syncs = jest.spyOn(noTable, "sync");
    await expect(selectedCommitment(noTable)).resolves.toBeNull();
    expect(syncs).toHaveBeenCalledTimes(1);
  });
});

describe("commitmentFromRow", () => {
  it("finds columns by their trimmed headers wherever the user moved them", () => {
    expect(commitmentFromRow([" Evidence ", "ID"], ["quote", " c-1 "])).toEqual({ id: "c-1", evidence: "quote" });
  });
  it("is null for a row without an id (typed by hand) or a table without an ID column", () => {
    expect(commitmentFromRow(HEADERS, ["Norway", "", "ratified", "x"])).toBeNull();
    expect(commitmentFromRow(["Actor", "Evidence"], ["Norway", "x"])).toBeNull();
  });
  it("gives an empty evidence when the table lacks that column", () => {
    expect(commitmentFromRow(["ID"], ["c-2"])).toEqual({ id: "c-2", evidence: "" });
  });
});

describe("addChecklistToExcel", () => {
  let seeds: DocumentExtraction[] = [];
  beforeAll(async () => {
    seeds = await seedExtractions();
  });
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it("adds the checklist's instruments to the Checklist table in one Excel.run, and points the Gaps sheet's formulas at it", async () => {
    const book = new FakeBook();
    await writeWorkbook(new OfficeStore(book.context), seeds);
    const run = jest.fn(async (work: (context: Excel.RequestContext) => Promise<unknown>) => work(book.context));
    (globalThis as { Excel?: unknown }).Excel = { run };
    const list = builtInChecklist("children-armed-conflict")!;
    await expect(addChecklistToExcel(list)).resolves.toMatchObject({ added: 4 });
    expect(run).toHaveBeenCalledTimes(1);
    expect(grid.rows(book, "Checklist").map((r) => r["Instrument ID"]?.text)).toEqual([
      "crc-opac",
      "paris-principles",
      "vancouver-principles",
      "safe-schools-declaration",
    ]);
    const formulas = [...grid.sheet(book, GAPS_SHEET).cells.values()].map((c) => c.formula).filter((f): f is string => f !== null);
    expect(formulas.length).toBe(1);
    expect(formulas.every((f) => f.endsWith(",Checklist[#All])"))).toBe(true);
    // Added again: nothing new.
    await expect(addChecklistToExcel(list)).resolves.toMatchObject({ added: 0 });
  });
});

// The status tables below have made-up dates (see reference.fixtures.ts): not the depositary's record.
describe("writeReferenceToExcel", () => {
  let seeds: DocumentExtraction[] = [];
  beforeAll(async () => {
    seeds = await seedExtractions();
  });
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it("writes the imported table into the Reference table in one Excel.run, and points the Status formulas and the Gaps sheet at it", async () => {
    const book = new FakeBook();
    await writeWorkbook(new OfficeStore(book.context), seeds);
    const run = jest.fn(async (work: (context: Excel.RequestContext) => Promise<unknown>) => work(book.context));
    (globalThis as { Excel?: unknown }).Excel = { run };
    const opac = importPastedTable(UNTC_PASTE, null);
    await expect(writeReferenceToExcel(opac)).resolves.toMatchObject({ added: 10 });
    expect(run).toHaveBeenCalledTimes(1);
    const rows = grid.rows(book, "Reference");
    expect(rows.filter((r) => r.Actor?.text === "Kazakhstan").map((r) => `${r["Recorded as"]?.text} ${r.Date?.text}`)).toEqual([
      "signature 2000-09-08",
      "ratification 2004-02-11",
    ]);
    expect(rows.every((r) => r["Instrument ID"]?.text === "crc-opac")).toBe(true);
    const status = grid.rows(book, COMMITMENTS.table).map((r) => r.Status?.formula ?? "");
    expect(status.every((f) => f.startsWith("INDEX(Checks!$A$3#,"))).toBe(true);
    const checks = [...grid.sheet(book, CHECKS_SHEET).cells.values()].map((c) => c.formula).filter((f): f is string => f !== null);
    expect(checks.length === 1 && checks[0]!.startsWith("=CT.CHECKS(") && checks[0]!.endsWith(",Reference[#All])")).toBe(true);
    const formulas = [...grid.sheet(book, GAPS_SHEET).cells.values()].map((c) => c.formula).filter((f): f is string => f !== null);
    expect(formulas.length).toBe(1);
    expect(formulas.every((f) => f.endsWith(",Reference[#All])"))).toBe(true);
    // The same table again: no row added (its rows are refreshed in place).
    await expect(writeReferenceToExcel(opac)).resolves.toMatchObject({ added: 0 });
    expect(grid.rows(book, "Reference")).toHaveLength(10);
  });
});

describe("readXlsxGrid (a status table saved as .xlsx)", () => {
  it("reads the first sheet's cells, dates and formula results included, blank rows kept in place", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Status");
    ws.getCell("A1").value = "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict";
    ws.addRow(["Participant", "Signature", "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)"]);
    ws.addRow([{ richText: [{ text: "Kazakh" }, { text: "stan" }] }, new Date(Date.UTC(2000, 8, 8)), "11 Feb 2004"]);
    ws.getCell("A5").value = "Austria1";
    ws.getCell("C5").value = { formula: '"7 Aug 2002 A"', result: "7 Aug 2002 A", date1904: false };
    wb.addWorksheet("Other").getCell("A1").value = "ignored";
    const bytes = await wb.xlsx.writeBuffer();
    const table = await readXlsxGrid(bytes as ArrayBuffer);
    expect(table[3]).toEqual([]);
    const result = importGrid(table, null, "opac.xlsx");
    expect(result.records.map((r) => `${r.actor} ${r.act} ${r.date}`)).toEqual([
      "Kazakhstan signature 2000-09-08",
      "Kazakhstan ratification 2004-02-11",
      "Austria acceptance 2002-08-07",
    ]);
    expect(result.problems).toEqual([]);
  });

  it("fails on bytes that are not an .xlsx", async () => {
    await expect(readXlsxGrid(new TextEncoder().encode("not a zip").buffer as ArrayBuffer)).rejects.toThrow();
  });
});

describe("workbookBlob (the browser's download)", () => {
  let seeds: DocumentExtraction[] = [];
  beforeAll(async () => {
    seeds = await seedExtractions();
  });

  const open = async (blob: Blob) => XlsxStore.load(new Uint8Array(await blob.arrayBuffer()));
  const gapsFormulas = (store: XlsxStore) => {
    const out: string[] = [];
    store.workbook.getWorksheet(GAPS_SHEET)!.eachRow((row) =>
      row.eachCell((c) => {
        const v = fromExcelJs(c.value);
        if (isFormula(v)) out.push(v.formula);
      }),
    );
    return out;
  };

  it("with a checklist: a Checklist table of its instruments, read by every CT.GAPS", async () => {
    const { blob, summary } = await workbookBlob(seeds, new Map(), undefined, builtInChecklist("hague-1954"));
    expect(summary.Checklist).toMatchObject({ added: 3 });
    const store = await open(blob);
    const [checklist] = await store.read([CHECKLIST]);
    expect(checklist!.rows.map((r) => r[checklist!.headers.indexOf("Instrument ID")])).toEqual(["hague-1954", "hague-1954-p1", "hague-1954-p2"]);
    const formulas = gapsFormulas(store);
    expect(formulas.length).toBe(1);
    expect(formulas.every((f) => f.startsWith("_xldudf_CT_GAPS(") && f.endsWith(",Checklist[#All])"))).toBe(true);
  });

  it("with imported status tables: a Reference table of their acts, read by the Status formulas and every CT.GAPS", async () => {
    const tables = [importPastedTable(UNTC_PASTE, null), importPastedTable(LONG_CSV, null)];
    const { blob, summary } = await workbookBlob(seeds, new Map(), undefined, builtInChecklist("hague-1954"), tables);
    expect(summary.Reference).toMatchObject({ added: 13 });
    const store = await open(blob);
    const [reference, commitments] = await store.read([REFERENCE, COMMITMENTS]);
    const col = (h: string) => reference!.headers.indexOf(h);
    expect(reference!.rows.map((r) => r[col("Instrument ID")])).toEqual([...Array(10).fill("crc-opac"), "att", "att", "att"]);
    expect(reference!.rows.filter((r) => r[col("Actor")] === "Kazakhstan").map((r) => `${r[col("Recorded as")]} ${r[col("Date")]}`)).toEqual([
      "signature 2000-09-08",
      "ratification 2004-02-11",
    ]);
    const status = commitments!.rows.map((r) => r[commitments!.headers.indexOf("Status")]);
    expect(status.every((c) => isFormula(c) && c.formula.startsWith("INDEX(_xlfn.ANCHORARRAY(Checks!$A$3),"))).toBe(true);
    const spill = fromExcelJs(store.workbook.getWorksheet(CHECKS_SHEET)!.getCell(3, 1).value);
    expect(isFormula(spill) && spill.formula.startsWith("_xldudf_CT_CHECKS(") && spill.formula.endsWith(",Reference[#All])")).toBe(true);
    const formulas = gapsFormulas(store);
    expect(formulas.every((f) => f.startsWith("_xldudf_CT_GAPS(") && f.endsWith(",Checklist[#All],Reference[#All])"))).toBe(true);
  });

  it("without one: no Checklist table, and CT.GAPS without a checklist", async () => {
    const { blob, summary } = await workbookBlob(seeds, new Map(), undefined, null);
    expect(summary.Checklist).toBeUndefined();
    expect(summary.Reference).toBeUndefined();
    const store = await open(blob);
    await expect(store.read([CHECKLIST, REFERENCE])).resolves.toEqual([null, null]);
    const formulas = gapsFormulas(store);
    expect(formulas.length).toBe(1);
    expect(formulas.some((f) => f.includes("Checklist") || f.includes("Reference"))).toBe(false);
  });
});
