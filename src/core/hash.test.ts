import { createHash } from "crypto";
import { sha256Hex, stableId } from "./hash";

describe("hashes", () => {
  test.each(["", "abc", "Kazakhstan acceded to the Convention.", "ünïcödé — “quotes” 🇰🇿"])("pure-JS SHA-256 equals Node's for %j", (s) => {
    expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
  });

  test("stable ids are 16 hex digits, deterministic and input-sensitive", () => {
    expect(stableId("doc|1|2|ratified")).toMatch(/^[0-9a-f]{16}$/u);
    expect(stableId("doc|1|2|ratified")).toBe(stableId("doc|1|2|ratified"));
    expect(stableId("doc|1|2|ratified")).not.toBe(stableId("doc|1|3|ratified"));
    expect(stableId("a")).not.toBe(stableId("b"));
  });

  test.each([
    ["", "811c9dc5cbf29ce4"],
    ["a", "e40c292c311f1e75"],
    ["doc|1|2|ratified", "5f2cb6525a0c0c2a"],
    ["x3130", "000fae14872e6159"], // leading zeros in the first half
    ["y1208", "a6d51e27000581eb"], // and in the second
  ])("stable id of %j is %s (the ids of earlier runs)", (input, id) => {
    expect(stableId(input)).toBe(id);
  });
});
