import * as path from "path";
import { extractAll, prepareText } from "../core";
import { readInputs, seedsDir } from "../cli/files";
import { explain } from "./explain";
import { formatExplanation } from "./explain-format";
import { readGoldFile } from "./gold";
import { formatReport } from "./report";
import { score } from "./score";

/**
 * `npm run eval [-- --gold FILE --docs DIR] [--verbose] [--explain] [--json]`: scores the
 * extractor against a gold file (default: the seeds' gold in test/fixtures) and prints
 * per-document and overall precision, recall, F1, date accuracy, provenance and binding
 * precision. `--explain` adds every miss with the stage that stopped it, every false positive,
 * trap and wrong date with the stages that produced it, and counts per stage (with `--json`:
 * those lists beside the overall figures).
 */
const USAGE = "usage: npm run eval -- [--gold FILE] [--docs DIR] [--verbose] [--explain] [--json]";

export async function main(argv: string[]): Promise<number> {
  let gold = path.resolve(__dirname, "..", "..", "test", "fixtures", "seeds.gold.json");
  let docs = seedsDir();
  let verbose = false;
  let json = false;
  let explaining = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--gold" && argv[i + 1]) gold = argv[++i] as string;
    else if (a === "--docs" && argv[i + 1]) docs = argv[++i] as string;
    else if (a === "--verbose" || a === "-v") verbose = true;
    else if (a === "--json") json = true;
    else if (a === "--explain") explaining = true;
    else {
      process.stderr.write(`eval: unknown argument ${a}\n${USAGE}\n`);
      return 2;
    }
  }
  let goldRecords;
  try {
    goldRecords = readGoldFile(gold);
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n`);
    return 2;
  }
  const read = await readInputs([docs]);
  for (const n of read.notes) process.stderr.write(`eval: ${n}\n`);
  if (read.docs.length === 0) {
    process.stderr.write(`eval: no documents in ${docs}\n`);
    return 2;
  }
  const extraction = extractAll(read.docs);
  // Records' offsets refer to the text extraction read: a web page's visible text, not its markup.
  const texts = new Map<string, string>();
  for (const d of read.docs) texts.set(d.id, prepareText(d));
  const report = score(goldRecords, extraction, texts);
  const explanation = explaining ? explain(report, goldRecords, extraction, read.docs) : null;
  if (json) process.stdout.write(`${JSON.stringify(explanation ? { overall: report.overall, ...explanation } : report.overall)}\n`);
  else process.stdout.write(`${formatReport(report, { verbose, appendix: explanation ? formatExplanation(explanation) : [] })}\n`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
