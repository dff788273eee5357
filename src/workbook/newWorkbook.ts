/**
 * A new workbook written as a stream of SpreadsheetML parts, for the CLI's first write of a
 * large run. exceljs builds every cell as an object and the whole package in memory (about
 * 2 GB for 46,000 rows); its streaming writer cannot make tables. This store takes the same
 * plans as the exceljs store and yields each part's XML in chunks, a few hundred rows at a time;
 * the caller zips them (src/cli/zipFile.ts). What it writes is what XlsxStore.empty() + write()
 * + toBuffer() write: the same sheets in the same order, tables, number formats, widths, frozen
 * headers, Review drop-downs, hidden sheets, spilled formulas marked as dynamic arrays and
 * cached values (test/newWorkbook.test.ts compares the two cell by cell). Merging into an
 * existing workbook stays with the exceljs store.
 */
import { columnLetter, isFormula, MAX_CELL_TEXT, xmlSafe, type Cell } from "./cells";
import { DYNAMIC_ARRAY_METADATA, METADATA_REL, METADATA_TYPE } from "./dynamicArrays";
import { beginsWithFormula, type SpillSheetPlan } from "./formulas";
import { CHART_REL, CHART_TYPE, chartXml, DRAWING_REL, DRAWING_TYPE, drawingXml } from "./chartPart";
import { SHEET_ORDER, type ColumnSpec, type TableSpec } from "./layout";
import type { TablePlan, TableSnapshot } from "./merge";
import type { TableStore, WriteProgress } from "./store";
import { escapeOoxml, relsXml, XML_HEAD, xmlText } from "./ooxmlText";

export interface PackagePart {
  /** Path inside the package, e.g. "xl/worksheets/sheet1.xml". */
  name: string;
  chunks: () => Iterable<string>;
}

/** Rows per chunk of a worksheet part. */
const ROWS_PER_CHUNK = 200;

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = (type: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}`;
const CT = (type: string) => `application/vnd.openxmlformats-officedocument.${type}`;

/** Excel's built-in number formats by code; any other code gets an id from 164 up. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "@": 49 };

/** Fonts: the default; bold (a spill's header row); a spill sheet's title, bold at 14 (more lines follow it) or 11. */
const FONTS = [
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  "<font><b/></font>",
  '<font><b/><sz val="14"/></font>',
  '<font><b/><sz val="11"/></font>',
];
type Font = 0 | 1 | 2 | 3;

/** Cell formats (number format × font), numbered as they are first asked for; 0 is the default. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>([["0|0", 0]]);
  /** Differential formats of conditional formatting, by "fill|font" (RRGGBB each). */
  private readonly dxfs = new Map<string, number>();

  /** The differential format (fill and font colour) of a conditional-format rule. */
  dxf(fill: string, font: string): number {
    const key = `${fill}|${font}`;
    let id = this.dxfs.get(key);
    if (id === undefined) this.dxfs.set(key, (id = this.dxfs.size));
    return id;
  }

  of(numberFormat: string, font: Font = 0): number {
    let id = BUILT_IN_FORMATS[numberFormat];
    if (id === undefined) {
      id = this.formats.get(numberFormat) ?? 164 + this.formats.size;
      this.formats.set(numberFormat, id);
    }
    const key = `${id}|${font}`;
    let xf = this.xfs.get(key);
    if (xf === undefined) this.xfs.set(key, (xf = this.xfs.size));
    return xf;
  }

  toXml(): string {
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    const xfs = [...this.xfs.keys()].map((key) => {
      const [fmt, font] = key.split("|").map(Number) as [number, number];
      return `<xf numFmtId="${fmt}" fontId="${font}" fillId="0" borderId="0" xfId="0"${fmt ? ' applyNumberFormat="1"' : ""}${font ? ' applyFont="1"' : ""}/>`;
    });
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS}">` +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      `<fonts count="${FONTS.length}">${FONTS.join("")}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${this.dxfs.size}">${[...this.dxfs.keys()]
        .map((key) => {
          const [fill, font] = key.split("|") as [string, string];
          return `<dxf><font><color rgb="FF${font}"/></font><fill><patternFill patternType="solid"><bgColor rgb="FF${fill}"/></patternFill></fill></dxf>`;
        })
        .join("")}</dxfs>` +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }
}

