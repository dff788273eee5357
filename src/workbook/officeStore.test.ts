import type { DocumentExtraction } from "../core";
import { seedExtractions } from "../../test/helpers";
import { FakeBook, type FakeCell } from "../../test/support/fakeExcel";
import { addColumn, appendRow, body, edit, headers, rows, sheet, table, tableAddress, type } from "../../test/support/fakeGrid";
import { syntheticCorpus, syntheticDoc } from "../../test/support/syntheticCorpus";
import { cellText, isFormula, type FormulaCell } from "./cells";
import { columnIndex, CHECKS_SHEET, COMMITMENTS, GAPS_SHEET, LAYOUT, MATRIX_SHEET, SOURCES, TIMELINE_SHEET, type TableSpec } from "./layout";
import { DEFAULT_MAX_REQUEST_BYTES, fromOffice, OfficeStore, runs, toOffice } from "./officeStore";
import { machineRows } from "./rows";
import { WorkbookError, writeWorkbook, type WorkbookSummary } from "./store";

const run = (book: FakeBook, results: readonly DocumentExtraction[], maxRequestBytes?: number): Promise<WorkbookSummary> =>
  writeWorkbook(new OfficeStore(book.context, maxRequestBytes), results);

/** Every cell of every layout table, for comparing whole workbooks. */
const everything = (book: FakeBook) => Object.fromEntries(LAYOUT.map((spec) => [spec.table, body(book, spec.table)]));

/** Cells of the layout's text columns that hold a formula: there must be none. */
function formulasInTextColumns(book: FakeBook, spec: TableSpec): string[] {
  const hs = headers(book, spec.table);
  const text = new Set(spec.columns.filter((c) => c.kind === "text" || c.kind === "choice").map((c) => c.header));
  return body(book, spec.table).flatMap((line) =>
    line.flatMap((cell, j) => (text.has(hs[j] as string) && cell.formula !== null ? [`${hs[j]}: ${cell.formula}`] : [])),
  );
}

let seeds: DocumentExtraction[];
beforeAll(async () => {
  seeds = await seedExtractions();
});

