/**
 * The Office.js writer. Everything goes through one request context in batches:
 * - reads: which tables exist (one sync), their extent and headers (one sync), then the
 *   machine's columns in row chunks (a sync each; the user's columns are never read or written);
 * - writes: 2-D arrays per chunk of rows, never row-by-row adds; a chunk's number formats are
 *   set before its values, so text columns hold text ("@") and a document string such as
 *   "=HYPERLINK(…)" or "+1" can never become a formula; requests stay under `maxRequestBytes`
 *   with a sync each time a request is full (tables share requests) and one at the end, and
 *   calculation is suspended until each sync.
 * Needs ExcelApi 1.13 (table.resize); the manifest asks for it.
 */
import { cellSafe, columnLetter, isFormula, xmlSafe, type Cell } from "./cells";
import { claimedAreas, occupiedError, type Area } from "./claims";
import type { SpillSheetPlan } from "./formulas";
import { CHECKS_SHEET, GAPS_SHEET, MATRIX_SHEET, TIMELINE_SHEET, type ColumnSpec, type TableSpec } from "./layout";
import { MAX_PARAGRAPH } from "./rows";
import { trimBlankTail, type TablePlan, type TableSnapshot } from "./merge";
import { WorkbookError, type TableStore, type WriteProgress } from "./store";

/** Excel on the web rejects requests over 5 MB; keep well under. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;
/**
 * Worst-case bytes of one row in a read response (responses are capped like requests): a
 * paragraph of source text is at most MAX_PARAGRAPH characters; a commitment row's longest cell
 * is its quote, one sentence; other cells are short.
 */
export function worstRowBytes(spec: TableSpec, columns: number): number {
  const long = spec.columns.some((c) => c.header === "Text") ? MAX_PARAGRAPH : spec.columns.some((c) => c.header === "Evidence") ? 2000 : 200;
  return long + columns * 100;
}
/** Excel column widths are in points; layout widths are in characters. */
const POINTS_PER_CHARACTER = 6;

interface Found {
  spec: TableSpec;
  table: Excel.Table;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  headers: string[];
}

/**
 * A cell as Office.js takes it: formulas as "=…", blanks as "" (null would mean "leave unchanged"),
 * text with what no workbook can hold (U+FFFE, U+FFFF, unpaired surrogates) replaced by U+FFFD,
 * as the file writer does.
 */
export function toOffice(cell: Cell): string | number | boolean {
  if (isFormula(cell)) return `=${xmlSafe(cell.formula)}`;
  if (typeof cell === "string") return cellSafe(cell);
  return cell ?? "";
}

/** A cell Office.js read back (`formulas`), as the merge sees it. */
export function fromOffice(value: unknown, column: ColumnSpec | undefined): Cell {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  const s = String(value);
  if (s.startsWith("=") && column && (column.kind === "link" || column.kind === "formula")) return { formula: s.slice(1) };
  return s;
}

/**
 * The number format a cell is written with: its column's, except that a plain string in a column
 * that is not text (a link that fell back to its label or address) is written as text ("@"), so
 * that "=…", "+1" or "@…" from a document can never become a formula there either.
 */
function textFormat(cell: Cell, columnFormat: string): string {
  return typeof cell === "string" && cell !== "" ? "@" : columnFormat;
}

/** Approximate request size of a 2-D array as Office.js serialises it. */
function payloadBytes(values: readonly (readonly unknown[])[]): number {
  return JSON.stringify(values).length;
}

