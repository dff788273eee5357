import type { Action, Polarity } from "../model/vocabulary";
import { Caseless } from "../text/caseless";
import type { Segment } from "../text/sentences";
import { BULLETS, DASHES, type Token } from "../text/tokens";
import { lookupActor, type Actor, type ActorMention } from "./actors";
import { findDates, isDateWord } from "./dates";
import { groupStartingAt, listAfter } from "./groupQueries";
import { bracketedDateAt } from "./groups";
import { partiesNamedIn } from "./namedParties";
import type { Sentence } from "./linkParts";

/**
 * A tracker's status heading on a line of its own, over the lines that list the states in that
 * status, up to the next blank line:
 *
 *     RATIFIED (44)                          Founding supporters (15 May 2019)
 *     Algeria, Angola, Benin, …              Governments: Australia, Canada, …
 *                                            Later supporters
 *     SIGNED, NOT RATIFIED (8)               United States – May 2021
 *     Burundi, Central African Republic, …   - Rwanda: instrument deposited 2 May 2019
 *
 * Each listed state takes every act the heading states, with the heading's polarity per act
 * ("SIGNED, NOT RATIFIED": signed, and not ratified; "RATIFICATION PENDING" is not ratified).
 * A date in the heading's brackets dates every affirmed act; a line's own date ("– May 2021",
 * "instrument deposited 2 May 2019") dates that line's. The instrument is the one the text is about
 * (pipeline.ts). A heading on the same line as its list ("RATIFIED: A, B") is headings.ts's.
 */

/** Status words of tracker headings and the act each states. */
const STATUS_WORDS: ReadonlyMap<string, Action> = new Map<string, Action>([
  ["ratified", "ratified"],
  ["ratification", "ratified"],
  ["ratifications", "ratified"],
  ["parties", "party"],
  ["party", "party"],
  ["signed", "signed"],
  ["signature", "signed"],
  ["signatures", "signed"],
  ["signatories", "signed"],
  ["acceded", "acceded"],
  ["accession", "acceded"],
  // "ACCEPTANCE" over dates: consent to be bound, as ratification.
  ["acceptance", "ratified"],
  ["acceptances", "ratified"],
  ["accessions", "acceded"],
  ["joined", "acceded"],
  ["supporters", "endorsed"],
  ["endorsed", "endorsed"],
  ["endorsers", "endorsed"],
  ["endorsements", "endorsed"],
  ["endorsing", "endorsed"],
]);
/** Words that negate the status they stand with ("NOT RATIFIED", "RATIFICATION PENDING", "non-signatories"). */
const PRE_NEGATORS = new Set(["not", "non", "yet", "awaiting", "without", "no", "neither"]);
const POST_NEGATORS = new Set(["pending", "outstanding"]);
/** A heading is short: its words, at most. */
const MAX_HEADING_WORDS = 24;
const MAX_SHORT_HEADING_WORDS = 10;
/** Words of a clause, not of a heading. */
const CLAUSE_WORDS = new Set(["we", "i", "are", "is", "was", "were", "has", "have", "had", "this", "that", "our", "will", "would"]);
const MAX_HEADING_CHARS = 160;
const LINE_DATE_LEADS = new Set(["–", "-", "—", "(", ","]);
/** Details after a bullet's colon that say when the act was done ("instrument deposited 2 May 2019", "ratification, 3 May"). */
const DETAIL_ACT = /^(?:instrument|deposit|ratifi|accession|acceded|signature|signed|joined|endorse)/u;

/** The stems of the status words: a candidate without one is no heading. */
const STATUS_HINT = new Caseless(/ratif|sign|part(?:y|ies)|acce|joined|support|endors/iu);

export interface SectionAct {
  action: Action;
  polarity: Polarity;
  /** The heading's part that states the act, as view offsets ("PARTY TO THE LONDON AMENDMENT" of "…, NOT YET TO THE …"). */
  part?: readonly [number, number];
}

/** One act of one listed state. */
export interface ListedAct extends SectionAct {
  actor: Actor;
  /** The instrument the line names itself (a table's instrument column), else the text's topic. */
  instrument?: string;
  /** The header of the act's column when it may name the column's instrument ("| State | 1970 UNESCO | UNIDROIT 1995 |"). */
  column?: string;
  /** Only for affirmed acts: the state's own date, the line's, else the heading's. */
  date: string | null;
}

export interface SectionLine {
  /** The heading's segment index (the instrument is the text's topic there). */
  heading: number;
  acts: ListedAct[];
  /** What the line is: "section" (under a status heading), "table" (a row of a table) or "notice" (a depositary notification's action line). */
  kind: "section" | "table" | "notice";
}

/** "NIGERIA: ACCEPTANCE", "Bosnia and Herzegovina: Ratification": a state and an act, alone on a line. */
const NOTICE = /^([A-Z][^:\n]{0,60}):([^:\n]{1,30})$/u;
const MAX_NOTICE_CHARS = 80;
/** What dates a notification's act: "The above action was effected on 2 October 2020", in the lines after it. */
const EFFECTED = /(?<!\w)action was effected on\s/iu;
const NOTICE_REACH = 400;

/** A notification's action line at [from, to): its segment and the act, dated by "The above action was effected on …"; or null. */
function noticeLine(view: string, segments: readonly Segment[], from: number, to: number, docDate: string | null): { segment: number; act: ListedAct } | null {
  const m = NOTICE.exec(view.slice(from, to).trim());
  if (!m) return null;
  const act = cellAct((m[2] as string).trim());
  const actor = act && act.polarity === "affirmed" ? lookupActor((m[1] as string).trim()) : null;
  const line = actor?.kind === "state" ? lineAt(segments, from, to) : null;
  if (!act || !actor || !line) return null;
  const after = view.slice(to, to + NOTICE_REACH);
  const effected = EFFECTED.exec(after);
  const at = effected ? to + effected.index + effected[0].length : -1;
  const date = at >= 0 ? (findDates(view, at, docDate, Math.min(view.length, at + 40))[0]?.value ?? null) : null;
  return { segment: line.segment, act: { ...act, actor, date } };
}

/** "Signed at Doha, 17 November 2019", "Signed on behalf of Malta at Utrecht, 16 November 2009": a treaty list's signature line. */
const SIGNED_LINE = /^Signed(?: on behalf of ([^,\n]{2,60}?))? (?:at|in) [^,\n]{2,40}, [^,\n]{6,30}$/u;
const SIGNED_START = /^\s*Signed\s/u;
const MAX_SIGNATURE_CHARS = 120;

/**
 * A signature line at [from, to) whose segment follows the instrument's own (a line that is one instrument's name): the parties its
 * name gives, or the State the line signs on behalf of, each signing on the line's date; or null.
 */
