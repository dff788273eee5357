import {
  capitalise,
  listOf,
  extractRows,
  generate,
  pick,
  rowsFor,
  sample,
  STATES,
  TREATIES,
  TREATIES_ONLY,
  type Case,
  type Rng,
  type StateName,
  type InstrumentName,
  BARE_STATES,
} from "./generate";

/**
 * Construction family: dates (issue 13). A record's date is the act's date as the text states it
 * or makes it resolvable against the document's own date (its dateline, in its many forms, or a
 * closing date line): "today", "yesterday", a weekday, "last December", "earlier this month", an
 * event window; never a date from outside the text, never an impossible day. Near-misses: the
 * date a treaty opened for signature or entered into force is not a state's act; relative words
 * without a document date give nothing.
 */

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const CITIES = ["New York", "Geneva", "Vienna", "NEW YORK", "GENEVA"];
/** Binding or signing acts, as written, and the action recorded. */
const ACTS: ReadonlyArray<[string, string]> = [
  ["signed", "signed"],
  ["ratified", "ratified"],
  ["acceded to", "acceded"],
  ["deposited its instrument of ratification of", "ratified"],
];
const NO_DATE_HEAD = "Press release\n\n";

interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (x: Day) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const month = (x: Day) => `${x.y}-${pad(x.m)}`;
const utc = (x: Day) => Date.UTC(x.y, x.m - 1, x.d);
const fromUtc = (t: number): Day => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
const weekday = (x: Day) => WEEKDAYS[new Date(utc(x)).getUTCDay()] as string;

/** A day between 2001 and 2022, from the 8th to the 28th (so "this week" and weekdays stay in the month). */
function day(rng: Rng): Day {
  return { y: 2001 + Math.floor(rng() * 22), m: 1 + Math.floor(rng() * 12), d: 8 + Math.floor(rng() * 21) };
}

/** The dateline forms of the genre for day `x`. */
function dateline(rng: Rng, x: Day, form: number): string {
  const name = MONTH_NAMES[x.m - 1] as string;
  const forms = [
    `${x.d} ${name} ${x.y}`,
    `${pick(rng, CITIES)}, ${name.slice(0, 3)} ${x.d} ${x.y}`,
    `${pad(x.d)}/${pad(x.m)}/${x.y} -`,
    `${name} ${x.d}, ${x.y}`,
    `${weekday(x)}, ${x.d} ${name} ${x.y}`,
    `${pick(rng, CITIES)}, ${x.d} ${name} ${x.y} –`,
    `${x.d} ${name.toUpperCase()} ${x.y}`,
  ];
  return forms[form % forms.length] as string;
}

const headOf = (line: string) => `Press release\n\n${line}\n\n`;

/** "A today ratified T" after a dateline in each of its forms. */
const today = generate(1701, 12, (rng, i) => {
  const x = day(rng);
  const [a] = sample(rng, STATES, 1);
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const body = [`${a!.written} today ${verb} ${t.written}.`, `Today, ${a!.written} ${verb} ${t.written}.`, `${a!.written} ${verb} ${t.written} today.`][
    i % 3
  ] as string;
  const head = headOf(dateline(rng, x, i));
  return { text: capitalise(body), head, dates: true, expected: rowsFor([a!], action, t.id, "affirmed", iso(x)) };
});

/** "yesterday", "on Friday", "today (Thursday)" against the dateline. */
const days = generate(1702, 9, (rng, i) => {
  const x = day(rng);
  const [a] = sample(rng, STATES, 1);
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const back = 1 + Math.floor(rng() * 5);
  const earlier = fromUtc(utc(x) - back * 86400000);
  const texts: Array<[string, Day]> = [
    [`${a!.written} ${verb} ${t.written} yesterday.`, fromUtc(utc(x) - 86400000)],
    [`${a!.written} ${verb} ${t.written} on ${weekday(earlier)}.`, earlier],
    [`${a!.written} today (${weekday(x)}) ${verb} ${t.written}.`, x],
  ];
  const [text, when] = texts[i % 3] as [string, Day];
  return { text: capitalise(text), head: headOf(dateline(rng, x, i + 1)), dates: true, expected: rowsFor([a!], action, t.id, "affirmed", iso(when)) };
});

/** "last December", "earlier this month", "this week", "last month": month precision. */
const months = generate(1703, 12, (rng, i) => {
  const x = day(rng);
  const [a] = sample(rng, STATES, 1);
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const lastDecember = `${x.y - 1}-12`;
  const lastMonth = x.m === 1 ? `${x.y - 1}-12` : `${x.y}-${pad(x.m - 1)}`;
  const texts: Array<[string, string]> = [
    [`${a!.written} ${verb} ${t.written} last December.`, lastDecember],
    [`${a!.written} ${verb} ${t.written} earlier this month.`, month(x)],
    [`${a!.written} ${verb} ${t.written} this week.`, month(x)],
    [`${a!.written} ${verb} ${t.written} last month.`, lastMonth],
    // Opening the sentence, capitalised.
    [`Last December, ${a!.written} ${verb} ${t.written}.`, lastDecember],
    [`Earlier this month, ${a!.written} ${verb} ${t.written}.`, month(x)],
  ];
  const [text, value] = texts[i % 6] as [string, string];
  // "this week" names a month only when the week lies inside it: keep to days past the first week.
  return { text: capitalise(text), head: headOf(dateline(rng, x, i)), dates: true, expected: rowsFor([a!], action, t.id, "affirmed", value) };
});

/** Relative words without a document date give nothing. */
const undated = generate(1704, 6, (rng, i) => {
  const [a] = sample(rng, STATES, 1);
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const when = ["today", "yesterday", "last December", "earlier this month", "on Friday", "this week"][i % 6] as string;
  return {
    text: capitalise(`${a!.written} ${verb} ${t.written} ${when}.`),
    head: NO_DATE_HEAD,
    dates: true,
    expected: rowsFor([a!], action, t.id, "affirmed", null),
  };
});

/** Stated dates in their forms and word orders, with and without a dateline. */
const stated = generate(1705, 8, (rng, i) => {
  const x = day(rng);
  const [a] = sample(rng, STATES, 1);
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const name = MONTH_NAMES[x.m - 1] as string;
  const texts = [
    `${a!.written} ${verb} ${t.written} on ${x.d} ${name} ${x.y}.`,
    `On ${name} ${x.d}, ${x.y}, ${a!.written} ${verb} ${t.written}.`,
    `${a!.written} ${verb} ${t.written} on ${iso(x)}.`,
    `On ${x.d} ${name} ${x.y} ${a!.written} ${verb} ${t.written}.`,
  ];
  const head = i % 2 === 0 ? NO_DATE_HEAD : headOf(dateline(rng, { ...x, y: x.y + 1 }, i));
  return { text: capitalise(texts[i % 4] as string), head, dates: true, expected: rowsFor([a!], action, t.id, "affirmed", iso(x)) };
});

/**
 * A dateline on the body's first line, before the first sentence ("GENEVA, 3 March 2025 – A deposited … on 2 March"), dates the
 * document, not the act the sentence states; a year written "mid-2024", "late-2023" is the act's year.
 */
const inlineDatelines = generate(1711, 8, (rng, i) => {
  const x = day(rng);
  const [a] = sample(rng, STATES, 1);
  const t = pick(rng, TREATIES);
  const name = MONTH_NAMES[x.m - 1] as string;
  const earlier = fromUtc(utc(x) - 86_400_000 * (1 + Math.floor(rng() * 5)));
  const place = pick(rng, ["GENEVA", "New York", "UNITED NATIONS", "Washington, D.C."]);
  if (i % 2 === 1) {
    const year = x.y - 1 - Math.floor(rng() * 3);
    return {
      text: `${place}, ${x.d} ${name} ${x.y} – ${capitalise(a!.written)} ratified ${t.written} in ${pick(rng, ["mid", "early", "late"])}-${year}.`,
      head: NO_DATE_HEAD,
      dates: true,
      expected: rowsFor([a!], "ratified", t.id, "affirmed", String(year)),
    };
  }
  const when = `${earlier.d} ${MONTH_NAMES[earlier.m - 1]}${earlier.y === x.y ? "" : ` ${earlier.y}`}`;
  return {
    text: `${place}, ${x.d} ${name} ${x.y} – ${capitalise(a!.written)} deposited its instrument of accession to ${t.written} with the Secretary-General on ${when}.`,
    head: NO_DATE_HEAD,
    dates: true,
    expected: rowsFor([a!], "acceded", t.id, "affirmed", iso(earlier)),
  };
});

/** Impossible days give no date, and no part of them is read as another date. */
const impossible = generate(1706, 6, (rng, i) => {
  const [a] = sample(rng, STATES, 1);
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const y = 2001 + Math.floor(rng() * 20);
  const bad = [`31 June ${y}`, `30 February ${y}`, `September 31, ${y}`, `31 April`, `31/11/${y}`, `29 February 2019`][i % 6] as string;
  const head = i % 2 === 0 ? NO_DATE_HEAD : headOf(`12 July ${y + 1}`);
  return { text: capitalise(`${a!.written} ${verb} ${t.written} on ${bad}.`), head, dates: true, expected: rowsFor([a!], action, t.id, "affirmed", null) };
});

