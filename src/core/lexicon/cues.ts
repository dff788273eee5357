import type { Action } from "../model";
import { ORDINAL, ORDINAL_WORD } from "./ordinals";
import { PhraseIndex } from "./phraseIndex";

/**
 * Action cues: the words that say what an actor did, as data. Each cue has the action it means
 * (SPEC's vocabulary) and its grammatical *form*, which decides how the linker finds the actor
 * and the instrument:
 *  - verb:    "Kazakhstan ratified X", "to which A and B are parties" (party frames are verbs)
 *  - noun:    "ratification by X of Y", "X's accession to Y", "its support for Y"
 *  - deposit: "deposited its instrument of ratification": a noun whose actor is the verb's subject
 *  - agent:   "the signatories to Y are A, B", "became the coauthor of Y"
 *  - call:    "called on all States to ratify Y" (the caller's record, never the addressees')
 *  - welcome: "welcomed the adoption of Y" (only for the instrument itself)
 *  - vote:    "voted against", "2 against (A, B)", "5 abstentions (C, D)"
 *  - pending: "subject to ratification": an act still to come, shares its verb's actor and object
 *  - force:   "is in force for A, B": the States a treaty binds (stages/inForce.ts)
 */
export type CueForm = "verb" | "noun" | "deposit" | "agent" | "call" | "welcome" | "vote" | "pending" | "result" | "force";

export interface CueDef {
  action: Action;
  form: CueForm;
  /** A polarity the cue carries in itself ("voted against" is negated). */
  polarity?: "negated" | "planned";
  /** Verb forms that take their object through a preposition ("acceded to", "adhered to"). */
  join?: boolean;
  /** Leaving a treaty ("withdrew from X", "its denunciation of X"): no longer party; said of an act not done, nothing. */
  withdrawal?: boolean;
}

/**
 * Every cue's definition has all five fields (undefined where a cue has none): one object shape, so
 * that `cue.def.form`, asked of every cue by every rule, is a monomorphic load.
 */
const forms = (stem: string[], { action, form, polarity, join, withdrawal }: CueDef, table: Array<[string, CueDef]>) => {
  const def: CueDef = { action, form, polarity, join, withdrawal };
  for (const s of stem) table.push([s, def]);
};

