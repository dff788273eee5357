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
 * Construction family: actors (issue 13). Who acted, as a text names them: officials in
 * apposition ("Chile's Foreign Minister X", "the Foreign Minister of X, Y,"), adjectives ("the
 * Kenyan Ambassador"), officials acting "on behalf of" a state or in a document about one state,
 * first person with a dateline, "it"/"they" across clauses and sentences, UN organs and officials.
 * Near-misses: a person with no state, the depositary, a venue, a generic "they"/"their".
 */

/** Invented people: no name here is a state, a capital or an organisation. */
const FIRST = ["Ana", "Tomas", "Lena", "Idris", "Marta", "Sven", "Amara", "Rafael", "Noor", "Elif", "Paulo", "Ines"];
const LAST = ["Ruiz", "Ngata", "Vashko", "Okonjo", "Lindqvist", "Moreau", "Brightwater", "Castellan", "Oduya", "Halvorsen", "Petrenko", "Vilar"];
/** Invented towns, for venues. */
const TOWNS = ["Kalamba", "Porto Lindo", "Santa Vera", "Mirovo", "Oskarvik"];
/** Titles an official carries before a name, and how the same office reads after "the". */
const TITLES = [
  "Foreign Minister",
  "President",
  "Prime Minister",
  "Ambassador",
  "Minister for Foreign Affairs",
  "Permanent Representative",
  "Secretary of State",
];
/** States with the adjective the press uses for them. */
const ADJECTIVES: ReadonlyArray<[string, string]> = [
  ["Chile", "Chilean"],
  ["Norway", "Norwegian"],
  ["Kenya", "Kenyan"],
  ["Costa Rica", "Costa Rican"],
  ["Mongolia", "Mongolian"],
  ["Uruguay", "Uruguayan"],
  ["Senegal", "Senegalese"],
  ["Jamaica", "Jamaican"],
  ["Ghana", "Ghanaian"],
  ["Tunisia", "Tunisian"],
  ["Austria", "Austrian"],
  ["Malta", "Maltese"],
  ["Peru", "Peruvian"],
  ["Portugal", "Portuguese"],
  ["Latvia", "Latvian"],
  ["Namibia", "Namibian"],
];
/** Acts an official performs on a treaty, as written, and the action recorded. */
const ACTS: ReadonlyArray<[string, string]> = [
  ["signed", "signed"],
  ["ratified", "ratified"],
  ["acceded to", "acceded"],
  ["deposited the instrument of ratification of", "ratified"],
];

const person = (rng: Rng) => `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
/** States written without "the", for possessives and sentence starts. */
const BARE = BARE_STATES;
const row = (actor: string, action: string, id: string, polarity = "affirmed") => `${actor}|${action}|${id}|${polarity}`;

function caseOf(text: string, expected: string[], extra: Partial<Case> = {}): Case {
  return { text, expected: [...expected].sort(), ...extra };
}

/** "Chile's Foreign Minister X signed T", "X, Chile's Foreign Minister, signed T", "the Foreign Minister of Chile, X, ...". */
const apposition = generate(1301, 16, (rng, i) => {
  const state = pick(rng, i % 4 === 1 ? STATES : BARE);
  const title = pick(rng, TITLES);
  const name = person(rng);
  const [verb, action] = pick(rng, ACTS);
  const t = pick(rng, TREATIES);
  const texts = [
    `${state.written}'s ${title} ${name} ${verb} ${t.written}.`,
    `The ${title} of ${state.written}, ${name}, ${verb} ${t.written}.`,
    `${name}, ${state.written}'s ${title}, ${verb} ${t.written}.`,
    `${name}, the ${title} of ${state.written}, ${verb} ${t.written}.`,
  ];
  return caseOf(capitalise(texts[i % 4] as string), rowsFor([state], action, t.id, "affirmed"));
});

/** "The Kenyan Ambassador X signed T", "Chilean President X ratified T". */
const adjectives = generate(1302, 6, (rng, i) => {
  const [name, adjective] = pick(rng, ADJECTIVES);
  const title = pick(rng, ["President", "Prime Minister", "Foreign Minister", "Ambassador"]);
  const [verb, action] = pick(rng, ACTS);
  const t = pick(rng, TREATIES);
  const text =
    i % 2 === 0 ? `The ${adjective} ${title} ${person(rng)} ${verb} ${t.written}.` : `${adjective} ${title} ${person(rng)} ${verb} ${t.written} last year.`;
  return caseOf(text, [row(name, action, t.id)]);
});

/**
 * Two officials named by their states' adjectives and titles, each with the holder's name, coordinated: "Chilean President X and
 * Peruvian President Y signed T", "T was signed by Kenyan Foreign Minister X and Ghanaian Prime Minister Y in Z"; both states act.
 */
const coordinatedAdjectives = generate(1330, 8, (rng, i) => {
  const [[a, adjA], [b, adjB]] = sample(rng, ADJECTIVES, 2) as [[string, string], [string, string]];
  const [titleA, titleB] = [pick(rng, ["President", "Prime Minister", "Foreign Minister"]), pick(rng, ["President", "Prime Minister", "Foreign Minister"])];
  const t = pick(rng, TREATIES_ONLY);
  const pair = `${adjA} ${titleA} ${person(rng)}${i % 3 === 2 ? "," : ""} and ${adjB} ${titleB} ${person(rng)}`;
  const text = i % 2 === 0 ? `${pair} signed ${t.written}.` : `${capitalise(t.written)} was signed by ${pair} in ${pick(rng, TOWNS)}.`;
  return caseOf(text, [row(a, "signed", t.id), row(b, "signed", t.id)]);
});

/**
 * "The two sides", "neither country" that nothing nearer names: the two parties the name of the bilateral text before gives ("the
 * Agreement between A and B on Air Services", "the A-B Free Trade Agreement").
 */
const bilateralSides = generate(1331, 9, (rng, i) => {
  const [[a], [b]] = sample(rng, ADJECTIVES, 2) as [[string, string], [string, string]];
  const town = pick(rng, TOWNS);
  if (i % 3 === 0)
    return caseOf(`The Agreement between ${a} and ${b} on Air Services was concluded in May. The two sides signed it in ${town} on 9 July 2023.`, [
      `${a}|signed|Agreement between ${a} and ${b} on Air Services|affirmed`,
      `${b}|signed|Agreement between ${a} and ${b} on Air Services|affirmed`,
    ]);
  if (i % 3 === 1)
    return caseOf(`The ${a}-${b} Free Trade Agreement enters into force on 1 May. The two sides signed it in ${town} in 2023.`, [
      `${a}|signed|${a}-${b} Free Trade Agreement|affirmed`,
      `${b}|signed|${a}-${b} Free Trade Agreement|affirmed`,
    ]);
  return caseOf(`The ${a}-${b} Investment Agreement was concluded in May. Neither country has yet ratified the agreement.`, [
    `${a}|ratified|${a}-${b} Investment Agreement|negated`,
    `${b}|ratified|${a}-${b} Investment Agreement|negated`,
  ]);
});

/** "President [X] Y signed T on behalf of Chile", "On behalf of Chile, Ambassador X signed T". */
const onBehalf = generate(1303, 6, (rng, i) => {
  const state = pick(rng, STATES);
  const title = pick(rng, ["President", "Ambassador", "Prime Minister", "Foreign Minister"]);
  const first = pick(rng, FIRST);
  const last = pick(rng, LAST);
  const [verb, action] = pick(rng, ACTS);
  const t = pick(rng, TREATIES);
  const texts = [
    `${title} [${first}] ${last} ${verb} ${t.written} on behalf of ${state.written}.`,
    `On behalf of ${state.written}, ${title} ${first} ${last} ${verb} ${t.written}.`,
    `${title} ${first.charAt(0)}. ${last} ${verb} ${t.written} on behalf of ${state.written} in 2016.`,
  ];
  return caseOf(texts[i % 3] as string, rowsFor([state], action, t.id, "affirmed"));
});

/** A document about one state: "The former President X signed T" is that state's act. */
const oneState = generate(1304, 4, (rng, i) => {
  const state = pick(rng, BARE);
  const [verb, action] = pick(rng, ACTS);
  const t = pick(rng, TREATIES);
  const who = i % 2 === 0 ? `The former ${pick(rng, ["President", "Prime Minister"])} ${person(rng)}` : "The then minister for foreign trade";
  return caseOf(`${state.written} has long backed arms control. ${who} ${verb} ${t.written} in 2009.`, rowsFor([state], action, t.id, "affirmed"));
});

/** A subject "it" is the state of the sentence before; "they" is the list before it. */
const pronouns = generate(1305, 6, (rng, i) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const [t1, t2] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
  const [verb1, action1] = pick(rng, ACTS);
  const [verb2, action2] = pick(rng, ACTS.slice(0, 3));
  if (i % 3 === 2) return caseOf(`${a.written} and ${b.written} said they had ${verb1} ${t1.written}.`, rowsFor([a, b], action1, t1.id, "affirmed"));
  const opener = i % 3 === 0 ? "It also" : "A year later, it";
  return caseOf(`${a.written} ${verb1} ${t1.written} in 2014. ${opener} ${verb2} ${t2.written}.`, [row(a.name, action1, t1.id), row(a.name, action2, t2.id)]);
});

/** The depositary (the Secretary-General, the United Nations) is never the actor. */
const depositary = generate(1306, 5, (rng, i) => {
  const state = pick(rng, BARE);
  const t = pick(rng, TREATIES);
  const texts: Array<[string, string[]]> = [
    [`${state.written} deposited its instrument of ratification of ${t.written} with the Secretary-General.`, [row(state.name, "ratified", t.id)]],
    [
      `Today ${state.written} deposited with the Secretary-General of the United Nations its instrument of accession to ${t.written}.`,
      [row(state.name, "acceded", t.id)],
    ],
    [`${state.written} acceded to ${t.written}. The Secretary-General received its instrument of accession on 3 May.`, [row(state.name, "acceded", t.id)]],
    [`${state.written} ratified ${t.written}, and its instrument was deposited with the United Nations in New York.`, [row(state.name, "ratified", t.id)]],
    [`The instrument of ratification of ${t.written} was deposited with the United Nations.`, []],
  ];
  const [text, expected] = texts[i % texts.length] as [string, string[]];
  return caseOf(capitalise(text), expected);
});

/** A speaking state's "my country", with the dateline giving "today". */
const speaker = generate(1307, 4, (rng, i) => {
  const state = pick(rng, STATES);
  const t = pick(rng, TREATIES);
  const day = 2 + Math.floor(rng() * 26);
  const head = `Statement by the delegation of ${state.written}\n\nNEW YORK, ${day} May 2019 -- `;
  const text =
    i % 2 === 0
      ? `Today my country deposited its instrument of ratification of ${t.written}.`
      : `Today my country deposited with the Secretary-General its instrument of accession to ${t.written}.`;
  const date = `2019-05-${String(day).padStart(2, "0")}`;
  return caseOf(text, rowsFor([state], i % 2 === 0 ? "ratified" : "acceded", t.id, "affirmed", date), { head, dates: true });
});

/** Titled states coordinate ("the Foreign Minister of A and the Deputy Prime Minister of B"), and a title's state is a passive's agent. */
const titledLists = generate(1311, 4, (rng, i) => {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const [t1, t2] = [pick(rng, TITLES), pick(rng, ["Deputy Prime Minister", "Foreign Minister", "Ambassador", "Government"])];
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS.slice(0, 2));
  if (i % 2 === 1) return caseOf(`${capitalise(t.written)} was ${verb} by the ${t1} of ${a.written} in 2015.`, rowsFor([a], action, t.id, "affirmed"));
  return caseOf(`The ${t1} of ${a.written} and the ${t2} of ${b.written} today ${verb} ${t.written}.`, rowsFor([a, b], action, t.id, "affirmed"));
});

/** "I" speaks for the speaker: the one the statement's title names, or the states it speaks "on behalf of"; not inside a quotation. */
const firstPerson = generate(1312, 4, (rng, i) => {
  const states = sample(rng, STATES, 3);
  const t = pick(rng, TREATIES);
  const call = pick(rng, ["We call upon all States to ratify", "We urge all remaining States to accede to", "I encourage all other States to sign and ratify"]);
  if (i === 0)
    return caseOf(
      `I take the floor on behalf of ${states.map((x) => x.written).join(", ")}. ${call} ${t.written}.`,
      rowsFor(states, "called-for", t.id, "affirmed"),
    );
  if (i === 1)
    return caseOf(`I encourage all other States to sign and ratify ${t.written} without delay.`, [row("UN Deputy Secretary-General", "called-for", t.id)], {
      head: "Deputy Secretary-General's remarks on the anniversary of the treaty\n\n",
    });
  return caseOf(`"I urge all States to ratify ${t.written} without delay," said ${person(rng)} of a disarmament coalition.`, [], {
    head: `${capitalise(states[0]?.written ?? "")} hosts arms control meeting\n\n`,
  });
});

/** "We" after a sentence about other states that also holds "we": the speaker is the one the statement's title names, not those others. */
const speakerAfterOthers = generate(1313, 9, (rng, i) => {
  const [speaking, a, b] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES);
  const others = [
    `Neither ${a.written} nor ${b.written} has yet joined ${t.written}, and we respect the considerations they have explained to us.`,
    `${capitalise(a.written)} and ${b.written} remain outside ${t.written}, and we understand their position.`,
    `Two States have signed ${t.written} without ratifying it – ${a.written} and ${b.written}.`,
  ][i % 3] as string;
  const call = pick(rng, ["We call on all States that remain outside it to join it.", "We urge all remaining States to accede to it."]);
  const head = [
    `Statement by the delegation of ${speaking.written}`,
    `STATEMENT BY ${speaking.written.toUpperCase()}`,
    `Statement by H.E. Ms. Jane Doe,\nPermanent Representative of ${speaking.written}`,
  ][i % 3] as string;
  const theirs = [
    rowsFor([a, b], "acceded", t.id, "negated"),
    rowsFor([a, b], "party", t.id, "negated"), // "remain outside X": not party to it
    [...rowsFor([a, b], "signed", t.id, "affirmed"), ...rowsFor([a, b], "ratified", t.id, "negated")],
  ][i % 3] as string[];
  const expected = [...theirs, ...rowsFor([speaking], "called-for", t.id, "affirmed")].sort();
  return caseOf(`${others} ${call}`, expected, { head: `${head}\n\nMr. President,\n\n` });
});

/** "A has told B that its accession process has started": the teller's act, not the told's (an organisation, maybe with its acronym). */
const tellers = generate(1314, 4, (rng, i) => {
  const a = pick(rng, STATES);
  const t = pick(rng, TREATIES);
  const told = ["the Organisation for the Prohibition of Chemical Weapons (OPCW)", "the Secretary-General", "the United Nations", "the depositary"][
    i % 4
  ] as string;
  return caseOf(
    `${capitalise(a.written)} has ${pick(rng, ["told", "informed", "notified"])} ${told} that its accession process has started.`,
    rowsFor([a], "acceded", t.id, "planned"),
    {
      head: `Press release\n\nThis year marks twenty-five years of ${t.written}.\n\n`,
    },
  );
});

/** "A informed B that it intends to accede to X": the pronoun of the "that" clause is the teller; a named subject there is its own. */
const tellerPronouns = generate(1325, 6, (rng, i) => {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES);
  const verb = pick(rng, ["informed", "told", "notified", "assured"]);
  const [clause, action, polarity] = pick(rng, [
    ["intends to accede to", "acceded", "planned"],
    ["had ratified", "ratified", "affirmed"],
    ["would sign", "signed", "planned"],
  ] as const);
  const own = i % 3 === 2;
  return caseOf(
    `${capitalise(a.written)} ${verb} ${b.written} that ${own ? c.written : "it"} ${clause} ${t.written}.`,
    rowsFor([own ? c : a], action, t.id, polarity),
  );
});

/** "Both States are parties to X", "The two countries have signed X", "Neither country has …": the two states named just before. */
const pairs = generate(1326, 6, (rng, i) => {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const [t1, t2] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
  const [subject, predicate, action, polarity] = pick(rng, [
    ["Both States", "are parties to", "party", "affirmed"],
    ["The two countries", "have signed", "signed", "affirmed"],
    ["Neither country", "has ratified", "ratified", "negated"],
  ] as const);
  const three = i % 3 === 2; // three states named: no pair to refer to
  return caseOf(
    `${three ? `${capitalise(a.written)}, ${b.written} and ${c.written}` : `${capitalise(a.written)} and ${b.written}`} ratified ${t1.written} in 2014. ${subject} ${predicate} ${t2.written}.`,
    [...rowsFor(three ? [a, b, c] : [a, b], "ratified", t1.id, "affirmed"), ...(three ? [] : rowsFor([a, b], action, t2.id, polarity))].sort(),
  );
});

/**
 * "Joint Statement by A and B on …": "the two sides" (and their "their"), and "both countries" when no two states were named just
 * before, are the heading's states; "both countries" right after two others are those two.
 */