/** Event windows keep the month; "from 14 to 16 September 2005". */
const windows = generate(1707, 6, (rng, i) => {
  const x = day(rng);
  const [a] = sample(rng, STATES, 1);
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const name = MONTH_NAMES[x.m - 1] as string;
  const span = [`from ${x.d - 2} to ${x.d} ${name} ${x.y}`, `from ${x.d - 3}-${x.d} ${name} ${x.y}`, `on ${x.d - 1} and ${x.d} ${name} ${x.y}`][
    i % 3
  ] as string;
  const text =
    i % 2 === 0
      ? `During the treaty event ${span}, ${a!.written} ${verb} ${t.written}.`
      : capitalise(`${a!.written} ${verb} ${t.written} at the treaty event held ${span}.`);
  return { text, dates: true, expected: rowsFor([a!], action, t.id, "affirmed", month(x)) };
});

/** Near-misses: the date a treaty opened for signature or entered into force is not the act's. */
const nearMisses = generate(1708, 6, (rng, i) => {
  const x = day(rng);
  const [a] = sample(rng, STATES, 1);
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const name = MONTH_NAMES[x.m - 1] as string;
  const other = `${x.d} ${name} ${x.y}`;
  const own = `${x.d - 1} ${name} ${x.y + 2}`;
  const texts: Array<[string, string | null]> = [
    [`${a!.written} ${verb} ${t.written}, which entered into force on ${other}.`, null],
    [`${a!.written} ${verb} ${t.written}, which was opened for signature on ${other}.`, null],
    [`On ${own} ${a!.written} ${verb} ${t.written}, which had entered into force on ${other}.`, iso({ y: x.y + 2, m: x.m, d: x.d - 1 })],
  ];
  const [text, value] = texts[i % 3] as [string, string | null];
  return { text: capitalise(text), dates: true, expected: rowsFor([a!], action, t.id, "affirmed", value) };
});

/**
 * The date of another clause is not the act's: another actor's act by ellipsis ("unlike B, which
 * did so in 2014", "as did B in 2016", "B followed suit in 2014", "; B did so on …"), and the main
 * clause's date before a participle clause ("withdrew in 2019, having ratified it in 2011").
 */
const otherClause = generate(1715, 9, (rng, i) => {
  const x = day(rng);
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const t = pick(
    rng,
    TREATIES.filter((y) => y.type !== "declaration"),
  );
  const [verb, action] = pick(rng, ACTS);
  const name = MONTH_NAMES[x.m - 1] as string;
  const later = x.y + 3;
  // The fourth field: B's own date when the ellipsis gives B the act too ("as did B in 2016", "; B did so on …"), else undefined
  // (no record for B).
  const cases: Array<[string, string, string | null, string?]> = [
    [`${a.written} has not yet ratified ${t.written}, unlike ${b.written}, which did so in ${x.y}.`, "negated", null],
    [`${a.written} ${verb} ${t.written}, as did ${b.written} in ${x.y}.`, "affirmed", null, String(x.y)],
    [`${a.written} ${verb} ${t.written}, and ${b.written} followed suit in ${x.y}.`, "affirmed", null, String(x.y)],
    [`${a.written} ${verb} ${t.written}; ${b.written} did so on ${x.d} ${name} ${x.y}.`, "affirmed", null, iso(x)],
    [`${a.written} left the talks in ${later}, having ${verb} ${t.written} on ${x.d} ${name} ${x.y}.`, "affirmed", iso(x)],
    [`${a.written} ${verb} ${t.written} in ${x.y}, as did ${b.written} in ${later}.`, "affirmed", String(x.y), String(later)],
    [`In ${x.y}, ${a.written} ${verb} ${t.written}, as did ${b.written} in ${later}.`, "affirmed", String(x.y), String(later)],
    [`${a.written} ${verb} ${t.written} on ${x.d} ${name} ${x.y} and did so in good faith.`, "affirmed", iso(x)],
    // The treaty's own date after its name ("done at Beijing on 10 September 2010") is not the act's.
    [`${a.written} ${verb} ${t.written}, done at ${pick(rng, ["Beijing", "Vienna", "Geneva"])} on ${x.d} ${name} ${x.y}.`, "affirmed", null],
  ];
  const [text, polarity, value, other] = cases[i % cases.length] as [string, string, string | null, string?];
  return {
    text: capitalise(text),
    head: NO_DATE_HEAD,
    dates: true,
    expected: [
      ...rowsFor([a], polarity === "negated" ? "ratified" : action, t.id, polarity, value),
      ...(other === undefined ? [] : rowsFor([b], action, t.id, "affirmed", other)),
    ].sort(),
  };
});

/** A call with no date of its own takes the statement's date. */
const calls = generate(1709, 4, (rng, i) => {
  const x = day(rng);
  const [a] = sample(rng, STATES, 1);
  const t = pick(rng, TREATIES);
  const text = [`${a!.written} called on all States to ratify ${t.written}.`, `${a!.written} urged all States to join ${t.written}.`][i % 2] as string;
  return { text: capitalise(text), head: headOf(dateline(rng, x, i)), dates: true, expected: rowsFor([a!], "called-for", t.id, "affirmed", iso(x)) };
});

/** The document's news dates the other acts it lists without a date; background acts stay undated. */
const news = generate(1710, 6, (rng, i) => {
  const x = day(rng);
  const [a, b, c] = sample(rng, STATES, 3);
  const t = pick(rng, TREATIES);
  const head = headOf(dateline(rng, x, i));
  if (i % 2 === 0) {
    const text = `${capitalise(a!.written)} today ratified ${t.written}. ${capitalise(b!.written)} signed ${t.written} at the same ceremony.`;
    return {
      text,
      head,
      dates: true,
      expected: [...rowsFor([a!], "ratified", t.id, "affirmed", iso(x)), ...rowsFor([b!], "signed", t.id, "affirmed", iso(x))].sort(),
    };
  }
  const text = `${capitalise(a!.written)} today ratified ${t.written}. ${capitalise(c!.written)} was the first State to sign ${t.written}.`;
  return {
    text,
    head,
    dates: true,
    expected: [...rowsFor([a!], "ratified", t.id, "affirmed", iso(x)), ...rowsFor([c!], "signed", t.id, "affirmed", null)].sort(),
  };
});

/** A closing date line dates the document; a day and month in the body take its year. */
const closing = generate(1711, 4, (rng) => {
  const x = day(rng);
  const [a] = sample(rng, STATES, 1);
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const name = MONTH_NAMES[x.m - 1] as string;
  const text = `${capitalise(a!.written)} ${verb} ${t.written} on ${x.d} ${name}.\n\n${x.d} ${name} ${x.y}\n`;
  return { text, head: NO_DATE_HEAD, dates: true, expected: rowsFor([a!], action, t.id, "affirmed", iso(x)) };
});

/** The next sentence names the act with its date ("The ratifications were announced on 9 July"). */
const actAgain = generate(1712, 4, (rng, i) => {
  const x = day(rng);
  const [a, b] = sample(rng, STATES, 2);
  const t = pick(rng, TREATIES);
  const [noun, verb, action] = (
    [
      ["ratifications", "ratified", "ratified"],
      ["accessions", "acceded to", "acceded"],
      ["signatures", "signed", "signed"],
    ] as const
  )[i % 3]!;
  const earlier = fromUtc(utc(x) - (3 + Math.floor(rng() * 20)) * 86400000);
  const name = MONTH_NAMES[earlier.m - 1] as string;
  const text = `${capitalise(a!.written)} and ${b!.written} ${verb} ${t.written}. The ${noun} were announced on ${earlier.d} ${name}.`;
  return { text, head: headOf(dateline(rng, x, i)), dates: true, expected: rowsFor([a!, b!], action, t.id, "affirmed", iso(earlier)) };
});

/** A statement that dates itself without a year ("today (25 September)", "PLACE, March 5:") takes the year of the latest dated thing it names. */
const yearless = generate(1713, 4, (rng, i) => {
  const x = day(rng);
  const [a] = sample(rng, STATES, 1);
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const name = MONTH_NAMES[x.m - 1] as string;
  const later = `${name} ${x.y}`;
  const text =
    i % 2 === 0
      ? `The Minister today (${x.d} ${name}) issued the following statement. ${capitalise(a!.written)} today ${verb} ${t.written}. A review is planned for ${later}.`
      : `${pick(rng, ["GENEVA", "NAIROBI", "LIMA"])}, ${name} ${x.d}: ${capitalise(a!.written)} today ${verb} ${t.written}. A review is planned for ${later}.`;
  return { text, head: NO_DATE_HEAD, dates: true, expected: rowsFor([a!], action, t.id, "affirmed", iso(x)) };
});

/**
 * A saved web page's date line under its menu, breadcrumb and headline ("Home / Press releases / Media centre … 09 July 2025 ·
 * Geneva · Meeting summaries"): the page's date, which "today" and "this afternoon" are read by.
 */
