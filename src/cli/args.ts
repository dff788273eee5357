import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "node:util";
import { builtInNames, COLUMN_ROLES, parseColumnMapping, ReferenceImportError, type ColumnMapping } from "../core";
import { FORMATS, type Format } from "./formats";

/** Parsed `commitments extract` arguments; a usage error is a `CliUsageError` with what to do. */
export interface ExtractArgs {
  paths: string[];
  format: Format;
  out: string | null;
  quiet: boolean;
  minConfidence: number;
  /** `--jobs N`: threads that extract (default: every core). */
  jobs: number | null;
  /** `--help`: print the command's usage and stop. */
  help: boolean;
  /** `--version`: print the version and stop. */
  version: boolean;
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
  /** --columns, read: which column of each --reference table holds what. */
  columns: ColumnMapping | null;
  /** Also flag recorded binding acts no document mentions (DONE_NOT_SAID). */
  doneNotSaid: boolean;
  help: boolean;
  version: boolean;
}

export const USAGE = `usage: commitments extract [PATH...] [--format json|csv|xlsx] [--out FILE] [--quiet] [--min-confidence N] [--jobs N]
  PATH    files or folders (.txt, .md, .html, .docx, .pdf; folders are read recursively);
          none: the bundled seeds/; after --, every argument is a PATH (-- -rf.txt)
  --format, -f  json (default), csv, or xlsx (the add-in's workbook; needs --out); without
             it, --out's extension decides (.csv, .xlsx, else json)
  --out, -o  write to FILE instead of standard output (- is standard output); an existing .xlsx
             FILE is merged into (your Review and Notes, hand-added and rejected rows are kept;
             the last 5 versions are kept as FILE.bak-<time>.xlsx); text is never written over a workbook
  --quiet, -q  no summary on standard error
  --min-confidence  drop records under N (0 to 1)
  --jobs, -j  extract on N threads (default: one per core; 1: in this process, which is faster
             where the cores are shared); the output is the same whatever N
  --help, -h  this help;  --version, -V  the version
  Options are given once each; --format=csv and --format csv are the same.`;

export const GAPS_USAGE = `usage: commitments gaps [PATH...] [--checklist NAME|FILE] [--reference FILE]... [--columns MAPPING] [--done-not-said] [--format json|csv] [--out FILE] [--quiet] [--min-confidence N]
  PATH    read and extracted as by commitments extract; none: the bundled seeds/
  --checklist  also flag the instruments a state has no record of (CHECKLIST_MISSING), from
             a built-in list: ${builtInNames()};
             or a .csv file with an "Instrument" column (and optionally "Actor"; blank: every
             state); or a .txt file with one instrument a line
  --reference  a depositary status table in one of the layouts reference import reads (UNTC's
             status table, one row per act or plain text; a list of parties; OHCHR's matrix;
             a long table: actor, instrument, action, date), saved as .csv, .tsv, .txt or
             .xlsx: flags SAID_NOT_DONE and DATE_MISMATCH against it; may be given more than
             once
  --columns  with --reference, which column of its tables holds what, for a layout it does not
             know (as for reference import: participant=Country,ratification=3)
  --done-not-said  with --reference, also flag recorded binding acts no document mentions
  --format, -f  json (default) or csv; without it, --out's extension decides (.csv, else json)
  --out, -o  write to FILE instead of standard output (- is standard output); never a workbook
  --quiet, -q  no summary on standard error
  --min-confidence  drop records under N (0 to 1) before looking for gaps
  --help, -h  this help;  --version, -V  the version`;

/** The package's version (package.json beside src/ and lib/). */
export function version(): string {
  try {
    return String((JSON.parse(fs.readFileSync(path.resolve(__dirname, "..", "..", "package.json"), "utf8")) as { version?: unknown }).version ?? "unknown");
  } catch {
    return "unknown";
  }
}

/** A usage error: the message says what is wrong, `usage` is the command's usage shown under it. */
export class CliUsageError extends Error {
  constructor(
    message: string,
    readonly usage: string = USAGE,
  ) {
    super(message);
  }
}

type Options = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** The options every command takes. */
const COMMON: Options = {
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  quiet: { type: "boolean", short: "q" },
  "min-confidence": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
};

