/**
 * The Office.js objects of the fake Excel (see fakeExcel.ts): ranges, sheets, tables and the
 * request context, which queue their writes and loads on the FakeBook until it syncs.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  enter,
  fail,
  NOT_LOADED,
  NOT_SYNCED,
  parseAddress,
  type Box,
  type FakeCell,
  type FakeSheet,
  type FakeTable,
  type Matrix,
  type Scalar,
} from "./fakeCells";
import type { FakeBook } from "./fakeExcel";

/** Properties that follow load → sync → read. */
abstract class Loadable {
  private readonly loaded = new Map<string, unknown>();
  private readonly queued = new Set<string>();
  constructor(
    protected readonly book: FakeBook,
    private readonly loadable: readonly string[],
  ) {}
  protected abstract read(name: string): unknown;
  load(names: string | string[]): this {
    for (const name of (Array.isArray(names) ? names : names.split(",")).map((n) => n.trim())) {
      if (!this.loadable.includes(name)) fail(`Property ${name} needs to be present in object model before load is called.`);
      this.queued.add(name);
      this.book.enqueue(() => void this.loaded.set(name, this.read(name)));
    }
    return this;
  }
  protected get<T>(name: string): T {
    if (this.loaded.has(name)) return this.loaded.get(name) as T;
    return fail(this.queued.has(name) ? NOT_SYNCED : NOT_LOADED);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
}

const NULL_OBJECT = "InvalidObjectPath: the object is a null object (…OrNullObject found nothing)";

interface FakeChartProxy {
  title: { text: string };
  setPosition(from: RangeProxy, to: RangeProxy): void;
  series: { getItemAt(i: number): { format: { fill: { setSolidColor(color: string): void } } } };
}

interface TextComparison {
  format: { fill: { color: string }; font: { color: string } };
  rule: { operator: string; text: string };
}

class RangeProxy extends Loadable {
  readonly format: { columnWidth: number; font: { bold: boolean } };
  readonly dataValidation: { rule: unknown };
  readonly conditionalFormats: { add(type: string): { textComparison: TextComparison } };
  constructor(
    book: FakeBook,
    readonly box: () => Box | null,
  ) {
    super(book, ["isNullObject", "values", "formulas", "numberFormat", "rowIndex", "columnIndex", "rowCount", "columnCount"]);
    const at = () => this.box() ?? fail(NULL_OBJECT);
    this.format = {
      get columnWidth(): number {
        return fail(NOT_LOADED);
      },
      set columnWidth(width: number) {
        book.enqueue(() => {
          const b = at();
          for (let j = 0; j < b.cols; j++) b.sheet.widths.set(b.col + j, width);
        });
      },
      font: {
        get bold(): boolean {
          return fail(NOT_LOADED);
        },
        set bold(bold: boolean) {
          book.enqueue(() => {
            const b = at();
            for (let i = 0; i < b.rows; i++) for (let j = 0; j < b.cols; j++) book.cellAt(b.sheet, b.row + i, b.col + j).bold = bold;
          });
        },
      },
    };
    this.conditionalFormats = {
      add(type: string) {
        if (type !== "ContainsText") fail(`the fake makes only ContainsText conditional formats, not ${type}`);
        const textComparison: TextComparison = {
          format: { fill: { color: "" }, font: { color: "" } },
          set rule(rule: { operator: string; text: string }) {
            if (rule.operator !== "BeginsWith") fail(`the fake compares text only with BeginsWith, not ${rule.operator}`);
            book.enqueue(() => {
              const b = at();
              (b.sheet.highlights ??= []).push({
                row: b.row,
                col: b.col,
                rows: b.rows,
                cols: b.cols,
                text: rule.text,
                fill: textComparison.format.fill.color,
                font: textComparison.format.font.color,
              });
            });
          },
        };
        return { textComparison };
      },
    };
    this.dataValidation = {
      get rule(): unknown {
        return fail(NOT_LOADED);
      },
      set rule(rule: unknown) {
        book.enqueue(() => {
          const { sheet, row, col, rows, cols } = at();
          sheet.validations.push({ row, col, rows, cols, rule });
        });
      },
    };
  }

