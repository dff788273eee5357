import { ReferenceImportError, type ImportResult } from "../../core";
import { LONG_CSV, UNTC_NO_TITLE, UNTC_PASTE } from "./reference.fixtures";
import {
  addSummaries,
  describeImport,
  gridFromText,
  importGrid,
  importPastedTable,
  isLongTable,
  previewRows,
  referenceKey,
  runImport,
  sentence,
  tableFileGrid,
  withoutReference,
  withReference,
  type XlsxReader,
} from "./reference";

const acts = (r: ImportResult) => r.records.map((x) => `${x.actor} ${x.act} ${x.date}`);
const noXlsx: XlsxReader = async () => {
  throw new Error("no .xlsx in this test");
};
const file = (name: string, content: string | Uint8Array, size?: number) => {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { name, size: size ?? bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
};

describe("importPastedTable: a UNTC status table pasted from the web page", () => {
  const result = importPastedTable(UNTC_PASTE, null);

  it("reads the instrument from the title line and each participant's acts, suffixes naming the act", () => {
    expect(result.instrumentId).toBe("crc-opac");
    expect(result.instrument).toBe("Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict");
    expect(acts(result)).toEqual([
      "Armenia signature 2001-03-02",
      "Armenia ratification 2004-05-04",
      // Footnote markers after names ("Austria1", "…(Plurinational State of)2,3") are dropped.
      "Austria acceptance 2002-08-07",
      "Belgium signature 2000-10-03",
      "Belgium approval 2003-11-09",
      "Bosnia and Herzegovina succession 2001-12-05",
      "Bolivia accession 2006-01-14",
      "Kazakhstan signature 2000-09-08",
      "Kazakhstan ratification 2004-02-11",
      // Kept as written, and listed to check.
      "Narnia signature 2001-01-01",
    ]);
    expect(result.records.every((r) => r.source === "pasted table" && r.instrumentId === "crc-opac")).toBe(true);
  });

  it("lists the rows it could not read (or kept as written) by their line in the paste; blank cells and lines are no problem", () => {
    expect(result.problems).toEqual([
      { line: 10, reason: 'the consent column: "Smarch" in "12 Smarch 2004" is not a month' },
      { line: 12, reason: '"Narnia" is not a state or organisation the tracker knows; kept as written' },
    ]);
  });

  it("needs the instrument given when the title line is not copied; the given one wins", () => {
    expect(() => importPastedTable(UNTC_NO_TITLE, null)).toThrow(/the instrument is not named/u);
    expect(importPastedTable(UNTC_NO_TITLE, "OPAC").instrumentId).toBe("crc-opac");
    expect(importPastedTable(UNTC_NO_TITLE, "  crc-opac ").records).toHaveLength(10);
    expect(importPastedTable(UNTC_PASTE, "Convention on the Rights of the Child").instrumentId).toBe("crc");
    // Line numbers count from the first pasted line.
    expect(importPastedTable(UNTC_NO_TITLE, "crc-opac").problems[0]?.line).toBe(8);
  });

  it("reads CRLF line ends and a byte-order mark", () => {
    expect(acts(importPastedTable(`\uFEFF${UNTC_PASTE.replace(/\n/gu, "\r\n")}`, null))).toEqual(acts(result));
  });

  it("throws a ReferenceImportError for an empty paste or one that is not a status table", () => {
    expect(() => importPastedTable("  \n ", null)).toThrow(/nothing is pasted/u);
    expect(() => importPastedTable("Norway ratified the Convention on the Rights of the Child.", null)).toThrow(ReferenceImportError);
    expect(() => importPastedTable("Country\tDate\nPeru\t1 Jan 2000", "crc")).toThrow(/no "Participant" column/u);
    expect(() => importPastedTable('Participant,Signature\n"Peru,1 Jan 2000', "crc")).toThrow(
      /the CSV text cannot be read: a quoted field opened on line 2 is never closed/u,
    );
  });
});

describe("a CSV paste", () => {
  it("reads a long table (actor, instrument, action, date), quoted fields and all, and lists the rows it cannot read", () => {
    const result = importPastedTable(LONG_CSV, null);
    expect(acts(result)).toEqual(["Chile signature 2013-06-03", "Chile ratification 2018-08-08", "South Korea accession 2017-02-01"]);
    expect(result.instrumentId).toBe("att");
    expect(result.problems).toEqual([{ line: 5, reason: 'action "denounced" is not signature, ratification, acceptance, approval, accession or succession' }]);
  });

  it("reads a UNTC-layout table saved as CSV", () => {
    const csv = UNTC_PASTE.split("\n")
      .map((line) =>
        line
          .split("\t")
          .map((c) => (c.includes(",") ? `"${c}"` : c))
          .join(","),
      )
      .join("\n");
    const result = importPastedTable(csv, null);
    expect(result.instrumentId).toBe("crc-opac");
    expect(acts(result)).toContain("Bolivia accession 2006-01-14");
  });
});

describe("gridFromText and isLongTable", () => {
  it("splits tab-separated lines, keeping blank inner lines so lines number as pasted, dropping trailing ones", () => {
    expect(gridFromText("a\tb\n\nc\td\n\n")).toEqual([["a", "b"], [""], ["c", "d"]]);
    expect(gridFromText("a,b\nc,d", "tsv")).toEqual([["a,b"], ["c,d"]]);
    expect(gridFromText('a,b\n"c\td",e', "csv")).toEqual([
      ["a", "b"],
      ["c\td", "e"],
    ]);
  });
  it("tells a long table by its header", () => {
    expect(isLongTable([["Actor", "Instrument", "Action", "Date"]])).toBe(true);
    expect(isLongTable([["Participant", "Signature"]])).toBe(false);
    expect(isLongTable([])).toBe(false);
  });
  it("importGrid takes an .xlsx's cells: Excel dates and serials", () => {
    const result = importGrid(
      [["Arms Trade Treaty"], ["Participant", "Signature", "Ratification"], ["Chile", new Date(Date.UTC(2013, 5, 3)), 43320]],
      null,
      "att.xlsx",
    );
    expect(acts(result)).toEqual(["Chile signature 2013-06-03", "Chile ratification 2018-08-08"]);
    expect(result.records[0]?.source).toBe("att.xlsx");
  });
});

describe("tableFileGrid: a picked file", () => {
  it("reads .txt and .tsv as tab-separated, .csv as CSV", async () => {
    await expect(tableFileGrid(file("opac.txt", UNTC_PASTE), noXlsx)).resolves.toHaveLength(12);
    await expect(tableFileGrid(file("t.tsv", "a,b\tc"), noXlsx)).resolves.toEqual([["a,b", "c"]]);
    await expect(tableFileGrid(file("t.csv", "a\tb,c"), noXlsx)).resolves.toEqual([["a\tb", "c"]]);
  });

  it("hands an .xlsx to the reader, and names the file when it cannot be read", async () => {
    const reader = jest.fn(async () => [["x"]]);
    await expect(tableFileGrid(file("Status.XLSX", "PK"), reader)).resolves.toEqual([["x"]]);
    expect(reader).toHaveBeenCalledTimes(1);
    await expect(tableFileGrid(file("bad.xlsx", "no"), noXlsx)).rejects.toThrow("bad.xlsx is not an .xlsx workbook that can be read (no .xlsx in this test)");
  });

  it("refuses other extensions and oversized files with a ReferenceImportError", async () => {
    await expect(tableFileGrid(file("status.pdf", "%PDF"), noXlsx)).rejects.toThrow(
      /status\.pdf: a status table is a \.csv, \.tsv, \.txt \(tab-separated\) or \.xlsx file/u,
    );
    await expect(tableFileGrid(file("big.csv", "a", 11 * 1024 * 1024), noXlsx)).rejects.toThrow(ReferenceImportError);
    await expect(tableFileGrid(file("broken.csv", '"open'), noXlsx)).rejects.toThrow(/^broken\.csv: the CSV text cannot be read/u);
  });
});

describe("runImport", () => {
  it("gives the result of a pasted table, with a new id", async () => {
    const outcome = await runImport({ kind: "paste", text: UNTC_PASTE, instrument: "" }, 7, noXlsx);
    expect(outcome).toMatchObject({ id: 7, source: "pasted table", error: null });
    expect(outcome.result?.records).toHaveLength(10);
  });

  it("reads a file under its name, with the instrument given", async () => {
    const outcome = await runImport({ kind: "file", file: file("opac.csv", UNTC_NO_TITLE.replace(/\t/gu, ",")), instrument: "opac" }, 1, noXlsx);
    expect(outcome.error).toBeNull();
    expect(outcome.result?.records[0]?.source).toBe("opac.csv");
  });

  it("turns a table that is not one into an error sentence, and one with no readable act into an error with its problems", async () => {
    const bad = await runImport({ kind: "paste", text: "Country\tDate\nPeru\t1 Jan 2000", instrument: "" }, 2, noXlsx);
    expect(bad.result).toBeNull();
    expect(bad.error).toMatch(/^No "Participant" column: .*copy it with the table, or give a column mapping .*\.$/u);
    const empty = await runImport({ kind: "paste", text: "Arms Trade Treaty\nParticipant\tSignature\nPeru\tsoon", instrument: "" }, 3, noXlsx);
    expect(empty.error).toMatch(/^No participant's act could be read/u);
    expect(empty.result?.problems).toEqual([{ line: 3, reason: 'Signature: "soon" is not a date such as "16 Sep 2005 a"' }]);
  });

  it("never throws, even for an unexpected failure", async () => {
    const broken = { name: "t.csv", size: 1, arrayBuffer: async () => Promise.reject(new Error("permission denied")) };
    await expect(runImport({ kind: "file", file: broken, instrument: "" }, 4, noXlsx)).resolves.toMatchObject({
      result: null,
      error: "t.csv could not be read (permission denied).",
    });
  });
});

describe("the imported tables", () => {
  const opac = importPastedTable(UNTC_PASTE, null);
  const att = importPastedTable(LONG_CSV, null);

  it("keeps one table per instrument: a new import of the same one replaces it in place", () => {
    const again = importPastedTable(UNTC_NO_TITLE, "crc-opac");
    const list = withReference(withReference([], opac), att);
    expect(list.map(referenceKey)).toEqual(["crc-opac", "att"]);
    const replaced = withReference(list, again);
    expect(replaced).toEqual([again, att]);
    expect(withoutReference(replaced, "crc-opac")).toEqual([att]);
  });

  it("keys a table of an instrument the catalog lacks by its name", () => {
    expect(referenceKey({ instrumentId: null, instrument: " Some Local Treaty " })).toBe("~some local treaty");
  });

  it("describes an import and lists its rows for the preview", () => {
    expect(describeImport(opac)).toBe("10 recorded acts of 7 participants read; 2 rows to check (listed below).");
    expect(describeImport({ ...att, problems: [] })).toBe("3 recorded acts of 2 participants read; every row read.");
    expect(previewRows(att)[2]).toEqual({ key: "2", participant: "South Korea", act: "accession", date: "2017-02-01" });
    expect(previewRows(opac, 4).map((r) => r.participant)).toEqual(["Armenia", "Armenia", "Austria", "Belgium"]);
  });

  it("adds write summaries up, and makes error messages sentences", () => {
    const s = { added: 2, updated: 1, unchanged: 0, kept: 3, cleared: 0 };
    expect(addSummaries([s, s])).toEqual({ added: 4, updated: 2, unchanged: 0, kept: 6, cleared: 0 });
    expect(sentence("the table is empty")).toBe("The table is empty.");
    expect(sentence("done.")).toBe("Done.");
    expect(sentence("opac.csv: no acts", "opac.csv")).toBe("opac.csv: no acts.");
  });
});