function cueTable(): Array<[string, CueDef]> {
  const t: Array<[string, CueDef]> = [];
  const verb = (action: Action, join = true): CueDef => ({ action, form: "verb", join });
  forms(["ratify", "ratified", "ratifies", "ratifying"], verb("ratified"), t);
  // Acceptance is consent to be bound, as ratification is ("The European Union accepted the Protocol on 30 November 2007");
  // a verb of it reads only a treaty, protocol or amendment as its object (the linker asks for an instrument).
  forms(["accept", "accepted", "accepts", "accepting"], verb("ratified"), t);
  forms(["accede", "acceded", "accedes", "acceding", "join", "joined", "joins", "joining", "rejoin", "rejoined", "rejoins", "rejoining"], verb("acceded"), t);
  // Leaving a treaty: no longer party to it ("Lithuania withdrew from the Convention", "Russia denounced the Treaty").
  forms(
    [
      "withdraw from",
      "withdrew from",
      "withdraws from",
      "withdrawing from",
      "withdrawn from",
      "pull out of",
      "pulled out of",
      "pulls out of",
      "pulling out of",
      "denounce",
      "denounced",
      "denounces",
      "denouncing",
      "ceased to be a party to",
      "ceased to be party to",
      "ceases to be a party to",
      "ceased to be parties to",
      "cease to be parties to",
      "ceased to be a state party to",
    ],
    { action: "party", form: "verb", polarity: "negated", withdrawal: true },
    t,
  );
  // Opting out of amendments a body adopted ("Slovakia rejected the amendments to the IHR"): not bound by them (pipeline.ts keeps
  // only amendments and regulations as the object); "did not reject" is no act read.
  forms(["reject", "rejected", "rejects"], { action: "party", form: "verb", polarity: "negated", withdrawal: true }, t);
  forms(
    ["withdrawal from", "withdrawals from", "denunciation of", "denunciations of"],
    { action: "party", form: "noun", polarity: "negated", withdrawal: true },
    t,
  );
  forms(["sign", "signed", "signs", "signing"], verb("signed"), t);
  forms(
    [
      "co-sponsor",
      "co-sponsored",
      "co-sponsors",
      "co-sponsoring",
      "cosponsor",
      "cosponsored",
      "cosponsors",
      "co-authored",
      "coauthored",
      "co-author",
      "sponsored",
    ],
    verb("co-sponsored"),
    t,
  );
  forms(["support", "supported", "supports", "supporting"], verb("supported"), t);
  // "A, B and C were among the countries that backed the text", "a resolution backed by 120 States" (not the adverb "back").
  forms(["backed", "backing"], verb("supported"), t);
  // "Costa Rica presented the resolution", "A introduced draft resolution L.5": only a resolution or a draft (verb.ts checks).
  forms(["tabled", "introduced", "presented", "submitted", "drafted", "co-drafted"], verb("co-sponsored"), t);
  // "Introducing the draft, the representative of Georgia said …": the introducer of a text (stages/introducing.ts).
  forms(["introducing", "presenting"], verb("co-sponsored"), t);
  forms(["voted in favour of", "voted in favor of", "voted for", "vote in favour of", "vote for"], { action: "supported", form: "verb" }, t);
  forms(
    [
      "joined consensus on",
      "joined the consensus on",
      "join consensus on",
      "join the consensus on",
      "joined consensus",
      "joined the consensus",
      "join the consensus",
      "join consensus",
      "joining the consensus",
    ],
    { action: "supported", form: "verb" },
    t,
  );
  forms(
    [
      "endorse",
      "endorsed",
      "endorses",
      "endorsing",
      "adhere to",
      "adhered to",
      "adheres to",
      "adhering to",
      "reaffirm",
      "reaffirmed",
      "reaffirms",
      "reaffirming",
      "subscribed to",
      "subscribes to",
      "subscribe to",
      "subscribing to",
    ],
    verb("endorsed"),
    t,
  );
  // "Algeria does not associate itself with the Declaration", "Russia dissociated itself from the text as a whole".
  const reflexive = (verbs: readonly string[], tail: string) => verbs.flatMap((v) => [`${v} itself ${tail}`, `${v} themselves ${tail}`]);
  forms(reflexive(["associate", "associates", "associated"], "with"), verb("endorsed"), t);
  // ("dissociated themselves from the consensus": as "joined the consensus", a stand on the text the meeting adopted.)
  const dissociations = ["dissociate", "dissociates", "dissociated", "disassociate", "disassociates", "disassociated"];
  forms(
    [...reflexive(dissociations, "from"), ...reflexive(dissociations, "from the consensus")],
    // (A dissociation is a stand at the text's adoption, recorded as the vote it stands for: "supported", negated, whatever the text.)
    { ...verb("supported"), polarity: "negated" },
    t,
  );
  forms(
    [
      "commit to",
      "commits to",
      "committed to",
      "pledge to",
      "pledged to",
      "pledges to",
      "pledge to implement",
      "pledged to implement",
      "pledged to continue implementing",
    ],
    verb("committed"),
    t,
  );
  forms(["adopt", "adopted", "adopts", "adopting", "approved", "approves", "approve"], verb("adopted"), t);
  forms(
    [
      "is a party to",
      "is party to",
      "are parties to",
      "are party to",
      "is a state party to",
      "are states parties to",
      "was a party to",
      "were parties to",
      "become a party to",
      "became a party to",
      "becomes a party to",
      "becoming a party to",
      "become party to",
      "became party to",
      "become parties to",
      "become states parties to",
      "become a state party to",
      "became a state party to",
      "are parties",
      "is a party",
      "remains a party to",
      "currently party to",
      "is currently party to",
      "is currently a party to",
      "has been a party to",
      "have been parties to",
      "has become a party to",
      "have become parties to",
      // With an adverb between the copula and the noun: "Fifteen countries are now parties: A, B", "all four remain parties to X".
      "are now parties to",
      "are now parties",
      "are now party to",
      "is now a party to",
      "is now party to",
      "is now a party",
      "are already parties to",
      "is already a party to",
      "are all parties to",
      "are both parties to",
      "remain parties to",
      "remain party to",
      "remains party to",
      // Intransitive: the instrument is the one the text is about ("… have never become parties").
      "become parties",
      "become a party",
      "became parties",
      "became a party",
      // In apposition to a list: "Mali, Burkina Faso and Niger, all parties to the Charter, remain suspended".
      "all parties to",
      "both parties to",
      "all states parties to",
      "both states parties to",
      // A new State's succession to its predecessor's treaty makes it a party ("Montenegro succeeded to X in 2006").
      "succeeded to",
      "succeeds to",
      "succeed to",
    ],
    { action: "party", form: "verb" },
    t,
  );
  forms(
    [
      "is not a party to",
      "is not party to",
      "are not parties to",
      "are not party to",
      "was not a party to",
      "has not become a party to",
      "have not become parties to",
      "are not yet parties to",
      "are not yet parties of",
      "are not yet party to",
      "is not yet a party to",
      "is not yet party to",
      "are not parties of",
      // Without "to": the instrument is the one the text is about ("A, B and C, which are not party, …").
      "are not party",
      "are not parties",
      "is not party",
      "is not a party",
      // A predicate contrasted with one before it: "Kenya is a signatory but not a party (to X)".
      "but not a party",
      "but not a party to",
      "but not yet a party",
      "but not yet a party to",
      "but not parties",
      "but not parties to",
      "but not yet parties to",
      ", not a party",
      ", not a party to",
      ", not yet a party",
      ", not yet a party to",
    ],
    { action: "party", form: "verb", polarity: "negated" },
    t,
  );
  // "States not party to X include A, B", "non-parties to X are A": the list after the copula is not bound.
  forms(
    // ("The States not yet party to X include A, B": had been read as parties.)
    [
      "not party to",
      "not parties to",
      "not a party to",
      "non-parties to",
      "non-party to",
      "non-party states to",
      "not yet party to",
      "not yet parties to",
      "not yet a party to",
    ],
    { action: "party", form: "agent", polarity: "negated" },
    t,
  );
  // Without "to", the instrument is the one the text is about: "The 33 States not party include A, B", "Myanmar, a State not party,".
  forms(
    ["not party", "not parties", "non-parties", "non-party states", "not yet party", "not yet parties"],
    { action: "party", form: "agent", polarity: "negated" },
    t,
  );

  const noun = (action: Action): CueDef => ({ action, form: "noun" });
  // (A bare "acceptance" is too often a proposal's; its plural is the treaty's: "Acceptances received since May: - A: 3 June 2024".)
  forms(["ratification", "ratifications", "acceptance of", "acceptances of", "acceptances"], noun("ratified"), t);
  // "notified its consent to be bound by Protocols I and III": the consent a ratification gives, in the words of the CCW and Vienna.
  forms(["consent to be bound by"], noun("ratified"), t);
  // "The Uzbek side notified the Kingdom that it had completed its internal procedures": for a bilateral agreement, a party's own
  // procedures completed are its ratification (nominal.ts reads only a possessor's, and only where the text says they are done).
  forms(
    [
      "internal procedures",
      "domestic procedures",
      "internal procedure",
      "domestic procedure",
      "statutory procedures",
      "constitutional procedures",
      "internal requirements",
      "domestic requirements",
    ],
    noun("ratified"),
    t,
  );
  // "the two sides exchanged notifications on 1 August 2024", "the two Governments exchanged diplomatic notes for its entry into
  // force", "India and Israel are yet to exchange the notifications": a bilateral treaty's exchange is both parties' ratification.
  forms(
    [
      "exchanged notifications",
      "exchanged the notifications",
      "exchanged diplomatic notes",
      "exchange notifications",
      "exchange the notifications",
      "exchange diplomatic notes",
    ],
    verb("ratified"),
    t,
  );
  forms(["accession", "accessions"], noun("acceded"), t);
  forms(["signature", "signatures", "signing of", "signing by"], noun("signed"), t);
  forms(["support to", "support for", "support from", "strong support", "full support"], noun("supported"), t);
  forms(["endorsement of", "adherence to", "subscription", "subscription to", "subscriptions"], noun("endorsed"), t);
  // "A, B and C remain outside the Treaty": not party to it.
  forms(
    ["remain outside", "remains outside", "remained outside", "stay outside", "stays outside", "stayed outside"],
    { ...verb("party"), polarity: "negated" },
    t,
  );
  forms(["commitment to", "continued commitment to", "commitments to"], noun("committed"), t);
  forms(["adoption of", "adoption by"], noun("adopted"), t);
  forms(
    [
      "proposed for adoption by",
      "sponsored by",
      "co-sponsored by",
      "submitted by",
      "proposed by",
      "tabled by",
      "introduced by",
      "presented by",
      "drafted by",
      "prepared by",
      "developed by",
      "put forward by",
    ],
    { action: "co-sponsored", form: "noun" },
    t,
  );

  const deposit = (action: Action): CueDef => ({ action, form: "deposit" });
  forms(
    [
      "instrument of ratification",
      "instruments of ratification",
      "instrument of acceptance",
      "instruments of acceptance",
      "instrument of approval",
      "instruments of approval",
    ],
    deposit("ratified"),
    t,
  );
  forms(["instrument of accession", "instruments of accession", "accession instrument"], deposit("acceded"), t);
  // "Ghana deposited its instrument", "Canada and Nepal deposited their instruments this week", "has yet to deposit the instrument":
  // a deposit that does not say of what is a consent to be bound all the same (only next to a deposit: see depositedBare).
  for (const word of ["instrument", "instruments"]) t.push([word, BARE_DEPOSIT]);

  // "Parties include A, B and C", "Its parties now include A": the list names parties (to the instrument the text is about).
  forms(["parties include", "parties included", "parties now include", "parties also include"], { action: "party", form: "agent" }, t);
  // "are neither signatories nor parties", "were among the first Parties".
  forms(["nor parties", "nor a party", "first parties", "original parties", "founding parties"], { action: "party", form: "agent" }, t);
  // In apposition with its time: "Argentina, a Party since 2016, …", "China, a State Party since 14 March 2019, …".
  forms(["party since", "state party since", "contracting party since"], { action: "party", form: "agent" }, t);
  forms(["signatory", "signatories", "signers"], { action: "signed", form: "agent" }, t);
  // "The Convention is in force for A, B and C", "in force in thirteen States, including A": the States it binds are parties.
  forms(["in force for", "in force in"], { action: "party", form: "force" }, t);
  forms(["ratifiers", "early ratifiers"], { action: "ratified", form: "agent" }, t);
  forms(
    [
      "state party to",
      "state party of",
      "states parties to",
      "party to",
      // "The Parties to X are A, B and C" (only with an instrument named: "the parties to the conflict are …" lists no parties).
      "parties to",
      "states parties",
      "contracting states",
      "contracting parties",
      "contracting state",
      // "became the 40th Contracting Party to X", "will become a full Contracting Party".
      "contracting party",
      "contracting party to",
    ],
    { action: "party", form: "agent" },
    t,
  );
  forms(["adherent", "adherents", "endorser", "endorsers", "endorsing states"], { action: "endorsed", form: "agent" }, t);
  forms(
    [
      "co-sponsors",
      "cosponsors",
      "co-authors",
      "coauthors",
      "coauthor",
      "co-author of",
      "co-sponsor of",
      "lead sponsor",
      "lead country sponsor",
      "lead country sponsors",
      "sponsors",
      "penholder",
      "penholders",
      "co-penholder",
      "co-penholders",
    ],
    { action: "co-sponsored", form: "agent" },
    t,
  );

  forms(
    [
      "call on",
      "calls on",
      "called on",
      "calling on",
      "call upon",
      "calls upon",
      "called upon",
      "calling upon",
      "call for",
      "calls for",
      "called for",
      "calling for",
      "urge",
      "urges",
      "urged",
      "urging",
      "encourage",
      "encourages",
      "encouraged",
      "encouraging",
      "invite",
      "invites",
      "invited",
      "inviting",
      "appealed to",
      "appeals to",
      "appeal to",
      "exhorted",
      "exhorts",
      // A recommendation to another ("France recommended that Armenia ratify X", "Portugal recommended accession to Y"): a call only
      // where it asks an act of joining (stages/calls.ts).
      "recommend",
      "recommends",
      "recommended",
    ],
    { action: "called-for", form: "call" },
    t,
  );
  forms(
    ["welcome", "welcomes", "welcomed", "welcoming", "applaud", "applauds", "applauded", "hail", "hails", "hailed", "commend", "commends", "commended"],
    { action: "welcomed", form: "welcome" },
    t,
  );

  forms(["voted against", "vote against", "votes against", "voted no", "vote no", "voting no"], { action: "supported", form: "vote", polarity: "negated" }, t);
  forms(
    ["abstained", "abstain", "abstains", "abstaining", "abstention", "abstentions", "abstainers"],
    { action: "supported", form: "vote", polarity: "negated" },
    t,
  );
  // A permanent member's veto is its vote against ("the United States on 18 December vetoed a draft resolution").
  forms(["vetoed", "vetoes", "vetoing"], { action: "supported", form: "vote", polarity: "negated" }, t);
  forms(["against", "in favour", "in favor"], { action: "supported", form: "vote" }, t);
  forms(["voted to adopt", "voted to approve", "voted yes", "vote yes", "voting yes", "voting for"], { action: "supported", form: "vote" }, t);
  forms(["voting result in", "voting results in", "vote result in", "vote results in", "result of the vote in"], { action: "adopted", form: "result" }, t);
  forms(
    [
      "did not take part in the vote",
      "not participating in the vote",
      "did not participate in the vote",
      "did not take part in the voting",
      "did not participate in the voting",
      "took no part in the vote",
      "took no part in the voting",
      "did not vote",
    ],
    { action: "supported", form: "vote", polarity: "negated" },
    t,
  );
  // A recorded vote's heading of those who did not vote ("Absent: A, B", "Non-voting: C"): only with its colon.
  forms(["absent", "non-voting"], { action: "supported", form: "vote", polarity: "negated" }, t);

  forms(["subject to ratification", "pending ratification"], { action: "ratified", form: "pending", polarity: "planned" }, t);
  // Every other way of saying a state is (or is not) party, generated after the forms above (which keep their own entries).
  const [isParty, notParty]: CueDef[] = [
    { action: "party", form: "verb", polarity: undefined, join: undefined, withdrawal: undefined },
    { action: "party", form: "verb", polarity: "negated", join: undefined, withdrawal: undefined },
  ];
  for (const [phrase, negated] of partyFrames()) t.push([phrase, (negated ? notParty : isParty) as CueDef]);
  return t;
}

