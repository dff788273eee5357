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
  type Rng,
  type StateName,
  type InstrumentName,
  BARE_STATES,
} from "./generate";

/**
 * Construction family: lists of actors. Whatever introduces the list (a colon, a dash, brackets,
 * "including", "namely", "as well as", a line break inside the list, 30 names or more), every
 * member gets the act, with the polarity of the clause that governs the list.
 */

const treaty = (rng: Rng) => pick(rng, TREATIES);
const few = (rng: Rng, min = 2, max = 5) => sample(rng, STATES, min + Math.floor(rng() * (max - min + 1)));
const names = (list: typeof STATES) => list.map((s) => s.written);
const count = ["Three", "Four", "Five", "Several", "Six"];

/** Which of the semicolon template's three forms comes next (each is generated in turn). */
let semicolonForms = 0;

/** "A endorsed X together with 36 other countries. Thirty-five of them are: B, C, …": the list shares the act before it. */
const ofThem = (rng: Rng): Case => {
  const [a, ...rest] = few(rng, 4, 6) as [StateName, ...StateName[]];
  const [verb, action] = pick(rng, [
    ["ratified", "ratified"],
    ["signed", "signed"],
    ["endorsed", "endorsed"],
  ] as const);
  const t = action === "endorsed" ? { written: "the Safe Schools Declaration", id: "safe-schools-declaration" } : treaty(rng);
  return {
    text: `${capitalise(a.written)} ${verb} ${t.written} in 2016 together with ${rest.length + 1} other countries. ${pick(rng, ["Thirty-five", "Some", String(rest.length)])} of them ${pick(rng, ["are", "include"])}: ${listOf(names(rest))}.`,
    expected: rowsFor([a, ...rest], action, t.id, "affirmed"),
  };
};

/** A relative after a list that a copula opens or "as well as" closes is its last member's: "… include A and B, as well as C, which ratified in 2012". */
const lastMember = (rng: Rng): Case => {
  const t = treaty(rng);
  const l = few(rng, 3, 4);
  const last = l[l.length - 1] as StateName;
  const head = l.slice(0, -1);
  const text = pick(rng, [
    `Countries of origin that are parties include ${listOf(names(head))}, as well as ${last.written}, which ratified in 2012.`,
    `The signatories include ${listOf(names(l))}, which ratified in 2012.`,
  ]);
  return {
    head: `Press release\n\nThe meeting discussed ${t.written}.\n\n`,
    text,
    dates: true,
    // (The last member is a party by the ratification its relative dates: refine/records.ts's partyDatedByItsAct.)
    expected: [
      ...(text.startsWith("The signatories")
        ? rowsFor(l, "signed", t.id, "affirmed", null)
        : [...rowsFor(head, "party", t.id, "affirmed", null), ...rowsFor([last], "party", t.id, "affirmed", "2012")]),
      ...rowsFor([last], "ratified", t.id, "affirmed", "2012"),
    ].sort(),
  };
};

/** A tracker's status heading with a negation: "SIGNED, NOT RATIFIED (3): A, B and C" (signed, and ratification negated). */
const statusHeading = (rng: Rng): Case => {
  const t = treaty(rng);
  const l = few(rng, 2, 4);
  return {
    head: `Press release\n\nThe meeting discussed ${t.written}.\n\n`,
    text: `SIGNED, NOT RATIFIED (${l.length}): ${listOf(names(l))}.`,
    expected: [...rowsFor(l, "signed", t.id, "affirmed"), ...rowsFor(l, "ratified", t.id, "negated")].sort(),
  };
};

/** Which of the count-subject template's forms comes next. */
let countForms = 0;

/**
 * A status heading on its own line naming its instruments, one per part ("PARTY TO THE X, NOT YET TO THE Y" over one state per
 * line): each part's act is on its own instrument; the earlier heading's instrument never carries into the next heading.
 */
const namedHeadings = (rng: Rng): Case => {
  const [t1, t2] = sample(
    rng,
    TREATIES.filter((x) => x.type !== "declaration"),
    2,
  ) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
  const all = few(rng, 3, 5);
  const [l1, l2] = [all.slice(0, all.length - 1 - Math.floor(rng() * 2)), all.slice(-1)];
  const caps = rng() < 0.5;
  const line = (x: string) => (caps ? x.toUpperCase() : x);
  const name = (x: (typeof TREATIES)[number]) => x.written.replace(/^the /u, "");
  return {
    head: "Tracker\n\nStatus as of 1 March 2024\n\n",
    text: `${line(`Party to the ${name(t1)}, not yet to the ${name(t2)}`)}\n${names(l1).join("\n")}\n\n${line(`Not party to the ${name(t2)}`)}\n${names(l2).join("\n")}\n`,
    expected: [...rowsFor(l1, "party", t1.id, "affirmed"), ...rowsFor(l1, "party", t2.id, "negated"), ...rowsFor(l2, "party", t2.id, "negated")].sort(),
  };
};

/** A tracker's heading over its list takes the instrument the text is about, not the framework it was made under. */
const frameworkTopic = (rng: Rng): Case => {
  const [t, frame] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
  const l = few(rng, 2, 4);
  return {
    head: "Tracker\n\nStatus as of 1 March 2024\n\n",
    text: `${capitalise(t.written)} was concluded in Monaco in 1996 ${pick(rng, ["under the auspices of", "within the framework of"])} ${frame.written}.\n\nParties (${l.length})\n${l.map((x, k) => `${x.written} (${2000 + k})`).join(", ")}\n`,
    expected: rowsFor(l, "party", t.id, "affirmed"),
  };
};

/** A tracker's bulleted lines under a heading (their own generator, so that the cases of TEMPLATES keep their draws). */
function bulletedLines(rng: Rng): Case {
  // A tracker's bulleted lines under a heading: a bracketed note on a line ("(launching endorsers)") is no heading of its own;
  // under "Recent accessions and ratifications", a line that names its own act takes that act only.
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type === "treaty" && x.written.startsWith("the ")),
  );
  const l = sample(rng, STATES, 4) as [StateName, StateName, StateName, StateName];
  if (rng() < 0.5)
    return {
      text: `${capitalise(t.written)} entered into force in 2014.\n\nRatified at the opening (3 May 2015), selection\n- ${l[0].written}, ${l[1].written} (founding ${pick(rng, ["signatories", "parties", "members"])})\n- ${l[2].written}, ${l[3].written}\n`,
      dates: true,
      expected: rowsFor(l, "ratified", t.id, "affirmed", "2015-05-03"),
    };
  return {
    text: `${capitalise(t.written)} entered into force in 2014.\n\nRecent accessions and ratifications\n- ${l[0].written} – accession, 5 February 2024\n- ${l[1].written} – ratification, 19 March 2024\n`,
    dates: true,
    expected: [...rowsFor([l[0]], "acceded", t.id, "affirmed", "2024-02-05"), ...rowsFor([l[1]], "ratified", t.id, "affirmed", "2024-03-19")].sort(),
  };
}

/** A tracker's instrument, another treaty its notes name, and four states. */
function trackerCast(rng: Rng) {
  const [t, other] = sample(
    rng,
    TREATIES.filter((x) => x.type === "treaty" && x.written.startsWith("the ")),
    2,
  ) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
  const l = sample(rng, STATES, 4) as [StateName, StateName, StateName, StateName];
  return { t, other, l };
}

/** A tracker's later sections list its first section's instrument, whatever a note between them names. */
function trackerSections(rng: Rng): Case {
  const { t, other, l } = trackerCast(rng);
  return {
    text: `${capitalise(t.written)} entered into force in 2014.\n\nRATIFIED\n- ${l[0].written} – 26 April 2023\n- ${l[1].written} – 10 August 2023\n${capitalise(l[0].written)} and ${l[1].written} have been parties to ${other.written} since 2009 and 2012 respectively.\n\nSIGNED, NOT YET RATIFIED\n- ${l[2].written} – signed 12 May 2022\n- ${l[3].written} – signed in 2022\n`,
    expected: [
      ...rowsFor([l[0], l[1]], "ratified", t.id, "affirmed"),
      ...rowsFor([l[0], l[1]], "party", other.id, "affirmed"),
      ...rowsFor([l[2], l[3]], "signed", t.id, "affirmed"),
      ...rowsFor([l[2], l[3]], "ratified", t.id, "negated"),
    ].sort(),
  };
}

/** A tracker's later sections keep its instrument past a bracketed aside that names another ("(A acceded to Y on the same day)"). */
function trackerAsides(rng: Rng): Case {
  const { t, other, l } = trackerCast(rng);
  return {
    text: `${capitalise(t.written)} entered into force in 2014.\n\nNew since the last update\n- ${l[0].written} – 6 February 2025 (${capitalise(l[0].written)} acceded to ${other.written} on the same day)\n- ${l[1].written} – 11 March 2025\n\nSIGNED, NOT YET RATIFIED\n- ${l[2].written}\n- ${l[3].written}\n`,
    expected: [
      ...rowsFor([l[0]], "acceded", other.id, "affirmed"),
      ...rowsFor([l[2], l[3]], "signed", t.id, "affirmed"),
      ...rowsFor([l[2], l[3]], "ratified", t.id, "negated"),
    ].sort(),
  };
}

/**
 * "The Council adopted resolution 1325 (2000) without a vote, after its main sponsors, A and B, agreed a compromise": the sponsors
 * sponsored the sentence's own resolution, and "the Council", named nowhere before, is the body whose resolution it is.
 */
function sameSentenceSponsors(rng: Rng): Case {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const body = pick(rng, ["The Council", "The Security Council"]);
  return {
    text: `${body} adopted resolution 1325 (2000) ${pick(rng, ["without a vote", "unanimously"])}, after its main sponsors, ${a.written} and ${b.written}, agreed a compromise.`,
    expected: ["UN Security Council|adopted|unsc-res-1325|affirmed", ...rowsFor([a, b], "co-sponsored", "unsc-res-1325", "affirmed")].sort(),
  };
}