const underMenu = generate(13527, 20, (rng, i) => {
  const x = day(rng);
  const [a] = sample(rng, STATES, 1) as [StateName];
  const t = pick(rng, TREATIES);
  const [verb, action] = pick(rng, ACTS);
  const name = MONTH_NAMES[x.m - 1] as string;
  const menu = sample(rng, ["Home", "About us", "Press releases", "Media centre", "Human Rights Council", "Treaty bodies", "Contact"], 3 + (i % 4));
  const stamp = pick(rng, [
    `${String(x.d).padStart(2, "0")} ${name} ${x.y} · Geneva · Meeting summaries`,
    `${name} ${x.d}, ${x.y} | News`,
    `${x.d} ${name} ${x.y} – Statements`,
  ]);
  const when = pick(rng, ["today", "this afternoon", "this morning"]);
  // (As a page saved as text lays it out: each menu item, the breadcrumb and the headline on lines of their own.)
  const head = `${menu.join("\n\n")}\n\nHome > News > ${x.y}\n\nStatement on ${t.written.replace(/^the /u, "")}\n\n${stamp}\n\n`;
  const text = `${capitalise(a.written)} ${when} ${verb} ${t.written}, the Ministry said.\n\n© Ministry`;
  return { head, text, dates: true, expected: rowsFor([a], action, t.id, "affirmed", iso(x)) };
});

/** "A abstained in the vote on resolution X on 27 March 2014. B and C voted against the resolution.": one vote, one day. */
const abstainedIn = generate(13530, 8, (rng, i) => {
  const x = day(rng);
  const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
  const name = MONTH_NAMES[x.m - 1] as string;
  const r = `General Assembly resolution ${60 + i}/${200 + i}`;
  const marker = pick(rng, ["", "[22]", "[^4]"]);
  const text = `${capitalise(a.written)} abstained in the vote on ${r} on ${x.d} ${name} ${x.y}.${marker} ${capitalise(b.written)} and ${c.written} voted against the resolution.`;
  return { text, head: NO_DATE_HEAD, dates: true, expected: rowsFor([a, b, c], "supported", r, "negated", iso(x)) };
});

/** "At the conference on 18 November 2022, X was endorsed by 83 States. The first to endorse on the day were A and B.": that day. */
const onTheDay = generate(13534, 8, (rng, i) => {
  const x = day(rng);
  const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const name = MONTH_NAMES[x.m - 1] as string;
  const [verb, action] = pick(rng, [
    ["sign", "signed"],
    ["ratify", "ratified"],
  ] as const);
  const text =
    i % 2 === 0
      ? `At the ceremony in the capital on ${x.d} ${name} ${x.y}, ${t.written} was opened to all States. The first to ${verb} it on the day were ${b.written} and ${a.written}.`
      : `${capitalise(t.written)} was opened to all States on ${x.d} ${name} ${x.y}. ${capitalise(a.written)} and ${b.written} ${action} it on the day.`;
  return { text, head: NO_DATE_HEAD, dates: true, expected: rowsFor([a, b], action, t.id, "affirmed", iso(x)) };
});

/**
 * "Ten years ago", "Twenty years ago today", "Two years ago, in July": a count of years back from the document's date (its day with
 * "today"); "more than ten years ago" says no year. "followed by B in September of that year": the month of the year stated before,
 * not the document's.
 */
const yearsAgo = generate(13548, 16, (rng, i) => {
  const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const [count, n] = pick(rng, [
    ["Ten", 10],
    ["Twenty", 20],
    ["Two", 2],
    ["Five", 5],
  ] as const);
  const head = "Title: Anniversary note\nDate: 2025-06-14\n\n";
  const form = i % 4;
  if (form === 0)
    return {
      head,
      dates: true,
      text: `${count} years ago today, ${a.written} ratified ${t.written}.`,
      expected: rowsFor([a], "ratified", t.id, "affirmed", `${2025 - n}-06-14`),
    };
  if (form === 1)
    return {
      head,
      dates: true,
      text: `${count} years ago, in March, ${a.written} signed ${t.written}.`,
      expected: rowsFor([a], "signed", t.id, "affirmed", `${2025 - n}-03`),
    };
  if (form === 2)
    return {
      head,
      dates: true,
      text: `${capitalise(a.written)} ratified ${t.written} ${pick(rng, ["more than", "some", "nearly"])} ${count.toLowerCase()} years ago.`,
      expected: rowsFor([a], "ratified", t.id, "affirmed", "-"),
    };
  return {
    head,
    dates: true,
    text: `${capitalise(a.written)} was the first to ratify ${t.written}, in June ${2010 + i}, followed by ${b.written} in September of that year.`,
    expected: [...rowsFor([a], "ratified", t.id, "affirmed", `${2010 + i}-06`), ...rowsFor([b], "ratified", t.id, "affirmed", `${2010 + i}-09`)].sort(),
  };
});

/**
 * Chronologies: an entry under a year's heading ("## 2016 ¶ - **27 October** – A signs X", "- **2018** ¶ - 14/12 – A ratifies X",
 * "2006 ¶ 6 December   A signs X") is of that year; an entry that opens with its full date and a dash ("24 December 2017 – A
 * ratifies X") or sits under a line that is only its date ("28 July 2022 ¶ A ratifies X") has that date. A year's section ends at
 * the next heading: "## Outlook ¶ A signed X on 3 March" is of the document's year.
 */
const chronologies = generate(13551, 20, (rng, i) => {
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const year = 2012 + (i % 9);
  const head = "Title: Key dates\nDate: 2025-11-20\n\n";
  const [verb, action] = pick(rng, [
    ["signs", "signed"],
    ["ratifies", "ratified"],
  ] as const);
  const act = `${capitalise(a.written)} ${verb} ${t.written}.`;
  const intro = `${capitalise(t.written)} was negotiated over several years.\n\n`;
  const form = i % 5;
  if (form === 0)
    return { head, dates: true, text: `${intro}## ${year}\n\n- **27 October** – ${act}`, expected: rowsFor([a], action, t.id, "affirmed", `${year}-10-27`) };
  if (form === 1)
    return { head, dates: true, text: `${intro}- **${year}**\n  - 14/02 – ${act}`, expected: rowsFor([a], action, t.id, "affirmed", `${year}-02-14`) };
  if (form === 2)
    return { head, dates: true, text: `${intro}${year}\n  6 December   ${act}`, expected: rowsFor([a], action, t.id, "affirmed", `${year}-12-06`) };
  if (form === 3) {
    const [entry, day] = i % 2 === 0 ? [`24 December ${year} – ${act}`, "12-24"] : [`28 July ${year}\n${act}`, "07-28"];
    return { head, dates: true, text: `${intro}${entry}`, expected: rowsFor([a], action, t.id, "affirmed", `${year}-${day}`) };
  }
  return {
    head,
    dates: true,
    text: `${intro}## ${year}\n\n- **27 October** – The negotiations close.\n\n## Outlook\n\n${capitalise(a.written)} signed ${t.written} on 3 March.`,
    expected: rowsFor([a], "signed", t.id, "affirmed", "2025-03-03"),
  };
});

/** "respectively": one date per agent, among the dates of that act only; coordinated years ("in 2015 and 2016"). */
const respectively = generate(1714, 6, (rng) => {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const x = day(rng);
  const y1 = x.y + 1 + Math.floor(rng() * 3);
  const y2 = y1 + 1 + Math.floor(rng() * 3);
  const name = MONTH_NAMES[x.m - 1] as string;
  const text = `${capitalise(a.written)} and ${b.written} signed ${t.written} on ${x.d} ${name} ${x.y}, and ratified it in ${y1} and ${y2} respectively.`;
  const expected = [
    ...rowsFor([a, b], "signed", t.id, "affirmed", iso(x)),
    ...rowsFor([a], "ratified", t.id, "affirmed", String(y1)),
    ...rowsFor([b], "ratified", t.id, "affirmed", String(y2)),
  ].sort();
  return { text, head: NO_DATE_HEAD, dates: true, expected };
});

/** A recorded vote ("Voting against were: A, B.") is the record of the meeting the document reports: the document's date. */
const recordedVotes = generate(1717, 6, (rng, i) => {
  const x = day(rng);
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const symbol = `A/C.3/7${i}/L.${10 + i}`;
  const [lead, polarity] = pick(rng, [
    ["Voting against were", "negated"],
    ["Abstaining were", "negated"],
    ["In favour", "affirmed"],
  ] as const);
  const text = `The Committee approved draft resolution ${symbol} by a recorded vote. ${lead}: ${capitalise(a.written)}, ${b.written} and ${c.written}.`;
  return { text, head: headOf(dateline(rng, x, i)), dates: true, expected: rowsFor([a, b, c], "supported", `draft resolution ${symbol}`, polarity, iso(x)) };
});

/** A bracketed year after each member of a list is that member's date: "ratified by A (2014), B (2015) and C (2016)". */
/** "Before today", "As of today", "until yesterday": a bound before the day, not the act's date (the act stays undated). */
const bounds = generate(1718, 6, (rng, i) => {
  const x = day(rng);
  const l = sample(rng, STATES, 2) as StateName[];
  const t = pick(rng, TREATIES);
  const bound = ["Before today", "As of today", "Until yesterday", "Prior to today", "Up to today", "By today"][i % 6] as string;
  return {
    text: `${bound}, ${t.written} had been ratified by ${listOf(l.map((a) => a.written))}.`,
    head: headOf(dateline(rng, x, i)),
    dates: true,
    expected: rowsFor(l, "ratified", t.id, "affirmed", null),
  };
});

