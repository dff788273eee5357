/** The bundled corpus as the pane gets it: served beside the page (seeds/index.json lists it). */
import type { RawDocument } from "../core";

export interface SeedEntry {
  file: string;
  bytes: number;
}

export async function loadSeeds(base = "seeds/"): Promise<RawDocument[]> {
  const index = await fetch(`${base}index.json`);
  if (!index.ok) throw new Error(`the bundled documents could not be loaded (${index.status}); reload the pane`);
  const entries = (await index.json()) as SeedEntry[];
  return Promise.all(
    entries.map(async ({ file }) => {
      const response = await fetch(`${base}${encodeURIComponent(file)}`);
      if (!response.ok) throw new Error(`${file} could not be loaded (${response.status}); reload the pane`);
      const format: RawDocument["format"] = /\.html?$/iu.test(file) ? "html" : /\.md$/iu.test(file) ? "markdown" : undefined;
      return { id: file, text: await response.text(), format };
    }),
  );
}
