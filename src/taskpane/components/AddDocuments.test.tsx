/** @jest-environment ./test/support/jsdomEnvironment.js */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { AddDocuments } from "./AddDocuments";

function pane(disabled = false) {
  const onPaste = jest.fn<void, [string]>();
  const onFiles = jest.fn<void, [File[]]>();
  render(
    <FluentProvider theme={webLightTheme}>
      <AddDocuments onPaste={onPaste} onFiles={onFiles} disabled={disabled} />
    </FluentProvider>,
  );
  return { onPaste, onFiles };
}

const file = (name: string) => new File(["Chile signed the Arms Trade Treaty on 3 June 2013."], name, { type: "text/plain" });

describe("AddDocuments", () => {
  it("enables Add pasted text only once there is text, hands it over and clears the box", async () => {
    const { onPaste } = pane();
    const box = screen.getByRole("textbox", { name: "Paste a statement or press release" });
    const add = screen.getByRole("button", { name: "Add pasted text" });
    expect(add).toHaveProperty("disabled", true);
    await userEvent.type(box, "   ");
    expect(add).toHaveProperty("disabled", true);
    await userEvent.type(box, "Chile signed the ATT.");
    expect(add).toHaveProperty("disabled", false);
    await userEvent.click(add);
    expect(onPaste).toHaveBeenCalledTimes(1);
    expect(onPaste).toHaveBeenCalledWith("   Chile signed the ATT.");
    expect(box).toHaveProperty("value", "");
    expect(add).toHaveProperty("disabled", true);
  });

  it("hands over the files chosen in the file input, which accepts the readable extensions", async () => {
    const { onFiles } = pane();
    const input = screen.getByTestId("file-input") as HTMLInputElement;
    expect(input.accept).toBe(".docx,.pdf,.txt,.md,.markdown,.html,.htm");
    const files = [file("a.txt"), file("b.md")];
    await userEvent.upload(input, files);
    expect(onFiles).toHaveBeenCalledTimes(1);
    expect(onFiles.mock.calls[0]?.[0].map((f) => f.name)).toEqual(["a.txt", "b.md"]);
    expect(input.value).toBe("");
  });

  it("Choose files… opens the file input", async () => {
    pane();
    const input = screen.getByTestId("file-input");
    const clicked = jest.fn();
    input.addEventListener("click", clicked);
    await userEvent.click(screen.getByRole("button", { name: "Choose files…" }));
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it("hands over files dropped on the drop zone", () => {
    const { onFiles } = pane();
    const dropped = file("dropped.txt");
    fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files: [dropped] } });
    expect(onFiles).toHaveBeenCalledWith([dropped]);
  });

  it("ignores a drop without files", () => {
    const { onFiles } = pane();
    fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files: [] } });
    expect(onFiles).not.toHaveBeenCalled();
  });

  it("disabled: the box, the buttons and the drop zone take nothing", () => {
    const { onFiles } = pane(true);
    expect(screen.getByRole("textbox", { name: "Paste a statement or press release" })).toHaveProperty("disabled", true);
    expect(screen.getByRole("button", { name: "Add pasted text" })).toHaveProperty("disabled", true);
    expect(screen.getByRole("button", { name: "Choose files…" })).toHaveProperty("disabled", true);
    fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files: [file("late.txt")] } });
    expect(onFiles).not.toHaveBeenCalled();
  });
});
