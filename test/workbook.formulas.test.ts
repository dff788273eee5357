/**
 * The CT formulas the writers emit: they name only columns and tables that exist, never read
 * their own column nor Notes, carry the values the functions compute (in the file); the hidden
 * Checks sheet holds one spilled CT.CHECKS that every Status and Flags cell reads by row, and the
 * Gaps sheet one spilled CT.GAPS over every actor, each marked as a dynamic array in the .xlsx.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { builtInChecklist, type DocumentExtraction } from "../src/core";
import { literals } from "./support/formulas";
import { seedExtractions } from "./helpers";
import { cellText, isFormula, type FormulaCell } from "../src/workbook/cells";
import { checksFormula, evidenceReference, flagsFormula, FORMULA_HEADERS, gapsFormula, statusFormula, type FormulaTarget } from "../src/workbook/formulas";
import { CHECKLIST, CHECKS_SHEET, COMMITMENTS, GAPS_SHEET } from "../src/workbook/layout";
import { addChecklist, writeWorkbook } from "../src/workbook/store";
import { fromExcelJs, XlsxStore } from "../src/workbook/xlsxStore";
import { FakeBook } from "./support/fakeExcel";
import { rows as fakeRows, sheet as fakeSheet } from "./support/fakeGrid";
import { OfficeStore } from "../src/workbook/officeStore";

let seeds: DocumentExtraction[];
beforeAll(async () => {
  seeds = await seedExtractions();
});

const HEADERS = COMMITMENTS.columns.map((c) => c.header);
const TARGETS: FormulaTarget[] = ["excel", "file"];

/** Every table and column a formula's structured references name (string literals left out). */
function references(formula: string): { tables: string[]; columns: string[] } {
  const { code } = literals(formula);
  const tables = [...code.matchAll(/([A-Za-z_][\w.]*)\[/gu)].map((m) => m[1] as string).filter((t) => !/^(?:_xldudf_|CT\.|_xlfn\.)/u.test(t));
  const columns = [...code.matchAll(/\[([^[\]]+)\]/gu)].map((m) => (m[1] as string).replace(/^@/u, "")).filter((c) => !c.startsWith("#"));
  return { tables, columns };
}

describe("the formulas name real columns and never their own nor Notes", () => {
  test.each(TARGETS)("%s: the Checks, Status, Flags and Gaps formulas", (target) => {
    const formulas = [
      checksFormula(HEADERS, target, true),
      statusFormula(HEADERS, target),
      flagsFormula(HEADERS, target),
      gapsFormula("", HEADERS, target, true, true),
    ];
    for (const f of formulas) {
      const { tables, columns } = references(f);
      for (const t of tables) expect([COMMITMENTS.table, CHECKLIST.table, "Reference"]).toContain(t);
      for (const c of columns) expect(HEADERS).toContain(c);
      // No circular reference, and a note edits nothing a CT function reads.
      for (const own of [...FORMULA_HEADERS, "Notes"]) expect(columns).not.toContain(own);
    }
    expect(evidenceReference(HEADERS, target)).toBe("Commitments[[#All],[ID]:[Review]]");
    // A Status or Flags cell calls no CT function: it picks its row out of the Checks spill.
    expect(statusFormula(HEADERS, target)).toBe(
      target === "excel"
        ? "INDEX(Checks!$A$3#,ROW()-ROW(Commitments[#Headers])+1,1)"
        : "INDEX(_xlfn.ANCHORARRAY(Checks!$A$3),ROW()-ROW(Commitments[#Headers])+1,1)",
    );
    expect(flagsFormula(HEADERS, target)).toMatch(/,2\)$/u);
    for (const f of [statusFormula(HEADERS, target), flagsFormula(HEADERS, target)]) expect(f).not.toMatch(/CT[._]/u);
  });

  test("when the user moved Status into the middle of the table, the evidence is stacked from the columns around it", () => {
    const moved = ["ID", "Actor", "Status", ...HEADERS.filter((h) => !["ID", "Actor", "Status"].includes(h))];
    expect(evidenceReference(moved, "excel")).toBe("HSTACK(Commitments[[#All],[ID]:[Actor]],Commitments[[#All],[Action]:[Review]])");
    expect(evidenceReference(moved, "file")).toBe("_xlfn.HSTACK(Commitments[[#All],[ID]:[Actor]],Commitments[[#All],[Action]:[Review]])");
  });

  test("a column the user added among the evidence is left out of it", () => {
    const added = [...HEADERS.slice(0, 3), "My column", ...HEADERS.slice(3)];
    expect(evidenceReference(added, "excel")).toBe("HSTACK(Commitments[[#All],[ID]:[Action]],Commitments[[#All],[Instrument]:[Review]])");
  });

  test("an actor's name reaches a Gaps formula only as a string literal", () => {
    const hostile = 'A"),CT.EXTRACT("x';
    const f = gapsFormula(hostile, HEADERS, "excel", false);
    expect(literals(f).strings[0]).toBe(hostile);
    expect(literals(f).code).toBe('CT.GAPS("…",Commitments[[#All],[ID]:[Review]])');
  });
});