/** Runs of consecutive indexes: [1,2,3,7,8] → [[1,3],[7,8]] as [first, last]. */
export function runs(indexes: readonly number[]): [number, number][] {
  const sorted = [...indexes].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i === last[1] + 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

function address(rowIndex: number, columnIndex: number, rows: number, columns: number): string {
  return `${columnLetter(columnIndex)}${rowIndex + 1}:${columnLetter(columnIndex + columns - 1)}${rowIndex + rows}`;
}

export class OfficeStore implements TableStore {
  readonly formulaTarget = "excel" as const;
  private found = new Map<string, Found>();
  /** The sheets of spilled formulas (Gaps, Checks) that exist, and a Gaps table an earlier version made (learnt by `read`). */
  private spillSheets = new Map<string, Excel.Worksheet>();
  private legacyGaps: Excel.Table | null = null;
  /** The charts on the sheets the writer rebuilds (clearing cells leaves charts): deleted before a rebuild adds its own. */
  private oldCharts = new Map<string, Excel.ChartCollection>();
  /** Sheets that exist (with or without our table), by name. */
  private sheets = new Map<string, boolean>();

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES,
  ) {}

  async read(specs: readonly TableSpec[]): Promise<(TableSnapshot | null)[]> {
    const { workbook } = this.context;
    const tables = specs.map((spec) => workbook.tables.getItemOrNullObject(spec.table).load("isNullObject"));
    const sheets = specs.map((spec) => workbook.worksheets.getItemOrNullObject(spec.sheet).load("isNullObject"));
    const spillSheets = [GAPS_SHEET, MATRIX_SHEET, TIMELINE_SHEET, CHECKS_SHEET].map(
      (name) => [name, workbook.worksheets.getItemOrNullObject(name).load("isNullObject")] as const,
    );
    const legacyGaps = workbook.tables.getItemOrNullObject(GAPS_SHEET).load("isNullObject");
    await this.context.sync();
    this.spillSheets = new Map(spillSheets.filter(([, sheet]) => !sheet.isNullObject));
    this.legacyGaps = legacyGaps.isNullObject ? null : legacyGaps;
    // Loaded by the sync below (a workbook with our Timeline sheet has our tables too).
    const timeline = this.spillSheets.get(TIMELINE_SHEET);
    if (timeline) this.oldCharts.set(TIMELINE_SHEET, timeline.charts.load("items"));
    // A sheet of ours that exists without its table must be empty, or the table would overwrite it.
    const crowded = specs.flatMap((spec, i) => {
      const sheet = sheets[i] as Excel.Worksheet;
      this.sheets.set(spec.sheet, !sheet.isNullObject);
      if (sheet.isNullObject || spec.optional || !(tables[i] as Excel.Table).isNullObject) return [];
      return [{ spec, used: sheet.getUsedRangeOrNullObject(true).load("isNullObject") }];
    });

    const present = specs.flatMap((spec, i) => {
      const table = tables[i] as Excel.Table;
      if (table.isNullObject) return [];
      const range = table.getRange().load("rowIndex, columnIndex, rowCount, columnCount");
      const header = table.getHeaderRowRange().load("values");
      return [{ spec, table, range, header }];
    });
    if (present.length > 0 || crowded.length > 0 || timeline) await this.context.sync();
    for (const { spec, used } of crowded) {
      if (!used.isNullObject)
        throw new WorkbookError(
          `the sheet "${spec.sheet}" has content but no ${spec.table} table; rename that sheet so the tracker can create its own, then run again`,
        );
    }

    const snapshots: (TableSnapshot | null)[] = specs.map(() => null);
    // Rows are read in chunks whose worst-case response stays under the budget, several tables'
    // chunks to a sync; the whole row is read so that a row holding only the user's notes is not
    // taken for a blank one.
    const chunks: { found: Found; from: number; range: Excel.Range }[] = [];
    let queued = 0;
    const drain = async () => {
      if (chunks.length === 0) return;
      await this.context.sync();
      for (const { found, from, range } of chunks.splice(0)) {
        const rows = (snapshots[specs.indexOf(found.spec)] as TableSnapshot).rows;
        const columns = found.headers.map((h) => found.spec.columns.find((c) => c.header === h));
        range.formulas.forEach((line, r) => {
          rows[from + r] = line.map((v, j) => fromOffice(v, columns[j]));
        });
      }
      queued = 0;
    };
    for (const { spec, table, range, header } of present) {
      const headers = (header.values[0] ?? []).map((h) => String(h ?? "").trim());
      if (!headers.includes(spec.key))
        throw new WorkbookError(`the ${spec.table} table has no "${spec.key}" column; restore its header (or rename the table) and run again`);
      const found: Found = { spec, table, rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount - 1, headers };
      this.found.set(spec.table, found);
      snapshots[specs.indexOf(spec)] = { headers, rows: [] };
      const rowBytes = worstRowBytes(spec, headers.length);
      const perChunk = Math.max(1, Math.floor(this.maxRequestBytes / rowBytes));
      for (let from = 0; from < found.rowCount; from += perChunk) {
        const count = Math.min(perChunk, found.rowCount - from);
        if (queued + count * rowBytes > this.maxRequestBytes) await drain();
        chunks.push({
          found,
          from,
          range: table.worksheet.getRangeByIndexes(found.rowIndex + 1 + from, found.columnIndex, count, headers.length).load("formulas"),
        });
        queued += count * rowBytes;
      }
    }
    await drain();
    for (const [i, snapshot] of snapshots.entries()) if (snapshot) snapshots[i] = { headers: snapshot.headers, rows: trimBlankTail(snapshot.rows) };
    return snapshots;
  }

  async write(plans: readonly TablePlan[], onProgress?: (progress: WriteProgress) => void, sheets: readonly SpillSheetPlan[] = []): Promise<void> {
    await this.checkClaims(plans);
    const total = plans.reduce((n, p) => n + p.rows.length, 0);
    // Rows of the plans queued so far; a sync writes them, and progress is reported then.
    let queued = 0;
    let pending = 0;
    // One sync per full request, not per table: small tables share a request with the next.
    const flush = async () => {
      this.context.workbook.application.suspendApiCalculationUntilNextSync();
      await this.context.sync();
      pending = 0;
      onProgress?.({ done: queued, total });
    };
    // Sheets and tables first, then the spill sheets (after them), so that they exist before the
    // tables' formulas name them (Checks!$A$3#); the spills' own formulas come last, once the rows are in.
    const prepared = plans.map((plan) => this.prepareTable(plan));
    // Every table's header cells are in the first request.
    pending += prepared.reduce((n, p) => n + p.bytes, 0);
    for (const spill of sheets) {
      if (!this.spillSheets.has(spill.sheet)) this.spillSheets.set(spill.sheet, this.context.workbook.worksheets.add(spill.sheet));
    }
    for (const [p, plan] of plans.entries()) {
      const { sheet, rowIndex, columnIndex } = prepared[p] as ReturnType<OfficeStore["prepareTable"]>;
      const blocks: { from: number; to: number; columns: number[] }[] = [
        { from: 0, to: plan.existingRows, columns: plan.machineColumns },
        { from: plan.existingRows, to: plan.rows.length, columns: plan.layoutColumns },
      ];
      for (const { from, to, columns } of blocks) {
        for (const [first, last] of runs(columns)) {
          const formats = plan.headers.slice(first, last + 1).map((h) => plan.spec.columns.find((c) => c.header === h)?.numberFormat ?? "General");
          let start = from;
          while (start < to) {
            // Grow the piece row by row until the request would pass the budget.
            let end = start;
            let bytes = 0;
            const values: (string | number | boolean)[][] = [];
            const numberFormats: string[][] = [];
            while (end < to) {
              const cells = (plan.rows[end] as Cell[]).slice(first, last + 1);
              const line = cells.map(toOffice);
              const lineFormats = cells.map((cell, k) => textFormat(cell, formats[k] as string));
              const cost = payloadBytes([line]) + payloadBytes([lineFormats]);
              if (pending + bytes + cost > this.maxRequestBytes) {
                if (values.length > 0) break;
                if (pending > 0) await flush();
              }
              values.push(line);
              numberFormats.push(lineFormats);
              bytes += cost;
              end++;
            }
            const range = sheet.getRangeByIndexes(rowIndex + 1 + start, columnIndex + first, values.length, last - first + 1);
            range.numberFormat = numberFormats;
            range.formulas = values;
            pending += bytes;
            start = end;
            if (start < to) await flush();
          }
        }
      }
      queued += plan.rows.length;
    }
    // Each spill sheet's lines and formulas go with the last rows, unless they would overfill that
    // request; a block of cells (the Timeline's formulas) may need a request of its own.
    for (const sheet of sheets) {
      const bytes =
        payloadBytes(sheet.intro.map((line) => [line])) +
        payloadBytes([[`=${sheet.formula}`]]) +
        payloadBytes(sheet.cells ?? []) +
        payloadBytes([sheet.legend?.cells ?? []]);
      if (pending > 0 && pending + bytes > this.maxRequestBytes) await flush();
      this.queueSpillSheet(sheet);
      pending += bytes;
    }
    await flush();
  }

  /**
   * Throws, before anything is queued, when the rows or columns a table grows into (or the cells a
   * new table takes on a sheet that exists) hold a value: one sync for all the tables.
   */
  private async checkClaims(plans: readonly TablePlan[]): Promise<void> {
    const checks: { spec: TableSpec; sheet: Excel.Worksheet; area: Area; used: Excel.Range }[] = [];
    for (const plan of plans) {
      const found = this.found.get(plan.spec.table);
      const next: Area = { row: found?.rowIndex ?? 0, col: found?.columnIndex ?? 0, rows: Math.max(plan.rows.length, 1) + 1, cols: plan.headers.length };
      if (!found && !this.sheets.get(plan.spec.sheet)) continue;
      const current = found ? { row: found.rowIndex, col: found.columnIndex, rows: found.rowCount + 1, cols: found.headers.length } : null;
      const sheet = (found ? found.table.worksheet : this.context.workbook.worksheets.getItem(plan.spec.sheet)).load("name");
      for (const area of claimedAreas(current, next)) {
        const used = sheet.getRangeByIndexes(area.row, area.col, area.rows, area.cols).getUsedRangeOrNullObject(true).load("isNullObject");
        checks.push({ spec: plan.spec, sheet, area, used });
      }
    }
    if (checks.length === 0) return;
    await this.context.sync();
    const taken = checks.find((check) => !check.used.isNullObject);
    if (!taken) return;
    // Only on the way out: which cell it is (a null object has no address to load).
    taken.used.load("rowIndex, columnIndex");
    await this.context.sync();
    throw occupiedError(taken.spec, taken.sheet.name, taken.area, `${columnLetter(taken.used.columnIndex)}${taken.used.rowIndex + 1}`);
  }

  /**
   * Queues the rebuild of a sheet of one spilled formula (written by the sync that ends the
   * tables' write): clears it (and drops the Gaps table an earlier version made), writes the
   * intro lines as text and the CT formula in one cell, from which Excel spills it.
   */
  private queueSpillSheet(plan: SpillSheetPlan): void {
    if (plan.sheet === GAPS_SHEET) this.legacyGaps?.delete();
    // Made (after the others) when the write began, if it was missing.
    const sheet = this.spillSheets.get(plan.sheet) ?? this.context.workbook.worksheets.add(plan.sheet);
    sheet.getRange().clear("All" as Excel.ClearApplyTo);
    if (plan.hidden) sheet.visibility = "Hidden" as Excel.SheetVisibility;
    plan.intro.forEach((line, i) => {
      const cell = sheet.getRangeByIndexes(i, 0, 1, 1);
      cell.numberFormat = [["@"]];
      cell.values = [[cellSafe(line)]];
      if (i === 0) cell.format.font.bold = true;
    });
    for (const chart of this.oldCharts.get(plan.sheet)?.items ?? []) chart.delete();
    if (plan.cells) {
      const cols = Math.max(...plan.cells.map((r) => r.length), 1);
      const block = plan.cells.map((line) => Array.from({ length: cols }, (_, j) => toOffice(line[j] ?? null)));
      sheet.getRangeByIndexes(plan.row, 0, block.length, cols).formulas = block;
      sheet.getRangeByIndexes(plan.row, 0, 1, cols).format.font.bold = true;
      if (plan.chart) {
        const { data, anchor, title, colors } = plan.chart;
        const chart = sheet.charts.add(
          "ColumnStacked" as Excel.ChartType,
          sheet.getRangeByIndexes(data.row, data.col, data.rows, data.cols),
          "Columns" as Excel.ChartSeriesBy,
        );
        chart.title.text = title;
        chart.setPosition(
          sheet.getRangeByIndexes(anchor.row, anchor.col, 1, 1),
          sheet.getRangeByIndexes(anchor.row + anchor.rows, anchor.col + anchor.cols, 1, 1),
        );
        colors.forEach((color, i) => chart.series.getItemAt(i).format.fill.setSolidColor(`#${color}`));
      }
    } else sheet.getRangeByIndexes(plan.row, 0, 1, 1).formulas = [[`=${xmlSafe(plan.formula)}`]];
    plan.widths.forEach((width, j) => {
      sheet.getRangeByIndexes(0, j, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
    });
    if (plan.legend) sheet.getRangeByIndexes(plan.legend.row, 0, 1, plan.legend.cells.length).values = [plan.legend.cells];
    if (plan.freeze) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, plan.freeze.rows, plan.freeze.columns));
    for (const r of plan.highlights?.ranges ?? []) {
      const range = sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
      for (const style of plan.highlights?.styles ?? []) {
        const rule = range.conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType).textComparison;
        rule.format.fill.color = `#${style.fill}`;
        rule.format.font.color = `#${style.font}`;
        rule.rule = { operator: "BeginsWith" as Excel.ConditionalTextOperator, text: style.text };
      }
    }
  }

  /** Queues whatever the plan needs before its cells: sheet, table, new header cells, size. */
  private prepareTable(plan: TablePlan): { sheet: Excel.Worksheet; rowIndex: number; columnIndex: number; bytes: number } {
    const { spec } = plan;
    const bodyRows = Math.max(plan.rows.length, 1);
    const found = this.found.get(spec.table);
    if (found) {
      const sheet = found.table.worksheet;
      let bytes = 0;
      if (plan.headers.length > found.headers.length) {
        const added = plan.headers.slice(found.headers.length);
        sheet.getRangeByIndexes(found.rowIndex, found.columnIndex + found.headers.length, 1, added.length).values = [added.map(cellSafe)];
        bytes = payloadBytes([added]);
      }
      if (plan.headers.length > found.headers.length || bodyRows > found.rowCount) {
        found.table.resize(address(found.rowIndex, found.columnIndex, bodyRows + 1, plan.headers.length));
      }
      this.addChoiceLists(sheet, plan, found.rowIndex, found.columnIndex);
      return { sheet, rowIndex: found.rowIndex, columnIndex: found.columnIndex, bytes };
    }
    const { worksheets } = this.context.workbook;
    const sheet = this.sheets.get(spec.sheet) ? worksheets.getItem(spec.sheet) : worksheets.add(spec.sheet);
    if (spec.hidden) sheet.visibility = "Hidden" as Excel.SheetVisibility;
    const table = sheet.tables.add(address(0, 0, bodyRows + 1, plan.headers.length), true);
    table.name = spec.table;
    table.getHeaderRowRange().values = [plan.headers];
    plan.headers.forEach((h, j) => {
      const column = spec.columns.find((c) => c.header === h);
      if (column) sheet.getRangeByIndexes(0, j, 1, 1).format.columnWidth = column.width * POINTS_PER_CHARACTER;
    });
    sheet.freezePanes.freezeRows(1);
    this.addChoiceLists(sheet, plan, 0, 0);
    return { sheet, rowIndex: 0, columnIndex: 0, bytes: payloadBytes([plan.headers]) };
  }

  /** In-cell drop-downs on the new rows of choice columns (Review: Pending / Accepted / Rejected). */
  private addChoiceLists(sheet: Excel.Worksheet, plan: TablePlan, rowIndex: number, columnIndex: number): void {
    const fresh = plan.rows.length - plan.existingRows;
    if (fresh <= 0) return;
    for (const column of plan.spec.columns) {
      if (!column.choices) continue;
      const j = plan.headers.indexOf(column.header);
      const range = sheet.getRangeByIndexes(rowIndex + 1 + plan.existingRows, columnIndex + j, fresh, 1);
      range.dataValidation.rule = { list: { inCellDropDown: true, source: column.choices.join(",") } };
    }
  }
}