const headingSides = generate(1327, 8, (rng, i) => {
  const [a, b, c, d] = sample(rng, STATES, 4) as [StateName, StateName, StateName, StateName];
  const [t, t2] = sample(rng, TREATIES_ONLY, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
  const head = `${pick(rng, ["Joint Statement by", "JOINT COMMUNIQUÉ OF"])} ${a.written} and ${b.written} on ${pick(rng, ["Cooperation", "Trade and Health", "the Ocean"])}\n\n3 March 2025\n\n`;
  const others = `${capitalise(c.written)} and ${d.written} ratified ${t2.written} in 2019.`;
  if (i % 4 === 0)
    return caseOf(
      `${others} The two sides reaffirmed their commitment to ${t.written}.`,
      [...rowsFor([c, d], "ratified", t2.id, "affirmed"), ...rowsFor([a, b], "committed", t.id, "affirmed")],
      { head },
    );
  if (i % 4 === 1)
    return caseOf(
      `${others} ${pick(rng, ["The two sides", "Both sides"])} signed ${t.written} in Geneva.`,
      [...rowsFor([c, d], "ratified", t2.id, "affirmed"), ...rowsFor([a, b], "signed", t.id, "affirmed")],
      { head },
    );
  if (i % 4 === 2)
    return caseOf(
      `The talks covered trade and health. ${pick(rng, ["Both countries", "The two countries"])} are parties to ${t.written}.`,
      rowsFor([a, b], "party", t.id, "affirmed"),
      { head },
    );
  return caseOf(
    `${others} ${pick(rng, ["Both countries", "The two countries"])} are parties to ${t.written}.`,
    [...rowsFor([c, d], "ratified", t2.id, "affirmed"), ...rowsFor([c, d], "party", t.id, "affirmed")],
    { head },
  );
});

/**
 * An organisation the lexicon lacks, named right before a call ("IDP Action Network urges A to ratify X", "The Y Alliance, a
 * coalition of …, on Thursday urged …"), is the caller as written; a state's organ ("The Federal Council has called on …") and a
 * bare "The Alliance" are not.
 */
const callerBodies = generate(1328, 8, (rng, i) => {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const name = pick(rng, ["Tidewater Rights Network", "Sahel Justice Watch", "Pacific Ocean Alliance", "Treaty Action Centre", "Kivu Lawyers Coalition"]);
  const call = `${pick(rng, ["urges", "called on", "urged", "calls on"]).replace(/ on$/u, " on")} ${a.written} and ${b.written} to ratify ${t.written}.`;
  if (i % 4 === 0) return caseOf(`${name} ${call}`, rowsFor([{ name, written: name }], "called-for", t.id, "affirmed"));
  if (i % 4 === 1)
    return caseOf(`The ${name}, a group of lawyers and activists, on Thursday ${call}`, rowsFor([{ name, written: name }], "called-for", t.id, "affirmed"));
  if (i % 4 === 2)
    return caseOf(
      `The ${pick(rng, ["Federal Council", "National Council"])} has ${call.replace(/^urges|^calls on/u, (v) => (v === "urges" ? "urged" : "called on"))}`,
      [],
    );
  return caseOf(`The ${name.split(" ").pop()} also ${call}`, []);
});

/**
 * "the Secretary-General of the International Maritime Organization" speaks for that organisation, not the UN's Secretary-General;
 * the UN's own stays the UN's; with a depositary's "with", neither is an actor.
 */
const otherSecretariesGeneral = generate(1329, 8, (rng, i) => {
  const a = pick(rng, STATES);
  const t = pick(rng, TREATIES_ONLY);
  const [org, name] = pick(rng, [
    ["the International Maritime Organization", "IMO"],
    ["the Commonwealth", "Commonwealth"],
    ["the Organization of American States", "OAS"],
    ["the United Nations", "UN Secretary-General"],
  ] as const);
  const title = pick(rng, ["Secretary-General", "Secretary General"]);
  if (i % 3 === 2)
    return caseOf(
      `${capitalise(a.written)} deposited its instrument of ratification of ${t.written} with the ${title} of ${org} on 3 March 2025.`,
      rowsFor([a], "ratified", t.id, "affirmed"),
    );
  return caseOf(
    `The ${title} of ${org} ${pick(rng, ["urged", "called on"])} all States to ratify ${t.written}.`,
    rowsFor([{ name, written: name }], "called-for", t.id, "affirmed"),
  );
});

/**
 * The human-rights treaty bodies are actors by name, "The Committee …" included (not the reference "the Committee"), and the
 * "against" in a body's name negates nothing: "The Committee against Torture urged A to ratify X".
 */
const treatyBodies = generate(1330, 6, (rng) => {
  const a = pick(rng, STATES);
  const t = pick(rng, TREATIES_ONLY);
  const body = pick(rng, [
    "Committee against Torture",
    "Committee on the Elimination of Racial Discrimination",
    "Committee on the Elimination of Discrimination against Women",
    "Committee on Enforced Disappearances",
    "Committee on Economic, Social and Cultural Rights",
  ]);
  return caseOf(
    `The ${body} ${pick(rng, ["urged", "called on", "encouraged"])} ${a.written} to ratify ${t.written}.`,
    rowsFor([{ name: body, written: body }], "called-for", t.id, "affirmed"),
  );
});

/** A State's legislature is no actor: "The Parliament of A ratified X", "A's Senate approved X" are domestic steps; the State's own act stands beside them. */
const legislatures = generate(1331, 8, (rng, i) => {
  const a = pick(rng, STATES);
  const t = pick(rng, TREATIES_ONLY);
  const house = pick(rng, ["Parliament", "National Assembly", "Senate", "Congress"]);
  const when = pick(rng, ["on Wednesday", "in 2019", "last week"]);
  if (i % 4 === 0) return caseOf(`The ${house} of ${a.written} ratified ${t.written} ${when}.`, []);
  if (i % 4 === 1) return caseOf(`Deputies of the ${house} of ${a.written} ratified ${t.written} ${when}.`, []);
  if (i % 4 === 2) return caseOf(`${capitalise(a.written)}'s ${house} ratified ${t.written} ${when}.`, []);
  return caseOf(
    `${capitalise(a.written)} ratified ${t.written} in May, after the ${house} of ${a.written} had approved it.`,
    rowsFor([a], "ratified", t.id, "affirmed"),
  );
});

/** The people two or three States sent, counted: "The three leaders also signed X", "the two ministers signed Y" are those States. */
const countedPeople = generate(1332, 6, (rng, i) => {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const people = pick(rng, ["leaders", "ministers", "presidents"]);
  const three = i % 2 === 0;
  const states = three ? [a, b, c] : [a, b];
  return caseOf(
    `${capitalise(listOf(states.map((x) => x.written)))} held talks in Geneva. At the end of the talks, the ${three ? "three" : "two"} ${people} signed ${t.written}.`,
    rowsFor(states, "signed", t.id, "affirmed"),
  );
});

/** "The Deputy Minister urged …", "The Vice Minister exhorted …" in a release headed by a State's ministry speak for that State. */
const deputyMinisters = generate(1333, 6, (rng) => {
  const a = pick(rng, STATES);
  const t = pick(rng, TREATIES_ONLY);
  const office = pick(rng, ["Deputy Minister", "Vice Minister", "Deputy Foreign Minister"]);
  return caseOf(
    `The ${office} ${pick(rng, ["urged", "exhorted", "called on"])} all States to ratify ${t.written}.`,
    rowsFor([a], "called-for", t.id, "affirmed"),
    {
      head: `Ministry of Foreign Affairs of ${a.written}\n\nPress release\n\n`,
    },
  );
});

/**
 * "He"/"she" opening a sentence is the titled person the sentence before has as its subject: "The Foreign Minister of A, X,
 * welcomed the step. She urged all States to ratify T" is A's call. Not after a sentence whose subject is no person ("A ratified T
 * in 2019. He urged …" names no one), and not a reporter whose clause has a subject of its own ("She added that B intends to
 * ratify T, which it signed in 2021").
 */
const personPronouns = generate(1334, 12, (rng, i) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const name = pick(rng, ["Ana Ruiz", "Tomas Berg", "Leila Haddad", "Kofi Mensah"]);
  const pronoun = pick(rng, ["He", "She"]);
  const call = `${pronoun} ${pick(rng, ["urged", "called on", "encouraged"])} all States that have not yet done so to ${pick(rng, ["ratify", "accede to"])} ${t.written}.`;
  switch (i % 4) {
    case 0:
      return caseOf(`The Foreign Minister of ${a.written}, ${name}, welcomed the step. ${call}`, [row(a.name, "called-for", t.id)]);
    case 1:
      return caseOf(
        `${capitalise(a.written)}'s ${pick(rng, ["Foreign Minister", "Minister of Justice"])} ${name} ${pick(rng, ["welcomed the vote", "spoke after the vote"])}. ${call}`,
        [row(a.name, "called-for", t.id)],
      );
    case 2:
      return caseOf(`${capitalise(a.written)} ratified ${t.written} in 2019. ${call}`, [row(a.name, "ratified", t.id)]);
    default:
      return caseOf(
        `The Minister of Foreign Affairs of ${a.written} spoke at the ceremony. ${pronoun} added that ${b.written} also intends to ratify ${t.written}, which it signed in 2021.`,
        [row(b.name, "signed", t.id), row(b.name, "ratified", t.id, "planned")],
      );
  }
});

/**
 * "the Minister" is the person the text introduced with that title, of that person's State, not the State named last: "The Minister
 * of Foreign Affairs of A, X, deposited A's instrument of accession to T. B has been a party to it since 1998. The Minister called on
 * all States to accede to T".
 */
const titledAnaphors = generate(1335, 8, (rng, i) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const [title, later] = pick(rng, [
    ["Minister of Foreign Affairs of", "The Minister"],
    ["Foreign Minister of", "The Foreign Minister"],
    ["President of", "The President"],
  ] as const);
  const opening =
    i % 2 === 0
      ? `The ${title} ${a.written}, ${pick(rng, ["Ana Ruiz", "Tomas Berg"])}, today deposited the instrument of accession of ${a.written} to ${t.written}.`
      : `${capitalise(a.written)} today acceded to ${t.written}; the ${title.replace(/ of$/u, "")} of ${a.written} deposited the instrument.`;
  return caseOf(
    `${opening} ${capitalise(b.written)} has been a party to it since 1998. ${later} called on all States that have not yet done so to accede to ${t.written}.`,
    [row(a.name, "acceded", t.id), row(b.name, "party", t.id), row(a.name, "called-for", t.id)],
  );
});

/**
 * A first person's verb before the call has its object too: in '"I congratulate B and call on all States to ratify T," said the
 * Foreign Minister of A' and "We thank B and C and urge …" under A's statement, the caller is the speaker, never B.
 */
const firstPersonCallers = generate(1336, 8, (rng, i) => {
  const [a, b, c] = sample(rng, BARE, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const verb = pick(rng, ["congratulate", "thank", "commend"]);
  const call = pick(rng, ["call on", "urge", "encourage"]);
  if (i % 2 === 0)
    return caseOf(
      `"I ${verb} ${b.written} and ${call} all States that have not yet done so to ratify ${t.written}," said the Foreign Minister of ${a.written}.`,
      [row(a.name, "called-for", t.id)],
    );
  return caseOf(
    `We ${verb} ${b.written} and ${c.written} and ${call} all States that have not yet done so to ratify ${t.written}.`,
    [row(a.name, "called-for", t.id)],
    {
      head: `Statement by ${a.written}\n\n`,
    },
  );
});

/**
 * A body the text named in full is referred to by its head word: "The Equal Rights Africa Coalition published its tracker … The
 * Coalition calls on A and B to ratify T" is the Coalition's call, by its name; so when the name stands only in a heading in capitals
 * ("RIGHT TO READ ALLIANCE | Tracker"). With no such name before, "The Coalition" is no one.
 */
const namedBodyHeads = generate(1337, 12, (rng, i) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const [name, head] = pick(rng, [
    ["Equal Rights Africa Coalition", "Coalition"],
    ["Right to Read Alliance", "Alliance"],
    ["Pacific Disability Rights Network", "Network"],
    ["Small Arms Survey Monitor", "Monitor"],
    ["Andean Human Rights Foundation", "Foundation"],
  ] as const);
  const call = `The ${head} ${pick(rng, ["calls on", "urges", "urged"])} ${a.written} and ${b.written} to ratify ${t.written} without delay.`;
  switch (i % 3) {
    case 0:
      return caseOf(`The ${name} today published its annual report on ${t.written}. ${call}`, [row(name, "called-for", t.id)]);
    case 1:
      return caseOf(call, [row(name, "called-for", t.id)], { head: `${name.toUpperCase()} | Campaigns | Tracker\n\n` });
    default:
      return caseOf(`A new report on ${t.written} was published today. ${call}`, []);
  }
});

/**
 * A text whose `Title:` header opens with its state, and whose body does not repeat the title, speaks as that state: "Title: A
 * Voluntary National Review 2025, Chapter 5 ¶ 5.1 Oceans ¶ We ratified T in 2004" is A's ratification. Not a title that names the
 * state further on ("Weekly briefing on A"), and not a "we" inside quotation marks.
 */
const titledSpeakers = generate(1338, 9, (rng, i) => {
  const a = pick(rng, BARE);
  const t = pick(rng, TREATIES_ONLY);
  const act = pick(rng, [
    ["We ratified", "ratified"],
    ["We signed", "signed"],
    ["In 2019 we acceded to", "acceded"],
  ] as const);
  const body = `5.1 Why agreements matter\n\n${act[0]} ${t.written} in 2004.`;
  switch (i % 3) {
    case 0:
      return caseOf(body, [row(a.name, act[1], t.id)], { head: `Title: ${a.written} Voluntary National Review 2025, Chapter 5\nDate: 2025-07-15\n\n` });
    case 1:
      return caseOf(body, [], { head: `Title: Weekly briefing on ${a.written} and its neighbours\nDate: 2025-07-15\n\n` });
    default:
      return caseOf(`5.1 Why agreements matter\n\n"${act[0]} ${t.written} in 2004," a fisheries officer said.`, [], {
        head: `Title: ${a.written} Voluntary National Review 2025, Chapter 5\nDate: 2025-07-15\n\n`,
      });
  }
});

/**
 * "The Ministers", "The Presidents" are the States of the people a sentence before introduced each with that title: "The Minister of
 * Transport of A, X Y, and the Minister of Transportation of B, Z W, met … The Ministers called on …"; "The Presidents of A, X Y; of
 * B, Z W; and of C, Q R, met … The Presidents called on …". One minister named before is no such pair.
 */
const titledPeople = generate(1339, 9, (rng, i) => {
  const [a, b, c] = sample(rng, BARE, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const call = `called on all States that have not yet done so to ratify ${t.written}.`;
  switch (i % 3) {
    case 0:
      return caseOf(
        `1. The Minister of Transport of ${a.written}, Ana Ruiz, and the Minister of ${pick(rng, ["Transportation", "Foreign Affairs"])} of ${b.written}, Tomas Berg, met in Lima today.\n\n2. The Ministers ${call}`,
        rowsFor([a, b], "called-for", t.id, "affirmed"),
        { head: "JOINT COMMUNIQUÉ\n\n" },
      );
    case 1:
      return caseOf(
        `1. The Presidents of ${a.written}, Ana Ruiz; of ${b.written}, Luiz da Silva; and of ${c.written}, Tomas Berg, met in Montevideo.\n\n2. The Presidents ${call}`,
        rowsFor([a, b, c], "called-for", t.id, "affirmed"),
        { head: "JOINT COMMUNIQUÉ\n\n" },
      );
    default:
      return caseOf(`1. The Minister of Transport of ${a.written}, Ana Ruiz, met the press in Lima today.\n\n2. The Ministers ${call}`, [], {
        head: "JOINT COMMUNIQUÉ\n\n",
      });
  }
});

/** "whose" is the nearest name's, not its whole list's: "… were A and B, as well as C, whose minister said he would ratify X". */
const whose = generate(1315, 4, (rng) => {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES);
  return caseOf(
    `Among the other signatories were ${a.written} and ${b.written}, as well as ${c.written}, whose ${pick(rng, ["Deputy Justice Minister", "Foreign Minister"])} said his Government would ratify ${t.written} next year.`,
    [...rowsFor([a, b, c], "signed", t.id, "affirmed"), ...rowsFor([c], "ratified", t.id, "planned")].sort(),
    { head: `Press release\n\nThe meeting discussed ${t.written}.\n\n` },
  );
});

/** The caller is the subject, not the object of a verb coordinated before the call ("A congratulated B and C and urged …"); speech in quotes after a name is not part of it. */
const callers = generate(1316, 4, (rng, i) => {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES);
  const verb = pick(rng, ["congratulated", "thanked", "commended"]);
  if (i % 2 === 0)
    return caseOf(
      `${capitalise(a.written)} ${verb} ${b.written} and ${c.written} and urged all States to ratify ${t.written}.`,
      rowsFor([a], "called-for", t.id, "affirmed"),
    );
  return caseOf(
    `${capitalise(a.written)} called on ${b.written} to accede to ${t.written} "without further delay".`,
    rowsFor([a], "called-for", t.id, "affirmed"),
  );
});

/**
 * An organisation's secretariat speaks for it ("The UNCITRAL secretariat called on …", "the WIPO Secretariat urged …"); a treaty's
 * secretariat is a body, never the treaty ("deposited its instrument … with the UNFCCC secretariat" gives no record on the UNFCCC).
 */
const secretariats = generate(1331, 6, (rng, i) => {
  const [a] = sample(rng, STATES, 1) as [StateName];
  const t = pick(
    rng,
    TREATIES.filter((x) => x.id !== "unfccc" && x.type !== "declaration"),
  );
  if (i % 3 === 2)
    return caseOf(
      `${capitalise(a.written)} deposited its instrument of accession to ${t.written} with the UNFCCC secretariat in ${pick(rng, ["Bonn", "2021"])}.`,
      [row(a.name, "acceded", t.id)],
    );
  const org = pick(rng, ["UNCITRAL", "WIPO", "IFAD", "International Whaling Commission", "IRENA"]);
  return caseOf(
    `The ${org} ${pick(rng, ["secretariat", "Secretariat"])} ${pick(rng, ["called on all States to ratify", "urged States that have not yet done so to accede to"])} ${t.written}.`,
    [row(org, "called-for", t.id)],
  );
});

/** A venue is where, never who: "in Geneva", "at the United Nations Headquarters", "in Kalamba, Kenya". */
const venues = generate(1308, 8, (rng, i) => {
  const state = pick(rng, BARE);
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const town = pick(rng, TOWNS);
  if (i === 2) return caseOf(`In 2011, at a conference held in ${town}, ${state.written}, delegates adopted ${t.written}.`, []);
  if (i === 5) return caseOf(`Delegates gathered in ${town}, ${state.written}, in 2012 and adopted ${t.written}.`, []);
  if (i >= 6) {
    const place = i === 6 ? "At the United Nations" : "Speaking at the Security Council";
    return caseOf(`${place}, ${state.written} ${verb} ${t.written}.`, rowsFor([state], action, t.id, "affirmed"));
  }
  const text =
    i % 3 === 0
      ? `At the United Nations Headquarters in New York, ${state.written} ${verb} ${t.written}.`
      : `${state.written} ${verb} ${t.written} at a ceremony in Geneva.`;
  return caseOf(text, rowsFor([state], action, t.id, "affirmed"));
});

