import { extractDocument, type Commitment } from "./index";
import { extractBody, rows } from "../../test/support/extractBody";

/**
 * Negative cases: sentences a careful analyst leaves out (SPEC.md, "What is not a commitment
 * record"), and the records that must not appear beside the right ones.
 */

const run = (body: string, head?: string): Commitment[] => extractBody(body, head).records;

describe("no record: acts by an unnamed group", () => {
  it.each([
    "Dozens of states have signed the Treaty on the Prohibition of Nuclear Weapons.",
    "More than 120 countries have ratified the Arms Trade Treaty.",
    "Many States have already acceded to the Chemical Weapons Convention.",
    "Signatories of the Arms Trade Treaty met in Geneva.",
  ])("%s", (body) => {
    expect(run(body)).toEqual([]);
  });
});

describe("no record for the welcomer of another actor's act", () => {
  it.each([
    ["The Secretary-General welcomed Chile's ratification of the ATT.", "ATT"],
    ["Kazakhstan welcomed the ratification of the Arms Trade Treaty by Chile.", "Arms Trade Treaty"],
    ["Kazakhstan congratulated Chile on its ratification of the Arms Trade Treaty.", "Arms Trade Treaty"],
  ])("%s gives only the actor's record", (body, written) => {
    const records = run(body);
    expect(rows(records)).toEqual(["Chile|ratified|att|affirmed"]);
    expect(records[0]?.instrument).toBe(written);
  });

  it("congratulating an actor on an instrument's adoption gives the congratulator nothing", () => {
    expect(run("Kazakhstan congratulated Chile on the adoption of the Arms Trade Treaty.").map((c) => c.actor)).not.toContain("Kazakhstan");
  });
});

describe("no record: support for an institution, body or process", () => {
  it.each([
    "Kazakhstan reiterated its support for the Tribunal's work.",
    "Kazakhstan expressed strong support for the International Criminal Court.",
    "Kazakhstan reaffirmed its support for the work of the Committee established pursuant to resolution 1540 (2004).",
    "Kazakhstan supports the Counter-Terrorism Committee.",
    "Kazakhstan hosted a seminar on the Arms Trade Treaty.",
    "Kazakhstan discussed the ratification process of the Arms Trade Treaty with Chile.",
  ])("%s", (body) => {
    expect(run(body)).toEqual([]);
  });
});

describe("no record: domestic legislation", () => {
  // Decision: a national act, law or plan binds no one internationally. SPEC lists "domestic
  // legislation (a national bill or act)" as not a commitment; adoption of a text is recorded
  // only for the body that adopts an international instrument.
  it.each([
    "Parliament adopted the national Counter-Terrorism Act.",
    "The Parliament of Kazakhstan adopted the Law on Countering Terrorism.",
    "The President of Kazakhstan signed the Counter-Terrorism Act into law.",
    "The Parliament approved the bill last week.",
  ])("%s", (body) => {
    expect(run(body)).toEqual([]);
  });

  // BUG (link.ts objectsAfter: "a national action plan on the implementation of" is read as
  // filler, so the resolution becomes the object of "adopted"): Kazakhstan adopted a domestic
  // plan; it did not adopt a Security Council resolution.
  test("a national action plan on a resolution is not the resolution's adoption", () => {
    expect(run("Kazakhstan adopted a national action plan on the implementation of resolution 1325 (2000).")).toEqual([]);
  });
});

describe("no record for an organisation whose members acted", () => {
  it.each([
    "The members of ASEAN have ratified the ASEAN Convention on Counter Terrorism.",
    "All ASEAN member states have ratified the Arms Trade Treaty.",
    "Members of the European Union have signed the Arms Trade Treaty.",
  ])("%s", (body) => {
    expect(run(body).map((c) => c.actor)).toEqual([]);
  });
});

describe("no record: cooperation with parties", () => {
  it.each([
    "The workshop was organised in cooperation with States Parties to the Arms Trade Treaty.",
    "UNESCO works in cooperation with States Parties to the 1970 UNESCO Convention.",
    "Kazakhstan works closely with the States Parties to the Arms Trade Treaty.",
    "Kazakhstan thanked the States Parties to the Arms Trade Treaty for their cooperation.",
  ])("%s", (body) => {
    expect(run(body)).toEqual([]);
  });
});