describe("OfficeStore: a first run into an empty workbook", () => {
  let book: FakeBook;
  let summary: WorkbookSummary;
  beforeAll(async () => {
    book = new FakeBook();
    summary = await run(book, seeds);
  });

  it("adds a sheet per table, in the layout's order, after the workbook's own", () => {
    // The Gaps, Matrix, Timeline and Checks sheets (formulas, no table) come last: the source text before them is hidden, and so is Checks.
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", ...LAYOUT.map((s) => s.sheet), GAPS_SHEET, MATRIX_SHEET, TIMELINE_SHEET, CHECKS_SHEET]);
  });
  it("makes the Timeline sheet: a native count per year and level over the table, and one stacked column chart of it, replaced (not added to) on the next write", async () => {
    const s = sheet(book, TIMELINE_SHEET);
    const formulas = [...s.cells.values()].map((c) => c.formula).filter((f): f is string => f !== null);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.every((f) => f.startsWith("=SUMPRODUCT(") && !f.includes("CT."))).toBe(true);
    expect(s.charts).toHaveLength(1);
    const chart = s.charts![0]!;
    expect([chart.type, chart.seriesBy, chart.cols, chart.colors.length]).toEqual(["ColumnStacked", "Columns", 4, 3]);
    expect(s.cells.get(`${chart.row},0`)?.value).toBe("Year");
    expect(chart.rows - 1).toBe(formulas.length / 3);
    const again = new FakeBook();
    await run(again, seeds);
    await run(again, seeds);
    expect(sheet(again, TIMELINE_SHEET).charts).toHaveLength(1);
  });
  it("makes the Matrix sheet: one CT.MATRIX under a legend, header row and actor column frozen, cells and legend coloured by the level they begin with", () => {
    const s = sheet(book, MATRIX_SHEET);
    const formulas = [...s.cells.values()].map((c) => c.formula).filter((f): f is string => f !== null);
    expect(formulas).toEqual([expect.stringMatching(/^=CT\.MATRIX\(Commitments\[\[#All\],\[ID\]:\[Review\]\]\)$/u)]);
    const legendRow = [...s.cells].filter(([, c]) => c.value === "Legend").map(([k]) => Number(k.split(",")[0]));
    expect(legendRow).toHaveLength(1);
    const legend = [1, 2, 3, 4, 5].map((j) => s.cells.get(`${legendRow[0]},${j}`)?.value);
    expect(legend).toEqual(["Bound", "Signed", "Politically committed", "Advocated", "No record"]);
    expect([s.frozenRows, s.frozenColumns]).toEqual([legendRow[0]! + 3, 1]);
    const highlights = s.highlights ?? [];
    // Each level in the legend and over the grid, in the legend's own colours, with the text left in the cell.
    for (const level of legend as string[]) {
      const rules = highlights.filter((h) => h.text === level);
      expect(rules.map((h) => h.row)).toEqual([legendRow[0], legendRow[0]! + 3]);
      expect(new Set(rules.map((h) => `${h.fill}|${h.font}`)).size).toBe(1);
      expect(rules[0]?.fill).toMatch(/^#[0-9A-F]{6}$/u);
    }
  });
  it("makes each table at A1 with the layout's headers and one row per machine row (an empty table keeps one blank row)", () => {
    const machine = machineRows(seeds);
    for (const spec of LAYOUT) {
      const t = table(book, spec.table);
      const count = machine[spec.table as keyof typeof machine].length;
      expect(t.sheet.name).toBe(spec.sheet);
      expect(headers(book, spec.table)).toEqual(spec.columns.map((c) => c.header));
      expect(tableAddress(t)).toBe(`A1:${String.fromCharCode(64 + spec.columns.length)}${Math.max(count, 1) + 1}`);
      expect(rows(book, spec.table)).toHaveLength(count);
      expect(summary[spec.table]).toEqual({ added: count, updated: 0, unchanged: 0, kept: 0, cleared: 0 });
    }
    expect(rows(book, "Commitments")).toHaveLength(23);
  });
  it("formats every body cell as its column says, sets widths, freezes the header row and hides the source text", () => {
    const machine = machineRows(seeds);
    for (const spec of LAYOUT) {
      const s = sheet(book, spec.sheet);
      // the blank row that keeps an empty table alive is never written
      const cells = body(book, spec.table).slice(0, machine[spec.table as keyof typeof machine].length);
      spec.columns.forEach((column, j) => {
        expect(s.widths.get(j)).toBe(column.width * 6);
        for (const line of cells) expect([column.header, (line[j] as FakeCell).format]).toEqual([column.header, column.numberFormat]);
      });
      expect(s.frozenRows).toBe(1);
      expect(s.visibility).toBe(spec.hidden ? "Hidden" : "Visible");
    }
  });
  it("offers Pending / Accepted / Rejected as a drop-down on every Review cell", () => {
    const review = COMMITMENTS.columns.findIndex((c) => c.header === "Review");
    expect(sheet(book, "Commitments").validations).toEqual([
      { row: 1, col: review, rows: 23, cols: 1, rule: { list: { inCellDropDown: true, source: "Pending,Accepted,Rejected" } } },
    ]);
  });
  it("writes the machine's values: text as text, numbers as numbers, links as HYPERLINK formulas", () => {
    const machine = machineRows(seeds).Commitments;
    rows(book, "Commitments").forEach((row, i) => {
      const m = machine[i]!;
      expect(row.ID!.text).toBe(m.ID);
      expect(row.Evidence).toEqual({ text: m.Evidence, formula: null });
      expect(row.Source).toEqual({ text: cellText(m.Source), formula: (m.Source as FormulaCell).formula });
      expect(row.URL!.formula).toBe(isFormula(m.URL) ? m.URL.formula : null);
      expect(row.Review!.text).toBe("Pending");
    });
    const confidence = COMMITMENTS.columns.findIndex((c) => c.header === "Confidence");
    expect(typeof body(book, "Commitments")[0]![confidence]!.value).toBe("number");
    for (const spec of LAYOUT) expect(formulasInTextColumns(book, spec)).toEqual([]);
  });
  it("suspends calculation before every sync that writes", () => {
    expect(book.suspended.slice(1).every(Boolean)).toBe(true);
    expect(book.maxRequest).toBeLessThanOrEqual(DEFAULT_MAX_REQUEST_BYTES);
  });
});

describe("OfficeStore: a re-run over a table the user worked on", () => {
  it("changes nothing when nothing changed", async () => {
    const book = new FakeBook();
    await run(book, seeds);
    const before = everything(book);
    const summary = await run(book, seeds);
    expect(everything(book)).toEqual(before);
    for (const spec of LAYOUT) expect(summary[spec.table]).toMatchObject({ added: 0, updated: 0, kept: 0 });
    expect(summary.Commitments!.unchanged).toBe(23);
  });

  it("keeps Review and Notes edits, rejected rows, rows typed by hand and a column the user added", async () => {
    const book = new FakeBook();
    await run(book, seeds);
    const ids = rows(book, "Commitments").map((r) => r.ID!.text);
    edit(book, "Commitments", 0, "Review", "Accepted");
    edit(book, "Commitments", 0, "Notes", "=checked against the UN treaty database");
    edit(book, "Commitments", 3, "Review", "Rejected");
    edit(book, "Commitments", 3, "Notes", "wrong instrument");
    appendRow(book, "Commitments", { Actor: "Typed by hand", Review: "Accepted", Notes: "no id" });
    appendRow(book, "Commitments", { ID: "c-mine", Actor: "Unknown id", Notes: "my own" });
    addColumn(
      book,
      "Commitments",
      "Owner",
      ids.map((_, i) => `owner ${i}`),
    );
    const summary = await run(book, seeds);

    const after = rows(book, "Commitments");
    expect(after).toHaveLength(25);
    expect(after.map((r) => r.ID!.text)).toEqual([...ids, "", "c-mine"]);
    expect(after[0]!.Review!.text).toBe("Accepted");
    expect(after[0]!.Notes).toEqual({ text: "=checked against the UN treaty database", formula: null });
    expect(after[3]!.Review!.text).toBe("Rejected");
    expect(after[3]!.Notes!.text).toBe("wrong instrument");
    expect(after[23]).toMatchObject({ Actor: { text: "Typed by hand" }, Review: { text: "Accepted" }, Notes: { text: "no id" } });
    expect(after[24]).toMatchObject({ ID: { text: "c-mine" }, Actor: { text: "Unknown id" }, Notes: { text: "my own" } });
    expect(after.map((r) => r.Owner!.text)).toEqual([...ids.map((_, i) => `owner ${i}`), "", ""]);
    expect(headers(book, "Commitments")).toEqual([...COMMITMENTS.columns.map((c) => c.header), "Owner"]);
    expect(summary.Commitments).toEqual({ added: 0, updated: 0, unchanged: 23, kept: 2, cleared: 0 });
  });

  it("restores machine cells the user overwrote, and leaves the user's cells alone", async () => {
    const book = new FakeBook();
    await run(book, seeds);
    const actor = rows(book, "Commitments")[2]!.Actor!.text;
    edit(book, "Commitments", 2, "Actor", "Someone else");
    const summary = await run(book, seeds);
    expect(rows(book, "Commitments")[2]!.Actor!.text).toBe(actor);
    expect(summary.Commitments).toMatchObject({ updated: 1, unchanged: 22 });
  });

  it("appends new documents' rows under the old ones, without moving them, and gives only the new rows a drop-down", async () => {
    const book = new FakeBook();
    await run(book, seeds.slice(0, 2));
    const first = rows(book, "Commitments").map((r) => r.ID!.text);
    edit(book, "Commitments", 0, "Notes", "keep me");
    await run(book, seeds);
    const after = rows(book, "Commitments").map((r) => r.ID!.text);
    expect(after.slice(0, first.length)).toEqual(first);
    expect(new Set(after)).toEqual(new Set(seeds.flatMap((r) => r.commitments.map((c) => c.id))));
    expect(rows(book, "Commitments")[0]!.Notes!.text).toBe("keep me");
    expect(tableAddress(table(book, "Commitments"))).toBe("A1:P24");
    const validations = sheet(book, "Commitments").validations;
    expect(validations.map((v) => [v.row, v.rows])).toEqual([
      [1, first.length],
      [1 + first.length, 23 - first.length],
    ]);
  });

  it("appends a layout column the user renamed, keeping the renamed one as the user's", async () => {
    const book = new FakeBook();
    await run(book, seeds);
    const t = table(book, "Commitments");
    const notes = headers(book, "Commitments").indexOf("Notes");
    type(book, "Commitments", t.row, t.col + notes, "My notes");
    edit(book, "Commitments", 1, "My notes", "still here");
    await run(book, seeds);
    // The layout's Notes comes back after the table's last column; the renamed one stays where it was.
    expect(headers(book, "Commitments").slice(notes)).toEqual(["My notes", ...COMMITMENTS.columns.slice(notes + 1).map((c) => c.header), "Notes"]);
    expect(rows(book, "Commitments")[1]).toMatchObject({ "My notes": { text: "still here" }, Notes: { text: "" } });
    expect(tableAddress(table(book, "Commitments"))).toBe("A1:Q24");
  });

  it("writes into a table wherever the user put it", async () => {
    const book = new FakeBook();
    const s = book.addSheet("Commitments");
    COMMITMENTS.columns.forEach((c, j) => type(book, "Commitments", 2, 1 + j, c.header));
    book.addTable(s, "B3:Q4").name = "Commitments";
    type(book, "Commitments", 3, 1 + columnIndex(COMMITMENTS, "Notes"), "a note on a row with no id");
    await run(book, seeds);
    expect(tableAddress(table(book, "Commitments"))).toBe("B3:Q27");
    const after = rows(book, "Commitments");
    expect(after[0]!.Notes!.text).toBe("a note on a row with no id");
    expect(after.slice(1).map((r) => r.ID!.text)).toEqual(seeds.flatMap((r) => r.commitments.map((c) => c.id)));
    expect(book.peek(s, 0, 0).value).toBe("");
  });
});

describe("OfficeStore: document text never becomes a formula", () => {
  const HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"];

  it.each(HOSTILE)("%j in an actor, a title, a quote, a document id and an address stays text", async (hostile) => {
    const book = new FakeBook();
    const results = [
      syntheticDoc(1, { actor: hostile, title: hostile, lead: hostile, url: hostile }),
      // a long id makes the Source link's label too long for a link: it falls back to a plain label
      syntheticDoc(2, { id: `${hostile}${"x".repeat(260)}.txt`, url: hostile }),
      syntheticDoc(3, { id: hostile }),
    ];
    await run(book, results);
    for (const spec of LAYOUT) expect(formulasInTextColumns(book, spec)).toEqual([]);

    const commitments = rows(book, "Commitments");
    const byDoc = (doc: string) => commitments.filter((_, i) => results.flatMap((r) => r.commitments)[i]!.source.doc === doc);
    for (const row of byDoc(results[0]!.document.id)) {
      expect(row.Actor).toEqual({ text: hostile, formula: null });
      expect(row.Evidence!.text.startsWith(hostile)).toBe(true);
      expect(row.URL).toEqual({ text: hostile, formula: null });
    }
    for (const row of byDoc(results[1]!.document.id)) {
      expect(row.Source!.formula).toBeNull();
      expect(row.Source!.text.startsWith(`${results[1]!.document.id} ¶`)).toBe(true);
    }
    for (const row of byDoc(hostile)) expect(row.Source!.formula).toMatch(/^HYPERLINK\(/u);

    const sources = rows(book, "Sources");
    expect(sources[0]).toMatchObject({ Title: { text: hostile, formula: null }, URL: { text: hostile, formula: null } });
    expect(sources[1]!.ID).toEqual({ text: results[1]!.document.id, formula: null });
    expect(sources[2]!.ID).toEqual({ text: hostile, formula: null });
    const texts = rows(book, "SourceText").filter((r) => r.Document!.text === results[0]!.document.id);
    expect(texts.some((r) => r.Text!.text.includes(` ${hostile}`))).toBe(true);
  });

  it("keeps hostile text a user typed into Notes as text across runs", async () => {
    const book = new FakeBook();
    await run(book, seeds);
    edit(book, "Commitments", 0, "Notes", "=1+1");
    await run(book, seeds);
    expect(rows(book, "Commitments")[0]!.Notes).toEqual({ text: "=1+1", formula: null });
  });
});

describe("OfficeStore: large runs", () => {
  it("writes 10,000 commitments into an empty workbook in at most 5 syncs, no request over 4 MB", async () => {
    const results = syntheticCorpus(200, 50);
    const book = new FakeBook();
    const sync = jest.spyOn(book.context, "sync");
    const progress: number[] = [];
    const summary = await writeWorkbook(new OfficeStore(book.context), results, (p) => progress.push(p.done));

    expect(summary.Commitments!.added).toBe(10_000);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(5);
    expect(sync.mock.calls.length).toBe(book.syncs);
    expect(book.maxRequest).toBeLessThanOrEqual(4_000_000);
    const written = rows(book, "Commitments");
    expect(written).toHaveLength(10_000);
    const ids = results.flatMap((r) => r.commitments.map((c) => c.id));
    expect(written.map((r) => r.ID!.text)).toEqual(ids);
    expect(written[9_999]!.Evidence!.text).toBe(results[199]!.commitments[49]!.source.quote);
    expect(rows(book, "SourceText").length).toBe(machineRows(results).SourceText.length);
    // progress is reported at each sync, never goes back, and ends with every row
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(Object.values(summary).reduce((n, s) => n + s.added, 0));
  });

  it("splits writes to fit a small request budget and gives the same workbook as one big request", async () => {
    const results = syntheticCorpus(12, 25);
    const big = new FakeBook();
    await run(big, results);
    const small = new FakeBook();
    await run(small, results, 40_000);
    expect(small.syncs).toBeGreaterThan(big.syncs + 3);
    expect(small.maxRequest).toBeLessThanOrEqual(40_000);
    expect(everything(small)).toEqual(everything(big));
    expect(small.suspended.slice(1).every(Boolean)).toBe(true);
  });

  it("reads a long table back in chunks and re-runs it without loss", async () => {
    const results = syntheticCorpus(50, 50);
    const book = new FakeBook();
    await run(book, results);
    edit(book, "Commitments", 2_345, "Notes", "deep in the table");
    const summary = await run(book, results);
    expect(summary.Commitments).toMatchObject({ unchanged: 2_500, added: 0, kept: 0 });
    expect(rows(book, "Commitments")[2_345]!.Notes!.text).toBe("deep in the table");
  });
});

describe("OfficeStore: workbooks it must not write into", () => {
  it("refuses a sheet of its own name that has content but no table", async () => {
    const book = new FakeBook();
    book.addSheet("Sources");
    type(book, "Sources", 4, 2, "the user's own list");
    await expect(run(book, seeds)).rejects.toThrow(WorkbookError);
    await expect(run(book, seeds)).rejects.toThrow(/"Sources" has content but no Sources table/u);
    expect(book.tables).toEqual([]);
    expect(book.peek(sheet(book, "Sources"), 4, 2).value).toBe("the user's own list");
  });
  it("uses an empty sheet of its own name", async () => {
    const book = new FakeBook();
    book.addSheet("Sources");
    await run(book, seeds);
    expect(book.sheets.filter((s) => s.name === "Sources")).toHaveLength(1);
    expect(table(book, "Sources").sheet.name).toBe("Sources");
    expect(rows(book, "Sources")).toHaveLength(seeds.length);
  });
  it("refuses a table that lost its key column", async () => {
    const book = new FakeBook();
    await run(book, seeds);
    const t = table(book, "Sources");
    type(book, "Sources", t.row, t.col + headers(book, "Sources").indexOf("SHA-256"), "Fingerprint");
    const before = everything(book);
    await expect(run(book, seeds)).rejects.toThrow(WorkbookError);
    await expect(run(book, seeds)).rejects.toThrow(/Sources table has no "SHA-256" column/u);
    expect(everything(book)).toEqual(before);
  });
});

describe("toOffice, fromOffice, runs", () => {
  it("writes formulas with '=', blanks as empty strings and values as they are", () => {
    expect(toOffice({ formula: "NOW()", result: 1 })).toBe("=NOW()");
    expect(toOffice(null)).toBe("");
    expect(toOffice("=text")).toBe("=text");
    expect(toOffice(0)).toBe(0);
    expect(toOffice(false)).toBe(false);
  });
  it("reads '=…' as a formula only in link and formula columns", () => {
    const link = COMMITMENTS.columns.find((c) => c.header === "Source");
    const text = COMMITMENTS.columns.find((c) => c.header === "Evidence");
    const status = COMMITMENTS.columns.find((c) => c.header === "Status");
    expect(fromOffice('=HYPERLINK("a","b")', link)).toEqual({ formula: 'HYPERLINK("a","b")' });
    expect(fromOffice("=STATUS()", status)).toEqual({ formula: "STATUS()" });
    expect(fromOffice("=1+1", text)).toBe("=1+1");
    expect(fromOffice("=1+1", undefined)).toBe("=1+1");
    expect(fromOffice("", text)).toBeNull();
    expect(fromOffice(null, text)).toBeNull();
    expect(fromOffice(2, SOURCES.columns[4])).toBe(2);
  });
  it("groups column indexes into runs", () => {
    expect(runs([])).toEqual([]);
    expect(runs([3, 1, 2, 7, 8, 10])).toEqual([
      [1, 3],
      [7, 8],
      [10, 10],
    ]);
  });
});