/** UN organs and officials by their annotation names. */
const unActors = generate(1309, 5, (rng, i) => {
  const t = pick(rng, TREATIES);
  const texts: Array<[string, string]> = [
    [`The Secretary-General urged all States to accede to ${t.written} without delay.`, row("UN Secretary-General", "called-for", t.id)],
    [`The Deputy Secretary-General called on all States to ratify ${t.written}.`, row("UN Deputy Secretary-General", "called-for", t.id)],
    [`The General Assembly adopted ${t.written} in 2013.`, row("UN General Assembly", "adopted", t.id)],
    [
      `${capitalise(t.written)} was adopted by the ${pick(rng, ["57th", "68th", "71st"])} General Assembly of the United Nations.`,
      row("UN General Assembly", "adopted", t.id),
    ],
  ];
  const [text, expected] = texts[i % texts.length] as [string, string];
  return caseOf(text, [expected]);
});

/** Near-misses: a person with no state, a plural noun before "they"/"their", "it" that is the treaty. */
const nearMisses = generate(1310, 8, (rng, i) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const [t1, t2] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
  const [verb, action] = pick(rng, ACTS);
  const texts: Array<[string, string[]]> = [
    [`${pick(rng, TITLES)} ${person(rng)} ${verb} ${t1.written}.`, []],
    [`Mr. ${person(rng)} ${verb} ${t1.written} in 2012.`, []],
    [`${a.written} and ${b.written} held talks on arms control. President ${person(rng)} ${verb} ${t1.written}.`, []],
    [`Two more states have informed the Secretary-General that they will accede to ${t1.written}.`, []],
    [`Although neither country has deposited their instruments of ratification of ${t1.written}, both will attend.`, []],
    [`${capitalise(t1.written)} was adopted in 2013. It has since been ratified by many states.`, []],
    [`${a.written} ${verb} ${t1.written} in 2014. It is important that all States ratify ${t2.written}.`, [row(a.name, action, t1.id)]],
    [`${a.written} welcomed the fact that ${b.written} had ${verb} ${t1.written}, and it urged others to do the same.`, [row(b.name, action, t1.id)]],
  ];
  const [text, expected] = texts[i % texts.length] as [string, string[]];
  return caseOf(text, expected);
});

/**
 * Names that are also ordinary words or first names ("Turkey", "Jordan", "Chad", "Georgia"): a
 * state as a clause's subject or in a list, never after a first name ("Michael Jordan").
 */
const AMBIGUOUS: ReadonlyArray<[string, string]> = [
  ["Turkey", "Türkiye"],
  ["Jordan", "Jordan"],
  ["Chad", "Chad"],
  ["Georgia", "Georgia"],
];
const ambiguous = generate(1313, 10, (rng, i) => {
  const [written, name] = pick(rng, AMBIGUOUS);
  const [verb, action] = pick(rng, ACTS);
  const t = pick(rng, TREATIES);
  const year = 1990 + Math.floor(rng() * 30);
  const texts: Array<[string, string[]]> = [
    [`On ${1 + Math.floor(rng() * 27)} May ${year} ${written} ${verb} ${t.written}.`, [row(name, action, t.id)]],
    [`${written} has ${verb} ${t.written}.`, [row(name, action, t.id)]],
    [`In ${year}, ${written} ${verb} ${t.written}.`, [row(name, action, t.id)]],
    [`${written}'s accession to ${t.written} was welcomed.`, [row(name, "acceded", t.id)]],
    [`Coach ${pick(rng, FIRST)} ${written} ${verb} ${t.written} for the cameras.`, []],
  ];
  const [text, expected] = texts[i % texts.length] as [string, string[]];
  return caseOf(text, expected);
});
/**
 * A quotation's "we" is whom it is attributed to after it closes: '"We urge all States to ratify X," said Jane Doe of Amnesty
 * International'; '"We have ratified X," the Foreign Minister of A said'.
 */
const attributedQuotes = generate(1325, 8, (rng, i) => {
  const [a] = sample(rng, BARE, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const [who, name] =
    i % 2 === 0
      ? pick(rng, [
          ["Jane Doe of Amnesty International", "Amnesty International"],
          ["a spokesperson for Human Rights Watch", "Human Rights Watch"],
        ] as const)
      : ([`the Foreign Minister of ${a.written}`, a.name] as const);
  // (An organisation outside States calls; only a State ratifies: "We ratified X," the Foreign Minister of A said.)
  const ratified = i % 4 === 3;
  const quote = ratified ? `"We ratified ${t.written} in 2019,"` : `"We urge all States to ratify ${t.written},"`;
  const action = ratified ? "ratified" : "called-for";
  return caseOf(i % 3 === 0 ? `${quote} said ${who}.` : `${quote} ${who} said.`, [row(name, action, t.id)]);
});

/**
 * The plenary organs of the specialized agencies and the functional commissions are bodies that adopt and endorse texts: "by
 * which the World Health Assembly endorsed X" (not the state that voted for the resolution), "adopted by the Commission on
 * Narcotic Drugs".
 */
const agencyOrgans = generate(1326, 6, (rng, i) => {
  const [a] = sample(rng, BARE, 1) as [StateName];
  const [body, name] = pick(rng, [
    ["the World Health Assembly", "World Health Assembly"],
    ["the Commission on Narcotic Drugs", "Commission on Narcotic Drugs"],
    ["the UN Environment Assembly", "United Nations Environment Assembly"],
  ] as const);
  const text = pick(rng, ["Guiding Principles on Organ Donation", "Global Strategy on Digital Health"]);
  return i % 2 === 0
    ? caseOf(`${capitalise(a.written)} voted in favour of resolution 63/22, by which ${body} endorsed the ${text}.`, [
        row(a.name, "supported", "resolution 63/22"),
        row(name, "endorsed", text),
      ])
    : caseOf(`The ${text} ${pick(rng, ["was", "were"])} adopted by ${body} in May 2010.`, [row(name, "adopted", text)]);
});

/** Initials the press gives a state: "PNG is already a party to X, which it joined in 1995", "the KSA", "the PRC". */
const stateInitials = generate(1327, 4, (rng) => {
  const [written, name] = pick(rng, [
    ["PNG", "Papua New Guinea"],
    ["KSA", "Saudi Arabia"],
    ["PRC", "China"],
    ["BiH", "Bosnia and Herzegovina"],
  ] as const);
  const t = pick(rng, TREATIES_ONLY);
  return caseOf(`${written} ratified ${t.written} in 2019.`, [row(name, "ratified", t.id)]);
});

/**
 * "its" in an opening phrase is the main clause's subject, named after the phrase's comma ("On 14 January 2025, together with
 * its accession to X, B acceded to Y"), not the subject of the sentence before.
 */
const openingPhraseOwner = generate(1328, 6, (rng) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const [x, y] = sample(rng, TREATIES_ONLY, 2) as [(typeof TREATIES_ONLY)[number], (typeof TREATIES_ONLY)[number]];
  const opening = pick(rng, ["together with its accession to", "alongside its accession to", "following its accession to"]);
  return caseOf(`${capitalise(a.written)} signed ${x.written} in 2019. On 14 January 2025, ${opening} ${x.written}, ${b.written} acceded to ${y.written}.`, [
    row(a.name, "signed", x.id),
    row(b.name, "acceded", x.id),
    row(b.name, "acceded", y.id),
  ]);
});

/** The same names before a verb in the present: "Georgia encourages all States … to ratify X", "Chad reaffirms its commitment". */
const ambiguousPresent = generate(1324, 6, (rng, i) => {
  const [written, name] = pick(rng, AMBIGUOUS);
  const t = pick(rng, TREATIES_ONLY);
  return i % 2 === 0
    ? caseOf(`${written} ${pick(rng, ["encourages", "urges"])} all States that have not yet done so to ratify ${t.written}.`, [row(name, "called-for", t.id)])
    : caseOf(`${written} reaffirms its commitment to ${t.written}.`, [row(name, "committed", t.id)]);
});

/**
 * "the government" in a document whose title names a state is that state's government, even
 * after a sentence about another state; and a hedge resting on such a reference does not undo
 * another state's act stated with its name.
 */
const homeGovernment = generate(1314, 6, (rng, i) => {
  const [home, other] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const head = `${home.written} stays on the sidelines of ${t.written.replace(/^the /u, "the ")}\n\n`;
  const texts: Array<[string, string[]]> = [
    [
      `${other.written} signed ${t.written} in 2013. A spokesman defended the government's refusal to sign the treaty.`,
      [row(other.name, "signed", t.id), row(home.name, "signed", t.id, "negated")],
    ],
    [
      `${other.written} has ratified ${t.written}. The government's reluctance to ratify the treaty drew criticism.`,
      [row(other.name, "ratified", t.id), row(home.name, "ratified", t.id, "negated")],
    ],
  ];
  const [text, expected] = texts[i % texts.length] as [string, string[]];
  return caseOf(text, expected, { head });
});

/** A call whose joining verb comes later in the clause ("… to accelerate their procedures in order to join X"); a later verb with no instrument is no call. */
const laterCalls = generate(1315, 4, (rng, i) => {
  const t = pick(rng, TREATIES);
  if (i % 2 === 0) {
    return caseOf(
      `The Secretary-General calls on all Parties to accelerate their domestic procedures in order to ${pick(rng, ["join", "ratify"])} ${t.written} as soon as possible.`,
      [row("UN Secretary-General", "called-for", t.id)],
    );
  }
  return caseOf(`The Secretary-General called on States to consider the goals of ${t.written}, and to adopt a comprehensive approach to adaptation.`, []);
});

/** A counted plural named in the next sentence ("two more states … they will accede … These are A and B"), and "neither country … their" for the pair. */
const namedLater = generate(1316, 6, (rng, i) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const texts: Array<[string, string[]]> = [
    [
      `Two more states have formally notified the depositary that they will accede to ${t.written}. These are ${a.written} and ${b.written}.`,
      [row(a.name, "acceded", t.id, "planned"), row(b.name, "acceded", t.id, "planned")],
    ],
    [
      `${a.written} and ${b.written} signed ${t.written} in May. Although neither country has completed depositing their instruments of ratification, both will attend.`,
      [row(a.name, "signed", t.id), row(b.name, "signed", t.id), row(a.name, "ratified", t.id, "negated"), row(b.name, "ratified", t.id, "negated")],
    ],
    [`Three states have said that they will accede to ${t.written}. These are ${a.written} and ${b.written}.`, []],
  ];
  const [text, expected] = texts[i % texts.length] as [string, string[]];
  return caseOf(text, expected);
});

/** More offices, a UN name inside the title ("Ambassador to the United Nations"), and an organisation with "its member states". */
const offices = generate(1317, 6, (rng, i) => {
  const state = pick(rng, BARE);
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const texts: Array<[string, string[]]> = [
    [
      `On behalf of ${state.written}, ${pick(rng, ["State Secretary", "Minister of State", "Special Envoy", "Vice Minister"])} ${person(rng)} ${verb} ${t.written}.`,
      [row(state.name, action, t.id)],
    ],
    [
      `${state.written}'s ${pick(rng, ["Ambassador", "Permanent Representative"])} to the United Nations ${verb} ${t.written}.`,
      [row(state.name, action, t.id)],
    ],
    [`The European Union and its ${pick(rng, ["27", "28"])} member states ${verb} ${t.written}.`, [row("European Union", action, t.id)]],
  ];
  const [text, expected] = texts[i % texts.length] as [string, string[]];
  return caseOf(text, expected);
});

/** Coordinated officials: a holder named between title and state, plural titles, possessive titles. */
const coordinatedOfficials = generate(1321, 9, (rng, i) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS.slice(0, 3));
  const texts = [
    `${pick(rng, ["President", "Foreign Minister", "Ambassador"])} ${person(rng)} of ${a.written} and ${pick(rng, ["President", "Prime Minister"])} ${pick(rng, LAST)} of ${b.written} ${verb} ${t.written}.`,
    `The ${pick(rng, ["Foreign Ministers", "Presidents", "Ambassadors", "Permanent Representatives"])} of ${a.written} and ${b.written} ${verb} ${t.written}.`,
    `${a.written}'s ${pick(rng, ["Foreign Minister", "President", "Ambassador"])} and ${b.written}'s ${pick(rng, ["Foreign Minister", "Prime Minister"])} ${verb} ${t.written}.`,
  ];
  return caseOf(texts[i % texts.length] as string, [row(a.name, action, t.id), row(b.name, action, t.id)]);
});

/** A pronoun object through the verb's preposition: "B acceded to it in 2016", after another clause's "ratified it". */
const prepositionPronouns = generate(1322, 4, (rng) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES);
  const [y1, y2] = [2014 + Math.floor(rng() * 3), 2018 + Math.floor(rng() * 3)];
  return caseOf(`${capitalise(t.written)} entered into force in 2013. ${a.written} ratified it in ${y1}, and ${b.written} acceded to it in ${y2}.`, [
    row(a.name, "ratified", t.id),
    row(b.name, "acceded", t.id),
  ]);
});

/**
 * A reported "it" is the reporter's: "A deposited its instrument of ratification of X, while B said it would ratify X"; "A praised
 * the General Assembly's work and recalled that it had co-sponsored resolution N" (never the body named in between).
 */
const reportedPronouns = generate(1323, 8, (rng, i) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  if (i % 2 === 0)
    return caseOf(
      `${capitalise(a.written)} deposited its instrument of ratification of ${t.written} on Wednesday, while ${b.written} ${pick(rng, ["said", "has said", "announced"])} ${pick(rng, ["", "that "])}it would ratify ${t.written} before the end of the year.`,
      [row(a.name, "ratified", t.id), row(b.name, "ratified", t.id, "planned")],
    );
  const n = `${70 + Math.floor(rng() * 9)}/${100 + Math.floor(rng() * 80)}`;
  return caseOf(
    `${capitalise(a.written)} praised the ${pick(rng, ["General Assembly", "Security Council"])}'s work and ${pick(rng, ["recalled", "noted"])} that it had co-sponsored resolution ${n}.`,
    [row(a.name, "co-sponsored", `resolution ${n}`)],
  );
});

/** An opening phrase that ends in a state, then the subject: "In talks with A, B ratified X"; "Unlike A, B has not" says nothing of A's act here. */
const openings = generate(1319, 8, (rng, i) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const texts: Array<[string, string[]]> = [
    [
      `${pick(rng, ["In talks with", "After consultations with", "At a meeting with"])} ${a.written}, ${b.written} ${verb} ${t.written}.`,
      [row(b.name, action, t.id)],
    ],
    [`Unlike ${a.written}, ${b.written} has not ${verb} ${t.written}.`, [row(b.name, action, t.id, "negated")]],
    [`${b.written}, unlike ${a.written}, has not ${verb} ${t.written}.`, [row(b.name, action, t.id, "negated")]],
  ];
  const [text, expected] = texts[i % texts.length] as [string, string[]];
  return caseOf(text, expected);
});

/** "On the same day as its accession to X, the Government of A deposited …": the opening phrase's "its" is the main subject's. */
const openingPossessives = generate(1324, 6, (rng) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const [t1, t2] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
  const opening = pick(rng, ["On the same day as its accession to", "Following its accession to", "After its accession to"]);
  const subject = pick(rng, [`the Government of ${a.written}`, a.written]);
  return caseOf(
    `${capitalise(b.written)} ratified ${t2.written} in 2019. ${opening} ${t1.written}, ${subject} deposited its instrument of ratification of ${t2.written}.`,
    [row(b.name, "ratified", t2.id), row(a.name, "acceded", t1.id), row(a.name, "ratified", t2.id)],
  );
});

/** A call whose addressee's own act is in a relative clause: the addressee's act is its own, the call's instrument the asked act's. */
const relativeAddressees = generate(1320, 6, (rng) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const [t1, t2] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
  const [verb, action] = pick(rng, ACTS.slice(0, 3));
  const year = 2000 + Math.floor(rng() * 20);
  const call = pick(rng, ["urged", "called on", "encouraged"]);
  const asked = pick(rng, ["sign", "ratify", "accede to"]);
  return caseOf(`${a.written} ${call} ${b.written}, which ${verb} ${t1.written} in ${year}, to ${asked} ${t2.written}.`, [
    row(a.name, "called-for", t2.id),
    row(b.name, action, t1.id),
  ]);
});

/**
 * An envoy "of" a state "to" an organisation acts for the state ("the Permanent Representative of Georgia to the ICAO deposited
 * with the Secretary General in Montreal the instrument of …"): neither the organisation nor the depositary; "Georgia" and
 * "Jordan", names that are not always states, are states after an office's "of".
 */
const envoys = generate(1327, 8, (rng, i) => {
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const a = pick(rng, [...STATES, { written: "Georgia", name: "Georgia" }, { written: "Jordan", name: "Jordan" }]);
  const envoy = pick(rng, ["The Permanent Representative", "The Ambassador", "The representative"]);
  const org = pick(rng, ["the International Civil Aviation Organization", "the United Nations", "the Organization of American States"]);
  const [text, action] =
    i % 2 === 0
      ? [
          `${envoy} of ${a.written} to ${org} deposited with the Secretary General in ${pick(rng, TOWNS)} the instrument of ratification of ${t.written}.`,
          "ratified",
        ]
      : [`${envoy} of ${a.written} to ${org} signed ${t.written}.`, "signed"];
  return caseOf(text, [row(a.name, action, t.id)]);
});

/**
 * "A, B and C left the bloc. All three had ratified X": a count of the states named just before (not when the count differs);
 * an object that supplements another ("X, supplementary to Y") is the only object.
 */
const counted = generate(1328, 8, (rng, i) => {
  const l = sample(rng, STATES, 3 + (i % 2));
  const [t1, t2] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
  const n = ["three", "four"][l.length - 3] as string;
  const wrong = i % 4 === 3; // "All five" after four names: no such group
  const count = wrong ? "five" : n;
  return caseOf(
    `${capitalise(listOf(l.map((x) => x.written)))} left the bloc in 2023. ${pick(rng, ["All", "The"])} ${count}${pick(rng, ["", " countries"])} had ratified ${t1.written}, supplementary to ${t2.written}.`,
    wrong ? [] : rowsFor(l, "ratified", t1.id, "affirmed"),
  );
});

/** "its instrument of ratification" after an organisation's name is the state's (only a union of states ratifies treaties). */
const organisationOwners = generate(1329, 4, (rng) => {
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const [a] = sample(rng, STATES, 1) as [StateName];
  const org = pick(rng, ["the World Bank Group", "the International Maritime Organization", "the African Union"]);
  return caseOf(
    `${capitalise(a.written)} today became a member of the Fund, an arm of ${org}, after depositing its instrument of ratification of ${t.written} with ${org}.`,
    [row(a.name, "ratified", t.id)],
  );
});

