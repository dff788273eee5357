import {
  capitalise,
  extractRows,
  generate,
  listOf,
  pick,
  rowsFor,
  sample,
  STATES,
  TREATIES,
  TREATIES_ONLY,
  type Case,
  type InstrumentName,
  type Rng,
  type StateName,
  BARE_STATES,
} from "./generate";

/**
 * Construction family: instruments. How a text names what was acted on: ILO conventions by
 * number or code, resolutions by document symbol, by title and by description, non-catalog
 * instruments named after a lower-case head, a convention with "its Protocol(s)". A catalogued
 * instrument gives its id; any other is kept as written. Near misses (the Charter or the Court
 * without a name, an agreement without a name, a domestic bill, a process, "dispute resolution")
 * give nothing.
 */

const ILO = [
  { n: 29, id: "ilo-c029", short: "Forced Labour Convention", year: 1930 },
  { n: 87, id: "ilo-c087", short: "Freedom of Association and Protection of the Right to Organise Convention", year: 1948 },
  { n: 98, id: "ilo-c098", short: "Right to Organise and Collective Bargaining Convention", year: 1949 },
  { n: 111, id: "ilo-c111", short: "Discrimination (Employment and Occupation) Convention", year: 1958 },
  { n: 138, id: "ilo-c138", short: "Minimum Age Convention", year: 1973 },
  { n: 182, id: "ilo-c182", short: "Worst Forms of Child Labour Convention", year: 1999 },
  { n: 189, id: "ilo-c189", short: "Domestic Workers Convention", year: 2011 },
  { n: 190, id: "ilo-c190", short: "Violence and Harassment Convention", year: 2019 },
];
type Ilo = (typeof ILO)[number];
/** Ways a text writes an ILO convention (the official name with its number, or the number alone). */
const ILO_FORMS: Array<(c: Ilo) => string> = [
  (c) => `ILO Convention No. ${c.n}`,
  (c) => `Convention No. ${c.n}`,
  (c) => `the ILO's Convention No. ${c.n}`,
  (c) => `ILO Convention ${c.n}`,
  (c) => `C${c.n}`,
  (c) => `the ${c.short}, ${c.year} (No. ${c.n})`,
  (c) => `the ${c.short}`,
];
/** Numbers the catalog does not hold: kept as written. */
const ILO_UNLISTED = [131, 151, 176];
const SYMBOLS = ["A/73/L.66", "A/C.3/74/L.21", "A/C.1/77/L.57", "A/HRC/40/L.1", "A/C.3/76/L.27/Rev.1", "A/ES-11/L.1"];
/** Other organisations' numbering, written after "resolution" or "decision" (invented codes). */
const ORG_CODES = [
  "resolution 9.12",
  "Resolution 14.3",
  "resolution 7/48-POL",
  "decision 4/CP.31",
  "decision 2026/7",
  "decision IG.29/2",
  "decision SC-14/9",
  "resolution LP.7(19)",
  "resolution AG/RES. 3107 (LVI-O/26)",
  "resolution GC(70)/RES/11",
];
const CATALOGUED_SYMBOLS = [
  { written: "A/RES/57/58", id: "unga-res-57-58" },
  { written: "S/RES/1325 (2000)", id: "unsc-res-1325" },
  { written: "A/RES/60/288", id: "un-gcts" },
];
const DESCRIPTIONS = [
  "condemning the seizure of the embassy",
  "calling for a ceasefire in the region",
  "demanding the release of all detained journalists",
  "reaffirming the right of access to the courts",
  "urging restraint by the parties",
  "deploring the attacks on hospitals",
];
/** Invented titles in capitals (no state names: a title is not an actor list). */
const TITLES = [
  "Promoting Peace, Dialogue and Cooperation in the Great Lakes Region",
  "Safety of Journalists and the Issue of Impunity",
  "Combating Intolerance, Negative Stereotyping and Stigmatization of Persons",
  "Human Rights and Climate Change",
  "Strengthening the Coordination of Emergency Humanitarian Assistance",
];
/** Invented non-catalog instruments named after a lower-case head. */
const LOWER_NAMED = [
  "agreement on the Prevention of Incidents on the High Seas",
  "agreement on the Conservation of Migratory Seabirds",
  "treaty on the Delimitation of Maritime Boundaries",
  "convention on the Protection of Mountain Ecosystems",
];
/** Acts on resolutions: the words and the action they give. */
const RESOLUTION_ACTS = [
  { verb: "co-sponsored", action: "co-sponsored", polarity: "affirmed" },
  { verb: "voted in favour of", action: "supported", polarity: "affirmed" },
  { verb: "voted against", action: "supported", polarity: "negated" },
];

/** Sentences that name no instrument: a bare "agreement" or "Charter", a court, a process, a domestic bill, "C4". */
const NEAR_MISSES: Array<(s: string) => string> = [
  (s) => `${s} signed the agreement.`,
  (s) => `${s} strongly supported this process.`,
  (s) => `${s} reaffirmed its strong support for the Court.`,
  (s) => `${s} signed the Charter.`,
  (s) => `${s} supported the dispute resolution mechanism of the region.`,
  (s) => `${s} supported the conflict resolution working group.`,
  (s) => `${s} signed the Data Protection Bill into law.`,
  (s) => `${s} adopted the Domestic Workers Act.`,
  (s) => `${s} signed a contract for C4 explosives.`,
  (s) => `${s} voted in favour of the resolution.`,
];
let nearMiss = 0;

const few = (rng: Rng, min = 1, max = 3) => sample(rng, STATES, min + Math.floor(rng() * (max - min + 1)));
const names = (list: readonly StateName[]) => list.map((s) => s.written);
const subject = (list: readonly StateName[]) => capitalise(listOf(names(list)));
const ratifiedVerb = (rng: Rng, l: readonly StateName[]) => pick(rng, ["ratified", l.length > 1 ? "have ratified" : "has ratified"]);

const TREATIES_BY_NAME = TREATIES.filter((t) => t.written.endsWith("Treaty"));
const CONVENTIONS = TREATIES.filter((t) => t.written.startsWith("the Convention") || t.written.endsWith("Convention"));

