import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { luminance, themeFor } from "./theme";

describe("luminance", () => {
  it("is 0 for black and 1 for white, with or without the #", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("FFFFFF")).toBeCloseTo(1, 10);
    expect(luminance(" #ffffff ")).toBeCloseTo(1, 10);
  });

  it("weighs green above red above blue", () => {
    const [r, g, b] = ["#ff0000", "#00ff00", "#0000ff"].map((c) => luminance(c) as number);
    expect(g).toBeGreaterThan(r as number);
    expect(r).toBeGreaterThan(b as number);
    expect(r).toBeCloseTo(0.2126, 4);
  });

  it("is null for anything that is not #rrggbb", () => {
    for (const c of [undefined, "", "#fff", "red", "#12345g", "#1234567", "rgb(0,0,0)"]) expect(luminance(c)).toBeNull();
  });
});

describe("themeFor", () => {
  it("is Fluent's web light theme outside Office", () => {
    expect(themeFor(null)).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
    expect(themeFor({})).toBe(webLightTheme);
  });

  it("uses the dark theme under a dark Office background, keeping Office's colours", () => {
    const theme = themeFor({ bodyBackgroundColor: "#262626", bodyForegroundColor: "ffffff" });
    expect(theme.colorNeutralBackground1).toBe("#262626");
    expect(theme.colorNeutralForeground1).toBe("#ffffff");
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground2).toBe(webDarkTheme.colorNeutralBackground2);
  });

  it("uses the light theme under a light Office background", () => {
    const theme = themeFor({ bodyBackgroundColor: "#f3f3f3" });
    expect(theme.colorNeutralBackground1).toBe("#f3f3f3");
    expect(theme.colorNeutralForeground1).toBe(webLightTheme.colorNeutralForeground1);
    expect(theme.colorNeutralBackground2).toBe(webLightTheme.colorNeutralBackground2);
  });

  it("keeps the base theme's text colour when Office's is invalid", () => {
    expect(themeFor({ bodyBackgroundColor: "#000000", bodyForegroundColor: "white" }).colorNeutralForeground1).toBe(webDarkTheme.colorNeutralForeground1);
  });

  it("falls back to the web light theme when the background is not a colour", () => {
    expect(themeFor({ bodyBackgroundColor: "black", bodyForegroundColor: "#ffffff" })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "#12" })).toBe(webLightTheme);
  });
});
