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
  type InstrumentName,
  type StateName,
  BARE_STATES,
} from "./generate";

/**
 * Construction family: passives and nominals. The act is a participle or a noun rather than an
 * active verb, and its agent comes through "by", a possessive, "of", or a predicate noun:
 * "X was signed by A and B", "A's accession to X", "the ratification by A of X",
 * "A became the 41st State Party to X", "signatories to X include A".
 */

const treaty = (rng: Rng) => pick(rng, TREATIES);
const few = (rng: Rng, min = 1, max = 3) => sample(rng, STATES, min + Math.floor(rng() * (max - min + 1)));
const names = (list: readonly StateName[]) => list.map((s) => s.written);
const ORDINALS = ["41st", "50th", "100th", "third", "latest", "newest", "12th"];

/** Which of the depositary template's forms comes next (each is generated in turn). */
let depositaryForms = 0;

/**
 * A passive's adjunct may name a place of several words before its agent ("signed in New York on 3 June 2013 by sixty States,
 * including A, B and C"); a text the catalog does not know, named with the instrument as its complement, is what was acted on,
 * not the instrument ("The Protocol on security assurances to X was signed by A": nothing on X).
 */
function placedPassive(rng: Rng, i: number): Case {
  const t = pick(rng, TREATIES_ONLY);
  const l = sample(rng, STATES, 3);
  const place = pick(rng, ["New York", "Addis Ababa", "Buenos Aires", "Geneva"]);
  if (i % 3 === 2)
    return {
      text: `The ${pick(rng, ["Protocol on security assurances", "amendment on verification", "amendment on dispute settlement"])} to ${t.written} was signed in ${place} on 6 May 2014 by ${listOf(l.map((x) => x.written))}.`,
      expected: [],
    };
  return {
    text: `${capitalise(t.written)} was signed in ${place} on 3 June 2013 by ${pick(rng, ["sixty", "fourteen", "many"])} States, ${pick(rng, ["including", "among them"])} ${listOf(l.map((x) => x.written))}.`,
    expected: rowsFor(l, "signed", t.id, "affirmed"),
  };
}