function signatureLine(
  view: string,
  segments: readonly Segment[],
  from: number,
  to: number,
  sentenceAt: (i: number) => Sentence,
  docDate: string | null,
): { segment: number; acts: ListedAct[] } | null {
  const m = SIGNED_LINE.exec(view.slice(from, to).trim());
  const line = m ? lineAt(segments, from, to) : null;
  if (!m || !line || line.segment === 0) return null;
  const heading = sentenceAt(line.segment - 1);
  const named = heading.instruments.filter((x) => x.kind !== "anaphor" && x.text);
  const inst = named.length === 1 ? named[0] : undefined;
  // (The instrument's line is its name alone, perhaps after its number: "3. Convention between …".)
  if (!inst || inst.from - heading.from > 2 || heading.to - inst.to > 6) return null;
  const behalf = m[1] ? lookupActor(m[1]) : null;
  const actors = behalf ? (behalf.kind === "state" ? [behalf] : []) : partiesNamedIn(inst.text).flatMap((x) => (x.actor ? [x.actor] : []));
  const date = findDates(view, from, docDate, to)[0]?.value ?? null;
  if (actors.length === 0 || !date) return null;
  return { segment: line.segment, acts: actors.map((actor) => ({ action: "signed", polarity: "affirmed", actor, date, instrument: inst.text })) };
}

interface Line {
  segment: number;
  start: number;
  end: number;
}

/**
 * A depositary's status code after a date ("23 Jun 2011 (a)", "7 Nov 2007 (sr)", "14 Mar 2016 (A)"): the act the date is of. Status
 * lists mark accession "a", ratification "r", acceptance "A" and approval "AA" (each a consent to be bound) and signature "s" or "sr"
 * (subject to ratification).
 */
const STATUS_CODES: ReadonlyMap<string, Action> = new Map<string, Action>([
  ["a", "acceded"],
  ["r", "ratified"],
  ["A", "ratified"],
  ["AA", "ratified"],
  ["s", "signed"],
  ["sr", "signed"],
]);
/** A cell's date, day first or month first ("21 Oct 2012", "Sept. 24, 2014"): a status list's, and its signature column's. */
const CELL_DATE = String.raw`\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}`;
const CODED_DATE = new RegExp(String.raw`\b(${CELL_DATE})\s*\(([A-Za-z]{1,3})\)`, "gu");
/** A coded date's mark alone: "(a)", "(sr)". */
const ACT_MARK = /\([A-Za-z]{1,3}\)/u;
/** A key's entry: "(a) accession", "(R) ratification", "(sr) signature subject to ratification", "(A) = acceptance". */
const KEY_ENTRY = /\(([A-Za-z]{1,3})\)\s*(?:=\s*)?(ratification|accession|acceptance|approval|signature|definitive\s+signature)\b/gu;
const KEY_WORDS: ReadonlyMap<string, Action> = new Map<string, Action>([
  ["ratification", "ratified"],
  ["acceptance", "ratified"],
  ["approval", "ratified"],
  ["accession", "acceded"],
  ["signature", "signed"],
]);

/**
 * The status codes a document uses: its own key where it gives one ("Key: (R) ratification, (A) accession": "A" is accession here,
 * acceptance elsewhere), else the common ones.
 */
function statusCodes(view: string): ReadonlyMap<string, Action> {
  const own = new Map<string, Action>();
  for (const m of view.matchAll(KEY_ENTRY)) {
    const word = (m[2] as string).toLowerCase();
    const action = word.startsWith("definitive") ? "ratified" : KEY_WORDS.get(word);
    if (action && !own.has(m[1] as string)) own.set(m[1] as string, action);
  }
  return own.size > 0 ? own : STATUS_CODES;
}
/** A row's footnote mark after its State's name ("China 1)", "Denmark 2)", "Netherlands*", "Netherlands (Kingdom of the)¹"). */
const ROW_NOTE_MARK = /(?:\d{1,2}\)|\*{1,3}|[\u00B9\u00B2\u00B3\u2070-\u2079†‡]{1,3})$/u;
const BRACKETED_QUALIFIER = / ?\([^()]{1,30}\)$/u;

/**
 * The actor a row's name cell stands for, past a footnote mark after it; with a qualifier in brackets ("Tanzania (United Rep.)")
 * left out when the whole is no name the lexicon knows.
 */
function cellActor(text: string): Actor | null {
  const name = text.trim().replace(ROW_NOTE_MARK, "").trim();
  return lookupActor(name) ?? (name.endsWith(")") ? lookupActor(name.replace(BRACKETED_QUALIFIER, "")) : null);
}
/** Cells of a row laid out in columns are parted by two spaces or more, or a tab. */
const CELL_GAP = /\s{2,}|\t/u;
/** An empty cell: a dash or "n/a". */
const EMPTY_CELL = /^(?:[-–—]|n\/a)$/u;
/** A cell that is a date alone, unmarked ("24 Sep 2014"). */
const UNMARKED_DATE = new RegExp(String.raw`^(?:${CELL_DATE})$`, "u");
/** How long a row's first cell may be (a State's name and its note mark). */
const MAX_ROW_NAME = 60;

/**
 * A status list's row at [from, to): a State's name, then dates each marked with the act it is of ("Morocco   7 Nov 2007 (sr)   27 Nov
 * 2012 (r)   14 Apr 2015"): its segment and those acts, each on its own date; or null. An unmarked date (the entry into force) is none.
 */
function codedRow(
  view: string,
  segments: readonly Segment[],
  from: number,
  to: number,
  docDate: string | null,
  codes: () => ReadonlyMap<string, Action>,
): { segment: number; acts: ListedAct[] } | null {
  const text = view.slice(from, to);
  // (A plain test for the mark first: the date's pattern is costly to try at every place of a line that has none.)
  if (!ACT_MARK.test(text)) return null;
  CODED_DATE.lastIndex = 0;
  let m = CODED_DATE.exec(text);
  if (!m || m.index > MAX_ROW_NAME || !codes().has(m[2] as string)) return null;
  // (The first cells: the State's name, then an empty cell or an unmarked date before the first marked one: "Egypt   -   3 Jun 2020
  // (a)", "Cameroon   24 Sep 2014   28 Jul 2021 (r)": the signature column's, empty or dated.)
  const cells = text.slice(0, m.index).trim().split(CELL_GAP);
  const signedCell = cells.length > 1 ? (cells.pop() as string) : null;
  const actor = cellActor(cells.join(" "));
  const line =
    actor?.kind === "state" && (signedCell === null || EMPTY_CELL.test(signedCell) || UNMARKED_DATE.test(signedCell)) ? lineAt(segments, from, to) : null;
  if (!actor || !line) return null;
  const acts: ListedAct[] = [];
  if (signedCell && UNMARKED_DATE.test(signedCell) && codes().get(m[2] as string) !== "signed") {
    const at = from + text.indexOf(signedCell);
    const date = findDates(view, at, docDate, at + signedCell.length)[0]?.value ?? null;
    if (date) acts.push({ action: "signed", polarity: "affirmed", actor, date });
  }
  for (; m; m = CODED_DATE.exec(text)) {
    const action = codes().get(m[2] as string);
    const date = action ? (findDates(view, from + m.index, docDate, from + m.index + (m[1] as string).length)[0]?.value ?? null) : null;
    if (action && date) acts.push({ action, polarity: "affirmed", actor, date });
  }
  return acts.length > 0 ? { segment: line.segment, acts } : null;
}

