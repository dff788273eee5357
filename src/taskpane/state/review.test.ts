import type { Commitment, DocumentExtraction } from "../../core";
import { seedExtractions } from "../../../test/helpers";
import {
  countItems,
  editProblems,
  EMPTY_REVIEW,
  evidenceOrder,
  facets,
  filterItems,
  forWriting,
  groupItems,
  NO_FILTER,
  reviewItems,
  reviewReducer,
  type ReviewState,
} from "./review";
import { commitmentAt } from "../../../test/support/commitments";

const TEXT_A = "Norway ratified the Convention on the Rights of the Child. Chile signed the Arms Trade Treaty. Norway supported the Paris Principles.";
const TEXT_B = "Brazil called for a new treaty on plastics.";

const commitment = commitmentAt;

function doc(id: string, title: string, text: string, commitments: Commitment[]): DocumentExtraction {
  return { document: { id, title, date: null, url: null, sha256: "0".repeat(64) }, text, commitments };
}

/** Document "b" (titled "Zeta") comes first in the corpus, "a" ("Alpha") second. */
const CORPUS: DocumentExtraction[] = [
  doc("b.txt", "Zeta", TEXT_B, [
    commitment("c-brazil", "b.txt", TEXT_B, "Brazil called for a new treaty on plastics.", {
      actor: "Brazil",
      action: "called-for",
      instrument: "treaty on plastics",
      instrumentType: "other",
      polarity: "planned",
      confidence: 0.79,
    }),
  ]),
  doc("a.txt", "Alpha", TEXT_A, [
    // Out of text order on purpose: evidenceOrder sorts by span.
    commitment("c-norway-2", "a.txt", TEXT_A, "Norway supported the Paris Principles.", {
      action: "supported",
      instrument: "Paris Principles",
      instrumentType: "principles",
      confidence: 0.8,
    }),
    commitment("c-norway-1", "a.txt", TEXT_A, "Norway ratified the Convention on the Rights of the Child.", { date: "1991" }),
    commitment("c-chile", "a.txt", TEXT_A, "Chile signed the Arms Trade Treaty.", {
      actor: "Chile",
      action: "signed",
      instrument: "Arms Trade Treaty",
      polarity: "negated",
      confidence: 0.5,
    }),
  ]),
];

const ids = (list: ReadonlyArray<{ original: Commitment }>) => list.map((i) => i.original.id);

describe("reviewReducer", () => {
  it("decides several ids at once and overwrites an earlier decision", () => {
    let s = reviewReducer(EMPTY_REVIEW, { type: "decide", ids: ["a", "b"], review: "Accepted" });
    s = reviewReducer(s, { type: "decide", ids: ["b"], review: "Rejected" });
    expect(s.decisions).toEqual({ a: "Accepted", b: "Rejected" });
    expect(EMPTY_REVIEW.decisions).toEqual({});
  });

  it("an edit records the correction and accepts the row, even one rejected before", () => {
    let s = reviewReducer(EMPTY_REVIEW, { type: "decide", ids: ["a"], review: "Rejected" });
    s = reviewReducer(s, { type: "edit", id: "a", edit: { actor: "Chile" } });
    expect(s.decisions.a).toBe("Accepted");
    expect(s.edits.a).toEqual({ actor: "Chile" });
  });

  it("reset forgets everything", () => {
    const s = reviewReducer(reviewReducer(EMPTY_REVIEW, { type: "edit", id: "a", edit: { date: null } }), { type: "reset" });
    expect(s).toEqual({ decisions: {}, edits: {} });
  });
});

describe("editProblems", () => {
  it("accepts a good edit, and a null date", () => {
    expect(editProblems({ actor: "Chile", action: "signed", instrument: "ATT", date: "2013-06", polarity: "planned" })).toEqual({});
    expect(editProblems({ date: null })).toEqual({});
  });

  it.each([
    ["actor", { actor: "   " }],
    ["instrument", { instrument: "" }],
    ["action", { action: "liked" }],
    ["polarity", { polarity: "maybe" }],
    ["date", { date: "3 June 2013" }],
    ["date", { date: "2013-6-3" }],
  ])("reports a bad %s and only that field", (field, edit) => {
    const problems = editProblems(edit as never);
    expect(Object.keys(problems)).toEqual([field]);
    expect(problems[field as keyof typeof problems]).toMatch(/\w/u);
  });
});