/** Copulas a party frame opens with ("is", "has been", "remains", "became"). */
const PARTY_COPULAS = ["is", "are", "was", "were", "be", "been", "remains", "remain", "become", "becomes", "became"];
/** What may stand between the copula and the noun ("are all", "is still not", "remains fully"). */
const PARTY_ADVERBS = [
  "",
  "now",
  "already",
  "all",
  "both",
  "still",
  "also",
  "currently",
  "long",
  "therefore",
  "thus",
  "now all",
  "not",
  "not yet",
  "no longer",
  "still not",
  // "are likewise not parties to X", "is also not a party", "is itself a State Party".
  "also not",
  "likewise",
  "likewise not",
  "similarly",
  "similarly not",
  "equally not",
  "therefore not",
  "itself",
  "themselves",
];
const PARTY_NOUNS = ["party", "parties", "state party", "states parties", "contracting party", "contracting parties"];
/**
 * IMO conventions say "Contracting Government", the Cape Town instruments "Contracting State": party frames with the instrument
 * named after "to" ("has been a Contracting State to X since 2015"). Without it the text's topic would be a guess: these words
 * also speak of other regimes ("A, B and C have been Contracting States for decades").
 */
const NAMED_PARTY_NOUNS = ["contracting state", "contracting states", "contracting government", "contracting governments"];
const NEGATING = /\b(?:not|no)\b/u;

