/** @jest-environment ./test/support/jsdomEnvironment.js */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookSummary } from "../workbook/store";
import { CHILE, extract, NORWAY, NORWAY_LABEL, pane, paneServices } from "../../test/support/paneHarness";

// A whole pane in jsdom, driven by userEvent: the Matrix tab over the two bundled fixtures.
jest.setTimeout(20_000);

// The chart is drawn in Chromium (test/pane.e2e.test.ts); jsdom has no canvas. A stand-in names the years it is handed.
jest.mock("./components/TimelineChart", () => ({
  __esModule: true,
  default: ({ years }: { years: { year: number }[] }) => <p data-testid="chart-stand-in">{years.map((y) => y.year).join(" ")}</p>,
}));

const SUMMARY: WorkbookSummary = {
  Commitments: { added: 0, updated: 0, unchanged: 0, kept: 0, cleared: 0 },
  Sources: { added: 0, updated: 0, unchanged: 0, kept: 0, cleared: 0 },
};

async function openMatrix(): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole("tab", { name: "Matrix" }));
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return screen.getByRole("grid", { name: "Status matrix: actors by instruments" });
}

describe("App's Matrix tab", () => {
  it("before an extraction says there is nothing yet, and Go to Sources goes back", async () => {
    pane(paneServices(SUMMARY));
    await screen.findByText(CHILE, { selector: "div" });
    await userEvent.click(screen.getByRole("tab", { name: "Matrix" }));
    expect(screen.getByText(/^No documents extracted yet/u)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Go to Sources" }));
    expect(screen.getByRole("tab", { name: "Sources (2)" }).getAttribute("aria-selected")).toBe("true");
  });

  it("shows the extraction's grid; Enter on a cell opens its record on the Source tab, the quote marked", async () => {
    pane(paneServices(SUMMARY));
    await extract();
    const grid = await openMatrix();
    expect(
      within(grid)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["Chile", "Norway"]);
    expect(
      within(grid)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Actor", "att", "crc"]);
    expect(
      within(grid)
        .getAllByRole("gridcell")
        .map((c) => c.getAttribute("aria-label")),
    ).toEqual(["Chile, att: Signed; 1 record", "Chile, crc: No record; no evidence", "Norway, att: No record; no evidence", "Norway, crc: Bound; 1 record"]);
    expect(screen.getByTestId("timeline-summary").textContent).toBe("2 affirmed acts from 1991 to 2013: 1 Bound, 1 Signed, 0 Political.");
    expect((await screen.findByTestId("chart-stand-in")).textContent).toMatch(/^1991 1992 .* 2013$/u);

    within(grid)
      .getByRole("gridcell", { name: /^Chile, att:/u })
      .focus();
    await userEvent.keyboard("{Control>}{End}{/Control}{Enter}");
    expect(screen.getByRole("tab", { name: "Source" }).getAttribute("aria-selected")).toBe("true");
    expect(within(screen.getByTestId("source-text")).getByText(NORWAY, { selector: "mark" })).toBeTruthy();
  });

  it("follows the review: a rejected commitment leaves the grid and the timeline", async () => {
    pane(paneServices(SUMMARY));
    await extract();
    await userEvent.click(screen.getByRole("button", { name: `Reject: ${NORWAY_LABEL}` }));
    const grid = await openMatrix();
    expect(
      within(grid)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["Chile"]);
    expect(
      within(grid)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Actor", "att"]);
    expect(screen.getByTestId("timeline-summary").textContent).toBe("1 affirmed act in 2013: 0 Bound, 1 Signed, 0 Political.");
  });

  it("shares the checklist with the Gaps tab", async () => {
    pane(paneServices(SUMMARY));
    await extract();
    await openMatrix();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Checklist/u }), "Children and armed conflict");
    const columns = within(screen.getByRole("grid"))
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(columns).toContain("crc-opac");
    expect(columns).not.toContain("att");
    await userEvent.click(screen.getByRole("tab", { name: /^Gaps/u }));
    expect((screen.getByRole("combobox", { name: /^Checklist/u }) as HTMLSelectElement).selectedOptions[0]?.text).toBe("Children and armed conflict");
  });
});
