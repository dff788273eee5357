import { catalogById } from "../lexicon/catalog";
import { catalogIndex } from "../lexicon/catalogIndex";
import { hasExecutiveHead, isDeliberative, isUnOrgan } from "../lexicon/organisations";
import { BODY_REFERENCES, NAME_LINKS } from "../stages/adoption";
import {
  coordinatedClause,
  findActors,
  meetingPeople,
  NAMED_BODY_HEADS,
  ORGANISATION_OFFICES,
  peopleNoun,
  REPORTING_VERBS,
  reportedSubject,
  SPEAKING_FOR,
  type Actor,
  type ActorMention,
} from "../stages/actors";
import { companionLeadBefore, speakersAddress, type ActorGroup } from "../stages/groups";
import { tellerOf } from "../stages/groupQueries";
import { COUNT_VALUES } from "../stages/memberLists";
import type { InstrumentMention } from "../stages/instruments";
import { AMENDMENT_ACRONYM, AMENDMENT_NOUNS, instrumentMention, KIND_HEADS } from "../stages/instrumentWords";
import type { Sentence } from "../stages/link";
import { isCapitalised, QUOTE_MARKS, tokenize, tokenizePhrase, type Token } from "../text/tokens";

/**
 * Document context for references. Sentences are analysed lazily (most sentences of a
 * statement carry no act), so the context walks back over earlier sentences on demand, asking
 * for their analysis only when a reference needs it:
 *  - actors: "we", "my delegation", "our country" are the state the document speaks for (the
 *    subject of the latest sentence that named one, else the state in the title); "the country",
 *    "his country's", "its" are the nearest eligible actor named before them;
 *  - instruments: "the Convention", "this treaty", "the document" are the latest instrument of
 *    a compatible kind named before; acts stated without one take the latest ("have ratified.").
 */
/** How far back (in sentences) a reference may find what it refers to. */
const HISTORY = 40;
/** The deliberative body a catalogued resolution of the sentence belongs to, if its name has `head` ("council"), as an actor. */
function ownBody(sentence: Sentence, head: string): Actor[] {
  for (const m of sentence.instruments) {
    const body = m.type === "resolution" ? m.entry?.body : undefined;
    if (body && body.toLowerCase().includes(head)) return [{ name: body, kind: "organisation" }];
  }
  return [];
}

