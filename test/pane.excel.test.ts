/**
 * The pane's Office.js code that is not the writer: which commitment the selected row is, and
 * adding a checklist. Run against office-addin-mock, with Excel's load-then-sync rule (a property
 * read before its load and sync gives the mock's error string, which would make these assertions
 * fail). Also the browser download's workbook, with a checklist.
 */
import { OfficeMockObject } from "office-addin-mock";
import { builtInChecklist, type DocumentExtraction } from "../src/core";
import { workbookBlob } from "../src/taskpane/office/download";
import { addChecklistToExcel, commitmentFromRow, selectedCommitment } from "../src/taskpane/office/excel";
import { isFormula } from "../src/workbook/cells";
import { CHECKLIST, GAPS_SHEET } from "../src/workbook/layout";
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
    expect(grid.rows(book, "Checklist").map((r) => r["Instrument ID"]?.text)).toEqual(["crc-opac", "paris-principles", "vancouver-principles", "safe-schools-declaration"]);
    const formulas = [...grid.sheet(book, GAPS_SHEET).cells.values()].map((c) => c.formula).filter((f): f is string => f !== null);
    expect(formulas.length).toBeGreaterThanOrEqual(3);
    expect(formulas.every((f) => f.endsWith(",Checklist[#All])"))).toBe(true);
    // Added again: nothing new.
    await expect(addChecklistToExcel(list)).resolves.toMatchObject({ added: 0 });
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
    store.workbook.getWorksheet(GAPS_SHEET)!.eachRow((row) => row.eachCell((c) => {
      const v = fromExcelJs(c.value);
      if (isFormula(v)) out.push(v.formula);
    }));
    return out;
  };

  it("with a checklist: a Checklist table of its instruments, read by every CT.GAPS", async () => {
    const { blob, summary } = await workbookBlob(seeds, new Map(), undefined, builtInChecklist("hague-1954"));
    expect(summary.Checklist).toMatchObject({ added: 3 });
    const store = await open(blob);
    const [checklist] = await store.read([CHECKLIST]);
    expect(checklist!.rows.map((r) => r[checklist!.headers.indexOf("Instrument ID")])).toEqual(["hague-1954", "hague-1954-p1", "hague-1954-p2"]);
    const formulas = gapsFormulas(store);
    expect(formulas.length).toBeGreaterThanOrEqual(3);
    expect(formulas.every((f) => f.startsWith("_xldudf_CT_GAPS(") && f.endsWith(",Checklist[#All])"))).toBe(true);
  });

  it("without one: no Checklist table, and CT.GAPS without a checklist", async () => {
    const { blob, summary } = await workbookBlob(seeds, new Map(), undefined, null);
    expect(summary.Checklist).toBeUndefined();
    const store = await open(blob);
    await expect(store.read([CHECKLIST])).resolves.toEqual([null]);
    const formulas = gapsFormulas(store);
    expect(formulas.length).toBeGreaterThanOrEqual(3);
    expect(formulas.some((f) => f.includes("Checklist"))).toBe(false);
  });
});
