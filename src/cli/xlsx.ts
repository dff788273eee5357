/**
 * `--format xlsx --out FILE`: the workbook, written the way the add-in writes it. When FILE
 * exists, the run is merged into it by id (the user's Review and Notes, rows typed by hand and
 * rejected rows survive) after a backup copy is made; the new file replaces the old one only once
 * it is completely written, so an interrupted run loses nothing.
 */
import { promises as fs } from "fs";
import path from "path";
import type { DocumentExtraction } from "../core";
import { writeWorkbook, WorkbookError, type WorkbookSummary } from "../workbook/store";
import { XlsxStore } from "../workbook/xlsxStore";

export interface XlsxResult {
  summary: WorkbookSummary;
  /** The backup of the previous file, when there was one. */
  backup: string | null;
}

/** `report.xlsx` → `report.bak.xlsx`, beside it. */
export function backupPath(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.bak${ext || ".xlsx"}`);
}

async function existing(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new WorkbookError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? "read error"}); check its permissions, or write to a new file`);
  }
}

export async function writeXlsxFile(file: string, results: readonly DocumentExtraction[]): Promise<XlsxResult> {
  return updateXlsxFile(file, (store) => writeWorkbook(store, results));
}

/** Runs `change` on the workbook in FILE (a new one when there is none), then replaces FILE safely, keeping a backup. */
export async function updateXlsxFile<T>(file: string, change: (store: XlsxStore) => Promise<T>): Promise<{ summary: T; backup: string | null }> {
  const before = await existing(file);
  const store = before ? await XlsxStore.load(before) : XlsxStore.empty();
  const summary = await change(store);
  const bytes = await store.toBuffer();
  let backup: string | null = null;
  if (before) {
    backup = backupPath(file);
    await fs.writeFile(backup, before);
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? "write error";
    const hint = code === "EBUSY" || code === "EPERM" ? "; close it in Excel and run again" : "";
    throw new WorkbookError(`cannot write ${file} (${code})${hint}`);
  }
  return { summary, backup };
}
