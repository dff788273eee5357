import { ORGANISATIONS } from "../lexicon/organisations";
import { isBareDeposit } from "../lexicon/cues";
import { DASHES, QUOTE_MARKS, type Token } from "../text/tokens";
import { organisationAt, SPEAKING_FOR, type ActorMention } from "./actors";
import type { CueMention } from "./cues";
import { companionLeadBefore, type ActorGroup } from "./groups";
import type { InstrumentMention } from "./instruments";
import { groupBefore, groupStartingAt, listAfter, listStart, representedBefore } from "./groupQueries";
import { copulaList, COUNT_WORD, followingSubjectIn, GENERIC_HEADS, GROUP_HEADS, listNaming, trailingList } from "./memberLists";
import { ADVERB, draft, instrumentNear, isClauseEnd, objectsAfter, POSSESSIVE_FILLER, redraft, type Draft, type Rule, type Sentence } from "./linkParts";
import { BINDING_ACTIONS, type Polarity } from "../model/vocabulary";
import { conditionalAct, conditionOpenerBefore, DETERMINERS, negatedSubject, polarityBefore, POSSESSIVE_PRONOUNS } from "./polarity";
import { dashEntry } from "./dashEntries";

/**
 * Nominal acts: the act is a noun ("ratification", "instrument of accession") and its agent comes
 * through a possessive, "of", "by"/"from", the subject of a deposit, a catalogued resolution's
 * body, or the state reporting its own pending act ("Colombia said the ratification process …").
 */

/**
 * "Recent ratifications include A, B", "Earlier ratifications were those of A (May 2023), B (June 2024)", "The most recent
 * accessions to the Protocol were those of A, in 2022, and B": a plural act noun is the subject of a copula whose list did the act.
 */
function actNounSubject(s: Sentence, cue: CueMention): Draft | null {
  if (cue.def.form !== "noun" || !(s.tokens[cue.to - 1] as Token).lower.endsWith("s")) return null;
  // The noun heads the subject: no actor before it ("A's ratifications") and no other cue between it and the copula.
  if (s.groups.some((g) => g.from < cue.from) || s.tokens[cue.to]?.lower === "by") return null;
  const list = copulaList(s, cue.to);
  if (!list || s.cues.some((c) => c.from >= cue.to && c.from < list.from)) return null;
  const objects = objectsAfter(s, cue.to, list.from);
  return draft(s, cue, "noun-copula-list", list, objects.slice(0, 1), objects.length === 0, s.from);
}

/**
 * "The Office has registered the following ratifications of X: - A, 12 June 2023 - B, 14 June 2023", "We received the following
 * new accessions: A and B": a plural act noun after "the following" is done by the list the colon or dash after it opens (whoever
 * the clause's subject is: the registry, not an actor).
 */
function followingActNouns(s: Sentence, cue: CueMention): Draft | null {
  if (cue.def.form !== "noun" || !(s.tokens[cue.to - 1] as Token).lower.endsWith("s")) return null;
  const lead = FOLLOWING_ADJECTIVES.has(s.tokens[cue.from - 1]?.lower ?? "") ? cue.from - 2 : cue.from - 1;
  if (s.tokens[lead]?.lower !== "following" || s.tokens[lead - 1]?.lower !== "the") return null;
  const objects = objectsAfter(s, cue.to, s.to);
  const list = trailingList(s, objects.length > 0 ? (objects[0] as InstrumentMention).to : cue.to);
  if (!list || s.cues.some((c) => c.from >= cue.to && c.from < list.from)) return null;
  return draft(s, cue, "member-list", list, objects.slice(0, 1), objects.length === 0, lead - 1);
}
/** Words between "the following" and its act noun ("the following new ratifications"). */
const FOLLOWING_ADJECTIVES = new Set(["new", "further", "additional", "recent", "latest"]);

/** Verbs that complete an act named by its noun: "registered the ratification of", "completed the accession to". */
/** Last words of a party's procedures for a bilateral agreement ("its internal procedures"), which it completes as it ratifies. */
const PROCEDURE_HEADS = new Set(["procedures", "procedure", "requirements"]);
/** Words before "the accession of A" that take the act as done: a welcome, a time after it. */
const DONE_ACT_LEADS = new Set([
  "welcome",
  "welcomes",
  "welcomed",
  "welcoming",
  "following",
  "after",
  "since",
  "upon",
  "with",
  "celebrate",
  "celebrated",
  "hailed",
]);
/** A register's verbs before "for" and the states an act noun was recorded for ("were registered for A and B"). */
const REGISTERING = new Set(["registered", "recorded"]);
/** Act nouns whose "of" names the acting states ("the accessions of A and B"). */
const BINDING_ACT_NOUNS = new Set(["ratification", "ratifications", "accession", "accessions"]);
/** Verbs of weighing an act still to come ("considering ratification of X"). */
const WEIGHING_VERBS = new Set(["considering", "studying", "examining", "contemplating", "weighing", "exploring", "reviewing"]);
/** Words between a subject and its weighing verb ("was not currently", "is, however,"). */
const WEIGHING_AUXILIARIES = new Set(["is", "are", "was", "were", "not", "currently", "still", "now", "also", "however", "actively", "seriously"]);
const COMPLETING_VERBS = new Set(["registered", "completed", "lodged", "finalised", "finalized", "effected", "concluded"]);
/** Words between a subject and its verb ("has completed", "has not yet registered"); the negation is read by the polarity window. */
const PERFECT_AUXILIARIES = new Set(["has", "have", "had", "not", "yet", "never", "already", "also", "now", "still", "hasn't", "haven't"]);

/**
 * A counted or generic subject's deposit, done by the members a list after it names ("Three States have deposited instruments of
 * ratification of X: A, B and C"): on the catalogued instrument named between the act and the list, else on the topic (an
 * uncatalogued name there may be cut short, "the Protocol of Amendment inserting …").
 */
function depositByMembers(s: Sentence, cue: CueMention, members: ActorGroup): Draft | null {
  // ("The following States have deposited instruments: - A (accession, 22 January 2019); - B (ratification pending)": items that
  // say their own kind of act in brackets are read one by one, not as the bare deposit of the head.)
  if (isBareDeposit(cue.def) && members.members.some((m) => ownActInBrackets(s, m.to))) return null;
  const named = objectsAfter(s, cue.to, members.from).filter((m) => m.entry !== null);
  return draft(s, cue, "member-list", members, named.slice(0, 1), named.length === 0, s.from);
}

/** Act words a list item's brackets may give it ("(accession, 22 January 2019)", "(ratification pending)", "(signature)"). */
const OWN_ACT_WORDS = new Set(["accession", "ratification", "acceptance", "approval", "signature", "succession", "pending"]);
/** How far into its brackets an item's act word may be. */
const OWN_ACT_REACH = 4;

/** Does a bracket right after a list item (ending at `at`) say an act of its own? */
function ownActInBrackets(s: Sentence, at: number): boolean {
  if (s.tokens[at]?.text !== "(") return false;
  for (let k = at + 1; k < s.to && k - at <= OWN_ACT_REACH && s.tokens[k]?.text !== ")"; k++) if (OWN_ACT_WORDS.has((s.tokens[k] as Token).lower)) return true;
  return false;
}

/** The "who" or "which" that opens the clause of token `at` (no comma between), or -1. */
function relativeSubjectBefore(s: Sentence, at: number): number {
  for (let k = at - 1; k >= s.from && at - k <= 8; k--) {
    const w = (s.tokens[k] as Token).lower;
    if (w === "who" || w === "which") return k;
    if (w === "," || w === ";") return -1;
  }
  return -1;
}

/** Nominal acts: "ratification by X of Y", "X's accession to Y", "its support for Y", "support from X". */
/** Nouns an act noun may modify, naming something else than the act ("accession working group", "signing ceremony"). */
const MODIFIED_NOUNS = new Set([
  "working",
  "group",
  "process",
  "negotiations",
  "talks",
  "procedure",
  "procedures",
  "bill",
  "package",
  "request",
  "application",
  "roadmap",
  "committee",
  "ceremony",
  "event",
  "campaign",
]);

