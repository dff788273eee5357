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
import { LOW_CONFIDENCE_BELOW } from "../../src/core";
import { extractBody, rows } from "../support/extractBody";

/**
 * Construction family: negation and plans, with their scope over lists and coordination. A
 * negated or planned act is never a done act: "has yet to", "not party", "neither A nor B",
 * "signed but not ratified", "refused to", "expects to ratify", "its process has started",
 * "will become a party", "we hope that A will follow suit", "is considering whether to join".
 * Rows with polarity other than `affirmed` must say `negated` or `planned`, never `affirmed`.
 */

const treaty = (rng: Rng) => pick(rng, TREATIES);
const few = (rng: Rng, min = 1, max = 4) => sample(rng, STATES, min + Math.floor(rng() * (max - min + 1)));
const names = (list: readonly StateName[]) => list.map((s) => s.written);
const subject = (l: readonly StateName[]) => capitalise(listOf(names(l)));

/** One party frame of eight, the `form`th. */
function partyFrame(rng: Rng, form: number): Case {
  // Party frames, however the copula, the adverbs and the noun are written: "has been a Party since 2016", "is still not a party
  // to X", "are all parties.", "therefore remains a State Party for now", "remains bound by X", "is no longer bound by X",
  // "A, a Party since 2016, …"; "until now it had not been a State Party" gives way to the act the text says is done; a
  // relative closed by its comma keeps its frame ("A, which is not yet a Party, adhered to D": not party, but adhered).
  const t = pick(
    rng,
    TREATIES.filter((x) => x.type !== "declaration" && !x.written.includes(",")),
  );
  const l = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const [a] = l;
  const year = String(2001 + Math.floor(rng() * 20));
  const topic = `${capitalise(t.written)} entered into force in 2014.`;
  const cases: Case[] = [
    {
      text: `${topic} ${capitalise(a.written)} has ${pick(rng, ["", "long ", "also "])}been a ${pick(rng, ["Party", "State Party", "party"])} since ${year}.`,
      expected: rowsFor([a], "party", t.id, "affirmed"),
    },
    {
      text: `${capitalise(a.written)} is ${pick(rng, ["still not", "not yet", "no longer"])} a ${pick(rng, ["party", "State Party"])} to ${t.written}.`,
      expected: rowsFor([a], "party", t.id, "negated"),
    },
    {
      text: `${topic} ${capitalise(listOf(l.map((x) => x.written)))} are ${pick(rng, ["all", "now all", "already"])} parties.`,
      expected: rowsFor(l, "party", t.id, "affirmed"),
    },
    {
      text: `${topic} ${capitalise(a.written)} therefore remains a State Party ${pick(rng, ["for now", "for the time being"])}.`,
      expected: rowsFor([a], "party", t.id, "affirmed"),
    },
    { text: `${capitalise(a.written)} ${pick(rng, ["remains", "is"])} bound by ${t.written}.`, expected: rowsFor([a], "party", t.id, "affirmed") },
    { text: `${capitalise(a.written)} is no longer bound by ${t.written}.`, expected: rowsFor([a], "party", t.id, "negated") },
    {
      text: `${topic} ${capitalise(a.written)}, a ${pick(rng, ["Party", "State Party"])} since ${year}, spoke first.`,
      expected: rowsFor([a], "party", t.id, "affirmed"),
    },
    {
      text: `${topic} Until now ${a.written} had not been a State Party. Today ${a.written} became the 60th State Party to ${t.written}.`,
      expected: rowsFor([a], "party", t.id, "affirmed"),
    },
  ];
  return cases[form % cases.length] as Case;
}

