/** @jest-environment ./test/support/jsdomEnvironment.js */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import type { DocumentExtraction } from "../../core";
import { GAPS_EXTRACTION } from "../state/gaps.fixtures";
import { paneChecklist, paneGaps, reviewedIndex } from "../state/gaps";
import { EMPTY_REVIEW, reviewReducer, type ReviewState } from "../state/review";
import { GapsPanel } from "./GapsPanel";

interface HarnessProps {
  results?: readonly DocumentExtraction[];
  review?: ReviewState;
  onShowSource?: (id: string) => void;
  onGoToSources?: () => void;
  onAddChecklist?: (name: string | null) => void;
}

/** The panel as App drives it: the gaps computed from the extraction as reviewed, the checklist held above. */
const Harness: React.FC<HarnessProps> = ({
  results = GAPS_EXTRACTION,
  review = EMPTY_REVIEW,
  onShowSource = () => undefined,
  onGoToSources = () => undefined,
  onAddChecklist,
}) => {
  const [checklist, setChecklist] = React.useState<string | null>(null);
  const gaps = React.useMemo(() => paneGaps(reviewedIndex(results, review), paneChecklist(checklist)), [results, review, checklist]);
  return (
    <FluentProvider theme={webLightTheme}>
      <GapsPanel
        gaps={gaps}
        extracted={results.length > 0}
        checklist={checklist}
        onChecklist={setChecklist}
        onShowSource={onShowSource}
        onGoToSources={onGoToSources}
        {...(onAddChecklist ? { onAddChecklist: () => onAddChecklist(checklist) } : {})}
      />
    </FluentProvider>
  );
};

const counts = () => screen.getByTestId("gap-counts").textContent;
const headings = () => screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
const gapItems = () => screen.queryAllByRole("article").map((a) => a.getAttribute("aria-label"));
const OPSC = "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography";
const OPAC = "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict";