/** The lines of the body that list states under a status heading, by segment. */
export function sectionLines(
  view: string,
  segments: readonly Segment[],
  sentenceAt: (i: number) => Sentence,
  docDate: string | null,
  /** The text the view was made from (its offsets are the view's), where Markdown's marks are still marks. */
  text?: string,
): Map<number, SectionLine[]> {
  const out = new Map<number, SectionLine[]>();
  if (segments.length === 0) return out;
  let keyed: ReadonlyMap<string, Action> | undefined;
  const codes = () => (keyed ??= statusCodes(view));
  let tableKeyed: ReadonlyMap<string, readonly SectionAct[]> | undefined;
  const tableKeyOf = () => (tableKeyed ??= tableKey(view));
  // A status list's coded rows, by line start: read once, whether a heading's lines reach the row first or the line loop does.
  const coded = new Map<number, ReturnType<typeof codedRow>>();
  const codedAt = (from: number, to: number) => {
    let row = coded.get(from);
    if (row === undefined) coded.set(from, (row = hasCharIn(view, from, to, OPENING_BRACKET) ? codedRow(view, segments, from, to, docDate, codes) : null));
    return row;
  };
  for (let lineStart = 0; lineStart < view.length;) {
    const nl = view.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? view.length : nl;
    const from = lineStart;
    lineStart = lineEnd + 1;
    // A table: a header row of column names, then rows of cells ("State | Instrument | Date of deposit").
    if (view.charCodeAt(from) !== 10 && hasBar(view, from, lineEnd)) {
      lineStart = tableRows(view, segments, from, docDate, out, false, headingAbove(view, segments, from, docDate), tableKeyOf);
      continue;
    }
    // Its cells may be set apart by spaced dashes, in a header and the rows under it ("Contracting Party — Date of deposit — In
    // force from" over "Albania — accession, November 2, 2019 — February 26, 2020").
    if (lineEnd - from <= MAX_HEADING_CHARS && dashCount(view, from, lineEnd) >= 2 && nl >= 0) {
      const nextEnd = view.indexOf("\n", lineEnd + 1);
      if (dashCount(view, lineEnd + 1, nextEnd < 0 ? view.length : nextEnd) >= 2) {
        lineStart = tableRows(view, segments, from, docDate, out, true);
        continue;
      }
    }
    // A treaty list's signature line under the instrument's own line ("5. Air Services Agreement between the Government of Malta and
    // the Government of the State of Qatar ¶ Signed at Doha, 17 November 2019"): each party named in it signed, that day.
    const signature =
      lineEnd - from <= MAX_SIGNATURE_CHARS && SIGNED_START.test(view.slice(from, from + 24))
        ? signatureLine(view, segments, from, lineEnd, sentenceAt, docDate)
        : null;
    if (signature) {
      add(out, signature.segment, { heading: signature.segment, acts: signature.acts, kind: "notice" });
      continue;
    }
    // A status list's row whose dates say what act each is of ("Bulgaria      21 Oct 2012 (a)      14 Apr 2015").
    const row = codedAt(from, lineEnd);
    if (row) {
      add(out, row.segment, { heading: row.segment, acts: row.acts, kind: "table" });
      continue;
    }
    // A depositary notification's action line ("NIGERIA: ACCEPTANCE" over "… The above action was effected on 2 October 2020.").
    const notice = lineEnd - from <= MAX_NOTICE_CHARS && hasCharIn(view, from, lineEnd, COLON) ? noticeLine(view, segments, from, lineEnd, docDate) : null;
    if (notice) {
      add(out, notice.segment, { heading: notice.segment, acts: [notice.act], kind: "notice" });
      continue;
    }
    // A heading is short and starts with a capital letter (past a Markdown heading's marks, "## Recent ratifications"); headingOf
    // says whether it is one.
    if (!headingShaped(view, from, lineEnd)) continue;
    const candidate = view.slice(from, lineEnd);
    const vote = lineEnd - from <= MAX_VOTE_LABEL_CHARS && voteLabel(candidate) !== null;
    let headingLine = vote || STATUS_HINT.for(candidate).test(candidate) ? lineAt(segments, from, lineEnd) : null;
    // (A vote's heading is a sentence of its own: "In favour: ¶ A, B, …" read as one is the sentence's list, votes.ts's.)
    if (vote && headingLine && (segments[headingLine.segment] as Segment).end > lineEnd) headingLine = null;
    const heading = headingLine ? headingOf(view, headingLine, docDate) : null;
    if (!heading || !headingLine) continue;
    // The lines after it, up to a blank line or the next heading.
    let columns: Map<SectionAct, [number, number]> | false | undefined;
    let instrumentColumn: [number, number] | null | undefined;
    // (Blank lines may part a heading from its list's first bulleted line: "## Recent ratifications ¶ ¶ - A – 2020".)
    for (let at = bulletedAfterBlank(view, lineEnd + 1); at < view.length;) {
      const nextNl = view.indexOf("\n", at);
      const end = nextNl < 0 ? view.length : nextNl;
      const next = lineAt(segments, at, end);
      if (!view.slice(at, end).trim() || !next || headingOf(view, next, docDate)) break;
      // (A row whose dates carry their acts' codes is read on its own, whatever the heading's columns say.)
      if (codedAt(at, end)) {
        at = end + 1;
        continue;
      }
      const listed = listLine(view, next, sentenceAt(next.segment), docDate, text);
      if (listed) {
        // "Recent accessions and ratifications" over "- Liberia – accession, 5 February 2024": a line that names its own act of
        // the heading's takes that act only.
        const own = ownActs(view, next, heading.acts);
        // A row under column names: each act's own column says whether and when it was done ("Bolivia      —      —").
        columns ??= headingColumns(view, from, lineEnd, heading.acts) ?? false;
        // (And a column of instruments, "Partner State   Instrument   Signed": each row's own, as a table's instrument column.)
        instrumentColumn ??= columns ? spacedColumn(view, from, lineEnd, INSTRUMENT_COLUMNS) : null;
        // A row laid out in columns under a heading that is no row of column names: which cell says what is unknown.
        // (Not the spaces the view puts for Markdown's emphasis: "- **2021** – A, B".)
        if (!columns && SPACED_ROW.test(asMarked(view, text, at, end).trim())) {
          at = end + 1;
          continue;
        }
        const acts =
          columns && listed.length === 1
            ? columnActs(view, at, end, columns, instrumentColumn, docDate).map(({ act, instrument, polarity, date }) => ({
                ...act,
                instrument,
                polarity,
                actor: (listed[0] as { mention: ActorMention }).mention.actor as Actor,
                date: date ?? (polarity === "affirmed" ? heading.date : null),
              }))
            : (own.length > 0 ? own : heading.acts).flatMap((act) =>
                listed.map((x) => ({ ...act, actor: x.mention.actor as Actor, date: act.polarity === "affirmed" ? (x.date ?? heading.date) : null })),
              );
        add(out, next.segment, { heading: headingLine.segment, acts, kind: "section" });
      }
      at = end + 1;
    }
  }
  return out;
}

