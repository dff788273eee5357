/**
 * `commitments reference import FILE [--instrument ID] --out WORKBOOK.xlsx`: a depositary status
 * table into the workbook's Reference table; and the table reading `gaps --reference` shares.
 * Rows the import cannot read are listed on standard error with their line and reason.
 */
import { promises as fs } from "fs";
import * as path from "path";
import {
  delimitedFormatOf,
  DelimitedTextError,
  importReferenceGrid,
  MAX_TABLE_BYTES,
  parseTableText,
  ReferenceImportError,
  xlsxGrid,
  type ColumnMapping,
  type ImportResult,
} from "../core";
import { decodeText } from "../documents";
import { WorkbookError, writeReference } from "../workbook/store";
import { CliUsageError, parseReferenceArgs, REFERENCE_USAGE } from "./args";

export const TABLE_EXTENSIONS = [".csv", ".tsv", ".txt", ".xlsx"] as const;

/**
 * A table file's cells: CSV (`,` or `;`), tab-separated text (a paste from the UNTC page), plain
 * text drawn with rules (`|`, `¦`, box-drawing), or an .xlsx's first sheet; read as the pane reads them (src/core/tables, decodeText of src/documents).
 */
export async function readTableFile(file: string): Promise<unknown[][]> {
  const ext = path.extname(file).toLowerCase();
  if (!(TABLE_EXTENSIONS as readonly string[]).includes(ext))
    throw new ReferenceImportError(`${file}: a status table is .csv, .tsv, .txt (tab-separated) or .xlsx`);
  let bytes: Buffer;
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) throw new ReferenceImportError(`${file} is not a file`);
    if (st.size > MAX_TABLE_BYTES) throw new ReferenceImportError(`${file} is larger than ${MAX_TABLE_BYTES / 1024 / 1024} MB; a status table is much smaller`);
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof ReferenceImportError) throw e;
    throw new ReferenceImportError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? "read error"})`);
  }
  if (ext === ".xlsx") {
    // exceljs (and ./xlsx, which uses it) are loaded when a workbook is read or written: about 0.2 s that the other commands do not pay.
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (e) {
      throw new ReferenceImportError(`${file} is not an .xlsx workbook exceljs can read (${(e as Error).message})`);
    }
    return xlsxGrid(wb.worksheets[0]);
  }
  try {
    return parseTableText(decodeText(bytes), delimitedFormatOf(ext));
  } catch (e) {
    if (e instanceof DelimitedTextError) throw new ReferenceImportError(`${file}: ${e.message}`);
    throw e;
  }
}

/** Reads and imports one table file, reporting its unreadable rows on standard error. */
export async function importTableFile(file: string, instrument: string | null, err: (s: string) => void, columns?: ColumnMapping): Promise<ImportResult> {
  const result = importReferenceGrid(await readTableFile(file), instrument, path.basename(file), columns);
  for (const p of result.problems) err(`commitments: ${file} line ${p.line}: ${p.reason}`);
  if (result.records.length === 0) throw new ReferenceImportError(`${file}: no participant's act could be read`);
  return result;
}

/** "Arms Trade Treaty (att)", or a matrix's "3 instruments (cat, iccpr, crc)". */
function describeInstruments(result: ImportResult): string {
  return result.instruments ? result.instrument : `${result.instrument} (${result.instrumentId ?? "not in the catalog"})`;
}

export async function referenceCommand(argv: readonly string[], err: (s: string) => void, out: (s: string) => void = err): Promise<number> {
  const args = parseReferenceArgs(argv);
  if (args.help) {
    out(`${REFERENCE_USAGE}\n`);
    return 0;
  }
  try {
    const result = await importTableFile(args.file as string, args.instrument, err, args.columns ?? undefined);
    const { updateXlsxFile } = await import("./xlsx");
    const { summary, backup } = await updateXlsxFile(args.out as string, (store) => writeReference(store, result));
    if (!args.quiet) {
      err(
        `commitments: ${result.records.length} recorded act${result.records.length === 1 ? "" : "s"} of ${describeInstruments(result)} read${result.layout ? ` from a ${result.layout}` : ""}, ${result.problems.length} row${result.problems.length === 1 ? "" : "s"} not read; written to ${args.out}`,
      );
      err(
        `commitments: Reference: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.cleared} cleared${backup ? `; the previous file is kept as ${backup}` : ""}`,
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof ReferenceImportError || e instanceof WorkbookError) {
      err(`commitments: ${e.message}`);
      return 1;
    }
    if (e instanceof CliUsageError) throw e;
    throw e;
  }
}
