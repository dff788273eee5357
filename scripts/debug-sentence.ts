/**
 * Development aid: prints how the pipeline sees a text (sentences, tokens, actor groups,
 * instruments, cues, drafts and records). `npx tsx scripts/debug-sentence.ts "Chile ratified the ATT."`
 */
import { extractDocument } from "../src/core";
import { findActors } from "../src/core/stages/actors";
import { findCues } from "../src/core/stages/cues";
import { groupActors } from "../src/core/stages/groups";
import { findInstruments } from "../src/core/stages/instruments";
import { linkSentence } from "../src/core/stages/link";
import { normalizeView } from "../src/core/text/normalize";
import { splitSentences } from "../src/core/text/sentences";
import { tokenize } from "../src/core/text/tokens";

const text = `Press release\n\n${process.argv.slice(2).join(" ").replace(/\\n/gu, "\n")}`;
const view = normalizeView(text);
for (const seg of splitSentences(view, 0)) {
  const tokens = tokenize(view, seg.start, seg.end);
  const instruments = findInstruments(view, tokens, 0, tokens.length);
  const claimed = new Set<number>();
  for (const m of instruments) for (let i = m.from; i < m.to; i++) claimed.add(i);
  const actors = findActors(tokens, 0, tokens.length, (i) => claimed.has(i));
  const groups = groupActors(tokens, actors);
  const cues = findCues(tokens, 0, tokens.length, (i) => claimed.has(i));
  console.log(`SENTENCE ${JSON.stringify(view.slice(seg.start, seg.end))}`);
  console.log("  tokens", tokens.map((t, i) => `${i}:${t.text}`).join(" "));
  for (const g of groups) console.log(`  group ${g.from}-${g.to} eligible=${g.eligible}`, g.members.map((m) => `${m.kind}:${m.actor?.name ?? "?"}`).join(", "));
  for (const m of instruments) console.log(`  instrument ${m.from}-${m.to} ${m.kind} ${m.entry?.id ?? "-"} "${m.text}"`);
  for (const c of cues) console.log(`  cue ${c.from}-${c.to} ${c.def.form} ${c.def.action}`);
  const drafts = linkSentence({ start: seg.start, end: seg.end, tokens, from: 0, to: tokens.length, groups, instruments, cues });
  for (const d of drafts)
    console.log(
      `  draft ${d.rule} ${d.action} ${d.polarity} agents=${d.agents.map((a) => a.actor?.name ?? a.kind).join("/")} inst=${d.instruments.map((m) => m.entry?.id ?? m.text).join("/")}`,
    );
}
for (const c of extractDocument({ id: "x.txt", text }).commitments)
  console.log(`RECORD ${c.actor}|${c.action}|${c.instrumentId ?? c.instrument}|${c.polarity}|${c.date ?? "-"} ${c.stages.join(",")}`);
