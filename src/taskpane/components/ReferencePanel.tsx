import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { htmlTableRows, rowsAsTabText, type ImportResult } from "../../core";
import { ColumnMappingForm } from "./ColumnMappingForm";
import { describeImport, previewRows, referenceKey, TABLE_ACCEPT, type ImportOutcome, type ImportRequest } from "../state/reference";

export interface ReferencePanelProps {
  /** The tables imported so far, one per instrument. */
  references: readonly ImportResult[];
  /** The last import (its preview, or why it failed), or null before any. */
  outcome: ImportOutcome | null;
  onImport(request: ImportRequest): void;
  /** Drops an imported table (by its referenceKey). */
  onRemove(key: string): void;
  /** Inside Excel: writes the imported tables to the workbook (absent outside Excel: the download includes them). */
  onWrite?: () => void;
  /** An import is being read. */
  importing?: boolean;
  /** Something else is running (extraction, writing): no workbook action now. */
  busy?: boolean;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  hint: { color: tokens.colorNeutralForeground2 },
  hidden: { display: "none" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  preview: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  // A long table scrolls in place (keyboard-scrollable: it takes focus), the pane stays short.
  scroll: {
    maxHeight: "240px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  caption: { textAlign: "start", padding: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  cell: { overflowWrap: "anywhere" },
  problems: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  imported: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  importedItem: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", justifyContent: "space-between", overflowWrap: "anywhere" },
});

/** The result of the last import: what was read, the rows as parsed, and the rows to check with their line. */
const Preview: React.FC<{ result: ImportResult; source: string }> = ({ result, source }) => {
  const styles = useStyles();
  const rows = previewRows(result);
  return (
    <section className={styles.preview} aria-labelledby="reference-preview-heading" data-testid="reference-preview">
      <h4 id="reference-preview-heading" className={styles.heading}>{`Preview: ${result.instrument || "no instrument"}`}</h4>
      <Text size={200} data-testid="reference-counts">{`${source}: ${describeImport(result)}`}</Text>
      {result.layout && (
        <Text size={200} data-testid="reference-layout">
          {`Read as: ${result.layout}`}
        </Text>
      )}
      {rows.length > 0 && (
        <div className={styles.scroll} role="region" aria-label="Acts read" tabIndex={0}>
          <Table size="extra-small">
            <caption className={styles.caption}>{`Acts read from the table (${rows.length})`}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Participant</TableHeaderCell>
                <TableHeaderCell>Act</TableHeaderCell>
                <TableHeaderCell>Date</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.key}>
                  <TableCell className={styles.cell}>{r.participant}</TableCell>
                  <TableCell>{r.act}</TableCell>
                  <TableCell>{r.date}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {result.records.length > rows.length && (
        <Text size={200}>{`The first ${rows.length} of ${result.records.length} acts are shown; all are imported.`}</Text>
      )}
      {result.problems.length > 0 && (
        <>
          <h4 id="reference-problems-heading" className={styles.heading}>{`Rows to check (${result.problems.length})`}</h4>
          <ul className={styles.problems} aria-labelledby="reference-problems-heading">
            {result.problems.map((p, i) => (
              <li key={`${p.line}-${i}`}>{`Line ${p.line}: ${p.reason}`}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};

/** The message for the last import: an error, a warning when rows need checking, else a success. */
const Outcome = React.forwardRef<HTMLDivElement, { outcome: ImportOutcome }>(({ outcome }, ref) => {
  const { result, error } = outcome;
  const intent = error ? "error" : result && result.problems.length > 0 ? "warning" : "success";
  const title = error ? "The table was not imported" : `Imported: ${result?.instrument ?? ""}`;
  const text = error
    ? `${outcome.source}: ${error}`
    : `${describeImport(result as ImportResult)} The gaps below and the review cards' status lines now compare the statements with it.`;
  return (
    <MessageBar ref={ref} tabIndex={-1} intent={intent} politeness={error ? "assertive" : "polite"} layout="multiline" data-testid="reference-message">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
});
Outcome.displayName = "Outcome";

/**
 * The depositary's record, at the top of the Gaps tab (collapsed until opened): paste a status
 * table copied from the UN Treaty Collection, or pick a .csv, .tsv, .txt or .xlsx file; see the
 * acts read and the rows that were not; then the imported tables (one per instrument) feed the
 * gaps and the status lines, and go to the workbook's Reference table.
 */
export const ReferencePanel: React.FC<ReferencePanelProps> = ({ references, outcome, onImport, onRemove, onWrite, importing = false, busy = false }) => {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const [text, setText] = React.useState("");
  const [instrument, setInstrument] = React.useState("");
  /** The paste came from the clipboard's HTML table: its columns (how many), kept as the browser showed them. */
  const [htmlColumns, setHtmlColumns] = React.useState<number | null>(null);
  const input = React.useRef<HTMLInputElement>(null);
  const message = React.useRef<HTMLDivElement>(null);
  // Focus goes to the message of an import started here (not to an old one when the tab is opened again).
  const awaiting = React.useRef(false);
  const lastOutcome = React.useRef(outcome?.id ?? null);
  React.useEffect(() => {
    if (!outcome || outcome.id === lastOutcome.current) return;
    lastOutcome.current = outcome.id;
    if (awaiting.current) {
      awaiting.current = false;
      message.current?.focus();
    }
  }, [outcome]);
  const start = (request: ImportRequest) => {
    awaiting.current = true;
    onImport(request);
  };
  const acts = references.reduce((n, r) => n + r.records.length, 0);
  const disabled = importing || busy;

  return (
    <Accordion collapsible openItems={open ? ["reference"] : []} onToggle={(_, d) => setOpen(d.openItems.includes("reference"))}>
      <AccordionItem value="reference">
        <AccordionHeader as="h3" expandIconPosition="end">
          {references.length === 0
            ? "Reference: import a status table"
            : `Reference: ${references.length} ${references.length === 1 ? "table" : "tables"} imported (${acts} acts)`}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Text size={200} className={styles.hint}>
            Paste a status table copied from the UN Treaty Collection (from its title line to its last participant), a secretariat&apos;s list of parties or
            OHCHR&apos;s status export, or choose a .csv (commas or semicolons), .tsv, .txt or .xlsx file. A table of actor, instrument, action and date columns
            works too; for another layout, Map columns appears when it is not recognised.
          </Text>
          <Field
            label="Paste a status table"
            hint="Tab-separated lines as the web page copies them, or CSV text with commas or semicolons (as Excel saves it in French, German or Spanish)."
          >
            <Textarea
              value={text}
              onChange={(_, d) => {
                setText(d.value);
                setHtmlColumns(null);
              }}
              onPaste={(e) => {
                // A web page's table comes with its HTML: its cells, not the text's tabs, say where each column is.
                const rows = htmlTableRows(e.clipboardData?.getData("text/html") ?? "");
                if (!rows) return;
                e.preventDefault();
                setText(rowsAsTabText(rows));
                setHtmlColumns(Math.max(...rows.map((r) => r.length)));
              }}
              resize="vertical"
              rows={4}
              disabled={disabled}
            />
          </Field>
          {htmlColumns !== null && (
            <Text size={200} className={styles.hint} data-testid="reference-html-paste">
              {`Pasted from the page's table: its ${htmlColumns} columns are kept as the browser showed them.`}
            </Text>
          )}
          <Field label="Instrument (optional)" hint="A catalog id, name or acronym, for a table copied without its title line.">
            <Input value={instrument} onChange={(_, d) => setInstrument(d.value)} disabled={disabled} />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" disabled={disabled || text.trim() === ""} onClick={() => start({ kind: "paste", text, instrument })}>
              Import
            </Button>
            <Button disabled={disabled} onClick={() => input.current?.click()}>
              Import a file…
            </Button>
            {importing && (
              <Text size={200} role="status">
                Reading the table…
              </Text>
            )}
            <input
              ref={input}
              className={styles.hidden}
              type="file"
              accept={TABLE_ACCEPT}
              data-testid="reference-file-input"
              aria-label="Choose a status table file"
              tabIndex={-1}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) start({ kind: "file", file, instrument });
              }}
            />
          </div>
          {outcome && <Outcome ref={message} outcome={outcome} />}
          {outcome?.mapping && outcome.mapping.choices.length > 0 && (
            <ColumnMappingForm
              key={outcome.id}
              choices={outcome.mapping.choices}
              disabled={disabled}
              onApply={(columns) => outcome.mapping && start({ ...outcome.mapping.request, instrument, columns })}
            />
          )}
          {outcome?.result && <Preview result={outcome.result} source={outcome.source} />}
          {references.length > 0 && (
            <section className={styles.preview} aria-labelledby="reference-imported-heading">
              <h4 id="reference-imported-heading" className={styles.heading}>{`Imported tables (${references.length})`}</h4>
              <ul className={styles.imported} aria-labelledby="reference-imported-heading">
                {references.map((r) => (
                  <li key={referenceKey(r)} className={styles.importedItem}>
                    <span>{`${r.instruments ? r.instrument : `${r.instrument} (${r.instrumentId ?? "not in the catalog"})`}: ${r.records.length} ${r.records.length === 1 ? "act" : "acts"}`}</span>
                    <Button size="small" disabled={busy} aria-label={`Remove the table of ${r.instrument}`} onClick={() => onRemove(referenceKey(r))}>
                      Remove
                    </Button>
                  </li>
                ))}
              </ul>
              {onWrite ? (
                <div className={styles.row}>
                  <Button disabled={busy} onClick={onWrite}>
                    Write reference to workbook
                  </Button>
                  <Text size={200} className={styles.hint}>
                    Into the Reference table; the Status column and the Gaps sheet then read it.
                  </Text>
                </div>
              ) : (
                <Text size={200} className={styles.hint}>
                  The downloaded workbook includes these tables as its Reference table; its Status column and Gaps sheet read it.
                </Text>
              )}
            </section>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
};
