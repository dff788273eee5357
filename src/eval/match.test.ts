import type { Commitment } from "../core/model";
import type { GoldRecord } from "./gold";
import {
  actionAgrees,
  actorAgreement,
  actorNameAgreement,
  countryCode,
  documentAgrees,
  instrumentAgreement,
  matchRecord,
  polarityAgrees,
  resolutionNumbers,
  shareHalfContentWords,
} from "./match";

const inst = (instrument: string, instrumentName: string | null = null, instrumentId: string | null = null) => ({ instrument, instrumentName, instrumentId });
const agree = (goldName: string, recordName: string, aliases: string[] = []) => instrumentAgreement(inst(recordName), goldName, aliases);

function gold(over: Partial<GoldRecord> = {}): GoldRecord {
  return {
    doc: "d.txt",
    actors: ["Kazakhstan"],
    actions: ["ratified"],
    instrument: "Arms Trade Treaty",
    aliases: [],
    date: null,
    quote: "",
    altQuotes: [],
    required: true,
    repeatable: false,
    negated: false,
    ...over,
  };
}

function record(over: Partial<Commitment> = {}): Commitment {
  return {
    id: "r1",
    actor: "Kazakhstan",
    action: "ratified",
    instrument: "Arms Trade Treaty",
    instrumentId: null,
    instrumentName: null,
    instrumentType: "treaty",
    date: null,
    polarity: "affirmed",
    confidence: 0.9,
    stages: [],
    source: { doc: "d.txt", start: 0, end: 0, quote: "" },
    ...over,
  };
}

describe("actor agreement (same or containing name, official and short names alike)", () => {
  it.each([
    ["United Kingdom", "United Kingdom of Great Britain and Northern Ireland"],
    ["United States", "United States of America"],
    ["United States", "US"],
    ["United States", "U.S."],
    ["Russia", "Russian Federation"],
    ["North Korea", "Democratic People's Republic of Korea"],
    ["North Korea", "DPRK"],
    ["Viet Nam", "Vietnam"],
    ["Laos", "Lao People's Democratic Republic"],
    ["Serbia", "Republic of Serbia"],
    ["Iran", "Iran (Islamic Republic of)"],
    ["Tanzania", "United Republic of Tanzania"],
    ["Netherlands", "the Netherlands"],
    ["Timor-Leste", "East Timor"],
    ["Saint Kitts and Nevis", "St. Kitts and Nevis"],
    ["Kazakhstan", "Government of Kazakhstan"],
    ["Côte d'Ivoire", "Cote d’Ivoire"],
  ])("%s = %s (same state)", (a, b) => {
    expect(actorNameAgreement(a, b)).toBe(2);
    expect(actorNameAgreement(b, a)).toBe(2);
  });

  it("folds states to their ISO code", () => {
    expect(countryCode("Viet Nam")).toBe("VNM");
    expect(countryCode("U.S.")).toBe("USA");
    expect(countryCode("International Committee of the Red Cross")).toBeNull();
  });

  it.each([
    ["Dominica", "Dominican Republic"],
    ["South Sudan", "Sudan"],
    ["Niger", "Nigeria"],
    ["Republic of Korea", "North Korea"],
    ["Equatorial Guinea", "Guinea"],
  ])("%s ≠ %s although one name contains the other (different states)", (a, b) => {
    expect(actorNameAgreement(a, b)).toBe(0);
  });

  it("compares an organisation's acronym in parentheses and its initials", () => {
    expect(actorNameAgreement("International Committee of the Red Cross (ICRC)", "ICRC")).toBe(2);
    expect(actorNameAgreement("International Committee of the Red Cross (ICRC)", "International Committee of the Red Cross")).toBe(2);
    expect(actorNameAgreement("ICRC", "International Committee of the Red Cross")).toBe(2);
    expect(actorNameAgreement("European Union", "EU")).toBe(2);
    expect(actorNameAgreement("Cluster Munition Coalition (CMC)", "ICRC")).toBe(0);
  });

  it("accepts a containing name, on whole words only", () => {
    expect(actorNameAgreement("UN Security Council", "Security Council")).toBe(2); // "UN" may be dropped
    expect(actorNameAgreement("UN Security Council", "United Nations Security Council")).toBe(2);
    expect(actorNameAgreement("UN General Assembly", "UN General Assembly First Committee")).toBe(1);
    expect(actorNameAgreement("UN", "Tunisia")).toBe(0);
    expect(actorNameAgreement("UN Human Rights Council", "UN Security Council")).toBe(0);
  });

  it("accepts any of the gold record's acceptable names", () => {
    expect(actorAgreement(["CICA", "Conference on Interaction and Confidence-building Measures in Asia"], "CICA")).toBe(2);
    expect(actorAgreement(["Kazakhstan", "Kyrgyzstan"], "Kyrgyz Republic")).toBe(2);
    expect(actorAgreement(["Kazakhstan", "Kyrgyzstan"], "Uzbekistan")).toBe(0);
  });
});

