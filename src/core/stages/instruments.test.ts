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

describe("instruments: names the catalog lacks", () => {
  it.each([
    ["Ghana signed the new International Telecommunication Regulations.", "International Telecommunication Regulations"],
    ["Ghana signed the International Sanitary Regulations in 1951.", "International Sanitary Regulations"],
  ])('reads "Regulations" as a binding instrument\'s head: "%s"', (body, written) => {
    expect(instruments(run(body).records)).toEqual([[written, null, "treaty"]]);
  });
});

describe("instruments: amending texts", () => {
  it.each([
    ["Chile ratified the Protocol amending the TRIPS Agreement.", "Protocol amending the TRIPS Agreement"],
    ["Chile ratified the Agreement amending the SADC Protocol on Gender and Development.", "Agreement amending the SADC Protocol on Gender and Development"],
  ])('names the amending text, not the text it amends: "%s"', (body, written) => {
    expect(instruments(run(body).records).map(([t]) => t)).toEqual([written]);
  });
});

describe("instruments: a plan's horizon year", () => {
  it.each([
    ["Kenya endorsed the EAC Vision 2050 in 2016.", "EAC Vision 2050"],
    ["Kenya endorsed Agenda 2063 in 2015.", "Agenda 2063"],
  ])('keeps the year after a plan\'s head in its name: "%s"', (body, written) => {
    expect(instruments(run(body).records).map(([t]) => t)).toEqual([written]);
  });
});

describe("instruments: resolutions", () => {
  it.each([
    ['The resolution, entitled "Territorial integrity of Ukraine", was co-sponsored by Canada.', 'resolution, entitled "Territorial integrity of Ukraine"'],
    ["The resolution (A/HRC/57/L.23) was co-sponsored by Canada.", "resolution (A/HRC/57/L.23)"],
    ["The draft resolution (document A/C.3/79/L.5) was co-sponsored by Canada.", "draft resolution (document A/C.3/79/L.5)"],
    ["Resolution ES-11/4 was co-sponsored by Canada.", "Resolution ES-11/4"],
    ['Resolution ES-11/4, titled "Defending the principles of the Charter of the United Nations", was co-sponsored by Canada.', "Resolution ES-11/4"],
  ])('names a resolution by the title or symbol that follows it: "%s"', (body, written) => {
    expect(instruments(run(body).records)).toEqual([[written, null, "resolution"]]);
  });

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
    expect(
      records.filter((c) => c.instrumentType === "protocol").every((c) => /Protocols/u.test(c.instrument) && c.instrument.includes("1954 Hague Convention")),
    ).toBe(true);
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

describe("instruments: numbers, symbols and descriptions (issue 13)", () => {
  it("reads an ILO convention by number, keeps it as written and gives the catalog's name and type", () => {
    const { records } = run("Fiji ratified ILO Convention No. 190 in 2020.");
    expect(records.map((c) => [c.instrument, c.instrumentId, c.instrumentName, c.instrumentType, c.date])).toEqual([
      ["ILO Convention No. 190", "ilo-c190", "Violence and Harassment Convention, 2019 (No. 190)", "treaty", "2020"],
    ]);
  });

  it("takes the number after an official name, and the year in it for no date", () => {
    const { records } = run("Fiji ratified the Domestic Workers Convention, 2011 (No. 189).");
    expect(records.map((c) => [c.instrument, c.instrumentId, c.date])).toEqual([["Domestic Workers Convention, 2011 (No. 189)", "ilo-c189", null]]);
  });

  it("keeps an uncatalogued symbol as written and resolves a catalogued one", () => {
    expect(instruments(run("Chile co-sponsored draft resolution A/C.3/74/L.21.").records)).toEqual([["draft resolution A/C.3/74/L.21", null, "resolution"]]);
    expect(instruments(run("Chile co-sponsored A/RES/57/58.").records)).toEqual([["A/RES/57/58", "unga-res-57-58", "resolution"]]);
  });

  it("ends a description before a date, so the date stays the act's", () => {
    const { records } = run("Chile co-sponsored a resolution condemning the attack on the convoy in March 2019.");
    expect(records.map((c) => [c.instrument, c.date])).toEqual([["resolution condemning the attack on the convoy", "2019-03"]]);
  });

  it('joins a head to its name over "establishing" and resolves it by content words', () => {
    const { records } = run("The United States would not sign the Statute establishing the International Criminal Court.");
    expect(records.map((c) => [c.instrument, c.instrumentId, c.polarity])).toEqual([
      ["Statute establishing the International Criminal Court", "rome-statute", "negated"],
    ]);
  });

  it('does not take "on behalf of" for a name\'s tail', () => {
    const { records } = run(
      "Chile ratified the Optional Protocol to the Convention against Torture in 2008. Norway signed the Optional Protocol on behalf of its Government.",
    );
    expect(records.map((c) => [c.actor, c.instrumentId])).toEqual([
      ["Chile", "opcat"],
      ["Norway", "opcat"],
    ]);
  });

  it("reads a short quoted name ending in a head noun, not quoted speech", () => {
    expect(instruments(run('Chile endorsed the "humanitarian pledge" in 2015.').records)).toEqual([["humanitarian pledge", null, "declaration"]]);
    expect(run('Chile said: "we will sign the treaty".').records).toEqual([]);
  });

  it('splits "Additional Protocols I and II" into one instrument per numeral', () => {
    expect(instruments(run("Chile ratified Additional Protocols I and II in 1991.").records)).toEqual([
      ["Additional Protocol I", "geneva-ap1", "protocol"],
      ["Additional Protocol II", "geneva-ap2", "protocol"],
    ]);
  });

  it('names "the Protocols additional to the 1949 Geneva Conventions", so a later "the Additional Protocols" is them', () => {
    const { records } = run(
      "The Protocols additional to the 1949 Geneva Conventions protect civilians. Chile urged all States to ratify the Additional Protocols.",
    );
    expect(records.map((c) => [c.actor, c.action, c.instrument, c.instrumentId])).toEqual([
      ["Chile", "called-for", "Protocols additional to the 1949 Geneva Conventions", null],
    ]);
  });
});

describe("instruments: unnamed texts described in lower case", () => {
  it("reads a text cut short after its subject's article without failing (a sentence that ends on 'an agreement on the')", () => {
    expect(extractBody("Chile signed an agreement on the").records).toEqual([]);
    expect(extractBody("Chile and Peru signed a memorandum of understanding on the").records.map((c) => [c.actor, c.instrument])).toEqual([
      ["Chile", "memorandum of understanding"],
      ["Peru", "memorandum of understanding"],
    ]);
  });
});