describe("a city is not its state", () => {
  it('"signed in Paris on 30 September" does not make France an actor', () => {
    const records = run("Chile and Peru signed the Arms Trade Treaty in Paris on 30 September.");
    expect(rows(records)).toEqual(["Chile|signed|att|affirmed", "Peru|signed|att|affirmed"]);
  });

  it.each([
    "The Convention was signed in Paris on 30 September.",
    "Paris hosted the signing ceremony of the Arms Trade Treaty.",
    "Delegations from Paris and Moscow welcomed the adoption of the Arms Trade Treaty.",
  ])("%s", (body) => {
    expect(run(body).map((c) => c.actor)).not.toContain("France");
  });

  it("a list of capitals after 'in' is a list of places", () => {
    expect(run("Kazakhstan signed the Arms Trade Treaty in Paris, London and Moscow.").map((c) => c.actor)).toEqual(["Kazakhstan"]);
  });
});

describe("no record for the addressees of a call", () => {
  it.each([
    ["The Secretary-General called on Chile, Ghana and Peru to ratify the Arms Trade Treaty.", ["UN Secretary-General"]],
    ["Kazakhstan urged Armenia and Azerbaijan to sign the Arms Trade Treaty.", ["Kazakhstan"]],
    ["Kazakhstan invited Chile to sign the Arms Trade Treaty.", ["Kazakhstan"]],
    ["The Council called on Mali, Niger and Chad to accede to the Arms Trade Treaty.", []],
  ])("%s", (body, callers) => {
    const records = run(body);
    expect(records.map((c) => c.actor)).toEqual(callers);
    expect(records.every((c) => c.action === "called-for")).toBe(true);
  });
});

describe("no record: a report or statement about an instrument", () => {
  it.each([
    "Kazakhstan welcomed the report on resolution 2347 (2017).",
    "Kazakhstan welcomed the report of the Secretary-General on the implementation of Security Council resolution 2347 (2017).",
    "Chile's ambassador presented a report on the implementation of the Arms Trade Treaty.",
  ])("%s", (body) => {
    expect(run(body)).toEqual([]);
  });
});

describe("no record on metadata lines", () => {
  it("reads nothing from a Title:/Source:/Date: header", () => {
    const head = "Title: Chile ratified the Arms Trade Treaty\nSource: Peru signed the Arms Trade Treaty\nDate: 2015-03-03\n\n";
    expect(run("The ministry issued a statement.", head)).toEqual([]);
  });

  it("reads nothing from a permanent link line", () => {
    const body = "The ministry issued a statement.\n\nPermanent link: http://www.mfa.kz/en/kazakhstan-ratified-the-arms-trade-treaty";
    expect(run(body)).toEqual([]);
  });
});

describe("no record from hostile or empty input", () => {
  it.each([
    ["empty", ""],
    ["blank", " \n\n\t "],
    ["punctuation only", "... ;;; --- !!!"],
    ["a formula", '=HYPERLINK("http://x","Kazakhstan ratified")'],
  ])("%s", (_label, text) => {
    expect(extractDocument({ id: "x.txt", text }).commitments).toEqual([]);
  });
});

describe("an operative paragraph under a line that names the States Parties", () => {
  // A resolution quoted in a report: its preamble line holds "States Parties" (a status heading's word) and its operative paragraph
  // opens with a verb, whose subject is a group of no width. Reading that paragraph as the heading's list of States threw.
  it("reads the document without throwing and lists no one", () => {
    const text = [
      "9. The Credentials Committee recommends to the Meeting of States Parties the adoption of the",
      "following draft resolution:",
      '   "Credentials of representatives to the twenty-ninth Meeting of States Parties to the',
      "   The Meeting of States Parties to the United Nations Convention on the Law of the Sea,",
      "   contained therein,",
      '   Approves the report of the Credentials Committee."',
    ].join("\n");
    expect(() => extractDocument({ id: "x.txt", text })).not.toThrow();
    expect(extractDocument({ id: "x.txt", text }).commitments.filter((c) => c.stages.includes("link:section-list"))).toEqual([]);
  });
});

describe("no record for the depositary", () => {
  it.each([
    "The Secretary-General, as depositary, has accepted the instrument of accession to the Arms Trade Treaty.",
    "The Secretary-General received the instrument of ratification of the Chemical Weapons Convention.",
  ])("%s", (body) => {
    expect(run(body).filter((c) => ["ratified", "acceded", "party", "signed"].includes(c.action))).toEqual([]);
  });
});

describe("the month May is not the modal 'may'", () => {
  it("an act after 'on 3 May' stays done", () => {
    expect(rows(run("Delegates gathered in Geneva on 3 May and Chile ratified the Arms Trade Treaty."))).toEqual(["Chile|ratified|att|affirmed"]);
  });
  it("'Chile may ratify' stays planned", () => {
    expect(rows(run("Chile may ratify the Arms Trade Treaty."))).toEqual(["Chile|ratified|att|planned"]);
  });
});
