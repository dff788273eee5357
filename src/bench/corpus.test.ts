import {
  BYTES_PER_MB,
  COMMITMENT_SHARE,
  compileTemplate,
  DEFAULT_SEED,
  generateCorpus,
  generateDocument,
  sampleSentences,
  wrap,
  WRAP_COLUMNS,
  type CorpusDocument,
} from "./corpus";
import { COMMITMENT_TEMPLATES, FILLER_TEMPLATES } from "./templates";

function take(n: number, docs: Iterable<CorpusDocument>): CorpusDocument[] {
  const out: CorpusDocument[] = [];
  for (const doc of docs) {
    if (out.length >= n) break;
    out.push(doc);
  }
  return out;
}

/** Action cues as words (the regex ceiling's list, without its substring hits such as "Committee"). */
const CUE =
  /\b(?:ratif\w*|acced\w*|accession|signed|signing|sign|co-sponsor\w*|voted|endorse\w*|adhere\w*|part(?:y|ies)|pledged|committed|call(?:ed|s)? (?:on|upon)|called for|welcomed?|intends)\b/i;

const FIRST_200 = take(200, generateCorpus());
const hasHeader = (d: CorpusDocument) => /^Title: .+\nSource: https?:\/\/\S+\nDate: \d{4}-\d{2}-\d{2}\n/.test(d.text);
const isHardWrapped = (d: CorpusDocument) => {
  const lines = d.text.split("\n");
  // A long body line whose sentence continues on the next line: a hand-wrapped paragraph.
  return lines.some((line, i) => line.length > 50 && line.length <= WRAP_COLUMNS && /[a-z,]$/.test(line) && (lines[i + 1] ?? "") !== "");
};

describe("generateCorpus", () => {
  it("is deterministic: two runs with the same seed give identical documents", () => {
    const again = take(200, generateCorpus({ seed: DEFAULT_SEED }));
    expect(again).toEqual(FIRST_200);
    expect(generateDocument(DEFAULT_SEED, 137)).toEqual(FIRST_200[137]);
  });

  it("gives different text for a different seed", () => {
    const other = take(5, generateCorpus({ seed: 7 }));
    expect(other.map((d) => d.text)).not.toEqual(FIRST_200.slice(0, 5).map((d) => d.text));
  });

  it("stops once the requested size is reached, without overshooting by more than one document", () => {
    let bytes = 0;
    let docs = 0;
    for (const doc of generateCorpus({ mb: 0.5 })) {
      bytes += doc.bytes;
      docs++;
    }
    expect(bytes).toBeGreaterThanOrEqual(0.5 * BYTES_PER_MB);
    expect(bytes).toBeLessThan(0.5 * BYTES_PER_MB + 40 * 1024);
    expect(docs).toBeGreaterThan(10);
  });

  it("reports each document's UTF-8 byte length and gives unique ids", () => {
    for (const doc of FIRST_200.slice(0, 50)) expect(doc.bytes).toBe(Buffer.byteLength(doc.text, "utf8"));
    expect(new Set(FIRST_200.map((d) => d.id)).size).toBe(FIRST_200.length);
    expect(FIRST_200.some((d) => d.bytes > d.text.length)).toBe(true); // some non-ASCII text
  });

  it("makes documents of varied size between 2 and 40 KB", () => {
    const sizes = FIRST_200.map((d) => d.bytes);
    for (const size of sizes) {
      expect(size).toBeGreaterThanOrEqual(2 * 1024);
      expect(size).toBeLessThanOrEqual(40 * 1024);
    }
    expect(Math.min(...sizes)).toBeLessThan(4 * 1024);
    expect(Math.max(...sizes)).toBeGreaterThan(25 * 1024);
    expect(new Set(sizes).size).toBeGreaterThan(190);
  });

  it("puts a commitment in about one body sentence in six", () => {
    const sentences = FIRST_200.reduce((n, d) => n + d.sentences, 0);
    const commitments = FIRST_200.reduce((n, d) => n + d.commitmentSentences, 0);
    expect(sentences).toBeGreaterThan(5000);
    expect(commitments / sentences).toBeGreaterThan(COMMITMENT_SHARE - 0.02);
    expect(commitments / sentences).toBeLessThan(COMMITMENT_SHARE + 0.02);
  });

  it("has hand-wrapped documents and documents with Title/Source/Date headers, but not all", () => {
    const wrapped = FIRST_200.filter(isHardWrapped).length / FIRST_200.length;
    const headed = FIRST_200.filter(hasHeader).length / FIRST_200.length;
    expect(wrapped).toBeGreaterThan(0.12);
    expect(wrapped).toBeLessThan(0.4);
    expect(headed).toBeGreaterThan(0.15);
    expect(headed).toBeLessThan(0.45);
    const wrappedDoc = FIRST_200.find(isHardWrapped);
    const bodyLines = wrappedDoc?.text.split("\n").filter((l) => !l.startsWith("Source:")) ?? [];
    for (const line of bodyLines) expect(line.length).toBeLessThanOrEqual(WRAP_COLUMNS);
  });

  it("has datelines, titles and the genre's furniture", () => {
    const all = FIRST_200.map((d) => d.text).join("\n");
    expect(all).toMatch(/^[A-Z][A-Z .]+(?:, | \()\d{1,2} [A-Z][a-z]+ \d{4}\)? – /m);
    expect(all).toMatch(/^\d{1,2}(?:st|nd|rd|th) Meeting \((?:AM|PM)\)$/m);
    expect(all).toMatch(/^Home \/ .+ \/ Foreign Policy \/ /m);
    expect(all).toMatch(/^Statement by /m);
    expect(all).toMatch(/^(?:- |• |\(a\) )\S/m);
    expect(all).not.toMatch(/[{}[\]]/); // every slot and choice was filled
  });
});

describe("sentences", () => {
  const sample = sampleSentences(DEFAULT_SEED, 6000);
  const withCue = (list: typeof sample) => list.filter((s) => CUE.test(s.text)).length / list.length;

  it("every commitment sentence carries an action cue word", () => {
    const commitments = sample.filter((s) => s.commitment);
    expect(commitments.length / sample.length).toBeCloseTo(COMMITMENT_SHARE, 1);
    for (const s of commitments) expect(s.text).toMatch(CUE);
  });

  it("most filler carries no cue word; a few near misses do", () => {
    const filler = sample.filter((s) => !s.commitment);
    expect(withCue(filler)).toBeGreaterThan(0.03);
    expect(withCue(filler)).toBeLessThan(0.15);
    expect(withCue(sample)).toBeLessThan(0.3);
  });

  it("is not trivially repetitive", () => {
    expect(COMMITMENT_TEMPLATES.length + FILLER_TEMPLATES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(sample.map((s) => s.text)).size).toBeGreaterThan(0.8 * sample.length);
    expect(sample.every((s) => /^[A-Z“]/.test(s.text))).toBe(true);
  });
});

describe("compileTemplate", () => {
  it("rejects an unknown slot with a message that says what to do", () => {
    expect(() => compileTemplate("{nope} ratified it.")).toThrow(/unknown slot \{nope\}; add it to SLOTS/);
  });
});

describe("wrap", () => {
  it("breaks at spaces within the column limit and loses no word", () => {
    const text = sampleSentences(1, 20)
      .map((s) => s.text)
      .join(" ");
    const wrapped = wrap(text);
    for (const line of wrapped.split("\n")) expect(line.length).toBeLessThanOrEqual(WRAP_COLUMNS);
    expect(wrapped.replace(/\n/g, " ")).toBe(text);
  });
});
