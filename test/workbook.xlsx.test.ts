/**
 * The .xlsx writer through a real file: what exceljs reads back from `toBuffer()` (sheets,
 * tables, values, links, formats), the workbooks it must refuse, and a property test over random
 * sequences of user edits and re-runs on changing corpora: no edit is ever lost, no row disappears.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import type { DocumentExtraction } from "../src/core";
import { cellText, columnLetter, isFormula } from "../src/workbook/cells";
import { columnIndex, COMMITMENTS, LAYOUT, SHEET_ORDER, SOURCE_TEXT } from "../src/workbook/layout";
import { machineRows, type MachineRows } from "../src/workbook/rows";
import { WorkbookError, writeWorkbook } from "../src/workbook/store";
import { escapeOoxml, XlsxStore } from "../src/workbook/xlsxStore";
import { seedExtractions } from "./helpers";
import { syntheticDoc } from "./support/syntheticCorpus";
import { officeWriter, xlsxView, xlsxWriter, type Harness, type Writer } from "./support/workbookHarness";

let seeds: DocumentExtraction[];
let machine: MachineRows;
beforeAll(async () => {
  seeds = await seedExtractions();
  machine = machineRows(seeds);
});

async function written(results: readonly DocumentExtraction[]): Promise<ExcelJS.Workbook> {
  const store = XlsxStore.empty();
  await writeWorkbook(store, results);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await store.toBuffer()) as unknown as ArrayBuffer);
  return wb;
}

const tableModel = (ws: ExcelJS.Worksheet, name: string) =>
  (ws.getTable(name) as unknown as { model: { name: string; tableRef: string; columns: { name: string }[] } }).model;

describe("XlsxStore: the file it writes", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await written(seeds);
  });

  it("has the layout's sheets in order, Source Text hidden, header rows frozen", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([...SHEET_ORDER]);
    for (const spec of LAYOUT) {
      const ws = wb.getWorksheet(spec.sheet)!;
      expect([spec.sheet, ws.state]).toEqual([spec.sheet, spec.hidden ? "hidden" : "visible"]);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });

  it("has one table per sheet, named as the layout says, spanning header and rows", () => {
    for (const spec of LAYOUT) {
      const model = tableModel(wb.getWorksheet(spec.sheet)!, spec.table);
      const rows = Math.max(machine[spec.table as keyof MachineRows].length, 1);
      expect(model.name).toBe(spec.table);
      expect(model.tableRef).toBe(`A1:${String.fromCharCode(64 + spec.columns.length)}${rows + 1}`);
      expect(model.columns.map((c) => c.name)).toEqual(spec.columns.map((c) => c.header));
    }
    expect(tableModel(wb.getWorksheet("Commitments")!, "Commitments").tableRef).toBe("A1:P24");
  });

  it("holds the machine's values, with each column's number format", () => {
    for (const spec of LAYOUT) {
      const ws = wb.getWorksheet(spec.sheet)!;
      const rows = machine[spec.table as keyof MachineRows];
      rows.forEach((row, i) =>
        spec.columns.forEach((column, j) => {
          const cell = ws.getCell(i + 2, j + 1);
          const expected = row[column.header] ?? null;
          const view = xlsxView(cell.value);
          // Formula columns are the CT formulas' (test/workbook.formulas.test.ts).
          if (column.kind === "formula") return;
          expect([spec.table, column.header, view.text]).toEqual([spec.table, column.header, cellText(expected)]);
          expect(cell.numFmt ?? "General").toBe(column.numberFormat);
          if (column.kind === "number" && typeof expected === "number") expect(cell.value).toBe(expected);
        }),
      );
    }
  });

  it("links Source and URL with HYPERLINK formulas that carry their label as cached result", () => {
    const ws = wb.getWorksheet("Commitments")!;
    const source = COMMITMENTS.columns.findIndex((c) => c.header === "Source") + 1;
    const url = COMMITMENTS.columns.findIndex((c) => c.header === "URL") + 1;
    machine.Commitments.forEach((row, i) => {
      const s = ws.getCell(i + 2, source).value as ExcelJS.CellFormulaValue;
      expect(isFormula(row.Source) && s.formula).toBe(isFormula(row.Source) && row.Source.formula);
      expect(s.result).toBe(cellText(row.Source));
      const u = ws.getCell(i + 2, url).value;
      if (isFormula(row.URL)) expect(u).toMatchObject({ formula: row.URL.formula, result: row.URL.result });
      else expect(u).toBeNull();
    });
  });

  it("stores each link in the file as a formula with its cached value, and asks Excel to recalculate on opening", async () => {
    const store = XlsxStore.empty();
    await writeWorkbook(store, seeds);
    const zip = await JSZip.loadAsync(await store.toBuffer());
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/u);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // row 1 is the header
    const source = columnLetter(columnIndex(COMMITMENTS, "Source"));
    const links = [...sheet.matchAll(new RegExp(`<c r="${source}(\\d+)"([^>]*)>(.*?)</c>`, "gu"))].filter((m) => m[1] !== "1");
    expect(links).toHaveLength(23);
    for (const [, , attributes, cell] of links) {
      expect(attributes).toContain('t="str"');
      expect(cell).toMatch(/^<f>HYPERLINK\(.*<\/f><v>[^<]+ ¶\d+<\/v>$/u);
    }
  });

  it("holds no formula in any text cell, even for hostile text", async () => {
    const hostile = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"];
    const file = await written(hostile.map((s, i) => syntheticDoc(i + 1, { actor: s, title: s, lead: s, url: s, id: `${s}.txt` })));
    let textCells = 0;
    for (const spec of LAYOUT) {
      const ws = file.getWorksheet(spec.sheet)!;
      const rows = Math.max(1, ws.rowCount - 1);
      spec.columns.forEach((column, j) => {
        if (column.kind !== "text" && column.kind !== "choice") return;
        for (let r = 2; r <= rows + 1; r++) {
          const value = ws.getCell(r, j + 1).value;
          expect([spec.table, column.header, r, xlsxView(value).formula]).toEqual([spec.table, column.header, r, null]);
          textCells++;
        }
      });
    }
    expect(textCells).toBeGreaterThan(100);
    const commitments = file.getWorksheet("Commitments")!;
    expect(commitments.getCell(2, 2).value).toBe(hostile[0]);
    expect(commitments.getCell(2, COMMITMENTS.columns.findIndex((c) => c.header === "URL") + 1).value).toBe(hostile[0]);
  });

  it("offers the Review choices as a drop-down", () => {
    const ws = wb.getWorksheet("Commitments")!;
    const review = COMMITMENTS.columns.findIndex((c) => c.header === "Review") + 1;
    expect(ws.getCell(2, review).dataValidation).toMatchObject({ type: "list", formulae: ['"Pending,Accepted,Rejected"'] });
    expect(ws.getCell(24, review).dataValidation).toMatchObject({ type: "list" });
  });
});

describe("XlsxStore: re-runs on a growing corpus", () => {
  it("keeps one drop-down per Review cell: validations never overlap, and every row has one", async () => {
    let bytes: Uint8Array | null = null;
    for (const count of [1, 2, 3]) {
      const store: XlsxStore = bytes ? await XlsxStore.load(bytes) : XlsxStore.empty();
      await writeWorkbook(
        store,
        [1, 2, 3].slice(0, count).map((n) => syntheticDoc(n)),
      );
      bytes = await store.toBuffer();
    }
    const zip = await JSZip.loadAsync(bytes!);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const covered: string[] = [];
    for (const [, sqref] of sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/gu)) {
      for (const part of sqref!.split(" ")) {
        const [from, to = from] = part.split(":") as [string, string?];
        const [col, r1, r2] = [from.replace(/\d+/u, ""), Number(from.replace(/\D+/u, "")), Number(to.replace(/\D+/u, ""))];
        for (let r = r1; r <= r2; r++) covered.push(`${col}${r}`);
      }
    }
    expect(covered.length).toBe(new Set(covered).size);
    const review = columnLetter(columnIndex(COMMITMENTS, "Review"));
    expect(new Set(covered)).toEqual(new Set(Array.from({ length: 9 }, (_, i) => `${review}${i + 2}`)));
  });
});

describe("XlsxStore: escapeOoxml", () => {
  it("writes CR, control characters and a literal _xHHHH_ the way OOXML reads them back", () => {
    expect(escapeOoxml("a\r\nb")).toBe("a_x000D_\nb");
    expect(escapeOoxml("\u0001\u001f\u007f")).toBe("_x0001__x001F__x007F_");
    expect(escapeOoxml("_x000D_ and _x00ab_ and _xyz_")).toBe("_x005F_x000D_ and _x005F_x00ab_ and _xyz_");
    expect(escapeOoxml("tab\there, é, 😀")).toBe("tab\there, é, 😀");
  });
});

describe("XlsxStore: text exceljs would not keep", () => {
  it("keeps CR and a literal _x000D_ in rows a re-run does not rewrite: the user's cells and other documents' rows", async () => {
    const crlf = (n: number) => {
      const doc = syntheticDoc(n, { title: "Title\non two lines" });
      return { ...doc, text: doc.text.replace(/\n/gu, "\r\n") };
    };
    const store = XlsxStore.empty();
    await writeWorkbook(store, [crlf(1), crlf(2)]);
    const notes = COMMITMENTS.columns.findIndex((c) => c.header === "Notes") + 1;
    store.workbook.getWorksheet("Commitments")!.getCell(2, notes).value = "line\r\nbreak _x000D_ \u0007";
    const again = await XlsxStore.load(await store.toBuffer());
    const summary = await writeWorkbook(again, [crlf(1)]);
    expect(summary.SourceText).toMatchObject({ updated: 0, kept: machineRows([crlf(2)]).SourceText.length });
    const last = await XlsxStore.load(await again.toBuffer());
    expect(last.workbook.getWorksheet("Commitments")!.getCell(2, notes).value).toBe("line\r\nbreak _x000D_ \u0007");
    const texts = (await last.read(LAYOUT))[LAYOUT.indexOf(SOURCE_TEXT)]!.rows.map((r) => r[5]);
    expect(texts).toEqual(machineRows([crlf(1), crlf(2)]).SourceText.map((r) => r.Text));
  });

  it("leaves the workbook in memory as it was after writing the file, so it can be written twice", async () => {
    const store = XlsxStore.empty();
    await writeWorkbook(store, [syntheticDoc(1, { title: "a\rb" })]);
    const first = await XlsxStore.load(await store.toBuffer());
    const second = await XlsxStore.load(await store.toBuffer());
    expect(store.workbook.getWorksheet("Sources")!.getCell(2, 2).value).toBe("a\rb");
    expect(first.workbook.getWorksheet("Sources")!.getCell(2, 2).value).toBe("a\rb");
    expect(second.workbook.getWorksheet("Sources")!.getCell(2, 2).value).toBe("a\rb");
  });
});

describe("XlsxStore: files it must not write into", () => {
  async function edited(act: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const store = XlsxStore.empty();
    await writeWorkbook(store, seeds);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await store.toBuffer()) as unknown as ArrayBuffer);
    act(wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("refuses bytes that are not a workbook", async () => {
    await expect(XlsxStore.load(new TextEncoder().encode("not a zip file"))).rejects.toThrow(WorkbookError);
  });

  it("refuses a sheet of its own name that has content but no table, and leaves the content alone", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sources").getCell("C5").value = "the user's own list";
    const store = await XlsxStore.load(new Uint8Array(await wb.xlsx.writeBuffer()));
    await expect(writeWorkbook(store, seeds)).rejects.toThrow(/"Sources" has content but no Sources table/u);
    expect(store.workbook.getWorksheet("Sources")!.getCell("C5").value).toBe("the user's own list");
    expect(store.workbook.getWorksheet("Sources")!.getCell("A1").value).toBeNull();
  });

  it("uses an empty sheet of its own name", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes");
    wb.addWorksheet("Sources");
    const store = await XlsxStore.load(new Uint8Array(await wb.xlsx.writeBuffer()));
    await writeWorkbook(store, seeds);
    expect(store.workbook.worksheets.filter((ws) => ws.name === "Sources")).toHaveLength(1);
    expect(tableModel(store.workbook.getWorksheet("Sources")!, "Sources").tableRef).toBe(`A1:G${seeds.length + 1}`);
  });

  it("refuses a table that lost its key column, rather than adding every row again", async () => {
    const bytes = await edited((wb) => {
      const ws = wb.getWorksheet("Sources")!;
      // Sources are keyed by content (SHA-256, the sixth column), not by name.
      ws.getCell("F1").value = "Fingerprint";
      tableModel(ws, "Sources").columns[5]!.name = "Fingerprint";
    });
    const store = await XlsxStore.load(bytes);
    await expect(writeWorkbook(store, seeds)).rejects.toThrow(/Sources table has no "SHA-256" column/u);
  });
});

describe("property: user edits and re-runs never lose an edit or a row", () => {
  /** A small corpus: documents 1-5, each in two editions (same commitments, changed text). */
  const corpus = (mask: number, edition: number) =>
    [1, 2, 3, 4, 5]
      .filter((n) => mask & (1 << (n - 1)))
      .map((n) => syntheticDoc(n, { commitments: 1 + (n % 3), edition, lead: edition ? `(rev ${edition}) ` : "" }));

  type Command =
    | { kind: "run"; mask: number; edition: number }
    | { kind: "edit"; row: number; header: "Review" | "Notes"; value: string }
    | { kind: "reject"; row: number }
    | { kind: "hand"; id: string; actor: string; notes: string };

  const value = fc.oneof(fc.constantFrom("Accepted", "Rejected", "=1+1", "+1", "-2+3", "@SUM(A1)", "_x000D_", "checked"), fc.string({ maxLength: 12 }));
  const command: fc.Arbitrary<Command> = fc.oneof(
    fc.record({ kind: fc.constant("run" as const), mask: fc.integer({ min: 1, max: 31 }), edition: fc.integer({ min: 0, max: 1 }) }),
    fc.record({ kind: fc.constant("edit" as const), row: fc.nat(), header: fc.constantFrom("Review" as const, "Notes" as const), value }),
    fc.record({ kind: fc.constant("reject" as const), row: fc.nat() }),
    // a row typed by hand always has something in it (a blank row at the end of a table is no row)
    fc.record({ kind: fc.constant("hand" as const), id: fc.constantFrom("", "c-by-hand", "unknown"), actor: value.map((v) => `by hand ${v}`), notes: value }),
  );

  interface Expected {
    id: string;
    actor?: string;
    review: string;
    notes: string;
  }

  async function check(h: Harness, model: Expected[]): Promise<void> {
    const rows = await h.rows("Commitments");
    expect(rows.map((r) => r.ID!.text)).toEqual(model.map((m) => m.id));
    rows.forEach((r, i) => {
      const m = model[i]!;
      expect([r.Review, r.Notes]).toEqual([
        { text: m.review, formula: null },
        { text: m.notes, formula: null },
      ]);
      if (m.actor !== undefined) expect(r.Actor).toEqual({ text: m.actor, formula: null });
    });
  }

  async function play(writer: Writer, first: Command & { kind: "run" }, commands: Command[]): Promise<void> {
    const h = writer.create();
    const model: Expected[] = [];
    for (const c of [first, ...commands]) {
      if (c.kind === "run") {
        await h.run(corpus(c.mask, c.edition));
        const known = new Set(model.map((m) => m.id));
        for (const doc of corpus(c.mask, c.edition))
          for (const x of doc.commitments) if (!known.has(x.id)) model.push({ id: x.id, review: "Pending", notes: "" });
      } else if (c.kind === "hand") {
        await h.appendRow("Commitments", { ID: c.id, Actor: c.actor, Notes: c.notes });
        model.push({ id: c.id, actor: c.actor, review: "", notes: c.notes });
      } else {
        const i = c.row % model.length;
        const [header, text] = c.kind === "reject" ? (["Review", "Rejected"] as const) : [c.header, c.value];
        await h.edit("Commitments", i, header, text);
        (model[i] as Expected)[header === "Review" ? "review" : "notes"] = text;
      }
    }
    await check(h, model);
  }

  const scenario = fc.tuple(
    fc.record({ kind: fc.constant("run" as const), mask: fc.integer({ min: 1, max: 31 }), edition: fc.integer({ min: 0, max: 1 }) }),
    fc.array(command, { maxLength: 7 }),
  );

  it("holds for the .xlsx file (round trip between every step)", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, ([first, commands]) => play(xlsxWriter, first, commands)),
      { numRuns: 12 },
    );
  }, 60_000);

  it("holds for the Office.js writer", async () => {
    await fc.assert(
      fc.asyncProperty(scenario, ([first, commands]) => play(officeWriter, first, commands)),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe("XlsxStore: what the user changed in Excel stays", () => {
  test("a renamed sheet: its table is found and updated there, not created again", async () => {
    const first = XlsxStore.empty();
    await writeWorkbook(first, seeds.slice(0, 2));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await first.toBuffer()) as unknown as ArrayBuffer);
    (wb.getWorksheet("Sources") as ExcelJS.Worksheet).name = "Documents read";
    const second = new XlsxStore(wb);
    const summary = await writeWorkbook(second, seeds);
    expect(summary.Sources).toMatchObject({ added: seeds.length - 2, unchanged: 2 });
    const reread = await XlsxStore.load(await second.toBuffer());
    const holders = reread.workbook.worksheets.filter((ws) => ws.getTable("Sources"));
    expect(holders.map((ws) => ws.name)).toEqual(["Documents read"]);
    expect(reread.workbook.getWorksheet("Sources")).toBeUndefined();
  });

  test("a column width the user set survives a re-run; a hidden sheet the user showed stays shown", async () => {
    const first = XlsxStore.empty();
    await writeWorkbook(first, seeds);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await first.toBuffer()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Commitments") as ExcelJS.Worksheet;
    const notes = COMMITMENTS.columns.findIndex((c) => c.header === "Notes") + 1;
    ws.getColumn(notes).width = 99;
    (wb.getWorksheet("Source Text") as ExcelJS.Worksheet).state = "visible";
    const second = new XlsxStore(wb);
    await writeWorkbook(second, seeds);
    const reread = await XlsxStore.load(await second.toBuffer());
    expect(reread.workbook.getWorksheet("Commitments")?.getColumn(notes).width).toBe(99);
    expect(reread.workbook.getWorksheet("Source Text")?.state).toBe("visible");
  });
});
