/**
 * `--format xlsx --out FILE`: the workbook, written the way the add-in writes it. When FILE
 * exists, the run is merged into it by id (the user's Review and Notes, rows typed by hand and
 * rejected rows survive) after a backup copy is made; the new file replaces the old one only once
 * it is completely written, so an interrupted run loses nothing.
 */
import { promises as fs } from "fs";
import path from "path";
import type { DocumentExtraction } from "../core";
import { NewWorkbookStore } from "../workbook/newWorkbook";
import { writeWorkbook, WorkbookError, type TableStore, type WorkbookSummary } from "../workbook/store";
import { writeZip } from "./zipFile";

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

/**
 * Runs `change` on the workbook in FILE, then replaces FILE safely, keeping a backup. A new
 * workbook is streamed part by part (NewWorkbookStore): memory holds the run's rows, not a
 * model of every cell; an existing one is merged into by exceljs, which loads it whole.
 */
export async function updateXlsxFile<T>(file: string, change: (store: TableStore) => Promise<T>): Promise<{ summary: T; backup: string | null }> {
  const before = await existing(file);
  let summary: T;
  let save: (to: string) => Promise<void>;
  if (before) {
    const { XlsxStore } = await import("../workbook/xlsxStore");
    const store = await XlsxStore.load(before);
    summary = await change(store);
    const bytes = await store.toBuffer();
    save = (to) => fs.writeFile(to, bytes);
  } else {
    const store = new NewWorkbookStore();
    summary = await change(store);
    save = (to) => writeZip(to, store.parts());
  }
  let backup: string | null = null;
  if (before) {
    backup = backupPath(file);
    await fs.writeFile(backup, before);
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await save(temp);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? "write error";
    const hint = code === "EBUSY" || code === "EPERM" ? "; close it in Excel and run again" : "";
    throw new WorkbookError(`cannot write ${file} (${code})${hint}`);
  }
  return { summary, backup };
}
