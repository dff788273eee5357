/**
 * The extraction worker (its own bundle, extract.worker.js): takes documents, posts progress and
 * each document's result as it is done. Cancelling terminates the worker, so it needs no flag.
 */
import { runExtraction } from "./extractor";
import type { ExtractRequest, WorkerMessage } from "./protocol";

interface WorkerScope {
  onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
}

const scope = self as unknown as WorkerScope;
let lastProgress = 0;

scope.onmessage = (event) => {
  if (event.data?.type !== "extract") return;
  void runExtraction(
    event.data.docs,
    {
      onProgress: (index, fraction) => {
        // At most ~20 progress messages a second: the pane only needs to repaint a bar.
        const now = Date.now();
        if (fraction > 0 && fraction < 1 && now - lastProgress < 50) return;
        lastProgress = now;
        scope.postMessage({ type: "progress", index, fraction });
      },
      onDocument: (index, result) => scope.postMessage({ type: "document", index, result }),
      onError: (index, message) => scope.postMessage({ type: "error", index, message }),
    },
    () => false,
  ).then(() => scope.postMessage({ type: "finished" }));
};