/** "the OAS General Assembly adopted X": another organisation's organ named like the UN's is one actor, never the UN's ("the UN General Assembly" is the UN's). */
const otherOrgans = generate(1330, 6, (rng, i) => {
  const [a] = sample(rng, STATES, 1) as [StateName];
  const doc = pick(rng, ["resolution AG/RES. 3107 (LVI-O/26)", "the Declaration of Lima on Democratic Governance"]);
  const written = doc.replace(/^the /u, "");
  const [body, actor] = i % 3 === 2 ? ["UN General Assembly", "UN General Assembly"] : ["OAS General Assembly", "OAS General Assembly"];
  return caseOf(`The ${body} adopted ${doc} on Friday. ${capitalise(a.written)} co-sponsored ${doc}.`, [
    row(actor, "adopted", written),
    row(a.name, "co-sponsored", written),
  ]);
});

/** "Latin America", "Central America": a region; the states in it are not the United States. */
const regions = generate(1332, 4, (rng) => {
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const region = pick(rng, ["Latin America", "Central America", "South America", "Latin America and the Caribbean"]);
  return caseOf(`All ${pick(rng, ["thirty-three", "33", "the"])} States of ${region} are Parties to ${t.written}.`, []);
});

const unnamedDepositors = generate(1333, 6, (rng, i) => {
  // "…, thirty days after the sixth instrument of ratification was deposited": no one is named as depositing it; and "depositing with
  // the General Secretariat of the OAS Chile's instrument": the possessor, not the depositary named right before it.
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  if (i % 2 === 1) {
    const depositary = pick(rng, ["the General Secretariat of the OAS", "the Secretary-General of the United Nations", "the Director-General of UNESCO"]);
    const [noun, action] = pick(rng, [
      ["ratification", "ratified"],
      ["accession", "acceded"],
    ] as const);
    return caseOf(
      `This morning I had the honour of depositing with ${depositary} ${a.written}'s instrument of ${noun} of ${t.written}.`,
      rowsFor([a], action, t.id, "affirmed"),
    );
  }
  const ordinal = pick(rng, ["sixth", "twentieth", "40th"]);
  if (i % 4 === 2) {
    const org = pick(rng, ["SADC", "ECOWAS", "ASEAN"]);
    return caseOf(
      `${capitalise(t.written)} was signed by the ${pick(rng, ["ten", "15"])} ${org} leaders in 2015 and entered into force in 2017, thirty days after the ${ordinal} instrument of ratification was deposited.`,
      [`${org}|signed|${t.id}|affirmed`],
    );
  }
  return caseOf(
    `${capitalise(t.written)} was signed by ${pick(rng, ["", "the leaders of ", "the Foreign Ministers of "])}${a.written} and ${b.written} in 2015 and entered into force in 2017, thirty days after the ${ordinal} instrument of ratification was deposited.`,
    rowsFor([a, b], "signed", t.id, "affirmed"),
  );
});

const weInApposition = generate(1335, 6, (rng, i) => {
  // "We, the Maritime Authorities of A, B and C, meeting in Lima, issue this statement. … We commit to X": a later "we" is the states
  // the opening "we" named in apposition.
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const l = sample(rng, STATES, 2 + (i % 3)) as StateName[];
  const who = pick(rng, ["Maritime Authorities", "Ministers of Foreign Affairs", "Heads of Delegation", "Environment Agencies"]);
  const [verb, action] = pick(rng, [
    [`commit to the uniform implementation of ${t.written}`, "committed"],
    [`call on all States to ratify ${t.written}`, "called-for"],
  ] as const);
  return caseOf(
    `1. We, the ${who} of ${listOf(l.map((x) => x.written))}, meeting in ${pick(rng, ["Lima", "Suva", "Accra"])}, issue this statement.\n\n2. We ${verb}.`,
    rowsFor(l, action, t.id, "affirmed"),
  );
});

const contractingStates = generate(1336, 6, (rng, i) => {
  // "A has been a Contracting State to X since 2015", "B remains a Contracting Government to Y", "C is not a Contracting State to X";
  // without the instrument after "to" these words name no act ("A and B have been Contracting States for decades").
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const noun = pick(rng, ["Contracting State", "Contracting Government"]);
  if (i % 3 === 2) return caseOf(`${capitalise(t.written)} was discussed. ${capitalise(a.written)} and ${b.written} have been ${noun}s for decades.`, []);
  if (i % 3 === 1) return caseOf(`${capitalise(a.written)} is not a ${noun} to ${t.written}.`, rowsFor([a], "party", t.id, "negated"));
  return caseOf(
    `${capitalise(a.written)} ${pick(rng, ["has been", "remains", "is"])} a ${noun} to ${t.written}${pick(rng, [" since 2015", ""])}.`,
    rowsFor([a], "party", t.id, "affirmed"),
  );
});

const treatySecretariats = generate(1337, 6, (rng, i) => {
  // "the ATT Secretariat urged all States … to join the Treaty", "The Ramsar Convention Secretariat called on …": a treaty's
  // secretariat is a body of its own; "the General Secretariat" of an organisation is not a treaty's.
  const [acronym, written, id] = pick(rng, [
    ["ATT", "the Arms Trade Treaty", "att"],
    ["CTBT", "the Comprehensive Nuclear-Test-Ban Treaty", "ctbt"],
    ["CCM", "the Convention on Cluster Munitions", "ccm"],
  ] as const);
  const verb = pick(rng, ["urged", "called on", "appealed to"]);
  if (i % 3 === 2) return caseOf(`${capitalise(written)} was discussed. The League's General Secretariat ${verb} all States to join ${written}.`, []);
  return caseOf(
    `${capitalise(written)} was discussed. In Geneva, the ${acronym} Secretariat said it regretted the notification and ${verb} all States that have not yet done so to join ${written}.`,
    [`${acronym} Secretariat|called-for|${id}|affirmed`],
  );
});

const jointStatements = generate(1338, 6, (rng, i) => {
  // "JOINT STATEMENT by the Ministers for Foreign Affairs of A, B and C on X … We call on all States to ratify T": the statement's
  // "we" is every state of its heading's list; "each of us co-sponsored it, together with 40 other States, including D and E": the
  // counted companions the list names co-sponsored it too.
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const l = sample(rng, STATES, 5) as StateName[];
  const [authors, others] = [l.slice(0, 3), l.slice(3)];
  const head = `JOINT STATEMENT\nby the Ministers for Foreign Affairs of ${listOf(authors.map((x) => x.written))} on ${t.written}\n\n`;
  if (i % 2 === 1) {
    const symbol = pick(rng, ["77/276", "78/12", "79/4"]);
    return caseOf(
      `The General Assembly adopted resolution ${symbol} on 29 March 2023. Each of us co-sponsored it, together with ${pick(rng, ["40", "126", "many"])} other States, including ${listOf(others.map((x) => x.written))}.`,
      [`UN General Assembly|adopted|resolution ${symbol}|affirmed`, ...rowsFor(l, "co-sponsored", `resolution ${symbol}`, "affirmed")],
      { head },
    );
  }
  return caseOf(`We call on all States that have not yet done so to ratify ${t.written}.`, rowsFor(authors, "called-for", t.id, "affirmed"), { head });
});

const issuedBy = generate(1339, 4, (rng) => {
  // "JOINT STATEMENT ON X ¶ Issued by A, B and C, members of the … group ¶ … We call on all States to ratify X": the heading line that
  // opens with the authors names the statement's "we".
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const l = sample(rng, STATES, 3) as StateName[];
  const verb = pick(rng, ["Issued by", "Signed by", "Delivered by"]);
  const head = `JOINT STATEMENT\n\n${verb} ${listOf(l.map((x) => x.written))}, members of the ${pick(rng, ["Friends of Fish", "Core Group", "Cartagena Group"])}\n\n`;
  return caseOf(`We call on all States that have not yet done so to ratify ${t.written}.`, rowsFor(l, "called-for", t.id, "affirmed"), { head });
});

const namedConferences = generate(1334, 4, (rng) => {
  // "The Conference of the States Parties to X … The Conference adopted resolution 11/7": the body the text named with that word.
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const parties = pick(rng, ["States Parties", "Parties"]);
  const symbol = pick(rng, ["11/7", "5/2", "9/1"]);
  return caseOf(
    `The Conference of the ${parties} to ${t.written} opened its session in ${pick(rng, ["Doha", "Geneva", "Vienna"])} on Monday. The Conference ${pick(rng, ["", "also "])}adopted resolution ${symbol} without a vote.`,
    [`Conference of the ${parties} to ${t.written}|adopted|resolution ${symbol}|affirmed`],
  );
});

/** "The sixteenth Conference of the Parties (COP16) adopted by consensus a decision on land tenure": the body, and its described decision. */
const conferenceDecisions = generate(1335, 6, (rng, i) => {
  const [body, short] = pick(rng, [
    ["Conference of the Parties", "COP16"],
    ["Meeting of the Parties", "MOP5"],
  ] as const);
  const topic = pick(rng, ["decision on land tenure", "decision establishing an Indigenous Peoples' Caucus", "decision on drought resilience"]);
  const manner = i % 2 === 0 ? "by consensus " : "";
  return caseOf(`The ${pick(rng, ["sixteenth ", "fifth ", ""])}${body} (${short}) adopted ${manner}a ${topic} on ${pick(rng, ["Saturday", "its last day"])}.`, [
    `${body}|adopted|${topic}|affirmed`,
  ]);
});

/** "Ministers from A, B and C endorsed X": the people the states sent act for them. */
const peopleFrom = generate(1336, 6, (rng) => {
  const l = sample(rng, STATES, 3);
  const t = pick(rng, ["Riyadh Ministerial Declaration on Land Restoration", "Bonn Declaration on Drought Resilience", "Lima Declaration on Ocean Science"]);
  const who = pick(rng, ["ministers", "Ministers", "delegates", "representatives", "leaders"]);
  return caseOf(`On Tuesday, ${who} from ${listOf(l.map((x) => x.written))} endorsed the ${t}.`, rowsFor(l, "endorsed", t, "affirmed"));
});

/** "its" is one actor's: after a list, the list's nearest member ("…, and C, which deposited its instrument"); never a list before. */
const singularIts = generate(1337, 6, (rng, i) => {
  const [a, b, c] = sample(rng, BARE, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  if (i % 2 === 0)
    return caseOf(
      `Recent accessions to ${t.written} include those of ${a.written} (2018), ${b.written} (2017) and ${c.written}, which deposited its instrument of accession in May 2023.`,
      [...rowsFor([a, b, c], "acceded", t.id, "affirmed")],
    );
  return caseOf(
    `The meeting was attended by ministers and senior officials from ${listOf([a, b, c].map((x) => x.written))}. The Committee reaffirmed its commitment to ${t.written}.`,
    [],
  );
});

/** "The two countries ratified it": a pair subject and a pronoun object (a sentence naming neither an actor nor an instrument). */
const pairWithPronoun = generate(1338, 6, (rng) => {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  return caseOf(
    `${capitalise(a.written)} and ${b.written} signed ${t.written} in 2013. ${pick(rng, ["The two countries", "Both States", "The two States"])} ratified it in 2016.`,
    [...rowsFor([a, b], "signed", t.id, "affirmed"), ...rowsFor([a, b], "ratified", t.id, "affirmed")],
  );
});

/** An organisation's name inside a longer body title ("the United Nations Environment Assembly", "the Peace and Security Council") is that body. */
const longerTitles = generate(1339, 6, (rng) => {
  const body = pick(rng, ["United Nations Environment Assembly", "Peace and Security Council", "African Union Peace and Security Council"]);
  const symbol = `${2 + Math.floor(rng() * 8)}/${1 + Math.floor(rng() * 20)}`;
  return caseOf(`The ${body} ${pick(rng, ["", "today "])}adopted resolution ${symbol} ${pick(rng, ["by consensus", "in Nairobi", "at its 1278th meeting"])}.`, [
    `${body}|adopted|resolution ${symbol}|affirmed`,
  ]);
});

/** "Other countries should follow Chile's lead and ratify X": the model's owner is not asked to act; "Chile's example … It acceded" is Chile. */
const models = generate(1340, 6, (rng, i) => {
  const a = pick(rng, BARE);
  const t = pick(rng, TREATIES_ONLY);
  if (i % 3 === 2)
    return caseOf(`${capitalise(a.written)}'s example is instructive. It acceded to ${t.written} only in 2015.`, rowsFor([a], "acceded", t.id, "affirmed"));
  return caseOf(
    `${pick(rng, ["We hope other countries will", "Other countries should"])} follow ${a.written}'s ${pick(rng, ["lead", "example"])} and ratify ${t.written}.`,
    [],
  );
});

/**
 * A body the text defines with an acronym ("the Regional Committee on Glacier Monitoring (RCGM)") is the actor its acronym names
 * later ("The RCGM reaffirmed its commitment to X"), not the state named nearest before; thanks "for their support" back nothing.
 */
const definedBodies = generate(1341, 9, (rng, i) => {
  const [body, acronym] = pick(rng, [
    ["Regional Committee on Glacier Monitoring", "RCGM"],
    ["Joint Council of Mountain Ministers", "JCMM"],
    ["Coastal States Forum", "CSF"],
    ["Sahel Water Network", "SWN"],
  ] as const);
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const opening = `The ${pick(rng, ["", "Fifth Session of the ", "annual meeting of the "])}${body} (${acronym}) met in ${pick(rng, ["Windhoek", "Dakar", "Quito"])}, ${a.written}, on 3 June 2025.`;
  if (i % 3 === 0) return caseOf(`${opening} The ${acronym} reaffirmed its commitment to ${t.written}.`, [row(body, "committed", t.id)]);
  if (i % 3 === 1) return caseOf(`${opening} The ${acronym} urged ${b.written} to ratify ${t.written}.`, [row(body, "called-for", t.id)]);
  return caseOf(`${opening} The ${acronym} thanked ${a.written} and ${b.written} for their support.`, []);
});

/** "The Ministers of Transport of A, B and C met … The Ministers pledged to implement X": the states of the list they were named with. */
const sentPeople = generate(1342, 8, (rng, i) => {
  const l = sample(rng, BARE, 3) as StateName[];
  const t = pick(rng, TREATIES_ONLY);
  const [named, later] = pick(rng, [
    ["Ministers of Transport", "Ministers"],
    ["Foreign Ministers", "Foreign Ministers"],
    ["Heads of State and Government", "Heads of State and Government"],
    ["Leaders", "Leaders"],
  ] as const);
  const verb = pick(rng, ["pledged to implement", "reaffirmed their commitment to"]);
  if (i % 4 === 3) return caseOf(`The ${later} met in ${pick(rng, ["Baku", "Lima"])} on 27 May 2025. The ${later} ${verb} ${t.written}.`, []);
  return caseOf(
    `The ${named} of ${listOf(l.map((x) => x.written))} met in ${pick(rng, ["Baku", "Lima", "Accra"])} on 27 May 2025. The ${later} ${verb} ${t.written}.`,
    rowsFor(l, "committed", t.id, "affirmed"),
  );
});

/** "B, with which we share a long border and a great deal of trade, has yet to ratify it": the relative's "we" is not the subject. */
const longRelatives = generate(1343, 6, (rng) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const relative = pick(rng, [
    "with which we share a long border and a great deal of trade",
    "to which our delegation paid a visit of several days last spring",
    "with whom we have worked closely on these questions for many years",
  ]);
  return caseOf(`${capitalise(a.written)} ratified ${t.written} in 2019. ${capitalise(b.written)}, ${relative}, has yet to ratify it.`, [
    ...rowsFor([a], "ratified", t.id, "affirmed"),
    ...rowsFor([b], "ratified", t.id, "negated"),
  ]);
});

/**
 * "We" is an earlier sentence's subject only in a quotation, after a first-person sentence or a heading, or where the text speaks
 * of that subject throughout; a tracker's "We call on B and C" after one sentence about A is not A's call.
 */
const weAcrossSentences = generate(1344, 9, (rng, i) => {
  const [a, b, c] = sample(rng, BARE, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  if (i % 3 === 0)
    return caseOf(
      `${capitalise(a.written)} ratified ${t.written} in 2019. ${capitalise(b.written)} has been slower. We call on ${b.written} and ${c.written} to ratify ${t.written}.`,
      rowsFor([a], "ratified", t.id, "affirmed"),
    );
  if (i % 3 === 1)
    return caseOf(
      `${capitalise(a.written)} and ${b.written} issued a joint statement on Monday. "We will not sign ${t.written}," the statement said.`,
      rowsFor([a, b], "signed", t.id, "negated"),
    );
  return caseOf(
    `${capitalise(a.written)} ratified ${t.written} in 2019. ${capitalise(a.written)} has long ${pick(rng, ["championed", "argued for"])} a strong regime. We call on all States to ratify ${t.written}.`,
    [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([a], "called-for", t.id, "affirmed")],
  );
});

/** "The European Union approved X": an integration organisation's consent to be bound; its approval of a strategy is its adoption. */
const integrationOrganisations = generate(1345, 6, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  if (i % 3 === 2) {
    const plan = `${pick(rng, ["Global Gateway", "Arctic", "Ocean"])} Strategy`;
    return caseOf(`The European Union approved the ${plan} in 2021.`, [row("European Union", "adopted", plan)]);
  }
  return caseOf(`The European Union approved ${t.written} ${pick(rng, ["in 2014", "as a regional economic integration organisation", "on 9 April 2014"])}.`, [
    row("European Union", "ratified", t.id),
  ]);
});

/**
 * Who acts, past what stands between: a long description in apposition after the subject ("Greece, the world's largest ship-owning
 * nation by tonnage, ratified in 2013"); a relative that names an organisation ("Argentina, which left the Organization this year,
 * did not sign either" is Argentina's); the states a call's clause goes on to note ("called on the Government to ratify X, noting
 * that A ratified it in 2013 and B in 2012"; "encouraged members to become parties to X, noting that A and B are already parties").
 */
