// The core's per-sentence stages re-composed for one document, so `--explain` can ask why a gold
// record was missed without changing the pipeline: the same text preparation, sentence split,
// instrument/actor/cue analysis, references (DocumentContext) and link rules as src/core/pipeline.ts.
// Not re-composed (private to the pipeline): "its two Protocols" expansion and the cue-word
// prefilter; a diagnosis that depends on them says so rather than guess.
import { prepareText } from "../core";
import type { Commitment } from "../core/model";
import { DocumentContext } from "../core/refine/references";
import { OrganisationHints } from "../core/refine/organisationHints";
import { signedDeclarationIsEndorsed } from "../core/refine/records";
import { findActors, type Actor } from "../core/stages/actors";
import { findCues } from "../core/stages/cues";
import { groupActors } from "../core/stages/groups";
import { findInstruments, type InstrumentMention } from "../core/stages/instruments";
import { linkSentence, type Draft, type Sentence } from "../core/stages/link";
import { cueIndex } from "../core/lexicon/cues";
import type { RawDocument } from "../core/types";
import { readMetadata } from "../core/text/metadata";
import { normalizeView } from "../core/text/normalize";
import { splitSentences, type Segment } from "../core/text/sentences";
import { tokenize } from "../core/text/tokens";

/** Where a quote was found: the body sentences it overlaps, or why none. */
export interface QuoteLocation {
  quote: string;
  /** Indexes into `DocumentProbe.segments` of the sentences the quote overlaps. */
  sentences: number[];
  /** True when the quote lies (partly) in metadata or outside every sentence. */
  outsideBody: boolean;
}

/** A draft of the link stage turned into record fields as the pipeline's toRecords() would. */
export interface DraftRecord {
  draft: Draft;
  /** A stand-in record (no date, no id of the pipeline's): enough for the gold predicate. */
  record: Commitment;
}

/** A draft with the actors and instruments its references resolved to. */
export interface ResolvedDraft {
  draft: Draft;
  actors: string[];
  instruments: string[];
}

const WHITE_SPACE = /\s/u;

/** `text` with white-space runs folded to one space, and where each folded character came from. */
function fold(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = [];
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (WHITE_SPACE.test(ch)) {
      if (!space) {
        folded += " ";
        at.push(i);
      }
      space = true;
      continue;
    }
    folded += ch;
    at.push(i);
    space = false;
  }
  return { folded, at };
}

export class DocumentProbe {
  readonly view: string;
  readonly segments: Segment[];
  readonly headline: string | null;
  readonly ctx: DocumentContext;
  private readonly analysed: Array<Sentence | undefined>;
  private readonly unresolved = new Map<number, string[]>();
  private folded: { folded: string; at: number[] } | null = null;

  constructor(readonly doc: RawDocument) {
    const text = prepareText(doc);
    this.view = normalizeView(text);
    const meta = readMetadata(this.view);
    this.headline = meta.titleFromHeader ? meta.title : null;
    this.segments = splitSentences(this.view, meta.bodyStart).filter((seg) => !meta.excluded.some(([a, b]) => seg.start < b && seg.end > a));
    this.analysed = new Array(this.segments.length);
    const principal = (): Actor[] => {
      const title = this.segments.length > 0 ? this.sentenceAt(0) : null;
      const states = title ? title.groups.flatMap((g) => g.members.flatMap((m) => (m.actor?.kind === "state" ? [m.actor] : []))) : [];
      return states.slice(0, 1);
    };
    const hints = new OrganisationHints(this.view, this.segments);
    this.ctx = new DocumentContext(
      (i) => this.sentenceAt(i),
      principal,
      (i, head) => hints.mayName(i, head),
    );
  }

  /** The text of sentence i. */
  textOf(i: number): string {
    const seg = this.segments[i] as Segment;
    return this.view.slice(seg.start, seg.end);
  }

  /** True when sentence i repeats the `Title:` header: the pipeline reads it as context only. */
  isHeadline(i: number): boolean {
    return this.headline !== null && this.textOf(i).trim() === this.headline;
  }

  /** Cue phrases among the sentence's tokens, before instruments claim any. */
  cuePhrases(i: number): string[] {
    const seg = this.segments[i] as Segment;
    const tokens = tokenize(this.view, seg.start, seg.end);
    return cueIndex()
      .findAll(tokens)
      .map((m) =>
        tokens
          .slice(m.from, m.to)
          .map((t) => t.text)
          .join(" "),
      );
  }

