import { CatalogEntrySchema } from "../../model/instrument";
import { ORGANISATIONS } from "../organisations";
import { COUNTER_TERRORISM } from "./counterTerrorism";
import { CRIME } from "./crime";
import { CULTURE } from "./culture";
import { DISARMAMENT } from "./disarmament";
import { ECONOMIC } from "./economic";
import { ENVIRONMENT } from "./environment";
import { HEALTH } from "./health";
import { HUMANITARIAN } from "./humanitarian";
import { HUMAN_RIGHTS } from "./humanRights";
import { buildCatalog, CATALOG, catalogById } from "./index";
import { LABOUR } from "./labour";
import { POLITICAL } from "./political";
import { RESOLUTIONS } from "./resolutions";
import { TRANSPORT } from "./transport";

const DATA_FILES = {
  HUMAN_RIGHTS,
  COUNTER_TERRORISM,
  CRIME,
  DISARMAMENT,
  HUMANITARIAN,
  CULTURE,
  ENVIRONMENT,
  POLITICAL,
  LABOUR,
  HEALTH,
  ECONOMIC,
  TRANSPORT,
  RESOLUTIONS,
};

/** Keys mapped to the ids of the entries that use them, keeping only keys used more than once. */
function shared(pairs: Array<[key: string, id: string]>): Record<string, string[]> {
  const byKey = new Map<string, Set<string>>();
  for (const [key, id] of pairs) byKey.set(key, (byKey.get(key) ?? new Set()).add(id));
  return Object.fromEntries([...byKey].filter(([, ids]) => ids.size > 1).map(([key, ids]) => [key, [...ids]]));
}

describe("instrument catalog data", () => {
  it.each(Object.entries(DATA_FILES))("every entry of %s validates against CatalogEntrySchema", (_file, entries) => {
    const failures = entries
      .map((entry) => ({ id: entry.id, result: CatalogEntrySchema.safeParse(entry) }))
      .filter(({ result }) => !result.success)
      .map(({ id, result }) => `${id}: ${result.error?.message ?? ""}`);
    expect(failures).toEqual([]);
  });

  it("holds every data file's entries, once", () => {
    const total = Object.values(DATA_FILES).reduce((sum, entries) => sum + entries.length, 0);
    expect(CATALOG).toHaveLength(total);
    expect(CATALOG.length).toBeGreaterThan(200);
  });

  it("has unique ids", () => {
    expect(shared(CATALOG.map((entry, i) => [entry.id, String(i)]))).toEqual({});
  });

  it("gives every parent as an existing id other than the entry's own", () => {
    const dangling = CATALOG.filter((entry) => entry.parent !== undefined && (entry.parent === entry.id || catalogById(entry.parent) === undefined));
    expect(dangling.map((entry) => `${entry.id} -> ${entry.parent ?? ""}`)).toEqual([]);
  });

  it("gives no acronym to two entries", () => {
    expect(shared(CATALOG.flatMap((entry) => entry.acronyms.map((acronym) => [acronym, entry.id] as [string, string])))).toEqual({});
  });

  it("shares no name or alias between two entries (case-insensitively)", () => {
    const pairs = CATALOG.flatMap((entry) => [entry.name, ...entry.aliases].map((text) => [text.toLowerCase(), entry.id] as [string, string]));
    expect(shared(pairs)).toEqual({});
  });

  it("repeats no name or alias within an entry, and keeps acronyms out of aliases", () => {
    const problems = CATALOG.filter((entry) => {
      const texts = [entry.name, ...entry.aliases].map((text) => text.toLowerCase());
      return new Set(texts).size !== texts.length || entry.acronyms.some((acronym) => entry.aliases.includes(acronym));
    });
    expect(problems.map((entry) => entry.id)).toEqual([]);
  });

  it("writes names, aliases and acronyms without stray white space", () => {
    const texts = CATALOG.flatMap((entry) => [entry.name, ...entry.aliases, ...entry.acronyms, entry.body ?? "x"]);
    expect(texts.filter((text) => text !== text.trim() || /\s{2}/u.test(text))).toEqual([]);
  });

  it("gives no instrument an acronym that an organisation uses", () => {
    const organisationAcronyms = new Set(ORGANISATIONS.flatMap((organisation) => organisation.acronyms));
    const clashes = CATALOG.flatMap((entry) =>
      entry.acronyms.filter((acronym) => organisationAcronyms.has(acronym)).map((acronym) => `${entry.id}: ${acronym}`),
    );
    expect(clashes).toEqual([]);
  });

  it("names a body by the organisation's canonical name when the body is a known organisation", () => {
    const canonical = new Map<string, string>();
    for (const organisation of ORGANISATIONS) {
      for (const text of [organisation.name, ...organisation.aliases, ...organisation.acronyms]) canonical.set(text.toLowerCase(), organisation.name);
    }
    const wrong = CATALOG.filter(
      (entry) => entry.body !== null && canonical.has(entry.body.toLowerCase()) && canonical.get(entry.body.toLowerCase()) !== entry.body,
    );
    expect(wrong.map((entry) => `${entry.id}: ${entry.body ?? ""}`)).toEqual([]);
  });

  it("gives protocols and amendments a parent only where one exists, and resolutions a body", () => {
    expect(CATALOG.filter((entry) => entry.type === "resolution" && entry.body === null).map((entry) => entry.id)).toEqual([]);
    expect(CATALOG.filter((entry) => entry.parent !== undefined && catalogById(entry.parent)?.type === "resolution").map((entry) => entry.id)).toEqual([]);
  });
});