/** Words of a list: "json, csv or xlsx". */
function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/**
 * `node:util` parseArgs, strict, with its errors turned into one line that says what to do: an
 * unknown option, an option without its value ("--out needs a value"), a value given to a switch,
 * and any option but a repeatable one given twice. `--` ends the options: what follows are paths,
 * even when they start with "-".
 */
function parse(
  argv: readonly string[],
  options: Options,
  usage: string,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: Options; allowPositionals: true; strict: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    const { code, message } = e as { code?: string; message: string };
    const name = /'(-[^']*)'/u.exec(message)?.[1]?.split(", ").pop()?.split(" ")[0] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new CliUsageError(`unknown option ${name} (a path that starts with "-" goes after --: -- ${name})`, usage);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new CliUsageError(
        /does not take an argument/u.test(message)
          ? `${name} takes no value`
          : `${name} needs a value${/ambiguous/u.test(message) ? ` (a value that starts with "-" is written ${name}=VALUE)` : ""}`,
        usage,
      );
    }
    throw new CliUsageError(message.split("\n")[0] as string, usage);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== "option" || options[token.name]?.multiple) continue;
    if (seen.has(token.name)) throw new CliUsageError(`--${token.name} is given twice; give it once`, usage);
    seen.add(token.name);
  }
  return { values: parsed.values as Record<string, string | boolean | string[] | undefined>, positionals: parsed.positionals };
}

/** `--out -` is standard output, as no `--out`. */
function outOf(value: unknown): string | null {
  return typeof value === "string" && value !== "-" ? value : null;
}

/** Workbook file names: text is never written over one. */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xltx", ".xltm", ".xls"]);
export function isWorkbookName(file: string): boolean {
  return WORKBOOK_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/**
 * The output format: as given, else from `--out`'s extension (.csv, .xlsx, .json), else the first.
 * A text format given for a workbook's name is refused: it would replace the workbook.
 */
function formatOf<F extends string>(given: unknown, out: string | null, formats: readonly F[], usage: string, command: string): F {
  if (typeof given === "string") {
    if (!(formats as readonly string[]).includes(given)) throw new CliUsageError(`unknown format "${given}"; ${command} writes ${orList(formats)}`, usage);
    if (given !== "xlsx" && out && isWorkbookName(out)) {
      throw new CliUsageError(
        `--format ${given} writes text, and ${out} names a workbook that it would replace; ${(formats as readonly string[]).includes("xlsx") ? "use --format xlsx to write the workbook, or " : ""}give --out a .${given} file`,
        usage,
      );
    }
    return given as F;
  }
  const ext = out ? path.extname(out).toLowerCase().slice(1) : "";
  if (out && isWorkbookName(out) && !(formats as readonly string[]).includes("xlsx")) {
    throw new CliUsageError(
      `${command} writes ${orList(formats)}, not a workbook, and ${out} names one that it would replace; give --out a .${formats[0]} or .${formats[1] ?? formats[0]} file`,
      usage,
    );
  }
  if (out && isWorkbookName(out) && ext !== "xlsx") {
    // exceljs writes .xlsx only: what a macro workbook or an old .xls holds would not be kept.
    throw new CliUsageError(
      `${out} is not an .xlsx workbook; the tracker writes .xlsx files (give --out FILE.xlsx), or give --format xlsx to write into ${out} anyway (macros are not kept)`,
      usage,
    );
  }
  return (formats as readonly string[]).includes(ext) ? (ext as F) : (formats[0] as F);
}

function minConfidenceOf(value: unknown, usage: string): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (value === "" || !Number.isFinite(n) || n < 0 || n > 1) throw new CliUsageError("--min-confidence takes a number from 0 to 1", usage);
  return n;
}

/** `--jobs N`: a whole number of threads from 1 to 64, or null when not given. */
function jobsOf(value: unknown, usage: string): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (value === "" || !Number.isInteger(n) || n < 1 || n > MAX_JOBS) throw new CliUsageError(`--jobs takes a whole number from 1 to ${MAX_JOBS}`, usage);
  return n;
}
const MAX_JOBS = 64;