const TEMPLATES: Array<(rng: Rng) => Case> = [
  (rng) => {
    // A possessor names what the object belongs to: "ratified the Convention against Torture's Optional Protocol" is no
    // ratification of the Convention; "the Rome Statute's Kampala amendments" (no instrument possessed) gives nothing.
    const t = pick(rng, TREATIES_ONLY);
    const [a] = sample(rng, STATES, 1) as [StateName];
    const [thing, expected] = pick(rng, [
      ["rulebook", []],
      ["Kampala amendments", []],
      ["implementation guidelines", []],
      ["Optional Protocol", [`${a.name}|ratified|Optional Protocol|affirmed`]],
    ] as const);
    return { text: `${capitalise(a.written)} ratified ${t.written}'s ${thing} in ${pick(rng, ["2019", "March"])}.`, expected: [...expected] };
  },
  (rng) => {
    // Near misses of a name: a plan's head naming a meeting ("the Coalition's Strategy and Coordination Meeting") is no instrument;
    // "deposited its instrument of ratification of the Protocol with the Government of Spain": the name stops before its depositary.
    const t = pick(rng, TREATIES);
    const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
    return pick(rng, [
      {
        text: `${capitalise(a.written)} ratified ${t.written} in 2019. ${capitalise(b.written)} joined the Coalition on Tuesday at its Strategy and Coordination Meeting in Tallinn.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      },
      {
        text: `${capitalise(a.written)} deposited its instrument of ratification of ${t.written} with the Government of Spain, the depositary, in October.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      },
    ]);
  },
  (rng) => {
    // An acronym the text defines for an instrument the catalog does not know names it later: "the Treaty of Amity and
    // Cooperation in Southeast Asia (TAC) … acceded to the TAC".
    const [name, acronym] = pick(rng, [
      ["Treaty of Amity and Cooperation in Southeast Asia", "TAC"],
      ["Southern Seas Maritime Boundary Agreement", "SSMBA"],
      ["Convention on Rural Water Cooperation", "CRWC"],
    ] as const);
    const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
    const written = `${name} (${acronym})`;
    return {
      text: `${capitalise(a.written)} acceded to the ${written} in 2021. ${capitalise(b.written)} and ${c.written} acceded to the ${acronym} at the same ceremony.`,
      expected: rowsFor([a, b, c], "acceded", written, "affirmed"),
    };
  },
  (rng) => {
    // An act whose object is a reference nothing resolves ("the main agreement" when only a declaration was named) is not on
    // the text's topic: no record, rather than the declaration.
    const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
    return {
      text: `${capitalise(a.written)} endorsed the Safe Schools Declaration. The countries that did not sign the ${pick(rng, ["main", "founding"])} agreement were ${b.written} and ${c.written}.`,
      expected: rowsFor([a], "endorsed", "safe-schools-declaration", "affirmed"),
    };
  },
  (rng) => {
    // A name whose first head is a modifier ("Framework Convention", "Action Plan Treaty") is of its last head's type: "the
    // Convention" after "the WHO Framework Convention on Tobacco Control" is that convention.
    const [a] = sample(rng, STATES, 1) as [StateName];
    const name = pick(rng, [
      "WHO Framework Convention on Tobacco Control",
      "Framework Convention on the Protection of National Minorities",
      "Model Framework Convention on Water Cooperation",
      "Convention Against Illicit Trade in Relics",
      "Declaration Against Arbitrary Detention in State-to-State Relations",
    ]);
    return {
      text: `The ${name} entered into force in 2005. ${capitalise(a.written)} ${name.startsWith("Declaration") ? "endorsed the Declaration" : "signed the Convention"} in 2004.`,
      expected: rowsFor([a], name.startsWith("Declaration") ? "endorsed" : "signed", name, "affirmed"),
    };
  },
  (rng) => {
    // "the Convention" long after another convention was named is the one the heading names; right after it, that other one.
    const [x, y] = sample(rng, CONVENTIONS, 2) as [InstrumentName, InstrumentName];
    const [a] = sample(rng, STATES, 1) as [StateName];
    // A new paragraph is as good as a long gap: "the Convention" there is the document's own again.
    const [near, gap] = pick(rng, [
      [true, ""],
      [false, " Universality remains unfinished business. Much remains to be done."],
      [false, "\n\nMr. President,\n\n"],
      [false, "\n\nUniversality remains unfinished business."],
    ] as const);
    return {
      head: `Review Conference of the States Parties to ${x.written}\n\n`,
      text: `We recall that many States signed ${y.written} in 2008.${gap}${gap.endsWith("\n") ? "" : " "}Since then, ${a.written} has acceded to the Convention.`,
      expected: rowsFor([a], "acceded", (near ? y : x).id, "affirmed"),
    };
  },
  (rng) => {
    // Political commitments named "Call" and "Accords" ("the Paris Call for …", "the Artemis Accords"), and "the Call" / "the
    // Accords" after them; a lower-case "the call" is no reference.
    const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
    const [name, short] = pick(rng, [
      ["Paris Call for Trust and Security in Cyberspace", "the Call"],
      ["Christchurch Call to Action to Eliminate Terrorist and Violent Extremist Content Online", "the Call"],
      ["Artemis Accords", "the Accords"],
    ] as const);
    const near = rng() < 0.25;
    return near
      ? { text: `The ${name} was launched in 2018. ${capitalise(a.written)} heeded the call of its neighbours and joined the talks.`, expected: [] }
      : {
          text: `The ${name} ${name.endsWith("Accords") ? "were" : "was"} launched in 2018. ${capitalise(a.written)} and ${b.written} ${pick(rng, ["endorsed", "signed", "joined"])} ${short} in 2019.`,
          expected: rowsFor([a, b], "endorsed", name, "affirmed"),
        };
  },
  (rng) => {
    // "the new Convention" passes over a dated one named since ("The 1998 Convention never entered into force. The new
    // Convention was signed by A, B").
    const l = sample(rng, STATES, 2);
    return {
      text: `Fourteen States today signed the Convention on the Protection of Alpine Meadows, which replaces the 1998 Convention on the Protection of Alpine Meadows. The 1998 Convention never entered into force. The new Convention was signed by ${listOf(l.map((x) => x.written))}.`,
      expected: rowsFor(l, "signed", "Convention on the Protection of Alpine Meadows", "affirmed"),
    };
  },
  (rng) => {
    // A vote takes the text identified by a symbol or a title, not "Security Council resolutions regarding …" its terms mention;
    // "2024 Call for experts" is no instrument; "Who has joined?" is no WHO.
    const l = sample(rng, STATES, 2);
    const form = pick(rng, [0, 1]);
    return [
      {
        text: `The text, "Status of the Holy Sites" (document A/ES-10/L.22), was adopted. By its terms, the Assembly demanded that all States comply with Security Council resolutions regarding the Holy City. The following delegations voted against: ${listOf(l.map((x) => x.written))}.`,
        expected: rowsFor(l, "supported", "A/ES-10/L.22", "negated"),
      },
      {
        text: `14/11/2024 Call for experts on invasive species.\n\nWho has joined the Arms Trade Treaty? ${capitalise((l[0] as StateName).written)} acceded to the Arms Trade Treaty in 2016.`,
        expected: rowsFor([l[0] as StateName], "acceded", "att", "affirmed"),
      },
    ][form] as Case;
  },
  (rng) => {
    // A section heading in capitals names its instrument ("I. AGREEMENT ON … (Rome, 22 November 2009)"): the acts under it are on
    // that instrument. A headline in capitals names none (its bounds are unknown): the body's own name is the act's.
    const [a] = sample(rng, STATES, 1) as [StateName];
    const name = pick(rng, [
      "CONVENTION ON THE PROTECTION OF ALPINE MEADOWS",
      "AGREEMENT ON PORT CONTROLS TO PREVENT ILLEGAL FISHING",
      "TREATY ON THE SHARED USE OF GLACIERS",
    ]);
    const heading = rng() < 0.5;
    const numbering = pick(rng, ["I. ", "B. ", "2. ", ""]);
    const x = pick(rng, CONVENTIONS);
    return heading
      ? {
          text: `DEPOSITARY NOTIFICATION\n\n${numbering}${name} (Rome, 22 November 2009)\n\n${capitalise(a.written)} acceded to the ${name.split(" ")[0]?.toLowerCase() === "treaty" ? "Treaty" : name.startsWith("AGREEMENT") ? "Agreement" : "Convention"} on 3 May 2024.`,
          expected: [`${a.name}|acceded|${name}|affirmed`],
        }
      : {
          text: `SPECIAL ENVOY WELCOMES ${a.written.toUpperCase()}'S RATIFICATION OF ${pick(rng, ["OPTIONAL PROTOCOL ON CHILDREN IN CONFLICT", "CONVENTION ON MEADOWS"])}\n\nToday ${a.written} deposited its instrument of ratification of ${x.written}.`,
          expected: rowsFor([a], "ratified", x.id, "affirmed"),
        };
  },
  (rng) => {
    // Protocols by number ("Protocol No. 16", "Protocols Nos. 15 and 16"): each kept as written; "Both remain parties to X" after two
    // states names the two.
    const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
    const [n, m] = pick(rng, [
      [15, 16],
      [6, 13],
      [12, 14],
    ] as const);
    return pick(rng, [
      {
        text: `${capitalise(a.written)} ratified Protocol No. ${n} in 2016 and signed Protocol No. ${m} in 2018.`,
        expected: [...rowsFor([a], "ratified", `Protocol No. ${n}`, "affirmed"), ...rowsFor([a], "signed", `Protocol No. ${m}`, "affirmed")].sort(),
      },
      {
        text: `${capitalise(a.written)} ratified Protocols Nos. ${n} and ${m} in 2016.`,
        expected: [...rowsFor([a], "ratified", `Protocol No. ${n}`, "affirmed"), ...rowsFor([a], "ratified", `Protocol No. ${m}`, "affirmed")].sort(),
      },
      {
        text: `${capitalise(a.written)} and ${b.written} met in Vienna in 2019. Both remain parties to Protocol No. ${n}.`,
        expected: rowsFor([a, b], "party", `Protocol No. ${n}`, "affirmed"),
      },
    ]);
  },
  (rng) => {
    // A name that coordinates two words right after "the" ("the Comprehensive and Progressive Agreement for …") is kept whole.
    const [a] = sample(rng, STATES, 1) as [StateName];
    const name = pick(rng, [
      "Comprehensive and Progressive Agreement on Inland Waterways",
      "Economic and Trade Agreement on Digital Services",
      "Friendship and Cooperation Treaty of the Southern Seas",
      "COP29 Global Energy Storage and Grids Pledge",
    ]);
    const [verb, action] = pick(rng, [
      ["acceded to", "acceded"],
      ["ratified", "ratified"],
      ["signed", "signed"],
    ] as const);
    // (A pledge is endorsed whatever the verb: joining, signing or being party to a declaration is adhering to it.)
    const pledge = name.endsWith("Pledge");
    return {
      text: `In 2023 ${a.written} ${pledge ? "endorsed" : verb} the ${name}.`,
      expected: rowsFor([a], pledge ? "endorsed" : action, name, "affirmed"),
    };
  },
  (rng) => {
    // "the Protocol to X", a protocol the catalog does not hold, is one instrument kept as written; "it" and "the Protocol"
    // after it are that protocol, not its parent.
    const t = pick(
      rng,
      TREATIES.filter((x) => ["att", "tpnw", "ccm"].includes(x.id)),
    );
    const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
    const name = `Protocol to ${t.written}`;
    return {
      text: `The Court marked the anniversary of the ${name}. ${capitalise(a.written)} was the first State to ratify it. ${capitalise(b.written)} and ${c.written} have since ratified the Protocol.`,
      expected: rowsFor([a, b, c], "ratified", name, "affirmed"),
    };
  },
  (rng) => {
    // A resolution is never signed, ratified or acceded to: a binding act without its instrument, or with only a resolution
    // near it, is the treaty the text is about, not the resolution named since.
    const t = pick(rng, TREATIES);
    const l = sample(rng, STATES, 2) as StateName[];
    const res = pick(rng, ["resolution 47/39", "Security Council resolution 2118 (2013)", "resolution 75/12"]);
    const [text, action] = pick(rng, [
      [`Delegates discussed ${t.written} and ${res}. Among the first-day signatories were ${listOf(l.map((x) => x.written))}.`, "signed"],
      [
        `${capitalise(t.written)} entered into force in 1997. Delegates then discussed ${res}. ${capitalise(listOf(l.map((x) => x.written)))} acceded later that year.`,
        "acceded",
      ],
      [
        `${capitalise(t.written)} entered into force in 1997. ${capitalise(listOf(l.map((x) => x.written)))} deposited instruments of accession under a framework set by ${res}.`,
        "acceded",
      ],
    ] as const);
    return { text, expected: rowsFor(l, action, t.id, "affirmed") };
  },
  (rng) => {
    // "signed the Treaty in New York", "endorsed the Declaration in Dublin", "signed the Treaty on the day it opened": a place or a
    // time after the head is where or when, not part of a name.
    const t = pick(rng, TREATIES_BY_NAME);
    const l = sample(rng, STATES, 1) as StateName[];
    const place = pick(rng, ["in New York", "in Geneva", "in Vienna", "in Dublin", "on the day it opened for signature", "on 3 May", "on the first day"]);
    const [verb, action] = pick(rng, [
      ["signed", "signed"],
      ["ratified", "ratified"],
    ] as const);
    return {
      text: `The meeting discussed ${t.written}. ${capitalise(l[0]?.written ?? "")} ${verb} the Treaty ${place} in 2016.`,
      expected: rowsFor(l, action, t.id, "affirmed"),
    };
  },
  (rng) => {
    // "the Treaty" is the last instrument called a treaty by name, not a convention named after it; also when the treaty is
    // named only as what a resolution is about ("the resolution on X").
    const t = pick(rng, TREATIES_BY_NAME);
    const c = pick(rng, CONVENTIONS);
    const l = sample(rng, STATES, 1) as StateName[];
    const first = pick(rng, [
      `The meeting discussed ${t.written}.`,
      `The Assembly adopted the resolution on ${t.written} by a recorded vote.`,
      `A resolution on the implementation of ${t.written} was adopted without a vote.`,
    ]);
    const middle = `Delegates also reviewed ${c.written} and its implementation.`;
    const [verb, action] = pick(rng, [
      ["signed", "signed"],
      ["ratified", "ratified"],
    ] as const);
    return {
      text: `${first} ${middle} ${capitalise(listOf(l.map((x) => x.written)))} ${verb} the Treaty in 2016.`,
      expected: rowsFor(l, action, t.id, "affirmed"),
    };
  },
  (rng) => {
    const c = pick(rng, ILO);
    const l = few(rng);
    return {
      text: `${subject(l)} ${ratifiedVerb(rng, l)} ${pick(rng, ILO_FORMS)(c)} in ${pick(rng, ["2016", "2019", "2021"])}.`,
      expected: rowsFor(l, "ratified", c.id, "affirmed"),
    };
  },
  (rng) => {
    const [a, b] = sample(rng, ILO, 2) as [Ilo, Ilo];
    const l = few(rng, 1, 2);
    const text = `${subject(l)} ${ratifiedVerb(rng, l)} ILO Conventions ${pick(rng, ["Nos. ", ""])}${a.n} and ${b.n}.`;
    return { text, expected: [...rowsFor(l, "ratified", a.id, "affirmed"), ...rowsFor(l, "ratified", b.id, "affirmed")].sort() };
  },
  (rng) => {
    // Not done: negated and planned ratifications of a convention named by number.
    const c = pick(rng, ILO);
    const l = few(rng, 1, 1);
    const how = pick(rng, [
      { w: "has not ratified", p: "negated" },
      { w: "has yet to ratify", p: "negated" },
      { w: "intends to ratify", p: "planned" },
    ]);
    return { text: `${subject(l)} ${how.w} ${pick(rng, ILO_FORMS)(c)}.`, expected: rowsFor(l, "ratified", c.id, how.p) };
  },
  (rng) => {
    const n = pick(rng, ILO_UNLISTED);
    const l = few(rng, 1, 1);
    const written = pick(rng, [`Convention No. ${n}`, `ILO Convention No. ${n}`]);
    return { text: `${subject(l)} ${ratifiedVerb(rng, l)} ${written}.`, expected: rowsFor(l, "ratified", written, "affirmed") };
  },
  (rng) => {
    const act = pick(rng, RESOLUTION_ACTS);
    const sym = pick(rng, SYMBOLS);
    const written = pick(rng, [`draft resolution ${sym}`, sym]);
    const l = few(rng);
    return { text: `${subject(l)} ${act.verb} ${written}.`, expected: rowsFor(l, act.action, written, act.polarity) };
  },
  (rng) => {
    // Another organisation's code names the text whole ("Resolution 9.12", not "Resolution 9"); a body that adopts it is the subject.
    const act = pick(rng, RESOLUTION_ACTS);
    const written = pick(rng, ORG_CODES);
    const l = few(rng);
    if (rng() < 0.3) {
      const body = pick(rng, ["The Meeting of the Parties", "The Conference of the Parties", "The Executive Committee of the Convention"]);
      return { text: `${body} adopted ${written} on ${pick(rng, ["Friday", "3 May 2025"])}.`, expected: [`${body.slice(4)}|adopted|${written}|affirmed`] };
    }
    return {
      text: `${subject(l)} ${act.verb} ${written}${pick(rng, [".", " on Tuesday.", " (chlorpyrifos)."])}`,
      expected: rowsFor(l, act.action, written, act.polarity),
    };
  },
  (rng) => {
    const act = pick(rng, RESOLUTION_ACTS);
    const r = pick(rng, CATALOGUED_SYMBOLS);
    const l = few(rng);
    return { text: `${subject(l)} ${act.verb} ${r.written}.`, expected: rowsFor(l, act.action, r.id, act.polarity) };
  },
  (rng) => {
    const written = `draft resolution L.${pick(rng, ["12", "57", "23/Rev.1"])}`;
    const l = few(rng);
    return { text: `${subject(l)} co-sponsored ${written}.`, expected: rowsFor(l, "co-sponsored", written, "affirmed") };
  },
  (rng) => {
    const act = pick(rng, RESOLUTION_ACTS);
    const d = pick(rng, DESCRIPTIONS);
    const l = few(rng);
    return { text: `${subject(l)} ${act.verb} ${pick(rng, ["a", "the"])} resolution ${d}.`, expected: rowsFor(l, act.action, `resolution ${d}`, act.polarity) };
  },
  (rng) => {
    const body = pick(rng, ["General Assembly", "Human Rights Council"]);
    const what = pick(rng, ["established the mandate of the Special Rapporteur", "created the Open-ended Working Group", "launched the negotiations"]);
    const l = few(rng, 1, 2);
    const written = `${body} resolution that ${what}`;
    return { text: `In 2016, ${listOf(names(l))} co-sponsored the ${written}.`, expected: rowsFor(l, "co-sponsored", written, "affirmed") };
  },
  (rng) => {
    // The description ends where the sentence goes on.
    const d = pick(rng, DESCRIPTIONS);
    const l = few(rng, 1, 1);
    return {
      text: `${subject(l)} voted in favour of a resolution ${d} and urged its implementation.`,
      expected: rowsFor(l, "supported", `resolution ${d}`, "affirmed"),
    };
  },
  (rng) => {
    const act = pick(rng, RESOLUTION_ACTS);
    const t = pick(rng, TITLES);
    const l = few(rng);
    return { text: `${subject(l)} ${act.verb} the resolution on ${t}.`, expected: rowsFor(l, act.action, `resolution on ${t}`, act.polarity) };
  },
  (rng) => {
    const t = pick(rng, TITLES);
    const l = few(rng);
    const written = `resolution entitled "${t}"`;
    return { text: `${subject(l)} co-sponsored the ${written}.`, expected: rowsFor(l, "co-sponsored", written, "affirmed") };
  },
  (rng) => {
    const act = pick(rng, RESOLUTION_ACTS);
    const n = pick(rng, [
      { w: "Resolution 2467 (2019)", id: "unsc-res-2467" },
      { w: "resolution 1540 (2004)", id: "unsc-res-1540" },
      { w: "resolution 2475 (2019)", id: "resolution 2475 (2019)" },
    ]);
    const l = few(rng);
    return { text: `${subject(l)} ${act.verb} ${n.w}.`, expected: rowsFor(l, act.action, n.id, act.polarity) };
  },
  (rng) => {
    const name = pick(rng, LOWER_NAMED);
    const l = few(rng, 2, 2);
    const verb = pick(rng, [
      { w: "signed", a: "signed" },
      { w: "have signed", a: "signed" },
      { w: "ratified", a: "ratified" },
    ]);
    return {
      text: `${pick(rng, ["Both ", ""])}${listOf(names(l))} ${verb.w} the ${name} in ${pick(rng, ["1988", "2004"])}.`,
      expected: rowsFor(l, verb.a, name, "affirmed"),
    };
  },
  (rng) => {
    const l = few(rng);
    const verb = pick(rng, [
      { w: "acceded to", a: "acceded" },
      { w: "ratified", a: "ratified" },
    ]);
    const expected = [...rowsFor(l, verb.a, "refugee-convention", "affirmed"), ...rowsFor(l, verb.a, "refugee-protocol", "affirmed")].sort();
    return { text: `${subject(l)} ${verb.w} the 1951 Refugee Convention and its 1967 Protocol.`, expected };
  },
  (rng) => {
    const l = few(rng, 1, 2);
    const p = pick(rng, [
      { text: "CEDAW and its Optional Protocol", ids: ["cedaw", "cedaw-op"] },
      // Two of the Convention's three protocols: one instrument, as written.
      {
        text: "the Convention on the Rights of the Child and its two Optional Protocols",
        ids: ["crc", "two Optional Protocols to the Convention on the Rights of the Child"],
      },
    ]);
    return { text: `${subject(l)} ${ratifiedVerb(rng, l)} ${p.text}.`, expected: p.ids.flatMap((id) => rowsFor(l, "ratified", id, "affirmed")).sort() };
  },
  (rng) => {
    // Numbered protocols: one instrument per numeral.
    const l = few(rng, 1, 2);
    const nums = pick(rng, [
      ["I", "II"],
      ["II", "III"],
      ["I", "II", "III"],
    ]);
    const text = `${subject(l)} ${ratifiedVerb(rng, l)} Additional Protocols ${listOf(nums)} in ${pick(rng, ["1991", "2012"])}.`;
    return { text, expected: nums.flatMap((n) => rowsFor(l, "ratified", `geneva-ap${n.length}`, "affirmed")).sort() };
  },
  (rng) => {
    // "the Convention and its Protocol": the Protocol of the convention the reference resolves to.
    const l = few(rng, 1, 1);
    const text = `The 1951 Refugee Convention sets out the rights of refugees. ${subject(l)} acceded to the Convention and its Protocol in ${pick(rng, ["1972", "1981"])}.`;
    return { text, expected: [...rowsFor(l, "acceded", "refugee-convention", "affirmed"), ...rowsFor(l, "acceded", "refugee-protocol", "affirmed")].sort() };
  },
  (rng) => {
    // "the Protocol" after one protocol was named is that protocol.
    const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
    const p = pick(rng, [
      { w: "the Kyoto Protocol", id: "kyoto-protocol" },
      { w: "the Optional Protocol to the Convention against Torture", id: "opcat" },
    ]);
    const text = `${capitalise(a.written)} ratified ${p.w} in 2005. ${capitalise(b.written)} ratified the Protocol in 2008.`;
    return { text, expected: [...rowsFor([a], "ratified", p.id, "affirmed"), ...rowsFor([b], "ratified", p.id, "affirmed")].sort() };
  },
  (rng) => {
    // A title-cased headline: "to Adopt Concrete Commitments on …" is a verb phrase, not an instrument's name.
    const verb = pick(rng, ["Adopt", "Implement", "Sign", "Endorse"]);
    const topic = pick(rng, [
      "Concrete Commitments on Ending Sexual Violence in Conflict",
      "New Commitments on Child Protection",
      "Time-Bound Commitments on Reparations",
    ]);
    return { text: `Security Council Adopts Resolution Calling upon Belligerents Worldwide to ${verb} ${topic}`, expected: [] };
  },
  (rng) => {
    // "the agreement", "the pact" for a treaty that is not called one: the latest treaty named.
    const t = pick(
      rng,
      TREATIES.filter((x) => x.type === "treaty" && !/agreement/iu.test(x.written)),
    );
    const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
    const text = `${capitalise(t.written)} entered into force this week. ${capitalise(a.written)} voted in favour of the ${pick(rng, ["agreement", "pact", "accord"])} last year, while ${b.written} signed the ${pick(rng, ["pact", "agreement"])}.`;
    return { text, expected: [...rowsFor([a], "supported", t.id, "affirmed"), ...rowsFor([b], "signed", t.id, "affirmed")].sort() };
  },
  (rng) => {
    // "to which it is a party": the relative's antecedent is the instrument; a generic plural names none.
    const t = pick(
      rng,
      TREATIES.filter((x) => x.type !== "declaration"),
    );
    const [a] = sample(rng, STATES, 1) as [StateName];
    return pick(rng, [
      { text: `${capitalise(a.written)} supports the universalization of the international agreements and arrangements to which it is a party.`, expected: [] },
      { text: `${capitalise(a.written)} promotes ${t.written}, to which it is a party.`, expected: rowsFor([a], "party", t.id, "affirmed") },
    ]);
  },
  (rng) => {
    // A pronoun object after a particle ("acceded to it", "is a party to them") is the instrument named before, as "ratified it" is.
    const t = pick(
      rng,
      TREATIES.filter((x) => x.type !== "declaration"),
    );
    const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
    return pick(rng, [
      {
        text: `${capitalise(a.written)} ratified ${t.written} in 2014. ${capitalise(b.written)} acceded to it in 2020.`,
        expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([b], "acceded", t.id, "affirmed")].sort(),
      },
      {
        text: `${capitalise(a.written)} signed ${t.written} in 2013 and acceded to it in 2016.`,
        expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], "acceded", t.id, "affirmed")].sort(),
      },
      {
        text: `${capitalise(a.written)} signed ${t.written} in 2013 but has not acceded to it.`,
        expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], "acceded", t.id, "negated")].sort(),
      },
      {
        text: `${capitalise(a.written)} ratified ${t.written} last year, and ${b.written} intends to accede to it.`,
        expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([b], "acceded", t.id, "planned")].sort(),
      },
    ]);
  },
  (rng) => {
    // Near misses, two to a text (each state its own sentence), taken in turn so that all of them run.
    const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
    const first = NEAR_MISSES[nearMiss++ % NEAR_MISSES.length] as (s: string) => string;
    const second = NEAR_MISSES[nearMiss++ % NEAR_MISSES.length] as (s: string) => string;
    return { text: `${first(capitalise(a.written))} ${second(capitalise(b.written))}`, expected: [] };
  },
  (rng) => {
    // A relative clause belongs to the noun before it: "A co-sponsored the text, which concerns X" acted on the text, not X;
    // "…, which welcomes X" is the text's act; "X, which entered into force in 2014, and Y" keeps both objects.
    const [t1, t2] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
    const [a] = sample(rng, STATES, 1) as [StateName];
    if (rng() < 0.6) {
      const noun = pick(rng, ["the draft text", "the resolution", "the amendment", "the joint statement", "the draft decision"]);
      const verb = pick(rng, ["co-sponsored", "supported", "ratified", "endorsed"]);
      const rel = pick(rng, ["concerns", "welcomes", "refers to", "calls on all States to ratify", "endorses"]);
      return { text: `${capitalise(a.written)} ${verb} ${noun}, which ${rel} ${t1.written}.`, expected: [] };
    }
    const clause = pick(rng, ["which entered into force in 2014", "which was negotiated for a decade", "which bans a whole class of weapons"]);
    return {
      text: `${capitalise(a.written)} ratified ${t1.written}, ${clause}, ${pick(rng, ["and", "as well as"])} ${t2.written}.`,
      expected: [...rowsFor([a], "ratified", t1.id, "affirmed"), ...rowsFor([a], "ratified", t2.id, "affirmed")].sort(),
    };
  },
  (rng) => {
    // An instrument after "on", "concerning" or ", entitled" names the first one's topic or title, not a second object.
    const t = pick(rng, TREATIES);
    const [a] = sample(rng, STATES, 1) as [StateName];
    const [verb, action, doc, id] = pick(rng, [
      ["co-sponsored", "co-sponsored", "General Assembly resolution 77/53", "General Assembly resolution 77/53"],
      ["voted in favour of", "supported", "resolution 77/53", "resolution 77/53"],
      ["co-sponsored", "co-sponsored", "Security Council resolution 2467 (2019)", "unsc-res-2467"],
    ] as const);
    const lead = pick(rng, [" on", " concerning", ", entitled"]);
    return { text: `${capitalise(a.written)} ${verb} ${doc}${lead} ${t.written}.`, expected: rowsFor([a], action, id, "affirmed") };
  },
];

