import { canBeBound, isOrganisationAcronym } from "../lexicon/organisations";
import type { Commitment } from "../model";
import { WITHDRAWAL } from "../stages/linkParts";
import { UNTIL_NOW } from "../stages/polarity";

/**
 * Record-level refiners, run in order over one document's records (see pipeline.ts).
 * Each takes the records and returns the records it keeps, tagging what it changed.
 */
export type Refiner = (records: Commitment[]) => Commitment[];

const WHITE_SPACE_RUN = /\s+/gu;
/** What folding white space changes: two white-space characters in a row, or one that is not a space. */
const UNFOLDED_SPACE = /\s\s|[^\S ]/u;

function instrumentKey(c: Commitment): string {
  if (c.instrumentId !== null && c.instrumentId !== undefined) return c.instrumentId;
  const lower = c.instrument.toLowerCase();
  return UNFOLDED_SPACE.test(lower) ? lower.replace(WHITE_SPACE_RUN, " ") : lower;
}

/** The act a record states, without its polarity: actor, action and instrument. */
function actKey(c: Commitment): string {
  return `${c.actor}|${c.action}|${instrumentKey(c)}`;
}

/** Acts that bind a party to a treaty but only adhere to a declaration or a code: signing, joining, being "party" to it. */
const ADHERING_ACTS = new Set(["signed", "acceded", "party"]);

/** A catalogued text of no treaty kind (a code of conduct, a compact, guidelines): adhered to, never ratified ("rejoined the Compact"). */
const politicalText = (c: Commitment) => c.instrumentType === "other" && c.instrumentId !== null;

/**
 * Signing a declaration or a set of principles is adherence to it: `endorsed`, not a treaty signature; so is joining it or
 * being "party" to it ("remain outside the Code", "acceded to the Code").
 */
export const signedDeclarationIsEndorsed: Refiner = (records) =>
  records.map((c) =>
    ADHERING_ACTS.has(c.action) && (c.instrumentType === "declaration" || c.instrumentType === "principles" || politicalText(c))
      ? { ...c, action: "endorsed", stages: [...c.stages, "refine:signed-declaration"] }
      : c,
  );

/** The stage of a record whose negation "until now" bounds. */
const UNTIL_NOW_STAGE = `polarity:negated(${UNTIL_NOW})`;

/** The stage of a record made from a withdrawal ("withdrew from X": not party). */
const WITHDRAWAL_STAGE = `polarity:negated(${WITHDRAWAL})`;

/** Records without the `superseded` ones (pending ratifications, withdrawals) whose act another record of the document affirms. */
function withoutSuperseded(records: readonly Commitment[], superseded: (c: Commitment) => boolean): Commitment[] {
  const affirmed = records.filter((c) => c.polarity === "affirmed");
  const claimed = new Set(affirmed.map(actKey));
  // A state "not party until now" is superseded by any consent to be bound the document states; a withdrawal only by the
  // same act again ("is again a Contracting State"), never by the ratification it ended.
  // (So is a signature's pending ratification: "A signed X subject to ratification … A is now among its Contracting States".)
  const bound = new Set(affirmed.map(boundKey));
  const anyConsent = (c: Commitment) =>
    c.stages.includes(UNTIL_NOW_STAGE) || c.stages.includes(PENDING_STAGE) || c.stages.includes(DOMESTIC_APPROVAL_STAGE) || quotedWithdrawal(c);
  return records.filter((c) => !superseded(c) || !(anyConsent(c) ? bound.has(boundKey(c)) : claimed.has(actKey(c))));
}

/** The stage of a signature's ratification still to come ("signed X subject to ratification"). */
const PENDING_STAGE = "link:pending";
/** The stage of an act a domestic body approved, still to be done ("the Cabinet approved ratification of X"). */
const DOMESTIC_APPROVAL_STAGE = "link:domestic-approval";