const TEMPLATES: Array<(rng: Rng) => Case> = [
  (rng) => {
    // "A signed X in 2008, but its ratification is still pending before Parliament", "… but the ratification of the said Treaty
    // is not yet completed": signed, and its ratification still to come (not "its ratification followed in 2010").
    const t = pick(
      rng,
      TREATIES.filter((x) => x.type !== "declaration" && x.written.startsWith("the ")),
    );
    const [a] = sample(rng, STATES, 1) as [StateName];
    const [tail, ratified] = pick(rng, [
      ["its ratification is still pending before the national Parliament", "planned"],
      ["its ratification remains pending", "planned"],
      [`the ratification of ${t.written} is not yet completed`, "planned"],
      ["its ratification is under way", "planned"],
      ["its ratification followed in 2012", null],
    ] as const);
    return {
      text: `${capitalise(a.written)} signed ${t.written} in 2008, ${tail === "its ratification followed in 2012" ? "and" : "but"} ${tail}.`,
      expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...(ratified ? rowsFor([a], "ratified", t.id, ratified) : [])].sort(),
    };
  },
  (rng) => {
    // A question asserts nothing ("Has A ratified X?"); the answer after it does: "No." (not done), "Yes." (done).
    const t = pick(rng, TREATIES);
    const [a] = sample(rng, STATES, 1) as [StateName];
    const [question, action] = pick(rng, [
      [`Has ${a.written} ratified ${t.written}?`, "ratified"],
      [`Is ${a.written} a party to ${t.written}?`, "party"],
      [`Did ${a.written} sign ${t.written}?`, "signed"],
    ] as const);
    const answer = pick(rng, ["No.", "Yes.", ""]);
    return {
      text: `${question}${answer ? `\n${answer} The Government has explained its position.` : ""}`,
      expected: answer === "" ? [] : rowsFor([a], action, t.id, answer === "No." ? "negated" : "affirmed"),
    };
  },
  (rng) => {
    // An infinitive that is no plan: a feeling about a done act ("was proud to co-sponsor"), those who did it ("The other States to
    // join this year were A (in June), B (July)"); an act a procedure is for is still to come ("has started the internal
    // procedures for accession to X").
    const t = pick(rng, TREATIES);
    const l = sample(rng, STATES, 2);
    const [a, b] = l as [StateName, StateName];
    const form = pick(rng, [0, 1, 2, 3]);
    return [
      {
        text: `The Security Council adopted resolution 2467 (2019). ${capitalise(a.written)} was ${pick(rng, ["", "also ", "particularly "])}${pick(rng, ["proud", "pleased", "honoured"])} to co-sponsor, together with ${b.written}, resolution 2467 (2019).`,
        expected: [`UN Security Council|adopted|unsc-res-2467|affirmed`, ...rowsFor(l, "co-sponsored", "unsc-res-2467", "affirmed")].sort(),
      },
      {
        // A rank with a long place inserted: "the 45th member State, and the eighth in Latin America and the Caribbean, to ratify".
        text: `${capitalise(a.written)} is the ${pick(rng, ["45th", "12th", "30th"])} member State, and the ${pick(rng, ["eighth", "second"])} in ${pick(rng, ["Latin America and the Caribbean", "the Asia-Pacific region as a whole", "Africa"])}, to ratify ${t.written}.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      },
      {
        text: `${capitalise(t.written)} entered into force in 2014. The other States to join this year were ${a.written} (in June) and ${b.written} (July).`,
        expected: rowsFor(l, "acceded", t.id, "affirmed"),
      },
      {
        text: `${capitalise(t.written)} entered into force in 2014. ${capitalise(a.written)} has started the internal procedures for accession to ${t.written}.`,
        expected: rowsFor([a], "acceded", t.id, "planned"),
      },
    ][form] as Case;
  },
  (rng) => {
    // "neither Convention", "both Conventions": the two instruments named last; a negated act has no date, even when the sentence
    // holds one ("A, which rejoined UNESCO in July 2023, has joined neither Convention").
    const [x, y] = sample(
      rng,
      TREATIES.filter((t) => t.written.startsWith("the Convention") || t.written.endsWith("Convention")),
      2,
    ) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
    const l = sample(rng, STATES, 1 + Math.floor(rng() * 2));
    const names = listOf(l.map((a) => a.written));
    const [predicate, action, polarity] = pick(rng, [
      ["have ratified neither Convention", "ratified", "negated"],
      ["have joined neither Convention", "acceded", "negated"],
      ["have ratified both Conventions", "ratified", "affirmed"],
    ] as const);
    const relative = polarity === "negated" && l.length === 1 && rng() < 0.5;
    const subject = relative ? `${capitalise(names)}, which rejoined UNESCO in July 2023,` : capitalise(names);
    return {
      text: `${capitalise(x.written)} and ${y.written} were adopted in the 1990s. ${subject} ${l.length === 1 ? predicate.replace("have", "has") : predicate}.`,
      expected: [...rowsFor(l, action, x.id, polarity, null), ...rowsFor(l, action, y.id, polarity, null)].sort(),
      dates: true,
    };
  },
  (rng) => {
    // "A, B and C remain outside X" (also after a generic head with a complement: "Several States with large arsenals, including
    // A, B, remain outside X"): not party. Outside a code or a declaration, not adhering to it.
    const l = sample(rng, STATES, 2 + Math.floor(rng() * 2));
    const code = rng() < 0.3;
    const t = code ? { written: "the Safe Schools Declaration", id: "safe-schools-declaration" } : pick(rng, TREATIES);
    const subject =
      rng() < 0.5 ? capitalise(listOf(l.map((x) => x.written))) : `Several States with large arsenals, including ${listOf(l.map((x) => x.written))},`;
    return {
      text: `${subject} ${pick(rng, ["remain outside", "still remain outside", "stay outside"])} ${t.written}.`,
      expected: rowsFor(l, code ? "endorsed" : "party", t.id, "negated"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng);
    return { text: `${subject(l)} ${l.length > 1 ? "have" : "has"} yet to ratify ${t.written}.`, expected: rowsFor(l, "ratified", t.id, "negated") };
  },
  (rng) => {
    // A rank among a counted group is a done act ("A was the last of the eleven to ratify, in July 2023"); an act "before" which
    // the clause ends ("signed X in 2016 but withdrew from it in 2017, before ratifying") was not done; a verb whose object is a
    // relative's antecedent that is no instrument ("the Global Coalition, which we joined in 2024") is no act on the text's topic.
    const t = treaty(rng);
    const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
    return pick(rng, [
      {
        text: `${capitalise(t.written)} entered into force in 2014. ${capitalise(a.written)} was the ${pick(rng, ["last", "first"])} of the ${pick(rng, ["eleven", "five", "twelve"])} to ratify, in July 2023.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      },
      {
        text: `${capitalise(a.written)} signed ${t.written} in 2016 but withdrew from it in 2017, before ratifying.`,
        expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], "party", t.id, "negated")].sort(),
      },
      {
        text: `${capitalise(a.written)} ratified ${t.written} in 2019. ${capitalise(a.written)} also welcomes the Global Coalition for Social Justice, which ${b.written} joined in 2024.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      },
    ]);
  },
  (rng) => {
    // An apposition after the subject ("A and B, both Parties to X, have still not joined Y") is the subject's own status and does
    // not make the subject generic: parties to X, not joined Y.
    const [x, y] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
    const l = few(rng, 2, 2);
    return {
      text: `${subject(l)}, ${pick(rng, ["both", "all"])} Parties to ${x.written}, have ${pick(rng, ["still not", "not", "not yet"])} joined ${y.written}.`,
      expected: [...rowsFor(l, "party", x.id, "affirmed"), ...rowsFor(l, "acceded", y.id, "negated")].sort(),
    };
  },
  (rng) => {
    // An instrument said not to have arrived ("A's instrument of accession, announced in 2022, has not been received", "… has not
    // yet been deposited") is no accession; one deposited is.
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    const aside = pick(rng, ["", ", announced in 2022,"]);
    const received = rng() < 0.3;
    return {
      text: `${capitalise(t.written)} entered into force in 2014. ${capitalise(a.written)}'s instrument of accession${aside} ${received ? "was deposited in May" : pick(rng, ["has not been received", "has not yet been deposited", "was never deposited"])}.`,
      expected: rowsFor([a], "acceded", t.id, received ? "affirmed" : "negated"),
    };
  },
  (rng) => {
    // An adverbial gerund shares the clause's subject, whatever the predicate names ("A and B have become the 52nd and 53rd members
    // of the Coalition after signing X"; "A joined the group in 2020 after ratifying X").
    const t = treaty(rng);
    const l = few(rng, 1, 2);
    const predicate = l.length > 1 ? "have become the 52nd and 53rd members of the Freedom Coalition" : "joined the group in 2020";
    const [gerund, action] = pick(rng, [
      ["signing", "signed"],
      ["ratifying", "ratified"],
    ] as const);
    return { text: `${subject(l)} ${predicate} after ${gerund} ${t.written}.`, expected: rowsFor(l, action, t.id, "affirmed") };
  },
  (rng) => {
    // Leaving a treaty is no longer being party to it ("A withdrew from X", "A and B announced their withdrawal from X", "A denounced
    // X"); a withdrawal not done ("will withdraw", "has not withdrawn") says nothing; returning is joining again ("A rejoined X").
    const t = treaty(rng);
    const l = few(rng, 1, 2);
    const have = l.length > 1 ? "have" : "has";
    return pick(rng, [
      { text: `${subject(l)} withdrew from ${t.written} in 2025.`, expected: rowsFor(l, "party", t.id, "negated") },
      {
        text: `${subject(l)} ${pick(rng, ["announced", "notified"])} ${l.length > 1 ? "their" : "its"} withdrawal from ${t.written}.`,
        expected: rowsFor(l, "party", t.id, "negated"),
      },
      { text: `${subject(l)} denounced ${t.written} in 2012.`, expected: rowsFor(l, "party", t.id, "negated") },
      {
        text: `${subject(l)} ceased to be ${l.length > 1 ? "parties" : "a party"} to ${t.written} on 16 September 2022.`,
        expected: rowsFor(l, "party", t.id, "negated"),
      },
      { text: `${subject(l)} ${pick(rng, ["will withdraw from", `${have} not withdrawn from`, "may pull out of"])} ${t.written}.`, expected: [] },
      { text: `${subject(l)} rejoined ${t.written} in 2021.`, expected: rowsFor(l, "acceded", t.id, "affirmed") },
    ]);
  },
  (rng) => {
    // An object relative: its subject acted on the instrument before the pronoun ("X, which A signed in 2009 but has not yet
    // ratified", "X, to which A acceded", "the X that A has yet to ratify"); a second verb of the relative shares both.
    const t = treaty(rng);
    const l = few(rng, 1, 2);
    const have = l.length > 1 ? "have" : "has";
    const opener = pick(rng, ["The seminar focused on", "Delegates discussed", "The report reviews"]);
    return pick(rng, [
      {
        text: `${opener} ${t.written}, which ${listOf(names(l))} signed in 2009 but ${have} not ${pick(rng, ["", "yet "])}ratified.`,
        expected: [...rowsFor(l, "signed", t.id, "affirmed"), ...rowsFor(l, "ratified", t.id, "negated")].sort(),
      },
      { text: `${opener} ${t.written}, to which ${listOf(names(l))} acceded in 2011.`, expected: rowsFor(l, "acceded", t.id, "affirmed") },
      {
        text: `${opener} ${t.written}, which ${listOf(names(l))} ${pick(rng, ["drafted and signed", "negotiated and signed"])} in 2011.`,
        expected: rowsFor(l, "signed", t.id, "affirmed"),
      },
      { text: `${opener} ${t.written}, which ${listOf(names(l))} ${have} yet to ratify.`, expected: rowsFor(l, "ratified", t.id, "negated") },
      {
        text: `${capitalise(t.written)}, which ${listOf(names(l))} ratified in 2015, was the focus of the debate.`,
        expected: rowsFor(l, "ratified", t.id, "affirmed"),
      },
      // A relative's "it" is the clause's subject; a named text after the relative's comma is the main clause's; "…, a treaty it
      // had ratified" is the text named before the apposition.
      {
        text: `The meeting opened in Geneva. ${capitalise(names(l)[0] as string)} is a party to ${t.written}, which it ratified in 2006, and to the Convention on the Rights of Persons with Disabilities.`,
        expected: [
          ...rowsFor(l.slice(0, 1), "party", t.id, "affirmed"),
          ...rowsFor(l.slice(0, 1), "ratified", t.id, "affirmed"),
          ...rowsFor(l.slice(0, 1), "party", "crpd", "affirmed"),
        ].sort(),
      },
      {
        text: `${capitalise(names(l)[0] as string)} withdrew from ${t.written} in December 2021, a treaty it had ratified in 2001.`,
        expected: [...rowsFor(l.slice(0, 1), "party", t.id, "negated"), ...rowsFor(l.slice(0, 1), "ratified", t.id, "affirmed")].sort(),
      },
      // A signature's pending ratification is no hedge on the ratification the sentence says is done.
      {
        text: `On Tuesday ${names(l)[0]} deposited an instrument of ratification of ${t.written}, which ${names(l)[0]} had signed, subject to ratification, in 2009.`,
        expected: [...rowsFor(l.slice(0, 1), "ratified", t.id, "affirmed"), ...rowsFor(l.slice(0, 1), "signed", t.id, "affirmed")].sort(),
      },
    ]);
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 1, 1);
    return { text: `${subject(l)} is not ${pick(rng, ["a party", "party"])} to ${t.written}.`, expected: rowsFor(l, "party", t.id, "negated") };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 2, 2);
    return { text: `Neither ${names(l)[0]} nor ${names(l)[1]} has ratified ${t.written}.`, expected: rowsFor(l, "ratified", t.id, "negated") };
  },
  (rng) => {
    // The negation opens the subject, however long the clause between it and the verb ("Neither A nor B, both of which …, has signed X").
    const t = treaty(rng);
    const l = few(rng, 2, 2);
    const inserted = pick(rng, [
      "both of which rely on the nuclear umbrella",
      "whose parliaments debated it last year",
      "both long-standing allies of the West",
    ]);
    return { text: `Neither ${names(l)[0]} nor ${names(l)[1]}, ${inserted}, has signed ${t.written}.`, expected: rowsFor(l, "signed", t.id, "negated") };
  },
  (rng) => {
    // "none of which has joined": a relative that negates the act of the list before it.
    const t = treaty(rng);
    const l = few(rng, 2, 3);
    const [verb, action] = pick(rng, [
      ["signed", "signed"],
      ["ratified", "ratified"],
    ] as const);
    return { text: `${subject(l)}, none of which has ${verb} ${t.written}, attended the meeting as observers.`, expected: rowsFor(l, action, t.id, "negated") };
  },
  (rng) => {
    // A negation between a verb and a later instrument keeps that instrument out of the act ("ratified X but not Y",
    // "A, which ratified X in 2014, has not yet accepted Y"): Y is never ratified (the excluded one is negated, stages/exclusions.ts).
    const [t, u] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
    const l = few(rng, 1, 1);
    return pick(rng, [
      {
        text: `${subject(l)} ratified ${t.written} but not ${u.written}.`,
        expected: [...rowsFor(l, "ratified", t.id, "affirmed"), ...rowsFor(l, "ratified", u.id, "negated")].sort(),
      },
      {
        // (Acceptance is consent to be bound: "has not yet accepted Y" is Y not ratified; "approved" is a domestic step, no record.)
        ...(() => {
          const accepted = rng() < 0.5;
          return {
            text: `${subject(l)}, which ratified ${t.written} in 2014, has not yet ${accepted ? "accepted" : "approved"} ${u.written}.`,
            expected: [...rowsFor(l, "ratified", t.id, "affirmed"), ...(accepted ? rowsFor(l, "ratified", u.id, "negated") : [])].sort(),
          };
        })(),
      },
    ]);
  },
  (rng) => {
    // A condition is not a done act: "Unless A ratifies X, …", "If A accedes to X, …".
    const t = treaty(rng);
    const l = few(rng, 1, 1);
    const [conj, verb, action] = pick(rng, [
      ["Unless", "ratifies", "ratified"],
      ["Unless", "accedes to", "acceded"],
      ["If", "signs", "signed"],
    ] as const);
    return { text: `${conj} ${names(l)[0]} ${verb} ${t.written}, it cannot take part as a State Party.`, expected: rowsFor(l, action, t.id, "planned") };
  },
  (rng) => {
    // An act noun taken back by its verb, or the subject of a modal: not a done act.
    const t = treaty(rng);
    const l = few(rng, 1, 1);
    const [noun, action] = pick(rng, [
      ["ratification of", "ratified"],
      ["accession to", "acceded"],
    ] as const);
    const a = names(l)[0] as string;
    const forms: Array<[string, string]> = [
      [`${capitalise(a)} withdrew its ${noun} ${t.written} last year.`, "negated"],
      [`${capitalise(a)}'s ${noun} ${t.written} would make it the 100th State Party.`, "planned"],
      [`The ${noun} ${t.written} by ${a} will bring the number of States Parties to 100.`, "planned"],
      // Near miss: the modal is another noun's ("changes … will come into effect"): the accession stays done.
      [`The changes related to ${a}'s ${noun} ${t.written} will come into effect in May.`, "affirmed"],
    ];
    const [text, polarity] = pick(rng, forms);
    return { text, expected: rowsFor(l, action, t.id, polarity) };
  },
  (rng) => {
    // A domestic approval of the instrument (with a bracketed detail after the treaty's name or not): the deposit is still to
    // come ("planned"), and the Cabinet or Parliament adopted nothing.
    const t = treaty(rng);
    const l = few(rng, 1, 1);
    const [noun, action] = pick(rng, [
      ["ratification of", "ratified"],
      ["accession to", "acceded"],
    ] as const);
    const body = pick(rng, ["its Cabinet", "the Council of Ministers", "its Parliament"]);
    return {
      text: `${capitalise(names(l)[0] as string)} has informed the depositary that its instrument of ${noun} ${t.written}${pick(rng, ["", " (2021)"])} was approved by ${body} on 10 February and will be deposited shortly.`,
      expected: rowsFor(l, action, t.id, "planned"),
    };
  },
  (rng) => {
    // "B did so (in 2014)", "B did the same": B did the act of the clause before, dated by its own date; "B has not done so",
    // "B has yet to do so", "B did not do so": B did not.
    const t = treaty(rng);
    const [a, b] = few(rng, 2, 2) as [StateName, StateName];
    const [verb, action] = pick(rng, [
      ["signed", "signed"],
      ["ratified", "ratified"],
      ["acceded to", "acceded"],
    ] as const);
    const [tail, polarity, date] = pick(rng, [
      [` and ${b.written} did so in 2016`, "affirmed", "2016"],
      [`; ${b.written} did the same in 2016`, "affirmed", "2016"],
      [`, but ${b.written} has yet to do so`, "negated", null],
      [`, while ${b.written} has not done so`, "negated", null],
      [` and ${b.written} did not do so`, "negated", null],
    ] as const);
    return {
      text: `${capitalise(a.written)} ${verb} ${t.written} in 2013${tail}.`,
      dates: true,
      expected: [...rowsFor([a], action, t.id, "affirmed", "2013"), ...rowsFor([b], action, t.id, polarity, date)].sort(),
    };
  },
  (rng) => {
    // "All (Member) States except A have ratified X": the excepted did not (the others are not named, so they give nothing); not
    // across a clause ("binding all its Member States except A, and B ratified it": B did).
    const t = treaty(rng);
    const [a, b] = few(rng, 2, 2) as [StateName, StateName];
    const [verb, action] = pick(rng, [
      ["ratified", "ratified"],
      ["signed", "signed"],
    ] as const);
    const form = pick(rng, [0, 1, 2, 3]);
    const text = [
      `All Member States except ${a.written} have ${verb} ${t.written}.`,
      `It noted that all members but ${a.written} and ${b.written} have ${verb} ${t.written}.`,
      `All States with the exception of ${a.written} have ${verb} ${t.written}.`,
      `The Union approved ${t.written}, binding all its Member States except ${a.written}, and ${b.written} ${verb} it on the same day.`,
    ][form] as string;
    // (The last form gives no record: the excepted's clause ends at ", and", and the clause after it is beyond this rule.)
    const rows = form === 0 || form === 2 ? rowsFor([a], action, t.id, "negated") : form === 1 ? rowsFor([a, b], action, t.id, "negated") : [];
    return { text, expected: rows };
  },
  (rng) => {
    // A rank reports a done act also with a named body after its noun ("the first non-member of the Council of Europe to
    // accede"), but not a rank still to be won ("aims to be the first member of the Organization of American States to ratify").
    const t = treaty(rng);
    const [a] = few(rng, 1, 1) as [StateName];
    const body = pick(rng, ["the Council of Europe", "the Organization of American States", "the African Union"]);
    const done = rng() < 0.5;
    return {
      text: done
        ? `${capitalise(a.written)} became the first non-member of ${body} to accede to ${t.written}, in 2024.`
        : `${capitalise(a.written)} aims to be the first member of ${body} to accede to ${t.written}.`,
      expected: rowsFor([a], "acceded", t.id, done ? "affirmed" : "planned"),
    };
  },
  (rng) => {
    // The negation in the object: "has ratified neither X nor Y" denies both acts.
    const [t1, t2] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
    const l = few(rng, 1, 2);
    const [verb, action] = pick(rng, [
      ["ratified", "ratified"],
      ["signed", "signed"],
      ["acceded to", "acceded"],
    ] as const);
    return {
      text: `${subject(l)} ${l.length > 1 ? "have" : "has"} ${verb} neither ${t1.written} nor ${t2.written}.`,
      expected: [...rowsFor(l, action, t1.id, "negated"), ...rowsFor(l, action, t2.id, "negated")].sort(),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 1, 3);
    return {
      text: `${subject(l)} ${l.length > 1 ? "have" : "has"} signed but ${pick(rng, ["not", `${l.length > 1 ? "have" : "has"} not yet`, "not yet"])} ratified ${t.written}.`,
      expected: [...rowsFor(l, "signed", t.id, "affirmed"), ...rowsFor(l, "ratified", t.id, "negated")].sort(),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 1, 3);
    return {
      text: `${subject(l)} ${pick(rng, ["refused to sign", "declined to sign", "would not sign"])} ${t.written}.`,
      expected: rowsFor(l, "signed", t.id, "negated"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 1, 1);
    return {
      text: `${subject(l)} ${pick(rng, ["expects to ratify", "intends to ratify", "plans to ratify"])} ${t.written} ${pick(rng, ["by the end of the year", "in 2027", "soon"])}.`,
      expected: rowsFor(l, "ratified", t.id, "planned"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 1, 1);
    return {
      text: `${subject(l)} said ${pick(rng, ["its process to ratify", "the procedure to ratify"])} ${t.written} ${pick(rng, ["has started", "is under way", "has begun"])}.`,
      expected: rowsFor(l, "ratified", t.id, "planned"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 1, 3);
    return {
      text: `${subject(l)} will ${pick(rng, ["become a party", "become parties", "become States Parties"])} to ${t.written} ${pick(rng, ["next month", "within 30 days", "in March"])}.`,
      expected: rowsFor(l, "party", t.id, "planned"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const [a, b] = few(rng, 2, 2) as [StateName, StateName];
    return {
      text: `${capitalise(a.written)} ratified ${t.written} last week. We hope that ${b.written} will follow suit.`,
      expected: rowsFor([a], "ratified", t.id, "affirmed"),
    };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 1, 1);
    return { text: `${subject(l)} is considering whether to join ${t.written}.`, expected: rowsFor(l, "acceded", t.id, "planned") };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 2, 3);
    return { text: `${subject(l)} will accede to ${t.written}.`, expected: rowsFor(l, "acceded", t.id, "planned") };
  },
  (rng) => {
    const t = treaty(rng);
    const l = few(rng, 1, 1);
    return { text: `${subject(l)} has no intention of signing ${t.written}.`, expected: rowsFor(l, "signed", t.id, "negated") };
  },
  (rng) => {
    // An elliptic contrast ("…, but C has not") denies the same act; a nominal act a state is considering is planned.
    const t = treaty(rng);
    const l = few(rng, 2, 3);
    const [c] = sample(
      rng,
      STATES.filter((x) => !l.includes(x)),
      1,
    ) as [StateName];
    if (rng() < 0.5) {
      const verb = pick(rng, [
        ["ratified", "ratified"],
        ["signed", "signed"],
      ] as const);
      const tail = pick(rng, [`but ${c.written} has not`, `while ${c.written} has not yet`, `but ${c.written} did not`]);
      return {
        text: `${subject(l)} have ${verb[0]} ${t.written}, ${tail}.`,
        expected: [...rowsFor(l, verb[1], t.id, "affirmed"), ...rowsFor([c], verb[1], t.id, "negated")].sort(),
      };
    }
    const act = pick(rng, [
      ["accession to", "acceded"],
      ["ratification of", "ratified"],
    ] as const);
    return {
      text: `${capitalise(c.written)} is ${pick(rng, ["considering", "actively considering", "preparing"])} ${act[0]} ${t.written}.`,
      expected: rowsFor([c], act[1], t.id, "planned"),
    };
  },
  (rng) => {
    // A state reporting its own act still to come, with the instrument the document names later.
    const t = treaty(rng);
    const [a, b] = few(rng, 2, 2) as [StateName, StateName];
    const report = pick(rng, [
      `${capitalise(a.written)} said the ratification process should be speeded up.`,
      `${capitalise(a.written)} said its ratification procedure has begun.`,
      `${capitalise(a.written)} said he anticipates ratification by the first half of next year.`,
      `In ${a.written} the ratification process has started.`,
    ]);
    return {
      text: `${report} ${capitalise(b.written)} expects to ratify ${t.written} by the end of the year.`,
      expected: [...rowsFor([a], "ratified", t.id, "planned"), ...rowsFor([b], "ratified", t.id, "planned")].sort(),
    };
  },
  (rng) => {
    // A counterfactual condition ("Had A ratified X, …", "If A had signed X, …") says the act was not done; a plain past perfect is done.
    const t = treaty(rng);
    const l = few(rng, 1, 3);
    const [verb, action] = pick(rng, [
      ["ratified", "ratified"],
      ["signed", "signed"],
      ["acceded to", "acceded"],
    ] as const);
    const tail = pick(rng, ["the treaty would have entered into force earlier", "the vote would have gone differently", "it would be bound by it"]);
    const [text, polarity] = pick(rng, [
      [`Had ${listOf(names(l))} ${verb} ${t.written}, ${tail}.`, "negated"],
      [`If ${listOf(names(l))} had ${verb} ${t.written}, ${tail}.`, "negated"],
      [`In ${2000 + Math.floor(rng() * 20)}, had ${listOf(names(l))} ${verb} ${t.written}, ${tail}.`, "negated"],
      [`${subject(l)} had ${verb} ${t.written} before the conference opened.`, "affirmed"],
    ] as const);
    return { text, expected: rowsFor(l, action, t.id, polarity) };
  },
  (rng) => {
    // Announcing an act noun reports the act ("announced its ratification of X"); announcing an intention or a future act plans it.
    const t = treaty(rng);
    const [a, b] = few(rng, 2, 2) as [StateName, StateName];
    const [noun, verb, action] = pick(rng, [
      ["ratification of", "ratify", "ratified"],
      ["accession to", "accede to", "acceded"],
    ] as const);
    const [text, who, polarity] = pick(rng, [
      [`${capitalise(a.written)} ${pick(rng, ["announced", "has announced", "today announced"])} its ${noun} ${t.written}.`, a, "affirmed"],
      [`The Minister announced ${a.written}'s ${noun} ${t.written}.`, a, "affirmed"],
      [`${capitalise(a.written)} announced that it had ${verb === "ratify" ? "ratified" : "acceded to"} ${t.written}.`, a, "affirmed"],
      [`${capitalise(a.written)} announced its ${pick(rng, ["intention", "decision", "plan"])} to ${verb} ${t.written}.`, a, "planned"],
      [`${capitalise(a.written)} announced it will ${verb} ${t.written}, as ${b.written} did last year.`, a, "planned"],
    ] as const);
    return { text, expected: rowsFor([who], action, t.id, polarity) };
  },
  (rng) => {
    // An exclusion inside a done act's clause: "A and B, but not C, ratified X", "A ratified X, but not (yet) Y".
    const [t1, t2] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
    const l = few(rng, 1, 3);
    const [c] = sample(
      rng,
      STATES.filter((x) => !l.includes(x)),
      1,
    ) as [StateName];
    const [verb, action] = pick(rng, [
      ["ratified", "ratified"],
      ["signed", "signed"],
      ["acceded to", "acceded"],
    ] as const);
    if (rng() < 0.5) {
      const lead = pick(rng, [", but not", ", and not", " but not"]);
      return {
        text: `${subject(l)}${lead} ${c.written}, ${verb} ${t1.written}.`,
        expected: [...rowsFor(l, action, t1.id, "affirmed"), ...rowsFor([c], action, t1.id, "negated")].sort(),
      };
    }
    const lead = pick(rng, [", but not", " but not yet", " and not", ", but not yet", ", though not"]) + (verb === "acceded to" && rng() < 0.5 ? " to" : "");
    return {
      text: `${subject(l)} ${verb} ${t1.written}${lead} ${t2.written}.`,
      expected: [...rowsFor(l, action, t1.id, "affirmed"), ...rowsFor(l, action, t2.id, "negated")].sort(),
    };
  },
  (rng) => {
    // A denied act and a stronger one after "let alone" / "much less" share the object, both negated; "whether or not" hedges.
    const t = treaty(rng);
    const l = few(rng, 1, 3);
    if (rng() < 0.7) {
      const denial = pick(rng, ["not signed", "never signed", "not even signed"]);
      const stronger = pick(rng, ["let alone", "much less", "still less"]);
      return {
        text: `${subject(l)} ${l.length > 1 ? "have" : "has"} ${denial}, ${stronger} ratified, ${t.written}.`,
        expected: [...rowsFor(l, "signed", t.id, "negated"), ...rowsFor(l, "ratified", t.id, "negated")].sort(),
      };
    }
    return {
      text: `${pick(rng, ["Whether or not", "It is unclear whether or not"])} ${listOf(names(l))} will ratify ${t.written} remains to be seen.`,
      expected: rowsFor(l, "ratified", t.id, "planned"),
    };
  },
  (rng) => {
    // A rank of a done act ("the first to ratify") is affirmed; denying the rank ("was not the first to ratify") presupposes the act.
    const t = treaty(rng);
    const l = few(rng, 1, 1);
    const rank = pick(rng, ["first", "only", "last", "50th", "latest"]);
    const noun = pick(rng, ["", " State", " country"]);
    const [verb, action] = pick(rng, [
      ["ratify", "ratified"],
      ["sign", "signed"],
    ] as const);
    const [frame, polarity] = pick(rng, [
      ["was the", "affirmed"],
      ["was not the", "affirmed"],
      ["will not be the", "planned"],
      ["will be the", "planned"],
    ] as const);
    return { text: `${subject(l)} ${frame} ${rank}${noun} to ${verb} ${t.written}.`, expected: rowsFor(l, action, t.id, polarity) };
  },
  (rng) => {
    // A negated quantifier with its members in apposition: "Neither of the two countries, A and B, has ratified X".
    const t = treaty(rng);
    const l = few(rng, 2, 3);
    const head =
      l.length === 2
        ? pick(rng, ["Neither of the two countries", "Neither of them", "None of these States"])
        : pick(rng, ["None of these States", "None of the three countries"]);
    const [verb, action] = pick(rng, [
      ["ratified", "ratified"],
      ["signed", "signed"],
    ] as const);
    const near = rng() < 0.3;
    return {
      text: `${near ? `Two of the countries` : head}, ${listOf(names(l))}, ${near ? "have" : "has"} ${verb} ${t.written}.`,
      expected: rowsFor(l, action, t.id, near ? "affirmed" : "negated"),
    };
  },
  (rng) => {
    // An act ruled out, put off, or whose noun is still pending or was blocked, is not done; "has been welcomed" is.
    const t = treaty(rng);
    const l = few(rng, 1, 1);
    const a = names(l)[0] as string;
    const [noun, action] = pick(rng, [
      ["ratification of", "ratified"],
      ["accession to", "acceded"],
    ] as const);
    const gerund = action === "ratified" ? "ratifying" : "acceding to";
    const [text, polarity] = pick(rng, [
      [`${capitalise(a)} ruled out ${gerund} ${t.written}.`, "negated"],
      [`${capitalise(a)} ${pick(rng, ["delayed", "postponed"])} ${gerund} ${t.written}.`, "planned"],
      [`${capitalise(a)}'s ${noun} ${t.written} ${pick(rng, ["is still pending", "remains under consideration", "is pending"])}.`, "planned"],
      [`${capitalise(a)}'s ${noun} ${t.written} was ${pick(rng, ["blocked", "rejected"])} by parliament.`, "negated"],
      [`${capitalise(a)}'s ${noun} ${t.written} has been welcomed.`, "affirmed"],
    ] as const);
    return { text, expected: rowsFor(l, action, t.id, polarity) };
  },
  (rng) => {
    // "neither signed nor ratified": both verbs share the object and the negation, a pronoun object too ("nor acceded to it").
    const t = treaty(rng);
    const l = few(rng, 1, 3);
    const pronoun = rng() < 0.5;
    const [verb, action] = pick(rng, [
      ["ratified", "ratified"],
      ["acceded to", "acceded"],
    ] as const);
    return {
      head: pronoun ? `Press release\n\nThis year marks twenty-five years of ${t.written}.\n\n` : undefined,
      text: `${subject(l)} ${l.length > 1 ? "have" : "has"} neither signed nor ${verb} ${pronoun ? "it" : t.written}.`,
      expected: [...rowsFor(l, "signed", t.id, "negated"), ...rowsFor(l, action, t.id, "negated")].sort(),
    };
  },
  (rng) => {
    // A domestic approval of an act is not the act ("The National Assembly approved the ratification by A of X": planned); a
    // rank with a place is a done act ("the first State in the world to ratify"); a modal in a later clause is not the act noun's.
    const t = treaty(rng);
    const l = few(rng, 1, 2);
    const one = l.slice(0, 1);
    return pick(rng, [
      {
        text: `The ${pick(rng, ["National Assembly", "Senate", "Cabinet"])} on Wednesday approved the ratification by ${names(one)[0]} of ${t.written}.`,
        expected: rowsFor(one, "ratified", t.id, "planned"),
      },
      {
        text: `${subject(one)} was the first ${pick(rng, ["State", "state", "country"])} in ${pick(rng, ["the world", "Africa", "the region"])} to ratify ${t.written}.`,
        expected: rowsFor(one, "ratified", t.id, "affirmed"),
      },
      {
        text: `${subject(l)} deposited instruments of accession to ${t.written} today. Their accessions meet the last condition, so the treaty will enter into force next year.`,
        expected: rowsFor(l, "acceded", t.id, "affirmed"),
      },
      {
        // The act noun's object after its agent, then its predicate: "an accession by A to X is expected next month".
        text: `Deposits will appear in the July digest; ${pick(rng, ["an accession", "the accession"])} by ${names(one)[0]} to ${t.written} is expected next month.`,
        expected: rowsFor(one, "acceded", t.id, "planned"),
      },
    ]);
  },
  (rng) => {
    // A domestic body's step ("its Congress approved X") and what a draft would say once adopted ("the Assembly would call upon") are no acts.
    const t = treaty(rng);
    const l = few(rng, 1, 1);
    return pick(rng, [
      {
        text: `${subject(l)} signed ${t.written} in 2019, and its ${pick(rng, ["Congress", "Parliament", "Senate"])} approved ${t.written} in 2022.`,
        expected: rowsFor(l, "signed", t.id, "affirmed"),
      },
      { text: `By the text, the Assembly would call upon all States to ratify ${t.written}.`, expected: [] },
    ]);
  },
  (rng) => {
    // A domestic step is no record, and the body a text is sent to is not part of its name ("submit the Convention to Parliament").
    const t = pick(
      rng,
      TREATIES.filter((x) => x.written.startsWith("the Convention")),
    );
    const l = few(rng, 1, 1);
    return {
      head: `Press release\n\nThis year marks twenty-five years of ${t.written}.\n\n`,
      text: `${subject(l)} intends to submit the Convention to ${pick(rng, ["Parliament", "Congress", "the Senate"])} for approval, and to ratify it ${pick(rng, ["next year", "once it is approved by Parliament"])}.`,
      expected: rowsFor(l, "ratified", t.id, "planned"),
    };
  },
  (rng) => {
    // "States not party" without "to X": the instrument is the one the text is about; the members are named by a list
    // after a copula, an introducer, or a description and a dash; or by the name a singular "a State not party" is in apposition to.
    const t = treaty(rng);
    const l = few(rng, 2, 4);
    const head = pick(rng, ["States", "states", "countries"]);
    const n = 20 + Math.floor(rng() * 40);
    const one = l.slice(0, 1);
    const [text, who] = pick(rng, [
      [`The ${n} ${head} not party include ${listOf(names(l))}.`, l],
      [`The ${head} not party are ${listOf(names(l))}.`, l],
      [
        `The ${n} ${head} not party include ${pick(rng, ["two permanent members of the Security Council", "several major producers", "the largest stockpilers"])} – ${listOf(names(l))} – and others.`,
        l,
      ],
      [`Several ${head} not party, ${pick(rng, ["among them", "including", "such as"])} ${listOf(names(l))}, attended the meeting as observers.`, l],
      [
        `${capitalise(names(one)[0] as string)}, a ${pick(rng, ["State", "state", "country"])} not party, ${pick(rng, ["attended as an observer", "continued to stockpile mines"])}.`,
        one,
      ],
      [`Leaders encouraged ${listOf(names(l))}, which are not ${pick(rng, ["party", "parties"])}, to consider joining.`, l],
      [`${capitalise(listOf(names(l)))} are not ${pick(rng, ["party either", `yet Parties of ${t.written}`, "yet parties to it"])}.`, l],
    ] as const);
    return {
      head: `${t.written} at twenty-five\n\nThis year marks twenty-five years of ${t.written}.\n\n`,
      text,
      expected: rowsFor(who, "party", t.id, "negated"),
    };
  },
  (rng) => {
    // "signed, subject to ratification, X and Y": signed now, the ratification of both still to come.
    const [t1, t2] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
    const l = few(rng, 1, 1);
    const text = `${subject(l)} has ${pick(rng, ["also ", ""])}signed, subject to ratification, ${t1.written}, ${2000 + Math.floor(rng() * 20)}, and ${t2.written}.`;
    return {
      text,
      expected: [
        ...rowsFor(l, "signed", t1.id, "affirmed"),
        ...rowsFor(l, "signed", t2.id, "affirmed"),
        ...rowsFor(l, "ratified", t1.id, "planned"),
        ...rowsFor(l, "ratified", t2.id, "planned"),
      ].sort(),
    };
  },
];

/** A state written without "the" (it opens sentences) and a treaty, drawn in that order. */
function bareStateAndTreaty(rng: Rng): { a: StateName; t: (typeof TREATIES)[number] } {
  const a = pick(rng, BARE_STATES);
  const t = pick(rng, TREATIES_ONLY);
  return { a, t };
}

/**
 * A negation's reach ends at a colon ("A is not a Party to X: it signed X in 1990 but has never ratified it"); "the last Party to
 * accept it" is done; an elliptical denial ("It has not:") negates the claim of the sentence before.
 */
function colonsRanksDenials(rng: Rng, i: number): Case {
  const { a, t } = bareStateAndTreaty(rng);
  if (i % 3 === 0)
    return {
      text: `${capitalise(a.written)} is not a Party to ${t.written}: it signed ${t.written} in 1990 but has never ratified it.`,
      expected: [...rowsFor([a], "party", t.id, "negated"), ...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], "ratified", t.id, "negated")].sort(),
    };
  if (i % 3 === 1)
    return {
      text: `${capitalise(a.written)} was the last ${pick(rng, ["Party", "State", "country"])} to ${pick(rng, ["accept", "ratify"])} ${t.written}, in 2010.`,
      expected: rowsFor([a], "ratified", t.id, "affirmed"),
    };
  return {
    text: `Our last update reported that ${a.written} had ratified ${t.written}. ${pick(rng, ["It has not:", "It did not:"])} ${a.written} signed it in 2014 and no instrument of ratification has been deposited.`,
    expected: [...rowsFor([a], "ratified", t.id, "negated"), ...rowsFor([a], "signed", t.id, "affirmed")].sort(),
  };
}