/**
 * "is a party to", "are all parties", "has been a Party since 2013", "is still not a party to", "remains a State Party":
 * a copula, an adverb or two, an article, the noun and "to" (or nothing: the instrument is then the text's topic).
 */
function partyFrames(): Array<[string, boolean]> {
  const out: Array<[string, boolean]> = [];
  for (const copula of PARTY_COPULAS)
    for (const adverb of PARTY_ADVERBS)
      for (const noun of [...PARTY_NOUNS, ...NAMED_PARTY_NOUNS])
        for (const article of /(?:parties|states|governments)$/u.test(noun) ? [""] : ["a ", ""])
          for (const tail of NAMED_PARTY_NOUNS.includes(noun) ? [" to"] : [" to", ""]) {
            const phrase = `${copula} ${adverb ? `${adverb} ` : ""}${article}${noun}${tail}`;
            out.push([phrase, NEGATING.test(adverb)]);
          }
  // "is bound by X", "remains bound by X", "is no longer bound by X": consent given, and kept.
  // (Not "be bound by": "consented to be bound by X" is done, "agreed to be bound" is not; the frames without "be" say which.)
  for (const copula of PARTY_COPULAS.filter((c) => c !== "be"))
    for (const adverb of ["", "now", "already", "still", "also", "not", "no longer", "still not", "legally"])
      out.push([`${copula} ${adverb ? `${adverb} ` : ""}bound by`, NEGATING.test(adverb)]);
  return out;
}

