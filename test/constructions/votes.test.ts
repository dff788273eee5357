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
  BARE_STATES,
} from "./generate";

/**
 * Construction family: votes. Voting in favour is `supported`; voting against, abstaining and
 * not participating are `supported` and negated. The instrument comes from the sentence or, when
 * the vote sentence names none, from the document's context; the adopting body's own act is
 * `adopted`; a count ("13 in favour") names no actor.
 */

const RESOLUTIONS = [
  { written: "resolution 1325 (2000)", id: "unsc-res-1325" },
  { written: "resolution 2467 (2019)", id: "unsc-res-2467" },
  { written: "resolution 1540 (2004)", id: "unsc-res-1540" },
  { written: "resolution 2118 (2013)", id: "unsc-res-2118" },
];
const BODIES = [
  { written: "The Security Council", name: "UN Security Council" },
  { written: "The General Assembly", name: "UN General Assembly" },
];
const few = (rng: Rng, min = 1, max = 4) => sample(rng, STATES, min + Math.floor(rng() * (max - min + 1)));
const names = (list: readonly StateName[]) => list.map((s) => s.written);
const adoption = (rng: Rng) => {
  const r = pick(rng, RESOLUTIONS);
  const b = pick(rng, BODIES);
  const how = pick(rng, ["by a vote of 13-0-2", "by a recorded vote of 120 in favour to 5 against", "by 14 votes to none", "without a vote"]);
  return { r, b, sentence: `${b.written} adopted ${r.written} ${how}.`, row: `${b.name}|adopted|${r.id}|affirmed` };
};

/**
 * "The Security Council adopted by consensus resolution 1325 (2000)", "… adopted by a recorded vote of 13 to none, with two
 * abstentions, resolution X": an active verb's "by" that opens a manner is no agent; "which the Council adopted by 13 votes" (its
 * object before) and the passive "X was adopted by consensus" keep their own readings.
 */
function mannerBeforeObject(rng: Rng): Case {
  const r = pick(rng, RESOLUTIONS);
  const manner = pick(rng, ["by consensus", "by acclamation", "by a recorded vote of 13 to none", "by 14 votes to none"]);
  return {
    text: `${pick(rng, ["Today the", "On Friday the", "The"])} Security Council adopted ${manner} ${r.written}.`,
    expected: [`UN Security Council|adopted|${r.id}|affirmed`],
  };
}

