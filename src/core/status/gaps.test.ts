import { record } from "../../../test/support/evidence";
import type { Evidence } from "./evidence";
import { EvidenceIndex } from "./evidenceIndex";
import { builtInChecklist, checklistFromGrid, ChecklistError, BUILT_IN_CHECKLISTS } from "./checklists";
import { findGaps, flagsOf, GAP_CODES, type GapCode } from "./gaps";
import { CATALOG } from "../lexicon/catalog";

const codes = (records: Evidence[], options = {}) =>
  findGaps(new EvidenceIndex(records), options).map((g) => `${g.code} ${g.actor} ${g.instrumentId ?? g.instrument}`);

describe("findGaps: one rule per code", () => {
  test("ADVOCATES_NOT_BOUND: a call on others to join a treaty, with no binding act of one's own", () => {
    expect(codes([record({ action: "called-for", confidence: 0.9 })])).toEqual(["ADVOCATES_NOT_BOUND Chile att"]);
    expect(codes([record({ action: "welcomed" }), record({ action: "ratified", date: "2018" })])).toEqual([]);
    // A draft cannot be joined (no adoption year); nor can a declaration.
    expect(codes([record({ action: "called-for", instrumentId: "ccit", instrument: "CCIT" })])).toEqual([]);
    expect(codes([record({ action: "called-for", instrumentId: "udhr", instrument: "Universal Declaration", instrumentType: "declaration" })])).toEqual([]);
  });

  test("SIGNED_NOT_RATIFIED and SUPPORT_ONLY", () => {
    expect(codes([record({ action: "signed", date: "2013" })])).toEqual(["SIGNED_NOT_RATIFIED Chile att"]);
    expect(codes([record({ action: "supported" })])).toEqual(["SUPPORT_ONLY Chile att"]);
    expect(codes([record({ action: "supported" }), record({ action: "signed" })])).toEqual(["SIGNED_NOT_RATIFIED Chile att"]);
    expect(codes([record({ action: "supported", instrumentId: "unsc-res-2347", instrumentType: "resolution" })])).toEqual([]);
  });

  test("UNDATED_BINDING_ACT only when no source dates the binding act", () => {
    expect(codes([record({ action: "party" })])).toEqual(["UNDATED_BINDING_ACT Chile att"]);
    expect(codes([record({ action: "party" }), record({ action: "ratified", date: "2018-06-04" })])).toEqual([]);
  });

  test("CONFLICTING_EVIDENCE names every record in the disagreement", () => {
    const a = record({ date: "2018-06-04" });
    const b = record({ date: "2019" });
    const [gap] = findGaps(new EvidenceIndex([a, b]));
    expect(gap).toMatchObject({ code: "CONFLICTING_EVIDENCE", commitmentIds: [a.id, b.id] });
  });

  test("NOT_AFFIRMED while nothing at that level or above is affirmed", () => {
    expect(codes([record({ polarity: "planned" })])).toEqual(["NOT_AFFIRMED Chile att"]);
    expect(codes([record({ polarity: "planned", action: "acceded" }), record({ date: "2020" })])).toEqual([]);
    expect(codes([record({ polarity: "negated", action: "supported", instrumentId: "unsc-res-2347", instrumentType: "resolution" })])).toEqual([
      "NOT_AFFIRMED Chile unsc-res-2347",
    ]);
  });

  test("LOW_CONFIDENCE only for pending records under the threshold", () => {
    expect(codes([record({ date: "2018", confidence: 0.7 })])).toEqual(["LOW_CONFIDENCE Chile att"]);
    expect(codes([record({ date: "2018", confidence: 0.7, review: "Accepted" })])).toEqual([]);
    expect(codes([record({ date: "2018", confidence: 0.85 })], { lowConfidenceBelow: 0.9 })).toEqual(["LOW_CONFIDENCE Chile att"]);
    expect(codes([record({ date: "2018", confidence: null })])).toEqual([]);
  });

  test("UNVERIFIED_SOURCE when the verifier says the quote is gone; unknown is no flag", () => {
    const r = record({ date: "2018" });
    expect(codes([r], { verify: () => false })).toEqual(["UNVERIFIED_SOURCE Chile att"]);
    expect(codes([r], { verify: () => null })).toEqual([]);
  });

  test("rejected records raise nothing", () => {
    expect(codes([record({ action: "called-for", review: "Rejected", confidence: 0.5 })])).toEqual([]);
  });
});

