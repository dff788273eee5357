import { Badge, Button, Checkbox, Field, Link, Select, Text, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import * as React from "react";
import type { Gap, GapCode } from "../../core";
import { countGaps, describeGapCounts, filterGaps, GAP_LABELS, gapKey, groupGaps, paneChecklist } from "../state/gaps";
import { ChecklistField } from "./ChecklistField";

export interface GapsPanelProps {
  /** The gaps of the reviewed extraction, with the chosen checklist's. */
  gaps: readonly Gap[];
  /** Whether any document has been extracted (else there is nothing to find gaps in). */
  extracted: boolean;
  /** The chosen built-in checklist's name, or null. */
  checklist: string | null;
  onChecklist(name: string | null): void;
  onShowSource(id: string): void;
  onGoToSources(): void;
  /** Inside Excel: adds the chosen checklist to the workbook (absent outside Excel: the download includes it). */
  onAddChecklist?: () => void;
  /** Something else is running (extraction, writing): no workbook action now. */
  busy?: boolean;
  /**
   * With imported status tables: whether DONE_NOT_SAID (recorded acts no document mentions) is
   * shown, and the checkbox's handler; absent without a table (the option then means nothing).
   */
  doneNotSaid?: boolean;
  onDoneNotSaid?: (on: boolean) => void;
}

/** Gaps rendered at first (and per "Show more"): a long checklist over many actors stays quick to draw. */
export const GAP_PAGE_SIZE = 200;

const NONE = "";

const COLOUR: Record<GapCode, BadgeProps["color"]> = {
  ADVOCATES_NOT_BOUND: "warning",
  SIGNED_NOT_RATIFIED: "warning",
  SUPPORT_ONLY: "warning",
  UNDATED_BINDING_ACT: "informative",
  CONFLICTING_EVIDENCE: "danger",
  NOT_AFFIRMED: "warning",
  CHECKLIST_MISSING: "important",
  UNVERIFIED_SOURCE: "danger",
  LOW_CONFIDENCE: "informative",
  SAID_NOT_DONE: "danger",
  DATE_MISMATCH: "danger",
  DONE_NOT_SAID: "subtle",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // One field a row: a checklist's title is long and a task pane is narrow.
  controls: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    "& > *": { minWidth: 0 },
    "& .fui-Select, & select": { minWidth: 0, maxWidth: "100%", width: "100%" },
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  hint: { color: tokens.colorNeutralForeground2 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  gap: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  code: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center", fontSize: tokens.fontSizeBase200 },
  instrument: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  detail: { overflowWrap: "anywhere" },
  ids: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "baseline", fontSize: tokens.fontSizeBase200 },
});

/** One gap: its code and what it means, the instrument, the detail, and the records it rests on. */
const GapItem: React.FC<{ gap: Gap; onShowSource(id: string): void }> = ({ gap, onShowSource }) => {
  const styles = useStyles();
  return (
    <article className={styles.gap} aria-label={`${gap.code}: ${gap.instrument}`} data-gap-code={gap.code}>
      <div className={styles.code}>
        <Badge appearance="tint" color={COLOUR[gap.code]}>
          {gap.code}
        </Badge>
        <span>{GAP_LABELS[gap.code]}</span>
      </div>
      <div className={styles.instrument}>{gap.instrument}</div>
      <div className={styles.detail}>{gap.detail}</div>
      {gap.commitmentIds.length > 0 && (
        <div className={styles.ids}>
          <span>{gap.commitmentIds.length === 1 ? "Commitment:" : "Commitments:"}</span>
          {gap.commitmentIds.map((id) => (
            <Link key={id} as="button" inline aria-label={`Show source of ${id}`} onClick={() => onShowSource(id)}>
              {id}
            </Link>
          ))}
        </div>
      )}
    </article>
  );
};

/**
 * The gaps the tracker flags in the reviewed extraction, by actor: a checklist picker (its
 * instruments then count as expected of every state), counts and a filter by code, and each
 * gap's commitments, which open in the Source tab. With imported status tables, the said-against-
 * done gaps are among them, and a checkbox adds the recorded acts no document mentions.
 */