const pastWhatStandsBetween = generate(13037, 8, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const A = capitalise(a.written);
  switch (i % 4) {
    case 0:
      return {
        text: `${capitalise(t.written)} entered into force in 2014. ${A}, ${pick(rng, ["the world's largest ship-owning nation by tonnage", "long one of the region's most reluctant members of the group"])}, ratified in 2013.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      };
    case 1:
      return {
        text: `The union called on the Government to ratify ${t.written} without further delay, noting that ${a.written} ratified it in 2013 and ${b.written} in 2012.`,
        expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([b], "ratified", t.id, "affirmed")].sort(),
      };
    case 2:
      return {
        text: `Heads encouraged members that have not yet done so to become parties to ${t.written}, noting that ${a.written} and ${b.written}, among others, are already parties.`,
        expected: rowsFor([a, b], "party", t.id, "affirmed"),
      };
    default:
      return {
        text: `${capitalise(b.written)} did not sign ${t.written}. ${A}, which left the ${pick(rng, ["WHO", "OECD", "Commonwealth"])} this year, did not sign either.`,
        expected: [...rowsFor([a], "signed", t.id, "negated"), ...rowsFor([b], "signed", t.id, "negated")].sort(),
      };
  }
});

/**
 * Bodies and states under other names: "the Assembly of Heads of State and Government of the African Union" adopts (its "State" is
 * no state legislature); the Soviet Union acted as the Russian Federation continues it; a description with a possessive in it after
 * the subject ("Nigeria and Senegal, Ghana's partners under X, signed Y … but have not ratified it") leaves the subject theirs, for
 * both verbs.
 */
const otherNames = generate(13039, 6, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  switch (i % 3) {
    case 0: {
      const body = `${pick(rng, ["Assembly", "Conference", "Authority"])} of Heads of State and Government of the ${pick(rng, ["African Union", "Organization of African Unity"])}`;
      return {
        text: `${capitalise(t.written)} was adopted by the ${body} on 17 February 2025.`,
        expected: [`${body}|adopted|${t.id}|affirmed`],
      };
    }
    case 1:
      return {
        text: `The ${pick(rng, ["Soviet Union", "USSR"])} ratified ${t.written} in 1988, and ${c.written} did so in 1989.`,
        expected: [`Russia|ratified|${t.id}|affirmed`, ...rowsFor([c], "ratified", t.id, "affirmed")].sort(),
      };
    default:
      return {
        text: `${capitalise(a.written)} and ${b.written}, ${c.written}'s principal partners under the regional protocol, signed ${t.written} in 1979 but have not ratified it.`,
        expected: [...rowsFor([a, b], "signed", t.id, "affirmed"), ...rowsFor([a, b], "ratified", t.id, "negated")].sort(),
      };
  }
});

/** A quoted "I" is whom the quotation is attributed to ('"I call on all States to ratify X," said Chile's Foreign Minister'). */
const quotedI = generate(13040, 4, (rng) => {
  const t = pick(rng, TREATIES_ONLY);
  const [a] = sample(rng, STATES, 1) as [StateName];
  const written = a.written.replace(/^the /u, "");
  return {
    text: `"I ${pick(rng, ["call on", "urge"])} all States that have not yet done so to ratify ${t.written}," said ${capitalise(a.written)}'s ${pick(rng, ["Foreign Minister", "Minister of Foreign Affairs"])}, Ana ${written.slice(0, 3)}ez.`,
    expected: rowsFor([a], "called-for", t.id, "affirmed"),
  };
});

/**
 * An organisation a text says what it is ("Harbour Rights Watch is an independent network of …"), which the lexicon cannot know: its
 * name is an actor wherever the text uses it, and the text's "we" is that organisation when nothing else says who speaks.
 */
const describedOrganisations = generate(1347, 8, (rng, i) => {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const org = pick(rng, ["Harbour Rights Watch", "Coastal Justice Network", "Treaty Action Alliance", "Open Borders Observatory"]);
  const about = `${org} is ${pick(rng, ["a regional network", "an independent coalition", "a non-governmental organisation", "a network"])} of ${pick(rng, ["lawyers and researchers", "community groups in eleven countries", "fishers' organisations"])}.`;
  const call = pick(rng, ["calls on", "urges", "called on"]);
  const verb = pick(rng, ["ratify", "accede to"]);
  const body =
    i % 2 === 0
      ? `${org} ${call} ${a.written} and ${b.written} to ${verb} ${t.written} without delay.`
      : `${capitalise(a.written)} has yet to join ${t.written}. We ${{ "calls on": "call on", urges: "urge" }[call] ?? call} ${a.written} to ${verb} it without delay.`;
  const rows = [row(org, "called-for", t.id)];
  if (i % 2 === 1) rows.push(...rowsFor([a], "acceded", t.id, "negated"));
  // (The description may open the text's "About" line or close it.)
  return caseOf(i % 4 < 2 ? `${body} ${about}` : `${i % 4 === 2 ? "About us: " : ""}${about} ${body}`, rows.sort());
});

/**
 * "1. We, the Ministers of Foreign Affairs of A, B and C, met in Suva … 2. A has ratified X. B signed Y in 2013. … 3. We call on all
 * States to ratify Z": a joint statement's "we" names its authors once, at its start, and is they past paragraphs that speak of
 * each of them; "…, whose mandate we continue to support" supports no instrument.
 */
const jointStatementWe = generate(1348, 6, (rng, i) => {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const [x, y, z] = sample(rng, TREATIES_ONLY, 3) as [(typeof TREATIES_ONLY)[number], (typeof TREATIES_ONLY)[number], (typeof TREATIES_ONLY)[number]];
  const opening = `1. We, the Ministers of ${pick(rng, ["Foreign Affairs", "Environment", "Justice"])} of ${listOf([a.written, b.written, c.written])}, met in ${pick(rng, ["Suva", "Accra", "Lima"])} on 3 May 2025.`;
  const middle = `2. ${capitalise(a.written)} has ratified ${x.written}. ${capitalise(b.written)} signed ${y.written} in 2013. ${capitalise(c.written)} expects to ratify ${y.written} this year.`;
  if (i % 3 === 2)
    return caseOf(
      `${opening}\n\n${middle}\n\n3. The Group of Experts, whose mandate we continue to support, meets in June.`,
      [row(a.name, "ratified", x.id), row(b.name, "signed", y.id), row(c.name, "ratified", y.id, "planned")].sort(),
    );
  return caseOf(
    `${opening}\n\n${middle}\n\n3. We ${pick(rng, ["call on", "urge"])} all States that have not yet done so to ratify ${z.written}.`,
    [
      row(a.name, "ratified", x.id),
      row(b.name, "signed", y.id),
      row(c.name, "ratified", y.id, "planned"),
      ...rowsFor([a, b, c], "called-for", z.id, "affirmed"),
    ].sort(),
  );
});

/**
 * "Justice Minister Chanda Mwewa signed X": a minister named by portfolio, with no state of their own in the phrase, acts for the
 * state the text is about, as "Foreign Minister X" does.
 */
const portfolioMinisters = generate(1349, 6, (rng) => {
  const [a] = sample(rng, STATES, 1) as [StateName];
  const [x, y] = sample(rng, TREATIES_ONLY, 2) as [(typeof TREATIES_ONLY)[number], (typeof TREATIES_ONLY)[number]];
  const portfolio = pick(rng, ["Justice", "Health", "Environment", "Defence", "Trade", "Labour"]);
  const name = pick(rng, ["Chanda Mwewa", "Ana Lima", "Tomas Berg", "Leila Haddad"]);
  return caseOf(
    `${capitalise(a.written)} ratified ${x.written} in 2019. ${portfolio} Minister ${name} signed ${y.written} on Tuesday.`,
    [row(a.name, "ratified", x.id), row(a.name, "signed", y.id)].sort(),
  );
});

/**
 * "We reaffirm our commitment to X": "our" is the speakers' (the clause's "we"), as "its" is a state's; the commitment is made in
 * the statement, on its day.
 */
const ourCommitment = generate(1350, 4, (rng) => {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  return caseOf(
    `1. We, the Ministers of Foreign Affairs of ${listOf([a.written, b.written, c.written])}, met in Suva on 3 May 2025.\n\n2. We ${pick(rng, ["reaffirm", "renew"])} our commitment to ${t.written}.`,
    rowsFor([a, b, c], "committed", t.id, "affirmed"),
  );
});

const meetingPeopleCases = generate(1352, 12, (rng, i) => {
  // A communiqué's bare plural subject ("Leaders endorsed X", "Heads of State and Government reaffirmed their commitment to Y",
  // "Ministers called on …") is the people its meeting brought together: the organisation the heading names, on the meeting's day
  // (a dateline's range of days ends on the day it is issued). They speak for it, but never join a treaty as it.
  const [heading, org] = pick(rng, [
    ["ASEAN Summit", "ASEAN Summit"],
    ["Communiqué of the ECOWAS Authority of Heads of State", "ECOWAS"],
    ["Pacific Islands Forum Leaders Meeting", "Pacific Islands Forum Leaders Meeting"],
    ["Commonwealth Heads of Government Meeting", "Commonwealth"],
    ["CARICOM Heads of Government Meeting", "CARICOM"],
  ] as const);
  const people = pick(rng, ["Leaders", "Ministers", "Heads of State and Government", "Heads"]);
  const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
  const dateline = i % 2 === 0 ? "Suva, 3 May 2025" : "Suva, 1-3 May 2025";
  const [clause, action] = pick(rng, [
    [`endorsed ${t.written}`, "endorsed"],
    [`reaffirmed their commitment to ${t.written}`, "committed"],
    [`called on all States that have not yet done so to ratify ${t.written}`, "called-for"],
  ] as const);
  return {
    head: `${heading}\n${dateline}\n\n`,
    text: `${people} ${clause}.\n\n${people} ${pick(rng, ["accepted", "ratified", "acceded to"])} ${u.written}.`,
    expected: [`${org}|${action}|${t.id}|affirmed|2025-05-03`],
    dates: true,
  };
});

const operativeParagraphs = generate(1354, 12, (rng, i) => {
  // A decision's preamble states its subject once ("The Second Conference of States Parties to X, meeting in Lusaka:", "The
  // General Assembly,"), and its numbered paragraphs open with the subject's verbs ("1. Adopts …;", "2. Reaffirm their commitment
  // …", "3. Encourages States to ratify …"); what a paragraph reports of others is theirs, never the body's ("Takes note of the
  // deposit … of A", "of the intention of B to sign Y").
  const [t, u, w] = sample(rng, TREATIES_ONLY, 3) as [InstrumentName, InstrumentName, InstrumentName];
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const [preamble, body, plural] = pick(rng, [
    [`The Second Conference of States Parties to ${t.written}, meeting in Lusaka at ministerial level:`, `Conference of States Parties to ${t.written}`, false],
    ["The General Assembly,", "UN General Assembly", false],
    [
      "The Heads of State and Government of the Community of Latin American and Caribbean States (CELAC), gathered in Tegucigalpa on 9 April 2025:",
      "CELAC",
      true,
    ],
  ] as const);
  const verb = (third: string, base: string) => (plural ? base : third);
  const numbered = i % 2 === 0;
  const paragraphs = [
    `${verb("Reaffirms its", "Reaffirm their")} commitment to ${u.written};`,
    `Takes note of the deposit with the Secretary-General of the instrument of ratification of ${t.written} by ${a.written}, and of the intention of ${b.written} to sign ${w.written};`,
    `${verb("Encourages", "Encourage")} States ${pick(rng, ["that have not yet done so ", ""])}to ${pick(rng, ["ratify", "consider ratifying"])} ${w.written}.`,
  ];
  return {
    head: "COMMUNIQUÉ\nLusaka, 27 November 2025\n\n",
    text: `${preamble}\n\n${paragraphs.map((x, k) => (numbered ? `${k + 1}. ${x}` : x)).join("\n\n")}`,
    expected: [`${body}|committed|${u.id}|affirmed`, ...rowsFor([a], "ratified", t.id, "affirmed"), `${body}|called-for|${w.id}|affirmed`].sort(),
  };
});

const governedNames = generate(1356, 6, (rng, i) => {
  // A name a preposition or a participle governs is no caller: "The resolution, presented by A on behalf of a group comprising
  // B and C, encourages States …" is the resolution's call; "A noted that … among them B and C, and urged D to …" is A's.
  const [a, b, c, d] = sample(rng, STATES, 4) as [StateName, StateName, StateName, StateName];
  const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
  const ask = pick(rng, ["to consider acceding to", "to accede to", "to consider ratifying"]);
  if (i % 2 === 0)
    return caseOf(
      `The resolution, presented by ${a.written} on behalf of a core group also comprising ${b.written} and ${c.written}, encourages States that have not done so ${ask} ${t.written}.`,
      [],
    );
  return caseOf(
    `${capitalise(a.written)} noted that many States are party to ${t.written}, among them ${b.written} and ${c.written}, and urged ${d.written} ${ask} ${u.written}.`,
    [...rowsFor([a], "called-for", u.id, "affirmed"), ...rowsFor([b, c], "party", t.id, "affirmed")].sort(),
  );
});

const membersOfGroups = generate(1358, 8, (rng, i) => {
  // "Every G20 economy is a Party to X", "each EU member is …": the group's members, unnamed, not the group; the group itself
  // ("The EU is a Party to X") is the group, when it can be bound by a treaty (the EU can, the G20 cannot).
  const [org, name] = pick(rng, [
    ["G20", "G20"],
    ["EU", "European Union"],
  ] as const);
  const t = pick(rng, TREATIES_ONLY);
  if (i % 4 === 3) return caseOf(`The ${org} is a Party to ${t.written}.`, org === "EU" ? [`${name}|party|${t.id}|affirmed`] : []);
  return caseOf(`${pick(rng, ["Every", "Each"])} ${org} ${pick(rng, ["economy", "country", "nation"])} is a Party to ${t.written}.`, []);
});

const numberedParagraphBodies = generate(1359, 6, (rng) => {
  // "5.1 The Council of Ministers adopted X": a minutes' paragraph number is no part of the body's name.
  const body = pick(rng, ["Council of Ministers", "Conference of the Parties", "Executive Council", "Standing Committee"]);
  const name = `Declaration on ${pick(rng, ["Ocean Governance", "Glacier Monitoring", "Seabird Bycatch", "Mountain Guides"])}`;
  const number = pick(rng, ["5.1", "12.3", "2.10", "7.2"]);
  return caseOf(`${number} The ${body} adopted the ${name} by consensus.`, [`${body}|adopted|${name}|affirmed`]);
});

const speakersInBrackets = generate(1360, 8, (rng, i) => {
  // A summary record's speaker: "Ms. Banda (Zambia) said that her country had ratified X. She urged all States … to accede to Y.";
  // a bracket after no person is no speaker ("The region (A) …").
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
  const [person, pronoun, own] = pick(rng, [
    ["Ms. Banda", "She", "her"],
    ["Mr. Kim Sung-ho", "He", "his"],
    ["Mrs. Espinosa", "She", "her"],
    ["Ambassador Keller", "He", "his"],
  ] as const);
  if (i % 4 === 3)
    return caseOf(`${person} (${a.written}) said that ${b.written} had ratified ${t.written} in 2016.`, rowsFor([b], "ratified", t.id, "affirmed"));
  return caseOf(
    `${person} (${a.written}) said that ${own} ${pick(rng, ["country", "Government"])} had ratified ${t.written} in 2016. ${pronoun} urged all States that had not yet done so to accede to ${u.written}.`,
    [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([a], "called-for", u.id, "affirmed")].sort(),
  );
});

const paragraphSpeakers = generate(1361, 6, (rng, i) => {
  // A summary record's paragraph is its speaker's: "Ms. Lungu (A) said that … A was not yet a party to X. She urged …" (the
  // pronoun of the speaker's sex only: a "she" after "Mr. Sato (A) said …" is no one the text names).
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
  const [person, pronoun] =
    i % 3 === 2
      ? (["Mr. Sato", "She"] as const)
      : pick(rng, [
          ["Ms. Lungu", "She"],
          ["Mr. Kim Sung-ho", "He"],
        ] as const);
  const other = i % 3 === 2 ? b : a;
  return caseOf(
    `${i + 2}. ${person} (${a.written}) said that the Convention had entered into force in 1998. ${capitalise(other.written)} was not yet a party to ${t.written}. ${pronoun} urged all States that had not yet done so to accede to ${u.written}.`,
    [...rowsFor([other], "party", t.id, "negated"), ...(i % 3 === 2 ? [] : rowsFor([a], "called-for", u.id, "affirmed"))].sort(),
  );
});

const reviewedStateParty = generate(1362, 6, (rng) => {
  // A treaty body's dialogue is with one State: "the State party" is the State the text names most (at least twice as often as any
  // other), not the State another speaker named last ("B, which was not yet a party to U, …").
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const [t, u, v] = sample(rng, TREATIES_ONLY, 3) as [InstrumentName, InstrumentName, InstrumentName];
  return caseOf(
    [
      `Second periodic report of ${a.written} (continued)`,
      `1. Ms. Soto (${a.written}) said that ${a.written} had ratified ${t.written} in 2017. The delegation of ${a.written} thanked the Committee.`,
      `2. Ms. Dicko (Country Rapporteur) noted that ${b.written}, which was not yet a party to ${u.written}, had many migrants.`,
      `3. Mr. Perera (Country Task Force) asked whether the State party intended to join ${u.written}, given that it had acceded to ${v.written} in 2020.`,
    ].join("\n\n"),
    [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([b], "party", u.id, "negated"), ...rowsFor([a], "acceded", v.id, "affirmed")].sort(),
  );
});

const speakersByName = generate(1363, 8, (rng, i) => {
  // A summary record's speaker named again by address and name alone: "3. Mr. Joseph (A) said … ¶ 4. Mr. Joseph called on …" is A;
  // not a name the record gives two States, and a numbered amendment a speaker tabled is no sponsorship of the draft.
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
  const person = pick(rng, ["Mr. Joseph", "Ms. Tavita", "Mr. Van Dijk", "Ms Shikongo"]);
  const first = `3. ${person} (${a.written}) said that ${a.written} had ratified ${t.written} in 2016.`;
  if (i % 4 === 3)
    return caseOf(
      [
        first,
        `4. ${person} (${b.written}) said that the meeting was useful.`,
        `5. ${person} called on all States that had not yet done so to ratify ${u.written}.`,
      ].join("\n\n"),
      rowsFor([a], "ratified", t.id, "affirmed"),
    );
  if (i % 4 === 2)
    return caseOf(
      [first, `4. Amendment 3, tabled by ${person}, which sought to delete paragraph 11, was rejected.`].join("\n\n"),
      rowsFor([a], "ratified", t.id, "affirmed"),
    );
  return caseOf(
    [first, `4. ${person} ${pick(rng, ["called on", "urged"])} all States that had not yet done so to ratify ${u.written}.`].join("\n\n"),
    [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([a], "called-for", u.id, "affirmed")].sort(),
  );
});