const TEMPLATES: Array<(rng: Rng) => Case> = [
  (rng) => {
    // Appositions set off by commas: after a subject ("A and B, long the last holdouts, joined in 2017": the main verb), and after a
    // plural agent noun ("after its main sponsors, A and B, agreed a compromise": the sponsors).
    const t = pick(rng, TREATIES);
    const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
    return pick(rng, [
      {
        text: `${capitalise(t.written)} entered into force in 1997. ${capitalise(a.written)} and ${b.written}, ${pick(rng, ["long the last holdouts", "two small island States", "both former observers"])}, joined in 2017.`,
        expected: rowsFor([a, b], "acceded", t.id, "affirmed"),
      },
      {
        text: `The Council adopted resolution 1325 (2000) without a vote, after its main sponsors, ${a.written} and ${b.written}, agreed a compromise.`,
        expected: ["UN Security Council|adopted|unsc-res-1325|affirmed", ...rowsFor([a, b], "co-sponsored", "unsc-res-1325", "affirmed")].sort(),
      },
    ]);
  },
  (rng) => {
    // States that adopt a declaration at a summit endorse it ("A, B and C adopted the Kazan Declaration", "the leaders of the nine
    // members – A, B, C – adopted …"); a state never adopts a treaty (that is a body's act, or a domestic step).
    const l = sample(rng, STATES, 2 + Math.floor(rng() * 3));
    const decl = pick(rng, ["Johannesburg II Declaration", "Kazan Declaration", "Melbourne Declaration"]);
    const t = pick(rng, TREATIES);
    return pick(rng, [
      {
        text: `At the summit on 24 August 2023, ${listOf(l.map((x) => x.written))} adopted the ${decl}.`,
        expected: rowsFor(l, "endorsed", decl, "affirmed"),
      },
      { text: `${capitalise(listOf(l.map((x) => x.written)))} adopted ${t.written} into their national law.`, expected: [] },
    ]);
  },
  (rng) => {
    // "Parties include A, B and C" after the text names its treaty: they are parties to it.
    const t = pick(rng, TREATIES);
    const l = sample(rng, STATES, 2 + Math.floor(rng() * 4));
    return {
      text: `${capitalise(t.written)} entered into force in 1986. ${pick(rng, ["Parties include", "Its parties include", "Parties now include"])} ${listOf(l.map((x) => x.written))}.`,
      expected: rowsFor(l, "party", t.id, "affirmed"),
    };
  },
  (rng) => {
    // "Of the twenty-eight States that signed X, A, B and C have not ratified it": the members named did the opening's act.
    const t = pick(rng, TREATIES);
    const l = sample(rng, STATES, 2 + Math.floor(rng() * 3));
    return {
      text: `${capitalise(t.written)} was adopted in 2013. Of the ${pick(rng, ["twenty-eight States", "States", "43 countries"])} that signed it, ${listOf(l.map((x) => x.written))} have not ratified it.`,
      expected: [...rowsFor(l, "signed", t.id, "affirmed"), ...rowsFor(l, "ratified", t.id, "negated")].sort(),
    };
  },
  (rng) => {
    // A counted subject's list after an adjunct that names a body or a capital ("Eleven governments endorsed X on Monday at a
    // meeting convened by the Africa CDC in Addis Ababa: A, B and C"): the capital is a place, the list the subject's members.
    const t = pick(rng, TREATIES);
    const l = sample(rng, STATES, 3 + Math.floor(rng() * 3));
    const place = pick(rng, ["in Addis Ababa", "in Nairobi", "in Geneva", "convened by the African Union in Addis Ababa"]);
    return {
      text: `${capitalise(["Three", "Four", "Five"][l.length - 3] as string)} governments ratified ${t.written} on Monday at a meeting ${place}: ${listOf(l.map((x) => x.written))}.`,
      expected: rowsFor(l, "ratified", t.id, "affirmed"),
    };
  },
  (rng) => {
    // Companions after the act: "A signed X on Monday together with B and C", "A ratified in May together with six of its member
    // states – B, C, …": they did it too.
    const t = pick(rng, TREATIES);
    const [a, ...rest] = sample(rng, STATES, 3 + Math.floor(rng() * 3)) as [StateName, ...StateName[]];
    return pick(rng, [
      {
        text: `${capitalise(a.written)} signed ${t.written} on Monday ${pick(rng, ["together", "along"])} with ${listOf(rest.map((x) => x.written))}.`,
        expected: rowsFor([a, ...rest], "signed", t.id, "affirmed"),
      },
      {
        text: `${capitalise(t.written)} entered into force in 2014. ${capitalise(a.written)} ratified in May together with ${rest.length} of its partners – ${listOf(rest.map((x) => x.written))}.`,
        expected: rowsFor([a, ...rest], "ratified", t.id, "affirmed"),
      },
    ]);
  },
  (rng) => {
    // Gapping: "A ratified X in 2011, B in 2012 and C on 20 February 2024" (each with its own date); "B signed it in 2012" after the
    // comma is a clause of its own.
    const t = pick(rng, TREATIES);
    const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
    const [verb, action] = pick(rng, [
      ["ratified", "ratified"],
      ["signed", "signed"],
      ["acceded to", "acceded"],
    ] as const);
    const dash = rng() < 0.3 ? " – all three after long debates" : "";
    return {
      text: `${capitalise(a.written)} ${verb} ${t.written} in 2011, ${b.written} in 2012 and ${c.written} on 20 February 2024${dash}.`,
      expected: [
        ...rowsFor([a], action, t.id, "affirmed", "2011"),
        ...rowsFor([b], action, t.id, "affirmed", "2012"),
        ...rowsFor([c], action, t.id, "affirmed", "2024-02-20"),
      ].sort(),
      dates: true,
    };
  },
  (rng) => {
    // "A ratified X, joining B, C and D": the states a new party joins are parties (undated); "joining B in calling for …" is company.
    const t = pick(rng, TREATIES);
    const [a, ...rest] = sample(rng, STATES, 2 + Math.floor(rng() * 3)) as [StateName, ...StateName[]];
    const [verb, action] = pick(rng, [
      ["ratified", "ratified"],
      ["acceded to", "acceded"],
    ] as const);
    const company = rng() < 0.3;
    return {
      text: `${capitalise(a.written)} ${verb} ${t.written} in 2019, joining ${listOf(rest.map((x) => x.written))}${company ? " in calling for its universalization" : ""}.`,
      expected: [
        ...rowsFor([a], action, t.id, "affirmed", company ? undefined : "2019"),
        ...(company ? [] : rowsFor(rest, "party", t.id, "affirmed", null)),
      ].sort(),
      dates: !company,
    };
  },
  (rng) => {
    // A list closed by its conjunction ends at a semicolon: "namely A, B and C; D and E have neither signed nor ratified it".
    const t = pick(rng, TREATIES);
    const l = sample(rng, STATES, 5);
    const [first, second] = [l.slice(0, 3), l.slice(3)];
    return {
      text: `Three States have signed but not ratified ${t.written}, namely ${listOf(first.map((x) => x.written))}; ${capitalise(listOf(second.map((x) => x.written)))} have neither signed nor ratified it.`,
      expected: [
        ...rowsFor(first, "signed", t.id, "affirmed"),
        ...rowsFor(first, "ratified", t.id, "negated"),
        ...rowsFor(second, "signed", t.id, "negated"),
        ...rowsFor(second, "ratified", t.id, "negated"),
      ].sort(),
    };
  },
  ofThem,
  statusHeading,
  namedHeadings,
  frameworkTopic,
  lastMember,
  (rng) => {
    // A quantified relative after a list ("A, B and C, all of which signed X, …"): every member did the act, and the main
    // clause's own act is theirs too.
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    const q = l.length === 2 ? pick(rng, ["both of which", "each of which"]) : pick(rng, ["all of which", "each of which"]);
    return {
      text: `He noted that ${listOf(names(l))}, ${q} signed ${t.written} in 2013, have not yet ratified it.`,
      expected: [...rowsFor(l, "signed", t.id, "affirmed"), ...rowsFor(l, "ratified", t.id, "negated")].sort(),
    };
  },
  (rng) => {
    // A bare count as subject ("Six have signed X but not ratified it: A, B and C, which signed on 10 May 2004": the relative
    // is the last member's, and so is its date), and a plural agent noun as subject ("Eight other signatories have yet to
    // ratify, among them A and B": its members are signatories). The instrument is the one the text is about.
    const t = treaty(rng);
    const l = few(rng, 3, 4);
    const last = l[l.length - 1] as StateName;
    const form = countForms++ % 2;
    if (form === 0)
      return {
        head: `Press release\n\nThe meeting discussed ${t.written}.\n\n`,
        text: `${pick(rng, ["Six", "Four", "Several"])} have signed it but not ratified it: ${listOf(names(l))}, which signed on 10 May 2004.`,
        dates: true,
        expected: [
          ...rowsFor(l.slice(0, -1), "signed", t.id, "affirmed", null),
          ...rowsFor([last], "signed", t.id, "affirmed", "2004-05-10"),
          ...rowsFor(l, "ratified", t.id, "negated", null),
        ].sort(),
      };
    return {
      head: `Press release\n\nThe meeting discussed ${t.written}.\n\n`,
      text: `${pick(rng, ["Eight other", "Several", "Many"])} signatories have yet to ratify, ${pick(rng, ["among them", "including"])} ${listOf(names(l))}.`,
      expected: [...rowsFor(l, "signed", t.id, "affirmed"), ...rowsFor(l, "ratified", t.id, "negated")].sort(),
    };
  },
  (rng) => {
    // A list in apposition to an agent noun, after a dash or in brackets, or after an inverted copula ("Among the early
    // ratifiers were A, B"); the instrument is the one the text is about.
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    const [text, action] = pick(rng, [
      [`Its main sponsors — ${listOf(names(l))} — had sought a balanced text.`, "co-sponsored"],
      [`The sponsors (${listOf(names(l))}) had sought a balanced text.`, "co-sponsored"],
      [`The signatories – ${listOf(names(l))} – met in Lima.`, "signed"],
      [`Among the other early ratifiers were ${listOf(names(l))}.`, "ratified"],
      [`${pick(rng, ["Fifteen", "Several", "Four"])} countries are now parties: ${listOf(names(l))}.`, "party"],
      [`The States Parties are now: ${listOf(names(l))}.`, "party"],
      [`${pick(rng, ["RATIFIED", "Ratified", "RATIFICATIONS"])} (${l.length}): ${listOf(names(l))}.`, "ratified"],
      [`The first ${l.length} ratifications – those of ${listOf(names(l))} – came within two years.`, "ratified"],
      [`On that date it was signed by the following ${l.length} States: ${listOf(names(l))}.`, "signed"],
      [
        `${pick(rng, ["Fifteen, most of them small island States,", "Several States", "Four countries"])} deposited their instruments of ratification the same day, including ${listOf(names(l))}.`,
        "ratified",
      ],
    ] as const);
    // (A text is co-sponsored, a treaty never: sponsors are of the resolution the meeting discussed.)
    const sponsored = action === "co-sponsored";
    const topic = sponsored ? "resolution 1325 (2000)" : t.written;
    return {
      head: `Press release\n\nThe meeting discussed ${topic}.\n\n`,
      text,
      expected: rowsFor(l, action, sponsored ? "unsc-res-1325" : t.id, "affirmed"),
    };
  },
  (rng) => {
    // A list after an introducer that closes the clause of a generic subject names its members, for each verb with its own
    // polarity ("Several States signed X but have never ratified it, among them A and B").
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    const intro = pick(rng, ["among them", "including", "namely", "such as"]);
    const subject = pick(rng, ["Several States", "A further 13 States", "More than 120 countries", "Four other countries"]);
    return pick(rng, [
      {
        text: `${subject} have ratified ${t.written}, ${intro} ${listOf(names(l))}.`,
        expected: rowsFor(l, "ratified", t.id, "affirmed"),
      },
      {
        text: `${subject} signed ${t.written} but have ${pick(rng, ["never ratified it", "yet to ratify it", "not ratified it"])}, ${intro} ${listOf(names(l))}.`,
        expected: [...rowsFor(l, "signed", t.id, "affirmed"), ...rowsFor(l, "ratified", t.id, "negated")].sort(),
      },
    ]);
  },
  (rng) => {
    // A semicolon list, and a semicolon that ends the list: a name followed by its own verb starts a new clause.
    const t = treaty(rng);
    const l = few(rng, 2, 3);
    const [other] = sample(
      rng,
      STATES.filter((x) => !l.includes(x)),
      1,
    ) as [StateName];
    const form = semicolonForms++ % 3;
    if (form === 0)
      return {
        text: `The following States have ratified ${t.written}: ${names([...l, other]).join("; ")}.`,
        expected: rowsFor([...l, other], "ratified", t.id, "affirmed"),
      };
    if (form === 1)
      return {
        text: `The following States have ratified ${t.written}: ${listOf(names(l))}; ${other.written} is expected to follow.`,
        expected: rowsFor(l, "ratified", t.id, "affirmed"),
      };
    return {
      text: `The following States have ratified ${t.written}: ${listOf(names(l))}; ${other.written} has signed it.`,
      expected: [...rowsFor(l, "ratified", t.id, "affirmed"), ...rowsFor([other], "signed", t.id, "affirmed")].sort(),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng);
    const verb = pick(rng, [
      ["ratified", "ratified"],
      ["signed", "signed"],
      ["acceded to", "acceded"],
    ] as const);
    return {
      text: `The following States ${pick(rng, ["have ", ""])}${verb[0]} ${t.written}: ${listOf(names(l))}.`,
      expected: rowsFor(l, verb[1], t.id, "affirmed"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 3, 5);
    return {
      text: `${pick(rng, count)} more States have ratified ${t.written} ${pick(rng, ["—", "-", "–"])} ${listOf(names(l))}.`,
      expected: rowsFor(l, "ratified", t.id, "affirmed"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    return {
      text: `${pick(rng, count)} States (${listOf(names(l))}) ${pick(rng, ["have signed", "signed"])} ${t.written}.`,
      expected: rowsFor(l, "signed", t.id, "affirmed"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    return {
      text: `${pick(rng, count)} States, including ${listOf(names(l))}, have ratified ${t.written}.`,
      expected: rowsFor(l, "ratified", t.id, "affirmed"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    return {
      text: `${capitalise(t.written)} was signed by ${pick(rng, ["several", "four", "many"])} States, including ${listOf(names(l))}.`,
      expected: rowsFor(l, "signed", t.id, "affirmed"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    return { text: `Two regions' States, namely ${listOf(names(l))}, acceded to ${t.written} this year.`, expected: rowsFor(l, "acceded", t.id, "affirmed") };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 3, 4);
    const ns = names(l);
    return {
      text: `${capitalise(ns.slice(0, -1).join(", "))}, as well as ${ns[ns.length - 1]}, have signed ${t.written}.`,
      expected: rowsFor(l, "signed", t.id, "affirmed"),
    };
  },
  (rng) => {
    const l = sample(rng, STATES, 30 + Math.floor(rng() * 9));
    return {
      text: `${capitalise(listOf(names(l), pick(rng, [true, false])))} have endorsed the Safe Schools Declaration.`,
      expected: rowsFor(l, "endorsed", "safe-schools-declaration", "affirmed"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 3, 5);
    const ns = names(l);
    const cut = 1 + Math.floor(rng() * (ns.length - 2));
    const text = `On Monday, ${ns.slice(0, cut).join(", ")},\n${listOf(ns.slice(cut))} ratified ${t.written}.`;
    return { text, expected: rowsFor(l, "ratified", t.id, "affirmed") };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    return { text: `The States that have yet to ratify ${t.written} are ${listOf(names(l))}.`, expected: rowsFor(l, "ratified", t.id, "negated") };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 3, 5);
    return {
      text: `${pick(rng, count)} States have yet to accede to ${t.written} ${pick(rng, ["—", "-"])} ${listOf(names(l))}.`,
      expected: rowsFor(l, "acceded", t.id, "negated"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    return { text: `States not party to ${t.written} include ${listOf(names(l))}.`, expected: rowsFor(l, "party", t.id, "negated") };
  },
  (rng) => {
    // An opening list of precedents, closed by its conjunction, then the subject: both did the act.
    const t = treaty(rng);
    const l = few(rng, 3, 5);
    const [first, ...rest] = l as [StateName, ...StateName[]];
    const opening = pick(rng, ["Following in the footsteps of", "Like", "Joining"]);
    const verb = pick(rng, [
      ["signed", "signed"],
      ["ratified", "ratified"],
    ] as const);
    return { text: `${opening} ${listOf(names(rest))}, ${first.written} ${verb[0]} ${t.written}.`, expected: rowsFor(l, verb[1], t.id, "affirmed") };
  },
  (rng) => {
    // Near miss: "Unlike" says the list did not; an opening that is not a precedent gives the subject only.
    const t = treaty(rng);
    const l = few(rng, 3, 4);
    const [first, ...rest] = l as [StateName, ...StateName[]];
    const opening = pick(rng, ["Unlike", "In talks with", "After consulting"]);
    return { text: `${opening} ${listOf(names(rest))}, ${first.written} ratified ${t.written}.`, expected: rowsFor([first], "ratified", t.id, "affirmed") };
  },
  (rng) => {
    // "A joined N other countries in signing X", "A joined B and C in ratifying X".
    const t = treaty(rng);
    const l = few(rng, 3, 3);
    const [a, ...others] = l as [StateName, ...StateName[]];
    const verb = pick(rng, [
      ["signing", "signed"],
      ["ratifying", "ratified"],
    ] as const);
    if (rng() < 0.5)
      return {
        text: `${capitalise(a.written)} joined ${5 + Math.floor(rng() * 40)} other countries in ${verb[0]} ${t.written}.`,
        expected: rowsFor([a], verb[1], t.id, "affirmed"),
      };
    return { text: `${capitalise(a.written)} joined ${listOf(names(others))} in ${verb[0]} ${t.written}.`, expected: rowsFor(l, verb[1], t.id, "affirmed") };
  },
  (rng) => {
    // "A is among N states (, including B and C,) that VERB X": the subject and the named members.
    const t = treaty(rng);
    const l = few(rng, 3, 4);
    const [first, ...rest] = l as [StateName, ...StateName[]];
    if (rng() < 0.5) {
      const act = pick(rng, [
        ["signed", "signed"],
        ["have ratified", "ratified"],
        ["acceded to", "acceded"],
      ] as const);
      return {
        text: `${capitalise(first.written)} was among ${pick(rng, ["127", "the 50", "the first ten"])} states that ${act[0]} ${t.written}.`,
        expected: rowsFor([first], act[1], t.id, "affirmed"),
      };
    }
    const act = pick(rng, [
      ["have since refused to sign", "signed"],
      ["have yet to ratify", "ratified"],
      ["have not acceded to", "acceded"],
    ] as const);
    return {
      text: `${capitalise(first.written)} is among a handful of countries, including ${listOf(names(rest))}, that ${act[0]} ${t.written}.`,
      expected: rowsFor(l, act[1], t.id, "negated"),
    };
  },
  (rng) => {
    // A counted subject whose members are bracketed at the end of the clause, after an adjunct or not.
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    const [verb, action, polarity] = pick(rng, [
      ["ratified", "ratified", "affirmed"],
      ["have signed", "signed", "affirmed"],
      ["have yet to ratify", "ratified", "negated"],
    ] as const);
    const adjunct = pick(rng, ["", " last month", " in 2019", " this year"]);
    return {
      text: `${pick(rng, count)} States ${verb} ${t.written}${adjunct} (${listOf(names(l))}).`,
      expected: rowsFor(l, action, t.id, polarity),
    };
  },
  (rng) => {
    // Another subject does the same act by ellipsis after the clause ("…, as did B (in 2016)", "…, and so did B",
    // "…, and neither has B", "; B has not"), with its own date or none.
    const t = treaty(rng);
    const [a, ...rest] = few(rng, 2, 3) as [StateName, ...StateName[]];
    const [y1, y2] = [2000 + Math.floor(rng() * 10), 2010 + Math.floor(rng() * 10)];
    const [verb, action] = pick(rng, [
      ["ratified", "ratified"],
      ["signed", "signed"],
      ["acceded to", "acceded"],
    ] as const);
    const others = listOf(names(rest));
    const forms: Array<[string, string[]]> = [
      [
        `${capitalise(a.written)} ${verb} ${t.written} in ${y1}, as did ${others} in ${y2}.`,
        [...rowsFor([a], action, t.id, "affirmed", String(y1)), ...rowsFor(rest, action, t.id, "affirmed", String(y2))],
      ],
      [
        `${capitalise(a.written)} ${verb} ${t.written} in ${y1}, and so did ${others}.`,
        [...rowsFor([a], action, t.id, "affirmed", String(y1)), ...rowsFor(rest, action, t.id, "affirmed", null)],
      ],
      [
        `${capitalise(a.written)} has not ${verb} ${t.written}, and neither ${rest.length > 1 ? "have" : "has"} ${others}.`,
        rowsFor([a, ...rest], action, t.id, "negated", null),
      ],
      [
        `${capitalise(a.written)} ${verb} ${t.written} in ${y1}; ${others} ${rest.length > 1 ? "have" : "has"} not.`,
        [...rowsFor([a], action, t.id, "affirmed", String(y1)), ...rowsFor(rest, action, t.id, "negated", null)],
      ],
    ];
    const [text, expected] = pick(rng, forms);
    return { text, expected: [...expected].sort(), dates: true };
  },
  (rng) => {
    // "respectively" pairs coordinated subjects with coordinated verbs, in order, when they are as many.
    const t = treaty(rng);
    const [a, b] = few(rng, 2, 2) as [StateName, StateName];
    const [[v1, a1], [v2, a2]] = pick(rng, [
      [
        ["signed", "signed"],
        ["ratified", "ratified"],
      ],
      [
        ["ratified", "ratified"],
        ["acceded to", "acceded"],
      ],
    ] as const);
    const text = pick(rng, [
      `${capitalise(a.written)} and ${b.written}, respectively, ${v1} and ${v2} ${t.written}.`,
      `${capitalise(a.written)} and ${b.written} ${v1} and ${v2} ${t.written}, respectively.`,
    ]);
    return { text, expected: [...rowsFor([a], a1, t.id, "affirmed"), ...rowsFor([b], a2, t.id, "affirmed")].sort() };
  },
  (rng) => {
    // Companions: "A, together with B (and C), ratified X" — the companions share the act and its polarity.
    const t = treaty(rng);
    const [a, ...rest] = few(rng, 2, 4) as [StateName, ...StateName[]];
    const lead = pick(rng, [", together with", ", along with", " together with", ", alongside"]);
    const closing = lead.startsWith(",") ? "," : "";
    const [predicate, action, polarity] = pick(rng, [
      [`ratified ${t.written}`, "ratified", "affirmed"],
      [`signed ${t.written} in ${2000 + Math.floor(rng() * 20)}`, "signed", "affirmed"],
      [`has not ratified ${t.written}`, "ratified", "negated"],
      [`intends to accede to ${t.written}`, "acceded", "planned"],
    ] as const);
    const opening = rng() < 0.3;
    return {
      text: opening
        ? `${pick(rng, ["Together with", "Along with"])} ${listOf(names(rest))}, ${a.written} ${predicate}.`
        : `${capitalise(a.written)}${lead} ${listOf(names(rest))}${closing} ${predicate}.`,
      expected: rowsFor([a, ...rest], action, t.id, polarity),
    };
  },
  (rng) => {
    // Coordinated verbs where joining is what the ratification did: one act, the ratification.
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    const verbs = pick(rng, ["ratifying and formally joining", "ratifying and joining", "ratifying and thereby officially joining"]);
    return { text: `The Secretary-General congratulated ${a.written} for ${verbs} ${t.written} today.`, expected: rowsFor([a], "ratified", t.id, "affirmed") };
  },
  (rng) => {
    // Two counted subjects, each with its own list: a list belongs to the nearer count ("… – A, B – and six others have not joined it: C, D").
    const t = treaty(rng);
    const l = few(rng, 4, 7);
    const cut = 2 + Math.floor(rng() * (l.length - 3));
    const [signers, outside] = [l.slice(0, cut), l.slice(cut)];
    const first = rng() < 0.5 ? ` – ${listOf(names(signers))} –` : "";
    const others = pick(rng, [`${outside.length} others`, `${outside.length} other States`, "several others"]);
    const tail = pick(rng, ["have not joined it at all", "have not joined it", "have yet to join it"]);
    return {
      text: `${pick(rng, count)} States have signed ${t.written} without ratifying it${first}${first ? "" : ","} and ${others} ${tail}: ${listOf(names(outside))}.`,
      expected: [
        ...(first ? [...rowsFor(signers, "signed", t.id, "affirmed"), ...rowsFor(signers, "ratified", t.id, "negated")] : []),
        ...rowsFor(outside, "acceded", t.id, "negated"),
      ].sort(),
    };
  },
  (rng) => {
    // A tracker's status headings on lines of their own, each over the line that lists the states in that status.
    const t = treaty(rng);
    const l = few(rng, 6, 8);
    const [done, signedOnly, outside] = [l.slice(0, 3), l.slice(3, 5), l.slice(5)];
    const upper = rng() < 0.5;
    const h = (x: string) => (upper ? x.toUpperCase() : x);
    const bullet = rng() < 0.3 ? "- " : "";
    return {
      head: `${capitalise(t.written)}: ratification tracker\n\n`,
      text:
        `${h("Ratified")} (${done.length})\n${bullet}${listOf(names(done))}.\n\n` +
        `${h(pick(rng, ["Signed, not ratified", "Signed, ratification pending", "Signatories that have not ratified"]))} (${signedOnly.length})\n${bullet}${listOf(names(signedOnly))}.\n\n` +
        `${h("Not signed")} (${outside.length})\n${bullet}${listOf(names(outside))}.`,
      expected: [
        ...rowsFor(done, "ratified", t.id, "affirmed"),
        ...rowsFor(signedOnly, "signed", t.id, "affirmed"),
        ...rowsFor(signedOnly, "ratified", t.id, "negated"),
        ...rowsFor(outside, "signed", t.id, "negated"),
      ].sort(),
    };
  },
  (rng) => {
    // Headings with dates: the heading's bracketed date dates its lines; a line's own date ("– May 2021", "(June 2023)") its own.
    const t = pick(rng, [
      { written: "the Safe Schools Declaration", id: "safe-schools-declaration", word: "Endorsed", action: "endorsed" },
      ...TREATIES.slice(0, 3).map((x) => ({ ...x, word: "Signed", action: "signed" })),
    ]);
    const l = few(rng, 4, 5);
    const [first, [later1, later2] = []] = [l.slice(0, l.length - 2), l.slice(l.length - 2)] as [StateName[], StateName[]];
    // (A heading ending in a body and a bracketed date, "… at the UN General Assembly (23 September 2019)", over a bare list.)
    const label = pick(rng, ["Governments: ", "", "States: "]);
    const later = pick(rng, [
      [`${capitalise((later1 as StateName).written)} – May 2021`, `${capitalise((later2 as StateName).written)} – November 2023`],
      [`${capitalise((later1 as StateName).written)} (May 2021), ${(later2 as StateName).written} (November 2023)`],
    ]);
    return {
      head: `${capitalise(t.written)}\n\n`,
      text: `${t.word} ${pick(rng, ["at the launch", "at the UN General Assembly"])} (15 May 2019)\n${label}${listOf(names(first))}.\n\nLater ${t.word.toLowerCase()}\n${later.join("\n")}`,
      expected: [
        ...rowsFor(first, t.action, t.id, "affirmed", "2019-05-15"),
        ...rowsFor([later1 as StateName], t.action, t.id, "affirmed", "2021-05"),
        ...rowsFor([later2 as StateName], t.action, t.id, "affirmed", "2023-11"),
      ].sort(),
      dates: true,
    };
  },
  (rng) => {
    // Near miss: a short heading with no status word over a list, and a status heading over a sentence, give no section.
    const t = treaty(rng);
    const l = few(rng, 2, 3);
    return {
      head: `${capitalise(t.written)}\n\n`,
      text: pick(rng, [
        `Latest news\n${listOf(names(l))}.`,
        `Delegations present\n${listOf(names(l))}.`,
        `Signatories\nThe ministers of ${listOf(names(l))} met in Geneva to discuss the weather.`,
      ]),
      expected: [],
    };
  },
  (rng) => {
    // A status heading in sentence case before its list on the same line ("Not yet ratified: A, B"); a heading may name its instrument.
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    const [heading, rows] = pick(rng, [
      ["Not yet ratified", [...rowsFor(l, "ratified", t.id, "negated")]],
      ["Signed but not ratified", [...rowsFor(l, "signed", t.id, "affirmed"), ...rowsFor(l, "ratified", t.id, "negated")]],
      ["Ratified", rowsFor(l, "ratified", t.id, "affirmed")],
    ] as const);
    const own = rng() < 0.4;
    return {
      text: own
        ? `The Registry also recorded acts on other treaties. ${capitalise(t.written)} - ${heading.toLowerCase()}: ${listOf(names(l))}.`
        : `${capitalise(t.written)} entered into force in 2014. ${heading}: ${listOf(names(l))}.`,
      expected: [...rows].sort(),
    };
  },
  (rng) => {
    // A table of a depositary notification: a row per state, its act in a cell ("Accession", "Acceptance") dated by the row; or
    // the header names the acts and the cells give their dates ("State | Signature | Ratification").
    const t = treaty(rng);
    const l = few(rng, 2, 3);
    const kinds = [
      ["Accession", "acceded"],
      ["Ratification", "ratified"],
      ["Acceptance", "ratified"],
      ["Approval", "ratified"],
    ] as const;
    const dates = [
      ["16.01.2024", "2024-01-16"],
      ["2 February 2024", "2024-02-02"],
      ["19.03.2024", "2024-03-19"],
    ] as const;
    const byCell = rng() < 0.5;
    // A table with a column naming each row's instrument: the row's act is on that instrument, not the text's; a remark in a
    // cell ("accession approved by Cabinet") is no act.
    if (rng() < 0.3) {
      const [x, y] = l as [StateName, StateName];
      return {
        head: `DEPOSITARY NOTIFICATION\n\n${capitalise(t.written)}\n\n`,
        text: `State | Instrument | Type of instrument | Date of deposit\n${capitalise(x.written)} | BWM 2004 | Accession | 11 January 2024\n${capitalise(y.written)} | PAL PROT 2002 | accession approved by Cabinet on 6 March 2024`,
        expected: [`${x.name}|acceded|BWM 2004|affirmed|2024-01-11`],
        dates: true,
      };
    }
    if (byCell) {
      const rows = l.map((x, k) => [x, kinds[k % kinds.length] as (typeof kinds)[number], dates[k] as (typeof dates)[number]] as const);
      return {
        head: `DEPOSITARY NOTIFICATION\n\n${capitalise(t.written)}\n\n`,
        text: `State | Instrument | Date of deposit\n${rows.map(([x, [cell], [d]]) => `${capitalise(x.written)} | ${cell} | ${d}`).join("\n")}`,
        expected: rows.map(([x, [, action], [, v]]) => `${x.name}|${action}|${t.id}|affirmed|${v}`).sort(),
        dates: true,
      };
    }
    return {
      head: `Status of ${t.written}\n\n`,
      text: `Participant | Signature | Ratification\n${l.map((x, k) => `${capitalise(x.written)} | ${(dates[k] as (typeof dates)[number])[0]} | ${k === 0 ? "" : "3 June 2024"}`).join("\n")}`,
      expected: [
        ...l.map((x, k) => `${x.name}|signed|${t.id}|affirmed|${(dates[k] as (typeof dates)[number])[1]}`),
        ...l.slice(1).map((x) => `${x.name}|ratified|${t.id}|affirmed|2024-06-03`),
      ].sort(),
      dates: true,
    };
  },
  (rng) => {
    // "A signed X first, followed by B and C": the followers did the same act; the host in apposition is the subject.
    const t = treaty(rng);
    const l = few(rng, 3, 5);
    const [a, ...rest] = l as [StateName, ...StateName[]];
    const [verb, action] = pick(rng, [
      ["signed", "signed"],
      ["ratified", "ratified"],
    ] as const);
    const form = pick(rng, [0, 1, 2]);
    const text = [
      `${capitalise(t.written)} was opened for ${action === "signed" ? "signature" : "ratification"} today. The host, ${a.written}, ${verb} first, followed by ${listOf(names(rest))}.`,
      `${capitalise(a.written)} ${verb} ${t.written} first, followed by ${listOf(names(rest))}.`,
      `${capitalise(a.written)} ${verb} ${t.written}, followed by a reception for ${listOf(names(rest))}.`,
    ][form] as string;
    return { text, expected: rowsFor(form === 2 ? [a] : l, action, t.id, "affirmed") };
  },
  (rng) => {
    // "A ratified X in 2014, and B (and C) followed (suit) in 2016": the followers did the same act, dated by their own clause;
    // "followed the debate" is no act.
    const t = treaty(rng);
    const l = few(rng, 2, 3);
    const [a, ...rest] = l as [StateName, ...StateName[]];
    const near = rng() < 0.25;
    return near
      ? {
          text: `${capitalise(a.written)} ratified ${t.written} in 2014, and ${listOf(names(rest))} followed the debate.`,
          expected: rowsFor([a], "ratified", t.id, "affirmed", "2014"),
          dates: true,
        }
      : {
          text: `${capitalise(a.written)} ratified ${t.written} in 2014, and ${listOf(names(rest))} ${pick(rng, ["followed", "followed suit", "all followed"])} in 2016.`,
          expected: [...rowsFor([a], "ratified", t.id, "affirmed", "2014"), ...rowsFor(rest, "ratified", t.id, "affirmed", "2016")].sort(),
          dates: true,
        };
  },
  (rng) => {
    // A sentence that only says others did the same shares the act of the sentence before: "B and C followed.", "So did D and E.",
    // "So has B." ("B followed the debate" is no act).
    const t = treaty(rng);
    const l = few(rng, 4, 5);
    const [a, b, c, ...rest] = l as [StateName, StateName, StateName, ...StateName[]];
    const form = pick(rng, [0, 1, 2]);
    return [
      {
        text: `${capitalise(a.written)} ratified ${t.written} in 2016. ${capitalise(b.written)} and ${c.written} followed. Over the next six years, so did ${listOf(names(rest))}.`,
        expected: rowsFor(l, "ratified", t.id, "affirmed"),
      },
      { text: `${capitalise(a.written)} has ratified ${t.written}. So has ${b.written}.`, expected: rowsFor([a, b], "ratified", t.id, "affirmed") },
      {
        text: `${capitalise(a.written)} ratified ${t.written} in 2016. ${capitalise(b.written)} followed the debate closely.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      },
    ][form] as Case;
  },
  (rng) => {
    // A relative aside inside a list ("among them A, which hosted the signing ceremony, as well as B and C"): the list goes on.
    const t = treaty(rng);
    const l = few(rng, 3, 4);
    const [a, ...rest] = l as [StateName, ...StateName[]];
    return {
      text: `${capitalise(t.written)} entered into force in 2014. Nine States have signed it but not yet ratified it, among them ${a.written}, which hosted the signing ceremony, as well as ${listOf(names(rest))}.`,
      expected: [...rowsFor(l, "signed", t.id, "affirmed"), ...rowsFor(l, "ratified", t.id, "negated")].sort(),
    };
  },
  (rng) => {
    // A named subject with unnamed others ("A and many other countries", "A and others"): the named state acted.
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    const others = pick(rng, ["many other countries", "others", "12 other States", "several other nations"]);
    return { text: `${capitalise(a.written)} and ${others} ratified ${t.written} in 2014.`, expected: rowsFor([a], "ratified", t.id, "affirmed") };
  },
];

/**
 * A tracker's dash lines: "- Jordan – accession, 14 January 2025" under the instrument its heading names, "• 24/06/2025 – Armenia –
 * ratification – X" naming its own; each line's state did its act on that day (not an instrument a line names in brackets).
 */
function dashLines(rng: Rng, i: number): Case {
  const [t, other] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const [noun, action] = pick(rng, [
    ["ratification", "ratified"],
    ["accession", "acceded"],
  ] as const);
  const [d1, d2] = [13 + Math.floor(rng() * 10), 14 + Math.floor(rng() * 10)];
  const dash = pick(rng, ["–", "-"]);
  if (i % 3 === 2) {
    const text = `Recent treaty actions:\n• ${d1}/06/2025 ${dash} ${capitalise(a.written)} ${dash} ${noun} ${dash} ${capitalise(t.written.replace(/^the /u, ""))}\n• ${d2}/06/2025 ${dash} ${capitalise(b.written)} ${dash} signature ${dash} ${capitalise(other.written.replace(/^the /u, ""))}`;
    return {
      text,
      dates: true,
      expected: [
        ...rowsFor([a], action, t.id, "affirmed", `2025-06-${String(d1).padStart(2, "0")}`),
        ...rowsFor([b], "signed", other.id, "affirmed", `2025-06-${d2}`),
      ].sort(),
    };
  }
  const aside = i % 3 === 1 ? ` (${capitalise(a.written)} acceded to ${other.written} on the same day)` : "";
  const text = `${capitalise(t.written.replace(/^the /u, ""))}: new since our last update\n\n${dash} ${capitalise(a.written)} ${dash} ${noun}, ${d1} January 2025${aside}\n${dash} ${capitalise(b.written)} ${dash} ${noun}, deposited ${d2} February 2025\n${dash} ${capitalise(c.written)} ${dash} ${noun}, ${d2} March 2025`;
  return {
    text,
    dates: true,
    expected: [
      // (The aside's "on the same day" is the line's day.)
      ...(aside ? rowsFor([a], "acceded", other.id, "affirmed", `2025-01-${String(d1).padStart(2, "0")}`) : []),
      ...rowsFor([a], action, t.id, "affirmed", `2025-01-${String(d1).padStart(2, "0")}`),
      ...rowsFor([b], action, t.id, "affirmed", `2025-02-${d2}`),
      ...rowsFor([c], action, t.id, "affirmed", `2025-03-${d2}`),
    ].sort(),
  };
}

/**
 * A tracker whose first section's introduction ends in a colon: its list ends at the blank line before the next heading, and a
 * heading that names no instrument lists states for the one the title names, not for the one a sibling heading named.
 */
function trackerAfterColonList(rng: Rng): Case {
  const { t, other, l } = trackerCast(rng);
  const otherName = capitalise(other.written);
  const head = `${capitalise(t.written.replace(/^the /u, ""))} tracker – Update ${2 + Math.floor(rng() * 7)}\n\n`;
  const text = `${otherName.toUpperCase()} – NOTIFIED WITHDRAWAL\n${otherName} now binds every member of the network except one:\n- ${capitalise(l[0].written)} – notification of withdrawal received by the depositary in 2024\n\n${pick(rng, ["NEW PARTIES SINCE THE LAST UPDATE", "NEW PARTIES", "JOINED THIS YEAR"])}\n- ${capitalise(l[1].written)} – ratification – 20 January 2025\n- ${capitalise(l[2].written)} – accession – 12 September 2025, the 152nd Party\n\nSIGNED, NOT YET RATIFIED\n- ${capitalise(l[3].written)} – signed 24 September 2014\n`;
  return {
    head,
    text,
    dates: true,
    expected: [
      // (Each line says how its State joined: by ratification, by accession.)
      ...rowsFor([l[1]], "ratified", t.id, "affirmed", "2025-01-20"),
      ...rowsFor([l[2]], "acceded", t.id, "affirmed", "2025-09-12"),
      ...rowsFor([l[3]], "signed", t.id, "affirmed", "2014-09-24"),
      ...rowsFor([l[3]], "ratified", t.id, "negated", null),
    ].sort(),
  };
}

/** A list of parties under a heading takes the instrument the text is about, not the one it says that instrument was made under. */
function madeUnderFramework(rng: Rng): Case {
  const { t, other, l } = trackerCast(rng);
  const made = pick(rng, ["concluded", "negotiated", "adopted", "developed"]);
  return {
    text: `${capitalise(t.written)} is a ${pick(rng, ["regional", "global", "binding"])} agreement ${made} under ${other.written}. It entered into force in 1994.\n\n${pick(rng, ["Four countries are Parties", "Four States are now Parties", "Four States are Parties"])}: ${listOf(l.map((x) => x.written))}.`,
    expected: rowsFor(l, "party", t.id, "affirmed"),
  };
}

/** A treaty and three states, drawn in that order, with the states' list as written ("A, B and C"). */
function treatyAndThreeStates(rng: Rng) {
  const t = pick(rng, TREATIES_ONLY);
  const l = sample(rng, STATES, 3);
  return { t, l, list: listOf(l.map((x) => x.written)) };
}

/** "The Parties to X are A, B and C" (or after a colon); "the parties to the conflict are A and B" names no instrument, so no record. */
function partiesToAre(rng: Rng, i: number): Case {
  const { t, l, list } = treatyAndThreeStates(rng);
  if (i % 3 === 2) return { text: `${pick(rng, ["The", "The two"])} parties to the ${pick(rng, ["conflict", "dispute", "talks"])} are ${list}.`, expected: [] };
  return {
    text: `${pick(rng, ["The Parties", "The current Parties", "The only Parties"])} to ${t.written} are${i % 3 === 1 ? ":" : ""} ${list}.`,
    expected: rowsFor(l, "party", t.id, "affirmed"),
  };
}

/** "The Parties to X – A, B and C – met in Tromsø", "(A, B and C)": the list in apposition after the instrument names its parties. */
function partiesInApposition(rng: Rng, i: number): Case {
  const { t, l, list } = treatyAndThreeStates(rng);
  const [open, close] = i % 2 === 0 ? [" – ", " – "] : [" (", ") "];
  return {
    text: `${pick(rng, ["The Parties", "The States Parties"])} to ${t.written}${open}${list}${close}met in ${pick(rng, ["Tromsø", "Geneva", "Nairobi"])} ${pick(rng, ["this week", "on 12 May", "at the invitation of the host"])}.`,
    expected: rowsFor(l, "party", t.id, "affirmed"),
  };
}

/** A territorial qualifier after a list member ("the Kingdom of Denmark in respect of the Faroe Islands and Greenland") keeps the list whole. */
function territorialQualifier(rng: Rng): Case {
  const t = pick(rng, TREATIES_ONLY);
  const [a, c] = sample(
    rng,
    STATES.filter((x) => !["Denmark", "Netherlands"].includes(x.name)),
    2,
  ) as [StateName, StateName];
  const [b, where] = pick(rng, [
    [{ written: "the Kingdom of Denmark", name: "Denmark" }, "the Faroe Islands and Greenland"],
    [{ written: "the Netherlands", name: "Netherlands" }, "Aruba"],
  ] as const);
  const [verb, action] = pick(rng, [
    ["signed", "signed"],
    ["ratified", "ratified"],
  ] as const);
  return {
    text: `${capitalise(a.written)}, ${b.written} in respect of ${where}, and ${c.written} ${verb} ${t.written} in 2019.`,
    expected: rowsFor([a, b, c], action, t.id, "affirmed"),
  };
}

/**
 * "X is open only to African States; its Parties include A, B and C, and D cannot become a Party to it": "its" is X, and after the
 * closed list ", and D" with its verb is a clause of its own (D is not a party; A, B and C are).
 */
function itsPartiesThenClause(rng: Rng): Case {
  const t = pick(rng, TREATIES_ONLY);
  const [a, b, c, d] = sample(rng, STATES, 4) as [StateName, StateName, StateName, StateName];
  const [tail, polarity] = pick(rng, [
    [`${d.written} cannot become a Party to it`, "negated"],
    [`${d.written} is not a Party to it`, "negated"],
    [`${d.written} has also become a Party to it`, "affirmed"],
  ] as const);
  return {
    text: `${capitalise(t.written)} is open only to ${pick(rng, ["African States", "members of the region", "coastal States"])}; its Parties include ${listOf([a, b, c].map((x) => x.written))}, and ${tail}.`,
    expected: [...rowsFor([a, b, c], "party", t.id, "affirmed"), ...rowsFor([d], "party", t.id, polarity)].sort(),
  };
}

/** A tracker's dash lines whose act noun goes on to its date: "- Zambia — accession deposited 3 November 2025, the last …". */
function depositedEntries(rng: Rng): Case {
  const { t, l } = trackerCast(rng);
  const dash = pick(rng, ["–", "—"]);
  const [verb] = pick(rng, [["deposited"], ["lodged"], ["received"]] as const);
  return {
    head: `${capitalise(t.written.replace(/^the /u, ""))}: new Parties\n\n`,
    text: `- ${capitalise(l[0].written)} ${dash} accession ${verb} 3 November 2025, the last instrument received before the meeting\n- ${capitalise(l[1].written)} ${dash} ratification ${verb} 1 October 2025\n`,
    dates: true,
    expected: [...rowsFor([l[0]], "acceded", t.id, "affirmed", "2025-11-03"), ...rowsFor([l[1]], "ratified", t.id, "affirmed", "2025-10-01")].sort(),
  };
}

/**
 * A table whose columns are headed by short names of the instruments the text named before it ("| State | 1970 Andean | Sahel
 * 2005 |"): each cell's act is on its column's instrument, dated by a year in the cell; "—" is no act, "Under consideration" none yet.
 */
function instrumentColumns(rng: Rng, i: number): Case {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const [p, q] = sample(rng, ["Andean", "Sahel", "Nordic", "Pacific"], 2) as [string, string];
  const x = `1970 ${p} Convention on ${pick(rng, ["Glacier Monitoring", "Mountain Guides"])}`;
  const y = `${q} Protocol on ${pick(rng, ["Seabird Bycatch", "Desert Locust Control"])}`;
  const [cell, action] = pick(rng, [
    ["ratified", "ratified"],
    ["accepted", "ratified"],
    ["acceded", "acceded"],
  ] as const);
  const bar = i % 2 === 0 ? "| " : "";
  const end = i % 2 === 0 ? " |" : "";
  const row = (...cells: string[]) => `${bar}${cells.join(" | ")}${end}`;
  return {
    dates: true,
    text: [
      `This tracker follows the ${x} and the ${y} (${q} Protocol, 2005).`,
      "",
      row("State", `1970 ${p}`, `${q} Protocol`),
      ...(bar ? [row("---", "---", "---")] : []),
      row(capitalise(a.written), `${cell} 1998`, "—"),
      row(capitalise(b.written), "—", "signed 2006"),
      row(capitalise(c.written), `${cell} 2001`, "Under consideration"),
    ].join("\n"),
    expected: [
      ...rowsFor([a], action, x, "affirmed", "1998"),
      ...rowsFor([c], action, x, "affirmed", "2001"),
      ...rowsFor([b], "signed", y, "affirmed", "2006"),
      ...rowsFor([c], "ratified", y, "negated", null),
    ].sort(),
  };
}

/**
 * A verb left out after a later name with its own date: "A ratified it in 2023 and B last year"; and an object left out of the
 * act: "A acceded to X in 2000 but not to Y".
 */
function gappedAndExcluded(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const [t, other] = sample(rng, TREATIES_ONLY, 2) as [(typeof TREATIES_ONLY)[number], (typeof TREATIES_ONLY)[number]];
  const [verb, action] = pick(rng, [
    ["ratified", "ratified"],
    ["acceded to", "acceded"],
    ["signed", "signed"],
  ] as const);
  if (i % 2 === 0) {
    const [later, date] = pick(rng, [
      ["last year", "2024"],
      ["earlier this year", "2025"],
      ["in 2021", "2021"],
    ] as const);
    return {
      head: "Press release\n\n1 June 2025\n\n",
      dates: true,
      text: `${capitalise(t.written)} entered into force in 2010. ${capitalise(a.written)} ${verb} it in 2019 and ${b.written} ${later}.`,
      expected: [...rowsFor([a], action, t.id, "affirmed", "2019"), ...rowsFor([b], action, t.id, "affirmed", date)].sort(),
    };
  }
  const to = verb === "acceded to" ? "to " : "";
  return {
    text: `${capitalise(a.written)} ${verb} ${t.written} in 2000 but not ${to}${other.written}.`,
    expected: [...rowsFor([a], action, t.id, "affirmed"), ...rowsFor([a], action, other.id, "negated")].sort(),
  };
}

/**
 * A table whose cells are set apart by spaced dashes, under a header row laid out the same way ("Contracting Party — Date of
 * deposit — In force from" over "Albania — accession, November 2, 2019 — February 26, 2020"): each row's act cell, dated by its
 * own date.
 */
function dashedTable(rng: Rng, i: number): Case {
  const t = pick(rng, TREATIES_ONLY);
  const l = sample(rng, STATES, 3);
  const dash = i % 2 === 0 ? "—" : "–";
  const rows = l.map((x, k) => {
    const [cell, action] = pick(rng, [
      ["accession", "acceded"],
      ["ratification", "ratified"],
      ["signature", "signed"],
    ] as const);
    const day = 2 + k;
    return { x, action, line: `${capitalise(x.written)} ${dash} ${cell}, March ${day}, 2021 ${dash} June ${day}, 2021`, date: `2021-03-0${day}` };
  });
  return {
    head: `Notification\n\n${capitalise(t.written)}: status\n\n`,
    dates: true,
    text: [`Participant ${dash} Date of deposit of instrument ${dash} In force from`, ...rows.map((r) => r.line)].join("\n"),
    expected: rows.flatMap((r) => rowsFor([r.x], r.action, t.id, "affirmed", r.date)).sort(),
  };
}

/**
 * "The following deposited instruments of ratification on 22 April: A, B and C", "The following have since lodged instruments of
 * accession: A, B": "the following" alone as the subject of a deposit, whose members the list after the colon names, on the text
 * the sentence before names.
 */
function followingDeposits(rng: Rng, i: number): Case {
  const list = sample(rng, BARE_STATES, 2 + (i % 3)) as StateName[];
  const t = pick(rng, TREATIES_ONLY);
  const [verb, kind, action] = pick(rng, [
    ["deposited", "ratification", "ratified"],
    ["lodged", "accession", "acceded"],
    ["have since deposited", "accession", "acceded"],
  ] as const);
  const when = i % 2 === 0 ? " on 22 April" : "";
  return {
    text: `The signing ceremony for ${t.written} was held in ${pick(rng, ["Geneva", "New York", "Vienna"])}. The following ${verb} instruments of ${kind}${when}: ${listOf(list.map((x) => x.written))}.`,
    expected: rowsFor(list, action, t.id, "affirmed"),
  };
}

/** ILO conventions by their official names, with their catalog ids. */
const ILO_NAMED = [
  { written: "the Occupational Safety and Health Convention, 1981 (No. 155)", id: "ilo-c155" },
  { written: "the Domestic Workers Convention, 2011 (No. 189)", id: "ilo-c189" },
  { written: "the Violence and Harassment Convention, 2019 (No. 190)", id: "ilo-c190" },
  { written: "the Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)", id: "ilo-c187" },
] as const;

describe("construction family: lists", () => {
  const cases = [
    ...generate(13695, 12, (rng, i) => {
      // A key in prose for a status table's dashes ('"—" means no instrument deposited', "A dash indicates that no instrument has been
      // deposited"): a dash under the ratification column is no ratification; without such a key a dash says nothing.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and ") && !x.written.startsWith("the "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const dash = pick(rng, ["—", "-", "–"]);
      const keyed = i % 4 !== 3;
      const key = keyed
        ? pick(rng, [`"${dash}" means no instrument deposited as of this update.`, `A dash indicates that no instrument has been deposited.`])
        : "Dates are those of signature and of deposit.";
      return {
        text: `Status of ${t.written}.\n\n${key}\n\n| State | Signature | Ratification |\n|---|---|---|\n| ${a.written} | 12 May 2022 | 14 March 2023 |\n| ${b.written} | 12 May 2022 | ${dash} |\n`,
        expected: [
          ...rowsFor([a, b], "signed", t.id, "affirmed"),
          ...rowsFor([a], "ratified", t.id, "affirmed"),
          ...(keyed ? rowsFor([b], "ratified", t.id, "negated") : []),
        ].sort(),
      };
    }),
    ...generate(13692, 12, (rng, i) => {
      // A Protocol's chart or tracker: the rows are the Protocol's, though the lines above them say who may join it by its parent
      // ("Treaty open for signature by the High Contracting Parties to the Convention", "Open to: Parties to the Convention on X only")
      // and when its instruments were deposited ("the date of deposit of the instrument with the Council of Europe").
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and ") && !x.written.startsWith("the "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const [signedA, ratifiedA, signedB] = [`0${1 + (i % 9)}/10/2023`, `2${i % 8}/07/2024`, `1${i % 9}/11/2023`];
      const iso = (d: string) => `${d.slice(6)}-${d.slice(3, 5)}-${d.slice(0, 2)}`;
      // (Either way, A signed and ratified the Protocol and B signed it, each on its row's day.)
      const rows = (protocol: string) =>
        [
          ...rowsFor([a], "signed", protocol, "affirmed", iso(signedA)),
          ...rowsFor([a], "ratified", protocol, "affirmed", iso(ratifiedA)),
          ...rowsFor([b], "signed", protocol, "affirmed", iso(signedB)),
        ].sort();
      if (i % 2 === 0) {
        const protocol = `Protocol No. ${18 + (i % 5)} to the Convention for the Protection of Human Rights and Fundamental Freedoms`;
        return {
          text: `Chart of signatures and ratifications of Treaty 9${i}\n\n${protocol} (CETS No. 9${i})\nOpening of the treaty: Strasbourg - Treaty open for signature by the High Contracting Parties to the Convention\n${pick(rng, ["Dates are those of signature and of deposit of the instrument with the Council of Europe.\n", ""])}\nStates | Signature | Ratification\n${a.written} | ${signedA} | ${ratifiedA}\n${b.written} | ${signedB} |\n`,
          expected: rows(protocol),
          dates: true,
        };
      }
      const parent = pick(rng, ["Convention on Marine Salvage", "Convention on Inland Ferries"]);
      const protocol = `Second Protocol to the ${parent}`;
      return {
        text: `# Tracker: ${protocol}\n\n- Full title: ${protocol} on electronic records\n- Open to: Parties to the ${parent} only\n\n| State | Signature | Ratification |\n|---|---|---|\n| ${a.written} | ${signedA} | ${ratifiedA} |\n| ${b.written} | ${signedB} | |\n`,
        expected: rows(protocol),
        dates: true,
      };
    }),
    ...generate(13687, 14, (rng, i) => {
      // A tracker's table of codes under a key ("Key: R = ratified, A = acceded, S = signed only, - = not a party"): each cell is its
      // row's State's act on its column's text, in the year the cell gives; "S" (signed only) is a signature and no ratification; "-" is
      // no party. Without a key the codes say nothing.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and ") && !x.written.startsWith("the "));
      const rows = sample(rng, pool, 2 + (i % 3));
      const texts = [
        { acronym: "ATT", id: "att", name: "the Arms Trade Treaty" },
        { acronym: "CCM", id: "ccm", name: "the Convention on Cluster Munitions" },
        { acronym: "TPNW", id: "tpnw", name: "the Treaty on the Prohibition of Nuclear Weapons" },
      ];
      const [label, sep] = pick(rng, [
        ["Key:", "="],
        ["Legend:", "="],
        ["**Key:**", ":"],
      ] as const);
      const keyed = i % 7 !== 6;
      const expected: string[] = [];
      const lines = rows.map((state) => {
        const cells = texts.map((t) => {
          const [code, year] = [pick(rng, ["R", "A", "S", "-"]), 2000 + Math.floor(rng() * 25)];
          const rec = (action: string, polarity: string) => expected.push(...rowsFor([state], action, t.id, polarity));
          if (code === "R") rec("ratified", "affirmed");
          else if (code === "A") rec("acceded", "affirmed");
          else if (code === "S") {
            rec("signed", "affirmed");
            rec("ratified", "negated");
          } else rec("party", "negated");
          return code === "-" ? "-" : pick(rng, [`${code} ${year}`, `${code} (${year})`]);
        });
        return `| ${state.written} | ${cells.join(" | ")} |`;
      });
      const key = keyed ? `${label} R ${sep} ratified, A ${sep} acceded, S ${sep} signed only, - ${sep} not a party.\n\n` : "";
      return {
        text: `Where members stand on ${listOf(texts.map((t) => `${t.name} (${t.acronym})`))}.\n\n${key}| State | ${texts.map((t) => t.acronym).join(" | ")} |\n|---|---|---|---|\n${lines.join("\n")}\n\nSource: our own research.`,
        expected: keyed ? expected.sort() : [],
      };
    }),
    ...generate(13685, 12, (rng, i) => {
      // "Outside the EU, A and B both ratified X": a floated "both" / "all" after the subject keeps the opening phrase's name out;
      // "A ratified X in March, followed by B in June, and C acceded to it in September": C, with a verb of its own after ", and", opens
      // a clause and is no follower.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b, c, d] = sample(rng, pool, 4) as [StateName, StateName, StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      if (i % 2 === 0) {
        const q = pick(rng, ["both", "all", "each"]);
        const subject = q === "both" ? `${a.written} and ${b.written}` : `${a.written}, ${b.written} and ${c.written}`;
        const actors = q === "both" ? [a, b] : [a, b, c];
        return {
          text: `Outside the ${pick(rng, ["EU", "European Union"])}, ${capitalise(subject)} ${q} ratified ${t.written} in ${2015 + (i % 8)}.`,
          expected: rowsFor(actors, "ratified", t.id, "affirmed"),
        };
      }
      const third = rng() < 0.5;
      return {
        text: `${capitalise(a.written)} ratified ${t.written} in March, followed by ${b.written} in June${third ? ` and ${d.written} in July` : ""}, and ${c.written} ${pick(rng, ["acceded to it", "has acceded to it"])} in September.`,
        expected: [...rowsFor(third ? [a, b, d] : [a, b], "ratified", t.id, "affirmed"), ...rowsFor([c], "acceded", t.id, "affirmed")].sort(),
      };
    }),
    ...generate(13679, 10, (rng, i) => {
      // A table whose columns each name a text: "| UN Convention |" is the United Nations Convention named above; a column that names a
      // text only by its kind ("| Second Protocol |", "| Optional Protocol |", with no such protocol named) gives no record, rather than
      // another column's or the topic's text.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const middle = pick(rng, ["Second Protocol", "Additional Protocol", "Optional Protocol"]);
      const cell = pick(rng, ["Not signed", "Signed 2022, not ratified", "Ratified (2023)"]);
      const year = 2010 + i;
      const table = `| Country | Budapest Convention | ${middle} | UN Convention |\n|---|---|---|---|\n| ${capitalise(a.written)} | Party (${year}) | ${cell} | Signed 25 Oct 2025 |\n| ${capitalise(b.written)} | Not party | ${cell} | Not signed |\n`;
      return {
        text: `This tracker follows the Budapest Convention and the United Nations Convention against Cybercrime.\n\n${table}`,
        expected: [
          ...rowsFor([a], "party", "cybercrime-convention", "affirmed"),
          ...rowsFor([a], "signed", "un-cybercrime-convention", "affirmed"),
          ...rowsFor([b], "party", "cybercrime-convention", "negated"),
          ...rowsFor([b], "signed", "un-cybercrime-convention", "negated"),
        ].sort(),
      };
    }),
    ...generate(13672, 10, (rng, i) => {
      // "States that are not yet Parties - including A, B and C - …": a list set off by spaced hyphens after a relative is the noun's,
      // with the relative's polarity, as it is between commas; "Outside the EU, A and B remain parties": the opening phrase's name is
      // not in the subject's list.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b, c] = sample(rng, pool, 3) as [StateName, StateName, StateName];
      if (i % 3 === 2) {
        const outside = pick(rng, ["the EU", "the European Union", "Europe"]);
        return {
          text: `Outside ${outside}, ${listOf([a.written, b.written, c.written])} remain parties to ${t.written}.`,
          expected: rowsFor([a, b, c], "party", t.id, "affirmed"),
        };
      }
      const [rel, action, polarity] = pick(rng, [
        ["that are not yet Parties", "party", "negated"],
        ["that have not yet ratified it", "ratified", "negated"],
        ["that have yet to sign it", "signed", "negated"],
      ] as const);
      const dash = pick(rng, [" - ", " – "]);
      return {
        text: `${capitalise(t.written)} is open for accession. The Secretariat reminds States ${rel}${dash}including ${listOf([a.written, b.written, c.written])}${dash}that help is available.`,
        expected: rowsFor([a, b, c], action, t.id, polarity),
      };
    }),
    ...generate(13669, 8, (rng, i) => {
      // "The Conference adopted X. A is a party to the Occupational Safety and Health Convention, 1981 (No. 155), and will study the new
      // instrument": "and" and a modal open another predicate, whose object ("the new instrument", X) is no object of the party;
      // "A is a party to Y and Z" keeps both.
      const x = pick(rng, TREATIES_ONLY);
      const [y, z] = sample(rng, ILO_NAMED, 2) as [(typeof ILO_NAMED)[number], (typeof ILO_NAMED)[number]];
      const a = pick(
        rng,
        BARE_STATES.filter((s) => !s.written.includes(" and ")),
      );
      const intro = `The Conference adopted ${x.written} on Friday.`;
      if (i % 4 === 3)
        return {
          text: `${intro} ${capitalise(a.written)} is a party to ${y.written} and ${z.written}.`,
          expected: [...rowsFor([a], "party", y.id, "affirmed"), ...rowsFor([a], "party", z.id, "affirmed")].sort(),
        };
      const [verb, action] = pick(rng, [
        ["is a party to", "party"],
        ["ratified", "ratified"],
      ] as const);
      const tail = pick(rng, ["will study the new instrument", "would examine the new treaty carefully", "may consider the new instrument"]);
      return { text: `${intro} ${capitalise(a.written)} ${verb} ${y.written}, and ${tail}.`, expected: rowsFor([a], action, y.id, "affirmed") };
    }),
    ...generate(13664, 8, (rng, i) => {
      // "A and B remain Contracting Parties to X, as do C and D outside the Union": the elliptic "as do" list may end in a place adjunct;
      // a list that runs on into a verb of its own ("as do C and D, which signed …") is unchanged.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b, c, d] = sample(rng, pool, 4) as [StateName, StateName, StateName, StateName];
      const place = pick(rng, ["outside the Union", "outside the region", "beyond Europe"]);
      const [verb, aux, action] = i % 2 === 0 ? (["remain Contracting Parties to", "do", "party"] as const) : (["have ratified", "have", "ratified"] as const);
      return {
        text: `${capitalise(listOf([a.written, b.written]))} ${verb} ${t.written}, as ${aux} ${listOf([c.written, d.written])} ${place}.`,
        expected: rowsFor([a, b, c, d], action, t.id, "affirmed"),
      };
    }),
    ...generate(13663, 8, (rng, i) => {
      // A relative set off by commas ends at its closing comma, not at a comma inside its list of objects: "A, which in April 2021
      // ratified Conventions Nos 29, 87 and 98, was praised", "B, which ratified X, Y and Z in 2010, …".
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const a = pick(rng, pool);
      if (i % 2 === 0) {
        const nos = pick(rng, ["Nos", "Nos.", "Nos"]);
        return {
          text: `${capitalise(a.written)}, which in April 2021 ratified Conventions ${nos} 29, 87 and 98 in a single session, was praised by the Committee.`,
          expected: [
            ...rowsFor([a], "ratified", "ilo-c029", "affirmed"),
            ...rowsFor([a], "ratified", "ilo-c087", "affirmed"),
            ...rowsFor([a], "ratified", "ilo-c098", "affirmed"),
          ].sort(),
        };
      }
      const [x, y, z] = sample(rng, TREATIES_ONLY, 3) as [(typeof TREATIES_ONLY)[number], (typeof TREATIES_ONLY)[number], (typeof TREATIES_ONLY)[number]];
      return {
        text: `${capitalise(a.written)}, which ratified ${x.written}, ${y.written} and ${z.written} in 2010, was praised.`,
        expected: [
          ...rowsFor([a], "ratified", x.id, "affirmed"),
          ...rowsFor([a], "ratified", y.id, "affirmed"),
          ...rowsFor([a], "ratified", z.id, "affirmed"),
        ].sort(),
      };
    }),
    ...generate(13662, 8, (rng, i) => {
      // "A ratified X in June 2020. B followed the same month.": B did the act before, in its month ("that year": its year); "followed
      // the debate" shares nothing.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const [tail, date] = pick(rng, [
        ["followed the same month", "2020-06"],
        ["followed that month", "2020-06"],
        ["followed the same year", "2020"],
      ] as const);
      const first = `${capitalise(a.written)} ratified ${t.written} in June 2020.`;
      return i % 4 === 3
        ? {
            text: `${first} ${capitalise(b.written)} followed the debate closely.`,
            dates: true,
            expected: rowsFor([a], "ratified", t.id, "affirmed", "2020-06"),
          }
        : {
            text: `${first} ${capitalise(b.written)} ${tail}.`,
            dates: true,
            expected: [...rowsFor([a], "ratified", t.id, "affirmed", "2020-06"), ...rowsFor([b], "ratified", t.id, "affirmed", date)].sort(),
          };
    }),
    ...generate(13661, 10, (rng, i) => {
      // A list after a colon whose later lines open with a label and its count ("35 States have ratified X: ¶ Americas (5): A, B, … ¶
      // Europe (2): C and D ¶ Africa: E"), each line its own paragraph (a saved web page's list items): every labelled line's States
      // did the act too.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const l = sample(rng, pool, 8);
      const [verb, action, polarity] = pick(rng, [
        ["have ratified", "ratified", "affirmed"],
        ["have signed", "signed", "affirmed"],
        ["have yet to ratify", "ratified", "negated"],
      ] as const);
      const [r1, r2, r3] = sample(rng, ["Americas", "Europe", "Africa", "Asia and the Pacific", "Arab States"], 3) as [string, string, string];
      const counted = (r: string, n: number) => (i % 2 === 0 ? `${r} (${n})` : r);
      return {
        text: `As of today, eight member States ${verb} ${t.written}:\n\n${counted(r1, 5)}: ${listOf(l.slice(0, 5).map((x) => x.written))}\n\n${counted(r2, 2)}: ${listOf(l.slice(5, 7).map((x) => x.written))}\n\n${counted(r3, 1)}: ${l[7]?.written}\n`,
        expected: rowsFor(l, action, t.id, polarity),
      };
    }),
    ...generate(13655, 10, (rng, i) => {
      // "A joins B and C among the Caribbean States that have ratified X": the States it joins and A itself did the relative's act (a
      // region's adjective before the head, as a count would be); "have yet to" keeps its polarity.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b, c] = sample(rng, pool, 3) as [StateName, StateName, StateName];
      const region = pick(rng, ["Caribbean", "African", "European", "Pacific", "Latin American", ""]);
      const [clause, action, polarity] = pick(rng, [
        ["have ratified", "ratified", "affirmed"],
        ["have signed", "signed", "affirmed"],
        ["have yet to ratify", "ratified", "negated"],
      ] as const);
      const head = `among the ${region ? `${region} ` : ""}States that ${clause} ${t.written}`;
      return i % 2 === 0
        ? {
            text: `${capitalise(a.written)} ${pick(rng, ["joins", "joined"])} ${listOf([b.written, c.written])} ${head}.`,
            expected: rowsFor([a, b, c], action, t.id, polarity),
          }
        : { text: `${capitalise(listOf([b.written, c.written]))} are ${head}.`, expected: rowsFor([b, c], action, t.id, polarity) };
    }),
    ...generate(13654, 8, (rng) => {
      // Dated items parted by semicolons, the first a pair that shares its date: "Ratifications: A and B (both 1 October); C (29
      // October)" lists all three, each with its date.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b, c] = sample(rng, pool, 3) as [StateName, StateName, StateName];
      const [label, action] = pick(rng, [
        ["Ratifications", "ratified"],
        ["Accessions", "acceded"],
        ["Signatures", "signed"],
      ] as const);
      const both = pick(rng, ["both", "all"]);
      return {
        head: "Title: Treaty Watch\nDate: 2025-11-03\n\n",
        text: `${capitalise(t.written)}\n- ${label}: ${a.written} and ${b.written} (${both} 1 October); ${c.written} (29 October).\n`,
        dates: true,
        expected: [...rowsFor([a, b], action, t.id, "affirmed", "2025-10-01"), ...rowsFor([c], action, t.id, "affirmed", "2025-10-29")].sort(),
      };
    }),
    ...generate(13651, 12, (rng, i) => {
      // A Markdown tracker: a status heading after its "##" marks, a blank line, then bulleted lines with the State in bold ("- **A** –
      // 2020"), or led by a year ("- **2021** – A, B"); a table under such a heading whose columns name no act ("| Country |
      // Registered | Notes |") gives each dated row the heading's act on its date.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and ") && x.written.length <= 20 && !x.written.startsWith("the "));
      const [a, b, c] = sample(rng, pool, 3) as [StateName, StateName, StateName];
      const [heading, action] = pick(rng, [
        ["Recent ratifications", "ratified"],
        ["New accessions", "acceded"],
        ["Ratifications registered since 2020", "ratified"],
      ] as const);
      const intro = `# Tracker\n\n${capitalise(t.written)} is the first treaty of its kind.\n\n## ${heading}\n\n`;
      switch (i % 3) {
        case 0:
          return {
            text: `${intro}- **${a.written}** – 2020\n- **${b.written}** – ${pick(rng, ["2021", "March 2021"])}\n`,
            expected: rowsFor([a, b], action, t.id, "affirmed"),
          };
        case 1:
          return {
            text: `${intro}- **2020** – ${a.written}, ${b.written}\n- ${pick(rng, ["**2021**", "2021"])}${pick(rng, [" –", ":"])} ${c.written}\n`,
            dates: true,
            expected: [...rowsFor([a, b], action, t.id, "affirmed", "2020"), ...rowsFor([c], action, t.id, "affirmed", "2021")].sort(),
          };
        default:
          return {
            text: `${intro}| Country | ${pick(rng, ["Registered", "Date", "Deposited"])} | Notes |\n|---|---|---|\n| ${a.written} | 4 Jan 2024 | the first this year |\n| ${b.written} | 20 Feb 2024 | ${pick(rng, ["after a long campaign", "—"])} |\n`,
            dates: true,
            expected: [...rowsFor([a], action, t.id, "affirmed", "2024-01-04"), ...rowsFor([b], action, t.id, "affirmed", "2024-02-20")].sort(),
          };
      }
    }),
    ...generate(13649, 12, (rng, i) => {
      // "The Office has registered the following ratifications of X: - A, 12 June 2023 - B, 20 February 2024 (the first in …)": the
      // plural act noun after "the following" is the list's, each item dated by its own date (a remark in brackets after it ends it);
      // and a list whose bulleted lines open with a region's label ("- Europe (2): A and B ¶ - Africa: C") runs on over every line.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and ") && x.written.length <= 20);
      const [a, b, c, d] = sample(rng, pool, 4) as [StateName, StateName, StateName, StateName];
      if (i % 2 === 0) {
        const [noun, action] = pick(rng, [
          ["ratifications", "ratified"],
          ["new accessions", "acceded"],
        ] as const);
        const subject = pick(rng, ["the Office has registered", "the depositary has received", "the Secretariat recorded"]);
        const remark = pick(rng, [" (the first in its region)", " (deposited at the Conference)", ""]);
        return {
          text: `Since June 2023, ${subject} the following ${noun} of ${t.written}:\n\n  - ${a.written}, 12 June 2023\n  - ${b.written}, 20 February 2024${remark}\n`,
          dates: true,
          expected: [...rowsFor([a], action, t.id, "affirmed", "2023-06-12"), ...rowsFor([b], action, t.id, "affirmed", "2024-02-20")].sort(),
        };
      }
      const [verb, action, polarity] = pick(rng, [
        ["have ratified", "ratified", "affirmed"],
        ["have yet to ratify", "ratified", "negated"],
        ["have signed", "signed", "affirmed"],
      ] as const);
      const regions = sample(rng, ["Americas", "Europe", "Africa", "Asia and the Pacific", "Arab States"], 3) as [string, string, string];
      const counted = i % 4 === 1;
      const label = (r: string, n: number) => (counted ? `${r} (${n})` : r);
      return {
        text: `As of today, four member States ${verb} ${t.written}:\n\n- ${label(regions[0], 2)}: ${a.written} and ${b.written}\n- ${label(regions[1], 1)}: ${c.written}\n- ${label(regions[2], 1)}: ${d.written}\n`,
        expected: rowsFor([a, b, c, d], action, t.id, polarity),
      };
    }),
    ...generate(13648, 12, (rng, i) => {
      // Bulleted items that end at their line's end with a bracketed aside ("- A (Asia-Pacific) ¶ - B (Africa)") all share the act of
      // the clause the colon closes; and a status table's own act cell ("| A | 9 Jan 2015 | 18 Jul 2024 | ratification |" under
      // "Party | Signature | Consent to be bound | Type") is dated by the consent column, not the signature's, whatever footnote mark
      // follows the name ("Netherlands (Kingdom of the)¹").
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and ") && x.written.length <= 20);
      const [a, b, c] = sample(rng, pool, 3) as [StateName, StateName, StateName];
      if (i % 2 === 0) {
        const regions = ["Asia-Pacific", "Africa", "Eastern Europe", "Latin America and the Caribbean", "Western Europe"];
        const [verb, action, polarity] = pick(rng, [
          ["have yet to ratify", "ratified", "negated"],
          ["have not signed", "signed", "negated"],
          ["have ratified", "ratified", "affirmed"],
        ] as const);
        const items = [a, b, c].map((x, k) => `- ${x.written}${k === 2 && i % 4 === 0 ? "" : ` (${pick(rng, regions)})`}`);
        return {
          text: `${capitalise(t.written)} was adopted in 2016. Three States ${verb} it:\n${items.join("\n")}\n`,
          expected: rowsFor([a, b, c], action, t.id, polarity),
        };
      }
      const mark = pick(rng, ["¹", "²", "*", ""]);
      const [kind, action] = pick(rng, [
        ["ratification", "ratified"],
        ["acceptance", "ratified"],
      ] as const);
      return {
        text: `${capitalise(t.written)} was adopted in 2013.\n\n| Party | Signature | Consent to be bound | Type |\n|---|---|---|---|\n| ${a.written}${mark} | 9 Jan 2015 | 18 Jul 2024 | ${kind} |\n| ${b.written} | — | 2 May 2024 | accession |\n`,
        dates: true,
        expected: [
          ...rowsFor([a], "signed", t.id, "affirmed", "2015-01-09"),
          ...rowsFor([a], action, t.id, "affirmed", "2024-07-18"),
          ...rowsFor([b], "acceded", t.id, "affirmed", "2024-05-02"),
        ].sort(),
      };
    }),
    ...generate(13647, 8, (rng, i) => {
      // A relative aside on a member, then ", and" the next member: "The signatories include A, which ratified in 2013, and B" lists
      // both (and A's ratification is the relative's own).
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const [noun, action] = pick(rng, [
        ["signatories include", "signed"],
        ["Parties include", "party"],
      ] as const);
      const text = `${capitalise(t.written)} was discussed. The ${noun} ${a.written}, which ratified in ${2010 + i}, and ${b.written}.`;
      const own = rowsFor([a], "ratified", t.id, "affirmed");
      const listed = rowsFor([a, b], action, t.id, "affirmed");
      return { text, expected: [...own, ...listed].sort() };
    }),
    ...generate(13646, 10, (rng, i) => {
      // Gapped clauses parted by semicolons: "A ratified X in 2016; B and C in 2017; and D in 2018" (each name with its own date);
      // "; B signed it in 2017" has its own verb.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b, c, d] = sample(rng, pool, 4) as [StateName, StateName, StateName, StateName];
      const verb = pick(rng, ["ratified", "signed"] as const);
      if (i % 4 === 3)
        return {
          text: `${capitalise(a.written)} ${verb} ${t.written} in 2016; ${b.written} ${verb === "ratified" ? "signed" : "ratified"} it in 2017.`,
          dates: true,
          expected: [
            ...rowsFor([a], verb, t.id, "affirmed", "2016"),
            ...rowsFor([b], verb === "ratified" ? "signed" : "ratified", t.id, "affirmed", "2017"),
          ].sort(),
        };
      const third = i % 2 === 0;
      return {
        text: `${capitalise(a.written)} ${verb} ${t.written} in 2016; ${listOf([b.written, c.written])} in 2017${third ? `; and ${d.written} in 2018` : ""}.`,
        dates: true,
        expected: [
          ...rowsFor([a], verb, t.id, "affirmed", "2016"),
          ...rowsFor([b, c], verb, t.id, "affirmed", "2017"),
          ...(third ? rowsFor([d], verb, t.id, "affirmed", "2018") : []),
        ].sort(),
      };
    }),
    ...generate(13645, 10, (rng, i) => {
      // A depositary's mark after a consent's date in a ratification column ("| A | – | 4 Sep 2018 (a) |", "B   -   13 Jun 2022 a"): an
      // accession, not a ratification; a date with no mark stays a ratification.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and ") && x.written.length <= 20);
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const text =
        i % 2 === 0
          ? `${capitalise(t.written)} was adopted in 2017.\n\n| State | Signature | Ratification / accession |\n|---|---|---|\n| ${a.written} | 20 Sep 2017 | 8 May 2018 |\n| ${b.written} | – | 4 Sep 2018 ${pick(rng, ["(a)", "a"])} |\n`
          : `${capitalise(t.written)} was adopted in 2017.\n\n  State                   Signature       Ratification / accession\n  ${a.written.padEnd(24)}20 Sep 2017     8 May 2018\n  ${b.written.padEnd(24)}-               4 Sep 2018 a\n`;
      return {
        text,
        dates: true,
        expected: [
          ...rowsFor([a], "signed", t.id, "affirmed", "2017-09-20"),
          ...rowsFor([a], "ratified", t.id, "affirmed", "2018-05-08"),
          ...rowsFor([b], "acceded", t.id, "affirmed", "2018-09-04"),
          ...(i % 2 === 1 ? rowsFor([b], "signed", t.id, "negated", null) : []),
        ].sort(),
      };
    }),
    ...generate(13643, 10, (rng, i) => {
      // "A, B and C deposited their instruments of acceptance on Monday. D and E followed today, in a short ceremony …": a sentence that
      // says others followed (today, yesterday, afterwards, within days) shares the act before, dated by its own time; "followed a
      // different course" shares nothing.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b, c, d] = sample(rng, pool, 4) as [StateName, StateName, StateName, StateName];
      const head = "GENEVA, 23 July 2024 — ";
      const first = `${capitalise(t.written)} is in force. ${capitalise(listOf([a.written, b.written]))} deposited their instruments of ratification on Monday.`;
      if (i % 5 === 4)
        return {
          head,
          text: `${first} ${capitalise(listOf([c.written, d.written]))} followed a different course.`,
          dates: true,
          expected: rowsFor([a, b], "ratified", t.id, "affirmed", "2024-07-22"),
        };
      const [when, date] = pick(rng, [
        ["today", "2024-07-23"],
        ["today, in a short ceremony held before the afternoon session", "2024-07-23"],
      ] as const);
      return {
        head,
        text: `${first} ${capitalise(listOf([c.written, d.written]))} followed ${when}.`,
        dates: true,
        expected: [...rowsFor([a, b], "ratified", t.id, "affirmed", "2024-07-22"), ...rowsFor([c, d], "ratified", t.id, "affirmed", date)].sort(),
      };
    }),
    ...generate(13633, 16, (rng, i) => {
      // A tracker's heading opened by an act's plural, however long its circumstances ("Acceptances received since the General
      // Council's May meeting:", "New accessions deposited with the Secretary-General this year:"), over bulleted "State: date"
      // items: each State did the act on its own date. A plural heading whose words say the acts are not done is no such heading.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const l = sample(rng, pool, 2 + (i % 3)) as StateName[];
      const [plural, action] = pick(rng, [
        ["Ratifications", "ratified"],
        ["Acceptances", "ratified"],
        ["Accessions", "acceded"],
        ["New accessions", "acceded"],
        ["Further ratifications", "ratified"],
      ] as const);
      const since = pick(rng, [
        "received since the General Council's May meeting",
        "deposited with the Secretary-General this year",
        "received since the Committee's last session",
        "lodged in 2024",
        "since the last report",
      ]);
      const days = l.map((_, k) => `2024-0${3 + k}-1${k}`);
      const written = (d: string) => `1${d.slice(-1)} ${["March", "April", "May", "June", "July"][Number(d.slice(5, 7)) - 3]} 2024`;
      const sep = i % 4 === 3 ? "," : ":";
      const items = l.map((x, k) => `- ${x.written}${sep} ${written(days[k] as string)}`).join("\n");
      if (i % 5 === 4)
        return {
          text: `${capitalise(t.written)} entered into force in 2016.\n\n${plural} still outstanding among the members:\n${items}\n`,
          expected: [],
        };
      return {
        text: `${capitalise(t.written)} entered into force in 2016.\n\n${plural} ${since}:\n${items}\n`,
        dates: true,
        expected: l.flatMap((x, k) => rowsFor([x], action, t.id, "affirmed", days[k])).sort(),
      };
    }),
    ...generate(13598, 12, (rng, i) => followingDeposits(rng, i)),
    ...generate(13001, Math.max(48, 3 * TEMPLATES.length), (rng, i) => (TEMPLATES[i % TEMPLATES.length] as (r: Rng) => Case)(rng)),
    ...generate(13470, 12, (rng, i) => {
      // Companions named after a kind ("alongside the ten ASEAN member states and B, C and D") did the act too; a deposit coordinated
      // after them ("…, and deposited our instrument of ratification") is the subject's, not theirs (it had been a wrong done each).
      const [a, b, c, d] = sample(rng, BARE_STATES, 4) as [StateName, StateName, StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const kind = pick(rng, ["the ten ASEAN member states", "the other founding States", "the Nordic countries"]);
      const lead = `${capitalise(a.written)} signed ${t.written} on 15 November 2020 alongside ${kind} and ${listOf([b.written, c.written, d.written])}`;
      if (i % 2 === 0) return { text: `${lead}.`, expected: rowsFor([a, b, c, d], "signed", t.id, "affirmed") };
      return {
        text: `${lead}, and deposited ${pick(rng, ["its", "our"])} instrument of ratification in November 2021.`,
        expected: [...rowsFor([a, b, c, d], "signed", t.id, "affirmed"), ...rowsFor([a], "ratified", t.id, "affirmed")].sort(),
      };
    }),
    ...generate(13466, 12, (rng, i) => {
      // Past the act's place and day: "…, as did the other eleven participating countries: B, C and D" (the list its description
      // opens), and "signed X in Santiago on 8 March 2018 together with B" (companions after the place).
      const [a, b, c, d] = sample(rng, BARE_STATES, 4) as [StateName, StateName, StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const act = pick(rng, ["signed", "ratified"] as const);
      const where = `in ${pick(rng, ["Auckland", "Santiago", "Lima", "Nairobi"])} on 4 February 2016`;
      if (i % 2 === 0)
        return {
          text: `${capitalise(a.written)} ${act} ${t.written} ${where}, as did the other ${pick(rng, ["three", "3"])} ${pick(rng, ["participating ", ""])}countries: ${listOf([b.written, c.written, d.written])}.`,
          expected: rowsFor([a, b, c, d], act, t.id, "affirmed"),
        };
      return {
        text: `${capitalise(a.written)} ${act} ${t.written} ${where} ${pick(rng, ["together with", "along with"])} ${b.written}.`,
        expected: rowsFor([a, b], act, t.id, "affirmed"),
      };
    }),
    ...generate(13464, 12, (rng, i) => {
      // "namely," with its comma before the list, and "the following States, in addition to D: A, B and C" (the aside's State too).
      const [a, b, c, d] = sample(rng, BARE_STATES, 4) as [StateName, StateName, StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const act = pick(rng, ["signed", "ratified"] as const);
      if (i % 2 === 0)
        return {
          text: `${capitalise(t.written)} was opened for signature in 2016. On that day it was ${act} by ${pick(rng, ["three", "3"])} countries, namely, ${listOf([a.written, b.written, c.written])}.`,
          expected: rowsFor([a, b, c], act, t.id, "affirmed"),
        };
      const aside = pick(rng, ["in addition to", "besides", "apart from"]);
      return {
        text: `On 20 September 2017 ${t.written} was ${act} by the following ${pick(rng, ["African ", "", "Caribbean "])}States, ${aside} ${d.written}: ${listOf([a.written, b.written, c.written])}.`,
        expected: rowsFor([d, a, b, c], act, t.id, "affirmed"),
      };
    }),
    ...generate(13457, 12, (rng, i) => {
      // Companions after "alongside", also past where the act was done ("signed X at the summit in Town on D, alongside B and C")
      // and a count with a member named beside it ("alongside 27 other countries and the European Union, including B and C"): they
      // did the act too; "its" in a verb coordinated after them is the subject's, not the last companion's.
      const [a, b, c, d] = sample(rng, BARE_STATES, 4) as [StateName, StateName, StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const act = pick(rng, ["signed", "ratified"] as const);
      const A = capitalise(a.written);
      switch (i % 4) {
        case 0:
          return {
            text: `${A} ${act} ${t.written} on 15 November 2020 alongside ${listOf([b.written, c.written, d.written])}.`,
            expected: rowsFor([a, b, c, d], act, t.id, "affirmed"),
          };
        case 1:
          return {
            text: `${A} ${act} ${t.written} at ${pick(rng, ["the summit", "a ceremony", "the Conference"])} in ${pick(rng, ["Geneva", "Bangkok", "Lima"])} on 1 November 2023, alongside ${listOf([b.written, c.written])}.`,
            expected: rowsFor([a, b, c], act, t.id, "affirmed"),
          };
        case 2:
          return {
            text: `${A} signed ${t.written} in 2020 alongside ${listOf([b.written, c.written, d.written])}, and deposited its instrument of ratification in 2021.`,
            expected: [...rowsFor([a, b, c, d], "signed", t.id, "affirmed"), ...rowsFor([a], "ratified", t.id, "affirmed")].sort(),
          };
        default:
          return {
            text: `${A} ${act} ${t.written} in 2019, alongside ${pick(rng, ["27", "40", "twelve"])} other countries and the European Union, including ${listOf([b.written, c.written, d.written])}.`,
            expected: [...rowsFor([a, b, c, d], act, t.id, "affirmed"), `European Union|${act}|${t.id}|affirmed`].sort(),
          };
      }
    }),
    ...generate(13006, 6, (rng) => bulletedLines(rng)),
    ...generate(13007, 4, (rng) => sameSentenceSponsors(rng)),
    ...generate(13010, 4, (rng) => trackerSections(rng)),
    ...generate(13012, 4, (rng) => trackerAsides(rng)),
    ...generate(13019, 5, (rng) => trackerAfterColonList(rng)),
    ...generate(13020, 5, (rng) => madeUnderFramework(rng)),
    ...generate(13021, 6, (rng, i) => partiesToAre(rng, i)),
    ...generate(13022, 6, (rng, i) => partiesInApposition(rng, i)),
    ...generate(13023, 5, (rng) => territorialQualifier(rng)),
    ...generate(13024, 6, (rng) => itsPartiesThenClause(rng)),
    ...generate(13025, 8, (rng, i) => instrumentColumns(rng, i)),
    ...generate(13026, 10, (rng, i) => gappedAndExcluded(rng, i)),
    ...generate(13037, 8, (rng, i) => {
      // Others doing the act a clause before states: "…, and so did A, B and C at around the same time"; "A was the first to
      // ratify X, on 29 September 1998, and B followed in December of that year"; "…, B and C followed in 2015" without "and".
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const A = capitalise(a.written);
      switch (i % 4) {
        case 0:
          return {
            text: `${A} ratified ${t.written} in 2014, and so did ${b.written} and ${c.written} ${pick(rng, ["at around the same time", "shortly afterwards", "soon after"])}.`,
            expected: [...rowsFor([a], "ratified", t.id, "affirmed", "2014"), ...rowsFor([b, c], "ratified", t.id, "affirmed", null)].sort(),
            dates: true,
          };
        case 1:
          return {
            text: `${A} was the first State to ratify ${t.written}, on 29 September 1998, and ${b.written} followed in December of that year.`,
            expected: [...rowsFor([a], "ratified", t.id, "affirmed", "1998-09-29"), ...rowsFor([b], "ratified", t.id, "affirmed", "1998-12")].sort(),
            dates: true,
          };
        case 2:
          return {
            text: `${A} ratified ${t.written} in November 2014, ${b.written} and ${c.written} followed in 2015.`,
            expected: [...rowsFor([a], "ratified", t.id, "affirmed", "2014-11"), ...rowsFor([b, c], "ratified", t.id, "affirmed", "2015")].sort(),
            dates: true,
          };
        default:
          // The sentence's own act before its "followed", after a sentence with an act of another kind.
          return {
            text: `${capitalise(t.written)} was adopted by the Conference on 10 June 1998. ${A} ratified it in 1999, and ${b.written} followed in 2000.`,
            expected: [...rowsFor([a], "ratified", t.id, "affirmed", "1999"), ...rowsFor([b], "ratified", t.id, "affirmed", "2000")].sort(),
            dates: true,
          };
      }
    }),
    ...generate(13036, 6, (rng, i) => {
      // With no object in the sentence, the text's instrument: "A ratified in 2012, B in 2017 and C in 2016" (each with its date).
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const [verb, action] = pick(rng, [
        ["ratified", "ratified"],
        ["signed", "signed"],
        ["acceded", "acceded"],
      ] as const);
      const three = i % 2 === 0;
      return {
        dates: true,
        text: `${capitalise(t.written)} entered into force in 2010. In the region, ${a.written} ${verb} in 2012, ${three ? `${b.written} in 2017 and ${c.written} on 3 May 2016` : `and ${b.written} in 2017`}.`,
        expected: [
          ...rowsFor([a], action, t.id, "affirmed", "2012"),
          ...rowsFor([b], action, t.id, "affirmed", "2017"),
          ...(three ? rowsFor([c], action, t.id, "affirmed", "2016-05-03") : []),
        ].sort(),
      };
    }),
    ...generate(13027, 6, (rng, i) => dashedTable(rng, i)),
    ...generate(13025, 5, (rng) => depositedEntries(rng)),
    ...generate(13015, 9, (rng, i) => dashLines(rng, i)),
    ...generate(13021, 6, (rng) => {
      // "- Signed but not ratified: A, B and C": a bulleted status label over its list, as without the bullet.
      const t = pick(rng, TREATIES_ONLY);
      const l = sample(rng, STATES, 3) as StateName[];
      const bullet = pick(rng, ["-", "•", "*"]);
      return {
        text: `Where ${t.written} stands.\n${bullet} Signed but not ratified: ${listOf(l.map((x) => x.written))}.`,
        expected: [...rowsFor(l, "signed", t.id, "affirmed"), ...rowsFor(l, "ratified", t.id, "negated")].sort(),
      };
    }),
    ...generate(13020, 6, (rng) => {
      // Two act columns: each row's cell under SIGNATURE and under RATIFICATION says whether (and when) that act was done.
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(
        rng,
        STATES.filter((x) => !x.written.startsWith("the ") && x.written.length < 16),
        3,
      ) as [StateName, StateName, StateName];
      const pad = (x: string, n = 18) => x.padEnd(n, " ");
      const dash = pick(rng, ["—", "–", "-"]);
      const header = `${pad("STATE")}${pad("SIGNATURE")}${pad(pick(rng, ["RATIFICATION", "RATIFICATION/ACCESSION"]), 26)}NOTE`;
      const rows = [
        `${pad(a.written)}${pad("3 May 2019")}${pad("12 Jan 2021", 26)}`,
        `${pad(b.written)}${pad("14 Jun 2021")}${pad(dash, 26)}signed only`,
        `${pad(c.written)}${pad(dash)}${pad(dash, 26)}${pick(rng, ["bill pending", "no decision"])}`,
      ];
      return {
        text: `Status of ${t.written} in the region, as of 30 June 2025.\n\n${header}\n${rows.join("\n")}\n\nCorrections are welcome.`,
        expected: [
          ...rowsFor([a, b], "signed", t.id, "affirmed"),
          ...rowsFor([c], "signed", t.id, "negated"),
          ...rowsFor([a], "ratified", t.id, "affirmed"),
          ...rowsFor([b, c], "ratified", t.id, "negated"),
        ].sort(),
      };
    }),
    ...generate(13510, 8, (rng, i) => {
      // A table laid out in columns whose first column names the rows' States ("Contracting Party   Signature   …"): that column is
      // no act of theirs (every row had been "not a party"); the act columns say what each did.
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(
        rng,
        STATES.filter((x) => !x.written.startsWith("the ") && x.written.length < 18),
        3,
      ) as [StateName, StateName, StateName];
      const pad = (x: string) => x.padEnd(21, " ");
      const label = i % 4 === 3 ? "State" : pick(rng, ["Contracting Party", "Contracting Parties", "State Party"]);
      const rows = [`${pad(a.written)}${pad("13.12.2023")}-`, `${pad(b.written)}${pad("13.12.2023")}06.09.2024`, `${pad(c.written)}${pad("17.01.2024")}-`];
      return {
        text: `Status of ${t.written}.\n\n${pad(label)}${pad("Signature")}Notification\n${"-".repeat(19)}  ${"-".repeat(12)}  ${"-".repeat(12)}\n${rows.join("\n")}\n\nCorrections are welcome.`,
        expected: rowsFor([a, b, c], "signed", t.id, "affirmed"),
      };
    }),
    ...generate(13529, 10, (rng, i) => {
      // A column of consent ("Joined (date, type)", "Ratification/Accession") whose cells say their kind in brackets ("12 May 2003
      // (ratification)", "1 July 2005 (accession)"): each row's act is the kind its cell says.
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(
        rng,
        STATES.filter((x) => !x.written.startsWith("the ") && x.written.length < 16),
        3,
      ) as [StateName, StateName, StateName];
      const pad = (x: string, n = 30) => x.padEnd(n, " ");
      const column = pick(rng, ["Joined (date, type)", "RATIFICATION/ACCESSION", "Ratification"]);
      const kinds: Array<[string, string]> = [
        ["ratification", "ratified"],
        ["accession", "acceded"],
        [i % 2 === 0 ? "acceptance" : "ratification", "ratified"],
      ];
      const rows = [a, b, c].map((x, k) => `${pad(x.written, 18)}${pad(`${10 + k} May 200${3 + k} (${(kinds[k] as [string, string])[0]})`)}27 June 2025`);
      return {
        text: `Status of ${t.written}, as of 30 June 2025.\n\n${pad("State", 18)}${pad(column)}Notice deposited\n${rows.join("\n")}\n\nCorrections are welcome.`,
        expected: [a, b, c].flatMap((x, k) => rowsFor([x], (kinds[k] as [string, string])[1], t.id, "affirmed")).sort(),
      };
    }),
    ...generate(13531, 10, (rng, i) => {
      // "Sixty-five States signed on the first day. Among them were A, B and C": a counted act in the simple past, with no object
      // (the text the passage is about), whose members the next sentence names.
      const t = pick(rng, TREATIES_ONLY);
      const l = sample(rng, BARE_STATES, 2 + (i % 3));
      const [count, verb, action] = pick(rng, [
        ["Sixty-five States", "signed", "signed"],
        ["Twelve countries", "ratified", "ratified"],
        ["Forty States", "signed", "signed"],
        ["Nine States", "acceded to it", "acceded"],
      ] as const);
      const when = pick(rng, ["on the first day", "that week", "in the first year"]);
      const among = pick(rng, ["Among them were", "They included", "Among these were"]);
      return {
        text: `${capitalise(t.written)} was opened for signature at a ceremony in the capital. ${count} ${verb} ${when}. ${among} ${listOf(names(l))}.`,
        expected: rowsFor(l, action, t.id, "affirmed"),
      };
    }),
    ...generate(13533, 10, (rng, i) => {
      // "The first to endorse were: ¶ - A, as convenor; ¶ - B, C and D; ¶ - E and F.": every bulleted item's states, whatever words
      // follow an item's first list ("as convenor", "on behalf of the group").
      const t = pick(rng, TREATIES_ONLY);
      const [a, ...rest] = sample(rng, BARE_STATES, 5 + (i % 3)) as [StateName, ...StateName[]];
      const mid = rest.slice(0, 2 + (i % 2));
      const last = rest.slice(mid.length);
      const [verb, action] = pick(rng, [
        ["sign", "signed"],
        ["ratify", "ratified"],
      ] as const);
      const tail = pick(rng, ["as convenor", "on behalf of the group", "as host"]);
      return {
        text: `${capitalise(t.written)} was opened for signature in 2024. The first to ${verb} it were:\n- ${a.written}, ${tail};\n- ${listOf(names(mid))};\n- ${listOf(names(last))}.`,
        expected: rowsFor([a, ...mid, ...last], action, t.id, "affirmed"),
      };
    }),
    ...generate(13019, 6, (rng) => {
      // A tracker laid out in columns: a row whose column under the heading's act holds only a dash has not done the act.
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(
        rng,
        STATES.filter((x) => !x.written.startsWith("the ") && x.written.length < 18),
        3,
      ) as [StateName, StateName, StateName];
      const act = pick(rng, ["RATIFICATION", "ACCESSION"]);
      const action = act === "RATIFICATION" ? "ratified" : "acceded";
      const pad = (x: string) => x.padEnd(22, " ");
      const dash = pick(rng, ["—", "–", "-"]);
      const rows = [
        `${pad(a.written)}${pad("3 May 2019")}yes`,
        `${pad(b.written)}${pad(dash)}${pick(rng, ["bill before parliament", "in preparation", ""])}`,
        `${pad(c.written)}${pad("14 Jun 2021")}yes`,
      ];
      return {
        text: `Status of ${t.written}, as of 30 June 2025.\n\n${pad("STATE")}${pad(act)}NOTE\n${rows.join("\n")}\n\nCorrections are welcome.`,
        expected: [...rowsFor([a, c], action, t.id, "affirmed"), ...rowsFor([b], action, t.id, "negated")].sort(),
      };
    }),
    ...generate(13477, 12, (rng, i) => {
      // A table laid out in columns, indented or not, under a heading that names no act: each row is a line of its own (they had run
      // together into one sentence, whose first rows took every act of the header, a wrong done). A date under an act's column
      // dates it, a dash says it is not done. A column of instruments names each row's own ("DTA", a kind alone, names none).
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(
        rng,
        STATES.filter((x) => !x.written.startsWith("the ") && x.written.length < 22),
        3,
      ) as [StateName, StateName, StateName];
      const indent = pick(rng, ["", "    "]);
      // (Rows of 70 characters and more, as a wide first column makes them: the width of a wrapped text's lines.)
      const pad = (x: string, n = 44) => x.padEnd(n, " ");
      if (i % 3 === 2) {
        const rows = [
          `${indent}${pad(a.written)}${pad("DTA", 14)}${pad("22 June 2005", 20)}Not yet ratified`,
          `${indent}${pad(b.written)}${pad("DTA", 14)}${pad("7 May 2013", 20)}Not yet ratified`,
        ];
        return {
          text: `Agreements signed but not yet in force\n\n${indent}${pad("Partner State")}${pad("Instrument", 14)}${pad("Signed", 20)}Status of ratification\n${rows.join("\n")}\n\nThe list is updated every quarter.`,
          expected: [],
        };
      }
      const rows = [
        `${indent}${pad(a.written)}${pad("-", 20)}-`,
        `${indent}${pad(b.written)}${pad("13 January 1993", 20)}-`,
        `${indent}${pad(c.written)}${pad("-", 20)}-`,
      ];
      return {
        text: `${capitalise(t.written)} now has 150 States Parties.\n\nAnnex: States not party to ${t.written}, as at 31 August 2016\n\n${indent}${pad("State")}${pad("Signature", 20)}Ratification/Accession\n${rows.join("\n")}\n\nThe Secretariat will report again next year.`,
        dates: true,
        expected: [
          ...rowsFor([b], "signed", t.id, "affirmed", "1993-01-13"),
          ...rowsFor([a, c], "signed", t.id, "negated", null),
          ...rowsFor([a, b, c], "ratified", t.id, "negated", null),
        ].sort(),
      };
    }),
    ...generate(13482, 12, (rng, i) => {
      // A list whose items give each state's act in brackets ("instruments have been deposited by the following: - A (accession,
      // 22 January 2019); - B (ratification, 7 February 2019)"): each state's own act, dated; a bracket that says more ("(ratification
      // pending)") gives nothing.
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      const intro = pick(rng, [
        "Since the last meeting, instruments have been deposited by the following:",
        "Recent treaty actions:",
        "The following States have deposited instruments since the second meeting:",
      ]);
      const indent = pick(rng, ["", "   "]);
      const [actA, actionA] = pick(rng, [
        ["accession", "acceded"],
        ["ratification", "ratified"],
      ] as const);
      const third = i % 2 === 0 ? `${indent}- ${c.written} (ratification pending).` : `${indent}- ${c.written} (signature).`;
      const expected = [
        ...rowsFor([a], actionA, t.id, "affirmed", "2019-01-22"),
        ...rowsFor([b], "ratified", t.id, "affirmed", "2019-02-07"),
        ...(i % 2 === 0 ? [] : rowsFor([c], "signed", t.id, "affirmed", null)),
      ];
      return {
        text: `${capitalise(t.written)} entered into force in 2017.\n\n${intro}\n${indent}- ${a.written} (${actA}, 22 January 2019);\n${indent}- ${b.written} (ratification, 7 February 2019);\n${third}`,
        dates: true,
        expected: expected.sort(),
      };
    }),
    ...generate(13484, 16, (rng, i) => {
      // A list after a colon whose items each give their state's date: "- A, 18 November 2016", "- A (18 November 2016)", or a row
      // with dot leaders, "A ........ 18 November 2016". Every item is in the list (only the first had been), each with its own date;
      // after "deposited by:" as after "the following States have ratified X:".
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      const days = ["18 November 2016", "12 December 2016", "3 May 2017"];
      const iso = ["2016-11-18", "2016-12-12", "2017-05-03"];
      const form = i % 4;
      const item = (x: StateName, k: number) =>
        form === 0
          ? `- ${x.written}, ${days[k]}`
          : form === 1
            ? `- ${x.written} (${days[k]})`
            : form === 2
              ? `- ${x.written}, ${days[k]};`
              : `        ${`${x.written} `.padEnd(36, ".")} ${days[k]}`;
      const intro = pick(rng, [
        `The following States have ratified ${t.written}:`,
        `${capitalise(t.written)} entered into force in 2017. Instruments of ratification have been deposited by:`,
      ]);
      return {
        text: `${intro}\n${[a, b, c].map(item).join("\n")}`,
        dates: true,
        expected: [a, b, c].flatMap((x, k) => rowsFor([x], "ratified", t.id, "affirmed", iso[k])).sort(),
      };
    }),
    ...generate(13018, 4, (rng) => {
      // "X has 42 Parties. They include every EU member state except A and B, as well as C and D.": the excepted are not parties.
      const t = pick(
        rng,
        TREATIES.filter((x) => x.type !== "declaration"),
      );
      const [a, b, c, d] = sample(rng, STATES, 4) as [StateName, StateName, StateName, StateName];
      return {
        text: `${capitalise(t.written)} has 42 Parties. ${pick(rng, ["They include", "These include"])} every ${pick(rng, ["EU member state", "member of the Council"])} except ${a.written} and ${b.written}, as well as ${c.written} and ${d.written}.`,
        expected: [...rowsFor([a, b], "party", t.id, "negated"), ...rowsFor([c, d], "party", t.id, "affirmed")].sort(),
      };
    }),
    ...generate(13017, 6, (rng, i) => {
      // "X now has ten parties. The others are A, B and C.", "Ten States have ratified X. Among them are A (2020), B (2021).": the
      // list names members of the count before it.
      const t = pick(
        rng,
        TREATIES.filter((x) => x.type !== "declaration"),
      );
      const l = sample(rng, STATES, 3) as StateName[];
      if (i % 2 === 0) {
        const lead = pick(rng, ["The others are", "The first three were", "Among them are"]);
        return {
          text: `With this accession, ${t.written} now has ten parties. ${lead} ${listOf(l.map((x) => x.written))}.`,
          expected: rowsFor(l, "party", t.id, "affirmed"),
        };
      }
      const [verb, action] = pick(rng, [
        ["ratified", "ratified"],
        ["signed", "signed"],
      ] as const);
      const years = l.map((_, k) => 2015 + k);
      return {
        text: `Twelve States have ${verb} ${t.written}. Among them are ${listOf(l.map((x, k) => `${x.written} (${years[k]})`))}.`,
        dates: true,
        expected: l.flatMap((x, k) => rowsFor([x], action, t.id, "affirmed", String(years[k]))).sort(),
      };
    }),
    ...generate(13016, 6, (rng, i) => {
      // "A would join B, C and D as African countries that have ratified X": the joined did it (the joiner is the sentence's news,
      // not stated here); "… as countries that have not yet ratified X": they have not.
      const t = pick(
        rng,
        TREATIES.filter((x) => x.type !== "declaration"),
      );
      const [a, ...rest] = sample(rng, STATES, 4) as [StateName, ...StateName[]];
      const not = i % 3 === 2;
      const role = pick(rng, ["African countries", "the other States", "fellow Member States", "countries"]);
      return {
        text: `The Minister said ${a.written} would join ${listOf(rest.map((x) => x.written))} as ${role} that have ${not ? "not yet " : "already "}ratified ${t.written}.`,
        expected: rowsFor(rest, "ratified", t.id, not ? "negated" : "affirmed"),
      };
    }),
    ...generate(13020, 8, (rng, i) => {
      // A tracker's lines that each state their own act, with a bare year ("Burkina Faso – ratified 1998", "- Malawi: Treaty
      // signed 2010, not ratified"), under an introduction that ends in a colon or is a sentence of its own.
      const t = pick(rng, TREATIES_ONLY);
      const head = ["Convention", "Treaty", "Agreement", "Statute", "Protocol"].find((h) => t.written.includes(h)) ?? "Treaty";
      const l = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const [sep, bullet] = pick(rng, [
        [" – ", ""],
        [": ", "- "],
        [" — ", "• "],
      ] as const);
      const named = i % 2 === 1 ? `${head} ` : "";
      const years = ["1998", "2008", "2010"] as const;
      const intro = pick(rng, [`Status of ${t.written} in the region:`, `${capitalise(t.written)} was discussed at length.`]);
      const lines = [
        `${bullet}${l[0].written}${sep}${named}ratified ${years[0]}`,
        `${bullet}${l[1].written}${sep}${named}acceded ${years[1]}`,
        `${bullet}${l[2].written}${sep}${named}signed ${years[2]}, not ratified`,
      ];
      return {
        text: `${intro}\n${lines.join("\n")}\n`,
        dates: true,
        expected: [
          ...rowsFor([l[0]], "ratified", t.id, "affirmed", years[0]),
          ...rowsFor([l[1]], "acceded", t.id, "affirmed", years[1]),
          ...rowsFor([l[2]], "signed", t.id, "affirmed", years[2]),
          ...rowsFor([l[2]], "ratified", t.id, "negated", null),
        ].sort(),
      };
    }),
    ...generate(13021, 6, (rng, i) => {
      // A tracker table whose columns are a convention and an amendment named by its acronym ("the GMO amendment to the X
      // Convention" … "| Party | X Convention | GMO amendment |"), a cell still in preparation ("preparing acceptance": not yet), and
      // "the GMO amendment" alone later: the amendment named with that acronym.
      const t = pick(
        rng,
        TREATIES_ONLY.filter((x) => x.written.startsWith("the Convention")),
      );
      const acronym = pick(rng, ["GMO", "HFC", "PRTR", "LMO"]);
      const amendment = `${acronym} amendment to ${t.written}`;
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const short = t.written.replace(/^the /u, "");
      const pending = pick(rng, ['"preparing acceptance"', "acceptance pending", "preparing acceptance"]);
      return {
        text: `The Parties adopted the ${acronym} amendment to ${t.written} in 2005.\n\n| Party | ${short} | ${acronym} amendment |\n|---|---|---|\n| ${a.written} | ratified 2001 | accepted ${2015 + i} |\n| ${b.written} | acceded 2000 | ${pending} |\n\n${capitalise(c.written)} deposited its instrument of acceptance of the ${acronym} amendment in November 2024.`,
        dates: true,
        expected: [
          ...rowsFor([a], "ratified", t.id, "affirmed", "2001"),
          ...rowsFor([a], "ratified", amendment, "affirmed", String(2015 + i)),
          ...rowsFor([b], "acceded", t.id, "affirmed", "2000"),
          ...rowsFor([b], "ratified", amendment, "negated", null),
          ...rowsFor([c], "ratified", amendment, "affirmed", "2024-11"),
        ].sort(),
      };
    }),
    ...generate(13022, 6, (rng, i) => {
      // The UN's alphabetical forms inside a list ("Micronesia (Federated States of), Mozambique and Sierra Leone"): each is one state,
      // and the list goes on past its bracket.
      const t = pick(rng, TREATIES_ONLY);
      const uns = [
        { written: "Micronesia (Federated States of)", name: "Micronesia" },
        { written: "Korea (Republic of)", name: "South Korea" },
        { written: "Tanzania (United Republic of)", name: "Tanzania" },
        { written: "Moldova (Republic of)", name: "Moldova" },
      ];
      const un = uns[i % uns.length] as StateName;
      const [a, b, c] = sample(
        rng,
        STATES.filter((x) => !uns.some((u) => u.name === x.name)),
        3,
      ) as [StateName, StateName, StateName];
      const l = [a, b, un, c];
      return { text: `${capitalise(listOf(l.map((x) => x.written)))} have ratified ${t.written}.`, expected: rowsFor(l, "ratified", t.id, "affirmed") };
    }),
    ...generate(11061, 6, (rng, i) => {
      // "- **X** — *A* acceded on 4 February; *B* ratified on 11 February": a list line's label, an instrument set off by a dash or a
      // colon, is the object of the acts after it, not the text a line before named.
      const [before, label] = sample(rng, TREATIES_ONLY, 2) as [(typeof TREATIES_ONLY)[number], (typeof TREATIES_ONLY)[number]];
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const name = i % 2 === 0 ? `**${label.written.replace(/^the /u, "")}**` : label.written.replace(/^the /u, "");
      const dash = pick(rng, [" — ", " – ", ": "]);
      return {
        text: `${capitalise(before.written)} entered into force in 2016.\n\n- ${name}${dash}*${a.written}* acceded on 4 February; *${b.written}* ratified on 11 February.`,
        expected: [...rowsFor([a], "acceded", label.id, "affirmed"), ...rowsFor([b], "ratified", label.id, "affirmed")].sort(),
      };
    }),
    ...generate(11062, 6, (rng, i) => {
      // "Four of our countries are parties to X: A, B, C and D", "Two of them have not signed X: A and B": a partitive count whose
      // members the list after the act names.
      const t = pick(rng, TREATIES_ONLY);
      const l = sample(rng, STATES, 3) as StateName[];
      const owner = pick(rng, ["of our countries", "of them", "of these States", "of the signatories"]);
      const [verb, action, polarity] =
        i % 3 === 0
          ? (["are parties to", "party", "affirmed"] as const)
          : i % 3 === 1
            ? (["have ratified", "ratified", "affirmed"] as const)
            : (["have not signed", "signed", "negated"] as const);
      return {
        text: `Three ${owner} ${verb} ${t.written}: ${listOf(l.map((x) => x.written))}.`,
        expected: rowsFor(l, action, t.id, polarity),
      };
    }),
    ...generate(11063, 4, (rng) => {
      // "Three States have deposited instruments of ratification of X: A, B and C": a counted subject's deposit, on the instrument
      // named between the act and the list (none named before it).
      const t = pick(rng, TREATIES_ONLY);
      const l = sample(rng, STATES, 3) as StateName[];
      const [noun, action] = pick(rng, [
        ["ratification", "ratified"],
        ["accession", "acceded"],
      ] as const);
      return {
        text: `Three States have deposited instruments of ${noun} of ${t.written}: ${listOf(l.map((x) => x.written))}.`,
        expected: rowsFor(l, action, t.id, "affirmed"),
      };
    }),
    ...generate(11064, 6, (rng, i) => {
      // "7. … A and B signed the following instruments: ¶ (a) X; ¶ (b) Y.": items numbered by letters are the list; an act inside
      // one item ("recommend that A: (a) accede to X; (b) establish an institution in line with Y") has its objects in that item.
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const [t1, t2] = sample(rng, TREATIES_ONLY, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
      const [m1, m2] = pick(rng, [
        ["(a)", "(b)"],
        ["a)", "b)"],
        ["(i)", "(ii)"],
      ] as const);
      if (i % 2 === 0)
        return {
          text: `7. At the ceremony, ${a.written} and ${b.written} signed the following instruments:\n${m1} ${t1.written};\n${m2} ${t2.written}.\n\n8. The visit ended on 4 March.`,
          expected: [...rowsFor([a, b], "signed", t1.id, "affirmed"), ...rowsFor([a, b], "signed", t2.id, "affirmed")].sort(),
        };
      return {
        text: `6. The Forum asks the Committee to recommend that ${a.written}:\n${m1} accede to ${t1.written} without further delay;\n${m2} establish a national institution in line with ${t2.written}.`,
        expected: rowsFor([a], "acceded", t1.id, "planned"),
      };
    }),
    ...generate(11065, 8, (rng, i) => {
      // A list after the comma of an opening phrase is the subject when it runs on to its verb: "Of the member States of the Council
      // of Europe, A, B and C have not signed X", "Apart from D, A and B have not signed it either"; not "Apart from A, B and C, all
      // States have signed X", where the list is the phrase's.
      const [a, b, c, d] = sample(rng, BARE_STATES, 4) as [StateName, StateName, StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const intro = `${capitalise(t.written)} was opened for signature in 2019.`;
      switch (i % 4) {
        case 0:
          return {
            text: `${intro} Of the member States of the ${pick(rng, ["Council of Europe", "African Union", "Organization of American States"])}, ${listOf([a.written, b.written, c.written])} have not signed the treaty.`,
            expected: rowsFor([a, b, c], "signed", t.id, "negated"),
          };
        case 1:
          return {
            text: `${intro} Apart from ${d.written}, ${a.written} and ${b.written} have not signed it either.`,
            expected: rowsFor([a, b], "signed", t.id, "negated"),
          };
        case 2:
          return {
            text: `${intro} Of the five States concerned, ${a.written} and ${b.written} have signed it.`,
            expected: rowsFor([a, b], "signed", t.id, "affirmed"),
          };
        default:
          return { text: `${intro} Apart from ${listOf([a.written, b.written, c.written])}, all States have signed it.`, expected: [] };
      }
    }),
    ...generate(11066, 10, (rng, i) => {
      // "X is in force for A, B and C", "It is now in force in thirteen States, including A and B", "X is not yet in force for A": the
      // States a treaty binds are parties (undated: the day it bound them is not a day they acted); "The law remains in force in A"
      // names no treaty.
      const list = sample(rng, STATES, 2 + (i % 3));
      const t = pick(rng, TREATIES_ONLY);
      const intro = `${capitalise(t.written)} was adopted in 2013.`;
      switch (i % 5) {
        case 0:
          return { text: `${capitalise(t.written)} is in force for ${listOf(names(list))}.`, expected: rowsFor(list, "party", t.id, "affirmed") };
        case 1:
          return {
            text: `${intro} It is now in force in ${pick(rng, ["thirteen", "25", "forty"])} ${pick(rng, ["States", "Member States", "countries"])}, including ${listOf(names(list))}.`,
            expected: rowsFor(list, "party", t.id, "affirmed"),
          };
        case 2:
          return { text: `${capitalise(t.written)} is not yet in force for ${listOf(names(list))}.`, expected: rowsFor(list, "party", t.id, "negated") };
        case 3:
          return {
            text: `${capitalise(t.written)} has been in force for ${listOf(names(list))} since 2015.`,
            expected: rowsFor(list, "party", t.id, "affirmed", null),
            dates: true,
          };
        default:
          return { text: `${intro} The national law remains in force in ${listOf(names(list))}.`, expected: [] };
      }
    }),
    ...generate(11067, 9, (rng, i) => {
      // An elliptical "did so" is the act of the sentence before: "A ratified X in 2018. B did so in 2019."; "C has not yet done so";
      // "States were invited to ratify X. So far three have done so: A, B and C." (the act the sentence before names, unnamed).
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const [verb, action] = pick(rng, [
        ["ratified", "ratified"],
        ["signed", "signed"],
        ["acceded to", "acceded"],
      ] as const);
      switch (i % 3) {
        case 0:
          return {
            text: `${a.written} ${verb} ${t.written} in 2018. ${b.written} ${pick(rng, ["did so", "also did so"])} in 2019.`,
            expected: [...rowsFor([a], action, t.id, "affirmed", "2018"), ...rowsFor([b], action, t.id, "affirmed", "2019")].sort(),
            dates: true,
          };
        case 1:
          return {
            text: `${a.written} ${verb} ${t.written} in 2018. ${b.written} ${pick(rng, ["has not yet done so", "has not done so"])}.`,
            expected: [...rowsFor([a], action, t.id, "affirmed"), ...rowsFor([b], action, t.id, "negated")].sort(),
          };
        default:
          return {
            text: `All States were invited to ${verb === "acceded to" ? "accede to" : verb === "signed" ? "sign" : "ratify"} ${t.written}. So far three have done so: ${listOf([a.written, b.written, c.written])}.`,
            expected: rowsFor([a, b, c], action, t.id, "affirmed"),
          };
      }
    }),
    // Companions after a resolution's subject: "A co-sponsored resolution 27/3 on the safety of journalists, together with B, C and D".
    // Counted clauses with coordinated verbs and no object, each naming its members after a colon: "Of these, five have signed but
    // not ratified: A, B; three have neither signed nor ratified: C, D" (each list its own clause's, the verbs sharing the text the
    // sentence before names). A party count continued after an opening aside: "It now has 22 Contracting States. Besides the two
    // newest, they are: A, B" ("It" being the text named before).
    ...generate(13513, 20, (rng, i) => {
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c, d, e] = sample(rng, BARE_STATES, 5) as [StateName, StateName, StateName, StateName, StateName];
      const intro = `${capitalise(t.written)} was opened for signature in 2016.`;
      const form = i % 3;
      if (form === 0) {
        const bullets = i % 2 === 0;
        const first = `two have signed but ${pick(rng, ["not", "not yet"])} ratified: ${listOf([a, b].map((x) => x.written))}`;
        const second = `three have neither signed nor ratified: ${listOf([c, d, e].map((x) => x.written))}`;
        return {
          text: bullets
            ? `${intro} Of the States of the region:\n\n  - ${first};\n  - ${second}.`
            : `${intro} Of the States of the region, ${first}; ${second}.`,
          expected: [
            ...rowsFor([a, b], "signed", t.id, "affirmed"),
            ...rowsFor([a, b], "ratified", t.id, "negated"),
            ...rowsFor([c, d, e], "signed", t.id, "negated"),
            ...rowsFor([c, d, e], "ratified", t.id, "negated"),
          ].sort(),
        };
      }
      if (form === 1)
        return {
          text: `${intro} Three States have signed and ratified: ${listOf([a, b, c].map((x) => x.written))}.`,
          expected: [...rowsFor([a, b, c], "signed", t.id, "affirmed"), ...rowsFor([a, b, c], "ratified", t.id, "affirmed")].sort(),
        };
      const aside = pick(rng, ["Besides the two newest", "Apart from the founding members", "In addition to the host"]);
      return {
        text: `${intro} It now has ${10 + i} Contracting States. ${aside}, they are: ${listOf([a, b, c, d].map((x) => x.written))}.`,
        expected: rowsFor([a, b, c, d], "party", t.id, "affirmed"),
      };
    }),
    // A list its "and" closed ends at a semicolon ("…: A and B; - C, following its revocation, is again in the first group"); and a
    // signature's pending ratification ("A, B, C and D signed X subject to ratification") goes for those the text later lists among
    // its Contracting States.
    ...generate(13514, 20, (rng, i) => {
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c, d, e] = sample(rng, BARE_STATES, 5) as [StateName, StateName, StateName, StateName, StateName];
      if (i % 2 === 0)
        return {
          text: `${capitalise(t.written)} was opened for signature in 2016. Of these:\n\n  - two have signed but not ratified: ${listOf([d, e].map((x) => x.written))};\n  - two have neither signed nor ratified: ${listOf([a, b].map((x) => x.written))};\n  - ${c.written}, ${pick(rng, ["following its revocation", "after a change of government"])}, is again in the first group.`,
          expected: [
            ...rowsFor([d, e], "signed", t.id, "affirmed"),
            ...rowsFor([d, e], "ratified", t.id, "negated"),
            ...rowsFor([a, b], "signed", t.id, "negated"),
            ...rowsFor([a, b], "ratified", t.id, "negated"),
          ].sort(),
        };
      return {
        text: `Four States signed ${t.written} subject to ratification: ${listOf([a, b, c, d].map((x) => x.written))}. It now has ${12 + i} Contracting States. They are: ${listOf([a, b, e].map((x) => x.written))}.`,
        expected: [
          ...rowsFor([a, b, c, d], "signed", t.id, "affirmed"),
          ...rowsFor([c, d], "ratified", t.id, "planned"),
          ...rowsFor([a, b, e], "party", t.id, "affirmed"),
        ].sort(),
      };
    }),
    // A status list's rows, a State and dates each marked with its act ("Bulgaria      21 Oct 2012 (a)      14 Apr 2015"): "a"
    // accession, "r" ratification, "A"/"AA" acceptance and approval (consent to be bound), "s"/"sr" signature; the unmarked entry
    // into force is no act. Under a header whose words ("Signatory", "Date of deposit") say nothing of each row.
    ...generate(13515, 20, (rng, i) => {
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c, d] = sample(rng, BARE_STATES, 4) as [StateName, StateName, StateName, StateName];
      const pad = (name: string, width: number) => name + " ".repeat(Math.max(2, width - name.length));
      const months = ["Jan", "Mar", "Jun", "Oct", "Dec"];
      const day = (k: number) => 1 + ((i * 7 + k * 5) % 27);
      const month = (k: number) => months[(i + k) % months.length] as string;
      const iso = (k: number, year: number) =>
        `${year}-${String(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].indexOf(month(k)) + 1).padStart(2, "0")}-${String(day(k)).padStart(2, "0")}`;
      const accept = pick(rng, ["r", "A", "AA"]);
      const note = i % 2 === 0 ? " 1)" : "";
      const text =
        `${t.written.toUpperCase()}\n\nSymbols: (sr) signature subject to ratification; (r) ratification; (A) acceptance; (AA) approval; (a) accession.\n\n` +
        `${pad("Contracting State /", 32)}${pad("Date of signature", 22)}${pad("Date of deposit", 22)}Entry into force\n` +
        `${pad("Signatory", 32)}${pad("", 22)}${pad("of instrument", 22)}\n` +
        `${pad(a.written + note, 32)}${pad("", 22)}${pad(`${day(0)} ${month(0)} 2011 (a)`, 22)}14 Apr 2015\n` +
        `${pad(b.written, 32)}${pad(`${day(1)} ${month(1)} 2007 (sr)`, 22)}\n` +
        `${pad(c.written, 32)}${pad(`${day(2)} ${month(2)} 2008 (sr)`, 22)}${pad(`${day(3)} ${month(3)} 2016 (${accept})`, 22)}14 Jun 2016\n` +
        `${pad(d.written, 32)}${pad("", 22)}${pad(`${day(4)} ${month(4)} 2013 (a)`, 22)}14 Apr 2015\n`;
      return {
        text,
        expected: [
          ...rowsFor([a], "acceded", t.id, "affirmed", iso(0, 2011)),
          ...rowsFor([b], "signed", t.id, "affirmed", iso(1, 2007)),
          ...rowsFor([c], "signed", t.id, "affirmed", iso(2, 2008)),
          ...rowsFor([c], "ratified", t.id, "affirmed", iso(3, 2016)),
          ...rowsFor([d], "acceded", t.id, "affirmed", iso(4, 2013)),
        ].sort(),
        dates: true,
      };
    }),
    // A status list whose signature column holds an unmarked date or a dash ("Cameroon   24 Sep 2014   28 Jul 2021 (r)", "Egypt   -
    // 3 Jun 2020 (a)"), with a State's short name and a bracketed qualifier ("Tanzania (United Rep.)"); and a document's own key,
    // which may give a code another meaning ("Key: (R) ratification, (A) accession").
    ...generate(13520, 20, (rng, i) => {
      const t = pick(rng, TREATIES_ONLY);
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const pad = (cell: string, width: number) => cell + " ".repeat(Math.max(2, width - cell.length));
      const keyed = i % 2 === 1;
      const consent = keyed ? "R" : "r";
      const join = keyed ? "A" : pick(rng, ["a", "AA"]);
      const key = keyed ? 'Key: (R) ratification, (A) accession; "-" = no action.' : "(a) accession; (r) ratification; (A) acceptance; (AA) approval.";
      const text =
        `Status of ${t.written} as at 1 March 2022.\n\n` +
        `${pad("Party", 26)}${pad("Signature", 17)}${pad("Consent to be bound", 20)}Entry into force\n` +
        `${pad(a.written, 26)}${pad("24 Sep 2014", 17)}${pad(`28 Jul 2021 (${consent})`, 20)}26 Oct 2021\n` +
        `${pad(b.written, 26)}${pad("-", 17)}${pad(`3 Jun 2020 (${join})`, 20)}1 Sep 2020\n` +
        `${pad("Tanzania (United Rep.)", 26)}${pad("-", 17)}${pad(`5 Nov 2021 (${consent})`, 20)}3 Feb 2022\n\n${key}\n`;
      const tanzania = { name: "Tanzania", written: "Tanzania" };
      return {
        text,
        expected: [
          ...rowsFor([a], "signed", t.id, "affirmed", "2014-09-24"),
          ...rowsFor([a], "ratified", t.id, "affirmed", "2021-07-28"),
          ...rowsFor([b], join === "a" || join === "A" ? "acceded" : "ratified", t.id, "affirmed", "2020-06-03"),
          ...rowsFor([tanzania], "ratified", t.id, "affirmed", "2021-11-05"),
        ].sort(),
        dates: true,
      };
    }),
    // A list of States named by what they are ("The following States Parties participated in the Meeting: A, B") under a report whose
    // title names the treaty, after a line that names an action plan: the list is of the treaty's parties, not the plan's.
    ...generate(13522, 20, (rng, i) => {
      const t = pick(rng, TREATIES_ONLY);
      const list = sample(rng, BARE_STATES, 3 + (i % 3)) as StateName[];
      const plan = pick(rng, ["Siem Reap-Angkor Action Plan", "Oslo Action Plan", "Lausanne Action Plan"]);
      const text =
        `Original: English\nTwenty-Second Meeting of the States Parties\nGeneva, 1-5 December 2025\nItem 14 of the agenda\n` +
        `Consideration and adoption of the final report\n\nFinal Report of the Twenty-Second Meeting of the States Parties to ${t.written}\n` +
        `Oslo on 18 September 1997 and that the ${plan} (2025-2029) was adopted\n` +
        `3. The following States Parties participated in the Meeting: ${listOf(list.map((x) => x.written))}.`;
      return { text, head: "", expected: rowsFor(list, "party", t.id, "affirmed") };
    }),
    // A list's general word for its members' act ("two States had joined X: A, which deposited its instrument of ratification on D, and
    // B, whose instrument of accession was deposited on E") and each member's instrument kind say one act each: the kind's, on its day.
    ...generate(13524, 20, (rng, i) => {
      const t = pick(rng, TREATIES_ONLY);
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const verb = pick(rng, ["joined", "since joined"]);
      const [kindA, actA] = i % 2 === 0 ? (["ratification", "ratified"] as const) : (["acceptance", "ratified"] as const);
      return {
        text: `The Conference noted that, since its last session, two States had ${verb} ${t.written}: ${a.written}, which deposited its instrument of ${kindA} on 24 March 2022, and ${b.written}, whose instrument of accession was deposited on 3 May 2023.`,
        expected: [...rowsFor([a], actA, t.id, "affirmed", "2022-03-24"), ...rowsFor([b], "acceded", t.id, "affirmed", "2023-05-03")].sort(),
        dates: true,
      };
    }),
    ...generate(13493, 8, (rng, i) => {
      const [a, ...rest] = sample(rng, BARE_STATES, 2 + (i % 4)) as [StateName, ...StateName[]];
      const n = 20 + (i % 7);
      const subject = pick(rng, ["on the safety of journalists", "on the question of the death penalty", "concerning the rights of persons with albinism"]);
      return {
        text: `At the ${n}th session of the Human Rights Council, ${a.written} co-sponsored resolution ${n}/3 ${subject}, together with ${listOf(rest.map((x) => x.written))}.`,
        expected: rowsFor([a, ...rest], "co-sponsored", `resolution ${n}/3`, "affirmed"),
      };
    }),
    // A review's recommendations, each an imperative with its recommending States in brackets after it ("115.1 Ratify X (A) (B);",
    // "(A, B)") or in its table row's next cell ("| 117.1 | Ratify X | A, B | Implemented |"): each recommending State's
    // `called-for`, dated by the day the text says the State was reviewed. A name in one capital in brackets is no acronym of the
    // text ("X (Portugal)"). A table row is a line of its own, however long the text's wrapped lines: a comment cell's second sentence
    // does not run into the next row. Near misses: "Continue to implement X (A)" asks no act of joining.
    ...generate(13489, 24, (rng, i) => {
      const [r, a, b, c] = sample(rng, BARE_STATES, 4) as [StateName, StateName, StateName, StateName];
      const [t1, t2] = sample(
        rng,
        TREATIES_ONLY.filter((x) => !x.written.includes(",")),
        2,
      );
      const t = t1 as (typeof TREATIES_ONLY)[number];
      const u = t2 as (typeof TREATIES_ONLY)[number];
      const reviewed = pick(rng, [
        `${capitalise(r.written)} was reviewed by the Working Group at its thirty-ninth session, on 10 November 2021.`,
        `The review of ${r.written} was held at the 9th meeting, on 10 November 2021.`,
        `This note sets out the responses of the Government to the recommendations it received in the Working Group on the Universal Periodic Review on 10 November 2021.`,
      ]);
      const head = "Title: Report of the Working Group on the Universal Periodic Review\nDate: 2 March 2022\n\n";
      const imperative = pick(rng, ["Ratify", "Accede to", "Consider ratifying", "Sign and ratify"]);
      const form = i % 4;
      if (form === 0) {
        const brackets = i % 8 === 0 ? `(${a.written}, ${b.written})` : `(${a.written}) (${b.written})`;
        return {
          head,
          text: `1.   ${reviewed}\n\n115.1  ${imperative} ${t.written} ${brackets};\n\n115.2  Accede to ${u.written} (${c.written});\n\n115.3  Continue to implement ${t.written} (${c.written}).`,
          expected: [...rowsFor([a, b], "called-for", t.id, "affirmed", "2021-11-10"), ...rowsFor([c], "called-for", u.id, "affirmed", "2021-11-10")].sort(),
          dates: true,
        };
      }
      if (form === 1)
        return {
          head,
          text: `${reviewed}\n\n| No. | Recommendation | Source | Position |\n|-----|------|------|------|\n| 117.1 | ${imperative} ${t.written} | ${a.written}, ${b.written} | Implemented |\n| 117.2 | Accede to ${u.written} | ${c.written} | Noted |`,
          // (The State under review, where the text names it, answers "Noted": it has not acceded.)
          expected: [
            ...rowsFor([a, b], "called-for", t.id, "affirmed", "2021-11-10"),
            ...rowsFor([c], "called-for", u.id, "affirmed", "2021-11-10"),
            ...(reviewed.startsWith("This note") ? [] : rowsFor([r], "acceded", u.id, "negated", null)),
          ].sort(),
          dates: true,
        };
      // A long comment cell with two sentences, in a text wrapped at 72 columns.
      const filler =
        "The Working Group adopted the report on the State under review at its\nseventeenth meeting, after an interactive dialogue in which ninety\ndelegations made statements, as set out in the summary of proceedings\nand in the annex to the present report, for the information of the\nCouncil.";
      return {
        head,
        text: `${filler}\n\n| 115.1 | Ratify ${t.written} (${a.written}) (${b.written}) | Supported | ${capitalise(r.written)} signed ${t.written} on 9 January 2012. The Cabinet approved ratification on 14 December 2021. |\n| 115.2 | Accede to ${u.written} (${c.written}) | Noted | — |`,
        expected: [
          ...rowsFor([a, b], "called-for", t.id, "affirmed", "2022-03-02"),
          ...rowsFor([r], "signed", t.id, "affirmed", "2012-01-09"),
          ...rowsFor([c], "called-for", u.id, "affirmed", "2022-03-02"),
        ].sort(),
        dates: true,
      };
    }),
    ...generate(13549, 16, (rng, i) => {
      // "A handful of UN Member States have still not become parties. Among them are A, B": members of a count that has not acted, on
      // the text of the passage. "Several States have signed it without ratifying it: - A; - B; - C and D": every bulleted item
      // after the colon.
      const t = pick(rng, TREATIES_ONLY);
      const list = sample(rng, BARE_STATES, 3 + (i % 2));
      const lead = `${capitalise(t.written)} was adopted in 2002.`;
      if (i % 2 === 0) {
        const [count, action] = pick(rng, [
          ["A handful of UN Member States have still not become parties.", "party"],
          ["Twelve States have yet to ratify it.", "ratified"],
          ["Several countries have still not signed it.", "signed"],
        ] as const);
        return {
          text: `${lead} ${count} ${pick(rng, ["Among them are", "They include"])} ${listOf(names(list))}.`,
          expected: rowsFor(list, action, t.id, "negated"),
        };
      }
      const items = list.map((x, k) => `- ${x.written}${k === list.length - 1 ? "." : ";"}`).join("\n");
      return {
        text: `${lead} Several States have signed it without ratifying it:\n\n${items}`,
        expected: [...rowsFor(list, "signed", t.id, "affirmed"), ...rowsFor(list, "ratified", t.id, "negated")].sort(),
      };
    }),
    ...generate(13564, 10, (rng, i) => {
      // "A (signed on 7 November 2011) and B (signed on 18 January 2018) have signed but have not yet ratified X": members dated by
      // their own signature in brackets are one list, each signing on its own day, neither ratifying.
      const t = pick(rng, TREATIES_ONLY);
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const on = i % 2 === 0 ? "on " : "";
      return {
        text: `${capitalise(t.written)} opened for signature in 2011. ${capitalise(a.written)} (signed ${on}7 November 2011) and ${b.written} (signed ${on}18 January 2018) have signed but have not yet ratified it.`,
        expected: [
          ...rowsFor([a], "signed", t.id, "affirmed", "2011-11-07"),
          ...rowsFor([b], "signed", t.id, "affirmed", "2018-01-18"),
          ...rowsFor([a, b], "ratified", t.id, "negated", null),
        ].sort(),
        dates: true,
      };
    }),
    ...generate(13561, 12, (rng, i) => {
      // "A joined X in 2000, B – in 2008 and C – in 2010": a dash stands for the verb the gapped items leave out; each item's date is
      // its own.
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      const [verb, action] = pick(rng, [
        ["joined", "acceded"],
        ["ratified", "ratified"],
        ["signed", "signed"],
      ] as const);
      const dash = pick(rng, ["–", "—", "-"]);
      const third = i % 2 === 0;
      return {
        text: `${capitalise(a.written)} ${verb} ${t.written} in 2000, ${b.written} ${dash} in 2008${third ? ` and ${c.written} ${dash} in 2010` : ""}.`,
        expected: [
          ...rowsFor([a], action, t.id, "affirmed", "2000"),
          ...rowsFor([b], action, t.id, "affirmed", "2008"),
          ...(third ? rowsFor([c], action, t.id, "affirmed", "2010") : []),
        ].sort(),
        dates: true,
      };
    }),
    ...generate(13584, 12, (rng, i) => {
      // "59 States have signed X and the following three have ratified it: A, B and C": the list is the later count's, not the first
      // verb's; "Of the 137 signatories of X, 29 have not yet ratified it, among them A, B" still names the 29.
      const t = pick(rng, TREATIES_ONLY);
      const list = sample(rng, BARE_STATES, 3);
      if (i % 3 === 2)
        return {
          text: `Of the 137 signatories of ${t.written}, 29 have not yet ratified it, among them ${listOf(names(list))}.`,
          expected: rowsFor(list, "ratified", t.id, "negated"),
        };
      return {
        text: `${capitalise(t.written)} was adopted in 2013. So far 59 States have signed it and the following ${pick(rng, ["three", "3"])} have ratified it: ${listOf(names(list))}.`,
        expected: rowsFor(list, "ratified", t.id, "affirmed"),
      };
    }),
    ...generate(13588, 10, (rng, i) => {
      // "The Parties also include most of A's major trading partners in the region: B, C and D": the list after the description's
      // colon names parties; "The Parties include B, C and D" as before.
      const t = pick(rng, TREATIES_ONLY);
      const [owner, ...list] = sample(rng, BARE_STATES, 4) as [StateName, ...StateName[]];
      const lead = `${capitalise(t.written)} had 127 Parties in 2021.`;
      if (i % 3 === 2) return { text: `${lead} The Parties include ${listOf(names(list))}.`, expected: rowsFor(list, "party", t.id, "affirmed") };
      return {
        text: `${lead} The Parties also include ${pick(rng, ["most of", "several of", "many of"])} ${owner.written}'s ${pick(rng, ["major trading partners", "neighbours", "closest partners"])} in the region: ${listOf(names(list))}.`,
        expected: rowsFor(list, "party", t.id, "affirmed"),
      };
    }),
    ...generate(13589, 12, (rng, i) => {
      // "A ratified X in April 2021. It was followed that same year by B, C and D, which allowed X to enter into force on 1 January
      // 2022.": the passive's agents did the act before, in its year; "It was followed in 2022 by B" in its own; "by a debate" none.
      const t = pick(rng, TREATIES_ONLY);
      const [a, ...list] = sample(rng, BARE_STATES, 3 + (i % 2)) as [StateName, ...StateName[]];
      const lead = `${capitalise(a.written)} ratified ${t.written} in April 2021.`;
      const mine = rowsFor([a], "ratified", t.id, "affirmed", "2021-04");
      const form = i % 3;
      if (form === 0)
        return {
          text: `${lead} It was followed that same year by ${listOf(names(list))}, which allowed the treaty to enter into force on 1 January 2022.`,
          expected: mine.concat(rowsFor(list, "ratified", t.id, "affirmed", "2021")).sort(),
          dates: true,
        };
      if (form === 1)
        return {
          text: `${lead} It was followed in 2022 by ${listOf(names(list))}.`,
          expected: mine.concat(rowsFor(list, "ratified", t.id, "affirmed", "2022")).sort(),
          dates: true,
        };
      return { text: `${lead} It was followed by a debate in ${list[0]?.written}.`, expected: mine, dates: true };
    }),
    ...generate(13614, 10, (rng, i) => {
      // "X, which both the United States and China endorsed in November 2023": a quantifier (and an article) before the relative's
      // coordinated subject; the act is on the relative's antecedent, not on the text the passage is about.
      const first =
        i % 2 === 0
          ? pick(
              rng,
              STATES.filter((x) => x.written.startsWith("the ")),
            )
          : pick(rng, BARE_STATES);
      const second = pick(
        rng,
        BARE_STATES.filter((x) => x !== first),
      );
      const list = [first, second];
      const town = pick(rng, ["Bletchley", "Santa Vera", "Mirovo", "Kalamba"]);
      const [verb, action] = pick(rng, [
        ["endorsed", "endorsed"],
        ["signed", "endorsed"],
      ] as const);
      return {
        text: `The General Assembly adopted resolution 78/${200 + i} on 21 March 2024. The text builds on important work elsewhere, including the ${town} Declaration, which both ${listOf(names(list))} ${verb} in November 2023.`,
        expected: [`UN General Assembly|adopted|resolution 78/${200 + i}|affirmed`, ...rowsFor(list, action, `${town} Declaration`, "affirmed")].sort(),
      };
    }),
    ...generate(13585, 10, (rng, i) => {
      // "A joined the negotiations on X in 2010", "joined in the talks on X": a process about the text, no accession; "A joined X" is.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, BARE_STATES);
      if (i % 3 === 2) return { text: `${capitalise(a.written)} joined ${t.written} in 2015.`, expected: rowsFor([a], "acceded", t.id, "affirmed") };
      return {
        text: `${capitalise(a.written)} ${pick(rng, ["joined", "joined in"])} the ${pick(rng, ["negotiations", "talks", "formal negotiations", "drafting"])} ${pick(rng, ["on", "of"])} ${t.written} in 2010.`,
        expected: [],
      };
    }),
    ...generate(13622, 16, (rng, i) => {
      // A treaty event's list under its day: "Tuesday 23 September ¶ - A – X (ratification) ¶ - B, C – Y (signature)": each entry's
      // States did the bracketed act on the text the entry names, on the day above the list (the year from the document's date);
      // "X has been ratified or acceded to by A and B": each is a party (one record each, not a ratification and an accession).
      const [t1, t2] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const list = sample(
        rng,
        BARE_STATES.filter((x) => !x.written.includes(" and ")),
        3,
      ) as StateName[];
      const [a, b, c] = list as [StateName, StateName, StateName];
      if (i % 4 === 3)
        return {
          text: `${capitalise(t1.written)} has been ratified or acceded to by ${listOf(names(list))}.`,
          expected: rowsFor(list, "party", t1.id, "affirmed"),
        };
      const [act, action] = pick(rng, [
        ["ratification", "ratified"],
        ["accession", "acceded"],
        ["signature", "signed"],
      ] as const);
      const [day, iso] = pick(rng, [
        ["Tuesday 23 September", "2025-09-23"],
        ["Wednesday, 24 September", "2025-09-24"],
        ["25 September 2025", "2025-09-25"],
      ] as const);
      const text = `Treaty actions by day\n\n${day}\n- ${a.written} – ${t1.written.replace(/^the /u, "")} (${act})\n- ${b.written}, ${c.written} – ${t2.written.replace(/^the /u, "")} (signature)\n`;
      return {
        head: "Treaty Event 2025\nDate: 2025-09-26\n\n",
        text,
        dates: true,
        expected: [...rowsFor([a], action, t1.id, "affirmed", iso), ...rowsFor([b, c], "signed", t2.id, "affirmed", iso)].sort(),
      };
    }),
    ...generate(13632, 10, (rng, i) => {
      // "A (2021), B (2019) and C (2021) are signatories": a subject list whose members carry their dates in brackets, each dated by its
      // own.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const l = sample(rng, pool, 2 + (i % 2)) as StateName[];
      // (Or a month and its year: "Chile (March 2014)".)
      const month = i % 4 === 3;
      const years = l.map((_, k) => `${2010 + ((i + k * 3) % 12)}${month ? "-03" : ""}`);
      const written = (y: string) => (month ? `March ${y.slice(0, 4)}` : y);
      const text = `${capitalise(t.written)} is in force. ${capitalise(listOf(l.map((x, k) => `${x.written} (${written(years[k] as string)})`)))} are ${pick(rng, ["signatories", "Contracting Parties"])}.`;
      const action = /signatories/u.test(text) ? "signed" : "party";
      return { text, dates: true, expected: l.flatMap((x, k) => rowsFor([x], action, t.id, "affirmed", years[k])).sort() };
    }),
    ...generate(13623, 14, (rng, i) => {
      // Status lines under a text's name, run together without full stops: "X: ¶ - signed, not ratified – A and B ¶ - not yet signed
      // – C, D": each bulleted line's words (before its colon or spaced dash, in any case) are the acts of the States on its own line
      // only, on the text the lines are under.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b, c, d] = sample(rng, pool, 4) as [StateName, StateName, StateName, StateName];
      const sep = i % 2 === 0 ? " –" : ":";
      const [first, second] = i % 3 === 0 ? ["Signed, not ratified", "Not yet signed"] : ["signed, not ratified", "not yet signed"];
      return {
        text: `Status in the region\n\n${capitalise(t.written.replace(/^the /u, ""))}:\n- ${first}${sep} ${a.written} and ${b.written}\n- ${second}${sep} ${c.written}, ${d.written}\n`,
        expected: [
          ...rowsFor([a, b], "signed", t.id, "affirmed"),
          ...rowsFor([a, b], "ratified", t.id, "negated"),
          ...rowsFor([c, d], "signed", t.id, "negated"),
        ].sort(),
      };
    }),
  ];

  it("generates at least 20 cases", () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases.map((c) => [c.text.replace(/\n/gu, "⏎"), c] as const))("%s", (_name, c) => {
    expect(extractRows(c)).toEqual(c.expected);
  });
});
