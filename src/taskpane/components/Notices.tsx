import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";

export type NoticeIntent = "error" | "warning" | "success" | "info";

export interface Notice {
  id: number;
  intent: NoticeIntent;
  title: string;
  /** What happened and what to do next. */
  text: string;
}

export interface NoticesProps {
  notices: readonly Notice[];
  onDismiss(id: number): void;
}

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The pane's messages: Fluent message bars, errors announced assertively, the rest politely. */
export const Notices: React.FC<NoticesProps> = ({ notices, onDismiss }) => {
  const styles = useStyles();
  if (notices.length === 0) return null;
  return (
    <div className={styles.list}>
      {notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} politeness={n.intent === "error" ? "assertive" : "polite"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{n.title}</MessageBarTitle>
            {n.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={`Dismiss: ${n.title}`} onClick={() => onDismiss(n.id)}>
                ×
              </Button>
            }
          />
        </MessageBar>
      ))}
    </div>
  );
};