/**
 * The heading's acts that a list line names with a status word of its own ("– accession, 5 February 2024"); or the consent a line
 * names under a heading of parties.
 */
function ownActs(view: string, line: Line, acts: readonly SectionAct[]): SectionAct[] {
  const named = new Set<Action>();
  for (const w of view.slice(line.start, line.end).match(WORD) ?? []) {
    const action = STATUS_WORDS.get(w.toLowerCase());
    if (action) named.add(action);
  }
  // "New Parties" over "- A – accession deposited 3 November 2025": the line says how the State became a party.
  if (acts.length === 1 && acts[0]?.action === "party" && acts[0].polarity === "affirmed") {
    const consent = [...named].filter((a) => a === "ratified" || a === "acceded");
    return consent.length === 1 ? [{ ...acts[0], action: consent[0] as Action }] : [];
  }
  // Only between the acts a heading says were done ("accessions and ratifications"); what it says was not ("Signed, not
  // ratified") holds for every line.
  if (acts.filter((a) => a.polarity === "affirmed").length < 2) return [];
  if (!acts.some((a) => a.polarity === "affirmed" && named.has(a.action))) return [];
  return acts.filter((a) => a.polarity !== "affirmed" || named.has(a.action));
}

/** The acts a table's cell names: a status word ("Accession", "Ratification", "Signed", "Acceptance", "Approval"). */
const CELL_ACTS: ReadonlyMap<string, Action> = new Map<string, Action>([
  ...STATUS_WORDS,
  ["acceptance", "ratified"],
  ["accepted", "ratified"],
  ["approval", "ratified"],
  ["approved", "ratified"],
  ["succession", "acceded"],
  ["ratification/accession", "ratified"],
]);

type TableCell = { text: string; start: number; end: number };
const BAR = /\|/gu;

