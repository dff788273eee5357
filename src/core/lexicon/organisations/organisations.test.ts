import { buildOrganisations, ORGANISATIONS, OrganisationSchema } from "./index";

function named(name: string) {
  return ORGANISATIONS.find((organisation) => organisation.name === name);
}

/** Keys mapped to the names of the organisations that use them, keeping only keys used more than once. */
function shared(pairs: Array<[key: string, name: string]>): Record<string, string[]> {
  const byKey = new Map<string, Set<string>>();
  for (const [key, name] of pairs) byKey.set(key, (byKey.get(key) ?? new Set()).add(name));
  return Object.fromEntries([...byKey].filter(([, names]) => names.size > 1).map(([key, names]) => [key, [...names]]));
}

describe("organisations", () => {
  it("validates every entry", () => {
    expect(ORGANISATIONS.filter((organisation) => !OrganisationSchema.safeParse(organisation).success)).toEqual([]);
    expect(ORGANISATIONS.length).toBeGreaterThan(60);
  });

  it("has unique names", () => {
    expect(shared(ORGANISATIONS.map((organisation, i) => [organisation.name.toLowerCase(), String(i)]))).toEqual({});
  });

  it("gives no acronym to two organisations", () => {
    expect(shared(ORGANISATIONS.flatMap((organisation) => organisation.acronyms.map((acronym) => [acronym, organisation.name] as [string, string])))).toEqual(
      {},
    );
  });

  it("shares no name or alias between two organisations (case-insensitively)", () => {
    const pairs = ORGANISATIONS.flatMap((organisation) =>
      [organisation.name, ...organisation.aliases].map((text) => [text.toLowerCase(), organisation.name] as [string, string]),
    );
    expect(shared(pairs)).toEqual({});
  });

  it("repeats no name or alias within an organisation, and keeps acronyms out of aliases", () => {
    const problems = ORGANISATIONS.filter((organisation) => {
      const texts = [organisation.name, ...organisation.aliases].map((text) => text.toLowerCase());
      return new Set(texts).size !== texts.length || organisation.acronyms.some((acronym) => organisation.aliases.includes(acronym));
    });
    expect(problems.map((organisation) => organisation.name)).toEqual([]);
  });

  it.each([
    ["UN General Assembly", "un-organ", ["United Nations General Assembly", "General Assembly"], ["UNGA"]],
    ["UN Security Council", "un-organ", ["Security Council", "UN SC"], ["UNSC"]],
    ["UN Human Rights Council", "un-organ", ["Human Rights Council"], ["UNHRC", "HRC"]],
    ["UN Secretary-General", "un-organ", ["Secretary-General of the United Nations", "UN Secretary General", "Secretary-General"], []],
    ["UN General Assembly First Committee", "un-organ", ["First Committee", "First Committee (Disarmament and International Security)"], []],
    ["UNHCR", "un-agency", ["UN Refugee Agency"], ["UNHCR"]],
    ["International Committee of the Red Cross", "other", [], ["ICRC"]],
    ["Shanghai Cooperation Organisation", "regional", ["Shanghai Organization of Cooperation", "Shanghai Cooperation Organization"], ["SCO"]],
    ["Conference on Interaction and Confidence-Building Measures in Asia", "regional", ["Conference on Interaction and Confidence-building in Asia"], ["CICA"]],
    ["Organisation of Islamic Cooperation", "regional", ["Organization of Islamic Cooperation"], ["OIC"]],
    ["European Union", "regional", [], ["EU"]],
    ["Cluster Munition Coalition", "other", [], ["CMC"]],
  ])("has %s (%s)", (name, kind, aliases, acronyms) => {
    const organisation = named(name);
    expect(organisation?.kind).toBe(kind);
    expect(organisation?.aliases).toEqual(expect.arrayContaining(aliases));
    expect(organisation?.acronyms).toEqual(expect.arrayContaining(acronyms));
  });

  it("covers the organisations named in the brief", () => {
    const names = [
      "UNESCO",
      "UNICEF",
      "OHCHR",
      "IAEA",
      "OPCW",
      "WHO",
      "International Federation of Red Cross and Red Crescent Societies",
      "African Union",
      "OSCE",
      "NATO",
      "ASEAN",
      "CIS",
      "CSTO",
      "OAS",
      "Arab League",
      "GCC",
      "Commonwealth",
      "G7",
      "G20",
      "OECD",
      "Council of Europe",
      "ICAN",
      "CTBTO Preparatory Commission",
      "Conference on Disarmament",
      "ECOWAS",
      "SADC",
      "Pacific Islands Forum",
      "CARICOM",
      "Mercosur",
      "New Agenda Coalition",
      "Non-Aligned Movement",
      "European Commission",
      "European Parliament",
      "ILO",
      "FAO",
      "UNDP",
      "UNEP",
      "UNODC",
      "UN Women",
      "WFP",
      "World Bank",
      "IMF",
      "WTO",
      "ICAO",
      "IMO",
      "Interpol",
    ];
    expect(names.filter((name) => named(name) === undefined)).toEqual([]);
  });

  it("throws an error naming a duplicate organisation", () => {
    const entry = { name: "Some Union", aliases: [], acronyms: [], kind: "regional" };
    expect(() => buildOrganisations([entry, { ...entry }])).toThrow(/duplicate name "Some Union"/u);
  });

  it("rejects an unknown kind", () => {
    expect(() => buildOrganisations([{ name: "Some Union", aliases: [], acronyms: [], kind: "club" }])).toThrow();
  });
});