describe("reviewItems and countItems", () => {
  it("lists every commitment with its document, review (Pending by default) and edits applied", () => {
    const state: ReviewState = { decisions: { "c-chile": "Rejected" }, edits: { "c-norway-1": { actor: "  Kingdom of Norway " } } };
    const items = reviewItems(CORPUS, state);
    expect(ids(items)).toEqual(["c-brazil", "c-norway-2", "c-norway-1", "c-chile"]);
    const norway = items.find((i) => i.original.id === "c-norway-1");
    expect(norway?.commitment.actor).toBe("Kingdom of Norway");
    expect(norway?.original.actor).toBe("Norway");
    expect(norway?.edited).toBe(true);
    expect(norway?.document.title).toBe("Alpha");
    expect(items.map((i) => i.review)).toEqual(["Pending", "Pending", "Pending", "Rejected"]);
    expect(countItems(items)).toEqual({ total: 4, pending: 3, accepted: 0, rejected: 1 });
  });

  it("counts the bundled seeds' commitments", async () => {
    const seeds = await seedExtractions();
    const total = seeds.reduce((n, r) => n + r.commitments.length, 0);
    const first = seeds[0]?.commitments[0]?.id as string;
    const items = reviewItems(seeds, reviewReducer(EMPTY_REVIEW, { type: "decide", ids: [first], review: "Accepted" }));
    expect(total).toBeGreaterThan(1);
    expect(countItems(items)).toEqual({ total, pending: total - 1, accepted: 1, rejected: 0 });
  });
});

describe("filterItems", () => {
  const items = reviewItems(CORPUS, { decisions: { "c-norway-2": "Accepted" }, edits: {} });
  const only = (f: Partial<typeof NO_FILTER>) => ids(filterItems(items, { ...NO_FILTER, ...f }));

  it("keeps everything with no filter", () => expect(only({})).toHaveLength(4));
  it("by actor", () => expect(only({ actor: "Norway" })).toEqual(["c-norway-2", "c-norway-1"]));
  it("by action", () => expect(only({ action: "signed" })).toEqual(["c-chile"]));
  it("by review", () => {
    expect(only({ review: "Accepted" })).toEqual(["c-norway-2"]);
    expect(only({ review: "Pending" })).toEqual(["c-brazil", "c-norway-1", "c-chile"]);
  });
  it("by polarity", () => expect(only({ polarity: "negated" })).toEqual(["c-chile"]));
  it("by confidence: 0.8 is high, 0.79 is low", () => {
    expect(only({ confidence: "high" })).toEqual(["c-norway-2", "c-norway-1"]);
    expect(only({ confidence: "low" })).toEqual(["c-brazil", "c-chile"]);
  });
  it("by words: all must appear in actor, instrument or quote, whatever the case", () => {
    expect(only({ text: "NORWAY paris" })).toEqual(["c-norway-2"]);
    expect(only({ text: "  norway   child " })).toEqual(["c-norway-1"]);
    expect(only({ text: "norway plastics" })).toEqual([]);
    expect(only({ text: "treaty" })).toEqual(["c-brazil", "c-chile"]);
  });
  it("matches the edited actor, not the original", () => {
    const edited = reviewItems(CORPUS, reviewReducer(EMPTY_REVIEW, { type: "edit", id: "c-chile", edit: { actor: "Peru" } }));
    expect(ids(filterItems(edited, { ...NO_FILTER, actor: "Peru" }))).toEqual(["c-chile"]);
    expect(ids(filterItems(edited, { ...NO_FILTER, actor: "Chile" }))).toEqual([]);
  });
});

