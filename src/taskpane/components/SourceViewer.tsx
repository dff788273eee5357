import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { ReviewChoice } from "../../workbook/layout";
import type { ReviewItem } from "../state/review";
import { describeCommitment } from "./CommitmentCard";

export interface SourceViewerProps {
  /** The commitment shown, or null. */
  item: ReviewItem | null;
  /** The text its offsets index into (the extraction's text of its document). */
  text: string;
  /** The commitments of the same document in text order, for next / previous. */
  siblings: readonly ReviewItem[];
  onNavigate(id: string): void;
  onDecide(review: ReviewChoice): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minHeight: 0 },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  text: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    maxHeight: "55vh",
    overflowY: "auto",
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    lineHeight: tokens.lineHeightBase300,
  },
  // The yellow is the same in light and dark themes, so its text is a dark that does not follow the theme.
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorderActive}`,
  },
});

/**
 * The document with the quote marked (a <mark>, which screen readers announce) and scrolled into
 * view. Text is rendered as text: React escapes it, nothing is parsed as HTML.
 */
export const SourceViewer: React.FC<SourceViewerProps> = ({ item, text, siblings, onNavigate, onDecide }) => {
  const styles = useStyles();
  const mark = React.useRef<HTMLElement>(null);
  React.useEffect(() => {
    mark.current?.scrollIntoView?.({ block: "center" });
  }, [item?.original.id]);

  if (!item) return <Text>Choose “Show source” on a commitment to see it in its document.</Text>;
  const { start, end } = item.original.source;
  const at = siblings.findIndex((s) => s.original.id === item.original.id);
  const previous = at > 0 ? siblings[at - 1] : undefined;
  const next = at >= 0 && at < siblings.length - 1 ? siblings[at + 1] : undefined;
  const label = describeCommitment(item);

  return (
    <div className={styles.root}>
      <Text weight="semibold">{label}</Text>
      <Text size={200}>{`${item.document.title || item.document.id} · characters ${start}–${end} · ${item.review}`}</Text>
      <div className={styles.bar}>
        <Button size="small" disabled={!previous} onClick={() => previous && onNavigate(previous.original.id)}>
          Previous evidence
        </Button>
        <Text size={200} aria-live="polite">{`${at + 1} of ${siblings.length} in this document`}</Text>
        <Button size="small" disabled={!next} onClick={() => next && onNavigate(next.original.id)}>
          Next evidence
        </Button>
        <Button size="small" aria-label={`Accept: ${label}`} aria-pressed={item.review === "Accepted"} onClick={() => onDecide("Accepted")}>
          Accept
        </Button>
        <Button size="small" aria-label={`Reject: ${label}`} aria-pressed={item.review === "Rejected"} onClick={() => onDecide("Rejected")}>
          Reject
        </Button>
      </div>
      <div className={styles.text} role="document" aria-label={`Source: ${item.document.title || item.document.id}`} tabIndex={0} data-testid="source-text">
        {text.slice(0, start)}
        <mark ref={mark} className={styles.mark}>
          {text.slice(start, end)}
        </mark>
        {text.slice(end)}
      </div>
    </div>
  );
};
