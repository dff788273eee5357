import { BUILT_IN_CHECKLISTS, type DocumentExtraction, type Gap } from "../../core";
import { GAPS_EXTRACTION } from "./gaps.fixtures";
import {
  countGaps,
  describeGapCounts,
  filterGaps,
  GAP_LABELS,
  gapKey,
  groupGaps,
  paneChecklist,
  paneGaps,
  paneReference,
  reviewedIndex,
  statusLine,
} from "./gaps";
import { importPastedTable } from "./reference";
import { UNTC_PASTE } from "./reference.fixtures";
import { EMPTY_REVIEW, reviewReducer, type ReviewState } from "./review";

const gapsOf = (review: ReviewState = EMPTY_REVIEW, checklist: string | null = null) =>
  paneGaps(reviewedIndex(GAPS_EXTRACTION, review), paneChecklist(checklist));
const brief = (gaps: readonly Gap[]) => gaps.map((g) => `${g.actor} ${g.code} ${g.instrumentId ?? g.instrument} ${g.commitmentIds.join(",")}`);

describe("paneGaps", () => {
  it("finds the rules' gaps in the extraction", () => {
    expect(brief(gapsOf())).toEqual([
      "Kazakhstan ADVOCATES_NOT_BOUND crc-opsc c-kz-opsc",
      "Kazakhstan UNDATED_BINDING_ACT crc-opac c-kz-opac",
      "Chile SIGNED_NOT_RATIFIED att c-cl-att",
    ]);
  });

  it("adds CHECKLIST_MISSING for the chosen checklist's instruments each state lacks", () => {
    const missing = gapsOf(EMPTY_REVIEW, "children-armed-conflict").filter((g) => g.code === "CHECKLIST_MISSING");
    // Kazakhstan is bound by crc-opac; Armenia and Chile are not.
    expect(missing.filter((g) => g.actor === "Kazakhstan").map((g) => g.instrumentId)).toEqual([
      "paris-principles",
      "vancouver-principles",
      "safe-schools-declaration",
    ]);
    expect(missing.filter((g) => g.actor === "Armenia").map((g) => g.instrumentId)).toEqual([
      "crc-opac",
      "paris-principles",
      "vancouver-principles",
      "safe-schools-declaration",
    ]);
    expect(missing.every((g) => g.commitmentIds.length === 0 && g.detail.includes("Children and armed conflict"))).toBe(true);
  });

  it("a rejected commitment counts for nothing: its gap goes, and a checklist then misses what it claimed", () => {
    const rejected = reviewReducer(EMPTY_REVIEW, { type: "decide", ids: ["c-kz-opac"], review: "Rejected" });
    expect(brief(gapsOf(rejected))).not.toContain("Kazakhstan UNDATED_BINDING_ACT crc-opac c-kz-opac");
    const missing = gapsOf(rejected, "children-armed-conflict").filter((g) => g.actor === "Kazakhstan" && g.code === "CHECKLIST_MISSING");
    expect(missing.map((g) => g.instrumentId)).toContain("crc-opac");
  });

  it("reads the commitments as edited: a date added in review ends UNDATED_BINDING_ACT", () => {
    const edited = reviewReducer(EMPTY_REVIEW, { type: "edit", id: "c-kz-opac", edit: { date: "2003-04-10" } });
    expect(brief(gapsOf(edited)).filter((g) => g.startsWith("Kazakhstan"))).toEqual(["Kazakhstan ADVOCATES_NOT_BOUND crc-opsc c-kz-opsc"]);
  });

  it("an accepted low-confidence commitment is no longer flagged LOW_CONFIDENCE", () => {
    const low: DocumentExtraction[] = [
      {
        ...(GAPS_EXTRACTION[0] as DocumentExtraction),
        commitments: (GAPS_EXTRACTION[0] as DocumentExtraction).commitments.map((c) => ({ ...c, confidence: 0.5 })),
      },
    ];
    const codes = (review: ReviewState) =>
      paneGaps(reviewedIndex(low, review), null)
        .filter((g) => g.code === "LOW_CONFIDENCE")
        .map((g) => g.commitmentIds[0]);
    expect(codes(EMPTY_REVIEW)).toEqual(["c-kz-opsc", "c-kz-opac", "c-am-crc", "c-cl-att"]);
    expect(codes(reviewReducer(EMPTY_REVIEW, { type: "decide", ids: ["c-am-crc"], review: "Accepted" }))).toEqual(["c-kz-opsc", "c-kz-opac", "c-cl-att"]);
  });

  it("has nothing to say about an empty extraction, checklist or not", () => {
    expect(paneGaps(reviewedIndex([], EMPTY_REVIEW), paneChecklist("human-rights-core"))).toEqual([]);
  });
});