/**
 * The shared string table, as exceljs writes one: every text cell refers to it. (exceljs reads
 * `_xHHHH_` escapes back only from shared strings, not from inline ones, and a re-run must read
 * back exactly what was written.) It holds each distinct string once, by reference to the plan's
 * own string; its part is written after every worksheet part.
 */
class SharedStrings {
  private readonly index = new Map<string, number>();

  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) this.index.set(text, (i = this.index.size));
    return i;
  }

  *toXml(): Generator<string> {
    yield `${XML_HEAD}<sst xmlns="${NS}" count="${this.index.size}" uniqueCount="${this.index.size}">`;
    let batch: string[] = [];
    for (const text of this.index.keys()) {
      batch.push(`<si><t xml:space="preserve">${xmlText(escapeOoxml(text))}</t></si>`);
      if (batch.length >= 1000) {
        yield batch.join("");
        batch = [];
      }
    }
    yield `${batch.join("")}</sst>`;
  }
}

/** One cell's XML (empty for a blank cell), escaped as the exceljs store escapes it. */
function cellXml(ref: string, cell: Cell, style: number, strings: SharedStrings): string {
  const s = style ? ` s="${style}"` : "";
  if (cell === null) return style ? `<c r="${ref}"${s}/>` : "";
  if (isFormula(cell)) {
    const { result } = cell;
    const type = typeof result === "string" ? ' t="str"' : "";
    // As the exceljs store writes a formula: characters XML forbids replaced in its text and cached text.
    const value = result === undefined ? "" : `<v>${xmlText(typeof result === "string" ? xmlSafe(result) : String(result))}</v>`;
    return `<c r="${ref}"${s}${type}><f>${xmlText(xmlSafe(cell.formula))}</f>${value}</c>`;
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? `<c r="${ref}"${s}><v>${cell}</v></c>` : "";
  if (typeof cell === "boolean") return `<c r="${ref}"${s} t="b"><v>${cell ? 1 : 0}</v></c>`;
  const text = cell.length > MAX_CELL_TEXT ? cell.slice(0, MAX_CELL_TEXT) : cell;
  return `<c r="${ref}"${s} t="s"><v>${strings.of(text)}</v></c>`;
}

interface SheetEntry {
  name: string;
  hidden: boolean;
  table: TablePlan | null;
  spill: SpillSheetPlan | null;
}

export class NewWorkbookStore implements TableStore {
  readonly formulaTarget = "file" as const;
  private readonly tables = new Map<string, TablePlan>();
  private readonly spills = new Map<string, SpillSheetPlan>();

  /** A new workbook has no tables. */
  async read(specs: readonly TableSpec[]): Promise<(TableSnapshot | null)[]> {
    return specs.map(() => null);
  }

  /** Keeps the plans for `parts()`; a later plan for the same table or sheet replaces an earlier one. */
  async write(plans: readonly TablePlan[], onProgress?: (progress: WriteProgress) => void, sheets: readonly SpillSheetPlan[] = []): Promise<void> {
    for (const plan of plans) this.tables.set(plan.spec.sheet, plan);
    for (const sheet of sheets) this.spills.set(sheet.sheet, sheet);
    const total = plans.reduce((n, p) => n + p.rows.length, 0);
    onProgress?.({ done: total, total });
  }

  /** The sheets in workbook order: the tracker's own (empty where nothing was written), then any other table's. */
  private sheets(): SheetEntry[] {
    const names = [...SHEET_ORDER, ...[...this.tables.keys(), ...this.spills.keys()].filter((n) => !SHEET_ORDER.includes(n))];
    return [...new Set(names)].map((name) => {
      const table = this.tables.get(name) ?? null;
      const spill = this.spills.get(name) ?? null;
      return { name, table, spill, hidden: Boolean(table?.spec.hidden || spill?.hidden) };
    });
  }

  /** The package's parts; worksheet parts are produced a few hundred rows at a time as they are read. */
  parts(): PackagePart[] {
    const sheets = this.sheets();
    const styles = new Styles();
    const strings = new SharedStrings();
    // Worksheets whose rows have all been produced (the shared strings come after them all).
    const done = { sheets: 0 };
    const finished = (chunks: () => Iterable<string>) =>
      function* () {
        yield* chunks();
        done.sheets++;
      };
    const worksheets: PackagePart[] = [];
    const tableParts: PackagePart[] = [];
    /** Drawing, its relationships and chart, three parts per chart. */
    const chartParts: PackagePart[] = [];
    let dynamic = false;
    sheets.forEach((sheet, i) => {
      const n = i + 1;
      const path = `xl/worksheets/sheet${n}.xml`;
      if (sheet.table) {
        const plan = sheet.table;
        const id = tableParts.length + 1;
        worksheets.push({ name: path, chunks: finished(tableSheet(plan, styles, strings)) });
        worksheets.push({
          name: `xl/worksheets/_rels/sheet${n}.xml.rels`,
          chunks: () => [relsXml([[`rId1`, REL("table"), `../tables/table${id}.xml`]])],
        });
        tableParts.push({ name: `xl/tables/table${id}.xml`, chunks: () => [tableXml(plan, id)] });
      } else if (sheet.spill) {
        const { chart, cells } = sheet.spill;
        if (!cells) dynamic = true;
        worksheets.push({ name: path, chunks: finished(spillSheet(sheet.spill, styles, strings)) });
        if (chart && cells) {
          const c = chartParts.length / 3 + 1;
          worksheets.push({ name: `xl/worksheets/_rels/sheet${n}.xml.rels`, chunks: () => [relsXml([["rId1", DRAWING_REL, `../drawings/drawing${c}.xml`]])] });
          chartParts.push(
            { name: `xl/drawings/drawing${c}.xml`, chunks: () => [drawingXml(chart)] },
            { name: `xl/drawings/_rels/drawing${c}.xml.rels`, chunks: () => [relsXml([["rId1", CHART_REL, `../charts/chart${c}.xml`]])] },
            { name: `xl/charts/chart${c}.xml`, chunks: () => [chartXml(sheet.name, chart, cells)] },
          );
        }
      } else worksheets.push({ name: path, chunks: finished(() => [`${XML_HEAD}<worksheet xmlns="${NS}"><sheetData/></worksheet>`]) });
    });
    // Every style a worksheet uses is asked for now, before styles.xml is written (worksheets come after it).
    for (const sheet of sheets) {
      if (sheet.table) for (const c of sheet.table.headers) styles.of(columnOf(sheet.table, c)?.numberFormat ?? "General");
      if (sheet.spill) {
        styles.of("General", 1);
        styles.of("General", titleFont(sheet.spill));
        for (const style of sheet.spill.highlights?.styles ?? []) styles.dxf(style.fill, style.font);
      }
    }

    const sheetRels = sheets.map((_s, i) => [`rId${i + 1}`, REL("worksheet"), `worksheets/sheet${i + 1}.xml`] as const);
    const base = sheets.length;
    const workbookRels: Array<readonly [string, string, string]> = [
      ...sheetRels,
      [`rId${base + 1}`, REL("styles"), "styles.xml"],
      [`rId${base + 2}`, REL("theme"), "theme/theme1.xml"],
      [`rId${base + 3}`, REL("sharedStrings"), "sharedStrings.xml"],
      ...(dynamic ? [[`rId${base + 4}`, METADATA_REL, "metadata.xml"] as const] : []),
    ];
    const workbook =
      `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><workbookPr defaultThemeVersion="164011"/><sheets>` +
      sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("") +
      '</sheets><calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>';
    const overrides = [
      ["/xl/workbook.xml", CT("spreadsheetml.sheet.main+xml")],
      ...sheets.map((_s, i) => [`/xl/worksheets/sheet${i + 1}.xml`, CT("spreadsheetml.worksheet+xml")]),
      ...tableParts.map((t) => [`/${t.name}`, CT("spreadsheetml.table+xml")]),
      ...chartParts.filter((p) => !p.name.includes("_rels")).map((p) => [`/${p.name}`, p.name.includes("/charts/") ? CHART_TYPE : DRAWING_TYPE]),
      ["/xl/styles.xml", CT("spreadsheetml.styles+xml")],
      ["/xl/theme/theme1.xml", CT("theme+xml")],
      ["/xl/sharedStrings.xml", CT("spreadsheetml.sharedStrings+xml")],
      ...(dynamic ? [["/xl/metadata.xml", METADATA_TYPE]] : []),
      ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
      ["/docProps/app.xml", CT("extended-properties+xml")],
    ];
    const contentTypes =
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      overrides.map(([part, type]) => `<Override PartName="${xmlText(part as string)}" ContentType="${type}"/>`).join("") +
      "</Types>";
    const now = new Date().toISOString().replace(/\.\d{3}Z$/u, "Z");
    const core =
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:creator>Commitments Tracker</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`;
    const app = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`;
    return [
      { name: "[Content_Types].xml", chunks: () => [contentTypes] },
      {
        name: "_rels/.rels",
        chunks: () => [
          relsXml([
            ["rId1", REL("officeDocument"), "xl/workbook.xml"],
            ["rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
            ["rId3", REL("extended-properties"), "docProps/app.xml"],
          ]),
        ],
      },
      { name: "docProps/core.xml", chunks: () => [core] },
      { name: "docProps/app.xml", chunks: () => [app] },
      { name: "xl/workbook.xml", chunks: () => [workbook] },
      { name: "xl/_rels/workbook.xml.rels", chunks: () => [relsXml(workbookRels)] },
      { name: "xl/styles.xml", chunks: () => [styles.toXml()] },
      { name: "xl/theme/theme1.xml", chunks: () => [THEME] },
      ...(dynamic ? [{ name: "xl/metadata.xml", chunks: () => [DYNAMIC_ARRAY_METADATA] }] : []),
      ...tableParts,
      ...chartParts,
      ...worksheets,
      {
        name: "xl/sharedStrings.xml",
        chunks: () => {
          if (done.sheets < sheets.length) throw new Error("the shared strings are written after every worksheet");
          return strings.toXml();
        },
      },
    ];
  }
}

/** The Office theme exceljs writes, so that the table style's colours are the same. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const THEME: string = require("exceljs/lib/xlsx/xml/theme1.js");

/** A sheet view with its top `rows` and left `columns` frozen. */
function frozenView(rows: number, columns: number): string {
  const pane = columns > 0 ? "bottomRight" : "bottomLeft";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""} ySplit="${rows}"`;
  return `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${columnLetter(columns)}${rows + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

function columnOf(plan: TablePlan, header: string): ColumnSpec | undefined {
  return plan.spec.columns.find((c) => c.header === header);
}

function colsXml(widths: ReadonlyArray<{ width: number; style: number }>): string {
  return `<cols>${widths.map((w, j) => `<col min="${j + 1}" max="${j + 1}" width="${w.width}"${w.style ? ` style="${w.style}"` : ""} customWidth="1"/>`).join("")}</cols>`;
}

/** A table's sheet: headers in row 1 (frozen), the plan's rows under them, Review drop-downs, the table part. */
function tableSheet(plan: TablePlan, styles: Styles, strings: SharedStrings): () => Iterable<string> {
  return function* () {
    const columns = plan.headers.map((h) => columnOf(plan, h));
    const style = columns.map((c) => styles.of(c?.numberFormat ?? "General"));
    const bodyRows = Math.max(plan.rows.length, 1);
    const last = columnLetter(plan.headers.length - 1);
    yield `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><dimension ref="A1:${last}${bodyRows + 1}"/>`;
    yield frozenView(1, 0);
    yield '<sheetFormatPr defaultRowHeight="15"/>';
    yield colsXml(columns.map((c, j) => ({ width: c?.width ?? 10, style: style[j] as number })));
    yield "<sheetData>";
    yield `<row r="1">${plan.headers.map((h, j) => cellXml(`${columnLetter(j)}1`, h, style[j] as number, strings)).join("")}</row>`;
    const letters = plan.headers.map((_h, j) => columnLetter(j));
    let batch: string[] = [];
    for (let i = 0; i < plan.rows.length; i++) {
      const r = i + 2;
      const row = plan.rows[i] as Cell[];
      let cells = "";
      for (let j = 0; j < letters.length; j++) cells += cellXml(`${letters[j]}${r}`, row[j] ?? null, style[j] as number, strings);
      batch.push(`<row r="${r}">${cells}</row>`);
      if (batch.length >= ROWS_PER_CHUNK) {
        yield batch.join("");
        batch = [];
      }
    }
    if (batch.length > 0) yield batch.join("");
    yield "</sheetData>";
    const validations = plan.rows.length === 0 ? [] : columns.flatMap((c, j) => (c?.choices ? [{ j, choices: c.choices }] : []));
    if (validations.length > 0) {
      yield `<dataValidations count="${validations.length}">`;
      for (const { j, choices } of validations) {
        const col = columnLetter(j);
        yield `<dataValidation type="list" allowBlank="1" sqref="${col}2:${col}${plan.rows.length + 1}"><formula1>${xmlText(`"${choices.join(",")}"`)}</formula1></dataValidation>`;
      }
      yield "</dataValidations>";
    }
    yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';
  };
}

function tableXml(plan: TablePlan, id: number): string {
  const bodyRows = Math.max(plan.rows.length, 1);
  const ref = `A1:${columnLetter(plan.headers.length - 1)}${bodyRows + 1}`;
  const name = xmlText(plan.spec.table);
  return (
    `${XML_HEAD}<table xmlns="${NS}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0" headerRowCount="1">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${plan.headers.length}">` +
    plan.headers.map((h, j) => `<tableColumn id="${j + 1}" name="${xmlText(h)}"/>`).join("") +
    '</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/** A spill sheet's first line is bold, and larger when more lines follow it. */
function titleFont(plan: SpillSheetPlan): Font {
  return plan.intro.length > 1 ? 2 : 3;
}

/** A spill sheet: intro lines, then the one spilled formula (marked dynamic) with its cached values. */
function spillSheet(plan: SpillSheetPlan, styles: Styles, strings: SharedStrings): () => Iterable<string> {
  return function* () {
    const bold = styles.of("General", 1);
    const title = styles.of("General", titleFont(plan));
    const top = plan.row + 1;
    const cols = Math.max(...plan.values.map((r) => r.length), 1);
    const ref = `A${top}:${columnLetter(cols - 1)}${top + plan.values.length - 1}`;
    yield `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">`;
    if (plan.freeze) yield frozenView(plan.freeze.rows, plan.freeze.columns);
    yield '<sheetFormatPr defaultRowHeight="15"/>';
    if (plan.widths.length > 0) yield colsXml(plan.widths.map((width) => ({ width, style: 0 })));
    yield "<sheetData>";
    const rows: string[] = [];
    plan.intro.forEach((line, i) => rows.push(`<row r="${i + 1}">${cellXml(`A${i + 1}`, line, i === 0 ? title : 0, strings)}</row>`));
    if (plan.legend) {
      const r = plan.legend.row + 1;
      rows.push(`<row r="${r}">${plan.legend.cells.map((text, j) => cellXml(`${columnLetter(j)}${r}`, text, 0, strings)).join("")}</row>`);
    }
    yield rows.join("");
    if (plan.cells) {
      // A block of cells (formulas with cached results), not a spill; the chart over it, if any, is the sheet's drawing.
      yield plan.cells
        .map(
          (line, i) =>
            `<row r="${top + i}">${line.map((cell, j) => cellXml(`${columnLetter(j)}${top + i}`, cell, i === 0 ? bold : 0, strings)).join("")}</row>`,
        )
        .join("");
      yield `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${plan.chart ? '<drawing r:id="rId1"/>' : ""}</worksheet>`;
      return;
    }
    let batch: string[] = [];
    for (let i = 0; i < plan.values.length; i++) {
      const r = top + i;
      const line = plan.values[i] as string[];
      let cells = "";
      for (let j = 0; j < line.length; j++) {
        const value = line[j] as string;
        const at = `${columnLetter(j)}${r}`;
        const style = i === 0 ? bold : 0;
        if (i === 0 && j === 0) {
          const cached = value === "" ? "" : `<v>${xmlText(xmlSafe(value))}</v>`;
          cells += `<c r="${at}"${style ? ` s="${style}"` : ""} t="str" cm="1"><f t="array" ref="${ref}">${xmlText(xmlSafe(plan.formula))}</f>${cached}</c>`;
        } else cells += cellXml(at, value === "" ? null : value, style, strings);
      }
      batch.push(`<row r="${r}">${cells}</row>`);
      if (batch.length >= ROWS_PER_CHUNK) {
        yield batch.join("");
        batch = [];
      }
    }
    if (batch.length > 0) yield batch.join("");
    yield "</sheetData>";
    if (plan.highlights) {
      const { ranges, styles: rules } = plan.highlights;
      const sqref = ranges.map((r) => `${columnLetter(r.col)}${r.row + 1}:${columnLetter(r.col + r.cols - 1)}${r.row + r.rows}`).join(" ");
      yield `<conditionalFormatting sqref="${sqref}">`;
      yield rules
        .map(
          (rule, i) =>
            `<cfRule type="expression" dxfId="${styles.dxf(rule.fill, rule.font)}" priority="${i + 1}"><formula>${xmlText(beginsWithFormula(ranges, rule.text))}</formula></cfRule>`,
        )
        .join("");
      yield "</conditionalFormatting>";
    }
    yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  };
}
