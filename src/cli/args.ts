import { FORMATS, type Format } from "./formats";

/** Parsed `commitments extract` arguments; a usage error is a `CliUsageError` with what to do. */
export interface ExtractArgs {
  paths: string[];
  format: Format;
  out: string | null;
  quiet: boolean;
  minConfidence: number;
}

export class CliUsageError extends Error {}

export const USAGE = `usage: commitments extract [PATH...] [--format json|csv|xlsx] [--out FILE] [--quiet] [--min-confidence N]
  PATH    files or folders (.txt, .md, .html, .docx, .pdf; folders are read recursively);
          none: the bundled seeds/
  --format   json (default), csv, or xlsx (the add-in's workbook; needs --out)
  --out      write to FILE instead of standard output; an existing .xlsx FILE is merged into
             (your Review and Notes, hand-added and rejected rows are kept; a .bak copy is made)
  --quiet    no summary on standard error`;

export function parseExtractArgs(argv: readonly string[]): ExtractArgs {
  const args: ExtractArgs = { paths: [], format: "json", out: null, quiet: false, minConfidence: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string => {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) throw new CliUsageError(`${a} needs a value`);
      i++;
      return v;
    };
    if (a === "--format" || a === "-f") {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f)) {
        throw new CliUsageError(`unknown format "${f}"; use json, csv or xlsx`);
      }
      args.format = f as Format;
    } else if (a === "--out" || a === "-o") args.out = value();
    else if (a === "--quiet" || a === "-q") args.quiet = true;
    else if (a === "--min-confidence") {
      const n = Number(value());
      if (!Number.isFinite(n) || n < 0 || n > 1) throw new CliUsageError("--min-confidence takes a number from 0 to 1");
      args.minConfidence = n;
    } else if (a.startsWith("-") && a !== "-") throw new CliUsageError(`unknown option ${a}`);
    else args.paths.push(a);
  }
  if (args.format === "xlsx" && !args.out) throw new CliUsageError("--format xlsx writes a workbook file: give --out FILE.xlsx");
  return args;
}