describe("instrument catalog coverage", () => {
  it.each([
    ["icsant", "International Convention for the Suppression of Acts of Nuclear Terrorism", "treaty", 2005, "UN General Assembly"],
    [
      "crc-opac",
      "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
      "protocol",
      2000,
      "UN General Assembly",
    ],
    [
      "crc-opsc",
      "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
      "protocol",
      2000,
      "UN General Assembly",
    ],
    ["crc-opic", "Optional Protocol to the Convention on the Rights of the Child on a communications procedure", "protocol", 2011, "UN General Assembly"],
    ["cppnm", "Convention on the Physical Protection of Nuclear Material", "treaty", 1980, "IAEA"],
    ["tokyo-convention", "Convention on Offences and Certain Other Acts Committed on Board Aircraft", "treaty", 1963, "ICAO"],
    ["airports-protocol", "Protocol for the Suppression of Unlawful Acts of Violence at Airports Serving International Aviation", "protocol", 1988, "ICAO"],
    ["plastic-explosives", "Convention on the Marking of Plastic Explosives for the Purpose of Detection", "treaty", 1991, "ICAO"],
    ["ccit", "Comprehensive Convention on International Terrorism", "treaty", null, "UN General Assembly"],
    ["un-gcts", "United Nations Global Counter-Terrorism Strategy", "strategy", 2006, "UN General Assembly"],
    ["hague-1954", "Convention for the Protection of Cultural Property in the Event of Armed Conflict", "treaty", 1954, "UNESCO"],
    ["hague-1954-p1", "Protocol for the Protection of Cultural Property in the Event of Armed Conflict", "protocol", 1954, "UNESCO"],
    [
      "nagoya-protocol",
      "Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from their Utilization",
      "protocol",
      2010,
      "CBD Conference of the Parties",
    ],
    ["paris-principles", "Paris Principles and Guidelines on Children Associated with Armed Forces or Armed Groups", "principles", 2007, expect.any(String)],
    [
      "vancouver-principles",
      "Vancouver Principles on Peacekeeping and the Prevention of the Recruitment and Use of Child Soldiers",
      "principles",
      2017,
      expect.any(String),
    ],
    ["safe-schools-declaration", "Safe Schools Declaration", "declaration", 2015, expect.any(String)],
    ["oecd-investment-declaration", "OECD Declaration on International Investment and Multinational Enterprises", "declaration", 1976, "OECD"],
    ["un-charter", "Charter of the United Nations", "treaty", 1945, expect.any(String)],
    ["decade-rapprochement-cultures", "International Decade for the Rapprochement of Cultures (2013-2022)", "other", 2012, "UN General Assembly"],
    ["unsc-res-2347", "Security Council resolution 2347 (2017)", "resolution", 2017, "UN Security Council"],
    ["unsc-res-2427", "Security Council resolution 2427 (2018)", "resolution", 2018, "UN Security Council"],
    ["unga-res-51-210", "General Assembly resolution 51/210: Measures to eliminate international terrorism", "resolution", 1996, "UN General Assembly"],
  ])("has %s: %s", (id, name, type, adopted, body) => {
    expect(catalogById(id)).toEqual(expect.objectContaining({ id, name, type, adopted, body }));
  });

  it.each([
    ["crc-opac", "crc"],
    ["crc-opsc", "crc"],
    ["crc-opic", "crc"],
    ["opcat", "cat"],
    ["iccpr-op2", "iccpr"],
    ["cppnm-amendment", "cppnm"],
    ["geneva-ap1", "geneva-conventions"],
    ["geneva-ap3", "geneva-conventions"],
    ["hague-1954-p1", "hague-1954"],
    ["hague-1954-p2", "hague-1954"],
    ["kyoto-protocol", "unfccc"],
    ["nagoya-protocol", "cbd"],
    ["montreal-protocol-2014", "tokyo-convention"],
    ["beijing-protocol", "hague-1970"],
    ["sua-fixed-platforms-2005", "sua-fixed-platforms"],
  ])("links %s to its parent %s", (id, parent) => {
    expect(catalogById(id)?.parent).toBe(parent);
  });

  it("covers the other core instruments named in the brief", () => {
    const ids = [
      "icerd",
      "iccpr",
      "iccpr-op1",
      "icescr",
      "icescr-op",
      "cedaw",
      "cedaw-op",
      "cat",
      "crc",
      "icmw",
      "crpd",
      "crpd-op",
      "cped",
      "refugee-convention",
      "refugee-protocol",
      "genocide-convention",
      "statelessness-1954",
      "statelessness-1961",
      "hague-1970",
      "montreal-1971",
      "ipp-convention",
      "hostages-convention",
      "sua-convention",
      "sua-fixed-platforms",
      "sua-2005",
      "terrorist-bombings",
      "terrorism-financing",
      "beijing-convention",
      "asean-ccct",
      "oau-terrorism-convention",
      "sco-shanghai-convention",
      "npt",
      "ctbt",
      "cwc",
      "bwc",
      "att",
      "tpnw",
      "apmbc",
      "ccm",
      "ccw",
      "ptbt",
      "pelindaba",
      "tlatelolco",
      "canwfz",
      "rarotonga",
      "bangkok-treaty",
      "geneva-gc1",
      "geneva-gc2",
      "geneva-gc3",
      "geneva-gc4",
      "geneva-ap2",
      "rome-statute",
      "world-heritage-convention",
      "unesco-1970",
      "intangible-heritage-2003",
      "cultural-diversity-2005",
      "unidroit-1995",
      "paris-agreement",
      "cartagena-protocol",
      "montreal-protocol",
      "vienna-ozone",
      "minamata-convention",
      "stockholm-convention",
      "basel-convention",
      "rotterdam-convention",
      "unccd",
      "paris-commitments",
      "udhr",
      "undrip",
      "sendai-framework",
      "agenda-2030",
      "unsc-res-1368",
      "unsc-res-1373",
      "unsc-res-1540",
      "unsc-res-2178",
      "unsc-res-1325",
      "unsc-res-1612",
      "asean-declaration-joint-action-2001",
    ];
    expect(ids.filter((id) => catalogById(id) === undefined)).toEqual([]);
  });

  it("finds resolutions and common names through their aliases and acronyms", () => {
    const byAlias = (text: string) => CATALOG.find((entry) => entry.aliases.some((alias) => alias.toLowerCase() === text.toLowerCase()))?.id;
    expect(byAlias("S/RES/2347 (2017)")).toBe("unsc-res-2347");
    expect(byAlias("resolution 2347 (2017)")).toBe("unsc-res-2347");
    expect(byAlias("Security Council resolution 2347")).toBe("unsc-res-2347");
    expect(byAlias("Hague Convention of 1954")).toBe("hague-1954");
    expect(byAlias("Refugee Convention")).toBe("refugee-convention");
    expect(byAlias("1951 Convention relating to the Status of Refugees")).toBe("refugee-convention");
    expect(byAlias("Ottawa Convention")).toBe("apmbc");
    expect(byAlias("Chemical Weapons Convention")).toBe("cwc");
    expect(byAlias("Convention against Torture")).toBe("cat");
    expect(byAlias("Nuclear Terrorism Convention")).toBe("icsant");
    expect(byAlias("third Optional Protocol to the Convention on the Rights of the Child")).toBe("crc-opic");
    const byAcronym = (acronym: string) => CATALOG.find((entry) => entry.acronyms.includes(acronym))?.id;
    expect(["CTBT", "TPNW", "NPT", "OPAC", "OPSC", "OPCAT", "ICSANT", "CPPNM", "UNFCCC", "UNCCD"].map(byAcronym)).toEqual([
      "ctbt",
      "tpnw",
      "npt",
      "crc-opac",
      "crc-opsc",
      "opcat",
      "icsant",
      "cppnm",
      "unfccc",
      "unccd",
    ]);
  });

  it("gives the Rome Statute no organisation's acronym (ICC is the Court)", () => {
    expect(catalogById("rome-statute")?.acronyms).toEqual([]);
  });
});

describe("catalogById and buildCatalog", () => {
  it("answers undefined for an unknown id", () => {
    expect(catalogById("no-such-instrument")).toBeUndefined();
    expect(catalogById("")).toBeUndefined();
  });

  it("fills the schema's defaults", () => {
    expect(catalogById("genocide-convention")?.acronyms).toEqual([]);
  });

  it("throws an error naming a duplicate id", () => {
    const entry = { id: "dup-id", name: "Some Convention", type: "treaty", adopted: 2000, body: null };
    expect(() => buildCatalog([entry, { ...entry, name: "Another Convention" }])).toThrow(/duplicate id "dup-id"/u);
  });

  it("throws an error naming a dangling parent", () => {
    const entry = { id: "orphan", name: "Some Protocol", type: "protocol", adopted: 2000, body: null, parent: "missing" };
    expect(() => buildCatalog([entry])).toThrow(/"orphan" has parent "missing"/u);
  });

  it("rejects an entry that breaks the schema", () => {
    expect(() => buildCatalog([{ id: "Bad Id", name: "Some Convention", type: "treaty", adopted: 2000, body: null }])).toThrow();
  });
});
