import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { ColumnChoice, ColumnMapping, ColumnRole } from "../../core";

export interface ColumnMappingFormProps {
  /** The table's columns, as its header row names them. */
  choices: readonly ColumnChoice[];
  onApply(columns: ColumnMapping): void;
  disabled?: boolean;
}

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** The roles offered, in the order a status table has them; a plain date in each column is the act its role names. */
const ROLES: readonly { role: ColumnRole; label: string }[] = [
  { role: "participant", label: "Participant (state)" },
  { role: "signature", label: "Signature dates" },
  { role: "ratification", label: "Ratification dates" },
  { role: "accession", label: "Accession dates" },
  { role: "acceptance", label: "Acceptance dates" },
  { role: "succession", label: "Succession dates" },
  { role: "status", label: "Status word (names each row's act)" },
  { role: "effect", label: "Date of effect (In force from)" },
];

/**
 * The column mapping for a table whose layout the import does not know (the command line's
 * --columns): which column holds the participants, which the dates of which act. Offered under
 * the message that says the layout is not known; Import with this mapping runs the import again.
 */
export const ColumnMappingForm: React.FC<ColumnMappingFormProps> = ({ choices, onApply, disabled = false }) => {
  const styles = useStyles();
  const [mapping, setMapping] = React.useState<ColumnMapping>({});
  const ready = Boolean(mapping.participant) && ROLES.some(({ role }) => role !== "participant" && role !== "status" && role !== "effect" && mapping[role]);
  return (
    <section className={styles.form} aria-labelledby="reference-mapping-heading" data-testid="reference-mapping">
      <h4 id="reference-mapping-heading" className={styles.heading}>
        Map columns
      </h4>
      <Text size={200} className={styles.hint}>
        Say which column holds the participants and which the dates of each act; leave the others at “Not in this table”.
      </Text>
      {ROLES.map(({ role, label }) => (
        <Field key={role} label={label} size="small">
          <Select size="small" value={mapping[role] ?? ""} disabled={disabled} onChange={(_, d) => setMapping((m) => ({ ...m, [role]: d.value || undefined }))}>
            <option value="">Not in this table</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <div>
        <Button appearance="primary" disabled={disabled || !ready} onClick={() => onApply(mapping)}>
          Import with this mapping
        </Button>
      </div>
    </section>
  );
};