/** "support" as a kind of aid ("victim support", "technical support") backs no text. */
function aidSupport(rng: Rng, i: number): Case {
  const t = pick(rng, TREATIES_ONLY);
  const kind = pick(rng, ["victim", "technical", "financial", "psychosocial"]);
  return {
    text: `${capitalise(t.written)} matters to us. We contribute to ${pick(rng, ["demining assistance", "training", "clearance"])} and ${kind} support in our region${i % 2 === 0 ? "" : ` under ${t.written}`}.`,
    expected: [],
    head: "Statement by Kenya\n\n",
  };
}

/**
 * "A went on to ratify X", "went on to become the first State to ratify X": a later act, done ("will go on to" stays planned);
 * "A notified the Director-General of the WHO of its acceptance of X": "its" is the notifier's, not the organisation's.
 */
function wentOnAndNotified(rng: Rng, i: number): Case {
  const { a, t } = bareStateAndTreaty(rng);
  if (i % 4 === 3)
    return {
      text: `On 1 July 2025, the Government of ${a.written} ${pick(rng, ["notified", "informed"])} the ${pick(rng, ["Director-General", "Secretary-General"])} of the ${pick(rng, ["World Health Organization", "United Nations"])} of its ratification of ${t.written}.`,
      expected: rowsFor([a], "ratified", t.id, "affirmed"),
    };
  if (i % 4 === 2)
    return { text: `${capitalise(a.written)} will go on to ratify ${t.written} next year.`, expected: rowsFor([a], "ratified", t.id, "planned") };
  return {
    text:
      i % 4 === 0
        ? `${capitalise(a.written)} signed ${t.written} in 2019 and went on to ratify it in 2021.`
        : `${capitalise(a.written)} went on to become the first ${pick(rng, ["State", "country"])} to ratify ${t.written}, in 2021.`,
    expected: [...(i % 4 === 0 ? rowsFor([a], "signed", t.id, "affirmed") : []), ...rowsFor([a], "ratified", t.id, "affirmed")].sort(),
  };
}

/** A plan or programme is never ratified or joined as a treaty: "would join the electronic Apostille Programme once X is in force". */
function programmesJoined(rng: Rng): Case {
  const { a, t } = bareStateAndTreaty(rng);
  const programme = pick(rng, ["electronic Apostille Programme", "Global Data Programme", "Regional Action Plan on Oceans", "Joint Implementation Strategy"]);
  if (rng() < 0.4) {
    // "X … the Regional Framework. A and B did not join it.": a reference that names a framework is no treaty act either.
    const b = pick(
      rng,
      STATES.filter((x) => x !== a),
    );
    return {
      text: `${capitalise(a.written)} ratified ${t.written} in 2019 and endorsed the Regional Framework for Tax Cooperation in 2021. ${capitalise(b.written)} did not join it.`,
      expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([a], "endorsed", "Regional Framework for Tax Cooperation", "affirmed")].sort(),
    };
  }
  return {
    text: `${capitalise(a.written)} today deposited its instrument of accession to ${t.written}. The Minister also announced that ${a.written} would ${pick(rng, ["join", "sign"])} the ${programme} once ${t.written} is in force for it.`,
    expected: rowsFor([a], "acceded", t.id, "affirmed"),
  };
}

/** "No – A signed it in 2012 and has not ratified yet": an answer's "No" negates nothing after it; "has no intention to" does. */
function answerNo(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const mark = pick(rng, [" –", ",", "."]);
  return i % 3 === 2
    ? {
        text: `Is ${a.written} a party to ${t.written}? ${capitalise(b.written)} has no intention to sign ${t.written}.`,
        expected: rowsFor([b], "signed", t.id, "negated"),
      }
    : ((notYet: boolean) => ({
        text: `Has ${a.written} ratified ${t.written}? No${mark} ${capitalise(b.written)} signed ${t.written} in 2012${notYet ? " and has not ratified it" : ""}.`,
        // (The question answered "No" is a denial of its own act.)
        expected: [
          ...rowsFor([a], "ratified", t.id, "negated"),
          ...rowsFor([b], "signed", t.id, "affirmed"),
          ...(notYet ? rowsFor([b], "ratified", t.id, "negated") : []),
        ].sort(),
      }))(rng() < 0.5);
}

/**
 * Opting out: "A rejected the amendments (to the Regulations)" is not bound by them; "B accepted the amendments" is; a draft
 * rejected in a vote is no treaty act, and "did not reject" states no act.
 */
function optOut(rng: Rng, i: number): Case {
  const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const name = `amendments to the ${pick(rng, ["International Sanitary Regulations", "Andean Convention on Glacier Monitoring", "Nordic Protocol on Seabird Bycatch"])}`;
  const tail = i % 2 === 0 ? ` ${capitalise(c.written)} rejected the draft resolution.` : ` ${capitalise(c.written)} did not reject the amendments.`;
  return {
    text: `The 2024 ${name} entered into force in 2025. ${capitalise(a.written)} rejected the amendments in July 2025. ${capitalise(b.written)} accepted the amendments in 2024.${tail}`,
    expected: [...rowsFor([a], "party", `2024 ${name}`, "negated"), ...rowsFor([b], "ratified", `2024 ${name}`, "affirmed")].sort(),
  };
}

/**
 * A negated quantifier over a list set off by dashes ("None of the six Gulf Cooperation Council states – A, B and C – has ratified
 * X"), and over the states just named ("Not one of the three has signed Y").
 */
function negatedQuantifiers(rng: Rng, i: number): Case {
  const l = sample(rng, STATES, 3) as [StateName, StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const dash = pick(rng, ["–", "—"]);
  if (i % 2 === 0)
    return {
      text: `None of the three ${pick(rng, ["Gulf Cooperation Council", "Nordic", "Andean"])} states ${dash} ${listOf(l.map((x) => x.written))} ${dash} has ratified ${t.written}.`,
      expected: rowsFor(l, "ratified", t.id, "negated"),
    };
  return {
    text: `${capitalise(listOf(l.map((x) => x.written)))} met in June. Not one of the three has signed ${t.written}.`,
    expected: rowsFor(l, "signed", t.id, "negated"),
  };
}

/** "A continues to welcome X" is an act going on (done); "A will continue to support X" is still a plan. */
function continuing(rng: Rng, i: number): Case {
  const [a] = sample(rng, STATES, 1) as [StateName];
  const d = pick(rng, [
    { written: "the Safe Schools Declaration", id: "safe-schools-declaration" },
    { written: "the Political Declaration on Explosive Weapons in Populated Areas", id: "ewipa-declaration" },
  ]);
  return i % 2 === 0
    ? {
        text: `${capitalise(a.written)} also ${pick(rng, ["continues", "continued"])} to endorse ${d.written}.`,
        expected: rowsFor([a], "endorsed", d.id, "affirmed"),
      }
    : { text: `${capitalise(a.written)} will continue to endorse ${d.written}.`, expected: rowsFor([a], "endorsed", d.id, "planned") };
}

/**
 * Acts a State still weighs or a domestic text enacts: "the question of the accession of A to X" and "the proposal … on the
 * accession of A to Y" are planned; a decree's title under its heading ("DECREE OF THE PRESIDENT … ¶ On the accession of A to X")
 * names an act still to be done, where a news item's own title ("Press release ¶ On the accession of A to X") reports it. A rank
 * among allies is done ("was the first Ally to sign X"), one still to win is not ("aims to be the first Ally to ratify X"); "supports
 * the negotiation of X" backs no text yet made.
 */
function weighedActs(rng: Rng, i: number): Case {
  const [a] = sample(rng, STATES, 1) as [StateName];
  const t = pick(rng, TREATIES_ONLY);
  const form = i % 7;
  if (form === 0)
    return {
      text: `The Ministry of Foreign Affairs shall consider the ${pick(rng, ["question", "issue", "matter"])} of the accession of ${a.written} to ${t.written}.`,
      expected: rowsFor([a], "acceded", t.id, "planned"),
    };
  if (form === 1)
    return {
      text: `To accept the proposal of the Ministry of Justice on the ratification by ${a.written} of ${t.written}.`,
      expected: rowsFor([a], "ratified", t.id, "planned"),
    };
  if (form === 2)
    return {
      text: `DECREE OF THE PRESIDENT\n\nOn the accession of ${a.written} to ${t.written}\n\nThe Ministry shall report within one month.`,
      expected: rowsFor([a], "acceded", t.id, "planned"),
    };
  if (form === 3)
    return {
      text: `Press release No. 14\n\nOn the accession of ${a.written} to ${t.written}\n\nThe instrument was deposited on Monday.`,
      expected: rowsFor([a], "acceded", t.id, "affirmed"),
    };
  if (form === 4)
    return {
      text: `The Committee notes that ${a.written} was the first ${pick(rng, ["Ally", "economy", "signatory"])} to sign ${t.written}.`,
      expected: rowsFor([a], "signed", t.id, "affirmed"),
    };
  if (form === 5)
    return i % 2 === 0
      ? { text: `${capitalise(a.written)} aims to be the first Ally to ratify ${t.written}.`, expected: rowsFor([a], "ratified", t.id, "planned") }
      : // ("By signing X, A will show …": a gerund's act before a main clause in the future is still to come.)
        { text: `By signing ${t.written}, ${a.written} will show its commitment.`, expected: rowsFor([a], "signed", t.id, "planned") };
  return {
    text: `${capitalise(a.written)} ${pick(rng, ["supports", "endorses", "supported"])} the ${pick(rng, ["negotiation", "drafting", "elaboration"])} of a ${pick(rng, ["Comprehensive Nuclear Weapons Convention", "Convention on Crimes against Humanity", "Global Plastics Treaty"])}.`,
    expected: [],
  };
}

/**
 * The State under review's answers in a review's table: "| Ratify X (B) | Noted |" says it has not done the act (negated), "|
 * Supported |" that it plans to; each recommender keeps its `called-for`. An answer says nothing of an act the text says the State
 * did ("| Supported | Already implemented: A ratified X in 2018 |"), and a signature done leaves a ratification to come.
 */
function reviewAnswers(rng: Rng, i: number): Case {
  const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
  const t = pick(rng, TREATIES_ONLY);
  const answer = i % 2 === 0 ? "Noted" : "Supported";
  const head = `# Report of the Working Group on the Universal Periodic Review — ${capitalise(a.written)}\n\n| Rec. | Recommendation | Position | Comment |\n|---|---|---|---|\n`;
  const call = rowsFor([b], "called-for", t.id, "affirmed");
  const form = i % 3;
  if (form === 0)
    return {
      text: `| 115.${i} | Ratify ${t.written} (${capitalise(b.written)}) | ${answer} | — |\n`,
      head,
      expected: [...call, ...rowsFor([a], "ratified", t.id, answer === "Noted" ? "negated" : "planned")].sort(),
    };
  if (form === 1)
    return {
      text: `| 115.${i} | Ratify ${t.written} (${capitalise(b.written)}) | Supported | Already implemented: ${capitalise(a.written)} ratified it in 2018. |\n`,
      head,
      expected: [...call, ...rowsFor([a], "ratified", t.id, "affirmed")].sort(),
    };
  return {
    text: `| 115.${i} | Ratify ${t.written} (${capitalise(b.written)}) | ${answer} | ${capitalise(a.written)} signed it in 2012. |\n`,
    head,
    expected: [...call, ...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], "ratified", t.id, answer === "Noted" ? "negated" : "planned")].sort(),
  };
}

