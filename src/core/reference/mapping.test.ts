/** A column mapping for a layout the header shapes do not know (`--columns`, the pane's mapping); made-up dates. */
import { columnChoices, parseColumnMapping } from "./mapping";
import { importReferenceGrid, importStatusTable, ReferenceImportError } from "./untc";

const pick = (r: { actor: string; act: string; date: string }) => `${r.actor} ${r.act} ${r.date}`;

describe("parseColumnMapping", () => {
  test("role=header pairs, quoted or not, and column numbers", () => {
    expect(parseColumnMapping('participant=Country,ratification="Date deposited, or accession",signature=3')).toEqual({
      participant: "Country",
      ratification: "Date deposited, or accession",
      signature: "3",
    });
    // As a shell passes it once its quotes are gone.
    expect(parseColumnMapping("participant=Country, ratification=Date deposited")).toEqual({ participant: "Country", ratification: "Date deposited" });
    expect(parseColumnMapping("Participant=1,Definitive Signature=2")).toEqual({ participant: "1", "definitive signature": "2" });
  });

  test("what it cannot use is a clear error naming the way to write it (negative cases)", () => {
    for (const [text, reason] of [
      ["participant=Country,when=Date", /"when" is not a column role/u],
      ["ratification=Date", /no participant column/u],
      ["participant=Country", /no column of dates/u],
      ["participant=", /no column given for participant/u],
      ["Country,Date", /cannot be read/u],
    ] as const) {
      expect(() => parseColumnMapping(text)).toThrow(ReferenceImportError);
      expect(() => parseColumnMapping(text)).toThrow(reason);
    }
  });
});

describe("a table read with a mapping", () => {
  const grid = [
    ["Arms Trade Treaty"],
    ["Nation", "Signed on", "", "Date deposited"],
    ["Chile 2", "3/6/2013", "", "16/9/2018"],
    ["Peru", "24/9/2013", "", "16/2/2016 a"],
  ];

  test("by headers: the header row is found wherever it is, the instrument from the title above", () => {
    const result = importReferenceGrid(grid, null, "att.csv", parseColumnMapping("participant=Nation,signature=Signed on,ratification=Date deposited"));
    expect(result.layout).toBe("table read with the given column mapping");
    expect(result.instrumentId).toBe("att");
    expect(result.records.map(pick)).toEqual([
      "Chile signature 2013-06-03",
      "Chile ratification 2018-09-16",
      "Peru signature 2013-09-24",
      "Peru accession 2016-02-16",
    ]);
  });

  test("by numbers: the row above the first date is the header", () => {
    const result = importStatusTable(grid, { instrument: "ATT", columns: parseColumnMapping("participant=1,accession=4") });
    expect(result.records.map(pick)).toEqual(["Chile accession 2018-09-16", "Peru accession 2016-02-16"]);
    expect(result.problems).toEqual([]);
  });

  test("a header it does not find is said with the first row", () => {
    expect(() => importReferenceGrid(grid, null, "att.csv", parseColumnMapping("participant=Country,ratification=Date"))).toThrow(
      /no row holds every column the mapping names \("Country", "Date"\); the first row reads: Arms Trade Treaty/u,
    );
  });

  test("without a mapping the same table is refused, and the message says a mapping reads it", () => {
    expect(() => importReferenceGrid(grid, null, "att.csv")).toThrow(/or give a column mapping/u);
  });
});

test("the columns offered for a mapping: the first row of two cells or more, by header, by number when it has none or repeats one", () => {
  const grid = [["Arms Trade Treaty"], ["Nation", "", "Date", "Date", "12"], ["Chile", "x", "3/6/2013", "", ""]];
  expect(columnChoices(grid)).toEqual([
    { value: "Nation", label: "1. Nation" },
    { value: "2", label: "2. (no header)" },
    { value: "Date", label: "3. Date" },
    { value: "4", label: "4. Date" },
    { value: "5", label: "5. 12" },
  ]);
});
