/** Extraction in a Web Worker (extract.worker.js, built beside the page). */
import type { RawDocument } from "../../core";
import type { ExtractionCallbacks, ExtractionRun, Extractor, RunOutcome } from "./extractor";
import type { ExtractRequest, WorkerMessage } from "./protocol";

export class WorkerExtractor implements Extractor {
  constructor(private readonly url: string = new URL("extract.worker.js", document.baseURI).href) {}

  start(docs: readonly RawDocument[], callbacks: ExtractionCallbacks): ExtractionRun {
    // One worker a run: cancelling terminates it mid-document, which is the only way to stop it.
    const worker = new Worker(this.url);
    let settle: (outcome: RunOutcome) => void = () => undefined;
    const done = new Promise<RunOutcome>((resolve) => (settle = resolve));
    const finish = (outcome: RunOutcome) => {
      worker.terminate();
      settle(outcome);
    };
    let current = 0;
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      switch (message.type) {
        case "progress":
          current = message.index;
          callbacks.onProgress(message.index, message.fraction);
          break;
        case "document":
          callbacks.onDocument(message.index, message.result);
          break;
        case "error":
          callbacks.onError(message.index, message.message);
          break;
        case "finished":
          finish("finished");
          break;
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      callbacks.onError(current, `The extraction stopped (${event.message || "the worker could not start"}). Reload the pane and try again.`);
      finish("finished");
    };
    const request: ExtractRequest = { type: "extract", docs: docs.map(({ id, text, format }) => ({ id, text, ...(format ? { format } : {}) })) };
    worker.postMessage(request);
    return { done, cancel: () => finish("cancelled") };
  }
}