/** Coordinated years shared by several agents without "respectively" ("in 2014 and 2015, A, B and C ratified X") say nobody's date; with it, each its own. */
const sharedYears = generate(1719, 6, (rng, i) => {
  const l = sample(rng, STATES, 2) as StateName[];
  const t = pick(rng, TREATIES);
  const [y1, y2] = [2001 + Math.floor(rng() * 10), 2012 + Math.floor(rng() * 10)];
  const subject = listOf(l.map((a) => a.written));
  if (i % 3 === 2)
    return {
      text: `${capitalise(subject)} ratified ${t.written} in ${y1} and ${y2} respectively.`,
      dates: true,
      expected: [
        ...rowsFor([l[0] as StateName], "ratified", t.id, "affirmed", String(y1)),
        ...rowsFor([l[1] as StateName], "ratified", t.id, "affirmed", String(y2)),
      ].sort(),
    };
  const text = i % 3 === 0 ? `${capitalise(subject)} ratified ${t.written} in ${y1} and ${y2}.` : `In ${y1} and ${y2}, ${subject} ratified ${t.written}.`;
  return { text, dates: true, expected: rowsFor(l, "ratified", t.id, "affirmed", null) };
});

const bracketedYears = generate(1716, 6, (rng, i) => {
  const l = sample(rng, STATES, 2 + Math.floor(rng() * 2));
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const years = l.map((_, k) => 2000 + k * 3 + Math.floor(rng() * 3));
  const list = listOf(l.map((s, k) => `${s.written} (${years[k]})`));
  const [verb, action] = pick(rng, [
    ["ratified", "ratified"],
    ["signed", "signed"],
  ] as const);
  const text = i % 2 === 0 ? `${capitalise(t.written)} has been ${verb} by ${list}.` : `${capitalise(list)} have ${verb} ${t.written}.`;
  const expected = l.flatMap((s, k) => rowsFor([s], action, t.id, "affirmed", String(years[k]))).sort();
  return { text, head: NO_DATE_HEAD, dates: true, expected };
});

/**
 * Several objects, each with its own date after its name: "A ratified X in 2015 and Y in 2017", "has ratified the following
 * instruments: (a) X, in 2015; (b) Y, in 2017", "X (2015) and Y (2017)". One date after both is both's ("X and Y in 2017").
 */
const objectYears = generate(13494, 16, (rng, i) => {
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const [t, u] = sample(
    rng,
    TREATIES_ONLY.filter((x) => !x.written.includes(",")),
    2,
  ) as [InstrumentName, InstrumentName];
  const [y1, y2] = [2005 + (i % 6), 2012 + (i % 5)];
  const [verb, action] = pick(rng, [
    ["ratified", "ratified"],
    ["signed", "signed"],
    ["acceded to", "acceded"],
  ] as const);
  const both = [...rowsFor([a], action, t.id, "affirmed", String(y1)), ...rowsFor([a], action, u.id, "affirmed", String(y2))].sort();
  switch (i % 4) {
    case 0:
      return { text: `${capitalise(a.written)} ${verb} ${t.written} in ${y1} and ${u.written} in ${y2}.`, head: NO_DATE_HEAD, dates: true, expected: both };
    case 1:
      return {
        text: `${capitalise(a.written)} has ${verb} the following instruments: (a) ${t.written}, in ${y1}; (b) ${u.written}, in ${y2}.`,
        head: NO_DATE_HEAD,
        dates: true,
        expected: both,
      };
    case 2:
      return { text: `${capitalise(a.written)} has ${verb} ${t.written} (${y1}) and ${u.written} (${y2}).`, head: NO_DATE_HEAD, dates: true, expected: both };
    default:
      return {
        text: `${capitalise(a.written)} ${verb} ${t.written} and ${u.written} in ${y2}.`,
        head: NO_DATE_HEAD,
        dates: true,
        expected: [...rowsFor([a], action, t.id, "affirmed", String(y2)), ...rowsFor([a], action, u.id, "affirmed", String(y2))].sort(),
      };
  }
});

/** "ratified by A on March 3, 2020, and by B in 2021": a month-day-year date after the agent keeps its year across the comma. */
const agentDays = generate(1720, 6, (rng) => {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const [month, m] = pick(rng, [
    ["March", "03"],
    ["June", "06"],
    ["October", "10"],
  ] as const);
  const day = 2 + Math.floor(rng() * 25);
  const y1 = 2003 + Math.floor(rng() * 15);
  const y2 = y1 + 2;
  return {
    text: `${capitalise(t.written)} was ratified by ${a.written} on ${month} ${day}, ${y1}, and by ${b.written} in ${y2}.`,
    dates: true,
    expected: [
      ...rowsFor([a], "ratified", t.id, "affirmed", `${y1}-${m}-${String(day).padStart(2, "0")}`),
      ...rowsFor([b], "ratified", t.id, "affirmed", String(y2)),
    ].sort(),
  };
});

/** A date that opens the sentence dates its act however long the subject between them ("On 9 May 2025 in Lviv, the Minister …, and the foreign ministers of A, B and C, meeting with …, endorsed X"). */
const farOpenings = generate(1721, 6, (rng) => {
  const l = sample(rng, STATES, 3) as StateName[];
  const t = pick(rng, TREATIES);
  const [month, m] = pick(rng, [
    ["May", "05"],
    ["September", "09"],
  ] as const);
  const day = 2 + Math.floor(rng() * 25);
  const year = 2015 + Math.floor(rng() * 9);
  return {
    text: `On ${day} ${month} ${year} in ${pick(rng, ["Lviv", "Geneva", "Vienna"])}, the Secretary-General of the Organization, Ms Ana Pereira, and the foreign ministers of ${listOf(l.map((a) => a.written))}, meeting with the heads of several regional organizations and with representatives of civil society, signed ${t.written}.`,
    dates: true,
    expected: rowsFor(l, "signed", t.id, "affirmed", `${year}-${m}-${String(day).padStart(2, "0")}`),
  };
});

/** "The proposal was put to a vote on 3 March 2021. The result was …: In favour: A, B": the recorded vote is that day's. */
const votedBefore = generate(1722, 6, (rng, i) => {
  const x = day(rng);
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const symbol = pick(rng, ["IWC/69/7 Rev1", "UNEP/EA.6/L.1", "CBD/COP/15/L.25"]);
  const voted = 3 + Math.floor(rng() * 20);
  const event = pick(rng, ["was put to a vote on", "was put to a recorded vote on"]);
  const text = `The proposal (${symbol}) ${event} ${voted} March 2021. The result was 2 in favour and 1 against, as follows: In favour: ${capitalise(a.written)}, ${b.written}. Against: ${capitalise(c.written)}.`;
  return {
    text,
    head: headOf(dateline(rng, x, i)),
    dates: true,
    expected: [
      ...rowsFor([a, b], "supported", symbol, "affirmed", `2021-03-${String(voted).padStart(2, "0")}`),
      ...rowsFor([c], "supported", symbol, "negated", `2021-03-${String(voted).padStart(2, "0")}`),
    ].sort(),
  };
});

/** "A and B were the first to accede, in 2018, followed by C in 2020, D and E in 2021 and F in 2022": each follower's own year. */
const followedYears = generate(1723, 5, (rng) => {
  const [a, b, c, d, e, f] = sample(rng, STATES, 6) as [StateName, StateName, StateName, StateName, StateName, StateName];
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const [verb, action] = pick(rng, [
    ["accede to", "acceded"],
    ["ratify", "ratified"],
  ] as const);
  return {
    text: `${capitalise(a.written)} and ${b.written} were the first to ${verb} ${t.written}, in 2018, followed by ${c.written} in 2020, ${d.written} and ${e.written} in 2021 and ${f.written} in 2022.`,
    dates: true,
    expected: [
      ...rowsFor([a, b], action, t.id, "affirmed", "2018"),
      ...rowsFor([c], action, t.id, "affirmed", "2020"),
      ...rowsFor([d, e], action, t.id, "affirmed", "2021"),
      ...rowsFor([f], action, t.id, "affirmed", "2022"),
    ].sort(),
  };
});

/** "The Council adopted X on 7 October 2021 … A and B voted in favour of the text.": the votes are on the adoption's day. */
const adoptionDay = generate(1724, 5, (rng, i) => {
  const x = day(rng);
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const voted = 2 + Math.floor(rng() * 20);
  const text = `The Human Rights Council adopted resolution 48/13 on ${voted} October 2021 by a recorded vote. Explaining their votes afterwards, ${a.written} and ${b.written} said they had voted in favour of the text.`;
  return {
    text,
    head: headOf(dateline(rng, x, i)),
    dates: true,
    expected: [
      `UN Human Rights Council|adopted|resolution 48/13|affirmed|2021-10-${String(voted).padStart(2, "0")}`,
      ...rowsFor([a, b], "supported", "resolution 48/13", "affirmed", `2021-10-${String(voted).padStart(2, "0")}`),
    ].sort(),
  };
});

/**
 * "signed the Convention on Mountain Rescue of 1968 on 8 November 1968": the year after "of" at a name's end is part of its name (also
 * of a reference, "the Second Protocol of 1999"), so the act's date is the day after it.
 */
const yearsInNames = generate(1725, 6, (rng, i) => {
  const [a] = sample(rng, STATES, 1) as [StateName];
  const year = pick(rng, ["1949", "1968", "1972"]);
  const name = `Convention on ${pick(rng, ["Road Signage Standards", "Mountain Rescue", "Glacier Monitoring"])} of ${year}`;
  const [verb, action] = pick(rng, [
    ["signed", "signed"],
    ["ratified", "ratified"],
  ] as const);
  const [when, date] = i % 2 === 0 ? [`on 8 November ${+year + 1}`, `${+year + 1}-11-08`] : [`in ${+year + 5}`, `${+year + 5}`];
  return {
    text: `${capitalise(a.written)} ${verb} the ${name} ${when}.`,
    expected: rowsFor([a], action, name, "affirmed", date),
    dates: true,
  };
});