export function parseExtractArgs(argv: readonly string[]): ExtractArgs {
  const { values, positionals } = parse(argv, { ...COMMON, jobs: { type: "string", short: "j" } }, USAGE);
  const out = outOf(values.out);
  const help = values.help === true;
  const format = formatOf(values.format, out, FORMATS, USAGE, "extract");
  if (!help && format === "xlsx" && !out)
    throw new CliUsageError(`--format xlsx writes a workbook file, not ${values.out === "-" ? "to standard output" : "to a terminal"}: give --out FILE.xlsx`);
  return {
    paths: positionals,
    format,
    out,
    quiet: values.quiet === true,
    minConfidence: minConfidenceOf(values["min-confidence"], USAGE),
    jobs: jobsOf(values.jobs, USAGE),
    help,
    version: values.version === true,
  };
}

export function parseGapsArgs(argv: readonly string[]): GapsArgs {
  const options: Options = {
    ...COMMON,
    checklist: { type: "string" },
    reference: { type: "string", multiple: true },
    columns: { type: "string" },
    "done-not-said": { type: "boolean" },
  };
  const { values, positionals } = parse(argv, options, GAPS_USAGE);
  const out = outOf(values.out);
  const reference = (values.reference as string[] | undefined) ?? [];
  const doneNotSaid = values["done-not-said"] === true;
  if (doneNotSaid && reference.length === 0) throw new CliUsageError("--done-not-said needs a --reference table to compare with", GAPS_USAGE);
  const columns = typeof values.columns === "string" ? columnsOf(values.columns, GAPS_USAGE) : null;
  if (columns && reference.length === 0) throw new CliUsageError("--columns says how to read the --reference tables: give one", GAPS_USAGE);
  return {
    paths: positionals,
    format: formatOf(values.format, out, GAP_FORMATS, GAPS_USAGE, "gaps"),
    out,
    quiet: values.quiet === true,
    minConfidence: minConfidenceOf(values["min-confidence"], GAPS_USAGE),
    checklist: typeof values.checklist === "string" ? values.checklist : null,
    reference,
    columns,
    doneNotSaid,
    help: values.help === true,
    version: values.version === true,
  };
}

export const REFERENCE_USAGE = `usage: commitments reference import FILE [--instrument ID] [--columns MAPPING] --out WORKBOOK.xlsx [--quiet]
  FILE    a depositary status table as copied from the UN Treaty Collection (title line,
          "Participant", "Signature", "Ratification, …, Accession(a), Succession(d)"; or its
          one-row-per-act layout, or its plain text drawn with rules), a secretariat's list of
          parties, OHCHR's matrix (one column per treaty), saved as .csv, .tsv, .txt (as pasted)
          or .xlsx; or a long table with the columns actor, instrument, action, date
  --instrument  the instrument (catalog id, name or acronym) when the table has no title line
  --columns  which column holds what, for a layout it does not know: role=header or
             role=number (from 1), separated by commas, e.g.
             participant=Country,ratification="Date deposited",signature=3
             (roles: ${COLUMN_ROLES.join(", ")})
  --out, -o  the workbook to write the Reference table into (made if missing; an existing one is
             merged into, its last 5 versions kept as WORKBOOK.bak-<time>.xlsx; re-importing an
             instrument replaces its rows)
  --quiet    no summary on standard error`;

export interface ReferenceArgs {
  file: string | null;
  instrument: string | null;
  /** --columns, read: which column holds what. */
  columns: ColumnMapping | null;
  out: string | null;
  quiet: boolean;
  help: boolean;
}

/** Arguments of \`commitments reference import\`. */
export function parseReferenceArgs(argv: readonly string[]): ReferenceArgs {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || sub === undefined) return { file: null, instrument: null, columns: null, out: null, quiet: false, help: true };
  if (sub !== "import") throw new CliUsageError(`unknown reference command "${sub}"; the command is: reference import`, REFERENCE_USAGE);
  const options: Options = {
    out: COMMON.out as Options[string],
    quiet: COMMON.quiet as Options[string],
    help: COMMON.help as Options[string],
    instrument: { type: "string" },
    columns: { type: "string" },
  };
  const { values, positionals } = parse(rest, options, REFERENCE_USAGE);
  const instrument = typeof values.instrument === "string" ? values.instrument : null;
  const columns = typeof values.columns === "string" ? columnsOf(values.columns, REFERENCE_USAGE) : null;
  const out = outOf(values.out);
  if (values.help === true) return { file: null, instrument, columns, out, quiet: values.quiet === true, help: true };
  if (positionals.length !== 1)
    throw new CliUsageError(positionals.length === 0 ? "give the status table FILE to import" : "import one status table at a time", REFERENCE_USAGE);
  if (!out)
    throw new CliUsageError(
      `give the workbook to write with --out WORKBOOK.xlsx${values.out === "-" ? " (a workbook is not written to standard output)" : ""}`,
      REFERENCE_USAGE,
    );
  return { file: positionals[0] as string, instrument, columns, out, quiet: values.quiet === true, help: false };
}