export const nominal: Rule = (s, cue) => {
  if (cue.def.form !== "noun" && cue.def.form !== "deposit") return null;
  const listed = digestEntry(s, cue) ?? actNounSubject(s, cue) ?? followingActNouns(s, cue);
  if (listed) return listed;
  // "Uzbekistan's accession to the World Trade Organization", "its accession to the EU": membership of an organisation, no treaty act.
  // (Not an organisation's name that opens a text's: "accession to the OECD Convention on …", "to the United Nations Convention on …".)
  const joined = s.tokens[cue.to + 1]?.lower === "the" ? cue.to + 2 : cue.to + 1;
  if (s.tokens[cue.to]?.lower === "to" && organisationAt(s.tokens, joined) && !s.instruments.some((m) => m.from <= joined && joined < m.to)) return null;
  let agents: ActorGroup | null = null;
  let rule = "";
  let byAt = -1;
  // "its ratification by Peru": the pronoun is the instrument, named in the sentence or before it (the topic); "their"
  // may be plural instruments the sentence does not name, so it takes no topic.
  let ownedBy: string | null = null;
  // Possessive before: "X's (recent) CUE", "its/their/his country's CUE".
  for (let i = cue.from - 1; i >= Math.max(s.from, cue.from - 4); i--) {
    const t = s.tokens[i] as Token;
    if (t.text === "'s" || t.text === "'") {
      agents = s.groups.find((g) => g.to === i || g.to === i + 1) ?? null;
      rule = "possessive";
      break;
    }
    const poss = s.groups.find((g) => g.to === i + 1 && g.members.some((m) => m.kind === "possessive"));
    if (poss) {
      // ("the Russian Federation's revocation of its ratification": "its" is the owner of the noun it follows.)
      const owner =
        s.tokens[poss.from - 1]?.lower === "of" && s.tokens[poss.from - 3]?.text === "'s" ? s.groups.find((g) => g.to === poss.from - 3) : undefined;
      agents = owner ?? poss;
      rule = "possessive";
      break;
    }
    // "We reaffirm our commitment to X": "our" is the speaker's who is the clause's subject ("we"), as "its" is the state's.
    if (t.lower === "our" || t.lower === "my") {
      const speaker = s.groups.filter((g) => g.to <= i && g.members.some((m) => m.kind === "speaker")).pop();
      if (speaker && !s.tokens.slice(speaker.to, i).some((x) => x.text === "," || x.text === ";")) {
        agents = speaker;
        rule = "possessive";
      }
      break;
    }
    if (!POSSESSIVE_FILLER.test(t.lower)) break;
  }
  // "By depositing its instrument of ratification …, Germany sent a signal": the opening gerund's "its" is the main subject's.
  if (
    agents &&
    rule === "possessive" &&
    agents.members.length === 1 &&
    agents.members[0]?.kind === "possessive" &&
    /^(?:its|their)$/u.test(s.tokens[agents.from]?.lower ?? "")
  ) {
    const main = gerundOpeningSubject(s, agents.from) ?? negatedDepositor(s, agents.from);
    if (main) agents = main;
    // "China and Indonesia, …, and who have not yet expressed their consent to be bound by X": a relative's "their" is its
    // antecedent's (the names before "who"), never a state of another sentence.
    else {
      const who = relativeSubjectBefore(s, agents.from);
      if (who >= 0) {
        const antecedent = s.groups.filter((g) => g.to <= who && g.members.some((m) => m.actor?.kind === "state")).pop();
        if (!antecedent) return null;
        agents = { ...antecedent, eligible: true };
      }
    }
  }
  // "Fifteen, most of them small island States, deposited their instruments of ratification the same day, including A, B":
  // "their" is a count or generic subject's, whose members the clause lists.
  if (agents && cue.def.form === "deposit" && isPronounGroup(s, agents) && countOrGenericSubject(s, agents.from)) {
    const members = trailingList(s, cue.to);
    if (members) return depositByMembers(s, cue, members);
  }
  // "Following its ratification by Peru, the Convention …": a possessive pronoun with a by-agent is the instrument's (what was ratified), not the actor's.
  if (agents && rule === "possessive" && s.tokens[cue.to]?.lower === "by" && isPronounGroup(s, agents)) {
    const g = groupStartingAt(s, cue.to + 1, 1);
    if (g) {
      agents = g;
      rule = "nominal-by";
      byAt = cue.to;
      ownedBy = s.tokens[cue.from - 1]?.lower ?? null;
    }
  }
  // "the accession of X to Y": an actor right after "of".
  if (!agents && s.tokens[cue.to]?.lower === "of") {
    const g = groupStartingAt(s, cue.to + 1, 1);
    // "The instrument of ratification of Malawi was received by the depositary on 3 April 2023", "… of Côte d'Ivoire was deposited
    // on 22 January 2025": the state's deposit, on the text the sentence or the text names.
    const received = g && cue.def.form === "deposit" && g.members.every((m) => m.actor?.kind === "state") ? passiveDepositAfter(s, g.to) : null;
    if (g && received) {
      const objects = objectsAfter(s, g.to, s.to);
      const d = draft(s, cue, "nominal-of", g, objects.slice(0, 1), objects.length === 0, Math.max(s.from, cue.from - 3));
      return received.polarity === "affirmed" || d.polarity !== "affirmed" ? d : redraft(d, { polarity: received.polarity, polarityBy: received.by });
    }
    if (g && ["to", "of"].includes(s.tokens[g.to]?.lower ?? "")) {
      agents = g;
      rule = "nominal-of";
      const objects = objectsAfter(s, g.to, s.to);
      if (objects.length > 0) return approvedDraft(s, draft(s, cue, rule, g, objects.slice(0, 1), false, Math.max(s.from, cue.from - 3)), cue.from);
    }
    // "following the accessions of Bangladesh and Liberia, both deposited on 26 June 2023", "The ratifications of Chile and Peru
    // brought the number of Parties to X to 50": the act of the states named, on the instrument the sentence names (or the text's).
    // (Only where the act is presupposed done: "welcome the accession of A", "following the ratifications of A and B"; not "The
    // Accession of A means …" of an accession the text has said is to come. The instrument is the one the sentence names before the act:
    // "welcome the accession of A and congratulate B on its ratification of Y" is not A's accession to Y.)
    const listed = g && !["to", "of"].includes(s.tokens[g.to]?.lower ?? "") && g.members.every((m) => m.actor?.kind === "state");
    const done = s.tokens[cue.from - 1]?.lower === "the" && DONE_ACT_LEADS.has(s.tokens[cue.from - 2]?.lower ?? "");
    if (g && listed && done && BINDING_ACT_NOUNS.has((s.tokens[cue.from] as Token).lower)) {
      const named = s.instruments.filter((m) => m.type !== "resolution");
      const object = named.length === 1 && (named[0] as InstrumentMention).to <= cue.from ? named : [];
      if (object.length === 1) return approvedDraft(s, draft(s, cue, "nominal-of", g, object, false, Math.max(s.from, cue.from - 3)), cue.from);
    }
  }
  // "CUE by X", "CUE of Y by X", "support from X".
  // (Not an act noun that modifies another: "the accession working group, chaired by Japan", "the signing ceremony hosted by B".)
  if (!agents && !MODIFIED_NOUNS.has(s.tokens[cue.to]?.lower ?? "")) {
    for (let i = cue.to - 1; i < Math.min(s.to, cue.to + 25); i++) {
      const t = s.tokens[i] as Token;
      // ("Ratifications of X were registered for A, B and C": the depositary's register names whose they are.)
      const registeredFor = t.lower === "for" && REGISTERING.has(s.tokens[i - 1]?.lower ?? "") && BINDING_ACT_NOUNS.has((s.tokens[cue.from] as Token).lower);
      if ((t.lower === "by" || t.lower === "from" || registeredFor) && i >= cue.to - 1) {
        const g = groupStartingAt(s, listStart(s, i), 2); // "co-sponsored by, among others, A, B and C"
        if (g) {
          // ("… have been deposited by: ¶ - Uruguay, 18 November 2016; ¶ - Costa Rica, …": the list after the colon.)
          agents = s.tokens[i + 1]?.text === ":" ? listAfter(s, g) : g;
          byAt = i;
          rule = "nominal-by";
          break;
        }
        // "co-sponsored by more than 50 countries, including A and B": the members the generic agent names; "sponsored by the core
        // group of A, B and C": the members of a group.
        const members = t.lower === "by" ? (namedMembers(s, i + 1) ?? groupOf(s, i + 1) ?? representativeOf(s, i + 1)) : null;
        if (members) {
          agents = members;
          byAt = i;
          rule = "nominal-by";
          break;
        }
        // "co-sponsored by 94 countries, said … the aggression by Russia": the agent was a count; a later "by" is another phrase's.
        if (t.lower === "by" && /^(?:\d+|several|many|some|other|a|all|the)$/u.test(s.tokens[i + 1]?.lower ?? "")) break;
      }
      if (i > cue.to && s.cues.some((c) => c.from === i)) break;
    }
  }
  // "Colombia said the ratification process should be speeded up", "Canada said he anticipates
  // ratification", "In A and B the ratification processes have started": the reporting state's act, still to come.
  if (
    !agents &&
    cue.def.form === "noun" &&
    (isPending(s, cue.to) ||
      EXPECTING.has(s.tokens[pastQuote(s, cue.from - 1)]?.lower ?? "") ||
      EXPECTING.has(s.tokens[pastQuote(s, cue.from - 1) - 1]?.lower ?? ""))
  ) {
    const owner = reportingState(s, cue.from);
    if (owner) {
      const objects = objectsAfter(s, cue.to, s.to);
      const d = draft(s, cue, "pending-report", owner, objects.slice(0, 1), objects.length === 0, cue.from);
      return redraft(d, { polarity: d.polarity === "negated" ? "negated" : "planned", polarityBy: d.polarity === "negated" ? d.polarityBy : "process" });
    }
  }
  // "Samoa has started the internal procedures for accession to X": the subject's act, still to come.
  if (!agents && cue.def.form === "noun" && procedureFor(s, cue.from)) {
    const subject = groupBefore(s, cue.from);
    const objects = objectsAfter(s, cue.to, s.to);
    if (subject && subject.to < cue.from) {
      const d = draft(s, cue, "procedure-subject", subject, objects.slice(0, 1), objects.length === 0, subject.from);
      return redraft(d, { polarity: d.polarity === "negated" ? "negated" : "planned", polarityBy: d.polarity === "negated" ? d.polarityBy : "procedure" });
    }
  }
  // "the adoption of UN Security Council Resolutions 1368 and 1373": a catalogued resolution's body adopted it.
  if (!agents && cue.def.action === "adopted") {
    const after = objectsAfter(s, cue.to, s.to);
    // The resolution right after "adoption of", not one further on ("adoption of a convention …, established by resolution 51/210").
    const objects =
      after[0] && after[0].from - cue.to <= 2 && after[0].type === "resolution"
        ? after.filter((m) => m.type === "resolution" && m.entry?.body && ORGANISATIONS.some((o) => o.name === m.entry?.body))
        : [];
    const body = objects[0]?.entry?.body;
    if (body) {
      const own = objects.filter((m) => m.entry?.body === body);
      const first = own[0] as InstrumentMention;
      const mention: ActorMention = { from: first.from, to: first.to, kind: "named", actor: { kind: "organisation", name: body } };
      return draft(s, cue, "adoption-body", { from: first.from, to: first.to, members: [mention], eligible: true }, own, false, Math.max(s.from, cue.from - 3));
    }
  }
  // "Italy registered the ratification of X in 2021", "Kenya has completed the accession to X": a completed act noun is its
  // subject's act (as "its ratification" is the possessor's).
  if (!agents && cue.def.form === "noun" && s.tokens[cue.from - 1]?.lower === "the" && s.tokens[cue.to]?.lower === "of") {
    const verb = cue.from - 2;
    if (COMPLETING_VERBS.has(s.tokens[verb]?.lower ?? "")) {
      let aux = verb;
      while (aux - 1 >= s.from && aux > verb - 4 && PERFECT_AUXILIARIES.has(s.tokens[aux - 1]?.lower ?? "")) aux--;
      const subject = groupBefore(s, aux);
      if (subject && subject.to === aux) {
        agents = representedBefore(s, subject) ?? subject;
        rule = "completed-act";
      }
    }
  }
  // "The Government was, however, considering ratification of X", "India was not considering accession to Y at present": an act its
  // subject weighs, still to come (the verb is a hedge; "not" denies it).
  if (!agents && cue.def.form === "noun" && (s.tokens[cue.to]?.lower === "of" || s.tokens[cue.to]?.lower === "to")) {
    // (A verb in quotation marks is the same verb: 'it was "studying" ratification of X'.)
    const verb = pastQuote(s, s.tokens[cue.from - 1]?.lower === "the" ? cue.from - 2 : cue.from - 1);
    if (WEIGHING_VERBS.has(s.tokens[verb]?.lower ?? "")) {
      let aux = verb;
      while (aux - 1 > s.from && aux > verb - 6 && (WEIGHING_AUXILIARIES.has(s.tokens[aux - 1]?.lower ?? "") || s.tokens[aux - 1]?.text === ",")) aux--;
      const subject = groupBefore(s, aux);
      if (subject && subject.to === aux) {
        agents = representedBefore(s, subject) ?? subject;
        rule = "weighed-act";
      }
    }
  }
  // "Sri Lanka's Cabinet approved ratification of C190", "its parliament had approved accession to X": a domestic body's approval
  // of the State's act, which is still to come (its instrument is deposited later).
  // (Only a ratification or an accession: a signature a Cabinet approves is often made the same week, and said so.)
  if (!agents && cue.def.form === "noun" && (cue.def.action === "ratified" || cue.def.action === "acceded")) {
    const approved = domesticApproval(s, cue.from);
    if (approved) {
      const objects = objectsAfter(s, cue.to, s.to);
      const d = draft(s, cue, "domestic-approval", approved.owner, objects.slice(0, 1), objects.length === 0, approved.owner.from);
      // ("Slovakia's parliament voted against ratification": the body refused it, so the State has not done the act.)
      if (approved.rejected) return redraft(d, { polarity: "negated", polarityBy: "domestic-rejection" });
      return redraft(d, { polarity: d.polarity === "negated" ? "negated" : "planned", polarityBy: d.polarity === "negated" ? d.polarityBy : "domestic" });
    }
  }
  let verbAt = -1;
  // "the instrument of ratification, however, had yet to be deposited": an agentless deposit still to be made is the subject's.
  let passive: PassiveDeposit | null = null;
  if (!agents && cue.def.form === "deposit") {
    // "A deposited with the Secretary General of ICAO in Montréal the instrument of …": the depositary phrase between the verb and
    // the instrument is not the subject; the subject stands before the verb.
    verbAt = depositVerbBefore(s, cue.from);
    // "…, thirty days after the sixth instrument of ratification was deposited": the instrument is the passive's subject, and no
    // one is named as depositing it.
    // (Not a possessed one: "Maldives, whose instrument of ratification was deposited last December".)
    passive = verbAt < 0 && !POSSESSORS.has(s.tokens[cue.from - 1]?.lower ?? "") ? passiveDepositAfter(s, cue.to) : null;
    if (passive?.polarity === "affirmed") return null;
    agents = groupBefore(s, verbAt >= 0 ? verbAt : cue.from);
    // "Norway, as depositary, received the instrument of ratification of Chile", "the depositaries … for their custody of the
    // instruments": who receives or keeps an instrument is its depositary; the state it names after "of" deposited it.
    if (agents && verbAt < 0 && keptBy(s, agents.to, cue.from)) {
      agents = s.tokens[cue.to]?.lower === "of" ? groupStartingAt(s, cue.to + 1, 1) : null;
      if (!agents) return null;
    }
    // "A signed X alongside the ten ASEAN member states and B, C and D, and deposited our instrument …": companions are not the
    // subject of a verb coordinated after them; the clause's subject before the companions' lead is.
    const lead = agents ? companionLeadBefore(s, agents.from) : -1;
    if (lead >= 0) agents = groupBefore(s, lead);
    // "the Permanent Representative of Georgia to the ICAO deposited": Georgia's instrument.
    if (agents) agents = representedBefore(s, agents) ?? agents;
    rule = "deposit-subject";
    // "Fifteen States deposited instruments of ratification, including A, B": a count or generic subject whose members the clause lists.
    if (!agents) {
      const members = countOrGenericSubject(s, cue.from) ? trailingList(s, cue.to) : null;
      if (members) return depositByMembers(s, cue, members);
    }
  }
  if (!agents) return null;
  // "its instrument of ratification had not been deposited", "had yet to be deposited": the possessor's deposit, not made.
  if (rule === "possessive" && cue.def.form === "deposit") passive = passiveDepositAfter(s, cue.to);
  // "Resolution 2347, sponsored by A, condemns … X", "a draft resolution sponsored by A on X": the participle's noun is what was sponsored.
  if (rule === "nominal-by" && s.tokens[cue.to - 1]?.lower === "by") {
    const head = participleHead(s, cue.from);
    // "Amendment 3, tabled by Ms. X, was rejected": a meeting's numbered amendment to the text is sponsored, not the text.
    if (/^\d+$/u.test(s.tokens[head]?.text ?? "") && s.tokens[head - 1]?.text === "Amendment") return null;
    // ("Members of the Council have before them document S/2024/254, the text of a draft resolution submitted by A and B": the
    // unnamed draft in apposition to a document is that document.)
    const named = s.instruments.find((m) => m.from <= head && head < m.to && m.text) ?? documentInApposition(s, head);
    // "drafted by", "prepared by" sponsor only a text ("The text was prepared by A"), not "a report prepared by the ICRC".
    // (And "proposed by": "Eurasian lynx (Appendix II), proposed by A" names no text; "proposed for adoption by A" does.)
    const authoring = AUTHORING.has((s.tokens[cue.from] as Token).lower) && (s.tokens[cue.from]?.lower !== "proposed" || cue.to - cue.from === 2);
    if (authoring && !named && !DOCUMENT_NOUNS.has(s.tokens[head]?.lower ?? "")) return null;
    // ("The Vancouver Principles were developed by Canada": developing a declaration or a treaty is no sponsorship; a draft's is.)
    if (s.tokens[cue.from]?.lower === "developed" && named && named.type !== "resolution") return null;
    // "The text was tabled by A": a reference that found a treaty is the resolution the text is about, if it names one (pipeline.ts).
    const sponsoredText = named?.kind === "anaphor" && named.type !== "resolution" && cue.def.action === "co-sponsored";
    if (named && sponsoredText) return draft(s, cue, rule, agents, [], true, Math.max(s.from, Math.min(agents.from, cue.from) - 3));
    if (named) return draft(s, cue, rule, agents, [named], false, Math.max(s.from, Math.min(agents.from, cue.from) - 3));
    if (DOCUMENT_NOUNS.has(s.tokens[head]?.lower ?? "")) {
      const after = objectsAfter(s, agents.to, s.to)[0];
      // "The draft was tabled by A, B and C.": the definite document is the one the text is about.
      if (!after && s.tokens[head - 1]?.lower === "the" && isClauseEnd(s, agents.to)) return draft(s, cue, rule, agents, [], true, head - 1);
      if (!after || isTopic(s, after.from)) return null; // the unnamed document's topic ("on X") is not what was sponsored
    }
  }
  const stop = s.cues.find((c) => c.from >= cue.to && c.from !== byAt + 1)?.from ?? s.to;
  let objects = objectsAfter(s, byAt >= 0 ? Math.min(cue.to, byAt) : cue.to, Math.max(stop, byAt >= 0 ? agents.to + 1 : 0));
  if (objects.length === 0 && byAt >= 0) objects = objectsAfter(s, agents.to, s.to);
  if (objects.length === 0) {
    const near = instrumentNear(s, cue.from);
    if (near && (rule === "nominal-by" || cue.def.form === "deposit")) objects = [near];
  }
  // "its ratification process has started", "its ratification should be completed by 1996": still to come; so is an act a
  // procedure is for ("the Government has started the internal procedures for accession to X").
  // (Past its object too: "Switzerland's ratification of X is subject to a referendum", "… still awaits the Senate's consent".)
  // "Canada completed its ratification (process) in 2017": the possessor's own act, done, on the instrument the text is about.
  // (Or "the completion of its domestic procedures", "yet to complete its internal procedures", whose polarity is the clause's.)
  const completedOwn =
    rule === "possessive" &&
    (COMPLETING_VERBS.has(s.tokens[agents.from - 1]?.lower ?? "") ||
      // ("… notified the completion of their ratification procedures": the procedures after the act noun.)
      ((PROCEDURE_HEADS.has(s.tokens[cue.to - 1]?.lower ?? "") || PROCEDURE_HEADS.has(s.tokens[cue.to]?.lower ?? "")) &&
        (s.tokens[agents.from - 1]?.lower === "complete" || (s.tokens[agents.from - 1]?.lower === "of" && s.tokens[agents.from - 2]?.lower === "completion"))));
  // ("X still awaits ratification by Chile", "Ratification of X by Chile is still outstanding": the by-agent's act, to come.)
  const awaitedBy =
    rule === "nominal-by" &&
    byAt >= cue.to - 1 &&
    (AWAITED_BEFORE.has(s.tokens[cue.from - 1]?.lower ?? "") ||
      (DETERMINERS.has(s.tokens[cue.from - 1]?.lower ?? "") && AWAITED_BEFORE.has(s.tokens[cue.from - 2]?.lower ?? "")) ||
      awaited(s, Math.max(agents.to, objects[0]?.to ?? 0)));
  const pendingAct =
    !completedOwn &&
    (awaitedBy || (rule === "possessive" && (isPending(s, cue.to) || (objects[0] !== undefined && awaited(s, objects[0].to)))) || procedureFor(s, cue.from));
  // "The ratification by Malawi brings the number of States Parties to 71": a binding act in a sentence that names no instrument is on the one the text is about.
  // So is "India's subscription in June 2016 showed …": a named state's act noun in a sentence that names no instrument.
  const unnamed =
    s.instruments.length === 0 &&
    ((rule === "nominal-by" && ownedBy === null && BINDING_NOUN_ACTIONS.has(cue.def.action)) ||
      (rule === "possessive" && !isPronounGroup(s, agents) && agents.members.every((m) => m.kind === "named") && TOPICAL_POSSESSED.has(cue.def.action)));
  const topical =
    objects.length === 0 &&
    (cue.def.form === "deposit" ||
      pendingAct ||
      unnamed ||
      completedOwn ||
      (rule === "nominal-by" && (ownedBy === "its" || (ownedBy === null && isClauseEnd(s, agents.to)))));
  if (objects.length === 0 && !topical) return null;
  // "has so far deposited no instrument for the 83 bis amendment", "have not deposited any instrument in respect of it": a bare
  // instrument's object the sentence names but no mention reads is not the passage's text.
  if (isBareDeposit(cue.def) && unreadObjectAfter(s, cue.to)) return null;
  // ("deposited their instruments (accession by the EU, ratification by Ukraine)": the brackets say each one's act.)
  if (isBareDeposit(cue.def) && s.tokens[cue.to]?.text === "(" && OWN_ACT_WORDS.has(s.tokens[cue.to + 1]?.lower ?? "")) return null;
  // ("The EU accepted it in June 2023, and the United States and China deposited their instruments in 2023 and 2024": a bare
  // deposit after another act of joining in its sentence is on that act's text, not the passage's.)
  if (isBareDeposit(cue.def) && objects.length === 0) {
    const before = s.cues.filter((c) => c.to <= cue.from && BINDING_ACTIONS.has(c.def.action) && c !== cue);
    const last = before[before.length - 1];
    const named = last ? s.instruments.filter((m) => m.from >= last.to && m.to <= cue.from) : [];
    if (named.length > 0) objects = [named[0] as InstrumentMention];
  }
  // "neither country has completed … depositing their instruments": the negated quantifier is the possessive's subject.
  const floor = rule === "possessive" ? negatedQuantifierBefore(s, agents.from) : -1;
  const d = draft(s, cue, rule, agents, objects, topical, floor >= 0 ? floor : Math.max(s.from, Math.min(agents.from, cue.from) - 3));
  if (pendingAct && d.polarity === "affirmed") return redraft(d, { polarity: "planned", polarityBy: "process" });
  // "Tajikistan and Turkmenistan will join the Treaty after completion of their internal procedures": a completion the clause's
  // act waits for takes that clause's polarity ("joined it after completion of …" was done; "pending completion of …" is to come).
  // (Or "after completion of their internal procedures by A and B", the by-agents'.)
  const procedure = PROCEDURE_HEADS.has(s.tokens[cue.to - 1]?.lower ?? "");
  if (completedOwn || (procedure && rule === "nominal-by")) {
    const lead = completionLead(
      s,
      rule === "possessive" ? agents.from : POSSESSIVE_PRONOUNS.has(s.tokens[cue.from - 1]?.lower ?? "") ? cue.from - 1 : cue.from,
    );
    // (With the act it waits for named before it, it is that act's time, not an act of its own.)
    if (lead >= 0 && s.cues.some((c) => c.to <= lead && BINDING_ACTIONS.has(c.def.action))) return null;
    const main =
      lead < 0
        ? null
        : s.tokens[lead]?.lower === "pending"
          ? { polarity: "planned" as const, by: "pending" }
          : polarityBefore(s.tokens, lead, s.from, (k) => s.instruments.some((m) => m.from <= k && k < m.to));
    if (main && main.polarity !== "affirmed" && d.polarity === "affirmed") return redraft(d, { polarity: main.polarity, polarityBy: main.by });
  }
  if (passive && passive.polarity !== "affirmed" && d.polarity === "affirmed") return redraft(d, { polarity: passive.polarity, polarityBy: passive.by });
  // "Zambia will become a State Party only when its instrument is deposited": a present deposit under a condition is to come.
  const waitedFor = passive?.present && d.polarity === "affirmed" ? conditionOpenerBefore(s.tokens, Math.min(agents.from, cue.from), s.from) : null;
  // ("Paraguay will become a State Party to each treaty only when its instrument is deposited": the condition of the act before it,
  // not an act of its own.)
  if (waitedFor && isBareDeposit(cue.def) && s.cues.some((c) => c.to <= cue.from && BINDING_ACTIONS.has(c.def.action))) return null;
  if (waitedFor) return redraft(d, { polarity: "planned", polarityBy: waitedFor });
  // "Rwanda has not deposited, and does not intend at present to deposit, an instrument of accession to X": the subject's own
  // negation, however long the coordinated verbs before the instrument (not one inside a relative: "A, which has not signed Y,
  // deposited its instrument").
  if (rule === "deposit-subject" && d.polarity === "affirmed" && negatedDeposit(s, agents.to, cue.from))
    return redraft(d, { polarity: "negated", polarityBy: "not" });
  // "Ireland becomes a Party only when the Minister deposits an instrument of ratification": a deposit on a condition is to come.
  // (Or "… once the Minister deposits its instrument of accession": the possessive's.)
  const depositAt = verbAt >= 0 ? verbAt : depositVerbRightBefore(s, rule === "possessive" ? agents.from + 1 : cue.from);
  const depositing = rule === "deposit-subject" || rule === "possessive";
  const condition = depositing && d.polarity === "affirmed" && depositAt >= 0 ? conditionalAct(s.tokens, depositAt, s.from) : null;
  if (condition) return redraft(d, { polarity: condition.polarity, polarityBy: condition.by });
  // "President X today signed the instrument of accession to Y": the signature of an instrument, which its deposit makes an act
  // (refine/records.ts weighs it against what the text says of the deposit).
  if (rule === "deposit-subject" && verbAt < 0 && signVerbRightBefore(s, cue.from))
    return approvedDraft(s, redraft(d, { rule: "signed-instrument" }), Math.min(cue.from, agents.from));
  // "clears the way for the Executive to deposit South Africa's instrument of ratification": a deposit still to be made.
  if (rule === "possessive" && d.polarity === "affirmed" && depositToCome(s, agents.from)) return redraft(d, { polarity: "planned", polarityBy: "to" });
  return approvedDraft(s, d, Math.min(cue.from, agents.from));
};