  protected read(name: string): unknown {
    const b = this.box();
    if (name === "isNullObject") return b === null;
    const { sheet, row, col, rows, cols } = b ?? fail(NULL_OBJECT);
    const grid = (f: (c: FakeCell) => unknown) =>
      Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(this.book.peek(sheet, row + i, col + j))));
    const props: Record<string, () => unknown> = {
      values: () => grid((c) => c.value),
      formulas: () => grid((c) => c.formula ?? c.value),
      numberFormat: () => grid((c) => c.format),
      rowIndex: () => row,
      columnIndex: () => col,
      rowCount: () => rows,
      columnCount: () => cols,
    };
    return (props[name] as () => unknown)();
  }

  /** The extent of the range's non-blank cells (with `valuesOnly`, formats alone do not count); a null object when there are none. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.book, () => {
      const { sheet, row, col, rows, cols } = this.box() ?? fail(NULL_OBJECT);
      const used = [...sheet.cells]
        .filter(([, c]) => !valuesOnly || c.value !== "" || c.formula !== null)
        .map(([k]) => k.split(",").map(Number) as [number, number])
        .filter(([r, c]) => r >= row && r < row + rows && c >= col && c < col + cols);
      if (used.length === 0) return null;
      const [rs, cs] = [used.map(([r]) => r), used.map(([, c]) => c)];
      const [top, left] = [Math.min(...rs), Math.min(...cs)];
      return { sheet, row: top, col: left, rows: Math.max(...rs) - top + 1, cols: Math.max(...cs) - left + 1 };
    });
  }

  /** Clears contents and formats of every cell in the range, conditional formats within it too (tables stay, as in Excel). */
  clear(applyTo = "All"): void {
    if (applyTo !== "All") fail("the fake clears only All");
    this.book.enqueue(() => {
      const { sheet, row, col, rows, cols } = this.box() ?? fail(NULL_OBJECT);
      sheet.highlights = sheet.highlights?.filter((h) => h.row < row || h.col < col || h.row + h.rows > row + rows || h.col + h.cols > col + cols);
      for (const key of [...sheet.cells.keys()]) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        if (r >= row && r < row + rows && c >= col && c < col + cols) sheet.cells.delete(key);
      }
    });
  }

  /** Queues a 2-D write; `apply` gets each cell and its non-null input. */
  private write(matrix: Matrix, apply: (cell: FakeCell, input: Scalar) => void): void {
    this.book.enqueue(() => {
      const b = this.box() ?? fail(NULL_OBJECT);
      const fits = (m: unknown): m is Matrix => Array.isArray(m) && m.length === b.rows && m.every((line) => Array.isArray(line) && line.length === b.cols);
      if (!fits(matrix)) fail(`InvalidArgument: a ${b.rows}x${b.cols} range was given ${JSON.stringify(matrix).slice(0, 80)}`);
      matrix.forEach((line, i) => line.forEach((input, j) => input === null || apply(this.book.cellAt(b.sheet, b.row + i, b.col + j), input)));
    }, JSON.stringify(matrix).length);
  }

  get values(): Scalar[][] {
    return this.get("values");
  }
  set values(matrix: Matrix) {
    this.write(matrix, enter);
  }
  get formulas(): Scalar[][] {
    return this.get("formulas");
  }
  set formulas(matrix: Matrix) {
    this.write(matrix, enter);
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(matrix: Matrix) {
    this.write(matrix, (cell, input) => void (cell.format = String(input)));
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
}

class SheetProxy extends Loadable {
  readonly tables: { add(address: string, hasHeaders: boolean): TableProxy };
  readonly freezePanes: { freezeRows(count: number): void; freezeAt(range: RangeProxy): void };
  readonly charts: { add(type: string, range: RangeProxy, seriesBy: string): FakeChartProxy; load(props: string): { items: Array<{ delete(): void }> } };
  constructor(
    book: FakeBook,
    private readonly resolve: () => FakeSheet | null,
  ) {
    super(book, ["isNullObject", "name", "visibility"]);
    const at = () => this.resolve() ?? fail(NULL_OBJECT);
    this.tables = {
      add(address: string, hasHeaders: boolean): TableProxy {
        if (!hasHeaders) fail("the fake only makes tables with headers");
        let made: FakeTable | undefined;
        book.enqueue(() => void (made = book.addTable(at(), address)));
        return new TableProxy(book, () => made ?? fail("InvalidObjectPath: the table was not created"));
      },
    };
    this.charts = {
      // As Excel: the items are there after the sync that follows load.
      load(props: string) {
        if (props !== "items") fail(`the fake loads only charts' items, not ${props}`);
        const loaded: { items: Array<{ delete(): void }> } = {
          get items(): Array<{ delete(): void }> {
            return fail(NOT_SYNCED);
          },
        };
        book.enqueue(() => {
          const sheet = at();
          const items = (sheet.charts ?? []).map((chart) => ({
            delete: () => book.enqueue(() => void (sheet.charts = sheet.charts?.filter((c) => c !== chart))),
          }));
          Object.defineProperty(loaded, "items", { value: items });
        });
        return loaded;
      },
      add(type: string, range: RangeProxy, seriesBy: string): FakeChartProxy {
        const made: NonNullable<FakeSheet["charts"]>[number] = { type, seriesBy, title: "", colors: [], row: 0, col: 0, rows: 0, cols: 0 };
        book.enqueue(() => {
          const box = range.box() ?? fail(NULL_OBJECT);
          Object.assign(made, { row: box.row, col: box.col, rows: box.rows, cols: box.cols });
          (at().charts ??= []).push(made);
        });
        const corner = (r: RangeProxy): [number, number] => {
          const b = r.box() ?? fail(NULL_OBJECT);
          return [b.row, b.col];
        };
        return {
          title: {
            set text(text: string) {
              book.enqueue(() => void (made.title = text));
            },
          },
          setPosition: (from: RangeProxy, to: RangeProxy) => book.enqueue(() => Object.assign(made, { from: corner(from), to: corner(to) })),
          series: { getItemAt: (i: number) => ({ format: { fill: { setSolidColor: (color: string) => book.enqueue(() => void (made.colors[i] = color)) } } }) },
        };
      },
    };
    this.freezePanes = {
      freezeRows: (count: number) => book.enqueue(() => void (at().frozenRows = count)),
      freezeAt: (range: RangeProxy) =>
        book.enqueue(() => {
          const box = range.box() ?? fail(NULL_OBJECT);
          if (box.row !== 0 || box.col !== 0) fail("freezeAt: the fake freezes from the top left only");
          at().frozenRows = box.rows;
          at().frozenColumns = box.cols;
        }),
    };
  }
  protected read(name: string): unknown {
    const sheet = this.resolve();
    if (name === "isNullObject") return sheet === null;
    return (sheet ?? fail(NULL_OBJECT))[name as "name" | "visibility"];
  }
  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(value: string) {
    this.book.enqueue(() => void ((this.resolve() ?? fail(NULL_OBJECT)).visibility = value));
  }
  /** The whole sheet. */
  getRange(): RangeProxy {
    return new RangeProxy(this.book, () => ({ sheet: this.resolve() ?? fail(NULL_OBJECT), row: 0, col: 0, rows: 1048576, cols: 16384 }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.book, () => ({ sheet: this.resolve() ?? fail(NULL_OBJECT), row, col, rows, cols }));
  }
  /** The extent of the non-blank cells (with `valuesOnly`, formats alone do not count). */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.book, () => {
      const sheet = this.resolve() ?? fail(NULL_OBJECT);
      const used = [...sheet.cells]
        .filter(([, c]) => !valuesOnly || c.value !== "" || c.formula !== null)
        .map(([k]) => k.split(",").map(Number) as [number, number]);
      if (used.length === 0) return null;
      const [rs, cs] = [used.map(([r]) => r), used.map(([, c]) => c)];
      const [row, col] = [Math.min(...rs), Math.min(...cs)];
      return { sheet, row, col, rows: Math.max(...rs) - row + 1, cols: Math.max(...cs) - col + 1 };
    });
  }
}

