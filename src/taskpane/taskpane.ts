/**
 * The task pane (first version: the bundled documents → the workbook). Inside Excel it writes
 * the tables; in any other browser (Office.onReady gives no host) it offers the .xlsx download.
 * Document text is only ever set with textContent.
 */
import { extractDocument, type DocumentExtraction } from "../core";
import { describeSummary } from "../workbook/store";
import { saveBlob, workbookBlob } from "./download";
import { writeToExcel } from "./excel";
import { loadSeeds } from "./seeds";

function element<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the pane's page lacks #${id}`);
  return el as T;
}

function say(text: string, kind: "info" | "error" = "info"): void {
  const status = element("status");
  status.textContent = text;
  status.dataset.kind = kind;
}

async function extractSeeds(): Promise<DocumentExtraction[]> {
  say("Reading the bundled documents…");
  const docs = await loadSeeds();
  const results: DocumentExtraction[] = [];
  for (const [i, doc] of docs.entries()) {
    say(`Extracting ${i + 1} of ${docs.length}: ${doc.id}`);
    results.push(extractDocument(doc));
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the status repaint
  }
  return results;
}

async function run(inExcel: boolean, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  try {
    const results = await extractSeeds();
    const found = results.reduce((n, r) => n + r.commitments.length, 0);
    if (inExcel) {
      const summary = await writeToExcel(results, ({ done, total }) => say(`Writing to the workbook: ${done} of ${total} rows`));
      say(`${found} commitments from ${results.length} documents. ${describeSummary(summary)}.`);
    } else {
      const { blob, summary } = await workbookBlob(results);
      saveBlob(blob, "commitments.xlsx");
      say(`${found} commitments from ${results.length} documents, downloaded as commitments.xlsx. ${describeSummary(summary)}.`);
    }
  } catch (error) {
    say(`${(error as Error).message}. Nothing was lost: try again, or reload the pane.`, "error");
  } finally {
    button.disabled = false;
  }
}

Office.onReady((info) => {
  const inExcel = info.host === Office.HostType.Excel;
  const button = element<HTMLButtonElement>("run");
  button.textContent = inExcel ? "Extract the bundled documents into this workbook" : "Extract the bundled documents and download .xlsx";
  element("where").textContent = inExcel ? "Connected to Excel." : "Not inside Excel: the workbook is downloaded instead of written.";
  button.addEventListener("click", () => void run(inExcel, button));
  button.disabled = false;
});