describe("GapsPanel", () => {
  it("groups the gaps by actor with counts, each with its code, label, instrument, detail and commitments", () => {
    render(<Harness />);
    expect(counts()).toBe("3 gaps for 2 actors: 1 ADVOCATES_NOT_BOUND, 1 SIGNED_NOT_RATIFIED, 1 UNDATED_BINDING_ACT. Showing 3.");
    expect(headings()).toEqual(["Chile (1)", "Kazakhstan (2)"]);
    const kazakhstan = screen.getByRole("region", { name: "Kazakhstan: 2 gaps" });
    const advocates = within(kazakhstan).getByRole("article", { name: `ADVOCATES_NOT_BOUND: ${OPSC}` });
    expect(within(advocates).getByText("ADVOCATES_NOT_BOUND")).toBeTruthy();
    expect(within(advocates).getByText("Urges others, not bound itself")).toBeTruthy();
    expect(within(advocates).getByText(OPSC)).toBeTruthy();
    expect(within(advocates).getByText("called-for 2018-07-11, with no evidence that Kazakhstan is bound itself")).toBeTruthy();
    expect(within(advocates).getByRole("button", { name: "Show source of c-kz-opsc" }).textContent).toBe("c-kz-opsc");
    expect(within(kazakhstan).getByRole("article", { name: `UNDATED_BINDING_ACT: ${OPAC}` })).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Chile: 1 gap" })).getByText("Signed, not ratified")).toBeTruthy();
  });

  it("choosing a checklist adds CHECKLIST_MISSING for each state that lacks its instruments; No checklist takes them away", async () => {
    render(<Harness />);
    const picker = screen.getByRole("combobox", { name: /^Checklist/u });
    expect([...(picker as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      "No checklist",
      "The universal counter-terrorism instruments",
      "Children and armed conflict",
      "The 1954 Hague Convention and its Protocols",
      "The core international human rights treaties and their optional protocols",
    ]);
    await userEvent.selectOptions(picker, "Children and armed conflict");
    expect(headings()).toEqual(["Armenia (4)", "Chile (5)", "Kazakhstan (5)"]);
    expect(counts()).toMatch(/, 11 CHECKLIST_MISSING\. Showing 14\.$/u);
    const armenia = screen.getByRole("region", { name: "Armenia: 4 gaps" });
    const missing = within(armenia).getAllByRole("article");
    expect(missing.map((a) => a.getAttribute("data-gap-code"))).toEqual(["CHECKLIST_MISSING", "CHECKLIST_MISSING", "CHECKLIST_MISSING", "CHECKLIST_MISSING"]);
    expect(within(armenia).getByText(OPAC)).toBeTruthy();
    expect(within(armenia).getAllByText("On the checklist, no record")).toHaveLength(4);
    // A missing instrument rests on no commitment: nothing to open.
    expect(within(armenia).queryAllByRole("button")).toHaveLength(0);
    expect(screen.getByText(/The downloaded workbook includes this checklist \(4 instruments\)/u)).toBeTruthy();
    await userEvent.selectOptions(picker, "No checklist");
    expect(headings()).toEqual(["Chile (1)", "Kazakhstan (2)"]);
    expect(screen.queryByText(/The downloaded workbook includes/u)).toBeNull();
  });

  it("a rejected commitment's gap disappears", () => {
    const { rerender } = render(<Harness />);
    expect(gapItems()).toContain(`UNDATED_BINDING_ACT: ${OPAC}`);
    rerender(<Harness review={reviewReducer(EMPTY_REVIEW, { type: "decide", ids: ["c-kz-opac"], review: "Rejected" })} />);
    expect(gapItems()).not.toContain(`UNDATED_BINDING_ACT: ${OPAC}`);
    expect(counts()).toBe("2 gaps for 2 actors: 1 ADVOCATES_NOT_BOUND, 1 SIGNED_NOT_RATIFIED. Showing 2.");
    expect(headings()).toEqual(["Chile (1)", "Kazakhstan (1)"]);
  });

  it("clicking a commitment id asks for its source", async () => {
    const shown: string[] = [];
    render(<Harness onShowSource={(id) => shown.push(id)} />);
    await userEvent.click(screen.getByRole("button", { name: "Show source of c-cl-att" }));
    expect(shown).toEqual(["c-cl-att"]);
  });

  it("filters by code, and shows all again when the filtered code has no gaps left", async () => {
    const { rerender } = render(<Harness />);
    const filter = screen.getByRole("combobox", { name: "Gap type" });
    expect([...(filter as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      "All gap types (3)",
      "Urges others, not bound itself: ADVOCATES_NOT_BOUND (1)",
      "Signed, not ratified: SIGNED_NOT_RATIFIED (1)",
      "Bound, but no date: UNDATED_BINDING_ACT (1)",
    ]);
    await userEvent.selectOptions(filter, "UNDATED_BINDING_ACT");
    expect(gapItems()).toEqual([`UNDATED_BINDING_ACT: ${OPAC}`]);
    expect(counts()).toMatch(/Showing 1\.$/u);
    rerender(<Harness review={reviewReducer(EMPTY_REVIEW, { type: "decide", ids: ["c-kz-opac"], review: "Rejected" })} />);
    expect(gapItems()).toHaveLength(2);
    expect((screen.getByRole("combobox", { name: "Gap type" }) as HTMLSelectElement).value).toBe("");
  });

  it("before any extraction, says so and points to the Sources tab (the checklist can still be chosen)", async () => {
    const go = jest.fn();
    render(<Harness results={[]} onGoToSources={go} />);
    expect(screen.getByText(/No documents extracted yet: extract documents on the Sources tab/u)).toBeTruthy();
    expect(screen.queryByTestId("gap-counts")).toBeNull();
    expect(screen.queryByRole("combobox", { name: "Gap type" })).toBeNull();
    expect(screen.getByRole("combobox", { name: /^Checklist/u })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Go to Sources" }));
    expect(go).toHaveBeenCalledTimes(1);
  });

  it("says there are no gaps when the reviewed commitments have none", () => {
    const armenia = GAPS_EXTRACTION.map((r) => ({ ...r, commitments: r.commitments.filter((c) => c.actor === "Armenia") }));
    render(<Harness results={armenia} />);
    expect(counts()).toBe("No gaps in the reviewed commitments.");
    expect(screen.queryAllByRole("article")).toHaveLength(0);
  });

  it("inside Excel: Add checklist to workbook is enabled once a checklist is chosen, and adds that one", async () => {
    const add = jest.fn();
    render(<Harness onAddChecklist={add} />);
    const button = screen.getByRole("button", { name: "Add checklist to workbook" });
    expect(button).toHaveProperty("disabled", true);
    expect(screen.getByText("Choose a checklist to add it to the workbook's Checklist table.")).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Checklist/u }), "The 1954 Hague Convention and its Protocols");
    expect(button).toHaveProperty("disabled", false);
    expect(screen.getByText("Adds 3 instruments to the Checklist table; the Gaps sheet then reads it.")).toBeTruthy();
    await userEvent.click(button);
    expect(add).toHaveBeenCalledWith("hague-1954");
  });

  it("outside Excel there is no add button", () => {
    render(<Harness />);
    expect(screen.queryByRole("button", { name: "Add checklist to workbook" })).toBeNull();
  });

  it("keyboard: Tab reaches the checklist, the filter and each commitment id; Enter opens the source", async () => {
    const shown: string[] = [];
    render(<Harness onShowSource={(id) => shown.push(id)} />);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: /^Checklist/u }));
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "Gap type" }));
    await userEvent.tab();
    // Chile first (A to Z), then Kazakhstan's two.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Show source of c-cl-att" }));
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Show source of c-kz-opsc" }));
    await userEvent.keyboard("{Enter}");
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Show source of c-kz-opac" }));
    await userEvent.keyboard(" ");
    expect(shown).toEqual(["c-kz-opsc", "c-kz-opac"]);
  });
});
