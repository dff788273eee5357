import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { errorOf, installCustomFunctions } from "../../test/support/customFunctions";
import { extract } from "./functions";
import { EXTRACT_HEADERS, MAX_EXTRACT_TEXT } from "./extract";

let uninstall: () => void;
beforeAll(() => {
  uninstall = installCustomFunctions();
});
afterAll(() => uninstall());

describe("functions.json from the JSDoc", () => {
  test("custom-functions-metadata generates it without errors, with CT.EXTRACT and its parameter", async () => {
    const result = await generateCustomFunctionsMetadata(path.join(__dirname, "functions.ts"));
    expect(result.errors).toEqual([]);
    const metadata = JSON.parse(result.metadataJson) as {
      functions: { id: string; name: string; helpUrl?: string; parameters: { name: string }[]; result: { dimensionality?: string } }[];
    };
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    const fn = byId.get("EXTRACT");
    expect(fn?.name).toBe("EXTRACT");
    expect(fn?.parameters.map((p) => p.name)).toEqual(["text"]);
    expect(fn?.result.dimensionality).toBe("matrix");
    expect(fn?.helpUrl).toMatch(/^https:\/\//u);
  }, 60_000);
});

describe("CT.EXTRACT", () => {
  test("spills a header and one row per commitment, quoting the text verbatim", () => {
    const text = "Chile ratified the Arms Trade Treaty on 4 June 2018. Peru signed it.";
    const rows = extract(text);
    expect(rows[0]).toEqual([...EXTRACT_HEADERS]);
    const chile = rows.find((r) => r[0] === "Chile");
    expect(chile?.[1]).toBe("ratified");
    expect(chile?.[4]).toBe("2018-06-04");
    expect(text).toContain(String(chile?.[7]));
  });

  test("text with no commitment gives just the header row", () => {
    expect(extract("The weather in Geneva was mild.")).toEqual([[...EXTRACT_HEADERS]]);
  });

  test("a range, an error value or text over the limit is #VALUE! with a message saying what to do", () => {
    const range = errorOf(() => extract([["a"], ["b"]] as unknown as string));
    expect(range.code).toBe("#VALUE!");
    expect(range.message).toMatch(/one cell/u);
    const long = errorOf(() => extract("x".repeat(MAX_EXTRACT_TEXT + 1)));
    expect(long.code).toBe("#VALUE!");
    expect(long.message).toMatch(/split the text/u);
    expect(errorOf(() => extract(undefined as unknown as string)).code).toBe("#VALUE!");
  });

  test("a number is read as its text, not rejected", () => {
    expect(extract(42 as unknown as string)).toEqual([[...EXTRACT_HEADERS]]);
  });
});
