import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { countItems, facets, filterItems, groupItems, NO_FILTER, type GroupBy, type ReviewAction, type ReviewFilter, type ReviewItem } from "../state/review";
import { CommitmentCard } from "./CommitmentCard";
import { ReviewFilters } from "./ReviewFilters";

export interface ReviewPanelProps {
  items: readonly ReviewItem[];
  dispatch(action: ReviewAction): void;
  onShowSource(id: string): void;
  /** A commitment's actor's status under its instrument ("Bound (acceded 2005-09-16)"), shown on its card. */
  statusOf?: (id: string) => string | null;
}

/** Cards rendered at first (and per "Show more"): a long list stays quick to draw. */
export const PAGE_SIZE = 100;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The commitments for review: filters, counts, bulk accept, and cards grouped by actor, instrument or document. */
export const ReviewPanel: React.FC<ReviewPanelProps> = ({ items, dispatch, onShowSource, statusOf }) => {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<ReviewFilter>(NO_FILTER);
  const [groupBy, setGroupBy] = React.useState<GroupBy>("actor");
  const [limit, setLimit] = React.useState(PAGE_SIZE);
  const shown = React.useMemo(() => filterItems(items, filter), [items, filter]);
  const all = countItems(items);
  const present = React.useMemo(() => facets(items), [items]);
  const pendingShown = shown.filter((i) => i.review === "Pending").map((i) => i.original.id);
  const groups = groupItems(shown.slice(0, limit), groupBy);
  const root = React.useRef<HTMLDivElement>(null);
  const refocus = React.useRef<{ id: string; index: number } | null>(null);

  // A decision or an edit can move a card to another group or filter it out; the keyboard user
  // keeps their place: the same card where it went, else the one that took its place.
  const remember = (id: string) => {
    const cards = [...(root.current?.querySelectorAll<HTMLElement>("[data-commitment-card]") ?? [])];
    const index = cards.findIndex((c) => c.dataset.commitmentCard === id);
    if (index >= 0 && cards[index]?.contains(document.activeElement)) refocus.current = { id, index };
  };
  React.useLayoutEffect(() => {
    const target = refocus.current;
    if (!target || !root.current) return;
    refocus.current = null;
    const active = document.activeElement;
    if (active && active !== document.body && root.current.contains(active)) return;
    const cards = [...root.current.querySelectorAll<HTMLElement>("[data-commitment-card]")];
    (cards.find((c) => c.dataset.commitmentCard === target.id) ?? cards[Math.min(target.index, cards.length - 1)])?.focus();
  });

  if (items.length === 0) return <Text>No commitments yet. Add documents and extract them on the Sources tab.</Text>;

  return (
    <div className={styles.root} ref={root}>
      <ReviewFilters
        filter={filter}
        groupBy={groupBy}
        facets={present}
        onFilter={(f) => {
          setFilter(f);
          setLimit(PAGE_SIZE);
        }}
        onGroupBy={setGroupBy}
      />
      <div className={styles.bar}>
        <Text role="status" aria-live="polite" data-testid="review-counts">
          {`${all.total} commitments: ${all.pending} pending, ${all.accepted} accepted, ${all.rejected} rejected. Showing ${shown.length}.`}
        </Text>
        <Button appearance="primary" disabled={pendingShown.length === 0} onClick={() => dispatch({ type: "decide", ids: pendingShown, review: "Accepted" })}>
          {`Accept ${pendingShown.length} pending shown`}
        </Button>
      </div>
      {groups.map((g) => (
        <section key={g.key} className={styles.group} aria-label={`${g.key}: ${g.items.length}`}>
          <h3 className={styles.groupHeading}>{`${g.key} (${g.items.length})`}</h3>
          <ul className={styles.list}>
            {g.items.map((item) => (
              <li key={item.original.id}>
                <CommitmentCard
                  item={item}
                  onDecide={(review) => {
                    remember(item.original.id);
                    dispatch({ type: "decide", ids: [item.original.id], review });
                  }}
                  onEdit={(edit) => {
                    remember(item.original.id);
                    dispatch({ type: "edit", id: item.original.id, edit });
                  }}
                  onShowSource={() => onShowSource(item.original.id)}
                  status={statusOf?.(item.original.id) ?? null}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {shown.length > limit && (
        <Button onClick={() => setLimit(limit + PAGE_SIZE)}>{`Show ${Math.min(PAGE_SIZE, shown.length - limit)} more of ${shown.length - limit}`}</Button>
      )}
    </div>
  );
};
