import { evidenceFromExtraction, EvidenceIndex, statusMatrix, timelineCounts } from "../../core";
import { GAPS_EXTRACTION } from "./gaps.fixtures";
import { paneChecklist, reviewedIndex } from "./gaps";
import { describeMatrix, describeTimeline, NO_FILTERS, paneMatrix, paneTimeline, timelineChartData } from "./matrix";
import { EMPTY_REVIEW, reviewReducer } from "./review";

const index = () => reviewedIndex(GAPS_EXTRACTION, EMPTY_REVIEW);

describe("paneMatrix", () => {
  it("unfiltered and without a checklist, is the core's statusMatrix of the same evidence (what CT.MATRIX computes)", () => {
    const { matrix } = paneMatrix(index(), null, null, NO_FILTERS);
    expect(matrix).toEqual(statusMatrix(new EvidenceIndex(evidenceFromExtraction(GAPS_EXTRACTION))));
    expect(matrix.actors).toEqual(["Armenia", "Chile", "Kazakhstan"]);
  });

  it("filters keep the cells of the picked rows and columns, in the grid's order", () => {
    const full = paneMatrix(index(), null, null, NO_FILTERS).matrix;
    const { matrix, actors } = paneMatrix(index(), null, null, { actors: ["Kazakhstan", "Armenia"], instruments: ["crc-opsc", "crc"] });
    expect(actors).toEqual(full.actors);
    expect(matrix.actors).toEqual(["Armenia", "Kazakhstan"]);
    expect(matrix.instruments.map((i) => i.id)).toEqual(["crc", "crc-opsc"]);
    expect(matrix.cells.map((row) => row.map((c) => c.text))).toEqual([
      ["Bound", "No record"],
      ["No record", "Advocated"],
    ]);
  });

  it("a rejected record no longer counts in its cell", () => {
    const review = reviewReducer(EMPTY_REVIEW, { type: "decide", ids: ["c-kz-opsc"], review: "Rejected" });
    const { matrix } = paneMatrix(reviewedIndex(GAPS_EXTRACTION, review), null, null, { actors: ["Kazakhstan"], instruments: [] });
    // crc-opsc had only that record: its column goes too.
    expect(matrix.instruments.map((i) => i.id)).toEqual(["att", "crc", "crc-opac"]);
    expect(describeMatrix(matrix)).toBe("1 actor × 3 instruments: 1 Bound, 2 No record.");
  });

  it("with a checklist, its instruments are the columns", () => {
    const checklist = paneChecklist("children-armed-conflict");
    const { matrix } = paneMatrix(index(), checklist, null, NO_FILTERS);
    expect(matrix.instruments.map((i) => i.id)).toEqual([...new Set(checklist?.items.map((i) => i.instrument))]);
  });
});

describe("paneTimeline", () => {
  it("unfiltered, counts as the Timeline sheet's rule does over every record", () => {
    const ix = index();
    expect(paneTimeline(ix, paneMatrix(ix, null, null, NO_FILTERS).matrix)).toEqual(timelineCounts(ix.records));
  });

  it("counts only the records of the actors and instruments in the grid", () => {
    const ix = index();
    const years = paneTimeline(ix, paneMatrix(ix, null, null, { actors: ["Armenia", "Chile"], instruments: ["att"] }).matrix);
    expect(years).toEqual([{ year: 2013, counts: [0, 1, 0] }]);
    expect(describeTimeline(years)).toBe("1 affirmed act in 2013: 0 Bound, 1 Signed, 0 Political.");
    expect(describeTimeline([])).toBe("No dated, affirmed act in the grid.");
  });

  it("gives the chart a stacked column per year with a segment per level, each level one colour", () => {
    const [column] = timelineChartData([{ year: 2001, counts: [1, 2, 0] }], ["green", "blue", "orange"]);
    expect(column?.chartData.map((p) => p.color)).toEqual(["green", "blue", "orange"]);
    expect(timelineChartData([{ year: 2001, counts: [1, 2, 0] }])).toEqual([
      {
        xAxisPoint: "2001",
        chartData: [
          { legend: "Bound", data: 1 },
          { legend: "Signed", data: 2 },
          { legend: "Political", data: 0 },
        ],
      },
    ]);
  });
});