/** The cells of [from, to): its text between separators ("|" by default), trimmed, the empty ones left out. */
function cellsOf(view: string, from: number, to: number, separator: RegExp = BAR): TableCell[] {
  const cells: TableCell[] = [];
  const line = view.slice(from, to);
  let start = 0;
  const push = (end: number) => {
    const raw = line.slice(start, end);
    const text = raw.trim();
    const lead = raw.length - raw.trimStart().length;
    if (text) cells.push({ text, start: from + start + lead, end: from + start + lead + text.length });
  };
  for (const m of line.matchAll(separator)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(line.length);
  return cells;
}

/** A cell that says the state is still deciding. */
const PENDING_CELL = /^(?:under\s(?:consideration|study|review)|being\sconsidered)$/u;
/** A recorded vote's cells: voting in favour is support; against, abstaining and not voting are none. */
const VOTE_CELLS: ReadonlyMap<string, Polarity> = new Map<string, Polarity>([
  ["in favour", "affirmed"],
  ["in favor", "affirmed"],
  ["against", "negated"],
  ["abstained", "negated"],
  ["abstention", "negated"],
  ["did not vote", "negated"],
]);
/** Words of a cell that says the act is still being prepared: "preparing accession", "ratification pending". */
const PENDING_CELL_WORDS = new Set(["preparing", "pending", "planned", "expected", "considering", "intends", "envisaged"]);
const CELL_YEAR = /\b(?:1[89]|20)\d\d\b/u;

function hasBar(view: string, from: number, to: number): boolean {
  // (Not indexOf from `from`: on a text without a bar that reads to the end of the text for every line.)
  return hasCharIn(view, from, to, VERTICAL_BAR);
}

/**
 * A dash with one space on each side between words: a cell's end in a table laid out with dashes (not a dash that stands for "no"
 * in a row laid out in columns, "New Zealand     –     –", nor a bullet).
 */
const SPACED_DASH = /(?<=\S) [—–] (?=\S)/gu;

function dashCount(view: string, from: number, to: number): number {
  // Most lines hold no dash of either kind: say so without slicing the line.
  if (!hasCharIn(view, from, to, EM_DASH, EN_DASH)) return 0;
  const line = view.slice(from, to);
  return BULLETS.has(line.trimStart().charAt(0)) ? 0 : (line.match(SPACED_DASH)?.length ?? 0);
}

const EM_DASH = 0x2014;
const EN_DASH = 0x2013;
const COLON = 0x3a;
const OPENING_BRACKET = 0x28;
const VERTICAL_BAR = 0x7c;

/** Does [from, to) of `view` hold the character `a` (or `b`)? */
function hasCharIn(view: string, from: number, to: number, a: number, b = a): boolean {
  for (let k = from; k < to; k++) {
    const c = view.charCodeAt(k);
    if (c === a || c === b) return true;
  }
  return false;
}

/** Header cells of a column that names each row's instrument. */
const INSTRUMENT_COLUMNS = new Set(["instrument", "treaty", "convention", "agreement", "protocol", "instrument name", "treaty name"]);
/** Words an act cell may have ("Accession", "Not ratified", "Definitive signature"); a longer cell is a remark ("accession approved by Cabinet"). */
const MAX_ACT_CELL_WORDS = 3;

/** The act a cell names, by its first word ("Accession", "Ratification (a)"), with its polarity ("Not ratified"); or null. */
function cellAct(text: string): SectionAct | null {
  const open = text.indexOf("(");
  // "Accession (1)": the note is no word; nor is a date ("accession, November 2, 2019").
  const words = ((open >= 0 ? text.slice(0, open) : text).match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => !isDateWord(w));
  if (words.length > MAX_ACT_CELL_WORDS) return null;
  // A recorded vote's cell under a text's column ("In favour", "Against", "Abstained").
  const vote = VOTE_CELLS.get(words.join(" "));
  if (vote) return { action: "supported", polarity: vote };
  // "Under consideration": the state is not bound yet; nor is it while "preparing accession".
  if (PENDING_CELL.test(words.join(" "))) return { action: "ratified", polarity: "negated" };
  if (words.some((w) => PENDING_CELL_WORDS.has(w))) return { action: words.map((w) => CELL_ACTS.get(w)).find((a) => a) ?? "ratified", polarity: "negated" };
  let negated = false;
  for (const w of words.slice(0, 3)) {
    if (PRE_NEGATORS.has(w)) negated = true;
    const action = CELL_ACTS.get(w);
    if (action) return { action, polarity: negated ? "negated" : "affirmed" };
  }
  return null;
}

/** A key line that says what a table's codes stand for ("Key: R = ratified, A = acceded, S = signed only, - = not a party."). */
const KEY_LINE = /^\W{0,3}(?:key|legend)\W{0,3}:/iu;
/** One entry of such a key: a code of one or two capitals, or a dash, then "=" or ":" and what it stands for. */
const KEY_CODE = /(?:^|[\s,;(])([A-Z]{1,2}|[-–—])\s*[=:]\s*([a-z][a-z ]{1,30}?)\s*(?=[,;.)]|$)/gu;
/** A cell that is a key's code, maybe with the act's year ("R 2007", "A (2008)", "-"). */
const CODED_CELL = /^([A-Z]{1,2}|[-–—])(?:\s*\(?((?:19|20)\d\d)\)?)?$/u;

/** A key given in prose for a table's dashes: '"—" means no instrument deposited', "A dash indicates that no instrument …". */
const PROSE_DASH_KEY =
  /(?:["“'‘]\s*[-–—]\s*["”'’]|(?<!\w)(?:a|the)\s+dash)\s+(?:means|indicates|denotes|stands\s+for|shows)\s+(?:that\s+)?(?:no|not|none)(?!\w)/iu;
/** The key's entry for an empty cell (any dash). */
const NONE_MARK = "-";

/** The codes a document's key lines give, each with the acts it stands for ("S = signed only": signed, and not ratified). */
function tableKey(view: string): ReadonlyMap<string, readonly SectionAct[]> {
  const key = new Map<string, SectionAct[]>();
  // (A dash's meaning in prose: the act of the column it stands in, not done.)
  if (PROSE_DASH_KEY.test(view)) key.set(NONE_MARK, [{ action: "party", polarity: "negated" }]);
  for (let from = 0; from < view.length;) {
    const nl = view.indexOf("\n", from);
    const end = nl < 0 ? view.length : nl;
    const line = view.slice(from, end);
    from = end + 1;
    if (!KEY_LINE.test(line)) continue;
    for (const m of line.slice(line.indexOf(":") + 1).matchAll(KEY_CODE)) {
      const words = (m[2] as string).trim();
      const act = cellAct(words);
      if (!act || key.has(m[1] as string)) continue;
      // ("signed only": signed, and not bound.)
      const only = act.action === "signed" && act.polarity === "affirmed" && /\bonly$/u.test(words);
      key.set(m[1] as string, only ? [act, { action: "ratified", polarity: "negated" }] : [act]);
    }
  }
  return key;
}

/**
 * The rows of the table whose first line starts at `from`: each row that names a state in a cell gives that state the acts of
 * its act cells ("Kingdom of Cambodia | Accession | 16.01.2024", dated by the row's date), or the acts the header names for its
 * dated cells ("Participant | Signature | Ratification" over "Kenya | 12 May 2010 | 3 June 2012"). Returns where the table ends.
 */
function tableRows(
  view: string,
  segments: readonly Segment[],
  from: number,
  docDate: string | null,
  out: Map<number, SectionLine[]>,
  dashed = false,
  headingActs: readonly SectionAct[] = [],
  key: () => ReadonlyMap<string, readonly SectionAct[]> = () => new Map(),
): number {
  let header: Array<SectionAct | null> | null = null;
  /** Header cells that name no act: each may name its column's instrument (resolved against the text's names, pipeline.ts). */
  let columns: Array<string | undefined> = [];
  /** The column that names each row's instrument ("State | Instrument | Type of instrument | Date of deposit"), or -1. */
  let instrumentColumn = -1;
  let at = from;
  while (at < view.length) {
    const nl = view.indexOf("\n", at);
    const end = nl < 0 ? view.length : nl;
    if (dashed ? dashCount(view, at, end) === 0 : !hasBar(view, at, end)) break;
    const cells = cellsOf(view, at, end, dashed ? SPACED_DASH : BAR);
    const line = lineAt(segments, at, end);
    const stateCell = cells.findIndex((c) => cellActor(c.text)?.kind === "state");
    if (stateCell < 0) {
      if (!header) {
        header = cells.map((c) => cellAct(c.text));
        columns = cells.map((c, k) => (header?.[k] ? undefined : c.text));
        instrumentColumn = cells.findIndex((c) => INSTRUMENT_COLUMNS.has(c.text.toLowerCase()));
      }
    } else if (line) {
      const actor = cellActor((cells[stateCell] as { text: string }).text) as Actor;
      // A year alone in an act's cell dates the act ("accepted 1976").
      const dates = cells.map((c) => findDates(view, c.start, docDate, c.end)[0]?.value ?? (cellAct(c.text) ? (CELL_YEAR.exec(c.text)?.[0] ?? null) : null));
      const acts: ListedAct[] = [];
      const named = instrumentColumn >= 0 && instrumentColumn !== stateCell ? cells[instrumentColumn]?.text : undefined;
      const instrument = named && !cellAct(named) ? named : undefined;
      cells.forEach((c, k) => {
        if (k === stateCell || (instrument && k === instrumentColumn)) return; // ("Instrument" may also be the act's column)
        // "| Australia | A 2008 | - | R 2023 |" under a key ("A = acceded, - = not a party"): the code's acts, in the year the cell gives.
        const coded = header && !header[k] && columns[k] ? CODED_CELL.exec(c.text) : null;
        const keyed = coded ? key().get(coded[1] as string) : undefined;
        if (coded && keyed) {
          for (const act of keyed) acts.push({ ...act, actor, instrument, column: columns[k], date: act.polarity === "affirmed" ? (coded[2] ?? null) : null });
          return;
        }
        // ('"—" means no instrument deposited' over "| Spain | 12 May 2022 | — |": the column's act, not done.)
        if (
          header?.[k] &&
          EMPTY_CELL.test(c.text) &&
          key()
            .get(NONE_MARK)
            ?.some((a) => a.polarity === "negated")
        ) {
          acts.push({ ...(header[k] as SectionAct), polarity: "negated", actor, instrument, date: null });
          return;
        }
        const own = cellAct(c.text);
        const column = instrument ? undefined : columns[k];
        if (own) acts.push({ ...own, actor, instrument, column, date: own.polarity === "affirmed" ? (dates[k] ?? rowDateFor(own, dates, header)) : null });
        else if (header?.[k] && dates[k]) acts.push({ ...legendAct(header[k] as SectionAct, c.text), actor, instrument, date: dates[k] as string });
      });
      // A table under a status heading whose columns name no act ("## Ratifications registered in 2024" over "| Country | Registered
      // | Notes |"): each dated row did the heading's acts, on its date.
      const date = dates.find((d) => d);
      if (acts.length === 0 && headingActs.length > 0 && date && !header?.some((h) => h))
        for (const act of headingActs) acts.push({ ...act, actor, instrument, date });
      if (acts.length > 0) add(out, line.segment, { heading: line.segment, acts, kind: "table" });
    }
    at = end + 1;
  }
  return at;
}

/**
 * The row's date for an act its own cell names without one ("| Cameroon | 9 Jan 2015 | 18 Jul 2024 | ratification |" under
 * "Party | Signature | Consent to be bound | Type"): the first date not in another act's column (a signature's date does not
 * date a ratification), else null.
 */
function rowDateFor(act: SectionAct, dates: ReadonlyArray<string | null>, header: ReadonlyArray<SectionAct | null> | null): string | null {
  const fits = (h: SectionAct | null | undefined) => !h || h.action === act.action || (CONSENT_ACTIONS.has(h.action) && CONSENT_ACTIONS.has(act.action));
  return dates.find((d, k) => d && fits(header?.[k])) ?? null;
}

function add(out: Map<number, SectionLine[]>, segment: number, line: SectionLine): void {
  const list = out.get(segment);
  if (list) list.push(line);
  else out.set(segment, [line]);
}

/** The line [from, to) may be a heading: short, and capitalised past a Markdown heading's marks ("## Recent ratifications"). */
function headingShaped(view: string, from: number, to: number): boolean {
  return to - from <= MAX_HEADING_CHARS && startsCapitalised(view, pastHeadingMarks(view, from, to), to);
}

/** Past a Markdown heading's marks and the spaces after them ("## "), from `from`; else `from`. */
function pastHeadingMarks(view: string, from: number, to: number): number {
  let k = from;
  while (k < to && view.charCodeAt(k) === HASH) k++;
  if (k === from || view.charCodeAt(k) !== 32) return from;
  while (k < to && view.charCodeAt(k) === 32) k++;
  return k;
}
const HASH = 0x23;

/** Where the lines after blank lines start when the first of them opens with a bullet; else `at` (a blank line ends a section). */
function bulletedAfterBlank(view: string, at: number): number {
  let k = at;
  while (k < view.length && (view.charCodeAt(k) === 10 || view.charCodeAt(k) === 32 || view.charCodeAt(k) === 9)) k++;
  if (k === at || view.lastIndexOf("\n", k - 1) < at) return at;
  const lineStart = view.lastIndexOf("\n", k - 1) + 1;
  return BULLETS.has(view.charAt(k)) ? lineStart : at;
}

/**
 * The affirmed acts of a status heading on the line above a table, blank lines apart ("## Ratifications registered in 2024 ¶ ¶ |
 * Country | Registered | Notes |"); else none.
 */
function headingAbove(view: string, segments: readonly Segment[], from: number, docDate: string | null): SectionAct[] {
  let end = from - 1;
  while (end > 0 && view.charCodeAt(end - 1) === 10) end--;
  if (end <= 0) return [];
  const start = view.lastIndexOf("\n", end - 1) + 1;
  if (!headingShaped(view, start, end)) return [];
  const line = lineAt(segments, start, end);
  const heading = line ? headingOf(view, line, docDate) : null;
  return heading ? heading.acts.filter((a) => a.polarity === "affirmed" && !VOTE_ACTIONS.has(a.action)) : [];
}
const VOTE_ACTIONS: ReadonlySet<Action> = new Set<Action>(["supported"]);

/** The first non-blank character of [from, to) is a capital letter. */
function startsCapitalised(view: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && (view.charCodeAt(k) === 32 || view.charCodeAt(k) === 9)) k++;
  const c = view.charAt(k);
  return k < to && c !== c.toLowerCase();
}

/** The line [start, end) from the segment that holds its first character (or starts within it), clipped to it; null outside the body. */
function lineAt(segments: readonly Segment[], start: number, end: number): Line | null {
  // The last segment starting at or before `start`.
  let lo = 0;
  let hi = segments.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as Segment).start <= start) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (k < 0 || (segments[k] as Segment).end <= start) k++; // the line starts between segments: the next one, if it starts in the line
  const seg = segments[k];
  if (!seg || seg.start >= end) return null;
  return { segment: k, start: Math.max(start, seg.start), end: Math.min(end, seg.end) };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The acts a status heading line states, and the date in its brackets; null when the line is no such heading. */
function headingOf(view: string, line: Line, docDate: string | null): { acts: SectionAct[]; date: string | null } | null {
  if (line.end - line.start > MAX_HEADING_CHARS) return null;
  const text = view.slice(line.start, line.end).trim();
  // A recorded vote's heading on a line of its own, over its list ("Yes ¶ Australia, Austria, …", "Abstaining (31):").
  const vote = text.length <= MAX_VOTE_LABEL_CHARS ? voteLabel(text) : null;
  if (vote) return { acts: [{ action: "supported", polarity: vote }], date: null };
  if (!text || /[.!?:;]$/u.test(text)) return null;
  // A bulleted line is an item of a list ("- A, B (launching endorsers)"), never its heading.
  if (BULLETS.has(text.charAt(0))) return null;
  // Nor is a row laid out in columns whose first cell is a state ("Kazakhstan      26 May 2016      n/a (acceded 2015)").
  const cells = spacedCells(view, line.start, line.end);
  if (cells.length > 1 && lookupActor((cells[0] as Cell).text)?.kind === "state") return null;
  const words = text.match(WORD) ?? [];
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return null;
  // A long heading is long for the instruments it names ("PARTY TO THE TREATY ON THE PROHIBITION OF NUCLEAR WEAPONS, NOT YET TO
  // THE ROME STATUTE …"), not a sentence without its full stop ("We are pleased to report that 5 states ratified the treaty").
  if (words.length > MAX_SHORT_HEADING_WORDS && words.some((w) => CLAUSE_WORDS.has(w.toLowerCase()))) return null;
  const first = words[0] as string;
  if (first.charAt(0) === first.charAt(0).toLowerCase()) return null;
  const acts: SectionAct[] = [];
  // "SIGNED, NOT RATIFIED", "Signed / ratification pending": each comma- or slash-separated part has its own polarity.
  // A negator reaches the status words after it ("NOT RATIFIED", "Signatories that have not ratified"); "pending" the one before it.
  // A part with no status word of its own but a negator states the act before it as not done for what it names ("PARTY TO THE
  // LONDON AMENDMENT, NOT YET TO THE COPENHAGEN AMENDMENT").
  const textAt = view.indexOf(text, line.start);
  let partAt = textAt;
  for (const part of text.split(/[,/|]|\bbut\b/u)) {
    const range = [partAt, partAt + part.length] as const;
    partAt += part.length + 1;
    let negated = false;
    let stated = false;
    for (const w of (part.match(WORD) ?? []).map((x) => x.toLowerCase())) {
      if (PRE_NEGATORS.has(w)) negated = true;
      else if (POST_NEGATORS.has(w) && acts.length > 0) (acts[acts.length - 1] as SectionAct).polarity = "negated";
      const action = STATUS_WORDS.get(w.startsWith("non-") ? w.slice(4) : w);
      if (action) stated = true;
      if (action && !acts.some((a) => a.action === action))
        acts.push({ action, polarity: negated || w.startsWith("non-") ? "negated" : "affirmed", part: range });
    }
    const last = acts[acts.length - 1];
    if (!stated && negated && last && last.part && last.part[1] < range[0]) acts.push({ action: last.action, polarity: "negated", part: range });
  }
  if (acts.length === 0) return null;
  // The date in the heading's brackets ("Founding supporters (15 May 2019)"); a count ("RATIFIED (44)") is none.
  const open = view.indexOf("(", line.start);
  const close = open >= 0 && open < line.end ? view.indexOf(")", open) : -1;
  const date = close >= 0 && close < line.end ? (findDates(view, open, docDate, close)[0]?.value ?? null) : null;
  return { acts, date };
}

/** The headings of a recorded vote's lists, and whether each says its states voted for the text. */
const VOTE_LABELS: ReadonlyMap<string, Polarity> = new Map<string, Polarity>([
  ["yes", "affirmed"],
  ["in favour", "affirmed"],
  ["in favor", "affirmed"],
  ["no", "negated"],
  ["against", "negated"],
  ["abstaining", "negated"],
  ["abstention", "negated"],
  ["abstentions", "negated"],
  ["abstained", "negated"],
  ["not participating", "negated"],
  ["non-voting", "negated"],
  ["absent", "negated"],
  ["did not vote", "negated"],
]);
const MAX_VOTE_LABEL_CHARS = 30;
/** A vote heading's count in brackets: "Yes (63)". */
const VOTE_COUNT = /\(\d{1,3}\)$/u;

/** The polarity a line that is only a recorded vote's heading ("Against:", "Yes (63)") gives its list, else null. */
function voteLabel(text: string): Polarity | null {
  let label = text.trim();
  if (label.endsWith(":")) label = label.slice(0, -1).trimEnd();
  return VOTE_LABELS.get(label.replace(VOTE_COUNT, "").trimEnd().toLowerCase()) ?? null;
}

/** A line laid out in columns: two cells at least, parted by two spaces or a tab. */
const SPACED_ROW = /\S(?: {2,}|\t)\S/u;
/** Markdown's emphasis marks, which the view reads as spaces. */
const EMPHASIS = /\*\*|__/gu;

/** [from, to) as written, without Markdown's emphasis marks (whose spaces in the view are no gap between cells); the view's without the text. */
function asMarked(view: string, text: string | undefined, from: number, to: number): string {
  return (text ?? view).slice(from, to).replace(EMPHASIS, "");
}
/** The space between two columns of a row laid out with spaces. */
const COLUMN_GAP = /^(?: {2,}|\t)/u;

/** A cell of a line laid out in columns: its offset in the line and its text. */
interface Cell {
  at: number;
  text: string;
}

/** Runs of text parted by two spaces or more, or a tab. */
const CELL = /\S+(?: \S+)*/gu;

/** The cells of the line [from, to) laid out with spaces. */
function spacedCells(view: string, from: number, to: number): Cell[] {
  const out: Cell[] = [];
  for (const m of view.slice(from, to).matchAll(CELL)) out.push({ at: m.index, text: m[0] });
  return out;
}

/** Where each of the heading's acts has its column, when the heading is a row of column names ("MEMBER   ACCEPTANCE   NOTE"). */
function headingColumns(view: string, from: number, to: number, acts: readonly SectionAct[]): Map<SectionAct, [number, number]> | null {
  const cells = spacedCells(view, from, to);
  if (cells.length < 2) return null;
  const out = new Map<SectionAct, [number, number]>();
  // (A column may name two acts, "RATIFICATION/ACCESSION": the first speaks for it, the others have no column of their own.)
  const named = new Set<SectionAct>();
  // ("Contracting Party   Signature   Notification": the first column names the rows' States, not an act of theirs.)
  let label: SectionAct[] = [];
  cells.forEach((cell, k) => {
    const words = (cell.text.match(WORD) ?? []).map((w) => w.toLowerCase());
    const inCell = acts.filter((a) => !named.has(a) && words.some((w) => STATUS_WORDS.get(w) === a.action));
    for (const a of inCell) named.add(a);
    if (k === 0 && words.some((w) => ROW_LABELS.has(w))) {
      label = inCell;
      return;
    }
    if (inCell[0]) out.set(inCell[0], [cell.at, cells[k + 1]?.at ?? Infinity]);
  });
  return named.size === acts.length && out.size > 0 && label.length < acts.length ? out : null;
}

/** Where the header cell named by one of `names` has its column, in a heading laid out with spaces; null if none. */
function spacedColumn(view: string, from: number, to: number, names: ReadonlySet<string>): [number, number] | null {
  const cells = spacedCells(view, from, to);
  const k = cells.findIndex((c) => names.has(c.text.toLowerCase()));
  return k < 0 ? null : [(cells[k] as Cell).at, cells[k + 1]?.at ?? Infinity];
}

/** A row's cell (not its first) in the column [start, end), or undefined. */
function cellUnder(cells: readonly Cell[], [start, end]: readonly [number, number]): Cell | undefined {
  return cells.find((c, k) => k > 0 && c.at >= start - COLUMN_SLACK && c.at < end - COLUMN_SLACK);
}

/** Words of a first header cell that names the rows' States ("Contracting Party", "State", "Participant"). */
const ROW_LABELS = new Set(["party", "parties", "state", "states", "participant", "participants", "country", "countries", "member"]);

const EMPTY_CELLS = /^(?:[—–-]+|no|none|not yet|pending|in preparation)$/iu;
const DONE_CELLS = /^(?:yes|[x✓✔])$/iu;
/** How far a cell may start before its column's name. */
const COLUMN_SLACK = 3;

/** One act a row states in its column, with the row's instrument when a column names it. */
interface ColumnAct {
  act: SectionAct;
  instrument: string | undefined;
  polarity: Polarity;
  date: string | null;
}

/**
 * A row's acts by the heading's columns: a date in the act's column dates it; a dash, "no" or nothing there says it is not done;
 * a mark ("yes", "x") says it is done; anything else ("n/a (acceded 2015)") says nothing. A column of instruments names the row's.
 */
function columnActs(
  view: string,
  from: number,
  to: number,
  columns: ReadonlyMap<SectionAct, [number, number]>,
  instrumentColumn: readonly [number, number] | null | undefined,
  docDate: string | null,
): ColumnAct[] {
  const cells = spacedCells(view, from, to);
  const instrument = instrumentColumn ? cellUnder(cells, instrumentColumn)?.text : undefined;
  const out: ColumnAct[] = [];
  for (const [act, column] of columns) {
    if (act.polarity !== "affirmed") continue;
    const cell = cellUnder(cells, column);
    if (!cell || EMPTY_CELLS.test(cell.text)) {
      out.push({ act, instrument, polarity: "negated", date: null });
      continue;
    }
    const date = findDates(view, from + cell.at, docDate, from + cell.at + cell.text.length)[0];
    // "Joined (date, type)" over "12 May 2003 (ratification)": the cell's own kind of consent says which act it was.
    const kind = CONSENT_ACTIONS.has(act.action) ? STATUS_WORDS.get(CELL_KIND.exec(cell.text)?.[1]?.toLowerCase() ?? "") : undefined;
    const own = kind && kind !== act.action && CONSENT_ACTIONS.has(kind) ? { ...act, action: kind } : legendAct(act, cell.text);
    if (date && date.start === from + cell.at) out.push({ act: own, instrument, polarity: "affirmed", date: date.value });
    else if (DONE_CELLS.test(cell.text)) out.push({ act, instrument, polarity: "affirmed", date: null });
  }
  return out;
}

/**
 * A depositary's mark after a consent's date ("4 Sep 2018 (a)", "13 Jun 2022 a": an accession; "d": a succession, read as an
 * accession): the act it marks under a column of ratifications; else the column's act.
 */
function legendAct(act: SectionAct, text: string): SectionAct {
  return CONSENT_ACTIONS.has(act.action) && act.action !== "acceded" && ACCESSION_MARK.test(text) ? { ...act, action: "acceded" } : act;
}
/** A lower-case "a" or "d" after a date's year, bare or in brackets, ending the cell. */
const ACCESSION_MARK = /(?:1[89]|20)\d\d\s*(?:\(\s*[ad]\s*\)|[ad])$/u;

/** Acts of consent to be bound, which a cell's bracketed kind may name ("(accession)", "(ratification)", "(acceptance)"). */
const CONSENT_ACTIONS: ReadonlySet<Action> = new Set<Action>(["ratified", "acceded", "party"]);
/** A cell's bracketed kind of act at its end: "12 May 2003 (ratification)". */
const CELL_KIND = /\(([A-Za-z]+)\)$/u;

/** A year alone, as a tracker line's date after its dash. */
const LONE_YEAR = /^((?:19|20)\d\d)\.?$/u;

/**
 * The states a line lists ("A, B and C.", "Governments: A, B", "- A: instrument deposited 2 May 2019", "A – May 2021",
 * "A (June 2023), B (August 2018)"), each with the line's date for it; null when the line is not such a list.
 */
function listLine(view: string, line: Line, s: Sentence, docDate: string | null, text?: string): Array<{ mention: ActorMention; date: string | null }> | null {
  const tokens = s.tokens;
  const inLine = (k: number) => k < tokens.length && (tokens[k] as Token).start < line.end;
  let i = tokens.findIndex((t) => t.start >= line.start);
  if (i < 0 || !inLine(i)) return null;
  if (BULLETS.has((tokens[i] as Token).text)) i++;
  // "- 2021 – A, B, C": a year that leads the line, before a dash or colon, dates every State on it.
  let lead: string | null = null;
  if (LONE_YEAR.test((tokens[i] as Token).text) && (DASHES.has(tokens[i + 1]?.text ?? "") || tokens[i + 1]?.text === ":") && inLine(i + 2)) {
    lead = (tokens[i] as Token).text;
    i += 2;
  }
  // "Governments: A, B": a label before a colon, naming no one.
  const colon = tokens.findIndex((t, k) => k >= i && t.start < line.end && t.text === ":");
  if (colon > i && colon - i <= 4 && tokens.slice(i, colon).every((t) => t.word) && !s.groups.some((g) => g.from < colon && g.to > i)) i = colon + 1;
  const out: Array<{ mention: ActorMention; date: string | null }> = [];
  let first = groupStartingAt(s, i, 1);
  // (An operative paragraph's subject, a group of no width at its verb, is no State the line lists: "Approves the report of …".)
  while (first && first.to > first.from) {
    const list = listAfter(s, first);
    const members = list.members.filter((m) => m.kind === "named" && m.actor);
    let k = list.to;
    // "South Sudan (June 2023), Tunisia (August 2018)": a date in brackets after an item is that item's.
    for (const mention of members) out.push({ mention, date: bracketedDateAt(view, tokens, mention.to, docDate)?.value ?? null });
    if (tokens[k]?.text === "(" && inLine(k)) {
      const close = tokens.findIndex((t, c) => c > k && t.text === ")");
      if (close < 0 || !inLine(close)) return null;
      const last = out[out.length - 1];
      if (last && last.mention.to === k) last.date ??= findDates(view, (tokens[k] as Token).end, docDate, (tokens[close] as Token).start)[0]?.value ?? null;
      k = close + 1;
    }
    if ((tokens[k]?.text === "," || tokens[k]?.lower === "and") && inLine(k)) {
      first = groupStartingAt(s, tokens[k + 1]?.lower === "and" ? k + 2 : k + 1, 1);
      if (first) continue;
      return null;
    }
    // After the list: the line's end, or a detail (": …"), or a date ("– May 2021").
    const after = tokens[k];
    if (!after || !inLine(k) || after.text === ".") break;
    // "Botswana        18 Jun 2015        yes": a row laid out in columns, whose first cell after the state dates it.
    // (Not the spaces the view puts for Markdown's emphasis: "- **Australia** – ratified in June 2023".)
    if (COLUMN_GAP.test(asMarked(view, text, (tokens[k - 1] as Token).end, after.start))) {
      const cell = findDates(view, after.start, docDate, line.end)[0];
      const own = cell && cell.start === after.start ? cell.value : null;
      for (const m of out) m.date ??= own;
      break;
    }
    if (after.text !== ":" && !LINE_DATE_LEADS.has(after.text)) return null;
    const rest = view.slice(after.end, line.end).trim();
    if (after.text !== ":" || DETAIL_ACT.test(rest.toLowerCase())) {
      // ("Angola – 2010": a year alone after the dash is the line's date, as a year alone in a table's cell is.)
      const own = findDates(view, after.end, docDate, line.end)[0]?.value ?? (after.text !== ":" ? (LONE_YEAR.exec(rest)?.[1] ?? null) : null);
      for (const m of out) m.date ??= own;
    }
    break;
  }
  if (lead) for (const m of out) m.date ??= lead;
  return out.length > 0 ? out : null;
}
