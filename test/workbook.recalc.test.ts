/**
 * Issue 14: what one full recalculation hands the CT functions, counted independently from the
 * formulas a written workbook holds (every call copies every range argument, as Excel does).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { COMMITMENTS } from "../src/workbook/layout";
import { formulaCells, recalcCells, type TableShape } from "../src/workbook/recalcCost";
import { runCli, tmpDir } from "./helpers";

const HEADERS = COMMITMENTS.columns.map((c) => c.header);
const GOLD = path.resolve(__dirname, "..", "..", "shared", "gold");
const dir = tmpDir("ct-recalc-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the cost model", () => {
  const tables: Record<string, TableShape> = {
    Commitments: { rows: 1000, headers: HEADERS },
    Reference: { rows: 50, headers: ["Key", "Actor", "Instrument ID"] },
  };

  test("a column span with its header costs every cell of it; a cell of this row costs one; a formula with no CT call costs nothing", () => {
    expect(formulaCells("_xldudf_CT_CHECKS(Commitments[[#All],[ID]:[Review]])", tables)).toBe(13 * 1001);
    expect(formulaCells('CT.GAPS("",Commitments[[#All],[ID]:[Review]],"",Reference[#All])', tables)).toBe(13 * 1001 + 3 * 51);
    expect(formulaCells('CT.STATUS([@Actor],IF([@[Instrument ID]]="",[@Instrument],[@[Instrument ID]]),Commitments[[#All],[ID]:[Notes]])', tables)).toBe(
      4 + 14 * 1001,
    );
    expect(formulaCells("_xldudf_CT_FLAGS(Commitments[[#This Row],[ID]],Commitments[[#All],[ID]:[Notes]])", tables)).toBe(1 + 14 * 1001);
    expect(formulaCells("INDEX(_xlfn.ANCHORARRAY(Checks!$A$3),ROW()-ROW(Commitments[#Headers])+1,1)", tables)).toBe(0);
    expect(formulaCells('HYPERLINK("#\'Source Text\'!A1","CT.GAPS(Commitments[#All])")', tables)).toBe(0);
  });

  test("the earlier design (a CT.STATUS and a CT.FLAGS over the whole table in every row) grows with the square of the rows", () => {
    const rowsOf = (n: number) => ({ Commitments: { rows: n, headers: HEADERS } });
    const old = (n: number) => {
      const status = "CT.STATUS([@Actor],[@Instrument],Commitments[[#All],[ID]:[Notes]])";
      const flags = "CT.FLAGS([@ID],Commitments[[#All],[ID]:[Notes]])";
      return recalcCells(Array.from({ length: n }, () => [status, flags]).flat(), rowsOf(n)) / n;
    };
    expect(old(2000) / old(1000)).toBeGreaterThan(1.9);
  });
});

async function workbookTables(wb: ExcelJS.Workbook): Promise<{ formulas: string[]; tables: Record<string, TableShape> }> {
  const formulas: string[] = [];
  const tables: Record<string, TableShape> = {};
  wb.eachSheet((ws) => {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string } | null;
        if (v && typeof v === "object" && typeof v.formula === "string" && v.formula !== "") formulas.push(v.formula);
      }),
    );
    const own = (ws as unknown as { tables: Record<string, { model: { name: string; tableRef: string; columns: { name: string }[] } }> }).tables ?? {};
    for (const t of Object.values(own)) {
      const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/u.exec(t.model.tableRef);
      if (!m) continue;
      tables[t.model.name] = { rows: Number(m[2]) - Number(m[1]), headers: t.model.columns.map((c) => c.name) };
    }
  });
  return { formulas, tables };
}

const docsAvailable = fs.existsSync(path.join(GOLD, "dev", "docs")) && fs.existsSync(path.join(GOLD, "dev2", "docs"));

(docsAvailable ? test : test.skip)(
  "the workbook the CLI writes from about 2,800 rows of real documents hands the CT functions at most 200 cells per row",
  async () => {
    const docs = path.join(dir, "docs");
    fs.mkdirSync(docs);
    // The dev and dev2 documents, each copy under its own name (so its commitments get their own ids).
    for (let copy = 1; copy <= 6; copy++) {
      for (const corpus of ["dev", "dev2"]) {
        for (const f of fs.readdirSync(path.join(GOLD, corpus, "docs"))) fs.copyFileSync(path.join(GOLD, corpus, "docs", f), path.join(docs, `c${copy}_${f}`));
      }
    }
    const file = path.join(dir, "scale.xlsx");
    const run = await runCli(["extract", docs, "--format", "xlsx", "--out", file, "--quiet"]);
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const { formulas, tables } = await workbookTables(wb);
    const rows = tables.Commitments?.rows ?? 0;
    expect(rows).toBeGreaterThan(2000);
    const perRow = recalcCells(formulas, tables) / rows;
    expect(perRow).toBeGreaterThan(0);
    expect(perRow).toBeLessThanOrEqual(200);
  },
  180_000,
);
