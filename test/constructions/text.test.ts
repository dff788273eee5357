import { wrap as wrapColumns } from "../../src/bench/corpus";
import { extractBody, rows } from "../support/extractBody";
import {
  capitalise,
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
 * Construction family: text. What the text layer (normalize.ts, sentences.ts, tokens.ts) must
 * see through: invisible characters inside a name (soft hyphen, zero-width space/joiners, word
 * joiner, BOM), curly, straight and modifier-letter apostrophes, words hyphenated across a line
 * wrap ("Kazakh-\nstan" is Kazakhstan, "Guinea-\nBissau" stays Guinea-Bissau), sentence ends
 * after an initialism ("... in the U.S. Norway ratified ..." is two sentences) but none after
 * "Mr.", "No.", "Art.", "e.g." or inside "the U.S. Government" and "the U.S.-led", and lists
 * broken across a line inside a sentence. A case that states a quote checks every record's
 * quote: the sentence the record comes from, verbatim.
 */

interface TextCase extends Case {
  /** The quote every record must have (its sentence), when the case is about sentence bounds. */
  quote?: string;
}

const ACTS = [
  { verb: "ratified", action: "ratified" },
  { verb: "signed", action: "signed" },
  { verb: "acceded to", action: "acceded" },
];
const INVISIBLES = ["\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"];
const APOSTROPHES = ["'", "\u2019", "\u02BC"];
const IVORY: StateName = { written: "Côte d'Ivoire", name: "Côte d'Ivoire" };
/** Names whose own hyphen can fall at a line wrap (it stays). */
const HYPHENATED: readonly StateName[] = [
  { written: "Guinea-Bissau", name: "Guinea-Bissau" },
  { written: "Timor-Leste", name: "Timor-Leste" },
];
const LETTER = /\p{L}/u;
/**
 * Instruments for passive sentences ("X was signed by A"): not those named "... against ...",
 * which the polarity stage reads as a vote against in the passive (a bug outside the text layer).
 */
const PASSIVE_TREATIES = TREATIES.filter((t) => !t.written.includes(" against "));

/** Names of texts in no catalog, kept as written ("id" is the name itself), with subject connectors a line may end after. */
const WRAPPED_NAMES: ReadonlyArray<{ words: string; id: string }> = [
  "Second Additional Protocol to the Convention on Cybercrime",
  "Regional Agreement on Mutual Recognition of Pilot Licences",
  "Framework Convention for the Protection of Coastal Wetlands",
  "Protocol on Seed Certification Standards of the Andean Community",
  "Convention against Illicit Trafficking in Cultural Property of the Sahel",
].map((words) => ({ words, id: words }));

/** Long names of texts no catalog knows, cut between two title-case words, with the acronym a text defines for them. */
const LONG_NAMES: ReadonlyArray<{ head: string; tail: string; acronym: string }> = [
  ["Revised Agreement of Puerto Ayora Establishing the Eastern Pacific", "Fisheries Community Including the Joint Enforcement Mechanism", "RAPA"],
  ["Treaty of Lilongwe Establishing the Southern Lakes Basin", "Water Authority and Its Dispute Settlement Body", "TLSL"],
  ["Framework Agreement of Nuku'alofa on the Central Pacific Maritime", "Boundary Commission and the Joint Development Zone", "FANC"],
  ["Convention of Tashkent Establishing the Aral Basin Interstate", "Coordination Commission for Water Resources", "CTAB"],
].map(([head, tail, acronym]) => ({ head: head as string, tail: tail as string, acronym: acronym as string }));
/** A lead line's width, at least (a full line of a hard-wrapped paragraph). */
const WRAP_LINE = 70;

const few = (rng: Rng, min: number, max: number) => sample(rng, STATES, min + Math.floor(rng() * (max - min + 1)));
const names = (list: readonly StateName[]) => list.map((s) => s.written);
const act = (rng: Rng, t: InstrumentName) => (t.type === "declaration" ? ACTS[0] : pick(rng, ACTS)) as (typeof ACTS)[number];

/**
 * `written` with `insert` put inside one of its words (between two letters, at least two from
 * either end of a word of four letters or more, never "the" or "and"), or unchanged if it has none.
 */
function breakInside(rng: Rng, written: string, insert: string): string {
  const spots: number[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(written); m; m = re.exec(written)) {
    const word = m[0];
    if (word.length < 4 || word === "the" || word === "and") continue;
    for (let k = 2; k <= word.length - 2; k++) {
      if (LETTER.test(word.charAt(k - 1)) && LETTER.test(word.charAt(k))) spots.push(m.index + k);
    }
  }
  if (spots.length === 0) return written;
  const at = pick(rng, spots);
  return written.slice(0, at) + insert + written.slice(at);
}

const TEMPLATES: Array<(rng: Rng) => TextCase> = [
  (rng) => {
    // An invisible character inside the actor's name.
    const s = pick(rng, STATES);
    const t = pick(rng, TREATIES);
    const a = act(rng, t);
    const text = `${capitalise(breakInside(rng, s.written, pick(rng, INVISIBLES)))} ${a.verb} ${t.written}.`;
    return { text, expected: rowsFor([s], a.action, t.id, "affirmed"), quote: text };
  },
  (rng) => {
    // Invisible characters outside words (a BOM before the sentence, a zero-width space after a word) are spaces.
    const s = pick(rng, STATES);
    const t = pick(rng, TREATIES);
    const a = act(rng, t);
    const sentence = `${capitalise(s.written)}${pick(rng, INVISIBLES)} ${a.verb} ${t.written}.`;
    const lead = pick(rng, ["\uFEFF", "\u200B", ""]);
    return { text: `${lead}${sentence}`, expected: rowsFor([s], a.action, t.id, "affirmed"), quote: sentence };
  },
  (rng) => {
    // Invisible characters in one name of a list and in the instrument's name.
    const l = few(rng, 2, 3);
    const t = pick(rng, TREATIES);
    const a = act(rng, t);
    const k = Math.floor(rng() * l.length);
    const written = names(l).map((w, i) => (i === k ? breakInside(rng, w, pick(rng, INVISIBLES)) : w));
    return {
      text: `${capitalise(listOf(written))} ${a.verb} ${breakInside(rng, t.written, pick(rng, INVISIBLES))}.`,
      expected: rowsFor(l, a.action, t.id, "affirmed"),
    };
  },
  (rng) => {
    // A soft hyphen (or two invisible characters) inside the instrument's name, passive voice.
    const s = pick(rng, STATES);
    const t = pick(rng, PASSIVE_TREATIES);
    const v = pick(rng, [ACTS[0], ACTS[1]]) as (typeof ACTS)[number];
    const insert = pick(rng, ["\u00AD", "\u200B\u00AD", "\uFEFF"]);
    return { text: `${capitalise(breakInside(rng, t.written, insert))} was ${v.verb} by ${s.written}.`, expected: rowsFor([s], v.action, t.id, "affirmed") };
  },
  (rng) => {
    // Côte d'Ivoire with any apostrophe, alone or in a list.
    const others = few(rng, 0, 2);
    const t = pick(rng, TREATIES);
    const a = act(rng, t);
    const ivory = `Côte d${pick(rng, APOSTROPHES)}Ivoire`;
    const written = sample(rng, [ivory, ...names(others)], others.length + 1);
    return { text: `${capitalise(listOf(written))} ${a.verb} ${t.written}.`, expected: rowsFor([IVORY, ...others], a.action, t.id, "affirmed") };
  },
  (rng) => {
    // A possessive with a curly or straight apostrophe, after a name that has one.
    const t = pick(rng, TREATIES);
    const q = pick(rng, APOSTROPHES.slice(0, 2));
    return {
      text: `Côte d${q}Ivoire${q}s ratification of ${t.written} was welcomed by the Secretariat.`,
      expected: rowsFor([IVORY], "ratified", t.id, "affirmed"),
    };
  },
  (rng) => {
    // States whose official names hold an apostrophe.
    const s = pick(rng, [
      { written: "The Democratic People#s Republic of Korea", name: "North Korea" },
      { written: "The Lao People#s Democratic Republic", name: "Laos" },
    ]);
    const t = pick(rng, TREATIES);
    const a = act(rng, t);
    return { text: `${s.written.replace("#", pick(rng, APOSTROPHES))} ${a.verb} ${t.written}.`, expected: rowsFor([s], a.action, t.id, "affirmed") };
  },
  (rng) => {
    // Contractions with either apostrophe: negated.
    const s = pick(rng, STATES);
    const t = pick(rng, TREATIES);
    const q = pick(rng, APOSTROPHES.slice(0, 2));
    const [form, action] = pick(rng, [
      [`hasn${q}t ratified`, "ratified"],
      [`didn${q}t sign`, "signed"],
      [`hasn${q}t yet signed`, "signed"],
    ] as const);
    return { text: `${capitalise(s.written)} ${form} ${t.written}.`, expected: rowsFor([s], action, t.id, "negated") };
  },
  (rng) => {
    // A word of the actor's name hyphenated across a line wrap (LF or CRLF): one word.
    const l = few(rng, 1, 3);
    const t = pick(rng, TREATIES);
    const a = act(rng, t);
    const k = Math.floor(rng() * l.length);
    const wrap = pick(rng, ["-\n", "-\r\n", "- \n"]);
    const written = names(l).map((w, i) => (i === k ? breakInside(rng, w, wrap) : w));
    return { text: `${capitalise(listOf(written))} ${a.verb} ${t.written}.`, expected: rowsFor(l, a.action, t.id, "affirmed") };
  },
  (rng) => {
    // A hyphenated name wrapped at its own hyphen keeps it; alone or after other states.
    const h = pick(rng, HYPHENATED);
    const others = few(rng, 0, 2);
    const t = pick(rng, TREATIES);
    const a = act(rng, t);
    const wrapped = h.written.replace("-", pick(rng, ["-\n", "-\r\n"]));
    return {
      text: `${capitalise(listOf([...names(others), wrapped]))} ${a.verb} ${t.written}.`,
      expected: rowsFor([h, ...others], a.action, t.id, "affirmed"),
    };
  },
  (rng) => {
    // The instrument's name hyphenated across a line wrap, in the passive.
    const s = pick(rng, STATES);
    const t = pick(rng, PASSIVE_TREATIES);
    return { text: `${capitalise(breakInside(rng, t.written, "-\n"))} was signed by ${s.written}.`, expected: rowsFor([s], "signed", t.id, "affirmed") };
  },
  (rng) => {
    // A sentence ends after an initialism before a state's name.
    const s = pick(rng, STATES);
    const t = pick(rng, TREATIES);
    const a = act(rng, t);
    const context = pick(rng, [
      "Talks were held in the U.S.",
      "The text was circulated at the U.N.",
      "The ceremony took place in the U.K.",
      "The statement was made on behalf of the U.S.A.",
    ]);
    const second = `${capitalise(s.written)} ${a.verb} ${t.written}.`;
    return { text: `${context} ${second}`, expected: rowsFor([s], a.action, t.id, "affirmed"), quote: second };
  },
  (rng) => {
    // ... and before a word that opens sentences.
    const s = pick(rng, STATES);
    const t = pick(rng, TREATIES);
    const context = pick(rng, ["Consultations were held in the U.S.", "The draft was circulated at the U.N."]);
    const second = `${pick(rng, ["In 2015", "Later", "Meanwhile", "Today"])} ${s.written} ratified ${t.written}.`;
    return { text: `${context} ${second}`, expected: rowsFor([s], "ratified", t.id, "affirmed"), quote: second };
  },
  (rng) => {
    // No boundary inside "the U.S. Government", "the U.S. delegation": the United States acts too.
    const s = pick(rng, STATES);
    const t = pick(rng, TREATIES);
    const who = pick(rng, ["The U.S. Government", "The U.S. delegation", "The U.S."]);
    const text = `${who} and ${s.written} signed ${t.written}.`;
    return { text, expected: rowsFor([s, { written: "U.S.", name: "United States" }], "signed", t.id, "affirmed"), quote: text };
  },
  (rng) => {
    // Near misses: "U.S.-led", "No. 5 Protocol" and "No. 190" never end a sentence.
    const l = few(rng, 1, 1);
    const t = pick(rng, TREATIES);
    const a = act(rng, t);
    const s = names(l)[0] as string;
    const text = pick(rng, [
      `Alongside the U.S.-led coalition, ${s} ${a.verb} ${t.written}.`,
      `Under the No. 5 Protocol, ${s} ${a.verb} ${t.written}.`,
      `In its note verbale No. 190 ${s} confirmed that it ${a.verb} ${t.written}.`,
    ]);
    return { text, expected: rowsFor(l, a.action, t.id, "affirmed"), quote: text };
  },
  (rng) => {
    // Near misses: titles and "Art." before a capital never end a sentence.
    const l = few(rng, 1, 1);
    const t = pick(rng, TREATIES);
    const a = act(rng, t);
    const s = names(l)[0] as string;
    const text = pick(rng, [
      `Under Art. 5 of its Constitution, ${s} ${a.verb} ${t.written}.`,
      `Mr. Smith confirmed that ${s} ${a.verb} ${t.written}.`,
      `Dr. Ortega said ${s} ${a.verb} ${t.written}.`,
      `H.E. Mr. Smith stated that ${s} ${a.verb} ${t.written}.`,
    ]);
    return { text, expected: rowsFor(l, a.action, t.id, "affirmed"), quote: text };
  },
  (rng) => {
    // "e.g." before a list of names.
    const l = few(rng, 2, 3);
    const t = pick(rng, TREATIES);
    const text = `Several States, e.g. ${listOf(names(l))}, ratified ${t.written}.`;
    return { text, expected: rowsFor(l, "ratified", t.id, "affirmed"), quote: text };
  },
  (rng) => {
    // A list broken across a line inside its sentence: before or after "and", after a list comma.
    const l = few(rng, 3, 4);
    const t = pick(rng, TREATIES);
    const a = act(rng, t);
    const w = names(l);
    const head = w.slice(0, -1).join(", ");
    const last = w[w.length - 1] as string;
    const afterComma = w.length > 3 ? `${w[0]}, ${w[1]},\n${w[2]} and ${last}` : `${w[0]}, ${w[1]},\nand ${last}`;
    const list = pick(rng, [`${head}\nand ${last}`, `${head} and\n${last}`, afterComma]);
    const text = `${capitalise(list)} ${a.verb} ${t.written}.`;
    return { text, expected: rowsFor(l, a.action, t.id, "affirmed"), quote: text };
  },
  (rng) => {
    // A passive list broken after "and" or after "the".
    const l = few(rng, 2, 3);
    const t = pick(rng, PASSIVE_TREATIES);
    const text = pick(rng, [
      `${capitalise(t.written)} was ratified by ${names(l).slice(0, -1).join(", ")} and\n${names(l)[l.length - 1]}.`,
      `${capitalise(listOf(names(l)))} ratified the\n${t.written.replace(/^the /u, "")}.`,
    ]);
    return { text, expected: rowsFor(l, "ratified", t.id, "affirmed"), quote: text };
  },
];

/** A case's name: invisible characters and typographic apostrophes shown as escapes, newlines as ⏎. */
function label(text: string): string {
  return text
    .replace(/\r?\n/gu, "⏎")
    .replace(/[\u00AD\u02BC\u200B-\u200D\u2019\u2060\uFEFF]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

describe("construction family: text", () => {
  const cases: TextCase[] = [
    ...(generate(13013, 57, (rng, i) => (TEMPLATES[i % TEMPLATES.length] as (r: Rng) => TextCase)(rng)) as TextCase[]),
    // A sentence wholly in brackets is read as the sentence inside them; its quote is that sentence.
    ...generate(13038, 6, (rng, i): TextCase => {
      const t = pick(
        rng,
        TREATIES.filter((x) => x.type !== "declaration"),
      );
      const [a] = sample(rng, STATES, 1) as [StateName];
      const inner = `${capitalise(a.written)} ${pick(rng, ["ratified", "signed"])} ${t.written} on 5 February 2015`;
      const action = inner.includes(" ratified ") ? "ratified" : "signed";
      const text = i % 2 === 0 ? `The meeting closed. (${inner}.)` : `The meeting closed. (${inner}).`;
      return { text, expected: rowsFor([a], action, t.id, "affirmed"), quote: i % 2 === 0 ? `${inner}.` : inner };
    }),
    // A name ends at its table cell, on both sides: the row's state and the line above are not its first words, nor the next
    // cell its last ("Parliament ⏎ Peru      Agreement on Air Services      Not yet ratified" names "Agreement on Air Services").
    ...generate(13097, 6, (rng, i): TextCase => {
      const [a, b, c] = sample(
        rng,
        STATES.filter((x) => !x.written.startsWith("the ") && x.written.length <= 12),
        3,
      ) as [StateName, StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const name = ["Agreement on Air Services", "Agreement on Maritime Transport", "Agreement on Cultural Cooperation"][i % 3] as string;
      const cell = (x: string, width: number) => x.padEnd(width, " ");
      const table = [
        `${cell("State", 14)}${cell("Instrument", 38)}Status`,
        `${cell(a.written, 14)}${cell("Protocol amending the Agreement", 38)}Approved by Parliament`,
        `${cell(b.written, 14)}${cell(name, 38)}Not yet ratified`,
      ].join("\n");
      return {
        text: `${table}\n\n${capitalise(c.written)} ratified ${t.written} in 2019.`,
        expected: [...rowsFor([b], "ratified", name, "negated"), ...rowsFor([c], "ratified", t.id, "affirmed")].sort(),
      };
    }),
    // An enumerated item's line that a wrapped text filled to its width goes on on the next line ("(a) Yes, Madam. A deposited its
    // instrument of ratification of the Paris ¶ Agreement with …"); a short item line over a detail line does not.
    ...generate(13467, 12, (rng): TextCase => {
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const t = pick(
        rng,
        TREATIES_ONLY.filter((x) => x.written.split(" ").length >= 3),
      );
      const filler = wrapColumns(
        `The Minister of State in the Ministry of External Affairs answered the question on the status of the instruments listed by the honourable Member in the House on the day it was put. The reply set out each instrument in turn and the position the Government takes on each of them, as the Member had asked.`,
        72,
      );
      const item = `(a) Yes, Madam. ${capitalise(a.written)} deposited its instrument of ratification of ${t.written} with the Secretary-General on 2 October 2016, having signed it in New York on 22 April 2016.`;
      const second = `(b) ${capitalise(b.written)} has not signed ${t.written}.`;
      return {
        text: `${filler}\n\n${wrapColumns(item, 72)}\n${second}`,
        expected: [
          ...rowsFor([a], "ratified", t.id, "affirmed"),
          ...rowsFor([a], "signed", t.id, "affirmed"),
          ...rowsFor([b], "signed", t.id, "negated"),
        ].sort(),
      };
    }),
    // A name wrapped across lines, with the indent of the next line, is still one name ("Egypt, the Democratic People's ¶
    // Republic of Korea and South Sudan have neither signed …" had been South Korea, and Egypt lost).
    ...generate(13480, 12, (rng): TextCase => {
      const [a] = sample(
        rng,
        STATES.filter((x) => x.written.replace(/^the /u, "").includes(" ")),
        1,
      ) as [StateName];
      const [b, c] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const indent = pick(rng, ["    ", "        ", "  \t  "]);
      const words = a.written.split(" ");
      const cut = words[0] === "the" ? 2 : 1;
      const filler = wrapColumns(
        `The Secretariat continued its contacts with the States not yet party during the reporting period, in the capitals and through their missions in Geneva and New York. Several of them said that their internal procedures had made progress since the last session of the Conference, and the Secretariat offered its help with the legislation each of them would need.`,
        84,
      )
        .split("\n")
        .map((l) => indent + l)
        .join("\n");
      const [verb, action] = pick(rng, [
        ["have neither signed nor ratified", "signed"],
        ["have not ratified", "ratified"],
      ] as const);
      const lines = [
        `${indent}Four States remain outside ${t.written} at the date of this report, as the Secretariat noted. ${capitalise(b.written)}, ${words.slice(0, cut).join(" ")}`,
        `${indent}${words.slice(cut).join(" ")} and ${c.written} ${verb} it.`,
      ];
      const expected =
        action === "signed"
          ? [...rowsFor([a, b, c], "signed", t.id, "negated"), ...rowsFor([a, b, c], "ratified", t.id, "negated")]
          : rowsFor([a, b, c], "ratified", t.id, "negated");
      return { text: `${filler}\n\n${lines.join("\n")}`, expected: expected.sort() };
    }),
    // A numbered item's first line in a wrapped text goes on where the next line's first word would not have fit on it, however
    // far short of the width it ends ("10.  JS1 noted that A had not ratified the International ¶ Convention for the Protection of …").
    ...generate(13490, 8, (rng, i): TextCase => {
      const filler = wrapColumns(
        `The stakeholders' submissions summarised below were received before the deadline set for the review, and each of them was considered in full by the secretariat. Where a submission repeated another, only the first is cited, and footnotes give the submitting organizations in the order of their submissions, with the abbreviations used.`,
        75,
      );
      // (The first line is 60 to 66 characters in a text filled to 75: mostly short of the width by more than the slack, yet "Convention"
      // would not have fit on it.)
      let first = "";
      let b = BARE_STATES[0] as StateName;
      for (let tries = 0; tries < 200; tries++) {
        const [x, y] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
        const line = `10.  ${capitalise(x.written)} ${pick(rng, ["noted", "observed", "recalled", "reported"])} that ${y.written} had ${i % 2 === 0 ? "not" : "never"} ratified the International`;
        if (line.length >= 61 && line.length <= (tries < 150 ? 64 : 66)) {
          first = line;
          b = y;
          break;
        }
      }
      const text = `${filler}\n\n${first}\nConvention for the Protection of All Persons from Enforced\nDisappearance, and recommended that it do so.`;
      return { text, expected: rowsFor([b], "ratified", "cped", "negated") };
    }),
    // Markdown's emphasis marks are no words: "in which the Executive Council, at its session, *called on* all States to ratify X",
    // "**A** *has not* ratified X; **B** signed it on **9 May 2020**".
    ...generate(13491, 8, (rng, i): TextCase => {
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const t = pick(rng, TREATIES_ONLY);
      const organ = pick(rng, ["Executive Council", "Governing Board", "Standing Committee"]);
      if (i % 2 === 0)
        return {
          text: `The Secretariat presents this report pursuant to decision EX.CL/Dec.1129(XXXIX), in which the ${organ}, at its Thirty-Ninth Ordinary Session held in October 2021, *called on* Member States that have not yet done so to sign and ratify ${t.written}.`,
          expected: [`${organ}|called-for|${t.id}|affirmed`],
        };
      return {
        text: `**${capitalise(a.written)}** *has not* ratified ${t.written}; **${b.written}** signed it on **9 May 2020**.`,
        expected: [...rowsFor([a], "ratified", t.id, "negated", null), ...rowsFor([b], "signed", t.id, "affirmed", "2020-05-09")].sort(),
        dates: true,
      };
    }),
    // A text's name wrapped at the end of a line goes on across it after a connector of its subject ("the Second Additional Protocol
    // to the Convention on ¶ Cybercrime") or before a head ("the Protocol to the ¶ Convention on …"); a name in no catalog is kept
    // whole as written. But the office an instrument is handed to is no part of the name: "handed over its instrument of
    // ratification of the Protocol to ¶ the Director-General" is an act on the protocol named before.
    ...generate(13525, 20, (rng, i): TextCase => {
      const a = pick(rng, BARE_STATES);
      if (i % 5 === 4) {
        const t = pick(
          rng,
          TREATIES.filter((x) => x.type === "protocol"),
        );
        const office = pick(rng, ["Director-General", "Secretary-General"]);
        return {
          text: `${capitalise(t.written)} was adopted in 2002 and is open to all States.\n\nOn 30 January 2024, the Minister of Labour handed over ${a.written}'s instrument of ratification of the Protocol to\nthe ${office} at a ceremony in Geneva.`,
          expected: rowsFor([a], "ratified", t.id, "affirmed", "2024-01-30"),
          dates: true,
        };
      }
      const named = pick(rng, [
        ...WRAPPED_NAMES,
        ...TREATIES_ONLY.filter((x) => / (?:on|of|against|for) /u.test(x.written)).map((x) => ({ words: x.written.slice(4), id: x.id })),
      ]);
      const words = named.words.split(" ");
      // (The line ends after a connector of the name's subject, or before a head that follows "to the".)
      const cuts = words.flatMap((w, k) =>
        k > 0 && k < words.length - 1 && (["on", "of", "against", "for"].includes(w) || (w === "the" && words[k - 1] === "to")) ? [k + 1] : [],
      );
      const cut = pick(rng, cuts);
      const { verb, action } = pick(rng, ACTS);
      // (In a text whose paragraphs are wrapped: a line that stops short in an unwrapped one may be a line of its own.)
      const filler = wrapColumns(
        `The Ministry of Foreign Affairs publishes this note on the treaties the Government has joined in the past year, with the dates of each act and the depositary's notifications received since the last note was issued. Acts of other States are noted where the Ministry was informed of them by the depositary or by the States concerned, and the note is updated each quarter.`,
        80,
      );
      const text = `${filler}\n\nOn 12 March 2025 ${a.written} ${verb} the ${words.slice(0, cut).join(" ")}\n${words.slice(cut).join(" ")}, the Ministry said.`;
      return { text, expected: rowsFor([a], action, named.id, "affirmed", "2025-03-12"), dates: true };
    }),
    // A footnote's marker after a sentence's stop ("… in 1997.[^3] Chile ratified …", "… it.[12][13] Peru …") ends the sentence as
    // the stop does: the next sentence's act is quoted from its own sentence.
    ...generate(13528, 12, (rng, i): TextCase => {
      const a = pick(rng, BARE_STATES);
      const t = pick(rng, TREATIES_ONLY);
      const marks = pick(rng, ["[^3]", "[4]", "[12][13]", "[^21]", "[7]"]);
      const { verb, action } = pick(rng, ACTS);
      const act = `${capitalise(a.written)} ${verb} ${t.written} in ${2010 + (i % 12)}.`;
      return {
        text: `The negotiations on the text lasted for more than a decade and ended in a conference.${marks} ${act}`,
        expected: rowsFor([a], action, t.id, "affirmed"),
        quote: act,
      };
    }),
    // A name goes on over a hard-wrapped paragraph's line end between two of its title-case words ("… Establishing the Caribbean ¶
    // Community Including …"), in a text whose paragraphs are wrapped; it is defined by an acronym in quotes there, and the acronym
    // names it afterwards.
    ...generate(13543, 12, (rng, i): TextCase => {
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const { head, tail, acronym } = pick(rng, LONG_NAMES);
      const filler = wrapColumns(
        `The Court has received written observations from the parties and from the intervening States, and it has heard counsel on both sides over three days of oral argument. The questions before it concern the scope of the obligations the parties accepted and the date from which each of them was bound.`,
        80,
      );
      const defined = pick(rng, [`(the "${acronym}")`, `(hereinafter the “${acronym}”)`, `("${acronym}")`]);
      const lead = `[${10 + i}] The Applicant relies on Articles 4 and 9 of the ${head}`.padEnd(WRAP_LINE, " ").trimEnd();
      const name = `${head} ${tail}`;
      const text = `${filler}\n\n${lead}\n${tail} ${defined}.\n\n[${11 + i}] The ${acronym} was signed on 4 May 2009 by ${a.written} and ${b.written}.`;
      return { text, expected: rowsFor([a, b], "signed", name, "affirmed", "2009-05-04"), dates: true };
    }),
    // A name's series of title-case words goes on after its comma or "and" at a line's end, and one series after another ("to Prevent,
    // Deter and ¶ Eliminate Illegal, Unreported and Unregulated Fishing"); a line that ends in "the", "and" or "in" inside a name goes
    // on ("Co-operation in the ¶ Protection of …"), but not into a State's name or a clause that opens the next line.
    ...generate(13546, 12, (rng, i): TextCase => {
      const [a, b] = sample(rng, BARE_STATES, 2) as [StateName, StateName];
      const filler = wrapColumns(
        `The Tribunal has considered the written pleadings of both parties and the oral arguments presented at the hearings held in the spring. It now turns to the instruments on which each party relies for the obligations it invokes, and to the dates on which each instrument became binding on each party.`,
        80,
      );
      const [lead, rest, name] = pick(rng, [
        [
          "Agreement on Harbour Inspections to Detect, Record and",
          "Deter Illegal, Unflagged and Unlicensed Transshipment",
          "Agreement on Harbour Inspections to Detect, Record and Deter Illegal, Unflagged and Unlicensed Transshipment",
        ],
        [
          "Convention for Co-operation in the",
          "Protection and Restoration of the Coastal Wetlands of the Gulf of Tadjoura",
          "Convention for Co-operation in the Protection and Restoration of the Coastal Wetlands of the Gulf of Tadjoura",
        ],
        [
          "Protocol on Fisheries, Aquaculture and",
          "Marine Habitats of the Lake Tanganyika Basin",
          "Protocol on Fisheries, Aquaculture and Marine Habitats of the Lake Tanganyika Basin",
        ],
      ] as const);
      const opening = `${40 + i}. ${capitalise(a.written)} further invokes the ${lead}`;
      const text = `${filler}\n\n${opening}\n${rest}, to which ${a.written} acceded on 29 November 2016 and ${b.written} on 23 October 2018.`;
      return {
        text,
        expected: [...rowsFor([a], "acceded", name, "affirmed", "2016-11-29"), ...rowsFor([b], "acceded", name, "affirmed", "2018-10-23")].sort(),
        dates: true,
      };
    }),
  ];

  it("generates at least 20 cases", () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases.map((c) => [label(c.text), c] as const))("%s", (_name, c) => {
    const { records } = extractBody(c.text, c.head);
    expect(rows(records, { date: c.dates ?? false })).toEqual(c.expected);
    if (c.quote !== undefined) for (const r of records) expect(r.source.quote).toBe(c.quote);
  });
});
