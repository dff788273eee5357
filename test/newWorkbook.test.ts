import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { extractDocument, type DocumentExtraction } from "../src/core";
import { writeZip } from "../src/cli/zipFile";
import { NewWorkbookStore } from "../src/workbook/newWorkbook";
import { writeWorkbook, writeReference, type TableStore } from "../src/workbook/store";
import { fromExcelJs, XlsxStore } from "../src/workbook/xlsxStore";
import { importReferenceGrid } from "../src/core";
import { seedExtractions, tmpDir } from "./helpers";

/**
 * The streamed writer of new workbooks (src/workbook/newWorkbook.ts, zipped by src/cli/zipFile.ts)
 * against the exceljs store it stands in for: the same run written both ways must read back the
 * same, cell by cell, with the same sheets, tables, formats, widths, panes and drop-downs.
 */
const dir = tmpDir("ct-newwb-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Key order does not matter (exceljs builds fonts in whatever order it reads them). */
function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${k}:${canonical(o[k])}`)
    .join(",")}}`;
}

async function both(
  change: (store: TableStore) => Promise<unknown>,
  name: string,
): Promise<{ exceljs: ExcelJS.Workbook; streamed: ExcelJS.Workbook; file: string }> {
  const reference = XlsxStore.empty();
  await change(reference);
  const stream = new NewWorkbookStore();
  await change(stream);
  const file = path.join(dir, `${name}.xlsx`);
  await writeZip(file, stream.parts());
  const load = async (bytes: Uint8Array | Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb;
  };
  return { exceljs: await load(await reference.toBuffer()), streamed: await load(fs.readFileSync(file)), file };
}

/** Every difference between two workbooks as exceljs reads them (empty: none). */
function differences(a: ExcelJS.Workbook, b: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  const sheets = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => `${ws.name}:${ws.state}`);
  if (canonical(sheets(a)) !== canonical(sheets(b))) out.push(`sheets ${sheets(a).join(",")} / ${sheets(b).join(",")}`);
  for (const wa of a.worksheets) {
    const wb = b.getWorksheet(wa.name);
    if (!wb) continue;
    const rows = Math.max(wa.rowCount, wb.rowCount);
    const cols = Math.max(wa.columnCount, wb.columnCount);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const [x, y] = [wa.getCell(r, c), wb.getCell(r, c)];
        const what = (cell: ExcelJS.Cell) => canonical({ value: cell.value, numFmt: cell.numFmt ?? null, font: cell.font ?? null });
        if (what(x) !== what(y)) out.push(`${wa.name}!${x.address}: ${what(x).slice(0, 200)} / ${what(y).slice(0, 200)}`);
      }
    }
    for (let c = 1; c <= cols; c++)
      if (wa.getColumn(c).width !== wb.getColumn(c).width) out.push(`${wa.name} column ${c} width ${wa.getColumn(c).width} / ${wb.getColumn(c).width}`);
    if (canonical(wa.views) !== canonical(wb.views)) out.push(`${wa.name} views ${canonical(wa.views)} / ${canonical(wb.views)}`);
    const validations = (ws: ExcelJS.Worksheet) => canonical((ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model);
    if (validations(wa) !== validations(wb)) out.push(`${wa.name} validations differ`);
    const highlights = (ws: ExcelJS.Worksheet) => canonical((ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings ?? []);
    if (highlights(wa) !== highlights(wb)) out.push(`${wa.name} conditional formats ${highlights(wa)} / ${highlights(wb)}`);
    const tables = (ws: ExcelJS.Worksheet) =>
      canonical(
        Object.values(
          (ws as unknown as { tables: Record<string, { model: { name: string; tableRef: string; columns: Array<{ name: string }>; style: unknown } }> })
            .tables ?? {},
        ).map((t) => ({
          name: t.model.name,
          ref: t.model.tableRef,
          columns: t.model.columns.map((c) => c.name),
          style: (t.model.style as { theme?: string })?.theme,
        })),
      );
    if (tables(wa) !== tables(wb)) out.push(`${wa.name} tables ${tables(wa)} / ${tables(wb)}`);
  }
  return out;
}

/** Text every cell writer must carry through: line ends, control characters, OOXML's own escapes, formula look-alikes. */
function awkward(): DocumentExtraction {
  const text = [
    "Title: Statement on the Arms Trade Treaty",
    "Date: 2021-05-04",
    "",
    'Chile ratified the Arms Trade Treaty in 2018.\r\nPeru signed the Convention on Cluster Munitions on 3 December 2008, noting =1+1 and _x000D_ and a tab\there and a bell \u0007 in its <report> & "notes".',
    "",
  ].join("\n");
  return extractDocument({ id: 'awkward <&> "name".txt', text });
}