const TEMPLATES: Array<(rng: Rng) => Case> = [
  (rng) => {
    // Chained participles share the passive's agent: "X has been signed but not yet ratified by A and B" (signed, not ratified),
    // "X was signed and ratified by A" (both done).
    const t = pick(
      rng,
      TREATIES.filter((x) => x.type !== "declaration"),
    );
    const l = sample(rng, STATES, 2 + Math.floor(rng() * 2));
    const [chain, ratified] = pick(rng, [
      ["has been signed but not yet ratified", "negated"],
      ["has been signed but not ratified", "negated"],
      ["was signed and ratified", "affirmed"],
    ] as const);
    const agents = rng() < 0.5 ? listOf(l.map((x) => x.written)) : `${l.length === 2 ? "two" : "three"} States, namely ${listOf(l.map((x) => x.written))}`;
    return {
      text: `${capitalise(t.written)} ${chain} by ${agents}.`,
      expected: [...rowsFor(l, "signed", t.id, "affirmed"), ...rowsFor(l, "ratified", t.id, ratified)].sort(),
    };
  },
  (rng) => {
    // A digest of notifications: each action line ("ARMENIA: ACCESSION") is under the line that names its own instrument, which
    // ends at its line; the notice's date is its "action was effected on" line. Not the digest's first instrument for all.
    const [x, y] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
    const [a, b] = few(rng, 2, 2) as [StateName, StateName];
    const upper = (n: StateName) => n.written.replace(/^the /u, "").toUpperCase();
    const block = (t: (typeof TREATIES)[number], n: StateName, day: number) =>
      `C.N.${300 + day}.2025.TREATIES\n${capitalise(t.written.replace(/^the /u, ""))} (New York, 2 December 2004)\n${upper(n)}: ACCESSION\nThe action was effected on ${day} July 2025.`;
    return {
      head: "Depositary notifications\nDigest for July 2025\n\n",
      text: `${block(x, a, 3)}\n\n${block(y, b, 22)}\n`,
      expected: [...rowsFor([a], "acceded", x.id, "affirmed", "2025-07-03"), ...rowsFor([b], "acceded", y.id, "affirmed", "2025-07-22")].sort(),
      dates: true,
    };
  },
  (rng) => {
    // "X has been ratified by, among others, A (2014), B (2013)": past the insertion, each with its bracketed year; "A and B are
    // (also) among the signatory States that have not ratified it": signatories, and not ratified.
    const t = treaty(rng);
    const l = few(rng, 2, 3);
    return pick(rng, [
      {
        text: `${capitalise(t.written)} has been ratified by, among others, ${listOf(l.map((x, k) => `${x.written} (${2010 + k})`))}.`,
        expected: l.flatMap((x, k) => rowsFor([x], "ratified", t.id, "affirmed", String(2010 + k))).sort(),
        dates: true,
      },
      {
        text: `${capitalise(t.written)} entered into force in 2014. ${capitalise(listOf(names(l)))} are ${pick(rng, ["", "also "])}among the ${pick(rng, ["signatory States", "signatories"])} that have not ratified it.`,
        expected: [...rowsFor(l, "signed", t.id, "affirmed"), ...rowsFor(l, "ratified", t.id, "negated")].sort(),
      },
    ]);
  },
  (rng) => {
    // A plural agent noun predicated of the subject: "A and B are signatories to X", "A and B are neither signatories nor
    // Contracting States" (both negated), "A and B are both original signatories of X".
    const t = treaty(rng);
    const l = few(rng, 2, 3);
    return pick(rng, [
      {
        text: `${capitalise(listOf(names(l)))} are ${pick(rng, ["", "both ", "all "])}signatories to ${t.written}.`,
        expected: rowsFor(l, "signed", t.id, "affirmed"),
      },
      {
        text: `${capitalise(t.written)} entered into force in 2014. ${capitalise(listOf(names(l)))} are neither signatories nor ${pick(rng, ["Contracting States", "parties"])}.`,
        expected: [...rowsFor(l, "signed", t.id, "negated"), ...rowsFor(l, "party", t.id, "negated")].sort(),
      },
      {
        text: `${capitalise(t.written)} entered into force in 2014. ${capitalise(listOf(names(l)))} were among the first Parties.`,
        expected: rowsFor(l, "party", t.id, "affirmed"),
      },
    ]);
  },
  (rng) => {
    // A relative set off after the subject does not hide the main verb ("A, which signed in 2021, ratified in 2023"); a time adjunct
    // ends an intransitive act's clause ("expect to ratify before the first Conference of the Parties", "signed within weeks").
    const t = treaty(rng);
    const [a, b] = few(rng, 2, 2) as [StateName, StateName];
    return pick(rng, [
      {
        text: `${capitalise(t.written)} entered into force in 2014. ${capitalise(a.written)}, which signed ${pick(rng, ["", `with ${b.written} `])}in 2021, ratified in 2023.`,
        expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], "ratified", t.id, "affirmed")].sort(),
      },
      {
        text: `${capitalise(t.written)} entered into force in 2014. ${capitalise(a.written)} and ${b.written} expect to ratify ${pick(rng, ["before the first Conference of the Parties", "within two years", "until the end of the decade"])}.`,
        expected: rowsFor([a, b], "ratified", t.id, "planned"),
      },
    ]);
  },
  (rng) => {
    // A second agent after "and by" ("was signed by A and by the following 3 States: B, C and D") signed as the first did.
    const t = treaty(rng);
    const [a, ...rest] = few(rng, 3, 4) as [StateName, ...StateName[]];
    // (And the states of the leaders who signed: "was signed by the leaders of A, B and C".)
    if (rng() < 0.3)
      return {
        text: `${capitalise(t.written)} was signed by the ${pick(rng, ["leaders", "Foreign Ministers", "representatives"])} of ${listOf(names([a, ...rest]))}.`,
        expected: rowsFor([a, ...rest], "signed", t.id, "affirmed"),
      };
    return {
      text: `${capitalise(t.written)} was opened for signature and was signed by ${a.written} and by the following ${rest.length} States: ${listOf(names(rest))}.`,
      expected: rowsFor([a, ...rest], "signed", t.id, "affirmed"),
    };
  },
  (rng) => {
    // A depositary notification's action line ("NIGERIA: ACCEPTANCE") over "The above action was effected on <date>".
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    const [act, action] = pick(rng, [
      ["ACCEPTANCE", "ratified"],
      ["RATIFICATION", "ratified"],
      ["ACCESSION", "acceded"],
    ] as const);
    const name = a.name.toUpperCase();
    return {
      head: `Depositary notification\n\n${capitalise(t.written)}\n\nC.N.512.2020.TREATIES (Depositary Notification)\n`,
      text: `${name}: ${act}\nThe Secretary-General, acting in his capacity as depositary, communicates the following: The above action was effected on 2 October 2020.\n`,
      dates: true,
      expected: rowsFor([a], action, t.id, "affirmed", "2020-10-02"),
    };
  },
  (rng) => {
    // A process that ends its own phrase is not the act's ("drafted through an open and inclusive process and was co-sponsored
    // by A and B": done).
    const l = few(rng, 2, 3);
    return {
      text: `Draft resolution A/76/L.52 was drafted through an open and inclusive process and was co-sponsored by ${listOf(names(l))}.`,
      expected: rowsFor(l, "co-sponsored", "Draft resolution A/76/L.52", "affirmed"),
    };
  },
  (rng) => {
    // A pronoun subject past its auxiliaries ("It has since been ratified by A and B"): the instrument the text is about.
    const t = treaty(rng);
    const l = few(rng, 2, 3);
    const [verb, action] = pick(rng, [
      ["ratified", "ratified"],
      ["signed", "signed"],
    ] as const);
    return {
      text: `${capitalise(t.written)} entered into force in 2014. It has ${pick(rng, ["", "since ", "already "])}been ${verb} by ${listOf(names(l))}.`,
      expected: rowsFor(l, action, t.id, "affirmed"),
    };
  },
  (rng) => {
    // An agent described with an organisation's name as an attribute before the dash that lists it ("by the leaders of the six
    // GCC States - A, B, C -").
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    const org = pick(rng, ["GCC", "ASEAN", "African Union", "CARICOM"]);
    return {
      text: `The Council recalled ${t.written}, signed on 5 January 2021 by the leaders of the ${l.length === 2 ? "two" : "member"} ${org} States - ${listOf(names(l))} - at the summit.`,
      expected: rowsFor(l, "signed", t.id, "affirmed"),
    };
  },
  (rng) => {
    // Acceptance is consent to be bound ("A accepted X on 30 November 2007", "A has yet to accept X"); accepting amendments to X
    // is not accepting X.
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    const [text, rows] = pick(rng, [
      [`${capitalise(a.written)} accepted ${t.written} on 30 November 2007.`, rowsFor([a], "ratified", t.id, "affirmed")],
      [`${capitalise(a.written)} has yet to accept ${t.written}.`, rowsFor([a], "ratified", t.id, "negated")],
      // (Accepting amendments to X binds to the amendments, not to X itself.)
      [`${capitalise(a.written)} has accepted both amendments to ${t.written}.`, rowsFor([a], "ratified", `amendments to ${t.written}`, "affirmed")],
      [`${capitalise(t.written)} was discussed. The Minister extended an invitation to ${a.written}, which its President accepted.`, []],
    ] as const);
    return { text, expected: [...rows] };
  },
  (rng) => {
    // Depositary language: signed "on behalf of" a state (whoever held the pen), a digest entry "DATE - X - A, B: accession",
    // "The ratification by A brings the number of States Parties to 71", "A remains a signatory".
    const t = treaty(rng);
    const l = few(rng, 1, 2);
    const one = l.slice(0, 1);
    const act = pick(rng, [
      ["ratification", "ratified"],
      ["accession", "acceded"],
      ["signature", "signed"],
    ] as const);
    const forms: Case[] = [
      {
        text: `${capitalise(t.written)} was signed on behalf of ${listOf(names(l))} ${pick(rng, ["", "on 14 February 2024 "])}by ${l.length > 1 ? "their Permanent Representatives" : "its Permanent Representative"}.`,
        expected: rowsFor(l, "signed", t.id, "affirmed"),
      },
      {
        text: `09/11/2023 - ${capitalise(t.written.replace(/^the /u, ""))} - ${names(l).join(", ")}: ${act[0]}`,
        expected: rowsFor(l, act[1], t.id, "affirmed", "2023-11-09"),
        dates: true,
      },
      {
        head: `Treaty actions\n\nThis month's actions concern ${t.written}.\n\n`,
        text: `The ${act[0]} by ${names(one)[0]} brings the number of States Parties to 71.`,
        expected: rowsFor(one, act[1], t.id, "affirmed"),
      },
      {
        head: `Treaty actions\n\nThis month's actions concern ${t.written}.\n\n`,
        text: `${capitalise(names(one)[0] as string)} ${pick(rng, ["remains", "is"])} a signatory.`,
        expected: rowsFor(one, "signed", t.id, "affirmed"),
      },
      {
        // A digest line's headings: "… - X - Ratification: A; Signature: B", "… - Signatures: A, B".
        text: `12/09/2024 - CETS No. 224 - ${capitalise(t.written.replace(/^the /u, ""))} - Ratification: ${names(one)[0]}; Signatures: ${names(l.filter((x) => !one.includes(x))).join(", ") || "Malta"}`,
        expected: [
          ...rowsFor(one, "ratified", t.id, "affirmed", "2024-09-12"),
          ...(l.length > 1 ? rowsFor(l.slice(1), "signed", t.id, "affirmed", "2024-09-12") : [`Malta|signed|${t.id}|affirmed|2024-09-12`]),
        ].sort(),
        dates: true,
      },
      {
        // A place and a date before the agent, whose members a dash lists after a description ("by the five founding members of
        // ASEAN – A, B").
        text: `${capitalise(t.written)} was signed in ${pick(rng, ["Bali", "Lima", "Oslo"])} on 24 February 1976 by the ${l.length === 1 ? "only" : "two"} founding members of ${pick(rng, ["ASEAN", "the African Union"])} – ${listOf(names(l))}.`,
        expected: rowsFor(l, "signed", t.id, "affirmed", "1976-02-24"),
        dates: true,
      },
      {
        // An occasion before the agent ("signed at the Nuuk ministerial meeting on 12 May 2011 by"), and an agent described before
        // its colon list ("by the foreign ministers of the eight: A, B").
        text: `${capitalise(t.written)} was signed ${pick(rng, ["at the Nuuk ministerial meeting", "at a signing ceremony in Geneva", "during the high-level segment"])} on 12 May 2011 by ${pick(rng, [`${listOf(names(l))}`, `the foreign ministers of the ${l.length === 1 ? "host" : "founders"}: ${listOf(names(l))}`])}.`,
        expected: rowsFor(l, "signed", t.id, "affirmed", "2011-05-12"),
        dates: true,
      },
      {
        // A group as the sponsor: "sponsored by the core group of A and B".
        text: `Draft resolution A/C.3/75/L.12 was sponsored by ${pick(rng, ["the core group of", ", among others,"])} ${listOf(names(l))}.`.replace(
          "by , among",
          "by, among",
        ),
        expected: rowsFor(l, "co-sponsored", "Draft resolution A/C.3/75/L.12", "affirmed"),
      },
      {
        // A list right after a plural agent noun: "Three other signatories, namely A and B, have not ratified it either."
        head: `Treaty actions\n\nThis month's actions concern ${t.written}.\n\n`,
        text: `${pick(rng, ["Three other", "Several"])} signatories, ${pick(rng, ["namely", "including"])} ${listOf(names(l))}, have not ratified it either.`,
        expected: [...rowsFor(l, "signed", t.id, "affirmed"), ...rowsFor(l, "ratified", t.id, "negated")].sort(),
      },
      {
        // A heading of plural acts, then its members each with a date: "Latest ratifications (date of deposit): A, 23 March 2023; B, 16 December 2020".
        head: `Treaty actions\n\nThis month's actions concern ${t.written}.\n\n`,
        text: `Latest ${act[0]}s (date of deposit): ${names(l)
          .map((n, k) => `${n}, ${23 - k} March 2023`)
          .join("; ")}.`,
        expected: l.map((a, k) => `${a.name}|${act[1]}|${t.id}|affirmed|2023-03-${String(23 - k).padStart(2, "0")}`).sort(),
        dates: true,
      },
      {
        // "The draft was tabled by A and B": the definite document is the resolution the text is about (no other cue word in the sentence).
        head: `Press release\n\nThe Committee discussed draft resolution A/C.1/78/L.5 on ${t.written}.\n\n`,
        text: `The ${pick(rng, ["draft", "text"])} was ${pick(rng, ["tabled", "introduced", "presented"])} by ${listOf(names(l))}.`,
        expected: rowsFor(l, "co-sponsored", "draft resolution A/C.1/78/L.5", "affirmed"),
      },
      {
        // "the acceptance of X by A and B" is their ratification (no other cue word in the sentence).
        text: `The acceptance of ${t.written} by ${listOf(names(l))} came earlier this year.`,
        expected: rowsFor(l, "ratified", t.id, "affirmed"),
      },
      {
        // "the acceptance of X by A and B" is their ratification.
        text: `We welcome the acceptance of ${t.written} by ${listOf(names(l))} earlier this year.`,
        expected: rowsFor(l, "ratified", t.id, "affirmed"),
      },
      {
        // In apposition: "China, a Party to X since 2005, …".
        text: `${capitalise(names(one)[0] as string)}, a ${pick(rng, ["Party", "party"])} to ${t.written} since 2005, attended the meeting.`,
        expected: rowsFor(one, "party", t.id, "affirmed"),
      },
    ];
    return forms[depositaryForms++ % forms.length] as Case;
  },
  (rng) => {
    // An adjunct of time between the participle and its agent: "was ratified that day by A", "on Monday by", "on 3 May 2019 by".
    const t = treaty(rng);
    const l = few(rng, 1, 3);
    const [verb, action] = pick(rng, [
      ["signed", "signed"],
      ["ratified", "ratified"],
    ] as const);
    const [adjunct, date] = pick(rng, [
      ["that day", "-"],
      ["on the same day", "-"],
      ["on 3 May 2019", "2019-05-03"],
      ["in June 2016", "2016-06"],
      ["in 2015", "2015"],
      ["on Monday", "2021-03-08"],
    ] as const);
    return {
      head: "Press release\n12 March 2021\n\n",
      text: `${capitalise(t.written)} was ${pick(rng, ["also ", ""])}${verb} ${adjunct} by ${listOf(names(l))}.`,
      expected: rowsFor(l, action, t.id, "affirmed", date === "-" ? null : date),
      dates: true,
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 1, 3);
    const act = pick(rng, [
      ["signed", "signed"],
      ["ratified", "ratified"],
    ] as const);
    return {
      text: `${capitalise(t.written)} was ${act[0]} by ${listOf(names(l))} ${pick(rng, ["last year", "in 2019", "yesterday"])}.`,
      expected: rowsFor(l, act[1], t.id, "affirmed"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    return {
      text: `The Secretary-General welcomed ${a.written.replace(/^the /u, "the ")}'s accession to ${t.written}.`,
      expected: rowsFor([a], "acceded", t.id, "affirmed"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    return {
      text: `The ratification by ${a.written} of ${t.written} brings the number of parties to ${30 + Math.floor(rng() * 90)}.`,
      expected: rowsFor([a], "ratified", t.id, "affirmed"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    return {
      text: `${capitalise(a.written)} became the ${pick(rng, ORDINALS)} State Party to ${t.written}.`,
      expected: rowsFor([a], "party", t.id, "affirmed"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    return {
      text: `${capitalise(a.written)} has become the ${pick(rng, ORDINALS)} signatory of ${t.written}.`,
      expected: rowsFor([a], "signed", t.id, "affirmed"),
    };
  },
  (rng) => {
    const [a] = few(rng, 1, 1) as [StateName];
    return {
      text: `${capitalise(a.written)} became the ${pick(rng, ORDINALS)} adherent to the Safe Schools Declaration.`,
      expected: rowsFor([a], "endorsed", "safe-schools-declaration", "affirmed"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    return {
      text: `${pick(rng, ["Signatories", "The signatories", "Recent signatories"])} to ${t.written} include ${listOf(names(l))}.`,
      expected: rowsFor(l, "signed", t.id, "affirmed"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    const act = pick(rng, [
      ["ratification", "ratified"],
      ["accession", "acceded"],
    ] as const);
    return { text: `Today ${a.written} deposited its instrument of ${act[0]} to ${t.written}.`, expected: rowsFor([a], act[1], t.id, "affirmed") };
  },
  (rng) => {
    // "the ratification by A of X and by B of Y": each "and by" pair is its own agent and object; a later clause is not.
    const [t1, t2, t3] = sample(rng, TREATIES, 3) as [(typeof TREATIES)[number], (typeof TREATIES)[number], (typeof TREATIES)[number]];
    const [a, b] = few(rng, 2, 2) as [StateName, StateName];
    const text = `The Secretariat welcomed the ratification by ${a.written} of ${t1.written} and by ${b.written} of ${t2.written}; it also noted progress on ${t3.written}.`;
    return { text, expected: [...rowsFor([a], "ratified", t1.id, "affirmed"), ...rowsFor([b], "ratified", t2.id, "affirmed")].sort() };
  },
  (rng) => {
    // "the adoption of Security Council resolutions 1368 and 1373": a catalogued resolution's own body adopted it;
    // a resolution further on is not what was adopted.
    const [a, b] = pick(rng, [
      ["1368", "1373"],
      ["1325", "1820"],
      ["2118", "1540"],
    ] as const);
    const written = pick(rng, ["UN Security Council Resolutions", "Security Council resolutions", "resolutions"]);
    if (rng() < 0.75) {
      return {
        text: `Following the adoption of ${written} ${a} and ${b}, the question of ratification arose.`,
        expected: [`UN Security Council|adopted|unsc-res-${a}|affirmed`, `UN Security Council|adopted|unsc-res-${b}|affirmed`].sort(),
      };
    }
    return {
      text: `Work continued to prepare for adoption of a convention, carried out by a committee established by Security Council resolution ${a}.`,
      expected: [],
    };
  },
  (rng) => {
    // An opening gerund or role phrase names the act's instrument or owner; the main clause names the state.
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    return pick(rng, [
      {
        text: `${capitalise(t.written)} will soon enter into force. By depositing its instrument of ratification along with other member states in April, ${a.written} sent an important signal.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      },
      {
        // (The role is the State's own: it is a party.)
        text: `As a party to ${t.written}, ${a.written} commits to reporting on its implementation every year.`,
        expected: rowsFor([a], "committed", t.id, "affirmed")
          .concat(rowsFor([a], "party", t.id, "affirmed"))
          .sort(),
      },
      {
        text: `By ratifying ${t.written}, ${a.written} commits to protecting civilians.`,
        expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([a], "committed", t.id, "affirmed")].sort(),
      },
    ]);
  },
  (rng) => {
    // A relative clause between the subject and its verb: the main verb takes a pronoun object.
    const t = pick(rng, TREATIES_ONLY);
    const [a] = few(rng, 1, 1) as [StateName];
    const y = 2000 + Math.floor(rng() * 15);
    const text = `${capitalise(a.written)}, which signed ${t.written} in ${y}, ratified it ${pick(rng, ["in " + (y + 2), "last year", "this week"])}.`;
    return { text, expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], "ratified", t.id, "affirmed")].sort() };
  },
  (rng) => {
    // Coordinated subjects of a passive: every one is an object.
    const [t1, t2] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
    const [a] = few(rng, 1, 1) as [StateName];
    const text = `${capitalise(t1.written)} and ${t2.written} were ${pick(rng, ["both ", ""])}ratified by ${a.written} in ${2000 + Math.floor(rng() * 20)}.`;
    return { text, expected: [...rowsFor([a], "ratified", t1.id, "affirmed"), ...rowsFor([a], "ratified", t2.id, "affirmed")].sort() };
  },
  (rng) => {
    // A count as the agent ("co-sponsored by 94 countries"): a later "by A" belongs to another phrase.
    const [a] = few(rng, 1, 1) as [StateName];
    const text = `The resolution, which was ${pick(rng, ["co-sponsored", "sponsored"])} by ${50 + Math.floor(rng() * 90)} countries, deplores the aggression by ${a.written} against its neighbour.`;
    return { text, expected: [] };
  },
  (rng) => {
    // A relative passive with an adjunct before its agent: the antecedent is the object.
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    const l = sample(
      rng,
      STATES.filter((x) => x !== a),
      1 + Math.floor(rng() * 2),
    );
    const text = `${capitalise(a.written)} ratified ${t.written}, which was ${pick(rng, ["also ", ""])}signed ${pick(rng, ["today", "yesterday", "formally"])} by ${listOf(names(l))}.`;
    return { text, expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor(l, "signed", t.id, "affirmed")].sort() };
  },
  (rng) => {
    // A headline's participle with its agent, the participle the second or third word ("CTBT signed by A"): it threw before.
    const [written, id] = pick(rng, [
      ["ATT", "att"],
      ["CTBT", "ctbt"],
      ["TPNW", "tpnw"],
      ["CWC", "cwc"],
      ["OPCAT", "opcat"],
    ] as const);
    const l = few(rng, 1, 3);
    const act = pick(rng, [
      ["signed", "signed"],
      ["ratified", "ratified"],
    ] as const);
    return { text: `${pick(rng, ["", "The "])}${written} ${act[0]} by ${listOf(names(l))}`, expected: rowsFor(l, act[1], id, "affirmed") };
  },
  (rng) => {
    // A "sponsored by" participle describes the noun before it: a catalogued resolution is what was sponsored; an
    // unnamed draft's topic ("a draft resolution sponsored by A on X") is not, and names nothing sponsored.
    const t = treaty(rng);
    const l = few(rng, 1, 3);
    const [resolution, id] = pick(rng, [
      ["Security Council resolution 2467 (2019)", "unsc-res-2467"],
      ["Security Council resolution 1325 (2000)", "unsc-res-1325"],
      ["Security Council resolution 2347 (2017)", "unsc-res-2347"],
    ] as const);
    const participle = pick(rng, ["sponsored", "co-sponsored"]);
    if (rng() < 0.5) {
      return {
        text: `${resolution}, ${pick(rng, ["", "originally ", "jointly "])}${participle} by ${listOf(names(l))}, ${pick(rng, ["refers to", "recalls", "calls for the universalization of"])} ${t.written}.`,
        expected: rowsFor(l, "co-sponsored", id, "affirmed"),
      };
    }
    const noun = pick(rng, ["A draft resolution", "The draft resolution", "A proposal", "The amendment", "A draft decision"]);
    const topic = pick(rng, ["on", "regarding", "concerning", "relating to"]);
    return { text: `${noun} ${participle} by ${listOf(names(l))} ${topic} ${t.written} was adopted without a vote.`, expected: [] };
  },
  (rng) => {
    // A possessive pronoun with a by-agent: "its" is the instrument (named in the sentence or before it), the agent acted.
    const t = treaty(rng);
    const l = few(rng, 1, 3);
    const [noun, action] = pick(rng, [
      ["ratification", "ratified"],
      ["accession", "acceded"],
      ["signature", "signed"],
    ] as const);
    const forms = [
      `${pick(rng, ["Following", "After", "Since"])} its ${pick(rng, ["", "recent "])}${noun} by ${listOf(names(l))}, ${t.written} ${pick(rng, ["entered into force", "has applied"])} in ${2000 + Math.floor(rng() * 20)}.`,
      `${capitalise(t.written)} was adopted in ${1990 + Math.floor(rng() * 20)}. Its ${noun} by ${listOf(names(l))} ${pick(rng, ["followed in 2015", "came a year later", "was welcomed"])}.`,
    ];
    return { text: pick(rng, forms), expected: rowsFor(l, action, t.id, "affirmed") };
  },
  (rng) => {
    // A generic agent after a nominal "by" names its members: "co-sponsored by more than 50 countries, including A and B".
    const t = treaty(rng);
    const l = few(rng, 2, 3);
    const agent = `${pick(rng, ["more than 50 countries", "several States", "a number of delegations", "many countries"])}, ${pick(rng, ["including", "such as", "among them"])} ${listOf(names(l))}`;
    if (rng() < 0.5) {
      const [resolution, id] = pick(rng, [
        ["Security Council resolution 2467 (2019)", "unsc-res-2467"],
        ["Security Council resolution 1325 (2000)", "unsc-res-1325"],
      ] as const);
      return { text: `${resolution} was ${pick(rng, ["co-sponsored", "sponsored"])} by ${agent}.`, expected: rowsFor(l, "co-sponsored", id, "affirmed") };
    }
    return { text: `The ratification of ${t.written} by ${agent}, was welcomed.`, expected: rowsFor(l, "ratified", t.id, "affirmed") };
  },
  (rng) => {
    // A plural act noun as the subject of a copula list: "Recent ratifications include A, B", "Earlier ratifications were those of
    // A (May 2023), B (August 2023)", "The most recent accessions were those of A, in November 2022, and B, in February 2024".
    const t = treaty(rng);
    const l = few(rng, 2, 3);
    const [noun, action] = pick(rng, [
      ["ratifications", "ratified"],
      ["accessions", "acceded"],
    ] as const);
    const months = ["May 2023", "August 2023", "February 2024"];
    const values = ["2023-05", "2023-08", "2024-02"];
    const form = pick(rng, ["include", "bracket", "comma"] as const);
    const items =
      form === "include"
        ? listOf(names(l))
        : form === "bracket"
          ? listOf(l.map((x, k) => `${x.written} (${months[k] as string})`))
          : listOf(l.map((x, k) => `${x.written}, in ${months[k] as string},`)).replace(/,$/u, "");
    const copula = form === "include" ? "include" : "were those of";
    return {
      text: `${capitalise(t.written)} entered into force in 2014. ${pick(rng, ["Recent", "Earlier", "The most recent"])} ${noun} ${copula} ${items}.`,
      expected: l.map((x, k) => `${x.name}|${action}|${t.id}|affirmed|${form === "include" ? "-" : (values[k] as string)}`).sort(),
      dates: true,
    };
  },
  (rng) => {
    // "The text was prepared/drafted by a task force of N States — A, B —": the authors sponsored the text; "a report prepared by"
    // sponsors nothing.
    const l = few(rng, 2, 4);
    const [resolution, id] = pick(rng, [
      ["Security Council resolution 2467 (2019)", "unsc-res-2467"],
      ["Security Council resolution 1325 (2000)", "unsc-res-1325"],
    ] as const);
    const verb = pick(rng, ["prepared", "drafted", "put forward"]);
    const near = rng() < 0.3;
    return near
      ? { text: `${resolution} was adopted after a debate based on a report ${verb} by ${listOf(names(l))}.`, expected: [] }
      : {
          text: `The Security Council adopted ${resolution.replace("Security Council ", "")} on Monday. The text was ${verb} by ${pick(rng, ["an interregional task force", "a group", "a core group"])} of ${l.length} States — ${listOf(names(l))} — and co-sponsored by more than 100 delegations.`,
          expected: [`UN Security Council|adopted|${id}|affirmed`, ...rowsFor(l, "co-sponsored", id, "affirmed")].sort(),
        };
  },
  (rng) => {
    // Subscription to a code is adherence ("India's subscription in June 2016", "the subscription to X by A and by B"); joining the
    // consensus on a text supports it, it is no accession.
    const [a, b] = few(rng, 2, 2) as [StateName, StateName];
    const x = { written: "the Safe Schools Declaration", id: "safe-schools-declaration" };
    const form = pick(rng, [0, 1, 2]);
    return [
      {
        text: `${capitalise(x.written)} was launched in 2015. ${capitalise(a.written)}'s subscription in June 2016 showed its value.`,
        expected: [`${a.name}|endorsed|${x.id}|affirmed`],
      },
      {
        text: `${capitalise(x.written)} was launched in 2015. We welcome the subscription to the Declaration by ${a.written} in September 2023 and by ${b.written} in March 2024.`,
        expected: [`${a.name}|endorsed|${x.id}|affirmed`, `${b.name}|endorsed|${x.id}|affirmed`].sort(),
      },
      {
        text: `The General Assembly adopted resolution 61/295 in 2007. ${capitalise(a.written)} said it was not in a position to join the consensus on that text.`,
        expected: [`UN General Assembly|adopted|resolution 61/295|affirmed`, `${a.name}|supported|resolution 61/295|negated`].sort(),
      },
    ][form] as Case;
  },
  (rng) => {
    // Tabling sponsors a text ("A presented the resolution", "A introduced draft resolution CAC/COSP/2023/L.7", "A is
    // co-sponsoring, together with B and C, draft resolution …"), never a treaty ("submitted the Convention to Parliament") and
    // as a participle its agent follows "by" ("The resolution on X, tabled in Committee as draft L.41 by A, …").
    const [a, b, c] = few(rng, 3, 3) as [StateName, StateName, StateName];
    const symbol = pick(rng, ["CAC/COSP/2023/L.7", "A/C.3/78/L.5", "UNEP/EA.6/L.12"]);
    const t = treaty(rng);
    const form = pick(rng, [0, 1, 2, 3]);
    return [
      {
        text: `${capitalise(a.written)} ${pick(rng, ["introduced", "presented", "tabled"])} draft resolution ${symbol} on beneficial ownership.`,
        expected: [`${a.name}|co-sponsored|draft resolution ${symbol}|affirmed`],
      },
      {
        text: `At this session, ${a.written} is co-sponsoring, together with ${b.written} and ${c.written}, draft resolution ${symbol} on beneficial ownership.`,
        expected: rowsFor([a, b, c], "co-sponsored", `draft resolution ${symbol}`, "affirmed"),
      },
      { text: `${capitalise(a.written)} ${pick(rng, ["submitted", "presented"])} ${t.written} to Parliament in 2019.`, expected: [] },
      {
        text: `The resolution on the situation in the Sahel, tabled in Committee as draft A/C.3/78/L.41 by ${a.written}, was adopted by consensus.`,
        expected: [`${a.name}|co-sponsored|A/C.3/78/L.41|affirmed`],
      },
    ][form] as Case;
  },
  (rng) => {
    // "A, B and C, all parties to X, remain …" (apposition); "A and B have never become parties" (the text's instrument); a name with
    // a title-cased participle ("the Treaty Establishing the Pacific Resilience Facility").
    const l = few(rng, 2, 3);
    const t = treaty(rng);
    const form = pick(rng, [0, 1, 2]);
    return [
      {
        text: `${capitalise(t.written)} entered into force in 2014. ${capitalise(listOf(names(l)))}, all parties to ${t.written}, remain suspended from the organisation.`,
        expected: rowsFor(l, "party", t.id, "affirmed"),
      },
      {
        text: `${capitalise(t.written)} entered into force in 2014. ${capitalise(listOf(names(l)))} have never become parties.`,
        expected: rowsFor(l, "party", t.id, "negated"),
      },
      {
        text: `Leaders noted that ${listOf(names(l))} have signed the Treaty Establishing the Pacific Resilience Facility.`,
        expected: rowsFor(l, "signed", "Treaty Establishing the Pacific Resilience Facility", "affirmed"),
      },
    ][form] as Case;
  },
  (rng) => {
    // "The Contracting States are: A, B", "Its Contracting Parties are now A, B" (party); "A and B have ratified both." (the two
    // instruments named last).
    const l = few(rng, 2, 3);
    const t = treaty(rng);
    const form = pick(rng, [0, 1, 2]);
    return [
      {
        text: `${capitalise(t.written)} entered into force in 2014. The Contracting States are: ${listOf(names(l))}.`,
        expected: rowsFor(l, "party", t.id, "affirmed"),
      },
      {
        text: `${capitalise(t.written)} entered into force in 2014. The Contracting ${pick(rng, ["States", "Parties"])} are now ${listOf(names(l))}.`,
        expected: rowsFor(l, "party", t.id, "affirmed"),
      },
      {
        text: `The Convention on Biological Diversity and the Convention to Combat Desertification were adopted in the 1990s. ${capitalise(listOf(names(l)))} have ratified both.`,
        expected: [...rowsFor(l, "ratified", "cbd", "affirmed"), ...rowsFor(l, "ratified", "unccd", "affirmed")].sort(),
      },
    ][form] as Case;
  },
  (rng) => {
    // Near miss: an institution or company, not an act.
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    return { text: `${capitalise(t.written)} was discussed by ${a.written} and other delegations.`, expected: [] };
  },
];

/** States written without an article, for names built around them ("the Treaty on Extradition between Chile and Norway"). */
const BARE = BARE_STATES;

/**
 * A bilateral instrument names its parties: an agentless passive on it is each party's ("The Treaty on Extradition between A and B
 * was signed in Lima on 3 March 2024", "the Agreement between the Government of A and the Government of B on Air Services, signed
 * at Accra on …", "has not yet been signed"; "The instruments of ratification of X between A and B were exchanged in …"). Not a draft
 * law on the ratification of one (a domestic step), and not a name whose "between" names no states.
 */
function namedParties(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const name = pick(rng, [
    `Treaty on Extradition between ${a.written} and ${b.written}`,
    `Agreement between the Government of ${a.written} and the Government of ${b.written} on Air Services`,
    `Convention between ${a.written} and ${b.written} for the Avoidance of Double Taxation`,
  ]);
  const day = pick(rng, ["3 March 2024", "14 June 2023", "21 November 2003"]);
  const iso = { "3 March 2024": "2024-03-03", "14 June 2023": "2023-06-14", "21 November 2003": "2003-11-21" }[day] as string;
  const place = pick(rng, ["Lima", "Accra", "Seoul"]);
  switch (i % 5) {
    case 0:
      return { text: `The ${name} was signed in ${place} on ${day}.`, expected: rowsFor([a, b], "signed", name, "affirmed", iso), dates: true };
    case 1:
      return {
        text: `The ${name}, signed at ${place} on ${day}, entered into force in 2025.`,
        expected: rowsFor([a, b], "signed", name, "affirmed", iso),
        dates: true,
      };
    case 2:
      return { text: `The ${name} has not yet been signed.`, expected: rowsFor([a, b], "signed", name, "negated") };
    case 3:
      return {
        text: `The instruments of ratification of the ${name} were exchanged in ${place} on ${day}.`,
        expected: rowsFor([a, b], "ratified", name, "affirmed", iso),
        dates: true,
      };
    default:
      return { text: `The Council of Ministers adopted a draft law on the ratification of the ${name}.`, expected: [] };
  }
}

/**
 * An exchange of instruments of ratification is both parties' ratification: "A and B exchanged the instruments of ratification of X
 * in Lima on 3 March 2024"; "The two countries exchanged instruments of ratification in Seoul …" after a sentence naming X and a
 * heading naming A and B; "A ratified X in 1997, and the two countries exchanged instruments of ratification in 2000". "Korea" is
 * the Republic of Korea.
 */
function exchanges(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  // (So is an exchange of notifications or diplomatic notes: "A and B exchanged notifications …", "are yet to exchange the notifications".)
  if (i >= 9)
    return i % 2 === 0
      ? {
          text: `${capitalise(t.written)} was signed in 2019. ${capitalise(a.written)} and ${b.written} ${pick(rng, ["exchanged notifications", "exchanged diplomatic notes"])} for its entry into force.`,
          expected: rowsFor([a, b], "ratified", t.id, "affirmed"),
        }
      : {
          text: `${capitalise(a.written)} and ${b.written} are yet to exchange the notifications required for the entry into force of ${t.written}.`,
          expected: rowsFor([a, b], "ratified", t.id, "negated"),
        };
  switch (i % 3) {
    case 0:
      return {
        text: `${a.written} and ${b.written} exchanged the instruments of ratification of ${t.written} in Lima on 3 March 2024.`,
        expected: rowsFor([a, b], "ratified", t.id, "affirmed", "2024-03-03"),
        dates: true,
      };
    case 1:
      return {
        text: `Korea–${b.written} relations\n\n${capitalise(t.written)} was negotiated in 2019. The two countries exchanged instruments of ratification in Seoul on 26 January 2024.`,
        expected: rowsFor([{ written: "Korea", name: "South Korea" }, b], "ratified", t.id, "affirmed", "2024-01-26"),
        dates: true,
      };
    default:
      return {
        text: `${capitalise(a.written)} ratified ${t.written} in 2019, and the two countries exchanged instruments of ratification in Seoul on 26 January 2024.`,
        expected: rowsFor([a, b], "ratified", t.id, "affirmed"),
        head: `${a.written}–${b.written} relations\n\n`,
      };
  }
}

/**
 * A treaty list's signature line under the instrument's own line: "6. Agreement between the Government of A and the Government of B
 * concerning X ¶ Signed at Wellington, 19 February 2025" is both parties' signature that day; "Signed on behalf of A at Strasbourg,
 * 25 March 2025" under a multilateral instrument's line is A's. Not under a line that is no instrument's name.
 */
function signatureLines(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const head = "NOTICE OF TREATY ACTIONS\n\n";
  switch (i % 3) {
    case 0: {
      const name = `Agreement between the Government of ${a.written} and the Government of ${b.written} concerning a Working Holiday Scheme`;
      return {
        text: `6. ${name}\n   Signed at Wellington, 19 February 2025\n   Entry into force: 1 March 2025\n`,
        expected: rowsFor([a, b], "signed", name, "affirmed", "2025-02-19"),
        dates: true,
        head,
      };
    }
    case 1:
      return {
        text: `7. ${capitalise(t.written)}\n   Signed on behalf of ${a.written} at Strasbourg, 25 March 2025\n`,
        expected: rowsFor([a], "signed", t.id, "affirmed", "2025-03-25"),
        dates: true,
        head,
      };
    default:
      return { text: `The ministers met to discuss cooperation.\n   Signed at Wellington, 19 February 2025\n`, expected: [], head };
  }
}

/**
 * A denied passive on a pronoun subject, and a pair as a passive's agent: "X was signed by A and B in 2019. It has not yet been
 * ratified by either party." (both denied), "It was ratified by both sides in 2021.", "It has never been ratified by A."
 */
function pairPassives(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, BARE, 2) as [StateName, StateName];
  const name = pick(rng, ["Agreement on Air Services", "Treaty on Extradition", "Agreement on Fisheries Cooperation"]);
  const opening = `The ${name} was signed by ${a.written} and ${b.written} in 2019.`;
  const signed = rowsFor([a, b], "signed", name, "affirmed");
  switch (i % 3) {
    case 0:
      return {
        text: `${opening} It has not yet been ratified by ${pick(rng, ["either party", "either side"])}.`,
        expected: [...signed, ...rowsFor([a, b], "ratified", name, "negated")].sort(),
      };
    case 1:
      return {
        text: `${opening} It was ratified by ${pick(rng, ["both sides", "both parties"])} in 2021.`,
        expected: [...signed, ...rowsFor([a, b], "ratified", name, "affirmed")].sort(),
      };
    default:
      return {
        text: `${opening} It has ${pick(rng, ["never", "not yet"])} been ratified by ${a.written}.`,
        expected: [...signed, ...rowsFor([a], "ratified", name, "negated")].sort(),
      };
  }
}

/** A rank that closes an intransitive act: "A signed first as host", "A signed first." take the text's instrument; "first exchanges" do not. */
function firstAsHost(rng: Rng, i: number): Case {
  const [a] = sample(rng, BARE, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const intro = `${capitalise(t.written)} was opened for signature in 2018.`;
  if (i % 3 === 2) return { text: `${intro} ${capitalise(a.written)} also committed to first exchanges in 2028.`, expected: [] };
  return { text: `${intro} ${capitalise(a.written)} signed first${i % 3 === 0 ? " as host" : ""}.`, expected: rowsFor([a], "signed", t.id, "affirmed") };
}

/**
 * "the first (or last) to join" says what the act its clause goes on to name was: "A, the last State to join, only ratified X in
 * 2022" and "A was the last State of the region to join: it ratified X" are ratifications of X alone; with no act named after it,
 * "A was the first country to join" is an accession to the text the document is about.
 */
function rankedJoiner(rng: Rng, i: number): Case {
  const [a] = sample(rng, BARE, 1) as [StateName];
  const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
  const year = 2000 + Math.floor(rng() * 20);
  const rank = pick(rng, ["first", "last"]);
  switch (i % 4) {
    case 0:
      return {
        text: `${capitalise(a.written)}, the ${rank} ${pick(rng, ["State", "member State", "country"])} to join, only ratified ${t.written} in ${year}.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      };
    case 1:
      return {
        text: `${capitalise(u.written)} was opened for signature in 1998. ${capitalise(a.written)} was the ${rank} State of the region to join: it ratified ${t.written} on 3 May ${year}.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      };
    case 2:
      return {
        text: `${capitalise(a.written)}, the ${rank} to join, acceded to ${t.written} in ${year}.`,
        expected: rowsFor([a], "acceded", t.id, "affirmed"),
      };
    default:
      return {
        text: `${capitalise(t.written)} entered into force in ${year}. ${capitalise(a.written)} was the ${rank} country to join.`,
        expected: rowsFor([a], "acceded", t.id, "affirmed"),
      };
  }
}

/** A binding act's noun and its action ("ratification", "ratified"). */
const bindingNoun = (rng: Rng) =>
  pick(rng, [
    ["ratification", "ratified"],
    ["accession", "acceded"],
  ] as const);

/**
 * A passive's agent described, then named: "was signed … by the ten Member States of ASEAN, namely A, B and C"; past a manner and an
 * occasion before it ("signed virtually on 15 November 2020 on the occasion of the 4th RCEP Summit by A and B"); and its day given by
 * the adoption a sentence before ("The Treaty was adopted on 22 November 2024 … On the day of its adoption the Treaty was signed by
 * A and B"). A name with a lower-case "in" ("the ASEAN Trade in Goods Agreement") is one text.
 */
function describedAgents(rng: Rng, i: number): Case {
  const l = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const names = listOf(l.map((x) => x.written));
  const form = i % 4;
  if (form === 0)
    return {
      text: `${capitalise(t.written)} was signed on 15 November 2020 by the ${pick(rng, ["ten Member States of ASEAN", "three member States of the Nordic Council", "five members of the Andean Community"])}, namely ${names}.`,
      dates: true,
      expected: rowsFor(l, "signed", t.id, "affirmed", "2020-11-15"),
    };
  if (form === 1)
    return {
      text: `${capitalise(t.written)} was signed ${pick(rng, ["virtually", "remotely"])} on 15 November 2020 on the occasion of the 4th Regional Summit by ${names}.`,
      dates: true,
      expected: rowsFor(l, "signed", t.id, "affirmed", "2020-11-15"),
    };
  if (form === 2)
    return {
      text: `${capitalise(t.written)} was adopted on 22 November 2024 by a diplomatic conference held in Riyadh from 11 to 22 November 2024. On the day of its adoption it was signed by ${names}.`,
      dates: true,
      expected: [...rowsFor(l, "signed", t.id, "affirmed", "2024-11-22")].sort(),
    };
  const agreement = pick(rng, ["ASEAN Trade in Goods Agreement", "Regional Trade in Services Agreement"]);
  return { text: `${capitalise(l[0].written)} is also a party to the ${agreement}.`, expected: rowsFor([l[0]], "party", agreement, "affirmed") };
}

/** "signed by 53 States and the European Union": the organisation named beside a count signed too; the count names no one. */
function besideCounts(rng: Rng, i: number): Case {
  const t = pick(rng, TREATIES_ONLY);
  const count = pick(rng, ["53 States", "more than 40 countries", "some 30 States"]);
  const eu = pick(rng, ["the European Union", "the EU"]);
  return i % 2 === 0
    ? { text: `${capitalise(t.written)} has been signed by ${count} and ${eu}.`, expected: [`European Union|signed|${t.id}|affirmed`] }
    : { text: `${capitalise(t.written)} has been signed by ${count} and ratified by 20.`, expected: [] };
}

/**
 * "A notified the depositary of the completion of its ratification procedures", "The following Member States had notified the
 * completion of their ratification procedures: A, B and C": done (the procedures after the act noun end in it); "A has started its
 * ratification procedures for X" is still to come.
 */
function completedProcedures(rng: Rng, i: number): Case {
  const l = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const form = i % 3;
  if (form === 0)
    return {
      text: `The following Member States had notified the completion of their ratification procedures for ${t.written} by 1 October 2016: ${listOf(l.map((x) => x.written))}.`,
      expected: rowsFor(l, "ratified", t.id, "affirmed"),
    };
  if (form === 1)
    return {
      text: `${capitalise(l[0].written)} notified the depositary of the completion of its ratification procedures for ${t.written}.`,
      expected: rowsFor([l[0]], "ratified", t.id, "affirmed"),
    };
  return {
    text: `${capitalise(l[0].written)} has started its ratification procedures for ${t.written}.`,
    expected: rowsFor([l[0]], "ratified", t.id, "planned"),
  };
}

describe("construction family: passives and nominals", () => {
  const cases = [
    ...generate(13696, 12, (rng, i) => {
      // "X, which A signed in 1976, has never been ratified": an agentless passive is on its subject, the text before the relative, and
      // the relative's subject is the one who has not done it (not the passage's other text).
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const a = pick(rng, pool);
      const [t, other] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const year = 1990 + (i % 20);
      const [tail, polarity] = pick(rng, [
        ["has never been ratified", "negated"],
        ["has not yet been ratified", "negated"],
        ["has still not been ratified", "negated"],
      ] as const);
      return {
        text: `${capitalise(a.written)} has been a party to ${other.written} since 2012.\n\nBy contrast, ${t.written}, which ${a.written} signed in ${year}, ${tail}.`,
        expected: [
          ...rowsFor([a], "party", other.id, "affirmed"),
          ...rowsFor([a], "signed", t.id, "affirmed"),
          ...rowsFor([a], "ratified", t.id, polarity),
        ].sort(),
      };
    }),
    ...generate(13642, 14, (rng, i) => {
      // A passive's agent past an occasion and its host ("signed virtually on 15 November 2020, at the end of the 37th Summit hosted
      // by A, by …": the host signed nothing by that "by"), and a second agent described, then listed ("by B and the four EFTA States –
      // C, D and E –", "by the ten member states — C, D — and their five free trade partners: E, F"). Near miss: "signed at the summit
      // hosted by A" names no signer.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b, c, d, e, f] = sample(rng, pool, 6) as [StateName, StateName, StateName, StateName, StateName, StateName];
      const form = i % 4;
      if (form === 0)
        return {
          text: `${capitalise(t.written)} was signed ${pick(rng, ["virtually ", ""])}on 15 November 2020, at the end of the 37th Summit hosted by ${a.written}, by ${listOf([b.written, c.written])}.`,
          expected: rowsFor([b, c], "signed", t.id, "affirmed"),
        };
      if (form === 1)
        return {
          text: `${capitalise(t.written)} was signed in 2024 by ${b.written} and the four ${pick(rng, ["EFTA States", "member countries"])} – ${listOf([c.written, d.written, e.written, f.written])} – in the presence of the Minister.`,
          expected: rowsFor([b, c, d, e, f], "signed", t.id, "affirmed"),
        };
      if (form === 2)
        return {
          text: `${capitalise(t.written)} was signed on 15 November 2020 by the ten member states — ${listOf([b.written, c.written, d.written])} — and their five free trade partners: ${listOf([e.written, f.written])}.`,
          expected: rowsFor([b, c, d, e, f], "signed", t.id, "affirmed"),
        };
      return { text: `${capitalise(t.written)} was signed at the summit hosted by ${a.written}.`, expected: [] };
    }),
    ...generate(13511, 12, (rng, i) => completedProcedures(rng, i)),
    ...generate(13509, 8, (rng, i) => besideCounts(rng, i)),
    ...generate(13504, 24, (rng, i) => describedAgents(rng, i)),
    ...generate(13025, 12, (rng, i) => rankedJoiner(rng, i)),
    ...generate(13024, 6, (rng, i) => firstAsHost(rng, i)),
    ...generate(13023, 9, (rng, i) => pairPassives(rng, i)),
    ...generate(13022, 9, (rng, i) => signatureLines(rng, i)),
    ...generate(13021, 13, (rng, i) => exchanges(rng, i)),
    ...generate(13020, 15, (rng, i) => namedParties(rng, i)),
    ...generate(13002, Math.max(45, 13 * TEMPLATES.length), (rng, i) => (TEMPLATES[i % TEMPLATES.length] as (r: Rng) => Case)(rng)),
    ...generate(13008, 9, (rng, i) => placedPassive(rng, i)),
    ...generate(13013, 4, (rng, i) => {
      // "A joins B and C among the African States Parties", "among the Latin American signatories of the Treaty": the joiner and
      // the joined are among them (past an adjective of region).
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const [noun, action] = i % 2 === 0 ? (["States Parties", "party"] as const) : (["signatories", "signed"] as const);
      return {
        text: `${capitalise(t.written)} entered into force in 2014. With this step ${a.written} joins ${b.written} and ${c.written} among the ${pick(rng, ["African", "Latin American", "Nordic"])} ${noun}.`,
        expected: rowsFor([a, b, c], action, t.id, "affirmed"),
      };
    }),
    ...generate(13012, 8, (rng, i) => {
      // Agent nouns with an owner or a contrast: "A and B are among its (115) States Parties", "among the Treaty's signatories";
      // "A is a signatory but not (yet) a party (to it)", "A is a signatory, not a Party".
      const t = pick(rng, TREATIES_ONLY);
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const intro = `${capitalise(t.written)} entered into force in 2014.`;
      switch (i % 4) {
        case 0:
          return {
            text: `${intro} ${capitalise(a.written)} and ${b.written} are among its ${pick(rng, ["", "115 "])}States Parties.`,
            expected: rowsFor([a, b], "party", t.id, "affirmed"),
          };
        case 1:
          return {
            text: `${intro} ${capitalise(a.written)} and ${b.written} are among the Treaty's signatories.`,
            expected: rowsFor([a, b], "signed", t.id, "affirmed"),
          };
        case 2:
          return {
            text: `${intro} ${capitalise(a.written)} is a signatory but not ${pick(rng, ["a party", "yet a party to it", "a party to it"])}.`,
            expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], "party", t.id, "negated")].sort(),
          };
        default:
          return {
            text: `${intro} Until then, ${a.written} is a signatory, not a Party.`,
            expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], "party", t.id, "negated")].sort(),
          };
      }
    }),
    ...generate(13011, 6, (rng, i) => {
      // "A became the 40th Contracting Party to X", "B will become a full Contracting Party to X in October".
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, STATES);
      if (i % 2 === 0)
        return {
          text: `${capitalise(a.written)} became the ${pick(rng, ["40th", "112th", "latest"])} Contracting Party to ${t.written} ${pick(rng, ["in 2021", "on 3 May 2024", "last year"])}.`,
          expected: rowsFor([a], "party", t.id, "affirmed"),
        };
      return {
        text: `${capitalise(a.written)} will become a ${pick(rng, ["full ", ""])}Contracting Party to ${t.written} in ${pick(rng, ["October 2025", "2026"])}.`,
        expected: rowsFor([a], "party", t.id, "planned"),
      };
    }),
    ...generate(13010, 5, (rng) => {
      // "A, B and C formed the Alliance in 2023. X was signed by the three Heads of State in July.": the states just counted.
      const t = pick(rng, TREATIES);
      const l = sample(rng, STATES, 3) as StateName[];
      const agent = pick(rng, ["the three Heads of State", "the three States", "the three Governments", "the three leaders"]);
      return {
        text: `${capitalise(listOf(l.map((a) => a.written)))} formed the Alliance in 2023. ${capitalise(t.written)} was signed by ${agent} in ${pick(rng, ["Niamey", "Lima", "Oslo"])} in July 2024.`,
        expected: rowsFor(l, "signed", t.id, "affirmed"),
      };
    }),
    ...generate(13009, 5, (rng) => {
      // "X was signed on that day, 14 February 1967, by fourteen States, among them A, B and C": a date in apposition before "by".
      const t = pick(rng, TREATIES);
      const l = sample(rng, STATES, 3) as StateName[];
      const day = 2 + Math.floor(rng() * 25);
      const year = 1960 + Math.floor(rng() * 50);
      const when = pick(rng, ["on that day", "on the same day", "on the opening day"]);
      return {
        text: `${capitalise(t.written)} was signed ${when}, ${day} February ${year}, by ${pick(rng, ["fourteen", "thirty"])} States, ${pick(rng, ["among them", "including"])} ${listOf(l.map((a) => a.written))}.`,
        expected: rowsFor(l, "signed", t.id, "affirmed"),
      };
    }),
    ...generate(13026, 6, (rng, i) => {
      // "Italy registered the ratification of X in 2021", "A has not yet completed the accession to X": an act noun its subject's
      // verb completes is the subject's act, with the polarity of its clause.
      const t = pick(rng, TREATIES_ONLY);
      const [a] = sample(rng, STATES, 1) as [StateName];
      const verb = pick(rng, ["registered", "completed", "lodged", "finalised"]);
      const [noun, action] = bindingNoun(rng);
      const negated = i % 3 === 2;
      return {
        text: `${capitalise(a.written)} ${negated ? "has not yet" : "has"} ${verb} the ${noun} of ${t.written}.`,
        expected: rowsFor([a], action, t.id, negated ? "negated" : "affirmed"),
      };
    }),
    ...generate(13028, 6, (rng, i) => {
      // "Canada completed its ratification (process) in 2017": the possessor's own act, done, on the instrument the text is about;
      // "has not yet completed its ratification" is not done.
      const t = pick(rng, TREATIES_ONLY);
      const [a] = sample(rng, STATES, 1) as [StateName];
      const [noun, action] = bindingNoun(rng);
      const negated = i % 3 === 2;
      const what = `${pick(rng, ["completed", "finalised"])} its ${noun}${pick(rng, ["", " process"])}`;
      return {
        text: `${capitalise(a.written)} signed ${t.written} in 2014. ${capitalise(a.written)} ${negated ? `has not yet ${what}` : `${what} in 2017`}.`,
        expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], action, t.id, negated ? "negated" : "affirmed")].sort(),
      };
    }),
    ...generate(13029, 6, (rng) => {
      // "X was signed on 16 March 2023 in Ankara during the Extraordinary Summit of the Organization of Turkic States by A, B and C": an
      // occasion after a day and a place still leads to the agent.
      const l = sample(rng, STATES, 3) as StateName[];
      const t = pick(rng, TREATIES_ONLY);
      const occasion = pick(rng, [
        "during the Extraordinary Summit of the Organization of Turkic States",
        "at the closing ceremony of the Fourth Ministerial Conference of the Region",
        "during the high-level segment of the annual session of the Council",
      ]);
      return {
        text: `${capitalise(t.written)} was signed on 16 March 2023 in ${pick(rng, ["Ankara", "Addis Ababa", "New York"])} ${occasion} by ${listOf(l.map((x) => x.written))}.`,
        expected: rowsFor(l, "signed", t.id, "affirmed"),
      };
    }),
    ...generate(13030, 4, (rng) => {
      // "signed … by President of A Jan Novak and Prime Minister of B Maria Silva": each titled State's holder is named after it,
      // and both States signed.
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const [h1, h2] = pick(rng, [
        ["Jan Novak", "Maria Silva"],
        ["Amina Diallo", "Tomas Berg"],
      ] as const);
      return {
        text: `${capitalise(t.written)} was signed in Geneva on 16 January 2025 by ${pick(rng, ["President", "Foreign Minister"])} of ${a.written} ${h1} and Prime Minister of ${b.written} ${h2}.`,
        expected: rowsFor([a, b], "signed", t.id, "affirmed"),
      };
    }),
    ...generate(13031, 8, (rng, i) => {
      // A party's own procedures completed are its ratification of the text the sentence before names ("A notified B that it had
      // completed its internal procedures", "… of the completion of its domestic procedures"); "has yet to complete its internal
      // procedures" is not done; procedures only described are no act.
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const kind = pick(rng, ["internal", "domestic"]);
      const signed = `${capitalise(a.written)} signed ${t.written} in 2014. `;
      const base = rowsFor([a], "signed", t.id, "affirmed");
      if (i % 4 === 0)
        return {
          text: `${signed}${capitalise(a.written)} notified ${b.written} in March that it had completed its ${kind} procedures.`,
          expected: [...base, ...rowsFor([a], "ratified", t.id, "affirmed")].sort(),
        };
      if (i % 4 === 1)
        return {
          text: `${signed}${capitalise(a.written)} notified ${b.written} of the completion of its ${kind} procedures on 3 March 2025.`,
          expected: [...base, ...rowsFor([a], "ratified", t.id, "affirmed")].sort(),
        };
      if (i % 4 === 2)
        return {
          text: `${signed}${capitalise(a.written)} has yet to complete its ${kind} procedures.`,
          expected: [...base, ...rowsFor([a], "ratified", t.id, "negated")].sort(),
        };
      return { text: `${signed}Its ${kind} procedures are complex, the Minister said.`, expected: base };
    }),
    ...generate(13032, 6, (rng) => {
      // A domestic text's passive is no act on the treaty: "A will send its notification once the law is signed".
      const a = pick(rng, STATES);
      const t = pick(rng, TREATIES_ONLY);
      const when = pick(rng, ["once the law is signed", "after the bill has been signed", "when the decree is signed", "as soon as the act is signed"]);
      return {
        text: `${capitalise(a.written)} signed ${t.written} in 2014. ${capitalise(a.written)} will send its notification ${when}.`,
        expected: rowsFor([a], "signed", t.id, "affirmed"),
      };
    }),
    ...generate(13033, 6, (rng) => {
      // A participle right after a name, with no agent ("the Treaty on X signed in Bonn on 17 June 1991"), dates the text's making;
      // the clause's subject did not sign it (nor the text named before).
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const name = `Treaty on ${pick(rng, ["Good Neighbourship", "River Navigation", "Border Cooperation"])}`;
      return {
        text: `The agreement is modelled on ${t.written}. ${capitalise(a.written)} and ${b.written} are bound by the ${name} ${pick(rng, ["signed", "ratified"])} in Bonn on 17 June 1991.`,
        expected: rowsFor([a, b], "party", name, "affirmed"),
      };
    }),
    ...generate(13034, 8, (rng, i) => {
      // "following the accessions of A and B", "we welcome the ratifications of A and B": a done act of the states named, on the
      // instrument the sentence names before it; not "The accession of A means …", nor A's act on what another clause names after.
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const [noun, action] = pick(rng, [
        ["accessions", "acceded"],
        ["ratifications", "ratified"],
      ] as const);
      if (i % 4 === 0)
        return {
          text: `${capitalise(t.written)} entered into force following the ${noun} of ${a.written} and ${b.written} in 2023.`,
          expected: rowsFor([a, b], action, t.id, "affirmed"),
        };
      if (i % 4 === 1)
        return {
          text: `On ${capitalise(t.written)}, we warmly welcome the ${noun} of ${a.written} and ${b.written} earlier this year.`,
          expected: rowsFor([a, b], action, t.id, "affirmed"),
        };
      if (i % 4 === 2)
        return {
          text: `${capitalise(c.written)} will accede to ${t.written}. The ${noun.replace(/s$/u, "")} of ${c.written} means that only five countries remain outside.`,
          expected: rowsFor([c], "acceded", t.id, "planned"),
        };
      return {
        text: `We welcome the accession of ${a.written} and congratulate ${b.written} on its ratification of ${u.written}.`,
        expected: rowsFor([b], "ratified", u.id, "affirmed"),
      };
    }),
    ...generate(13479, 12, (rng, i) => {
      // An act noun with a by-agent that is still awaited is to come: "X awaits ratification by A", "X still awaits its ratification by
      // A", "Ratification of X by A is still outstanding" (planned); "Ratification of X by A took place in 2019" is done.
      const [a] = sample(rng, STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const [noun, action] = bindingNoun(rng);
      const link = noun === "ratification" ? "of" : "to";
      if (i % 4 === 3)
        return { text: `${capitalise(noun)} ${link} ${t.written} by ${a.written} took place in 2019.`, expected: rowsFor([a], action, t.id, "affirmed") };
      const text = pick(rng, [
        `${capitalise(t.written)} ${pick(rng, ["awaits", "still awaits"])} ${noun} by ${a.written}.`,
        `${capitalise(t.written)} still awaits its ${noun} by ${a.written}.`,
        `${capitalise(noun)} ${link} ${t.written} by ${a.written} ${pick(rng, ["is still outstanding", "remains outstanding", "is still pending"])}.`,
      ]);
      return { text, expected: rowsFor([a], action, t.id, "planned") };
    }),
    ...generate(13481, 12, (rng, i) => {
      // "The instrument of ratification of A was received by the depositary on 3 April 2023", "… of A was registered on …", "… was
      // deposited on … by the Minister": A's act, on the text the sentence or the one before names; "has not yet been deposited" is not.
      const [a] = sample(rng, STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const [noun, action] = bindingNoun(rng);
      const lead = `${capitalise(t.written)} entered into force in 2014.`;
      if (i % 4 === 3)
        return {
          text: `${lead} The instrument of ${noun} of ${a.written} ${pick(rng, ["has not yet been deposited", "has not been received"])}.`,
          expected: rowsFor([a], action, t.id, "negated"),
        };
      const verb = pick(rng, [
        "was received by the depositary on 3 April 2023",
        "was registered on 19 January 2024",
        "was deposited on 22 January 2025 by the Minister of Justice",
        "was lodged with the Secretary-General on 5 May 2022",
      ]);
      return { text: `${lead} The instrument of ${noun} of ${a.written} ${verb}.`, expected: rowsFor([a], action, t.id, "affirmed") };
    }),
    ...generate(13485, 12, (rng, i) => {
      // A passive infinitive is still to come, as an active one: "X is to be signed by A in June", "X is due to be ratified by A",
      // "X needs to be ratified by A" (planned); a rank of the text makes it done: "X was the first treaty to be signed by A in 2013".
      // An act noun's stalled ratification is not done: "A's ratification of X stalled in 2019".
      const [a] = sample(rng, STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const [verb, action] = pick(rng, [
        ["signed", "signed"],
        ["ratified", "ratified"],
      ] as const);
      const T = capitalise(t.written);
      if (i % 4 === 3) return { text: `${T} was the first treaty to be ${verb} by ${a.written} in 2013.`, expected: rowsFor([a], action, t.id, "affirmed") };
      if (i % 4 === 2)
        return {
          text: `${capitalise(a.written)}'s ratification of ${t.written} ${pick(rng, ["stalled in 2019", "has stalled", "faltered in parliament"])}.`,
          expected: rowsFor([a], "ratified", t.id, "planned"),
        };
      const lead = pick(rng, ["is to be", "is due to be", "needs to be", "has yet to be"]);
      return {
        text: `${T} ${lead} ${verb} by ${a.written}${pick(rng, ["", " in June", " next year"])}.`,
        expected: rowsFor([a], action, t.id, lead === "has yet to be" ? "negated" : "planned"),
      };
    }),
    ...generate(13486, 12, (rng, i) => {
      // A register's act nouns "registered for" or "recorded for" states are those states' acts ("Ratifications of X were registered
      // for A and B on 21 November 2023"); "are expected for A and B" is no act.
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const [noun, link, action] = pick(rng, [
        ["Ratifications", "of", "ratified"],
        ["Accessions", "to", "acceded"],
      ] as const);
      if (i % 4 === 3) return { text: `${noun} ${link} ${t.written} are expected for ${a.written} and ${b.written}.`, expected: [] };
      const verb = pick(rng, ["were registered for", "were recorded for"]);
      return {
        text: `${noun} ${link} ${t.written} ${verb} ${a.written} and ${b.written} on 21 November 2023.`,
        expected: rowsFor([a, b], action, t.id, "affirmed"),
      };
    }),
    // A rank among an organisation's members: "A became the third member State of the Council of Europe to ratify X" (the
    // organisation is no actor), and those it came after did the same act, undated: ", after B and C". "A succeeded to X" (a new
    // State's succession) makes it a party.
    // A second passive after a text's adoption: "X was adopted … in May and was signed on the closing day by 30 States, among them
    // A, B and C" (the capital "May" after a lower-case word is the month, not a modal; a day named by its place in the event, "on
    // the closing day", "on that day", stands between the participle and its agent).
    ...generate(13517, 20, (rng, i) => {
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const adopted = i % 2 === 0 ? "was adopted in May" : "was adopted by the Diplomatic Conference";
      const day = pick(rng, ["on the closing day", "on the final day", "on that day", "on the same day"]);
      const agent = pick(rng, ["by 30 States, among them", "by 30 States, including", "by"]);
      return {
        text: `${capitalise(t.written)} ${adopted} and was signed ${day} ${agent} ${listOf([a, b, c].map((x) => x.written))}.`,
        expected: [
          ...rowsFor([a, b, c], "signed", t.id, "affirmed"),
          ...(i % 2 === 0 ? [] : rowsFor([{ name: "Diplomatic Conference", written: "the Diplomatic Conference" }], "adopted", t.id, "affirmed")),
        ].sort(),
      };
    }),
    ...generate(13492, 16, (rng, i) => {
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const org = pick(rng, ["the Council of Europe", "the African Union", "the Organization of American States", "the Pacific Islands Forum"]);
      const [verb, action] = pick(rng, [
        ["ratify", "ratified"],
        ["sign", "signed"],
        ["accede to", "acceded"],
      ] as const);
      if (i % 4 === 0)
        return {
          text: `On 22 April 2013, ${a.written} became the ${pick(rng, ["third", "fourth"])} member State of ${org} to ${verb} ${t.written}, after ${b.written} and ${c.written}.`,
          expected: [...rowsFor([a], action, t.id, "affirmed", "2013-04-22"), ...rowsFor([b, c], action, t.id, "affirmed", null)].sort(),
          dates: true,
        };
      if (i % 4 === 1)
        return {
          text: `${capitalise(a.written)} was the ${pick(rng, ["second", "fifth", "12th"])} State to ${verb} ${t.written} in 2014, after ${b.written}.`,
          expected: [...rowsFor([a], action, t.id, "affirmed"), ...rowsFor([b], action, t.id, "affirmed")].sort(),
        };
      if (i % 4 === 2)
        return {
          text: `${capitalise(a.written)} became the first member State of ${org} to ${verb} ${t.written}, ${pick(rng, ["after a long debate", "in 2014"])}.`,
          expected: rowsFor([a], action, t.id, "affirmed"),
        };
      return {
        text: `${capitalise(a.written)} ${pick(rng, ["succeeded to", "had already succeeded to"])} ${t.written} in 1993${pick(rng, ["", ", upon independence"])}.`,
        expected: rowsFor([a], "party", t.id, "affirmed", "1993"),
        dates: true,
      };
    }),
    ...generate(13535, 10, (rng, i) => {
      // "Signed in Washington on 1 December 1959 by the twelve original signatories: A, B": a status line that opens with the
      // participle says it of the text the passage is about; "Adopted by the Committee at its session" is no act of a State.
      const t = pick(rng, TREATIES_ONLY);
      const l = sample(rng, BARE_STATES, 2 + (i % 3));
      const [place, day, iso] = pick(rng, [
        ["Washington", "1 December 1959", "1959-12-01"],
        ["Geneva", "14 May 2019", "2019-05-14"],
        ["New York", "20 September 2017", "2017-09-20"],
      ] as const);
      const [verb, action] = pick(rng, [
        ["Signed", "signed"],
        ["Ratified", "ratified"],
      ] as const);
      const group = action === "signed" ? `the ${l.length === 2 ? "two" : l.length === 3 ? "three" : "four"} original signatories` : "the following States";
      const by = pick(rng, [`${group}: ${listOf(names(l))}`, listOf(names(l))]);
      const note = i % 2 === 0 ? "\n\nAdopted by the Committee at its eighty-third session (10-28 October 2022)." : "";
      return {
        text: `Status of ${t.written}\n\n${verb} in ${place} on ${day} by ${by}.${note}`,
        expected: rowsFor(l, action, t.id, "affirmed", iso),
        dates: true,
      };
    }),
    ...generate(13539, 10, (rng, i) => {
      // "co-sponsored [in Committee A] by a cross-regional group including A, B", "by a core group comprising A and B": the group's
      // listed members are the agents.
      const l = sample(rng, BARE_STATES, 2 + (i % 3));
      const number = `${70 + i}/${10 + i}`;
      const where = i % 2 === 0 ? " in the Third Committee" : "";
      const group = pick(rng, ["a cross-regional group including", "a core group comprising", "a coalition including"]);
      return {
        text: `Resolution ${number} was co-sponsored${where} by ${group} ${listOf(names(l))}.`,
        expected: rowsFor(l, "co-sponsored", `Resolution ${number}`, "affirmed"),
      };
    }),
    ...generate(13557, 20, (rng, i) => {
      // A bare deposit, "A and B deposited their instruments", "has not yet deposited its instrument", "the thirtieth instrument
      // was deposited by A": a consent to be bound of no stated kind, on the text the passage is about, with its polarity; not "a
      // legally binding instrument", an instrument of withdrawal, or one "for" a text no mention reads; after "A's accession to X,
      // whose instrument …" the accession itself.
      const t = pick(rng, TREATIES_ONLY);
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const opened = `${capitalise(t.written)} opened for signature in 2013.`;
      switch (i % 8) {
        case 0:
          return {
            text: `${opened} ${a.written} and ${b.written} ${pick(rng, ["deposited their instruments", "also deposited their instruments", "deposited instruments"])} on 3 May 2016.`,
            expected: rowsFor([a, b], "ratified", t.id, "affirmed", "2016-05-03"),
            dates: true,
          };
        case 1:
          return {
            text: `${opened} ${a.written} ${pick(rng, ["has not yet deposited its instrument", "has yet to deposit its instrument", "has not deposited an instrument"])}.`,
            expected: rowsFor([a], "ratified", t.id, "negated"),
          };
        case 2:
          return {
            text: `${opened} ${a.written} ${pick(rng, ["expects to deposit its instrument", "intends to deposit its instrument", "will deposit its own instrument"])} before the end of the year.`,
            expected: rowsFor([a], "ratified", t.id, "planned"),
          };
        case 3:
          return {
            text: `${opened} ${a.written} deposited the ${pick(rng, ["thirtieth", "fifteenth", "50th", "sixtieth"])} instrument in January 2020.`,
            expected: rowsFor([a], "ratified", t.id, "affirmed", "2020-01"),
            dates: true,
          };
        case 4:
          return {
            text: `${opened} Instruments were deposited by ${a.written} and ${b.written} in 2016.`,
            expected: rowsFor([a, b], "ratified", t.id, "affirmed", "2016"),
            dates: true,
          };
        case 5:
          return {
            text: `${capitalise(t.written)} is a legally binding instrument. ${a.written} deposited an instrument of ${pick(rng, ["withdrawal", "denunciation"])} from it in 2019.`,
            expected: [],
          };
        case 6:
          return {
            text: `We welcome ${a.written}'s accession to ${t.written}, whose instrument was deposited on 18 August 2025.`,
            expected: rowsFor([a], "acceded", t.id, "affirmed", "2025-08-18"),
            dates: true,
          };
        default:
          return {
            text: `${a.written} acceded to ${t.written} in 2019 but has ${pick(rng, ["deposited no instrument", "not deposited any instrument"])} for the amendment on transfers.`,
            expected: rowsFor([a], "acceded", t.id, "affirmed"),
          };
      }
    }),
    ...generate(13566, 12, (rng, i) => {
      // A bare deposit's limits: "(accession by A, ratification by B)" says each one's act; "the Conference welcomed the ratification
      // of X by A and B, whose instruments were deposited …" is no body's deposit; after "A accepted Y …, and B deposited its
      // instrument", B's is on Y, not on the text the passage is about.
      const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const opened = `${capitalise(t.written)} opened for signature in 2013.`;
      if (i % 3 === 0)
        return {
          text: `${opened} On 29 August 2022 ${a.written} and ${b.written} deposited their instruments (accession by ${a.written}, ratification by ${b.written}).`,
          expected: [...rowsFor([a], "acceded", t.id, "affirmed"), ...rowsFor([b], "ratified", t.id, "affirmed")].sort(),
        };
      if (i % 3 === 1)
        return {
          text: `The Conference welcomed the ratification of ${u.written} by ${a.written} and ${b.written}, whose instruments were deposited in March 2025.`,
          expected: rowsFor([a, b], "ratified", u.id, "affirmed"),
        };
      return {
        text: `${opened} ${capitalise(a.written)} ratified ${u.written} in June 2023, and ${b.written} deposited its instrument in 2024.`,
        expected: rowsFor([a, b], "ratified", u.id, "affirmed"),
      };
    }),
    ...generate(13558, 10, (rng) => {
      // "A will become a party only when its instrument is deposited": a deposit in the present tense under a condition is to come.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, BARE_STATES);
      const kind = pick(rng, ["instrument", "instrument of ratification"]);
      return {
        text: `${capitalise(t.written)} opened for signature in 2013. ${a.written} will be bound by it ${pick(rng, ["only when", "once", "when"])} its ${kind} is deposited.`,
        expected: rowsFor([a], "ratified", t.id, "planned"),
      };
    }),
    ...generate(13582, 12, (rng, i) => {
      // "As a State Party to X since 2014, A will …", "As a party to X, A supports …": the role the opening phrase gives the main
      // clause's subject; "A acted as a party to X" states no role of its own.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, BARE_STATES);
      const form = i % 3;
      if (form === 0)
        return {
          text: `As a ${pick(rng, ["State Party", "party", "Contracting Party"])} to ${t.written} since 2014, ${a.written} will ${pick(rng, ["promote its universalisation", "report on its exports", "host the next meeting"])}.`,
          expected: [`${a.name}|party|${t.id}|affirmed|2014`],
          dates: true,
        };
      if (form === 1)
        return {
          text: `As a party to ${t.written}, ${a.written} ${pick(rng, ["takes its obligations seriously", "reports every year", "will attend the conference"])}.`,
          expected: rowsFor([a], "party", t.id, "affirmed"),
        };
      return { text: `${capitalise(a.written)} ${pick(rng, ["acted", "spoke"])} as a party to ${t.written}.`, expected: [] };
    }),
    ...generate(13624, 12, (rng, i) => {
      // "X has not been signed by either A or B", "X was ratified by both A and B in 2014": the pair after its quantifier is the agent.
      const t = pick(rng, TREATIES_ONLY);
      const [a, b] = sample(
        rng,
        BARE_STATES.filter((x) => !x.written.includes(" and ")),
        2,
      ) as [StateName, StateName];
      if (i % 2 === 0) {
        const act = pick(rng, ["signed", "ratified"]);
        return {
          text: `${capitalise(t.written)} has ${pick(rng, ["not", "not yet", "still not"])} been ${act} by either ${a.written} or ${b.written}.`,
          expected: rowsFor([a, b], act, t.id, "negated"),
        };
      }
      const [verb, action] = pick(rng, [
        ["signed", "signed"],
        ["ratified", "ratified"],
      ] as const);
      return {
        text: `${capitalise(t.written)} was ${verb} by both ${a.written} and ${b.written} in 2014.`,
        expected: rowsFor([a, b], action, t.id, "affirmed"),
      };
    }),
  ];

  it("generates at least 20 cases", () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases.map((c) => [c.text, c] as const))("%s", (_name, c) => {
    expect(extractRows(c)).toEqual(c.expected);
  });
});