describe("construction family: negation and plans", () => {
  const cases = [
    ...generate(13693, 12, (rng, i) => {
      // "A is the second State that is not a member of the Council of Europe to accede to X": the relative's copula is denied, the act
      // is done; "A is waiting for its new law before ratifying X": an act put off, still to come.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const a = pick(rng, pool);
      const t = pick(rng, TREATIES_ONLY);
      const [verb, action] = pick(rng, [
        ["accede to", "acceded"],
        ["ratify", "ratified"],
        ["sign", "signed"],
      ] as const);
      if (i % 3 === 2) {
        const [gerund, act] = pick(rng, [
          ["ratifying", "ratified"],
          ["acceding to", "acceded"],
        ] as const);
        return {
          text: `${capitalise(a.written)} is waiting for its new ${pick(rng, ["law", "penal code", "budget"])} to be adopted before ${gerund} ${t.written}.`,
          expected: rowsFor([a], act, t.id, "planned"),
        };
      }
      const rank = pick(rng, ["second", "third", "first", "fifth"]);
      const club = pick(rng, ["the Council of Europe", "the European Union", "the OECD", "the Commonwealth"]);
      return {
        text: `${capitalise(a.written)} ${pick(rng, ["is", "became"])} the ${rank} State that is not a member of ${club} to ${verb} ${t.written}.`,
        expected: rowsFor([a], action, t.id, "affirmed"),
      };
    }),
    ...generate(13690, 12, (rng, i) => {
      // "A's parliament voted against ratification of X", "A's Senate rejected the accession to X": the State's body refused the act, so it
      // is not done (and "approved the ratification" is an act still to come).
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and ") && !x.written.startsWith("the "));
      const a = pick(rng, pool);
      const t = pick(rng, TREATIES_ONLY);
      const body = pick(rng, ["parliament", "Parliament", "Senate", "Congress", "National Assembly"]);
      const [verb, polarity] = pick(rng, [
        ["voted against", "negated"],
        ["rejected", "negated"],
        ["voted against the", "negated"],
        ["approved the", "planned"],
      ] as const);
      const [noun, action] = pick(rng, [
        ["ratification of", "ratified"],
        ["accession to", "acceded"],
      ] as const);
      return {
        text: `${a.written}'s ${body} ${verb} ${noun} ${t.written} in ${2012 + (i % 12)}.`,
        expected: rowsFor([a], action, t.id, polarity),
      };
    }),
    ...generate(13684, 12, (rng, i) => {
      // "a ruling that has kept A from ratifying X", "Opposition prevents the Government of A from signing X": the object of a verb that
      // keeps it from the act has not done it (and the ruling's year is not the act's).
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const [verb, act, action] = pick(rng, [
        ["has kept", "ratifying", "ratified"],
        ["kept", "signing", "signed"],
        ["prevents", "acceding to", "acceded"],
        ["has prevented", "ratifying", "ratified"],
        ["has deterred", "joining", "acceded"],
      ] as const);
      const who = pick(rng, [a.written, `the Government of ${a.written.replace(/^the /u, "")}`, `${a.written}'s Government`]);
      const year = 2010 + (i % 12);
      if (i % 3 === 2)
        return {
          text: `A court ruled in ${year} that ${t.written} was unconstitutional, a ruling that ${verb} ${who} from ${act} it, while ${b.written} ratified it in ${year + 1}.`,
          expected: [...rowsFor([a], action, t.id, "negated", null), ...rowsFor([b], "ratified", t.id, "affirmed", String(year + 1))].sort(),
          dates: true,
        };
      return {
        text: `Opposition in parliament ${verb} ${who} from ${act} ${t.written}.`,
        expected: rowsFor([a], action, t.id, "negated"),
      };
    }),
    ...generate(13676, 10, (rng, i) => {
      // "A deposited its instrument of accession to X in 2025, three years after the invitation to accede": what an invitation or a
      // request asks for is no plan of A's; "A's accession to it in 2018 made its capital one of the first African capitals to join": a
      // rank among capitals is an act done, as among States.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(
        rng,
        BARE_STATES.filter((x) => !x.written.includes(" and ")),
      );
      if (i % 2 === 0) {
        const noun = pick(rng, ["the invitation to accede", "its request to join", "the Council's invitation to accede"]);
        return {
          text: `${capitalise(a.written)} deposited its instrument of accession to ${t.written} on 5 November 2025, three years after ${noun}.`,
          expected: rowsFor([a], "acceded", t.id, "affirmed"),
        };
      }
      const region = pick(rng, ["African", "Asian", "Caribbean", "European"]);
      return {
        text: `${capitalise(t.written)} was adopted long ago. ${capitalise(a.written)}'s accession to it in 2018 made its capital one of the first ${region} capitals to join.`,
        expected: rowsFor([a], "acceded", t.id, "affirmed"),
      };
    }),
    ...generate(13671, 8, (rng, i) => {
      // 'The President signed the Law "On the accession of A to X"': a law's quoted title names the act the State is still to perform
      // by it (planned), whatever is done to the law; "A acceded to X" without the law stands.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(
        rng,
        BARE_STATES.filter((x) => !x.written.includes(" and ")),
      );
      const noun = pick(rng, ["accession", "ratification"]);
      const action = noun === "accession" ? "acceded" : "ratified";
      const step = pick(rng, ["the President signed the Law", "Parliament adopted the Law", "the President signed the Decree"]);
      if (i % 4 === 3)
        return {
          text: `On 27 May 2025, ${a.written} ${action === "acceded" ? "acceded to" : "ratified"} ${t.written}.`,
          expected: rowsFor([a], action, t.id, "affirmed"),
        };
      return { text: `On 27 May 2025, ${step} "On the ${noun} of ${a.written} to ${t.written}".`, expected: rowsFor([a], action, t.id, "planned") };
    }),
    ...generate(13666, 10, (rng, i) => {
      // "Has A ratified X? Yes. A ratified it in 2019.": an answer that goes on to state the act is the record, not the question; a bare
      // "Yes." makes the question's act the record, a "No." its denial.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(
        rng,
        BARE_STATES.filter((x) => !x.written.includes(" and ")),
      );
      const [ask, action] = pick(rng, [
        [`Has ${a.written} ratified ${t.written}?`, "ratified"],
        [`Did ${a.written} sign ${t.written}?`, "signed"],
        [`Is ${a.written} a party to ${t.written}?`, "party"],
      ] as const);
      if (i % 3 === 0) return { text: `${ask}\n\nYes.`, expected: rowsFor([a], action, t.id, "affirmed") };
      if (i % 3 === 1) return { text: `${ask}\n\nNo.`, expected: rowsFor([a], action, t.id, "negated") };
      const answer = pick(rng, [`Yes. ${capitalise(a.written)} acceded to it in 2019.`, `Yes, it acceded to it in 2019.`]);
      return { text: `${ask}\n\n${answer}`, expected: rowsFor([a], "acceded", t.id, "affirmed") };
    }),
    ...generate(13665, 8, (rng, i) => {
      // "A (2021) and B (2019) are signatories only", "A and B remain signatories only": signed, and not ratified; a plain "are
      // signatories" says nothing of ratification; nor does "not only signatories but also …".
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const intro = `${capitalise(t.written)} has twenty parties.`;
      if (i % 4 === 3)
        return { text: `${intro} ${capitalise(listOf([a.written, b.written]))} are signatories.`, expected: rowsFor([a, b], "signed", t.id, "affirmed") };
      const text =
        i % 2 === 0
          ? `${intro} ${capitalise(a.written)} (2021) and ${b.written} (2019) are signatories only.`
          : `${intro} ${capitalise(a.written)} and ${b.written} ${pick(rng, ["remain signatories only", "are only signatories", "are merely signatories"])}.`;
      return { text, expected: [...rowsFor([a, b], "signed", t.id, "affirmed"), ...rowsFor([a, b], "ratified", t.id, "negated")].sort() };
    }),
    ...generate(13659, 8, (rng, i) => {
      // "Although A was a party to X since 1998, it was still considering Y": the pronoun and its verb after the comma open another
      // clause, so Y is no object of A's party; what "still considering" weighs is not done.
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const a = pick(rng, pool);
      const [x, y] = sample(rng, TREATIES_ONLY, 2) as [(typeof TREATIES_ONLY)[number], (typeof TREATIES_ONLY)[number]];
      const [tail, extra] = pick(rng, [
        [`it was still considering ${y.written}`, [] as string[]],
        [`it had not yet ratified ${y.written}`, rowsFor([a], "ratified", y.id, "negated")],
        [`it would study ${y.written}`, [] as string[]],
      ] as const);
      const lead = i % 2 === 0 ? `The delegation of ${a.written} said that, although ${a.written} was` : `Although ${a.written} has been`;
      return {
        text: `${lead} a party to ${x.written} since 1998, ${tail}.`,
        expected: [...rowsFor([a], "party", x.id, "affirmed"), ...extra].sort(),
      };
    }),
    ...generate(13658, 8, (rng, i) => {
      // "A, which signed X in 2004, attended the conference as an observer. So did B, which has not signed the treaty": the act "so did"
      // shares is not one the sentence says its State has not done; that State's own negated act stands instead.
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const [a, b] = sample(rng, pool, 2) as [StateName, StateName];
      const own = i % 2 === 0 ? "which has not signed the treaty" : "which has not signed the treaty and remains outside it";
      return {
        text: `${capitalise(a.written)}, which signed ${t.written} in 2004, attended the conference as an observer. So did ${b.written}, ${own}.`,
        expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([b], "signed", t.id, "negated")].sort(),
      };
    }),
    ...generate(13657, 10, (rng, i) => {
      // "A has not ratified X, and no major country of destination in Europe is a party": a coordinated clause whose subject is "no" and
      // a common noun states no act of A's; A's own clause keeps its own ("has not ratified").
      const t = pick(rng, TREATIES_ONLY);
      const pool = BARE_STATES.filter((x) => !x.written.includes(" and "));
      const a = pick(rng, pool);
      const [tail, link] = pick(rng, [
        ["no major country of destination in Europe or the Gulf is a party", ", and"],
        ["no other State in the region has signed it", "; "],
        ["no neighbouring country has ratified it either", ", and"],
        ["no member of the group is a party", ", but"],
      ] as const);
      const [own, action, polarity] = i % 2 === 0 ? (["has not ratified", "ratified", "negated"] as const) : (["ratified", "ratified", "affirmed"] as const);
      return {
        text: `${capitalise(a.written)} ${own} ${t.written}${link.startsWith(";") ? ";" : link} ${tail}.`,
        expected: rowsFor([a], action, t.id, polarity),
      };
    }),
    ...generate(13641, 16, (rng, i) => {
      // "None of these three States is a party to X", "None of them has signed X", "Neither of them has ratified X" after a sentence that
      // lists the States with no act of theirs: each listed State has not done it (a count that does not match the list names no one);
      // a gerund weighed before a modal ("joining it would be incompatible with …") is no one's act; and a subject a colon closes is
      // no subject of the clause after it ("None of them has withdrawn: the three States signed X in 2016 …").
      const t = pick(rng, TREATIES_ONLY);
      const l = sample(
        rng,
        BARE_STATES.filter((x) => !x.written.includes(" and ")),
        3,
      ) as [StateName, StateName, StateName];
      const intro = `${capitalise(t.written)} was discussed. The observers at the meeting were ${listOf(l.map((x) => x.written))}.`;
      const form = i % 4;
      if (form === 0) {
        const [subject, verb, action] = pick(rng, [
          ["None of these three States", "is a party to", "party"],
          ["None of these countries", "has signed", "signed"],
          ["None of them", "has ratified", "ratified"],
        ] as const);
        return { text: `${intro} ${subject} ${verb} ${t.written}.`, expected: rowsFor(l, action, t.id, "negated") };
      }
      if (form === 1) return { text: `${intro} None of the ${pick(rng, ["five", "seven"])} States has signed ${t.written}.`, expected: [] };
      if (form === 2)
        return {
          text: `${intro} None of them has signed ${t.written}, and all three have said that joining it would be incompatible with their commitments.`,
          expected: rowsFor(l, "signed", t.id, "negated"),
        };
      return {
        text: `${intro} None of them has withdrawn: the three States signed ${t.written} in 2016.`,
        expected: rowsFor(l, "signed", t.id, "affirmed"),
      };
    }),
    ...generate(13639, 16, (rng, i) => {
      // Each had been a wrong "done": a predicate coordinated between commas with its own negation, which the act's phrase completes ("A
      // had never been, and did not intend to become, a party to X"); an instrument still before a legislature, past an aside ("its
      // instrument of ratification, for a Treaty it signed in 2017, was before its parliament"); an act noun whose object no mention
      // reads, before a modal ("An accession by A to the two Protocols would, in our view, be an important signal"). Near miss: "A
      // signed X, and not without debate, ratified it" is no shared predicate (its comma phrase has no verb of its own after "and").
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(
        rng,
        BARE_STATES.filter((x) => !x.written.includes(" and ")),
      );
      const form = i % 4;
      if (form === 0)
        return {
          text: `${capitalise(a.written)} said it had never been, and ${pick(rng, ["did not intend to become", "would never be", "will not become"])}, a party to ${t.written}.`,
          expected: rowsFor([a], "party", t.id, "negated"),
        };
      if (form === 1) {
        const aside = pick(rng, [", for a treaty it signed in 2017,", ""]);
        return {
          text: `${capitalise(t.written)} was discussed. ${capitalise(a.written)} said that its instrument of ratification${aside} was before its ${pick(rng, ["parliament", "Senate", "National Assembly"])}.`,
          expected: [...rowsFor([a], "ratified", t.id, "planned"), ...(aside ? rowsFor([a], "signed", t.id, "affirmed") : [])].sort(),
        };
      }
      if (form === 2)
        return {
          text: `${capitalise(t.written)} and its two Protocols were discussed. An accession by ${a.written} to the two Protocols would${pick(rng, [", in our view,", ""])} be an important signal.`,
          expected: rowsFor([a], "acceded", `two Protocols to ${t.written}`, "planned"),
        };
      return {
        text: `${capitalise(a.written)} has not signed, and will not sign, ${t.written}.`,
        expected: rowsFor([a], "signed", t.id, "negated"),
      };
    }),
    ...generate(13637, 18, (rng, i) => {
      // An act noun whose clause says it is still to come, each once a wrong "done": a condition it opens ("is in the same position
      // until its ratification of X is complete", "will remain an observer until its accession to X"; "remained an observer until its
      // accession to X in 2016" was done); a denied expectation ("A's accession to X is not envisaged"); a reduced one ("first
      // ratifications expected from A and B"); and a list of those excepted ("for all Parties except the two that rejected it: A and B").
      const t = pick(rng, TREATIES_ONLY);
      const [a, b] = sample(
        rng,
        BARE_STATES.filter((x) => !x.written.includes(" and ")),
        2,
      ) as [StateName, StateName];
      const form = i % 6;
      if (form === 0)
        return {
          text: `${capitalise(a.written)} is in the same position until its ${pick(rng, ["ratification of", "accession to"])} ${t.written} is complete.`,
          expected: [] as string[],
          polar: "planned",
          who: [a],
        };
      if (form === 1)
        return {
          text: `${capitalise(a.written)} will remain an observer until its accession to ${t.written}.`,
          expected: rowsFor([a], "acceded", t.id, "planned"),
        };
      if (form === 2)
        return {
          text: `${capitalise(a.written)} remained an observer until its accession to ${t.written} in ${2010 + i}.`,
          expected: rowsFor([a], "acceded", t.id, "affirmed"),
        };
      if (form === 3)
        return {
          text: `${capitalise(a.written)}'s ${pick(rng, ["accession to", "ratification of"])} ${t.written} is not ${pick(rng, ["envisaged", "currently envisaged", "foreseen"])}.`,
          expected: [] as string[],
          polar: "negated",
          who: [a],
        };
      if (form === 4)
        return {
          text: `${capitalise(t.written)} was opened for signature.\n\n- Before the end of 2026 – first ratifications expected from ${a.written} and ${b.written}.`,
          expected: rowsFor([a, b], "ratified", t.id, "planned"),
        };
      return {
        text: `${capitalise(t.written)} was amended in 2024. The amendment entered into force for all States Parties except the two that rejected it: ${a.written} and ${b.written}.`,
        expected: rowsFor([a, b], "party", t.id, "negated"),
      };
    }).map((c) => {
      // (Forms 0 and 3: the act noun's action is the one written.)
      if (!("polar" in c) || !c.polar) return c;
      const action = /ratification/u.test(c.text) ? "ratified" : "acceded";
      const t = TREATIES_ONLY.find((x) => c.text.includes(x.written)) as (typeof TREATIES_ONLY)[number];
      return { text: c.text, expected: rowsFor(c.who as StateName[], action, t.id, c.polar as string) };
    }),
    ...generate(13634, 10, (rng, i) => {
      // "has still to ratify", "are still to sign", "which have still to deposit an instrument of ratification": as "has yet to", an
      // act not done (the last had been a wrong "ratified"; the first two planned). "still" elsewhere negates nothing.
      const t = pick(rng, TREATIES_ONLY);
      const [a, b] = sample(
        rng,
        BARE_STATES.filter((x) => !x.written.includes(" and ")),
        2,
      ) as [StateName, StateName];
      const form = i % 4;
      if (form === 0) return { text: `${capitalise(a.written)} has still to ratify ${t.written}.`, expected: rowsFor([a], "ratified", t.id, "negated") };
      if (form === 1)
        return { text: `${capitalise(a.written)} and ${b.written} are still to sign ${t.written}.`, expected: rowsFor([a, b], "signed", t.id, "negated") };
      if (form === 2)
        return {
          text: `${capitalise(t.written)} entered into force in 2016.\n\nSignatories which have still to deposit an instrument of ratification:\n- ${a.written}\n- ${b.written}\n`,
          expected: [...rowsFor([a, b], "signed", t.id, "affirmed"), ...rowsFor([a, b], "ratified", t.id, "negated")].sort(),
        };
      const verb = pick(rng, ["ratified", "signed"] as const);
      return { text: `Despite the objections, ${a.written} still ${verb} ${t.written} in 2019.`, expected: rowsFor([a], verb, t.id, "affirmed") };
    }),
    ...generate(13505, 24, (rng, i) => reviewAnswers(rng, i)),
    ...generate(13498, 28, (rng, i) => weighedActs(rng, i)),
    ...generate(13004, Math.max(48, 4 * TEMPLATES.length), (rng, i) => (TEMPLATES[i % TEMPLATES.length] as (r: Rng) => Case)(rng)),
    ...generate(13005, 16, (rng, i) => partyFrame(rng, i)),
    ...generate(13021, 9, (rng, i) => colonsRanksDenials(rng, i)),
    ...generate(13022, 6, (rng, i) => aidSupport(rng, i)),
    ...generate(13023, 8, (rng, i) => wentOnAndNotified(rng, i)),
    ...generate(13024, 10, (rng) => programmesJoined(rng)),
    ...generate(13025, 9, (rng, i) => answerNo(rng, i)),
    ...generate(13026, 8, (rng, i) => optOut(rng, i)),
    ...generate(13027, 8, (rng, i) => negatedQuantifiers(rng, i)),
    ...generate(13028, 6, (rng, i) => continuing(rng, i)),
    ...generate(13014, 6, (rng, i) => {
      // "A, B and C also signed X at the ceremony. None has yet ratified it.": the states just named have not; nor have they ratified Y
      // where "None of them has ratified Y" names another instrument ("them" is the states just named, as "they" would be).
      const [t, other] = sample(
        rng,
        TREATIES.filter((x) => x.type !== "declaration"),
        2,
      ) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
      const l = sample(rng, STATES, 3);
      const signed = rowsFor(l, "signed", t.id, "affirmed");
      if (i % 3 === 2)
        return {
          text: `${capitalise(listOf(l.map((x) => x.written)))} signed ${t.written} at the ceremony. None of them has ratified ${other.written}.`,
          expected: [...signed, ...rowsFor(l, "ratified", other.id, "negated")].sort(),
        };
      return {
        text: `${capitalise(listOf(l.map((x) => x.written)))} also signed ${t.written} at the ceremony. ${pick(rng, ["None has yet ratified it.", "None of them has ratified it.", "None of these has ratified it yet."])}`,
        expected: [...signed, ...rowsFor(l, "ratified", t.id, "negated")].sort(),
      };
    }),
    ...generate(13011, 4, (rng) => {
      // An instrument still in the making is no ratification: "its instrument of ratification of X is being prepared".
      const t = pick(
        rng,
        TREATIES.filter((x) => x.type !== "declaration"),
      );
      const [a] = sample(rng, STATES, 1) as [StateName];
      const state = pick(rng, ["prepared", "considered", "examined"]);
      return {
        text: `${capitalise(a.written)}'s Ministry of Foreign Affairs told us that its instrument of ratification of ${t.written} ${pick(rng, [`is being ${state}.`, `"is being ${state}".`])}`,
        expected: rowsFor([a], "ratified", t.id, "planned"),
      };
    }),
    ...generate(13020, 4, (rng, i) => {
      // "A has informed the Depositary that it has not deposited, and does not intend at present to deposit, an instrument of
      // accession to X": not done. (Near miss: "A, which has not signed Y, deposited its instrument of accession to X" is done.)
      const [t, other] = sample(
        rng,
        TREATIES.filter((x) => x.type !== "declaration"),
        2,
      ) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
      const [a] = sample(rng, STATES, 1) as [StateName];
      if (i % 2 === 1)
        return {
          text: `${capitalise(a.written)}, which has not signed ${other.written}, deposited its instrument of accession to ${t.written}.`,
          expected: [...rowsFor([a], "signed", other.id, "negated"), ...rowsFor([a], "acceded", t.id, "affirmed")].sort(),
        };
      return {
        text: `The Government of ${a.written.replace(/^the /u, "")} has informed the Depositary that it has not deposited, and does not intend at present to deposit, an instrument of accession to ${t.written}.`,
        expected: rowsFor([a], "acceded", t.id, "negated"),
      };
    }),
    ...generate(13019, 4, (rng) => {
      // "B's ratification still awaits the consent of its Parliament": not given yet (planned), never done.
      const t = pick(
        rng,
        TREATIES.filter((x) => x.type !== "declaration"),
      );
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const wait = pick(rng, ["still awaits the consent of its Parliament", "awaits the approval of Congress", "still awaits parliamentary approval"]);
      return {
        text: `${capitalise(a.written)} signed ${t.written} in 2015. ${capitalise(b.written)}'s ratification ${wait}.`,
        expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([b], "ratified", t.id, "planned")].sort(),
      };
    }),
    ...generate(13018, 6, (rng, i) => {
      // "clears the way for the Executive to deposit A's instrument of ratification of X": still to be deposited; "A was the first
      // State to deposit its instrument of ratification of X" is done.
      const t = pick(
        rng,
        TREATIES.filter((x) => x.type !== "declaration"),
      );
      const [a] = sample(rng, STATES, 1) as [StateName];
      const [noun, action] = pick(rng, [
        ["ratification", "ratified"],
        ["accession", "acceded"],
      ] as const);
      if (i % 3 === 2)
        return {
          text: `${capitalise(a.written)} was the first State to deposit its instrument of ${noun} to ${t.written}, on 29 January 1997.`,
          expected: rowsFor([a], action, t.id, "affirmed"),
        };
      const lead = pick(rng, [
        "The approval clears the way for the Executive to deposit",
        "The Government will deposit",
        "Parliament has asked the Minister to deposit",
      ]);
      return { text: `${lead} ${a.written}'s instrument of ${noun} to ${t.written}.`, expected: rowsFor([a], action, t.id, "planned") };
    }),
    ...generate(13017, 4, (rng) => {
      // "X has 110 parties. A, B and C are not party either.": an intransitive frame closed by "either" (or "yet").
      const t = pick(
        rng,
        TREATIES.filter((x) => x.type !== "declaration"),
      );
      const l = sample(rng, STATES, 1 + Math.floor(rng() * 3));
      const many = l.length > 1;
      const frame = pick(
        rng,
        many ? ["are not party either", "are not parties either", "are not yet parties"] : ["is not a party either", "is not yet a party"],
      );
      return {
        text: `${capitalise(t.written)} now has 110 parties. ${capitalise(listOf(l.map((x) => x.written)))} ${frame}.`,
        expected: rowsFor(l, "party", t.id, "negated"),
      };
    }),
    ...generate(13021, 6, (rng, i) => {
      // "It took A ten years to ratify X": done, after a while; "It will take B two years to ratify X": not yet.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, STATES);
      const span = pick(rng, ["ten years", "more than two decades", "eighteen months"]);
      if (i % 3 === 2)
        return {
          text: `It will take ${a.written} ${span} to ratify ${t.written}.`,
          expected: rowsFor([a], "ratified", t.id, "planned"),
        };
      return {
        text: `It ${pick(rng, ["took", "has taken"])} ${a.written} ${span} to ratify ${t.written}.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      };
    }),
    ...generate(13020, 6, (rng) => {
      // "… does not intend to accede to it, because the Y Convention already covers …": the pronoun is the object, not Y.
      const [x, y] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const a = pick(rng, STATES);
      const link = pick(rng, [", because", ", since", "; in its view"]);
      return {
        text: `${capitalise(a.written)} is not a party to ${x.written} and does not intend to accede to it${link} ${y.written} already covers the matter.`,
        expected: [...rowsFor([a], "party", x.id, "negated"), ...rowsFor([a], "acceded", x.id, "negated")].sort(),
      };
    }),
    ...generate(13019, 8, (rng, i) => {
      // "A dissociated itself from X": a stand at X's adoption, recorded as the vote it stands for, not backed (for a declaration
      // too: the gold of every corpus that records one accepts "supported", negated); "from paragraph 9 of X" is a part of the text,
      // and "associated itself with X" endorses it.
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const declaration = `${pick(rng, ["Lima", "Astana", "Nairobi"])} Declaration on ${pick(rng, ["Water Security", "Glacier Monitoring"])}`;
      const pronoun = pick(rng, ["itself", "themselves"]);
      const dissociated = pick(rng, ["dissociated", "disassociated"]);
      if (i % 4 === 0)
        return {
          text: `${capitalise(a.written)} and ${b.written} ${dissociated} ${pronoun} from the ${declaration}.`,
          expected: rowsFor([a, b], "supported", declaration, "negated"),
        };
      if (i % 4 === 1) {
        const decision = `decision ${pick(rng, ["IG.27/9", "SC-12/4", "BC-17/2"])}`;
        return {
          text: `${capitalise(a.written)} dissociated itself from ${decision} on the programme of work.`,
          expected: rowsFor([a], "supported", decision, "negated"),
        };
      }
      if (i % 4 === 2)
        return {
          text: `${capitalise(a.written)} ${pick(rng, ["dissociated itself from", "did not associate itself with"])} ${pick(rng, ["preambular paragraph 9", "the paragraph on sanctions", "operative paragraph 4"])} of the ${declaration}.`,
          expected: [],
        };
      return {
        text: `${capitalise(a.written)} ${pick(rng, ["associated itself with", "associates itself with"])} the ${declaration}.`,
        expected: rowsFor([a], "endorsed", declaration, "affirmed"),
      };
    }),
    ...generate(13016, 8, (rng, i) => {
      // "A, B and C were the first five to ratify X": a rank won, so done (not "hope to be the first two to ratify X"); and "B
      // ratified it in 2019, the most recent to join": the rank restates the act before it.
      const t = pick(
        rng,
        TREATIES.filter((x) => x.type !== "declaration"),
      );
      const l = sample(rng, STATES, 2 + Math.floor(rng() * 3));
      const count = ["two", "three", "four"][l.length - 2] as string;
      const verb = pick(rng, ["ratify", "sign"]);
      const action = verb === "ratify" ? "ratified" : "signed";
      if (i % 4 === 3)
        return {
          text: `${capitalise(listOf(l.map((x) => x.written)))} hope to be the first ${count} to ${verb} ${t.written}.`,
          expected: rowsFor(l, action, t.id, "planned"),
        };
      if (i % 4 === 2) {
        const [a, b] = l as [StateName, StateName];
        return {
          text: `${capitalise(t.written)} entered into force in 2008. ${capitalise(a.written)} acceded in 2013 and ${b.written} ratified it in 2019, ${pick(rng, ["the most recent to join", "the latest to join", "the last to join"])}.`,
          expected: [...rowsFor([a], "acceded", t.id, "affirmed"), ...rowsFor([b], "ratified", t.id, "affirmed")].sort(),
        };
      }
      return {
        text: `${capitalise(listOf(l.map((x) => x.written)))} were the first ${pick(rng, [count, String(l.length)])} to ${verb} ${t.written}.`,
        expected: rowsFor(l, action, t.id, "affirmed"),
      };
    }),
    ...generate(13022, 12, (rng, i) => {
      // A negated quantifier over a list: "None of A, B and C has ratified X", "No Andean state – A, B or C – has ratified X",
      // "Not a single member of the Community – A, B and C – has signed X", "No member of the Community (A, B and C) has …"; and
      // the same apposition without the quantifier is done ("Two members of the Community (A and B) have ratified X").
      const t = pick(rng, TREATIES_ONLY);
      const l = sample(rng, STATES, 2 + Math.floor(rng() * 3));
      const [verb, action] = pick(rng, [
        ["ratified", "ratified"],
        ["signed", "signed"],
        ["acceded to", "acceded"],
      ] as const);
      const community = pick(rng, [
        "the African Union",
        "the Pacific Islands Forum",
        "the Council of Europe",
        "the Andean Community",
        "the Caribbean Community",
      ]);
      const or = listOf(names(l)).replace(/ and (?=[^,]*$)/u, pick(rng, [" and ", " or "]));
      const dashed = (head: string) => `${head} – ${or} – has ${verb} ${t.written}.`;
      const frames = [
        `${pick(rng, ["None of", "Neither of"].slice(0, l.length === 2 ? 2 : 1))} ${or} has ${verb} ${t.written}.`,
        dashed(`No ${pick(rng, ["Andean", "Nordic", "Gulf", "Pacific island"])} ${pick(rng, ["state", "country"])}`),
        dashed(`Not a single member of ${community}`),
        dashed(`None of the members of ${community}`),
        `No member of ${community} (${or}) has ${verb} ${t.written}.`,
      ];
      if (i % 6 === 5)
        return {
          text: `${capitalise(["two", "three", "four"][l.length - 2] as string)} members of ${community} (${listOf(names(l))}) have ${verb} ${t.written}.`,
          expected: rowsFor(l, action, t.id, "affirmed"),
        };
      return { text: frames[i % 6] as string, expected: rowsFor(l, action, t.id, "negated") };
    }),
    ...generate(13023, 10, (rng, i) => {
      // An act noun whose act is still to come: approved at home ("Cabinet approved in principle A's accession to X", "The Cabinet
      // has approved the accession of A to X"), or on its way ("A has notified us that its instrument of ratification of X is on its
      // way"); a rank among a group is won ("A, the last of the original ten to ratify X, did so in 2020").
      const t = pick(rng, TREATIES_ONLY);
      const [a] = sample(rng, STATES, 1) as [StateName];
      const [noun, action, to] = pick(rng, [
        ["accession", "acceded", "to"],
        ["ratification", "ratified", "of"],
      ] as const);
      const body = pick(rng, ["Cabinet", "The Cabinet", "The Council of Ministers", "Parliament"]);
      const frames: Case[] = [
        {
          text: `${body} approved ${pick(rng, ["in principle", "formally", "unanimously"])} ${a.written}'s ${noun} ${to} ${t.written}.`,
          expected: rowsFor([a], action, t.id, "planned"),
        },
        { text: `${body} has approved the ${noun} of ${a.written} to ${t.written}.`, expected: rowsFor([a], action, t.id, "planned") },
        {
          text: `${capitalise(a.written)} has notified the depositary that its instrument of ${noun} ${to} ${t.written} is on its way from the capital.`,
          expected: rowsFor([a], action, t.id, "planned"),
        },
        {
          text: `${capitalise(a.written)}, the last of the ${pick(rng, ["original", "founding"])} ten to ${action === "acceded" ? "accede to" : "ratify"} ${t.written}, did so in 2020.`,
          expected: rowsFor([a], action, t.id, "affirmed"),
        },
      ];
      return frames[i % 4] as Case;
    }),
    ...generate(13024, 8, (rng, i) => {
      // An act noun taken back by a noun before its "of" ("We regret A's revocation of its ratification of X", "the withdrawal of A's
      // signature of X"): not done; a plan's noun before a gerund ("set out a timetable for ratifying X", "a roadmap towards
      // ratifying X"): still to come.
      const t = pick(rng, TREATIES_ONLY);
      const [a] = sample(rng, STATES, 1) as [StateName];
      if (i % 4 === 0)
        return {
          text: `We deeply regret ${a.written}'s ${pick(rng, ["revocation", "withdrawal"])} of its ratification of ${t.written} in November 2023.`,
          expected: rowsFor([a], "ratified", t.id, "negated"),
        };
      if (i % 4 === 1)
        return {
          text: `The ${pick(rng, ["withdrawal", "revocation"])} of ${a.written}'s signature of ${t.written} was announced yesterday.`,
          expected: rowsFor([a], "signed", t.id, "negated"),
        };
      const noun = pick(rng, ["a timetable", "a roadmap", "a schedule", "a plan"]);
      return {
        text: `${capitalise(a.written)} ${pick(rng, ["set out", "published", "has adopted"])} ${noun} ${pick(rng, ["for", "towards"])} ratifying ${t.written}.`,
        expected: rowsFor([a], "ratified", t.id, "planned"),
      };
    }),
    ...generate(13025, 6, (rng, i) => {
      // "A became the first State outside the UNECE region to accede to X, in 2023": a rank won past a place after its noun; "its
      // accession to X, approved by its Council of Ministers in May, would be deposited …": a domestic approval in an aside, not the act.
      const t = pick(rng, TREATIES_ONLY);
      const [a] = sample(rng, STATES, 1) as [StateName];
      if (i % 2 === 0)
        return {
          text: `${capitalise(a.written)} became the first State ${pick(rng, ["outside", "from"])} the ${pick(rng, ["UNECE", "Asia-Pacific", "OSCE"])} ${pick(rng, ["region", "area"])} to accede to ${t.written}, in 2023.`,
          expected: rowsFor([a], "acceded", t.id, "affirmed"),
        };
      return {
        text: `${capitalise(a.written)} informed the Conference that its accession to ${t.written}, approved by its ${pick(rng, ["Council of Ministers", "Cabinet", "Parliament"])} in May, ${pick(rng, ["would", "will"])} be deposited before the end of the year.`,
        expected: rowsFor([a], "acceded", t.id, "planned"),
      };
    }),
    ...generate(13026, 8, (rng, i) => {
      // A claim that its sentence denies: "Reports that A had ratified X were incorrect", "Claims that A and B have signed X are
      // false, the Ministry said" (not done); a claim confirmed stays done ("… were confirmed by the depositary").
      const t = pick(rng, TREATIES_ONLY);
      const l = sample(rng, STATES, 1 + (i % 2));
      const [verb, action] = pick(rng, [
        ["had ratified", "ratified"],
        ["have signed", "signed"],
        ["had acceded to", "acceded"],
      ] as const);
      const claim = `${pick(rng, ["Reports", "Claims", "Rumours"])} that ${listOf(names(l))} ${verb} ${t.written}`;
      if (i % 4 === 3) return { text: `${claim} were confirmed by the depositary.`, expected: rowsFor(l, action, t.id, "affirmed") };
      return {
        text: `${claim} ${pick(rng, ["were incorrect", "are false", "proved premature", "were entirely unfounded"])}, the Ministry said.`,
        expected: rowsFor(l, action, t.id, "negated"),
      };
    }),
    ...generate(13027, 6, (rng, i) => {
      // A compound act noun whose predicate denies the deposit: "Ratification instruments from A and B have not yet been deposited";
      // "… were deposited yesterday" is done.
      const t = pick(rng, TREATIES_ONLY);
      const l = sample(rng, STATES, 2);
      const [noun, action] = pick(rng, [
        ["Ratification instruments", "ratified"],
        ["Accession instruments", "acceded"],
      ] as const);
      const lead = `${capitalise(t.written)} was discussed. ${noun} from ${listOf(names(l))}`;
      if (i % 3 === 2) return { text: `${lead} were deposited yesterday.`, expected: rowsFor(l, action, t.id, "affirmed") };
      return {
        text: `${lead} ${pick(rng, ["have not yet been deposited", "have still not been received", "were never deposited"])}.`,
        expected: rowsFor(l, action, t.id, "negated"),
      };
    }),
    ...generate(13028, 8, (rng, i) => {
      // "A did not ratify X until 2014": done, then (dated); "did not ratify until after the election" stays not done; "A's
      // ratification is "on the legislative agenda" for 2026": still to come.
      const t = pick(rng, TREATIES_ONLY);
      const [a] = sample(rng, STATES, 1) as [StateName];
      const year = String(2010 + i);
      if (i % 4 === 3)
        return {
          text: `${capitalise(a.written)}'s ratification of ${t.written} is ${pick(rng, ['"on the legislative agenda"', "on the agenda of Parliament"])} for 2026.`,
          expected: rowsFor([a], "ratified", t.id, "planned", null),
          dates: true,
        };
      if (i % 4 === 2)
        return {
          text: `${capitalise(a.written)} did not ratify ${t.written} until after the election.`,
          expected: rowsFor([a], "ratified", t.id, "negated", null),
          dates: true,
        };
      return {
        text: `${capitalise(a.written)} signed ${t.written} in 2003 but did not ratify ${pick(rng, ["it ", ""])}until ${year}.`,
        expected: [...rowsFor([a], "signed", t.id, "affirmed", "2003"), ...rowsFor([a], "ratified", t.id, "affirmed", year)].sort(),
        dates: true,
      };
    }),
    ...generate(13029, 6, (rng, i) => {
      // "A and B are among the members that have still not ratified X" (and in a relative: "A and B, which are among the members that
      // have still not accepted X, said …"): not done; "… that have already ratified X" is done.
      const t = pick(rng, TREATIES_ONLY);
      const l = sample(rng, STATES, 2);
      const head = pick(rng, ["members", "States", "countries"]);
      const done = i % 3 === 2;
      const clause = `among the ${head} that have ${done ? "already" : pick(rng, ["still not", "not yet", "still never"])} ratified ${t.written}`;
      const text =
        i % 2 === 0
          ? `${capitalise(listOf(names(l)))} are ${clause}.`
          : `${capitalise(listOf(names(l)))}, which are ${clause}, said their instruments were ready.`;
      return { text, expected: rowsFor(l, "ratified", t.id, done ? "affirmed" : "negated") };
    }),
    ...generate(13030, 10, (rng, i) => {
      // A claim the next sentence denies ("That is not possible:", "That claim is false.", "Both halves of that sentence are wrong.")
      // is not done; one it confirms ("That is correct.") is. A claim put in quotation marks under a longer name ("the WHO X") is
      // taken back by the same name's denial ("A has not ratified the X"). An act word quoted on its own ('described A as having
      // "signed" X') is someone else's word: no act.
      const t = pick(rng, TREATIES_ONLY);
      const [a] = sample(rng, STATES, 1) as [StateName];
      const A = capitalise(a.written);
      const claim = pick(rng, [
        `"${A} has already ratified ${t.written}," a senator told a hearing last week.`,
        `A claim circulating online is that ${a.written} "secretly ratified ${t.written}."`,
        `Last week a member of Parliament told the House that "${a.written} ratified ${t.written} in June."`,
      ]);
      switch (i % 4) {
        case 0:
          return {
            text: `${claim} ${pick(rng, ["That is not possible:", "That claim is false.", "That is not true.", "Both halves of that sentence are wrong."])} ${capitalise(t.written)} is not yet open for signature.`,
            expected: rowsFor([a], "ratified", t.id, "negated"),
          };
        case 1:
          return { text: `${claim} That is correct: the instrument was deposited in May.`, expected: rowsFor([a], "ratified", t.id, "affirmed") };
        case 2: {
          const name = `${pick(rng, ["Andean", "Sahel", "Nordic"])} Convention on ${pick(rng, ["Glacier Monitoring", "Mountain Guides", "Seabird Bycatch"])}`;
          const org = pick(rng, ["WHO", "UN", "OAS", "ILO"]);
          return {
            text: `A member of Parliament said that "${a.written} ratified the ${org} ${name} in June." ${A} signed the ${name} on 19 May. ${A} has not ratified the Convention.`,
            expected: [...rowsFor([a], "signed", name, "affirmed"), ...rowsFor([a], "ratified", name, "negated")].sort(),
          };
        }
        default:
          return {
            text: `The article described ${a.written} as having "${pick(rng, ["signed", "ratified"])}" ${t.written}. ${A} is still considering the text.`,
            expected: [],
          };
      }
    }),
    ...generate(13032, 6, (rng, i) => {
      // "No Arab State except A and B has ratified X", "None of the States except A has yet acceded to X": the excepted did the act
      // the others did not; "All Member States except A have ratified X": the excepted did not.
      const t = pick(rng, TREATIES_ONLY);
      const l = sample(rng, STATES, 2);
      const [verb, action] = pick(rng, [
        ["ratified", "ratified"],
        ["signed", "signed"],
        ["acceded to", "acceded"],
      ] as const);
      if (i % 3 === 2)
        return { text: `All Member States except ${names(l)[0]} have ${verb} ${t.written}.`, expected: rowsFor(l.slice(0, 1), action, t.id, "negated") };
      const none = pick(rng, ["No Arab State", "No member of the Community", "None of the States", "No country in the region"]);
      return {
        text: `${none} except ${listOf(names(l))} has ${i % 2 === 0 ? "yet " : ""}${verb} ${t.written}.`,
        expected: rowsFor(l, action, t.id, "affirmed"),
      };
    }),
    ...generate(13033, 20, (rng, i) => {
      // A negated quantifier whose head has modifiers of its own ("None of the five nuclear-weapon States (A, B …) has signed X");
      // a withdrawal not made ("None of them has denounced it") leaves them parties; a report the text calls wrong ("incorrectly
      // reported that A had ratified X") is not done, and one that said A had not ("… that A "has never ratified" X") says nothing;
      // a rank won among the members of a body named with its acronym ("the latest member of the Pacific Islands Forum Fisheries
      // Agency (FFA) to ratify X") is done.
      const t = pick(rng, TREATIES_ONLY);
      const l = sample(rng, STATES, 3);
      const A = capitalise((l[0] as StateName).written);
      switch (i % 5) {
        case 0:
          return {
            text: `None of the ${pick(rng, ["five nuclear-weapon", "three land-locked", "four small-island"])} States (${listOf(names(l))}) has signed ${t.written}.`,
            expected: rowsFor(l, "signed", t.id, "negated"),
          };
        case 1:
          return {
            text: `${capitalise(listOf(names(l)))} were already Parties to ${t.written} when they left the Community. None of them has ${pick(rng, ["denounced", "withdrawn from"])} it.`,
            expected: rowsFor(l, "party", t.id, "affirmed"),
          };
        case 2:
          if (i % 10 === 7)
            // A claim the text reports as such ("A second claim circulating online is that A "secretly ratified" X") is no act of record.
            return {
              text: `${pick(rng, ["A second claim circulating online is", "The rumour was", "One allegation is"])} that ${(l[0] as StateName).written} had secretly ratified ${t.written}. ${capitalise((l[1] as StateName).written)} ratified it in 2019.`,
              expected: rowsFor(l.slice(1, 2), "ratified", t.id, "affirmed"),
            };
          return {
            text: `An article on Monday ${pick(rng, ["incorrectly reported", "wrongly stated", "mistakenly said"])} that ${(l[0] as StateName).written} had ratified ${t.written}.`,
            expected: rowsFor(l.slice(0, 1), "ratified", t.id, "negated"),
          };
        case 3:
          return {
            text: `An article on Monday incorrectly reported that ${(l[0] as StateName).written} "has never ratified" ${t.written}. ${A} ratified it in September 2014.`,
            expected: rowsFor(l.slice(0, 1), "ratified", t.id, "affirmed"),
          };
        default:
          return {
            text: `${A} on Wednesday became the latest member of the ${pick(rng, ["Pacific Islands Forum Fisheries Agency (FFA)", "South Asian Association for Regional Cooperation (SAARC)", "Organization of American States (OAS)"])} to ratify ${t.written}.`,
            expected: rowsFor(l.slice(0, 1), "ratified", t.id, "affirmed"),
          };
      }
    }),
    ...generate(13034, 6, (rng, i) => {
      // A count after the names in the same sentence: "A, B and C are not parties to X, and none of the three has signed Y"; "A and
      // B signed X in 1997, and C and D in 1998, but none of the four has ratified it".
      const [x, y] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const l = sample(rng, STATES, 4);
      if (i % 2 === 0) {
        const three = l.slice(0, 3);
        return {
          text: `${capitalise(listOf(names(three)))} are not parties to ${x.written}, and none of the three has signed ${y.written}.`,
          expected: [...rowsFor(three, "party", x.id, "negated"), ...rowsFor(three, "signed", y.id, "negated")].sort(),
        };
      }
      const [a, b, c, d] = names(l) as [string, string, string, string];
      return {
        text: `${capitalise(a)} and ${b} signed ${x.written} in 1997, and ${c} and ${d} in 1998, but none of the four has ratified it.`,
        expected: [...rowsFor(l, "signed", x.id, "affirmed"), ...rowsFor(l, "ratified", x.id, "negated")].sort(),
      };
    }),
    ...generate(13035, 6, (rng, i) => {
      // A recommendation's items: "(a) A deposit its instrument of accession to X; (b) A endorse Y": a plain verb after one state is
      // asked for (planned). A coordinated predicate with its own verb has its own polarity: "A has not yet deposited an instrument
      // of withdrawal from X and remains a State Party to it".
      const [x, y] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const [a] = sample(rng, STATES, 1) as [StateName];
      const A = capitalise(a.written);
      if (i % 2 === 0)
        return {
          text: `The Committee recommends that:\n(a) ${A} deposit its instrument of accession to ${x.written} without further delay;\n(b) ${A} ratify ${y.written}.`,
          expected: [...rowsFor([a], "acceded", x.id, "planned"), ...rowsFor([a], "ratified", y.id, "planned")].sort(),
        };
      return {
        text: `The parliament voted on 20 May to withdraw, but ${a.written} has not yet deposited an instrument of withdrawal from ${x.written} and remains a State Party to ${pick(rng, ["it", "that Treaty"])}.`,
        expected: rowsFor([a], "party", x.id, "affirmed"),
      };
    }),
    ...generate(13036, 6, (rng, i) => {
      // Consent to be bound: "A notified its consent to be bound by X in 2004" (done); "B did not notify its consent to be bound by
      // X"; "C and D, …, and who have not yet expressed their consent to be bound by X" (the relative's "their" is theirs). A count
      // with a list after the colon: "Four have neither signed nor acceded to it: A, B, C and D".
      const t = pick(rng, TREATIES_ONLY);
      const l = sample(rng, STATES, 4);
      const [a, b, c, d] = l as [StateName, StateName, StateName, StateName];
      switch (i % 3) {
        case 0:
          return {
            text: `${capitalise(a.written)} notified its consent to be bound by ${t.written} in 2004. ${capitalise(b.written)} did not notify its consent to be bound by ${t.written}.`,
            expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([b], "ratified", t.id, "negated")].sort(),
          };
        case 1:
          return {
            text: `${capitalise(a.written)} ratified ${t.written} in 2014. I say this with respect to our friends ${c.written} and ${d.written}, whose fleets are the largest, and who have not yet expressed their consent to be bound by it.`,
            expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([c, d], "ratified", t.id, "negated")].sort(),
          };
        default:
          return {
            text: `${capitalise(t.written)} has 115 States Parties. Four have neither signed nor acceded to it: ${listOf(names(l))}.`,
            expected: [...rowsFor(l, "signed", t.id, "negated"), ...rowsFor(l, "acceded", t.id, "negated")].sort(),
          };
      }
    }),
    ...generate(13031, 8, (rng, i) => {
      // A mandative "that" clause: "The Committee requested that A ratify X" is asked for, not done (planned); "A ratified X, the
      // Committee noted" is done. A recommendation that A ratify X is a call: the recommending State's `called-for` (a UPR
      // recommendation), and, as with "called on A to ratify X", nothing for its addressee; an unnamed recommender gives nothing.
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(rng, STATES, 3) as [StateName, StateName, StateName];
      const who = pick(rng, ["The Committee", "The Special Rapporteur", "We", "The mission", capitalise(c.written)]);
      const verb = pick(rng, ["recommends", "recommended", "requested", "suggests", "proposed"]);
      if (i % 4 === 3)
        return { text: `${capitalise(a.written)} ratified ${t.written} in 2019, the Committee noted.`, expected: rowsFor([a], "ratified", t.id, "affirmed") };
      const [plain, action] = pick(rng, [
        ["ratify", "ratified"],
        ["accede to", "acceded"],
        ["sign", "signed"],
      ] as const);
      const subject = i % 2 === 0 ? a.written : listOf([a.written, b.written]);
      const recommending = verb.startsWith("recommend");
      return {
        text: `${who} ${verb === "recommends" && who === "We" ? "recommend" : verb} that ${subject} ${plain} ${t.written}.`,
        expected: recommending
          ? who === capitalise(c.written)
            ? rowsFor([c], "called-for", t.id, "affirmed")
            : []
          : rowsFor(i % 2 === 0 ? [a] : [a, b], action, t.id, "planned"),
      };
    }),
    ...generate(9131, 6, (rng, i) => {
      // 'A commentator said that A "has quietly withdrawn from X". A ratified X in 2012 and has not withdrawn from it.': a withdrawal
      // only reported in quotation marks gives way to the text's own statement that A is bound; a withdrawal the text states itself
      // stays beside the ratification it ended.
      const t = pick(rng, TREATIES_ONLY);
      const [a] = sample(rng, STATES, 1) as [StateName];
      const reporter = pick(rng, ["A commentator said on Monday", "A letter published on 9 March stated", "A blog post claimed"]);
      const withdrew = pick(rng, ["has quietly withdrawn from", "withdrew from", "denounced"]);
      if (i % 3 === 2)
        return {
          text: `${capitalise(a.written)} withdrew from ${t.written} in 2020. ${capitalise(a.written)} had ratified it in 2012.`,
          expected: [...rowsFor([a], "party", t.id, "negated"), ...rowsFor([a], "ratified", t.id, "affirmed")].sort(),
        };
      return {
        text: `${reporter} that ${a.written} "${withdrew} ${t.written}". ${capitalise(a.written)} ratified it in 2012 and has not withdrawn from it.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      };
    }),
    ...generate(9132, 9, (rng, i) => {
      // What a correction says an earlier text said is no statement of record ("CORRECTION: An earlier version of this story said A
      // had signed X"); nor is an act inside an indirect question ("Asked whether A would sign X, …"); a deposit a state "had
      // scheduled" is not done.
      const t = pick(rng, TREATIES_ONLY);
      const [a] = sample(rng, STATES, 1) as [StateName];
      if (i % 3 === 0)
        return {
          text: `${pick(rng, ["CORRECTION: An earlier version of this story", "Corrections: our January round-up", "Correction: a previous version of this article"])} said ${pick(rng, ["", "that "])}${a.written} had ${pick(rng, ["signed", "ratified"])} ${t.written}.`,
          expected: [],
        };
      if (i % 3 === 1)
        return {
          text: `${pick(rng, ["Asked whether", "When asked if"])} ${a.written} would ${pick(rng, ["sign", "ratify"])} ${t.written}, the spokesperson said he would not speculate.`,
          expected: [],
        };
      return {
        text: `${capitalise(a.written)}, which had scheduled the deposit of its instrument of ratification of ${t.written}, said its documents were not yet in order.`,
        expected: rowsFor([a], "ratified", t.id, "planned"),
      };
    }),
    ...generate(9133, 9, (rng, i) => {
      // Acts still to come: "A becomes a State Party only when its instrument is deposited" (a present act on a condition), "the
      // last step before A can ratify X", and "the Senate voted to concur in the accession of A to X" (a domestic approval).
      const t = pick(rng, TREATIES_ONLY);
      const [a] = sample(rng, STATES, 1) as [StateName];
      if (i % 3 === 0)
        return {
          text: `${capitalise(a.written)} becomes a State Party to ${t.written} only ${pick(rng, ["when", "once"])} the Foreign Ministry deposits the instrument.`,
          expected: rowsFor([a], "party", t.id, "planned"),
        };
      if (i % 3 === 1)
        return {
          text: `This bill is the last step ${pick(rng, ["we must take", "needed"])} before ${a.written} can ratify ${t.written}.`,
          expected: rowsFor([a], "ratified", t.id, "planned"),
        };
      const [noun, action] = pick(rng, [
        ["accession", "acceded"],
        ["ratification", "ratified"],
      ] as const);
      return {
        text: `The Senate voted 21-0 to concur in the ${noun} of ${a.written} to ${t.written}.`,
        expected: rowsFor([a], action, t.id, "planned"),
      };
    }),
    ...generate(13441, 12, (rng, i) => {
      // Acts still to come: a deposit inside a condition ("A becomes a Party only when its Minister deposits an instrument of
      // ratification"), a nominal act that waits on something ("A's ratification of X is subject to a referendum", "still awaits
      // the Senate's consent"), and what a text corrects ("I must correct the record: the reply stated that A had ratified X").
      const [a] = sample(rng, STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const form = i % 3;
      if (form === 0) {
        const [noun, action] = pick(rng, [
          ["ratification", "ratified"],
          ["accession", "acceded"],
        ] as const);
        return {
          text: `${capitalise(t.written)} is not yet in force for ${a.written}. ${capitalise(a.written)} becomes a Party ${pick(rng, ["only when", "once", "when"])} the Minister for Foreign Affairs deposits ${pick(rng, ["an", "its"])} instrument of ${noun} with the Secretary-General.`,
          // (Not yet in force for A: A is not yet a party, stages/inForce.ts.)
          expected: [...rowsFor([a], action, t.id, "planned"), ...rowsFor([a], "party", t.id, "negated")].sort(),
        };
      }
      if (form === 1)
        return {
          text: `${capitalise(a.written)}'s ratification of ${t.written} ${pick(rng, ["is subject to an optional referendum", "still awaits the consent of the Senate", "depends on the outcome of a court review", "requires a two-thirds majority in parliament"])}.`,
          expected: rowsFor([a], "ratified", t.id, "planned"),
        };
      return {
        text: `I must also correct the record: the reply to Question ${2200 + i} ${pick(rng, ["stated", "said"])} that ${a.written} had ratified ${t.written} in 2023.`,
        expected: [],
      };
    }),
    ...generate(13443, 8, (rng, i) => {
      // A signed instrument of accession or ratification is the act once deposited: where the text says the state becomes a
      // party to each treaty only when its instrument is deposited, the signature is a domestic step (and "each treaty" reaches
      // back past sentences that name none); where it says nothing of the deposit, the signature stands for the act.
      const [a] = sample(rng, STATES, 1) as [StateName];
      const [t, u] = sample(rng, TREATIES, 2) as [(typeof TREATIES)[number], (typeof TREATIES)[number]];
      const signing = `President Ana Ruiz of ${a.written} today signed the instrument of accession to ${t.written} and the instrument of ratification of ${u.written}.`;
      const filler =
        "The signing ceremony took place at State House. The President said it was a proud day. The instruments will be transmitted through the Ministry.";
      if (i % 2 === 0)
        return {
          text: `${signing} ${filler} ${capitalise(a.written)} will become a State Party to each treaty only when its instrument is deposited.`,
          expected: [...rowsFor([a], "party", t.id, "planned"), ...rowsFor([a], "party", u.id, "planned")].sort(),
        };
      return {
        text: `${signing} ${filler}`,
        expected: [...rowsFor([a], "acceded", t.id, "affirmed"), ...rowsFor([a], "ratified", u.id, "affirmed")].sort(),
      };
    }),
    // A denied act closed by "yet" has the text's instrument: "A, the host, has not signed yet."; a "yet" that joins clauses is no
    // close ("A signed it, yet has never ratified it").
    ...generate(13444, 6, (rng, i) => {
      const [a] = sample(rng, STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const intro = `${capitalise(t.written)} was opened for signature in 2019.`;
      if (i % 2 === 0)
        return {
          text: `${intro} ${capitalise(a.written)}${pick(rng, [", the host,", ""])} has ${pick(rng, ["not", "never"])} signed yet.`,
          expected: rowsFor([a], "signed", t.id, "negated"),
        };
      return {
        text: `${intro} ${capitalise(a.written)} signed it, yet has never ratified it.`,
        expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], "ratified", t.id, "negated")].sort(),
      };
    }),
    // Coordinated acts with no object of their own are both on the text's instrument, and both denied: "A, B and C have neither
    // signed nor ratified.", "A has not signed or acceded."
    ...generate(13445, 6, (rng, i) => {
      const list = sample(rng, STATES, 1 + (i % 3)) as StateName[];
      const t = pick(rng, TREATIES_ONLY);
      const [second, action] = pick(rng, [
        ["ratified", "ratified"],
        ["acceded", "acceded"],
      ] as const);
      const verb = list.length > 1 ? "have" : "has";
      const text =
        i % 2 === 0
          ? `${capitalise(t.written)} entered into force in 2008. ${capitalise(listOf(list.map((x) => x.written)))} ${verb} neither signed nor ${second}.`
          : `${capitalise(t.written)} entered into force in 2008. ${capitalise(listOf(list.map((x) => x.written)))} ${verb} not signed or ${second}.`;
      return { text, expected: [...rowsFor(list, "signed", t.id, "negated"), ...rowsFor(list, action, t.id, "negated")].sort() };
    }),
    // A planned act closed by "soon" is on the text's instrument: "A, which signed last year, is expected to ratify soon."
    ...generate(13446, 4, (rng, i) => {
      const [a] = sample(rng, STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const intro = `${capitalise(t.written)} was opened for signature in 2019.`;
      if (i % 2 === 0)
        return {
          text: `${intro} ${capitalise(a.written)}, which signed in 2020, is expected to ratify soon.`,
          expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], "ratified", t.id, "planned")].sort(),
        };
      return {
        text: `${intro} ${capitalise(a.written)} ${pick(rng, ["will sign", "intends to sign", "expects to sign"])} soon.`,
        expected: rowsFor([a], "signed", t.id, "planned"),
      };
    }),
    // Studying an act is not doing it: "A is studying its accession to T", "A said it was studying accession to T", "A is examining
    // ratification of T".
    ...generate(13447, 6, (rng, i) => {
      const [a] = sample(rng, STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const verb = pick(rng, ["studying", "examining", "exploring"]);
      const [text, action] = [
        [`${capitalise(a.written)} is ${verb} its accession to ${t.written}.`, "acceded"],
        [`${capitalise(a.written)} said it was ${verb} accession to ${t.written}.`, "acceded"],
        [`${capitalise(a.written)} is ${verb} ratification of ${t.written}.`, "ratified"],
      ][i % 3] as [string, string];
      return { text, expected: rowsFor([a], action, t.id, "planned") };
    }),
    // A bare "Neither" opening a sentence is the two states just named: "A and B attended the conference. Neither has signed T."
    ...generate(13448, 4, (rng, i) => {
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const verb = i % 2 === 0 ? ["signed", "signed"] : ["ratified", "ratified"];
      return {
        text: `${capitalise(a.written)} and ${b.written} attended the conference. Neither has ${verb[0]} ${t.written}.`,
        expected: rowsFor([a, b], verb[1] as string, t.id, "negated"),
      };
    }),
    // An instrument's deposit still to be made, in the passive: "A signed T; the instrument of ratification, however, had yet to be
    // deposited", "its instrument of ratification had not been deposited", "would be deposited once …"; not "was deposited in 2019".
    ...generate(13450, 10, (rng, i) => {
      const a = pick(rng, STATES);
      const t = pick(rng, TREATIES_ONLY);
      const [noun, action] = pick(rng, [
        ["instrument of ratification", "ratified"],
        ["instrument of accession", "acceded"],
      ] as const);
      const owner = pick(rng, ["the", "its"]);
      const signed = rowsFor([a], "signed", t.id, "affirmed");
      const [tail, polarity] = [
        [`${owner} ${noun}, however, had yet to be deposited`, "negated"],
        [`${owner} ${noun} had not been deposited`, "negated"],
        [`${owner} ${noun} had yet to be deposited`, "negated"],
        [`${owner} ${noun} would be deposited once the parliament had completed its consideration`, "planned"],
        [`its ${noun} was deposited in 2019`, "affirmed"],
      ][i % 5] as [string, string];
      return {
        text: `${capitalise(a.written)} signed ${t.written} in 2017; ${tail}.`,
        expected: [...signed, ...rowsFor([a], action, t.id, polarity)].sort(),
      };
    }),
    // An act its subject weighs is still to come: "The Government was, however, considering ratification of T", "A was not
    // considering accession to T at present" (not done either way).
    ...generate(13451, 8, (rng, i) => {
      const a = pick(rng, STATES);
      const t = pick(rng, TREATIES_ONLY);
      const [noun, action] = pick(rng, [
        ["ratification of", "ratified"],
        ["accession to", "acceded"],
      ] as const);
      const verb = pick(rng, ["considering", "studying", "examining"]);
      if (i % 2 === 0)
        return {
          text: `${capitalise(a.written)} signed ${t.written} in 2015. The Government was, however, ${verb} ${noun} ${t.written}.`,
          expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([a], action, t.id, "planned")].sort(),
        };
      return {
        text: `${capitalise(a.written)} was not ${verb} ${noun} ${t.written} at present.`,
        expected: rowsFor([a], action, t.id, "negated"),
      };
    }),
    // An aside between commas inside the verb group keeps its negation: "A has not, however, ratified T", "did not, so far, sign".
    ...generate(13449, 8, (rng, i) => {
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const aside = pick(rng, ["however", "so far", "as yet", "to date", "in fact"]);
      if (i % 4 === 3)
        // Near miss: a comma after a name is no aside of the verb group ("B, however, ratified T").
        return {
          text: `${capitalise(a.written)} did not attend the meeting. ${capitalise(b.written)}, ${aside}, ratified ${t.written} in 2019.`,
          expected: rowsFor([b], "ratified", t.id, "affirmed"),
        };
      const [aux, verb, action] = pick(rng, [
        ["has not", "ratified", "ratified"],
        ["did not", "sign", "signed"],
        ["has never", "acceded to", "acceded"],
        ["had not", "signed", "signed"],
      ] as const);
      const [first, rest] = aux.split(" ") as [string, string];
      return {
        text: `${capitalise(a.written)} ${first} ${rest}, ${aside}, ${verb} ${t.written}.`,
        expected: rowsFor([a], action, t.id, "negated"),
      };
    }),
    ...generate(13090, 8, (rng, i) => {
      // A draft or a bill "on" a State's act is the act still to come: "approved a draft decree on A's accession to X", "adopted a
      // bill on the ratification of X by A"; the act itself, said done, stays done ("A's accession to X was welcomed").
      const [a] = sample(rng, BARE_STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      switch (i % 4) {
        case 0:
          return {
            text: `The Council of Ministers approved a draft decree on ${a.written}'s accession to ${t.written}.`,
            expected: rowsFor([a], "acceded", t.id, "planned"),
          };
        case 1:
          return {
            text: `The National Assembly adopted a bill on the ratification of ${t.written} by ${a.written}.`,
            expected: rowsFor([a], "ratified", t.id, "planned"),
          };
        case 2:
          return {
            text: `The Cabinet sent parliament the draft law on ${a.written}'s ratification of ${t.written}.`,
            expected: rowsFor([a], "ratified", t.id, "planned"),
          };
        default:
          return { text: `${a.written}'s accession to ${t.written} was welcomed by its neighbours.`, expected: rowsFor([a], "acceded", t.id, "affirmed") };
      }
    }),
    ...generate(13091, 6, (rng, i) => {
      // "it" after a text named before it that cannot be resolved is that text, not the document's topic: "six countries signed the
      // protocol on the extension of X, while A and B refused to sign it" (nothing: the protocol is not named); "A signed X, while B
      // refused to sign it" (X).
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const intro = `${capitalise(t.written)} was signed by ${a.written} in 1992.`;
      if (i % 2 === 0)
        return {
          text: `${intro} In 1999, six countries signed the protocol on the extension of the treaty, while ${b.written} refused to sign it.`,
          expected: rowsFor([a], "signed", t.id, "affirmed"),
        };
      return {
        text: `${intro} ${capitalise(b.written)} refused to sign it.`,
        expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([b], "signed", t.id, "negated")].sort(),
      };
    }),
    ...generate(13098, 8, (rng, i) => {
      // An act in the present tense after "before" is still to come ("Expect guidance before A ratifies"); one in the past tense
      // after it was done ("A ratified X before B signed it").
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const [present, action] = pick(rng, [
        ["ratifies", "ratified"],
        ["signs", "signed"],
        ["accedes", "acceded"],
      ] as const);
      const intro = `${capitalise(a.written)} took part in the negotiation of ${t.written}.`;
      if (i % 4 === 3)
        return {
          text: `${capitalise(a.written)} ratified ${t.written} before ${b.written} signed it.`,
          expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([b], "signed", t.id, "affirmed")].sort(),
        };
      const clause = pick(rng, [`Expect further guidance before ${a.written} ${present}.`, `Nothing will change before ${a.written} ${present} it.`]);
      return { text: `${intro} ${clause}`, expected: rowsFor([a], action, t.id, "planned") };
    }),
    ...generate(13453, 12, (rng, i) => {
      // A count of none as the subject of a withdrawal denies it ("Of 20 Conventions ratified by A, 0 have been denounced", "None
      // has been denounced"): the State stays a party. A withdrawal the State made is still one ("A has since denounced it").
      const [a] = sample(rng, STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const lead = `${capitalise(a.written)} ratified ${t.written} in 2004.`;
      const n = 5 + Math.floor(rng() * 30);
      const verb = pick(rng, ["denounced", "withdrawn"]);
      if (i % 3 === 2)
        return {
          text: `${lead} ${capitalise(a.written)} has since ${verb === "withdrawn" ? "withdrawn from" : "denounced"} it.`,
          expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([a], "party", t.id, "negated")].sort(),
        };
      const zero = `Out of ${n} Conventions ratified by ${a.written}, of which ${n - 1} are in force, ${pick(rng, ["0", "zero", "0", "none"])} ${pick(rng, ["have", "has"])} been denounced.`;
      return { text: `${lead} ${zero}`, expected: rowsFor([a], "ratified", t.id, "affirmed") };
    }),
    ...generate(13474, 12, (rng, i) => {
      // An act coordinated by "and" after the subject's own act, with no object of its own, is on the same text ("A signed X in 2013
      // and has not ratified", "… and is not a party", "… and has yet to ratify").
      const [a] = sample(rng, BARE_STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const A = capitalise(a.written);
      const signed = rowsFor([a], "signed", t.id, "affirmed");
      switch (i % 3) {
        case 0:
          return { text: `${A} signed ${t.written} in 2013 and has not ratified.`, expected: [...signed, ...rowsFor([a], "ratified", t.id, "negated")].sort() };
        case 1:
          return { text: `${A} signed ${t.written} in 2013 and is not a party.`, expected: [...rowsFor([a], "party", t.id, "negated"), ...signed].sort() };
        default:
          return {
            text: `${A} signed ${t.written} in 2013 and has yet to ratify.`,
            expected: [...rowsFor([a], "ratified", t.id, "negated"), ...signed].sort(),
          };
      }
    }),
    ...generate(13472, 12, (rng, i) => {
      // An act noun that modifies another noun names that thing, not the act ("the accession working group, chaired by B", "the
      // signing ceremony, hosted by B"): B did no act; "its ratification by B" is B's.
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const lead = `${capitalise(a.written)} signed ${t.written} in 2019.`;
      if (i % 3 === 2)
        return {
          text: `${lead} Its ratification by ${b.written} followed in 2021.`,
          expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([b], "ratified", t.id, "affirmed")].sort(),
        };
      const [noun, by] = pick(rng, [
        ["accession working group", "chaired by"],
        ["ratification process", "led by"],
        ["signing ceremony", "hosted by"],
        ["accession negotiations", "chaired by"],
      ] as const);
      return {
        text: `${lead} The ${noun} for the treaty, ${by} ${b.written}, ${pick(rng, ["continues its work", "took place in May", "met twice"])}.`,
        expected: rowsFor([a], "signed", t.id, "affirmed"),
      };
    }),
    ...generate(13468, 12, (rng, i) => {
      // A call on a kind of State "that has not yet ratified X … to do so" asks that act ("every country that has not yet ratified X,
      // including B and C, to do so": the caller's call, and B's and C's act not done).
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const verb = pick(rng, ["urged", "called on", "calls on", "encouraged"]);
      const [act, action] = pick(rng, [
        ["ratified", "ratified"],
        ["signed", "signed"],
      ] as const);
      const head = pick(rng, ["every country that has", "all States that have", "all countries that have"]);
      const call = `${a.name}|called-for|${t.id}|affirmed`;
      if (i % 2 === 0) return { text: `${capitalise(a.written)} ${verb} ${head} not yet ${act} ${t.written} to do so.`, expected: [call] };
      return {
        text: `${capitalise(a.written)} ${verb} ${head} not yet ${act} ${t.written}, including ${listOf([b.written, c.written])}, to do so.`,
        expected: [call, ...rowsFor([b, c], action, t.id, "negated")].sort(),
      };
    }),
    ...generate(13461, 12, (rng, i) => {
      // Leaving the negotiations on a text is no withdrawal from it ("withdrew from the X negotiations", "pulled out of talks on X");
      // leaving the text is ("withdrew from X in 2019").
      const [a] = sample(rng, STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const A = capitalise(a.written);
      if (i % 3 === 2)
        return { text: `${A} ${pick(rng, ["withdrew from", "pulled out of"])} ${t.written} in 2019.`, expected: rowsFor([a], "party", t.id, "negated") };
      const process = pick(rng, ["negotiations", "talks", "consultations"]);
      const object = pick(rng, [`the ${process} on ${t.written}`, `${process} on ${t.written}`, `the negotiating process for ${t.written}`]);
      return { text: `${A} ${pick(rng, ["withdrew from", "pulled out of"])} ${object} in 2019.`, expected: [] };
    }),
    ...generate(13458, 12, (rng, i) => {
      // An indirect question of fact ("To ask the Government whether A has ratified X", "did not say whether A had signed it",
      // "whether A is a party") states nothing; "whether to ratify", "whether A will join" weigh an act to come (planned).
      const [a] = sample(rng, STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const asker = pick(rng, ["To ask the Government", "The Senator asked the Minister", "The Minister did not say", "It remains unclear"]);
      if (i % 3 === 2) {
        const [clause, action] = pick(rng, [
          [`whether to ratify ${t.written}`, "ratified"],
          [`whether it will sign ${t.written}`, "signed"],
        ] as const);
        return {
          text: `${capitalise(a.written)} ${pick(rng, ["is considering", "is studying", "is weighing"])} ${clause}.`,
          expected: rowsFor([a], action, t.id, "planned"),
        };
      }
      const [clause] = pick(rng, [
        [`whether ${a.written} has ratified ${t.written}`],
        [`whether ${a.written} had signed ${t.written}`],
        [`whether ${a.written} is a party to ${t.written}`],
        [`whether ${a.written} has yet acceded to ${t.written}`],
      ] as const);
      return { text: `${asker} ${clause}.`, expected: [] };
    }),
    ...generate(13475, 12, (rng, i) => {
      // An inclination towards an act is not the act: "has expressed interest in acceding to X", "is interested in joining",
      // "is studying the possibility of ratifying", "the option of signing" (planned); "succeeded in ratifying X" is done.
      const [a] = sample(rng, STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const A = capitalise(a.written);
      const [gerund, action] = pick(rng, [
        ["acceding to", "acceded"],
        ["ratifying", "ratified"],
        ["signing", "signed"],
        ["joining", "acceded"],
      ] as const);
      if (i % 4 === 3) return { text: `${A} succeeded in ${gerund} ${t.written} in 2019.`, expected: rowsFor([a], action, t.id, "affirmed") };
      const lead = pick(rng, [
        "has expressed interest in",
        "has shown an interest in",
        "is interested in",
        "is keen on",
        "is studying the possibility of",
        "is weighing the option of",
        "has raised the prospect of",
        "is assessing the feasibility of",
      ]);
      const tail = pick(rng, ["", " but has not done so", ", officials said"]);
      return { text: `${A} ${lead} ${gerund} ${t.written}${tail}.`, expected: rowsFor([a], action, t.id, "planned") };
    }),
    ...generate(13478, 16, (rng, i) => {
      // Keeping from an act, or falling short of it, is not the act: "refrained from signing X", "abstained from ratifying" (and no
      // vote), "held off ratifying", "shied away from joining", "nearly signed" (negated); starting or proposing it is not doing it:
      // "has started its ratification of X", "proposed ratifying X", "was on the verge of acceding" (planned). "abstained from the
      // vote on resolution R" is still a vote.
      const [a] = sample(rng, STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const A = capitalise(a.written);
      const [gerund, verb, action] = pick(rng, [
        ["signing", "signed", "signed"],
        ["ratifying", "ratified", "ratified"],
        ["acceding to", "acceded to", "acceded"],
      ] as const);
      if (i % 4 === 0) {
        const lead = pick(rng, ["refrained from", "abstained from", "held off", "held back from", "shied away from"]);
        return { text: `${A} ${lead} ${gerund} ${t.written} in 2019.`, expected: rowsFor([a], action, t.id, "negated") };
      }
      if (i % 4 === 1)
        return { text: `${A} ${pick(rng, ["nearly", "almost"])} ${verb} ${t.written} in 2019.`, expected: rowsFor([a], action, t.id, "negated") };
      if (i % 4 === 2) {
        const [lead, act] = pick(rng, [
          [`has started its ratification of`, "ratified"],
          [`has begun its accession to`, "acceded"],
          [`proposed ratifying`, "ratified"],
          [`recommended its accession to`, "acceded"],
          [`was on the verge of ratifying`, "ratified"],
          [`was on the brink of signing`, "signed"],
        ] as const);
        return { text: `${A} ${lead} ${t.written}.`, expected: rowsFor([a], act, t.id, "planned") };
      }
      const n = 70 + Math.floor(rng() * 9);
      return {
        text: `${A} abstained from the vote on resolution ${n}/12 in 2019.`,
        expected: [`${a.name}|supported|resolution ${n}/12|negated`],
      };
    }),
    ...generate(13521, 20, (rng, i) => {
      // A condition still unmet: "would not consider ratifying X until all States of the region, including A, had joined Y", "will
      // not sign X unless A has ratified Y": A's act is planned. "Kenya waited until A had ratified Y" reports A's act as done.
      const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const [a, b] = sample(rng, STATES, 2) as [StateName, StateName];
      const [verb, action] = pick(rng, [
        ["joined", "acceded"],
        ["ratified", "ratified"],
        ["signed", "signed"],
      ] as const);
      const form = i % 4;
      if (form === 3)
        return {
          text: `${capitalise(b.written)} waited until ${a.written} had ${verb} ${u.written}.`,
          expected: rowsFor([a], action, u.id, "affirmed"),
        };
      const main = `${capitalise(b.written)} ${pick(rng, ["would not consider ratifying", "will not ratify", "cannot ratify"])} ${t.written}`;
      const condition =
        form === 0
          ? `until all States of the region, including ${a.written}, had ${verb} ${u.written}`
          : form === 1
            ? `until ${a.written} has ${verb} ${u.written}`
            : `unless ${a.written} has ${verb} ${u.written}`;
      return {
        text: `${main} ${condition}.`,
        expected: [...rowsFor([b], "ratified", t.id, "negated"), ...rowsFor([a], action, u.id, "planned")].sort(),
      };
    }),
    ...generate(13476, 12, (rng, i) => {
      // An adverb of comparison between the copula and "not" keeps the party frame: "are likewise not parties to X", "is also not
      // a party", "is similarly not a Party"; without "not" the frame is affirmed ("is itself a party to X").
      const t = pick(
        rng,
        TREATIES_ONLY.filter((x) => !x.written.includes(",")),
      );
      const list = sample(rng, STATES, 1 + (i % 3));
      const plural = list.length > 1;
      const copula = plural ? "are" : "is";
      const noun = plural ? "parties" : "a party";
      if (i % 4 === 3) {
        const adverb = plural ? pick(rng, ["themselves", "likewise", "similarly"]) : pick(rng, ["itself", "likewise", "similarly"]);
        return { text: `${subject(list)} ${copula} ${adverb} ${noun} to ${t.written}.`, expected: rowsFor(list, "party", t.id, "affirmed") };
      }
      const adverb = pick(rng, ["likewise not", "also not", "similarly not", "equally not", "therefore not"]);
      const lead =
        plural && i % 2 === 0 ? `Several countries of the region, ${pick(rng, ["viz.", "namely", "such as"])} ${listOf(names(list))},` : subject(list);
      return { text: `${lead} ${copula} ${adverb} ${noun} to ${t.written}.`, expected: rowsFor(list, "party", t.id, "negated") };
    }),
    ...generate(13552, 16, (rng, i) => {
      // Acts taken back or that did not happen: "a law revoking A's ratification of X" (negated); "B regrets A's revocation of its
      // ratification of X" (A's, negated); "The following scheduled actions did not take place: - A's accession to X; - B's
      // ratification of Y" (negated); "… were postponed: A's ratification of X" (planned). "a step that would not withdraw A's
      // signature" takes nothing back.
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const form = i % 4;
      if (form === 0)
        return {
          text: `The President signed a law revoking ${a.written}'s ratification of ${t.written}.`,
          expected: rowsFor([a], "ratified", t.id, "negated"),
        };
      if (form === 1)
        return {
          text: `${capitalise(b.written)} expressed deep regret at ${a.written}'s revocation of its ratification of ${t.written}.`,
          expected: rowsFor([a], "ratified", t.id, "negated"),
        };
      if (form === 2)
        return {
          text: `The following scheduled actions did not take place:\n- ${a.written}'s accession to ${t.written};\n- ${b.written}'s ratification of ${u.written}.`,
          expected: [...rowsFor([a], "acceded", t.id, "negated"), ...rowsFor([b], "ratified", u.id, "negated")].sort(),
        };
      return {
        text: `Two ratifications were postponed: ${a.written}'s ratification of ${t.written} and ${b.written}'s ratification of ${u.written}.`,
        expected: [...rowsFor([a], "ratified", t.id, "planned"), ...rowsFor([b], "ratified", u.id, "planned")].sort(),
      };
    }),
    ...generate(13555, 12, (rng, i) => {
      // A party's claim that another clause or the next sentence contests states no act done ("The Petitioner asserts that A ratified
      // X; the Respondent denies this"); one that is not contested stands, and so does an act stated as fact before a denial of
      // something else. "acceded in its own right to X": the adverbial leaves X the object.
      const [a] = sample(rng, BARE_STATES, 1) as [StateName];
      const t = pick(rng, TREATIES_ONLY);
      const claim = `The ${pick(rng, ["Petitioner", "Applicant", "Claimant"])} ${pick(rng, ["asserts", "alleges", "contends"])} that ${a.written} ratified ${t.written}`;
      const form = i % 4;
      if (form === 0)
        return {
          text: `${claim}; the ${pick(rng, ["Respondent", "State"])} ${pick(rng, ["denies this", "disputes that"])}.`,
          expected: rowsFor([a], "ratified", t.id, "negated"),
        };
      if (form === 1)
        return { text: `${claim}. The Respondent ${pick(rng, ["denies this", "rejects the claim"])}.`, expected: rowsFor([a], "ratified", t.id, "negated") };
      if (form === 2) return { text: `${claim}; the Respondent agrees.`, expected: rowsFor([a], "ratified", t.id, "affirmed") };
      return {
        text: `${capitalise(a.written)} had already acceded in its own right to ${t.written} in ${2000 + i}.`,
        expected: rowsFor([a], "acceded", t.id, "affirmed"),
      };
    }),
    ...generate(13550, 12, (rng, i) => {
      // "is not, and has never been, a party to X": an aside set off by commas before the noun, coordinated with a denied copula,
      // denies the state (the noun alone, "a party to X", would read it as held). Without "not" before the aside it is held.
      const t = pick(rng, TREATIES_ONLY);
      const [a] = sample(rng, BARE_STATES, 1) as [StateName];
      const aside = pick(rng, ["and has never been", "and never has been", "and was never"]);
      if (i % 4 === 3)
        return { text: `${capitalise(a.written)} is, and has long been, a party to ${t.written}.`, expected: rowsFor([a], "party", t.id, "affirmed") };
      return { text: `${capitalise(a.written)} is not, ${aside}, a party to ${t.written}.`, expected: rowsFor([a], "party", t.id, "negated") };
    }),
    ...generate(13544, 16, (rng, i) => {
      // "will remain a Contracting Party to X", "is and will remain a party": a state that holds now and goes on, not one to come
      // ("will become a party to X" is). Accepting a text's principles is no consent to it ("accepted the principles of X by
      // reference"); accepting the text is.
      const t = pick(rng, TREATIES_ONLY);
      const list = sample(rng, STATES, 1 + (i % 2));
      const plural = list.length > 1;
      const noun = plural ? pick(rng, ["parties", "Contracting Parties", "States Parties"]) : pick(rng, ["a party", "a Contracting Party", "a State Party"]);
      const form = i % 4;
      if (form === 0) return { text: `${subject(list)} will remain ${noun} to ${t.written}.`, expected: rowsFor(list, "party", t.id, "affirmed") };
      if (form === 1)
        return {
          text: `${subject(list)} ${plural ? "have" : "has"} stated that ${plural ? "they" : "it"} will remain ${noun} to ${t.written}.`,
          expected: rowsFor(list, "party", t.id, "affirmed"),
        };
      if (form === 2) return { text: `${subject(list)} will become ${noun} to ${t.written} next year.`, expected: rowsFor(list, "party", t.id, "planned") };
      return i % 8 === 3
        ? { text: `${subject(list)}, in ${plural ? "their" : "its"} written submissions, accepted the principles of ${t.written} by reference.`, expected: [] }
        : { text: `${subject(list)} accepted ${t.written} in 2005.`, expected: rowsFor(list, "ratified", t.id, "affirmed") };
    }),
    ...generate(13562, 12, (rng, i) => {
      // "A has deposited today its instrument of accession to X. A had announced its intention to accede to X in 2019": a plan told
      // in the past perfect is background to the act done since, not a hedge on it (both stand); told alone, it is only a plan.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, BARE_STATES);
      const plan = `${capitalise(a.written)} had ${pick(rng, ["announced its intention", "stated its intention", "pledged"])} to accede to ${t.written} ${pick(rng, ["in 2019", "during the visit of the High Commissioner"])}.`;
      if (i % 3 === 2) return { text: plan, expected: rowsFor([a], "acceded", t.id, "planned") };
      return {
        text: `${capitalise(a.written)} ${pick(rng, ["deposited", "has deposited"])} its instrument of accession to ${t.written} ${pick(rng, ["today", "on 21 May 2018"])}. ${plan}`,
        expected: [...rowsFor([a], "acceded", t.id, "affirmed"), ...rowsFor([a], "acceded", t.id, "planned")].sort(),
      };
    }),
    ...generate(13567, 16, (rng, i) => {
      // "A was wrongly listed as a party to X", "The ratification by A of X was reported in error": a listing or report the text
      // calls wrong states no act (negated); without the adverb, the listing stands.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, BARE_STATES);
      const wrongly = pick(rng, ["wrongly", "incorrectly", "mistakenly", "erroneously"]);
      const form = i % 4;
      if (form === 0)
        return {
          text: `${capitalise(a.written)} was ${wrongly} ${pick(rng, ["listed", "described", "counted"])} as a party to ${t.written}.`,
          expected: rowsFor([a], "party", t.id, "negated"),
        };
      if (form === 1)
        return {
          text: `The ratification by ${a.written} of ${t.written} was ${pick(rng, ["reported", "recorded", "listed"])} ${pick(rng, ["in error", "by mistake", wrongly])}.`,
          expected: rowsFor([a], "ratified", t.id, "negated"),
        };
      if (form === 2)
        return {
          text: `${capitalise(a.written)} was ${wrongly} ${pick(rng, ["identified", "described"])} as a signatory of ${t.written}.`,
          expected: rowsFor([a], "signed", t.id, "negated"),
        };
      return { text: `${capitalise(a.written)} was listed as a party to ${t.written}.`, expected: rowsFor([a], "party", t.id, "affirmed") };
    }),
    ...generate(13568, 12, (rng, i) => {
      // "The States not yet party to X include A and B" (they had read as parties), and "None of the East African States, including
      // A and B, has ratified X" (a negated head's members after "including"); "Several States, including A and B, have ratified X"
      // stands.
      const t = pick(rng, TREATIES_ONLY);
      const list = sample(rng, BARE_STATES, 2);
      const form = i % 3;
      if (form === 0)
        return {
          text: `${pick(rng, ["The States", "States", "The countries"])} not yet ${pick(rng, ["party", "parties"])} to ${t.written} include ${listOf(names(list))}.`,
          expected: rowsFor(list, "party", t.id, "negated"),
        };
      if (form === 1)
        return {
          text: `None of the ${pick(rng, ["East African", "six Gulf", "Andean"])} States, including ${listOf(names(list))}, has ratified ${t.written}.`,
          expected: rowsFor(list, "ratified", t.id, "negated"),
        };
      return { text: `Several States, including ${listOf(names(list))}, have ratified ${t.written}.`, expected: rowsFor(list, "ratified", t.id, "affirmed") };
    }),
    ...generate(13569, 12, (rng, i) => {
      // "A was prevented from ratifying X", "A withheld its endorsement of D", "A refused its signature to X": the act was held back.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, BARE_STATES);
      const form = i % 3;
      if (form === 0) {
        const [gerund, action] = pick(rng, [
          ["ratifying", "ratified"],
          ["signing", "signed"],
        ] as const);
        return {
          text: `${capitalise(a.written)} was ${pick(rng, ["prevented", "barred", "precluded"])} from ${gerund} ${t.written}.`,
          expected: rowsFor([a], action, t.id, "negated"),
        };
      }
      if (form === 1)
        return {
          text: `${capitalise(a.written)} ${pick(rng, ["withheld", "refused"])} its signature to ${t.written}.`,
          expected: rowsFor([a], "signed", t.id, "negated"),
        };
      return {
        text: `${capitalise(a.written)} ${pick(rng, ["withheld", "refused"])} its ratification of ${t.written}.`,
        expected: rowsFor([a], "ratified", t.id, "negated"),
      };
    }),
    ...generate(13571, 12, (rng, i) => {
      // "The Court struck down A's ratification of X", "annulled A's accession to X", "quashed the ratification of X by A": an act a
      // court or legislature undid (negated); "The Court upheld A's ratification of X" leaves it done.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, BARE_STATES);
      const court = pick(rng, ["The Constitutional Court", "The Supreme Court", "A court", "Parliament"]);
      const form = i % 4;
      if (form === 0)
        return {
          text: `${court} ${pick(rng, ["struck down", "annulled", "invalidated", "quashed", "nullified", "overturned"])} ${a.written}'s ratification of ${t.written}.`,
          expected: rowsFor([a], "ratified", t.id, "negated"),
        };
      if (form === 1)
        return {
          text: `${court} ${pick(rng, ["annulled", "invalidated", "quashed"])} the accession of ${a.written} to ${t.written}.`,
          expected: rowsFor([a], "acceded", t.id, "negated"),
        };
      if (form === 2)
        return {
          text: `${court} ordered the annulment of ${a.written}'s ratification of ${t.written}.`,
          expected: rowsFor([a], "ratified", t.id, "negated"),
        };
      return {
        text: `${court} upheld ${a.written}'s ratification of ${t.written}.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      };
    }),
    ...generate(13572, 12, (rng, i) => {
      // "A appears to have ratified X", "A seemed to have signed X": an act the text only supposes (hedged, planned); "A appears not
      // to have signed X" is negated; "A is known to have ratified X" stands.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, BARE_STATES);
      const [participle, action] = pick(rng, [
        ["ratified", "ratified"],
        ["signed", "signed"],
        ["acceded to", "acceded"],
      ] as const);
      const form = i % 4;
      if (form === 0)
        return {
          text: `${capitalise(a.written)} ${pick(rng, ["appears", "seems", "appeared", "seemed"])} to have ${participle} ${t.written}.`,
          expected: rowsFor([a], action, t.id, "planned"),
        };
      if (form === 1)
        return {
          text: `${pick(rng, ["By all accounts", "On paper", "Today"])}, ${a.written} ${pick(rng, ["appears", "seems"])} to have ${participle} ${t.written}.`,
          expected: rowsFor([a], action, t.id, "planned"),
        };
      if (form === 2)
        return {
          text: `${capitalise(a.written)} ${pick(rng, ["appears", "seems"])} not to have ${participle} ${t.written}.`,
          expected: rowsFor([a], action, t.id, "negated"),
        };
      return { text: `${capitalise(a.written)} is known to have ${participle} ${t.written}.`, expected: rowsFor([a], action, t.id, "affirmed") };
    }),
    ...generate(13573, 12, (rng, i) => {
      // "A says it has ratified X, but no instrument has been deposited", "A claims to have acceded to X; the depositary has no record
      // of it": a consent claimed that the sentence says is not on record (negated); "…, but implementation lags" leaves it.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, BARE_STATES);
      const [participle, action] = pick(rng, [
        ["ratified", "ratified"],
        ["acceded to", "acceded"],
      ] as const);
      const form = i % 4;
      if (form === 0)
        return {
          text: `${capitalise(a.written)} ${pick(rng, ["says", "insists", "maintains"])} it has ${participle} ${t.written}, but ${pick(rng, ["no instrument has been deposited", "no record of it exists at the depositary", "it has not yet deposited its instrument"])}.`,
          expected: rowsFor([a], action, t.id, "negated"),
        };
      if (form === 1)
        return {
          text: `${capitalise(a.written)} ${pick(rng, ["claims", "claimed"])} to have ${participle} ${t.written}; the ${pick(rng, ["", "UN "])}depositary has no record of it.`,
          expected: rowsFor([a], action, t.id, "negated"),
        };
      if (form === 2)
        return {
          text: `${capitalise(a.written)} said it had ${participle} ${t.written}, but it has yet to deposit its instrument.`,
          expected: rowsFor([a], action, t.id, "negated"),
        };
      return {
        text: `${capitalise(a.written)} says it has ${participle} ${t.written}, but ${pick(rng, ["implementation lags", "the law is not yet in force", "few officials know it"])}.`,
        expected: rowsFor([a], action, t.id, "affirmed"),
      };
    }),
    ...generate(13578, 12, (rng, i) => {
      // "Liberal Democrats will: - Ratify X. - Sign and ratify Y.": a pledge's items in the plain form, with no subject of their own,
      // are acts to come, even where a State is named before; "The Government has: - ratified X" stands.
      const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const a = pick(rng, BARE_STATES);
      const lead = `${capitalise(a.written)} signed ${t.written} in 2012.`;
      const stem = pick(rng, ["The party will:", "If elected, we will:", "A new government would:"]);
      const bullet = pick(rng, ["-", "•", "*"]);
      if (i % 3 === 0)
        return {
          text: `${lead}\n\n${stem}\n\n${bullet} Ratify ${u.written}.\n${bullet} ${pick(rng, ["Sign and ratify", "Sign, then ratify"])} ${t.written}.`,
          expected: rowsFor([a], "signed", t.id, "affirmed"),
        };
      if (i % 3 === 1)
        return {
          text: `${lead} The government will: ${bullet} ratify ${u.written}; ${bullet} ratify ${t.written}.`,
          expected: rowsFor([a], "signed", t.id, "affirmed")
            .concat(rowsFor([a], "ratified", t.id, "planned"), rowsFor([a], "ratified", u.id, "planned"))
            .sort(),
        };
      const list = sample(rng, BARE_STATES, 2);
      return {
        text: `${pick(rng, ["The two States", "The two neighbours", "Both founding members"])} - ${listOf(names(list))} - sign ${u.written} in Geneva.`,
        expected: rowsFor(list, "signed", u.id, "affirmed"),
      };
    }),
    ...generate(13579, 12, (rng, i) => {
      // "None of New Zealand's closest partners, A, B and C, has signed X", "none of its allies, A and B, has ratified it": the named
      // members of a negated head with a possessor; "Several of Chile's neighbours, A and B, have ratified X" stands.
      const t = pick(rng, TREATIES_ONLY);
      const list = sample(rng, BARE_STATES, 2 + (i % 2));
      const owner = pick(rng, ["New Zealand's closest defence", "its", "Japan's regional", "the region's"]);
      const noun = pick(rng, ["partners", "allies", "neighbours"]);
      if (i % 4 === 3)
        return {
          text: `Several of ${owner} ${noun}, ${listOf(names(list))}, have ratified ${t.written}.`,
          expected: rowsFor(list, "ratified", t.id, "affirmed"),
        };
      return {
        text: `We note that none of ${owner} ${noun}, ${listOf(names(list))}, has signed ${t.written}.`,
        expected: rowsFor(list, "signed", t.id, "negated"),
      };
    }),
    ...generate(13580, 10, (rng, i) => {
      // "- With the Minister of Justice, assess A's accession to X", "A is evaluating its ratification of X": weighing the act.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, BARE_STATES);
      if (i % 2 === 0)
        return {
          text: `- With the Minister of ${pick(rng, ["Justice", "Foreign Affairs"])}, ${pick(rng, ["assess", "evaluate"])} ${a.written}'s accession to ${t.written}.`,
          expected: rowsFor([a], "acceded", t.id, "planned"),
        };
      return {
        text: `${capitalise(a.written)} is ${pick(rng, ["assessing", "evaluating"])} its ratification of ${t.written}.`,
        expected: rowsFor([a], "ratified", t.id, "planned"),
      };
    }),
    ...generate(13597, 12, (rng, i) => {
      // "A ratified X in 2003; B acceded in 2004 and C in 2005": a clause after a semicolon, parallel to one whose act X is the
      // object of (or to an item's label, "(f) X: approved in 2023; B has acceded"), acts on X, as its polarity says; "A and B
      // recommended that their countries withdraw from X" asks no act of joining (nor calls for X), "urged that B ratify X" does.
      const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      switch (i % 4) {
        case 0:
          return {
            text: `${capitalise(a.written)} ratified ${t.written} in 2003; ${b.written} acceded in 2004 and ${c.written} in 2005.`,
            expected: [...rowsFor([a], "ratified", t.id, "affirmed"), ...rowsFor([b, c], "acceded", t.id, "affirmed")].sort(),
          };
        case 1: {
          const act = pick(rng, ["signed", "acceded"]);
          return {
            text: `${capitalise(a.written)} signed ${t.written} in 2003; ${b.written} has not ${act}.`,
            expected: [...rowsFor([a], "signed", t.id, "affirmed"), ...rowsFor([b], act, t.id, "negated")].sort(),
          };
        }
        case 2:
          return {
            text: `(f) ${capitalise(t.written.replace(/^the /u, ""))}: approved by Parliament in 2023; ${b.written} has acceded.`,
            expected: rowsFor([b], "acceded", t.id, "affirmed"),
          };
        default:
          return i % 8 === 3
            ? { text: `The defence ministers of ${a.written} and ${b.written} recommended that their countries withdraw from ${u.written}.`, expected: [] }
            : { text: `${capitalise(a.written)} urged that ${b.written} ratify ${u.written}.`, expected: rowsFor([a], "called-for", u.id, "affirmed") };
      }
    }),
    ...generate(13599, 12, (rng, i) => {
      // An act without its object, on the text the sentence before names, closed by a condition or a time clause ("will ratify
      // only once its plan is final", "intends to ratify promptly", "will sign if the Senate agrees"): planned, as "will" says,
      // also contracted ("we'll sign it when …" in a State's own statement); not a passive's agent ("signed by ten States and
      // ratified only by A": A's act, not the ten's).
      const t = pick(rng, TREATIES_ONLY);
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      const lead = `${capitalise(t.written)} entered into force last year.`;
      switch (i % 4) {
        case 0: {
          const [verb, action] = pick(rng, [
            ["ratify", "ratified"],
            ["sign", "signed"],
            ["accede", "acceded"],
          ] as const);
          const tail = pick(rng, [
            "only once its national plan is finalised",
            "once its consultation concludes",
            "when Parliament returns",
            "if the Senate agrees",
          ]);
          return { text: `${lead} ${capitalise(a.written)} has said it will ${verb} ${tail}.`, expected: rowsFor([a], action, t.id, "planned") };
        }
        case 1:
          return {
            text: `${lead} ${capitalise(a.written)} intends to ratify ${pick(rng, ["promptly", "swiftly", "quickly"])}.`,
            expected: rowsFor([a], "ratified", t.id, "planned"),
          };
        case 2:
          return {
            text: `${lead} We'll ${pick(rng, ["look at signing it", "consider signing it"])} once the annex is agreed.`,
            head: `Statement by the delegation of ${a.written}\n\nNEW YORK, 3 May 2019 -- `,
            expected: rowsFor([a], "signed", t.id, "planned"),
          };
        default:
          return {
            text: `${capitalise(t.written)} has been signed by three States (${listOf([a, b, c].map((x) => x.written))}) and ratified only by ${c.written}.`,
            expected: [...rowsFor([a, b, c], "signed", t.id, "affirmed"), ...rowsFor([c], "ratified", t.id, "affirmed")].sort(),
          };
      }
    }),
    ...generate(13613, 12, (rng, i) => {
      // A count after a speaker who speaks also for others is the States named, before a modal too: "Mr. X (A), speaking also on
      // behalf of B and C, said that the three countries would never sign X"; "The two sides will exchange the instruments of
      // ratification of X and of Y" after a text between them names both texts.
      const [a, b, c] = sample(rng, BARE_STATES, 3) as [StateName, StateName, StateName];
      const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      if (i % 3 === 2)
        return {
          text: `The Presidents of ${a.written} and ${b.written} signed ${t.written} and ${u.written} in May. The two sides will exchange the instruments of ratification of ${t.written} and of ${u.written} after completion of the internal procedures.`,
          expected: [
            ...rowsFor([a, b], "signed", t.id, "affirmed"),
            ...rowsFor([a, b], "signed", u.id, "affirmed"),
            ...rowsFor([a, b], "ratified", t.id, "planned"),
            ...rowsFor([a, b], "ratified", u.id, "planned"),
          ].sort(),
        };
      const [modal, polarity] = pick(rng, [
        ["would never", "negated"],
        ["will not", "negated"],
        ["could not", "negated"],
        ["would", "planned"],
      ] as const);
      const speaker =
        i % 3 === 0
          ? `Ms. Doe (${capitalise(a.written.replace(/^the /u, ""))}), speaking also on behalf of ${b.written} and ${c.written}, said that`
          : `Speaking also on behalf of ${b.written} and ${c.written}, the representative of ${a.written} said that`;
      return {
        text: `${speaker} the three countries ${modal} sign ${t.written}.`,
        expected: rowsFor([a, b, c], "signed", t.id, polarity),
      };
    }),
    ...generate(13570, 10, (rng, i) => {
      // "A ratified X rather than Y", "instead of Y": the text set against the object is not acted on; "X and Y" both are.
      const [t, u] = sample(rng, TREATIES_ONLY, 2) as [InstrumentName, InstrumentName];
      const a = pick(rng, BARE_STATES);
      if (i % 3 === 2)
        return {
          text: `${capitalise(a.written)} ratified ${t.written} and ${u.written}.`,
          expected: rowsFor([a], "ratified", t.id, "affirmed")
            .concat(rowsFor([a], "ratified", u.id, "affirmed"))
            .sort(),
        };
      return {
        text: `${capitalise(a.written)} ratified ${t.written} ${pick(rng, ["rather than", "instead of"])} ${u.written}.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      };
    }),
    ...generate(13559, 16, (rng, i) => {
      // "A and B will join X after completion of their internal procedures": the procedures are the time of the act the clause
      // names, which is to come, not a ratification done; "X will enter into force after completion of their internal procedures by
      // A and B" leaves the by-agents' procedures to come (done in the past tense).
      const t = pick(rng, TREATIES_ONLY);
      const list = sample(rng, BARE_STATES, 1 + (i % 2));
      const their = list.length > 1 ? "their" : "its";
      const the = pick(rng, ["", "the "]);
      const form = i % 4;
      if (form === 0)
        return {
          text: `${listOf(names(list))} will ${pick(rng, ["join", "accede to"])} ${t.written} after ${the}completion of ${their} ${pick(rng, ["internal", "domestic"])} procedures.`,
          expected: rowsFor(list, "acceded", t.id, "planned"),
        };
      if (form === 1)
        return {
          text: `${listOf(names(list))} ${pick(rng, ["joined", "acceded to"])} ${t.written} in 2019 after ${the}completion of ${their} internal procedures.`,
          expected: rowsFor(list, "acceded", t.id, "affirmed"),
        };
      if (form === 2)
        return {
          text: `${capitalise(t.written)} will enter into force after ${the}completion of their internal procedures by ${listOf(names(list))}.`,
          expected: rowsFor(list, "ratified", t.id, "planned"),
        };
      return {
        text: `${capitalise(t.written)} entered into force in 2019 after ${the}completion of their internal procedures by ${listOf(names(list))}.`,
        expected: rowsFor(list, "ratified", t.id, "affirmed"),
      };
    }),
    ...generate(13630, 12, (rng, i) => {
      // "A's Cabinet approved ratification of X": a domestic body's approval of an act still to come, planned; where the document then
      // says the instrument was deposited, the approval gives way to the act done.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(
        rng,
        BARE_STATES.filter((x) => !x.written.startsWith("the ")),
      );
      const body = pick(rng, ["Cabinet", "Parliament", "National Assembly", "Council of Ministers"]);
      const form = i % 3;
      if (form === 0)
        return {
          text: `${a.written}'s ${body} approved ratification of ${t.written} in May; the instrument has yet to be deposited.`,
          expected: rowsFor([a], "ratified", t.id, "planned"),
        };
      if (form === 1)
        return {
          text: `${a.written} said its ${body.toLowerCase() === "cabinet" ? "Cabinet" : body} had approved accession to ${t.written}.`,
          expected: rowsFor([a], "acceded", t.id, "planned"),
        };
      return {
        text: `${a.written}'s ${body} approved ratification of ${t.written} in March. ${a.written} deposited its instrument of ratification in June.`,
        expected: rowsFor([a], "ratified", t.id, "affirmed"),
      };
    }),
    ...generate(13629, 10, (rng, i) => {
      // 'A said that it was "studying" ratification of X': a weighing verb in quotation marks still weighs an act to come.
      const t = pick(rng, TREATIES_ONLY);
      const a = pick(rng, BARE_STATES);
      const [open, close] = i % 2 === 0 ? ['"', '"'] : ["“", "”"];
      const [noun, action] = pick(rng, [
        ["ratification of", "ratified"],
        ["accession to", "acceded"],
      ] as const);
      return {
        text: `${capitalise(a.written)} said that it was ${open}${pick(rng, ["studying", "considering", "examining"])}${close} ${noun} ${t.written}.`,
        expected: rowsFor([a], action, t.id, "planned"),
      };
    }),
    ...generate(13618, 20, (rng, i) => {
      // "Neither A nor B has deposited its instrument of ratification of X": the negated subject's States, each, not the nearest;
      // "X will enter into force after A and B complete their internal procedures": a present-tense deposit or procedure inside a
      // condition is to come ("after A and B completed …" was done); "- A's instrument of accession to X is expected next month": a
      // list item's act noun keeps its predicate.
      const t = pick(rng, TREATIES_ONLY);
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const form = i % 5;
      if (form === 0)
        return {
          text: `Neither ${a.written} nor ${b.written} has ${pick(rng, ["", "yet ", "so far "])}deposited its instrument of ratification of ${t.written}.`,
          expected: rowsFor([a, b], "ratified", t.id, "negated"),
        };
      if (form === 1)
        return {
          text: `${capitalise(t.written)} will enter into force after ${a.written} and ${b.written} complete their ${pick(rng, ["internal", "domestic"])} procedures.`,
          expected: rowsFor([a, b], "ratified", t.id, "planned"),
        };
      if (form === 2)
        return {
          text: `${capitalise(t.written)} entered into force after ${a.written} and ${b.written} completed their internal procedures.`,
          expected: rowsFor([a, b], "ratified", t.id, "affirmed"),
        };
      if (form === 3)
        return {
          text: `${a.written} will become a party to ${t.written} ${pick(rng, ["once", "when", "after"])} it deposits its instrument of ratification.`,
          expected: [...rowsFor([a], "ratified", t.id, "planned"), ...rowsFor([a], "party", t.id, "planned")].sort(),
        };
      const [noun, action] = pick(rng, [
        ["instrument of accession to", "acceded"],
        ["ratification of", "ratified"],
        ["accession to", "acceded"],
      ] as const);
      return {
        text: `${pick(rng, ["-", "*", "•"])} ${a.written}'s ${noun} ${t.written} is ${pick(rng, ["expected next month", "pending", "scheduled for March"])}.`,
        expected: rowsFor([a], action, t.id, "planned"),
      };
    }),
  ];

  it("generates at least 20 cases", () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases.map((c) => [c.text, c] as const))("%s", (_name, c) => {
    expect(extractRows(c)).toEqual(c.expected);
  });

  it("never reads a negated or planned statement as done", () => {
    for (const c of cases) {
      const affirmedExpected = new Set(c.expected.filter((r) => r.endsWith("|affirmed")));
      for (const r of extractRows(c)) if (r.endsWith("|affirmed")) expect(affirmedExpected).toContain(r);
    }
  });

  // "Kenya reportedly ratified X", "is said to have signed X", "It has been reported that A acceded", "According to press reports,
  // A signed X", "…, according to media reports": an act the text reports without vouching for it is still the act, but below the
  // line that flags it for review. A named reporter vouches for it ("The depositary reported that A had acceded"), and a relative
  // clause's "reportedly" hedges its own act only.
  const reported = generate(13487, 24, (rng, i) => {
    const t = pick(rng, TREATIES_ONLY);
    const a = pick(rng, STATES);
    const [verb, action] = pick(rng, [
      ["ratified", "ratified"],
      ["signed", "signed"],
      ["acceded to", "acceded"],
    ] as const);
    const year = 2010 + Math.floor(rng() * 15);
    const form = i % 6;
    const text =
      form === 0
        ? `${a.written} ${pick(rng, ["reportedly", "allegedly", "supposedly"])} ${verb} ${t.written} in ${year}.`
        : form === 1
          ? `${a.written} is ${pick(rng, ["said", "reported", "believed"])} to have ${verb} ${t.written} in ${year}.`
          : form === 2
            ? `It ${pick(rng, ["was", "has been", "is"])} ${pick(rng, ["reported", "alleged", "rumoured"])} that ${a.written} ${verb} ${t.written}.`
            : form === 3
              ? `${pick(rng, ["According to press reports", "According to unconfirmed reports", "Reportedly"])}, ${a.written} ${verb} ${t.written}.`
              : form === 4
                ? `${a.written} ${verb} ${t.written} in ${year}, according to ${pick(rng, ["media", "press", "news"])} reports.`
                : `The ${pick(rng, ["depositary", "Secretary-General", "secretariat"])} reported that ${a.written} had ${verb} ${t.written}.`;
    return { text, expected: rowsFor([a], action, t.id, "affirmed"), low: form !== 5 };
  });

  it.each(reported.map((c) => [c.text, c] as const))("reported, to review: %s", (_name, c) => {
    const records = extractBody(c.text).records;
    expect(rows(records)).toEqual(c.expected);
    for (const r of records) {
      if (c.low) expect(r.confidence).toBeLessThan(LOW_CONFIDENCE_BELOW);
      else expect(r.confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE_BELOW);
      expect(r.stages.some((x) => x.startsWith("hedge:reported"))).toBe(c.low);
    }
  });

  it("keeps a relative clause's report to its own act", () => {
    const records = extractBody("Chad, which reportedly signed the Arms Trade Treaty in 2014, ratified the Minamata Convention in 2019.").records;
    const byAction = new Map(records.map((r) => [r.action, r.confidence]));
    expect(byAction.get("signed")).toBeLessThan(LOW_CONFIDENCE_BELOW);
    expect(byAction.get("ratified")).toBeGreaterThanOrEqual(LOW_CONFIDENCE_BELOW);
  });
});
