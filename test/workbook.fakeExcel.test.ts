/**
 * The fake Excel behaves as the Office.js writer's tests assume: batches run at sync, in order;
 * properties need load and sync; null leaves a cell alone; "@" keeps text; requests are measured.
 */
import { OfficeMockObject } from "office-addin-mock";
import { FakeBook, NOT_LOADED, NOT_SYNCED } from "./support/fakeExcel";
import { addColumn, appendRow, rows, sheet, table, tableAddress, type } from "./support/fakeGrid";

function setup() {
  const book = new FakeBook();
  const ws = book.context.workbook.worksheets.add("Data");
  return { book, ws, context: book.context };
}

describe("fake Excel", () => {
  it("is an OfficeMockObject whose sync can be spied on", async () => {
    const { book, context } = setup();
    expect(context).toBeInstanceOf(OfficeMockObject);
    const sync = jest.spyOn(context, "sync");
    await context.sync();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(book.syncs).toBe(1);
  });

  it("queues writes until sync and runs them in order", async () => {
    const { book, ws, context } = setup();
    expect(book.findSheet("Data")).toBeUndefined();
    ws.getRangeByIndexes(0, 0, 1, 2).values = [["first", 1]];
    ws.getRangeByIndexes(0, 0, 1, 1).values = [["second"]];
    await context.sync();
    expect(book.peek(sheet(book, "Data"), 0, 0).value).toBe("second");
    expect(book.peek(sheet(book, "Data"), 0, 1).value).toBe(1);
  });

  it("makes properties readable only after load and sync", async () => {
    const { ws, context } = setup();
    const range = ws.getRangeByIndexes(0, 0, 1, 1);
    expect(() => range.values).toThrow(NOT_LOADED);
    range.load("values, rowIndex");
    expect(() => range.values).toThrow(NOT_SYNCED);
    await context.sync();
    expect(range.values).toEqual([[""]]);
    expect(range.rowIndex).toBe(0);
    expect(() => range.load("nonsense")).toThrow(/nonsense/u);
  });

  it("reads a value as it was at its place in the batch", async () => {
    const { ws, context } = setup();
    const cell = ws.getRangeByIndexes(2, 2, 1, 1);
    cell.values = [["before"]];
    const early = ws.getRangeByIndexes(2, 2, 1, 1).load("values");
    cell.values = [["after"]];
    const late = ws.getRangeByIndexes(2, 2, 1, 1).load("values");
    await context.sync();
    expect([early.values, late.values]).toEqual([[["before"]], [["after"]]]);
  });

  it("leaves a cell alone for null, keeps strings as text under '@', and makes formulas elsewhere", async () => {
    const { book, ws, context } = setup();
    const range = ws.getRangeByIndexes(0, 0, 1, 4);
    range.numberFormat = [["@", "General", "General", "General"]];
    range.formulas = [["=1+1", '=HYPERLINK("http://x","y")', "-2+3", "keep"]];
    range.formulas = [[null, null, null, null]];
    const read = ws.getRangeByIndexes(0, 0, 1, 4).load("values, formulas, numberFormat");
    await context.sync();
    expect(read.formulas).toEqual([["=1+1", '=HYPERLINK("http://x","y")', "=-2+3", "keep"]]);
    expect(read.values).toEqual([["=1+1", "y", "", "keep"]]);
    expect(read.numberFormat).toEqual([["@", "General", "General", "General"]]);
    expect(book.peek(sheet(book, "Data"), 0, 0).formula).toBeNull();
  });

  it("rejects a sync whose array does not fit its range, keeping what ran before", async () => {
    const { book, ws, context } = setup();
    ws.getRangeByIndexes(0, 0, 1, 1).values = [["ok"]];
    ws.getRangeByIndexes(0, 0, 2, 2).values = [["too small"]];
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/u);
    expect(book.peek(sheet(book, "Data"), 0, 0).value).toBe("ok");
  });

  it("measures each request as the JSON length of the arrays it assigns", async () => {
    const { book, ws, context } = setup();
    const values = [["abc", 12]];
    const formats = [["@", "0"]];
    ws.getRangeByIndexes(0, 0, 1, 2).values = values;
    ws.getRangeByIndexes(0, 0, 1, 2).numberFormat = formats;
    await context.sync();
    await context.sync();
    expect(book.requests).toEqual([JSON.stringify(values).length + JSON.stringify(formats).length, 0]);
  });

  it("finds or does not find sheets and tables, and refuses what Excel refuses", async () => {
    const { book, ws, context } = setup();
    const t = ws.tables.add("A1:B2", true);
    t.name = "T";
    const missing = context.workbook.tables.getItemOrNullObject("Nope").load("isNullObject");
    const found = context.workbook.tables.getItemOrNullObject("t").load("isNullObject");
    await context.sync();
    expect([missing.isNullObject, found.isNullObject]).toEqual([true, false]);
    expect(rows(book, "T")).toEqual([]);
    expect(tableAddress(table(book, "T"))).toBe("A1:B2");
    context.workbook.worksheets.getItem("Nowhere").getRangeByIndexes(0, 0, 1, 1).values = [["x"]];
    await expect(context.sync()).rejects.toThrow(/ItemNotFound/u);
    ws.tables.add("B2:C3", true);
    await expect(context.sync()).rejects.toThrow(/overlaps/u);
    table(book, "T").sheet.cells.clear();
    const used = ws.getUsedRangeOrNullObject(true).load("isNullObject");
    await context.sync();
    expect(used.isNullObject).toBe(true);
  });

  it("lets a user type a row under a table and a column beside it", async () => {
    const { book, ws, context } = setup();
    ws.getRangeByIndexes(0, 0, 2, 2).values = [
      ["ID", "Notes"],
      ["a", ""],
    ];
    ws.getRangeByIndexes(1, 1, 1, 1).numberFormat = [["@"]];
    ws.tables.add("A1:B2", true).name = "T";
    await context.sync();
    appendRow(book, "T", { ID: "b", Notes: "=1+1" });
    addColumn(book, "T", "Mine", ["x", "y"]);
    type(book, "Data", 10, 10, "outside");
    expect(tableAddress(table(book, "T"))).toBe("A1:C3");
    expect(rows(book, "T")).toEqual([
      { ID: { text: "a", formula: null }, Notes: { text: "", formula: null }, Mine: { text: "x", formula: null } },
      { ID: { text: "b", formula: null }, Notes: { text: "=1+1", formula: null }, Mine: { text: "y", formula: null } },
    ]);
  });
});