/** A State's territorial or interpretative declaration is no instrument: a later list of signatories is the treaty's. */
function stateDeclarations(rng: Rng): Case {
  const t = pick(rng, TREATIES_ONLY);
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const kind = pick(rng, ["TERRITORIAL", "INTERPRETATIVE"]);
  return {
    text: `The Secretary-General, acting as depositary of ${t.written}, communicates the following.\n\n${c.name.toUpperCase()}: ${pick(rng, ["CORRECTION OF A", "WITHDRAWAL OF A", ""])} ${kind} DECLARATION\n\nThe attention of States is drawn to the fact that the following signatories have not yet deposited an instrument of ratification: ${a.written} and ${b.written}.`,
    expected: [...rowsFor([a, b], "signed", t.id, "affirmed"), ...rowsFor([a, b], "ratified", t.id, "negated")].sort(),
  };
}

/** Memoranda ("the Memorandum of Understanding on X", "the Nairobi MoU") are signed; a memorandum is never what a state ratified. */
function memoranda(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const topic = pick(rng, ["the Conservation of Mountain Vultures", "Cooperation in Glacier Monitoring", "Seabird Bycatch"]);
  const memorandum = `${pick(rng, ["Memorandum of Understanding", "Memorandum"])} on ${topic}`;
  if (i % 3 === 0)
    return {
      text: `${capitalise(a.written)} signed the ${memorandum} in ${pick(rng, ["2017", "2021"])}. ${capitalise(b.written)} has yet to sign it.`,
      expected: [...rowsFor([a], "signed", memorandum, "affirmed"), ...rowsFor([b], "signed", memorandum, "negated")].sort(),
    };
  if (i % 3 === 1) {
    const mou = `${pick(rng, ["Nairobi", "Andes", "Vultures"])} MoU`;
    return {
      text: `${capitalise(a.written)} and ${b.written} signed the ${mou} on ${pick(rng, ["3 March 2025", "14 June 2024"])}.`,
      expected: rowsFor([a, b], "signed", mou, "affirmed"),
    };
  }
  const t = pick(rng, TREATIES_ONLY);
  return {
    text: `${capitalise(a.written)} ratified ${t.written} in 1997, and our cooperation on ${pick(rng, ["abandoned munitions", "border rivers"])} continues on the basis of the ${memorandum}.`,
    expected: rowsFor([a], "ratified", t.id, "affirmed"),
  };
}

/** Manifestos, outlooks and roadmaps are texts a state endorses; "the X Agreement amendment" is the amendment, not X. */
function otherHeads(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const place = pick(rng, ["Dakar", "Muscat", "Pacific", "Andean"]);
  if (i % 2 === 0) {
    const name = `${place} ${pick(rng, ["Ministerial Manifesto", "Outlook", "Roadmap"])} on ${pick(rng, ["Water Security", "Ocean Governance", "Antimicrobial Resistance"])}`;
    return {
      text: `${capitalise(a.written)} and ${b.written} endorsed the ${name} ${pick(rng, ["in 2024", "on 3 May 2025", "at the summit"])}.`,
      expected: rowsFor([a, b], "endorsed", name, "affirmed"),
    };
  }
  const name = `${place} ${pick(rng, ["Fisheries Agreement", "Host Country Agreement", "Transit Treaty"])} ${pick(rng, ["amendment", "amendments"])}`;
  return {
    text: `${capitalise(a.written)} ${pick(rng, ["ratified", "accepted"])} the ${name} in ${pick(rng, ["2019", "2024"])}.`,
    expected: rowsFor([a], "ratified", name, "affirmed"),
  };
}

/**
 * "the Jordan Compact", "the Global Compact on Seabird Bycatch": a compact is endorsed, not ratified. "the Protocol Instituting a
 * Conciliation Commission", "the Convention Relating to the Registration of Vessels": a participle with an article, or a capitalised
 * "Relating"/"Regarding", goes on with the name.
 */
function compactsAndParticiples(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  if (i % 3 === 0) {
    const name = pick(rng, ["Jordan Compact", "Global Compact on Seabird Bycatch", "Pacific Compact for Ocean Data", "Sahel Compact"]);
    return {
      text: `${capitalise(a.written)} endorsed the ${name} in ${pick(rng, ["2016", "2023"])}, and ${b.written} has not endorsed it.`,
      expected: [...rowsFor([a], "endorsed", name, "affirmed"), ...rowsFor([b], "endorsed", name, "negated")].sort(),
    };
  }
  if (i % 3 === 1) {
    const name = `${pick(rng, ["Protocol", "Agreement", "Treaty"])} ${pick(rng, ["Instituting", "Establishing", "Creating"])} a ${pick(rng, ["Conciliation and Good Offices Commission", "Regional Fisheries Council", "Joint Glacier Monitoring Board"])}`;
    return {
      text: `${capitalise(a.written)} ${pick(rng, ["ratified", "has ratified"])} the ${name} in ${pick(rng, ["1964", "2001"])}.`,
      expected: rowsFor([a], "ratified", name, "affirmed"),
    };
  }
  const name = `Convention ${pick(rng, ["Relating to", "Regarding"])} the ${pick(rng, ["Registration of Vessels", "Recognition of Mountain Guides", "Carriage of Glacier Samples"])}`;
  return {
    text: `${capitalise(a.written)} acceded to the ${name} in ${pick(rng, ["1988", "2012"])}.`,
    expected: rowsFor([a], "acceded", name, "affirmed"),
  };
}

/** "the Optional Protocol to the Convention", "the Protocols to the Treaty": the child of the instrument the reference stands for. */
function childOfReference(rng: Rng, i: number): Case {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const head = i % 2 === 0 ? "Convention" : "Treaty";
  const parent = `${pick(rng, ["Andean", "Nordic", "Sahel"])} ${head} on ${pick(rng, ["Glacier Monitoring", "Mountain Guides", "Seabird Bycatch"])}`;
  const child = pick(rng, ["Optional Protocol", "Additional Protocol", "Protocols"]);
  const full = `${child} to the ${parent}`;
  return {
    text: `${capitalise(a.written)} ratified the ${parent} in 2008. ${capitalise(b.written)} ${pick(rng, ["and", "as well as"])} ${c.written} ratified the ${pick(rng, ["", "relevant "])}${child} to the ${head} in ${pick(rng, ["2010", "2015"])}.`,
    expected: [...rowsFor([a], "ratified", parent, "affirmed"), ...rowsFor([b, c], "ratified", full, "affirmed")].sort(),
  };
}

/** "the e-CMR Protocol", "the eTIR Protocol": a name led by a lower-case prefix; "… concerning the electronic note (e-CMR Protocol)". */
function prefixedNames(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const short = `${pick(rng, ["e-CMR", "eTIR", "e-TIR", "e-Freight"])} Protocol`;
  if (i % 2 === 0)
    return {
      text: `${capitalise(a.written)} acceded to the ${short} in ${pick(rng, ["2020", "2024"])}. ${capitalise(b.written)} has yet to accede to the ${short}.`,
      expected: [...rowsFor([a], "acceded", short, "affirmed"), ...rowsFor([b], "acceded", short, "negated")].sort(),
    };
  const long = `Additional Protocol to the ${pick(rng, ["CMR", "TIR Convention"])} concerning the electronic consignment note`;
  return {
    text: `${capitalise(a.written)} acceded to the ${long} (${short}) in 2021.`,
    expected: rowsFor([a], "acceded", `${long} (${short})`, "affirmed"),
  };
}

/** "the amendments to X", "its acceptance of the amendment to X": the amendment, named by what it amends (not X itself). */
/**
 * "the African Charter on Democracy, Elections and Governance", "… on Small Arms and Light Weapons, their Ammunition and Other
 * Related Materials": a comma series of capitalised nouns goes on the name's subject; a list of states after a name's comma does not
 * ("A ratified the Agreement on Energy Security, B and C signed it").
 */
function commaSeriesNames(rng: Rng, i: number): Case {
  const [head, subject] = pick(rng, [
    ["Inter-Regional Convention", "Fisheries, Aquaculture and Coastal Management"],
    ["Protocol", "Trade, Transport and Customs Cooperation"],
    ["Framework Agreement", "Energy, Water and Food Security"],
    ["Regional Charter", "Democracy, Elections and Governance"],
    ["Convention", "Small Boats and Fishing Vessels, their Crews and Other Related Matters"],
  ] as const);
  const name = `${head} on ${subject}`;
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  if (i % 4 === 3) {
    const short = `${head} on ${pick(rng, ["Energy Security", "Coastal Management", "Customs Cooperation"])}`;
    return {
      text: `${capitalise(a.written)} ratified the ${short}, ${b.written} and ${c.written} signed it.`,
      expected: [...rowsFor([a], "ratified", short, "affirmed"), ...rowsFor([b, c], "signed", short, "affirmed")].sort(),
    };
  }
  const [verb, action] = pick(rng, [
    ["ratified", "ratified"],
    ["has signed", "signed"],
    ["acceded to", "acceded"],
  ] as const);
  return { text: `${capitalise(a.written)} ${verb} the ${name} in ${2010 + (i % 9)}.`, expected: rowsFor([a], action, name, "affirmed") };
}

/**
 * "A ratified the Agreement in 2016 but has not signed the Implementation Agreement, so the Agreement cannot be applied. B signed
 * the Agreement in 2007": within a sentence the same words name the same text, past another named with them in between.
 */
function sameWordsInSentence(rng: Rng): Case {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const name = `${pick(rng, ["Ibero-American", "Andean", "Nordic"])} Multilateral Agreement on ${pick(rng, ["Social Security", "Pensions"])}`;
  const other = pick(rng, ["Implementation Agreement", "Administrative Agreement"]);
  return {
    text: `The ${name} was adopted in 2007. ${capitalise(a.written)} ratified the Agreement in 2016 but has not signed the ${other}, so the Agreement cannot be applied. ${capitalise(b.written)} signed the Agreement in 2007.`,
    expected: [...rowsFor([a], "ratified", name, "affirmed"), ...rowsFor([a], "signed", other, "negated"), ...rowsFor([b], "signed", name, "affirmed")].sort(),
  };
}

/** "submit the Protocol to the House of Representatives (DPR)": the chamber a text is sent to is no part of its name. */
function sentToChamber(rng: Rng): Case {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const chamber = pick(rng, ["House of Representatives (DPR)", "Chamber of Deputies", "National Assembly", "House of Commons"]);
  return {
    text: `The Protocol of 2014 to the Forced Labour Convention was adopted in 2014. ${capitalise(a.written)} will submit the Protocol to the ${chamber} next month. ${capitalise(b.written)} ratified it in 2018.`,
    expected: rowsFor([b], "ratified", "ilo-p029", "affirmed"),
  };
}

/** "the 2012 amendments to X": the year they were adopted stays in their name. */
function datedAmendments(rng: Rng): Case {
  const t = pick(
    rng,
    TREATIES_ONLY.filter((x) => x.written.startsWith("the ")),
  );
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const name = `${pick(rng, ["2012", "2016", "2022"])} amendments to ${t.written}`;
  return {
    text: `${capitalise(a.written)} deposited its instrument of acceptance of the ${name}. ${capitalise(b.written)} also accepted the amendments.`,
    expected: rowsFor([a, b], "ratified", name, "affirmed"),
  };
}

function lowerCaseAmendments(rng: Rng, i: number): Case {
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type === "treaty" && x.written.startsWith("the ")),
  );
  const a = pick(rng, BARE_STATES);
  const noun = pick(rng, ["amendment", "amendments"]);
  const name = `${noun} to ${t.written}`;
  return {
    text:
      i % 2 === 0
        ? `${capitalise(a.written)} ratified the ${name} in 2025.`
        : `On 1 July 2025, ${a.written} notified the depositary of its acceptance of the ${name}.`,
    expected: rowsFor([a], "ratified", name, "affirmed"),
  };
}

/**
 * "The Convention complements the 1970 Convention on X … ¶ Today the Convention has 56 Parties": a convention named beside "the
 * Convention" is compared with it; a later "the Convention" goes on naming what it named there.
 */
function comparedConventions(rng: Rng, i: number): Case {
  const [x, y] = sample(rng, CONVENTIONS, 2) as [InstrumentName, InstrumentName];
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const compared = pick(rng, ["complements", "builds on", "differs from", "was modelled on"]);
  const [verb, action] = pick(rng, [
    ["acceded to", "acceded"],
    ["ratified", "ratified"],
  ] as const);
  const gap = i % 2 === 0 ? " " : "\n\n";
  return {
    text: `${capitalise(a.written)} ratified ${x.written} in 2001. The Convention ${compared} ${y.written}, which ${pick(rng, ["most States joined long ago", "works between administrations"])}.${gap}Today ${b.written} ${verb} the Convention.`,
    expected: [...rowsFor([a], "ratified", x.id, "affirmed"), ...rowsFor([b], action, x.id, "affirmed")].sort(),
  };
}

/**
 * "the Geneva Act of the Lisbon Agreement", later "the Geneva Act": a revision named by its city is an instrument of its own, and
 * its short name after the full one is the same text; a statute ("the Cultural Property Act") and a conference's Final Act are none.
 */
function revisionActs(rng: Rng, i: number): Case {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const city = pick(rng, ["Geneva", "Paris", "Stockholm", "Brussels"]);
  const parent = pick(rng, [
    "Lisbon Agreement on Appellations of Origin",
    "Vaduz Convention for the Protection of Folk Melodies",
    "Hague Agreement Concerning Industrial Designs",
  ]);
  const full = `${city} Act of the ${parent}`;
  const [verb, action] = pick(rng, [
    ["acceded to", "acceded"],
    ["ratified", "ratified"],
  ] as const);
  const tail =
    i % 2 === 0
      ? ` ${capitalise(c.written)} adopted the ${pick(rng, ["Cultural Property", "Geographical Indications", "Copyright Amendment"])} Act in 2020.`
      : ` ${capitalise(c.written)} signed the Final Act of the Diplomatic Conference in 2015.`;
  return {
    text: `${capitalise(a.written)} ${verb} the ${full} in 2019. ${capitalise(b.written)} ratified the ${city} Act in 2024.${tail}`,
    expected: [...rowsFor([a], action, full, "affirmed"), ...rowsFor([b], "ratified", full, "affirmed")].sort(),
  };
}

/** "… the Second Protocol to the X Convention on Y, to which it has been a party since 1990": the relative is on the parent. */
function relativeOnParent(rng: Rng): Case {
  const [a] = sample(rng, STATES, 1) as [StateName];
  const parent = `${pick(rng, ["Andean", "Sahel", "Nordic"])} Convention ${pick(rng, ["on Glacier Monitoring", "on Mountain Guides", "for the Protection of Cultural Property"])}`;
  const child = `${pick(rng, ["Second Protocol", "Optional Protocol", "Additional Protocol"])} to the ${parent}`;
  return {
    text: `${capitalise(a.written)} ratified the ${child}, to which it has been a party since 1990.`,
    expected: [...rowsFor([a], "ratified", child, "affirmed"), ...rowsFor([a], "party", parent, "affirmed")].sort(),
  };
}