/** Words that take a bare instrument's object after it ("its instrument for X", "any instrument in respect of it"). */
const OBJECT_LINKS = new Set(["for", "under", "concerning", "regarding", "relating"]);
/** How far after its link a bare instrument's object may start ("for the 83 bis amendment"). */
const OBJECT_REACH = 3;

/** After a bare instrument at `at`, an object it is "for" or "in respect of" that no instrument mention starts: one not read. */
function unreadObjectAfter(s: Sentence, at: number): boolean {
  const w = s.tokens[at]?.lower ?? "";
  const link = OBJECT_LINKS.has(w) ? at + 1 : w === "in" && s.tokens[at + 1]?.lower === "respect" && s.tokens[at + 2]?.lower === "of" ? at + 3 : -1;
  return link >= 0 && !s.instruments.some((m) => m.from >= link && m.from <= link + OBJECT_REACH);
}

/** Words before "(the) completion of its procedures" that make it a time or condition of another act. */
const COMPLETION_LEADS = new Set(["after", "upon", "following", "pending", "on"]);

/** "after (the) completion of" before a possessor at `possessorFrom`: the index of "after", or -1. */
function completionLead(s: Sentence, possessorFrom: number): number {
  if (s.tokens[possessorFrom - 1]?.lower !== "of" || s.tokens[possessorFrom - 2]?.lower !== "completion") return -1;
  const at = s.tokens[possessorFrom - 3]?.lower === "the" ? possessorFrom - 4 : possessorFrom - 3;
  return COMPLETION_LEADS.has(s.tokens[at]?.lower ?? "") ? at : -1;
}