let cached: PhraseIndex<CueDef> | null = null;

/** A bare instrument's deposit: a consent to be bound, of no stated kind (ratification, acceptance or approval unless said). */
const BARE_DEPOSIT: CueDef = { action: "ratified", form: "deposit", polarity: undefined, join: undefined, withdrawal: undefined };
/** A bare instrument's deposit after an accession the sentence names ("Colombia's accession to X, whose instrument was deposited …"). */
const BARE_ACCESSION_DEPOSIT: CueDef = { ...BARE_DEPOSIT, action: "acceded" };

/** Is the cue a bare instrument's deposit ("deposited its instrument"), of no stated kind? */
export function isBareDeposit(def: CueDef): boolean {
  return def === BARE_DEPOSIT || def === BARE_ACCESSION_DEPOSIT;
}

/**
 * A sentence's cue matches with its bare instruments read (depositedBare): kept only next to a deposit, and of the kind of consent
 * an earlier cue of the sentence names, when that is an accession.
 */
export function withBareDeposits<T extends { from: number; to: number; value: CueDef }>(tokens: ReadonlyArray<{ lower: string }>, matches: T[]): T[] {
  if (!matches.some((m) => m.value === BARE_DEPOSIT)) return matches;
  const out: T[] = [];
  for (const m of matches) {
    if (m.value !== BARE_DEPOSIT) out.push(m);
    else if (depositedBare(tokens, m.from, m.to))
      out.push(out.some((x) => x.value.action === "acceded" && !x.value.withdrawal && !x.value.polarity) ? { ...m, value: BARE_ACCESSION_DEPOSIT } : m);
  }
  return out;
}