describe("checklists", () => {
  const list = builtInChecklist("children-armed-conflict")!;

  test("every built-in names catalog entries only", () => {
    const ids = new Set(CATALOG.map((e) => e.id));
    for (const c of BUILT_IN_CHECKLISTS) for (const item of c.items) expect(ids.has(item.instrument)).toBe(true);
    expect(builtInChecklist("human-rights-core")!.items).toHaveLength(18);
    expect(builtInChecklist("counter-terrorism")!.items).toHaveLength(19);
  });

  test("CHECKLIST_MISSING for every state without an affirmed record; not for organisations; a record at any level satisfies it", () => {
    const records = [
      record({ actor: "Kazakhstan", action: "ratified", instrumentId: "crc-opac", date: "2003" }),
      record({ actor: "Kazakhstan", action: "endorsed", instrumentId: "paris-principles", instrumentType: "principles" }),
      record({ actor: "Armenia", action: "party", instrumentId: "hague-1954", date: "1993" }),
      record({ actor: "UNESCO", action: "adopted", instrumentId: "unesco-1970", date: "1970" }),
      record({ actor: "Armenia", action: "ratified", instrumentId: "crc-opac", polarity: "negated" }),
    ];
    const missing = findGaps(new EvidenceIndex(records), { checklist: list }).filter((g) => g.code === "CHECKLIST_MISSING");
    expect(missing.map((g) => `${g.actor} ${g.instrumentId}`)).toEqual([
      "Kazakhstan vancouver-principles",
      "Kazakhstan safe-schools-declaration",
      "Armenia crc-opac",
      "Armenia paris-principles",
      "Armenia vancouver-principles",
      "Armenia safe-schools-declaration",
    ]);
    expect(missing.every((g) => g.commitmentIds.length === 0 && /Children and armed conflict/u.test(g.detail))).toBe(true);
  });

  test("asking about one actor applies the list to it, whatever it is, under any of its names", () => {
    const index = new EvidenceIndex([record({ actor: "Kazakhstan", instrumentId: "crc-opac", date: "2003" })]);
    const gaps = findGaps(index, { checklist: list }, "Republic of Kazakhstan");
    expect(gaps.map((g) => `${g.code} ${g.actor} ${g.instrumentId}`)).toEqual([
      "CHECKLIST_MISSING Kazakhstan paris-principles",
      "CHECKLIST_MISSING Kazakhstan vancouver-principles",
      "CHECKLIST_MISSING Kazakhstan safe-schools-declaration",
    ]);
  });

  test("a user's table: items with an actor apply to it alone; names and acronyms resolve to the catalog", () => {
    const table = checklistFromGrid(
      [
        ["Actor", "Instrument"],
        ["Chile", "OPAC"],
        ["", ""],
        ["Peru", "Arms Trade Treaty"],
      ],
      "mine",
    );
    expect(table.items).toEqual([
      { actor: "Chile", instrument: "OPAC" },
      { actor: "Peru", instrument: "Arms Trade Treaty" },
    ]);
    const gaps = findGaps(new EvidenceIndex([record({ actor: "Chile", date: "2018" }), record({ actor: "Peru", action: "signed", date: "2013" })]), {
      checklist: table,
    });
    expect(gaps.map((g) => `${g.code} ${g.actor} ${g.instrumentId}`)).toEqual(["CHECKLIST_MISSING Chile crc-opac", "SIGNED_NOT_RATIFIED Peru att"]);
    expect(() => checklistFromGrid([["Treaty"], ["x"]])).toThrow(ChecklistError);
  });
});

describe("flagsOf", () => {
  test("the codes of the gaps resting on one record, in code order; none for an unknown id", () => {
    const call = record({ action: "called-for", confidence: 0.6 });
    const index = new EvidenceIndex([call, record({ action: "signed", date: "2013" })]);
    expect(flagsOf(index, call.id)).toEqual(["ADVOCATES_NOT_BOUND", "LOW_CONFIDENCE"] satisfies GapCode[]);
    expect(flagsOf(index, "nope")).toEqual([]);
    expect(GAP_CODES).toHaveLength(12);
  });
});
