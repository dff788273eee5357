/**
 * The layouts depositaries publish besides UNTC's classic one (issue 17), built by the tests with
 * made-up dates (not the real record): UNTC's one row per act, and a secretariat's list of parties.
 */
import { parseTableText } from "../tables";
import { actOf } from "./acts";
import { importReferenceGrid, importStatusTable } from "./untc";

const TITLE = "Convention on the Rights of Persons with Disabilities";
const pick = (r: { actor: string; act: string; date: string }) => `${r.actor} ${r.act} ${r.date}`;

describe("UNTC's action-per-row layout", () => {
  const grid = [
    [TITLE],
    ["Participant", "Action", "Date of Notification/Deposit", "Date of Effect"],
    ["Chile", "Signature", "20/10/2016", ""],
    ["Chile", "Ratification", "13/11/2017", "13/12/2017"],
    ["Peru", "Accession", "5/3/2018", "4/4/2018"],
    ["Norway", "Acceptance", "1/2/2019", "3/3/2019"],
    ["Fiji", "Definitive signature", "7/8/2019", "6/9/2019"],
    ["Ghana", "Declaration", "9/9/2019", ""],
  ];

  test("each row is its act on its deposit date (never the effect date, kept as its own), day first as the table's 20/10 shows", () => {
    const result = importReferenceGrid(grid, null, "untc-actions.csv");
    expect(result.layout).toBe("UNTC actions (one row per act)");
    expect(result.instrumentId).toBe("crpd");
    expect(result.records.map(pick)).toEqual([
      "Chile signature 2016-10-20",
      "Chile ratification 2017-11-13",
      "Peru accession 2018-03-05",
      "Norway acceptance 2019-02-01",
      "Fiji definitive signature 2019-08-07",
    ]);
    expect(result.records.map((r) => r.effective ?? null)).toEqual([null, "2017-12-13", "2018-04-04", "2019-03-03", "2019-09-06"]);
    // An action that is not an act the tracker records is said, not read as one.
    expect(result.problems.map((p) => [p.line, p.reason])).toEqual([[8, 'Action "Declaration" is not an act the tracker records']]);
  });

  test("a table whose every slash date could be either order is not guessed: each such date is a problem of its line", () => {
    const ambiguous = [[TITLE], ["Participant", "Action", "Date of Notification/Deposit", "Date of Effect"], ["Chile", "Ratification", "3/4/2017", ""]];
    const result = importStatusTable(ambiguous);
    expect(result.records).toEqual([]);
    expect(result.problems).toHaveLength(1);
  });
});

describe("a secretariat's list of parties", () => {
  const grid = [
    [`States Parties to the ${TITLE}`],
    ["No.", "Country", "Electoral group", "Date of Ratification", "Status"],
    ["1", "Chile", "III", "30/3/2009", "Ratification"],
    ["2", "Peru", "III", "14/1/2010", "Accession"],
    ["3", "Fiji", "IV", "", "Party"],
    ["4", "Norway", "I", "2/12/2011", "Party"],
  ];

  test('Country and Date of Ratification are read, the status word names the act (a bare "Party" is bound, the act not said), a state listed without a date is no record and no error', () => {
    const result = importReferenceGrid(grid, null, "parties.csv");
    expect(result.layout).toBe("list of parties");
    expect(result.instrumentId).toBe("crpd");
    expect(result.records.map(pick)).toEqual(["Chile ratification 2009-03-30", "Peru accession 2010-01-14", "Norway party 2011-12-02"]);
    expect(result.problems).toEqual([]);
  });

  test("the title line that says 'States Parties to …' is not taken for the header; UNTC's classic table is still read as one", () => {
    const classic = [[TITLE], ["Participant", "Signature", "Ratification, Accession(a)"], ["Chile", "30 Mar 2007", "29 Jul 2008"]];
    const result = importStatusTable(classic);
    expect(result.layout).toBe("UNTC status table");
    expect(result.records.map(pick)).toEqual(["Chile signature 2007-03-30", "Chile ratification 2008-07-29"]);
  });
});