/** Words of the depositary's part in a deposit: it receives the instrument, keeps it, or is named as depositary. */
const DEPOSITARY_PART = new Set(["received", "receives", "receive", "receiving", "custody", "depositary", "depositaries"]);

/**
 * Does a word of the depositary's part stand between a subject ending at `from` and the instrument at `to`? (Not after "with":
 * "Chile deposited with Norway, the depositary, the instrument" is Chile's deposit; nor in a clause the subject reports: "informed the depositary that it has not deposited".)
 */
function keptBy(s: Sentence, from: number, to: number): boolean {
  let kept = false;
  for (let k = to - 1; k >= from; k--) {
    const w = (s.tokens[k] as Token).lower;
    if (w === "with") return false;
    if (w === "that") break;
    kept ||= DEPOSITARY_PART.has(w);
  }
  return kept;
}

/** "The National Assembly approved the ratification by Kenya of C189": a domestic approval of an act still to be deposited. */
function approvedDraft(s: Sentence, d: Draft, phraseFrom: number): Draft {
  const approval = d.polarity === "affirmed" ? approvedAct(s, phraseFrom) : null;
  return approval ? redraft(d, { polarity: "planned", polarityBy: approval }) : d;
}

/**
 * A depositary digest's entry: "09/11/2023 - Convention on the Reduction of Statelessness - Kyrgyzstan: accession",
 * "… - Sierra Leone, Zambia: signature": the states before the colon did the act the line ends with, on the instrument
 * the line names before them.
 */