/** Opening quotation marks. */
const QUOTES_OPENING = /["“]/u;
const WITHDRAWAL_WORDS = /(?<!\w)(?:withdr[ae]wn?|withdrawing|denounced|pulled\sout)(?!\w)/iu;

/**
 * 'A commentator said that Myanmar "has quietly withdrawn from the convention"': a withdrawal only reported in quotation marks is
 * a claim, which the document's own statement that the state is bound ("Myanmar ratified the Convention in 2012, and no
 * notification of withdrawal has been received") outweighs.
 */
function quotedWithdrawal(c: Commitment): boolean {
  if (!c.stages.includes(WITHDRAWAL_STAGE)) return false;
  const open = c.source.quote.search(QUOTES_OPENING);
  return open >= 0 && WITHDRAWAL_WORDS.test(c.source.quote.slice(open));
}

const BINDING = new Set(["ratified", "acceded", "party"]);

/** actKey, with ratifying, acceding and being party one act: consent to be bound (a state "not party until now" that ratified). */
function boundKey(c: Commitment): string {
  return BINDING.has(c.action) ? `${c.actor}|bound|${instrumentKey(c)}` : actKey(c);
}

/**
 * A document that both claims an act and hedges or denies the same act ("welcomed today's
 * ratification by X" ... "once X deposits its instrument of ratification") has not established
 * it: the hedged record stays, the affirmed one goes (a wrong "ratified" is the worst error).
 * A hedge whose actor is only a reference ("the government's refusal to sign", "we") does not
 * outweigh a claim that names its actor ("U.S. Secretary of State John Kerry signed the treaty").
 */
export const hedgedClaimWins: Refiner = (input) => {
  // "deposited its instrument of ratification of X, which it had signed, subject to ratification, in 2006": the pending
  // ratification of a signature is no hedge on the ratification the document says is done; it goes.
  // (As is a domestic body's approval of the act, "the Cabinet approved ratification in March", where the document says the
  // instrument was later deposited.)
  const pendingOf = (c: Commitment) => c.polarity === "planned" && (c.stages.includes(PENDING_STAGE) || c.stages.includes(DOMESTIC_APPROVAL_STAGE));
  // So is a withdrawal ("Ecuador, which denounced the Convention in 2009, ratified it again … and is again a Contracting State"): it
  // ended a past act, and where the document says the act holds again, it goes too.
  // And a state that "until now" was not so ("until now it had not been a State Party") where the document says it is now.
  const superseded = (c: Commitment) => pendingOf(c) || c.stages.includes(WITHDRAWAL_STAGE) || c.stages.includes(UNTIL_NOW_STAGE);
  // "was proud to co-sponsor L.12 and would co-sponsor the text again in plenary": the act to be done again, in the sentence that
  // says it was done, repeats it; it is neither a hedge on it nor a record of its own.
  const claimedIn = new Set(input.filter((c) => c.polarity === "affirmed").map((c) => `${actKey(c)}|${c.source.start}`));
  const repeat = (c: Commitment) => c.polarity === "planned" && claimedIn.has(`${actKey(c)}|${c.source.start}`) && AGAIN.test(c.source.quote);
  const kept = input.some(repeat) ? input.filter((c) => !repeat(c)) : input;
  const records = kept.some(superseded) ? withoutSuperseded(kept, superseded) : kept;
  // Each record's key is made once: hedged acts first, then (only if there are any) the claims.
  const hedged = new Map<string, boolean>();
  for (const c of records) {
    if (c.polarity === "affirmed" || c.stages.includes(WITHDRAWAL_STAGE) || pastPlan(c)) continue;
    const key = actKey(c);
    hedged.set(key, (hedged.get(key) ?? false) || !referencedActor(c));
  }
  if (hedged.size === 0) return records.slice();
  return records.filter((c) => {
    if (c.polarity !== "affirmed") return true;
    const explicitHedge = hedged.get(actKey(c)) ?? hedgedByShorterName(hedged, c);
    return explicitHedge === undefined || (!explicitHedge && !referencedActor(c));
  });
};

/**
 * '"Canada ratified the WHO Pandemic Agreement" … Canada has not ratified the Agreement': an uncatalogued name and the same name
 * without its first words (the reference resolved to a shorter mention of it) are one instrument.
 */
function hedgedByShorterName(hedged: ReadonlyMap<string, boolean>, c: Commitment): boolean | undefined {
  if (c.instrumentId !== null && c.instrumentId !== undefined) return undefined;
  const prefix = `${c.actor}|${c.action}|`;
  const name = instrumentKey(c);
  for (const [key, byReference] of hedged) {
    if (!key.startsWith(prefix)) continue;
    const other = key.slice(prefix.length);
    const [short, long] = other.length < name.length ? [other, name] : [name, other];
    if (short.includes(" ") && long.endsWith(` ${short}`) && nameModifiers(long.slice(0, long.length - short.length - 1))) return byReference;
  }
  return undefined;
}

/** "who", "un": an organisation's acronym qualifying a name ("the WHO Pandemic Agreement"), not a name of its own. */
function nameModifiers(words: string): boolean {
  return isOrganisationAcronym(words);
}

const AGAIN = /(?<!\w)again(?!\w)/iu;

/** A plan told in the past perfect: "The State of Qatar had announced its intention to accede to the two Covenants" (before it did). */
const PAST_PLAN =
  /(?<!\w)had\s+(?:(?:already|earlier|previously|publicly|formally|also)\s+)?(?:announced|expressed|declared|stated|signalled|signaled|pledged|promised|decided|planned|intended)(?!\w)/iu;

/** A planned record whose plan the text tells in the past perfect: background to what was done since, no hedge on it. */
function pastPlan(c: Commitment): boolean {
  return c.polarity === "planned" && PAST_PLAN.test(c.source.quote);
}

/** The actor came from a reference the resolver chose ("the government", "they", "we"), not a name. */
function referencedActor(c: Commitment): boolean {
  return c.stages.some((s) => s === "actor:anaphor" || s === "actor:pronoun" || s === "actor:speaker");
}

/**
 * One record per act and document: a repeat of the same (actor, action, instrument, polarity)
 * keeps the first statement and borrows a date from a later one that gives it. A repeat with a
 * *different* date is kept: the sources disagree, and the gap engine must see it. Not within one sentence, where the first states
 * the act and a later clause a step of the same act ("Korea ratified X in 1997, and the two countries exchanged instruments of
 * ratification in 2000": Korea's ratification is of 1997).
 */
export const oneRecordPerAct: Refiner = (records) => {
  const first = new Map<string, Commitment>();
  const out: Commitment[] = [];
  for (const c of records) {
    const base = `${actKey(c)}|${c.polarity}`;
    const earlier = first.get(base);
    const key = earlier?.date && c.date && earlier.date !== c.date && earlier.source.start !== c.source.start ? `${base}|${c.date}` : base;
    const kept = first.get(key);
    if (!kept) {
      first.set(key, c);
      out.push(c);
    } else if (!kept.date && c.date) {
      kept.date = c.date;
      kept.stages.push("refine:date-from-repeat");
    }
  }
  return out;
};

/** A resolution's number in its name: "General Assembly resolution 68/262", "resolution 2334 (2016)", "S/RES/2334 (2016)". */
const RESOLUTION_NUMBER = /(?<!\w)(?:resolution\s+|RES\/)(\d{1,4}(?:\/\d{1,4})?)(?!\w)/iu;

/** A resolution by its number, whatever words name its body ("Security Council resolution 2334" and "resolution 2334"), else its text. */
export function resolutionKey(text: string): string {
  const numbered = RESOLUTION_NUMBER.exec(text)?.[1];
  return numbered !== undefined ? `resolution ${numbered}` : text.toLowerCase();
}

/** The text a record is on, as its adoption and its votes name it: a resolution by its number (resolutionKey). */
function adoptedTextKey(c: Commitment): string {
  return `${c.source.doc}|${c.instrumentId ?? (c.instrumentType === "resolution" ? resolutionKey(c.instrument) : c.instrument.toLowerCase())}`;
}

/**
 * A vote is cast at the text's adoption: a vote the document dates only by its own date ("date:document") takes the day the
 * document states for the adoption of the same text ("The Council adopted on Thursday the draft (A/HRC/48/L.11) … The Netherlands …
 * voted in favour").
 */
/** The rules that read a vote: its record is dated by the text's adoption. */
const VOTE_LINKS = ["link:vote-verb", "link:vote-list", "link:vote-relative", "link:vote-coordinated"];

export function votesOnAdoptionDay(records: Commitment[]): Commitment[] {
  const adopted = new Map<string, string>();
  for (const c of records) {
    if (c.action !== "adopted" || c.polarity !== "affirmed" || !c.date) continue;
    if (!c.stages.some((x) => x === "date:stated" || x === "date:relative")) continue;
    const key = adoptedTextKey(c);
    if (!adopted.has(key)) adopted.set(key, c.date);
  }
  if (adopted.size === 0) return records;
  // (Else the adoption the document reports as its news of a text it names by description only, told before the vote and dated by
  // the document's own day: "The Assembly on Tuesday adopted a resolution on X by 129 votes to 13 … The resolution, A/79/L.41, …
  // Abstaining were A, B": the last such adoption before it, if within NEWS_DAYS before the document's day. A text with a number or
  // symbol, "Recommendation 24.COM 2", is another text than the vote's if their keys differ.)
  const days = records.filter(
    (c) => c.action === "adopted" && c.polarity === "affirmed" && c.date?.length === 10 && c.stages.includes("date:relative") && !DIGIT.test(c.instrument),
  );
  return records.map((c) => {
    if (c.action !== "supported") return c;
    // ("which abstained on resolution 78/127 two years ago": a year the adoption's day falls in, made precise by it.)
    if (c.date?.length === 4 && c.stages.includes("date:relative")) {
      const day = adopted.get(adoptedTextKey(c));
      return day?.startsWith(c.date) ? { ...c, date: day, stages: c.stages.map((x) => (x === "date:relative" ? "date:adoption" : x)) } : c;
    }
    // (A vote undated in a document of no date of its own likewise: "A voted in favour" after "X was adopted on 19 December 2016".)
    const undated = c.date === null && c.stages.includes("date:none") && VOTE_LINKS.some((x) => c.stages.includes(x));
    if (!c.stages.includes("date:document") && !undated) return c;
    const day = adopted.get(adoptedTextKey(c)) ?? (undated ? undefined : reportedAdoption(days, c));
    const stage = undated ? "date:none" : "date:document";
    return day && day !== c.date ? { ...c, date: day, stages: c.stages.map((x) => (x === stage ? "date:adoption" : x)) } : c;
  });
}

/** The day of the last adoption told before vote `c` in its document, if within NEWS_DAYS before the document's day (c's date). */
function reportedAdoption(adoptions: readonly Commitment[], c: Commitment): string | undefined {
  if (c.date?.length !== 10) return undefined;
  const own = Date.parse(c.date);
  let day: string | undefined;
  for (const a of adoptions) {
    if (a.source.doc !== c.source.doc || a.source.start >= c.source.start) continue;
    const gap = (own - Date.parse(a.date as string)) / 86400000;
    day = gap >= 0 && gap <= NEWS_DAYS ? (a.date as string) : undefined;
  }
  return day;
}
const NEWS_DAYS = 45;
const DIGIT = /\d/u;

/** In order: what an act *is* first, then which acts stand, then duplicates, then the day of the votes that stand. */
/**
 * "President X today signed the instrument of accession to Y. … Zambia will become a State Party only when its instrument is
 * deposited": a signed instrument is an act once deposited; where the text says that consent to be bound is still to come (or not
 * given), the signature is a domestic step, and its record goes. Where the text says nothing of it, the signature stands for the act
 * (a signing ceremony of an instrument of accession is how some treaties are joined).
 */
export const signedInstrumentAwaitsDeposit: Refiner = (input) => {
  const signed = (c: Commitment) => c.polarity === "affirmed" && c.stages.includes(SIGNED_INSTRUMENT_STAGE);
  if (!input.some(signed)) return input.slice();
  const pending = new Set(input.filter((c) => c.polarity !== "affirmed" && BINDING.has(c.action)).map(boundKey));
  return input.filter((c) => !(signed(c) && pending.has(boundKey(c))));
};
const SIGNED_INSTRUMENT_STAGE = "link:signed-instrument";

/**
 * "deposited its instrument of accession with the Director General of WIPO", "Ratification registered by the ILO Director-General",
 * "ILO Conventions are not open for signature; they are ratified": an organisation that can be bound by no treaty (its depositary,
 * its secretariat, a body of States) ratifies, accedes to or is party to none, whichever rule read it as the act's actor; nor has
 * it not done so, nor will it ("Namibia has submitted the Convention but not yet ratified it" after the ILO was named).
 */
export const onlyTheBoundCanBeBound: Refiner = (records) => records.filter((c) => !BOUND_ACTS.has(c.action) || canBeBound(c.actor));
const BOUND_ACTS: ReadonlySet<string> = new Set(["ratified", "acceded", "party"]);

/**
 * "Iran remains a party to the NPT, which it ratified in 1970", "Deposited on 13 November 2023 … With this deposit, Timor-Leste
 * becomes the 177th State Party": a State is a party by the act that bound it, so an undated party record takes the day the
 * document gives for that State's ratification or accession of the same text (only where it gives one day).
 */
export const partyDatedByItsAct: Refiner = (records) => {
  const stateTextKey = (c: Commitment) => `${c.source.doc}|${c.actor}|${instrumentKey(c)}`;
  const days = new Map<string, string | null>();
  for (const c of records) {
    if (c.polarity !== "affirmed" || (c.action !== "ratified" && c.action !== "acceded") || !c.date) continue;
    const key = stateTextKey(c);
    const day = days.get(key);
    days.set(key, day === undefined || day === c.date ? c.date : null);
  }
  if (days.size === 0) return records;
  return records.map((c) => {
    if (c.action !== "party" || c.polarity !== "affirmed" || c.date) return c;
    const day = days.get(stateTextKey(c));
    return day ? { ...c, date: day, stages: [...c.stages.filter((x) => x !== "date:none"), "date:from-act"] } : c;
  });
};

/** The rules that read a State's act from its instrument's kind ("deposited its instrument of ratification", "whose instrument of accession"). */
const INSTRUMENT_KIND_LINKS = new Set(["link:possessive", "link:deposit-subject"]);

/**
 * "two States had joined the Treaty: the Philippines, which deposited its instrument of ratification …": a list's general word for
 * its members' act ("joined") and a member's own instrument's kind in the same sentence say one act; the kind is the act.
 */
export const instrumentKindWins: Refiner = (records) => {
  const joined = (c: Commitment) => c.polarity === "affirmed" && (c.action === "acceded" || c.action === "ratified");
  if (records.filter(joined).length < 2) return records;
  const key = (c: Commitment) => `${c.actor}|${instrumentKey(c)}|${c.source.start}`;
  const byKind = new Map<string, Set<string>>();
  for (const c of records)
    if (joined(c) && c.stages.some((x) => INSTRUMENT_KIND_LINKS.has(x))) byKind.set(key(c), (byKind.get(key(c)) ?? new Set()).add(c.action));
  if (byKind.size === 0) return records;
  // (Only a list's general word gives way: "accepted X in 2016, … and rejoined it by depositing a new instrument of acceptance in 2021"
  // states two acts.)
  return records.filter((c) => {
    const kinds = joined(c) && c.stages.includes("link:member-list") ? byKind.get(key(c)) : undefined;
    return !kinds || kinds.size !== 1 || kinds.has(c.action);
  });
};

export const RECORD_REFINERS: readonly Refiner[] = [
  signedDeclarationIsEndorsed,
  onlyTheBoundCanBeBound,
  signedInstrumentAwaitsDeposit,
  instrumentKindWins,
  hedgedClaimWins,
  oneRecordPerAct,
  partyDatedByItsAct,
  votesOnAdoptionDay,
];
