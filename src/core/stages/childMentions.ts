import { catalogIndex } from "../lexicon/catalogIndex";
import type { CatalogEntry } from "../model";
import type { InstrumentMention } from "./instruments";
import { instrumentMention, YEAR } from "./instrumentWords";

// Hoisted: a regex literal is a new object every time it runs.
const PLURAL_CHILD = /^(?:protocols|amendments)$/u;
const CHILD_OWNER = /^(?:its|their)\s+/iu;
const LEADING_THE = /^the\s+/iu;
const ACRONYM = /^[A-Z]{2,10}$/u;

/**
 * What "its two Protocols" (a children mention) stands for after `parent`, the convention named
 * before it: the parent's catalogued protocols when they are as many as the text says ("its 1967
 * Protocol" the one of that year), else one instrument as written ("two Optional Protocols to the
 * Convention on the Rights of the Child"). A parent that is itself a reference ("the Convention and
 * its Protocol") is resolved after this runs, so the child then reads it when asked.
 */
export function childMentions(m: InstrumentMention, parent: InstrumentMention): InstrumentMention[] {
  const asWritten = m.text.replace(CHILD_OWNER, "");
  const words = asWritten.toLowerCase().split(" ");
  const year = words.find((w) => YEAR.test(w));
  const count = words.includes("two") || words.includes("both") ? 2 : words.includes("three") ? 3 : PLURAL_CHILD.test(words[words.length - 1] ?? "") ? null : 1;
  const kidsOf = (entry: CatalogEntry | null) =>
    entry
      ? catalogIndex()
          .children(entry.id)
          .filter((k) => k.type === "protocol" && (!year || String(k.adopted) === year))
      : [];
  const label = (parentText: string) => {
    const name = parentText.replace(LEADING_THE, "");
    return !name ? "" : ACRONYM.test(name) ? `${asWritten} to ${name}` : `${asWritten} to the ${name}`;
  };
  if (parent.kind === "anaphor" && !parent.text) {
    let text: string | null = null;
    let entry: CatalogEntry | null | undefined;
    const lazy: InstrumentMention = {
      from: m.from,
      to: m.to,
      kind: "children",
      type: "protocol",
      head: m.head,
      get text() {
        return text ?? label(parent.text);
      },
      set text(value: string) {
        text = value;
      },
      get entry() {
        if (entry !== undefined) return entry;
        const kids = kidsOf(parent.entry);
        return count === 1 && kids.length === 1 ? (kids[0] as CatalogEntry) : null;
      },
      set entry(value: CatalogEntry | null) {
        entry = value;
      },
    };
    return [lazy];
  }
  const kids = kidsOf(parent.entry);
  if (kids.length > 0 && (count === null || kids.length === count))
    return kids.map((k) => instrumentMention(m.from, m.to, "catalog", label(parent.text), k, k.type, m.head, m.fallbackText));
  return [instrumentMention(m.from, m.to, "named", label(parent.text), null, m.type, m.head, m.fallbackText)];
}