function digestEntry(s: Sentence, cue: CueMention): Draft | null {
  if (!BINDING_NOUN_ACTIONS.has(cue.def.action)) return null;
  // "- Jordan – accession, 14 January 2025", "• 24/06/2025 – Armenia – ratification – Nicosia Convention": a tracker's dash line,
  // on the instrument it names, else on its heading's.
  const entry = dashEntry(s, cue);
  if (entry) {
    // (Never one named in brackets: "– Angola – accession, 6 February 2025 (Angola acceded to the Beijing Treaty on the same day)".)
    const before = s.instruments.filter((m) => m.to <= entry.from && !bracketed(s, m.from));
    const obj = entry.text ?? s.instruments.find((m) => m.from > cue.to && m.to <= entry.to && !bracketed(s, m.from)) ?? before[before.length - 1];
    return draft(s, cue, "dash-entry", entry.group, obj ? [obj] : [], !obj, entry.from);
  }
  // "… - Convention on Cybercrime - Ratification: Montenegro", "… - Signatures: Andorra, Georgia; Israel (non-member States)".
  if (s.tokens[cue.to]?.text === ":" && DIGEST_LEADS.has(s.tokens[cue.from - 1]?.text ?? "")) {
    const first = groupStartingAt(s, cue.to + 1, 1);
    const before = s.instruments.filter((m) => m.to <= cue.from);
    const obj = before[before.length - 1];
    if (!first || !obj) return null;
    // The list ends where the next heading starts ("Ratification: Liechtenstein; Signature: Armenia").
    const next = s.cues.find((c) => c.from > cue.to)?.from ?? s.to;
    const list = listAfter(s, first);
    const members = list.members.filter((m) => m.from < next);
    return draft(s, cue, "digest-entry", { ...list, members, to: Math.min(list.to, next) }, [obj], false, cue.from);
  }
  // "Latest ratifications (date of deposit): Chad, 23 March 2023; Togo, 16 December 2020": a plural heading, then its list.
  const colon = s.tokens[cue.to]?.text === "(" ? s.tokens.findIndex((t, k) => k > cue.to && k < cue.to + 8 && t.text === ":") : cue.to;
  if (PLURAL_ACT_NOUNS.has(s.tokens[cue.to - 1]?.lower ?? "") && colon > 0 && s.tokens[colon]?.text === ":") {
    const first = groupStartingAt(s, colon + 1, 1);
    if (first) return draft(s, cue, "digest-list", datedList(s, first), [], true, cue.from);
  }
  // "The first ten ratifications – those of A, B, … –": the acts' agents after a dash.
  if (
    PLURAL_ACT_NOUNS.has(s.tokens[cue.to - 1]?.lower ?? "") &&
    DASHES.has(s.tokens[cue.to]?.text ?? "") &&
    s.tokens[cue.to + 1]?.lower === "those" &&
    s.tokens[cue.to + 2]?.lower === "of"
  ) {
    const first = groupStartingAt(s, cue.to + 3, 1);
    if (first) return draft(s, cue, "digest-list", listAfter(s, first), [], true, cue.from);
  }
  if (s.tokens[cue.from - 1]?.text !== ":" || !isClauseEnd(s, cue.to)) return null;
  const g = s.groups.find((x) => x.to === cue.from - 1 && x.members.every((m) => m.actor?.kind === "state"));
  if (!g) return null;
  const before = s.instruments.filter((m) => m.to <= g.from);
  const obj = before[before.length - 1];
  return obj ? draft(s, cue, "digest-entry", g, [obj], false, g.from) : null;
}

/** Between a deposit's subject and its instrument: "not" or "never", with no relative clause of its own. */
function negatedDeposit(s: Sentence, from: number, to: number): boolean {
  let negated = false;
  for (let k = from; k < to; k++) {
    const w = (s.tokens[k] as Token).lower;
    if (w === "which" || w === "who" || w === ";") return false;
    if (w === "not" || w === "never") negated = true;
  }
  return negated && s.tokens.slice(from, to).some((t) => t.lower === "deposited" || t.lower === "deposit");
}

/**
 * "to deposit A's instrument", "will deposit its instrument": the deposit verb before the possessor is still to come, as the
 * polarity of any verb is read (not a rank won: "was the first State to deposit its instrument of ratification, on 29 January 1997").
 */
function depositToCome(s: Sentence, possessorFrom: number): boolean {
  const at = s.tokens[possessorFrom - 1]?.lower === "the" ? possessorFrom - 2 : possessorFrom - 1;
  return s.tokens[at]?.lower === "deposit" && polarityBefore(s.tokens, at, s.from).polarity === "planned";
}

/** Token `at` is inside brackets opened in its sentence. */
function bracketed(s: Sentence, at: number): boolean {
  let depth = 0;
  for (let k = s.from; k < at; k++) {
    const t = (s.tokens[k] as Token).text;
    if (t === "(") depth++;
    else if (t === ")" && depth > 0) depth--;
  }
  return depth > 0;
}

/** The clause before the deposit opens with a count ("Fifteen, most of them …,") or holds a generic plural ("Several States"). */
function countOrGenericSubject(s: Sentence, cueFrom: number): boolean {
  // ("The following deposited instruments of ratification on 22 April: A, B": "the following" as the subject of the deposit's verb.)
  const verb = DEPOSIT_VERBS.has(s.tokens[cueFrom - 1]?.lower ?? "") ? cueFrom - 1 : cueFrom;
  if (COUNT_WORD.test(s.tokens[s.from]?.lower ?? "") || followingSubjectIn(s, s.from, verb) >= 0) return true;
  for (let i = s.from; i < cueFrom; i++) if (GENERIC_HEADS.has((s.tokens[i] as Token).lower)) return true;
  return false;
}

