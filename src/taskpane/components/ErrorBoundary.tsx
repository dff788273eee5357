import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";

interface State {
  error: Error | null;
}

/** Whatever goes wrong in rendering, the pane shows a message bar with a way out, never a blank page. */
export class ErrorBoundary extends React.Component<React.PropsWithChildren, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render(): React.ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>The pane stopped</MessageBarTitle>
          {`${error.message}. Your workbook was not changed. Reload the pane to start again.`}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>Reload the pane</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
