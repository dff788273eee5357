import { type Commitment } from "../index";
import { extractBody, HEAD, type BodyExtraction, rows as datedRows } from "../../../test/support/extractBody";
import {
  hedgedClaimWins,
  instrumentKindWins,
  oneRecordPerAct,
  onlyTheBoundCanBeBound,
  partyDatedByItsAct,
  RECORD_REFINERS,
  signedDeclarationIsEndorsed,
  signedInstrumentAwaitsDeposit,
  votesOnAdoptionDay,
} from "./records";

const run = (body: string): BodyExtraction => extractBody(body);

const rows = (records: Commitment[]): string[] => datedRows(records, { date: true });

/** A minimal record for the refiners alone. */
function record(over: Partial<Commitment> & { id: string }): Commitment {
  return {
    actor: "Kazakhstan",
    action: "ratified",
    instrument: "Arms Trade Treaty",
    instrumentId: "att",
    instrumentName: "Arms Trade Treaty",
    instrumentType: "treaty",
    date: null,
    polarity: "affirmed",
    confidence: 0.9,
    source: { doc: "d.txt", start: 0, end: 10, quote: "0123456789" },
    stages: [],
    ...over,
  };
}

describe("refine: a signed declaration is an endorsement", () => {
  it.each([
    ["a declaration", "Kazakhstan signed the Safe Schools Declaration in 2015.", "safe-schools-declaration", "2015"],
    ["a set of principles", "Kazakhstan signed the Vancouver Principles in 2018.", "vancouver-principles", "2018"],
  ])("signing %s gives endorsed, tagged by the refiner", (_label, body, id, date) => {
    const { records } = run(body);
    expect(rows(records)).toEqual([`Kazakhstan|endorsed|${id}|affirmed|${date}`]);
    expect(records[0]?.stages).toContain("refine:signed-declaration");
  });

  it("leaves a signed treaty as signed", () => {
    expect(rows(run("Kazakhstan signed the Arms Trade Treaty in 2013.").records)).toEqual(["Kazakhstan|signed|att|affirmed|2013"]);
  });

  it("changes only signatures (the refiner alone)", () => {
    const out = signedDeclarationIsEndorsed([
      record({ id: "a", action: "signed", instrumentType: "declaration" }),
      record({ id: "b", action: "welcomed", instrumentType: "declaration" }),
      record({ id: "c", action: "signed", instrumentType: "treaty" }),
    ]);
    expect(out.map((c) => `${c.id}:${c.action}`)).toEqual(["a:endorsed", "b:welcomed", "c:signed"]);
  });
});

describe("refine: a hedged claim wins over the affirmed one", () => {
  it('keeps only the planned record when a document welcomes "the ratification by X" and says "once X deposits"', () => {
    const first = "The Secretary-General welcomed the ratification by Chile of the Arms Trade Treaty.";
    const second = "Once Chile deposits its instrument of ratification, the Treaty will enter into force for it.";
    const { text, records } = run(`${first} ${second}`);
    expect(rows(records)).toEqual(["Chile|ratified|att|planned|-"]);
    expect(records[0]?.source.start).toBe(text.indexOf(second));
    expect(records[0]?.source.quote).toBe(second);
  });

  it("keeps the negated record over an affirmed one for the same act", () => {
    const { records } = run("Kazakhstan has ratified the Arms Trade Treaty. Kazakhstan has not ratified the Arms Trade Treaty.");
    expect(rows(records)).toEqual(["Kazakhstan|ratified|att|negated|-"]);
  });

  it("does not touch the same actor's affirmed act on another instrument or of another kind", () => {
    const out = hedgedClaimWins([
      record({ id: "a", polarity: "planned" }),
      record({ id: "b", instrumentId: "ctbt", instrument: "CTBT" }),
      record({ id: "c", action: "signed" }),
    ]);
    expect(out.map((c) => c.id)).toEqual(["a", "b", "c"]);
  });
});

describe("refine: one record per act and document", () => {
  it("collapses a repeat into the first statement and keeps a date from the later one", () => {
    const first = "Kazakhstan ratified the Arms Trade Treaty.";
    const later = "Kazakhstan ratified the Arms Trade Treaty on 3 March 2015.";
    const { text, records } = run(`${first} The Parliament approved the bill last week. ${later}`);
    expect(rows(records)).toEqual(["Kazakhstan|ratified|att|affirmed|2015-03-03"]);
    expect(records[0]?.source).toMatchObject({ start: HEAD.length, quote: first });
    expect(records[0]?.stages).toContain("refine:date-from-repeat");
    expect(text.indexOf(later)).toBeGreaterThan(records[0]?.source.end ?? 0);
  });

  it("collapses repeated planned statements the same way", () => {
    expect(rows(run("Kazakhstan will ratify the Arms Trade Treaty. Kazakhstan will ratify the Arms Trade Treaty in 2020.").records)).toEqual([
      "Kazakhstan|ratified|att|planned|2020",
    ]);
  });

  it("keys on actor, action, instrument and polarity (the refiner alone)", () => {
    const out = oneRecordPerAct([
      record({ id: "a" }),
      record({ id: "b", date: "2015" }),
      record({ id: "c", actor: "Chile" }),
      record({ id: "d", action: "signed" }),
      record({ id: "e", instrumentId: "ctbt" }),
      record({ id: "f", polarity: "planned" }),
    ]);
    expect(out.map((c) => `${c.id}:${c.date ?? "-"}`)).toEqual(["a:2015", "c:-", "d:-", "e:-", "f:-"]);
  });

  it("keeps a repeat with another date from another sentence, and drops one from the same sentence", () => {
    const other = { doc: "d.txt", start: 20, end: 30, quote: "0123456789" };
    const out = oneRecordPerAct([record({ id: "a", date: "1997" }), record({ id: "b", date: "2000" }), record({ id: "c", date: "2003", source: other })]);
    expect(out.map((c) => `${c.id}:${c.date ?? "-"}`)).toEqual(["a:1997", "c:2003"]);
  });

  it("runs in the documented order: what an act is, which acts stand, duplicates, then the votes' day", () => {
    expect(RECORD_REFINERS).toEqual([
      signedDeclarationIsEndorsed,
      onlyTheBoundCanBeBound,
      signedInstrumentAwaitsDeposit,
      instrumentKindWins,
      hedgedClaimWins,
      oneRecordPerAct,
      partyDatedByItsAct,
      votesOnAdoptionDay,
    ]);
  });
});

