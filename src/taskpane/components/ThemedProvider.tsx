import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import * as React from "react";
import type { FollowedTheme } from "../state/theme";

export interface ThemedProviderProps {
  /** Starts following a theme (Office's, or the browser's): the theme now, changes to `onChange`. */
  follow(onChange: (theme: Theme) => void): FollowedTheme;
  children: React.ReactNode;
}

/** Fluent's provider with the theme followed while the pane is open: a change re-themes the pane in place. */
export const ThemedProvider: React.FC<ThemedProviderProps> = ({ follow, children }) => {
  const [theme, setTheme] = React.useState<Theme>(webLightTheme);
  // Before the first paint, so a dark pane never flashes light.
  React.useLayoutEffect(() => {
    const followed = follow(setTheme);
    setTheme(followed.theme);
    return () => followed.stop();
  }, [follow]);
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      {children}
    </FluentProvider>
  );
};
