/**
 * Issue 15, "workbooks that are lost or corrupted", at the store level, for both writers (the
 * add-in's Office.js writer over the fake Excel, the CLI's exceljs writer): cells the user typed
 * under or beside a table, characters XML cannot carry, documents that share a name.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import { builtInChecklist, type Checklist, type DocumentExtraction } from "../core";
import { FakeBook } from "../../test/support/fakeExcel";
import { body, rows, sheet, table, type } from "../../test/support/fakeGrid";
import { sha256, syntheticDoc } from "../../test/support/syntheticCorpus";
import { cellSafe, xmlSafe } from "./cells";
import { claimedAreas } from "./claims";
import { SOURCE_TEXT } from "./layout";
import { OfficeStore, toOffice } from "./officeStore";
import { addChecklist, WorkbookError, writeWorkbook } from "./store";
import { XlsxStore } from "./xlsxStore";

const office = (book: FakeBook, results: readonly DocumentExtraction[]) => writeWorkbook(new OfficeStore(book.context), results);

/** Every cell of every sheet of the fake, by "sheet!row,col". */
function allCells(book: FakeBook): Record<string, unknown> {
  return Object.fromEntries(book.sheets.flatMap((s) => [...s.cells].map(([k, c]) => [`${s.name}!${k}`, { value: c.value, formula: c.formula }])));
}

/** Every cell of every sheet of an exceljs workbook, by "sheet!A1". */
function allXlsxCells(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => void (out[`${ws.name}!${cell.address}`] = cell.value))),
  );
  return out;
}

describe("claimedAreas", () => {
  it("is the rows below the table over its new width and the columns beside it over its height", () => {
    const now = { row: 0, col: 0, rows: 4, cols: 3 };
    expect(claimedAreas(now, { row: 0, col: 0, rows: 6, cols: 3 })).toEqual([{ row: 4, col: 0, rows: 2, cols: 3 }]);
    expect(claimedAreas(now, { row: 0, col: 0, rows: 4, cols: 5 })).toEqual([{ row: 0, col: 3, rows: 4, cols: 2 }]);
    expect(claimedAreas(now, { row: 0, col: 0, rows: 3, cols: 3 })).toEqual([]);
    expect(claimedAreas(null, { row: 0, col: 0, rows: 2, cols: 2 })).toEqual([{ row: 0, col: 0, rows: 2, cols: 2 }]);
  });
});

describe("cells the user typed under or beside a table are never written over (case 2)", () => {
  const first = [syntheticDoc(1)];
  const more = [syntheticDoc(1), syntheticDoc(2)];

  it("Office.js: a total under the Commitments table stops the run before anything is written", async () => {
    const book = new FakeBook();
    await office(book, first);
    const t = table(book, "Commitments");
    type(book, "Commitments", t.row + t.rows, t.col, "Total");
    type(book, "Commitments", t.row + t.rows, t.col + 1, 3);
    type(book, "Commitments", t.row + 1, t.col + t.cols + 1, "a note beside the table");
    const before = allCells(book);
    const syncs = book.syncs;
    await expect(office(book, more)).rejects.toThrow(WorkbookError);
    await expect(office(book, more)).rejects.toThrow(
      /Commitments table needs the cells A5:P7 on the sheet "Commitments", but A5 holds a value.*nothing was written/u,
    );
    expect(allCells(book)).toEqual(before);
    expect(book.syncs).toBeGreaterThan(syncs);
    // Without new rows the table does not grow: the run goes through and the cells stay.
    await office(book, first);
    expect(sheet(book, "Commitments").cells.get(`${t.row + t.rows},${t.col}`)?.value).toBe("Total");
    expect(sheet(book, "Commitments").cells.get(`${t.row + 1},${t.col + t.cols + 1}`)?.value).toBe("a note beside the table");
  });

  it("a table made on a sheet the user already wrote on (an optional one: Checklist) stops the run too, in both writers", async () => {
    const checklist = builtInChecklist("hague-1954") as Checklist;
    const book = new FakeBook();
    await office(book, first);
    book.addSheet("Checklist");
    type(book, "Checklist", 1, 1, "my own list");
    const before = allCells(book);
    await expect(addChecklist(new OfficeStore(book.context), checklist)).rejects.toThrow(
      /Checklist table needs the cells A1:F4 on the sheet "Checklist", but B2 holds a value/u,
    );
    expect(allCells(book)).toEqual(before);

    const store = XlsxStore.empty();
    await writeWorkbook(store, first);
    store.workbook.addWorksheet("Checklist").getCell("B2").value = "my own list";
    await expect(addChecklist(store, checklist)).rejects.toThrow(/Checklist table needs the cells A1:F4 on the sheet "Checklist", but B2 holds a value/u);
  });

  it("exceljs: a total under the table stops the run; without new rows every cell of every sheet is kept", async () => {
    const store = XlsxStore.empty();
    await writeWorkbook(store, first);
    const reopened = await XlsxStore.load(await store.toBuffer());
    const ws = reopened.workbook.getWorksheet("Commitments") as ExcelJS.Worksheet;
    ws.getCell("A5").value = "Total";
    ws.getCell("B5").value = { formula: "COUNTA(Commitments[ID])", result: 3 } as ExcelJS.CellValue;
    ws.getCell("R2").value = "a note beside the table";
    ws.getCell("A40").value = "far below";
    const bytes = await reopened.toBuffer();

    const grown = await XlsxStore.load(bytes);
    await expect(writeWorkbook(grown, more)).rejects.toThrow(/Commitments table needs the cells A5:P7 on the sheet "Commitments", but A5 holds a value/u);

    const same = await XlsxStore.load(bytes);
    const before = allXlsxCells(same.workbook);
    await writeWorkbook(same, first);
    const after = allXlsxCells((await XlsxStore.load(await same.toBuffer())).workbook);
    for (const address of ["Commitments!A5", "Commitments!B5", "Commitments!R2", "Commitments!A40"]) expect(after[address]).toEqual(before[address]);
  });
});

