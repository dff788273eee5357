/** Names in depositary tables resolved as extraction resolves them: participants to canonical actors, instruments to catalog entries. */
import { catalogById } from "../lexicon/catalog";
import { canonicalActor, resolveActor, resolveInstrument } from "../lexicon/resolve";
import { cleanParticipant } from "./footnotes";

export interface ImportOptions {
  /** The instrument (catalog id, name or acronym) when the user gives it; else read from the title. */
  instrument?: string | null;
  /** Where the table comes from (a file name), for the Reference table's Source column. */
  source?: string;
}

export interface Participant {
  /** The canonical name (as written, markers dropped, when the lexicon does not know it). */
  name: string;
  known: boolean;
  /** The name as the table writes it, without its markers and brackets. */
  written: string;
  footnotes: string[];
  /** In square brackets in the table: a former or withdrawn participant. */
  bracketed: boolean;
}

/** A participant's canonical name, whether the lexicon knew it, and the markers its cell carried. */
export function participant(raw: string): Participant {
  const clean = cleanParticipant(raw);
  const written = clean.name;
  const known =
    resolveActor(written) ??
    resolveActor(
      written
        .replace(/\([^()]*\)/gu, " ")
        .split(/\s/u)
        .filter(Boolean)
        .join(" "),
    );
  return { name: known ? known.name : canonicalActor(written), known: known !== null, written, footnotes: clean.footnotes, bracketed: clean.bracketed };
}

/** The instrument a user names (a catalog id, name or acronym), or the text as written when the catalog does not know it. */
export function resolveGiven(text: string): { id: string | null; name: string } {
  const entry = resolveInstrument(text) ?? catalogById(text.trim().toLowerCase());
  return entry ? { id: entry.id, name: entry.name } : { id: null, name: text.trim() };
}
