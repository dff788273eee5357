import { builtInNames } from "../core";
import { FORMATS, type Format } from "./formats";

/** Parsed `commitments extract` arguments; a usage error is a `CliUsageError` with what to do. */
export interface ExtractArgs {
  paths: string[];
  format: Format;
  out: string | null;
  quiet: boolean;
  minConfidence: number;
  /** `--help`: print the command's usage and stop. */
  help: boolean;
}

/** Output formats of `commitments gaps` (a gap list has no workbook of its own). */
export const GAP_FORMATS = ["json", "csv"] as const;
export type GapFormat = (typeof GAP_FORMATS)[number];

/** Parsed `commitments gaps` arguments. */
export interface GapsArgs {
  paths: string[];
  format: GapFormat;
  out: string | null;
  quiet: boolean;
  minConfidence: number;
  /** A built-in checklist's name or a .csv/.txt file, as given; resolved by src/cli/gaps.ts. */
  checklist: string | null;
  /** Depositary status tables (.csv, .tsv, .txt, .xlsx) to reconcile the statements with. */
  reference: string[];
  /** Also flag recorded binding acts no document mentions (DONE_NOT_SAID). */
  doneNotSaid: boolean;
  help: boolean;
}

export const USAGE = `usage: commitments extract [PATH...] [--format json|csv|xlsx] [--out FILE] [--quiet] [--min-confidence N]
  PATH    files or folders (.txt, .md, .html, .docx, .pdf; folders are read recursively);
          none: the bundled seeds/
  --format   json (default), csv, or xlsx (the add-in's workbook; needs --out)
  --out      write to FILE instead of standard output; an existing .xlsx FILE is merged into
             (your Review and Notes, hand-added and rejected rows are kept; a .bak copy is made)
  --quiet    no summary on standard error
  --min-confidence  drop records under N (0 to 1)`;

export const GAPS_USAGE = `usage: commitments gaps [PATH...] [--checklist NAME|FILE] [--reference FILE]... [--done-not-said] [--format json|csv] [--out FILE] [--quiet] [--min-confidence N]
  PATH    read and extracted as by commitments extract; none: the bundled seeds/
  --checklist  also flag the instruments a state has no record of (CHECKLIST_MISSING), from
             a built-in list: ${builtInNames()};
             or a .csv file with an "Instrument" column (and optionally "Actor"; blank: every
             state); or a .txt file with one instrument a line
  --reference  a depositary status table (as copied from the UN Treaty Collection, saved as
             .csv, .tsv, .txt or .xlsx; or a long table: actor, instrument, action, date):
             flags SAID_NOT_DONE and DATE_MISMATCH against it; may be given more than once
  --done-not-said  with --reference, also flag recorded binding acts no document mentions
  --format   json (default) or csv
  --out      write to FILE instead of standard output
  --quiet    no summary on standard error
  --min-confidence  drop records under N (0 to 1) before looking for gaps`;

/** A usage error: the message says what is wrong, `usage` is the command's usage shown under it. */
export class CliUsageError extends Error {
  constructor(message: string, readonly usage: string = USAGE) {
    super(message);
  }
}

/** The options both commands share; `extra` handles a command's own and returns false for the rest. */
function parseCommon<F extends string>(
  argv: readonly string[],
  formats: readonly F[],
  usage: string,
  extra: (a: string, value: () => string) => boolean = () => false,
): { paths: string[]; format: F; out: string | null; quiet: boolean; minConfidence: number; help: boolean } {
  const args = { paths: [] as string[], format: formats[0] as F, out: null as string | null, quiet: false, minConfidence: 0, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string => {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) throw new CliUsageError(`${a} needs a value`, usage);
      i++;
      return v;
    };
    if (a === "--help" || a === "-h") args.help = true;
    else if (a === "--format" || a === "-f") {
      const f = value();
      if (!(formats as readonly string[]).includes(f)) {
        throw new CliUsageError(`unknown format "${f}"; use ${formats.slice(0, -1).join(", ")} or ${formats[formats.length - 1]}`, usage);
      }
      args.format = f as F;
    } else if (a === "--out" || a === "-o") args.out = value();
    else if (a === "--quiet" || a === "-q") args.quiet = true;
    else if (a === "--min-confidence") {
      const n = Number(value());
      if (!Number.isFinite(n) || n < 0 || n > 1) throw new CliUsageError("--min-confidence takes a number from 0 to 1", usage);
      args.minConfidence = n;
    } else if (extra(a, value)) continue;
    else if (a.startsWith("-") && a !== "-") throw new CliUsageError(`unknown option ${a}`, usage);
    else args.paths.push(a);
  }
  return args;
}

export function parseExtractArgs(argv: readonly string[]): ExtractArgs {
  const args = parseCommon(argv, FORMATS, USAGE);
  if (!args.help && args.format === "xlsx" && !args.out) throw new CliUsageError("--format xlsx writes a workbook file: give --out FILE.xlsx");
  return args;
}

export function parseGapsArgs(argv: readonly string[]): GapsArgs {
  let checklist: string | null = null;
  const reference: string[] = [];
  let doneNotSaid = false;
  const args = parseCommon(argv, GAP_FORMATS, GAPS_USAGE, (a, value) => {
    if (a === "--checklist") checklist = value();
    else if (a === "--reference") reference.push(value());
    else if (a === "--done-not-said") doneNotSaid = true;
    else return false;
    return true;
  });
  if (doneNotSaid && reference.length === 0) throw new CliUsageError("--done-not-said needs a --reference table to compare with", GAPS_USAGE);
  return { ...args, checklist, reference, doneNotSaid };
}

export const REFERENCE_USAGE = `usage: commitments reference import FILE [--instrument ID] --out WORKBOOK.xlsx [--quiet]
  FILE    a depositary status table as copied from the UN Treaty Collection (title line,
          "Participant", "Signature", "Ratification, …, Accession(a), Succession(d)"), saved as
          .csv, .tsv, .txt (tab-separated, as pasted) or .xlsx; or a long table with the
          columns actor, instrument, action, date
  --instrument  the instrument (catalog id, name or acronym) when the table has no title line
  --out      the workbook to write the Reference table into (made if missing; an existing one is
             merged into, with a .bak copy; re-importing an instrument replaces its rows)
  --quiet    no summary on standard error`;

export interface ReferenceArgs {
  file: string | null;
  instrument: string | null;
  out: string | null;
  quiet: boolean;
  help: boolean;
}

/** Arguments of \`commitments reference import\`. */
export function parseReferenceArgs(argv: readonly string[]): ReferenceArgs {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || sub === undefined) return { file: null, instrument: null, out: null, quiet: false, help: true };
  if (sub !== "import") throw new CliUsageError(`unknown reference command "${sub}"; the command is: reference import`, REFERENCE_USAGE);
  let instrument: string | null = null;
  const args = parseCommon(rest, ["xlsx"] as const, REFERENCE_USAGE, (a, value) => {
    if (a !== "--instrument") return false;
    instrument = value();
    return true;
  });
  if (args.help) return { file: null, instrument, out: args.out, quiet: args.quiet, help: true };
  if (args.paths.length !== 1) throw new CliUsageError(args.paths.length === 0 ? "give the status table FILE to import" : "import one status table at a time", REFERENCE_USAGE);
  if (!args.out) throw new CliUsageError("give the workbook to write with --out WORKBOOK.xlsx", REFERENCE_USAGE);
  return { file: args.paths[0] as string, instrument, out: args.out, quiet: args.quiet, help: false };
}
