/**
 * Status tables in the UN Treaty Collection's layout, built by the tests with made-up dates
 * (not the real record), and their reconciliation with what documents say.
 */
import { record } from "../../../test/support/evidence";
import { EvidenceIndex } from "../status/evidenceIndex";
import { importLongTable, importStatusTable, parseStatusDate, participant, ReferenceImportError, MAX_ROWS, slashOrder } from "./untc";
import { reconcile, ReferenceIndex } from "./reconcile";
import type { ReferenceRecord } from "./record";

/** A status table as copied from UNTC into a sheet: title line, a blank line, header, participants. */
function untc(rows: string[][], title = "12. International Convention for the Suppression of Acts of Nuclear Terrorism"): string[][] {
  return [[title], [""], ["Participant", "Signature", "Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)"], ...rows];
}

describe("parseStatusDate: every suffix and footnote form", () => {
  test.each([
    ["16 Sep 2005 a", "2005-09-16", "accession"],
    ["10 Apr 2003", "2003-04-10", null],
    ["4 Jan 1994 d", "1994-01-04", "succession"],
    ["2 Oct 2016 A", "2016-10-02", "acceptance"],
    ["21 Jan 2009 AA", "2009-01-21", "approval"],
    ["12 Mar 2001 a 3", "2001-03-12", "accession", ["3"]],
    ["5 Jun 2007 2,4", "2007-06-05", null, ["2", "4"]],
    ["5 Jun 2007*", "2007-06-05", null, ["*"]],
    ["5 Jun 2007 [4]", "2007-06-05", null, ["4"]],
    ["5 Jun 2007¹", "2007-06-05", null, ["1"]],
    ["5 Jun 2007 (a)", "2007-06-05", "accession"],
    ["1 September 2010", "2010-09-01", null],
    ["2005-09-16 a", "2005-09-16", "accession"],
  ] as [string, string, string | null, string[]?][])("%s", (...[text, date, act, footnotes]) => {
    expect(parseStatusDate(text)).toEqual({ date, suffixAct: act, ...(footnotes ? { footnotes } : {}) });
  });

  test("blank is nothing; a date cell Excel converted is its day; what is not a date says why", () => {
    expect(parseStatusDate("")).toBeNull();
    expect(parseStatusDate("  ")).toBeNull();
    expect(parseStatusDate(38611)).toEqual({ date: "2005-09-16", suffixAct: null });
    expect(parseStatusDate(new Date(Date.UTC(2005, 8, 16)))).toEqual({ date: "2005-09-16", suffixAct: null });
    expect(parseStatusDate("31 Feb 2005")).toMatch(/not a real date/u);
    expect(parseStatusDate("16 Sepember 2005")).toMatch(/not a month/u);
    expect(parseStatusDate("soon")).toMatch(/not a date such as/u);
    expect(parseStatusDate("16 Sep 2005 x")).toMatch(/neither a suffix/u);
  });

  test("numeric dates of other locales: day.month.year always; slashes in the order the table's own dates show", () => {
    expect(parseStatusDate("16.09.2005 a")).toEqual({ date: "2005-09-16", suffixAct: "accession" });
    expect(parseStatusDate("16/09/2005", "day-first")).toEqual({ date: "2005-09-16", suffixAct: null });
    expect(parseStatusDate("09/16/2005", "month-first")).toEqual({ date: "2005-09-16", suffixAct: null });
    expect(parseStatusDate("05/05/2005")).toEqual({ date: "2005-05-05", suffixAct: null });
    expect(parseStatusDate("03/04/2005")).toMatch(/could be 3 April or 4 March/u);
    expect(parseStatusDate("31.02.2005")).toMatch(/not a real date/u);
    expect([
      slashOrder(["14/09/2005", "01/02/2003", 38611]),
      slashOrder(["09/14/2005"]),
      slashOrder(["01/02/2003"]),
      slashOrder(["14/09/2005", "09/14/2005"]),
    ]).toEqual(["day-first", "month-first", null, null]);
  });
});

describe("participants resolve as extraction resolves actors, footnote markers dropped", () => {
  test.each([
    ["Bolivia (Plurinational State of)", "Bolivia"],
    ["Türkiye", "Türkiye"],
    ["Netherlands (Kingdom of the)", "Netherlands"],
    ["Germany1", "Germany"],
    ["Chile 2,3", "Chile"],
    ["Micronesia (Federated States of)", "Micronesia"],
    ["Russian Federation", "Russia"],
  ])("%s → %s", (raw, name) => {
    expect(participant(raw)).toMatchObject({ name, known: true, bracketed: false });
  });
  test("an unknown name is kept as written", () => {
    expect(participant("Freedonia4")).toMatchObject({ name: "Freedonia", known: false, footnotes: ["4"] });
  });
});

