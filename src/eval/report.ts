// Text rendering of an EvalReport: one line per document, then (verbose) what went wrong per
// document, then the overall block. The LAST THREE LINES are always the overall summary
// (precision/recall/F1; date accuracy/provenance/binding precision; counts): a hook prints them.
import type { DocumentReport, EvalReport, GoldSummary, RecordSummary } from "./score";

export interface FormatOptions {
  /** Adds, per document, the false positives, missed required gold, wrong dates and non-verbatim quotes. */
  verbose?: boolean;
  /** Lines printed after the details and before the overall block (the `--explain` listing). */
  appendix?: readonly string[];
}

const fixed = (x: number | null): string => (x === null ? "  n/a" : x.toFixed(3));

/** `text` on one line, at most `max` characters. */
export function clip(text: string, max = 110): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** One extracted record: actor | action | instrument | polarity | date | "quote". */
export function describeRecord(r: RecordSummary): string {
  return `${r.actor} | ${r.action} | ${r.instrument} | ${r.polarity}${r.date !== null ? ` | ${r.date}` : ""} | "${clip(r.quote)}"`;
}

/** One gold record: #index actors | actions | instrument | negated or affirmed | date | "quote". */
export function describeGold(g: GoldSummary): string {
  const actions = g.actions.join("/");
  return `#${g.index} ${g.actors.join(" / ")} | ${actions} | ${g.instrument} | ${g.negated ? "negated" : "affirmed"}${g.date !== null ? ` | ${g.date}` : ""} | "${clip(g.quote)}"`;
}

function documentLine(d: DocumentReport, width: number): string {
  const name = d.doc.padEnd(width);
  const counts = [d.tp, d.fp, d.fn, d.duplicates].map((n) => String(n).padStart(4)).join("");
  const note = d.hasText ? "" : "  (no text: gold only)";
  return `${name}  ${fixed(d.precision)}  ${fixed(d.recall)}  ${fixed(d.f1)}${counts}${note}`;
}

function documentDetails(d: DocumentReport): string[] {
  const lines: string[] = [];
  for (const fp of d.falsePositives) {
    const near = fp.nearest === null ? "" : `\n        nearest gold ${describeGold(fp.nearest.gold)}; differs in ${fp.nearest.failed.join(", ")}`;
    lines.push(`  FP    ${describeRecord(fp)}${near}`);
  }
  for (const g of d.missed) lines.push(`  MISS  ${describeGold(g)}`);
  for (const m of d.dateMismatches) lines.push(`  DATE  expected ${m.expected}, got ${m.record.date ?? "null"}: ${describeRecord(m.record)}`);
  for (const r of d.badProvenance) lines.push(`  QUOTE not text.slice(start, end): ${r.id} ${describeRecord(r)}`);
  return lines.length === 0 ? [] : [`== ${d.doc}`, ...lines];
}

/** Renders the report as a text table; see the file comment for the layout. */
export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const width = Math.max("document".length, ...report.documents.map((d) => d.doc.length));
  const lines: string[] = [];
  lines.push(
    `${"document".padEnd(width)}  ${"P".padStart(5)}  ${"R".padStart(5)}  ${"F1".padStart(5)}${["tp", "fp", "fn", "dup"].map((h) => h.padStart(4)).join("")}`,
  );
  for (const d of report.documents) lines.push(documentLine(d, width));
  if (options.verbose === true) {
    const details = report.documents.flatMap(documentDetails);
    if (details.length > 0) lines.push("", ...details);
  }
  if (options.appendix !== undefined && options.appendix.length > 0) lines.push("", ...options.appendix);
  const o = report.overall;
  lines.push("");
  if (report.missingDocuments.length > 0) lines.push(`documents with gold but no text (all their gold missed): ${report.missingDocuments.join(", ")}`);
  if (report.ignoredRecords > 0) lines.push(`records of documents without text, not scored: ${report.ignoredRecords}`);
  lines.push(
    `overall  tp ${o.tp}  fp ${o.fp}  fn ${o.fn}  duplicates ${o.duplicates}  required matched ${o.matchedRequired}/${o.requiredGold}` +
      `  dates ${o.dateCorrect}/${o.dateChecked}  verbatim ${o.provenanceOk}/${o.provenanceChecked}  binding ${o.bindingMatched}/${o.bindingRecords}`,
  );
  lines.push(`precision ${fixed(o.precision)}  recall ${fixed(o.recall)}  F1 ${fixed(o.f1)}`);
  lines.push(`date accuracy ${fixed(o.dateAccuracy).trim()}  provenance ${fixed(o.provenance).trim()}  binding precision ${fixed(o.bindingPrecision).trim()}`);
  lines.push(`documents ${report.documents.length}  gold ${o.gold} (required ${o.requiredGold})  extracted ${o.extracted}`);
  return lines.join("\n");
}
