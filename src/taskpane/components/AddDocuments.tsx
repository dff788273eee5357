import { Button, Field, Textarea, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import * as React from "react";
import { ACCEPT } from "../state/sources";

export interface AddDocumentsProps {
  /** Files picked or dropped; the parent reads them and reports what it could not read. */
  onFiles(files: File[]): void;
  onPaste(text: string): void;
  disabled?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hidden: { display: "none" },
});

/** Paste a document, pick files, or drop them on the zone (.txt, .md, .html, .docx, .pdf). */
export const AddDocuments: React.FC<AddDocumentsProps> = ({ onFiles, onPaste, disabled }) => {
  const styles = useStyles();
  const [text, setText] = React.useState("");
  const [over, setOver] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);

  const addPasted = () => {
    onPaste(text);
    if (text.trim() !== "") setText("");
  };

  return (
    <section className={styles.root} aria-labelledby="add-heading">
      <h3 id="add-heading">Add documents</h3>
      <Field label="Paste a statement or press release">
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={3} disabled={disabled} />
      </Field>
      <div className={styles.row}>
        <Button onClick={addPasted} disabled={disabled || text.trim() === ""}>
          Add pasted text
        </Button>
        <Button onClick={() => input.current?.click()} disabled={disabled}>
          Choose files…
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept={ACCEPT}
          data-testid="file-input"
          aria-label="Choose document files"
          tabIndex={-1}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
      <div
        className={mergeClasses(styles.drop, over && styles.dropActive)}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const files = [...(e.dataTransfer?.files ?? [])];
          if (files.length > 0 && !disabled) onFiles(files);
        }}
      >
        Or drop .txt, .md, .html, .docx or .pdf files here
      </div>
    </section>
  );
};
