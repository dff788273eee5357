import JSZip from "jszip";

/**
 * Test documents built in code rather than committed as binaries (a helper, not a test file):
 * a .docx is a zip of XML parts; a PDF is written by hand, with its xref table's byte offsets
 * computed here.
 */
export const SENTENCE = "Chile ratified the Arms Trade Treaty on 4 June 2018.";

function xml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

/** A minimal .docx (WordprocessingML) with one paragraph per string. */
export async function makeDocx(paragraphs: readonly string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`,
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xml(p)}</w:t></w:r></w:p>`).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A zip that is not a Word document (no word/document.xml). */
export async function makeZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("readme.txt", "not a Word document");
  return zip.generateAsync({ type: "nodebuffer" });
}

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/gu, (c) => `\\${c}`)})`;
}

export interface PdfOptions {
  /** An /Encrypt dictionary whose check values fit no empty password: readers ask for one. */
  encrypted?: boolean;
}

/**
 * A PDF with one page per entry; each page holds lines of Helvetica 12 pt, 14 pt apart from
 * y = 720 down (an empty string leaves a line's space empty: a paragraph gap). A line given as
 * an array is written as several text-showing operations, the second and later in Helvetica-Bold
 * (so pdfjs gives separate items), each starting where the previous one ends.
 */
export function makePdf(pages: ReadonlyArray<ReadonlyArray<string | readonly string[]>>, options: PdfOptions = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body); // object number = index + 1
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add(""); // the page tree, filled in once the pages' numbers are known
  const regular = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const bold = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = lines.map((line, i) => {
      if (line === "" || line.length === 0) return "";
      const parts = typeof line === "string" ? [line] : line;
      // Tj advances the text position by the string's width, so the next part follows on.
      const shows = parts.map((part, j) => `${j === 0 ? "/F1" : "/F2"} 12 Tf ${pdfString(part)} Tj`).join(" ");
      return `BT 72 ${720 - 14 * i} Td ${shows} ET`;
    });
    const stream = ops.filter(Boolean).join("\n");
    const contents = add(`<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${contents} 0 R >>`),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const hex = (n: number) => `<${"ab".repeat(n)}>`;
  const encrypt = options.encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /O ${hex(32)} /U ${hex(32)} /P -4 >>`) : 0;

  let pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(pdf, "latin1");
  // Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, n/f, space, newline.
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`;
  const id = options.encrypted ? ` /Encrypt ${encrypt} 0 R /ID [${hex(16)} ${hex(16)}]` : "";
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${id} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}