describe("refine: a list's general word gives way to a member's instrument kind", () => {
  const joined = record({ id: "j", action: "acceded", stages: ["link:member-list"] });
  const kind = record({ id: "k", action: "ratified", stages: ["link:possessive"], date: "2022-03-24" });
  it("drops the list's accession where the same sentence gives the State's instrument of ratification", () => {
    expect(instrumentKindWins([joined, kind]).map((c) => c.id)).toEqual(["k"]);
  });
  it("keeps both where the accession is no list's word, or the kind is in another sentence", () => {
    const verb = record({ id: "v", action: "acceded", stages: ["link:verb"] });
    expect(instrumentKindWins([verb, kind]).map((c) => c.id)).toEqual(["v", "k"]);
    const elsewhere = record({ id: "e", action: "ratified", stages: ["link:possessive"], source: { doc: "d.txt", start: 20, end: 30, quote: "x" } });
    expect(instrumentKindWins([joined, elsewhere]).map((c) => c.id)).toEqual(["j", "e"]);
  });
});

describe("refine: only what can be bound by a treaty is bound", () => {
  it("drops a known organisation's ratification, accession or party status, whatever its polarity, and keeps the rest", () => {
    const out = onlyTheBoundCanBeBound([
      record({ id: "a", actor: "ILO" }),
      record({ id: "b", actor: "WIPO", action: "acceded", polarity: "planned" }),
      record({ id: "c", actor: "ASEAN", action: "party", polarity: "negated" }),
      record({ id: "d", actor: "European Union", action: "party" }),
      record({ id: "e", actor: "ILO", action: "adopted" }),
      record({ id: "f", actor: "WIPO", action: "signed" }),
      record({ id: "g", actor: "Kenya" }),
      record({ id: "h", actor: "European Organisation for the Exploitation of Meteorological Satellites" }),
    ]);
    expect(out.map((c) => c.id)).toEqual(["d", "e", "f", "g", "h"]);
  });
});

describe("refine: a signed instrument awaits its deposit", () => {
  const signed = record({ id: "s", action: "acceded", stages: ["link:signed-instrument"] });
  it("drops the signature's act where the text says consent to be bound is still to come", () => {
    const pending = record({ id: "p", action: "party", polarity: "planned" });
    expect(signedInstrumentAwaitsDeposit([signed, pending]).map((c) => c.id)).toEqual(["p"]);
  });
  it("keeps it where the text says nothing of the deposit, or only of another instrument", () => {
    const other = record({ id: "o", action: "party", polarity: "planned", instrument: "Chemical Weapons Convention", instrumentId: "cwc" });
    expect(signedInstrumentAwaitsDeposit([signed, other]).map((c) => c.id)).toEqual(["s", "o"]);
  });
  it("leaves an act that was deposited alone, whatever else the text hedges", () => {
    const deposited = record({ id: "d", action: "acceded", stages: ["link:deposit-subject"] });
    const pending = record({ id: "p", action: "party", polarity: "planned" });
    expect(signedInstrumentAwaitsDeposit([deposited, pending]).map((c) => c.id)).toEqual(["d", "p"]);
  });
});

describe("refine: a party is dated by the act that bound it", () => {
  it("gives an undated party record the one day of the same State's ratification or accession of the same text", () => {
    const out = partyDatedByItsAct([
      record({ id: "p", action: "party", stages: ["date:none"] }),
      record({ id: "r", action: "ratified", date: "2014-04-02" }),
      record({ id: "q", action: "party", actor: "Ghana", stages: ["date:none"] }),
      record({ id: "s", action: "signed", actor: "Ghana", date: "2013" }),
    ]);
    expect(out.map((c) => `${c.id}:${c.date ?? "-"}:${c.stages.join(",")}`)).toEqual([
      "p:2014-04-02:date:from-act",
      "r:2014-04-02:",
      "q:-:date:none",
      "s:2013:",
    ]);
  });

  it("leaves it undated when the document gives the act two days, or the act is not affirmed", () => {
    const out = partyDatedByItsAct([
      record({ id: "p", action: "party" }),
      record({ id: "r", action: "acceded", date: "2014" }),
      record({ id: "s", action: "acceded", date: "2016" }),
      record({ id: "q", action: "party", instrumentId: "cwc", instrument: "Chemical Weapons Convention" }),
      record({ id: "t", action: "ratified", instrumentId: "cwc", instrument: "Chemical Weapons Convention", polarity: "planned", date: "2020" }),
    ]);
    expect(out.map((c) => `${c.id}:${c.date ?? "-"}`)).toEqual(["p:-", "r:2014", "s:2016", "q:-", "t:2020"]);
  });
});
