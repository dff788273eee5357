import { officeCell, UnreadableCell, xlsxCell, xlsxGrid } from "./cells";

describe("xlsxCell: exceljs's cell values as an import reads them", () => {
  test("plain values stay; a date is its ISO day", () => {
    expect([xlsxCell("Chile"), xlsxCell(38611), xlsxCell(true), xlsxCell(null), xlsxCell(undefined)]).toEqual(["Chile", 38611, true, null, null]);
    expect(xlsxCell(new Date(Date.UTC(2005, 8, 16)))).toBe("2005-09-16");
    expect(xlsxCell(new Date(Date.UTC(2005, 8, 16, 13, 30)))).toBe("2005-09-16");
  });

  test("rich text and hyperlinks (plain or rich) give their text", () => {
    expect(xlsxCell({ richText: [{ text: "Kazakh" }, { font: { bold: true }, text: "stan" }] })).toBe("Kazakhstan");
    expect(xlsxCell({ text: "Chile", hyperlink: "https://example.org/cl" })).toBe("Chile");
    expect(xlsxCell({ text: { richText: [{ text: "Pe" }, { text: "ru" }] }, hyperlink: "https://example.org/pe" })).toBe("Peru");
  });

  test("a formula gives its saved value, read the same way (text, date, error)", () => {
    expect(xlsxCell({ formula: '"16 Sep 2005 a"', result: "16 Sep 2005 a" })).toBe("16 Sep 2005 a");
    expect(xlsxCell({ sharedFormula: "B2", result: new Date(Date.UTC(2010, 3, 10)) })).toBe("2010-04-10");
    expect(xlsxCell({ formula: "B2", result: { error: "#REF!" } })).toEqual(new UnreadableCell("error", "#REF!"));
  });

  test("a formula saved without its value, an error and an unknown object are named, never [object Object]", () => {
    const uncached = xlsxCell({ formula: "VLOOKUP(A2,Codes!A:B,2,FALSE)" }) as UnreadableCell;
    expect(uncached).toBeInstanceOf(UnreadableCell);
    expect(uncached.reason).toMatch(/^the formula =VLOOKUP\(A2,Codes!A:B,2,FALSE\) has no saved value; open the file in Excel and save it again/u);
    expect(String(uncached)).toBe("=VLOOKUP(A2,Codes!A:B,2,FALSE)");
    expect((xlsxCell({ error: "#N/A" }) as UnreadableCell).reason).toBe("the cell shows the error #N/A; correct it in the sheet");
    for (const odd of [{ foo: 1 }, { text: 5 }, Number.NaN, new Date(Number.NaN)]) {
      const read = xlsxCell(odd);
      expect(read).toBeInstanceOf(UnreadableCell);
      expect(String(read)).not.toMatch(/object Object/u);
    }
  });
});

describe("officeCell: Office.js range values", () => {
  test("an error arrives as its text and is read as the error; an empty cell is null", () => {
    expect(officeCell("#N/A")).toEqual(new UnreadableCell("error", "#N/A"));
    expect([officeCell(""), officeCell("Chile"), officeCell(38611), officeCell(false)]).toEqual([null, "Chile", 38611, false]);
  });
});

describe("xlsxGrid: a worksheet's rows", () => {
  test("row i is the sheet's row i + 1, skipped rows blank, columns from A", () => {
    const rows: [number, unknown[]][] = [
      [1, [undefined, "Title"]],
      [3, [undefined, { text: "Chile", hyperlink: "x" }, , "1 Jan 2001"]],
    ];
    const sheet = {
      eachRow: (_: { includeEmpty: boolean }, cb: (row: { values: unknown }, n: number) => void) => rows.forEach(([n, values]) => cb({ values }, n)),
    };
    expect(xlsxGrid(sheet)).toEqual([["Title"], [], ["Chile", null, "1 Jan 2001"]]);
    expect(xlsxGrid(undefined)).toEqual([]);
  });
});