/** --columns read as a mapping; what it cannot use is a usage error saying how to write it. */
function columnsOf(text: string, usage: string): ColumnMapping {
  try {
    return parseColumnMapping(text);
  } catch (e) {
    if (e instanceof ReferenceImportError) throw new CliUsageError(`--columns: ${e.message}`, usage);
    throw e;
  }
}

/** Output formats of `commitments matrix`: the grid as CSV (the default) or JSON, or the workbook with its Matrix sheet. */
export const MATRIX_FORMATS = ["csv", "json", "xlsx"] as const;
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];

export const MATRIX_USAGE = `usage: commitments matrix [PATH...] [--checklist NAME|FILE] [--reference FILE]... [--columns MAPPING] [--format csv|json|xlsx] [--out FILE] [--quiet] [--min-confidence N]
  PATH    read and extracted as by commitments extract; none: the bundled seeds/
  --checklist  the instruments across: a built-in list (${builtInNames()}), a .csv file with an
             "Instrument" column or a .txt file with one instrument a line; none: every
             instrument with a record
  --reference  a depositary status table (as for gaps): each cell also says what it records;
             may be given more than once
  --columns  with --reference, which column of its tables holds what, for a layout it does not
             know (as for reference import: participant=Country,ratification=3)
  --format   csv (default): a header row of instruments, then one row per actor, each cell the
             status level CT.STATUS gives; json: the same with each cell's level, conflict,
             record and commitment ids; xlsx: the workbook extract writes, with its Matrix and
             Timeline sheets (needs --out; --checklist and --reference do not apply)
  --out      write to FILE instead of standard output
  --quiet    no summary on standard error
  --min-confidence  drop records under N (0 to 1) first`;

export interface MatrixArgs {
  paths: string[];
  format: MatrixFormat;
  out: string | null;
  quiet: boolean;
  minConfidence: number;
  checklist: string | null;
  reference: string[];
  /** --columns, read: which column of each --reference table holds what. */
  columns: ColumnMapping | null;
  help: boolean;
  version: boolean;
}

export function parseMatrixArgs(argv: readonly string[]): MatrixArgs {
  const options: Options = { ...COMMON, checklist: { type: "string" }, reference: { type: "string", multiple: true }, columns: { type: "string" } };
  const { values, positionals } = parse(argv, options, MATRIX_USAGE);
  const out = outOf(values.out);
  const help = values.help === true;
  const format = formatOf(values.format, out, MATRIX_FORMATS, MATRIX_USAGE, "matrix");
  const checklist = typeof values.checklist === "string" ? values.checklist : null;
  const reference = (values.reference as string[] | undefined) ?? [];
  const columns = typeof values.columns === "string" ? columnsOf(values.columns, MATRIX_USAGE) : null;
  if (!help && columns && reference.length === 0) throw new CliUsageError("--columns says how to read the --reference tables: give one", MATRIX_USAGE);
  if (!help && format === "xlsx") {
    if (!out) throw new CliUsageError("--format xlsx writes a workbook file: give --out FILE.xlsx", MATRIX_USAGE);
    if (checklist !== null || reference.length > 0) {
      throw new CliUsageError(
        "the workbook's Matrix sheet covers every instrument and reads the workbook's own Reference table: drop --checklist and --reference, and add a status table with commitments reference import",
        MATRIX_USAGE,
      );
    }
  }
  return {
    paths: positionals,
    format,
    out,
    quiet: values.quiet === true,
    minConfidence: minConfidenceOf(values["min-confidence"], MATRIX_USAGE),
    checklist,
    reference,
    columns,
    help,
    version: values.version === true,
  };
}