describe("groupItems", () => {
  const items = reviewItems(CORPUS, EMPTY_REVIEW);
  it("by actor: groups sorted by name, items in document order", () => {
    const groups = groupItems(items, "actor");
    expect(groups.map((g) => g.key)).toEqual(["Brazil", "Chile", "Norway"]);
    expect(ids(groups[2]?.items ?? [])).toEqual(["c-norway-2", "c-norway-1"]);
  });
  it("by document: corpus order kept (Zeta before Alpha), titles as keys", () => {
    expect(groupItems(items, "document").map((g) => [g.key, g.items.length])).toEqual([
      ["Zeta", 1],
      ["Alpha", 3],
    ]);
  });
  it("by document: a document without a title is keyed by its id", () => {
    const untitled = reviewItems([doc("x.txt", "", TEXT_B, CORPUS[0]?.commitments ?? [])], EMPTY_REVIEW);
    expect(groupItems(untitled, "document").map((g) => g.key)).toEqual(["x.txt"]);
  });
  it("by instrument: the catalogue name when there is one", () => {
    const named = reviewItems(CORPUS, EMPTY_REVIEW).map((i) =>
      i.original.id === "c-chile" ? { ...i, commitment: { ...i.commitment, instrumentName: "ATT" } } : i,
    );
    expect(groupItems(named, "instrument").map((g) => g.key)).toContain("ATT");
  });
});

describe("facets", () => {
  it("lists the actors sorted, actions in vocabulary order and polarities present", () => {
    expect(facets(reviewItems(CORPUS, EMPTY_REVIEW))).toEqual({
      actors: ["Brazil", "Chile", "Norway"],
      actions: ["ratified", "signed", "supported", "called-for"],
      polarities: ["affirmed", "negated", "planned"],
    });
  });
});

describe("forWriting", () => {
  const state: ReviewState = {
    decisions: { "c-norway-1": "Accepted", "c-chile": "Rejected", "c-norway-2": "Accepted" },
    edits: { "c-norway-1": { actor: "Kingdom of Norway", date: "1991-01-08", action: "acceded" } },
  };
  const { results, decisions } = forWriting(CORPUS, state);

  it("applies the edits and keeps source span and id", () => {
    const before = CORPUS[1]?.commitments.find((c) => c.id === "c-norway-1") as Commitment;
    const after = results[1]?.commitments.find((c) => c.id === "c-norway-1") as Commitment;
    expect(after).toMatchObject({ id: "c-norway-1", actor: "Kingdom of Norway", date: "1991-01-08", action: "acceded" });
    expect(after.source).toEqual(before.source);
    expect(results.flatMap((r) => r.commitments.map((c) => c.id))).toEqual(CORPUS.flatMap((r) => r.commitments.map((c) => c.id)));
  });

  it("does not change the results it was given", () => {
    expect(CORPUS[1]?.commitments.find((c) => c.id === "c-norway-1")?.actor).toBe("Norway");
  });

  it("notes what changed from what on an edited row", () => {
    const d = decisions.get("c-norway-1");
    expect(d?.review).toBe("Accepted");
    expect(d?.note).toContain('actor "Norway" → "Kingdom of Norway"');
    expect(d?.note).toContain('date "1991" → "1991-01-08"');
    expect(d?.note).toContain('action "ratified" → "acceded"');
    expect(d?.note).not.toContain("instrument");
  });

  it("carries Rejected and Accepted without a note, and leaves undecided rows out", () => {
    expect(decisions.get("c-chile")).toEqual({ review: "Rejected" });
    expect(decisions.get("c-norway-2")).toEqual({ review: "Accepted" });
    expect(decisions.has("c-brazil")).toBe(false);
    expect(decisions.size).toBe(3);
  });

  it("an edit that changes nothing adds no note", () => {
    const same = forWriting(CORPUS, reviewReducer(EMPTY_REVIEW, { type: "edit", id: "c-chile", edit: { actor: "Chile" } }));
    expect(same.decisions.get("c-chile")).toEqual({ review: "Accepted" });
  });
});

describe("evidenceOrder", () => {
  it("gives one document's commitments in text order", () => {
    const items = reviewItems(CORPUS, EMPTY_REVIEW);
    expect(ids(evidenceOrder(items, "a.txt"))).toEqual(["c-norway-1", "c-chile", "c-norway-2"]);
    expect(ids(evidenceOrder(items, "b.txt"))).toEqual(["c-brazil"]);
    expect(evidenceOrder(items, "missing.txt")).toEqual([]);
  });
});