const TEMPLATES: Array<(rng: Rng) => Case> = [
  (rng) => {
    // A text's fate is not its tabling: "the Council rejected an amendment tabled by A (document S/2025/552)" — A tabled it.
    const [x] = few(rng, 1, 1) as [StateName];
    const fate = pick(rng, ["rejected", "blocked", "voted down"]);
    return {
      text: `Before the vote, the Council ${fate} an amendment tabled by ${x.written} (document S/2025/552).`,
      expected: rowsFor([x], "co-sponsored", "S/2025/552", "affirmed"),
    };
  },
  (rng) => {
    // A text named in a relative after the voters is not what they voted on ("…, as was D, which chaired the debate on resolution
    // 2118 (2013) a decade ago"): the vote is on the text the meeting adopted.
    const a = adoption(rng);
    const other = pick(
      rng,
      RESOLUTIONS.filter((r) => r.id !== a.r.id),
    );
    const l = few(rng, 3, 4);
    const last = l[l.length - 1] as StateName;
    return {
      text: `${a.sentence} ${capitalise(listOf(names(l.slice(0, -1))))} were among the abstentions, as was ${last.written}, which chaired the debate on ${other.written} a decade ago.`,
      expected: [a.row, ...rowsFor(l, "supported", a.r.id, "negated")].sort(),
    };
  },
  (rng) => {
    // "A and B voted no", "C voted yes", "D and E were among the abstainers"; the sponsor noun with its list ("The text drew 98
    // co-sponsors (among them A, B)", "Its other co-sponsors included C and D"), not "its" as a sponsoring actor.
    const a = adoption(rng);
    const [x, y, z] = few(rng, 3, 3) as [StateName, StateName, StateName];
    return pick(rng, [
      {
        text: `${a.sentence} ${capitalise(x.written)} and ${y.written} voted no, while ${z.written} voted yes.`,
        expected: [a.row, ...rowsFor([x, y], "supported", a.r.id, "negated"), ...rowsFor([z], "supported", a.r.id, "affirmed")].sort(),
      },
      {
        text: `${a.sentence} Among the members voting for the resolution were ${x.written}, ${y.written} and ${z.written}.`,
        expected: [a.row, ...rowsFor([x, y, z], "supported", a.r.id, "affirmed")].sort(),
      },
      {
        text: `${a.sentence} Voting yes were ${x.written} and ${y.written}; voting no was ${z.written}.`,
        expected: [a.row, ...rowsFor([x, y], "supported", a.r.id, "affirmed"), ...rowsFor([z], "supported", a.r.id, "negated")].sort(),
      },
      {
        text: `${a.sentence} ${capitalise(x.written)} and ${y.written} were among the abstainers.`,
        expected: [a.row, ...rowsFor([x, y], "supported", a.r.id, "negated")].sort(),
      },
      {
        text: `${a.sentence} The text drew 98 co-sponsors (among them ${x.written} and ${y.written}). Its other co-sponsors included ${z.written}.`,
        expected: [a.row, ...rowsFor([x, y, z], "co-sponsored", a.r.id, "affirmed")].sort(),
      },
    ]);
  },
  (rng) => {
    // A relative set off by commas between the voter and its vote ("A, which had proposed its own text, voted against it"); the
    // voter's companions ("together with B and C", "along with B") voted as it did; "did not vote" is a vote not cast.
    const a = adoption(rng);
    const [x, ...rest] = few(rng, 2, 4) as [StateName, ...StateName[]];
    const relative = pick(rng, ["which had proposed its own text", "which chairs the group this month", "whose delegation spoke first"]);
    return pick(rng, [
      {
        text: `${a.sentence} ${capitalise(x.written)}, ${relative}, voted against it ${pick(rng, ["together", "along"])} with ${listOf(names(rest))}.`,
        expected: [a.row, ...rowsFor([x, ...rest], "supported", a.r.id, "negated")].sort(),
      },
      {
        text: `${a.sentence} ${capitalise(x.written)}, ${relative}, voted in favour.`,
        expected: [a.row, ...rowsFor([x], "supported", a.r.id, "affirmed")].sort(),
      },
      {
        text: `${a.sentence} ${capitalise(listOf(names([x, ...rest])))} did not vote.`,
        expected: [a.row, ...rowsFor([x, ...rest], "supported", a.r.id, "negated")].sort(),
      },
    ]);
  },
  (rng) => {
    const a = adoption(rng);
    const l = few(rng, 2, 5);
    return {
      text: `${a.sentence} ${capitalise(listOf(names(l)))} voted against the resolution.`,
      expected: [a.row, ...rowsFor(l, "supported", a.r.id, "negated")].sort(),
    };
  },
  (rng) => {
    const a = adoption(rng);
    const l = few(rng, 2, 5);
    return {
      text: `${a.sentence} ${pick(rng, ["Abstentions included", "Abstaining were", "Those abstaining were"])} ${listOf(names(l))}.`,
      expected: [a.row, ...rowsFor(l, "supported", a.r.id, "negated")].sort(),
    };
  },
  (rng) => {
    const a = adoption(rng);
    const l = few(rng, 1, 1);
    return {
      text: `${a.sentence} ${capitalise(names(l)[0] as string)} voted in ${pick(rng, ["favour", "favor"])}.`,
      expected: [a.row, ...rowsFor(l, "supported", a.r.id, "affirmed")].sort(),
    };
  },
  (rng) => {
    const a = adoption(rng);
    const l = few(rng, 1, 3);
    return {
      text: `${a.sentence} ${capitalise(listOf(names(l)))} did not participate in the vote.`,
      expected: [a.row, ...rowsFor(l, "supported", a.r.id, "negated")].sort(),
    };
  },
  (rng) => {
    const a = adoption(rng);
    const l = few(rng, 1, 3);
    return { text: `${a.sentence} ${capitalise(listOf(names(l)))} abstained.`, expected: [a.row, ...rowsFor(l, "supported", a.r.id, "negated")].sort() };
  },
  (rng) => {
    const r = pick(rng, RESOLUTIONS);
    const l = few(rng, 1, 3);
    return { text: `${capitalise(listOf(names(l)))} voted in favour of ${r.written}.`, expected: rowsFor(l, "supported", r.id, "affirmed") };
  },
  (rng) => {
    const r = pick(rng, RESOLUTIONS);
    const b = pick(rng, BODIES);
    const against = few(rng, 2, 3);
    const abstain = sample(
      rng,
      STATES.filter((s) => !against.includes(s)),
      2,
    );
    const text = `${b.written} adopted ${r.written} by a recorded vote of 110 in favour to ${against.length} against (${names(against).join(", ")}), with 2 abstentions (${names(abstain).join(", ")}).`;
    return {
      text,
      expected: [
        `${b.name}|adopted|${r.id}|affirmed`,
        ...rowsFor(against, "supported", r.id, "negated"),
        ...rowsFor(abstain, "supported", r.id, "negated"),
      ].sort(),
    };
  },
  (rng) => {
    const a = adoption(rng);
    const yes = few(rng, 2, 3);
    const no = sample(
      rng,
      STATES.filter((s) => !yes.includes(s)),
      2,
    );
    const text = `${a.sentence} The voting was as follows:\nIn favour: ${names(yes).join(", ")}.\nAgainst: ${names(no).join(", ")}.`;
    return { text, expected: [a.row, ...rowsFor(yes, "supported", a.r.id, "affirmed"), ...rowsFor(no, "supported", a.r.id, "negated")].sort() };
  },
  (rng) => {
    // A list on the line after its introduction ("The following delegations voted against:\nA, B, C, D."), a vote with its object
    // before the copula ("Voting in favour of the text were A, B"), "were, among others, A, B".
    const a = adoption(rng);
    const yes = few(rng, 2, 3);
    const rest = STATES.filter((s) => !yes.includes(s));
    const no = sample(rng, rest, 4);
    const abstaining = sample(
      rng,
      rest.filter((s) => !no.includes(s)),
      2,
    );
    const absent = sample(
      rng,
      rest.filter((s) => !no.includes(s) && !abstaining.includes(s)),
      2,
    );
    const text = `${a.sentence}\n\n${pick(rng, ["Two", "Several"])} delegations — ${listOf(names(absent))} — did not take part in the vote.\n\nThe following delegations voted against:\n${names(no).join(", ")}, Micronesia (Federated States of), Monaco.\n\nVoting in favour of the text were ${listOf(names(yes))}. ${pick(rng, [`Abstaining were, among others, ${listOf(names(abstaining))}.`, `Abstentions came from a further 15 delegations (including ${listOf(names(abstaining))}).`])}`;
    return {
      text,
      expected: [
        a.row,
        ...rowsFor(yes, "supported", a.r.id, "affirmed"),
        ...rowsFor([...no, ...abstaining, ...absent], "supported", a.r.id, "negated"),
        `Micronesia|supported|${a.r.id}|negated`,
        `Monaco|supported|${a.r.id}|negated`,
      ].sort(),
    };
  },
  (rng) => {
    // A recorded vote whose headings carry their counts in brackets: "In favour (20): A, B", "Abstentions (3): C".
    const a = adoption(rng);
    const [yes, no, abstaining] = [few(rng, 2, 3), [] as StateName[], [] as StateName[]];
    const rest = STATES.filter((s) => !yes.includes(s));
    no.push(...sample(rng, rest, 2));
    abstaining.push(
      ...sample(
        rng,
        rest.filter((s) => !no.includes(s)),
        2,
      ),
    );
    const text = `${a.sentence} The result of the vote was as follows:\nIn favour (${yes.length}): ${names(yes).join(", ")}.\nAgainst (${no.length}): ${names(no).join(", ")}.\n${pick(rng, ["Abstentions", "Abstaining"])} (${abstaining.length}): ${names(abstaining).join(", ")}.`;
    return {
      text,
      expected: [a.row, ...rowsFor(yes, "supported", a.r.id, "affirmed"), ...rowsFor([...no, ...abstaining], "supported", a.r.id, "negated")].sort(),
    };
  },
  (rng) => {
    const r = pick(rng, RESOLUTIONS);
    const b = pick(rng, BODIES);
    const l = few(rng, 2, 2);
    return {
      text: `${b.written} adopted ${r.written} by 13 votes in favour, with ${listOf(names(l))} abstaining.`,
      expected: [`${b.name}|adopted|${r.id}|affirmed`, ...rowsFor(l, "supported", r.id, "negated")].sort(),
    };
  },
  (rng) => {
    // Near miss: counts name no actor.
    const a = adoption(rng);
    return {
      text: `${a.sentence} There were ${pick(rng, ["13 votes in favour", "141 votes in favour, 5 against and 35 abstentions", "two abstentions"])}.`,
      expected: [a.row],
    };
  },
  (rng) => {
    // Voting to adopt is voting in favour, also for a member of a counted group.
    const r = pick(rng, RESOLUTIONS);
    const [a] = few(rng, 1, 1) as [StateName];
    const how = pick(rng, [
      `${capitalise(a.written)} voted ${pick(rng, ["to adopt", "for"])} ${r.written}.`,
      `${capitalise(a.written)} was among ${100 + Math.floor(rng() * 80)} nations that voted to adopt ${r.written}.`,
      `${capitalise(a.written)} took part in the negotiations and was among the states that voted for ${r.written}.`,
    ]);
    return { text: how, expected: rowsFor([a], "supported", r.id, "affirmed") };
  },
  (rng) => {
    // A voting sheet's result lines: a text adopted or carried is the body's adoption; a lost vote is none.
    const r = pick(rng, RESOLUTIONS);
    const ga = { written: pick(rng, ["General Assembly", "GA"]), name: "UN General Assembly" };
    const fc = { written: "First Committee", name: "UN General Assembly First Committee" };
    const body = pick(rng, [ga, fc]);
    const result = pick(rng, [
      ["Adopted without a vote", true],
      ["Adopted Without a Vote", true],
      [`${100 + Math.floor(rng() * 60)}-${Math.floor(rng() * 9)}-${Math.floor(rng() * 40)}`, true],
      [`Yes-${100 + Math.floor(rng() * 60)}; No-${Math.floor(rng() * 9)}; Abstain-${Math.floor(rng() * 40)}`, true],
      ["Yes-12; No-95; Abstain-40", false],
    ] as const);
    const text = `${r.written}\n${pick(rng, ["Voting result in", "View Voting Result in", "Vote result in"])} ${body.written}: ${result[0]}`;
    return { text, expected: result[1] ? [`${body.name}|adopted|${r.id}|affirmed`] : [] };
  },
  (rng) => {
    // A coalition named before a colon: its members after the colon are the sponsors, not the coalition.
    const r = pick(rng, RESOLUTIONS);
    const l = few(rng, 3, 5);
    const coalition = pick(rng, ["The New Agenda Coalition", "The African Union", "The European Union"]);
    return { text: `Draft ${r.written}. Lead country sponsors: ${coalition}: ${listOf(names(l))}.`, expected: rowsFor(l, "co-sponsored", r.id, "affirmed") };
  },
  (rng) => {
    // Penholders are the drafters: co-sponsors of the resolution they hold the pen on.
    const r = pick(rng, RESOLUTIONS);
    const l = few(rng, 2, 3);
    return {
      text: `I take the floor on behalf of ${listOf(names(l), true)} as co-penholders of ${r.written}.`,
      expected: rowsFor(l, "co-sponsored", r.id, "affirmed"),
    };
  },
  (rng) => {
    // A vote verb over coordinated objects: each vote word takes its own object ("voted in favour of R1 but against R2");
    // a vote on an amendment or a motion is not a vote on the instrument.
    const [r1, r2] = sample(rng, RESOLUTIONS, 2) as [(typeof RESOLUTIONS)[number], (typeof RESOLUTIONS)[number]];
    const l = few(rng, 1, 3);
    const conj = pick(rng, ["but", "and"]);
    const part = pick(rng, ["the amendment", "the oral amendment", "the no-action motion", "the proposed amendments", "operative paragraph 5"]);
    const forms: Array<[string, string[]]> = [
      [
        `voted ${pick(rng, ["in favour of", "for"])} ${r1.written} ${conj} against ${r2.written}`,
        [...rowsFor(l, "supported", r1.id, "affirmed"), ...rowsFor(l, "supported", r2.id, "negated")],
      ],
      [
        `voted against ${r1.written} ${conj} in favour of ${r2.written}`,
        [...rowsFor(l, "supported", r1.id, "negated"), ...rowsFor(l, "supported", r2.id, "affirmed")],
      ],
      [`voted against ${part} ${conj} in favour of ${r1.written}`, rowsFor(l, "supported", r1.id, "affirmed")],
      [`voted against ${part} to ${r1.written}`, []],
    ];
    const [predicate, expected] = pick(rng, forms);
    return { text: `${capitalise(listOf(names(l)))} ${predicate}.`, expected: [...expected].sort() };
  },
  (rng) => {
    // A subject with companions, closed by a comma: "A, together with B and C, voted against R".
    const r = pick(rng, RESOLUTIONS);
    const l = few(rng, 2, 4);
    const [verb, polarity] = pick(rng, [
      ["voted against", "negated"],
      ["voted in favour of", "affirmed"],
      ["abstained on", "negated"],
    ] as const);
    const lead = pick(rng, ["together with", "along with", "alongside"]);
    return {
      text: `${capitalise(names(l)[0] as string)}, ${lead} ${listOf(names(l.slice(1)))}, ${verb} ${r.written}.`,
      expected: rowsFor(l, "supported", r.id, polarity),
    };
  },
  (rng) => {
    // A lead that adopts "a resolution on the matter" and names the text only in the next sentence, by its symbol: the
    // reference is to that text, and so are the votes in brackets (the call to respect the Charter is a call to comply: no record).
    const symbol = pick(rng, ["A/78/L.5", "A/79/L.12", "A/C.3/78/L.40", "A/77/L.8"]);
    const l = few(rng, 4, 6);
    const [against, abstaining, sponsor] = [l.slice(0, 2), l.slice(2, l.length - 1), l.slice(-1)];
    const noun = pick(rng, ["matter", "issue", "subject", "question"]);
    return {
      text:
        `The General Assembly today adopted a resolution on the ${noun} by a recorded vote of 150 in favour to ${against.length} against ` +
        `(${listOf(names(against), false, ",").replace(" , ", ", ")}), with ${abstaining.length} abstentions (${names(abstaining).join(", ")}). ` +
        `By the text titled "Cooperation on the ${pick(rng, ["prevention of statelessness", "return of cultural property", "protection of journalists"])}" ` +
        `(document ${symbol}), submitted by ${(sponsor[0] as StateName).written}, the Assembly called upon all States to respect the Charter of the United Nations.`,
      expected: [
        `UN General Assembly|adopted|${symbol}|affirmed`,
        ...rowsFor(against, "supported", symbol, "negated"),
        ...rowsFor(abstaining, "supported", symbol, "negated"),
        ...rowsFor(sponsor, "co-sponsored", symbol, "affirmed"),
      ].sort(),
    };
  },
  (rng) => {
    // A vote stated without its text takes the resolution named before it, not a treaty the resolution mentions in passing.
    const symbol = pick(rng, ["A/78/L.5", "A/79/L.12", "A/C.1/78/L.56"]);
    const t = pick(rng, TREATIES);
    const l = few(rng, 2, 4);
    const [verb, polarity] = pick(rng, [
      ["did not take part in the vote", "negated"],
      ["abstained", "negated"],
      ["voted against", "negated"],
      ["voted in favour", "affirmed"],
    ] as const);
    return {
      text: `The draft (${symbol}) recalls the obligations of States under ${t.written}. ${capitalise(listOf(names(l)))} ${verb}.`,
      expected: rowsFor(l, "supported", symbol, polarity),
    };
  },
  (rng) => {
    // Adoption by a body the lexicon does not list, named after "by" or as the subject: the body as written.
    const t = pick(rng, TREATIES);
    const body = pick(rng, [
      "International Labour Conference",
      "Committee of Ministers of the Council of Europe",
      "Fifty-sixth World Health Assembly",
      "Assembly of the International Civil Aviation Organization",
      "Commonwealth Law Ministers",
      "Diplomatic Conference",
    ]);
    const when = pick(rng, ["in June 2019", "at its 100th Session", "on 16 June 2011", "in Geneva"]);
    const active = rng() < 0.5;
    return {
      text: active
        ? `${pick(rng, ["Twenty years ago, the", "In 2003 the", "The"])} ${body} ${pick(rng, ["unanimously ", "formally ", ""])}adopted ${t.written}.`
        : `${capitalise(t.written)} was adopted by ${body.startsWith("Commonwealth") ? "" : "the "}${body} ${when}.`,
      expected: [`${body}|adopted|${t.id}|affirmed`],
    };
  },
  (rng) => {
    // "The Meeting adopted X", "the Forum today adopted X": one head word stands for the body the text last named with it, as
    // written; a time word between the body and its verb is no part of either ("the World Health Assembly today adopted").
    const t = pick(rng, TREATIES);
    const [named, ref] = pick(rng, [
      ["Ninth Meeting of the Parties to the Convention on Migratory Birds", "Meeting"],
      ["Regional Forum of the Union for the Mediterranean", "Forum"],
      ["Ibero-American Summit of Heads of State", "Summit"],
    ] as const);
    const adverb = pick(rng, ["", "today ", "also ", "formally "]);
    return {
      text: `The ${named} opened in ${pick(rng, ["Lisbon", "Dakar", "Quito"])} on Monday. The ${ref} ${adverb}adopted ${t.written}.`,
      expected: [`${named}|adopted|${t.id}|affirmed`],
    };
  },
  (rng) => {
    // A resolution adopted without an agent ("by a recorded vote", "without a vote", ", which was adopted unanimously") is the
    // adopting body's that the text speaks of; a treaty adopted without an agent names no one.
    const r = pick(rng, RESOLUTIONS);
    const how = pick(rng, [
      "was adopted by a recorded vote of 13 in favour to none against",
      "was adopted without a vote",
      "was unanimously adopted on Monday",
      "was adopted by 14 votes to none",
    ]);
    const t = pick(rng, TREATIES);
    return {
      text: `The Security Council met on ${pick(rng, ["Monday", "Friday"])} to discuss the situation. ${capitalise(r.written)}, on the protection of civilians, ${how}. ${capitalise(t.written)} was adopted in June 2023.`,
      expected: [`UN Security Council|adopted|${r.id}|affirmed`],
    };
  },
  (rng) => {
    // A relative after a delegate phrase: "The representative of A, which voted in favour, said …"; "all of which" takes the whole list.
    const a = adoption(rng);
    const l = few(rng, 1, 3);
    const [verb, polarity] = pick(rng, [
      ["voted in favour", "affirmed"],
      ["also voted in favour", "affirmed"],
      ["voted against", "negated"],
      ["abstained", "negated"],
    ] as const);
    const [subject, voters] =
      l.length > 1
        ? [`The representatives of ${listOf(names(l))}, ${pick(rng, ["all of which", "all of whom"])}`, l]
        : pick(rng, [
            [`The representative of ${(l[0] as StateName).written}, which`, l],
            [`${capitalise((l[0] as StateName).written)}'s delegate, who`, l],
          ] as const);
    return {
      text: `${a.sentence} ${subject} ${verb}, said the text was ${pick(rng, ["balanced", "long overdue", "flawed"])}.`,
      expected: [a.row, ...rowsFor(voters, "supported", a.r.id, polarity)].sort(),
    };
  },
  (rng) => {
    // A vote list after a description and a dash ("Voting in favour were the 10 elected members that had drafted it — A, B —"),
    // and "were those of" ("Among the eight abstentions were those of A and B").
    const a = adoption(rng);
    const l = few(rng, 2, 4);
    const [b] = few(rng, 1, 1).filter((x) => !l.includes(x)) as [StateName?];
    const form = rng() < 0.5;
    return {
      text: form
        ? `${a.sentence} Voting in favour were the ${l.length} elected members that had drafted it — ${listOf(names(l))} — while ${b ? b.written : "no one"} voted against.`
        : `${a.sentence} Among the ${l.length} abstentions were those of ${listOf(names(l))}.`,
      expected: [
        a.row,
        ...rowsFor(l, "supported", a.r.id, form ? "affirmed" : "negated"),
        // (The members that had drafted it co-authored it: co-sponsors.)
        ...(form ? rowsFor(l, "co-sponsored", a.r.id, "affirmed") : []),
        ...(form && b ? rowsFor([b], "supported", a.r.id, "negated") : []),
      ].sort(),
    };
  },
  (rng) => {
    // A vote count's list after an introducer: "with 11 abstentions, among them A, B", "3 against, including A".
    const a = adoption(rng);
    const l = few(rng, 2, 3);
    const intro = pick(rng, ["among them", "including", "namely"]);
    return {
      text: `${a.b.written} adopted ${a.r.written} by a recorded vote of 124 in favour to ${pick(rng, [`none against, with 11 abstentions, ${intro}`, `3 against, ${intro}`])} ${listOf(names(l))}.`,
      expected: [a.row, ...rowsFor(l, "supported", a.r.id, "negated")].sort(),
    };
  },
  (rng) => {
    // A counted subject of a vote, its members listed after it: "Twenty-one delegations did not take part in the vote, among them
    // A, B", "Nine States abstained, including A and B".
    const a = adoption(rng);
    const l = few(rng, 2, 4);
    const [predicate, polarity] = pick(rng, [
      ["did not take part in the vote", "negated"],
      ["abstained", "negated"],
      ["voted against", "negated"],
    ] as const);
    return {
      text: `${a.sentence} ${pick(rng, ["Twenty-one delegations", "Nine States", "Several countries"])} ${predicate}, ${pick(rng, ["among them", "including"])} ${listOf(names(l))}.`,
      expected: [a.row, ...rowsFor(l, "supported", a.r.id, polarity)].sort(),
    };
  },
  (rng) => {
    // A participle shares its clause's subject: the body adopted, not the name inside what it authorized.
    const r = pick(rng, RESOLUTIONS);
    const b = pick(rng, BODIES);
    const [other] = few(rng, 1, 1) as [StateName];
    const clause = pick(rng, [
      `authorized Member States to help ${other.written} restore security`,
      `renewed the sanctions regime on ${other.written} for another year`,
      `extended the mandate of its mission in ${other.written}`,
    ]);
    return {
      text: `${b.written} ${pick(rng, ["today ", "this morning ", ""])}${clause}, ${pick(rng, ["", "unanimously "])}adopting ${r.written}${pick(rng, ["", " by a vote of 13-0-2"])}.`,
      expected: [`${b.name}|adopted|${r.id}|affirmed`],
    };
  },
  (rng) => {
    // A vote that names no text is on the text the meeting adopted, on the meeting's day; not on an older resolution the report
    // mentions in between (its symbol dates it to an earlier year).
    const year = 2015 + Math.floor(rng() * 10);
    const day = 1 + Math.floor(rng() * 27);
    const number = 2700 + Math.floor(rng() * 90);
    const today = `resolution ${number} (${year})`;
    const older = `resolution ${number - 40 - Math.floor(rng() * 30)} (${year - 1 - Math.floor(rng() * 3)})`;
    const l = few(rng, 2, 4);
    const b = pick(rng, BODIES);
    const between = pick(rng, [
      `The text builds on the framework set out in ${older}.`,
      `It recalls ${older} on the same question.`,
      `The mission replaces the one established by ${older}.`,
    ]);
    const [vote, polarity] = pick(rng, [
      [`${capitalise(listOf(names(l)))} voted in favour.`, "affirmed"],
      [`Voting in favour were ${listOf(names(l))}.`, "affirmed"],
      [`${capitalise(listOf(names(l)))} abstained.`, "negated"],
      [`Voting against were ${listOf(names(l))}.`, "negated"],
    ] as const);
    return {
      head: `Meetings coverage\n\n${day} March ${year}\n\n`,
      dates: true,
      text: `${b.written} today adopted ${today} by a recorded vote. ${between} ${vote}`,
      expected: [
        `${b.name}|adopted|${today}|affirmed|${year}-03-${String(day).padStart(2, "0")}`,
        ...rowsFor(l, "supported", today, polarity, `${year}-03-${String(day).padStart(2, "0")}`),
      ].sort(),
    };
  },
  (rng) => {
    // "Security Council resolution N, adopted on <day>": the body its name gives adopted it, that day; the vote the report lists
    // afterwards is on the text its own meeting adopted (named by its title), not on that one.
    const year = 2015 + Math.floor(rng() * 10);
    const day = 10 + Math.floor(rng() * 18);
    const earlier = day - 1 - Math.floor(rng() * 8);
    const number = 2600 + Math.floor(rng() * 90);
    const title = pick(rng, ["Situation in the Sahel", "Protection of civilians", "Humanitarian access"]);
    const symbol = `A/ES-${10 + Math.floor(rng() * 3)}/L.${1 + Math.floor(rng() * 9)}`;
    const inFavour = few(rng, 2, 4);
    const against = sample(
      rng,
      STATES.filter((x) => !inFavour.includes(x)),
      1 + Math.floor(rng() * 2),
    );
    const iso = (d: number) => `${year}-05-${String(d).padStart(2, "0")}`;
    const text = `The Assembly then took up the resolution "${title}" (document ${symbol}).`;
    return {
      head: `Meetings coverage\n\n${day} May ${year}\n\n`,
      dates: true,
      text: `${text} The session had been convened under Security Council resolution ${number} (${year}), adopted on ${earlier} May.\n\nIn favour: ${listOf(names(inFavour))}.\n\nAgainst: ${listOf(names(against))}.`,
      // The rows name the text as the extractor writes it (no catalog id), so they are matched on the title.
      expected: [
        `UN Security Council|adopted|Security Council resolution ${number} (${year})|affirmed|${iso(earlier)}`,
        ...rowsFor(inFavour, "supported", `resolution "${title}" (document ${symbol})`, "affirmed", iso(day)),
        ...rowsFor(against, "supported", `resolution "${title}" (document ${symbol})`, "negated", iso(day)),
      ].sort(),
    };
  },
  (rng) => {
    // A bracketed symbol names the resolution ("The resolution (A/HRC/57/L.23)"); an amendment rejected before the vote is not
    // what "the vote on the resolution" and the recorded vote after it are on. (Its proposer co-sponsored the amendment.)
    const session = 50 + Math.floor(rng() * 9);
    const resolution = `resolution (A/HRC/${session}/L.${10 + Math.floor(rng() * 20)})`;
    const amendment = `A/HRC/${session}/L.${40 + Math.floor(rng() * 20)}`;
    const [proposer] = few(rng, 1, 1) as [StateName];
    const inFavour = sample(
      rng,
      STATES.filter((x) => x !== proposer),
      2 + Math.floor(rng() * 3),
    );
    return {
      text: `The ${resolution} was adopted by a recorded vote. Before the vote, the Council rejected ${pick(rng, ["an amendment", "the amendment"])} (${amendment}) proposed by ${proposer.written}. The recorded vote on the resolution was requested by ${proposer.written}.\n\nIn favour: ${listOf(names(inFavour))}.\n\nAgainst: ${proposer.written}.`,
      expected: [
        `UN Human Rights Council|adopted|${resolution}|affirmed`,
        ...rowsFor(inFavour, "supported", resolution, "affirmed"),
        ...rowsFor([proposer], "supported", resolution, "negated"),
        ...rowsFor([proposer], "co-sponsored", `amendment (${amendment})`, "affirmed"),
      ].sort(),
      head: "Human Rights Council\n\nMeeting summary\n\n",
    };
  },
  (rng) => {
    // "…, as did A and B", "…, as were A and B": the states named after the vote voted the same way, whoever the subject is.
    const a = adoption(rng);
    const l = few(rng, 3, 5);
    const [first, ...rest] = l as [StateName, ...StateName[]];
    const [verb, polarity, aux] = pick(rng, [
      ["voted in favour", "affirmed", "did"],
      ["abstained", "negated", "did"],
      ["voted against", "negated", "did"],
      ["were among the abstentions", "negated", "were"],
    ] as const);
    const generic = rng() < 0.5 && verb !== "were among the abstentions";
    const subject = generic ? pick(rng, ["The 27 members of the European Union", "Most Latin American delegations"]) : capitalise(first.written);
    return {
      text: `${a.sentence} ${subject} ${verb}, as ${aux} ${listOf(names(rest))}.`,
      expected: [a.row, ...rowsFor(generic ? rest : l, "supported", a.r.id, polarity)].sort(),
    };
  },
  (rng) => {
    // Near miss: a vote on a text named only by an indefinite description ("abstained on a Security Council draft") is not a
    // vote on the text the report is about.
    const a = adoption(rng);
    const [x] = few(rng, 1, 1) as [StateName];
    return {
      text: `${a.sentence} ${capitalise(x.written)}, which ${pick(rng, ["abstained on", "voted against", "voted in favour of"])} ${pick(rng, ["a Security Council draft", "an earlier text", "another resolution"])} two weeks ago, spoke after the vote.`,
      expected: [a.row],
    };
  },
  (rng) => {
    // A veto is a permanent member's vote against; the votes the same sentence reports share its date ("…, with A and B
    // abstaining"); a few words of time may stand between the subject and the verb ("had on Sept. 30 vetoed").
    const year = 2015 + Math.floor(rng() * 10);
    const symbol = `S/${year}/${700 + Math.floor(rng() * 90)}`;
    const [vetoer] = sample(rng, STATES, 1) as [StateName];
    const abstaining = sample(
      rng,
      STATES.filter((x) => x !== vetoer),
      2 + Math.floor(rng() * 2),
    );
    const opening = pick(rng, [
      `${capitalise(vetoer.written)} had on Sept. 30 vetoed`,
      `On 30 September ${vetoer.written} vetoed`,
      `${capitalise(vetoer.written)} on 30 September vetoed`,
    ]);
    return {
      head: `Wire\n\n12 October ${year}\n\n`,
      dates: true,
      text: `${opening} draft resolution ${symbol}, with ${listOf(names(abstaining))} abstaining.`,
      expected: rowsFor([vetoer, ...abstaining], "supported", `draft resolution ${symbol}`, "negated", `${year}-09-30`),
    };
  },
  (rng) => {
    // A resolution the text dates to another day where it names it ("resolution 68/262 of 27 March 2014") is not the text of the
    // day's vote.
    const year = 2015 + Math.floor(rng() * 10);
    const l = few(rng, 2, 3);
    return {
      head: `Meetings coverage\n\n12 October ${year}\n\n`,
      text: `The General Assembly today adopted resolution ES-11/4 by a recorded vote. It recalled resolution 68/262 of 27 March 2014 on the same question. ${capitalise(listOf(names(l)))} voted in favour.`,
      expected: ["UN General Assembly|adopted|resolution ES-11/4|affirmed", ...rowsFor(l, "supported", "resolution ES-11/4", "affirmed")].sort(),
    };
  },
  (rng) => {
    // A report's agentless adoption of the day's text, and votes on it by reference ("all voted for it"), are dated by the
    // report's date when the sentence gives none.
    const year = 2015 + Math.floor(rng() * 10);
    const day = 10 + Math.floor(rng() * 18);
    const number = 2600 + Math.floor(rng() * 90);
    const resolution = `Resolution ${number} (${year})`;
    const l = few(rng, 3, 5);
    const iso = `${year}-12-${day}`;
    return {
      head: `Security Council Renews Sanctions Regime\n\nSC/${number} — ${day} December ${year} — Meeting (PM)\n\n`,
      dates: true,
      text: `${resolution}, drafted by the penholders, was adopted ${pick(rng, ["with 15 votes in favour", "by a vote of 15 in favour to none against", "unanimously"])}. The Council's members — ${listOf(names(l))} — all voted for it.`,
      expected: [`UN Security Council|adopted|${resolution}|affirmed|${iso}`, ...rowsFor(l, "supported", resolution, "affirmed", iso)].sort(),
    };
  },
  (rng) => {
    // "…, as they had for resolutions X and Y earlier in the year": the same voters voted the same way on the texts named, in
    // the document's year; the vote on "it" is the day's.
    const year = 2015 + Math.floor(rng() * 10);
    const n = 2500 + Math.floor(rng() * 90);
    const l = few(rng, 2, 4);
    const [x, y] = [`resolution ${n - 20} (${year})`, `resolution ${n - 10} (${year})`];
    const today = `resolution ${n} (${year})`;
    const day = `${year}-12-15`;
    return {
      head: `Meetings coverage\n\n15 December ${year}\n\n`,
      dates: true,
      text: `The Security Council today adopted ${today}. The Council's members — ${listOf(names(l))} — all voted for it, as they had for ${x} and ${y} ${pick(rng, ["earlier in the year", "earlier this year"])}.`,
      expected: [
        `UN Security Council|adopted|${today}|affirmed|${day}`,
        ...rowsFor(l, "supported", today, "affirmed", day),
        ...rowsFor(l, "supported", x, "affirmed", String(year)),
        ...rowsFor(l, "supported", y, "affirmed", String(year)),
      ].sort(),
    };
  },
  (rng) => {
    // Near misses: a domestic body's approval is no adoption; "since it was adopted" after another subject is no one's act here.
    const t = pick(rng, TREATIES);
    return {
      text: pick(rng, [
        `The National Assembly approved the ratification of ${t.written} in 2019.`,
        `The Federal Council adopted ${t.written} as a priority.`,
        `${capitalise(t.written)} has been ratified by only 52 States since it was adopted in 2011.`,
      ]),
      expected: [],
    };
  },
  (rng) => {
    // Near miss: a state that "adopted the convention text" took a domestic step; adoption is a body's act.
    const t = pick(rng, TREATIES);
    const [a] = few(rng, 1, 1) as [StateName];
    return {
      text: `${capitalise(a.written)} adopted ${pick(rng, ["the text of ", "the national law implementing ", ""])}${t.written} in ${1990 + Math.floor(rng() * 30)}.`,
      expected: [],
    };
  },
];

