import { record } from "../../../test/support/evidence";
import { TIMELINE_LEVELS, timelineActions, timelineCounts, timelineYear } from "./timeline";

const byYear = (rows: ReturnType<typeof timelineCounts>) => Object.fromEntries(rows.map((r) => [r.year, r.counts]));

describe("timelineCounts: affirmed acts per year by level", () => {
  test("the series are Bound, Signed and Political, each with the actions of its level", () => {
    expect(TIMELINE_LEVELS.map((s) => s.header)).toEqual(["Bound", "Signed", "Political"]);
    expect(timelineActions(TIMELINE_LEVELS[0].levels)).toEqual(["ratified", "acceded", "party"]);
    expect(timelineActions(TIMELINE_LEVELS[1].levels)).toEqual(["signed"]);
    expect(timelineActions(TIMELINE_LEVELS[2].levels).sort()).toEqual(["adopted", "co-sponsored", "committed", "endorsed", "supported"]);
  });

  test("counts each dated, affirmed, unrejected act under its level, in the year of its date", () => {
    const rows = timelineCounts([
      record({ action: "ratified", date: "2014-04-02" }),
      record({ action: "acceded", date: "2014" }),
      record({ action: "signed", date: "2013-06-03" }),
      record({ action: "supported", date: "2014-09" }),
    ]);
    expect(byYear(rows)).toEqual({ 2013: [0, 1, 0], 2014: [2, 0, 1] });
  });

  test("leaves out rejected, negated, planned and undated rows", () => {
    const rows = timelineCounts([
      record({ action: "ratified", date: "2014", review: "Rejected" }),
      record({ action: "ratified", date: "2014", polarity: "negated" }),
      record({ action: "signed", date: "2014", polarity: "planned" }),
      record({ action: "ratified", date: null }),
      record({ action: "signed", date: "2015", review: "Accepted" }),
    ]);
    expect(byYear(rows)).toEqual({ 2015: [0, 1, 0] });
  });

  test("runs from the first to the last year with zeros between; an advocated act widens the span but is not counted", () => {
    const rows = timelineCounts([record({ action: "ratified", date: "2010-01-01" }), record({ action: "called-for", date: "2013-05-05" })]);
    expect(rows.map((r) => r.year)).toEqual([2010, 2011, 2012, 2013]);
    expect(byYear(rows)).toEqual({ 2010: [1, 0, 0], 2011: [0, 0, 0], 2012: [0, 0, 0], 2013: [0, 0, 0] });
  });

  test("is empty when nothing affirmed is dated, and reads table text (an unknown action counts nowhere)", () => {
    expect(timelineCounts([record({ date: null }), record({ date: "2014", polarity: "negated" })])).toEqual([]);
    expect(byYear(timelineCounts([{ date: "2001", polarity: "affirmed", review: "", action: "ratifed" }]))).toEqual({ 2001: [0, 0, 0] });
  });
});

describe("timelineYear", () => {
  test("is the date's first four digits", () => {
    expect(timelineYear("2005-09-16")).toBe(2005);
    expect(timelineYear("1999")).toBe(1999);
  });
  test("is null for no date or text that does not start with a year", () => {
    expect(timelineYear(null)).toBeNull();
    expect(timelineYear("")).toBeNull();
    expect(timelineYear("16 September 2005")).toBeNull();
    expect(timelineYear("205-01-01")).toBeNull();
  });
});
