/**
 * Marks spilled formulas as dynamic arrays in an .xlsx file (exceljs writes them as legacy
 * array formulas): each spilling cell gets `cm="1"`, pointing at the cell-metadata record
 * that the workbook's metadata part declares as a dynamic array (XLDAPR), which is how Excel
 * itself stores a spill. Without this, Excel 365 would show the range as a fixed {array}.
 */
import JSZip from "jszip";

export const DYNAMIC_ARRAY_METADATA = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`;
export const METADATA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
export const METADATA_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";

/** Rewrites one part of a package; a missing part is an error, unless `fallback` gives its content. */
export async function edit(zip: JSZip, path: string, change: (xml: string) => string, fallback?: string): Promise<void> {
  const file = zip.file(path);
  if (!file && fallback === undefined) throw new Error(`the workbook has no ${path}`);
  zip.file(path, change(file ? await file.async("string") : (fallback as string)));
}

/** `cells` maps a worksheet part ("xl/worksheets/sheet4.xml") to the addresses of its spilling cells. */
export async function markDynamicArrays(bytes: Uint8Array, cells: ReadonlyMap<string, readonly string[]>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let marked = 0;
  for (const [part, addresses] of cells) {
    const wanted = new Set(addresses);
    await edit(zip, part, (xml) =>
      xml.replace(/<c r="([A-Z]{1,3}\d{1,7})"([^>]*)>(?=<f t="array")/gu, (whole: string, ref: string, rest: string) => {
        if (!wanted.has(ref) || rest.includes(" cm=")) return whole;
        marked++;
        return `<c r="${ref}"${rest} cm="1">`;
      }),
    );
  }
  if (marked === 0) return bytes;
  zip.file("xl/metadata.xml", DYNAMIC_ARRAY_METADATA);
  await edit(zip, "[Content_Types].xml", (xml) =>
    xml.includes('PartName="/xl/metadata.xml"')
      ? xml
      : xml.replace("</Types>", `<Override PartName="/xl/metadata.xml" ContentType="${METADATA_TYPE}"/></Types>`),
  );
  await edit(zip, "xl/_rels/workbook.xml.rels", (xml) => {
    if (xml.includes(METADATA_REL)) return xml;
    const ids = [...xml.matchAll(/Id="rId(\d+)"/gu)].map((m) => Number(m[1]));
    const id = `rId${Math.max(0, ...ids) + 1}`;
    return xml.replace("</Relationships>", `<Relationship Id="${id}" Type="${METADATA_REL}" Target="metadata.xml"/></Relationships>`);
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