/**
 * A conference's numbered proposals ("Prop. 5", "Proposal 12"): a roll call's headed lists vote on the one named before, "proposed
 * by A" is A's sponsorship of it, and "proposed by A" after anything that is no text ("Eurasian lynx (Appendix II)") is nothing.
 */
function numberedProposals(rng: Rng, i: number): Case {
  const [a, b, c, d, e] = sample(rng, STATES, 5) as [StateName, StateName, StateName, StateName, StateName];
  const n = 2 + Math.floor(rng() * 60);
  const name = i % 2 === 0 ? `Prop. ${n}` : `Proposal ${n}`;
  if (i % 3 === 2)
    return {
      text: `Among the listings discussed: Eurasian lynx (Appendix II), proposed by ${a.written} and ${b.written}; Pallas's cat (Appendix I), proposed by ${c.written}.`,
      expected: [],
    };
  const second = name.replace(String(n), String(n + 1));
  return {
    text: `${capitalise(a.written)}'s proposal (${name}) was rejected, 24 votes in favour to 83 against, with 12 abstentions. In favour: ${listOf([b.written, c.written])}, among others. Against: ${d.written}, among others.\n\n${second}, proposed by ${e.written}, was ${pick(rng, ["adopted by consensus", "withdrawn"])}.`,
    expected: [
      ...rowsFor([b, c], "supported", name, "affirmed"),
      ...rowsFor([d], "supported", name, "negated"),
      ...rowsFor([e], "co-sponsored", second, "affirmed"),
    ].sort(),
  };
}

/** "draft resolution A/C.1/80/L.41" named first: "the vote on draft resolution L.41", or a bare "L.41", is that draft by its full symbol. */
function shortSymbols(rng: Rng, i: number): Case {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const session = 70 + Math.floor(rng() * 10);
  const n = 10 + Math.floor(rng() * 80);
  const full = `draft resolution A/C.1/${session}/L.${n}`;
  if (i % 3 === 2)
    return {
      // "proud to co-sponsor L.12 and would co-sponsor the text again": done, and to be repeated (no hedge, no second record).
      text: `Explanation of vote after the vote on ${full}\n\n${capitalise(a.written)}'s delegate said her country was proud to co-sponsor L.${n} and would co-sponsor the text again in plenary.`,
      expected: rowsFor([a], "co-sponsored", full, "affirmed"),
    };
  const later =
    i % 2 === 0
      ? `${capitalise(a.written)} and ${b.written} voted in favour of draft resolution L.${n}, while ${c.written} abstained.`
      : `We note the broad support for L.${n} in our region: ${a.written} and ${b.written} voted in favour, while ${c.written} abstained.`;
  return {
    text: `Explanation of vote after the vote on ${full}\n\n${later}`,
    expected: [...rowsFor([a, b], "supported", full, "affirmed"), ...rowsFor([c], "supported", full, "negated")].sort(),
  };
}

/** "by a recorded vote of 13 in favour – A, B, C – to 2 against – D, E – with 1 abstention (F)": counts' lists set off by dashes. */
function dashedCounts(rng: Rng, i: number): Case {
  const [a, b, c, d, e, f] = sample(rng, STATES, 6) as StateName[] as [StateName, StateName, StateName, StateName, StateName, StateName];
  const r = pick(rng, RESOLUTIONS);
  const dash = pick(rng, ["–", "—"]);
  const against = i % 2 === 0 ? `2 against ${dash} ${d.written}, ${e.written} ${dash}` : `none against,`;
  return {
    text: `The Council adopted ${r.written} by a recorded vote of 3 in favour ${dash} ${a.written}, ${b.written}, ${c.written} ${dash} to ${against} with 1 abstention (${f.written}).`,
    expected: [
      ...rowsFor([a, b, c], "supported", r.id, "affirmed"),
      ...(i % 2 === 0 ? rowsFor([d, e], "supported", r.id, "negated") : []),
      ...rowsFor([f], "supported", r.id, "negated"),
      `UN Security Council|adopted|${r.id}|affirmed`,
    ].sort(),
  };
}

/** A resolution of an earlier General Assembly session ("resolution 79/235", in a report on "A/C.2/80/L.19") is not what is voted on or sponsored. */
function earlierSession(rng: Rng): Case {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const session = 75 + Math.floor(rng() * 6);
  const draft = `draft resolution A/C.2/${session}/L.${10 + Math.floor(rng() * 30)}`;
  return {
    head: "Second Committee\n\n",
    text: `The Second Committee today approved ${draft} by a recorded vote. Introducing the text, the representative of ${a.written} recalled that resolution ${session - 1}/${200 + Math.floor(rng() * 50)} had launched the process. ${capitalise(b.written)} and ${c.written} voted in favour.`,
    // (Its introducer sponsors it: "Introducing the text, the representative of A …".)
    expected: [
      `Second Committee|adopted|${draft}|affirmed`,
      ...rowsFor([b, c], "supported", draft, "affirmed"),
      ...rowsFor([a], "co-sponsored", draft, "affirmed"),
    ].sort(),
  };
}

/**
 * "Recommendation 24.COM 4, …, was put to a vote and adopted on Friday by 14 votes to 2. A and B voted against. C abstained.": a
 * committee's numbered recommendation is the text voted on, and every list of the vote is dated by the day the vote was held.
 */
function committeeRecommendation(rng: Rng, i: number): Case {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const code = `${20 + (i % 9)}.COM ${1 + Math.floor(rng() * 9)}${pick(rng, ["", "B", ".1"])}`;
  const text = `${pick(rng, ["Recommendation", "Decision"])} ${code}`;
  const [vote, polarity] = pick(rng, [
    ["voted against", "negated"],
    ["voted in favour", "affirmed"],
  ] as const);
  return {
    head: `BULLETIN\nSaturday, 27 September 2025\n\n`,
    dates: true,
    text: `Museum inventories: ${text}, encouraging States to publish inventories, was put to a vote and adopted on Friday by 14 votes to 2. ${capitalise(a.written)} and ${b.written} ${vote}. ${capitalise(c.written)} abstained.`,
    expected: [...rowsFor([a, b], "supported", text, polarity, "2025-09-26"), ...rowsFor([c], "supported", text, "negated", "2025-09-26")].sort(),
  };
}

/**
 * "Committee Approves Text after Rejecting Amendment on X" (a headline's gerund opens no name), then "an amendment proposed by A
 * (document A/C.3/80/L.61) … Voting in favour of the amendment were B and C": the amendment is the one its symbol names.
 */
function proposedAmendments(rng: Rng, i: number): Case {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const symbol = `A/C.3/80/L.${60 + (i % 9)}`;
  const verb = pick(rng, ["proposed", "tabled", "submitted"]);
  return {
    head: `Meetings coverage\n\n20 November 2025\n\nThird Committee Approves Text on Drugs after Rejecting Amendment on Harm Reduction\n\n`,
    dates: true,
    text: `Before the vote, the Committee rejected an amendment ${verb} by ${a.written} (document ${symbol}) by a recorded vote of 21 in favour to 101 against. Voting in favour of the amendment were, among others, ${b.written} and ${c.written}.`,
    expected: [...rowsFor([a], "co-sponsored", symbol, "affirmed", null), ...rowsFor([b, c], "supported", symbol, "affirmed", "2025-11-20")].sort(),
  };
}

/** "A will vote in favour if a vote is called", "B intends to vote against": a vote still to come is no vote cast. */
function votesToCome(rng: Rng, i: number): Case {
  const [a] = sample(rng, STATES, 1) as [StateName];
  const symbol = `A/C.3/80/L.${20 + (i % 9)}`;
  const [verb, how] = pick(rng, [
    ["will vote", "in favour"],
    ["intends to vote", "against"],
    ["would vote", "in favour"],
    ["plans to vote", "against"],
  ] as const);
  return {
    text: `The draft resolution ${symbol} is before the Committee. ${capitalise(a.written)} ${verb} ${how}${pick(rng, ["", " if a vote is called"])}.`,
    expected: rowsFor([a], "supported", `draft resolution ${symbol}`, "planned"),
  };
}

/**
 * "A and B, which abstained in Geneva, voted in favour in New York": a vote in a relative clause on the subject of a vote of its own
 * was cast on another occasion, and names no text: only the main clause's vote is on the text. (Near miss: "The representative of
 * A, which voted in favour, said …" has no vote after its relative, and the relative's vote stands.)
 */
function relativeVoteBeforeMainVote(rng: Rng, i: number): Case {
  const { r, sentence, row } = adoption(rng);
  const list = few(rng, 1, 3);
  const [main, polarity] = pick(rng, [
    ["voted in favour", "affirmed"],
    ["voted in favour of it", "affirmed"],
    ["abstained", "negated"],
    ["voted against it", "negated"],
  ] as const);
  // (The earlier vote the other way, so that reading it as this one's would be seen.)
  const before = pick(
    rng,
    polarity === "affirmed" ? ["abstained", "had abstained", "voted against", "had voted against"] : ["voted in favour", "had voted in favour"],
  );
  const where = pick(rng, ["in Geneva", "in the Committee", "last year", "in the Third Committee"]);
  if (i % 4 === 3) {
    const [a] = list as [StateName];
    return {
      text: `${sentence} The representative of ${a.written}, which ${main}, said the text was balanced.`,
      expected: [row, ...rowsFor([a], "supported", r.id, polarity)].sort(),
    };
  }
  const which = list.length > 1 ? pick(rng, ["which", "both of which"]) : "which";
  return {
    text:
      `${sentence} ${capitalise(listOf(names(list)))}, ${which === "which" ? "which" : list.length === 2 ? "both of which" : "all of which"} ${before} ${where}, ${main} ${pick(rng, ["", "this time", "in the plenary"])}`.trimEnd() +
      ".",
    expected: [row, ...rowsFor(list, "supported", r.id, polarity)].sort(),
  };
}

/**
 * A verbatim record's votes on an amendment or a motion that names no text are on that, not on the draft: "I shall first put to the
 * vote the oral amendment proposed by … In favour: A. Against: B, C." gives no record; the lists after "I shall now put to the vote
 * draft resolution S/2024/254" are the draft's; "The motion was carried by a recorded vote of 143 in favour to 6 against (A, B)"
 * names no text.
 */
