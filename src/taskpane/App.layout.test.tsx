/** @jest-environment ./test/support/jsdomEnvironment.js */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookSummary } from "../workbook/store";
import { CHILE, extract, pane, paneServices } from "../../test/support/paneHarness";

// The pane's structure at any width (the widths themselves are checked in Chromium: test/pane.e2e.test.ts).
jest.setTimeout(20_000);

// The Matrix tab's chart is drawn in Chromium only (jsdom has no canvas): a stand-in here.
jest.mock("./components/TimelineChart", () => ({ __esModule: true, default: () => null }));

const SUMMARY: WorkbookSummary = {
  Commitments: { added: 0, updated: 0, unchanged: 0, kept: 0, cleared: 0 },
  Sources: { added: 0, updated: 0, unchanged: 0, kept: 0, cleared: 0 },
};

/** The levels of the headings on the page, in document order. */
const headingLevels = () => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName.slice(1)));

describe("App's structure", () => {
  it("every tab panel opens with an h2 naming it, so that the page's headings never skip a level", async () => {
    pane(paneServices(SUMMARY));
    await screen.findByText(CHILE, { selector: "div" });
    await extract();
    for (const tab of ["Sources", "Review", "Gaps", "Matrix", "Source"]) {
      await userEvent.click(screen.getByRole("tab", { name: new RegExp(`^${tab}(?: \\(\\d+\\))?$`, "u") }));
      const panel = screen.getByRole("tabpanel");
      expect(panel.querySelector("h2")?.textContent).toBe(tab);
      const levels = headingLevels();
      expect(levels[0]).toBe(1);
      const skips = levels.slice(1).filter((level, i) => level > (levels[i] as number) + 1);
      expect({ tab, levels, skips }).toEqual({ tab, levels, skips: [] });
    }
  });

  it("the tab list wraps rather than widen the pane", () => {
    pane(paneServices(SUMMARY));
    const list = screen.getByRole("tablist", { name: "Pane sections" });
    expect(getComputedStyle(list).flexWrap).toBe("wrap");
  });
});
