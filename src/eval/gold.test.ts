import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GoldFormatError, parseGold, readGoldFile } from "./gold";

const seedRecord = {
  doc: "001.txt",
  actor: ["Kazakhstan", "Kyrgyzstan"],
  action: ["committed", "adopted"],
  instrument: "World Heritage List",
  aliases: ["Western Tien-Shan"],
  date: "2016",
  quote: "the joint inscription",
  alt_quotes: ["another place"],
  required: false,
  repeatable: true,
};

const flatRecord = {
  doc: "a01.txt",
  actor: "Slovakia",
  action: "signed",
  instrument: "third Optional Protocol to the Convention on the Rights of the Child",
  date: "2012-02-28",
  quote: "The other European signatories",
  negated: true,
};

describe("parseGold", () => {
  it("normalises the seed format (lists, aliases, alt_quotes, required, repeatable)", () => {
    expect(parseGold([seedRecord])).toEqual([
      {
        doc: "001.txt",
        actors: ["Kazakhstan", "Kyrgyzstan"],
        actions: ["committed", "adopted"],
        instrument: "World Heritage List",
        aliases: ["Western Tien-Shan"],
        date: "2016",
        quote: "the joint inscription",
        altQuotes: ["another place"],
        required: false,
        repeatable: true,
        negated: false,
      },
    ]);
  });

  it("normalises the flat format: one action, negated, required by default", () => {
    const [g] = parseGold([flatRecord]);
    expect(g).toMatchObject({ actors: ["Slovakia"], actions: ["signed"], aliases: [], altQuotes: [], required: true, repeatable: false, negated: true });
  });

  it("accepts a missing date as null and a seed record with negated", () => {
    const [g] = parseGold([{ ...seedRecord, date: undefined, negated: true }]);
    expect(g?.date).toBeNull();
    expect(g?.negated).toBe(true);
  });

  it("names the record index, doc and field of a malformed record", () => {
    expect(() => parseGold([flatRecord, { ...flatRecord, action: "ratify" }], "dev/gold.json")).toThrow(GoldFormatError);
    expect(() => parseGold([flatRecord, { ...flatRecord, action: "ratify" }], "dev/gold.json")).toThrow(
      /dev\/gold\.json: record #1 \(doc "a01\.txt"\): field "action\.0": Invalid option/u,
    );
    expect(() => parseGold([{ ...flatRecord, instrument: "" }])).toThrow(/record #0 .*field "instrument"/u);
    expect(() => parseGold([{ ...flatRecord, date: "28 Feb 2012" }])).toThrow(/field "date"/u);
    expect(() => parseGold([{ ...flatRecord, negated: "no" }])).toThrow(/field "negated"/u);
    expect(() => parseGold([{ ...seedRecord, actor: [] }])).toThrow(/field "actor"/u);
    expect(() => parseGold([42])).toThrow(/record #0/u);
  });

  it("rejects a file that is not an array", () => {
    expect(() => parseGold({ records: [] }, "x.json")).toThrow(/x\.json: expected an array/u);
  });
});

describe("readGoldFile", () => {
  it("reports unreadable JSON with the path", () => {
    const dir = mkdtempSync(join(tmpdir(), "gold-"));
    const path = join(dir, "bad.json");
    writeFileSync(path, "[{", "utf8");
    expect(() => readGoldFile(path)).toThrow(/bad\.json: cannot read gold JSON/u);
  });

  const shared = "/work/shared/gold";
  const ifShared = existsSync(join(shared, "seeds.gold.json")) ? it : it.skip;
  ifShared("reads both shipped gold files", () => {
    const seeds = readGoldFile(join(shared, "seeds.gold.json"));
    const dev = readGoldFile(join(shared, "dev", "gold.json"));
    expect(seeds.length).toBe(27);
    expect(dev.length).toBe(172);
    expect(dev.every((g) => g.required && g.actions.length === 1)).toBe(true);
    expect(seeds.some((g) => !g.required && g.repeatable)).toBe(true);
  });
});