function amendmentVotes(rng: Rng, i: number): Case {
  const [a, b, c, d, e] = sample(rng, BARE_STATES, 5) as [StateName, StateName, StateName, StateName, StateName];
  const symbol = `S/2024/${200 + (i % 90)}`;
  const opening = `The President: Members of the Council have before them document ${symbol}, the text of a draft resolution.`;
  if (i % 3 === 2) {
    const what = pick(rng, ["The no-action motion", "The motion", "The procedural motion"]);
    return {
      text: `${opening}\n\n${what} was carried by a recorded vote of 143 in favour to 6 against (${capitalise(a.written)}, ${b.written}).`,
      expected: [],
    };
  }
  const amendment = pick(rng, ["the oral amendment proposed by the representative of", "the amendment proposed by", "the oral amendment submitted by"]);
  const [favour, against] = pick(rng, [
    ["In favour", "Against"],
    ["Voting in favour", "Voting against"],
  ] as const);
  return {
    text: `${opening}\n\nI shall first put to the vote ${amendment} ${a.written}.\n\nA vote was taken by show of hands.\n\n${favour}:\n     ${capitalise(a.written)}, ${b.written}\n\n${against}:\n     ${capitalise(c.written)}, ${d.written}\n\nThe amendment was not adopted.\n\nI shall now put to the vote draft resolution ${symbol}.\n\nA vote was taken by show of hands.\n\n${favour}:\n     ${capitalise(c.written)}, ${d.written}, ${e.written}\n\n${against}:\n     ${capitalise(a.written)}`,
    expected: [
      ...rowsFor([c, d, e], "supported", `draft resolution ${symbol}`, "affirmed"),
      ...rowsFor([a], "supported", `draft resolution ${symbol}`, "negated"),
    ].sort(),
  };
}

/**
 * "Russia and China vetoed the draft resolution put forward by the United States in document S/2024/239": a text whose own phrase
 * gives its document's symbol is that document, not the draft the text is about; and "the amendment contained in document X" is an
 * amendment, so a later vote that names no text is on the draft.
 */
function documentSymbols(rng: Rng, i: number): Case {
  const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
  const own = `S/2024/${100 + (i % 50)}`;
  const other = `S/2024/${300 + (i % 50)}`;
  if (i % 2 === 0) {
    const [verb, polarity] = pick(rng, [
      ["vetoed", "negated"],
      ["voted against", "negated"],
      ["voted in favour of", "affirmed"],
    ] as const);
    const how = pick(rng, ["put forward by", "submitted by", "tabled by"]);
    return {
      text: `The Security Council adopted the draft resolution contained in document ${own} by 14 votes to none. On Friday, ${a.written} and ${b.written} had ${verb} the draft resolution ${how} ${c.written} in document ${other}, which would have supported diplomacy.`,
      expected: [
        `UN Security Council|adopted|${own}|affirmed`,
        ...rowsFor([a, b], "supported", other, polarity),
        ...rowsFor([c], "co-sponsored", other, "affirmed"),
      ].sort(),
    };
  }
  const draft = `A/C.3/79/L.${20 + (i % 30)}`;
  const amendment = `A/C.3/79/L.${60 + (i % 30)}`;
  return {
    text: `The Third Committee approved draft resolution ${draft} by a recorded vote of 120 in favour to 30 against. Before the vote on the draft as a whole, the Committee adopted the amendment contained in document ${amendment} by a recorded vote of 88 in favour to 70 against. Speaking after the vote, the representative of ${a.written} said her delegation had voted against the text.`,
    expected: [
      `UN General Assembly Third Committee|adopted|draft resolution ${draft}|affirmed`,
      ...rowsFor([a], "supported", `draft resolution ${draft}`, "negated"),
    ].sort(),
  };
}

/**
 * Sponsors as meetings records name them: "document S/2024/254, the text of a draft resolution submitted by A, B and C" (the draft in
 * apposition to its document); "That resolution had been put forward by A together with B and C" (a perfect passive); "the text had
 * been developed by a core group comprising A, B and C" (a core group's members). Near miss: "The methodology was developed by a
 * group comprising A and B" names no text.
 */
function sponsorsOfRecord(rng: Rng, i: number): Case {
  const list = sample(rng, BARE_STATES, 3) as StateName[];
  const [a, ...rest] = list as [StateName, ...StateName[]];
  const symbol = `S/2024/${250 + (i % 40)}`;
  switch (i % 4) {
    case 0:
      return {
        text: `The President: Members of the Council have before them document ${symbol}, the text of a draft resolution ${pick(rng, ["submitted by", "sponsored by", "put forward by"])} ${listOf(names(list))}.`,
        expected: rowsFor(list, "co-sponsored", symbol, "affirmed"),
      };
    case 1: {
      const r = pick(rng, RESOLUTIONS);
      return {
        text: `The Security Council adopted ${r.written} by 13 votes. ${pick(rng, ["That resolution", "The text"])} had been ${pick(rng, ["put forward", "tabled", "drafted"])} by ${a.written} together with ${listOf(names(rest))}.`,
        expected: [`UN Security Council|adopted|${r.id}|affirmed`, ...rowsFor(list, "co-sponsored", r.id, "affirmed")].sort(),
      };
    }
    case 2: {
      const draft = `A/77/L.${40 + (i % 50)}`;
      return {
        text: `Introducing draft resolution ${draft}, the representative of ${a.written} said the text had been ${pick(rng, ["developed", "drafted", "prepared"])} by a core group ${pick(rng, ["comprising", "composed of", "consisting of"])} ${listOf(names(list))}.`,
        expected: rowsFor(list, "co-sponsored", `draft resolution ${draft}`, "affirmed"),
      };
    }
    default:
      return { text: `The methodology was developed by a group comprising ${listOf(names(list))}.`, expected: [] };
  }
}

/**
 * Joining a consensus is a vote without a vote, on the text the meeting adopted: "A said her delegation had joined the consensus,
 * while stressing that X must be respected" is on the resolution, not on X (another clause's); "B joined the consensus when the
 * General Assembly adopted Y" is on Y, the text its own clause names.
 */
function joinedConsensus(rng: Rng, i: number): Case {
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const symbol = `resolution 78/${100 + (i % 150)}`;
  const adopted = `The General Assembly adopted ${symbol} without a vote.`;
  if (i % 3 === 2)
    return {
      text: `${capitalise(a.written)} joined the consensus when the General Assembly adopted ${symbol} in December.`,
      expected: [`UN General Assembly|adopted|${symbol}|affirmed`, ...rowsFor([a], "supported", symbol, "affirmed")].sort(),
    };
  const clause = pick(rng, [
    `, while stressing that ${t.written} must be fully respected`,
    `, but ${t.written} should not be reinterpreted`,
    ` but regretted that the text did not mention ${t.written}`,
  ]);
  const speaker = pick(rng, [`The representative of ${a.written} said her delegation had`, `- **${capitalise(a.written)}**: Its delegation`]);
  return {
    text: `${adopted}\n\n${speaker} joined the consensus${clause}.`,
    expected: [`UN General Assembly|adopted|${symbol}|affirmed`, ...rowsFor([a], "supported", symbol, "affirmed")].sort(),
  };
}

/**
 * A meetings report's introducer sponsors the text: "Introducing the draft, the representative of A said …", "Introducing draft
 * resolution A/77/L.58, the Prime Minister of A, X, said …", "Presenting the text on behalf of its sponsors, the representative of A
 * said …" ("on behalf of" says for whom, not what the text is about), and "Ms. X (A), introducing the draft resolution on behalf of
 * the sponsors, said …". Near misses: "Introducing the report, the representative of A said …" and "Presenting the document, …"
 * introduce no text; "The Vancouver Principles were developed by A" is no sponsorship.
 */
function introducers(rng: Rng, i: number): Case {
  const [a] = sample(rng, BARE_STATES, 1) as [StateName];
  const draft = `A/C.3/79/L.${20 + (i % 60)}`;
  const opening = `The Third Committee approved draft resolution ${draft} by a recorded vote of 126 in favour to 37 against.`;
  const approved = `UN General Assembly Third Committee|adopted|draft resolution ${draft}|affirmed`;
  const sponsored = rowsFor([a], "co-sponsored", `draft resolution ${draft}`, "affirmed");
  switch (i % 6) {
    case 0:
      return {
        text: `${opening} ${pick(rng, ["Introducing", "Presenting"])} the ${pick(rng, ["draft", "text", "draft resolution"])}, the representative of ${a.written} said it was balanced.`,
        expected: [approved, ...sponsored].sort(),
      };
    case 1:
      return {
        text: `${opening} Introducing the text on behalf of ${pick(rng, ["its sponsors", "an inter-regional task force of Member States", "the main sponsors"])}, the representative of ${a.written} said the moratorium was gaining ground.`,
        expected: [approved, ...sponsored].sort(),
      };
    case 2:
      return {
        text: `Introducing draft resolution ${draft}, the ${pick(rng, ["Prime Minister", "Minister for Foreign Affairs"])} of ${a.written}, Jane Doe, said the text was historic.`,
        expected: rowsFor([a], "co-sponsored", `draft resolution ${draft}`, "affirmed"),
      };
    case 3:
      return {
        text: `${opening} Ms. Doe (${capitalise(a.written.replace(/^the /u, ""))}), introducing the draft resolution on behalf of the sponsors, said that it was timely.`,
        expected: [approved, ...rowsFor([a], "co-sponsored", `draft resolution ${draft}`, "affirmed")].sort(),
      };
    case 4:
      return {
        text: `${opening} ${pick(rng, ["Introducing the report", "Presenting the document", "Introducing the agenda item"])}, the representative of ${a.written} said it was timely.`,
        expected: [approved],
      };
    default:
      return { text: `The Vancouver Principles were developed by ${a.written} in consultation with experts.`, expected: [] };
  }
}

/**
 * Votes and their clauses: "X was adopted on 21 May 1997 by a recorded vote of 103 to 3, with A and B voting against" (the subject of
 * "voting" before its manner, on the day of the adoption); "A voted in favour, on the understanding that the resolution does not …"
 * and "The representatives of A and B, both of which voted in favour, said the resolution …" (a text after a clause break, or after the
 * comma before a verb of speech, is that clause's: the vote is on the text adopted, not on one named earlier).
 */
function voteClauses(rng: Rng, i: number): Case {
  const list = sample(rng, BARE_STATES, 2) as StateName[];
  const [a] = list as [StateName];
  const session = 70 + (i % 9);
  const symbol = `resolution ${session}/${100 + (i % 90)}`;
  const earlier = `resolution ${session - 20}/${10 + (i % 30)}`;
  const adopted = `UN General Assembly|adopted|${symbol}|affirmed|2016-12-19`;
  if (i % 3 === 0) {
    const [how, polarity] = pick(rng, [
      ["voting against", "negated"],
      ["voting in favour", "affirmed"],
    ] as const);
    return {
      text: `The General Assembly adopted ${symbol} on 19 December 2016 by a recorded vote of 103 to 3, with ${listOf(names(list))} ${how}.`,
      dates: true,
      expected: [adopted, ...rowsFor(list, "supported", symbol, polarity, "2016-12-19")].sort(),
    };
  }
  const opening = `The General Assembly adopted ${symbol} on 19 December 2016 by 150 votes to 5. The text builds on ${earlier} of the Human Rights Council.`;
  const vote =
    i % 3 === 1
      ? `${capitalise(a.written)} voted in favour${pick(rng, [", on the understanding that", ", but said that", " but stressed that"])} the resolution does not create new obligations.`
      : `The representatives of ${listOf(names(list))}, both of which voted in favour, ${pick(rng, ["said", "stressed", "noted"])} the resolution was balanced.`;
  return {
    text: `${opening} ${vote}`,
    dates: true,
    expected: [adopted, ...rowsFor(i % 3 === 1 ? [a] : list, "supported", symbol, "affirmed", "2016-12-19")].sort(),
  };
}

