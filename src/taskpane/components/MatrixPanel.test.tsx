/** @jest-environment ./test/support/jsdomEnvironment.js */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { instrumentLabel, statusMatrix, type DocumentExtraction } from "../../core";
import { commitmentAt } from "../../../test/support/commitments";
import { GAPS_EXTRACTION, GAPS_TEXT } from "../state/gaps.fixtures";
import { paneChecklist, reviewedIndex } from "../state/gaps";
import { liveFilters, NO_FILTERS, paneMatrix, paneTimeline, type MatrixFilters } from "../state/matrix";
import { EMPTY_REVIEW } from "../state/review";
import { MatrixPanel } from "./MatrixPanel";

jest.setTimeout(20_000);

// The chart library draws with canvas and SVG text measures jsdom lacks: it is drawn in the
// browser test (test/pane.e2e.test.ts); here a stand-in shows what the panel hands it.
jest.mock("./TimelineChart", () => ({
  __esModule: true,
  default: ({ years, title }: { years: { year: number }[]; title: string }) => (
    <p data-testid="chart-stand-in">{`${title}: ${years.map((y) => y.year).join(" ")}`}</p>
  ),
}));

const LATER = "Kazakhstan acceded to the Optional Protocol on children in armed conflict on 10 April 2003.";
const DENIED = "Chile has not signed the Arms Trade Treaty.";
const TEXT = `${GAPS_TEXT}\n${LATER}\n${DENIED}`;
const [base] = GAPS_EXTRACTION as [DocumentExtraction];
/** The Gaps fixture plus a dated accession by Kazakhstan to OPAC (two records in one cell) and a denial that conflicts with Chile's signature. */
const EXTRACTION: DocumentExtraction[] = [
  {
    ...base,
    text: TEXT,
    commitments: [
      ...base.commitments.map((c) => ({ ...c, source: { ...c.source } })),
      commitmentAt("c-kz-opac-2", "gaps.txt", TEXT, LATER, {
        actor: "Kazakhstan",
        action: "acceded",
        instrument: "Optional Protocol on children in armed conflict",
        instrumentId: "crc-opac",
        instrumentType: "protocol",
        date: "2003-04-10",
      }),
      commitmentAt("c-cl-att-no", "gaps.txt", TEXT, DENIED, {
        actor: "Chile",
        action: "signed",
        instrument: "Arms Trade Treaty",
        instrumentId: "att",
        polarity: "negated",
      }),
    ],
  },
];

/** The panel as App drives it: the grid from the extraction as reviewed, the checklist and filters held above. */
const Harness: React.FC<{ results?: readonly DocumentExtraction[]; onShowSource?: (id: string) => void }> = ({
  results = EXTRACTION,
  onShowSource = () => undefined,
}) => {
  const [checklist, setChecklist] = React.useState<string | null>(null);
  const [filters, setFilters] = React.useState<MatrixFilters>(NO_FILTERS);
  const index = React.useMemo(() => reviewedIndex(results, EMPTY_REVIEW), [results]);
  const offered = paneMatrix(index, paneChecklist(checklist), null, NO_FILTERS);
  const live = liveFilters(filters, offered);
  const shown = paneMatrix(index, paneChecklist(checklist), null, live);
  return (
    <FluentProvider theme={webLightTheme}>
      <MatrixPanel
        matrix={shown}
        filters={live}
        onFilters={setFilters}
        checklist={checklist}
        onChecklist={setChecklist}
        timeline={paneTimeline(index, shown.matrix)}
        extracted={results.length > 0}
        onShowSource={onShowSource}
        onGoToSources={() => undefined}
      />
    </FluentProvider>
  );
};