/**
 * "On that date", "that same year", "the same day", "that first day": the date the text stated before, as precise as the phrase
 * says; not "the same day as B" (B's day, not given), and a date in apposition ("on that day, 14 February 1967") says which.
 */
const dateAnaphors = generate(1726, 20, (rng, i) => {
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
  );
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const A = capitalise(a.written);
  switch (i % 5) {
    case 0:
      return {
        text: `${capitalise(t.written)} was opened for signature on 3 June 2013. ${pick(rng, ["On that date", "That same day", "On the first day"])}, it was signed by ${a.written} and ${b.written}.`,
        expected: rowsFor([a, b], "signed", t.id, "affirmed", "2013-06-03"),
        dates: true,
      };
    case 1:
      return {
        text: `${A} ratified ${t.written} in June 2021, and ${b.written} ratified it ${pick(rng, ["that same year", "the same year", "that year"])}.`,
        expected: [...rowsFor([a], "ratified", t.id, "affirmed", "2021-06"), ...rowsFor([b], "ratified", t.id, "affirmed", "2021")].sort(),
        dates: true,
      };
    case 2:
      return {
        text: `${A} ratified ${t.written} on 4 May 2016. On the same day, ${b.written} signed it.`,
        expected: [...rowsFor([a], "ratified", t.id, "affirmed", "2016-05-04"), ...rowsFor([b], "signed", t.id, "affirmed", "2016-05-04")].sort(),
        dates: true,
      };
    case 3:
      return {
        text: `${capitalise(t.written)} was adopted on 2 April 2013. It was signed on that day, 14 February 2014, by ${a.written}.`,
        expected: rowsFor([a], "signed", t.id, "affirmed", "2014-02-14"),
        dates: true,
      };
    default:
      if (i % 10 === 9)
        // An intransitive act closed by a date anaphor: "B signed that day".
        return {
          text: `${A} ratified ${t.written} on 4 May 2016. ${capitalise(b.written)} signed ${pick(rng, ["that day", "the same day", "that same day"])}.`,
          expected: [...rowsFor([a], "ratified", t.id, "affirmed", "2016-05-04"), ...rowsFor([b], "signed", t.id, "affirmed", "2016-05-04")].sort(),
          dates: true,
        };
      return {
        text: `${capitalise(t.written)} was adopted on 2 April 2013. ${A} signed it on the same day as ${b.written}.`,
        expected: rowsFor([a], "signed", t.id, "affirmed", null),
        dates: true,
      };
  }
});

const heldOnDays = generate(1727, 8, (rng, i) => {
  // A summary record's acts are of the day its meeting sat ("Held at Headquarters, New York, on Tuesday, 3 October 2023, at 3 p.m."),
  // not of the day it was issued ("Distr.: General 19 October 2023").
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const [held, iso] = pick(rng, [
    ["on Tuesday, 3 October 2023", "2023-10-03"],
    ["on Wednesday, 3 April 2024", "2024-04-03"],
    ["on 14 November 2024", "2024-11-14"],
  ] as const);
  const place = pick(rng, ["Headquarters, New York", "the Palais des Nations, Geneva", "the Palais Wilson, Geneva"]);
  const head = `United Nations                                   A/C.6/78/SR.${10 + i}\nGeneral Assembly                                 Distr.: General\n                                                 19 December 2024\n\nSummary record of the ${10 + i}th meeting\nHeld at ${place}, ${held}, at 3 p.m.\n\n`;
  return {
    text: `1. Mr. Ortiz (${a.written}) called on all States that had not yet done so to ratify ${t.written}. ${capitalise(b.written)} had voted in favour of the draft resolution.`,
    head,
    dates: true,
    expected: rowsFor([a], "called-for", t.id, "affirmed", iso),
  };
});

/**
 * A State is a party by the act that bound it: "A is a party to X, which it ratified in 2011", "A deposited its instrument of
 * accession on 4 March 2015. A thereby becomes the 40th State Party" date the party record by that act. Not by a signature,
 * and not when the text gives the act two different days.
 */
const partyDays = generate(1728, 12, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const [a] = sample(rng, STATES, 1) as [StateName];
  const A = capitalise(a.written);
  const m = pick(rng, MONTH_NAMES);
  const mm = pad(MONTH_NAMES.indexOf(m) + 1);
  const y = 2005 + Math.floor(rng() * 18);
  switch (i % 4) {
    case 0: {
      const [verb, action] = pick(rng, [
        ["which it ratified", "ratified"],
        ["to which it acceded", "acceded"],
      ] as const);
      return {
        text: `${A} is ${pick(rng, ["a party", "already a party", "also a party"])} to ${t.written}, ${verb} in ${m} ${y}.`,
        expected: [...rowsFor([a], "party", t.id, "affirmed", `${y}-${mm}`), ...rowsFor([a], action, t.id, "affirmed", `${y}-${mm}`)].sort(),
        dates: true,
      };
    }
    case 1: {
      const [instrument, action] = pick(rng, [
        ["ratification of", "ratified"],
        ["accession to", "acceded"],
      ] as const);
      return {
        text: `On 12 ${m} ${y}, ${a.written} deposited its instrument of ${instrument} ${t.written}. ${pick(rng, ["With this deposit", "Thereby", "With it"])}, ${a.written} becomes the ${pick(rng, ["41st", "102nd", "63rd"])} State Party to ${t.written}.`,
        expected: [...rowsFor([a], "party", t.id, "affirmed", `${y}-${mm}-12`), ...rowsFor([a], action, t.id, "affirmed", `${y}-${mm}-12`)].sort(),
        dates: true,
      };
    }
    case 2:
      // A signature does not bind: the party record stays undated.
      return {
        text: `${A} signed ${t.written} in ${y}. ${A} is a party to ${t.written}.`,
        expected: [...rowsFor([a], "party", t.id, "affirmed", null), ...rowsFor([a], "signed", t.id, "affirmed", String(y))].sort(),
        dates: true,
      };
    default:
      // Two days for the act: the text disagrees with itself, and the party record keeps no day.
      return {
        text: `${A} ratified ${t.written} on 3 ${m} ${y}. ${A} is a party to ${t.written}. ${pick(rng, ["Its registry says", "The depositary's records say", "Another source says"])} ${a.written} ratified ${t.written} on 9 ${m} ${y + 1}.`,
        expected: [
          ...rowsFor([a], "party", t.id, "affirmed", null),
          ...rowsFor([a], "ratified", t.id, "affirmed", `${y}-${mm}-03`),
          ...rowsFor([a], "ratified", t.id, "affirmed", `${y + 1}-${mm}-09`),
        ].sort(),
        dates: true,
      };
  }
});

/**
 * A commitment a dated statement states or reports is of the statement's day: "A remains firmly committed to X", "A reaffirmed its
 * commitment to X", "the Minister said that A was fully committed to X". A day the text gives is kept ("In 2015 A committed to
 * X"), and an undated document gives none.
 */
