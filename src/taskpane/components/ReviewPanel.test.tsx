/** @jest-environment ./test/support/jsdomEnvironment.js */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import type { DocumentExtraction } from "../../core";
import { seedExtractions } from "../../../test/helpers";
import { EMPTY_REVIEW, reviewItems, reviewReducer } from "../state/review";
import { ReviewPanel } from "./ReviewPanel";

let SEEDS: DocumentExtraction[] = [];
beforeAll(async () => {
  SEEDS = await seedExtractions();
});

/** The panel over a real reducer, so that its dispatches take effect. */
const Harness: React.FC<{ results: readonly DocumentExtraction[]; onShowSource?: (id: string) => void }> = ({ results, onShowSource = () => undefined }) => {
  const [state, dispatch] = React.useReducer(reviewReducer, EMPTY_REVIEW);
  const items = React.useMemo(() => reviewItems(results, state), [results, state]);
  return (
    <FluentProvider theme={webLightTheme}>
      <ReviewPanel items={items} dispatch={dispatch} onShowSource={onShowSource} />
    </FluentProvider>
  );
};

const total = () => SEEDS.reduce((n, r) => n + r.commitments.length, 0);
const counts = () => screen.getByTestId("review-counts").textContent;
const cards = () => screen.getAllByRole("article");
const card = (label: string) => screen.getByRole("article", { name: new RegExp(`^${label.replace(/[()]/gu, "\\$&")}, `, "u") });

// A label that is unique in the seeds (see CommitmentCard's describeCommitment).
const UNESCO = "Kazakhstan supported UNESCO Action Plan (2017-11-30)";

