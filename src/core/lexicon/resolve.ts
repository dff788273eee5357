/**
 * Names typed by people (a checklist, a formula's argument, a row added by hand) resolved the
 * way extraction resolves names in documents: an actor to its canonical name, an instrument to
 * its catalog entry. Whatever the lexicons do not know stays as written, compared case- and
 * accent-blind.
 */
import type { CatalogEntry } from "../model";
import { lookupActor, type Actor } from "../stages/actors";
import { catalogById } from "./catalog";
import { catalogIndex } from "./catalogIndex";

/** Case, accents, punctuation and a leading "the" never tell two names apart. */
export function foldKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`´.]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /u, "");
}

/** The actor a name stands for, or null when the lexicon does not know it. */
export function resolveActor(name: string): Actor | null {
  return name.trim() === "" ? null : lookupActor(name);
}

/** The canonical name of an actor, or the name as written (trimmed) when it is not one the lexicon knows. */
export function canonicalActor(name: string): string {
  return resolveActor(name)?.name ?? name.trim().replace(/\s+/gu, " ");
}

/**
 * The catalog entry an instrument's id, name, alias or acronym stands for ("crc-opac", "OPAC",
 * "Optional Protocol to the Convention on the Rights of the Child on the involvement of children
 * in armed conflict"), or null.
 */
export function resolveInstrument(text: string): CatalogEntry | null {
  const trimmed = text.trim().replace(/\s+/gu, " ");
  if (trimmed === "") return null;
  const byId = catalogById(trimmed.toLowerCase());
  if (byId) return byId;
  const index = catalogIndex();
  const stripped = trimmed.replace(/^the\s+/iu, "");
  return index.phrases.lookup(trimmed) ?? index.phrases.lookup(stripped) ?? index.resolveByWords(stripped, null);
}