const commitmentDays = generate(1729, 12, (rng, i) => {
  const x = day(rng);
  const [a] = sample(rng, STATES, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const A = capitalise(a.written);
  const said = [
    `${A} ${pick(rng, ["remains", "is", "remains firmly", "is fully"])} committed to ${t.written}.`,
    `${A} reaffirmed its ${pick(rng, ["", "strong ", "full "])}commitment to ${t.written}.`,
    `The ${pick(rng, ["Foreign Minister", "Ambassador", "delegation"])} said that ${a.written} ${pick(rng, ["was", "remained"])} fully committed to ${t.written}.`,
  ][i % 3] as string;
  switch (i % 4) {
    case 3:
      return {
        text: `In ${x.y} ${a.written} committed to ${t.written}.`,
        head: headOf(dateline(rng, x, i)),
        dates: true,
        expected: rowsFor([a], "committed", t.id, "affirmed", String(x.y)),
      };
    case 2:
      return { text: said, head: NO_DATE_HEAD, dates: true, expected: rowsFor([a], "committed", t.id, "affirmed", null) };
    default:
      return { text: said, head: headOf(dateline(rng, x, i)), dates: true, expected: rowsFor([a], "committed", t.id, "affirmed", iso(x)) };
  }
});

/**
 * A vote or a stand on a named text, in a sentence that dates nothing, is the meeting's the dated document reports ("the
 * representative of A said her delegation had voted in favour of draft resolution L.12", "A abstained on L.14", "A said it
 * supported X"); not a vote in a relative ("A, which voted against resolution 77/222, …"), nor on a text the document's year
 * post-dates ("resolution 2231 (2015)" in a later statement), nor in an undated document.
 */
const voteDays = generate(1730, 12, (rng, i) => {
  const x = { ...day(rng), y: 2016 + Math.floor(rng() * 7) };
  const [a] = sample(rng, STATES, 1) as [StateName];
  const A = capitalise(a.written);
  const l = 10 + Math.floor(rng() * 60);
  const draft = pick(rng, [`draft resolution L.${l}`, `draft resolution A/C.1/${x.y - 1945}/L.${l}`, `draft resolution A/HRC/${x.y - 1990}/L.${l}`]);
  const head = headOf(dateline(rng, x, i));
  switch (i % 6) {
    case 0:
      return {
        text: `The representative of ${a.written} said her delegation had voted in favour of ${draft}.`,
        head,
        dates: true,
        expected: [`${a.name}|supported|${draft}|affirmed|${iso(x)}`],
      };
    case 1:
      return {
        text: `${A} ${pick(rng, ["abstained on", "voted against"])} ${draft}.`,
        head,
        dates: true,
        expected: [`${a.name}|supported|${draft}|negated|${iso(x)}`],
      };
    case 2:
      return { text: `${A} said it supported ${draft}.`, head, dates: true, expected: [`${a.name}|supported|${draft}|affirmed|${iso(x)}`] };
    case 3: {
      const old = `resolution ${2600 + l} (${x.y - 3})`;
      return { text: `${A} voted in favour of ${old}.`, head, dates: true, expected: [`${a.name}|supported|${old}|affirmed|-`] };
    }
    case 4:
      return { text: `${A} voted in favour of ${draft}.`, head: NO_DATE_HEAD, dates: true, expected: [`${a.name}|supported|${draft}|affirmed|-`] };
    default:
      return {
        text: `${A}, which voted against resolution ${x.y - 1947}/${l}, has not signed the Arms Trade Treaty.`,
        head,
        dates: true,
        expected: [`${a.name}|signed|att|negated|-`, `${a.name}|supported|resolution ${x.y - 1947}/${l}|negated|-`].sort(),
      };
  }
});

/**
 * A body's adoption told in the active voice, in a sentence that dates nothing, is the meeting's the dated document reports ("The
 * Council then adopted without a vote draft resolution L.8", "The Committee approved draft resolution L.34 by a recorded vote");
 * not a passive, which tells a text's history ("X was adopted by the General Assembly"), nor a text the document's year post-dates.
 */
const adoptionDays = generate(1731, 12, (rng, i) => {
  const x = { ...day(rng), y: 2016 + Math.floor(rng() * 7) };
  const l = 10 + Math.floor(rng() * 60);
  const [body, actor, symbol] = pick(rng, [
    ["The Human Rights Council", "UN Human Rights Council", `A/HRC/${x.y - 1990}/L.${l}`],
    ["The Third Committee", "UN General Assembly Third Committee", `A/C.3/${x.y - 1945}/L.${l}`],
    ["The General Assembly", "UN General Assembly", `A/${x.y - 1945}/L.${l}`],
  ] as const);
  const draft = `draft resolution ${symbol}`;
  const head = headOf(dateline(rng, x, i));
  switch (i % 4) {
    case 0:
      return { text: `${body} then adopted without a vote ${draft}.`, head, dates: true, expected: [`${actor}|adopted|${draft}|affirmed|${iso(x)}`] };
    case 1:
      return {
        text: `${body} ${pick(rng, ["approved", "adopted"])} ${draft} by a recorded vote of ${100 + l} in favour to ${l} against.`,
        head,
        dates: true,
        expected: [`${actor}|adopted|${draft}|affirmed|${iso(x)}`],
      };
    case 2: {
      const t = pick(rng, TREATIES_ONLY);
      return {
        text: `${capitalise(t.written)} was adopted by the General Assembly.`,
        head,
        dates: true,
        expected: [`UN General Assembly|adopted|${t.id}|affirmed|-`],
      };
    }
    default: {
      const old = `resolution ${x.y - 1950}/${l} (${x.y - 5})`;
      return { text: `The General Assembly adopted ${old}.`, head, dates: true, expected: [`UN General Assembly|adopted|${old}|affirmed|-`] };
    }
  }
});

/**
 * A signature on the day a text opened for signature takes that day: "Among the first-day signatories were A and B", "A signed the
 * Treaty on the day it was opened for signature", "It was opened for signature on 3 June 2013 in New York, where it was signed by A
 * and B". Not a later signature ("has since been signed by A"), nor "the opening day of" a meeting.
 */
const openingDays = generate(1732, 12, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const m = pick(rng, MONTH_NAMES);
  const mm = pad(MONTH_NAMES.indexOf(m) + 1);
  const y = 1995 + Math.floor(rng() * 25);
  const d = 10 + Math.floor(rng() * 18);
  const opened = `${capitalise(t.written)} was opened for signature ${pick(rng, [`on ${d} ${m} ${y} in Geneva`, `in Geneva on ${d} ${m} ${y}`])}`;
  const day = `${y}-${mm}-${d}`;
  switch (i % 5) {
    case 0:
      return {
        text: `${opened}. Among the first-day signatories were ${a.written} and ${b.written}.`,
        dates: true,
        expected: rowsFor([a, b], "signed", t.id, "affirmed", day),
      };
    case 1:
      return {
        text: `${opened}. ${capitalise(a.written)} signed it on the day it was opened for signature.`,
        dates: true,
        expected: rowsFor([a], "signed", t.id, "affirmed", day),
      };
    case 2:
      return {
        text: `${opened}, where it was signed by ${a.written} and ${b.written}.`,
        dates: true,
        expected: rowsFor([a, b], "signed", t.id, "affirmed", day),
      };
    case 3:
      return { text: `${opened} and has since been signed by ${a.written}.`, dates: true, expected: rowsFor([a], "signed", t.id, "affirmed", null) };
    default:
      return {
        text: `${opened}. On the opening day of the ${pick(rng, ["conference", "session", "meeting"])}, ${a.written} signed it.`,
        dates: true,
        expected: rowsFor([a], "signed", t.id, "affirmed", null),
      };
  }
});

/**
 * A tracker's line under a status heading, "Angola – 2010" or "- Chad - 2015": a year alone after the dash dates the line's act
 * (its negated acts stay undated); a line with no year after its dash, or a year inside a name, gives none.
 */
const lineYears = generate(1733, 12, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const [ya, yb] = [2000 + Math.floor(rng() * 20), 2000 + Math.floor(rng() * 20)];
  const dash = pick(rng, ["–", "-", "—"]);
  const bullet = pick(rng, ["", "- ", "• "]);
  const head = `Press release\n\nThe tracker follows ${t.written}.\n\n`;
  switch (i % 3) {
    case 0:
      return {
        head,
        text: `RATIFIED\n${bullet}${capitalise(a.written)} ${dash} ${ya}\n${bullet}${capitalise(b.written)} ${dash} ${yb}`,
        dates: true,
        expected: [...rowsFor([a], "ratified", t.id, "affirmed", String(ya)), ...rowsFor([b], "ratified", t.id, "affirmed", String(yb))].sort(),
      };
    case 1:
      return {
        head,
        text: `SIGNED, NOT RATIFIED\n${bullet}${capitalise(a.written)} ${dash} ${ya}`,
        dates: true,
        expected: [...rowsFor([a], "signed", t.id, "affirmed", String(ya)), ...rowsFor([a], "ratified", t.id, "negated", null)].sort(),
      };
    default:
      return {
        head,
        text: `RATIFIED\n${bullet}${capitalise(a.written)} ${dash} ${pick(rng, ["instrument deposited", "see note 3", "ratification confirmed"])}\n${bullet}${capitalise(b.written)}`,
        dates: true,
        expected: [...rowsFor([a], "ratified", t.id, "affirmed", null), ...rowsFor([b], "ratified", t.id, "affirmed", null)].sort(),
      };
  }
});

/**
 * A declaration endorsed in the simple past, in a sentence that dates nothing, is the news of the dated document that reports it
 * ("The Declaration was signed by A and B", "A and B endorsed the Declaration"); not one endorsed by then ("A and B have endorsed
 * it", "it has been endorsed by A"), nor in an undated document.
 */
const endorsementDays = generate(1734, 12, (rng, i) => {
  const x = day(rng);
  const t = pick(rng, [
    { written: "the Safe Schools Declaration", id: "safe-schools-declaration" },
    { written: "the Millennium Declaration", id: "millennium-declaration" },
  ]);
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const head = headOf(dateline(rng, x, i));
  const both = `${a.written} and ${b.written}`;
  switch (i % 4) {
    case 0:
      return {
        text: `${capitalise(t.written)} was ${pick(rng, ["signed", "endorsed"])} by ${both}.`,
        head,
        dates: true,
        expected: rowsFor([a, b], "endorsed", t.id, "affirmed", iso(x)),
      };
    case 1:
      return {
        text: `${capitalise(both)} ${pick(rng, ["endorsed", "also endorsed", "formally endorsed"])} ${t.written}.`,
        head,
        dates: true,
        expected: rowsFor([a, b], "endorsed", t.id, "affirmed", iso(x)),
      };
    case 2:
      return {
        text: pick(rng, [
          `${capitalise(both)} have ${pick(rng, ["", "already "])}endorsed ${t.written}.`,
          `${capitalise(t.written)} has been endorsed by ${both}.`,
        ]),
        head,
        dates: true,
        expected: rowsFor([a, b], "endorsed", t.id, "affirmed", null),
      };
    default:
      return {
        text: `${capitalise(both)} endorsed ${t.written}.`,
        head: NO_DATE_HEAD,
        dates: true,
        expected: rowsFor([a, b], "endorsed", t.id, "affirmed", null),
      };
  }
});