const PLURAL_ACT_NOUNS = new Set(["ratifications", "accessions", "signatures"]);
const DEPOSIT_VERBS = new Set(["deposited", "lodged", "submitted", "presented", "handed"]);
const DATE_WORD = /^(?:\d{1,4}|january|february|march|april|may|june|july|august|september|october|november|december|and)$/u;

/** A list whose members may each be followed by a date: "Chad, 23 March 2023; Togo, 16 December 2020". */
function datedList(s: Sentence, first: ActorGroup): ActorGroup {
  const members = [...first.members];
  let to = first.to;
  for (const g of s.groups) {
    if (g.from < to) continue;
    if (!s.tokens.slice(to, g.from).every((t) => (!t.word && t.text !== ".") || DATE_WORD.test(t.lower))) break;
    members.push(...g.members);
    to = g.to;
  }
  return { ...first, members, to };
}

/** What precedes an act's heading in a digest line: "… - Ratification: A", "…; Signature: B". */
const DIGEST_LEADS = new Set(["-", "–", "—", ";"]);

/** Acts whose noun binds its agent to a treaty ("ratification by", "accession by", "signature by"). */
const BINDING_NOUN_ACTIONS = new Set(["ratified", "acceded", "signed"]);
/** A named state's acts that take the text's instrument when the sentence names none ("India's subscription in June 2016"). */
const TOPICAL_POSSESSED = new Set(["ratified", "acceded", "signed", "endorsed"]);

const APPROVAL_ADVERBS = new Set(["formally", "unanimously", "today", "yesterday", "also", "finally", "now"]);
const CONCURRING = new Set(["concur", "concurs", "concurred", "concurring"]);
const APPROVING = new Set([
  ...CONCURRING,
  "approved",
  "approves",
  "approve",
  "authorised",
  "authorized",
  "authorises",
  "authorizes",
  "endorsed",
  "backed",
  "cleared",
]);

/** A domestic approval verb right before the act noun's phrase ("approved (the) ratification", "authorised Kenya's accession"); the verb or null. */
function approvedAct(s: Sentence, from: number): string | null {
  let i = from - 1;
  if (DETERMINERS.has(s.tokens[i]?.lower ?? "") || s.tokens[i]?.lower === "its") i--;
  // "approved in principle Fiji's accession", "formally authorised the ratification".
  if (s.tokens[i]?.lower === "principle" && s.tokens[i - 1]?.lower === "in") i -= 2;
  // "voted 21-0 to concur in the accession of the Philippines": a senate's concurrence.
  else if (s.tokens[i]?.lower === "in" && CONCURRING.has(s.tokens[i - 1]?.lower ?? "")) i--;
  else if (APPROVAL_ADVERBS.has(s.tokens[i]?.lower ?? "")) i--;
  const w = s.tokens[i]?.lower ?? "";
  return APPROVING.has(w) ? w : null;
}

/** How far after "by" a generic agent's head may be: "by more than 50 countries", "by an interregional task force of 11 States". */
const GENERIC_AGENT_REACH = 8;

/** "by several States, including A and B", "by a task force of 11 States — A, B —": the list naming a generic agent that starts at `from`, or null. */
function namedMembers(s: Sentence, from: number): ActorGroup | null {
  for (let k = from; k < Math.min(s.to, from + GENERIC_AGENT_REACH); k++) {
    const t = s.tokens[k] as Token;
    if (t.text === "," || t.text === ";" || s.cues.some((c) => c.from === k)) return null;
    // ("by a cross-regional group including A, B", "by a core group comprising A and B": a group's members, listed.)
    if (GROUP_HEADS.has(t.lower)) {
      const listed = listNaming(s, k);
      if (listed) return listed;
      continue;
    }
    if (!GENERIC_HEADS.has(t.lower)) continue;
    if (listNaming(s, k)) return listNaming(s, k);
    const dashed = DASHES.has(s.tokens[k + 1]?.text ?? "") || s.tokens[k + 1]?.text === ":" ? groupStartingAt(s, k + 2, 1) : null;
    return dashed ? listAfter(s, dashed) : null;
  }
  return null;
}

const GROUP_NOUNS = new Set(["group", "core", "coalition", "alliance"]);
/** Words that list a group's members after its noun ("comprising", "composed of", "consisting of", "made up of"). */
const COMPRISING = new Set(["comprising", "composed", "consisting", "including"]);

/** "the core group of A, B and C", "a coalition of A and B": the states after "of", or null. */
function groupOf(s: Sentence, from: number): ActorGroup | null {
  for (let k = from; k < Math.min(s.to, from + 4); k++) {
    // ("a core group comprising A, B and C", "a group composed of A and B".)
    const lead = s.tokens[k + 1]?.lower === "of" ? 1 : COMPRISING.has(s.tokens[k + 1]?.lower ?? "") ? (s.tokens[k + 2]?.lower === "of" ? 2 : 1) : 0;
    if (GROUP_NOUNS.has((s.tokens[k] as Token).lower) && lead > 0) {
      const g = groupStartingAt(s, k + 1 + lead, 1);
      return g && g.members.every((m) => m.actor?.kind === "state") ? listAfter(s, g) : null;
    }
  }
  return null;
}

/** The group is a lone possessive pronoun ("its", "their"). */
function isPronounGroup(s: Sentence, g: ActorGroup): boolean {
  return g.members.length === 1 && g.members[0]?.kind === "possessive" && /^(?:its|their)$/u.test(s.tokens[g.from]?.lower ?? "");
}

/** Participles of authoring, which make a sponsor only of a text. */
const AUTHORING = new Set(["drafted", "prepared", "developed", "put", "proposed"]);

/** Nouns of an unnamed document a participle may describe: "a draft resolution sponsored by A on X". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "resolution",
  "resolutions",
  "draft",
  "text",
  "proposal",
  "proposals",
  "amendment",
  "amendments",
  "decision",
  "motion",
]);
/** Words that make what follows a document's topic: "a draft sponsored by A on X". */
const TOPIC_WORDS = new Set(["on", "about", "concerning", "regarding", "relating", "related", "to", "supporting", "promoting", "welcoming"]);
/** Words between a noun and the participle that describes it: "Resolution 2347, originally sponsored by", "which was tabled by". */
const PARTICIPLE_LEAD = new Set([
  ",",
  "was",
  "were",
  "is",
  "are",
  "been",
  "being",
  "had",
  "has",
  "have",
  "which",
  "that",
  "originally",
  "jointly",
  "also",
  "first",
  "initially",
]);

/** Words of an unnamed draft in apposition to its document: "document S/2024/254, the text of a draft resolution". */
const APPOSITION_WORDS = new Set(["the", "a", "an", "text", "of", "draft", ","]);

/** The document a draft named at `head` stands in apposition to ("document S/2024/254, the text of a draft resolution"), or undefined. */
function documentInApposition(s: Sentence, head: number): InstrumentMention | undefined {
  if (!DOCUMENT_NOUNS.has(s.tokens[head]?.lower ?? "")) return undefined;
  let k = head;
  while (k > s.from && APPOSITION_WORDS.has((s.tokens[k - 1] as Token).lower)) k--;
  if (!s.tokens.slice(k, head).some((t) => t.text === ",")) return undefined;
  return s.instruments.find((m) => m.to === k && m.type === "resolution" && m.kind !== "anaphor" && s.tokens[m.from - 1]?.lower === "document");
}

/** The token a "sponsored by"-type participle describes: the word before it, past the relative and adverbs that lead to it. */
function participleHead(s: Sentence, cueFrom: number): number {
  let i = cueFrom - 1;
  while (i > s.from && (PARTICIPLE_LEAD.has((s.tokens[i] as Token).lower) || ADVERB.test((s.tokens[i] as Token).lower))) i--;
  return i;
}

/** The instrument at `at` is introduced as a topic ("on the X", "relating to X"). */
function isTopic(s: Sentence, at: number): boolean {
  let i = at - 1;
  if (DETERMINERS.has(s.tokens[i]?.lower ?? "")) i--;
  return TOPIC_WORDS.has(s.tokens[i]?.lower ?? "");
}

/** Verbs of expecting an act: "anticipates ratification", "expects the ratification to come through". */
const EXPECTING = new Set([
  "anticipates",
  "anticipated",
  "expects",
  "expected",
  "foresees",
  "awaits",
  "awaiting",
  "considering",
  "considers",
  "contemplating",
  // ("Morocco said it was studying accession to X", "Thailand is examining ratification of Y".)
  "studying",
  "examining",
  "exploring",
  "plans",
  "planning",
  "intends",
  "seeks",
  "seeking",
  "pursuing",
  "preparing",
  "prepares",
  "favours",
  "favors",
]);
/** Auxiliaries between a subject and its verb of expecting: "Chile is considering accession". */
const AUXILIARIES = new Set(["is", "are", "was", "were", "has", "have", "been", "now", "also", "still", "actively", "seriously"]);
/** Words between a reporting state and the act it reports: "Colombia said (that) the", "Canada said he anticipates". */
const REPORTING = new Set([
  "said",
  "says",
  "reported",
  "reports",
  "stated",
  "noted",
  "indicated",
  "announced",
  "that",
  "the",
  "its",
  "he",
  "she",
  "it",
  "they",
]);

