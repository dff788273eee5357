import { Field, Select } from "@fluentui/react-components";
import * as React from "react";
import { BUILT_IN_CHECKLISTS } from "../../core";

const NONE = "";

/** The built-in checklist chooser the Gaps and Matrix tabs share (one setting for both and the download); `hint` says what it does there. */
export function ChecklistField({ checklist, onChecklist, hint }: { checklist: string | null; onChecklist: (name: string | null) => void; hint: string }) {
  return (
    <Field label="Checklist" hint={hint}>
      <Select value={checklist ?? NONE} onChange={(_, d) => onChecklist(d.value === NONE ? null : d.value)}>
        <option value={NONE}>No checklist</option>
        {BUILT_IN_CHECKLISTS.map((c) => (
          <option key={c.name} value={c.name}>
            {c.title}
          </option>
        ))}
      </Select>
    </Field>
  );
}