describe("instrument agreement", () => {
  it("equal names (after folding case, punctuation and 'the') agree most strongly", () => {
    expect(agree("Convention on the Rights of the Child", "the convention on the rights of the child")).toBe(3);
    expect(agree("ASEAN Convention on Counter terrorism", "ASEAN Convention on Counter-Terrorism")).toBe(3);
  });

  it("one name containing the other agrees", () => {
    expect(agree("Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits", "Nagoya Protocol")).toBe(2);
    expect(agree("Global Counter-Terrorism Strategy", "United Nations Global Counter-Terrorism Strategy")).toBe(2);
  });

  it("sharing half the content words (of the larger set) agrees; less does not", () => {
    expect(agree("Treaty on the Prohibition of Nuclear Weapons", "nuclear weapons ban treaty")).toBe(1);
    expect(agree("1951 Convention on the Status of Refugees", "Refugee Convention")).toBe(1);
    expect(shareHalfContentWords("Convention on the Rights of the Child", "Convention on the Rights of Persons with Disabilities")).toBe(false);
    expect(agree("1951 Convention on the Status of Refugees", "1969 Organisation of African Union Convention on Refugees")).toBe(0);
    expect(
      agree("International Convention for the Suppression of Terrorist Bombings", "International Convention for the Suppression of the Financing of Terrorism"),
    ).toBe(0);
    expect(
      agree(
        "Convention for the Suppression of Unlawful Seizure of Aircraft",
        "Convention for the Suppression of Unlawful Acts against the Safety of Civil Aviation",
      ),
    ).toBe(0);
  });

  it("instrument-kind words do not count as content words", () => {
    expect(agree("Paris Principles", "Vancouver Principles")).toBe(0);
    expect(agree("Additional Protocol I", "Additional Protocol II")).toBe(0);
    expect(
      agree(
        "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
        "Optional Protocol to the Convention on the Rights of the Child on the sale of children",
      ),
    ).toBe(0);
  });

  it("matches common acronyms both ways", () => {
    expect(agree("Arms Trade Treaty", "ATT")).toBe(3);
    expect(agree("Arms Trade Treaty", "the ATT")).toBe(3);
    expect(agree("ATT", "Arms Trade Treaty")).toBe(3);
    expect(agree("Comprehensive Nuclear-Test-Ban Treaty", "CTBT")).toBe(3);
    expect(agree("Treaty on the Non-Proliferation of Nuclear Weapons", "NPT")).toBe(3);
    expect(agree("Optional Protocol to the Convention against Torture", "OPCAT")).toBe(3);
    expect(agree("Treaty on the Prohibition of Nuclear Weapons", "TPNW")).toBe(3);
    expect(agree("International Convention for the Suppression of Acts of Nuclear Terrorism", "ICSANT")).toBe(3);
    expect(agree("Arms Trade Treaty", "CTBT")).toBe(0);
  });

  it("compares the gold aliases and their acronyms", () => {
    expect(agree("Nuclear Terrorism Convention", "International Convention for the Suppression of Acts of Nuclear Terrorism", ["ICSANT"])).toBe(3);
    expect(agree("Security Council resolution on children and armed conflict", "resolution 2427", ["resolution 2427"])).toBe(3);
  });

  it("compares the record's catalog name and id, not only the name as written", () => {
    const opac = "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict";
    expect(instrumentAgreement(inst("the Protocol", opac, "crc-opac"), opac, [])).toBe(3);
    expect(instrumentAgreement(inst("the Protocol", null, "crc-opac"), opac, [])).toBe(3);
    expect(instrumentAgreement(inst("the Protocol", null, null), opac, [])).toBe(0);
  });

  it("a convention never matches its own protocol or amendment", () => {
    expect(agree("Convention on the Rights of the Child", "Optional Protocol to the Convention on the Rights of the Child")).toBe(0);
    expect(agree("Optional Protocol to the Convention on the Rights of the Child", "Convention on the Rights of the Child")).toBe(0);
    expect(agree("Convention on the Rights of the Child", "OPAC")).toBe(0);
    expect(
      agree("2005 Amendment to the Convention on the Physical Protection of Nuclear Material", "Convention on the Physical Protection of Nuclear Material"),
    ).toBe(0);
    expect(agree("1951 Convention on the Status of Refugees", "1967 Protocol relating to the Status of Refugees")).toBe(0);
  });

  it("two resolutions with different numbers never match; a shared number is the same resolution", () => {
    expect(agree("Security Council Resolution 2347", "Security Council Resolution 1373")).toBe(0);
    expect(agree("UN Security Council Resolution 1368", "UN Security Council Resolution 1373")).toBe(0);
    expect(agree("Security Council Resolution 2347 (2017)", "resolution 2347")).toBe(3);
    expect(agree("Towards a nuclear-weapon-free world (A/C.1/57/L.3/Rev.1, A/RES/57/59)", "resolution 57/59")).toBe(3);
    expect(agree("Towards a nuclear-weapon-free world (A/C.1/57/L.3/Rev.1, A/RES/57/59)", "draft resolution A/C.1/57/L.2/Rev.1")).toBe(0);
    expect(instrumentAgreement(inst("the resolution", null, "unsc-res-1373"), "Resolution 2347", [])).toBe(0);
  });

  it("reads resolution numbers, not years", () => {
    expect([...resolutionNumbers("Security Council Resolution 2347 (2017)")]).toEqual(["2347"]);
    expect([...resolutionNumbers("resolution 51/210")]).toEqual(["51/210"]);
    expect([...resolutionNumbers("(A/C.1/57/L.4/Rev.1, A/RES/57/100)")].sort()).toEqual(["57/100", "L.4"]);
    expect([...resolutionNumbers("A/HRC/35/L.32")]).toEqual(["L.32"]);
    expect([...resolutionNumbers("S/RES/2347 (2017)")]).toEqual(["2347"]);
    expect([...resolutionNumbers("resolutions 1368 and 1373")]).toEqual(["1368", "1373"]);
    expect([...resolutionNumbers("unsc-res-2347")]).toEqual(["2347"]);
    expect(resolutionNumbers("1954 Convention for the Protection of Cultural Property").size).toBe(0);
  });

  it("a vague record name ('the Convention') is not credited by containment; a vague gold alias may be", () => {
    expect(agree("Convention on Cluster Munitions", "the Convention")).toBe(0);
    expect(agree("Convention on Cluster Munitions", "Convention")).toBe(0);
    expect(agree("Protocols to the 1954 Convention", "Second Protocol to the Hague Convention", ["Protocol"])).toBe(2);
    expect(agree("Protocols to the 1954 Convention", "the Protocol", ["Protocol"])).toBe(3);
  });
});

