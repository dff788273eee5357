/** @jest-environment ./test/support/jsdomEnvironment.js */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { Notices } from "./Notices";

describe("Notices", () => {
  it("shows each notice as a message bar with its title and next step, and dismisses one", async () => {
    const dismissed: number[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <Notices notices={[{ id: 7, intent: "error", title: "The download failed", text: "Try again." }]} onDismiss={(id) => dismissed.push(id)} />
      </FluentProvider>,
    );
    expect(screen.getByText("The download failed")).toBeTruthy();
    expect(screen.getByText("Try again.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Dismiss: The download failed" }));
    expect(dismissed).toEqual([7]);
  });
});