describe("paneChecklist", () => {
  it("gives each built-in by name, and null for none or an unknown name", () => {
    for (const c of BUILT_IN_CHECKLISTS) expect(paneChecklist(c.name)).toBe(c);
    expect(paneChecklist(null)).toBeNull();
    expect(paneChecklist("no-such-list")).toBeNull();
  });
});

describe("statusLine", () => {
  it("says the actor's status under the commitment's instrument, as the Status column does", () => {
    const index = reviewedIndex(GAPS_EXTRACTION, EMPTY_REVIEW);
    expect(statusLine(index, "c-am-crc")).toBe("Bound (acceded 1993-06-23)");
    expect(statusLine(index, "c-kz-opac")).toBe("Bound (ratified undated)");
    expect(statusLine(index, "c-cl-att")).toBe("Signed (signed 2013-06-03)");
    expect(statusLine(index, "c-kz-opsc")).toBe("Advocated (called-for 2018-07-11)");
    expect(statusLine(index, "c-unknown")).toBeNull();
  });

  it("leaves a rejected commitment out of the status", () => {
    const index = reviewedIndex(GAPS_EXTRACTION, reviewReducer(EMPTY_REVIEW, { type: "decide", ids: ["c-am-crc"], review: "Rejected" }));
    expect(statusLine(index, "c-am-crc")).toBe("No record");
  });
});

describe("grouping, counting and filtering", () => {
  const gaps = gapsOf(EMPTY_REVIEW, "children-armed-conflict");

  it("groups by actor, A to Z, keeping each actor's gaps in the rules' order", () => {
    const groups = groupGaps(gaps);
    expect(groups.map((g) => `${g.actor} ${g.gaps.length}`)).toEqual(["Armenia 4", "Chile 5", "Kazakhstan 5"]);
    expect(groups[2]?.gaps.map((g) => g.code)).toEqual([
      "ADVOCATES_NOT_BOUND",
      "UNDATED_BINDING_ACT",
      "CHECKLIST_MISSING",
      "CHECKLIST_MISSING",
      "CHECKLIST_MISSING",
    ]);
  });

  it("counts by code in GAP_CODES order and describes the counts", () => {
    expect(countGaps(gaps)).toEqual([
      { code: "ADVOCATES_NOT_BOUND", count: 1 },
      { code: "SIGNED_NOT_RATIFIED", count: 1 },
      { code: "UNDATED_BINDING_ACT", count: 1 },
      { code: "CHECKLIST_MISSING", count: 11 },
    ]);
    expect(describeGapCounts(gaps)).toBe("14 gaps for 3 actors: 1 ADVOCATES_NOT_BOUND, 1 SIGNED_NOT_RATIFIED, 1 UNDATED_BINDING_ACT, 11 CHECKLIST_MISSING.");
    expect(describeGapCounts(gaps.slice(0, 1))).toBe("1 gap for 1 actor: 1 ADVOCATES_NOT_BOUND.");
    expect(describeGapCounts([])).toBe("No gaps.");
  });

  it("filters by code (null: all)", () => {
    expect(filterGaps(gaps, "SIGNED_NOT_RATIFIED").map((g) => g.actor)).toEqual(["Chile"]);
    expect(filterGaps(gaps, null)).toEqual(gaps);
    expect(filterGaps(gaps, "NOT_AFFIRMED")).toEqual([]);
  });

  it("keys each gap uniquely", () => {
    expect(new Set(gaps.map(gapKey)).size).toBe(gaps.length);
  });

  it("labels every code", () => {
    for (const label of Object.values(GAP_LABELS)) expect(label.length).toBeGreaterThan(5);
  });
});