/**
 * A reference to several instruments named before: "ratified both in 2015", "has joined neither", "party to either", "signed
 * them", "all three instruments", "any of them", "the two instruments", "neither of them". Each is every instrument it counts, with
 * the clause's polarity; "both" as a subject's quantifier ("Both A and B ratified X") refers to no instrument.
 */
function setReferences(rng: Rng, i: number): Case {
  const [x, y, z] = sample(rng, TREATIES_ONLY, 3) as [InstrumentName, InstrumentName, InstrumentName];
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const two = `${capitalise(x.written)} and ${y.written} ${pick(rng, ["entered into force in 2010", "were adopted in 1997", "were discussed at the meeting"])}.`;
  const three = `${capitalise(x.written)}, ${y.written} and ${z.written} ${pick(rng, ["were discussed at the meeting", "are the core texts"])}.`;
  const pair = [x.id, y.id];
  const rows = (who: StateName[], action: string, ids: string[], polarity: string) => ids.flatMap((id) => rowsFor(who, action, id, polarity));
  const A = capitalise(a.written);
  switch (i % 9) {
    case 0:
      return { text: `${two} ${A} ratified both in ${2011 + (i % 9)}.`, expected: rows([a], "ratified", pair, "affirmed").sort() };
    case 1:
      return {
        text: `${two} ${A} acceded to both ${pick(rng, ["in 1994", "on 3 May 2001", "last year"])}; ${b.written} has joined neither.`,
        expected: [...rows([a], "acceded", pair, "affirmed"), ...rows([b], "acceded", pair, "negated")].sort(),
      };
    case 2:
      return {
        text: `${two} ${A} signed them in 2006 but has not ratified them.`,
        expected: [...rows([a], "signed", pair, "affirmed"), ...rows([a], "ratified", pair, "negated")].sort(),
      };
    case 3:
      return { text: `${two} ${A} and ${b.written} are not parties to either.`, expected: rows([a, b], "party", pair, "negated").sort() };
    case 4:
      return { text: `${three} ${A} is not party to any of them.`, expected: rows([a], "party", [x.id, y.id, z.id], "negated").sort() };
    case 5:
      return {
        text: `${three} ${A} ratified all three instruments in 2012.`,
        expected: rows([a], "ratified", [x.id, y.id, z.id], "affirmed").sort(),
      };
    case 6:
      return {
        text: `${two} ${A} has ratified neither of them, and ${b.written} has signed both of them.`,
        expected: [...rows([a], "ratified", pair, "negated"), ...rows([b], "signed", pair, "affirmed")].sort(),
      };
    case 7: {
      // Two names coordinated with "and the": the second head opens a second instrument, not the first name's tail.
      const first = `Convention on ${pick(rng, ["Glacier Monitoring in the Andes", "Mountain Guides in Europe", "Desert Locust Control"])}`;
      const second = `Protocol on ${pick(rng, ["Seabird Bycatch", "Wetland Surveys", "Avalanche Warnings"])}`;
      return {
        text: `${A} ratified the ${first} and the ${second} in 2015.`,
        expected: [...rowsFor([a], "ratified", first, "affirmed"), ...rowsFor([a], "ratified", second, "affirmed")].sort(),
      };
    }
    default:
      // Near miss: "both" quantifies the subject, and the act names its one instrument.
      return {
        text: `${two} Both ${a.written} and ${b.written} ratified ${x.written} in 2015.`,
        expected: rows([a, b], "ratified", [x.id], "affirmed").sort(),
      };
  }
}

/**
 * A named state's act noun that names no text is the act the document said it did, on the text it named there ("A ratified X in
 * 2019. Y entered into force in 2016. The Secretary-General welcomed A's ratification at the time."); another state's act noun, or
 * one still to come, stays on the text the document is about; a text the sentence names before the act is its own.
 */
function ownActNouns(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
  const A = capitalise(a.written);
  const done = `${A} ratified ${t.written} in 2015. ${capitalise(u.written)} entered into force in 2016.`;
  switch (i % 4) {
    case 0:
      return {
        text: `${done} The ${pick(rng, ["Secretary-General", "Special Envoy", "Chair"])} ${pick(rng, ["welcomed", "applauded"])} ${a.written}'s ratification at the time.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      };
    case 1:
      return {
        text: `${done} ${capitalise(b.written)}'s ratification followed in 2017.`,
        expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([b], "ratified", u.id, "affirmed")].sort(),
      };
    case 2:
      return {
        text: `${A} ratified ${t.written} in 2015. ${A} signed ${u.written} in 2016 and deposited its instrument of ratification in 2017.`,
        expected: [
          ...rowsFor([a], "ratified", t.id, "affirmed"),
          ...rowsFor([a], "signed", u.id, "affirmed"),
          ...rowsFor([a], "ratified", u.id, "affirmed"),
        ].sort(),
      };
    default:
      return {
        text: `${done} ${A}'s ratification is under consideration.`,
        expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([a], "ratified", u.id, "planned")].sort(),
      };
  }
}

/**
 * Other bodies' symbols name a draft or a resolution by a segment ("/L.8", "/RES/12") and may bracket a session ("GC(68)/L.8",
 * "ICCD/COP(16)/L.19"): each is the text acted on, kept as written. A symbol with no such segment (a report, "GOV/2024/12") names
 * no text anyone votes on.
 */
const BODY_SYMBOLS = ["GC(68)/L.8", "GC(67)/RES/10", "ICCD/COP(16)/L.19", "FCCC/CP/2023/L.17", "UNEP/EA.6/L.3", "CAC/COSP/10/L.7"];
function bodySymbols(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  const symbol = BODY_SYMBOLS[i % BODY_SYMBOLS.length] as string;
  switch (i % 3) {
    case 0:
      return { text: `${capitalise(a.written)} and ${b.written} co-sponsored ${symbol}.`, expected: rowsFor([a, b], "co-sponsored", symbol, "affirmed") };
    case 1:
      return { text: `${capitalise(a.written)} voted against ${symbol}.`, expected: rowsFor([a], "supported", symbol, "negated") };
    default:
      return {
        text: `${capitalise(a.written)} voted in favour of ${symbol}. ${capitalise(b.written)} set out its position in document GOV/2024/12.`,
        expected: rowsFor([a], "supported", symbol, "affirmed"),
      };
  }
}

/**
 * A short name a text defines in brackets, ending in figures ("X (MP14)", "X (the Salvage Agreement 2024, or SA24)", "X (hereinafter
 * SA24)"), names X from there on ("B signed SA24"); the bracket's own words name no second text.
 */
const SHORT_NAMED = ["Framework Agreement on Regional Salvage Cooperation", "Convention on Inland Ferry Safety", "Protocol on Coastal Pilotage Standards"];
function definedShortNames(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  const name = SHORT_NAMED[i % SHORT_NAMED.length] as string;
  const short = pick(rng, ["SA24", "MP14", "FC19", "CPS-21"]);
  const definition = pick(rng, [`(${short})`, `(the ${name.split(" ").slice(-2).join(" ")} 2024, or ${short})`, `(hereinafter ${short})`]);
  const later = pick(rng, [
    [`${capitalise(b.written)} signed ${short} in 2024.`, rowsFor([b], "signed", name, "affirmed")],
    [`${capitalise(b.written)} has not ratified ${short}.`, rowsFor([b], "ratified", name, "negated")],
  ] as const);
  return {
    text: `${capitalise(a.written)} acceded to the ${name} ${definition} in 2021. ${later[0]}`,
    expected: [...rowsFor([a], "acceded", name, "affirmed"), ...later[1]].sort(),
  };
}

/**
 * A file's or a request's number is no text's symbol ("(request FOI/2024/0112)", "File ref: ENV/ODS/2019/1", "Case No.
 * FOIA/2023/0331"): "the text" after it is nothing named. A resolution described with a word of its kind between the article and
 * it ("the biennial resolution on X", "its traditional resolution condemning Y") is kept as written; "a conflict resolution on …" is
 * no text.
 */
function fileNumbersAndKinds(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  if (i % 2 === 0) {
    const file = pick(rng, ["(request FOI/2024/0112)", "(our ref: MFAT/LEG/2019/4)", "(file ref. ENV/ODS/2019/1)", "(Case No. FOIA/2023/0331)"]);
    return {
      text: `Record released under the Act ${file}. ${capitalise(a.written)} and ${b.written} voted against${pick(rng, ["", " the draft"])}.`,
      expected: [],
    };
  }
  const kind = pick(rng, ["biennial", "annual", "traditional", "omnibus"]);
  const [tail, written] = pick(rng, [
    ["on a moratorium on the death penalty", "resolution on a moratorium on the death penalty"],
    ["condemning the attacks on schools", "resolution condemning the attacks on schools"],
  ] as const);
  if (i % 6 === 5) return { text: `${capitalise(a.written)} called for a conflict resolution on the peninsula and voted against the text.`, expected: [] };
  return i % 4 === 1
    ? { text: `${capitalise(a.written)} voted in favour of the ${kind} resolution ${tail}.`, expected: rowsFor([a], "supported", written, "affirmed") }
    : {
        text: `The Third Committee adopted the ${kind} resolution ${tail} by 120 votes to 39.`,
        expected: [`UN General Assembly Third Committee|adopted|${written}|affirmed`],
      };
}

/**
 * A name that goes on past "with regard to", "in respect of", "with respect to" ("the Convention for the Protection of Individuals
 * with regard to Automatic Processing of Personal Data") is one name, kept whole; "in respect of its territory" after a name is not
 * part of it.
 */
const COMPOUND_NAMED = [
  "Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data",
  "Convention on Mutual Assistance in respect of Maritime Salvage Claims",
  "Protocol on Liability with respect to Transboundary Pipelines",
];
function compoundConnectors(rng: Rng, i: number): Case {
  const a = pick(rng, BARE_STATES);
  if (i % 4 === 3) {
    const t = pick(rng, TREATIES_ONLY);
    return {
      text: `${capitalise(a.written)} ratified ${t.written} in respect of its overseas territories.`,
      expected: rowsFor([a], "ratified", t.id, "affirmed"),
    };
  }
  const name = COMPOUND_NAMED[i % COMPOUND_NAMED.length] as string;
  const [verb, action] = pick(rng, [
    ["ratified", "ratified"],
    ["signed", "signed"],
    ["acceded to", "acceded"],
  ] as const);
  return { text: `${capitalise(a.written)} ${verb} the ${name} in 2019.`, expected: rowsFor([a], action, name, "affirmed") };
}

/**
 * An organisation named "X of Y" opens a text's name with it ("the Council of Europe Framework Convention on …"), kept whole; and
 * "A joins other signatories, including B and C": B and C are signatories (a finite verb takes the noun as its object), not States
 * that joined.
 */
const ORGANISATION_TEXTS = [
  "Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
  "Council of Europe Convention on the Manipulation of Sports Competitions",
  "League of Arab States Convention on Combating Information Technology Offences",
];
function organisationNames(rng: Rng, i: number): Case {
  const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
  if (i % 3 === 2) {
    const t = pick(rng, TREATIES_ONLY);
    return {
      text: `${capitalise(t.written)} has many supporters. With its signature, ${a.written} joins other signatories, including ${b.written} and ${c.written}.`,
      expected: rowsFor([a, b, c], "signed", t.id, "affirmed"),
    };
  }
  const name = ORGANISATION_TEXTS[i % ORGANISATION_TEXTS.length] as string;
  return { text: `${capitalise(a.written)} signed the ${name} in 2024.`, expected: rowsFor([a], "signed", name, "affirmed") };
}

/**
 * Another organisation's convention by its bare number ("Convention 108", "Convention 108+", as the Council of Europe's are
 * known, "the Council of Europe Convention 108") is kept as written; after "ILO" the number is the ILO's convention ("ILO Convention 190").
 */
function bareNumbers(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  if (i % 4 === 3) return { text: `${capitalise(a.written)} ratified ILO Convention 190 in 2021.`, expected: rowsFor([a], "ratified", "ilo-c190", "affirmed") };
  if (i % 4 === 1)
    // (After an organisation's name too: "the Council of Europe Convention 108".)
    return {
      text: `${capitalise(a.written)} is not a Party to the Council of Europe Convention 108 on data protection.`,
      expected: rowsFor([a], "party", "Council of Europe Convention 108", "negated"),
    };
  const name = pick(rng, ["Convention 108", "Convention 108+", "Convention 185"]);
  const [verb, action] = pick(rng, [
    ["acceded to", "acceded"],
    ["ratified", "ratified"],
  ] as const);
  return i % 2 === 0
    ? { text: `${capitalise(a.written)} ${verb} ${name} in 2017.`, expected: rowsFor([a], action, name, "affirmed") }
    : { text: `${capitalise(a.written)} and ${b.written} are Parties to ${name}.`, expected: rowsFor([a, b], "party", name, "affirmed") };
}