describe("polarity, action and document agreement", () => {
  it("gold negated agrees with any polarity but affirmed", () => {
    expect(polarityAgrees(gold({ negated: true }), record({ polarity: "negated" }))).toBe(true);
    expect(polarityAgrees(gold({ negated: true }), record({ polarity: "planned" }))).toBe(true);
    expect(polarityAgrees(gold({ negated: true }), record({ polarity: "affirmed" }))).toBe(false);
    expect(polarityAgrees(gold({ negated: false }), record({ polarity: "affirmed" }))).toBe(true);
    expect(polarityAgrees(gold({ negated: false }), record({ polarity: "planned" }))).toBe(false);
  });

  it("the action must be one of the acceptable actions", () => {
    expect(actionAgrees(gold({ actions: ["ratified", "acceded"] }), record({ action: "acceded" }))).toBe(true);
    expect(actionAgrees(gold({ actions: ["ratified", "acceded"] }), record({ action: "signed" }))).toBe(false);
  });

  it("the document must be the same", () => {
    expect(documentAgrees(gold(), record())).toBe(true);
    expect(documentAgrees(gold(), record({ source: { doc: "other.txt", start: 0, end: 0, quote: "" } }))).toBe(false);
  });

  it("matchRecord names every failing criterion", () => {
    expect(matchRecord(gold(), record())).toMatchObject({ matches: true, failed: [], instrumentStrength: 3, actorStrength: 2 });
    const bad = record({
      actor: "Uzbekistan",
      action: "signed",
      instrument: "Resolution 1373",
      polarity: "negated",
      source: { doc: "x", start: 0, end: 0, quote: "" },
    });
    expect(matchRecord(gold(), bad).failed).toEqual(["doc", "action", "actor", "instrument", "polarity"]);
    expect(matchRecord(gold({ negated: true }), record()).failed).toEqual(["polarity"]);
  });
});