describe("the streamed writer of new workbooks", () => {
  test("the seeds' run reads back as the exceljs store writes it: every cell, format, width, pane, drop-down, table and sheet", async () => {
    const seeds = await seedExtractions();
    const { exceljs, streamed } = await both((store) => writeWorkbook(store, seeds), "seeds");
    expect(streamed.getWorksheet("Commitments")?.rowCount).toBeGreaterThan(10);
    // What the comparison covers is there to compare: the Matrix sheet's colours by level and its frozen corner.
    const matrix = streamed.getWorksheet("Matrix") as unknown as {
      conditionalFormattings: Array<{ rules: unknown[] }>;
      views: Array<{ xSplit?: number; ySplit?: number }>;
    };
    expect(matrix.conditionalFormattings[0]?.rules).toHaveLength(5);
    expect(matrix.views[0]).toMatchObject({ xSplit: 1, ySplit: 5 });
    expect(differences(exceljs, streamed)).toEqual([]);
  });

  test("awkward text (CR LF, control characters, a literal _x000D_, markup, a formula look-alike) reads back as the exceljs store writes it", async () => {
    const run = [awkward()];
    expect(run[0]?.commitments.length).toBeGreaterThan(1);
    const { exceljs, streamed } = await both((store) => writeWorkbook(store, run), "awkward");
    expect(differences(exceljs, streamed)).toEqual([]);
    const texts: string[] = [];
    streamed.getWorksheet("Source Text")?.eachRow((row) => row.eachCell((cell) => texts.push(String(fromExcelJs(cell.value)))));
    expect(texts.some((t) => t.includes("_x000D_") && t.includes("\u0007"))).toBe(true);
  });

  test("a reference import into a new workbook (its optional sheet after the tracker's own) reads back the same", async () => {
    const grid = [
      ["Participant", "Signature", "Ratification, Acceptance(A), Approval(AA), Accession(a)"],
      ["Chile", "3 Jun 2013", "16 Sep 2018"],
      ["Peru", "24 Sep 2013", "16 Feb 2016 a"],
    ];
    const result = importReferenceGrid(grid, "Arms Trade Treaty", "untc.csv");
    const { exceljs, streamed } = await both((store) => writeReference(store, result, "2026-01-01 00:00:00"), "reference");
    expect(streamed.getWorksheet("Reference")).toBeDefined();
    expect(differences(exceljs, streamed)).toEqual([]);
  });

  test("UNTC's one-row-per-act layout: the effect date (In force from) and the footnotes (Table note) read back the same from both writers", async () => {
    const grid = [
      ["Participant", "Action", "Date of Notification/Deposit", "Date of Effect"],
      ["Chile 2", "Ratification", "20/10/2016", "19/11/2016"],
      ["[Czechoslovakia]", "Succession", "22/02/1993", "22/02/1993"],
    ];
    const result = importReferenceGrid(grid, "Arms Trade Treaty", "untc.csv");
    const { exceljs, streamed } = await both((store) => writeReference(store, result, "2026-01-01 00:00:00"), "reference-effect");
    expect(differences(exceljs, streamed)).toEqual([]);
    const sheet = streamed.getWorksheet("Reference")!;
    const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
    const column = (name: string) => [2, 3].map((r) => String(sheet.getRow(r).getCell(headers.indexOf(name)).value ?? ""));
    expect(column("In force from")).toEqual(["2016-11-19", "1993-02-22"]);
    expect(column("Table note")).toEqual(["footnote 2", "in brackets in the table (a former or withdrawn participant)"]);
  });

  test("the Checks, Gaps and Matrix spills are dynamic arrays (cm=1 and the metadata part), the workbook recalculates on load", async () => {
    const seeds = await seedExtractions();
    const { file } = await both((store) => writeWorkbook(store, seeds), "spills");
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const workbook = await zip.file("xl/workbook.xml")?.async("string");
    expect(workbook).toContain('fullCalcOnLoad="1"');
    const sheetOf = (name: string) => {
      const names = [...(workbook ?? "").matchAll(/<sheet name="([^"]+)"/gu)].map((m) => m[1]);
      return zip.file(`xl/worksheets/sheet${names.indexOf(name) + 1}.xml`)?.async("string");
    };
    for (const name of ["Checks", "Gaps", "Matrix"])
      expect(await sheetOf(name)).toMatch(/<c r="A\d+"[^>]* cm="1"><f t="array" ref="A\d+:[A-Z]+\d+">_xldudf_CT_/u);
    expect(await zip.file("xl/metadata.xml")?.async("string")).toContain("XLDAPR");
    expect(await zip.file("[Content_Types].xml")?.async("string")).toContain('PartName="/xl/metadata.xml"');
  });

  test("a second run merges into the streamed workbook: nothing added, every row unchanged, a reviewer's edit kept", async () => {
    const seeds = await seedExtractions();
    const stream = new NewWorkbookStore();
    await writeWorkbook(stream, seeds);
    const file = path.join(dir, "merge.xlsx");
    await writeZip(file, stream.parts());
    const first = await XlsxStore.load(fs.readFileSync(file));
    const ws = first.workbook.getWorksheet("Commitments") as ExcelJS.Worksheet;
    const review = (ws.getRow(1).values as unknown[]).indexOf("Review");
    ws.getCell(2, review).value = "Accepted";
    const again = await XlsxStore.load(await first.toBuffer());
    const summary = await writeWorkbook(again, seeds);
    const rows = seeds.reduce((n, r) => n + r.commitments.length, 0);
    expect(summary.Commitments).toMatchObject({ added: 0, unchanged: rows });
    expect(again.workbook.getWorksheet("Commitments")?.getCell(2, review).value).toBe("Accepted");
  });
});