/**
 * A statement's place-and-date line under a heading block ("New York, 4 November 2024" on its own line, fifth in the body) dates
 * the statement, and so its calls; a line of prose that holds a date does not.
 */
const placeDateLines = generate(1735, 12, (rng, i) => {
  const x = day(rng);
  const [a] = sample(rng, STATES, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const m = MONTH_NAMES[x.m - 1] as string;
  const place = pick(rng, ["New York", "Montréal", "Geneva", "Addis Ababa", "Vienna"]);
  const line = [`${place}, ${x.d} ${m} ${x.y}`, `${place}, ${weekday(x)} ${x.d} ${m} ${x.y}`, `${place}, ${m} ${x.d}, ${x.y}`][i % 3] as string;
  const block = `Permanent Mission of ${capitalise(a.written)} to the United Nations\n\n${pick(rng, ["Seventy-ninth session", "Conference of the Parties"])}\nAgenda item ${10 + (i % 9)}\n\nStatement by the Permanent Representative\n\n`;
  if (i % 4 === 3)
    return {
      head: `${block}The Committee met in ${place} on ${x.d} ${m} ${x.y} to hear the statements.\n\n`,
      text: `${capitalise(a.written)} calls on all States to ratify ${t.written}.`,
      dates: true,
      expected: rowsFor([a], "called-for", t.id, "affirmed", null),
    };
  return {
    head: `${block}${line}\n\n`,
    text: `We call on all States to ratify ${t.written}.`,
    dates: true,
    expected: rowsFor([a], "called-for", t.id, "affirmed", iso(x)),
  };
});

/**
 * The opening day given before the phrase ("On 26 November 1987 X was opened for signature in Strasbourg") dates "On the first day,
 * X was signed by A and B", also past a sentence that names another day ("It had been adopted on 26 June of the same year").
 */
const openingDaysBefore = generate(1736, 8, (rng, i) => {
  const t = pick(rng, TREATIES_ONLY);
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const m = pick(rng, MONTH_NAMES);
  const mm = pad(MONTH_NAMES.indexOf(m) + 1);
  const y = 1980 + Math.floor(rng() * 30);
  const d = 10 + Math.floor(rng() * 18);
  const between = i % 2 === 0 ? ` It had been adopted on 2 ${MONTH_NAMES[(MONTH_NAMES.indexOf(m) + 6) % 12]} of the same year.` : "";
  return {
    text: `On ${d} ${m} ${y} ${t.written} was opened for signature in Strasbourg.${between} On the first day, it was signed by ${a.written} and ${b.written}.`,
    head: headOf(dateline(rng, day(rng), i)),
    dates: true,
    expected: rowsFor([a, b], "signed", t.id, "affirmed", `${y}-${mm}-${d}`),
  };
});

/** A year a text's name holds after "of" ("party to the four Geneva Conventions of 1949") is no date of the act. */
const yearsOfNames = generate(13501, 8, (rng, i) => {
  const [a] = sample(rng, STATES, 1) as [StateName];
  const act = i % 2 === 0 ? "is a party to" : "has been a party since 2003 to";
  const year = i % 2 === 0 ? null : "2003";
  const t = pick(rng, [
    ["the Convention on International Civil Aviation of 1944", "chicago-convention"],
    ["the four Geneva Conventions of 1949", "geneva-conventions"],
  ] as const);
  return { text: `${capitalise(a.written)} ${act} ${t[0]}.`, dates: true, expected: rowsFor([a], "party", t[1], "affirmed", year) };
});

/**
 * A day written as an ordinal after a bare reference ("signed the Protocol on 19th February, 2022") dates the act; it is no subject of
 * the Protocol's name (a "10th anniversary" in a name stays). A relative after a name's year in apposition ("X, 1954, to which it acceded on 22nd March, 2021") is on X.
 */
const ordinalDays = generate(13506, 12, (rng, i) => {
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const day = pick(rng, [
    ["19th February, 2022", "2022-02-19"],
    ["3rd March 2021", "2021-03-03"],
    ["22nd June, 2020", "2020-06-22"],
  ] as const);
  if (i % 2 === 0)
    return {
      text: `${capitalise(a.written)} ratified ${t.written} in 2019. ${capitalise(a.written)} had signed the ${t.type === "protocol" ? "Protocol" : "Treaty"} on ${day[0]}.`,
      dates: true,
      expected: [...rowsFor([a], "ratified", t.id, "affirmed", "2019"), ...rowsFor([a], "signed", t.id, "affirmed", day[1])].sort(),
    };
  return {
    text: `${capitalise(a.written)} is a party to the Convention relating to the Status of Stateless Persons, 1954, to which it acceded on ${day[0]}.`,
    dates: true,
    expected: [...rowsFor([a], "party", "statelessness-1954", "affirmed", day[1]), ...rowsFor([a], "acceded", "statelessness-1954", "affirmed", day[1])].sort(),
  };
});

/**
 * A day without its year but with its weekday ("on Thursday, 3 April") is in the year next to the document's where that day is that
 * weekday, even after the document's date (a session's report dated at its opening); without the weekday, the latest such day before.
 */
const weekdayYears = generate(13507, 8, (rng, i) => {
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const [weekday, day, year] = pick(rng, [
    ["Thursday", "3 April", "2025-04-03"],
    ["Wednesday", "2 April", "2025-04-02"],
    ["Monday", "31 March", "2025-03-31"],
  ] as const);
  const withDay = i % 2 === 0;
  return {
    head: "Title: Human Rights Council, fifty-eighth session\nDate: 24 February 2025\n\n",
    text: `On ${withDay ? `${weekday}, ` : ""}${day}, ${a.written} signed ${t.written}.`,
    dates: true,
    expected: rowsFor([a], "signed", t.id, "affirmed", withDay ? year : `2024${year.slice(4)}`),
  };
});

// "Last year, on June 23, 2021, A signed X", "Earlier this month (on 4 May), A ratified X": a relative time restated by its exact date
// right after it is that date; "Last year A signed X" keeps the year.
const restatedRelatives = generate(13576, 12, (rng, i) => {
  const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const form = i % 3;
  const head = "Title: Weekly round-up\nDate: 2022-05-20\n\n";
  const resolution = pick(rng, [
    ["resolution 2467 (2019)", "unsc-res-2467"],
    ["resolution 1540 (2004)", "unsc-res-1540"],
  ] as const);
  if (form === 0)
    return {
      head,
      text: `Last year, ${pick(rng, ["on June 23, 2021", "on 23 June 2021"])}, ${resolution[0]} was ${pick(rng, ["reviewed", "debated"])} again, with ${pick(
        rng,
        ["the abstentions of", "abstentions by"],
      )} ${a.written} and ${b.written}.`,
      dates: true,
      expected: rowsFor([a, b], "supported", resolution[1], "negated", "2021-06-23"),
    };
  if (form === 1)
    return {
      head,
      text: `Earlier this month, on 4 May, ${a.written} and ${b.written} abstained on ${resolution[0]}.`,
      dates: true,
      expected: rowsFor([a, b], "supported", resolution[1], "negated", "2022-05-04"),
    };
  return { head, text: `Last year ${a.written} signed ${t.written}.`, dates: true, expected: rowsFor([a], "signed", t.id, "affirmed", "2021") };
});

// "The General Assembly endorsed X on 19 December 2018 by a recorded vote of 152 to 5. A voted in favour. B and C voted against.": the
// votes are of the day the sentence before gives its recorded vote, whatever verb reports it (endorsed, approved, affirmed).
const recordedVoteDays = generate(13587, 12, (rng, i) => {
  const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
  const [verb, bodyAct] = pick(rng, [
    ["endorsed", "endorsed"],
    ["approved", "adopted"],
    ["affirmed", null],
    ["adopted", "adopted"],
  ] as const);
  const [day, iso] = i % 2 === 0 ? (["19 December 2018", "2018-12-19"] as const) : (["on 2 April 2013", "2013-04-02"] as const);
  const when = day.startsWith("on ") ? day : `on ${day}`;
  return {
    head: "Title: Briefing\nDate: 2024-03-01\n\n",
    text: `The General Assembly ${verb} resolution 2467 (2019) ${when} by a recorded vote of 152 to 5, with 12 abstentions. ${capitalise(a.written)} voted in favour. ${capitalise(b.written)} and ${c.written} voted against.`,
    dates: true,
    expected: [
      ...(bodyAct ? [`UN General Assembly|${bodyAct}|unsc-res-2467|affirmed|${iso}`] : []),
      `${a.name}|supported|unsc-res-2467|affirmed|${iso}`,
      `${b.name}|supported|unsc-res-2467|negated|${iso}`,
      `${c.name}|supported|unsc-res-2467|negated|${iso}`,
    ].sort(),
  };
});

/**
 * A record released under freedom-of-information law or declassified: its release, access or case line dates the release, its
 * memorandum's or telegram's own Date field (or its minutes' "meeting held on") dates the record, and "yesterday", "last month",
 * "on Monday" are read against that. A release line is still the date of a page that gives no other.
 */
const releasedRecords = generate(13594, 12, (rng, i) => {
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const heads = [
    "FCDO - FREEDOM OF INFORMATION RELEASE\nFOI ref: FOI2021/04417 | Released 9 June 2021 | Redactions: s.27(1)(a)\n\nOFFICIAL-SENSITIVE\n\neGram 61873/20\n\nFrom:     UKMIS GENEVA\nTo:       FCDO LONDON, IMMEDIATE\nDate:     18 November 2020\nSubject:  TREATY ACTION\n\n",
    "UNCLASSIFIED        U.S. Department of State Case No. F-2022-03318 Doc No. C06992115 Date: 05/11/2023\n\nRELEASE IN PART B5\n\nDECLASSIFIED ON: 05/11/2023\nMRN: 20 GENEVA 1342\nDate/DTG: Nov 18, 2020 / 181611Z NOV 20\nFrom: USMISSION GENEVA\nSubject: TREATY ACTION\n\n",
    "Document 2 of 5 released under the Official Information Act 1982\nFOI reference: LEX 3817 | Decision date: 9 June 2021\nExemptions claimed: s 22, s 47C\n\nMINISTERIAL SUBMISSION    MS20-001893\n\nTO:        Minister for Foreign Affairs\nCC:        Attorney-General\nFROM:      International Legal Branch, Treaties Section\nDATE:      18 November 2020\n\n",
    "# Treaties Officials' Group\n\n**Minutes of the meeting held on 18 November 2020, London and by video link**\n\n> Released in response to FOI request 231204017 (response dated 9 June 2021).\n\n",
  ];
  const [text, date] = pick(rng, [
    [`Yesterday ${a.written} signed ${t.written}.`, "2020-11-17"],
    [`${capitalise(a.written)} ratified ${t.written} last month.`, "2020-10"],
    [`On Monday ${a.written} acceded to ${t.written}.`, "2020-11-16"],
  ] as const);
  const action = text.includes("signed") ? "signed" : text.includes("ratified") ? "ratified" : "acceded";
  if (i % 6 === 5)
    // A page whose only date is its release line: that is its date.
    return {
      head: "PRESS RELEASE\nReleased 12 May 2023 by the Ministry of Foreign Affairs\n\n",
      text: `Yesterday ${a.written} signed ${t.written}.`,
      dates: true,
      expected: rowsFor([a], "signed", t.id, "affirmed", "2023-05-11"),
    };
  return { head: heads[i % heads.length] as string, text, dates: true, expected: rowsFor([a], action, t.id, "affirmed", date) };
});

/**
 * One date for acts the sentence joins: verbs on one object ("signed and ratified X on 3 December 1997": both; not "signed X and
 * ratified it on …" nor "signed and then ratified X on …", where the date is the second act's); a main verb across a participle's clause between commas ("adopted
 * resolution 2467 (2019), endorsing X, on 19 December 2018": both); a body named with "States Parties" in its name, dated by the
 * clause that says when it met ("The Conference of States Parties, held in Geneva in June 2022, adopted X").
 */
const sharedDays = generate(13595, 12, (rng, i) => {
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const [day, iso] = pick(rng, [
    ["on 3 December 1997", "1997-12-03"],
    ["on June 6, 2003", "2003-06-06"],
    ["in March 2019", "2019-03"],
  ] as const);
  const head = "Title: Briefing\nDate: 2024-03-01\n\n";
  const form = i % 4;
  if (form === 0) {
    // ("signed and then ratified X on …": two times; the date is the second act's.)
    const then = i % 8 === 4;
    return {
      head,
      text: `${capitalise(a.written)} signed ${then ? "and then ratified" : "and ratified"} ${t.written} ${day}.`,
      dates: true,
      expected: [...rowsFor([a], "signed", t.id, "affirmed", then ? null : iso), ...rowsFor([a], "ratified", t.id, "affirmed", iso)].sort(),
    };
  }
  if (form === 1)
    return {
      head,
      text: `${capitalise(a.written)} signed ${t.written} and ratified it ${day}.`,
      dates: true,
      expected: [...rowsFor([a], "signed", t.id, "affirmed", null), ...rowsFor([a], "ratified", t.id, "affirmed", iso)].sort(),
    };
  if (form === 2)
    return {
      head,
      text: `The General Assembly adopted resolution 2467 (2019), ${pick(rng, ["endorsing", "thereby endorsing"])} the Global Compact for Migration, ${day}.`,
      dates: true,
      expected: [`UN General Assembly|adopted|unsc-res-2467|affirmed|${iso}`, `UN General Assembly|endorsed|global-compact-migration|affirmed|${iso}`].sort(),
    };
  const [body, name] = pick(rng, [
    ["First Meeting of States Parties", "Meeting of States Parties"],
    ["Conference of States Parties", "Conference of States Parties"],
  ] as const);
  const town = pick(rng, ["Kalamba", "Porto Lindo", "Santa Vera", "Mirovo", "Oskarvik"]);
  return {
    head,
    text: `The ${body}, held in ${town} ${day}, adopted the ${town} Declaration.`,
    dates: true,
    expected: [`${name}|adopted|${town} Declaration|affirmed|${iso}`],
  };
});

/**
 * "on the 12th day of May, 2023", "this 3rd day of June 2019": the formal day of a treaty's signature or a gazette's notice, a full
 * date; and a bilateral title in lower case after its parties ("the Agreement between the Government of A and the Government of B
 * for the avoidance of double taxation was signed …") is both parties' signature.
 */
const formalDays = generate(13620, 12, (rng, i) => {
  const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const day = 1 + Math.floor(rng() * 27);
  const suffix = day === 1 || day === 21 ? "st" : day === 2 || day === 22 ? "nd" : day === 3 || day === 23 ? "rd" : "th";
  const [month, mm] = pick(rng, [
    ["March", "03"],
    ["May", "05"],
    ["October", "10"],
  ] as const);
  const year = 2015 + (i % 9);
  const formal = `${pick(rng, ["the", "this"])} ${day}${suffix} day of ${month}${pick(rng, [",", ""])} ${year}`;
  const iso = `${year}-${mm}-${String(day).padStart(2, "0")}`;
  if (i % 2 === 1) {
    const subject = pick(rng, [
      "for the avoidance of double taxation",
      "on cooperation in the field of fisheries",
      "concerning the mutual exemption of visa requirements",
    ]);
    return {
      text: `The Agreement between the Government of ${a.written} and the Government of ${b.written} ${subject} was signed at Kalamba on ${formal}.`,
      dates: true,
      expected: rowsFor([a, b], "signed", `Agreement between the Government of ${a.written} and the Government of ${b.written} ${subject}`, "affirmed", iso),
    };
  }
  // ("deposited its instrument of ratification of X on the 10th day of December": the day is no part of the text's name.)
  if (i % 4 === 2) {
    const name = `${pick(rng, ["Kalamba", "Mirovo"])} Convention on Fisheries`;
    return {
      text: `${a.written} deposited its instrument of ratification of the ${name} on ${formal}.`,
      dates: true,
      expected: rowsFor([a], "ratified", name, "affirmed", iso),
    };
  }
  return { text: `${a.written} signed ${t.written} on ${formal}.`, dates: true, expected: rowsFor([a], "signed", t.id, "affirmed", iso) };
});

const CASES: Case[] = [
  ...generate(13670, 10, (rng, i) => {
    // "A acceded to X (Vienna, 5 September 1997) on 3 May 2021": the place and day in brackets after a name are the text's own, not the
    // act's; the act's own date still dates it.
    const t = pick(rng, TREATIES);
    const a = pick(
      rng,
      BARE_STATES.filter((x) => !x.written.includes(" and ")),
    );
    const place = pick(rng, ["Vienna", "New York", "Rome", "Geneva", "The Hague"]);
    const verb = pick(rng, ["acceded to", "ratified", "signed"]);
    const action = verb === "acceded to" ? "acceded" : verb;
    const own = i % 2 === 0;
    return {
      text: `${capitalise(a.written)} ${verb} ${t.written} (${place}, 5 September 1997)${own ? " on 3 May 2021" : ""}.`,
      dates: true,
      expected: rowsFor([a], action, t.id, "affirmed", own ? "2021-05-03" : null),
    };
  }),
  ...formalDays,
  ...releasedRecords,
  ...sharedDays,
  ...recordedVoteDays,
  ...restatedRelatives,
  ...weekdayYears,
  ...ordinalDays,
  ...yearsOfNames,
  ...openingDaysBefore,
  ...placeDateLines,
  ...endorsementDays,
  ...lineYears,
  ...openingDays,
  ...adoptionDays,
  ...voteDays,
  ...commitmentDays,
  ...partyDays,
  ...heldOnDays,
  ...dateAnaphors,
  ...yearsInNames,
  ...adoptionDay,
  ...followedYears,
  ...votedBefore,
  ...farOpenings,
  ...agentDays,
  ...inlineDatelines,
  ...recordedVotes,
  ...bounds,
  ...sharedYears,
  ...respectively,
  ...today,
  ...days,
  ...months,
  ...undated,
  ...stated,
  ...impossible,
  ...windows,
  ...nearMisses,
  ...calls,
  ...news,
  ...closing,
  ...actAgain,
  ...yearless,
  ...otherClause,
  ...bracketedYears,
  ...objectYears,
  ...underMenu,
  ...abstainedIn,
  ...onTheDay,
  ...yearsAgo,
  ...chronologies,
];

describe("construction family: dates", () => {
  it("has enough cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map((c, i) => [i, `${(c.head ?? "").replace(/\s+/gu, " ").trim()} | ${c.text}`, c] as const))("#%i %s", (_i, _text, c) => {
    expect(extractRows(c)).toEqual(c.expected);
  });
});