/** A name in capitals as a title: "RIGHT TO READ ALLIANCE" → "Right to Read Alliance"; a year after it is no part of it. */
function titleCased(name: string): string {
  return name
    .replace(/ \d{4}$/u, "")
    .split(" ")
    .map((w, i) => (i > 0 && INNER_LINKS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(" ");
}

/** Lower-case words inside a body's name before its head word ("Right to Read Alliance"). */
const INNER_LINKS = new Set(["to", "for", "of", "and", "on", "against"]);
/** How many tokens a body's name may take either side of its head word. */
const BODY_NAME_REACH = 12;

/**
 * The Title-cased name around a body's head word at k ("Twenty-fourth Ordinary Meeting of the Contracting Parties to the
 * Barcelona Convention", "COP16"), or null when the word stands alone (one word names no particular body).
 */
function titlePhrase(s: Sentence, k: number): string | null {
  const tokens = s.tokens;
  let from = k;
  const capitalWord = (t: Token | undefined) => !!t && t.word && isCapitalised(t);
  for (;;) {
    if (from - 1 >= 0 && k - from < BODY_NAME_REACH && capitalWord(tokens[from - 1])) from--;
    // ("The Right to Read Alliance", "Friends of the Earth Network": a lower-case link between capitalised words.)
    else if (from - 2 >= 0 && k - from < BODY_NAME_REACH && INNER_LINKS.has(tokens[from - 1]?.lower ?? "") && capitalWord(tokens[from - 2])) from -= 2;
    else break;
  }
  if (from < k && (tokens[from]?.lower === "the" || tokens[from]?.lower === "a")) from++;
  let to = k + 1;
  for (let e = k + 1; e < tokens.length && e - k < BODY_NAME_REACH; e++) {
    const t = tokens[e] as Token;
    // "Conference of the States Parties to the United Nations Convention against Corruption": an instrument's name is read whole.
    const named = s.instruments.find((m) => m.from <= e && e < m.to && m.kind !== "anaphor");
    if (named && named.to - k <= BODY_NAME_REACH * 2) {
      to = named.to;
      e = named.to - 1;
    } else if (t.word && isCapitalised(t)) to = e + 1;
    else if (!(t.word && NAME_LINKS.has(t.lower))) break;
  }
  if (to - from < 2 && !/\d/u.test((tokens[k] as Token).text)) return null;
  return tokens
    .slice(from, to)
    .map((t, i, all) => (i > 0 && t.start > (all[i - 1] as Token).end ? " " : "") + t.text)
    .join("");
}

/** Whether the name at `from` is a place: after "in" or "at", or after a city and its comma ("Wuhan, China"). */
function placeBefore(tokens: readonly Token[], from: number): boolean {
  const w = tokens[from - 1];
  return w?.lower === "in" || w?.lower === "at" || (w?.text === "," && isCapitalised(tokens[from - 2] as Token));
}

/** Words of a State's formal name it may call itself by ("the Republic", "the Kingdom"). */
const FORMAL_STATE_WORDS = new Set(["republic", "kingdom"]);

/** Words between a subject and its verb: "has also formally", "had then". */
const VERB_GROUP_WORDS = new Set(["has", "have", "had", "also", "formally", "officially", "then", "later", "subsequently", "first", "itself"]);

/** How many sentences from a text's start may say whose report a treaty body considers (reportedState). */
const REPORT_LINES = 12;
const REPORT_WORDS = new Set(["report", "reports"]);

/** A treaty's own organs, which an "its" after the treaty's Parties names ("Its Committee", "its Secretariat"). */
const TREATY_ORGANS = new Set(["committee", "secretariat", "bureau", "conference", "meeting", "depositary"]);

export class DocumentContext {
  constructor(
    readonly sentenceAt: (i: number) => Sentence,
    private readonly principal: () => Actor[],
    /** False only when sentence i certainly names no organisation called by `head` (refine/organisationHints.ts). */
    private readonly mayNameOrganisation: (i: number, head: string) => boolean,
    /** How many sentences the document has, for references to an instrument named only later. */
    private readonly count = 0,
    /** Whether a paragraph ends between sentences i and j (i < j). */
    private readonly paragraphBetween: (i: number, j: number) => boolean = () => false,
    /** The organisation the text describes in its own boilerplate ("X is a network of …"), or null (stages/selfDescribed.ts). */
    private readonly describedAuthor: Actor | null = null,
    /** The state a `Title:` header opens with, for a "we" nothing else names ("Solomon Islands Voluntary National Review …"). */
    private readonly titleState: () => Actor[] = () => [],
    /** False only when sentence i's text certainly holds no word starting with `word` (lower case): its analysis can be skipped. */
    private readonly mayHoldWord: (i: number, word: string) => boolean = () => true,
  ) {}

  /** Whether sentences i and j (i < j) are in the same paragraph. */
  sameParagraph(i: number, j: number): boolean {
    return !this.paragraphBetween(i, j);
  }

  /** The actors a reference in sentence `index` means. */
  resolveActor(m: ActorMention, sentence: Sentence, index: number): Actor[] {
    if (m.actor) return [m.actor];
    if (m.kind === "anaphor" && meetingPeople(sentence.tokens, m)) return this.sentBy(sentence, m, index);
    if (m.kind === "official") return this.resolveOfficial(sentence, index);
    if (m.kind === "pronoun") return this.resolvePronoun(m, sentence, index);
    if (m.kind === "body") {
      const word = m.to - m.from === 1 ? (sentence.tokens[m.from] as Token) : null;
      return word && BODY_REFERENCES.has(word.lower)
        ? [this.namedBody(word, sentence, m.from, index)]
        : this.latestOrganisation("body", sentence, m.from, index);
    }
    if (m.kind === "pair") {
      // ("A, B and C are not parties to X, and none of the three has signed Y": the states its own sentence named before it.)
      const count = countOf(sentence, m);
      // (Over several groups: "A and B signed X in 1997, and C and D the following year, but none of the four has ratified it".)
      const states: Actor[] = [];
      for (const g of sentence.groups.filter((x) => x.to <= m.from).reverse()) {
        states.unshift(...g.members.flatMap((x) => (x.actor?.kind === "state" ? [x.actor] : [])));
        if (states.length >= count) break;
      }
      if (states.length === count && count > 2) return states;
      // "JOINT COMMUNIQUÉ … of Austria and … of Mexico ¶ … both countries endorsed X": the states the heading names, when it names
      // as many and the sentences just before do not. "The two sides" are always the heading's (and so is a pair after them in
      // their sentence: "The two sides reaffirmed …, to which both countries are Parties"), whoever was named just before.
      const heading = this.headingStates();
      if (heading.length === count && sidesBefore(sentence, m.to)) return heading;
      const recent = this.recentPair(index, count);
      if (recent.length > 0) return recent;
      if (heading.length === count) return heading;
      // "Neither country has yet ratified the convention" after "the Convention between the United Kingdom and Brazil …": the two
      // parties a bilateral text's name gives, when nothing nearer names two.
      return count === 2 ? this.bilateralParties(sentence, index, m.from) : [];
    }
    const head = orgHead(sentence, m);
    if (head) {
      const latest = this.latestOrganisation(head, sentence, m.from, index);
      if (latest.length > 0) return latest;
      // ("The Union" with no union named before is none: "the Union" of a federation's own organs is no party to treaties; nor is
      // "the Director-General" of no organisation named before.)
      if (head === "union" || head === "office") return [];
      // "The Conference of the States Parties to the United Nations Convention against Corruption … The Conference adopted X": the
      // body the text last named with that word, where the lexicon knows none.
      const word = sentence.tokens[m.to - 1] as Token;
      const titled = head !== "organisation" && isCapitalised(word) ? this.namedBody(word, sentence, m.from, index, false) : null;
      if (titled) return [titled];
      // "The Council adopted resolution 1325 (2000)" with no council named before: the body whose resolution it is.
      return ownBody(sentence, head);
    }
    if (m.kind === "anaphor" || m.kind === "speaker") {
      // "The Minister signed ... on behalf of Chile"; "I take the floor on behalf of A, B and C".
      const behalf = behalfOf(sentence);
      if (behalf.length > 0) return behalf;
    }
    // "The Minister of Foreign Affairs of the Republic of Iraq, Fuad Hussein, deposited … Syria has been a party to it … the Minister
    // said": the State of the person the text introduced with that title, not the State named last.
    if (m.kind === "anaphor" && m.to - m.from >= 2) {
      const title = (sentence.tokens[m.to - 1] as Token).lower;
      if (TITLE_ANAPHORS.has(title)) {
        const titled = this.titledBefore(title, index);
        if (titled.length > 0) return titled;
      }
    }
    // In a statement by a state ("STATEMENT BY THE UNITED REPUBLIC OF TANZANIA"), "we" and "my country" are that state.
    if (m.kind === "speaker") {
      // "'We urge every State to ratify X,' said Jane Doe of Amnesty International": the quotation's "we" is whom it is said by.
      const within = quoted(sentence, m.from);
      // (Or a quotation opened in a sentence before: 'the Secretary General said: "The Convention remains … . I call on all member
      // States …"': whom the opening sentence attributes it to, if anyone.)
      const opened = within || !closesAfter(sentence, m.from) ? -1 : this.quoteOpenedBefore(index);
      const inQuote = within || opened >= 0;
      // ('Executive Secretary Rolph Payet said: "I urge …"': or the attribution before the quotation, in its own sentence.)
      const attributedTo = within
        ? (attributionOf(sentence, m.from) ?? attributionBefore(sentence, m.from))
        : opened >= 0
          ? attributionBefore(this.sentenceAt(opened))
          : null;
      const source = within ? sentence : opened >= 0 ? this.sentenceAt(opened) : sentence;
      const at = within ? index : opened;
      // (A reference there is resolved as anywhere: "the Director-General said: …" is the organisation's head.)
      const attributed = attributedTo
        ? attributedTo.members.flatMap((x) => (x.actor ? [x.actor] : x.kind === "anaphor" ? this.resolveActor(x, source, at) : []))
        : [];
      if (attributed.length > 0) return attributed;
      // (A quoted "I" with no attribution here is whoever is quoted, not the document's speaker.)
      if (inQuote && sentence.tokens[m.from]?.text === "I") return [];
      // "GHANA (Ms. Mensah): We call on …", "Ms. Mensah (Ghana): …", "MINISTER OF FOREIGN AFFAIRS OF GHANA: …": a transcript's
      // speaker label, on this sentence or the nearest labelled one before it ("CHAIR:" names no State: no one).
      const labelled = inQuote ? null : this.labelledSpeaker(index);
      if (labelled) return labelled;
      const by = this.statementBy();
      if (by.length > 0) return by;
      // "The UK remains fully committed to the CCM, which we ratified in 2010": a State's own stance, and "we" in a relative after
      // it, is that State.
      const stance = inQuote ? [] : stanceSubject(sentence, m.from);
      if (stance.length > 0) return stance;
    }
    // "its"/"their" point at the nearest actor before them, whatever its role ("Summit of CICA ..., its
    // participants"), but never at a person, a depositary or a place ("deposited with the Secretary-General its instrument").
    const bare = m.kind === "possessive" && m.to - m.from === 1;
    const singular = bare && sentence.tokens[m.from]?.lower === "its";
    const owner = (a: Actor) => !bare || mayOwn(a, sentence, m.to);
    // "defended the government's refusal": in a document about one state (its title names it), the bare
    // "the government" is that state's, whichever state the sentence before named.
    // (So is a government named by its parties: "the Conservative Government", "the LDP-Komeito government".)
    if (
      m.kind === "anaphor" &&
      sentence.tokens[m.from]?.lower === "the" &&
      ((/^government(?:'s|’s)?$/u.test(sentence.tokens[m.from + 1]?.lower ?? "") && m.to - m.from <= 3) ||
        (sentence.tokens[m.to - 1]?.lower === "government" && m.to - m.from > 2))
    ) {
      const home = index > 0 ? this.principal() : [];
      if (home.length > 0) return home;
    }
    // "She encouraged the State party to ratify X", "asked whether the State party intended to accede to Y": a treaty body's
    // dialogue is with one State, the text's, whichever State the sentence before named.
    if (
      m.kind === "anaphor" &&
      m.to - m.from === 2 &&
      sentence.tokens[m.from]?.lower === "the" &&
      sentence.tokens[m.from + 1]?.lower === "state" &&
      sentence.tokens[m.to]?.lower === "party"
    ) {
      const home = this.documentState(index);
      if (home.length > 0) return home;
    }
    // "[43] The Republic acceded to X in January 1996", "The Kingdom is a party to Y": the State the text is about, as "the State
    // party" is, when it calls itself by the word of its formal name.
    if (m.kind === "anaphor" && m.to - m.from === 2 && FORMAL_STATE_WORDS.has(sentence.tokens[m.from + 1]?.lower ?? "")) {
      return this.documentState(index);
    }
    // "Leaders reaffirmed their commitment to X": the people just named, whoever they resolve to.
    if (bare) {
      const nearest = sentence.groups.filter((g) => g.to <= m.from).pop();
      const people = nearest?.members.length === 1 ? nearest.members[0] : undefined;
      if (people && !people.actor && meetingPeople(sentence.tokens, people)) {
        const resolved = this.sentBy(sentence, people, index);
        if (resolved.length > 0) return resolved;
      }
      // ("The two sides reaffirmed their commitment to X": the pair's states.)
      if (people && !people.actor && people.kind === "pair") return this.resolveActor(people, sentence, index);
    }
    // "the Government", "his country": a state, never a body or an organisation.
    const stateOnly = m.kind === "anaphor" || (m.kind === "possessive" && m.to - m.from > 1);
    // "The speaker for Russia said his delegation had …", "Matthew Rycroft (United Kingdom) said his country …": the speaker's State.
    const spokenFor = m.kind === "possessive" && m.to - m.from > 1 ? speakersStateBefore(sentence, m.from) : null;
    if (spokenFor) return spokenFor;
    if (m.kind !== "speaker") {
      const before = sentence.groups.filter(
        (g) =>
          g.to <= m.from &&
          (g.eligible || (bare && !locative(sentence, g.from))) &&
          // ("A signed X alongside B and C, and deposited its instrument": companions are not whose "its" is.)
          !companionsFrom(sentence, g.from) &&
          g.members.some((x) => x.actor && (!stateOnly || x.actor.kind === "state") && owner(x.actor)),
      );
      let last = before[before.length - 1];
      // "…, as well as Ukraine, whose Deputy Justice Minister said …": "whose" is the nearest name's.
      const whose = bare && sentence.tokens[m.from]?.lower === "whose" && last && last.to >= m.from - 1 ? last.members[last.members.length - 1] : undefined;
      if (whose?.actor) return [whose.actor];
      // "South Sudan has told the OPCW that its accession process has started": the teller's, not the told's.
      if (last && bare) last = tellerOf(sentence, last, m.from, before) ?? last;
      if (m.kind === "possessive") {
        // "the following Member States for depositing their instruments: A, B" — "their" is the States.
        const generic = genericBetween(sentence, last ? last.to : sentence.from, m);
        if (generic >= 0) {
          // "Although neither country has deposited their instruments": the pair named just before.
          const pair = PAIR_QUANTIFIERS.has(sentence.tokens[generic - 1]?.lower ?? "") ? this.recentPair(index) : [];
          return pair.length > 0 ? pair : listAfterColon(sentence, generic, m.to);
        }
      }
      // "Peru (2018), Costa Rica (2017) and Croatia, which deposited its instrument": "its" is one actor's, the list's nearest.
      if (last && singular && last.members.length > 1) {
        const nearest = last.members[last.members.length - 1]?.actor;
        return nearest ? [nearest] : [];
      }
      if (last) return last.members.flatMap((x) => (x.actor ? [x.actor] : []));
      // "On 14 January 2025, together with its accession to X, Colombia acceded to Y": in an opening phrase, "its" is the main
      // clause's subject, named after the phrase's comma.
      if (bare && !last) {
        const subject = sentence.groups.find((g) => g.from > m.to && g.eligible);
        const lead = subject ? (sentence.tokens[subject.from - 1]?.lower === "the" ? subject.from - 2 : subject.from - 1) : -1;
        const actors = subject && sentence.tokens[lead]?.text === "," ? subject.members.flatMap((x) => (x.actor ? [x.actor] : [])) : [];
        if (actors.length > 0 && (!singular || actors.length === 1)) return actors;
      }
    }
    for (let i = index - 1; i >= Math.max(0, index - HISTORY); i--) {
      // "We, the Maritime Authorities of A, B and C, issue this statement. … We commit to X": the states the "we" named.
      const named = m.kind === "speaker" ? this.weNamedIn(i) : [];
      if (named.length > 0) return named;
      // "Neither A nor B has joined X, and we respect their reasons. We call on …": a sentence whose subject is not the
      // "we" it also holds is about others; the speaker is further back.
      if (m.kind === "speaker" && this.speaksOfOthers(i)) continue;
      const s = this.subjectOf(i);
      // "its" is one actor's: a list of states before it is not what it points at ("attended by ministers from A, B and C. The
      // Committee reaffirmed its commitment …").
      if (singular && s.length > 1) {
        // "A, B and C are Parties to X. Its Committee adopted …": a treaty's organ, when the subject before is a list and the
        // sentence names a text; no State's.
        if (TREATY_ORGANS.has(sentence.tokens[m.to]?.lower ?? "") && this.sentenceAt(i).instruments.length > 0) return [];
        continue;
      }
      // "Kazakhstan is considering whether to join X. … We call on Kazakhstan and Turkmenistan to accede": a "we" is the subject
      // before only in a quotation or in a text that speaks of that subject throughout (its own statement), not in one that names
      // it once among others.
      if (
        m.kind === "speaker" &&
        s.length > 0 &&
        !quoted(sentence, m.from) &&
        !this.speaks(i) &&
        !headingLike(this.sentenceAt(i)) &&
        !this.voiceOfText(s, index)
      )
        break;
      if (s.length > 0 && (!stateOnly || s.some((a) => a.kind === "state")) && s.every(owner)) return s;
    }
    const principal = index > 0 ? this.principal() : [];
    // (A "we" outside quotation marks in a text whose title opens with its state.)
    if (principal.length === 0 && m.kind === "speaker" && !quoted(sentence, m.from)) return this.titleState();
    return stateOnly && !principal.some((a) => a.kind === "state") ? [] : principal;
  }

  /**
   * "The Ministers of Transport of A, B, C and D met in Baku. … The Ministers pledged to implement X": the states of the latest list
   * the same people were named with ("ministers of/from …"), in this sentence or before; none when the text names no such list.
   */
  private sentBy(sentence: Sentence, m: ActorMention, index: number): Actor[] {
    // The noun the list follows: "Ministers", "Leaders", "Heads" (of State).
    const lead = peopleNoun(sentence.tokens, m);
    const noun = lead === "foreign" ? (sentence.tokens[m.from + (sentence.tokens[m.from]?.lower === "the" ? 2 : 1)]?.lower ?? "") : lead;
    for (let i = index; i >= Math.max(0, index - HISTORY); i--) {
      const s = i === index ? sentence : this.sentenceAt(i);
      const until = i === index ? m.from : s.to;
      for (let k = until - 1; k >= s.from; k--) {
        if ((s.tokens[k] as Token).lower !== noun || (k >= m.from && i === index)) continue;
        const states = statesSentBy(s, k, until);
        if (states.length >= 2) return states;
        // ("The Presidents of the Argentine Republic, Javier Milei; of the Federative Republic of Brazil, Luiz Inácio Lula da Silva;
        // … met": each State after its own "of", past its holder's name.)
        const each = statesOfEach(s, k + 1, until);
        if (each.length >= 2) return each;
      }
      // "The Minister of Transport of Malaysia, X, and the Minister of Transportation of the Republic of Indonesia, Y, met … The
      // Ministers welcomed …": the States of each person with the noun's singular title, when the sentence names two or more.
      const singular = noun.endsWith("s") ? noun.slice(0, -1) : "";
      if (singular) {
        const titled = new Map<string, Actor>();
        for (let k = s.from; k < until; k++)
          if ((s.tokens[k] as Token).lower === singular) for (const a of statesOfEach(s, k + 1, until, 1)) titled.set(a.name, a);
        if (titled.size >= 2) return [...titled.values()];
      }
    }
    // "PACIFIC ISLANDS FORUM LEADERS MEETING … Leaders endorsed X": with no states named for them, the people of the meeting the
    // heading names are its organisation's.
    return this.meetingOrganisation();
  }

  private meetingOrganiser: Actor[] | null = null;

  /** The organisation whose meeting the heading reports ("Commonwealth Heads of Government Meeting", "ASEAN Summit"), or none. */
  private meetingOrganisation(): Actor[] {
    if (this.meetingOrganiser) return this.meetingOrganiser;
    this.meetingOrganiser = [];
    for (let i = 0; i < Math.min(this.count, MEETING_HEADING_SENTENCES); i++) {
      const s = this.sentenceAt(i);
      if (!s.tokens.slice(s.from, s.to).some((t) => MEETING_WORDS.has(t.lower))) continue;
      const org = s.groups.flatMap((g) => g.members).find((x) => x.actor?.kind === "organisation");
      if (org?.actor) {
        this.meetingOrganiser = [org.actor];
        break;
      }
    }
    return this.meetingOrganiser;
  }

  /** Whether sentence `i` speaks in the first person ("I take the floor on behalf of A, B and C"): a "we" after it is the same voice. */
  private speaks(i: number): boolean {
    return this.sentenceAt(i).groups.some((g) => g.members.some((x) => x.kind === "speaker"));
  }

  /** The sentence before `index`, in its paragraph, whose quotation is still open when sentence `index` starts; or -1. */
  private quoteOpenedBefore(index: number): number {
    let open = -1;
    let first = index;
    while (first > 0 && index - first < QUOTE_SENTENCES && this.sameParagraph(first - 1, index)) first--;
    for (let i = first; i < index; i++) {
      const s = this.sentenceAt(i);
      for (let k = s.from; k < s.to; k++) if (QUOTE_MARKS.has((s.tokens[k] as Token).text)) open = open >= 0 ? -1 : i;
    }
    return open;
  }

  /** Whether `actors` are the subject of two sentences or more before `index`, and no other actor of as many. */
  private voiceOfText(actors: readonly Actor[], index: number): boolean {
    const counts = new Map<string, number>();
    for (let i = Math.max(0, index - HISTORY); i < index; i++) {
      const names = new Set(this.subjectOf(i).map((a) => a.name));
      for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const mine = Math.min(...actors.map((a) => counts.get(a.name) ?? 0));
    const others = Math.max(0, ...[...counts].filter(([n]) => !actors.some((a) => a.name === n)).map(([, c]) => c));
    return mine >= 2 && mine > others;
  }

  private statementAuthor: Actor[] | null = null;

  /**
   * The state a statement is by, from its heading in the first sentences: "Statement by the United
   * Republic of Tanzania", "Statement by H.E. X, Permanent Representative of Kazakhstan" (the state
   * may be on the next line). Empty for a document that is not a statement.
   */
  /** The State of the nearest speaker label at or before sentence `index` (none for a label that names none), or null. */
  private labelledSpeaker(index: number): Actor[] | null {
    for (let i = index; i >= Math.max(0, index - HISTORY); i--) {
      // (A sentence with no colon holds no label: it is not analysed for one.)
      if (i !== index && !this.mayHoldWord(i, ":")) continue;
      const label = speakerLabel(this.sentenceAt(i));
      // (The nearest label decides: a person's name, "RAMGOOLAM-SEWRAJ:", leaves "we" to the text around it.)
      if (label) return label.states.length === 1 ? label.states : label.role ? [] : null;
    }
    return null;
  }

  private statementBy(): Actor[] {
    if (this.statementAuthor) return this.statementAuthor;
    this.statementAuthor = [];
    for (let i = 0; i < Math.min(this.count, STATEMENT_HEADING_SENTENCES); i++) {
      const s = this.sentenceAt(i);
      // ("JOINT STATEMENT ON X ¶ Issued by A, B and C, members of …": a heading line that opens with its authors.)
      const k =
        ISSUING.has(s.tokens[s.from]?.lower ?? "") && s.tokens[s.from + 1]?.lower === "by"
          ? s.from
          : s.tokens.findIndex((t, j) => j + 1 < s.to && STATEMENT_NOUNS.has(t.lower) && s.tokens[j + 1]?.lower === "by");
      if (k < 0) continue;
      // ("JOINT STATEMENT by the Ministers for Foreign Affairs of A, B and C": every state of the list.)
      const states = firstStates(s, k + 2);
      this.statementAuthor = states.length > 0 ? states : i + 1 < this.count ? firstStates(this.sentenceAt(i + 1), 0).slice(0, 1) : [];
      break;
    }
    // A release headed by a state's own office ("Ministry of Foreign Affairs of the Kyrgyz Republic", "Permanent Mission of
    // Ghana to the United Nations"): its "we" and "our country" are that state.
    if (this.statementAuthor.length === 0 && this.count > 0) {
      const s = this.sentenceAt(0);
      const k = s.tokens.findIndex((t, j) => j < OFFICE_REACH && OFFICE_NOUNS.has(t.lower) && isCapitalised(t));
      const state = k >= 0 ? officeState(s, k) : null;
      if (state) this.statementAuthor = [state];
    }
    // "We, the Ministers of Environment and of Foreign Affairs of Chile, Colombia, Costa Rica, Ecuador and Panama, met …": a joint
    // statement's "we" names its authors once, at its start; its later "we" is they, past paragraphs that speak of each of them.
    if (this.statementAuthor.length === 0)
      for (let i = 0; i < Math.min(this.count, STATEMENT_HEADING_SENTENCES + WE_OPENING_SENTENCES); i++) {
        const named = this.weNamedIn(i);
        if (named.length > 0) {
          this.statementAuthor = named;
          break;
        }
      }
    // A text whose boilerplate says what its organisation is ("Indian Ocean Tuna Watch is a network of fishers' organisations"):
    // "we" is that organisation.
    if (this.statementAuthor.length === 0 && this.describedAuthor) this.statementAuthor = [this.describedAuthor];
    return this.statementAuthor;
  }

  /** Sentence `i` holds a speaker ("we", "my country") outside its subject group, which is therefore someone else. */
  private speaksOfOthers(i: number): boolean {
    const sentence = this.sentenceAt(i);
    const subject = sentence.groups.find((x) => x.eligible && x.members.some((m) => m.actor));
    if (!subject || subject.members.some((m) => m.kind === "speaker")) return false;
    return sentence.groups.some((g) => g !== subject && g.members.some((m) => m.kind === "speaker"));
  }

  /**
   * "The Meeting adopted X", "the COP adopted X": the latest name the text gives a body with that word ("the Twenty-fourth
   * Ordinary Meeting of the Contracting Parties to the Barcelona Convention", "COP16"), read as written; else the word itself.
   */
  private namedBody(word: Token, sentence: Sentence, before: number, index: number): Actor;
  private namedBody(word: Token, sentence: Sentence, before: number, index: number, orWord: false): Actor | null;
  private namedBody(word: Token, sentence: Sentence, before: number, index: number, orWord = true): Actor | null {
    const head = word.lower;
    // A heading in capitals ("EQUAL RIGHTS AFRICA COALITION | Campaigns"), only when the text writes the name no other way.
    let heading: string | null = null;
    const inSentence = (s: Sentence, limit: number): string | null => {
      let found: string | null = null;
      for (let k = 0; k < limit; k++) {
        const t = s.tokens[k] as Token;
        if (!t.word || !isCapitalised(t) || (t.lower !== head && !t.lower.startsWith(head))) continue;
        if (k > 0 && s.tokens[k - 1]?.lower === "the" && !isCapitalised(s.tokens[k + 1] ?? t) && s.tokens[k + 1]?.lower !== "of") continue;
        const name = titlePhrase(s, k);
        if (name && t.text.length > 1 && t.text === t.text.toUpperCase()) heading ??= titleCased(name);
        else if (name) found = name;
      }
      return found;
    };
    const here = inSentence(sentence, before);
    if (here) return { name: here, kind: "organisation" };
    for (let i = index - 1; i >= Math.max(0, index - HISTORY); i--) {
      if (!this.mayHoldWord(i, head)) continue;
      const s = this.sentenceAt(i);
      const found = inSentence(s, s.tokens.length);
      if (found) return { name: found, kind: "organisation" };
    }
    if (heading && NAMED_BODY_HEADS.includes(head)) return { name: heading, kind: "organisation" };
    return orWord ? { name: word.text.charAt(0).toUpperCase() + word.text.slice(1), kind: "organisation" } : null;
  }

  /** "the Committee", "the Assembly": the latest organisation named with that word. */
  private latestOrganisation(head: string, sentence: Sentence, before: number, index: number): Actor[] {
    // "body": any deliberative body (an assembly, council, committee, conference …); "office": an organisation with a head of its
    // own (an agency, a secretariat: not a body, a UN organ or a union of States).
    const named = head === "body" ? isDeliberative : (name: string) => name.includes(head);
    const fits = (a: Actor) => head === "organisation" || (head === "office" ? !a.body && hasExecutiveHead(a.name) : named(a.name.toLowerCase()));
    const pick = (s: Sentence, limit: number): Actor | null => {
      let found: Actor | null = null;
      for (const g of s.groups) for (const x of g.members) if (x.from < limit && x.actor?.kind === "organisation" && fits(x.actor)) found = x.actor;
      return found;
    };
    const here = pick(sentence, before);
    if (here) return [here];
    for (let i = index - 1; i >= Math.max(0, index - HISTORY); i--) {
      if (!this.mayNameOrganisation(i, head === "office" ? "organisation" : head)) continue;
      const s = this.sentenceAt(i);
      const found = pick(s, s.tokens.length);
      if (found) return [found];
    }
    return [];
  }

  /**
   * "President [William] Clinton signed ... on behalf of the United States"; else, "The former
   * President X signed" in a document about one state: that state. Otherwise no one.
   */
  private resolveOfficial(sentence: Sentence, index: number): Actor[] {
    const behalf = behalfOf(sentence);
    if (behalf.length > 0) return behalf;
    const states = new Map<string, Actor>();
    const add = (s: Sentence) => {
      for (const g of s.groups) for (const x of g.members) if (x.actor?.kind === "state") states.set(x.actor.name, x.actor);
    };
    add(sentence);
    for (let i = index - 1; i >= Math.max(0, index - HISTORY) && states.size < 2; i--) add(this.sentenceAt(i));
    if (index > HISTORY) for (const a of this.principal()) states.set(a.name, a);
    return states.size === 1 ? [...states.values()] : [];
  }

  /**
   * A subject "it" is the one actor of the sentence before ("Kenya ratified X. It also signed Y.");
   * "they" is the nearest list of actors before it, or the list the sentence before opens with,
   * unless a plural noun is nearer ("two more states have notified UNHCR that they will accede").
   */
  private resolvePronoun(m: ActorMention, sentence: Sentence, index: number): Actor[] {
    const word = sentence.tokens[m.from]?.lower;
    if (word === "he" || word === "she") return this.personBefore(index, word);
    // ("None of these eight States": plural, and as many as its count says.)
    const none = word === "none" || word === "neither";
    const plural = word === "they" || none;
    const counted =
      word === "neither" ? 2 : none ? COUNT_VALUES.get(sentence.tokens.slice(m.from, m.to).find((t) => COUNT_VALUES.has(t.lower))?.lower ?? "") : undefined;
    const fits = (actors: Actor[]) => (plural ? actors.length >= 2 && (counted === undefined || actors.length === counted) : actors.length === 1);
    if (plural) {
      for (let k = m.from - 1; k >= sentence.from; k--) {
        const g = sentence.groups.find((x) => x.to === k + 1);
        if (g) {
          const actors = g.members.flatMap((x) => (x.actor ? [x.actor] : []));
          if (g.eligible && fits(actors)) return actors;
          k = g.from;
        } else if (GENERIC_PLURALS.has((sentence.tokens[k] as Token).lower)) {
          const n = COUNT_WORDS[sentence.tokens[k - 1]?.lower === "more" ? (sentence.tokens[k - 2]?.lower ?? "") : (sentence.tokens[k - 1]?.lower ?? "")];
          return n !== undefined ? this.namedNext(index, n) : [];
        }
      }
    }
    // "Saudi Arabia deposited …, while Rwanda said it would ratify": a reported "it" is the reporter's, named right before its verb.
    if (!plural && reportedSubject(sentence.tokens, sentence.from, m.from)) {
      let k = m.from - 1;
      if (sentence.tokens[k]?.lower === "that") k--;
      while (k > sentence.from && REPORTER_FILLERS.has(sentence.tokens[k - 1]?.lower ?? "")) k--;
      const reporter = sentence.groups.find((g) => g.eligible && g.to === k);
      const actors = reporter ? reporter.members.flatMap((x) => (x.actor ? [x.actor] : [])) : [];
      if (fits(actors)) return actors;
    }
    // "At COP14, held in Wuhan, China, …, the Conference adopted X, and it also adopted Y": a coordinated clause's "it" is the first
    // clause's subject, the actor right before its act (not a place or a time before that).
    if (!plural && m.from > sentence.from && coordinatedClause(sentence.tokens, sentence.from, m.from)) {
      // (The sentence's first actor, unless it names a place: "held in Wuhan, China, …, the Conference adopted X", whose subject is
      // then the actor right before the first act, past auxiliaries and adverbs, or none the lexicon knows.)
      let subject = sentence.groups.find((g) => g.eligible && g.to <= m.from && g.members.some((x) => x.actor));
      if (subject && placeBefore(sentence.tokens, subject.from)) {
        const act = sentence.cues.find((c) => c.from < m.from);
        const last = act ? sentence.groups.filter((g) => g.eligible && g.to <= act.from).pop() : undefined;
        subject = last && act && sentence.tokens.slice(last.to, act.from).every((t) => VERB_GROUP_WORDS.has(t.lower)) ? last : undefined;
      }
      const actors = subject ? subject.members.flatMap((x) => (x.actor ? [x.actor] : [])) : [];
      return fits(actors) ? actors : [];
    }
    // "Timor-Leste is a Party to X, which it joined in 2023": a relative's "it" is the clause's subject, in this sentence.
    if (!plural && m.from > sentence.from) {
      const subject = sentence.groups.find((g) => g.eligible && g.to <= m.from);
      const actors = subject ? subject.members.flatMap((x) => (x.actor ? [x.actor] : [])) : [];
      if (fits(actors)) return actors;
    }
    if (index === 0 || this.depth > MAX_DEPTH) return [];
    const before = this.subjectOf(index - 1);
    return fits(before) ? before : [];
  }

  /**
   * "OAS Secretary General Luis Almagro welcomed the step. He urged …", "the Minister said after the deposit. He called on …": the
   * actor of the titled person the sentence before (or the one before it, past a sentence with no actor) has as its subject; none
   * when that subject is no person ("Kenya ratified X. He …" names no one "he" can be).
   */
  private personBefore(index: number, word: string): Actor[] {
    if (this.depth > MAX_DEPTH) return [];
    // In a summary record a paragraph is its speaker's: "2. Ms. Lungu (Zambia) said that … Zambia was not yet a party to it. Her
    // Government intended … She urged all States …" (the nearest speaker of the pronoun's sex, within the paragraph).
    for (let i = index - 1; i >= Math.max(0, index - SPEAKER_REACH) && !this.paragraphBetween(i, index); i--) {
      const s = this.sentenceAt(i);
      const g = s.groups.find((x) => speakersAddress(s.tokens, x.from) !== null);
      if (!g || s.groups[0] !== g) continue;
      const address = speakersAddress(s.tokens, g.from) ?? "";
      if ((word === "she" && address === "mr") || (word === "he" && FEMALE_ADDRESSES.has(address))) continue;
      return g.members.flatMap((y) => (y.actor ? [y.actor] : []));
    }
    for (let i = index - 1; i >= Math.max(0, index - PERSON_REACH); i--) {
      const s = this.sentenceAt(i);
      const g = s.groups.find((x) => x.eligible && x.members.some((y) => y.actor || y.kind !== "possessive"));
      if (!g) continue;
      if (!personLike(s, g)) return [];
      this.depth++;
      const actors = g.members.flatMap((y) => this.resolveActor(y, s, i));
      this.depth--;
      return actors.length === 1 ? actors : [];
    }
    return [];
  }

  /**
   * The one State a sentence before `index` gives a person of that title to ("the Minister of Foreign Affairs of the Republic of
   * Iraq", "Kenya's Foreign Minister", "President X of Chile"): the latest such sentence's; none when it gives the title to several
   * States or none.
   */
  private titledBefore(title: string, index: number): Actor[] {
    for (let i = index - 1; i >= Math.max(0, index - HISTORY); i--) {
      const s = this.sentenceAt(i);
      const states = new Map<string, Actor>();
      for (let k = s.from; k < s.to; k++) {
        if ((s.tokens[k] as Token).lower !== title) continue;
        // (Not the reference itself, "the Minister", which says whose it is no more than this one does.)
        if (s.groups.some((g) => g.members.some((x) => x.kind === "anaphor" && x.from <= k && k < x.to))) continue;
        for (const g of s.groups)
          if (g.from <= k + PERSON_WINDOW + 2 && g.to >= k - PERSON_WINDOW + 1)
            for (const x of g.members) if (x.actor?.kind === "state") states.set(x.actor.name, x.actor);
      }
      if (states.size > 0) return states.size === 1 ? [...states.values()] : [];
    }
    return [];
  }

  private mostNamed: Actor[] | null = null;

  /** The State a text names by name most often, when it is named at least twice as often as any other (a review's State). */
  private mostNamedState(): Actor[] {
    if (this.mostNamed) return this.mostNamed;
    this.mostNamed = []; // (a reference met while counting finds none)
    const counts = new Map<string, { actor: Actor; n: number }>();
    for (let i = 0; i < this.count; i++)
      for (const g of this.sentenceAt(i).groups)
        for (const m of g.members)
          if (m.kind === "named" && m.actor?.kind === "state") {
            const c = counts.get(m.actor.name) ?? { actor: m.actor, n: 0 };
            c.n++;
            counts.set(m.actor.name, c);
          }
    const [first, second] = [...counts.values()].sort((a, b) => b.n - a.n);
    this.mostNamed = first && first.n >= 3 && first.n >= 2 * (second?.n ?? 0) ? [first.actor] : [];
    return this.mostNamed;
  }

  /**
   * The one State a text is about, for its own statements of position ("| Ratify X (Italy) | Noted |" in a review's addendum): its
   * title's State, else the State whose report its opening lines consider, else the State it names most; none when that is unsure.
   * (The title's State is not the title's own sentence's: at sentence `index` 0 it is skipped.)
   */
  documentState(index = 1): Actor[] {
    const title = index > 0 ? this.principal() : [];
    const reported = title.length > 0 ? title : this.reportedState();
    const home = reported.length > 0 ? reported : this.mostNamedState();
    return home.length === 1 && home[0]?.kind === "state" ? home : [];
  }

  private reported: Actor[] | null = null;

  /**
   * The State whose report a treaty body's text considers, from its opening lines: "Concluding observations on the seventh periodic
   * report of Uzbekistan", "the combined third to sixth periodic reports of the Lao People's Democratic Republic", "the second
   * periodic report of Jordan (CAT/C/JOR/2)". The first State named right after "report(s) of" there, or none.
   */
  private reportedState(): Actor[] {
    if (this.reported) return this.reported;
    this.reported = [];
    for (let i = 0; i < Math.min(this.count, REPORT_LINES); i++) {
      const s = this.sentenceAt(i);
      for (const g of s.groups) {
        const first = g.members[0];
        if (g.members.length !== 1 || first?.kind !== "named" || first.actor?.kind !== "state") continue;
        let k = g.from - 1;
        if (s.tokens[k]?.lower === "the") k--;
        if (s.tokens[k]?.lower !== "of" || !REPORT_WORDS.has(s.tokens[k - 1]?.lower ?? "")) continue;
        return (this.reported = [first.actor]);
      }
    }
    return this.reported;
  }

  private headingNamed: Actor[] | null = null;

  /**
   * The distinct states a document's heading names: its first line and the heading lines under it, up to its first sentence
   * ("Joint Statement by the United States of America and the Kingdom of Thailand on …", "CONFEDERATION OF SAHEL STATES ¶ Burkina
   * Faso – Republic of Mali – Republic of Niger").
   */
  private headingStates(): Actor[] {
    if (this.headingNamed) return this.headingNamed;
    const out = new Map<string, Actor>();
    for (let i = 0; i < Math.min(this.count, HEADING_LINES); i++) {
      const s = this.sentenceAt(i);
      if (i > 0 && !headingLike(s)) break;
      for (const a of statesOf(s)) out.set(a.name, a);
    }
    return (this.headingNamed = [...out.values()]);
  }

  /** The `count` states named together just before sentence `index` ("Both States", "All three"), or none. */
  /** The two parties the name of the last text named (in this sentence before the others) gives: "the EU–New Zealand FTA". */
  private bilateralParties(sentence: Sentence, index: number, at: number): Actor[] {
    // (Not past a text described in lower case: "the free trade agreement between A and B, which the two sides signed".)
    for (let k = sentence.from; k < at; k++) if (KIND_HEADS.has((sentence.tokens[k] as Token).text)) return [];
    for (let i = index; i >= Math.max(0, index - PAIR_REACH); i--) {
      const s = i === index ? sentence : this.sentenceAt(i);
      if ((s.described?.length ?? 0) > 0 || (s.unresolved?.length ?? 0) > 0) return [];
      const last = s.instruments.filter((m) => m.kind !== "anaphor" && m.text).pop();
      if (!last?.text) continue;
      // (Its words apart at hyphens and dashes: "EU-New Zealand", "Canada–United Arab Emirates".)
      const words = tokenize(last.text.replace(/[-\u2010-\u2015]/gu, " "));
      const parties = new Map<string, Actor>();
      for (const m of findActors(words, 0, words.length, () => false))
        if (m.actor && (m.actor.kind === "state" || m.actor.name === "European Union")) parties.set(m.actor.name, m.actor);
      return parties.size === 2 ? [...parties.values()] : [];
    }
    return [];
  }

  /**
   * The `count` states named together before sentence `index` ("Both States", "All three", "the eight States"): those of the
   * nearest sentence that names as many, or (three or more, nearby) of its one coordinated group that does ("… runs programmes
   * with A, B and C. All three are parties"), past sentences that name fewer; within PAIR_REACH sentences for a pair, COUNTED_REACH for three or
   * more (a number few groups of a text share: "the three States" three paragraphs after it listed them).
   */
  private recentPair(index: number, count = 2): Actor[] {
    const reach = count > 2 ? COUNTED_REACH : PAIR_REACH;
    for (let i = index - 1; i >= Math.max(0, index - reach); i--) {
      const s = this.sentenceAt(i);
      const states = statesOf(s);
      if (states.length === count) return states;
      // (A pair's group among more is not taken: "A and B acceded … , and C in 2010. … the two sides signed" are others; nor a
      // group among more further back than a pair would look.)
      if (states.length > count) return count > 2 && index - i <= PAIR_REACH ? groupOf(s, count) : [];
    }
    return [];
  }

  /**
   * "two more states have notified UNHCR that they will accede … These are A and B.": a counted
   * plural the next sentence names ("These are", "They are", "The two states are").
   */
  private namedNext(index: number, count: number): Actor[] {
    if (index + 1 >= this.count) return [];
    const next = this.sentenceAt(index + 1);
    const words = next.tokens.slice(next.from, Math.min(next.to, next.from + 5)).map((t) => t.lower);
    const copula = words.findIndex((w) => w === "are" || w === "were");
    if (copula < 0 || !["these", "they", "the"].includes(words[0] ?? "")) return [];
    const states = statesOf(next);
    return states.length === count || (count === 0 && states.length >= 2) ? states : [];
  }

  private readonly subjects = new Map<number, Actor[]>();
  /** Nesting of subjectOf through pronouns and officials, bounded on hostile chains of "It ...". */
  private depth = 0;

  /** A sentence's subject: its first eligible group with named (or resolvable) actors. */
  private subjectOf(i: number): Actor[] {
    const cached = this.subjects.get(i);
    if (cached) return cached;
    const sentence = this.sentenceAt(i);
    const resolvable = (m: ActorMention) => m.kind === "speaker" || m.kind === "official" || m.kind === "pronoun";
    const g = sentence.groups.find((x) => x.eligible && x.members.some((m) => m.actor || resolvable(m)));
    this.depth++;
    const actors = g ? g.members.flatMap((m) => (m.actor ? [m.actor] : resolvable(m) ? this.resolveActor(m, sentence, i) : [])) : [];
    this.depth--;
    this.subjects.set(i, actors);
    return actors;
  }

  /**
   * "neither Convention", "both instruments", "all three treaties": the last two (or three …) distinct instruments named before it
   * that the head fits, in this sentence or the two before; "signed them", "any of them": all those of the nearest sentence that
   * names several. Empty when there are not as many.
   */
  resolvePair(m: InstrumentMention, sentence: Sentence, index: number): InstrumentMention[] {
    // Names first; a reference resolved before ("the First Protocol") only when the names are too few.
    const named = this.setOf(m, sentence, index, false);
    return named.length > 0 ? named : this.setOf(m, sentence, index, true);
  }

  private setOf(m: InstrumentMention, sentence: Sentence, index: number, references: boolean): InstrumentMention[] {
    const fits = (x: InstrumentMention) =>
      x.text !== "" &&
      (references || x.kind !== "anaphor" || x.fromSet === true) &&
      // ("each treaty", "both treaties": a protocol is a treaty too.)
      (m.head === "instrument" || compatible(m.head ?? "", x) || (m.head === "treaty" && x.type === "protocol"));
    const distinct = (found: readonly InstrumentMention[], x: InstrumentMention) => !found.some((f) => f.text === x.text || (f.entry && f.entry === x.entry));
    // A sentence before may not be resolved yet (a reference with nothing before it looks ahead, analysing the sentences after
    // it first): a set reference there stands for what it will resolve to.
    const expanded = (list: readonly InstrumentMention[], i: number) =>
      list.some((x) => x.pair)
        ? list.flatMap((x) => (x.pair ? this.resolvePair(x, i === index ? sentence : this.sentenceAt(i), i).map((y) => ({ ...y, fromSet: true })) : [x]))
        : list;
    const before = expanded(
      sentence.instruments.filter((x) => x.to <= m.from),
      index,
    );
    const count = m.count ?? 2;
    if (count === 0) {
      // "signed the Pelindaba Protocols in 1996 and has not ratified them": one name of several, in the sentence itself.
      const plural = before.filter((x) => fits(x) && PLURAL_NAME.test(x.text));
      if (plural.length === 1 && before.filter(fits).length === 1) return plural;
      // "signed them", "party to any of them": every instrument of the nearest sentence that names several.
      // (Further back past sentences that name none: "… signed the instrument of accession to X and the instrument of ratification
      // of Y. [three sentences on the ceremony] Zambia will become a State Party to each treaty only when …".)
      for (let i = index; i >= Math.max(0, index - SET_REACH); i--) {
        const list = i === index ? before : expanded(this.sentenceAt(i).instruments, i);
        const found: InstrumentMention[] = [];
        for (const x of list) if (fits(x) && distinct(found, x)) found.push(x);
        if (found.length >= 2) return found;
        if (found.length === 1 || (index - i >= RECENT_SENTENCES && m.head === "instrument")) return [];
      }
      return [];
    }
    const found: InstrumentMention[] = [];
    const take = (list: readonly InstrumentMention[]) => {
      for (let k = list.length - 1; k >= 0 && found.length < count; k--) {
        const x = list[k] as InstrumentMention;
        if (fits(x) && distinct(found, x)) found.push(x);
      }
    };
    take(before);
    for (let i = index - 1; i >= Math.max(0, index - RECENT_SENTENCES) && found.length < count; i--) take(expanded(this.sentenceAt(i).instruments, i));
    // Further back past sentences that name none: "A ratified the Service Convention in 1967 and the Evidence Convention in 1972.
    // B did so in 1967 and 1976. C and D were early members too. Both States are parties to the two Conventions." (Only a set
    // named by its noun: a bare "either" so far from its instruments is the adverb, "Peru has not signed either".)
    if (m.head !== "instrument")
      for (let i = index - RECENT_SENTENCES - 1; i >= Math.max(0, index - SET_REACH) && found.length === 0; i--)
        take(expanded(this.sentenceAt(i).instruments, i));
    return found.length === count ? found.reverse() : [];
  }

  /** Fill an anaphor's text and entry from its antecedent; false when there is none. */
  resolveInstrument(m: InstrumentMention, sentence: Sentence, index: number): boolean {
    if (m.kind !== "anaphor" || m.text) return true;
    // "The 1998 Convention never entered into force. The new Convention was signed by …": "new" passes over a dated one.
    if (sentence.tokens.slice(m.from, m.to).some((t) => t.lower === "new")) {
      const newer = this.walkBack(index + 1, (list) => lastCompatibleUndated(list, m.head ?? ""));
      if (newer) {
        return takeAntecedent(m, newer);
      }
    }
    const inSentence = sentence.instruments.filter((x) => x.to <= m.from && x.kind !== "anaphor");
    // "DECLARATION OF MONTEVIDEO ¶ … Recalling the MONDIACULT 2022 Declaration … ¶ This Declaration was endorsed by …": in a text
    // that is itself the declaration, "This Declaration" is the text, named by its heading, not the last declaration it recalls.
    // (Not right after another text of the kind: "… the Kigali Amendment, adopted in 2016. This Amendment …" is that one.)
    const namedNear = (list: readonly InstrumentMention[]) => list.some((x) => x.kind !== "anaphor" && x.text && compatible(m.head ?? "", x));
    if (
      sentence.tokens[m.from]?.lower === "this" &&
      m.to === m.from + 2 &&
      isCapitalised(sentence.tokens[m.from + 1] as Token) &&
      !namedNear(inSentence) &&
      ![1, 2, 3].some((k) => index - k >= HEADING_LINES && namedNear(this.sentenceAt(index - k).instruments))
    ) {
      const own = this.headingText(m.head ?? "", index);
      if (own) return takeAntecedent(m, own);
    }
    // "the death-penalty protocol": the latest text whose name holds the subject's words; none, when the text named none.
    if (m.subject) {
      const words = m.subject.split(/[\s-]+/u).map(stem);
      const about = (list: readonly InstrumentMention[]) => {
        for (let k = list.length - 1; k >= 0; k--) {
          const a = list[k] as InstrumentMention;
          if (!a.text || a.kind === "anaphor" || !compatible(m.head ?? "", a)) continue;
          const name = new Set(wordsOf(comparedName(a)).map(stem));
          if (words.every((w) => name.has(w))) return a;
        }
        return null;
      };
      const found = about(inSentence) ?? this.walkBack(index, about);
      return found ? takeAntecedent(m, found) : false;
    }
    // "the Global Convention", "the Second Protocol": the latest compatible name that has the reference's own word, over a nearer
    // one that has not ("… the Global Convention on the Recognition of Qualifications … the Lisbon Recognition Convention … Tunisia
    // ratified the Global Convention").
    // (Not a plural, "the Additional Protocols", which is not one of them.)
    const plural = (m.head ?? "").endsWith("s");
    // (And an amendment's acronym: "the GMO amendment" is the one named with "GMO".)
    const modifiers = plural
      ? []
      : (m.fallbackText ?? "")
          .split(/\s+/u)
          .filter((w) => NAMING_MODIFIERS.has(w.toLowerCase()) || (AMENDMENT_ACRONYM.test(w) && AMENDMENT_NOUNS.has(m.head ?? "")))
          .map((w) => w.toLowerCase());
    if (modifiers.length > 0) {
      const withWords = (list: readonly InstrumentMention[]) => {
        for (let k = list.length - 1; k >= 0; k--) {
          const a = list[k] as InstrumentMention;
          if (a.text && a.kind !== "anaphor" && compatible(m.head ?? "", a) && modifiers.every((w) => wordsOf(comparedName(a)).includes(w))) return a;
        }
        return null;
      };
      const found = withWords(inSentence) ?? this.walkBack(index, withWords);
      if (found) return takeAntecedent(m, found);
      // "the Global Convention" with no global one named before: a text of its own name, as written, not the last convention named
      // ("the Tokyo Convention").
      if (m.fallbackText && NAMING_CAPITALS.test(m.fallbackText)) {
        m.text = m.fallbackText;
        return true;
      }
    }
    // "Argentina ratified the Agreement in 2016 but has not signed the Implementation Agreement, so the Agreement cannot be
    // applied": within a sentence, the same words name the same text, past another named with them in between.
    const same = sentence.instruments.find((x) => x !== m && x.kind === "anaphor" && x.head === m.head && x.from < m.from && x.text);
    if (same && !plural && inSentence.some((x) => x.from > same.from && x.text !== same.text)) return takeAntecedent(m, same);
    // "Kenya, which acceded to the Convention itself in 1984, has not yet ratified the Protocol": "itself" sets the text against a
    // protocol to it named since the last text the reference's word could name by itself.
    if (sentence.tokens[m.to]?.lower === "itself") {
      for (let i = index; i >= Math.max(0, index - ITSELF_REACH); i--) {
        const list = i === index ? inSentence : this.sentenceAt(i).instruments.filter((x) => x.kind !== "anaphor");
        const parent = parentCompatible(list, m.head ?? "");
        // (Not past another text the word names: "acceded to the Budapest Convention, … a Party to its first Additional Protocol".)
        if (list.some((x) => x.type !== "protocol" && compatible(m.head ?? "", x) && x.text !== parent?.text)) break;
        if (parent) return takeAntecedent(m, parent);
      }
    }
    // "the Treaty" after the CTBT and then a convention is the CTBT: a treaty called a treaty by name first.
    const byName = m.head === "treaty" ? (list: readonly InstrumentMention[]) => lastCompatible(list, "treaty", true) : null;
    const found =
      (byName && (byName(inSentence) ?? this.walkBack(index, byName))) ??
      lastCompatible(inSentence, m.head ?? "") ??
      this.recentOrPrincipal(index, m.head ?? "") ??
      // ("the text" in a document that names no resolution or declaration: whatever it named last.)
      (m.head === "text" ? (lastCompatible(inSentence, "") ?? this.recentOrPrincipal(index, "")) : null) ??
      // ("has not accepted the amendment" where only the protocol it amends was named: that protocol's.)
      (m.head === "amendment" ? (lastCompatible(inSentence, "protocol") ?? this.recentOrPrincipal(index, "protocol")) : null) ??
      // "the agreement", "the pact" for a treaty not called one ("Canada voted in favour of the agreement" after the Arms Trade Treaty).
      (GENERAL_TREATY_HEADS.has(m.head ?? "")
        ? (lastCompatible(inSentence, "treaty") ?? this.walkBack(index, (list) => lastCompatible(list, "treaty")))
        : null) ??
      // "Committee on the Elimination of Discrimination against Women … Japan ratified the Convention in 1985": the treaty whose
      // committee the text is addressed to or speaks of, before one named later.
      this.monitoredBy(index, m.head ?? "") ??
      (index === 0 || !this.namesAnyBefore(index) || m.head === "resolution"
        ? this.namedLater(index, (x) => compatible(m.head ?? "", x), m.head === "resolution")
        : null);
    if (found) {
      return takeAntecedent(m, found);
    }
    // "… the Additional Protocol to the Ibero-American Convention on the Rights of Youth … The Convention itself, signed in 2005":
    // the instrument a protocol named before is to.
    const parent = this.walkBack(index + 1, (list) => parentCompatible(list, m.head ?? ""));
    if (parent) {
      return takeAntecedent(m, parent);
    }
    if (m.fallbackText) {
      m.text = m.fallbackText;
      return true;
    }
    return false;
  }

  private readonly weNamed = new Map<number, Actor[]>();

  /** The states sentence `i` names in apposition to its "we" (found once per sentence). */
  private weNamedIn(i: number): Actor[] {
    let named = this.weNamed.get(i);
    if (!named) this.weNamed.set(i, (named = weInApposition(this.sentenceAt(i))));
    return named;
  }

  /** The treaty of a treaty body named in sentence `index` or before, when `head` may refer to it; else null. */
  private monitoredBy(index: number, head: string): InstrumentMention | null {
    for (let i = Math.min(index, this.count - 1); i >= Math.max(0, index - HISTORY); i--) {
      const s = this.sentenceAt(i);
      if (!s.tokens.some((t) => t.lower === "committee")) continue;
      const text = s.tokens
        .slice(s.from, s.to)
        .map((t) => t.lower)
        .join(" ");
      for (const [body, name] of TREATY_BODIES) {
        if (!body.test(text)) continue;
        const treaty = catalogIndex().resolveByWords(name, "treaty");
        // ("… has neither signed nor acceded to the Optional Protocol to the Convention": the treaty's one protocol.)
        const children = treaty && head === "protocol" ? catalogIndex().children(treaty.id) : [];
        const entry = children.length === 1 ? children[0] : treaty;
        const mention = entry ? instrumentMention(0, 0, "catalog", entry.name, entry, entry.type) : null;
        if (mention && compatible(head, mention)) return mention;
      }
    }
    return null;
  }

  /**
   * The document's current instrument before sentence `index`, for acts stated without one; in a
   * document that names none before it ("France said its ratification procedure has begun ...
   * Portugal aims to ratify the CCD"), the first catalogued one it names later.
   */
  topic(index: number, fits: (m: InstrumentMention) => boolean = () => true, skipAsides = false): InstrumentMention | null {
    // Not a framework the text's instrument was made under ("concluded … under the auspices of the Convention on Migratory Species").
    for (let i = index - 1; i >= Math.max(0, index - HISTORY); i--) {
      const s = this.sentenceAt(i);
      const found = named(
        s.instruments,
        (m) => fits(m) && !underFramework(s, m) && !recalledIn(s, m) && !partiesDescribedBy(s, m) && !(skipAsides && inAside(s, m)),
      );
      if (!found) continue;
      // A paragraph that names no text, after one that named another, is back on the text the headline names ("A joins X ¶ …
      // Its accession to Y is under study. ¶ B and C are already parties"). Not a heading's line, nor after one (a section or a
      // notice is on the text of its own heading).
      if (this.paragraphBetween(i, index) && !headingLike(s) && !headingLike(this.sentenceAt(index))) {
        const principal = this.principalTopic(fits);
        // (Not from a protocol to the headline's treaty, which the text is about as much: "X ¶ … its Protocol … ¶ A has yet to accept it".)
        if (principal && principal.entry !== found.entry && !(principal.entry && found.entry?.parent === principal.entry.id)) return principal;
      }
      return found;
    }
    return this.namesAnyBefore(index) ? null : this.namedLater(index, fits);
  }

  /**
   * The first instrument the document names before sentence `index` that `fits`, however far back: the text a meeting report is
   * about, which its first sentences name ("approved … a draft resolution titled X (document A/C.3/81/L.29)").
   */
  earliest(index: number, fits: (m: InstrumentMention) => boolean): InstrumentMention | null {
    for (let i = 0; i < index; i++) {
      const found = named(this.sentenceAt(i).instruments, fits);
      if (found) return found;
    }
    return null;
  }

  private firstNamed: number | null = null;

  /** Whether any sentence before `index` names an instrument (the first such is found once). */
  private namesAnyBefore(index: number): boolean {
    if (this.firstNamed === null) {
      this.firstNamed = this.count;
      for (let i = 0; i < this.count; i++) {
        if (this.sentenceAt(i).instruments.some((x) => x.text)) {
          this.firstNamed = i;
          break;
        }
      }
    }
    return this.firstNamed < index;
  }

  private lookingAhead = false;

  /**
   * The first catalogued instrument named after sentence `index` that `fits`, within the history's reach; with `uncatalogued`,
   * any named one (a resolution is known by its symbol or title: "adopting a resolution on the matter … By the text titled
   * "…" (document A/78/L.5)").
   */
  private namedLater(index: number, fits: (m: InstrumentMention) => boolean, uncatalogued = false): InstrumentMention | null {
    if (this.lookingAhead) return null;
    this.lookingAhead = true;
    try {
      for (let i = index + 1; i < Math.min(this.count, index + 1 + HISTORY); i++) {
        const m = this.sentenceAt(i).instruments.find((x) => x.kind !== "anaphor" && (x.entry !== null || (uncatalogued && !!x.text)) && fits(x));
        if (m) return m;
      }
      return null;
    } finally {
      this.lookingAhead = false;
    }
  }

  /**
   * The antecedent of "the Convention" in sentence `index`: the latest compatible mention when it is
   * recent (RECENT_SENTENCES, in the same paragraph); past that, the instrument the document's heading names, when it is
   * compatible ("We signed the Convention on Cluster Munitions in 2008. … Since the last Review
   * Conference, the Convention has gained new States Parties" in a statement headed by another convention).
   */
  private recentOrPrincipal(index: number, head: string): InstrumentMention | null {
    for (let i = index - 1; i >= Math.max(0, index - HISTORY); i--) {
      const s = this.sentenceAt(i);
      // (Not a text the sentence only recalls: "The text recalls resolution GOV/2022/58 … India abstained because the resolution …".)
      const list = s.instruments.filter((x) => !recalledIn(s, x));
      const found = lastCompatible(list, head);
      if (!found) continue;
      // "The Convention complements the 1970 UNESCO Convention, which … ¶ Today the Convention has 56 States Parties": a
      // convention named beside "the Convention" is compared with it; the same words go on naming what they named there.
      const compared =
        found.kind === "anaphor"
          ? undefined
          : list.find((x) => x.kind === "anaphor" && x.head === head && x.from < found.from && x.text && x.text !== found.text);
      if (compared) return compared;
      // In a new paragraph, "the Convention" is the document's own again ("We signed the CCM in 2008. ¶ Since the last Review
      // Conference, the Convention has gained new States Parties" in a statement headed by the BWC).
      if ((index - i <= RECENT_SENTENCES && !this.paragraphBetween(i, index)) || i === 0) return found;
      const principal = this.principalInstrument();
      return principal && principal !== found && compatible(head, principal) ? principal : found;
    }
    return null;
  }

  /** The document's heading instrument, when it fits (a tracker's sections list states for the instrument it is about). */
  principalTopic(fits: (m: InstrumentMention) => boolean): InstrumentMention | null {
    const principal = this.principalInstrument();
    return principal && fits(principal) ? principal : null;
  }

  /**
   * The text the document's heading lines name with `head` ("DECLARATION OF MONTEVIDEO"), catalogued or not, when no line between
   * them and sentence `index` is a heading over another text of that kind; else null.
   */
  private headingText(head: string, index: number): InstrumentMention | null {
    for (let i = 0; i < Math.min(this.count, HEADING_LINES, index); i++) {
      const found = this.sentenceAt(i).instruments.find((x) => x.kind !== "anaphor" && x.text && compatible(head, x));
      if (found) return found;
    }
    return null;
  }

  private headingInstrument: InstrumentMention | null | undefined = undefined;

  /** The catalogued instrument the document's heading (its first sentences up to the first that is no heading line) names, or null. */
  private principalInstrument(): InstrumentMention | null {
    if (this.headingInstrument === undefined) {
      // (Its heading lines: a release's letterhead, number and dateline may stand above its headline.)
      this.headingInstrument = null;
      for (let i = 0; i < Math.min(this.count, HEADING_LINES); i++) {
        const s = this.sentenceAt(i);
        // (Below the first line, a headline whose first named text is catalogued: not "PROTOCOL TO THE AFRICAN CHARTER … (MAPUTO
        // PROTOCOL)", whose catalogued Charter is only part of the name.)
        const named = s.instruments.filter((x) => x.kind !== "anaphor");
        const found = i === 0 ? named.find((x) => x.entry !== null) : named[0]?.entry ? named[0] : undefined;
        if (found && (i === 0 || !headingLike(s) || this.bodyOpensWith(i, found))) this.headingInstrument = found;
        if (found || named.length > 0 || !headingLike(s)) break;
      }
    }
    return this.headingInstrument;
  }

  /**
   * Whether the first text the sentences after heading line `i` name, if any, is the heading's ("Thailand becomes a State Party to
   * X ¶ 1. On 13 August 2025 … ratification of X"), not another's (a notice among several, each under its own heading).
   */
  private bodyOpensWith(i: number, heading: InstrumentMention): boolean {
    for (let j = i + 1; j < Math.min(this.count, i + 1 + BODY_OPENING); j++) {
      const first = this.sentenceAt(j).instruments.find((x) => x.kind !== "anaphor" && x.text);
      if (first) return first.entry !== null && first.entry.id === heading.entry?.id;
    }
    return true;
  }

  /**
   * "the UN Convention against Cybercrime … Malaysia signed the UN Convention": a name the catalog does not know that is the start of a
   * longer name given just before, up to a connector ("against", "on", "for"), is that text; null when none is.
   */
  longerName(m: InstrumentMention, sentence: Sentence, index: number): InstrumentMention | null {
    if (m.kind !== "named" || m.entry || !m.text) return null;
    const short = m.text.replace(/^the\s+/iu, "");
    const longer = (list: readonly InstrumentMention[]) => {
      for (let k = list.length - 1; k >= 0; k--) {
        const x = list[k] as InstrumentMention;
        if (x === m || x.kind === "anaphor" || !x.text) continue;
        const full = x.text.replace(/^the\s+/iu, "");
        if (full.length > short.length && full.startsWith(`${short} `) && LONGER_NAME_LINKS.has(full.slice(short.length + 1).split(" ")[0] ?? "")) return x;
      }
      return null;
    };
    return longer(sentence.instruments.filter((x) => x.to <= m.from)) ?? this.walkBack(index, longer);
  }

  private walkBack(index: number, pick: (list: InstrumentMention[]) => InstrumentMention | null): InstrumentMention | null {
    for (let i = index - 1; i >= Math.max(0, index - HISTORY); i--) {
      const found = pick(this.sentenceAt(i).instruments);
      if (found) return found;
    }
    return null;
  }
}

/** "The text recalls resolution X", "recalling its resolution Y": a text named as one the sentence's text recalls, not the one it is. */
function recalledIn(s: Sentence, m: InstrumentMention): boolean {
  let k = m.from - 1;
  if (s.tokens[k]?.lower === "its" || s.tokens[k]?.lower === "the") k--;
  const verb = s.tokens[k]?.lower ?? "";
  if (verb === "recalling") return true;
  if (verb !== "recalls" && verb !== "recalled") return false;
  // (A text that recalls: "The text recalls X", "the draft also recalled Y"; not a speaker's "The EU also recalls X", which goes on about X.)
  const subject = s.tokens[k - 1]?.lower === "also" ? k - 2 : k - 1;
  return RECALLING_TEXTS.has(s.tokens[subject]?.lower ?? "");
}
const RECALLING_TEXTS = new Set(["text", "resolution", "draft", "preamble", "decision", "declaration", "it"]);

/**
 * "open for signature by the High Contracting Parties to the Convention": a reference that only says who someone is (a Protocol's
 * signatories by their parent treaty), not a text the passage turns to. Not a copula's ("A is a Party to the Convention").
 */
function partiesDescribedBy(s: Sentence, m: InstrumentMention): boolean {
  let k = m.from - 1;
  if (s.tokens[k]?.lower === "the") k--;
  if (s.tokens[k]?.lower !== "to" || s.tokens[k - 1]?.text !== "Parties") return false;
  // (Past the parties' own words: "the High Contracting Parties", "all States Parties".)
  let j = k - 2;
  while (j >= s.from && PARTY_WORDS.has(s.tokens[j]?.lower ?? "")) j--;
  return DESCRIBING_LEADS.has(s.tokens[j]?.lower ?? "");
}
/** Words of a name of parties before "Parties": "the High Contracting Parties", "all States Parties". */
const PARTY_WORDS = new Set(["the", "all", "high", "contracting", "states", "state", "other"]);
/** What puts such parties as a description: "open for signature by …", "Open to: …". */
const DESCRIBING_LEADS = new Set(["by", "to", ":", "among", "for"]);

/** "under the auspices of X", "within the framework of X", "under X": an instrument named as the framework of another. */
function underFramework(s: Sentence, m: InstrumentMention): boolean {
  const w = (k: number) => s.tokens[k]?.lower ?? "";
  let k = m.from - 1;
  if (w(k) === "the") k--;
  if (w(k) === "of" && (w(k - 1) === "auspices" || w(k - 1) === "framework")) return true;
  // "a regional agreement concluded under the Convention on Migratory Species (CMS)".
  return w(k) === "under" && MADE_UNDER.has(w(k - 1));
}

/** Participles that say an instrument was made under another ("concluded under X", "adopted under X"). */
const MADE_UNDER = new Set(["concluded", "negotiated", "adopted", "developed", "established", "elaborated", "agreed", "made", "created"]);

/** Tokens a bracket must hold to be an aside of its own ("(Angola acceded to the Beijing Treaty on the same day)"), not a name. */
const ASIDE_TOKENS = 6;

/** Whether `m` is named inside a bracketed aside, which is not what the text is about. */
function inAside(s: Sentence, m: InstrumentMention): boolean {
  let open = -1;
  for (let k = m.from - 1; k >= s.from; k--) {
    const t = (s.tokens[k] as Token).text;
    if (t === ")") return false;
    if (t === "(") {
      open = k;
      break;
    }
  }
  // (A bracket right after an instrument's name gives that instrument another name: "X (CETS No. 215, the Macolin Convention)".)
  if (open < 0 || s.instruments.some((x) => x.to === open)) return false;
  let close = -1;
  for (let k = m.to; k < s.to; k++) {
    if ((s.tokens[k] as Token).text === ")") {
      close = k;
      break;
    }
  }
  return close > 0 && close - open - 1 >= ASIDE_TOKENS;
}

/** The last mention of `list` with a text that `fits`. */
function named(list: InstrumentMention[], fits: (m: InstrumentMention) => boolean): InstrumentMention | null {
  for (let k = list.length - 1; k >= 0; k--) {
    const m = list[k] as InstrumentMention;
    if (m.text && fits(m)) return m;
  }
  return null;
}

const MAX_DEPTH = 8;
/** Last words of references to a titled person ("the Minister", "the Foreign Minister", "the President"). */
const TITLE_ANAPHORS = new Set(["minister", "president"]);
/** How many sentences back a "he"/"she" finds the person it stands for. */
const PERSON_REACH = 2;
/** Verbs of a State's standing position ("The UK remains committed to X", "Australia is a party to Y"). */
const STANCE_VERBS = new Set(["remains", "is", "continues", "stays", "stands"]);

/**
 * The State whose stance opens the sentence, when the speaker's "we" at `at` stands right after a relative pronoun after it ("The
 * UK remains fully committed to the CCM, which we ratified in 2010"); else none.
 */
function stanceSubject(s: Sentence, at: number): Actor[] {
  const rel = s.tokens[at - 1]?.lower;
  if ((rel !== "which" && rel !== "that") || s.tokens[at - 2]?.text !== ",") return [];
  const subject = s.groups.find((g) => g.eligible);
  const lead = subject ? s.tokens[subject.from - 1]?.lower : undefined;
  const opens = subject !== undefined && (subject.from === s.from || (lead === "the" && subject.from - 1 === s.from));
  const actor = subject?.members.length === 1 ? subject.members[0]?.actor : undefined;
  return opens && actor?.kind === "state" && subject.to < at && STANCE_VERBS.has(s.tokens[subject.to]?.lower ?? "") ? [actor] : [];
}

/** Whether the group at `from` is named as companions of another's act ("alongside B", "together with the B"). */
function companionsFrom(s: Sentence, from: number): boolean {
  return companionLeadBefore(s, from) >= 0;
}

/** How many sentences back, within its paragraph, a "he"/"she" finds a summary record's speaker ("Ms. Lungu (Zambia) said …"). */
const SPEAKER_REACH = 8;
const FEMALE_ADDRESSES = new Set(["ms", "mrs", "miss", "madam", "mme", "dame"]);
/** Words of a person's title or address around a subject ("Foreign Minister X", "OAS Secretary General X", "Mr X"). */
const PERSON_WORDS = new Set([
  "minister",
  "president",
  "secretary",
  "secretary-general",
  "under-secretary-general",
  "director",
  "director-general",
  "ambassador",
  "representative",
  "envoy",
  "chair",
  "chairperson",
  "chairman",
  "chairwoman",
  "commissioner",
  "king",
  "queen",
  "emir",
  "premier",
  "chancellor",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "rapporteur",
  "mr",
  "ms",
  "mrs",
  "dr",
  "sheikh",
  "sultan",
  "he",
  "she",
]);
/** Tokens either side of a subject group that may hold its person's title ("the Foreign Minister of X", "X's Foreign Minister, Y,"). */
const PERSON_WINDOW = 5;

/** Whether a subject group is a titled person's (its words, or those just around it, hold a title or an address). */
function personLike(s: Sentence, g: ActorGroup): boolean {
  for (let k = Math.max(s.from, g.from - PERSON_WINDOW); k < Math.min(s.to, g.to + PERSON_WINDOW); k++)
    if (PERSON_WORDS.has((s.tokens[k] as Token).lower)) return true;
  return false;
}
/** Words between a reporter and its verb: "Rwanda also said", "Chile has since announced". */
const REPORTER_FILLERS = new Set(["also", "has", "have", "had", "later", "then", "since", "further", "again", "once"]);
/** How many sentences back an antecedent is recent enough to win over the document's heading instrument. */
const RECENT_SENTENCES = 2;
/** How many sentences back "the Convention itself" looks for the protocol it is set against. */
const ITSELF_REACH = 4;
/** How many sentences back "Both States", "the two countries" look for the states they count. */
const PAIR_REACH = 3;
/** How many sentences back "the eight States", "All three" look for the states they count. */
const COUNTED_REACH = 8;
/** How far back "each treaty", "these instruments" may find the sentence that names them, past sentences that name none. */
const SET_REACH = 12;
/** A name of several instruments: "the Pelindaba Protocols", "the Geneva Conventions". */
const PLURAL_NAME = /\b(?:Protocols|Conventions|Agreements|Treaties|Covenants|Amendments)$/u;
/** Heads that may name any treaty when none named before is called by them. */
const GENERAL_TREATY_HEADS = new Set(["agreement", "pact", "accord"]);

/** The UN treaty bodies, as tokens' lower-case words joined by spaces, and the treaty each monitors. */
const TREATY_BODIES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\bcommittee on the elimination of discrimination against women\b|\bcedaw committee\b/u,
    "Convention on the Elimination of All Forms of Discrimination against Women",
  ],
  [/\bcommittee on the elimination of racial discrimination\b/u, "International Convention on the Elimination of All Forms of Racial Discrimination"],
  [/\bcommittee against torture\b/u, "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"],
  [/\bcommittee on the rights of the child\b/u, "Convention on the Rights of the Child"],
  [/\bcommittee on the rights of persons with disabilities\b/u, "Convention on the Rights of Persons with Disabilities"],
  [/\bcommittee on enforced disappearances\b/u, "International Convention for the Protection of All Persons from Enforced Disappearance"],
  [/\bcommittee on migrant workers\b/u, "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families"],
  [/\bhuman rights committee\b/u, "International Covenant on Civil and Political Rights"],
  [/\bcommittee on economic , social and cultural rights\b/u, "International Covenant on Economic, Social and Cultural Rights"],
];
/** Plural nouns a "they"/"their" may stand for instead of a named actor. */
const GENERIC_PLURALS = new Set(["states", "countries", "nations", "members", "parties", "governments", "signatories", "delegations"]);
/** "each country ... its", "neither country ... their": a singular noun that names no actor. */
const GENERIC_SINGULARS = new Set(["country", "state", "nation", "government", "party"]);
const QUANTIFIERS = new Set(["each", "every", "neither", "either", "any", "no"]);
const PAIR_QUANTIFIERS = new Set(["neither", "either", "both"]);
/** Counts before a plural noun ("two more states"); 0 for an unstated number ("several"). */
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, several: 0 };

/** How many states a pair reference counts ("All three" is 3; "Both States", "the two" are 2). */
function countOf(sentence: Sentence, m: ActorMention): number {
  for (let k = m.from; k < m.to; k++) {
    const n = COUNT_VALUES.get((sentence.tokens[k] as Token).lower);
    if (n) return n;
  }
  return 2;
}

/** Whether "the two sides", "both sides" stand in the sentence before token `to`: the parties to the talks a heading names. */
function sidesBefore(s: Sentence, to: number): boolean {
  for (let k = s.from + 1; k < to; k++)
    if ((s.tokens[k] as Token).lower === "sides" && (s.tokens[k - 1]?.lower === "both" || COUNT_VALUES.has(s.tokens[k - 1]?.lower ?? ""))) return true;
  return false;
}

/** The states of the one coordinated group of sentence `s` that names exactly `count` of them, or none. */
function groupOf(s: Sentence, count: number): Actor[] {
  const fits = s.groups
    .map((g) => [...new Map(g.members.flatMap((m) => (m.actor?.kind === "state" ? [[m.actor.name, m.actor] as const] : []))).values()])
    .filter((states) => states.length === count);
  return fits.length === 1 ? (fits[0] as Actor[]) : [];
}

/** The distinct states a sentence names, in order. */
function statesOf(s: Sentence): Actor[] {
  const out = new Map<string, Actor>();
  for (const g of s.groups) for (const m of g.members) if (m.actor?.kind === "state") out.set(m.actor.name, m.actor);
  return [...out.values()];
}
/** Prepositions of a depositary or a place: "with the Secretary-General", "in Geneva", "at the United Nations". */
const LOCATIVES = new Set(["with", "in", "at", "to", "into", "from", "before", "on", "near"]);

/** The token index of a generic noun a possessive stands for, between `from` and the possessive, or -1. */
function genericBetween(sentence: Sentence, from: number, m: ActorMention): number {
  const plural = sentence.tokens[m.from]?.lower === "their";
  for (let k = m.from - 1; k >= from; k--) {
    const w = (sentence.tokens[k] as Token).lower;
    if (plural && GENERIC_PLURALS.has(w)) return k;
    if (GENERIC_SINGULARS.has(w) && QUANTIFIERS.has(sentence.tokens[k - 1]?.lower ?? "")) return k;
  }
  return -1;
}

/** "the following States ...: A, B and C" — the list after the colon, when "following" announces it; else no one. */
function listAfterColon(sentence: Sentence, generic: number, after: number): Actor[] {
  if (sentence.tokens[generic - 1]?.lower !== "following" && sentence.tokens[generic - 2]?.lower !== "following") return [];
  for (let k = after; k < sentence.to; k++) {
    const t = sentence.tokens[k] as Token;
    if (t.text === ";" || t.text === ".") break;
    if (t.text !== ":") continue;
    const g = sentence.groups.find((x) => x.from === k + 1 || (x.from === k + 2 && sentence.tokens[k + 1]?.lower === "the"));
    return g ? g.members.flatMap((x) => (x.actor ? [x.actor] : [])) : [];
  }
  return [];
}

/** The actors of "on behalf of X" in the sentence, or none. */
/** How many first sentences a statement's heading is looked for in. */
const STATEMENT_HEADING_SENTENCES = 8;
const STATEMENT_NOUNS = new Set(["statement", "remarks", "address", "intervention", "speech"]);
/** Participles that open a heading line naming a statement's authors: "Issued by A, B and C". */
const ISSUING = new Set(["issued", "signed", "delivered", "submitted", "endorsed"]);

/** A state's offices that head its releases, within the first tokens of the document. */
const OFFICE_NOUNS = new Set(["ministry", "mission", "embassy", "presidency", "government"]);
const OFFICE_REACH = 4;
/** Words of an office's name between its noun and its state: "Ministry of Foreign Affairs and International Cooperation of the". */
const OFFICE_NAME_WORDS = new Set(["of", "and", "the", "for", "to"]);

/** The state an office's name ends with ("Ministry of Foreign Affairs of the Kyrgyz Republic"), or null. */
function officeState(s: Sentence, k: number): Actor | null {
  for (let i = k + 1; i < Math.min(s.to, k + 10); i++) {
    const g = s.groups.find((x) => x.from === i);
    if (g) return g.members.length === 1 && g.members[0]?.actor?.kind === "state" ? g.members[0].actor : null;
    const t = s.tokens[i] as Token;
    if (!OFFICE_NAME_WORDS.has(t.lower) && !(t.word && isCapitalised(t))) return null;
  }
  return null;
}

/** The first state named in the sentence from token `from`, or null. */
/** The states of the first group from token `from` that names one: "by the Ministers … of A, B and C" gives A, B and C. */
function firstStates(s: Sentence, from: number): Actor[] {
  for (const g of s.groups) {
    if (g.from < from) continue;
    const states = g.members.flatMap((x) => (x.actor?.kind === "state" ? [x.actor] : []));
    if (states.length > 0) return states;
  }
  return [];
}

function behalfOf(sentence: Sentence): Actor[] {
  for (let k = sentence.from; k < sentence.to - 2; k++) {
    if ((sentence.tokens[k] as Token).lower !== "behalf" || sentence.tokens[k + 1]?.lower !== "of") continue;
    const at = sentence.tokens[k + 2]?.lower === "the" ? k + 3 : k + 2;
    const g = sentence.groups.find((x) => x.from === at);
    if (g) return g.members.flatMap((x) => (x.actor ? [x.actor] : []));
  }
  return [];
}

/** Organisations named after a person's office ("UN Secretary-General"): a person is never "its". */
const PERSON_OFFICE = /Secretary|Representative|Commissioner|Director|Rapporteur|Envoy|President|Chair/u;

/** May "its"/"their" at the token before `after` stand for `a`? Not a person ("The Secretary-General received its instrument"). */
function mayOwn(a: Actor, sentence: Sentence, after: number): boolean {
  if (a.kind === "state") return true;
  if (PERSON_OFFICE.test(a.name)) return false;
  const next = sentence.tokens[after]?.lower ?? "";
  const act = next.startsWith("instrument") || next === "ratification" || next === "accession";
  // Of organisations, only a union of states binds itself to treaties ("depositing its instrument of ratification with the
  // World Bank": not the World Bank's).
  return !(act && (isUnOrgan(a.name) || (a.kind === "organisation" && !TREATY_MAKING_ORGANISATION.test(a.name))));
}
const TREATY_MAKING_ORGANISATION = /\b(?:European Union|European (?:Atomic Energy )?Community|Euratom)\b/u;

/** Is the group at `from` governed by a preposition of place or deposit? */
function locative(sentence: Sentence, from: number): boolean {
  let k = from - 1;
  while (k >= sentence.from && ["the", "both", "all"].includes((sentence.tokens[k] as Token).lower)) k--;
  return k >= sentence.from && LOCATIVES.has((sentence.tokens[k] as Token).lower);
}

const ORG_HEADS: Record<string, string> = {
  committee: "committee",
  council: "council",
  assembly: "assembly",
  conference: "conference",
  organization: "organisation",
  organisation: "organisation",
  union: "union",
  ...Object.fromEntries(NAMED_BODY_HEADS.map((head) => [head, head])),
};

function orgHead(sentence: Sentence, m: ActorMention): string | null {
  if (m.kind !== "anaphor") return null;
  // ("the Director-General", "the Executive Secretary", or its title and holder's name, "Executive Secretary Rolph Payet": the head of
  // an organisation.)
  const start = sentence.tokens[m.from]?.lower === "the" ? m.from + 1 : m.from;
  if (OFFICE_PHRASES.some((office) => office.every((w, k) => sentence.tokens[start + k]?.lower === w) && start + office.length <= m.to)) return "office";
  const last = sentence.tokens[m.to - 1]?.lower ?? "";
  return ORG_HEADS[last] ?? null;
}
const OFFICE_PHRASES = ORGANISATION_OFFICES.map((office) => tokenizePhrase(office).map((t) => t.lower));

/**
 * The parent of the last protocol or amendment in `list` whose parent the head may refer to, as a mention: the catalog's
 * parent entry, or the name after "to the" ("Additional Protocol to the Ibero-American Convention on the Rights of Youth").
 */
function parentCompatible(list: readonly InstrumentMention[], head: string): InstrumentMention | null {
  if (!PARENT_HEADS.has(head)) return null;
  for (let i = list.length - 1; i >= 0; i--) {
    const a = list[i] as InstrumentMention;
    if (!a.text || a.kind === "anaphor" || a.type !== "protocol") continue;
    const entry = a.entry?.parent ? catalogById(a.entry.parent) : undefined;
    const at = a.text.search(PARENT_LINK);
    const text = entry ? entry.name : at > 0 ? a.text.slice(at).replace(PARENT_LINK, "") : "";
    if (!text || !/^\p{Lu}/u.test(text)) continue;
    const parent: InstrumentMention = { ...a, text, entry: entry ?? null, type: entry?.type ?? "treaty" };
    if (compatible(head, parent) && comparedName(parent).includes(head)) return parent;
  }
  return null;
}
const PARENT_HEADS = new Set(["convention", "treaty", "agreement", "covenant", "charter", "statute"]);
const PARENT_LINK = /(?<!\w)to the\s+/iu;

/** A reference takes its antecedent's name, entry and type. */
/** The connectors a longer name goes on with after a shorter one ("the UN Convention" → "… against Cybercrime"). */
const LONGER_NAME_LINKS = new Set(["against", "on", "for", "of", "to", "concerning", "relating"]);

function takeAntecedent(m: InstrumentMention, antecedent: InstrumentMention): true {
  m.text = antecedent.text;
  m.entry = antecedent.entry;
  m.type = antecedent.type;
  return true;
}

const HEADING_TOKENS = 24;
/** The lines above a document's body that may hold its headline. */
const HEADING_LINES = 5;
/** The sentences after the heading lines where a joint statement's opening "We, the Ministers of A, B and C" may stand. */
const WE_OPENING_SENTENCES = 3;
/** The sentences after a headline that the body's first named text is looked for in. */
const BODY_OPENING = 10;
const SENTENCE_END = new Set([".", "!", "?", '"', "”", ":", ";"]);

/** A heading, not a sentence: short, with no full stop ("Deputy Secretary-General's remarks at the Event Marking …"). */
function headingLike(s: Sentence): boolean {
  const last = s.tokens[s.to - 1];
  return s.to - s.from <= HEADING_TOKENS && !!last && !SENTENCE_END.has(last.text);
}

/** Whether a quotation opens before token `at` of the sentence ('"We will not sign this Treaty," …'). */
/** Verbs that attribute a quotation: "…," said X; "…," X said. */
const ATTRIBUTING = new Set([...REPORTING_VERBS, "told", "insisted"]);
/** Tokens from the attributing verb to the speaker's organisation: "said Aroha Tane, chair of the Indigenous Caucus". */
const ATTRIBUTION_REACH = 10;

/** The group a quotation holding token `at` is attributed to after it closes, or null. */
function attributionOf(s: Sentence, at: number): ActorGroup | null {
  let close = -1;
  for (let k = at + 1; k < s.to; k++) {
    if (QUOTE_MARKS.has((s.tokens[k] as Token).text)) {
      close = k;
      break;
    }
  }
  if (close < 0) return null;
  const attributing = (g: ActorGroup) => g.members.some((x) => x.actor || x.kind === "anaphor");
  const verb = ATTRIBUTING.has(s.tokens[close + 1]?.lower ?? "") ? close + 1 : -1;
  // "…," said Jane Doe of Amnesty International.
  if (verb > 0) return s.groups.find((g) => g.from > verb && g.from <= verb + ATTRIBUTION_REACH && attributing(g)) ?? null;
  // "…," Amnesty International said; "…," Jane Doe of Amnesty International said.
  return s.groups.find((g) => g.from > close && g.from <= close + ATTRIBUTION_REACH && ATTRIBUTING.has(s.tokens[g.to]?.lower ?? "") && attributing(g)) ?? null;
}

/** How many sentences of a paragraph a quotation may run over before the one being read. */
const QUOTE_SENTENCES = 4;

/** Whether a quotation mark follows token `at` in its sentence (one that closes a quotation it stands in). */
function closesAfter(s: Sentence, at: number): boolean {
  for (let k = at + 1; k < s.to; k++) if (QUOTE_MARKS.has((s.tokens[k] as Token).text)) return true;
  return false;
}

/**
 * The group a quotation is attributed to before it opens ('the Secretary General said: "…'): the one that opens in `s` and runs
 * on past it, or (with `at`) the one in `s` that holds token `at`; null if none.
 */
function attributionBefore(s: Sentence, at?: number): ActorGroup | null {
  let open = -1;
  for (let k = s.from; k < (at ?? s.to); k++) if (QUOTE_MARKS.has((s.tokens[k] as Token).text)) open = open >= 0 ? -1 : k;
  if (open < 0) return null;
  let verb = open - 1;
  if (s.tokens[verb]?.text === ":" || s.tokens[verb]?.text === ",") verb--;
  if (!ATTRIBUTING.has(s.tokens[verb]?.lower ?? "")) return null;
  return s.groups.find((x) => x.to === verb && x.members.some((y) => y.actor || y.kind === "anaphor")) ?? null;
}

function quoted(s: Sentence, at: number): boolean {
  let open = false;
  for (let k = s.from; k < at; k++) if (QUOTE_MARKS.has((s.tokens[k] as Token).text)) open = !open;
  return open;
}

/** How many sentences from the top may hold the heading of a meeting's communiqué. */
const MEETING_HEADING_SENTENCES = 4;
/** Words that make a heading a meeting's ("… Leaders Meeting", "… Summit", "Communiqué of the … Ministers"). */
const MEETING_WORDS = new Set([
  "meeting",
  "summit",
  "communiqué",
  "communique",
  "leaders",
  "ministers",
  "ministerial",
  "heads",
  "conference",
  "session",
  "retreat",
]);

/** Words between the people's noun and their states' list ("Ministers of Transport of", "Heads of State and Government of"). */
const SENT_PEOPLE_FILLERS = new Set([
  "of",
  "from",
  "for",
  "the",
  "and",
  "foreign",
  "affairs",
  "transport",
  "state",
  "government",
  "trade",
  "justice",
  "health",
]);
const SENT_PEOPLE_REACH = 6;

/** The states of the list that follows the people's noun at `k` ("Ministers of Transport of A, B and C"), or none. */
/** How far after "We, the" its apposition's "of" may come: "We, the Ministers of Foreign Affairs of A, B and C". */
const WE_APPOSITION_REACH = 8;

/** "We, the Maritime Authorities of A, B and C, …", "We, the Ministers from A and B, …": the states a "we" names in apposition. */
function weInApposition(s: Sentence): Actor[] {
  for (let k = s.from; k < s.to - 3; k++) {
    if (s.tokens[k]?.lower !== "we" || s.tokens[k + 1]?.text !== "," || s.tokens[k + 2]?.lower !== "the") continue;
    // The last "of" before the list: "Ministers of Foreign Affairs of A, B".
    for (let j = k + 3; j < Math.min(s.to, k + 3 + WE_APPOSITION_REACH); j++) {
      const w = s.tokens[j] as Token;
      if (w.text === ",") break;
      if (w.lower !== "of" && w.lower !== "from") continue;
      const at = s.tokens[j + 1]?.lower === "the" ? j + 2 : j + 1;
      const g = s.groups.find((x) => x.from === at);
      const states = g ? g.members.flatMap((x) => (x.actor?.kind === "state" ? [x.actor] : [])) : [];
      if (g && states.length > 0 && states.length === g.members.length) return states;
    }
  }
  return [];
}

function statesSentBy(s: Sentence, k: number, until: number): Actor[] {
  let j = k + 1;
  while (j < until && j - k <= SENT_PEOPLE_REACH && SENT_PEOPLE_FILLERS.has((s.tokens[j] as Token).lower)) j++;
  const lead = s.tokens[j - 1]?.lower;
  if (lead !== "of" && lead !== "from" && lead !== "the") return [];
  // (The group may open with the people themselves, a reference of their own: "The Heads of State and Government of A, B".)
  // (… or take in the words before the list: "Government of Slovenia" is a name of Slovenia.)
  const g = s.groups.find((x) => x.from <= j && x.members.some((y) => y.from > k && y.from <= j));
  const listed = g ? g.members.filter((y) => y.from > k) : [];
  const states = listed.flatMap((x) => (x.actor?.kind === "state" ? [x.actor] : []));
  return states.length > 0 && states.length === listed.length ? states : [];
}

/**
 * The States named each after its own "of" from `from` on, past their holders' names and portfolios ("of Transport of Malaysia, YB
 * Anthony Loke, and … of the Republic of Indonesia"), up to the first lower-case word that is no link (the clause's verb); at most
 * `most` of them.
 */
function statesOfEach(s: Sentence, from: number, until: number, most = Infinity): Actor[] {
  const out: Actor[] = [];
  const mentions = s.groups.flatMap((g) => g.members);
  for (let k = from; k < until && out.length < most; k++) {
    const t = s.tokens[k] as Token;
    if (t.word && !isCapitalised(t) && !EACH_LINKS.has(t.lower)) break;
    if (t.lower !== "of") continue;
    // (The "of" may be inside the mention, which starts at its title: "Presidents of the Argentine Republic".)
    const at = s.tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
    const named = mentions.find((x) => x.actor?.kind === "state" && (x.from === at || (x.from < k && k < x.to)));
    if (named?.actor && !out.some((a) => a.name === named.actor?.name)) out.push(named.actor);
  }
  return out;
}
/** Lower-case words inside a list of titled States and their holders ("of the Republic of X, Y, and of Z", "Lula da Silva"). */
const EACH_LINKS = new Set([
  "of",
  "the",
  "and",
  "for",
  "da",
  "de",
  "do",
  "dos",
  "das",
  "del",
  "di",
  "van",
  "von",
  "der",
  "bin",
  "bint",
  "al",
  "el",
  "la",
  "le",
]);

/** The last mention in `list` the head may refer to whose name holds no year ("the new Convention" is not "the 1998 Convention"). */
function lastCompatibleUndated(list: readonly InstrumentMention[], head: string): InstrumentMention | null {
  for (let i = list.length - 1; i >= 0; i--) {
    const a = list[i] as InstrumentMention;
    if (a.text && a.kind !== "anaphor" && compatible(head, a) && !YEAR_IN_NAME.test(a.text)) return a;
  }
  return null;
}
/** A short reference's words that say which of its kind it is ("the Optional Protocol", "the Global Convention"). */
const NAMING_MODIFIERS = new Set(["optional", "additional", "first", "second", "third", "global", "ban"]);
/** Naming modifiers that, capitalised, make a name of their own: "the Global Convention" names no other convention. */
const NAMING_CAPITALS = /(?<!\p{L})Global(?!\p{L})/u;
/** A word without its plural ending, for comparing a subject with a name ("refugee" and "Refugees", "disability" and "Disabilities"). */
function stem(word: string): string {
  const w = word.toLowerCase();
  return w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
}

function wordsOf(name: string): string[] {
  return name.split(/[^\p{L}\p{N}]+/u);
}
const YEAR_IN_NAME = /\b(?:1[89]|20)\d\d\b/u;
const AMENDMENT_NAME = /^(?:an?\s|the\s)?amendments?(?!\w)/iu;
const AMENDMENT_HEAD_NAME = /(?<!\w)amendments?$/iu;
const ANY_AMENDMENT = /(?<!\w)amend(?:ments?|ing|ed)(?!\w)/iu;

/** The last mention in `list` the head may refer to; with `named`, only one whose name has the head word ("the Treaty" → "Arms Trade Treaty"). */
function lastCompatible(list: readonly InstrumentMention[], head: string, named = false): InstrumentMention | null {
  for (let i = list.length - 1; i >= 0; i--) {
    const a = list[i] as InstrumentMention;
    // A plural reference ("the Additional Protocols") is not one protocol named before.
    if (head.endsWith("s") && head !== "principles" && !a.text.toLowerCase().includes(head)) continue;
    if (a.text && compatible(head, a) && (!named || comparedName(a).includes(head))) return a;
    // "the resolution on the CTBT … the Treaty": the instrument a resolution is about, where the resolution is not meant.
    const about = a.about;
    if (about && compatible(head, about) && (!named || comparedName(about).includes(head))) return about;
  }
  return null;
}

/** The name a mention is compared by, lower-cased: an acronym ("CCD", "CWC") stands for its catalogued name. */
function comparedName(a: InstrumentMention): string {
  return (a.entry && a.text === a.text.toUpperCase() ? a.entry.name : a.text).toLowerCase();
}

function compatible(head: string, a: InstrumentMention): boolean {
  // Only the heads that are words of a name read the name ("the Convention" may refer to the CCD).
  switch (head) {
    case "convention": {
      if (a.type !== "treaty") return false;
      const name = comparedName(a);
      const at = name.indexOf("convention");
      return at >= 0 && !name.slice(0, at).includes("protocol");
    }
    case "treaty":
      return a.type === "treaty";
    case "protocol":
    case "protocols":
      // "the Protocol" is not an amendment named before it ("PARTY TO THE LONDON AMENDMENT … PARTY TO THE PROTOCOL").
      return a.type === "protocol" && !AMENDMENT_HEAD_NAME.test(a.text);
    case "amendment":
    case "amendments":
      // (Also an amendment to a draft, known by its symbol: "an amendment proposed by A (document A/C.3/80/L.61)".)
      // (Not a protocol of another name: "the vote on the amendment" after "the Second Optional Protocol" and an amendment's symbol.)
      return (
        (a.type === "protocol" && (ANY_AMENDMENT.test(a.text) || AMENDMENT_NOUNS.has(a.head ?? ""))) ||
        (a.type === "resolution" && (AMENDMENT_NAME.test(a.text) || AMENDMENT_NOUNS.has(a.head ?? "")))
      );

    case "resolution":
    case "decision":
      // "the resolution" is not an amendment to it ("rejected an amendment (A/HRC/57/L.61) … the vote on the resolution").
      return a.type === "resolution" && !AMENDMENT_NAME.test(a.text) && !AMENDMENT_NOUNS.has(a.head ?? "");
    case "declaration":
      return a.type === "declaration";
    case "principles":
      return a.type === "principles";
    case "agreement":
    case "pact":
    case "accord":
    case "statute":
    case "covenant":
    case "charter":
      return a.type === "treaty" && comparedName(a).includes(head);
    case "text":
      // "voted against the text", "supporting the text for the first time": a text voted on or negotiated, before a treaty named in
      // passing (the fallback, when the document names no such text: resolveInstrument).
      return a.type !== "treaty" && a.type !== "protocol" && !AMENDMENT_NAME.test(a.text) && !AMENDMENT_NOUNS.has(a.head ?? "") && a.kind !== "children";
    case "call":
    case "accords":
      return a.type === "declaration" && comparedName(a).includes(head); // "the Call" → "Christchurch Call to Action"
    case "recommendation":
      // ("voted for the Recommendation" after "abstained on the Convention": the Recommendation named before, not the Convention.)
      return comparedName(a).includes("recommendation");
    case "strategy":
      return a.type === "strategy";
    case "plan":
      return a.type === "plan";
    default:
      return a.kind !== "children";
  }
}

/** How many tokens a transcript's speaker label may have before its colon ("MINISTER OF FOREIGN AFFAIRS OF GHANA:"). */
const LABEL_REACH = 10;
/** Lower-case words a speaker label may hold ("Minister for Foreign Affairs of Ghana", "H.E. Ms. Mensah (Ghana)"). */
const LABEL_LINKS = new Set(["of", "for", "the", "and", "de", "'s"]);

/**
 * A transcript's speaker label opening the sentence ("GHANA (Ms. Mensah):", "Ms. Mensah (Ghana):", "CHAIR:", "RAMGOOLAM-SEWRAJ:"):
 * the States it names and whether it is a role that speaks for none; null when the sentence opens with no label.
 */
function speakerLabel(s: Sentence): { states: Actor[]; role: boolean } | null {
  const t = s.tokens;
  // (A list item's "- Azerbaijan: withdrew its declaration" is a tracker's line, not a speaker's.)
  if (!t[s.from]?.word) return null;
  let colon = -1;
  for (let k = s.from; k < Math.min(s.to, s.from + LABEL_REACH); k++) {
    const w = t[k] as Token;
    if (w.text === ":") {
      colon = k;
      break;
    }
    if (w.word && !isCapitalised(w) && !LABEL_LINKS.has(w.lower)) return null;
  }
  if (colon <= s.from || (!(t[colon - 1] as Token).word && t[colon - 1]?.text !== ")")) return null;
  const states = new Map<string, Actor>();
  for (const g of s.groups) if (g.from >= s.from && g.to <= colon) for (const m of g.members) if (m.actor?.kind === "state") states.set(m.actor.name, m.actor);
  // ("CHAIR:", "MODERATOR:": a role that speaks for no State.)
  return { states: [...states.values()], role: colon === s.from + 1 && ROLE_LABELS.has((t[s.from] as Token).lower) };
}
const ROLE_LABELS = new Set(["chair", "chairperson", "chairman", "co-chair", "president", "moderator", "facilitator", "secretariat", "host", "q", "question"]);

/**
 * "X's representative said his delegation …", "The speaker for X said that her country …", "Name (X) said his delegation …": before
 * a verb of speech that governs the possessive at `at`, the group of States its speaker speaks for, or null.
 */
function speakersStateBefore(s: Sentence, at: number): Actor[] | null {
  let verb = at - 1;
  if (s.tokens[verb]?.lower === "that") verb--;
  if (!REPORTING_VERBS.has(s.tokens[verb]?.lower ?? "")) return null;
  // "…, as well as Chile, whose Foreign Minister said his Government would …": the State right before "whose".
  let whose = verb - 1;
  while (whose > s.from && isCapitalised(s.tokens[whose] as Token) && verb - whose <= MAX_TITLE_WORDS) whose--;
  if (s.tokens[whose]?.lower === "whose" && s.tokens[whose - 1]?.text === ",") {
    const owner = s.groups.find((x) => x.to === whose - 1)?.members.at(-1)?.actor;
    return owner?.kind === "state" ? [owner] : null;
  }
  const speaker = speakerGroupBefore(s, verb);
  return speaker ? speaker.members.flatMap((x) => (x.actor?.kind === "state" ? [x.actor] : [])) : null;
}

/** How many capitalised words an official's title may hold ("Deputy Minister for Foreign Affairs" holds four). */
const MAX_TITLE_WORDS = 5;

/** The States whose speaker is the subject of the verb of speech at `verb`, or null. */
function speakerGroupBefore(s: Sentence, verb: number): ActorGroup | null {
  // ("Bangladesh's representative, speaking after the vote, said …": past an aside set off by commas.)
  let end = verb;
  if (s.tokens[end - 1]?.text === ",") {
    let k = end - 2;
    while (k > s.from && s.tokens[k]?.text !== ",") k--;
    if (s.tokens[k]?.text !== ",") return null;
    end = k;
  }
  const g = s.groups.find((x) => x.to <= end && x.to >= end - 2 && x.members.length > 0 && x.members.every((y) => y.actor?.kind === "state"));
  if (!g) return null;
  const after = s.tokens[g.to]?.lower ?? "";
  // "X's representative said": the possessive mark and the speaker's noun between the State and the verb.
  if (/^['’]s$/u.test(after) && SPEAKING_FOR.has(s.tokens[g.to + 1]?.lower ?? "") && g.to + 2 === end) return g;
  // "Name (X) said": the State in brackets after a capitalised name.
  const open = s.tokens[g.from - 1]?.lower === "the" ? g.from - 2 : g.from - 1;
  if (after === ")" && g.to + 1 === end && s.tokens[open]?.text === "(" && isCapitalised(s.tokens[open - 1] as Token)) return g;
  // "The speaker for X said", "the representative of X said".
  const of = s.tokens[open]?.lower ?? "";
  if (g.to === end && (of === "for" || of === "of") && SPEAKING_FOR.has(s.tokens[open - 1]?.lower ?? "")) return g;
  return null;
}