/**
 * An organisation that cannot be bound by a treaty (a depositary, a secretariat, a regional body of States) ratifies, accedes to or
 * is party to none, whichever way a sentence names it; a regional economic integration organisation can ("The European Union
 * approved X", "The European Union is a party to X").
 */
const REGIONAL_BODIES = ["ASEAN", "the African Union", "CARICOM", "the Organization of American States"];
const DEPOSITARY_ORGANISATIONS = ["WIPO", "the ILO", "the IMO", "the IAEA"];
const unboundOrganisations = generate(1351, 12, (rng, i) => {
  const [a] = sample(rng, BARE, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const year = 2005 + Math.floor(rng() * 15);
  const body = pick(rng, REGIONAL_BODIES);
  const agency = pick(rng, DEPOSITARY_ORGANISATIONS);
  const texts: Array<[string, string[]]> = [
    [`Within ${body}, ${a.written}, which ratified ${t.written} in ${year}, had until then stood alone.`, [row(a.name, "ratified", t.id)]],
    [
      `${agency.replace(/^the /u, "The ")} conventions are not open for signature; they are ratified. ${capitalise(t.written)} has been ratified by ${a.written}.`,
      [row(a.name, "ratified", t.id)],
    ],
    [`The European Union approved ${t.written} in ${year}.`, [row("European Union", "ratified", t.id)]],
    [`${capitalise(body)} welcomed that ${a.written} had acceded to ${t.written}.`, [row(a.name, "acceded", t.id)]],
  ];
  const [text, expected] = texts[i % texts.length] as [string, string[]];
  return caseOf(text, expected);
});

/**
 * A state that receives or keeps instruments is the depositary, not a state that deposited one: "A, as depositary of X, received
 * the instrument of ratification of B" is B's act; "the depositaries - A, B and C - for their custody of the instruments" is no
 * one's. A state that deposits with the depositary, or the depositary's own deposit, is still the act of the state that deposits.
 */
const depositaryStates = generate(1353, 12, (rng, i) => {
  const [d, a, b, c] = sample(rng, BARE, 4) as [StateName, StateName, StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const year = 1995 + Math.floor(rng() * 20);
  const opening = `${capitalise(t.written)} entered into force in ${year}.`;
  const texts: Array<[string, string[]]> = [
    [`${d.written}, as depositary of ${t.written}, received the instrument of ratification of ${a.written} in ${year + 2}.`, [row(a.name, "ratified", t.id)]],
    [`${opening} ${d.written}, the depositary, has received the instruments of accession of four States.`, []],
    [`${opening} We thank its depositaries - ${listOf([d.written, b.written, c.written])} - for their custody of the instruments of ratification.`, []],
    [`${a.written} deposited with ${d.written}, the depositary, its instrument of ratification of ${t.written}.`, [row(a.name, "ratified", t.id)]],
    [`${opening} ${d.written}, in its capacity as depositary, received ${a.written}'s instrument of accession.`, [row(a.name, "acceded", t.id)]],
    [`${opening} ${d.written}, the depositary, deposited its own instrument of ratification in ${year - 1}.`, [row(d.name, "ratified", t.id)]],
  ];
  const [text, expected] = texts[i % texts.length] as [string, string[]];
  return caseOf(text, expected);
});

/** "The two countries are among the signatories of X", "The three States are also among its parties": the states named just before. */
const pairsAmong = generate(1352, 8, (rng, i) => {
  const list = sample(rng, BARE, 2 + (i % 2)) as StateName[];
  const t = pick(rng, TREATIES_ONLY);
  const [noun, action] = pick(rng, [
    ["signatories of", "signed"],
    ["parties to", "party"],
    ["first signatories of", "signed"],
  ] as const);
  const subject =
    list.length === 2 ? pick(rng, ["The two countries", "Both States", "Both countries"]) : pick(rng, ["The three States", "The three countries"]);
  return caseOf(
    `The Foreign Ministers of ${listOf(list.map((x) => x.written))} met in ${pick(rng, TOWNS)} on Monday. ${subject} are ${pick(rng, ["", "also "])}among the ${noun} ${t.written}.`,
    rowsFor(list, action, t.id, "affirmed"),
  );
});

/**
 * "X, which the two countries signed in 1998": a pair reference as an object relative's subject is the two States just named; "the
 * two sides agreed to sign, at an early date, an agreement on …": an aside set off by commas between a verb and the unnamed text it
 * takes.
 */
const pairRelatives = generate(13621, 12, (rng, i) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const opening = `${capitalise(a.written)} and ${b.written} held talks in ${pick(rng, TOWNS)} on Monday.`;
  const pair = pick(rng, i % 2 === 0 ? ["the two countries", "both sides", "the two sides", "both States"] : ["both sides", "the two sides"]);
  if (i % 2 === 0) {
    const t = pick(rng, TREATIES_ONLY);
    const [verb, action] = pick(rng, [
      ["signed", "signed"],
      ["ratified", "ratified"],
    ] as const);
    return caseOf(`${opening} They discussed ${t.written}, which ${pair} ${verb} in ${2000 + i}.`, rowsFor([a, b], action, t.id, "affirmed"));
  }
  const aside = pick(rng, ["at an early date", "in due course", "as soon as possible", "next year"]);
  const subject = pick(rng, ["visa exemption", "fisheries cooperation", "cultural exchanges"]);
  const kind = pick(rng, ["agreement", "memorandum of understanding"]);
  return caseOf(
    `${opening} ${capitalise(pair)} agreed to sign, ${aside}, ${kind === "agreement" ? "an" : "a"} ${kind} on ${subject}.`,
    [a, b].map((x) => row(x.name, "signed", `${kind} on ${subject}`, "planned")),
  );
});

/**
 * "The five States – A, B, C, D and E – met in Astana. [sentences naming no state] All five are parties to X": a count of three or
 * more reaches back past sentences that name none, or fewer, to the sentence that names as many; in a sentence that names more,
 * to its one group of as many ("Australia runs programmes with A, B and C. All three are …"). Not a pair (two) so far back, nor
 * a count no sentence matches.
 */
const countedFarBack = generate(13592, 12, (rng, i) => {
  const shape = i % 4;
  const list = sample(rng, BARE, shape === 3 ? 2 : 3 + (i % 3)) as StateName[];
  const [t, other] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
  const n = ["two", "three", "four", "five"][list.length - 2] as string;
  const fillers = sample(
    rng,
    [
      "The talks lasted two days.",
      `Officials also discussed the ${pick(rng, ["fisheries", "energy", "transport"])} agenda.`,
      "A joint communiqué was issued at the close.",
      "The next meeting will be held in the spring.",
      "Trade ministers joined them on the second day.",
    ],
    3,
  ).join(" ");
  const [subject, verb, action, polarity] = pick(rng, [
    [`All ${n}`, "are parties to", "party", "affirmed"],
    [`The ${n} States`, "have ratified", "ratified", "affirmed"],
    [`None of the ${n} States`, "has ratified", "ratified", "negated"],
    [`All ${n} countries`, "signed", "signed", "affirmed"],
  ] as const);
  const named = listOf(list.map((x) => x.written));
  if (shape === 1) {
    // The one group of as many in a sentence that names more, just before.
    const host = sample(
      rng,
      BARE.filter((x) => !list.includes(x)),
      1,
    )[0] as StateName;
    return caseOf(
      `${capitalise(host.written)} runs cooperation programmes with ${named}. ${subject} ${verb} ${t.written}.`,
      rowsFor(list, action, t.id, polarity),
    );
  }
  const wrong = shape === 2 && i % 8 === 2; // "All six" after five names: no such group
  const said = wrong ? subject.replace(n, ["four", "five", "six"][list.length - 3] as string) : subject;
  return caseOf(
    `The ${n} States, ${named}, negotiated ${other.written.replace(/^the /u, "the text of the ")} in ${pick(rng, TOWNS)}. ${fillers} ${said} ${verb} ${t.written}.`,
    // (A pair so far back is not taken: "Both countries" wants the two named just before.)
    wrong || shape === 3 ? [] : rowsFor(list, action, t.id, polarity),
  );
});

/**
 * "A ratified X in 1967 and Y in 1972. [sentences that name no instrument] B and C are parties to the two Conventions": a set
 * named by its noun reaches back past sentences that name no instrument.
 */
const setFarBack = generate(13593, 8, (rng, i) => {
  const [a, b, c] = sample(rng, BARE, 3) as [StateName, StateName, StateName];
  const [t1, t2] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
  const set = pick(
    rng,
    ["the two treaties", "both treaties", "the two Conventions"].slice(0, t1.written.includes("Convention") && t2.written.includes("Convention") ? 3 : 2),
  );
  const fillers = sample(
    rng,
    ["Others followed in the 1980s.", "The texts were negotiated over a decade.", "Many more joined later.", "Progress was slow at first."],
    2 + (i % 2),
  ).join(" ");
  return caseOf(
    `${capitalise(a.written)} ratified ${t1.written} in 1997 and ${t2.written} in 1999. ${fillers} ${capitalise(b.written)} and ${c.written} are parties to ${set}.`,
    [
      row(a.name, "ratified", t1.id),
      row(a.name, "ratified", t2.id),
      ...rowsFor([b, c], "party", t1.id, "affirmed"),
      ...rowsFor([b, c], "party", t2.id, "affirmed"),
    ],
  );
});

/**
 * A resolution's operative paragraphs speak for the subject its preamble states, past preambular paragraphs ("Recalling …,",
 * "MINDFUL of …,") and a verb line ("RESOLVES:"), in the third person ("1. Urges member States …") or, as the Organization of
 * American States writes them, in the infinitive ("1. To urge member states …"); "the General Assembly of the Organization of
 * American States" is that organisation's organ, not the UN's.
 */
const operativeSubjects = generate(13602, 12, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const oas = i % 2 === 0;
  const caps = i % 4 === 0;
  const subject = oas ? "The General Assembly of the Organization of American States" : "The General Assembly";
  const preambular = pick(rng, [
    "Recalling its previous resolutions on the matter,",
    "Mindful of the need for universal participation,",
    "Noting the report of the Secretary-General,",
  ]);
  const verbLine = oas ? `\n\n${caps ? "RESOLVES" : "Resolves"}:` : "";
  const paragraph = oas
    ? `1. To ${pick(rng, ["urge", "encourage"])} member states that have not yet done so to ratify ${t.written}.`
    : `1. ${pick(rng, ["Urges", "Encourages"])} Member States that have not yet done so to ratify ${t.written};`;
  const head = caps ? subject.toUpperCase() : subject;
  const written = caps ? head : subject;
  return caseOf(`${head},\n\n${caps ? preambular.toUpperCase().replace(/ ([A-Z]+),$/u, (m) => m.toLowerCase()) : preambular}${verbLine}\n\n${paragraph}`, [
    row(oas ? written.replace(/^THE /u, "").replace(/^The /u, "") : "UN General Assembly", "called-for", t.id),
  ]);
});

/** "The SADC Summit met in Harare … Summit adopted X": a communiqué's bare "Summit" opening its sentence is the summit named before, as "The Summit" is. */
const bareSummits = generate(13604, 8, (rng, i) => {
  const org = pick(rng, ["SADC", "ECOWAS", "EAC"]);
  const town = pick(rng, TOWNS);
  const [verb, action] = pick(rng, [
    ["adopted", "adopted"],
    ["approved", "adopted"],
  ] as const);
  const text = `The ${org} Summit met in ${town} on 17 August 2024. ${i % 2 === 0 ? "Summit" : "The Summit"} ${verb} the ${town} Declaration on Industrialisation.`;
  return caseOf(text, [row(`${org} Summit`, action, `${town} Declaration on Industrialisation`)]);
});

/**
 * "The Leaders' Meeting adopted X", "the Ministers’ Deputies adopted X": a plural's possessive inside a body's name is part of the
 * name (not "the Leaders", a reference, then a mark). Near miss: "the Philippines' delegation" is the State's.
 */
const possessiveBodies = generate(13606, 10, (rng, i) => {
  const town = pick(rng, TOWNS);
  const [body, name] = pick(rng, [
    ["The Leaders' Meeting", "Leaders' Meeting"],
    ["The Ministers' Deputies", "Ministers' Deputies"],
    ["The Foreign Ministers' Meeting", "Foreign Ministers' Meeting"],
    ["The Leaders’ Retreat", "Leaders' Retreat"],
    ["The Heads of Delegations' Meeting", "Heads of Delegations' Meeting"],
  ] as const);
  const verb = pick(rng, ["adopted", "formally adopted", "today adopted"]);
  if (i % 5 === 4)
    return caseOf(`The Philippines' ${pick(rng, ["Foreign Secretary", "Permanent Representative"])} signed the ${town} Declaration on Ocean Governance.`, [
      row("Philippines", "endorsed", `${town} Declaration on Ocean Governance`),
    ]);
  // (A line that ends with a reference, "Text endorsed by the Leaders", has no token after it.)
  const line = i % 5 === 3 ? "Text endorsed by the Leaders\n\n" : "";
  return caseOf(`${line}${body} ${verb} the ${town} Declaration on Ocean Governance.`, [row(name, "adopted", `${town} Declaration on Ocean Governance`)]);
});

/**
 * "A party to the Budapest Convention since 2012, Japan called on …": the role opening a sentence (or a label's line, "- **Japan**: A
 * party to …"), without "As", is the subject's after its comma, dated by its "since".
 */
const frontedParty = generate(13615, 10, (rng, i) => {
  const a = pick(rng, BARE_STATES);
  const t = pick(rng, TREATIES_ONLY);
  const role = pick(rng, ["A party", "A State Party", "A Contracting Party"]);
  const label = i % 2 === 1 ? `- **${a.written}**: ` : "";
  return {
    text: `${label}${role} to ${t.written} since 2012, ${a.written} ${pick(rng, ["said it wished to see the text succeed", "spoke in favour of the text"])}.`,
    dates: true,
    expected: [`${a.name}|party|${t.id}|affirmed|2012`],
  };
});

/** "X was signed by the same four States": the states the text has just counted, as "by the four States" is. */
const sameCount = generate(1353, 6, (rng) => {
  const list = sample(rng, BARE, 3 + Math.floor(rng() * 2)) as StateName[];
  const [t1, t2] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
  const count = list.length === 3 ? "three" : "four";
  return caseOf(
    `${listOf(list.map((x) => x.written))} signed ${t1.written} in 2012. ${capitalise(t2.written)} was signed by the same ${count} States in 2014.`,
    [...rowsFor(list, "signed", t1.id, "affirmed"), ...rowsFor(list, "signed", t2.id, "affirmed")],
  );
});

/**
 * A transcript's speaker labels: "GHANA (Ms. Mensah): We call on …", "Ms. Mensah (Ghana): …", "MINISTER OF FOREIGN AFFAIRS OF
 * GHANA: …" make "we" and "my country" that State until the next label; "CHAIR:" speaks for no State; a person's name alone
 * ("RAMGOOLAM:") leaves "we" to the text around it; a tracker's "- A: withdrew …" is no label. A stage direction in square
 * brackets opens the next sentence ("[Applause] My country ratified it in 2015").
 */
const speakerLabels = generate(13496, 12, (rng, i) => {
  const [a, b] = sample(
    rng,
    BARE_STATES.filter((x) => !x.written.includes("'")),
    2,
  ) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const head = "Verbatim transcript, 26 September 2019\n\n";
  const upper = (x: StateName) => capitalise(x.written).toUpperCase();
  const label = pick(rng, [`${upper(a)} (Ms. Mensah):`, `Ms. Mensah (${capitalise(a.written)}):`, `MINISTER OF FOREIGN AFFAIRS OF ${upper(a)}:`]);
  if (i % 3 === 0)
    return caseOf(
      `${label} We call on all States to ratify ${t.written}. ${pick(rng, ["[Applause]", "(Applause)"])} My country ratified it in 2015.\n\nCHAIR: I thank the delegation. We call on all delegations to be brief.\n\n${upper(b)}: We signed ${t.written} in 2013.`,
      [...rowsFor([a], "called-for", t.id, "affirmed"), ...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([b], "signed", t.id, "affirmed")].sort(),
      { head },
    );
  if (i % 3 === 1)
    return caseOf(
      `CHAIR: We call on all delegations to sign ${t.written}.\n\n${label} My country signed ${t.written} in 2013.`,
      rowsFor([a], "signed", t.id, "affirmed"),
      {
        head,
      },
    );
  return caseOf(
    // (The tracker line is A's own deposit, a consent to be bound, on the text the statement is about; it makes A no speaker.)
    `Statement by ${capitalise(b.written)}\n\n- ${capitalise(a.written)}: instrument deposited on 2 October 2025.\n\nWe call on all States to ratify ${t.written}.`,
    [...rowsFor([b], "called-for", t.id, "affirmed"), ...rowsFor([a], "ratified", t.id, "affirmed")].sort(),
    { head },
  );
});

/**
 * "The Commission commends the State for ratifying X": "the State" (and "the Government", "the Minister") before "for" and a
 * gerund is the State the text is about, commended for its act; not an office "for" a portfolio ("the Minister for Foreign Affairs").
 */
const commendedState = generate(13495, 8, (rng) => {
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const [gerund, action] = pick(rng, [
    ["ratifying", "ratified"],
    ["signing", "signed"],
    ["acceding to", "acceded"],
  ] as const);
  const who = pick(rng, ["the State", "the Government"]);
  return caseOf(
    `${capitalise(a.written)} was reviewed in 2017. The ${pick(rng, ["Commission", "Committee", "Ombudsman"])} ${pick(rng, ["commends", "thanks", "congratulates"])} ${who} for ${gerund} ${t.written} in 2016.`,
    rowsFor([a], action, t.id, "affirmed"),
  );
});

