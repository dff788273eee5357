import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { ACTIONS, PolaritySchema, type Commitment } from "../../core";
import { editProblems, type CommitmentEdit } from "../state/review";

export interface CommitmentEditorProps {
  commitment: Commitment;
  onSave(edit: CommitmentEdit): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Correct a commitment in place; the source span stays, Escape cancels. */
export const CommitmentEditor: React.FC<CommitmentEditorProps> = ({ commitment: c, onSave, onCancel }) => {
  const styles = useStyles();
  const [draft, setDraft] = React.useState({
    actor: c.actor,
    action: c.action as string,
    instrument: c.instrument,
    date: c.date ?? "",
    polarity: c.polarity as string,
  });
  const [tried, setTried] = React.useState(false);
  const edit = { ...draft, date: draft.date.trim() === "" ? null : draft.date.trim() } as CommitmentEdit;
  const problems = editProblems(edit);
  const first = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => first.current?.focus(), []);
  const set = (field: keyof typeof draft) => (_: unknown, data: { value: string }) => setDraft({ ...draft, [field]: data.value });

  return (
    <form
      className={styles.form}
      aria-label={`Edit ${c.actor} ${c.action} ${c.instrument}`}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (Object.keys(problems).length === 0) onSave(edit);
      }}
    >
      <Field label="Actor" validationMessage={tried ? problems.actor : undefined}>
        <Input ref={first} value={draft.actor} onChange={set("actor")} />
      </Field>
      <Field label="Action">
        <Select value={draft.action} onChange={set("action")}>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Instrument" validationMessage={tried ? problems.instrument : undefined}>
        <Input value={draft.instrument} onChange={set("instrument")} />
      </Field>
      <div className={styles.row}>
        <Field label="Date" hint="YYYY, YYYY-MM or YYYY-MM-DD" validationMessage={tried ? problems.date : undefined}>
          <Input value={draft.date} onChange={set("date")} />
        </Field>
        <Field label="Polarity">
          <Select value={draft.polarity} onChange={set("polarity")}>
            {PolaritySchema.options.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          Save and accept
        </Button>
        <Button type="button" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
};