describe("characters XML 1.0 forbids (case 3)", () => {
  const HOSTILE = "\uFFFE\uFFFF\u0001\u000B\uD800 lone \uDC00";
  const doc = (): DocumentExtraction => {
    const d = syntheticDoc(3, { lead: HOSTILE, title: `Title ${HOSTILE}` });
    return { ...d, document: { ...d.document, sha256: sha256(d.text) } };
  };

  it("cellSafe replaces U+FFFE, U+FFFF and unpaired surrogates one for one; xmlSafe control characters too", () => {
    expect(cellSafe(HOSTILE)).toBe("\uFFFD\uFFFD\u0001\u000B\uFFFD lone \uFFFD");
    expect(xmlSafe(HOSTILE)).toBe("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD lone \uFFFD");
    expect(cellSafe("a \u{1F600} pair")).toBe("a \u{1F600} pair");
    expect(toOffice(HOSTILE)).toBe(cellSafe(HOSTILE));
  });

  it("exceljs: every part of the file is well-formed XML, and the next run reads it", async () => {
    const store = XlsxStore.empty();
    await writeWorkbook(store, [doc()]);
    const bytes = await store.toBuffer();
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
    expect(parts).toContain("xl/sharedStrings.xml");
    for (const name of parts) {
      const xml = new TextDecoder("utf-8", { fatal: true }).decode(await zip.file(name)!.async("uint8array"));
      expect([name, xmlSafe(xml) === xml]).toEqual([name, true]);
      expect([name, XMLValidator.validate(xml)]).toEqual([name, true]);
    }
    const again = await XlsxStore.load(bytes);
    const summary = await writeWorkbook(again, [doc()]);
    expect(summary.Commitments).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    const evidence = allXlsxCells((await XlsxStore.load(await again.toBuffer())).workbook)["Commitments!I2"];
    expect(evidence).toBe(cellSafe(doc().commitments[0]!.source.quote));
  });

  it("Office.js: no cell of any sheet holds one", async () => {
    const book = new FakeBook();
    await office(book, [doc()]);
    const texts = book.sheets.flatMap((s) => [...s.cells.values()].map((c) => `${String(c.value)}${c.formula ?? ""}`));
    expect(texts.some((t) => t.includes("\uFFFD"))).toBe(true);
    expect(texts.filter((t) => cellSafe(t) !== t)).toEqual([]);
    // and a re-run counts nothing as changed
    expect((await office(book, [doc()])).Commitments).toMatchObject({ added: 0, updated: 0 });
  });
});

describe("two documents of the same name (case 4)", () => {
  it("each keeps its Sources row and its paragraphs; each link's key finds its own document's paragraph", async () => {
    const a = syntheticDoc(4, { id: "statement.txt", title: "The first statement" });
    const b = syntheticDoc(5, { id: "statement.txt", title: "The second statement" });
    const book = new FakeBook();
    await office(book, [a]);
    await office(book, [b]);
    const sources = rows(book, "Sources");
    expect(sources.map((r) => r.Title!.text)).toEqual(["The first statement", "The second statement"]);
    const paragraphs = rows(book, "SourceText");
    for (const c of rows(book, "Commitments")) {
      const key = /MATCH\("([^"]+)"/u.exec(c.Source!.formula ?? "")?.[1];
      const paragraph = paragraphs.find((p) => p.Key!.text === key);
      expect(paragraph?.Text!.text).toContain(c.Evidence!.text);
    }
    expect(body(book, SOURCE_TEXT.table).length).toBe(paragraphs.length);
    expect(new Set(paragraphs.map((p) => p.Key!.text)).size).toBe(paragraphs.length);
  });
});
