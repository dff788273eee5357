import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractAll } from "../core";
import type { RawDocument } from "../core/types";
import { DocumentProbe } from "./document-probe";
import { explain, type Explanation } from "./explain";
import { formatExplanation } from "./explain-format";
import type { GoldRecord } from "./gold";
import { main } from "./main";
import { diagnoseMiss } from "./miss-diagnosis";
import { score } from "./score";

const SENTENCES = [
  "France ratified the Arms Trade Treaty on 2 May 2014.",
  "Chile signed the Arms Trade Treaty.",
  "Germany signed the Arms Trade Treaty.",
  "Ratification of the Convention on Cluster Munitions followed in 2009.",
  "Spain is a champion of the Ottawa Convention.",
  "Norway ratified the Chemical Weapons Convention in 2015.",
  "Peru ratified the Arms Trade Treaty in 2016.",
  "Peru has not ratified the Arms Trade Treaty.",
];
const DOC: RawDocument = { id: "t.txt", text: SENTENCES.join(" ") };

function g(actor: string, action: GoldRecord["actions"][number], instrument: string, quote: string, over: Partial<GoldRecord> = {}): GoldRecord {
  return {
    doc: "t.txt",
    actors: [actor],
    actions: [action],
    instrument,
    aliases: [],
    date: null,
    quote,
    altQuotes: [],
    required: true,
    repeatable: false,
    negated: false,
    ...over,
  };
}

const GOLD: GoldRecord[] = [
  g("France", "ratified", "Arms Trade Treaty", "France ratified the Arms Trade Treaty", { date: "2014-05-03" }), // 0: matched, wrong date
  g("Germany", "signed", "Arms Trade Treaty", "Germany signed the Arms Trade Treaty", { negated: true }), // 1: trap
  g("Spain", "ratified", "Convention on Cluster Munitions", "Ratification of the Convention on Cluster Munitions followed"), // 2: no actor
  g("Spain", "ratified", "Ottawa Convention", "Spain is a champion of the Ottawa Convention."), // 3: no cue
  g("Norway", "ratified", "Arms Trade Treaty", "Norway ratified the Chemical Weapons Convention"), // 4: instrument
  g("Norway", "signed", "Chemical Weapons Convention", "Norway ratified the Chemical Weapons Convention"), // 5: no cue for the action
  g("Peru", "ratified", "Arms Trade Treaty", "Peru ratified the Arms Trade Treaty in 2016."), // 6: dropped by a refiner
  g("Italy", "ratified", "Arms Trade Treaty", "Italy ratified the Arms Trade Treaty."), // 7: quote not in the text
  g("Peru", "ratified", "Arms Trade Treaty", "Peru has not ratified", { negated: true }), // 8: matched
  g("Chile", "ratified", "Arms Trade Treaty", "nowhere", { doc: "gone.txt" }), // 9: no text
];

function run(gold: GoldRecord[] = GOLD): Explanation {
  const extraction = extractAll([DOC]);
  const report = score(gold, extraction, new Map([[DOC.id, DOC.text]]));
  return explain(report, gold, extraction, [DOC]);
}

const missOf = (e: Explanation, index: number) => e.misses.find((m) => m.gold.index === index)?.diagnosis;