describe("construction family: votes", () => {
  const cases = [
    ...generate(13698, 10, (rng, i) => {
      // 'The annual resolution, "Title", was adopted without a vote': a bare quoted title set off by commas names the resolution (its
      // owner, "Canada's resolution, "Title", …", put it forward).
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and ") && !x.written.startsWith("the "));
      const a = pick(rng, pool);
      const title = pick(rng, ["Protecting older persons in emergencies", "Safe water for all schools", "Ending torture in custody"]);
      const name = `resolution "${title}"`;
      if (i % 2 === 0)
        return {
          text: `The ${pick(rng, ["", "annual ", "biennial "])}resolution, "${title}", was adopted without a vote.`,
          expected: [`UN Human Rights Council|adopted|${name}|affirmed`],
          head: "Human Rights Council\n\nMeeting summary\n\n",
        };
      return {
        text: `${a.written}'s resolution, "${title}", was adopted without a vote.`,
        expected: [`UN Human Rights Council|adopted|${name}|affirmed`, ...rowsFor([a], "co-sponsored", name, "affirmed")].sort(),
        head: "Human Rights Council\n\nMeeting summary\n\n",
      };
    }),
    ...generate(13697, 10, (rng, i) => {
      // "Canada's annual resolution on X was adopted": the State whose resolution it is put it forward; "the Council's resolution on X"
      // (a body's) has no sponsor to record.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and ") && !x.written.startsWith("the "));
      const a = pick(rng, pool);
      const topic = pick(rng, ["the rights of older persons", "human rights defenders", "the rights of persons with albinism"]);
      const modifier = pick(rng, ["", "annual ", "biennial "]);
      if (i % 5 === 4)
        return {
          text: `The Council's ${modifier}resolution on ${topic} was adopted without a vote.`,
          expected: [`UN Human Rights Council|adopted|resolution on ${topic}|affirmed`],
          head: "Human Rights Council\n\nMeeting summary\n\n",
        };
      return {
        text: `${a.written}'s ${modifier}resolution on ${topic} was adopted without a vote.`,
        expected: [
          `UN Human Rights Council|adopted|resolution on ${topic}|affirmed`,
          ...rowsFor([a], "co-sponsored", `resolution on ${topic}`, "affirmed"),
        ].sort(),
        head: "Human Rights Council\n\nMeeting summary\n\n",
      };
    }),
    ...generate(13691, 12, (rng, i) => {
      // "A, whose government delegates voted in favour at the Conference, …": the State its delegates voted for; "A's resolution on X was
      // adopted": the resolution on X (no possessive mark in its name), which A put forward.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and ") && !x.written.startsWith("the "));
      const [a] = sample(rng, pool, 1) as [StateName];
      if (i % 3 === 2) {
        const topic = pick(rng, ["violence against women", "the safety of journalists", "child, early and forced marriage"]);
        return {
          text: `${a.written}'s ${pick(rng, ["", "annual ", "biennial "])}resolution on ${topic} was adopted without a vote.`,
          // (Its owner put it forward: a sponsor's act.)
          expected: [
            `UN Human Rights Council|adopted|resolution on ${topic}|affirmed`,
            ...rowsFor([a], "co-sponsored", `resolution on ${topic}`, "affirmed"),
          ].sort(),
          head: "Human Rights Council\n\nMeeting summary\n\n",
        };
      }
      const [vote, polarity] = pick(rng, [
        ["voted in favour", "affirmed"],
        ["also voted in favour", "affirmed"],
        ["voted against", "negated"],
        ["abstained", "negated"],
      ] as const);
      const voters = pick(rng, ["government delegates", "delegation", "representatives"]);
      return {
        text: `The final vote on the Violence and Harassment Convention, 2019 (No. 190) took place in June.\n\n${a.written}, whose ${voters} ${vote} at the Conference, has said that it will review its legislation.`,
        expected: rowsFor([a], "supported", "ilo-c190", polarity),
      };
    }),
    ...generate(13686, 10, (rng, i) => {
      // "The representative of A, who voted in favour, recalled that her country had ratified X": the vote in the relative is on the text
      // voted on, not on the treaty the main clause names after it.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a] = sample(rng, pool, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const symbol = `A/C.3/${75 + (i % 5)}/L.${20 + i}`;
      const [vote, polarity] = pick(rng, [
        ["voted in favour", "affirmed"],
        ["abstained", "negated"],
        ["voted against", "negated"],
      ] as const);
      return {
        text: `The Committee adopted draft resolution ${symbol} by a recorded vote.\n\nThe representative of ${a.written}, who ${vote}, recalled that ${pick(rng, ["her", "his"])} country had ratified ${t.written} in ${2001 + i}.`,
        expected: [
          `UN General Assembly Third Committee|adopted|draft resolution ${symbol}|affirmed`,
          ...rowsFor([a], "supported", `draft resolution ${symbol}`, polarity),
          ...rowsFor([a], "ratified", t.id, "affirmed"),
        ].sort(),
        head: "Third Committee\n\nMeeting coverage\n\n",
      };
    }),
    ...generate(13683, 12, (rng, i) => {
      // "Document: A/HRC/56/L.15 … The biennial resolution was presented by A and B. Before the vote, the Council rejected five amendments
      // (L.41 to L.45). The resolution was adopted …": the periodic resolution is the document's; the symbols in brackets after
      // "amendments" are amendments', never what "the resolution" means.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b, c, d, e] = sample(rng, pool, 5) as [StateName, StateName, StateName, StateName, StateName];
      const session = 50 + (i % 9);
      const symbol = `A/HRC/${session}/L.${10 + i}`;
      const first = 30 + i;
      const amendments = pick(rng, [`(L.${first} to L.${first + 4})`, `(L.${first}, L.${first + 1} and L.${first + 2})`, `(L.${first})`]);
      const often = pick(rng, ["biennial", "annual", "triennial"]);
      return {
        text: `Document: ${symbol}\n\nThe ${often} resolution was presented by ${a.written} and ${b.written}. Before the vote, the Council rejected ${amendments.includes(",") || amendments.includes(" to ") ? "several amendments" : "an amendment"} ${amendments}. The resolution was adopted by a recorded vote.\n\nIn favour: ${c.written}, ${d.written}.\n\nAbstaining: ${e.written}.`,
        expected: [
          `UN Human Rights Council|adopted|${symbol}|affirmed`,
          ...rowsFor([a, b], "co-sponsored", symbol, "affirmed"),
          ...rowsFor([c, d], "supported", symbol, "affirmed"),
          ...rowsFor([e], "supported", symbol, "negated"),
        ].sort(),
        head: "Human Rights Council\n\nMeeting summary\n\n",
      };
    }),
    ...generate(13680, 12, (rng, i) => {
      // A Conference votes on a Convention and its Recommendation: the detailed results under a line "Convention" and a line
      // "Recommendation" are each that text's; "voted for the Recommendation" after "abstained on the Convention" is the Recommendation;
      // a Recommendation is never ratified, so "will not ratify it" after the Recommendation's votes is the Convention.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b, c] = sample(rng, pool, 3) as [StateName, StateName, StateName];
      const subject = pick(rng, ["Heat Stress", "Platform Work", "Care Economy"]);
      const conv = `${subject} Convention`;
      const rec = `${subject} Recommendation`;
      const intro = `We shall now proceed to the record vote on the adoption of the ${conv}, 2025.\n\nThe Convention is adopted.\n\nWe shall now proceed to the record vote on the adoption of the ${rec}, 2025.\n\nThe Recommendation is adopted.\n\n`;
      if (i % 3 === 0)
        return {
          text: `${intro}Detailed results\n\nConvention\n  Against: ${capitalise(a.written)} (2)\n  Abstentions: ${capitalise(b.written)} (1)\nRecommendation\n  Against: ${capitalise(c.written)} (2)\n`,
          expected: [...rowsFor([a, b], "supported", conv, "negated"), ...rowsFor([c], "supported", rec, "negated")].sort(),
        };
      if (i % 3 === 1)
        return {
          text: `${intro}Government delegate, ${capitalise(a.written)}\n\n${capitalise(a.written)} abstained on the Convention. ${capitalise(a.written)} voted for the Recommendation.`,
          expected: [...rowsFor([a], "supported", conv, "negated"), ...rowsFor([a], "supported", rec, "affirmed")].sort(),
        };
      return {
        text: `${intro}${capitalise(b.written)} voted against the Recommendation, and ${b.written} will not ratify the Convention. ${capitalise(c.written)} is a party to it.`,
        expected: [
          ...rowsFor([b], "supported", rec, "negated"),
          ...rowsFor([b], "ratified", conv, "negated"),
          ...rowsFor([c], "party", conv, "affirmed"),
        ].sort(),
      };
    }),
    ...generate(13678, 10, (rng, i) => {
      // "The text recalls resolution 12/3, which the Council adopted in 2022. … A abstained because the resolution …": a text the adopted
      // one recalls is not what the votes after it are on; a speaker's own "The EU also recalls X … A and B signed it" goes on about X.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      if (i % 3 === 2) {
        const t = pick(rng, TREATIES_ONLY);
        return {
          text: `The European Union supports the Court. The EU also recalls ${t.written}, adopted in 1998.\n\n${capitalise(a.written)} and ${b.written} were among the first States to sign it.`,
          expected: rowsFor([a, b], "signed", t.id, "affirmed"),
        };
      }
      const adopted = `resolution 79/${140 + i}`;
      const recalled = pick(rng, ["resolution 12/3", "resolution 55/7"]);
      const recaller = pick(rng, ["The text recalls", "The text also recalls", "The resolution recalls"]);
      return {
        text: `The General Assembly adopted ${adopted} by a recorded vote of 99 in favour to 9 against.\n\n${recaller} ${recalled}, which the Human Rights Council adopted in 2022.\n\nExplanations of Vote\n\nThe representative of ${a.written} said his delegation abstained because the resolution did not reflect all concerns. ${capitalise(b.written)} said it voted in favour.`,
        expected: [
          "UN General Assembly|adopted|" + adopted + "|affirmed",
          "UN Human Rights Council|adopted|" + recalled + "|affirmed",
          ...rowsFor([a], "supported", adopted, "negated"),
          ...rowsFor([b], "supported", adopted, "affirmed"),
        ].sort(),
      };
    }),
    ...generate(13673, 8, (rng, i) => {
      // "A, whose plant is being built with Russian support, is not yet a party to X": "support" after "with" is a noun, no vote or
      // backing; the clause's own act keeps its polarity. "A and B support X" is still A's and B's.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      if (i % 4 === 3)
        return { text: `${capitalise(a.written)} and ${b.written} support ${t.written}.`, expected: rowsFor([a, b], "supported", t.id, "affirmed") };
      const helper = pick(rng, ["Russian", "French", "international", "the"]);
      const noun = pick(rng, ["support", "backing"]);
      return {
        text: `${capitalise(a.written)}, whose first plant is under construction with ${helper} ${noun}, is not yet a party to ${t.written}.`,
        expected: rowsFor([a], "party", t.id, "negated"),
      };
    }),
    ...generate(13656, 10, (rng, i) => {
      // "Abstaining in the vote on Monday were A, B": past the participle's adjunct to its copula; and a vote on "the resolution adopting
      // X" is a vote on X (the resolution is no text described by "adopting").
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const list = sample(rng, pool, 3);
      if (i % 2 === 0) {
        const r = pick(rng, RESOLUTIONS);
        const [lead, polarity] = pick(rng, [
          ["Abstaining in the vote on Monday were", "negated"],
          ["Voting against at the final session were", "negated"],
          ["Abstaining during the vote were", "negated"],
        ] as const);
        return {
          text: `The Security Council adopted ${r.written} by a recorded vote. ${lead} ${listOf(list.map((x) => x.written))}.`,
          expected: [`UN Security Council|adopted|${r.id}|affirmed`, ...rowsFor(list, "supported", r.id, polarity)].sort(),
        };
      }
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = list as [StateName, StateName, StateName];
      return {
        text: `On Monday the committee approved the resolution adopting ${t.written} by a recorded vote. ${capitalise(listOf([a.written, b.written]))} voted in favour, while ${c.written} abstained.`,
        expected: [...rowsFor([a, b], "supported", t.id, "affirmed"), ...rowsFor([c], "supported", t.id, "negated")].sort(),
      };
    }),
    ...generate(13650, 8, (rng, i) => {
      // A tripartite conference's record vote lists each State with its count of votes in brackets ("Abstentions: A (2), B (1), C (2)"):
      // the count is no end of the list.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const list = sample(rng, pool, 3 + (i % 2));
      const r = pick(rng, RESOLUTIONS);
      const [label, polarity] = pick(rng, [
        ["Abstentions", "negated"],
        ["Against", "negated"],
        ["In favour", "affirmed"],
      ] as const);
      const items = list.map((x) => `${x.written} (${1 + Math.floor(rng() * 3)})`).join(", ");
      return {
        text: `Record vote on ${r.written}:\n  ${label}: ${items}\n`,
        expected: rowsFor(list, "supported", r.id, polarity),
      };
    }),
    ...generate(13644, 8, (rng, i) => {
      // "A and B dissociated themselves from the consensus": as joining it, a stand on the text the meeting adopted (no vote for it).
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const symbol = `resolution 78/${100 + i}`;
      const who =
        i % 2 === 0
          ? `${capitalise(a.written)} ${pick(rng, ["dissociated", "disassociated"])} itself`
          : `${capitalise(listOf([a.written, b.written]))} dissociated themselves`;
      return {
        text: `The General Assembly adopted ${symbol} by consensus. ${who} from the consensus${pick(rng, ["", ", saying the text had been rushed"])}.`,
        expected: [`UN General Assembly|adopted|${symbol}|affirmed`, ...rowsFor(i % 2 === 0 ? [a] : [a, b], "supported", symbol, "negated")].sort(),
      };
    }),
    ...generate(13003, Math.max(40, 4 * TEMPLATES.length), (rng, i) => (TEMPLATES[i % TEMPLATES.length] as (r: Rng) => Case)(rng)),
    ...generate(13009, 6, (rng) => mannerBeforeObject(rng)),
    ...generate(13023, 6, (rng) => {
      // A recorded vote's counts as the manner, before the object: "adopted by a recorded vote of 30 in favour to 5 against, with 12
      // abstentions, resolution X" (its "in favour" and "against" are counts, not the object's end).
      const r = pick(rng, RESOLUTIONS);
      const [f, a, ab] = [10 + Math.floor(rng() * 30), Math.floor(rng() * 9), Math.floor(rng() * 15)];
      return {
        text: `The Security Council today adopted by a recorded vote of ${f} in favour to ${a} against, with ${ab} abstentions, ${r.written}.`,
        expected: [`UN Security Council|adopted|${r.id}|affirmed`],
      };
    }),
    ...generate(13029, 8, (rng, i) => {
      // "backed" is a vote's support: "A, B and C were among the countries that backed resolution X", "X, backed by A and B, was
      // adopted"; "back" the adverb is nothing ("A came back to the talks on X").
      const r = pick(rng, RESOLUTIONS);
      const list = few(rng, 2, 3);
      switch (i % 4) {
        case 0:
          return { text: `${listOf(names(list))} were among the countries that backed ${r.written}.`, expected: rowsFor(list, "supported", r.id, "affirmed") };
        case 1:
          return {
            text: `${capitalise(r.written)}, backed by ${listOf(names(list))}, was adopted on Friday.`,
            expected: rowsFor(list, "supported", r.id, "affirmed"),
          };
        case 2:
          return { text: `${listOf(names(list))} had not backed ${r.written}.`, expected: rowsFor(list, "supported", r.id, "negated") };
        default:
          return { text: `${capitalise(listOf(names(list)))} came back to the talks on ${r.written}.`, expected: [] };
      }
    }),
    ...generate(13508, 8, (rng) => {
      // "The text was adopted on 12 March 2024 by 22 – 4 – 21. Against: A and B.": the lists after an adoption by counts take its day.
      const r = pick(rng, RESOLUTIONS);
      const list = few(rng, 2, 3);
      const [head, polarity] = pick(rng, [
        ["Against", "negated"],
        ["In favour", "affirmed"],
      ] as const);
      return {
        text: `${capitalise(r.written)} was adopted on 12 March 2024 by ${pick(rng, ["22 – 4 – 21", "31-8-7", "a recorded vote"])}. ${head}: ${listOf(names(list))}.`,
        dates: true,
        expected: [...rowsFor(list, "supported", r.id, polarity, "2024-03-12")].sort(),
      };
    }),
    ...generate(13022, 6, (rng, i) => numberedProposals(rng, i)),
    ...generate(13023, 9, (rng, i) => shortSymbols(rng, i)),
    ...generate(13024, 6, (rng, i) => dashedCounts(rng, i)),
    ...generate(13025, 5, (rng) => earlierSession(rng)),
    ...generate(13026, 9, (rng, i) => committeeRecommendation(rng, i)),
    ...generate(13027, 8, (rng, i) => proposedAmendments(rng, i)),
    ...generate(13028, 8, (rng, i) => votesToCome(rng, i)),
    ...generate(13605, 12, (rng, i) => relativeVoteBeforeMainVote(rng, i)),
    ...generate(13607, 9, (rng, i) => amendmentVotes(rng, i)),
    ...generate(13608, 8, (rng, i) => documentSymbols(rng, i)),
    ...generate(13609, 12, (rng, i) => sponsorsOfRecord(rng, i)),
    ...generate(13610, 12, (rng, i) => joinedConsensus(rng, i)),
    ...generate(13611, 18, (rng, i) => introducers(rng, i)),
    ...generate(13612, 12, (rng, i) => voteClauses(rng, i)),
    ...generate(13013, 4, (rng) => {
      // "A abstained. Abstaining with it were B, C and D": the companion pronoun before the copula.
      const r = pick(rng, RESOLUTIONS);
      const l = sample(rng, STATES, 4) as StateName[];
      const [a, ...rest] = l as [StateName, ...StateName[]];
      const [verb, copula] = pick(rng, [
        ["abstained", "Abstaining with it were"],
        ["voted against", "Voting against with it were"],
      ] as const);
      return {
        text: `The Security Council adopted ${r.written}. ${capitalise(a.written)} ${verb}. ${copula} ${listOf(rest.map((x) => x.written))}.`,
        expected: [`UN Security Council|adopted|${r.id}|affirmed`, ...rowsFor(l, "supported", r.id, "negated")].sort(),
      };
    }),
    ...generate(13015, 8, (rng, i) => {
      // "A voted against the draft because it reaffirmed X": the reason's "it" is the text, and what the text reaffirms is neither
      // the vote's object nor the state's endorsement. (Near miss: "although it had ratified X" is the state's own act.)
      const { r, sentence, row } = adoption(rng);
      const t = pick(rng, TREATIES);
      const [a] = few(rng, 1, 1) as [StateName];
      const [vote, pronoun] = pick(rng, [
        [`Speaking after the vote, the representative of ${a.written} said her delegation had voted against the text`, "it"],
        [`The delegate of ${a.written} said his country had abstained on the draft`, "it"],
        [`${capitalise(a.written)} voted against the draft resolution`, "it"],
      ] as const);
      const votes = rowsFor([a], "supported", r.id, "negated");
      if (i % 4 === 3)
        return {
          text: `${sentence} ${vote}, although ${pronoun} had ratified ${t.written}.`,
          expected: [row, ...votes, ...rowsFor([a], "ratified", t.id, "affirmed")].sort(),
        };
      const reason = pick(rng, ["because it reaffirmed", "since it welcomed", "because it endorsed", "although it supported"]);
      return { text: `${sentence} ${vote} ${reason} ${t.written}.`, expected: [row, ...votes].sort() };
    }),
    ...generate(13021, 4, (rng) => {
      // "A and the other European Union members of the Council - B, C - voted in favour": the head and its apposition voted.
      const { r, sentence, row } = adoption(rng);
      const [a, ...rest] = sample(rng, STATES, 3) as [StateName, ...StateName[]];
      const dash = pick(rng, ["-", "—"]);
      const [verb, polarity] = pick(rng, [
        ["voted in favour", "affirmed"],
        ["voted against", "negated"],
      ] as const);
      return {
        text: `${sentence} ${capitalise(a.written)} and the other European Union members of the Council ${dash} ${listOf(names(rest))} ${dash} ${verb}.`,
        expected: [row, ...rowsFor([a, ...rest], "supported", r.id, polarity)].sort(),
      };
    }),
    ...generate(13020, 6, (rng, i) => {
      // "The text was presented by A on behalf of a core group comprising B, C and D", "A presented X as part of the core group,
      // together with B, C", "Introduced by A on behalf of the New Agenda Coalition — B, C —": the group's members co-sponsored too.
      const { r, sentence, row } = adoption(rng);
      const [a, ...rest] = sample(rng, STATES, 4) as [StateName, ...StateName[]];
      const list = listOf(names(rest));
      const text = [
        `${sentence} The text was presented by ${a.written} on behalf of a core group ${pick(rng, ["comprising", "also comprising", "composed of"])} ${list}.`,
        `${capitalise(a.written)} presented ${r.written} as part of the core group, together with ${list}.`,
        `Introduced by ${a.written} on behalf of the New Agenda Coalition — ${list} — ${r.written} calls for a world without nuclear weapons.`,
      ][i % 3] as string;
      const rows = rowsFor([a, ...rest], "co-sponsored", r.id, "affirmed");
      return { text, expected: (i % 3 === 0 ? [row, ...rows] : rows).sort() };
    }),
    ...generate(13019, 4, (rng, i) => {
      // A recorded vote's "Absent: A, B" did not vote for the text; "A was absent from the meeting" states no vote.
      const { r, sentence, row } = adoption(rng);
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      if (i % 2 === 1) return { text: `${sentence} ${capitalise(a.written)} was absent from the meeting.`, expected: [row] };
      return {
        text: `${sentence} In favour: ${capitalise(a.written)}. ${pick(rng, ["Absent", "Non-voting"])}: ${capitalise(b.written)}, ${c.written}.`,
        expected: [row, ...rowsFor([a], "supported", r.id, "affirmed"), ...rowsFor([b, c], "supported", r.id, "negated")].sort(),
      };
    }),
    ...generate(13020, 6, (rng) => {
      // Markdown's strong emphasis around a vote label ("- **Against:** A, B"): markup, read as the plain label.
      const [a, b, c, d] = sample(rng, STATES, 4) as [StateName, StateName, StateName, StateName];
      const symbol = `${60 + Math.floor(rng() * 20)}/${100 + Math.floor(rng() * 200)}`;
      const bullet = pick(rng, ["- ", "* ", ""]);
      const [against, abstaining] = pick(rng, [
        ["**Against:**", "**Abstaining:**"],
        ["__Against:__", "__Abstentions:__"],
        ["**Against**:", "**Abstaining**:"],
      ] as const);
      return {
        text: `The General Assembly adopted resolution ${symbol} on 13 September 2007 by 144 votes to 2, with 2 abstentions.\n\n${bullet}${against} ${capitalise(a.written)}, ${b.written}\n${bullet}${abstaining} ${capitalise(c.written)}, ${d.written}`,
        expected: [
          `UN General Assembly|adopted|resolution ${symbol}|affirmed`,
          ...rowsFor([a, b, c, d], "supported", `resolution ${symbol}`, "negated"),
        ].sort(),
      };
    }),
    ...generate(13019, 6, (rng, i) => {
      // "By its terms, the General Assembly would urge …": what the draft says the Assembly would do is no record; the Committee's
      // approval is, and so is a call the adopted text makes ("By the text, the Assembly urges …").
      const t = pick(rng, TREATIES_ONLY);
      const symbol = `A/C.${pick(rng, ["1", "3"])}/79/L.${10 + Math.floor(rng() * 60)}`;
      const committee = symbol.startsWith("A/C.1") ? "First" : "Third";
      const approved = `The ${committee} Committee approved draft resolution ${symbol} ${pick(rng, ["without a vote", "by consensus"])}.`;
      const adoption = `UN General Assembly ${committee} Committee|adopted|draft resolution ${symbol}|affirmed`;
      if (i % 3 === 2)
        return {
          text: `${approved} By the text, the General Assembly urges all States to ratify ${t.written}.`,
          expected: [adoption, `UN General Assembly|called-for|${t.id}|affirmed`].sort(),
        };
      return {
        text: `${approved} ${pick(rng, ["By its terms", "Under its terms"])}, the General Assembly would ${pick(rng, ["reaffirm", "endorse"])} the ${pick(rng, ["Lima", "Awaza", "Vienna"])} Programme of Action and would ${pick(rng, ["urge", "call upon"])} all States to ratify ${t.written}.`,
        expected: [adoption],
      };
    }),
    ...generate(13018, 5, (rng, i) => {
      // "Voting in favour were the 10 elected members that had drafted it — A, B and C — and D and E": the drafters co-sponsored
      // the text (only those between the dashes); all five voted for it. "A and B drafted resolution X": co-authors.
      const { r, sentence, row } = adoption(rng);
      const l = sample(rng, STATES, 5) as StateName[];
      const drafters = l.slice(0, 3);
      const others = l.slice(3);
      if (i % 3 === 2) {
        const [a, b] = l as [StateName, StateName];
        return { text: `${capitalise(a.written)} and ${b.written} drafted ${r.written}.`, expected: rowsFor([a, b], "co-sponsored", r.id, "affirmed") };
      }
      return {
        text: `${sentence} Voting in favour were the ${pick(rng, ["three", "10"])} elected members that had drafted it — ${listOf(names(drafters))} — and ${listOf(names(others))}.`,
        expected: [row, ...rowsFor(l, "supported", r.id, "affirmed"), ...rowsFor(drafters, "co-sponsored", r.id, "affirmed")].sort(),
      };
    }),
    ...generate(13017, 4, (rng) => {
      // "Delegations voting against included all 27 member States of the European Union, as well as A, B and C": the named states.
      const { r, sentence, row } = adoption(rng);
      const l = sample(rng, STATES, 3) as StateName[];
      const [lead, polarity] = pick(rng, [
        ["Delegations voting against included", "negated"],
        ["Those voting in favour included", "affirmed"],
      ] as const);
      const org = pick(rng, ["the European Union", "the African Union", "the Organisation of Islamic Cooperation"]);
      return {
        text: `${sentence} ${lead} all ${pick(rng, ["27", "the"])} member States of ${org}, as well as ${listOf(names(l))}.`,
        expected: [row, ...rowsFor(l, "supported", r.id, polarity)].sort(),
      };
    }),
    ...generate(13016, 6, (rng) => {
      // "The proposal (IWC/69/7 Rev1), presented by A on behalf of its co-sponsors B and C, was put to a vote. In favour: …": another
      // organisation's text, known by its symbol.
      const symbol = pick(rng, ["IWC/69/7 Rev1", "UNEP/EA.6/L.1", "CBD/COP/15/L.25", "ICCD/COP/16/L.4/Rev.1"]);
      const noun = pick(rng, ["proposal", "draft", "text"]);
      const l = sample(rng, STATES, 6) as StateName[];
      const [a, b, c, d, e, f] = l as [StateName, StateName, StateName, StateName, StateName, StateName];
      return {
        text: `The ${noun} (${symbol}), presented by ${a.written} on behalf of its co-sponsors ${b.written} and ${c.written}, was put to a vote. In favour: ${d.written}, ${e.written}. Against: ${f.written}.`,
        expected: [
          ...rowsFor([a, b, c], "co-sponsored", symbol, "affirmed"),
          ...rowsFor([d, e], "supported", symbol, "affirmed"),
          ...rowsFor([f], "supported", symbol, "negated"),
        ].sort(),
      };
    }),
    ...generate(13019, 6, (rng, i) => {
      // "In favour (37) were, among others: A, B and C.", "Against (2) were, among others: D and E.": a recorded vote's list after
      // "among others" and a colon.
      const { r, sentence, row } = adoption(rng);
      const l = sample(rng, STATES, 5) as StateName[];
      const [yes, no] = [l.slice(0, 3), l.slice(3)];
      const colon = i % 3 === 2 ? "," : ":";
      return {
        text: `${sentence} In favour (${30 + i}) were, among others${colon} ${listOf(names(yes))}. Against (${2 + i}) were, among others${colon} ${listOf(names(no))}.`,
        expected: [row, ...rowsFor(yes, "supported", r.id, "affirmed"), ...rowsFor(no, "supported", r.id, "negated")].sort(),
      };
    }),
    ...generate(13020, 4, (rng) => {
      // A headline in capitals that repeats the `Title:` line ("COUNCIL ADOPTS RESOLUTION ON … AFTER RECORDED VOTE") is the title,
      // not a statement of record: only the body's own sentence gives the adoption.
      const { b, sentence, row } = adoption(rng);
      const topic = pick(rng, ["internally displaced persons", "water and sanitation", "the safety of journalists"]);
      const title = `${b.written.replace(/^the /iu, "")} adopts resolution on ${topic} after recorded vote, closes session`;
      return { text: `${title.toUpperCase()}\n\n${sentence}`, head: `Title: ${title}\nDate: 8 July 2025\n\n`, expected: [row] };
    }),
    ...generate(13021, 6, (rng, i) => {
      // "My delegation thanks the main sponsors of the text – A, B and C – for their work", "the sponsors of the resolution, A, B and
      // C, for their efforts": the list in apposition after the sponsors' text.
      const { r, sentence, row } = adoption(rng);
      const l = sample(rng, STATES, 3) as StateName[];
      const [open, close] = i % 2 === 0 ? [" – ", " – "] : [", ", ", "];
      return {
        text: `${sentence} ${pick(rng, ["My delegation thanks", "We thank"])} the ${pick(rng, ["main ", ""])}sponsors of the ${pick(rng, ["text", "resolution", "draft"])}${open}${listOf(names(l))}${close}for their work.`,
        expected: [row, ...rowsFor(l, "co-sponsored", r.id, "affirmed")].sort(),
      };
    }),
    ...generate(13022, 6, (rng, i) => {
      // "Before acting on the text as a whole, the Committee rejected an amendment tabled by X (document …). Those voting in favour of
      // the draft included A and B. Voting against were C and D.": the lists are on the draft, not on the amendment named last; a
      // list with no object of its own right after one on the draft is on the same text.
      const symbol = `A/C.3/79/L.${10 + Math.floor(rng() * 40)}`;
      const amendment = `A/C.3/79/L.${60 + Math.floor(rng() * 20)}`;
      const [x, a, b, c, d] = sample(rng, STATES, 5) as [StateName, StateName, StateName, StateName, StateName];
      const against = i % 2 === 0 ? `Those voting against included ${c.written} and ${d.written}.` : `Voting against were ${c.written} and ${d.written}.`;
      return {
        text: `The Third Committee approved draft resolution ${symbol} by a recorded vote of 120 in favour to 30 against. Before acting on the text as a whole, the Committee rejected an amendment tabled by ${x.written} (document ${amendment}) by 60 votes in favour to 90 against. Those voting in favour of the ${pick(rng, ["draft", "text"])} included ${a.written} and ${b.written}. ${against}`,
        expected: [
          `UN General Assembly Third Committee|adopted|draft resolution ${symbol}|affirmed`,
          ...rowsFor([x], "co-sponsored", amendment, "affirmed"),
          ...rowsFor([a, b], "supported", `draft resolution ${symbol}`, "affirmed"),
          ...rowsFor([c, d], "supported", `draft resolution ${symbol}`, "negated"),
        ].sort(),
      };
    }),
    ...generate(13023, 4, (rng) => {
      // "Japan, which did not participate in the vote on the amendment, …": "the amendment" is the amendment named before, not a
      // protocol a later sentence names.
      const symbol = `A/C.3/79/L.${10 + Math.floor(rng() * 40)}`;
      const amendment = `A/C.3/79/L.${60 + Math.floor(rng() * 20)}`;
      const [x, a, b] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const p = pick(
        rng,
        TREATIES.filter((t) => /^the (?:Second )?Optional Protocol/u.test(t.written)),
      );
      return {
        text: `The Third Committee approved draft resolution ${symbol} by a recorded vote of 120 in favour to 30 against. The Committee rejected an amendment tabled by ${x.written} (document ${amendment}) by 60 votes in favour to 90 against. ${capitalise(a.written)} signed ${p.written} in 2025. ${capitalise(b.written)}, which did not participate in the vote on the amendment, voted against the draft as a whole.`,
        expected: [
          `UN General Assembly Third Committee|adopted|draft resolution ${symbol}|affirmed`,
          ...rowsFor([x], "co-sponsored", amendment, "affirmed"),
          ...rowsFor([a], "signed", p.id, "affirmed"),
          ...rowsFor([b], "supported", amendment, "negated"),
        ].sort(),
      };
    }),
    ...generate(13024, 4, (rng) => {
      // "his country had moved from abstention in 2023 to a vote in favour": the abstention is a position left, not this vote's.
      const symbol = `A/C.3/79/L.${10 + Math.floor(rng() * 40)}`;
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const from = pick(rng, ["abstention", "abstaining", "voting against"]);
      return {
        text: `${capitalise(a.written)} voted in favour of draft resolution ${symbol}. The representative of ${b.written} said that ${pick(rng, ["his", "her"])} country had ${pick(rng, ["moved", "switched", "shifted"])} from ${from} in 2023 to a vote in favour.`,
        expected: rowsFor([a], "supported", `draft resolution ${symbol}`, "affirmed"),
      };
    }),
    ...generate(13025, 8, (rng, i) => {
      // Two texts adopted together, each described and followed by its symbol in brackets ("a resolution on the human right to a
      // clean, healthy and sustainable environment (A/HRC/61/L.18)"), then called by their subjects: "The environment text was
      // presented by A", "The text on persons with albinism, presented by B and C, …".
      const topics = [
        ["the human right to a clean, healthy and sustainable environment", "environment", "the environment"],
        ["the rights of persons with albinism", "albinism", "persons with albinism"],
        ["the safety of journalists", "journalists", "the safety of journalists"],
        ["the rights of persons with disabilities", "disability", "persons with disabilities"],
      ] as const;
      const [x, y] = sample(rng, [...topics], 2) as [(typeof topics)[number], (typeof topics)[number]];
      const [sx, sy] = [`A/HRC/61/L.${4 + i}`, `A/HRC/61/L.${20 + i}`];
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const [nx, ny] = [`resolution on ${x[0]} (${sx})`, `resolution on ${y[0]} (${sy})`];
      return {
        text: `The Human Rights Council adopted a ${nx} and a ${ny}. The ${x[1]} text was presented by ${a.written}. The text on ${y[2]}, presented by ${b.written} and ${c.written}, urges States to ratify the Convention against Torture.`,
        expected: [
          `UN Human Rights Council|adopted|${nx}|affirmed`,
          `UN Human Rights Council|adopted|${ny}|affirmed`,
          ...rowsFor([a], "co-sponsored", nx, "affirmed"),
          ...rowsFor([b, c], "co-sponsored", ny, "affirmed"),
        ].sort(),
      };
    }),
    ...generate(13027, 5, (rng, i) => {
      // "it had been co-sponsored by 94 delegations, including A, B and C, which joined the sponsors after ratifying X": a text is
      // co-sponsored, never a catalogued treaty; the treaty is the relative clause's, and the sponsors' text is the draft.
      const symbol = `A/C.3/79/L.${10 + i}`;
      const t = pick(rng, TREATIES_ONLY);
      const [x, a, b, c] = sample(rng, STATES, 4) as [StateName, StateName, StateName, StateName];
      return {
        text: `The Third Committee approved draft resolution ${symbol} by a recorded vote of 120 in favour to 30 against. Introducing the draft, the representative of ${x.written} said it had been co-sponsored by ${90 + i} delegations, including ${a.written}, ${b.written} and ${c.written}, which joined the sponsors after ratifying ${t.written}.`,
        expected: [
          `UN General Assembly Third Committee|adopted|draft resolution ${symbol}|affirmed`,
          ...rowsFor([x, a, b, c], "co-sponsored", `draft resolution ${symbol}`, "affirmed"),
          ...rowsFor([c], "ratified", t.id, "affirmed"),
        ].sort(),
      };
    }),
    ...generate(13029, 12, (rng, i) => {
      // A treaty body named after its treaty ("the Conference of the Parties to X", "the Review Conference of X"), in any session of
      // it ("the Ninth Session of the Meeting of the Parties to X (MOP9), held in Bonn,", "the Second Conference of States Parties
      // to X") adopts as the body: the treaty in its name is no object, and the session is no other body.
      const t = pick(rng, TREATIES_ONLY);
      const [head, session] = pick(rng, [
        ["Conference of the Parties to", ""],
        ["Meeting of the Parties to", "Ninth Session of the "],
        ["Conference of States Parties to", "Second "],
        ["Assembly of States Parties to", "Twenty-third Session of the "],
        ["Review Conference of", "Fourth "],
      ] as const);
      const body = `${head} ${t.written}`;
      const decision = `decision ${2 + i}/${1 + (i % 3)}`;
      const form = i % 3;
      const text =
        form === 0
          ? `The ${session}${body} adopted ${decision} on 9 May 2025.`
          : form === 1
            ? `The ${session}${body} (COP${3 + i}), held in ${pick(rng, ["Bonn", "Geneva", "Nairobi"])} from 5 to 9 May 2025, adopted ${decision}.`
            : `${capitalise(decision)} was adopted by the ${session}${body} in ${pick(rng, ["Bonn", "Geneva", "Nairobi"])} on 9 May 2025.`;
      return { text, expected: [`${body}|adopted|${form === 2 ? capitalise(decision) : decision}|affirmed`] };
    }),
    ...generate(13033, 8, (rng, i) => {
      // The agent after a manner ("adopted by consensus by the Conference of the Parties to X") and a sitting in lower case before
      // the body's name ("by the third meeting of the Conference of the Parties to X", "at an extraordinary session of …").
      const t = pick(rng, TREATIES_ONLY);
      const decision = `Decision ${3 + i}/${1 + (i % 4)}`;
      const manner = i % 2 === 0 ? `by ${pick(rng, ["consensus", "acclamation", "a recorded vote"])} ` : "";
      const sitting = pick(rng, ["", "the third meeting of ", "an extraordinary session of ", "the 12th session of "]);
      return {
        text: `${decision} was adopted ${manner}by ${sitting}the Conference of the Parties to ${t.written} in ${pick(rng, ["Geneva", "Nairobi"])} in 2015.`,
        expected: [`Conference of the Parties to ${t.written}|adopted|${decision}|affirmed`],
      };
    }),
    ...generate(13035, 6, (rng, i) => {
      // "X entered into force in 2022. It was adopted by the Committee of Ministers on 3 May 2017.": the text the sentence before is
      // about, adopted by the body named; "It was approved by the Senate" is a domestic step, no adoption.
      const t = pick(rng, TREATIES_ONLY);
      const body = pick(rng, ["Committee of Ministers", "Diplomatic Conference", "International Labour Conference"]);
      const domestic = i % 3 === 2;
      return {
        text: `${capitalise(t.written)} entered into force in 2022. It was adopted by the ${domestic ? "Senate" : body} on 3 May 2017.`,
        expected: domestic ? [] : [`${body}|adopted|${t.id}|affirmed`],
      };
    }),
    ...generate(13031, 6, (rng, i) => {
      // "adopted the X Roadmap for the implementation of Y": Y is what the adopted text implements, not a second text adopted.
      const [t, u] = sample(rng, TREATIES_ONLY, 2) as [(typeof TREATIES_ONLY)[number], (typeof TREATIES_ONLY)[number]];
      const plan = `${pick(rng, ["Accra", "Lima", "Hanoi"])} ${pick(rng, ["Roadmap", "Action Plan"])} 2025-202${7 + (i % 3)}`;
      const lead = pick(rng, ["for the implementation of", "on the implementation of", "implementing"]);
      return {
        text: `The Conference of the Parties to ${t.written} adopted the ${plan} ${lead} ${u.written}.`,
        expected: [`Conference of the Parties to ${t.written}|adopted|${plan}|affirmed`],
      };
    }),
    ...generate(13037, 6, (rng, i) => {
      // "The Secretary announced that A, B and C had joined the sponsors.": the draft the text is about, its sponsors joined.
      const symbol = `A/C.3/79/L.${30 + (i % 9)}`;
      const l = few(rng, 2, 4);
      const lead = pick(rng, ["The Secretary of the Committee announced that ", "He announced that ", ""]);
      const text = `The Committee adopted draft resolution ${symbol} without a vote. ${lead}${lead ? listOf(names(l)) : capitalise(listOf(names(l)))} had ${pick(rng, ["", "also "])}joined the sponsors.`;
      return { text, expected: rowsFor(l, "co-sponsored", `draft resolution ${symbol}`, "affirmed") };
    }),
    ...generate(13043, 12, (rng, i) => {
      // A report written days after its meetings ("New York, June 30 – …"): right after the sentence that reports a text adopted on
      // another day, in its paragraph, a vote or a sponsorship that names no text is on that text, not on one a paragraph before named.
      const [a, b, c, d] = sample(rng, STATES, 4) as [StateName, StateName, StateName, StateName];
      const earlier = `resolution "Promotion of ${pick(rng, ["Human Rights", "Democracy", "Cultural Rights"])}"`;
      const adopted = `resolution "The Situation in ${pick(rng, ["Haiti", "Sudan", "Myanmar"])}"`;
      const head = `NEWS RELEASE\n\nNew York, June 30, 2025 – The delegation reports on the session.\n\n`;
      const opening = `The General Assembly adopted by consensus the ${earlier}.\n\nOn June ${20 + (i % 8)} the General Assembly adopted the ${adopted} by 20 votes in favour, 4 against and 9 abstentions.`;
      const [act, rows] =
        i % 2 === 0
          ? [`${capitalise(listOf([a.written, b.written]))} presented the draft.`, rowsFor([a, b], "co-sponsored", adopted, "affirmed")]
          : [`${capitalise(listOf([c.written, d.written]))} voted against.`, rowsFor([c, d], "supported", adopted, "negated")];
      return {
        text: `${opening} ${act}`,
        head,
        expected: [`UN General Assembly|adopted|${earlier}|affirmed`, `UN General Assembly|adopted|${adopted}|affirmed`, ...rows].sort(),
      };
    }),
    ...generate(13042, 12, (rng, i) => {
      // "A, B and C presented the draft", "A introduced the draft as main sponsor": tabling "the draft" as a whole noun phrase sponsors
      // the draft the text is about; "the draft law" or a draft named by a domestic noun is no such text.
      const symbol = `A/C.3/79/L.${30 + (i % 9)}`;
      const draftId = `draft resolution ${symbol}`;
      const l = few(rng, 1, 3);
      const verb = pick(rng, ["presented", "introduced", "tabled"]);
      const lead = `The Third Committee approved ${draftId} without a vote.`;
      const adopted = `UN General Assembly Third Committee|adopted|${draftId}|affirmed`;
      if (i % 4 === 3) return { text: `${lead} ${capitalise(listOf(names(l)))} ${verb} the draft law on data protection in parliament.`, expected: [adopted] };
      const tail = pick(rng, [".", " as main sponsor.", " on behalf of its co-sponsors.", ", which was adopted without a vote."]);
      return {
        text: `${lead} ${capitalise(listOf(names(l)))} ${verb} the draft${tail}`,
        expected: [adopted, ...rowsFor(l, "co-sponsored", draftId, "affirmed")].sort(),
      };
    }),
    ...generate(13041, 12, (rng, i) => {
      // A relative vote after a list and a short apposition to it ("we thank A, B and C, the A3 Plus, which voted in favour") is the
      // list's; an explanation of vote dated this year is never on a resolution its year dates earlier, which it mentions in passing
      // ("authorized by resolution 2699 (2023)"): the draft it explains is.
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const apposition = pick(rng, ["the A3 Plus", "our partners", "the three elected members"]);
      const year = 2024 + (i % 2);
      const place = pick(rng, ["Haiti", "Sudan", "Libya"]);
      const head = `Explanation of vote on the draft resolution on ${place}\n\nNew York, ${3 + i} March ${year}\n\n`;
      const text = `The mission was authorized by resolution ${2600 + i} (${year - 2}) two years ago. In particular we thank ${listOf([a.written, b.written, c.written])}, ${apposition}, which voted in favour.`;
      return { text, head, expected: rowsFor([a, b, c], "supported", `draft resolution on ${place}`, "affirmed") };
    }),
    ...generate(13040, 12, (rng, i) => {
      // Short symbols in a text that names a draft in full: "L.20" is that draft (revised or not: "A/C.3/79/L.20/Rev.1"); another
      // number of the same series ("Amendment L.63, submitted by A", "voted for both L.63 and L.64") is a draft of its own, kept as
      // written.
      const n = 20 + (i % 7);
      const symbol = `A/C.3/79/L.${n}${i % 2 === 0 ? "/Rev.1" : ""}`;
      const draftId = `draft resolution ${symbol}`;
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const lead = `The Third Committee approved ${draftId} without a vote.`;
      const adopted = `UN General Assembly Third Committee|adopted|${draftId}|affirmed`;
      const m = 60 + i;
      switch (i % 3) {
        case 0:
          return {
            text: `${lead} Amendment L.${m}, submitted by ${a.written}, was rejected.`,
            expected: [adopted, ...rowsFor([a], "co-sponsored", `Amendment L.${m}`, "affirmed")].sort(),
          };
        case 1:
          return {
            text: `${lead} ${capitalise(listOf([a.written, b.written]))} voted for both L.${m} and L.${m + 1}.`,
            expected: [adopted, ...rowsFor([a, b], "supported", `L.${m}`, "affirmed"), ...rowsFor([a, b], "supported", `L.${m + 1}`, "affirmed")].sort(),
          };
        default:
          return {
            text: `${lead} ${capitalise(a.written)} had co-sponsored L.${n}.`,
            expected: [adopted, ...rowsFor([a], "co-sponsored", draftId, "affirmed")].sort(),
          };
      }
    }),
    ...generate(13039, 12, (rng, i) => {
      // A list named after a generic antecedent of a relative vote ("all members of the Council that voted in favour, including A
      // and B"), or after a noun that classes its States ("Among the co-sponsors were Council members A, B and C", "Its co-sponsors
      // included fellow members A and B"): the States listed did the act, on the text the sentence before names.
      const r = pick(rng, RESOLUTIONS);
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const lead = `The Security Council adopted ${r.written} by a vote of 13-0-2.`;
      const adopted = `UN Security Council|adopted|${r.id}|affirmed`;
      switch (i % 3) {
        case 0:
          return {
            text: `${lead} We thank all ${pick(rng, ["members of the Council", "delegations", "States"])} ${pick(rng, ["that", "who"])} voted in favour, including ${listOf([a.written, b.written])}.`,
            expected: [adopted, ...rowsFor([a, b], "supported", r.id, "affirmed")].sort(),
          };
        case 1:
          return {
            text: `${lead} Among the co-sponsors were ${pick(rng, ["Council members", "members", "elected members"])} ${listOf([a.written, b.written, c.written])}.`,
            expected: [adopted, ...rowsFor([a, b, c], "co-sponsored", r.id, "affirmed")].sort(),
          };
        default:
          return {
            text: `${lead} Its co-sponsors included ${pick(rng, ["fellow members", "Council members", "non-permanent members"])} ${listOf([a.written, b.written])}.`,
            expected: [adopted, ...rowsFor([a, b], "co-sponsored", r.id, "affirmed")].sort(),
          };
      }
    }),
    ...generate(13038, 12, (rng, i) => {
      // A recorded vote laid out as headings on lines of their own ("Yes", "Against (2)", "Not participating:"), each over the line that
      // lists its States: each list votes as its heading says, on the text the section is about. A heading over a line that lists
      // no State gives nothing.
      const symbol = `A/C.1/79/L.${40 + (i % 9)}`;
      const draftId = `draft resolution ${symbol}`;
      const [a, b, c, d, e] = sample(rng, STATES, 5) as [StateName, StateName, StateName, StateName, StateName];
      const [yes, no, abstain, absent] = pick(rng, [
        ["Yes", "No", "Abstaining", "Not participating"],
        ["In favour (2):", "Against (1):", "Abstentions (1):", "Absent:"],
        ["In favour", "Against", "Abstained", "Non-voting"],
      ] as const);
      const lines = [`${yes}`, capitalise(`${a.written}, ${b.written}`), no, capitalise(c.written), abstain, capitalise(d.written)];
      if (i % 4 === 3) lines.push(absent, "The delegation said it would explain its position later.");
      else lines.push(absent, capitalise(e.written));
      return {
        text: `The Committee took a recorded vote on ${draftId}.\n\nRecorded vote on ${draftId}\n\n${lines.join("\n")}`,
        expected: [...rowsFor([a, b], "supported", draftId, "affirmed"), ...rowsFor(i % 4 === 3 ? [c, d] : [c, d, e], "supported", draftId, "negated")].sort(),
      };
    }),
    ...generate(13036, 12, (rng, i) => {
      // A summary record's speakers: "Ms. Nakato (Uganda) said that her delegation had voted in favour", "Mr. X (A), speaking also on
      // behalf of B and C, said that the three countries had voted against the draft resolution"; not the speaker when another State is
      // the reported clause's subject ("Mr. X (A) said that B had voted against").
      const symbol = `A/C.3/79/L.${20 + (i % 9)}`;
      const draftId = `draft resolution ${symbol}`;
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const person = `${pick(rng, ["Ms.", "Mr.", "Mrs.", "Ms"])} ${pick(rng, ["Nakato", "Kato", "de Graaf", "Pérez Álvarez", "Keller"])}`;
      const lead = `The Committee adopted draft resolution ${symbol} by a recorded vote of 120 to 2, with 40 abstentions.`;
      const [way, polarity] = pick(rng, [
        ["voted in favour", "affirmed"],
        ["voted against the draft resolution", "negated"],
        ["abstained", "negated"],
      ] as const);
      if (i % 3 === 0)
        return {
          text: `${lead} ${person} (${a.written}) said that ${pick(rng, ["her", "his"])} delegation had ${way}.`,
          expected: rowsFor([a], "supported", draftId, polarity),
        };
      if (i % 3 === 1)
        return {
          text: `${lead} ${person} (${a.written}), speaking also on behalf of ${b.written} and ${c.written}, said that ${pick(rng, ["the three countries", "the three nuclear-weapon States", "the three Benelux countries"])} had ${way}.`,
          expected: rowsFor([a, b, c], "supported", draftId, polarity),
        };
      return {
        text: `${lead} ${person} (${a.written}) said that ${b.written} had ${way}.`,
        expected: rowsFor([b], "supported", draftId, polarity),
      };
    }),
    ...generate(13465, 12, (rng, i) => {
      // Companions past a vote's day ("voted against resolution 74/247 on 27 December 2019, together with B and C"), and States a
      // text was co-sponsored with ("co-sponsored it with B, C and D, among others"); not "co-sponsored a side event with B".
      const [a, b, c, d] = sample(rng, BARE_STATES, 4) as [StateName, StateName, StateName, StateName];
      const symbol = `${70 + (i % 9)}/${100 + i}`;
      const text = `resolution ${symbol}`;
      const A = capitalise(a.written);
      switch (i % 3) {
        case 0: {
          const [way, polarity] = pick(rng, [
            ["voted against", "negated"],
            ["voted in favour of", "affirmed"],
          ] as const);
          return {
            text: `${A} ${way} ${text} on 27 December 2019, ${pick(rng, ["together with", "along with"])} ${listOf([b.written, c.written, d.written])}.`,
            expected: rowsFor([a, b, c, d], "supported", text, polarity),
          };
        }
        case 1:
          return {
            text: `${A} voted in favour of ${text} on 1 November, and co-sponsored it with ${listOf([b.written, c.written, d.written])}${pick(rng, [", among others", ""])}.`,
            expected: [...rowsFor([a], "supported", text, "affirmed"), ...rowsFor([a, b, c, d], "co-sponsored", text, "affirmed")].sort(),
          };
        default:
          return {
            text: `${A} co-sponsored ${text} in 2019. ${A} also co-sponsored a side event with ${listOf([b.written, c.written])}.`,
            expected: rowsFor([a], "co-sponsored", text, "affirmed"),
          };
      }
    }),
    ...generate(13463, 12, (rng, i) => {
      // A body's adoption in a clause that opens with "once", "if" or "as soon as" is still to come (planned), its subject's opener
      // read with it; without one it is done.
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const lead = `${capitalise(a.written)} signed ${t.written} in 2013.`;
      if (i % 3 === 2)
        return {
          text: `${lead} The treaty was adopted by the Committee of Ministers in 2012.`,
          expected: [...rowsFor([a], "signed", t.id, "affirmed"), `Committee of Ministers|adopted|${t.id}|affirmed`].sort(),
        };
      const opener = pick(rng, ["Once", "If", "As soon as"]);
      return {
        text: `${lead} ${opener} the treaty is adopted by the Committee of Ministers, ${b.written} ${pick(rng, ["intends to sign it", "will sign it"])}.`,
        expected: [
          ...rowsFor([a], "signed", t.id, "affirmed"),
          ...rowsFor([b], "signed", t.id, "planned"),
          `Committee of Ministers|adopted|${t.id}|planned`,
        ].sort(),
      };
    }),
    ...generate(13460, 12, (rng, i) => {
      // An agentless adoption of a resolution whose name or number says its body ("General Assembly resolution ES-10/23",
      // "resolution ES-11/4", "resolution 2231 (2015)") is that body's, not the organisation named last.
      const [a] = sample(rng, STATES, 1) as [StateName];
      const [text, body] = pick(rng, [
        [`General Assembly resolution ES-${10 + (i % 2)}/${20 + i}`, "UN General Assembly"],
        [`resolution ES-11/${1 + i}`, "UN General Assembly"],
        [`resolution ${2700 + i} (2023)`, "UN Security Council"],
        [`Security Council resolution ${2600 + i} (2022)`, "UN Security Council"],
      ] as const);
      const between = pick(rng, ["The Council of Europe issued a statement on the matter.", "The European Commission has followed the talks closely.", ""]);
      const how = pick(rng, ["with 143 votes in favour, 9 against and 25 abstentions", "by 99 votes to 12", "unanimously", "without a vote"]);
      return {
        text: `${capitalise(a.written)} welcomed ${text}. ${between}${between ? " " : ""}The resolution was adopted ${how}.`,
        expected: [`${a.name}|welcomed|${text}|affirmed`, `${body}|adopted|${text}|affirmed`].sort(),
      };
    }),
    ...generate(13526, 20, (rng, i): Case => {
      const b = pick(rng, BODIES);
      const r = pick(rng, RESOLUTIONS);
      const adopted = `${b.written} adopted ${r.written} by 14 votes to none, with one abstention.`;
      const row = `${b.name}|adopted|${r.id}|affirmed`;
      const kind = i % 5;
      // "The 35 abstaining States included A, B": the voters' head between the vote word and its list.
      if (kind === 0) {
        const l = few(rng, 2, 4);
        const head = pick(rng, ["States", "delegations", "members", "countries"]);
        return {
          text: `${adopted} The ${5 + Math.floor(rng() * 30)} abstaining ${head} included ${listOf(names(l))}.`,
          expected: [row, ...rowsFor(l, "supported", r.id, "negated")].sort(),
        };
      }
      // "Voting in favour were the permanent members A, B, together with the elected members C, D": lists after descriptors.
      if (kind === 1) {
        const [l1, l2] = [sample(rng, BARE_STATES, 2 + Math.floor(rng() * 2)), sample(rng, BARE_STATES, 5)] as [StateName[], StateName[]];
        const others = l2.filter((x) => !l1.includes(x)).slice(0, 3);
        return {
          text: `${adopted} Voting in favour were the ${pick(rng, ["permanent members", "five permanent members"])} ${listOf(names(l1))}, together with the ${pick(rng, ["elected members", "ten elected members", "non-permanent members"])} ${listOf(names(others))}.`,
          expected: [row, ...rowsFor([...l1, ...others], "supported", r.id, "affirmed")].sort(),
        };
      }
      // "A abstained; it was the first resolution on Cyprus since 1979 that it had allowed to pass": the vote is on the text the
      // meeting adopted, not one a clause of its own names after a semicolon.
      if (kind === 2) {
        const [x] = sample(rng, BARE_STATES, 1) as [StateName];
        const place = pick(rng, ["Cyprus", "Haiti", "Somalia", "Western Sahara"]);
        return {
          text: `${adopted} ${capitalise(x.written)} abstained; it was the first resolution on ${place} since 1979 that it had allowed to pass.`,
          expected: [row, ...rowsFor([x], "supported", r.id, "negated")].sort(),
        };
      }
      // "Security Council resolution 2334 was adopted on 23 December 2016. … voted against resolution 2334": the votes are cast on
      // the day the document gives the adoption, however the two name the text.
      if (kind === 3) {
        const l = few(rng, 1, 3);
        const [full, short, body] = pick(rng, [
          [`United Nations Security Council resolution ${2900 + i}`, `resolution ${2900 + i}`, "UN Security Council"],
          [`Security Council resolution ${2900 + i}`, `resolution ${2900 + i}`, "UN Security Council"],
          [`General Assembly resolution 71/${100 + i}`, `resolution 71/${100 + i}`, "UN General Assembly"],
        ] as const);
        const [day, iso] = pick(rng, [
          ["23 December 2016", "2016-12-23"],
          ["19 December 2016", "2016-12-19"],
          ["7 October 2016", "2016-10-07"],
        ] as const);
        const verb = pick(rng, ["voted against", "abstained on"]);
        return {
          head: "Title: Reference article\nDate: 2025-03-11\n\n",
          text: `${full} was adopted on ${day}. ${capitalise(listOf(names(l)))} ${verb} ${short}.`,
          expected: [`${body}|adopted|${full}|affirmed|${iso}`, ...rowsFor(l, "supported", short, "negated", iso)].sort(),
          dates: true,
        };
      }
      // "… Extends the Mission until 31 December 2026, Adopting Resolution 2734 (2024)": the end of a term is not the day of the act.
      const until = pick(rng, ["31 December 2026", "30 June 2025", "31 January 2026"]);
      const number = `${2730 + i} (2024)`;
      return {
        head: "Title: Security Council press release\nDate: 2024-08-28\n\n",
        text: `Security Council Extends ${pick(rng, ["the Mission", "UNIFIL", "the Panel of Experts"])} until ${until}, Adopting Resolution ${number} by 13 Votes`,
        expected: [`UN Security Council|adopted|Resolution ${number}|affirmed|2024-08-28`],
        dates: true,
      };
    }),
    ...generate(13536, 10, (rng, i) => {
      // "General Assembly resolution 68/262 of 27 March 2014 … That text was adopted by 100 votes to 11; A and B voted against": the
      // adoption and the votes on a resolution the document dates where it names it are of that day, not the document's.
      const l = few(rng, 1, 3);
      const number = `${60 + i}/${200 + i}`;
      const [day, iso] = pick(rng, [
        ["27 March 2014", "2014-03-27"],
        ["19 December 2016", "2016-12-19"],
        ["2 March 2022", "2022-03-02"],
      ] as const);
      const verb = pick(rng, ["voted against", "abstained"]);
      return {
        head: "Title: Background note\nDate: 2024-10-12\n\n",
        text: `The Assembly recalled General Assembly resolution ${number} of ${day} on the matter. That text was adopted by 100 votes to 11, with 58 abstentions; ${listOf(names(l))} ${verb}.`,
        expected: [
          `UN General Assembly|adopted|General Assembly resolution ${number}|affirmed|${iso}`,
          ...rowsFor(l, "supported", `General Assembly resolution ${number}`, "negated", iso),
        ].sort(),
        dates: true,
      };
    }),
    ...generate(13538, 8, (rng, i) => {
      // "Twenty-four Member States, including A, B and C, did not vote": the aside names some of the counted voters.
      const b = pick(rng, BODIES);
      const r = pick(rng, RESOLUTIONS);
      const l = sample(rng, BARE_STATES, 2 + (i % 3));
      const [verb, polarity] = pick(rng, [
        ["did not vote", "negated"],
        ["abstained", "negated"],
        ["voted in favour", "affirmed"],
      ] as const);
      return {
        text: `${b.written} adopted ${r.written} by 152 votes to 5. ${pick(rng, ["Twenty-four Member States", "Several delegations", "Eleven countries"])}, including ${listOf(names(l))}, ${verb}.`,
        expected: [`${b.name}|adopted|${r.id}|affirmed`, ...rowsFor(l, "supported", r.id, polarity)].sort(),
      };
    }),
    ...generate(13542, 12, (rng, i) => {
      // "The Assembly on Tuesday adopted a resolution on X by 129 votes to 13 … The resolution, A/79/L.52, was drafted by Norway.
      // Voting against were A, B": the votes on the text the document names by symbol are cast at the adoption it reports as its news,
      // told by description only.
      const l = few(rng, 3, 5);
      const [against, abstaining] = [l.slice(0, 2), l.slice(2)];
      const topic = pick(rng, ["the safety of journalists", "human rights defenders", "freedom of expression", "enforced disappearances"]);
      const [weekday, iso] = pick(rng, [
        ["on Tuesday", "2024-12-17"],
        ["on Monday", "2024-12-16"],
        ["yesterday", "2024-12-17"],
      ] as const);
      const votes = (on: string, day: string) => rowsFor(against, "supported", on, "negated", day).concat(rowsFor(abstaining, "supported", on, "negated", day));
      const lists = `Voting against were ${listOf(names(against))}. Abstaining were ${listOf(names(abstaining))}.`;
      const symbol = `A/79/L.${40 + i}`;
      return {
        head: "Title: Wire report\nDate: 2024-12-18\n\n",
        text: `The General Assembly ${weekday} adopted a resolution on ${topic} by 129 votes to 13, with 39 abstentions. The resolution, ${symbol}, was drafted by Norway. ${lists}`,
        expected: [
          `UN General Assembly|adopted|resolution on ${topic}|affirmed|${iso}`,
          `Norway|co-sponsored|${symbol}|affirmed|-`,
          ...votes(symbol, iso),
        ].sort(),
        dates: true,
      };
    }),
    ...generate(13575, 12, (rng, i) => {
      // "X was adopted with the abstentions of A and B", "passed despite abstentions by A, B": the noun's voters abstained; "with 12
      // abstentions" names none.
      const r = pick(rng, RESOLUTIONS);
      const l = few(rng, 1, 3);
      if (i % 4 === 3) return { text: `${capitalise(r.written)} was adopted by 12 votes, with ${pick(rng, ["two", "three"])} abstentions.`, expected: [] };
      const text =
        i % 2 === 0
          ? `${capitalise(r.written)} was adopted with the ${l.length > 1 ? "abstentions" : "abstention"} of ${listOf(names(l))}.`
          : `${capitalise(r.written)} passed despite ${pick(rng, ["abstentions", "the abstentions"])} by ${listOf(names(l))}.`;
      return { text, expected: rowsFor(l, "supported", r.id, "negated") };
    }),
    ...generate(13581, 12, (rng, i) => {
      // "A and six other States voted against X", "A, along with six other States, abstained on X", "A and 20 others voted against":
      // the named voter beside unnamed others; "Among the ten States that voted against X was A" (inverted).
      const r = pick(rng, RESOLUTIONS);
      const [a] = few(rng, 1, 1) as [StateName];
      const [vote, polarity] = pick(rng, [
        ["voted against", "negated"],
        ["voted in favour of", "affirmed"],
        ["abstained on", "negated"],
      ] as const);
      const form = i % 4;
      const text =
        form === 0
          ? `${a.written} and ${pick(rng, ["six", "12", "several"])} other ${pick(rng, ["States", "countries", "delegations"])} ${vote} ${r.written}.`
          : form === 1
            ? `${a.written}, ${pick(rng, ["along with", "together with"])} six other States, ${vote} ${r.written}.`
            : form === 2
              ? `${a.written} and 20 others ${vote} ${r.written}.`
              : `Among the ten States that ${vote} ${r.written} was ${a.written}.`;
      return { text, expected: rowsFor([a], "supported", r.id, polarity) };
    }),
    ...generate(13616, 16, (rng, i) => {
      // "Chile's representative said that her delegation had abstained", "Mr. X (Peru) said his delegation had voted against", "The
      // speaker for Norway, speaking after the vote, said her delegation had voted in favour": the speaker's State voted, on the text
      // adopted before.
      const r = pick(rng, RESOLUTIONS);
      const a = pick(rng, BARE_STATES);
      const [vote, polarity] = pick(rng, [
        ["had voted in favour", "affirmed"],
        ["had voted against", "negated"],
        ["had abstained", "negated"],
      ] as const);
      const form = i % 4;
      const speaker =
        form === 0
          ? `${a.written}'s ${pick(rng, ["representative", "delegate"])}`
          : form === 1
            ? `${pick(rng, ["Ms.", "Mr."])} ${pick(rng, ["Ruiz", "Ngata", "Lindqvist", "Okonjo"])} (${a.written})`
            : form === 2
              ? `The ${pick(rng, ["speaker", "representative"])} for ${a.written}`
              : `The representative of ${a.written}`;
      const aside = rng() < 0.4 ? ", speaking after the vote," : "";
      const text = `The Security Council adopted ${r.written} by 13 votes to none, with 2 abstentions. ${speaker}${aside} said ${rng() < 0.5 ? "that " : ""}${pick(rng, ["his", "her"])} delegation ${vote}.`;
      return { text, expected: [...rowsFor([a], "supported", r.id, polarity), `UN Security Council|adopted|${r.id}|affirmed`].sort() };
    }),
    ...generate(13617, 10, (rng) => {
      // "The Government will sign and ratify the Treaty only after securing universal support": how widely a text is backed is no
      // State's support of it.
      const a = pick(rng, BARE_STATES);
      const t = pick(rng, TREATIES_ONLY);
      const head = /Convention/u.test(t.written)
        ? "Convention"
        : /Agreement/u.test(t.written)
          ? "Agreement"
          : /Statute/u.test(t.written)
            ? "Statute"
            : "Treaty";
      const extent = pick(rng, ["universal", "broad", "wide", "widespread", "growing"]);
      const text = `${a.written} has not signed ${t.written}. The Government will ${pick(rng, ["sign and ratify", "ratify"])} the ${head} only after ${pick(rng, ["securing", "ensuring", "taking account of the need for"])} ${extent} support.`;
      const planned = /sign and/u.test(text) ? ["signed", "ratified"] : ["ratified"];
      return {
        text,
        expected: [...rowsFor([a], "signed", t.id, "negated"), ...planned.flatMap((act) => rowsFor([a], act, t.id, "planned"))].sort(),
      };
    }),
    ...generate(13625, 12, (rng, i) => {
      // A title-case headline "Council Rejects Draft Resolution on X Crisis Owing to Negative Vote by Y": the draft's title ends before
      // the news's reason ("Owing to", "Amid", "Despite", "Following"), and the body's vote on "the text" is on that draft.
      const place = pick(rng, ["Sudan", "Sahel", "Haiti", "Yemen"]);
      const reason = pick(rng, ["Owing to Negative Vote by", "Amid Objections from", "Despite Opposition from", "Following Veto by"]);
      const l = sample(
        rng,
        BARE_STATES.filter((x) => !x.written.includes(" and ")),
        3,
      ) as StateName[];
      const [a, b, c] = l as [StateName, StateName, StateName];
      const draft = `Draft Resolution on ${place} Crisis`;
      return {
        head: `Security Council ${i % 2 === 0 ? "Rejects" : "Fails to Adopt"} ${draft} ${reason} ${c.written}\n\n`,
        text: `The text received 13 votes in favour (${a.written}, ${b.written}) to 1 against (${c.written}).`,
        // ("Fails to Adopt": the Council's own act, negated.)
        expected: [
          ...rowsFor([a, b], "supported", draft, "affirmed"),
          ...rowsFor([c], "supported", draft, "negated"),
          ...(i % 2 === 1 ? [`UN Security Council|adopted|${draft}|negated`] : []),
        ].sort(),
      };
    }),
    ...generate(13626, 8, (rng, i) => {
      // "The most recent text, resolution 77/222 of 15 December 2022, was adopted by 125 votes to 37": the text's own date between its
      // number and the passive; the body the document speaks of adopted it, on that date.
      const n = 200 + i;
      return {
        head: "Press release, 19 November 2024\n\n",
        text: `The General Assembly has taken up the question since 2007. ${pick(rng, ["The most recent text", "The last text", "Its latest text"])}, resolution 77/${n} of ${pick(rng, ["15 December 2022", "December 15, 2022"])}, was adopted by ${pick(rng, ["125 votes to 37", "a recorded vote of 125 to 37"])}.`,
        dates: true,
        expected: [`UN General Assembly|adopted|resolution 77/${n}|affirmed|2022-12-15`],
      };
    }),
    ...generate(13627, 10, (rng, i) => {
      // "Draft resolution X was introduced by the representative of A", "… presented by the delegation of A": the speaker's State
      // sponsors the text it introduces.
      const [a] = sample(rng, BARE_STATES, 1) as [StateName];
      const draft = `A/C.3/79/L.${30 + i}`;
      return {
        text: `Draft resolution ${draft} was ${pick(rng, ["introduced", "presented"])} by the ${pick(rng, ["representative", "delegation", "Permanent Representative"])} of ${a.written}${pick(rng, ["", " on 4 November"])}.`,
        expected: rowsFor([a], "co-sponsored", `Draft resolution ${draft}`, "affirmed"),
      };
    }),
  ];

  it("generates at least 20 cases", () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases.map((c) => [c.text.replace(/\n/gu, "⏎"), c] as const))("%s", (_name, c) => {
    expect(extractRows(c)).toEqual(c.expected);
  });
});
