import { z } from "zod";
import { OTHER_ORGANISATIONS } from "./other";
import { REGIONAL_ORGANISATIONS } from "./regional";
import { UN_SYSTEM } from "./unSystem";

/**
 * An international organisation, organ or official that can be the actor of a commitment.
 *
 * `name` is the canonical actor name. UN organs and officials follow the annotation rule
 * ("UN General Assembly", "UN Security Council", "UN Human Rights Council",
 * "UN Secretary-General"); organisations usually called by their acronym keep it as their
 * name ("UNESCO", "IAEA", "ASEAN", "NATO"); the others use their full English name
 * ("European Union", "International Committee of the Red Cross").
 */
export interface Organisation {
  name: string;
  /** Other full or partial names, matched case-insensitively (not acronyms). */
  aliases: string[];
  /** Acronyms, matched case-sensitively as whole words. */
  acronyms: string[];
  kind: "un-organ" | "un-agency" | "regional" | "other";
}

export const ORGANISATION_KINDS = ["un-organ", "un-agency", "regional", "other"] as const;

export const OrganisationSchema = z.object({
  name: z.string().min(2),
  aliases: z.array(z.string().min(3)),
  acronyms: z.array(z.string().min(2)),
  kind: z.enum(ORGANISATION_KINDS),
}) satisfies z.ZodType<Organisation>;

export const OrganisationsSchema = z.array(OrganisationSchema);

/** Parses the data files' entries and checks that canonical names are unique (case-insensitively). */
export function buildOrganisations(inputs: readonly unknown[]): readonly Organisation[] {
  const organisations = OrganisationsSchema.parse(inputs);
  const names = new Set<string>();
  for (const organisation of organisations) {
    const key = organisation.name.toLowerCase();
    if (names.has(key)) throw new Error(`Organisations: duplicate name "${organisation.name}"; merge the two entries.`);
    names.add(key);
  }
  return Object.freeze(organisations.map((organisation) => Object.freeze(organisation)));
}

/** Every known organisation, validated once at module load. */
export const ORGANISATIONS: readonly Organisation[] = buildOrganisations([...UN_SYSTEM, ...REGIONAL_ORGANISATIONS, ...OTHER_ORGANISATIONS]);

const UN_ORGAN_NAMES = new Set(ORGANISATIONS.filter((organisation) => organisation.kind === "un-organ").map((organisation) => organisation.name));

/**
 * Is this actor a UN organ or official (the United Nations, the Secretary-General, the General
 * Assembly ...)? Such an actor is a depositary, a host or a body that adopts and calls; it never
 * ratifies, accedes, signs or deposits an instrument of its own.
 */
export function isUnOrgan(name: string): boolean {
  return UN_ORGAN_NAMES.has(name);
}

const NAMES = new Set(ORGANISATIONS.map((organisation) => organisation.name));
/** Regional economic integration organisations: they become parties to treaties by approving them ("the European Union approved X"). */
export const INTEGRATION_ORGANISATIONS: ReadonlySet<string> = new Set(["European Union", "European Community", "European Atomic Energy Community"]);

/**
 * Can this actor be bound by a treaty (ratify it, accede to it, be a party)? A state can, and so can a regional economic
 * integration organisation; an organisation the lexicon knows otherwise cannot: it is the treaty's depositary, secretariat or
 * sponsor ("deposited with the Director General of WIPO", "ILO Conventions are ratified by member States"). An organisation the
 * text names that the lexicon does not know is given the benefit of the doubt (some intergovernmental organisations accept treaties).
 */
export function canBeBound(name: string): boolean {
  return !NAMES.has(name) || INTEGRATION_ORGANISATIONS.has(name);
}

const DELIBERATIVE = /\b(?:assembly|council|committee|conference|commission|summit|meeting)\b/u;

/** Is the (lower-case) name that of a deliberative body, one that adopts texts (an assembly, council, committee, conference …)? */
export function isDeliberative(lowerName: string): boolean {
  return DELIBERATIVE.test(lowerName);
}

/** May the organisation have a head of its own ("the Director-General", "the Executive Secretary")? Not a body, a UN organ or a union of States. */
export function hasExecutiveHead(name: string): boolean {
  return !isUnOrgan(name) && !INTEGRATION_ORGANISATIONS.has(name) && !isDeliberative(name.toLowerCase());
}

const ACRONYMS = new Set(["un", ...ORGANISATIONS.flatMap((organisation) => organisation.acronyms.map((a) => a.toLowerCase()))]);

/** Is this (lower-case) word an organisation's acronym ("who", "un", "ilo")? */
export function isOrganisationAcronym(lowerWord: string): boolean {
  return ACRONYMS.has(lowerWord);
}
