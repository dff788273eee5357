import { clearEvidenceCache, evidenceTable, EvidenceTableError, readEvidenceTable, serialToDate, sourceDocument } from "./table";

const HEADER = ["ID", "Actor", "Action", "Instrument", "Instrument ID", "Date", "Polarity", "Evidence", "Confidence", "Review", "Source"];
const row = (id: string, actor: string, action: string, date: unknown = "", extra: Partial<Record<string, unknown>> = {}) =>
  HEADER.map(
    (h) =>
      ({
        ID: id,
        Actor: actor,
        Action: action,
        Instrument: "Arms Trade Treaty",
        "Instrument ID": "att",
        Date: date,
        Polarity: "affirmed",
        Evidence: `${actor} ${action}.`,
        Confidence: 0.9,
        Review: "Pending",
        Source: "doc.txt ¶2",
        ...extra,
      })[h],
  );

describe("readEvidenceTable", () => {
  test("reads columns by header, in any order and case, and takes Quote for Evidence", () => {
    const reordered = [
      ["evidence", "ACTION", "actor", "instrument"],
      ["Chile ratified.", "Ratified", "Chile", "ATT"],
    ];
    const { index, problems } = readEvidenceTable(reordered);
    expect(problems).toEqual([]);
    expect(index.records[0]).toMatchObject({
      actor: "Chile",
      action: "ratified",
      instrument: "ATT",
      quote: "Chile ratified.",
      polarity: "affirmed",
      review: "Pending",
      id: "row 2",
    });
    expect(
      readEvidenceTable([
        ["Actor", "Action", "Instrument", "Quote"],
        ["Peru", "signed", "ATT", "Peru signed."],
      ]).index.records[0]?.quote,
    ).toBe("Peru signed.");
  });

  test("a range without the header row is an error that says to include it", () => {
    expect(() => readEvidenceTable([row("c-1", "Chile", "ratified")])).toThrow(/include the header row/u);
    expect(() => readEvidenceTable([["Actor", "Instrument"]])).toThrow(EvidenceTableError);
    expect(() => readEvidenceTable("Commitments")).toThrow(/range with a header row/u);
    expect(() => readEvidenceTable([])).toThrow(EvidenceTableError);
  });

  test("rows it cannot read are reported with their row and reason, never silently dropped; blank rows are skipped", () => {
    const { index, problems } = readEvidenceTable([
      HEADER,
      row("c-1", "Chile", "ratifies"),
      HEADER.map(() => ""),
      row("c-2", "", "signed"),
      row("c-3", "Peru", "signed", "June 2013"),
      row("c-4", "Peru", "signed", "", { Polarity: "maybe" }),
    ]);
    expect(problems).toEqual([
      { row: 2, reason: expect.stringMatching(/action "ratifies" is not one of/u) },
      { row: 4, reason: "a record needs an actor and an instrument" },
      { row: 5, reason: expect.stringMatching(/date "June 2013".*read as undated/u) },
      { row: 6, reason: expect.stringMatching(/polarity "maybe"/u) },
    ]);
    expect(index.records.map((r) => [r.id, r.date])).toEqual([["c-3", null]]);
  });

  test("a date cell (Excel's serial number) is read as its day; Source labels give the document", () => {
    expect(serialToDate(38611)).toBe("2005-09-16");
    expect(serialToDate(-3)).toBeNull();
    const { index } = readEvidenceTable([HEADER, row("c-1", "Kazakhstan", "acceded", 38611)]);
    expect(index.records[0]).toMatchObject({ date: "2005-09-16", doc: "doc.txt", source: "doc.txt ¶2" });
    expect(sourceDocument("003_a b.txt ¶12")).toBe("003_a b.txt");
    expect(sourceDocument("by hand")).toBe("by hand");
  });
});

describe("evidenceTable: one index per distinct range", () => {
  beforeEach(() => clearEvidenceCache());
  const grid = () => [HEADER, row("c-1", "Chile", "ratified", "2018"), row("c-2", "Peru", "signed")];

  test("the same array, and an equal copy of it, reuse the index", () => {
    const a = grid();
    const first = evidenceTable(a);
    expect(evidenceTable(a)).toBe(first);
    expect(evidenceTable(grid())).toBe(first);
  });

  test("a copy that differs in any cell gets its own index", () => {
    const first = evidenceTable(grid());
    const changed = grid();
    (changed[2] as unknown[])[2] = "ratified";
    const second = evidenceTable(changed);
    expect(second).not.toBe(first);
    expect(second.index.records[1]?.action).toBe("ratified");
    const longer = [...grid(), row("c-3", "Peru", "ratified")];
    expect(evidenceTable(longer).index.records).toHaveLength(3);
  });
});