describe("importStatusTable", () => {
  test("reads signatures and consents with their acts; the instrument from the title line", () => {
    const result = importStatusTable(
      untc([
        ["Kazakhstan", "", "16 Sep 2005 a"],
        ["Chile1", "14 Sep 2005", "10 Apr 2010"],
        ["Türkiye", "", "2 Oct 2016 A"],
        ["", "", ""],
        ["Czechia", "", "4 Jan 1994 d"],
      ]),
    );
    expect(result.instrumentId).toBe("icsant");
    expect(result.problems).toEqual([]);
    expect(result.records.map((r) => `${r.actor} ${r.act} ${r.date}`)).toEqual([
      "Kazakhstan accession 2005-09-16",
      "Chile signature 2005-09-14",
      "Chile ratification 2010-04-10",
      "Türkiye acceptance 2016-10-02",
      "Czechia succession 1994-01-04",
    ]);
    expect(result.records.every((r) => r.instrumentId === "icsant" && r.source.startsWith("International Convention"))).toBe(true);
  });

  test("the user's instrument wins over the title; a table without a title needs one", () => {
    const rows = [
      ["Participant", "Signature", "Ratification, Accession(a)"],
      ["Peru", "", "1 Feb 2002"],
    ];
    expect(importStatusTable(rows, { instrument: "OPAC", source: "opac.csv" }).records[0]).toMatchObject({
      instrumentId: "crc-opac",
      source: "opac.csv",
      act: "ratification",
    });
    expect(() => importStatusTable(rows)).toThrow(/instrument is not named/u);
  });

  test("a consent column headed by accession alone makes plain dates accessions", () => {
    const rows = [["Convention on the Rights of the Child"], ["Participant", "Signature", "Accession(a), Ratification"], ["Peru", "", "1 Feb 2002"]];
    expect(importStatusTable(rows).records[0]).toMatchObject({ act: "ratification" });
    const only = [["Convention on the Rights of the Child"], ["Participant", "Accession"], ["Peru", "1 Feb 2002"]];
    expect(importStatusTable(only).records[0]).toMatchObject({ act: "accession", instrumentId: "crc" });
  });

  test("rows it cannot read are reported with their line and reason, never dropped silently", () => {
    const result = importStatusTable(
      untc([
        ["Kazakhstan", "", "16 Sep 2005 a"],
        ["Chile", "sometime", "10 Apr 2010"],
        ["", "", "1 Jan 2000"],
        ["Freedonia", "", "1 Jan 2001"],
      ]),
    );
    expect(result.problems).toEqual([
      { line: 5, reason: expect.stringMatching(/^Signature: "sometime" is not a date/u) },
      { line: 6, reason: "a date with no participant" },
      { line: 7, reason: expect.stringMatching(/"Freedonia" is not a state or organisation the tracker knows; kept as written/u) },
    ]);
    expect(result.records.map((r) => r.actor)).toEqual(["Kazakhstan", "Chile", "Freedonia"]);
  });

  test("not a status table: clear errors", () => {
    expect(() => importStatusTable([])).toThrow(ReferenceImportError);
    expect(() =>
      importStatusTable([
        ["Country", "Date"],
        ["Peru", "1 Jan 2000"],
      ]),
    ).toThrow(/no "Participant" column/u);
    expect(() =>
      importStatusTable(
        [
          ["Participant", "Notes"],
          ["Peru", "x"],
        ],
        { instrument: "att" },
      ),
    ).toThrow(/no "Signature" nor ratification/u);
    expect(() => importStatusTable(Array.from({ length: MAX_ROWS + 1 }, () => ["x"]))).toThrow(/one instrument's table at a time/u);
  });

  test("10,000 rows and hostile strings: read, each bad cell reported, nothing evaluated", () => {
    const many = untc(Array.from({ length: 10_000 }, (_, i) => [i % 2 ? "Chile" : "Peru", "", `${(i % 28) + 1} Mar ${1990 + (i % 30)} a`]));
    const result = importStatusTable(many);
    expect(result.records).toHaveLength(10_000);
    const hostile = importStatusTable(
      untc([
        ["=cmd|' /C calc'!A0", "", "1 Jan 2000"],
        ["Peru", "<script>alert(1)</script>", "@SUM(A1)"],
        ["x".repeat(5000), "", "1 Jan 2000"],
      ]),
    );
    // Kept as data (its trailing "0" read as a footnote marker); the writers store it as text.
    expect(hostile.records.map((r) => r.actor)).toEqual(["=cmd|' /C calc'!A"]);
    expect(hostile.problems.map((p) => p.line)).toEqual([4, 5, 5, 6]);
  });
});

describe("importLongTable", () => {
  test("one act per row, columns by a mapping the user can change", () => {
    const grid = [
      ["State", "Treaty", "What", "When"],
      ["Kazakhstan", "icsant", "accession", "16 Sep 2005"],
      ["Chile", "ATT", "ratified", "2018-06-04"],
      ["Peru", "ATT", "joined", "2019-01-01"],
    ];
    const result = importLongTable(grid, { actor: "state", instrument: "treaty", action: "what", date: "when" });
    expect(result.records.map((r) => `${r.actor} ${r.instrumentId} ${r.act} ${r.date}`)).toEqual([
      "Kazakhstan icsant accession 2005-09-16",
      "Chile att ratification 2018-06-04",
    ]);
    expect(result.problems).toEqual([{ line: 4, reason: expect.stringMatching(/action "joined" is not/u) }]);
    expect(() => importLongTable(grid)).toThrow(/adjust the column mapping/u);
  });
});

describe("reconcile", () => {
  const reference = (records: Partial<ReferenceRecord>[]) =>
    records.map(
      (r) =>
        ({
          actor: "Kazakhstan",
          instrumentId: "icsant",
          instrument: "ICSANT",
          act: "accession",
          date: "2005-09-16",
          source: "UNTC table",
          ...r,
        }) as ReferenceRecord,
    );
  const run = (evidence: ReturnType<typeof record>[], recorded: ReferenceRecord[], doneNotSaid = false) => {
    const index = new EvidenceIndex(evidence);
    return reconcile(index, new ReferenceIndex(recorded, index), { doneNotSaid });
  };
  const kz = (over: Parameters<typeof record>[0]) => record({ actor: "Kazakhstan", instrumentId: "icsant", instrument: "ICSANT", ...over });

  test("a table saying the actor acceded on one date, a document saying it ratified on another: one DATE_MISMATCH", () => {
    const stated = kz({ action: "ratified", date: "2006-03-01" });
    const gaps = run([stated], reference([{}]));
    expect(gaps).toEqual([expect.objectContaining({ code: "DATE_MISMATCH", actor: "Kazakhstan", instrumentId: "icsant", commitmentIds: [stated.id] })]);
    expect(gaps[0]?.detail).toMatch(/stated ratified 2006-03-01; recorded accession 2005-09-16 \(UNTC table\)/u);
    // A year that holds the recorded day agrees.
    expect(run([kz({ action: "acceded", date: "2005" })], reference([{}]))).toEqual([]);
  });

  test("a document claiming a ratification absent from the table: SAID_NOT_DONE", () => {
    const stated = kz({ action: "ratified", date: "2006-03-01", actor: "Chile" });
    const gaps = run([stated], reference([{}]));
    expect(gaps).toEqual([expect.objectContaining({ code: "SAID_NOT_DONE", actor: "Chile", commitmentIds: [stated.id] })]);
    // A signature on record is not a binding act.
    expect(run([stated], reference([{ actor: "Chile", act: "signature" }])).map((g) => g.code)).toEqual(["SAID_NOT_DONE"]);
    // Negated, planned or rejected claims claim nothing.
    expect(run([kz({ actor: "Chile", polarity: "negated" }), kz({ actor: "Chile", review: "Rejected" })], reference([{}]))).toEqual([]);
  });

  test("only instruments the table covers are audited", () => {
    expect(run([record({ actor: "Chile", instrumentId: "att" })], reference([{}]))).toEqual([]);
  });

  test("signature dates are compared too", () => {
    expect(run([kz({ action: "signed", date: "2005-09-15" })], reference([{ act: "signature", date: "2005-09-14" }])).map((g) => g.code)).toEqual([
      "DATE_MISMATCH",
    ]);
  });

  test("DONE_NOT_SAID only when asked: a recorded binding act no document mentions", () => {
    const recorded = reference([{ actor: "Peru", act: "ratification", date: "2003-01-02" }, { actor: "Peru", act: "signature", date: "2002-01-01" }, {}]);
    const evidence = [kz({ action: "acceded", date: "2005-09-16" })];
    expect(run(evidence, recorded)).toEqual([]);
    const gaps = run(evidence, recorded, true);
    expect(gaps).toEqual([expect.objectContaining({ code: "DONE_NOT_SAID", actor: "Peru", instrumentId: "icsant", commitmentIds: [] })]);
    expect(gaps[0]?.detail).toMatch(/recorded ratification 2003-01-02/u);
  });
});