/**
 * A recommendation to another is a call (a UPR review's "France, Germany and Chile recommended that Armenia ratify X", "Portugal
 * recommended accession to X", "Norway recommends that Qatar consider acceding to X"): each recommending State's `called-for`,
 * nothing for the addressee. A relative clause with a subject of its own keeps that subject's acts ("…, which Armenia signed in
 * 2009 but has yet to ratify"). Near misses give no call: a recommendation of one's own act ("recommended its accession", planned),
 * another act ("recommended that the Assembly adopt X"), a State's own committee ("The Tripartite Committee recommended
 * ratification of X"), and an opening phrase's owner ("In its report, the State Commission recommended accession").
 */
const recommenders = generate(13488, 32, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const list = sample(rng, BARE_STATES, 1 + (i % 4)) as StateName[];
  const [target, other] = sample(
    rng,
    BARE_STATES.filter((x) => !list.includes(x)),
    2,
  ) as [StateName, StateName];
  const callers = capitalise(listOf(list.map((x) => x.written)));
  const calls = rowsFor(list, "called-for", t.id, "affirmed");
  const plural = list.length > 1;
  const form = i % 8;
  if (form === 0) {
    const [plain] = pick(rng, [["ratify"], ["accede to"], ["sign"], ["consider ratifying"], ["consider acceding to"]] as const);
    return caseOf(
      `${callers} ${pick(rng, ["recommended", plural ? "recommend" : "recommends", "again recommended"])} that ${target.written} ${plain} ${t.written}.`,
      calls,
    );
  }
  if (form === 1)
    return caseOf(
      `${callers} recommended ${pick(rng, ["accession to", "ratification of", "the ratification of", "early ratification of"])} ${t.written}.`,
      calls,
    );
  if (form === 2)
    return caseOf(
      `${callers} recommended that the State party ratify ${t.written}, which ${other.written} signed in 2009 but has yet to ratify.`,
      [...calls, ...rowsFor([other], "signed", t.id, "affirmed"), ...rowsFor([other], "ratified", t.id, "negated")].sort(),
    );
  if (form === 3) return caseOf(`${capitalise(target.written)} recommended its accession to ${t.written}.`, rowsFor([target], "acceded", t.id, "planned"));
  if (form === 4)
    return caseOf(
      `The ${pick(rng, ["Tripartite Committee", "Parliamentary Committee on Foreign Affairs", "Inter-ministerial Committee"])} recommended ratification of ${t.written} in March 2022.`,
      [],
    );
  if (form === 5) return caseOf(`In its 2024 annual report, the State Commission on Migration Issues recommended accession to ${t.written}.`, []);
  // (A mandative clause asks its subject the act, whoever recommends it: nothing for the addressee, even where the recommenders are
  // unknown to the lexicon.)
  if (form === 6) return caseOf(`AI, JS3 and JS7 recommended that ${target.written} ratify ${t.written}.`, []);
  // (A review's list item asks only its own imperative's texts: "Ratify X, and withdraw the declaration made upon signature of Y (A)".)
  const [u] = sample(
    rng,
    TREATIES_ONLY.filter((x) => x !== t),
    1,
  ) as [InstrumentName];
  return caseOf(
    `87.8  Ratify ${t.written}, and withdraw the declaration made upon signature of ${u.written} (${list[0]?.written}).`,
    rowsFor(list.slice(0, 1), "called-for", t.id, "affirmed"),
  );
});

/**
 * A treaty body's concluding observations: "the State party" is the State whose report the heading says the Committee considered
 * ("Concluding observations on the seventh periodic report of A"), though the text names it only there; the Committee's calls were
 * made the day it "adopted the present concluding observations", and ask every text they coordinate ("to ratify X and Y"), past an
 * aside after the addressee ("recommends that the State party, in order to …, ratify X"). Near misses: a call's text past a
 * clause that is no coordination ("to ratify X at the earliest opportunity, in line with Y"), and another act asked ("adopt a law").
 */
const concludingObservations = generate(13497, 24, (rng, i) => {
  const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
  const body = pick(rng, ["Committee against Torture", "Committee on the Elimination of Discrimination against Women", "Committee on Enforced Disappearances"]);
  const nth = pick(rng, ["second", "seventh", "combined third to sixth", "initial"]);
  const reports = nth.startsWith("combined") ? "reports" : "report";
  const committee = { name: body, written: body };
  const opening =
    `${body}\n\n   Concluding observations on the ${nth} periodic ${reports} of ${a.written}\n\n` +
    `1.  The Committee considered the ${nth} periodic ${reports} of ${a.written} at its 1925th and 1926th meetings, held on 18 and 19\n` +
    `October 2022, and adopted the present concluding observations at its 1940th meeting, held on 28 October 2022.\n\n2.  `;
  const form = i % 6;
  const make = (body2: string, expected: string[]) => caseOf(opening + body2 + "\n", expected, { head: "", dates: true });
  if (form === 0)
    return make(`The Committee welcomes the fact that the State party acceded to ${t.written} in 2019.`, rowsFor([a], "acceded", t.id, "affirmed", "2019"));
  if (form === 1) return make(`The Committee notes that the State party is not a party to ${t.written}.`, rowsFor([a], "party", t.id, "negated", null));
  if (form === 2)
    return make(
      `The Committee recommends that the State party, ${pick(rng, ["in order to further strengthen the protection of rights", "as a matter of priority", "in line with its commitments made during the universal periodic review"])}, ratify ${t.written}.`,
      rowsFor([committee], "called-for", t.id, "affirmed", "2022-10-28"),
    );
  if (form === 3)
    return make(`The Committee ${pick(rng, ["encourages", "urges", "invites"])} the State party to ratify ${t.written} and ${u.written}.`, [
      ...rowsFor([committee], "called-for", t.id, "affirmed", "2022-10-28"),
      ...rowsFor([committee], "called-for", u.id, "affirmed", "2022-10-28"),
    ]);
  if (form === 4)
    return make(
      `The Committee encourages the State party to ratify ${t.written} at the earliest opportunity, in line with ${u.written}.`,
      rowsFor([committee], "called-for", t.id, "affirmed", "2022-10-28"),
    );
  return make(
    `The Committee recommends that the State party, as a matter of priority, adopt a law on the protection of migrant workers, as ${b.written} did in 2019.`,
    [],
  );
});

/**
 * Whose act a clause's subject is when another actor stands before it: "B followed A in acceding to X" and "our neighbour B has
 * followed us in acceding to X" are the follower's acts; "A joined the WTO in 2019, and on 15 March 2023 it acceded to X" is the
 * first clause's subject's (dated by the coordinated clause's own time); a venue before the subject is never it ("At the meeting
 * held in Geneva, Switzerland, the Conference adopted Y, and it also adopted Z": no act of Switzerland's). "Hong Kong, China" is a customs
 * territory, not China.
 */
/**
 * A text's own State by the word of its formal name: "[43] The Republic acceded to X in 1996", "The Kingdom is a party to Y", in a
 * judgment or a report that names it in its heading ("… of the Republic of A"), as "the State party" is.
 */
const formalNameWords = generate(13502, 20, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  const word = i % 2 === 0 ? "Republic" : "Kingdom";
  const text =
    `Concluding observations on the second periodic report of ${a.written}\n\n` +
    `1. The Committee considered the report at its 12th meeting, held on 3 May 2022.\n\n` +
    `2. The ${word} ${i % 4 < 2 ? `acceded to ${t.written} in 1996` : `is a party to ${t.written}`}, unlike ${b.written}.\n`;
  return caseOf(text, rowsFor([a], i % 4 < 2 ? "acceded" : "party", t.id, "affirmed"), { head: "" });
});

/**
 * A parliament's treaties or foreign-relations committee takes a step of its own State's process: "The Joint Standing Committee on
 * Treaties supports X" gives nothing, while its call on other States stands ("The Senate Committee on Foreign Relations met in July.
 * The Committee urges all Allies to ratify X"). A participle after a resolution says what the resolution does: "A voted against resolution 72/31 of 4
 * December 2017 welcoming the adoption of X" is A's vote, not A's welcome.
 */
const committeesAndParticiples = generate(13503, 20, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const committee = pick(rng, ["Joint Standing Committee on Treaties", "Senate Committee on Foreign Relations", "House Committee on Foreign Affairs"]);
  const form = i % 4;
  if (form === 0) return caseOf(`The ${committee} ${pick(rng, ["supports", "endorses", "supported"])} ${t.written}.`, []);
  if (form === 1)
    return caseOf(
      `The ${committee} met in July. The Committee ${pick(rng, ["urges", "calls on"])} all Allies that have not yet done so to ratify ${t.written}.`,
      rowsFor([{ name: committee, written: committee }], "called-for", t.id, "affirmed"),
    );
  const vote = pick(rng, ["voted against", "voted in favour of", "abstained on"]);
  return caseOf(
    `${capitalise(a.written)} ${vote} resolution 72/31 of 4 December 2017 ${pick(rng, ["welcoming", "welcoming the adoption of"])} ${t.written}.`,
    rowsFor([a], "supported", "resolution 72/31", vote === "voted in favour of" ? "affirmed" : "negated"),
  );
});

/**
 * "The Union" after a union of states was named is that union: "The European Union … The Union is a party to X", and its approval
 * of a treaty is its consent to be bound ("the Union approved X"). With none named before, or opening a longer title ("The Union
 * Cabinet approved X"), it is no one. A condition is no act: "Its entry into force required ratification by the Union" is planned.
 */
const unionReferences = generate(13512, 20, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const eu = { name: "European Union", written: "the European Union" };
  const opening = `The European Union and ${a.written} met in Brussels on ${pick(rng, ["3 May", "14 June", "2 October"])} 2022.`;
  const form = i % 4;
  if (form === 0)
    return caseOf(`${opening} The Union is ${pick(rng, ["a party", "a contracting party"])} to ${t.written}.`, rowsFor([eu], "party", t.id, "affirmed"));
  if (form === 1)
    return caseOf(`${opening} By Council Decision 2014/${10 + i}/EU, the Union approved ${t.written}.`, rowsFor([eu], "ratified", t.id, "affirmed"));
  if (form === 2) return caseOf(`The Union Cabinet ${pick(rng, ["approved", "on Wednesday approved"])} ${t.written}.`, []);
  return caseOf(
    `The European Union signed ${t.written} in 2019. Its entry into force ${pick(rng, ["required", "requires", "needed"])} ratification by the Union and by two thirds of the members.`,
    [...rowsFor([eu], "signed", t.id, "affirmed"), ...rowsFor([eu], "ratified", t.id, "planned")].sort(),
  );
});

/**
 * An organisation's head by title alone ("the Director-General", "the Executive Secretary") is the organisation with a head of its
 * own the text named last: not a body it named since ("the General Conference"), nor a union of States, nor anyone when none was named.
 */
const organisationHeads = generate(13518, 20, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const [org, title] = pick(rng, [
    ["UNESCO", "Director-General"],
    ["WIPO", "Director General"],
    ["the International Maritime Organization", "Executive Director"],
    ["the International Labour Organization", "Director-General"],
  ] as const);
  const name = org === "the International Maritime Organization" ? "IMO" : org === "the International Labour Organization" ? "ILO" : org;
  const verb = pick(rng, ["called on", "urged", "invited"]);
  const form = i % 3;
  if (form === 2) return caseOf(`The ${title} ${verb} all States to ratify ${t.written}.`, []);
  const body = form === 1 ? ` Its General Conference met in ${pick(rng, ["Paris", "Geneva"])} in November.` : "";
  return caseOf(
    `${capitalise(org)} marked the anniversary of ${t.written} in 2023.${body} In a letter of 3 May 2023, the ${title} ${verb} all States to ratify ${t.written}.`,
    rowsFor([{ name, written: org }], "called-for", t.id, "affirmed"),
  );
});

/**
 * The head by title and name ("Director-General Audrey Azoulay urged …") and a quoted "I" whose attribution stands before the
 * quotation in its own sentence ('Executive Secretary Rolph Payet said: "I urge all States to ratify X."', 'the Director-General said:
 * "I call on …"') are the organisation the text named last, as "the Director-General" is.
 */
const organisationHeadsQuoted = generate(13523, 20, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const [org, name, title] = pick(rng, [
    ["UNESCO", "UNESCO", "Director-General"],
    ["WIPO", "WIPO", "Director General"],
    ["the International Maritime Organization", "IMO", "Executive Director"],
  ] as const);
  const person = pick(rng, ["Audrey Azoulay", "Rolph Payet", "Daren Tang"]);
  const speaker = i % 2 === 0 ? `${title} ${person}` : `The ${title}`;
  const text =
    i % 4 < 2
      ? `${capitalise(org)} marked the anniversary of ${t.written} in 2023. ${speaker} said: "I urge all States to ratify ${t.written}."`
      : `${capitalise(org)} marked the anniversary of ${t.written} in 2023. ${speaker} ${pick(rng, ["urged", "called on"])} all States to ratify ${t.written}.`;
  return caseOf(text, rowsFor([{ name, written: org }], "called-for", t.id, "affirmed"));
});

// 'Kenya ("Kenya" or "the Applicant")', 'Chile (hereinafter referred to as "the Respondent State")': the terms a text defines for a
// State in quotes name it from there on ("The Respondent State ratified X"); an undefined "the Respondent" names no one.
const definedStateTerms = generate(13545, 16, (rng, i) => {
  const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  const [t, u] = sample(rng, TREATIES_ONLY, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
  const [first, second] = pick(rng, [
    ["Applicant", "Respondent"],
    ["Claimant", "Respondent State"],
    ["Requesting State", "Host State"],
  ] as const);
  const opening =
    i % 2 === 0
      ? `On 3 March 2021, ${a.written} ("${a.name}" or "the ${first}") filed an application against ${b.written} (hereinafter referred to as "the ${second}").`
      : `The proceedings were brought by ${a.written} (the "${a.name}" or "the ${first}") against ${b.written} ("the ${second}").`;
  if (i % 4 === 3) return caseOf(`The ${first}s are fifteen nationals of the region. The ${second} has not ratified ${u.written}.`, []);
  return caseOf(
    `${opening} The ${second} ratified ${t.written} in 2009. The ${first} has not signed ${u.written}.`,
    [...rowsFor([b], "ratified", t.id, "affirmed"), ...rowsFor([a], "signed", u.id, "negated")].sort(),
  );
});

// A call's asked act after an adverb ("urged B to soon ratify X", "to swiftly accede to X") or weighed ("calls upon the States which
// still apply the death penalty to consider the possibility of joining X"): the caller's call; a call to adopt something else, none.
const askedAfterAdverbs = generate(13560, 12, (rng, i) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const verb = pick(rng, ["urged", "encouraged", "called on"]);
  if (i % 3 === 0)
    return caseOf(
      `${capitalise(a.written)} ${verb} ${b.written} to ${pick(rng, ["soon", "swiftly", "promptly", "also"])} ${pick(rng, ["ratify", "sign", "accede to"])} ${t.written}.`,
      [...rowsFor([a], "called-for", t.id, "affirmed")],
    );
  if (i % 3 === 1)
    return caseOf(
      `${capitalise(a.written)} ${pick(rng, ["calls upon", "called upon", "urges"])} the States which ${pick(rng, ["still apply the death penalty", "have not yet done so"])} to consider the ${pick(rng, ["possibility", "question"])} of ${pick(rng, ["joining", "acceding to", "ratifying"])} ${t.written}.`,
      rowsFor([a], "called-for", t.id, "affirmed"),
    );
  return caseOf(`${capitalise(a.written)} ${verb} ${b.written} to soon consider the matter of fisheries.`, []);
});

// "It has been a Party to Y since 2010", "It has also been a party": a perfect copula's "it" with an actor's complement is the State
// named before; not "It has been a long road" or a passive "It has been signed by".
const perfectCopulaPronoun = generate(13563, 12, (rng, i) => {
  const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
  const a = pick(rng, BARE);
  const first = `${capitalise(a.written)} ratified ${t.written} in 2024.`;
  if (i % 3 === 2)
    return caseOf(
      `${first} It has been ${pick(rng, ["a long road", "signed by 110 States", "a difficult year"])} since then.`,
      rowsFor([a], "ratified", t.id, "affirmed"),
    );
  return caseOf(`${first} It has ${pick(rng, ["", "also ", "already "])}been a ${pick(rng, ["Party", "party", "State Party"])} to ${u.written} since 2010.`, [
    ...rowsFor([a], "ratified", t.id, "affirmed"),
    ...rowsFor([a], "party", u.id, "affirmed"),
  ]);
});

// "A is the only member state of the African Union which has not signed X": the relative is on the members (as with "that"), not on
// the body whose members they are.
const onlyMemberWhich = generate(13574, 12, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const a = pick(rng, BARE);
  const body = pick(rng, ["the African Union", "the European Union", "the Commonwealth", "the Organization of American States"]);
  const noun = pick(rng, ["member state", "member", "State", "country"]);
  const [participle, action] = pick(rng, [
    ["signed", "signed"],
    ["ratified", "ratified"],
  ] as const);
  const pronoun = i % 3 === 2 ? "that" : "which";
  return caseOf(
    `${capitalise(a.written)} is the only ${noun} of ${body} ${pronoun} has ${pick(rng, ["not", "not yet", "never"])} ${participle} ${t.written}.`,
    rowsFor([a], action, t.id, "negated"),
  );
});

// A masthead in capitals names the State that speaks ("THE PRESIDENCY ¶ REPUBLIC OF GHANA ¶ STATE OF THE NATION ADDRESS"): a "we"
// after a sentence about another State is still that State.
const mastheadStates = generate(13583, 12, (rng, i) => {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const office = pick(rng, ["THE PRESIDENCY", "OFFICE OF THE PRIME MINISTER", "MINISTRY OF FOREIGN AFFAIRS"]);
  const head = `${office}\n${pick(rng, ["REPUBLIC OF ", ""])}${a.written.toUpperCase()}\n\n${pick(rng, ["STATE OF THE NATION ADDRESS", "ANNUAL POLICY STATEMENT"])}\n8 FEBRUARY 2024\n\n`;
  const other = `${capitalise(b.written)} ${pick(rng, ["voted against the resolution", "left the talks", "has other priorities"])}.`;
  return {
    head,
    text: `${other} We have ratified ${t.written}${i % 2 === 0 ? ", in 2021" : ""}.`,
    expected: [`${a.name}|ratified|${t.id}|affirmed${i % 2 === 0 ? "|2021" : "|-"}`],
    dates: true,
  };
});

