import Papa from "papaparse";
import { chooseDelimiter, delimitedFormatOf, DelimitedTextError, parseDelimited } from "./delimited";

/** A grid written as Excel writes CSV: cells holding the separator, a quote or a line break quoted. */
function write(grid: string[][], separator: string, lineEnd = "\r\n"): string {
  const cell = (c: string) => (c.includes(separator) || /["\r\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c);
  return grid.map((row) => row.map(cell).join(separator)).join(lineEnd) + lineEnd;
}

const STATUS = [
  ["Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons"],
  ["Participant", "Signature", "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)"],
  ["Chile", "10 Apr 1972", "22 Apr 1980"],
  ["Peru", "10 Apr 1972", "5 Jun 1985"],
  ['Korea, "Republic of"', "", "25 Jun 1987 a"],
];

describe("parseDelimited", () => {
  test.each([
    [",", "csv"],
    [";", "csv"],
    ["\t", "auto"],
    [";", "auto"],
    [",", "auto"],
  ] as const)("finds %j in a %s status table whose cells hold commas and quotes", (separator, format) => {
    const parsed = parseDelimited(write(STATUS, separator), format);
    expect(parsed).toEqual({ rows: STATUS, delimiter: separator });
  });

  test("papaparse's own guess takes the comma in a short `;` table whose title and header hold commas: the reason for chooseDelimiter", () => {
    const grid = STATUS.slice(0, 3);
    const text = write(grid, ";");
    expect(Papa.parse(text, { delimitersToGuess: [",", ";", "\t"] }).meta.delimiter).toBe(",");
    expect(chooseDelimiter(text, "csv")).toBe(";");
    expect(parseDelimited(text, "csv").rows).toEqual(grid);
  });

  test("a `;` long table whose every row holds more commas than it has columns", () => {
    const name = "Convention on the Safety, Security, Transport, Storage and Disposal of Things";
    const grid = [["actor", "instrument", "action", "date"], ...["Chile", "Peru", "Fiji"].map((actor) => [actor, name, "ratification", "2001-01-01"])];
    expect(parseDelimited(write(grid, ";"), "csv")).toEqual({ rows: grid, delimiter: ";" });
  });

  test("every line end, even mixed in one text: CRLF, LF and old Mac's lone CR; a line break inside quotes stays in its cell", () => {
    const rows = [
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ];
    for (const end of ["\r\n", "\n", "\r"]) expect(parseDelimited(write(rows, ",", end)).rows).toEqual(rows);
    expect(parseDelimited("a;b\rc;d\r\ne;f\ng;h").rows).toEqual(rows);
    expect(parseDelimited('a,"b\r\nc"\rd,e').rows).toEqual([
      ["a", "b\nc"],
      ["d", "e"],
    ]);
  });

  test("a byte-order mark is dropped; blank lines keep their place, trailing ones go; empty text has no rows", () => {
    expect(parseDelimited("\uFEFFa,b\n\nc,d\n\n\n").rows).toEqual([["a", "b"], [""], ["c", "d"]]);
    expect(parseDelimited("").rows).toEqual([]);
    expect(parseDelimited('a,\n"",""\nb,c').rows).toEqual([
      ["a", ""],
      ["", ""],
      ["b", "c"],
    ]);
    expect(parseDelimited("a;b\r\n;\r\n;\r\n").rows).toEqual([["a", "b"]]);
  });

  test("one column (a checklist) is one column, whatever the format", () => {
    expect(parseDelimited("Instrument\nicsant\nATT\n", "csv")).toEqual({ rows: [["Instrument"], ["icsant"], ["ATT"]], delimiter: "," });
  });

  test("a .tsv is split on tabs only; ties go to the format's first candidate", () => {
    expect(parseDelimited("a,b\tc", "tsv").rows).toEqual([["a,b", "c"]]);
    expect(parseDelimited("a\tb,c", "csv").rows).toEqual([["a\tb", "c"]]);
    expect(parseDelimited("a\tb,c", "auto").rows).toEqual([["a", "b,c"]]);
  });

  test("a quote that never closes, or text after a closing quote, is a DelimitedTextError naming its line", () => {
    expect(() => parseDelimited('a\n"b\nc')).toThrow(DelimitedTextError);
    expect(() => parseDelimited('a;b\rc;d\r"e;f\rg;h')).toThrow(/opened on line 3 is never closed/u);
    expect(() => parseDelimited('a,b\nc,"d"x,e\n')).toThrow(/line 2 has text after its closing quote/u);
  });

  test("hostile text: a megabyte of misplaced quotes is one error; a megabyte of separators is rows of empty cells", () => {
    expect(() => parseDelimited('"a"b'.repeat(250_000))).toThrow(/line 1 has text after its closing quote/u);
    expect(parseDelimited(";".repeat(1_000_000), "csv").rows).toEqual([]);
    expect(parseDelimited("x;y\n".repeat(100_000), "csv").rows).toHaveLength(100_000);
  });

  test("the format of an extension", () => {
    expect([".csv", ".tsv", ".txt", ""].map(delimitedFormatOf)).toEqual(["csv", "tsv", "auto", "auto"]);
  });
});