/** Words between a deposit verb and its bare instrument: "deposited its own instrument", "deposited the thirtieth instrument". */
const BEFORE_BARE_INSTRUMENT = new Set(["its", "their", "his", "her", "our", "my", "an", "the", "no", "any", "own", "first", "last", "latest"]);
/** Words between a bare instrument and its passive deposit: "its instrument has not yet been deposited", "instruments were deposited". */
const BEFORE_PASSIVE_DEPOSIT = new Set([
  "was",
  "were",
  "is",
  "are",
  "has",
  "have",
  "had",
  "will",
  "would",
  "be",
  "been",
  "not",
  "yet",
  "already",
  "also",
  "now",
  "duly",
  "being",
  "to",
]);
const MAX_BEFORE_BARE_INSTRUMENT = 3;
const MAX_BEFORE_PASSIVE_DEPOSIT = 4;

/**
 * Does a deposit verb govern the bare "instrument(s)" at [from, to) ("deposited its instrument", "the instrument was deposited",
 * "instruments deposited on 2 May")? Only then is it a deposit: "a legally binding instrument", "the instrument of withdrawal" are
 * none.
 */
function depositedBare(tokens: ReadonlyArray<{ lower: string }>, from: number, to: number): boolean {
  if (tokens[to]?.lower === "of") return false;
  for (let k = from - 1; k >= 0 && from - k <= MAX_BEFORE_BARE_INSTRUMENT + 1; k--) {
    const w = (tokens[k] as { lower: string }).lower;
    if (w.startsWith("deposit")) return true;
    if (!BEFORE_BARE_INSTRUMENT.has(w) && !ORDINAL.test(w) && !ORDINAL_WORD.test(w)) break;
  }
  for (let k = to; k < tokens.length && k - to <= MAX_BEFORE_PASSIVE_DEPOSIT; k++) {
    const w = (tokens[k] as { lower: string }).lower;
    if (w === "deposited") return true;
    if (!BEFORE_PASSIVE_DEPOSIT.has(w)) break;
  }
  return false;
}