describe("a header split over several physical lines (UNTC's plain text, a PDF's copy)", () => {
  const grid = [
    [TITLE],
    ["Participant", "Signature", "Ratification,"],
    ["", "", "Accession (a),"],
    ["", "", "Succession (d)"],
    ["[Czechoslovakia]", "", "22 Feb 1993 d"],
    ["Chile 2", "30 Mar 2007", "29 Jul 2008 [3]"],
  ];

  test("the continuation lines are part of the header, not rows; names and dates lose their markers, which go to the row's note", () => {
    const result = importStatusTable(grid);
    expect(result.layout).toBe("UNTC status table");
    // A former state the lexicon does not know: kept as written, and said.
    expect(result.problems).toEqual([{ line: 5, reason: '"Czechoslovakia" is not a state or organisation the tracker knows; kept as written' }]);
    expect(result.records.map((r) => [pick(r), r.note ?? ""])).toEqual([
      ["Czechoslovakia succession 1993-02-22", "in brackets in the table (a former or withdrawn participant)"],
      ["Chile signature 2007-03-30", "footnote 2"],
      ["Chile ratification 2008-07-29", "footnotes 2, 3"],
    ]);
  });

  test("a line under the header that holds a date is a row, not the header's continuation", () => {
    const result = importStatusTable([[TITLE], ["Participant", "Signature", "Ratification"], ["", "", "1 Feb 2002"]]);
    expect(result.problems).toEqual([{ line: 3, reason: "a date with no participant" }]);
  });
});

describe("status words", () => {
  test.each([
    ["Ratification", "ratification"],
    ["ratified", "ratification"],
    ["Acceptance", "acceptance"],
    ["Approval", "approval"],
    ["Accession", "accession"],
    ["acceded", "accession"],
    ["Succession", "succession"],
    ["Definitive signature", "definitive signature"],
    ["Signature", "signature"],
    ["Signatory", "signature"],
    ["Party", "party"],
    ["State party", "party"],
    ["a", "accession"],
    ["AA", "approval"],
  ])("%s → %s", (word, act) => {
    expect(actOf(word)).toBe(act);
  });

  test("words that name no act (negative cases)", () => {
    for (const word of ["Declaration", "Reservation", "Objection", "Withdrawal", "Denunciation", "Partial", "Participant", "", "x"])
      expect(actOf(word)).toBeNull();
  });
});

describe("UNTC's plain-text layout, drawn with rules", () => {
  test("a framed pipe table with a three-line header and padded names reads as UNTC's status table", () => {
    const text = [
      TITLE,
      "+--------------------------+-------------+-----------------+",
      "| Participant              | Signature   | Ratification,   |",
      "|                          |             | Accession (a),  |",
      "|                          |             | Succession (d)  |",
      "+--------------------------+-------------+-----------------+",
      "| Chile                    | 30 Mar 2007 | 29 Jul 2008     |",
      "| Peru 1                   |             |  30 Jan 2008 a  |",
      "+--------------------------+-------------+-----------------+",
    ].join("\n");
    const result = importStatusTable(parseTableText(text));
    expect(result.layout).toBe("UNTC status table");
    expect(result.problems).toEqual([]);
    expect(result.records.map(pick)).toEqual(["Chile signature 2007-03-30", "Chile ratification 2008-07-29", "Peru accession 2008-01-30"]);
  });
});

describe("names wrapped over two lines (plain-text and PDF copies)", () => {
  test("an open bracket or a joining last word with no date continues on the next line; lines keep their numbers", () => {
    const result = importStatusTable([
      [TITLE],
      ["Participant", "Signature", "Ratification, Accession(a)"],
      ["Bolivia (Plurinational", "", ""],
      ["State of)2,3", "13 Aug 2007", "16 Nov 2009"],
      ["United Kingdom of Great Britain and", "", ""],
      ["Northern Ireland", "30 Mar 2007", "8 Jun 2009"],
      ["Guinea-", "", ""],
      ["Bissau", "", "24 Sep 2014 a"],
      ["Chile", "", "29 Jul 2008"],
      ["Soon", "", "nope"],
    ]);
    expect(result.records.map((r) => `${pick(r)}${r.note ? ` (${r.note})` : ""}`)).toEqual([
      "Bolivia signature 2007-08-13 (footnotes 2, 3)",
      "Bolivia ratification 2009-11-16 (footnotes 2, 3)",
      "United Kingdom signature 2007-03-30",
      "United Kingdom ratification 2009-06-08",
      "Guinea-Bissau accession 2014-09-24",
      "Chile ratification 2008-07-29",
    ]);
    expect(result.problems.map((p) => p.line)).toEqual([10, 10]);
  });

  test("a finished name with no date is not joined to the next (negative case)", () => {
    const result = importStatusTable([[TITLE], ["Participant", "Signature", "Ratification"], ["Ghana", "", ""], ["Chile", "", "29 Jul 2008"]]);
    expect(result.records.map(pick)).toEqual(["Chile ratification 2008-07-29"]);
  });
});
