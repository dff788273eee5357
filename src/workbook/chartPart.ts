/**
 * A chart in an .xlsx package, as DrawingML: the drawing part that places it on a sheet, and the
 * chart part (stacked columns, one series per column of a block of cells, with the block's
 * values cached so that a viewer draws it without recalculating). exceljs writes no charts, so
 * both file writers add these parts themselves: the streamed writer as it writes the package,
 * the exceljs store by editing the package it wrote (addCharts), as dynamicArrays.ts does.
 */
import JSZip from "jszip";
import { cellText, columnLetter, isFormula, sheetRef, type Cell } from "./cells";
import type { ChartPlan } from "./formulas";
import { relsXml, XML_HEAD, xmlText } from "./ooxmlText";
import { edit } from "./dynamicArrays";

export const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

const C =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** `'Timeline'!$B$4:$B$20` */
function absolute(sheet: string, col: number, row: number, rows: number): string {
  const letter = columnLetter(col);
  return `${sheetRef(sheet)}!$${letter}$${row + 1}:$${letter}$${row + rows}`;
}

function cached(cell: Cell | undefined): string {
  return isFormula(cell) ? cellText(cell) : cellText(cell ?? null);
}

/** The chart part: `cells` is the sheet's block from the chart's data row (header first). */
export function chartXml(sheet: string, chart: ChartPlan, cells: readonly (readonly Cell[])[]): string {
  const { data } = chart;
  const points = data.rows - 1;
  const categories = cells.slice(1, data.rows).map((r) => cached(r[data.col]));
  const category =
    `<c:cat><c:numRef><c:f>${xmlText(absolute(sheet, data.col, data.row + 1, points))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${points}"/>` +
    categories.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`).join("") +
    "</c:numCache></c:numRef></c:cat>";
  const series = Array.from({ length: data.cols - 1 }, (_, s) => {
    const col = data.col + 1 + s;
    const name = cached(cells[0]?.[col]);
    const values = cells.slice(1, data.rows).map((r) => cached(r[col]) || "0");
    const color = chart.colors[s] ?? "808080";
    return (
      `<c:ser><c:idx val="${s}"/><c:order val="${s}"/>` +
      `<c:tx><c:strRef><c:f>${xmlText(`${sheetRef(sheet)}!$${columnLetter(col)}$${data.row + 1}`)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xmlText(name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
      `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
      category +
      `<c:val><c:numRef><c:f>${xmlText(absolute(sheet, col, data.row + 1, points))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${points}"/>` +
      values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`).join("") +
      "</c:numCache></c:numRef></c:val></c:ser>"
    );
  }).join("");
  return (
    `${XML_HEAD}<c:chartSpace ${C}><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    '<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>' +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** The drawing part: the chart (its relationship rId1) anchored over the plan's cells. */
export function drawingXml(chart: ChartPlan): string {
  const { anchor } = chart;
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<xdr:twoCellAnchor>${marker("from", anchor.col, anchor.row)}${marker("to", anchor.col + anchor.cols, anchor.row + anchor.rows)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
  );
}

export interface SheetChart {
  /** The worksheet part, e.g. "xl/worksheets/sheet6.xml". */
  part: string;
  sheet: string;
  chart: ChartPlan;
  /** The sheet's block from the chart's data row. */
  cells: readonly (readonly Cell[])[];
}

/** Adds each chart to the package exceljs wrote: drawing and chart parts, their relationships and content types. */
export async function addCharts(bytes: Uint8Array, charts: readonly SheetChart[]): Promise<Uint8Array> {
  if (charts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  for (const [i, { part, sheet, chart, cells }] of charts.entries()) {
    const n = i + 1;
    zip.file(`xl/charts/chart${n}.xml`, chartXml(sheet, chart, cells));
    zip.file(`xl/drawings/drawing${n}.xml`, drawingXml(chart));
    zip.file(`xl/drawings/_rels/drawing${n}.xml.rels`, relsXml([["rId1", CHART_REL, `../charts/chart${n}.xml`]]));
    const rels = part.replace(/^xl\/worksheets\//u, "xl/worksheets/_rels/") + ".rels";
    let id = "";
    await edit(
      zip,
      rels,
      (x) => {
        const ids = [...x.matchAll(/Id="rId(\d+)"/gu)].map((m) => Number(m[1]));
        id = `rId${Math.max(0, ...ids) + 1}`;
        return x.replace("</Relationships>", `<Relationship Id="${id}" Type="${DRAWING_REL}" Target="../drawings/drawing${n}.xml"/></Relationships>`);
      },
      relsXml([]),
    );
    // <drawing> goes after the page setup and before any legacy drawing or table parts.
    await edit(zip, part, (x) => x.replace(/(<legacyDrawing|<tableParts|<extLst|<\/worksheet>)/u, `<drawing r:id="${id}"/>$1`));
    await edit(zip, "[Content_Types].xml", (x) =>
      x.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CHART_TYPE}"/><Override PartName="/xl/drawings/drawing${n}.xml" ContentType="${DRAWING_TYPE}"/></Types>`,
      ),
    );
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