describe("construction family: instruments", () => {
  const cases = [
    ...generate(13688, 12, (rng, i) => {
      // "the Asunción Commitment to End Femicide", "the Lima Commitment on Ocean Litter": a named political commitment is a text of its
      // own, signed (never ratified) by the States listed after it; "reaffirmed its commitment to X" stays a commitment to X.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b, c] = sample(rng, pool, 3) as [StateName, StateName, StateName];
      const name = pick(rng, ["Lima Commitment on Ocean Litter", "Accra Commitment to End Child Marriage", "Tbilisi Commitment on Mountain Water"]);
      if (i % 4 === 3) {
        const t = pick(rng, TREATIES_ONLY);
        return { text: `${capitalise(a.written)} reaffirmed its commitment to ${t.written}.`, expected: rowsFor([a], "committed", t.id, "affirmed") };
      }
      return {
        text: `During the session, three member states signed the ${name}: ${listOf([a.written, b.written, c.written])}.`,
        expected: rowsFor([a, b, c], "signed", name, "affirmed"),
      };
    }),
    ...generate(13681, 12, (rng, i) => {
      // "accepted the Protocol of Amendment inserting the Trade Facilitation Agreement into Annex 1A of the WTO Agreement": one text,
      // whose acceptance is the inserted Agreement's (not the WTO Agreement's); "the Protocol amending X" stays a text of its own.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const [inserted, id] = pick(rng, [
        ["the Trade Facilitation Agreement", "wto-tfa"],
        ["the Agreement on Fisheries Subsidies", "wto-fisheries-subsidies"],
      ] as const);
      const into = pick(rng, [
        "into Annex 1A of the WTO Agreement",
        "into the WTO Agreement",
        "into the Marrakesh Agreement Establishing the World Trade Organization",
      ]);
      const year = 2015 + (i % 10);
      if (i % 3 === 2)
        return {
          text: `${capitalise(a.written)} and ${b.written} deposited their instruments of acceptance of the Protocol of Amendment inserting ${inserted} ${into} in ${year}.`,
          expected: rowsFor([a, b], "ratified", id, "affirmed"),
        };
      return {
        text: `${capitalise(a.written)} accepted the Protocol of Amendment inserting ${inserted} ${into} in ${year}.`,
        expected: rowsFor([a], "ratified", id, "affirmed"),
      };
    }),
    ...generate(13682, 10, (rng, i) => {
      // "The Convention on X and the Protocol to that Convention on Matters specific to Y were adopted …; A acceded to both": the child
      // named through "that" is the Protocol to the Convention on X on Matters specific to Y, not a "Convention on Matters".
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const [parent, subject] = pick(rng, [
        ["Convention on International Interests in Mobile Equipment", "on Matters specific to Aircraft Equipment"],
        ["Convention on Security Interests in Fishing Vessels", "on Matters specific to Trawlers"],
        ["Convention on the Registration of Inland Navigation Vessels", "concerning Rights in Rem"],
      ] as const);
      const demonstrative = pick(rng, ["that", "this"]);
      const child = `Protocol to the ${parent} ${subject}`;
      const childId =
        child === "Protocol to the Convention on International Interests in Mobile Equipment on Matters specific to Aircraft Equipment"
          ? "cape-town-aircraft-protocol"
          : child;
      const parentId = parent === "Convention on International Interests in Mobile Equipment" ? "cape-town-convention" : parent;
      const opening = `The ${parent} and the Protocol to ${demonstrative} Convention ${subject} were adopted at a diplomatic conference in ${1999 + i}.`;
      if (i % 2 === 1)
        return {
          text: `${opening} ${capitalise(a.written)} and ${b.written} have acceded to both instruments.`,
          expected: [...rowsFor([a, b], "acceded", parentId, "affirmed"), ...rowsFor([a, b], "acceded", childId, "affirmed")].sort(),
        };
      return { text: `${opening} ${capitalise(a.written)} signed the Protocol in ${2003 + i}.`, expected: rowsFor([a], "signed", childId, "affirmed") };
    }),
    ...generate(13677, 10, (rng, i) => {
      // "The Regional Convention against Illegal Fishing opened for signature. A signed the Regional Convention": a name the catalog does
      // not know that starts a longer name given before, up to its connector, is that text; a different text of the same head is not.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const [short, tail] = pick(rng, [
        ["Regional Convention", "against Illegal Fishing"],
        ["Andean Agreement", "on Pilot Licences"],
        ["Pacific Treaty", "for the Protection of Reef Fish"],
        ["Lake Chad Protocol", "concerning Water Sharing"],
      ] as const);
      const long = `${short} ${tail}`;
      if (i % 4 === 3)
        return {
          text: `The ${long} opened for signature in May. ${capitalise(a.written)} signed the ${long}; ${b.written} signed the Coastal ${short.split(" ").pop()} in June.`,
          expected: [...rowsFor([a], "signed", long, "affirmed"), ...rowsFor([b], "signed", `Coastal ${short.split(" ").pop()}`, "affirmed")].sort(),
        };
      const verb = pick(rng, ["signed", "ratified"]);
      return {
        text: `The ${long} opened for signature in May. ${capitalise(a.written)} ${verb} the ${short} in June.`,
        expected: rowsFor([a], verb, long, "affirmed"),
      };
    }),
    ...generate(13675, 10, (rng, i) => {
      // The two cybercrime conventions are catalogued: "the Budapest Convention" (the Council of Europe's, 2001) and "the UN Convention
      // against Cybercrime" (2024). A live blog that opens on one and aside, in a paragraph of its own, recalls the other: "A, B and C all
      // signed" later is the opening text's.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b, c, d] = sample(rng, pool, 4) as [StateName, StateName, StateName, StateName];
      const [opening, openingId, aside, asideId] = pick(rng, [
        ["The United Nations Convention against Cybercrime", "un-cybercrime-convention", "the Budapest Convention", "cybercrime-convention"],
        ["The Council of Europe Convention on Cybercrime", "cybercrime-convention", "the UN Convention against Cybercrime", "un-cybercrime-convention"],
      ] as const);
      if (i % 3 === 2) return { text: `${capitalise(a.written)} signed ${aside} in 2019.`, expected: rowsFor([a], "signed", asideId, "affirmed") };
      return {
        text: `${opening} opens for signature today.\n\nSome context on ${aside}: ${d.written} became a Party to ${aside} in 2022.\n\nLunch break.\n\nAfter lunch, ${listOf([a.written, b.written, c.written])} all signed.`,
        expected: [...rowsFor([d], "party", asideId, "affirmed"), ...rowsFor([a, b, c], "signed", openingId, "affirmed")].sort(),
      };
    }),
    ...generate(13674, 12, (rng, i) => {
      // "the Convention on … (CSC, INFCIRC/567)": an acronym that opens a bracket before a comma names the text from there on, even in a
      // bulleted line with no act of its own; "A ratified the Amendment and B accepted it": "and" right after a head opens another clause.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const [name, acronym] = pick(rng, [
        ["Convention on Supplementary Compensation for Marine Damage", "CSCMD"],
        ["Convention on the Safety of Small Reactors", "CSSR"],
        ["Agreement on Cooperation in Fusion Research", "ACFR"],
      ] as const);
      if (i % 3 === 2) {
        // (Not the Rome Statute, whose amendments the catalog knows by name.)
        const t = pick(
          rng,
          TREATIES_ONLY.filter((x) => !x.id.startsWith("rome")),
        );
        const amendment = `Amendment to ${t.written}`;
        return {
          text: `In 2023 the ${amendment} was adopted. ${capitalise(a.written)} ratified the Amendment and ${b.written} accepted it in 2024.`,
          expected: rowsFor([a, b], "ratified", amendment, "affirmed"),
        };
      }
      const symbol = pick(rng, ["INFCIRC/567", "2005", "ETS No. 999"]);
      const verb = pick(rng, ["ratified", "signed"]);
      return {
        text: `This note covers:\n\n- the ${name} (${acronym}, ${symbol});\n- nothing else.\n\nIn 2019 ${a.written} ${verb} the ${acronym}.`,
        expected: rowsFor([a], verb, `${name}`, "affirmed"),
      };
    }),
    ...generate(13667, 12, (rng, i) => {
      // A title whose capitalised words run on past "in the", "of", "with" ("the Biological Hazards in the Working Environment
      // Convention") is one name after "the"; not when a State stands in it ("the role of A in X"), nor two texts joined by "and the".
      // An ILO Recommendation is a text of its own, its number no Convention's.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const first = pick(rng, ["Biological Hazards", "Decent Work", "Protection of Workers", "Heat Stress", "Fair Recruitment"]);
      const second = pick(rng, ["Working Environment", "Platform Economy", "Gig Economy", "Care Economy"]);
      const head = pick(rng, ["Convention", "Agreement"]);
      const name = `${first} in the ${second} ${head}`;
      const t = pick(rng, TREATIES_ONLY);
      if (i % 4 === 3)
        return {
          text: `The role of ${a.written} in ${t.written} was discussed. ${capitalise(b.written)} ratified ${t.written} in 2019.`,
          expected: rowsFor([b], "ratified", t.id, "affirmed"),
        };
      if (i % 4 === 2) {
        const rec = `${first} in the ${second} Recommendation, 2025 (No. ${pick(rng, ["155", "187", "162"])})`;
        return {
          text: `${capitalise(a.written)} voted in favour of the ${rec}. ${capitalise(b.written)} abstained on the Recommendation.`,
          expected: [...rowsFor([a], "supported", rec, "affirmed"), ...rowsFor([b], "supported", rec, "negated")].sort(),
        };
      }
      const verb = pick(rng, ["ratified", "signed"]);
      return { text: `${capitalise(a.written)} ${verb} the ${name} in 2026.`, expected: rowsFor([a], verb, name, "affirmed") };
    }),
    ...generate(13653, 10, (rng, i) => {
      // "DECLARATION OF LIMA ¶ … recalling the Safe Schools Declaration … ¶ This Declaration was endorsed by A and B": in a text that is
      // itself a declaration, its closing "This Declaration" is the text its heading names; right after another declaration is named,
      // it is that one.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const city = pick(rng, ["LIMA", "NAIROBI", "OSLO", "MANILA", "TUNIS"]);
      const recalled = pick(rng, [
        ["the Safe Schools Declaration", "safe-schools-declaration"],
        [
          "the Political Declaration on Strengthening the Protection of Civilians from the Humanitarian Consequences arising from the Use of Explosive Weapons in Populated Areas",
          "ewipa-declaration",
        ],
      ] as const);
      const endorsed = pick(rng, ["was endorsed by", "has been endorsed by"]);
      if (i % 3 === 2)
        return {
          text: `The ministers met in ${capitalise(city.toLowerCase())}. They discussed ${recalled[0]}. This Declaration ${endorsed} ${listOf([a.written, b.written])}.`,
          expected: rowsFor([a, b], "endorsed", recalled[1], "affirmed"),
        };
      return {
        head: `DECLARATION OF ${city}\n\n`,
        text: `The Ministers of Education, meeting in ${capitalise(city.toLowerCase())}, recalling ${recalled[0]}, adopt the following.\n\n1. We commit to keeping rural schools open.\n\n2. We will meet again in two years.\n\n3. We thank the host.\n\nThis Declaration ${endorsed} ${listOf([a.written, b.written])}.`,
        expected: rowsFor([a, b], "endorsed", `DECLARATION OF ${city}`, "affirmed"),
      };
    }),
    ...generate(13652, 10, (rng, i) => {
      // "the Global Convention" names a text of its own: the last convention named before ("the Tokyo Convention") is not it, unless its
      // name says "Global" ("the Global Compact for Safe, Orderly and Regular Migration … the Global Compact").
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const t = pick(rng, CONVENTIONS);
      if (i % 3 === 2)
        return {
          text: `${capitalise(a.written)} endorsed the Global Compact for Safe, Orderly and Regular Migration in 2018. ${capitalise(b.written)} did not endorse the Global Compact.`,
          expected: [
            ...rowsFor([a], "endorsed", "global-compact-migration", "affirmed"),
            ...rowsFor([b], "endorsed", "global-compact-migration", "negated"),
          ].sort(),
        };
      const [clause, action, polarity] = pick(rng, [
        ["was not a party to the Global Convention", "party", "negated"],
        ["had ratified the Global Convention in 2021", "ratified", "affirmed"],
        ["had accepted the Global Convention", "ratified", "affirmed"],
      ] as const);
      return {
        text: `${capitalise(a.written)} has been a party to ${t.written} since 2017. The representative of ${b.written} said that her country ${clause}.`,
        expected: [...rowsFor([a], "party", t.id, "affirmed"), ...rowsFor([b], action, "Global Convention", polarity)].sort(),
      };
    }),
    ...generate(13603, 12, (rng, i) => bareNumbers(rng, i)),
    ...generate(13601, 12, (rng, i) => organisationNames(rng, i)),
    ...generate(13600, 12, (rng, i) => compoundConnectors(rng, i)),
    ...generate(13596, 12, (rng, i) => fileNumbersAndKinds(rng, i)),
    ...generate(13500, 21, (rng, i) => definedShortNames(rng, i)),
    ...generate(13013, 5 * TEMPLATES.length, (rng, i) => (TEMPLATES[i % TEMPLATES.length] as (r: Rng) => Case)(rng)),
    ...generate(13019, 5, (rng) => stateDeclarations(rng)),
    ...generate(13020, 6, (rng, i) => lowerCaseAmendments(rng, i)),
    ...generate(13021, 9, (rng, i) => memoranda(rng, i)),
    ...generate(13022, 10, (rng, i) => otherHeads(rng, i)),
    ...generate(13023, 8, (rng, i) => childOfReference(rng, i)),
    ...generate(13024, 8, (rng, i) => prefixedNames(rng, i)),
    ...generate(13025, 8, (rng, i) => comparedConventions(rng, i)),
    ...generate(13026, 8, (rng, i) => revisionActs(rng, i)),
    ...generate(13027, 6, (rng) => relativeOnParent(rng)),
    ...generate(13028, 6, (rng) => datedAmendments(rng)),
    ...generate(13029, 6, (rng) => sentToChamber(rng)),
    ...generate(13030, 6, (rng) => sameWordsInSentence(rng)),
    ...generate(13031, 8, (rng, i) => commaSeriesNames(rng, i)),
    ...generate(13041, 9, (rng, i) => compactsAndParticiples(rng, i)),
    ...generate(13043, 12, (rng, i) => ownActNouns(rng, i)),
    ...generate(13044, 12, (rng, i) => bodySymbols(rng, i)),
    ...generate(13042, 4, (rng) => {
      // "remained committed to the treaty bodies", "supported the Convention secretariat": a head that modifies the noun after it is
      // no reference to the instrument named before.
      const a = pick(rng, STATES);
      const t = pick(rng, TREATIES_ONLY);
      const tail = pick(rng, ["remained committed to the treaty bodies", "supported the Convention secretariat", "welcomed the treaty event"]);
      return {
        text: `${capitalise(a.written)} ratified ${t.written} in 2017. ${capitalise(a.written)} ${tail}.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      };
    }),
    ...generate(13034, 18, (rng, i) => setReferences(rng, i)),
    ...generate(13038, 6, (rng, i) => {
      // A release whose letterhead, number and dateline stand above its headline: the headline's text is the document's own, and "the
      // Convention" in a new paragraph is that one, not another convention the paragraph before named in passing.
      const [own, other] = sample(
        rng,
        TREATIES_ONLY.filter((t) => /Convention/u.test(t.written)),
        2,
      ) as [InstrumentName, InstrumentName];
      const [s, a] = sample(rng, STATES, 2) as [StateName, StateName];
      const letterhead = `Ministry of Foreign Affairs of ${s.written}\nPress Release No. ${10 + i}/2025${i % 2 === 0 ? "\nAccra, 4 May 2025" : ""}`;
      const body = [
        `${capitalise(s.written)} becomes a State Party to ${own.written.replace(/^the /u, "the ")}`,
        `1. ${capitalise(s.written)} deposited its instrument of ratification of ${own.written} on 3 May 2025.`,
        `2. ${capitalise(s.written)} is not a party to ${other.written}, and the relevant agencies are studying that instrument.`,
        `3. Within the region, ${a.written}, which ratified the Convention in 2013, had until now been the only State bound by it.`,
      ];
      return {
        text: `${letterhead}\n\n${body.join("\n\n")}`,
        expected: [
          ...rowsFor([s], "party", own.id, "affirmed"),
          ...rowsFor([s], "ratified", own.id, "affirmed"),
          ...rowsFor([s], "party", other.id, "negated"),
          ...rowsFor([a], "ratified", own.id, "affirmed"),
        ].sort(),
      };
    }),
    ...generate(13039, 4, (rng) => {
      // "…, but neither has yet ratified that text": a declaration named before is not what is ratified; the treaty the sentence named is.
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      return {
        text: `${capitalise(a.written)} endorsed the Safe Schools Declaration in 2015. ${capitalise(b.written)} and ${c.written} signed ${t.written} in 2017, but neither has yet ratified that text.`,
        expected: [
          `${a.name}|endorsed|safe-schools-declaration|affirmed`,
          ...rowsFor([b, c], "signed", t.id, "affirmed"),
          ...rowsFor([b, c], "ratified", t.id, "negated"),
        ].sort(),
      };
    }),
    ...generate(13040, 8, (rng, i) => {
      // "the cluster-munitions convention", "the disability convention", "the test-ban treaty": a reference by subject in lower case is
      // the text named before whose name holds its words, past another named since; a subject no text named is no reference at all.
      const subjects: ReadonlyArray<readonly [string, string]> = [
        ["ccm", "the cluster-munitions convention"],
        ["crpd", "the disability convention"],
        ["ctbt", "the test-ban treaty"],
        ["cat", "the torture convention"],
      ];
      const [id, reference] = subjects[i % subjects.length] as readonly [string, string];
      const own = TREATIES.find((t) => t.id === id) as InstrumentName;
      const other = pick(
        rng,
        TREATIES_ONLY.filter((t) => t.id !== id && !["cat", "ccm", "crpd", "ctbt"].includes(t.id)),
      );
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      if (i >= subjects.length)
        return {
          text: `${capitalise(a.written)} ratified ${own.written} in 2019. ${capitalise(b.written)} signed the refugee convention in 2021.`,
          expected: rowsFor([a], "ratified", own.id, "affirmed"),
        };
      return {
        text: `${capitalise(a.written)} ratified ${own.written} in 2019 and ${other.written} in 2020. ${capitalise(b.written)} signed ${reference} in 2021.`,
        expected: [
          ...rowsFor([a], "ratified", own.id, "affirmed"),
          ...rowsFor([a], "ratified", other.id, "affirmed"),
          ...rowsFor([b], "signed", own.id, "affirmed"),
        ].sort(),
      };
    }),
    ...generate(13037, 6, (rng, i) => {
      // A sentence that opens with its topic: "As regards X, A and B are parties", "On X, the secretariat reported that all members
      // except A are now Parties": the act with no object of its own is on X, not on the text named before.
      const [x, y] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const opener = pick(rng, ["As regards", "Regarding", "With regard to", "As for", "On"]);
      if (i % 2 === 0)
        return {
          text: `${capitalise(y.written)} was discussed first. ${opener} ${x.written}, ${a.written} and ${b.written} are parties.`,
          expected: rowsFor([a, b], "party", x.id, "affirmed"),
        };
      return {
        text: `${capitalise(y.written)} was discussed first. ${opener} ${x.written}, the secretariat reported that all Member States except ${a.written} are now Parties.`,
        expected: rowsFor([a], "party", x.id, "negated"),
      };
    }),
    ...generate(13036, 4, (rng) => {
      // "signed the Pelindaba Protocols in 1996 and has not ratified them": the one plural name before "them" in its own sentence,
      // over two instruments a sentence before names.
      const [x, y] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const plural = `${pick(rng, ["Pelindaba", "Andean", "Sahel", "Lomé"])} Protocols`;
      return {
        text: `${capitalise(b.written)} ratified ${x.written} and ${y.written}. ${capitalise(a.written)} signed the ${plural} in 1996 and has not ratified them either.`,
        expected: [
          ...rowsFor([b], "ratified", x.id, "affirmed"),
          ...rowsFor([b], "ratified", y.id, "affirmed"),
          ...rowsFor([a], "signed", plural, "affirmed"),
          ...rowsFor([a], "ratified", plural, "negated"),
        ].sort(),
      };
    }),
    ...generate(13035, 4, (rng) => {
      // "the Additional Protocol Providing for a System of Collective Complaints": a participle and "for a" join the head to its name.
      const name = `${pick(rng, ["Additional Protocol", "Protocol", "Convention"])} Providing for a System of ${pick(rng, ["Collective Complaints", "Regional Inspections", "Mutual Evaluation"])}`;
      const [a] = sample(rng, STATES, 1) as [StateName];
      return { text: `${capitalise(a.written)} ratified the ${name} in 2012.`, expected: rowsFor([a], "ratified", name, "affirmed") };
    }),
    ...generate(13033, 8, (rng, i) => {
      // A shadow report to a treaty body: "Committee on the Elimination of Discrimination against Women … A ratified the Convention
      // in 1985 … has not signed the Optional Protocol to the Convention": the treaty the committee monitors, and its one protocol.
      const [committee, treaty, protocol] = pick(rng, [
        ["Committee on the Elimination of Discrimination against Women", "cedaw", "cedaw-op"],
        ["Committee against Torture", "cat", "opcat"],
        ["Committee on the Rights of Persons with Disabilities", "crpd", "crpd-op"],
      ] as const);
      const [a] = sample(rng, STATES, 1) as [StateName];
      const head = `SHADOW REPORT\n${committee}, ${70 + i}th session\n\n`;
      if (i % 2 === 1)
        return {
          head,
          text: `${capitalise(a.written)} ratified the Convention in ${1985 + i}. It has neither signed nor acceded to the Optional Protocol to the Convention.`,
          expected: [
            ...rowsFor([a], "ratified", treaty, "affirmed"),
            ...rowsFor([a], "signed", protocol, "negated"),
            ...rowsFor([a], "acceded", protocol, "negated"),
          ].sort(),
        };
      return { head, text: `${capitalise(a.written)} ratified the Convention in ${1985 + i}.`, expected: rowsFor([a], "ratified", treaty, "affirmed") };
    }),
    ...generate(13032, 6, (rng) => {
      // "A ratified an amendment to the Convention on X, and B ratified the same Convention": the convention an amendment is named
      // by stays a referent, over one named in an earlier sentence.
      const earlier = pick(
        rng,
        TREATIES_ONLY.filter((x) => x.written.includes("Convention")),
      );
      const parent = `Convention on ${pick(rng, ["Glacier Monitoring", "Seabird Bycatch", "Desert Locust Control", "Mountain Guides"])}`;
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const same = pick(rng, ["the same Convention", "the Convention itself", "that Convention"]);
      return {
        text: `${capitalise(earlier.written)} was discussed. ${capitalise(a.written)} ratified an amendment to the ${parent} in 2019, and ${b.written} ratified ${same} in 2010.`,
        expected: [...rowsFor([a], "ratified", `amendment to the ${parent}`, "affirmed"), ...rowsFor([b], "ratified", parent, "affirmed")].sort(),
      };
    }),
    ...generate(13016, 6, (rng) => {
      // "the Global Convention", "the Second Protocol": the name with that word, over a nearer one of the same kind without it.
      const [mod, head] = pick(rng, [
        ["Global", "Convention"],
        ["Second", "Protocol"],
        ["Optional", "Protocol"],
      ] as const);
      const [topic, other] = sample(rng, ["the Recognition of Mountain Guides", "Seabird Bycatch", "Desert Locust Control", "Glacier Monitoring"], 2);
      const place = pick(rng, ["Lisbon", "Nairobi", "Tallinn"]);
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const full = `${mod} ${head} on ${topic}`;
      const near = `${place} ${head} on ${other}`;
      return {
        text: `${capitalise(a.written)} ratified the ${full}. ${capitalise(b.written)} is not a party to the ${near}. ${capitalise(c.written)} ratified the ${mod} ${head} in 2019.`,
        expected: [...rowsFor([a, c], "ratified", full, "affirmed"), ...rowsFor([b], "party", near, "negated")].sort(),
      };
    }),
    ...generate(13018, 6, (rng) => {
      // "… the Additional Protocol to the Ibero-American Convention on X … The Convention itself, signed in 2005, … C signed it": the
      // convention a protocol named before is to, when the text never names it alone.
      const region = pick(rng, ["Ibero-American", "Andean", "Nordic", "Pacific"]);
      const convention = `${region} Convention on ${pick(rng, ["the Rights of Youth", "Mountain Guides", "Glacier Monitoring"])}`;
      const protocol = `${pick(rng, ["Additional", "Optional"])} Protocol to the ${convention}`;
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const itself = pick(rng, ["The Convention itself", "The Convention"]);
      return {
        text: `${capitalise(a.written)} and ${b.written} have deposited their instruments of ratification of the ${protocol}. ${itself}, signed in 2005, is in force for ${pick(rng, ["eight", "twelve"])} States. ${capitalise(c.written)} signed it in 2005 but has not ratified it.`,
        expected: [
          ...rowsFor([a, b], "ratified", protocol, "affirmed"),
          ...rowsFor([c], "signed", convention, "affirmed"),
          ...rowsFor([c], "ratified", convention, "negated"),
        ].sort(),
      };
    }),
    ...generate(13017, 4, (rng) => {
      // "the Ljubljana–The Hague Convention on …": two places joined by a dash, the second with its article, open the name.
      const [city, dash] = [pick(rng, ["Ljubljana", "Nicosia", "Vilnius", "Accra"]), pick(rng, ["–", "-"])];
      const name = `${city}${dash}The Hague Convention on ${pick(rng, ["Mutual Legal Assistance", "the Recognition of Mountain Guides", "Glacier Monitoring"])}`;
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      return {
        text: `${capitalise(a.written)} deposited its instrument of ratification of the ${name} on 1 October 2025. ${capitalise(b.written)} signed the Convention in 2024.`,
        expected: [...rowsFor([a], "ratified", name, "affirmed"), ...rowsFor([b], "signed", name, "affirmed")].sort(),
      };
    }),
    ...generate(13019, 10, (rng, i) => {
      // A treaty called by its place alone right after an act ("Senegal ratified Minamata in 2016", "has not joined Escazú",
      // "acceded to Kigali", "party to Basel"); the same place elsewhere is a place ("signed in Paris", "met in Minamata").
      const [word, id] = pick(rng, [
        ["Minamata", "minamata-convention"],
        ["Kigali", "kigali-amendment"],
        ["Escazú", "escazu-agreement"],
        ["Basel", "basel-convention"],
        ["Ramsar", "ramsar-convention"],
        ["Nagoya", "nagoya-protocol"],
      ] as const);
      const [a] = sample(rng, STATES, 1) as [StateName];
      const [act, action, polarity] = pick(rng, [
        ["ratified", "ratified", "affirmed"],
        ["has not yet ratified", "ratified", "negated"],
        ["acceded to", "acceded", "affirmed"],
        ["joined", "acceded", "affirmed"],
        ["became a party to", "party", "affirmed"],
      ] as const);
      if (i % 4 === 3) return { text: `Ministers met in ${word} in 2019, where ${a.written} ${pick(rng, ["spoke", "presented its report"])}.`, expected: [] };
      return {
        text: `${capitalise(a.written)} ${act} ${word}${polarity === "negated" ? "" : " in 2016"}.`,
        expected: rowsFor([a], action, id, polarity),
      };
    }),
    ...generate(13021, 8, (rng, i) => {
      // Catalogued names sharing their head: "the Basel, Rotterdam and Stockholm Conventions", "the Kyoto and Cartagena
      // Protocols" (each its own instrument, with or without an Oxford comma).
      const [head, pool] = pick(rng, [
        [
          "Conventions",
          [
            ["Basel", "basel-convention"],
            ["Rotterdam", "rotterdam-convention"],
            ["Stockholm", "stockholm-convention"],
            ["Minamata", "minamata-convention"],
          ],
        ],
        [
          "Protocols",
          [
            ["Kyoto", "kyoto-protocol"],
            ["Cartagena", "cartagena-protocol"],
            ["Nagoya", "nagoya-protocol"],
            ["Montreal", "montreal-protocol"],
          ],
        ],
      ] as const);
      const names = sample(rng, [...pool], 2 + (i % 3));
      const [a] = sample(rng, STATES, 1) as [StateName];
      const [act, action] = pick(rng, [
        ["is a party to", "party"],
        ["ratified", "ratified"],
        ["has acceded to", "acceded"],
      ] as const);
      return {
        text: `${capitalise(a.written)} ${act} the ${listOf(
          names.map((n) => n[0]),
          i % 2 === 0,
        )} ${head}.`,
        expected: names.flatMap((n) => rowsFor([a], action, n[1], "affirmed")).sort(),
      };
    }),
    ...generate(13023, 6, (rng, i) => {
      // "the Convention, known by its Spanish acronym CIADDIS," / ", known as CIADDIS,": the acronym names the text from there on.
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const name = `Inter-American Convention on ${pick(rng, ["Glacier Protection", "Mountain Rescue", "River Basins"])}`;
      const acronym = pick(rng, ["CIPG", "CIADDIS", "CIRB"]);
      const known = i % 2 === 0 ? `known by its ${pick(rng, ["Spanish ", "French ", ""])}acronym ${acronym}` : `known as ${acronym}`;
      return {
        text: `The ${name} entered into force in 2001. Adopted in 1999, the Convention, ${known}, was the first regional treaty of its kind. ${capitalise(a.written)} and ${b.written} have not joined ${acronym} either.`,
        expected: rowsFor([a, b], "acceded", name, "negated"),
      };
    }),
    ...generate(13024, 6, (rng, i) => {
      // "ratified all treaties related to X" names the texts related to X, not X; "X and the treaties related to it" names X.
      const a = pick(rng, STATES);
      const t = pick(rng, TREATIES_ONLY);
      const texts = pick(rng, ["treaties", "instruments", "protocols"]);
      const [verb, action] = pick(rng, [
        ["has now ratified", "ratified"],
        ["has acceded to", "acceded"],
      ] as const);
      if (i % 2 === 0) return { text: `${capitalise(a.written)} ${verb} all ${texts} ${pick(rng, ["related", "relating"])} to ${t.written}.`, expected: [] };
      return { text: `${capitalise(a.written)} ${verb} ${t.written} and the ${texts} related to it.`, expected: rowsFor([a], action, t.id, "affirmed") };
    }),
    ...generate(13025, 8, (rng, i) => {
      // Uncatalogued names that go on past "People's" and past an article after a connector ("the Treaty on a Free Trade Area"),
      // and an acceptance whose object is a contact relative's noun ("the provisions it accepted"), not the text's treaty.
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const subject = pick(rng, ["Fisheries", "Mountain Rescue", "River Transport"]);
      if (i % 4 === 0) {
        const name = `Agreement between the Government of the People's Democratic Republic of ${pick(rng, ["Ruritania", "Freedonia"])} and the Government of ${a.written.replace(/^the /u, "")} on ${subject}`;
        return { text: `${capitalise(a.written)} signed the ${name} in 2024.`, expected: rowsFor([a], "signed", name, "affirmed") };
      }
      if (i % 4 === 1) {
        const name = `Treaty on a Free Trade Area for ${subject}`;
        return { text: `${capitalise(a.written)} and ${b.written} signed the ${name} in 2011.`, expected: rowsFor([a, b], "signed", name, "affirmed") };
      }
      const verb = pick(rng, ["accepted", "had accepted"]);
      return {
        text: `${capitalise(a.written)} ratified ${t.written} in 1998. ${capitalise(b.written)} signed the Treaty on ${subject} in 2002 and remains bound by the provisions it ${verb} at that time.`,
        expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([b], "signed", `Treaty on ${subject}`, "affirmed")].sort(),
      };
    }),
    ...generate(13034, 4, (rng) => {
      // "the Convention itself" is the convention a protocol named just before is to, not another convention named earlier.
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const verb = pick(rng, ["ratified", "acceded to"]);
      const action = verb === "ratified" ? "ratified" : "acceded";
      return {
        text: `${capitalise(b.written)} ratified the Convention on Cluster Munitions in 2010. The Optional Protocol to the Convention against Torture was signed by ${a.written} on 14 February 2024. ${capitalise(a.written)}, which ${verb} the Convention itself in 1998, has not yet ratified the Protocol.`,
        expected: [
          ...rowsFor([b], "ratified", "ccm", "affirmed"),
          ...rowsFor([a], "signed", "opcat", "affirmed"),
          ...rowsFor([a], action, "cat", "affirmed"),
          ...rowsFor([a], "ratified", "opcat", "negated"),
        ].sort(),
      };
    }),
    ...generate(13093, 12, (rng, i) => {
      // An unnamed text described in lower case is the act's object, kept as written: "A and B signed a military cooperation
      // protocol", "a memorandum of understanding on energy security", "a joint statement on X" (a statement signed is endorsed); it
      // takes no object after it ("a memorandum on the creation of a working group that will study X" signed no X), is no object
      // past a preposition ("said in a joint statement"), and a bare head describes nothing ("signed an agreement on Tuesday").
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const pair = `${capitalise(a.written)} and ${b.written}`;
      switch (i % 6) {
        case 0:
          return {
            text: `${pair} signed a memorandum on the creation of a working group that will study ${t.written}.`,
            expected: rowsFor([a, b], "signed", "memorandum on the creation of a working group", "affirmed"),
          };
        case 1: {
          const doc = pick(rng, ["military cooperation protocol", "memorandum of understanding on energy security", "trilateral memorandum"]);
          return {
            text: `${pair} signed a ${doc} in ${pick(rng, ["Cairo", "Lima", "Hanoi"])} last week.`,
            expected: rowsFor([a, b], "signed", doc, "affirmed"),
          };
        }
        case 2:
          return {
            text: `${pair} signed a joint statement on deepening their strategic partnership.`,
            expected: rowsFor([a, b], "endorsed", "joint statement on deepening their strategic partnership", "affirmed"),
          };
        case 3:
          return {
            text: `${pair} signed a memorandum on energy, and ${c.written} signed ${t.written}.`,
            expected: [...rowsFor([a, b], "signed", "memorandum on energy", "affirmed"), ...rowsFor([c], "signed", t.id, "affirmed")].sort(),
          };
        case 4:
          return { text: `${pair} welcomed the outcome in a joint statement on regional security.`, expected: [] };
        default:
          return { text: `${pair} signed an agreement on Tuesday.`, expected: [] };
      }
    }),
    ...generate(13094, 4, (rng, i) => {
      // "remains committed to the agreement on the regulation of maritime navigation", with no agreement named before: the text as
      // the sentence describes it (one named before is that one: "the agreement on cluster munitions" after the Convention).
      const [a] = sample(rng, STATES, 1) as [StateName];
      if (i % 2 === 0)
        return {
          text: `The Minister said that ${a.written} remains committed to the agreement on the regulation of maritime navigation in the Gulf.`,
          expected: rowsFor([a], "committed", "agreement on the regulation of maritime navigation", "affirmed"),
        };
      return {
        text: `${capitalise(a.written)} signed the Convention on Cluster Munitions in 2008. It remains committed to the convention on cluster munitions.`,
        expected: [...rowsFor([a], "signed", "ccm", "affirmed"), ...rowsFor([a], "committed", "ccm", "affirmed")].sort(),
      };
    }),
    ...generate(13092, 9, (rng, i) => {
      // A treaty's head in lower case with what it is about names that text, never the last one of its kind: "the protocol on the
      // extension of X" is no protocol named before it (nor X), and "it" after it is that unnamed text; "signed the treaty on the day
      // it opened for signature" is X.
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      if (i % 3 === 0)
        return {
          text: `${capitalise(a.written)} signed ${t.written} in 2015. In 2019, six countries signed the protocol on the extension of the treaty, while ${b.written} refused to sign it.`,
          expected: rowsFor([a], "signed", t.id, "affirmed"),
        };
      // (Past a protocol named before: "A ratified the Optional Protocol to the Convention against Torture. B signed the protocol on
      // the extension of its mandate" is not B's signature of that Protocol, but of the text as the sentence describes it.)
      if (i % 3 === 1)
        return {
          text: `${capitalise(a.written)} ratified the Optional Protocol to the Convention against Torture in 2015. In 2019, ${b.written} signed the protocol on the extension of the mandate of its national mechanism.`,
          expected: [
            ...rowsFor([a], "ratified", "opcat", "affirmed"),
            ...rowsFor([b], "signed", "protocol on the extension of the mandate", "affirmed"),
          ].sort(),
        };
      return {
        text: `${capitalise(a.written)} signed ${t.written} in 2015. ${capitalise(b.written)} signed the treaty on the day it opened for signature.`,
        expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([b], "signed", t.id, "affirmed")].sort(),
      };
    }),
    ...generate(13096, 8, (rng, i) => {
      // An act that names no text, in a paragraph after the one that named another, is on the text the headline names; in the
      // same paragraph it is on the one named last; after a heading that names a text, on that heading's.
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const head = `Press release\n\n${capitalise(a.written)} joins ${t.written}\n\n`;
      const opening = `${capitalise(a.written)} today deposited its instrument of accession to ${t.written}. It signed ${u.written} in 2019.`;
      const own = [...rowsFor([a], "acceded", t.id, "affirmed"), ...rowsFor([a], "signed", u.id, "affirmed")];
      if (i % 4 === 0)
        return {
          head,
          text: `${opening}\n\n${capitalise(listOf(names([b, c])))} are already parties.`,
          expected: [...own, ...rowsFor([b, c], "party", t.id, "affirmed")].sort(),
        };
      if (i % 4 === 1)
        return {
          head,
          text: `${opening} ${capitalise(listOf(names([b, c])))} are already parties to it.`,
          expected: [...own, ...rowsFor([b, c], "party", u.id, "affirmed")].sort(),
        };
      if (i % 4 === 2)
        return {
          head,
          text: `${opening}\n\n${capitalise(b.written)} acceded in 2021.`,
          expected: [...own, ...rowsFor([b], "acceded", t.id, "affirmed")].sort(),
        };
      return {
        head,
        text: `${opening}\n\n${capitalise(u.written.replace(/^the /u, ""))}\n\n${capitalise(b.written)} acceded in 2021.`,
        expected: [...own, ...rowsFor([b], "acceded", u.id, "affirmed")].sort(),
      };
    }),
    ...generate(13099, 9, (rng, i) => {
      // An act on texts it counts ("deposited four instruments of ratification or accession", "signed eleven bilateral agreements")
      // or on one it names only as a kind ("signed, in Kalamba, a protocol amending the 2001 convention") is not on the document's
      // topic; one with no object at all is ("B signed in 2019").
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const lead = `${capitalise(a.written)} ratified ${t.written} in 2016.`;
      const own = rowsFor([a], "ratified", t.id, "affirmed");
      switch (i % 3) {
        case 0:
          return {
            text: `${lead} During 2024, ${b.written} ${pick(rng, ["signed eleven bilateral agreements and memoranda of understanding, deposited four instruments of ratification or accession, and completed its internal procedures for three agreements", "signed 41 international instruments, and its treaty office processed the deposit of nine instruments of ratification or accession"])}.`,
            expected: own,
          };
        case 1:
          return {
            text: `${lead} On 5 October 2023 ${b.written} signed, in Kalamba, ${pick(rng, ["a protocol amending the 2001 convention", "an agreement on fisheries", "a new investment agreement"])}.`,
            expected: own,
          };
        default:
          return { text: `${lead} ${capitalise(b.written)} signed it in 2019.`, expected: [...own, ...rowsFor([b], "signed", t.id, "affirmed")].sort() };
      }
    }),
    ...generate(13100, 6, (rng) => {
      // A header naming a treaty over a text about its protocol: a later paragraph's act that names no text is on the protocol
      // named last, not back on the header's treaty.
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      return {
        head: "Title: More States accept the CAT protocol\nDate: 2025-03-14\n\nOHCHR | NEWS ITEM | CAT | 14 March 2025\n\n",
        text: `${capitalise(a.written)} deposited its instrument of ratification of the Optional Protocol to the Convention against Torture today.\n\nStates that have yet to ratify it include ${b.written} and ${c.written}.`,
        expected: [...rowsFor([a], "ratified", "opcat", "affirmed"), ...rowsFor([b, c], "ratified", "opcat", "negated")].sort(),
      };
    }),
    ...generate(13101, 8, (rng, i) => {
      // A clause after "since", "before" or "after" that leaves its object out is on the text the clause before named ("A has been
      // a party to X since it acceded in 1998"), not on one an earlier sentence named.
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const lead = `${capitalise(a.written)} ratified ${t.written} in 2014.`;
      const own = rowsFor([a], "ratified", t.id, "affirmed");
      if (i % 2 === 0)
        return {
          text: `${lead} ${capitalise(b.written)} has been a party to ${u.written} since it acceded in 1998.`,
          expected: [...own, ...rowsFor([b], "party", u.id, "affirmed"), ...rowsFor([b], "acceded", u.id, "affirmed")].sort(),
        };
      return {
        text: `${lead} ${capitalise(b.written)} signed ${u.written} in 2001, long before it ratified in 2005.`,
        expected: [...own, ...rowsFor([b], "signed", u.id, "affirmed"), ...rowsFor([b], "ratified", u.id, "affirmed")].sort(),
      };
    }),
    ...generate(13102, 6, (rng, i) => {
      // An act in a relative clause whose antecedent names a text only as a kind ("replaced by a new agreement that the two
      // countries signed in 2016") is not on the document's topic; with no such antecedent it is ("The two countries signed it").
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const lead = `${capitalise(a.written)} and ${b.written} ratified ${t.written} in 2014.`;
      const own = rowsFor([a, b], "ratified", t.id, "affirmed");
      if (i % 3 === 2)
        return { text: `${lead} The two countries signed it on 18 November 2012.`, expected: [...own, ...rowsFor([a, b], "signed", t.id, "affirmed")].sort() };
      const kind = pick(rng, ["a new agreement", "a bilateral investment treaty", "an updated protocol"]);
      return {
        text: `${lead} For comparison, the old treaty was replaced by ${kind} ${i % 3 === 0 ? "that" : "which"} the two countries signed on 18 November 2016.`,
        expected: own,
      };
    }),
    ...generate(13452, 12, (rng, i) => {
      // A list of texts, each with its act and year in brackets after it ("- X (ratified 1974); - Y (acceded 1995)"): each act is
      // the text's its bracket follows, not the next item's.
      const [a] = sample(rng, STATES, 1) as [StateName];
      const [t, u, v] = sample(rng, TREATIES_ONLY, 3) as [InstrumentName, InstrumentName, InstrumentName];
      const act = () => pick(rng, ["ratified", "acceded"] as const);
      const [x, y] = [act(), act()];
      const [ya, yb] = [1990 + Math.floor(rng() * 15), 2006 + Math.floor(rng() * 15)];
      const when = (year: number) => (i % 3 === 2 ? `on 3 May ${year}` : String(year));
      const name = (n: InstrumentName) => capitalise(n.written.replace(/^the /u, ""));
      const bullet = pick(rng, ["-", "•", "*"]);
      const end = pick(rng, [";", ","]);
      return {
        text: `${capitalise(a.written)} is a party to the following treaties:\n  ${bullet} ${name(t)} (${x} ${when(ya)})${end}\n  ${bullet} ${name(u)} (${y} ${when(yb)})${end}\n  ${bullet} ${name(v)}.`,
        expected: [...rowsFor([a], "party", t.id, "affirmed"), ...rowsFor([a], x, t.id, "affirmed"), ...rowsFor([a], y, u.id, "affirmed")].sort(),
      };
    }),
    ...generate(13471, 12, (rng, i) => {
      // A footnote's act ("[1] B deposited its instrument of accession on 24 March 2011.") is on the text its marker's sentence
      // names, not on the one the text named last.
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const n = 1 + (i % 4);
      const [verb, act, action] = pick(rng, [
        ["has also joined", "accession", "acceded"],
        ["has also ratified", "ratification", "ratified"],
      ] as const);
      return {
        text: `${capitalise(a.written)} ratified ${t.written} in 2010. ${capitalise(b.written)} ${verb} ${u.written} [${n}]. ${capitalise(c.written)} signed ${t.written} in 2012.\n\n[${n}] ${capitalise(b.written)} deposited its instrument of ${act} on 24 March 2011.`,
        expected: [
          ...rowsFor([a], "ratified", t.id, "affirmed"),
          ...rowsFor([b], action, u.id, "affirmed"),
          ...rowsFor([c], "signed", t.id, "affirmed"),
        ].sort(),
      };
    }),
    ...generate(13462, 12, (rng, i) => {
      // A numbered protocol to a named convention is one text ("Protocol No. 13 to the European Convention on Human Rights"), not
      // the protocol and its parent each acted on.
      const [a] = sample(rng, STATES, 1) as [StateName];
      const parent = pick(rng, [
        "the European Convention on Human Rights",
        "the Convention for the Protection of Human Rights and Fundamental Freedoms",
        "the European Social Charter",
      ]);
      const name = `Protocol No. ${2 + Math.floor(rng() * 14)} to ${parent}`;
      const [verb, action, polarity] = pick(rng, [
        ["ratified", "ratified", "affirmed"],
        ["signed", "signed", "affirmed"],
        ["has not ratified", "ratified", "negated"],
        ["still has not signed", "signed", "negated"],
      ] as const);
      return { text: `${capitalise(a.written)} ${verb} ${name}${i % 2 === 0 ? " in 2003" : ""}.`, expected: [`${a.name}|${action}|${name}|${polarity}`] };
    }),
    // A text the sentence only describes, in lower case, takes the name the sentence gives it, even one of words that name no text
    // on their own ("ban", "global"): "the amendment to X … known as the Ban Amendment (decision III/1) entered into force …; A
    // deposited its instrument of ratification": the records and the later "the Ban Amendment" are of that name.
    ...generate(13516, 20, (rng, i) => {
      const t = pick(rng, TREATIES_ONLY);
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const [noun, name] = pick(rng, [
        ["amendment", "Ban Amendment"],
        ["amendment", "Global Amendment"],
        ["amendments", "Ban Amendments"],
      ] as const);
      const known = pick(rng, ["known as", ", also known as", ", better known as", ", commonly known as"]);
      const text =
        `Years after its adoption, the ${noun} to ${t.written}${known.startsWith(",") ? "" : " "}${known} the ${name} (decision III/${1 + (i % 9)}) entered into force on 5 December 2019. ` +
        `The threshold was reached when ${a.written} deposited its instrument of ratification. ${capitalise(b.written)} ${pick(rng, ["has not ratified", "has yet to ratify"])} the ${name}.`;
      return {
        text,
        expected: [...rowsFor([a], "ratified", name, "affirmed"), ...rowsFor([b], "ratified", name, "negated")].sort(),
      };
    }),
    // An amendment to an article of a treaty is named with the article: "the amendment to article 8 of the Rome Statute … has been
    // ratified by 24 States, including A and B", "the amendments to articles 2 and 5 of X": its own text, not the treaty's.
    ...generate(13519, 20, (rng, i) => {
      const t = pick(rng, TREATIES_ONLY);
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const [noun, articles] = pick(rng, [
        ["amendment", "article 8"],
        ["amendment", "article 124"],
        ["amendments", "articles 2 and 5"],
      ] as const);
      const name = `${noun} to ${articles} of ${t.written}`;
      return {
        text: `The ${name}, adopted on 6 December 2019, has been ratified by ${20 + i} States, including ${a.written} and ${b.written}.`,
        expected: rowsFor([a, b], "ratified", name, "affirmed"),
      };
    }),
    ...generate(13456, 12, (rng, i) => {
      // A treaty body's document on one State ("CAT/C/MNG/QPR/3", "E/C.12/KEN/CO/7": a list of issues, concluding observations, a
      // report) is no text the committee adopts, and the body's acronym in it names no convention; a ratification beside it stands.
      const [a] = sample(rng, STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const [body, committee] = pick(rng, [
        ["CAT", "Committee against Torture"],
        ["CCPR", "Human Rights Committee"],
        ["CRC", "Committee on the Rights of the Child"],
        ["CEDAW", "Committee on the Elimination of Discrimination against Women"],
        ["CERD", "Committee on the Elimination of Racial Discrimination"],
        ["E/C.12", "Committee on Economic, Social and Cultural Rights"],
      ] as const);
      const code = pick(rng, ["MNG", "KEN", "PER", "NOR", "GHA", "URY"]);
      const series = body === "E/C.12" ? `${body}/${code}` : `${body}/C/${code}`;
      const doc = pick(rng, [`${series}/QPR/3`, `${series}/CO/4`, `${series}/5`, `${series}/Q/2/Add.1`]);
      if (i % 3 === 2)
        return { text: `${capitalise(a.written)} ratified ${t.written} in 1998 (see ${doc}).`, expected: rowsFor([a], "ratified", t.id, "affirmed") };
      const what = pick(rng, [
        "the list of issues prior to reporting",
        "its concluding observations",
        "its concluding observations on the fifth periodic report",
      ]);
      return { text: `The ${committee} adopted ${what} (${doc}) ${pick(rng, ["on 25 July 2024", "in December 2023", "at its 79th session"])}.`, expected: [] };
    }),
    ...generate(13532, 12, (rng, i) => {
      // "signed the Convention against Cybercrime in Hanoi": the capital it was signed in ends the name, which may itself hold "in"
      // ("the Treaty on Conventional Armed Forces in Europe").
      const a = pick(rng, BARE_STATES);
      const [written, id] = pick(rng, [
        ["Convention against Cybercrime", "un-cybercrime-convention"],
        ["Regional Agreement on Mutual Recognition of Pilot Licences", "Regional Agreement on Mutual Recognition of Pilot Licences"],
        ["Treaty on Conventional Armed Forces in Europe", "Treaty on Conventional Armed Forces in Europe"],
        ["Framework Convention for the Protection of Coastal Wetlands", "Framework Convention for the Protection of Coastal Wetlands"],
      ] as const);
      const city = pick(rng, ["Hanoi", "Nairobi", "Lima", "Canberra", "Addis Ababa", "Bangkok", "Ottawa"]);
      const verb = pick(rng, ["signed", "ratified"]);
      return {
        text: `${capitalise(a.written)} ${verb} the ${written} in ${city} ${i % 2 === 0 ? "on 12 March 2025" : "last year"}.`,
        expected: rowsFor([a], verb, id, "affirmed"),
      };
    }),
    ...generate(13537, 12, (rng, i) => {
      // A declaration, a set of principles or a compact is never ratified: "A ratified the Safe Schools Declaration", "A accepted the
      // Political Declaration on X" give no record (a wrong "ratified" is worse than none); signing or joining it is its endorsement.
      const a = pick(rng, BARE_STATES);
      const [written, id] = pick(rng, [
        ["the Safe Schools Declaration", "safe-schools-declaration"],
        ["the Political Declaration on Explosive Weapons in Populated Areas", "Political Declaration on Explosive Weapons in Populated Areas"],
        ["the Declaration on Coastal Resilience", "Declaration on Coastal Resilience"],
      ] as const);
      const year = 2015 + (i % 9);
      if (i % 3 === 2) return { text: `${capitalise(a.written)} signed ${written} in ${year}.`, expected: rowsFor([a], "endorsed", id, "affirmed") };
      return { text: `${capitalise(a.written)} ${pick(rng, ["ratified", "accepted"])} ${written} in ${year}.`, expected: [] };
    }),
    ...generate(13540, 10, (rng, i) => {
      // "the Pledge", "the Compact" with a capital refer to the pledge or compact named before ("The Blue Ocean Pledge was launched in
      // 2021. A endorsed the Pledge in 2022."); a lower-case "the pledge to act" is none.
      const a = pick(rng, BARE_STATES);
      const [name, head] = pick(rng, [
        ["Blue Ocean Pledge", "Pledge"],
        ["Regional Youth Compact", "Compact"],
        ["Clean Cooling Pledge", "Pledge"],
      ] as const);
      if (i % 4 === 3)
        return { text: `The ${name} was launched in 2021. ${capitalise(a.written)} renewed the ${head.toLowerCase()} to act on the matter.`, expected: [] };
      const verb = pick(rng, ["endorsed", "joined", "signed up to"]);
      return {
        text: `The ${name} was launched in 2021. ${capitalise(a.written)} ${verb} the ${head} in ${2022 + (i % 3)}.`,
        expected: rowsFor([a], "endorsed", name, "affirmed"),
      };
    }),
    ...generate(13541, 8, (rng, i) => {
      // "the final text", "the agreed text": the text the passage is about ("X was adopted in 2017. A and B took part in the
      // negotiations but declined to sign the final text.").
      const t = pick(rng, TREATIES_ONLY);
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const which = pick(rng, ["final", "agreed"]);
      if (i % 2 === 0)
        return {
          text: `${capitalise(t.written)} was adopted in 2017. ${capitalise(a.written)} and ${b.written} took part in the negotiations but declined to sign the ${which} text.`,
          expected: rowsFor([a, b], "signed", t.id, "negated"),
        };
      return {
        text: `${capitalise(t.written)} was adopted in 2017. ${capitalise(a.written)} signed the ${which} text in ${2018 + (i % 4)}.`,
        expected: rowsFor([a], "signed", t.id, "affirmed"),
      };
    }),
    ...generate(13554, 8, (rng, i) => {
      // "the Hague Convention of 30 June 2005 on Choice of Court Agreements": the day a text was made, inside its name before its
      // subject, is part of the name (not the act's date, which follows it).
      const [a] = sample(rng, BARE_STATES, 1) as [StateName];
      const [head, day, subject] = pick(rng, [
        ["Hague Convention", "30 June 2005", "on Choice of Court Agreements"],
        ["Vienna Convention", "21 March 1986", "on the Law of Treaties between States and International Organizations"],
        ["Geneva Protocol", "17 June 1925", "for the Prohibition of Asphyxiating Gases"],
      ] as const);
      const name = `${head} of ${day} ${subject}`;
      return {
        text: `${capitalise(a.written)} acceded to the ${name} on 28 September ${2015 + i}.`,
        expected: rowsFor([a], "acceded", name, "affirmed", `${2015 + i}-09-28`),
        dates: true,
      };
    }),
    ...generate(13547, 12, (rng, i) => {
      // 'the Convention for Co-operation in the Protection of … (the "Kuwait Convention"), which A ratified in 1989 and B in 1983':
      // a short name the brackets define in quotes is the text before them, not a second text; the relative after the brackets is
      // on that text, and the short name names it afterwards ("C acceded to the Kuwait Convention in 2001").
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      const [long, short] = pick(rng, [
        ["Convention for Co-operation in the Protection of the Marine Environment of the Gulf of Tadjoura", "Tadjoura Convention"],
        ["Agreement on the Conservation of Migratory Waterbirds of the Lake Chad Basin", "Lake Chad Waterbirds Agreement"],
        ["Protocol on Shared Watercourses of the Limpopo Basin", "Limpopo Protocol"],
      ] as const);
      const lead = pick(rng, ["the", "hereinafter the", "hereinafter referred to as the"]);
      const [relative, action] = pick(rng, [
        ["which", "ratified"],
        ["to which", "acceded"],
      ] as const);
      return {
        text: `Both States rely on the ${long} (${lead} "${short}"), ${relative} ${a.written} ${action} in 1989 and ${b.written} in ${1990 + i}. ${capitalise(c.written)} signed the ${short} in 2001.`,
        expected: [...rowsFor([a, b], action, long, "affirmed"), ...rowsFor([c], "signed", long, "affirmed")].sort(),
      };
    }),
    ...generate(13565, 12, (rng, i) => {
      // "rejoined the agreement on February 19, 2021", "signed the treaty on Feb. 19": a month and a day after "on" are the act's
      // time, not the subject of a text's name; the reference stands for the text named before.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, BARE_STATES);
      const noun = pick(rng, ["agreement", "treaty", "Treaty"]);
      const [verb, action] = pick(rng, [
        ["rejoined", "acceded"],
        ["signed", "signed"],
        ["ratified", "ratified"],
      ] as const);
      const [day, iso] = i % 2 === 0 ? (["February 19, 2021", "2021-02-19"] as const) : (["Oct. 5, 2016", "2016-10-05"] as const);
      return {
        text: `${capitalise(t.written)} entered into force in 2014. ${capitalise(a.written)} ${verb} the ${noun} on ${day}.`,
        expected: rowsFor([a], action, t.id, "affirmed", iso),
        dates: true,
      };
    }),
    ...generate(13577, 12, (rng, i) => {
      // "A will ratify X (the ATT), which it signed in 2013": an object relative after a name's bracketed short name is on that name
      // (not on the text the passage is about); "…, which it acceded to in 2017, and has adopted a new law" adds no act on X.
      const [t, topic] = pick(rng, [
        [
          { written: "the Arms Trade Treaty (the ATT)", id: "att" },
          { written: "the Paris Agreement", id: "paris-agreement" },
        ],
        [
          { written: "the Convention on Cluster Munitions (the CCM)", id: "ccm" },
          { written: "the Chemical Weapons Convention", id: "cwc" },
        ],
        [
          { written: "the Comprehensive Nuclear-Test-Ban Treaty (CTBT)", id: "ctbt" },
          { written: "the Convention against Torture", id: "cat" },
        ],
      ] as const);
      const a = pick(rng, BARE_STATES);
      const lead = `${capitalise(topic.written)} is the subject of this note.`;
      if (i % 2 === 0)
        return {
          text: `${lead} ${capitalise(a.written)} will ratify ${t.written}, which it signed in 2013.`,
          expected: rowsFor([a], "ratified", t.id, "planned")
            .concat(rowsFor([a], "signed", t.id, "affirmed"))
            .sort(),
        };
      return {
        text: `${lead} ${capitalise(a.written)} is a party to ${t.written}, which it acceded to in 2017, and has adopted a new ${pick(rng, ["investment law", "arms export law", "penal code"])}.`,
        expected: rowsFor([a], "party", t.id, "affirmed")
          .concat(rowsFor([a], "acceded", t.id, "affirmed"))
          .sort(),
      };
    }),
    ...generate(13586, 12, (rng, i) => {
      // "the protocols to the Treaty of Pelindaba", "the protocol to X" in lower case: a child text named by its parent ("Protocols
      // to the Treaty of Pelindaba"), not the parent; "The protocols" after it is that child.
      const [parent, child] = pick(rng, [
        ["the Treaty of Pelindaba", "Protocols to the Treaty of Pelindaba"],
        ["the Treaty of Rarotonga", "Protocols to the Treaty of Rarotonga"],
        ["the Treaty of Tlatelolco", "Protocols to the Treaty of Tlatelolco"],
      ] as const);
      const list = sample(rng, BARE_STATES, 2);
      if (i % 2 === 0)
        return {
          text: `Have the nuclear-weapon States signed the protocols to ${parent}? The protocols have been ratified by ${listOf(names(list))}.`,
          expected: list.map((a) => `${a.name}|ratified|${child}|affirmed`).sort(),
        };
      return {
        text: `${capitalise(listOf(names(list)))} ratified the protocols to ${parent} in 1996.`,
        expected: list.map((a) => `${a.name}|ratified|${child}|affirmed`).sort(),
      };
    }),
    ...generate(13640, 16, (rng, i) => {
      // A treaty described by what it bans ("signed a treaty banning anti-personnel land mines", "the global treaty to ban cluster
      // munitions", "a pact outlawing chemical weapons") is the catalog's treaty that bans it, the one of prohibition when two name
      // the thing ("nuclear weapons": the TPNW, not the NPT); "Among the first signers were A and B" lists signatories of the text the
      // passage is about. A ban the catalog has no treaty for is kept as written.
      const [a, b, c] = sample(
        rng,
        BARE_STATES.filter((x) => !x.written.includes(" and ")),
        3,
      ) as [StateName, StateName, StateName];
      const [object, id] = pick(rng, [
        ["anti-personnel land mines", "apmbc"],
        ["anti-personnel mines", "apmbc"],
        ["cluster munitions", "ccm"],
        ["nuclear weapons", "tpnw"],
        ["chemical weapons", "cwc"],
      ] as const);
      const described = `${pick(rng, ["a treaty", "a global treaty", "the treaty", "a new convention"])} ${pick(rng, ["banning", "to ban", "prohibiting", "outlawing"])} ${object}`;
      if (i % 4 === 3)
        return {
          text: `${capitalise(a.written)} signed ${described} on Wednesday. Among the first signers were ${b.written} and ${c.written}.`,
          expected: rowsFor([a, b, c], "signed", id, "affirmed"),
        };
      if (i % 8 === 6)
        return {
          text: `${capitalise(a.written)} signed a treaty banning whaling in 2019.`,
          expected: rowsFor([a], "signed", "treaty banning whaling", "affirmed"),
        };
      const verb = pick(rng, ["signed", "ratified"] as const);
      return { text: `${capitalise(a.written)} ${verb} ${described} in ${2000 + i}.`, expected: rowsFor([a], verb, id, "affirmed") };
    }),
    ...generate(13638, 16, (rng, i) => {
      // The World Health Organization's and the Council of Europe's health treaties by their names, short names and numbers ("the WHO
      // FCTC", "the Illicit Trade Protocol", "the MEDICRIME Convention", "CETS No. 211", "the Oviedo Convention"); and a call on "all
      // Parties to X that have not yet done so to ratify Y" asks for Y only (X had been read as the text called for).
      const a = pick(rng, BARE_STATES);
      const [written, id] = pick(rng, [
        ["the WHO Framework Convention on Tobacco Control", "fctc"],
        ["the WHO FCTC", "fctc"],
        ["the Protocol to Eliminate Illicit Trade in Tobacco Products", "fctc-illicit-trade-protocol"],
        ["the Illicit Trade Protocol", "fctc-illicit-trade-protocol"],
        ["the MEDICRIME Convention", "medicrime-convention"],
        ["CETS No. 211", "medicrime-convention"],
        ["the Oviedo Convention", "oviedo-convention"],
        ["the International Health Regulations (2005)", "ihr"],
      ] as const);
      if (i % 4 === 3) {
        const other = pick(rng, TREATIES_ONLY);
        return {
          text: `${capitalise(a.written)} called on all Parties to ${other.written} that have not yet done so to ratify ${written}.`,
          expected: rowsFor([a], "called-for", id, "affirmed"),
        };
      }
      const [verb, action] = pick(rng, [
        ["ratified", "ratified"],
        ["signed", "signed"],
        ["acceded to", "acceded"],
      ] as const);
      return { text: `${capitalise(a.written)} ${verb} ${written} in ${2005 + i}.`, expected: rowsFor([a], action, id, "affirmed") };
    }),
    ...generate(13636, 12, (rng, i) => {
      // The World Health Assembly's and Executive Board's symbols, their session glued to their letters and a revision after a space:
      // "the draft resolution contained in document A78/B/CONF./3 Rev.1, proposed by A and co-sponsored by …", "draft resolution
      // A77/A/CONF./7". Before, the symbol was not read (or cut at "CONF") and the sponsors went to another resolution.
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      const symbol = pick(rng, [
        `A${76 + (i % 3)}/B/CONF./${2 + (i % 5)} Rev.1`,
        `A${76 + (i % 3)}/A/CONF./${2 + (i % 5)}`,
        `EB15${i % 6}/CONF./${1 + (i % 4)}`,
      ]);
      const earlier = "The Assembly recalled resolution WHA75.11 on health emergencies.";
      if (i % 2 === 0)
        return {
          text: `${earlier} The Chair drew attention to the draft resolution contained in document ${symbol}, proposed by ${a.written} and co-sponsored by ${listOf([b.written, c.written])}.`,
          expected: rowsFor([a, b, c], "co-sponsored", symbol, "affirmed"),
        };
      return {
        text: `${earlier} ${capitalise(listOf([a.written, b.written]))} co-sponsored draft resolution ${symbol}.`,
        expected: rowsFor([a, b], "co-sponsored", `draft resolution ${symbol}`, "affirmed"),
      };
    }),
    ...generate(13635, 14, (rng, i) => {
      // "The A-B Economic Cooperation and Trade Agreement was signed …", "- A-B Comprehensive Economic Cooperation and Partnership
      // Agreement (CECPA), signed on 22nd February 2021.": parties joined by a hyphen in one word open a name whose title words are
      // coordinated, at a sentence's or a bullet's start too; each party signed it. "UAE" is the United Arab Emirates. A hyphened word
      // whose halves are not both names ("Guinea-Bissau") is one State, not a pair.
      const pool = BARE_STATES.filter((x) => /^[A-Z][a-z]+$/u.test(x.written));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const uae = { written: "UAE", name: "United Arab Emirates" } as StateName;
      const second = i % 4 === 2 ? uae : b;
      const title = pick(rng, [
        "Economic Cooperation and Trade Agreement",
        "Comprehensive Economic Cooperation and Partnership Agreement",
        "Trade and Investment Agreement",
      ]);
      const name = `${a.written}-${second.written} ${title}`;
      const form = i % 3;
      if (i % 7 === 6)
        return {
          text: `Guinea-Bissau and ${a.written} held talks on trade. The Guinea-Bissau Fisheries and Partnership Agreement was signed in 2019.`,
          expected: [],
        };
      if (form === 0) return { text: `The ${name} was signed on ${3 + i} April 2022.`, expected: rowsFor([a, second], "signed", name, "affirmed") };
      if (form === 1)
        return {
          text: `Agreements in force\n\n${name} (ABC), signed on ${3 + i}th February 2021 and in force since 1st May 2022.`,
          expected: rowsFor([a, second], "signed", `${name} (ABC)`, "affirmed"),
        };
      return {
        text: `Agreements in force:\n\n- ${name} (ABC), signed on ${3 + i}th February 2021.`,
        expected: rowsFor([a, second], "signed", `${name} (ABC)`, "affirmed"),
      };
    }),
    ...generate(13631, 10, (rng, i) => {
      // "The A–B Visa Exemption Agreement was signed in Kalamba": a name that opens with its two parties joined by a dash is both parties'
      // text, and an agentless signature of it is each party's ("the Ljubljana–The Hague Convention" names places, not parties).
      const pool = BARE_STATES.filter((x) => /^[A-Z][a-z]+$/u.test(x.written));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const title = pick(rng, ["Visa Exemption Agreement", "Comprehensive Economic Partnership Agreement", "Air Services Agreement"]);
      const name = `${a.written}–${b.written} ${title}`;
      if (i % 5 === 4) return { text: `The ${pick(rng, ["Kalamba", "Mirovo"])}–The Hague Convention was signed in 2024.`, expected: [] };
      return {
        text: `The ${name} was signed in ${pick(rng, ["Kalamba", "Mirovo"])} on ${3 + i} May 2023.`,
        expected: rowsFor([a, b], "signed", name, "affirmed"),
      };
    }),
    ...generate(13628, 10, (rng, i) => {
      // "the Council of Europe Istanbul Convention", "the Council of Europe Nicosia Convention": the body's own name before a catalogued
      // short name is part of it, not a second actor between the verb and its object.
      const a = pick(rng, BARE_STATES);
      const [name, id] = pick(rng, [
        ["Istanbul Convention", "istanbul-convention"],
        ["Nicosia Convention", "nicosia-convention"],
      ] as const);
      const [verb, action] = pick(rng, [
        ["ratified", "ratified"],
        ["signed", "signed"],
        ["acceded to", "acceded"],
      ] as const);
      return { text: `${capitalise(a.written)} ${verb} the Council of Europe ${name} in ${2012 + i}.`, expected: rowsFor([a], action, id, "affirmed") };
    }),
    ...generate(13619, 16, (rng, i) => {
      // "Kazakhstan acceded to ETS No. 173", "Ukraine ratified CETS No. 210": a Council of Europe treaty by its Treaty Series number, the
      // catalog's entry when it has that number (210 is the Istanbul Convention, 5 the European Convention on Human Rights, 185 the
      // Budapest Convention), else
      // the code as written; "the Istanbul Convention (CETS No. 210)": the bracket numbers the name before it, no second text.
      const a = pick(rng, BARE_STATES);
      const [code, id] = pick(rng, [
        ["CETS No. 210", "istanbul-convention"],
        ["CETS 210", "istanbul-convention"],
        ["ETS No. 5", "echr"],
        ["CETS No. 196", "coe-terrorism-convention"],
        ["ETS No. 173", "ETS No. 173"],
        ["CETS No. 224", "CETS No. 224"],
        ["ETS No. 185", "cybercrime-convention"],
      ] as const);
      const [verb, action] = pick(rng, [
        ["ratified", "ratified"],
        ["acceded to", "acceded"],
        ["signed", "signed"],
      ] as const);
      const year = 2010 + (i % 12);
      if (i % 4 === 3)
        return {
          text: `${a.written} ${verb} the Istanbul Convention (CETS No. 210) in ${year}.`,
          expected: rowsFor([a], action, "istanbul-convention", "affirmed"),
        };
      if (i % 4 === 2)
        return {
          text: `${a.written} signed ${code} in ${year} but has not ratified it.`,
          expected: [...rowsFor([a], "signed", id, "affirmed"), ...rowsFor([a], "ratified", id, "negated")].sort(),
        };
      return { text: `${a.written} ${verb} ${code} in ${year}.`, expected: rowsFor([a], action, id, "affirmed") };
    }),
  ];

  it("generates at least 20 cases", () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases.map((c) => [c.text.replace(/\n/gu, "⏎"), c] as const))("%s", (_name, c) => {
    expect(extractRows(c)).toEqual(c.expected);
  });
});