describe("ReviewPanel", () => {
  it("says there is nothing to review when there are no items", () => {
    render(<Harness results={[]} />);
    expect(screen.getByText(/No commitments yet/u)).toBeTruthy();
  });

  it("counts, and updates the counts when a card is rejected", async () => {
    render(<Harness results={SEEDS} />);
    const n = total();
    expect(counts()).toBe(`${n} commitments: ${n} pending, 0 accepted, 0 rejected. Showing ${n}.`);
    expect(cards()).toHaveLength(n);
    await userEvent.click(screen.getByRole("button", { name: `Reject: ${UNESCO}` }));
    expect(counts()).toBe(`${n} commitments: ${n - 1} pending, 0 accepted, 1 rejected. Showing ${n}.`);
    expect(card(UNESCO).getAttribute("aria-label")).toBe(`${UNESCO}, Rejected`);
    expect(screen.getByRole("button", { name: `Reject: ${UNESCO}` }).getAttribute("aria-pressed")).toBe("true");
  });

  it("bulk-accepts only the pending commitments the filter shows", async () => {
    render(<Harness results={SEEDS} />);
    const n = total();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Actor" }), "Armenia");
    expect(cards()).toHaveLength(3);
    await userEvent.click(screen.getByRole("button", { name: "Accept 3 pending shown" }));
    expect(counts()).toBe(`${n} commitments: ${n - 3} pending, 3 accepted, 0 rejected. Showing 3.`);
    expect(screen.getByRole("button", { name: "Accept 0 pending shown" })).toHaveProperty("disabled", true);
    await userEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    const azerbaijan = screen.getAllByRole("article", { name: /^Azerbaijan / });
    expect(azerbaijan.map((a) => a.getAttribute("aria-label")?.endsWith(", Pending"))).toEqual([true, true, true]);
  });

  it("filters by the words typed in the search box", async () => {
    render(<Harness results={SEEDS} />);
    await userEvent.type(screen.getByRole("searchbox", { name: "Search" }), "vancouver");
    // The three commitments whose shared quote names the Vancouver Principles.
    expect(cards().map((c) => c.getAttribute("aria-label"))).toEqual([
      "Kazakhstan endorsed Paris Principles, Pending",
      "Kazakhstan endorsed Vancouver Principles, Pending",
      'Kazakhstan endorsed Declaration of "Safe Schools", Pending',
    ]);
    expect(counts()).toMatch(/Showing 3\.$/u);
    await userEvent.type(screen.getByRole("searchbox", { name: "Search" }), " nothing-like-this");
    expect(screen.queryAllByRole("article")).toHaveLength(0);
  });

  it("groups by actor, then by document", async () => {
    render(<Harness results={SEEDS} />);
    const headings = () => screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings()).toContain("Armenia (3)");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Group by" }), "document");
    expect(headings()).toEqual(SEEDS.map((r) => `${r.document.title} (${r.commitments.length})`));
    expect(headings()).not.toContain("Armenia (3)");
  });

  it("edits in place: Save and accept shows the new actor, an edited badge and counts it accepted", async () => {
    render(<Harness results={SEEDS} />);
    await userEvent.click(screen.getByRole("button", { name: `Edit: ${UNESCO}` }));
    const form = screen.getByRole("form", { name: "Edit Kazakhstan supported UNESCO Action Plan" });
    const actor = within(form).getByRole("textbox", { name: "Actor" });
    expect(document.activeElement).toBe(actor);
    await userEvent.clear(actor);
    await userEvent.type(actor, "Republic of Kazakhstan");
    await userEvent.click(within(form).getByRole("button", { name: "Save and accept" }));
    expect(screen.queryByRole("form")).toBeNull();
    const edited = card("Republic of Kazakhstan supported UNESCO Action Plan (2017-11-30)");
    expect(edited.getAttribute("aria-label")).toMatch(/, Accepted$/u);
    expect(within(edited).getByText("edited")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Republic of Kazakhstan (1)" })).toBeTruthy();
    expect(counts()).toMatch(/ 1 accepted,/u);
  });

  it("does not save an invalid date, and says why", async () => {
    render(<Harness results={SEEDS} />);
    await userEvent.click(screen.getByRole("button", { name: `Edit: ${UNESCO}` }));
    const form = screen.getByRole("form");
    await userEvent.type(within(form).getByRole("textbox", { name: /^Date/u }), "June 2013");
    await userEvent.click(within(form).getByRole("button", { name: "Save and accept" }));
    expect(within(form).getByText("Use YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty.")).toBeTruthy();
    expect(screen.getByRole("form")).toBe(form);
    expect(counts()).toMatch(/ 0 accepted,/u);
  });

  it("Escape cancels an edit and returns focus to the card", async () => {
    render(<Harness results={SEEDS} />);
    await userEvent.click(screen.getByRole("button", { name: `Edit: ${UNESCO}` }));
    const actor = within(screen.getByRole("form")).getByRole("textbox", { name: "Actor" });
    await userEvent.type(actor, " changed");
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("form")).toBeNull();
    expect(document.activeElement).toBe(card(UNESCO));
    expect(card(UNESCO).getAttribute("aria-label")).toBe(`${UNESCO}, Pending`);
  });

  it("keyboard: R rejects, A accepts, arrows move between cards", async () => {
    render(<Harness results={SEEDS} />);
    const first = cards()[0] as HTMLElement;
    const id = first.getAttribute("data-commitment-card");
    first.focus();
    await userEvent.keyboard("r");
    expect(cards()[0]?.getAttribute("aria-label")).toMatch(/, Rejected$/u);
    await userEvent.keyboard("a");
    expect(cards()[0]?.getAttribute("aria-label")).toMatch(/, Accepted$/u);
    await userEvent.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(cards()[1]);
    await userEvent.keyboard("{ArrowUp}");
    expect(document.activeElement?.getAttribute("data-commitment-card")).toBe(id);
    expect(counts()).toMatch(/ 1 accepted, 0 rejected\./u);
  });

  it("keys typed inside a card's buttons do not decide", () => {
    render(<Harness results={SEEDS} />);
    fireEvent.keyDown(screen.getByRole("button", { name: `Accept: ${UNESCO}` }), { key: "r" });
    expect(card(UNESCO).getAttribute("aria-label")).toBe(`${UNESCO}, Pending`);
  });

  it("Show source (button, S or Enter) asks for the commitment's source", async () => {
    const shown: string[] = [];
    render(<Harness results={SEEDS} onShowSource={(id) => shown.push(id)} />);
    const id = card(UNESCO).getAttribute("data-commitment-card");
    await userEvent.click(screen.getByRole("button", { name: `Show source: ${UNESCO}` }));
    card(UNESCO).focus();
    await userEvent.keyboard("s{Enter}");
    expect(id).toMatch(/^c-/u);
    expect(shown).toEqual([id, id, id]);
  });

  it("draws 100 cards at first and the rest on Show more", async () => {
    const base = SEEDS[4] as DocumentExtraction;
    const commitments = Array.from({ length: 130 }, (_, i) => ({
      ...(base.commitments[i % base.commitments.length] as DocumentExtraction["commitments"][number]),
      id: `c-many-${i}`,
    }));
    render(<Harness results={[{ ...base, commitments }]} />);
    expect(cards()).toHaveLength(100);
    expect(counts()).toMatch(/Showing 130\.$/u);
    await userEvent.click(screen.getByRole("button", { name: "Show 30 more of 30" }));
    expect(cards()).toHaveLength(130);
    expect(screen.queryByRole("button", { name: /^Show \d+ more/u })).toBeNull();
  }, 30_000);

  it("keeps keyboard focus on a card that an edit moved to another group", async () => {
    render(<Harness results={SEEDS} />);
    await userEvent.click(screen.getByRole("button", { name: `Edit: ${UNESCO}` }));
    const form = screen.getByRole("form", { name: "Edit Kazakhstan supported UNESCO Action Plan" });
    const actor = within(form).getByRole("textbox", { name: "Actor" });
    await userEvent.clear(actor);
    await userEvent.type(actor, "Zambia");
    await userEvent.click(within(form).getByRole("button", { name: "Save and accept" }));
    expect(document.activeElement).toBe(card("Zambia supported UNESCO Action Plan (2017-11-30)"));
  });

  it("moves focus to the next card when a decision filters the focused one out", async () => {
    render(<Harness results={SEEDS} />);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Review status" }), "Pending");
    const [first, second] = cards();
    const next = second!.getAttribute("data-commitment-card");
    first!.focus();
    fireEvent.keyDown(first!, { key: "r" });
    expect(document.activeElement?.getAttribute("data-commitment-card")).toBe(next);
  });
});