  /** Sentence i analysed as the pipeline does (instruments claim their tokens; anaphors resolved). */
  sentenceAt(i: number): Sentence {
    let s = this.analysed[i];
    if (s) return s;
    const seg = this.segments[i] as Segment;
    const tokens = tokenize(this.view, seg.start, seg.end);
    const instruments = findInstruments(this.view, tokens, 0, tokens.length);
    const claimed = new Uint8Array(tokens.length);
    for (const m of instruments) for (let k = m.from; k < m.to; k++) claimed[k] = 1;
    const isClaimed = (k: number) => claimed[k] === 1;
    const actors = findActors(tokens, 0, tokens.length, isClaimed);
    const groups = groupActors(tokens, actors);
    const cues = findCues(tokens, 0, tokens.length, isClaimed);
    s = { start: seg.start, end: seg.end, tokens, from: 0, to: tokens.length, groups, instruments, cues };
    this.analysed[i] = s;
    const current = s;
    current.instruments = current.instruments.filter((m) => {
      if (this.ctx.resolveInstrument(m, current, i)) return true;
      this.unresolved.set(i, [
        ...(this.unresolved.get(i) ?? []),
        tokens
          .slice(m.from, m.to)
          .map((t) => t.text)
          .join(" "),
      ]);
      return false;
    });
    return s;
  }

  /** Instrument references of sentence i that named nothing before them ("the resolution" with no resolution named). */
  unresolvedInstruments(i: number): string[] {
    this.sentenceAt(i);
    return this.unresolved.get(i) ?? [];
  }

  /** The sentences a quote (white space folded, typographic quotes as ASCII) overlaps, at each place it occurs. */
  locate(quote: string): QuoteLocation {
    this.folded ??= fold(this.view);
    const { folded, at } = this.folded;
    const needle = fold(normalizeView(quote)).folded.trim();
    const found: QuoteLocation = { quote, sentences: [], outsideBody: false };
    if (needle === "") return found;
    // Exact first; else case-insensitively (when lower-casing keeps the offsets).
    const lower = folded.toLowerCase();
    const exact = folded.includes(needle) || lower.length !== folded.length;
    const haystack = exact ? folded : lower;
    const n = exact ? needle : needle.toLowerCase();
    const hits: Array<[number, number]> = [];
    for (let hit = haystack.indexOf(n); hit >= 0 && hits.length < 20; hit = haystack.indexOf(n, hit + 1)) {
      hits.push([at[hit] as number, (at[hit + n.length - 1] as number) + 1]);
    }
    for (const [start, end] of hits) {
      const overlapping = this.segments.flatMap((seg, i) => (seg.start < end && seg.end > start ? [i] : []));
      if (overlapping.length === 0) found.outsideBody = true;
      for (const i of overlapping) if (!found.sentences.includes(i)) found.sentences.push(i);
    }
    return found;
  }

  /** The drafts of sentence i's link stage as record fields: references resolved, acts without an instrument given the topic. */
  draftRecords(i: number): { drafts: ResolvedDraft[]; records: DraftRecord[] } {
    const s = this.sentenceAt(i);
    const drafts: ResolvedDraft[] = [];
    const records: DraftRecord[] = [];
    for (const d of linkSentence(s)) {
      const actors = d.agents.flatMap((m) => this.ctx.resolveActor(m, s, i));
      const instruments = this.instrumentsOf(d, s, i).filter((m) => m.text);
      drafts.push({ draft: d, actors: actors.map((a) => a.name), instruments: instruments.map((m) => m.text) });
      for (const actor of actors) {
        for (const inst of instruments) {
          const record: Commitment = {
            id: `probe-${i}-${records.length}`,
            actor: actor.name,
            action: d.action,
            instrument: inst.text,
            instrumentId: inst.entry?.id ?? null,
            instrumentName: inst.entry?.name ?? null,
            instrumentType: inst.entry?.type ?? inst.type,
            date: null,
            polarity: d.polarity,
            confidence: 1,
            source: { doc: this.doc.id, start: s.start, end: s.end, quote: this.view.slice(s.start, s.end) },
            stages: [`link:${d.rule}`],
          };
          // What an act *is* is refined before scoring ("signed" a declaration is "endorsed").
          records.push({ draft: d, record: signedDeclarationIsEndorsed([record])[0] as Commitment });
        }
      }
    }
    return { drafts, records };
  }

  /** As the pipeline's toRecords(): an act stated without its instrument means the latest one named. */
  private instrumentsOf(d: Draft, s: Sentence, i: number): InstrumentMention[] {
    if (!d.topical) return d.instruments;
    const pronoun = /^(?:it|them)$/u.test(s.tokens[d.cue.to]?.lower ?? "");
    const here = pronoun ? s.instruments.filter((m) => m.to <= d.cue.from && m.text) : [];
    const topic = here[here.length - 1] ?? this.ctx.topic(i);
    return topic ? [topic] : [];
  }
}