export const GapsPanel: React.FC<GapsPanelProps> = ({
  gaps,
  extracted,
  checklist,
  onChecklist,
  onShowSource,
  onGoToSources,
  onAddChecklist,
  busy = false,
  doneNotSaid = false,
  onDoneNotSaid,
}) => {
  const styles = useStyles();
  const [code, setCode] = React.useState<GapCode | null>(null);
  const [limit, setLimit] = React.useState(GAP_PAGE_SIZE);
  const counts = React.useMemo(() => countGaps(gaps), [gaps]);
  // A filter on a code that no longer has gaps (after a rejection, say) shows them all again.
  const active = code !== null && counts.some((c) => c.code === code) ? code : null;
  const shown = React.useMemo(() => filterGaps(gaps, active), [gaps, active]);
  const groups = groupGaps(shown.slice(0, limit));
  const chosen = paneChecklist(checklist);

  return (
    <div className={styles.root}>
      <div role="group" className={styles.controls} aria-label="Checklist and filter">
        <ChecklistField
          checklist={checklist}
          onChecklist={onChecklist}
          hint="Its instruments are expected of every state: those without a record are flagged CHECKLIST_MISSING."
        />
        {extracted && (
          <Field label="Gap type">
            <Select
              value={active ?? NONE}
              onChange={(_, d) => {
                setCode(d.value === NONE ? null : (d.value as GapCode));
                setLimit(GAP_PAGE_SIZE);
              }}
            >
              <option value={NONE}>{`All gap types (${gaps.length})`}</option>
              {counts.map((c) => (
                <option key={c.code} value={c.code}>{`${GAP_LABELS[c.code]}: ${c.code} (${c.count})`}</option>
              ))}
            </Select>
          </Field>
        )}
        {onDoneNotSaid && (
          <Checkbox
            checked={doneNotSaid}
            onChange={(_, d) => onDoneNotSaid(d.checked === true)}
            label="Also show recorded acts no document mentions (DONE_NOT_SAID)"
          />
        )}
      </div>
      {onAddChecklist ? (
        <div className={styles.row}>
          <Button disabled={chosen === null || busy} onClick={onAddChecklist}>
            Add checklist to workbook
          </Button>
          <Text size={200} className={styles.hint}>
            {chosen
              ? `Adds ${chosen.items.length} instruments to the Checklist table; the Gaps sheet then reads it.`
              : "Choose a checklist to add it to the workbook's Checklist table."}
          </Text>
        </div>
      ) : (
        chosen && (
          <Text
            size={200}
            className={styles.hint}
          >{`The downloaded workbook includes this checklist (${chosen.items.length} instruments) as its Checklist table; the Gaps sheet reads it.`}</Text>
        )
      )}
      {!extracted ? (
        <div className={styles.row}>
          <Text>No documents extracted yet: extract documents on the Sources tab, then their gaps show here.</Text>
          <Button appearance="secondary" onClick={onGoToSources}>
            Go to Sources
          </Button>
        </div>
      ) : (
        <>
          <Text role="status" aria-live="polite" data-testid="gap-counts">
            {gaps.length === 0
              ? `No gaps in the reviewed commitments${chosen ? `, the ${chosen.title} checklist included` : ""}.`
              : `${describeGapCounts(gaps)} Showing ${shown.length}.`}
          </Text>
          {groups.map((g) => (
            <section key={g.actor} className={styles.group} aria-label={`${g.actor}: ${g.gaps.length} ${g.gaps.length === 1 ? "gap" : "gaps"}`}>
              <h3 className={styles.groupHeading}>{`${g.actor} (${g.gaps.length})`}</h3>
              <ul className={styles.list}>
                {g.gaps.map((gap, i) => (
                  <li key={`${gapKey(gap)}\u0000${i}`}>
                    <GapItem gap={gap} onShowSource={onShowSource} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {shown.length > limit && (
            <Button
              onClick={() => setLimit(limit + GAP_PAGE_SIZE)}
            >{`Show ${Math.min(GAP_PAGE_SIZE, shown.length - limit)} more of ${shown.length - limit}`}</Button>
          )}
        </>
      )}
    </div>
  );
};
