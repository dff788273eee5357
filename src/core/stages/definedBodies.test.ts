import { abbreviates } from "./definedBodies";

describe("abbreviates", () => {
  it.each([
    ["ISA", "International Solar Alliance", true],
    ["MCO", "Ministerial Committee of the Organ on Politics, Defence and Security Cooperation", true],
    ["AFCAC", "African Civil Aviation Commission", true],
    ["ISA", "Solar Alliance", false],
    ["MCO", "Committee of the Organ", false],
    ["WHO", "World Meteorological Organization", false],
  ])("%s for %s: %s", (short, long, expected) => {
    expect(abbreviates(short, long)).toBe(expected);
  });
});
