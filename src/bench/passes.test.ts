import { generateCorpus } from "./corpus";
import { countCueWords, DEFAULT_MB, mbPerSecond, parseArgs, PeakRss, peerSentenceSplit, runPass } from "./passes";
import { formatReport, summarise, type BenchReport } from "./report";

describe("parseArgs", () => {
  it("defaults to a 50 MB corpus, a 5 MB peer sample and no JSON", () => {
    expect(parseArgs([])).toMatchObject({ json: false, mb: DEFAULT_MB, peerMb: 5 });
  });

  it("reads --json, --mb N, --mb=N and --seed", () => {
    expect(parseArgs(["--json", "--mb", "8", "--seed=3"])).toMatchObject({ json: true, mb: 8, seed: 3 });
    expect(parseArgs(["--mb=0.5"]).mb).toBe(0.5);
  });

  it("never samples the peer on more text than the corpus has", () => {
    expect(parseArgs(["--mb", "2"]).peerMb).toBe(2);
    expect(parseArgs(["--mb", "20", "--peer-mb", "30"]).peerMb).toBe(20);
  });

  it("reads --docs DIR, repeated, in order (no folders by default: the generated corpus)", () => {
    expect(parseArgs([]).docs).toEqual([]);
    expect(parseArgs(["--docs", "a/docs", "--mb", "5", "--docs=b/docs"])).toMatchObject({ docs: ["a/docs", "b/docs"], mb: 5 });
    expect(() => parseArgs(["--docs"])).toThrow(/--docs needs a folder/);
    expect(() => parseArgs(["--docs="])).toThrow(RangeError);
  });

  it("throws a RangeError with the usage on misuse", () => {
    expect(() => parseArgs(["--mb"])).toThrow(RangeError);
    expect(() => parseArgs(["--mb", "-1"])).toThrow(/positive number/);
    expect(() => parseArgs(["--fast"])).toThrow(/usage: npm run bench/);
  });
});

describe("reference passes", () => {
  it("the regex ceiling counts every cue-word hit, substrings included", () => {
    const text = "Chile ratified the Treaty. The Committee called on States to accede. Peru welcomed it.";
    // ratif, commit (in Committee), called on, accede, welcome
    expect(countCueWords(text)).toBe(5);
    expect(countCueWords("Nothing to see here.")).toBe(0);
  });

  it("the peer does a real sentence split", () => {
    expect(peerSentenceSplit("Mr. Smith met Dr. Jones in Geneva. Did they agree? Yes.")).toBe(3);
  });
});

describe("runPass", () => {
  it("counts documents and bytes, sums the work's results and samples memory", () => {
    const rss = new PeakRss();
    const docs = [...generateCorpus({ mb: 0.1 })];
    const result = runPass("regex", docs, (doc) => countCueWords(doc.text), rss);
    expect(result.documents).toBe(docs.length);
    expect(result.bytes).toBe(docs.reduce((n, d) => n + d.bytes, 0));
    expect(result.count).toBe(docs.reduce((n, d) => n + countCueWords(d.text), 0));
    expect(result.seconds).toBeGreaterThanOrEqual(0);
    expect(rss.mb).toBeGreaterThan(0);
  });
});

describe("report", () => {
  const pass = (name: string, mb: number, seconds: number, count: number) => ({ name, documents: 10, bytes: mb * 1e6, seconds, count });
  const report: BenchReport = {
    seed: 1,
    baseline: pass("baseline", 50, 0.25, 9000),
    peer: pass("peer", 5, 5, 700),
    extract: pass("extract", 50, 2.5, 1234),
    plantedCommitmentSentences: 1300,
    peakRssMb: 123.456,
  };

  it("summarises with the four required keys, rounded to 2 decimals (the extract/baseline ratio to 3)", () => {
    const summary = summarise(report);
    expect(Object.keys(summary).slice(0, 4)).toEqual(["extract_mb_s", "baseline_mb_s", "peer_mb_s", "peak_rss_mb"]);
    expect(summary).toMatchObject({
      extract_mb_s: 20,
      baseline_mb_s: 200,
      peer_mb_s: 1,
      peak_rss_mb: 123.46,
      extract_vs_peer: 20,
      extract_vs_baseline: 0.1,
      commitments: 1234,
    });
    expect(mbPerSecond({ ...report.extract, seconds: 0 })).toBe(0);
    expect(summarise({ ...report, extract: pass("extract", 50, 50 / 2.46, 1) }).extract_vs_baseline).toBe(0.012);
  });

  it("names the real documents and leaves out the planted sentences with --docs", () => {
    const { plantedCommitmentSentences: _planted, ...rest } = report;
    const real: BenchReport = { ...rest, realDocuments: { files: 46, dirs: ["dev/docs", "dev2/docs"] } };
    const text = formatReport(real).join("\n");
    expect(text).toMatch(/46 real documents from dev\/docs, dev2\/docs, cycled: 10 documents, 50\.00 MB/);
    expect(text).not.toMatch(/commitment templates/);
    const summary = summarise(real);
    expect(summary.real_documents).toBe(46);
    expect(summary).not.toHaveProperty("planted_commitment_sentences");
    expect(summarise(report)).toMatchObject({ planted_commitment_sentences: 1300 });
    expect(summarise(report)).not.toHaveProperty("real_documents");
  });

  it("prints the passes, the ratios and the peer's sample size", () => {
    const text = formatReport(report).join("\n");
    expect(text).toMatch(/regex ceiling/);
    expect(text).toMatch(/extract \/ peer +20\.00x/);
    expect(text).toMatch(/extract \/ regex ceiling +0\.100x .*NOT met/);
    expect(text).toMatch(/first 5\.00 MB/);
    expect(text).toMatch(/peak RSS +123\.5 MB/);
  });
});