// "A, an endorser of D since 2015, hosted the conference": the agent noun in apposition, as "an adherent of D" was.
const endorserApposition = generate(13590, 10, (rng, i) => {
  const a = pick(rng, BARE);
  const [d, id] = pick(rng, [
    ["the Safe Schools Declaration", "safe-schools-declaration"],
    ["the Political Declaration on Explosive Weapons in Populated Areas", "ewipa-declaration"],
  ] as const);
  const noun = i % 2 === 0 ? "an endorser" : "an adherent";
  return caseOf(`${capitalise(a.written)}, ${noun} of ${d} since 2015, hosted the conference.`, rowsFor([a], "endorsed", id, "affirmed"));
});

// "the Conservative Government voted against X", "the LDP-Komeito government has refused to sign X": a government named by its
// parties is the Government of the State the text is about; "The Government was right to vote for X" judges an act done.
const partyGovernments = generate(13591, 12, (rng, i) => {
  const a = pick(rng, BARE);
  const t = pick(rng, TREATIES_ONLY);
  const party = pick(rng, ["Conservative", "Labour", "LDP-Komeito", "Social Democratic"]);
  const lead = `${capitalise(a.written)} has a long record on arms control.`;
  const form = i % 3;
  if (form === 0) return caseOf(`${lead} The ${party} Government signed ${t.written} in 2014.`, rowsFor([a], "signed", t.id, "affirmed"));
  if (form === 1) return caseOf(`${lead} However, the ${party} government has refused to sign ${t.written}.`, rowsFor([a], "signed", t.id, "negated"));
  return caseOf(`${lead} The ${party} Government was ${pick(rng, ["right", "wrong"])} to sign ${t.written}.`, rowsFor([a], "signed", t.id, "affirmed"));
});

// A chronology laid out in columns under a year ("2013 ¶   2 April      The General Assembly adopts X by a recorded vote."): the
// body is the one named after the date column (not "April The General Assembly"), and the act is of that day of the heading's year.
const hangingIndents = generate(13553, 8, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const year = 2010 + i;
  const text = [
    `${year}`,
    `  28 March     Consensus blocked at the final conference by three delegations.`,
    `  2 April      The General Assembly adopts ${t.written} by a recorded vote of`,
    `               154 in favour, 4 against and 23 abstentions.`,
  ].join("\n");
  return caseOf(text, [`UN General Assembly|adopted|${t.id}|affirmed|${year}-04-02`], { dates: true });
});

const followersAndClauses = generate(13499, 25, (rng, i) => {
  const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const form = i % 5;
  if (form === 0) {
    const verb = pick(rng, ["acceding to", "ratifying"]);
    return caseOf(
      `${capitalise(b.written)} ${pick(rng, ["followed", "has followed", "soon followed"])} ${a.written} in ${verb} ${t.written}.`,
      rowsFor([b], verb === "ratifying" ? "ratified" : "acceded", t.id, "affirmed"),
    );
  }
  if (form === 1)
    return caseOf(
      `${capitalise(a.written)} joined the ${pick(rng, ["World Trade Organization", "WTO", "International Labour Organization"])} in 2019, and ${pick(rng, ["in 2023", "on 15 March 2023"])} it acceded to ${t.written}.`,
      rowsFor([a], "acceded", t.id, "affirmed"),
    );
  if (form === 2)
    return caseOf(
      `At the ${pick(rng, ["meeting", "session"])} held in Geneva, Switzerland, in November 2022, the Conference of the Parties adopted the Geneva Declaration, and it also adopted a decision on the next work programme.`,
      ["Conference of the Parties|adopted|Geneva Declaration|affirmed"],
    );
  if (form === 3 && i % 10 === 3)
    // ("B now joins them as a Party", "B joined X as its 30th State Party": joining makes B a party.)
    return caseOf(
      `${capitalise(a.written)} ratified ${t.written} in 2021, and ${b.written} ${pick(rng, ["now joins them as a Party", "joined it as its 30th State Party"])}.`,
      [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([b], "party", t.id, "affirmed")].sort(),
    );
  if (form === 3)
    return i % 2 === 0
      ? caseOf(`Hong Kong, China and ${b.written} signed ${t.written}.`, rowsFor([b], "signed", t.id, "affirmed"))
      : caseOf(`Hong Kong, China and ${b.written} have applied to accede to ${t.written}.`, rowsFor([b], "acceded", t.id, "planned"));
  return caseOf(
    `All the other permanent members – ${listOf([a, b, c].map((x) => x.written))} – joined us in voting for resolution 2724 (2024).`,
    rowsFor([a, b, c], "supported", "resolution 2724 (2024)", "affirmed"),
  );
});

/**
 * A State named after a city as where an act was done ("in Merida, Mexico, and ratified it") is a venue, also before a verb
 * coordinated after its comma; the next sentence's State is the next act's.
 */
const venuesBeforeVerbs = generate(13454, 12, (rng, i) => {
  const [a, host, b] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const city = pick(rng, ["Merida", "Vilnius", "Cebu", "Lausanne", "Kigali"]);
  const at = pick(rng, [` at the High-Level Conference in ${city}, ${host.written},`, ` in ${city}, ${host.written},`]);
  if (i % 3 === 2)
    return {
      text: `${capitalise(a.written)} signed ${t.written}${at} on 9 December 2003. ${capitalise(b.written)} ratified it in 2004.`,
      expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([b], "ratified", t.id, "affirmed")].sort(),
    };
  return {
    text: `${capitalise(a.written)} signed ${t.written} on 9 December 2003${at} and ${pick(rng, ["ratified it", "deposited its instrument of ratification"])} on 3 August 2004.`,
    expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], "ratified", t.id, "affirmed")].sort(),
  };
});

/**
 * A State after a city in a dateline opening its own line is where the statement was issued, not who speaks ("Geneva, Switzerland,
 * 3 June 2025 ¶ We have ratified X": no State's record); the State a sentence names is still that sentence's actor.
 */
const datelineStates = generate(13455, 12, (rng, i) => {
  const [host, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const city = pick(rng, TOWNS);
  const day = pick(rng, ["3 June 2025", "Tuesday, 3 June 2025", "June 3, 2025", "14 March 2024"]);
  const line = i % 2 === 0 ? `${city}, ${host.written}, ${day}` : `${city.toUpperCase()}, ${host.written} (${day})`;
  if (i % 3 === 2)
    return caseOf(`${line}\n\n${capitalise(b.written)} ${pick(rng, ["ratified", "has ratified"])} ${t.written}.`, rowsFor([b], "ratified", t.id, "affirmed"), {
      head: "Title: Statement\n\n",
    });
  return caseOf(`${line}\n\nWe ${pick(rng, ["have ratified", "ratified", "have signed"])} ${t.written} and call on all States to join it.`, [], {
    head: "Title: Statement\n\n",
  });
});

/**
 * A State's stance opening a sentence, with the speaker's "we" in a relative after it ("The UK remains fully committed to X, which
 * we ratified in 2010"): the "we" is that State, whichever State the sentences before were about; after another State's act ("B
 * ratified X, which we signed") the "we" stays unresolved.
 */
const stanceWe = generate(13459, 12, (rng, i) => {
  const [a, other] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const before = `${capitalise(other.written)} withdrew from ${t.written} in 2023. ${capitalise(other.written)}'s withdrawal took effect in March.`;
  if (i % 3 === 2)
    return caseOf(`${capitalise(a.written)} ratified ${t.written} in 2015, which we signed in 2014.`, rowsFor([a], "ratified", t.id, "affirmed"));
  const stance = pick(rng, ["remains fully committed to", "is a party to", "continues to support", "remains committed to"]);
  const act = pick(rng, ["ratified", "signed"] as const);
  const own =
    stance === "is a party to"
      ? rowsFor([a], "party", t.id, "affirmed")
      : stance === "continues to support"
        ? rowsFor([a], "supported", t.id, "affirmed")
        : rowsFor([a], "committed", t.id, "affirmed");
  return caseOf(`${before} ${capitalise(a.written)} ${stance} ${t.written}, ${pick(rng, ["which", "that"])} we ${act} in 2010.`, [
    ...rowsFor([other], "party", t.id, "negated"),
    ...own,
    ...rowsFor([a], act, t.id, "affirmed"),
  ]);
});

/**
 * A "we" or "I" in a quotation opened in a sentence before is whom that sentence attributes it to ('Amnesty International said:
 * "This matters. We call on all States …"'), not the State the text spoke of; with no attribution there, an "I" is nobody's.
 */
const quotedAcrossSentences = generate(13469, 12, (rng, i) => {
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const [org, name] = pick(rng, [
    ["Amnesty International", "Amnesty International"],
    ["Human Rights Watch", "Human Rights Watch"],
    ["the ICRC", "International Committee of the Red Cross"],
    ["UNICEF", "UNICEF"],
  ] as const);
  const lead = `${capitalise(a.written)} ratified ${t.written} on 3 May.`;
  const first = pick(rng, ["This is an important step.", "The treaty matters.", "Today is a good day."]);
  const call = `call on all States that have not yet ratified it to do so.`;
  if (i % 3 === 2)
    return caseOf(`${lead} Welcoming the ratification, a spokesperson added: "${first} I ${call}"`, rowsFor([a], "ratified", t.id, "affirmed"), {
      head: "Title: News\n\n",
    });
  const opener = i % 2 === 0 ? `Welcoming the ratification, ${org} said: "` : `${capitalise(org)} said: "`;
  return caseOf(
    `${lead} ${opener}${first} ${i % 2 === 0 ? "We" : "I"} ${call}"`,
    [...rowsFor([a], "ratified", t.id, "affirmed"), `${name}|called-for|${t.id}|affirmed`],
    {
      head: "Title: News\n\n",
    },
  );
});

/**
 * An organ the lexicon does not know, as the agent of what organs do ("The Executive Council again called upon all States not Party
 * to ratify X", "The Conference of the States Parties, at its Twentieth Session (…), likewise urged …"): that organ, as written. Not
 * a State's own organ ("The National Assembly approved the ratification"), nor one named as a venue or an addressee.
 */
const unknownOrgans = generate(13483, 12, (rng, i) => {
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  if (i % 4 === 3) {
    return pick(rng, [
      { text: `The National Assembly of ${a.written} approved the ratification of ${t.written} in 2019.`, expected: [] },
      {
        text: `The delegate of ${a.written} told the Standing Committee that ${a.written} had ratified ${t.written} in 2019.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      },
    ]);
  }
  const [organ, lead] = pick(rng, [
    ["Executive Council", "The Executive Council again"],
    ["Conference of the States Parties", "The Conference of the States Parties, at its Twentieth Session (30 November - 4 December 2015), likewise"],
    ["Meeting of the Parties", "The Meeting of the Parties"],
    ["Governing Body", "The Governing Body also"],
    ["Executive Board", "The Executive Board"],
  ] as const);
  const verb = pick(rng, ["called upon", "urged", "invited", "encouraged"]);
  return { text: `${lead} ${verb} all States not yet party to ratify ${t.written}.`, expected: [`${organ}|called-for|${t.id}|affirmed`] };
});

/**
 * "The DPR Korea's accession to X", "Korea, DPR acceded to X": the Democratic People's Republic of Korea, never the Republic of Korea
 * its bare "Korea" names; and "A's accession to the WTO" is membership of an organisation, no treaty act (on the text named before).
 */
const koreasAndOrganisations = generate(13660, 10, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  if (i % 2 === 0) {
    const name = pick(rng, ["The DPR Korea", "Korea, DPR", "DPR Korea"]);
    const text =
      name.endsWith("Korea") && !name.startsWith("Korea") && i % 4 === 0
        ? `${name}'s accession to ${t.written} was recorded in 2016.`
        : `${name} acceded to ${t.written} in 2016.`;
    return { text, expected: [`North Korea|acceded|${t.id}|affirmed`] };
  }
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const org = pick(rng, ["the World Trade Organization", "the WTO", "the European Union", "NATO", "the OECD"]);
  return { text: `${capitalise(t.written)} entered into force in 2014. Ministers welcomed ${a.written}'s accession to ${org}.`, expected: [] };
});

const CASES: Case[] = [
  ...generate(13694, 10, (rng) => {
    // "ratification by its member States", "their members": the possessor's members, each a State of its own, are not the possessor.
    const org = pick(rng, ["The European Union", "The African Union", "ASEAN"]);
    const t = pick(rng, TREATIES_ONLY);
    const phrase = pick(rng, [
      "does not replace ratification by its member States",
      "is no substitute for ratification by its members",
      "still awaits the accession of its member States",
    ]);
    const opening = `${t.written.replace(/^the /u, "The ")} is now open to regional organisations.`;
    return { text: `${opening} ${org}'s approval ${phrase}.`, expected: [] };
  }),
  ...generate(13689, 12, (rng, i) => {
    // A State's name that is also a common word ("Turkey", "Georgia", "Chad", "Jordan") is a State as the subject of an irregular past
    // or an auxiliary ("Turkey withdrew from X", "Georgia did not sign X", "Chad never ratified X").
    const [name, state] = pick(rng, [
      ["Turkey", "Türkiye"],
      ["Georgia", "Georgia"],
      ["Chad", "Chad"],
      ["Jordan", "Jordan"],
    ] as const);
    const t = pick(rng, TREATIES_ONLY);
    const [clause, action, polarity] = pick(rng, [
      [`withdrew from ${t.written} in ${2015 + (i % 9)}`, "party", "negated"],
      [`did not sign ${t.written}`, "signed", "negated"],
      [`never ratified ${t.written}`, "ratified", "negated"],
      [`still has not acceded to ${t.written}`, "acceded", "negated"],
    ] as const);
    return { text: `${name} ${clause}.`, expected: [`${state}|${action}|${t.id}|${polarity}`] };
  }),
  ...generate(13668, 8, (rng, i) => {
    // "D ratified X. A, B and C are Parties to X. Its Committee adopted …": after a list, "its" and a treaty's organ are the treaty's,
    // not the one State named before the list.
    const t = pick(rng, TREATIES_ONLY);
    const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
    const [a, b, c] = sample(rng, pool, 3) as [StateName, StateName, StateName];
    const organ = pick(rng, ["Committee", "Secretariat", "Bureau"]);
    const acts = pick(rng, ["adopted the Recommendation on Remote Learning in 2017", "adopted a Declaration on Open Science in 2018"]);
    const intro =
      i % 2 === 0
        ? `${capitalise(listOf([a.written, b.written, c.written]))} are Parties to ${t.written}.`
        : `All three countries, ${listOf([a.written, b.written, c.written])}, are Parties to ${t.written}.`;
    const d = pick(
      rng,
      pool.filter((x) => x !== a && x !== b && x !== c),
    );
    return {
      text: `${capitalise(d.written)} ratified ${t.written} in 2001. ${intro} Its ${organ} ${acts}.`,
      expected: [...rowsFor([d], "ratified", t.id, "affirmed"), ...rowsFor([a, b, c], "party", t.id, "affirmed")].sort(),
    };
  }),
  ...koreasAndOrganisations,
  ...unknownOrgans,
  ...quotedAcrossSentences,
  ...stanceWe,
  ...datelineStates,
  ...venuesBeforeVerbs,
  ...speakersByName,
  ...reviewedStateParty,
  ...paragraphSpeakers,
  ...speakersInBrackets,
  ...numberedParagraphBodies,
  ...meetingPeopleCases,
  ...membersOfGroups,
  ...governedNames,
  ...operativeParagraphs,
  ...quotedI,
  ...otherNames,
  ...pastWhatStandsBetween,
  ...integrationOrganisations,
  ...weAcrossSentences,
  ...longRelatives,
  ...sentPeople,
  ...definedBodies,
  ...models,
  ...longerTitles,
  ...conferenceDecisions,
  ...peopleFrom,
  ...singularIts,
  ...pairWithPronoun,
  ...namedConferences,
  ...weInApposition,
  ...contractingStates,
  ...treatySecretariats,
  ...jointStatements,
  ...issuedBy,
  ...unnamedDepositors,
  ...regions,
  ...secretariats,
  ...otherOrgans,
  ...organisationOwners,
  ...counted,
  ...envoys,
  ...offices,
  ...namedLater,
  ...laterCalls,
  ...homeGovernment,
  ...ambiguous,
  ...apposition,
  ...adjectives,
  ...coordinatedAdjectives,
  ...bilateralSides,
  ...onBehalf,
  ...oneState,
  ...pronouns,
  ...depositary,
  ...speaker,
  ...venues,
  ...unActors,
  ...nearMisses,
  ...titledLists,
  ...firstPerson,
  ...speakerAfterOthers,
  ...tellers,
  ...tellerPronouns,
  ...pairs,
  ...headingSides,
  ...callerBodies,
  ...otherSecretariesGeneral,
  ...treatyBodies,
  ...legislatures,
  ...countedPeople,
  ...deputyMinisters,
  ...personPronouns,
  ...firstPersonCallers,
  ...namedBodyHeads,
  ...titledSpeakers,
  ...titledPeople,
  ...titledAnaphors,
  ...whose,
  ...callers,
  ...openings,
  ...openingPossessives,
  ...relativeAddressees,
  ...coordinatedOfficials,
  ...prepositionPronouns,
  ...reportedPronouns,
  ...ambiguousPresent,
  ...attributedQuotes,
  ...agencyOrgans,
  ...stateInitials,
  ...openingPhraseOwner,
  ...describedOrganisations,
  ...jointStatementWe,
  ...portfolioMinisters,
  ...ourCommitment,
  ...unboundOrganisations,
  ...depositaryStates,
  ...pairsAmong,
  ...pairRelatives,
  ...sameCount,
  ...countedFarBack,
  ...operativeSubjects,
  ...bareSummits,
  ...possessiveBodies,
  ...frontedParty,
  ...setFarBack,
  ...recommenders,
  ...concludingObservations,
  ...followersAndClauses,
  ...formalNameWords,
  ...committeesAndParticiples,
  ...commendedState,
  ...speakerLabels,
  ...unionReferences,
  ...organisationHeads,
  ...organisationHeadsQuoted,
  ...definedStateTerms,
  ...hangingIndents,
  ...askedAfterAdverbs,
  ...perfectCopulaPronoun,
  ...onlyMemberWhich,
  ...mastheadStates,
  ...endorserApposition,
  ...partyGovernments,
];

describe("construction family: actors", () => {
  it("has enough cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map((c, i) => [i, c.text, c] as const))("#%i %s", (_i, _text, c) => {
    expect(extractRows(c)).toEqual(c.expected);
  });
});