describe("explain: misses", () => {
  const e = run();

  it("names the first stage that stopped each missed gold record", () => {
    expect(e.misses.map((m) => [m.gold.index, m.diagnosis.key])).toEqual([
      [9, "no-text"],
      [1, "link:polarity"],
      [2, "actor"],
      [3, "cue"],
      [4, "instrument"],
      [5, "cue:action"],
      [6, "refiner:hedged-claim-wins"],
      [7, "quote"],
    ]);
  });

  it("says which actors, instruments and cues it saw", () => {
    expect(missOf(e, 2)?.reason).toBe("no actor found (actors seen: none)");
    expect(missOf(e, 2)?.sentence).toBe(SENTENCES[3]);
    expect(missOf(e, 3)?.reason).toBe("no cue word in sentence");
    expect(missOf(e, 4)?.reason).toMatch(/^instrument not found \(instruments seen: Chemical Weapons Convention/u);
    expect(missOf(e, 5)?.reason).toBe('no cue for signed (cues seen: "ratified" (ratified))');
    expect(missOf(e, 7)?.reason).toBe("no sentence contains the quote");
  });

  it("names the rule and the differing field when a record exists but differs", () => {
    const d = missOf(e, 1);
    expect(d?.stage).toBe("link");
    expect(d?.rule).toBe("verb");
    expect(d?.reason).toMatch(/^produced polarity affirmed \(gold negated\) via rule verb: nearest record Germany \| signed \| Arms Trade Treaty/u);
  });

  it("names the refiner that dropped a record the stages produce", () => {
    expect(missOf(e, 6)?.reason).toMatch(/^dropped by hedged-claim-wins \(rule verb gave it; kept: Peru \| ratified \| Arms Trade Treaty \| negated/u);
  });

  it("counts misses per stopping stage", () => {
    expect(e.summary.missesByStage).toEqual({
      actor: 1,
      cue: 1,
      "cue:action": 1,
      instrument: 1,
      "link:polarity": 1,
      "no-text": 1,
      quote: 1,
      "refiner:hedged-claim-wins": 1,
    });
  });

  it("reports a matching record counted against another gold record as a scoring matter", () => {
    const twice = [g("Chile", "signed", "Arms Trade Treaty", "Chile signed"), g("Chile", "signed", "ATT", "Chile signed")];
    const only = run(twice);
    expect(only.misses.map((m) => [m.gold.index, m.diagnosis.stage])).toEqual([[1, "scoring"]]);
  });
});

describe("explain: false positives, traps and dates", () => {
  const e = run();

  it("lists a false positive with the link rule and stages that produced it", () => {
    const chile = e.falsePositives.find((f) => f.record.actor === "Chile");
    expect(chile?.rule).toBe("verb");
    expect(chile?.stages).toEqual(expect.arrayContaining(["actor:named", "instrument:catalog", "link:verb", "polarity:affirmed"]));
    // Chile; Norway (the gold has it for another instrument or action); the Germany trap.
    expect(e.summary.falsePositivesByRule).toEqual({ "link:verb": 3 });
  });

  it("lists a trap apart, with its polarity stage and the gold record it contradicts", () => {
    expect(e.traps).toHaveLength(1);
    const [trap] = e.traps;
    expect(trap?.record.actor).toBe("Germany");
    expect(trap?.gold.index).toBe(1);
    expect(trap?.kind).toBe("affirmed-not-done");
    expect(trap?.polarityStage).toBe("polarity:affirmed");
    expect(e.falsePositives.some((f) => f.record.actor === "Germany")).toBe(false);
  });

  it("lists a wrong date with the date stage that set it", () => {
    expect(e.wrongDates).toHaveLength(1);
    expect(e.wrongDates[0]).toMatchObject({ expected: "2014-05-03", dateStage: "date:stated", rule: "verb" });
    expect(e.wrongDates[0]?.record.date).toBe("2014-05-02");
    expect(e.summary.wrongDatesByDateStage).toEqual({ "date:stated": 1 });
  });

  it("renders one line group per item and a summary per stage", () => {
    const text = formatExplanation(e).join("\n");
    expect(text).toMatch(
      /^ {2}MISS {2}#2 Spain \| ratified \| Convention on Cluster Munitions .*\n {8}stopped at actor: no actor found \(actors seen: none\)\n {8}in "Ratification/mu,
    );
    expect(text).toMatch(/^ {2}FP {4}Chile \| signed \| Arms Trade Treaty \| affirmed .*\n {8}rule link:verb; stages sentence, actor:named/mu);
    expect(text).toMatch(/^ {2}TRAP {2}Germany \| signed .*\n {8}affirmed an act the text says is not done \(polarity:affirmed\); gold #1 /mu);
    expect(text).toMatch(/^ {2}DATE {2}expected 2014-05-03, got 2014-05-02 \(date:stated\): France/mu);
    expect(text).toContain("  misses by stopping stage (8):\n     1  actor\n");
    expect(text).toContain("  wrong dates by date stage (1):\n     1  date:stated");
  });
});

describe("DocumentProbe", () => {
  const probe = new DocumentProbe({ id: "p.txt", text: "Title: A note\n\nChile  signed\nthe “Arms Trade Treaty”. Peru did not." });

  it("finds a quote across folded white space and typographic quotes, in the sentence holding it", () => {
    const at = probe.locate('Chile signed the "Arms Trade Treaty"');
    expect(at.sentences).toHaveLength(1);
    expect(probe.textOf(at.sentences[0] as number)).toContain("Chile  signed\nthe");
    expect(probe.locate("peru did not").sentences).toHaveLength(1);
    expect(probe.locate("Brazil").sentences).toEqual([]);
  });

  it("tells a quote in the metadata from one that is nowhere", () => {
    const gold = g("Chile", "signed", "Arms Trade Treaty", "A note", { doc: "p.txt" });
    expect(diagnoseMiss(gold, probe, []).stage).toBe("sentence");
    expect(diagnoseMiss({ ...gold, quote: "Brazil" }, probe, []).stage).toBe("quote");
  });
});

describe("main --explain", () => {
  it("checks a web page's quotes against its visible text, the text its records' offsets refer to", async () => {
    const dir = mkdtempSync(join(tmpdir(), "explain-"));
    mkdirSync(join(dir, "docs"));
    const page = `<!DOCTYPE html><html><head><title>FAQ</title></head><body><nav>Home / FAQ</nav><h1>FAQ</h1><p>${SENTENCES.slice(0, 3).join(" ")}</p></body></html>`;
    writeFileSync(join(dir, "docs", "t.html"), page);
    writeFileSync(
      join(dir, "gold.json"),
      JSON.stringify([{ doc: "t.html", actor: "France", action: "ratified", instrument: "Arms Trade Treaty", quote: "France ratified" }]),
    );
    const out: string[] = [];
    const spy = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => out.push(String(s)) > 0);
    try {
      expect(await main(["--gold", join(dir, "gold.json"), "--docs", join(dir, "docs"), "--json"])).toBe(0);
      const overall = JSON.parse(out.join("")) as { provenanceChecked: number; provenanceOk: number };
      expect(overall.provenanceChecked).toBe(3);
      expect(overall.provenanceOk).toBe(3);
    } finally {
      spy.mockRestore();
    }
  });

  it("prints the lists as JSON with --json, and the text listing before the overall lines without", async () => {
    const dir = mkdtempSync(join(tmpdir(), "explain-"));
    mkdirSync(join(dir, "docs"));
    writeFileSync(join(dir, "docs", "t.txt"), DOC.text);
    writeFileSync(
      join(dir, "gold.json"),
      JSON.stringify([
        { doc: "t.txt", actor: "Spain", action: "ratified", instrument: "Convention on Cluster Munitions", quote: "Ratification of the Convention" },
      ]),
    );
    const out: string[] = [];
    const spy = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => out.push(String(s)) > 0);
    try {
      expect(await main(["--gold", join(dir, "gold.json"), "--docs", join(dir, "docs"), "--explain", "--json"])).toBe(0);
      const json = JSON.parse(out.join("")) as Explanation & { overall: { fn: number } };
      expect(json.overall.fn).toBe(1);
      expect(json.misses[0]?.diagnosis.stage).toBe("actor");
      expect(json.summary.falsePositivesByRule["link:verb"]).toBeGreaterThan(0);
      out.length = 0;
      expect(await main(["--gold", join(dir, "gold.json"), "--docs", join(dir, "docs"), "--explain"])).toBe(0);
      const lines = out.join("").trimEnd().split("\n");
      expect(lines).toContain("explain summary");
      expect(lines.slice(-3)[0]).toMatch(/^precision /u);
    } finally {
      spy.mockRestore();
    }
  });
});