export function cueIndex(): PhraseIndex<CueDef> {
  if (cached) return cached;
  const index = new PhraseIndex<CueDef>();
  for (const [phrase, def] of cueTable()) index.add(phrase, def, false);
  cached = index;
  return index;
}

/** Verbs of a recommendation: a call only where it asks an act of joining (stages/calls.ts). */
export const RECOMMENDING = new Set(["recommend", "recommends", "recommended"]);

/** Verbs a call can ask its addressees to perform: only these make a call a `called-for` record. */
export const JOINING_WORDS = new Set([
  "sign",
  "ratify",
  "accede",
  "join",
  "adhere",
  "become",
  "implement",
  "abide",
  "conclude",
  "adopt",
  "support",
  "endorse",
  "signatories",
  "non-signatories",
  "ratification",
  "ratifications",
  "accession",
  "universalization",
  "universalisation",
  "universality",
  "entry",
  "agreement",
  "conclusion",
  "adoption",
  "board",
]);

/** Words before a cue that negate it. */
export const NEGATORS = new Set([
  "not",
  "never",
  "no",
  "n't",
  "won't",
  "wouldn't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "hasn't",
  "haven't",
  "hadn't",
  "can't",
  "cannot",
  "couldn't",
  "shouldn't",
  "refused",
  "refuses",
  "refuse",
  "declined",
  "declines",
  "failed",
  "fails",
  "unable",
  "yet",
  "without",
  "against",
  "neither",
  "nor",
  "none",
  "rejected",
  "rejects",
  "opposes",
  "opposed",
  "refusal",
  "reluctance",
  "failure",
]);

/** Words before a cue that make it planned, hedged or conditional. */
export const HEDGES = new Set([
  "will",
  "would",
  "shall",
  "'ll",
  "intends",
  "intend",
  "intended",
  "intending",
  "plans",
  "plan",
  "planned",
  "planning",
  "scheduled",
  "expects",
  "expect",
  "expected",
  "considering",
  "consider",
  "considers",
  "considered",
  // ("Thailand is studying its accession to X", "Egypt is examining ratification"; not "a study", a noun.)
  "studying",
  "examining",
  "exploring",
  // ("assess Canada's accession to X", "is evaluating ratification": weighing the act.)
  "assess",
  "assesses",
  "assessing",
  "evaluate",
  "evaluates",
  "evaluating",
  "whether",
  "may",
  "might",
  "could",
  "can",
  "once",
  "unless",
  "if",
  "need",
  "needs",
  "ready",
  "prepared",
  "soon",
  "process",
  "seeks",
  "seek",
  "aims",
  "aim",
  "hopes",
  "hope",
  "thoughts",
  "preparing",
  "prepares",
  "wishes",
  "wants",
  "going",
  "about",
  "decided",
  "decides",
  "agreed",
  "undertook",
  "promised",
  "promises",
  "pledged",
  "pledges",
  "committed",
  "commits",
  "announced",
  "move",
  "moving",
  "towards",
  "toward",
  "should",
  "must",
  "urged",
  "invited",
]);