async function seedFile(): Promise<{ store: XlsxStore; zip: JSZip; wb: ExcelJS.Workbook }> {
  const store = XlsxStore.empty();
  await writeWorkbook(store, seeds);
  const bytes = await store.toBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { store, zip: await JSZip.loadAsync(bytes), wb };
}

const idOf = (actor: string, instrumentId: string) => seeds.flatMap((r) => r.commitments).find((c) => c.actor === actor && c.instrumentId === instrumentId)!.id;

describe("the .xlsx file", () => {
  test("every Commitments row has Status and Flags formulas with the values the functions give", async () => {
    const { wb } = await seedFile();
    const ws = wb.getWorksheet("Commitments")!;
    const at = (h: string) => HEADERS.indexOf(h) + 1;
    const byId = new Map<string, { status: FormulaCell; flags: FormulaCell }>();
    for (let r = 2; r <= 24; r++) {
      const status = fromExcelJs(ws.getCell(r, at("Status")).value);
      const flags = fromExcelJs(ws.getCell(r, at("Flags")).value);
      expect(isFormula(status) && isFormula(flags)).toBe(true);
      expect((status as FormulaCell).formula).toBe(statusFormula(HEADERS, "file"));
      expect((flags as FormulaCell).formula).toBe(flagsFormula(HEADERS, "file"));
      byId.set(String(ws.getCell(r, at("ID")).value), { status: status as FormulaCell, flags: flags as FormulaCell });
    }
    expect(byId.get(idOf("Kazakhstan", "icsant"))?.status.result).toBe("Bound (acceded 2005-09-16)");
    expect(byId.get(idOf("Kazakhstan", "crc-opsc"))?.flags.result).toBe("ADVOCATES_NOT_BOUND, LOW_CONFIDENCE");
    expect(byId.get(idOf("Kazakhstan", "crc-opac"))?.flags.result).toBe("UNDATED_BINDING_ACT");
    expect(byId.get(idOf("Armenia", "hague-1954"))?.status.result).toBe("Bound (party undated)");
  });

  test("the Gaps sheet: one spilled CT.GAPS over every actor, A to Z, with the gaps it gives", async () => {
    const { wb } = await seedFile();
    const ws = wb.getWorksheet(GAPS_SHEET)!;
    expect(Object.keys((ws as unknown as { tables: object }).tables ?? {})).toEqual([]);
    const formulas: { row: number; formula: string; result: unknown }[] = [];
    ws.eachRow((row, r) => {
      const value = row.getCell(1).value as ExcelJS.CellFormulaValue | null;
      if (value && typeof value === "object" && "formula" in value) formulas.push({ row: r, formula: value.formula, result: value.result });
    });
    expect(formulas.map((f) => f.formula)).toEqual([gapsFormula("", HEADERS, "file", false)]);
    expect(formulas[0]!.result).toBe("Code");
    const spilled: string[] = [];
    for (let r = formulas[0]!.row + 1; ws.getCell(r, 1).value; r++)
      spilled.push(`${ws.getCell(r, 1).value} ${ws.getCell(r, 2).value} ${ws.getCell(r, 4).value}`);
    expect(spilled).toEqual(expect.arrayContaining(["ADVOCATES_NOT_BOUND Kazakhstan crc-opsc", "UNDATED_BINDING_ACT Kazakhstan crc-opac"]));
    const actors = spilled.map((line) => line.split(" ")[1] as string);
    expect(actors).toEqual([...actors].sort((a, b) => a.localeCompare(b, "en")));
  });

  test("a Notes edit leaves every CT formula clean: no CT call in the workbook reads Notes, and no row calls one", async () => {
    const { wb } = await seedFile();
    const ct: string[] = [];
    const perRow: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          const v = fromExcelJs(c.value);
          if (!isFormula(v)) return;
          if (/_xldudf_CT_/u.test(v.formula)) ct.push(v.formula);
          if (ws.name === "Commitments") perRow.push(v.formula);
        }),
      ),
    );
    expect(ct.map((f) => f.slice(0, f.indexOf("(")))).toEqual(["_xldudf_CT_GAPS", "_xldudf_CT_MATRIX", "_xldudf_CT_CHECKS"]);
    for (const f of ct) expect(references(f).columns).not.toContain("Notes");
    expect(perRow.filter((f) => /_xldudf_CT_/u.test(f))).toEqual([]);
  });

  test("the hidden Checks sheet: one spilled CT.CHECKS whose lines are the Status and Flags cells' cached values, row for row", async () => {
    const { wb } = await seedFile();
    const ws = wb.getWorksheet(CHECKS_SHEET)!;
    expect(ws.state).toBe("hidden");
    const spill = fromExcelJs(ws.getCell(3, 1).value);
    expect(isFormula(spill) && spill.formula).toBe(checksFormula(HEADERS, "file"));
    const table = wb.getWorksheet("Commitments")!;
    const at = (h: string) => HEADERS.indexOf(h) + 1;
    for (let r = 2; r <= 24; r++) {
      const line = r + 2;
      expect(cellText(fromExcelJs(table.getCell(r, at("Status")).value))).toBe(cellText(fromExcelJs(ws.getCell(line, 1).value)));
      expect(cellText(fromExcelJs(table.getCell(r, at("Flags")).value))).toBe(cellText(fromExcelJs(ws.getCell(line, 2).value)));
    }
  });

  test('each spill is stored as Excel stores a dynamic array: cm="1" on the cell, XLDAPR metadata in the package', async () => {
    const { zip, store } = await seedFile();
    const id = store.workbook.getWorksheet(GAPS_SHEET)!.id;
    const xml = await zip.file(`xl/worksheets/sheet${id}.xml`)!.async("string");
    const spills = [...xml.matchAll(/<c r="A(\d+)"[^>]*>(<f t="array" ref="A\d+:F\d+">_xldudf_CT_GAPS\()/gu)];
    expect(spills.length).toBe(1);
    const checksId = store.workbook.getWorksheet(CHECKS_SHEET)!.id;
    const checksXml = await zip.file(`xl/worksheets/sheet${checksId}.xml`)!.async("string");
    spills.push(...checksXml.matchAll(/<c r="A3"[^>]*>(<f t="array" ref="A3:B\d+">_xldudf_CT_CHECKS\()/gu));
    expect(spills.length).toBe(2);
    for (const m of spills) expect(m[0]).toMatch(/ cm="1"/u);
    expect(await zip.file("xl/metadata.xml")!.async("string")).toMatch(/<metadataType name="XLDAPR"[\s\S]*<xda:dynamicArrayProperties fDynamic="1"/u);
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain('PartName="/xl/metadata.xml"');
    expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toMatch(/relationships\/sheetMetadata" Target="metadata.xml"/u);
  });

  test("a workbook from an earlier version, with a Gaps table, gets the formulas instead; a re-run rebuilds the sheet", async () => {
    const old = new ExcelJS.Workbook();
    const ws = old.addWorksheet(GAPS_SHEET);
    ws.addTable({ name: "Gaps", ref: "A1", headerRow: true, columns: [{ name: "Key" }, { name: "Code" }], rows: [["k", "OLD_CODE"]] });
    const store = new XlsxStore(old);
    await writeWorkbook(store, seeds);
    const again = await XlsxStore.load(await store.toBuffer());
    await writeWorkbook(again, seeds);
    const sheet = again.workbook.getWorksheet(GAPS_SHEET)!;
    const texts: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell(
        (c) => void texts.push(String(fromExcelJs(c.value) && (isFormula(fromExcelJs(c.value)) ? (fromExcelJs(c.value) as FormulaCell).formula : c.value))),
      ),
    );
    expect(texts.join("\n")).not.toContain("OLD_CODE");
    expect(texts.filter((t) => t.startsWith("_xldudf_CT_GAPS(")).length).toBe(1);
  });

  test("adding a checklist makes the Checklist table and points every CT.GAPS at it; adding it again adds no rows", async () => {
    const store = XlsxStore.empty();
    await writeWorkbook(store, seeds);
    const list = builtInChecklist("children-armed-conflict")!;
    expect((await addChecklist(store, list)).added).toBe(4);
    expect((await addChecklist(store, list)).added).toBe(0);
    const [snapshot] = await store.read([CHECKLIST]);
    expect(snapshot!.rows.map((r) => r[snapshot!.headers.indexOf("Instrument ID")])).toEqual([
      "crc-opac",
      "paris-principles",
      "vancouver-principles",
      "safe-schools-declaration",
    ]);
    const ws = store.workbook.getWorksheet(GAPS_SHEET)!;
    const formulas: string[] = [];
    const values: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = fromExcelJs(c.value);
        if (isFormula(v)) formulas.push(v.formula);
        else values.push(String(v));
      }),
    );
    expect(formulas.every((f) => f.endsWith(",Checklist[#All])"))).toBe(true);
    expect(values).toContain("CHECKLIST_MISSING");
    // Written once more, the Gaps sheet keeps reading the checklist.
    await writeWorkbook(store, seeds);
    const after: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (isFormula(fromExcelJs(c.value)) && after.push((fromExcelJs(c.value) as FormulaCell).formula))));
    expect(after.length).toBe(formulas.length);
    expect(after.every((f) => f.endsWith(",Checklist[#All])"))).toBe(true);
  });
});

