/** @jest-environment ./test/support/jsdomEnvironment.js */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import * as React from "react";
import { followOfficeTheme, type OfficeThemeHost } from "../state/theme";
import { ThemedProvider } from "./ThemedProvider";

/** The CSS custom properties Fluent's provider has put on the page (its style tag's rules). */
function themeCss(): string {
  return [...document.querySelectorAll("style")].map((s) => [...(s.sheet?.cssRules ?? [])].map((r) => r.cssText).join("\n") + (s.textContent ?? "")).join("\n");
}

describe("ThemedProvider", () => {
  test("themes the pane from the followed theme and re-themes it in place when that changes; unmounting stops following", () => {
    let change: (theme: Theme) => void = () => undefined;
    const stop = jest.fn();
    const follow = jest.fn((onChange: (theme: Theme) => void) => {
      change = onChange;
      return { theme: webDarkTheme, stop };
    });
    const view = render(
      <ThemedProvider follow={follow}>
        <span>pane</span>
      </ThemedProvider>,
    );
    expect(screen.getByText("pane")).toBeDefined();
    expect(themeCss()).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    act(() => change(webLightTheme));
    expect(themeCss()).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
    expect(themeCss()).not.toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    view.unmount();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(follow).toHaveBeenCalledTimes(1);
  });

  test("inside Office: an OfficeThemeChanged to a dark theme turns the open pane dark", () => {
    let handler: (args: { officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string } }) => void = () => undefined;
    const office: OfficeThemeHost = {
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        officeTheme: { bodyBackgroundColor: "#fafafa", bodyForegroundColor: "#201f1e" },
        document: { addHandlerAsync: (_, h, callback) => ((handler = h), callback?.({ status: "succeeded" })), removeHandlerAsync: () => undefined },
      },
    };
    const follow = (onChange: (theme: Theme) => void) => followOfficeTheme(office, onChange);
    render(
      <ThemedProvider follow={follow}>
        <span>pane</span>
      </ThemedProvider>,
    );
    expect(themeCss()).toContain("--colorNeutralBackground1: #fafafa");
    act(() => handler({ officeTheme: { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff" } }));
    expect(themeCss()).toContain("--colorNeutralBackground1: #1f1f1f");
    expect(themeCss()).toContain(`--colorBrandBackground: ${webDarkTheme.colorBrandBackground}`);
  });
});
