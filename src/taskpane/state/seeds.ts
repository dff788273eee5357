/** The bundled corpus as the pane gets it: served beside the page (seeds/index.json lists it). */
import { sourceItem, SourceError, type SourceItem } from "./sources";

export interface SeedEntry {
  file: string;
  bytes: number;
}

type Fetch = (url: string) => Promise<Pick<Response, "ok" | "status" | "json" | "text">>;

export async function loadSeeds(base = "seeds/", fetchFn: Fetch = (url) => fetch(url)): Promise<SourceItem[]> {
  const index = await fetchFn(`${base}index.json`);
  if (!index.ok) throw new SourceError(`The bundled documents could not be listed (HTTP ${index.status}). Reload the pane, or add your own documents.`);
  const entries = (await index.json()) as SeedEntry[];
  return Promise.all(
    entries.map(async ({ file, bytes }) => {
      const response = await fetchFn(`${base}${encodeURIComponent(file)}`);
      if (!response.ok) throw new SourceError(`The bundled document ${file} could not be loaded (HTTP ${response.status}). Reload the pane.`);
      const format = /\.html?$/iu.test(file) ? "html" : /\.md$/iu.test(file) ? "markdown" : undefined;
      return sourceItem({ id: file, text: await response.text(), ...(format ? { format } : {}) }, "bundled", bytes);
    }),
  );
}