/**
 * The state reporting an act of its own: the sentence's subject followed only by a reporting verb
 * ("Colombia said the ratification process ..."), or an opening "In A and B" ("In Kazakhstan and
 * Jordan the ratification processes have started").
 */
function reportingState(s: Sentence, cueFrom: number): ActorGroup | null {
  const g = s.groups[0];
  // A state, or the speaker ("We are now considering accession to X").
  if (!g || g.to > cueFrom || !g.members.every((m) => m.actor?.kind === "state" || m.kind === "speaker")) return null;
  let i = g.to;
  if (g.from === s.from + 1 && s.tokens[s.from]?.lower === "in") {
    while (i < cueFrom && (s.tokens[i]?.lower === "the" || s.tokens[i]?.text === ",")) i++;
    return i === cueFrom ? g : null;
  }
  if (g.from !== s.from && !(g.from === s.from + 1 && s.tokens[s.from]?.lower === "the")) return null; // "The Republic of Korea is considering …"
  const lead = (w: string) => REPORTING.has(w) || EXPECTING.has(w) || AUXILIARIES.has(w);
  // ('Cambodia said that it was "studying" ratification': quotation marks around a word of the lead are no words of their own.)
  let quotes = 0;
  while (i < cueFrom && (lead((s.tokens[i] as Token).lower) || QUOTE_MARKS.has((s.tokens[i] as Token).text))) {
    if (QUOTE_MARKS.has((s.tokens[i] as Token).text)) quotes++;
    i++;
  }
  const first = (s.tokens[g.to] as Token).lower;
  return i === cueFrom && cueFrom - g.to - quotes <= 5 && (REPORTING.has(first) || EXPECTING.has(first) || AUXILIARIES.has(first)) ? g : null;
}

/** The subject after an opening "By/After/Upon <gerund> …," phrase that holds token `at`, or null. */
function gerundOpeningSubject(s: Sentence, at: number): ActorGroup | null {
  const first = (s.tokens[s.from] as Token).lower;
  // "By depositing its instrument …, Germany": a gerund; "On the same day as its accession to X, the Government of Cambodia":
  // any opening phrase of time.
  const gerund = /^(?:by|after|upon|through|in)$/u.test(first) && /ing$/u.test(s.tokens[s.from + 1]?.lower ?? "");
  if (!gerund && !TIME_OPENINGS.has(first)) return null;
  for (let i = s.from + 1; i < at; i++) if (s.tokens[i]?.text === ",") return null;
  for (let i = at; i < s.to; i++) {
    if (s.tokens[i]?.text !== ",") continue;
    let k = i + 1;
    while (k < s.to && k - i <= 5 && SUBJECT_LEAD.has((s.tokens[k] as Token).lower)) k++; // "the Government of the Kingdom of"
    const g = groupStartingAt(s, i + 1, 1) ?? groupStartingAt(s, k, 1);
    return g && g.members.every((m) => m.actor?.kind === "state") && (g.eligible || k > i + 1) ? g : null;
  }
  return null;
}
const TIME_OPENINGS = new Set(["on", "after", "before", "following", "since", "upon", "with", "at"]);
const SUBJECT_LEAD = new Set(["the", "government", "of"]);

/** "neither country", "no state", "none of the countries": a negated quantifier subject in the possessive's clause, or -1. */
function negatedQuantifierBefore(s: Sentence, at: number): number {
  for (let i = at - 1; i >= s.from && at - i <= 16; i--) {
    const w = (s.tokens[i] as Token).lower;
    if (w === "," || w === ";" || w === ":") return -1;
    if ((w === "neither" || w === "no" || w === "none") && /^(?:country|state|countries|states|of|government|party)$/u.test(s.tokens[i + 1]?.lower ?? ""))
      return i;
  }
  return -1;
}

/** Adjectives of a procedure: "the internal procedures for accession", "domestic steps towards ratification". */
const PROCEDURE_ADJECTIVES = new Set(["internal", "domestic", "national", "legal", "constitutional", "necessary", "required"]);
const PROCEDURE_NOUNS = new Set(["procedure", "procedures", "process", "processes", "steps", "preparations"]);
const PROCEDURE_LINKS = new Set(["for", "of", "towards", "toward"]);

/** "procedures for accession", "the process of ratification", "steps towards ratification" before the act noun at `at`. */
function procedureFor(s: Sentence, at: number): boolean {
  if (!PROCEDURE_LINKS.has(s.tokens[at - 1]?.lower ?? "")) return false;
  let k = at - 2;
  if (!PROCEDURE_NOUNS.has(s.tokens[k]?.lower ?? "")) return false;
  while (k > s.from && PROCEDURE_ADJECTIVES.has(s.tokens[k - 1]?.lower ?? "")) k--;
  return true;
}

const PROCESS_NOUNS = new Set(["process", "processes", "procedure", "procedures", "bill", "law"]);
const PENDING_WORDS = new Set(["should", "will", "would", "is", "are", "expected", "pending", "underway"]);

/** After a nominal act and its object: what it still waits for ("still awaits", "depends on", "is subject to"). */
function awaited(s: Sentence, at: number): boolean {
  const k = s.tokens[at]?.lower === "still" ? at + 1 : at;
  const next = s.tokens[k]?.lower ?? "";
  // ("… is still outstanding", "remains pending".)
  const then = s.tokens[k + 1]?.lower === "still" ? s.tokens[k + 2]?.lower : s.tokens[k + 1]?.lower;
  return AWAITS.has(next) || ((next === "is" || next === "are" || next === "remains") && (then === "subject" || then === "pending" || then === "outstanding"));
}

/** After a nominal act: a process noun ("ratification procedure") or a modal or expectation ("should be finalized", "is expected"). */
function isPending(s: Sentence, at: number): boolean {
  // "the European Union's ratification still awaits the consent of the European Parliament": not given yet.
  const waiting = s.tokens[at]?.lower === "still" ? at + 1 : at;
  if (AWAITS.has(s.tokens[waiting]?.lower ?? "")) return true;
  const next = s.tokens[at]?.lower ?? "";
  if (PROCESS_NOUNS.has(next)) return true;
  if (!PENDING_WORDS.has(next)) return false;
  const then = s.tokens[at + 1]?.lower ?? "";
  // ("Switzerland's ratification is subject to an optional referendum", "… depends on the Senate's consent".)
  if ((next === "is" || next === "are") && (then === "subject" || then === "conditional") && s.tokens[at + 2]?.lower === "to") return true;
  if (next === "is" || next === "are") return ["expected", "pending", "underway", "planned", "scheduled"].includes(then);
  // "should be finalized", "will be completed": the act is what is still to be done ("will accelerate" is its effect).
  return next === "expected" || next === "pending" || next === "underway" || then === "be";
}

// ("Chile's ratification of X stalled in 2019", "… has stalled": the act was not completed.)
const AWAITS = new Set(["awaits", "await", "awaited", "requires", "needs", "depends", "hinges", "stalled", "stalls", "faltered", "foundered"]);
// ("Its entry into force required ratification by the Union and by two thirds of …": a condition, in any tense, not the act.)
const AWAITED_BEFORE = new Set([...AWAITS, "required", "require", "requiring", "needed", "need", "needing"]);

/** How far back from "the instrument of …" its verb may stand ("deposited with the Secretary General of ICAO in Montréal the …"). */
const DEPOSIT_VERB_REACH = 14;

/** The index of "deposited" before `at` when only a "with …" phrase (the depositary, a place) stands between, else -1. */
const POSSESSORS = new Set(["whose", "its", "their", "'s", "’s", "his", "her", "our"]);
const PASSIVE_DEPOSIT_AUXILIARIES = new Set(["was", "were", "is", "are", "been", "had", "has", "have", "be"]);

const DEPOSIT_MODALS = new Set(["would", "will", "shall", "should", "could", "can", "may", "might", "must"]);
const DEPOSIT_NEGATORS = new Set(["not", "never"]);
/** Words of a passive deposit's verb group besides its auxiliaries ("had yet to be", "would soon be", "is still to be"). */
const DEPOSIT_GROUP_WORDS = new Set(["yet", "to", "still", "soon", "only", "also"]);
const MAX_DEPOSIT_ASIDE = 3;

interface PassiveDeposit {
  polarity: Polarity;
  by: string;
  /** In the present tense ("its instrument is deposited"): what a condition before it waits for. */
  present?: boolean;
}

/**
 * "… instrument of ratification was deposited" with no "by" after, from `at` (the cue's end): an agentless passive deposit, done
 * ("was deposited"), denied ("had not been deposited", "had yet to be deposited") or to come ("would be deposited once …", "is to be
 * deposited"), past an aside between commas ("…, however, had yet to be deposited"); null if none.
 */
