// Text rendering of an Explanation (explain.ts), in the style of report.ts's verbose details: per
// document, one line group per miss, false positive, trap and wrong date; then the counts per stage.
import type { Explanation, ExplainedRecord } from "./explain";
import { sentenceClip } from "./miss-diagnosis";
import { describeGold, describeRecord } from "./report";

const INDENT = "        ";

function stagesLine(e: ExplainedRecord): string {
  return `${INDENT}rule link:${e.rule}; stages ${e.stages.length > 0 ? e.stages.join(", ") : "(none recorded)"}`;
}

function countLines(title: string, counts: Record<string, number>): string[] {
  const entries = Object.entries(counts);
  const total = entries.reduce((n, [, c]) => n + c, 0);
  return [`  ${title} (${total}):`, ...(entries.length === 0 ? ["     -  none"] : entries.map(([key, n]) => `  ${String(n).padStart(4)}  ${key}`))];
}

/** The per-stage counts: where the errors concentrate. */
export function formatExplainSummary(e: Explanation): string[] {
  return [
    "explain summary",
    ...countLines("misses by stopping stage", e.summary.missesByStage),
    ...countLines("false positives by link rule (traps included)", e.summary.falsePositivesByRule),
    ...countLines("traps by polarity stage", e.summary.trapsByPolarityStage),
    ...countLines("wrong dates by date stage", e.summary.wrongDatesByDateStage),
  ];
}

/** Every explained item grouped by document, then the summary. */
export function formatExplanation(e: Explanation): string[] {
  const byDoc = new Map<string, string[]>();
  const add = (doc: string, ...lines: string[]) => byDoc.set(doc, [...(byDoc.get(doc) ?? []), ...lines]);
  for (const m of e.misses) {
    const where = sentenceClip(m.diagnosis);
    add(
      m.doc,
      `  MISS  ${describeGold(m.gold)}`,
      `${INDENT}stopped at ${m.diagnosis.stage === "unknown" ? "an unknown stage" : m.diagnosis.stage}: ${m.diagnosis.reason}`,
      ...(where ? [`${INDENT}in ${where}`] : []),
    );
  }
  for (const f of e.falsePositives) {
    const near = f.nearest === null ? [] : [`${INDENT}nearest gold ${describeGold(f.nearest.gold)}; differs in ${f.nearest.failed.join(", ")}`];
    add(f.doc, `  FP    ${describeRecord(f.record)}`, stagesLine(f), ...near);
  }
  for (const t of e.traps) {
    const what = t.kind === "affirmed-not-done" ? "affirmed an act the text says is not done" : "denied an act the text says is done";
    add(t.doc, `  TRAP  ${describeRecord(t.record)}`, `${INDENT}${what} (${t.polarityStage}); gold ${describeGold(t.gold)}`, stagesLine(t));
  }
  for (const w of e.wrongDates) {
    add(w.doc, `  DATE  expected ${w.expected}, got ${w.record.date ?? "null"} (${w.dateStage}): ${describeRecord(w.record)}`, stagesLine(w));
  }
  const lines: string[] = [];
  for (const doc of [...byDoc.keys()].sort()) lines.push(`== ${doc}`, ...(byDoc.get(doc) as string[]));
  if (lines.length > 0) lines.push("");
  return [...lines, ...formatExplainSummary(e)];
}