describe("with imported status tables (made-up dates: see reference.fixtures.ts)", () => {
  const opac = importPastedTable(UNTC_PASTE, null);
  // Armenia's accession recorded a day after the stated one.
  const crc = importPastedTable("Convention on the Rights of the Child\nParticipant\tSignature\tRatification, Accession(a)\nArmenia\t\t24 Jun 1993 a", null);
  const crcWithoutArmenia = importPastedTable(
    "Convention on the Rights of the Child\nParticipant\tSignature\tRatification, Accession(a)\nPeru\t26 Jan 1990\t4 Sep 1990",
    null,
  );
  const index = reviewedIndex(GAPS_EXTRACTION, EMPTY_REVIEW);
  const reconciled = (refs: Parameters<typeof paneReference>[1], doneNotSaid = false) =>
    paneGaps(index, null, { reference: paneReference(index, refs), doneNotSaid }).slice(3);

  it("paneReference is null without a table", () => {
    expect(paneReference(index, [])).toBeNull();
    expect(paneGaps(index, null, { reference: null })).toEqual(paneGaps(index, null));
  });

  it("adds DATE_MISMATCH when the recorded date differs, after the rules' gaps", () => {
    const gaps = paneGaps(index, null, { reference: paneReference(index, [opac, crc]) });
    expect(brief(gaps)).toEqual([...brief(gapsOf()), "Armenia DATE_MISMATCH crc c-am-crc"]);
    expect(gaps[3]?.detail).toBe("stated acceded 1993-06-23; recorded accession 1993-06-24 (pasted table): the binding act's dates differ");
  });

  it("adds SAID_NOT_DONE when the table covering the instrument lacks the stated act", () => {
    expect(brief(reconciled([crcWithoutArmenia]))).toEqual(["Armenia SAID_NOT_DONE crc c-am-crc"]);
  });

  it("adds DONE_NOT_SAID only when asked: recorded binding acts no statement mentions", () => {
    expect(reconciled([opac])).toEqual([]);
    const done = reconciled([opac], true);
    expect(done.every((g) => g.code === "DONE_NOT_SAID" && g.commitmentIds.length === 0)).toBe(true);
    // Kazakhstan states its ratification; Narnia has a signature only; Fiji's row was not read.
    expect(done.map((g) => g.actor)).toEqual(["Armenia", "Austria", "Belgium", "Bosnia and Herzegovina", "Bolivia"]);
  });

  it("the status line puts the recorded act beside the stated one for the instruments a table covers", () => {
    const reference = paneReference(index, [opac, crc]);
    expect(statusLine(index, "c-kz-opac", reference)).toBe("Bound (stated ratified undated; recorded ratification 2004-02-11)");
    expect(statusLine(index, "c-am-crc", reference)).toBe("Bound (stated acceded 1993-06-23; recorded accession 1993-06-24)");
    expect(statusLine(index, "c-am-crc", paneReference(index, [crcWithoutArmenia]))).toBe("Bound (stated acceded 1993-06-23; recorded: none)");
    // No table for the Arms Trade Treaty: the status as before.
    expect(statusLine(index, "c-cl-att", reference)).toBe("Signed (signed 2013-06-03)");
    const rejected = reviewedIndex(GAPS_EXTRACTION, reviewReducer(EMPTY_REVIEW, { type: "decide", ids: ["c-kz-opac"], review: "Rejected" }));
    expect(statusLine(rejected, "c-kz-opac", paneReference(rejected, [opac]))).toBe("No record (recorded ratification 2004-02-11)");
  });
});