describe("in Excel (Office.js, on the fake workbook)", () => {
  test("Status and Flags read the Checks spill; the Checks and Gaps sheets get one CT formula each and are rebuilt on a re-run", async () => {
    const book = new FakeBook();
    await writeWorkbook(new OfficeStore(book.context), seeds);
    const rows = fakeRows(book, "Commitments");
    expect(rows.every((r) => r.Status!.formula === statusFormula(HEADERS, "excel") && r.Flags!.formula === flagsFormula(HEADERS, "excel"))).toBe(true);
    const checks = fakeSheet(book, CHECKS_SHEET);
    expect(checks.visibility).toBe("Hidden");
    expect([...checks.cells.values()].filter((c) => c.formula?.startsWith("=CT.")).map((c) => c.formula)).toEqual([`=${checksFormula(HEADERS, "excel")}`]);
    const gaps = fakeSheet(book, GAPS_SHEET);
    const cells = () => [...gaps.cells.values()];
    expect(
      cells()
        .filter((c) => c.formula?.startsWith("=CT."))
        .map((c) => c.formula),
    ).toEqual([`=${gapsFormula("", HEADERS, "excel", false)}`]);
    // Something typed on the Gaps sheet goes at the next write: the sheet is the formula's.
    book.cellAt(gaps, 200, 3).value = "typed by someone";
    await writeWorkbook(new OfficeStore(book.context), seeds);
    expect(cells().some((c) => c.value === "typed by someone")).toBe(false);
    expect(cells().filter((c) => c.formula?.startsWith("=CT.GAPS(")).length).toBe(1);
  });
});