/** Renders, then lets the lazily loaded chart arrive inside act. */
async function show(ui: React.ReactElement): Promise<void> {
  render(ui);
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const grid = () => screen.getByRole("grid", { name: "Status matrix: actors by instruments" });
const columnHeaders = () =>
  within(grid())
    .getAllByRole("columnheader")
    .map((h) => h.textContent);
const rowHeaders = () =>
  within(grid())
    .getAllByRole("rowheader")
    .map((h) => h.textContent);
const cell = (name: string | RegExp) => within(grid()).getByRole("gridcell", { name });
const focused = () => document.activeElement?.getAttribute("aria-label");

describe("MatrixPanel: the grid", () => {
  it("has a header row of instruments, a header column of actors, and each cell's level as text, as the core's statusMatrix gives it", async () => {
    await show(<Harness />);
    const core = statusMatrix(reviewedIndex(EXTRACTION, EMPTY_REVIEW));
    expect(columnHeaders()).toEqual(["Actor", "att", "crc", "crc-opac", "crc-opsc"]);
    expect(rowHeaders()).toEqual(["Armenia", "Chile", "Kazakhstan"]);
    const rows = within(grid()).getAllByRole("row").slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole("gridcell")
          .map((c) => c.textContent),
      ),
    ).toEqual(core.cells.map((row) => row.map((c) => c.text)));
    expect(cell("Kazakhstan, crc-opac: Bound; 2 records").textContent).toBe("Bound");
    expect(cell("Kazakhstan, crc-opsc: Advocated; 1 record").textContent).toBe("Advocated");
    expect(cell("Chile, att: Signed (conflicting); 1 record").textContent).toBe("Signed (conflicting)");
    expect(cell("Armenia, att: No record; no evidence").getAttribute("data-level")).toBe("No record");
    expect(screen.getByTestId("matrix-counts").textContent).toBe("3 actors × 4 instruments: 2 Bound, 1 Signed, 1 Advocated, 8 No record; 1 conflicting.");
  });

  it("keeps one cell in the tab order and moves it with the arrow keys, Home, End and Ctrl+Home/End, within the grid's edges", async () => {
    await show(<Harness />);
    const tabbable = () =>
      within(grid())
        .getAllByRole("gridcell")
        .filter((c) => c.tabIndex === 0);
    expect(tabbable().map((c) => c.getAttribute("aria-label"))).toEqual(["Armenia, att: No record; no evidence"]);
    await userEvent.click(cell(/^Armenia, att:/u));
    await userEvent.keyboard("{ArrowLeft}{ArrowUp}");
    expect(focused()).toMatch(/^Armenia, att:/u);
    await userEvent.keyboard("{ArrowRight}");
    expect(focused()).toMatch(/^Armenia, crc: Bound/u);
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(focused()).toMatch(/^Kazakhstan, crc:/u);
    await userEvent.keyboard("{End}");
    expect(focused()).toBe("Kazakhstan, crc-opsc: Advocated; 1 record");
    await userEvent.keyboard("{Home}");
    expect(focused()).toMatch(/^Kazakhstan, att:/u);
    await userEvent.keyboard("{Control>}{End}{/Control}");
    expect(focused()).toMatch(/^Kazakhstan, crc-opsc:/u);
    await userEvent.keyboard("{Control>}{Home}{/Control}");
    expect(focused()).toMatch(/^Armenia, att:/u);
    await userEvent.keyboard("{PageDown}");
    expect(focused()).toMatch(/^Kazakhstan, att:/u);
    expect(tabbable()).toHaveLength(1);
    expect(tabbable()[0]).toBe(document.activeElement);
  });

  it("opens a cell's latest counted record with Enter, Space or a click; a cell without evidence opens nothing", async () => {
    const onShowSource = jest.fn();
    await show(<Harness onShowSource={onShowSource} />);
    await userEvent.click(cell(/^Kazakhstan, crc-opsc:/u));
    expect(onShowSource).toHaveBeenLastCalledWith("c-kz-opsc");
    await userEvent.keyboard("{ArrowLeft}{Enter}");
    // Two records: the dated accession (the latest act) comes before the undated ratification.
    expect(onShowSource).toHaveBeenLastCalledWith("c-kz-opac-2");
    await userEvent.keyboard("{ArrowUp}{Home} ");
    expect(focused()).toMatch(/^Chile, att: Signed/u);
    expect(onShowSource).toHaveBeenLastCalledWith("c-cl-att");
    const calls = onShowSource.mock.calls.length;
    await userEvent.keyboard("{ArrowRight}{Enter}");
    await userEvent.click(cell(/^Armenia, crc-opsc:/u));
    expect(onShowSource).toHaveBeenCalledTimes(calls);
  });
});