class TableProxy extends Loadable {
  constructor(
    book: FakeBook,
    private readonly resolve: () => FakeTable | null,
  ) {
    super(book, ["isNullObject", "name"]);
  }
  private at(): FakeTable {
    return this.resolve() ?? fail(NULL_OBJECT);
  }
  protected read(name: string): unknown {
    const table = this.resolve();
    return name === "isNullObject" ? table === null : (table ?? fail(NULL_OBJECT)).name;
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.book.enqueue(() => {
      const other = this.book.findTable(value);
      if (other && other !== this.at()) fail(`InvalidArgument: a table named "${value}" exists`);
      this.at().name = value;
    });
  }
  get worksheet(): SheetProxy {
    return new SheetProxy(this.book, () => this.at().sheet);
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.book, () => this.at());
  }
  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(this.book, () => ({ ...this.at(), rows: 1 }));
  }
  /** Removes the table; its cells stay, as in Excel. */
  delete(): void {
    this.book.enqueue(() => {
      const t = this.at();
      this.book.tables.splice(this.book.tables.indexOf(t), 1);
    });
  }
  /** The header row stays where it is: only the extent changes (ExcelApi 1.13). */
  resize(address: string): void {
    this.book.enqueue(() => {
      const t = this.at();
      const box = parseAddress(address);
      if (box.row !== t.row || box.col !== t.col) fail(`InvalidArgument: resize to ${address} moves the header row`);
      [t.rows, t.cols] = [box.rows, box.cols];
      this.book.nameBlankHeaders(t);
    });
  }
}

/** The request context: an OfficeMockObject holding the workbook's collections. */
export class FakeContext extends OfficeMockObject {
  constructor(private readonly fake: FakeBook) {
    super({
      workbook: {
        tables: { getItemOrNullObject: (name: string) => new TableProxy(fake, () => fake.findTable(name) ?? null) },
        worksheets: {
          getItemOrNullObject: (name: string) => new SheetProxy(fake, () => fake.findSheet(name) ?? null),
          getItem: (name: string) => new SheetProxy(fake, () => fake.findSheet(name) ?? fail(`ItemNotFound: no sheet "${name}"`)),
          add: (name: string) => {
            let made: FakeSheet | undefined;
            fake.enqueue(() => void (made = fake.addSheet(name)));
            return new SheetProxy(fake, () => made ?? fail("InvalidObjectPath: the sheet was not created"));
          },
        },
        application: { suspendApiCalculationUntilNextSync: () => fake.suspendCalculation() },
      },
    });
  }
  override async sync(): Promise<void> {
    await super.sync();
    this.fake.runBatch();
  }
}