/** The passive verbs of a deposit, the depositor's or the depositary's: "was deposited", "was received", "was registered". */
const DEPOSIT_RECEIPTS = new Set(["deposited", "received", "registered", "lodged"]);

function passiveDepositAfter(s: Sentence, at: number): PassiveDeposit | null {
  let k = at;
  if (s.tokens[k]?.text === ",") {
    let close = k + 1;
    while (close < s.to && close - k <= MAX_DEPOSIT_ASIDE && s.tokens[close]?.word && s.tokens[close]?.text === s.tokens[close]?.lower) close++;
    if (close === k + 1 || s.tokens[close]?.text !== ",") return null;
    k = close + 1;
  }
  const from = k;
  let negated = false;
  let yet = false;
  let toCome: string | null = null;
  let present = false;
  let perfect = false;
  for (; k < s.to; k++) {
    const w = (s.tokens[k] as Token).lower;
    if (w === "is" || w === "are") present = true;
    else if (w === "has" || w === "have" || w === "had" || w === "was" || w === "were") perfect = true;
    if (DEPOSIT_NEGATORS.has(w)) negated = true;
    else if (DEPOSIT_MODALS.has(w)) toCome ??= w;
    else if (w === "yet") yet = true;
    else if (w === "to") toCome ??= "to";
    else if (!PASSIVE_DEPOSIT_AUXILIARIES.has(w) && !DEPOSIT_GROUP_WORDS.has(w)) break;
  }
  // ("… was received by the depositary", "… was registered on 19 January 2024": the depositary's side of the same deposit.)
  const verb = s.tokens[k]?.lower ?? "";
  if (k === from || !DEPOSIT_RECEIPTS.has(verb) || (verb === "deposited" && s.tokens[k + 1]?.lower === "by")) return null;
  if (negated) return { polarity: "negated", by: "not" };
  if (yet && toCome === "to") return { polarity: "negated", by: "yet to" };
  if (toCome) return { polarity: "planned", by: toCome };
  return { polarity: "affirmed", by: "", present: present && !perfect };
}

/**
 * "signed the instrument of accession", "signs its instrument of ratification", "signed the instrument of accession to X and the
 * instrument of ratification of Y": a sign verb whose object is an instrument's noun, this one or one coordinated before it.
 */
function signVerbRightBefore(s: Sentence, at: number): boolean {
  for (let k = at - 1; k >= s.from && at - k <= SIGNED_INSTRUMENT_REACH; k--) {
    const w = s.tokens[k]?.lower ?? "";
    if (w === ";" || w === "." || w === ":") return false;
    if (!SIGN_FORMS.has(w)) continue;
    return DETERMINERS.has(s.tokens[k + 1]?.lower ?? "") && INSTRUMENT_NOUNS.has(s.tokens[k + 2]?.lower ?? "");
  }
  return false;
}
const SIGN_FORMS = new Set(["sign", "signs", "signed"]);
const INSTRUMENT_NOUNS = new Set(["instrument", "instruments"]);
/** How far back the sign verb of a signed instrument may be (past the instruments coordinated before it). */
const SIGNED_INSTRUMENT_REACH = 40;

/** The deposit verb right before an instrument's noun, past its determiner ("deposits an instrument of …"), or -1. */
function depositVerbRightBefore(s: Sentence, at: number): number {
  const k = DETERMINERS.has(s.tokens[at - 1]?.lower ?? "") ? at - 2 : at - 1;
  return /^deposit(?:s|ed)?$/u.test(s.tokens[k]?.lower ?? "") ? k : -1;
}

function depositVerbBefore(s: Sentence, at: number): number {
  for (let k = at - 1; k > s.from && at - k <= DEPOSIT_VERB_REACH; k--) {
    const w = (s.tokens[k] as Token).lower;
    if (w === "deposited" || w === "deposits" || w === "deposit") return s.tokens[k + 1]?.lower === "with" ? k : -1;
    if (w === "," || w === ";" || w === ".") return -1;
  }
  return -1;
}

/** Words between a deposit's subject and its verb: "has yet deposited", "have so far lodged". */
const DEPOSIT_AUXILIARIES = new Set(["has", "have", "had", "yet", "so", "far", "already", "now"]);

/**
 * "Neither Argentina nor Sri Lanka has deposited its instrument", "None of A, B and C has lodged their instruments": the possessive
 * at `at` is the object of a deposit whose negated subject is every State it names, not the nearest one.
 */
function negatedDepositor(s: Sentence, at: number): ActorGroup | null {
  let verb = at - 1;
  if (!DEPOSIT_VERBS.has(s.tokens[verb]?.lower ?? "")) return null;
  verb--;
  while (verb > s.from && DEPOSIT_AUXILIARIES.has((s.tokens[verb] as Token).lower)) verb--;
  const subject = s.groups.find((g) => g.to === verb + 1 && g.members.every((m) => m.actor?.kind === "state"));
  return subject && negatedSubject(s.tokens, subject.from) ? { ...subject, eligible: true } : null;
}

/** "introduced by the representative of Colombia", "presented by the delegation of Mexico": the States at `k`'s speaker speaks for. */
function representativeOf(s: Sentence, k: number): ActorGroup | null {
  let at = s.tokens[k]?.lower === "the" ? k + 1 : k;
  if (s.tokens[at]?.lower === "permanent") at++;
  if (!SPEAKING_FOR.has(s.tokens[at]?.lower ?? "") || s.tokens[at + 1]?.lower !== "of") return null;
  const g = groupStartingAt(s, at + 2, 1);
  return g && g.members.every((m) => m.actor?.kind === "state") ? g : null;
}

/** The index before a closing quotation mark at `k` (the word it quotes), else `k`. */
function pastQuote(s: Sentence, k: number): number {
  return QUOTE_MARKS.has(s.tokens[k]?.text ?? "") && k - 1 >= s.from ? k - 1 : k;
}

/** The domestic bodies that approve a State's act before it is done: "the Cabinet", "its Parliament", "the National Assembly". */
const APPROVING_BODIES = new Set(["cabinet", "parliament", "senate", "congress", "legislature", "assembly", "council"]);
const APPROVING_VERBS = new Set(["approved", "endorsed", "authorised", "authorized", "cleared"]);
const APPROVAL_AUXILIARIES = new Set(["has", "have", "had", "already", "now", "also", "unanimously"]);
/** Verbs of a domestic body's refusal of the act ("rejected ratification", "blocked the accession"). */
const REJECTING_VERBS = new Set(["rejected", "blocked", "refused", "declined"]);
const VOTED = new Set(["voted", "votes", "vote"]);

/**
 * "Sri Lanka's Cabinet approved ratification of X", "its parliament had approved the accession": the State whose body approved the
 * act noun at `cueFrom` (the possessor of the body, named or "its"), or null.
 */
function domesticApproval(s: Sentence, cueFrom: number): { owner: ActorGroup; rejected: boolean } | null {
  let verb = s.tokens[cueFrom - 1]?.lower === "the" ? cueFrom - 2 : cueFrom - 1;
  // ("rejected ratification", "voted against the ratification": the body's refusal.)
  const votedAgainst = s.tokens[verb]?.lower === "against" && VOTED.has(s.tokens[verb - 1]?.lower ?? "");
  const rejected = votedAgainst || REJECTING_VERBS.has(s.tokens[verb]?.lower ?? "");
  if (votedAgainst) verb--;
  if (!rejected && !APPROVING_VERBS.has(s.tokens[verb]?.lower ?? "")) return null;
  verb--;
  while (verb > s.from && APPROVAL_AUXILIARIES.has((s.tokens[verb] as Token).lower)) verb--;
  // "Council of Ministers": the body's name may end with "of Ministers".
  let body = verb;
  if (s.tokens[body]?.lower === "ministers" && s.tokens[body - 1]?.lower === "of") body -= 2;
  if (!APPROVING_BODIES.has(s.tokens[body]?.lower ?? "")) return null;
  // ("National Assembly", "Federal Council": one capitalised word of the body's name before its head.)
  if (s.tokens[body - 1]?.word && /^\p{Lu}/u.test((s.tokens[body - 1] as Token).text) && !isPossessor(s, body - 1)) body--;
  const owner = body - 1;
  if (s.tokens[owner]?.text === "'s" || s.tokens[owner]?.text === "’s") {
    const g = s.groups.find((x) => x.to === owner);
    return g && g.members.length === 1 && g.members[0]?.actor?.kind === "state" ? { owner: g, rejected } : null;
  }
  const g = s.groups.find((x) => x.from === owner && x.to === owner + 1 && x.members[0]?.kind === "possessive");
  return g ? { owner: g, rejected } : null;
}

/** Whether the token at `k` is a possessive's noun ("Lanka" of "Sri Lanka's" is followed by the mark). */
function isPossessor(s: Sentence, k: number): boolean {
  return s.tokens[k + 1]?.text === "'s" || s.tokens[k + 1]?.text === "’s";
}
