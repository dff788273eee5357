/**
 * OHCHR's matrix export (one row per state, one column per treaty), built by the tests with
 * made-up dates (not the real record).
 */
import { importReferenceGrid } from "./untc";

const pick = (r: { actor: string; instrumentId: string | null; act: string; date: string }) => `${r.actor} ${r.instrumentId} ${r.act} ${r.date}`;

describe("a matrix of states and treaties", () => {
  const grid = [
    ["Ratification status, made-up dates"],
    ["Country", "Region", "CAT", "CCPR", "CRC-OP-AC", "OP-CAT", "Convention on the Rights of Persons with Disabilities", "XYZ-OP"],
    ["Chile", "GRULAC", "30/9/1988", "10/2/1972", "31 Jul 2003", "", "29/7/2008 (Ratification)", "1/1/2010"],
    ["Peru", "GRULAC", "7/7/1988 a", "", "Signature 1/11/2001", "14/9/2006", "", ""],
    ["Fiji", "Asia-Pacific", "16/3/2016 Accession", "16/8/2018", "", "", "Signatory", ""],
    ["Norway¹", "WEOG", "9/7/1986", "13/9/1972", "23/9/2003 [2]", "27/6/2013", "", ""],
    ["Ghana", "Africa", "soon", "", "", "", "", ""],
  ];

  test("one record per state × treaty cell holding an act, each under its catalog instrument; unknown headers listed and left out", () => {
    const result = importReferenceGrid(grid, null, "ohchr.csv");
    expect(result.layout).toBe("matrix (one column per treaty)");
    expect(result.instruments?.map((i) => i.id)).toEqual(["cat", "iccpr", "crc-opac", "opcat", "crpd"]);
    expect(result.records.map(pick)).toEqual([
      "Chile cat party 1988-09-30",
      "Chile iccpr party 1972-02-10",
      "Chile crc-opac party 2003-07-31",
      "Chile crpd ratification 2008-07-29",
      "Peru cat accession 1988-07-07",
      "Peru crc-opac signature 2001-11-01",
      "Peru opcat party 2006-09-14",
      "Fiji cat accession 2016-03-16",
      "Fiji iccpr party 2018-08-16",
      "Norway cat party 1986-07-09",
      "Norway iccpr party 1972-09-13",
      "Norway crc-opac party 2003-09-23",
      "Norway opcat party 2013-06-27",
    ]);
    expect(result.records.filter((r) => r.actor === "Norway").map((r) => r.note)).toEqual(["footnote 1", "footnote 1", "footnotes 1, 2", "footnote 1"]);
    expect(result.problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'column "XYZ-OP" names no instrument in the catalog; its dates are left out'],
      [7, 'CAT: "soon" is neither a date nor a status word'],
    ]);
  });

  test("a matrix whose every slash date fits both orders is not guessed", () => {
    const ambiguous = [
      ["State", "CAT", "CRC"],
      ["Chile", "3/4/1988", "5/6/1990"],
    ];
    const result = importReferenceGrid(ambiguous, null, "m.csv");
    expect(result.records).toEqual([]);
    expect(result.problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/could be 3 April or 4 March/u),
      expect.stringMatching(/could be 5 June or 6 May/u),
    ]);
  });

  test("one treaty column is no matrix: a list of parties is still read as one", () => {
    const list = [["Convention against Torture"], ["Country", "CAT", "Date of Ratification"], ["Chile", "x", "30/9/1988"]];
    expect(importReferenceGrid(list, null, "l.csv").layout).toBe("list of parties");
  });
});
