import { type Commitment } from "../index";
import { extractBody, type BodyExtraction } from "../../../test/support/extractBody";


const run = (body: string): BodyExtraction => extractBody(body);

function instruments(records: Commitment[]): Array<[string, string | null, string]> {
  return records.map((c) => [c.instrument, c.instrumentId, c.instrumentType]);
}

describe("instruments: catalog names and acronyms", () => {
  it("resolves a full name to its catalog entry and keeps the text as written", () => {
    const { records } = run("Kazakhstan acceded to the International Convention for the Suppression of Acts of Nuclear Terrorism in 2005.");
    expect(records).toHaveLength(1);
    expect(records[0]?.instrument).toBe("International Convention for the Suppression of Acts of Nuclear Terrorism");
    expect(records[0]?.instrumentId).not.toBeNull();
    expect(records[0]?.instrumentType).toBe("treaty");
  });

  it.each([
    ["an acronym", "Chile ratified the ATT in 2014.", "ATT", "att"],
    ["an alias", "Chile ratified the Mine Ban Treaty in 2001.", "Mine Ban Treaty", "apmbc"],
    ["a name with a year", "Chile is a party to the 1954 Hague Convention.", "1954 Hague Convention", "hague-1954"],
    ["a name ending in a year", "Chile is a party to the Hague Convention of 1954.", "Hague Convention of 1954", "hague-1954"],
  ])("resolves %s", (_label, body, written, id) => {
    const { text, records } = run(body);
    expect(instruments(records).map(([t, i]) => [t, i])).toEqual([[written, id]]);
    expect(records[0]?.source.quote.indexOf(written)).toBe(text.indexOf(written) - (records[0]?.source.start ?? 0));
    expect(records[0]?.instrumentName).not.toBeNull();
  });

  it("does not take the year inside an instrument name for the date of the act", () => {
    expect(run("Chile is a party to the Hague Convention of 1954.").records.map((c) => c.date)).toEqual([null]);
  });
});

describe("instruments: resolutions", () => {
  it('reads "Security Council resolution 2347 (2017)" as one resolution record', () => {
    const body = "Kazakhstan co-sponsored Security Council resolution 2347 (2017).";
    const { records } = run(body);
    expect(instruments(records)).toEqual([["Security Council resolution 2347 (2017)", "unsc-res-2347", "resolution"]]);
  });

  it('gives one record per number in "resolutions 1368 and 1373"', () => {
    const { records } = run("Norway co-sponsored resolutions 1368 and 1373.");
    expect(records.map((c) => [c.actor, c.instrumentId, c.instrumentType])).toEqual([
      ["Norway", "unsc-res-1368", "resolution"],
      ["Norway", "unsc-res-1373", "resolution"],
    ]);
    expect(records.map((c) => c.instrument)).toEqual([expect.stringContaining("1368"), expect.stringContaining("1373")]);
  });

  it("keeps an uncatalogued resolution with instrumentId null", () => {
    const { records } = run("Kazakhstan co-sponsored General Assembly resolution 51/210.");
    expect(records.map((c) => [c.instrumentType, c.instrument.includes("51/210")])).toEqual([["resolution", true]]);
  });
});

describe("instruments: protocols and later references", () => {
  it('expands "its two Protocols" after the 1954 Hague Convention into the protocol records', () => {
    const body = "The Director-General recalled the 1954 Hague Convention and its two Protocols, to which both Armenia and Azerbaijan are parties.";
    const { at, records } = run(body);
    expect(records.map((c) => `${c.actor}|${c.action}|${c.instrumentId ?? ""}|${c.instrumentType}`).sort()).toEqual([
      "Armenia|party|hague-1954-p1|protocol",
      "Armenia|party|hague-1954-p2|protocol",
      "Armenia|party|hague-1954|treaty",
      "Azerbaijan|party|hague-1954-p1|protocol",
      "Azerbaijan|party|hague-1954-p2|protocol",
      "Azerbaijan|party|hague-1954|treaty",
    ]);
    expect(records.every((c) => c.source.start === at)).toBe(true);
    expect(records.filter((c) => c.instrumentType === "protocol").every((c) => /Protocols/u.test(c.instrument) && c.instrument.includes("1954 Hague Convention"))).toBe(true);
  });

  it('resolves a later "the Convention" to the name used earlier in the document', () => {
    const first = "Kazakhstan ratified the Convention on Cluster Munitions in 2010.";
    const second = "Chile signed the Convention in 2008.";
    const { text, records } = run(`${first} ${second}`);
    const chile = records.find((c) => c.actor === "Chile");
    expect(chile).toMatchObject({ action: "signed", instrument: "Convention on Cluster Munitions", instrumentId: "ccm", date: "2008" });
    expect(chile?.source.start).toBe(text.indexOf(second));
    expect(chile?.source.quote).toBe(second);
  });

  it('resolves "the Treaty" across a paragraph break', () => {
    const { records } = run("Chile ratified the Arms Trade Treaty in 2014.\n\nGhana also ratified the Treaty in 2014.");
    expect(records.map((c) => [c.actor, c.instrumentId])).toEqual([
      ["Chile", "att"],
      ["Ghana", "att"],
    ]);
  });

  it('gives no record for "the Convention" when the document named none', () => {
    expect(run("Chile signed the Treaty in 2008.").records).toEqual([]);
  });
});

describe("instruments: names outside the catalog", () => {
  it("still extracts a named declaration, with instrumentId null", () => {
    const { records } = run("Mongolia endorsed the Ulaanbaatar Declaration in 2016.");
    expect(records.map((c) => [c.actor, c.instrument, c.instrumentId, c.instrumentName, c.instrumentType])).toEqual([
      ["Mongolia", "Ulaanbaatar Declaration", null, null, "declaration"],
    ]);
  });

  test.each([
    ["Kazakhstan signed the Convention on the Legal Status of the Caspian Sea in August 2018.", "Convention on the Legal Status of the Caspian Sea"],
    ["Kazakhstan signed the Astana Treaty on Regional Water Cooperation in 2019.", "Astana Treaty on Regional Water Cooperation"],
  ])("keeps the whole name of %s", (body, name) => {
    expect(run(body).records.map((c) => [c.instrument, c.instrumentId])).toEqual([[name, null]]);
  });
});