describe("MatrixPanel: filters", () => {
  it("narrows the rows to the actors picked and the columns to the instruments picked; Show all clears both", async () => {
    await show(<Harness />);
    await userEvent.click(screen.getByRole("combobox", { name: "Actors" }));
    await userEvent.click(screen.getByRole("menuitemcheckbox", { name: "Kazakhstan" }));
    await userEvent.click(screen.getByRole("menuitemcheckbox", { name: "Chile" }));
    await userEvent.keyboard("{Escape}");
    expect(rowHeaders()).toEqual(["Chile", "Kazakhstan"]);
    await userEvent.click(screen.getByRole("combobox", { name: "Instruments" }));
    const opac = screen.getByRole("menuitemcheckbox", { name: /^crc-opac: Optional Protocol/u });
    await userEvent.click(opac);
    await userEvent.keyboard("{Escape}");
    expect(columnHeaders()).toEqual(["Actor", "crc-opac"]);
    expect(
      within(grid())
        .getAllByRole("gridcell")
        .map((c) => c.textContent),
    ).toEqual(["No record", "Bound"]);
    expect(screen.getByTestId("matrix-counts").textContent).toBe("2 actors × 1 instrument: 1 Bound, 1 No record.");
    await userEvent.click(screen.getByRole("button", { name: "Show all actors and instruments" }));
    expect(rowHeaders()).toEqual(["Armenia", "Chile", "Kazakhstan"]);
    expect(columnHeaders()).toHaveLength(5);
    expect(screen.queryByRole("button", { name: "Show all actors and instruments" })).toBeNull();
  });

  it("a checklist makes its instruments the columns, with the records' cells and No record where there is none", async () => {
    await show(<Harness />);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Checklist/u }), "Children and armed conflict");
    const checklist = paneChecklist("children-armed-conflict");
    expect(checklist).not.toBeNull();
    const ids = [...new Set(checklist?.items.map((i) => i.instrument))];
    expect(columnHeaders()).toEqual(["Actor", ...ids]);
    expect(columnHeaders()).not.toContain("att");
    expect(cell(/^Kazakhstan, crc-opac:/u).textContent).toBe("Bound");
    expect(
      within(grid())
        .getAllByRole("gridcell")
        .filter((c) => c.textContent === "Bound"),
    ).toHaveLength(1);
  });

  it("an actor picked before is dropped from the filter when the grid no longer offers it", () => {
    const index = reviewedIndex(EXTRACTION, EMPTY_REVIEW);
    const offered = paneMatrix(index, null, null, NO_FILTERS);
    expect(liveFilters({ actors: ["Chile", "Fiji"], instruments: ["att", "hague-1954"] }, offered)).toEqual({ actors: ["Chile"], instruments: ["att"] });
    expect(offered.instruments.map(instrumentLabel)).toEqual(["att", "crc", "crc-opac", "crc-opsc"]);
  });

  it("without an extraction says so and offers the Sources tab", async () => {
    await show(<Harness results={[]} />);
    expect(screen.getByText(/^No documents extracted yet/u)).toBeTruthy();
    expect(screen.queryByRole("grid")).toBeNull();
  });
});

describe("MatrixPanel: the timeline", () => {
  it("counts the grid's affirmed, dated acts per year by level, as a summary and a table; the filters narrow it", async () => {
    await show(<Harness />);
    // Armenia 1993 (Bound), Kazakhstan 2003 (Bound), Chile 2013 (Signed); Kazakhstan's 2018 call widens the span only.
    expect(screen.getByTestId("timeline-summary").textContent).toBe("3 affirmed acts from 1993 to 2018: 2 Bound, 1 Signed, 0 Political.");
    const table = screen.getByRole("table", { name: "Affirmed acts per year by level" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(1 + 26);
    expect(
      within(rows[1] as HTMLElement)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["1", "0", "0"]);
    expect(screen.getByRole("figure", { name: "Affirmed acts per year by level (Bound, Signed, Political)" })).toBeTruthy();
    expect((await screen.findByTestId("chart-stand-in")).textContent).toMatch(/^Affirmed acts per year by level: 1993 1994 .* 2018$/u);
    await userEvent.click(screen.getByRole("combobox", { name: "Actors" }));
    await userEvent.click(screen.getByRole("menuitemcheckbox", { name: "Chile" }));
    await userEvent.keyboard("{Escape}");
    expect(screen.getByTestId("timeline-summary").textContent).toBe("1 affirmed act in 2013: 0 Bound, 1 Signed, 0 Political.");
  });

  it("with no dated act, says so and draws no chart", async () => {
    const undated = [{ ...base, commitments: base.commitments.map((c) => ({ ...c, date: null })) }];
    await show(<Harness results={undated} />);
    expect(screen.getByTestId("timeline-summary").textContent).toBe("No dated, affirmed act in the grid.");
    expect(screen.queryByRole("figure")).toBeNull();
  });
});
