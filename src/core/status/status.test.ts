import { record } from "../../../test/support/evidence";
import { conflictsOf, datesDisagree, describeStatus, statusOf } from "./status";

describe("statusOf: the strength ladder", () => {
  test("the strongest level wins, whatever the order of the records", () => {
    const records = [
      record({ action: "called-for" }),
      record({ action: "supported" }),
      record({ action: "signed", date: "2013-06-03" }),
      record({ action: "welcomed" }),
    ];
    expect(statusOf(records).level).toBe("Signed");
    expect(statusOf(records.reverse()).level).toBe("Signed");
    expect(statusOf([...records, record({ action: "acceded" })]).level).toBe("Bound");
    expect(statusOf([record({ action: "endorsed" })]).level).toBe("Politically committed");
    expect(statusOf([record({ action: "welcomed" })]).level).toBe("Advocated");
    expect(statusOf([]).level).toBe("No record");
  });

  test("only affirmed, unrejected records count", () => {
    expect(statusOf([record({ polarity: "negated" })]).level).toBe("No record");
    expect(statusOf([record({ polarity: "planned" }), record({ action: "signed" })]).level).toBe("Signed");
    expect(statusOf([record({ review: "Rejected" }), record({ action: "supported" })]).level).toBe("Politically committed");
    expect(statusOf([record({ review: "Accepted" })]).level).toBe("Bound");
  });

  test("within a level the latest dated act decides; undated acts only when none is dated", () => {
    const early = record({ action: "ratified", date: "2001-02-03" });
    const late = record({ action: "acceded", date: "2010" });
    const undated = record({ action: "party" });
    expect(statusOf([early, undated, late]).deciding).toBe(late);
    expect(statusOf([undated, early]).deciding).toBe(early);
    expect(statusOf([undated]).deciding).toBe(undated);
    expect(statusOf([early, undated, late]).counted).toHaveLength(3);
  });

  test("as of a date, only acts surely done by then count (a year counts from its last day; undated never)", () => {
    const signed = record({ action: "signed", date: "2013-06-03" });
    const ratified = record({ action: "ratified", date: "2018" });
    const party = record({ action: "party" });
    expect(statusOf([signed, ratified, party], "2018-12-31").level).toBe("Bound");
    expect(statusOf([signed, ratified, party], "2018-06-30").level).toBe("Signed");
    expect(statusOf([signed, ratified, party], "2018-12").deciding).toBe(ratified);
    expect(statusOf([signed, ratified, party], "2012").level).toBe("No record");
    expect(statusOf([party], "2030").level).toBe("No record");
    expect(statusOf([record({ action: "signed", date: "2016-02" })], "2016-02-29").level).toBe("Signed");
    expect(statusOf([record({ action: "signed", date: "2016-02" })], "2016-02-28").level).toBe("No record");
  });
});

describe("conflicts", () => {
  test("different dates for the same act conflict; a year and a day in it do not", () => {
    expect(datesDisagree("2005", "2005-09-16")).toBe(false);
    expect(datesDisagree("2005-09", "2005-09-16")).toBe(false);
    expect(datesDisagree("2005-09-16", "2005-09-17")).toBe(true);
    expect(datesDisagree("2005", "2006-01-01")).toBe(true);
    const [conflict] = conflictsOf([record({ action: "ratified", date: "2005-09-16" }), record({ action: "acceded", date: "2006" })]);
    expect(conflict?.kind).toBe("dates");
    expect(conflict?.detail).toMatch(/2005-09-16 and 2006/u);
    expect(conflictsOf([record({ action: "ratified", date: "2005" }), record({ action: "ratified", date: "2005-09-16" })])).toEqual([]);
  });

  test("political acts recur (votes in different years): their dates never conflict", () => {
    expect(conflictsOf([record({ action: "supported", date: "2019" }), record({ action: "supported", date: "2020" })])).toEqual([]);
  });

  test("an affirmed act against a denial of it conflicts, unless the denial is older than the act", () => {
    const ratified = record({ action: "ratified", date: "2015-01-01" });
    expect(conflictsOf([ratified, record({ action: "ratified", polarity: "negated", date: "2016" })])[0]?.kind).toBe("polarity");
    expect(conflictsOf([ratified, record({ action: "ratified", polarity: "negated" })])[0]?.kind).toBe("polarity");
    expect(conflictsOf([ratified, record({ action: "ratified", polarity: "negated", date: "2010" })])).toEqual([]);
    // "signed but has not ratified" is consistent: different levels.
    expect(conflictsOf([record({ action: "signed" }), record({ action: "ratified", polarity: "negated" })])).toEqual([]);
    // Rejected records are out of it.
    expect(conflictsOf([ratified, record({ action: "ratified", polarity: "negated", review: "Rejected" })])).toEqual([]);
  });

  test("a status shows its deciding act and date, and says when sources conflict", () => {
    expect(describeStatus(statusOf([record({ action: "acceded", date: "2005-09-16" })]))).toBe("Bound (acceded 2005-09-16)");
    expect(describeStatus(statusOf([record({ action: "party" })]))).toBe("Bound (party undated)");
    expect(describeStatus(statusOf([]))).toBe("No record");
    const conflicting = statusOf([record({ action: "ratified", date: "2005" }), record({ action: "ratified", date: "2007" })]);
    expect(describeStatus(conflicting)).toBe("Bound (ratified 2007; conflicting evidence)");
    expect(describeStatus(statusOf([record({ polarity: "negated" }), record({ polarity: "affirmed", review: "Rejected", date: "2001" })]))).toBe("No record");
  });
});
