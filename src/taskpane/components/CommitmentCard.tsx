import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { ReviewChoice } from "../../workbook/layout";
import { LOW_CONFIDENCE_BELOW, type CommitmentEdit, type ReviewItem } from "../state/review";
import { CommitmentEditor } from "./CommitmentEditor";

export interface CommitmentCardProps {
  item: ReviewItem;
  onDecide(review: ReviewChoice): void;
  onEdit(edit: CommitmentEdit): void;
  onShowSource(): void;
  /** The actor's status under the instrument, as the workbook's Status column says it. */
  status?: string | null;
}

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // No opacity: text on a rejected card keeps its full contrast.
  rejected: { backgroundColor: tokens.colorNeutralBackground3, borderLeftWidth: tokens.strokeWidthThickest, borderLeftColor: tokens.colorPaletteRedBorder2 },
  struck: { textDecorationLine: "line-through" },
  headline: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  status: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  meta: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center", fontSize: tokens.fontSizeBase200 },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

const REVIEW_COLOUR: Record<ReviewChoice, "informative" | "success" | "danger"> = { Pending: "informative", Accepted: "success", Rejected: "danger" };

export function describeCommitment({ commitment: c }: ReviewItem): string {
  return `${c.actor} ${c.action} ${c.instrument}${c.date ? ` (${c.date})` : ""}`;
}

/**
 * One commitment: what was found, the quote, and the reviewer's buttons. The card itself takes
 * focus; on it, A accepts, R rejects, E edits, S (or Enter) shows the source, arrows move.
 */
export const CommitmentCard: React.FC<CommitmentCardProps> = ({ item, onDecide, onEdit, onShowSource, status }) => {
  const styles = useStyles();
  const [editing, setEditing] = React.useState(false);
  const card = React.useRef<HTMLElement>(null);
  const { commitment: c, review } = item;
  const label = describeCommitment(item);

  const onKeyDown = (e: React.KeyboardEvent<HTMLElement>) => {
    if (e.target !== card.current || e.altKey || e.ctrlKey || e.metaKey) return;
    const move = (step: number) => {
      const cards = [...document.querySelectorAll<HTMLElement>("[data-commitment-card]")];
      cards[cards.indexOf(card.current as HTMLElement) + step]?.focus();
    };
    const keys: Record<string, () => void> = {
      a: () => onDecide("Accepted"),
      r: () => onDecide("Rejected"),
      e: () => setEditing(true),
      s: onShowSource,
      Enter: onShowSource,
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
    };
    const action = keys[e.key.length === 1 ? e.key.toLowerCase() : e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  return (
    <article
      ref={card}
      className={mergeClasses(styles.card, review === "Rejected" && styles.rejected)}
      tabIndex={0}
      data-commitment-card={c.id}
      aria-label={`${label}, ${review}`}
      aria-keyshortcuts="A R E S"
      onKeyDown={onKeyDown}
    >
      <div className={mergeClasses(styles.headline, review === "Rejected" && styles.struck)}>{label}</div>
      {status && <div className={styles.status}>{`Status: ${status}`}</div>}
      <div className={styles.meta}>
        <Badge appearance="filled" color={REVIEW_COLOUR[review]}>
          {review}
        </Badge>
        {item.edited && <Badge appearance="outline">edited</Badge>}
        <Badge appearance="tint" color={c.polarity === "affirmed" ? "brand" : "warning"}>
          {c.polarity}
        </Badge>
        <Badge appearance="tint" color={c.confidence < LOW_CONFIDENCE_BELOW ? "warning" : "subtle"}>
          confidence {c.confidence.toFixed(2)}
        </Badge>
        <span>{item.document.title || item.document.id}</span>
      </div>
      <blockquote className={styles.quote}>{c.source.quote}</blockquote>
      {editing ? (
        <CommitmentEditor
          commitment={c}
          onCancel={() => {
            setEditing(false);
            card.current?.focus();
          }}
          onSave={(edit) => {
            setEditing(false);
            onEdit(edit);
            card.current?.focus();
          }}
        />
      ) : (
        <div className={styles.actions}>
          <Button
            size="small"
            appearance={review === "Accepted" ? "primary" : "secondary"}
            aria-pressed={review === "Accepted"}
            aria-label={`Accept: ${label}`}
            onClick={() => onDecide("Accepted")}
          >
            Accept
          </Button>
          <Button
            size="small"
            appearance={review === "Rejected" ? "primary" : "secondary"}
            aria-pressed={review === "Rejected"}
            aria-label={`Reject: ${label}`}
            onClick={() => onDecide("Rejected")}
          >
            Reject
          </Button>
          <Button size="small" aria-label={`Edit: ${label}`} onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button size="small" appearance="subtle" aria-label={`Show source: ${label}`} onClick={onShowSource}>
            Show source
          </Button>
        </div>
      )}
    </article>
  );
};
