/**
 * The pane's Fluent theme: Office's own colours inside Excel (light, dark, colourful), and the
 * browser's light or dark preference anywhere else; both followed while the pane is open.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The part of Office.context.officeTheme the pane uses. */
export interface OfficeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

const HEX = /^#?([0-9a-f]{6})$/iu;

/** Relative luminance (0 black … 1 white) of a #rrggbb colour, or null when it is not one. */
export function luminance(colour: string | undefined): number | null {
  const m = colour ? HEX.exec(colour.trim()) : null;
  if (!m) return null;
  const n = Number.parseInt(m[1] as string, 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

const withHash = (c: string) => (c.startsWith("#") ? c : `#${c}`);

export function themeFor(office: OfficeColours | null | undefined): Theme {
  const background = luminance(office?.bodyBackgroundColor);
  if (background === null || !office?.bodyBackgroundColor) return webLightTheme;
  const base = background < 0.2 ? webDarkTheme : webLightTheme;
  const foreground =
    luminance(office.bodyForegroundColor) !== null && office.bodyForegroundColor ? withHash(office.bodyForegroundColor) : base.colorNeutralForeground1;
  return { ...base, colorNeutralBackground1: withHash(office.bodyBackgroundColor), colorNeutralForeground1: foreground };
}

/** A theme being followed: the one now, and how to stop following. */
export interface FollowedTheme {
  theme: Theme;
  stop(): void;
}

type MediaListener = (e: { matches: boolean }) => void;
/** The part of a MediaQueryList used: addEventListener, or addListener in older browsers (Safari < 14). */
interface ColourSchemeQuery {
  matches: boolean;
  addEventListener?(type: "change", listener: MediaListener): void;
  removeEventListener?(type: "change", listener: MediaListener): void;
  addListener?(listener: MediaListener): void;
  removeListener?(listener: MediaListener): void;
}

const DARK_QUERY = "(prefers-color-scheme: dark)";
const browserTheme = (dark: boolean) => (dark ? webDarkTheme : webLightTheme);

/** Outside Office: Fluent's web dark or light theme as the browser prefers, and its changes, to `onChange`. */
export function followBrowserTheme(win: { matchMedia?(query: string): ColourSchemeQuery }, onChange: (theme: Theme) => void): FollowedTheme {
  const query = typeof win.matchMedia === "function" ? win.matchMedia(DARK_QUERY) : null;
  if (!query) return { theme: webLightTheme, stop: () => undefined };
  const listener: MediaListener = (e) => onChange(browserTheme(e.matches));
  if (query.addEventListener) query.addEventListener("change", listener);
  else query.addListener?.(listener);
  return {
    theme: browserTheme(query.matches),
    stop: () => (query.removeEventListener ? query.removeEventListener("change", listener) : query.removeListener?.(listener)),
  };
}

/** The part of office.js that tells the theme and its changes (Office itself, or a test's stand-in). */
export interface OfficeThemeHost {
  EventType: { OfficeThemeChanged: string };
  AsyncResultStatus: { Succeeded: string; Failed: string };
  context: {
    officeTheme?: OfficeColours | null;
    document?: {
      addHandlerAsync?(
        type: string,
        handler: (args: { officeTheme?: OfficeColours }) => void,
        callback?: (result: { status: string; error?: { message: string } }) => void,
      ): void;
      removeHandlerAsync?(
        type: string,
        options: { handler: (args: { officeTheme?: OfficeColours }) => void },
        callback?: (result: { status: string }) => void,
      ): void;
    };
  };
}

/** How often Office's theme is read again where the host does not raise OfficeThemeChanged. */
export const OFFICE_THEME_POLL_MS = 3000;

const colourKey = (c: OfficeColours | null | undefined) => `${c?.bodyBackgroundColor ?? ""}|${c?.bodyForegroundColor ?? ""}`;

/**
 * Inside Office: the theme from Office's colours, followed through Office.EventType.OfficeThemeChanged
 * on the document. Until the host has accepted that handler, and wherever it refuses it (Microsoft
 * documents the event for some hosts only), Office.context.officeTheme is read again every few
 * seconds and a change reported.
 */
export function followOfficeTheme(office: OfficeThemeHost, onChange: (theme: Theme) => void): FollowedTheme {
  const initial = office.context.officeTheme;
  if (!initial) return { theme: webLightTheme, stop: () => undefined };
  let last = colourKey(initial);
  let stopped = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const report = (colours: OfficeColours | null | undefined) => {
    if (stopped || !colours || colourKey(colours) === last) return;
    last = colourKey(colours);
    onChange(themeFor(colours));
  };
  const handler = (args: { officeTheme?: OfficeColours }) => report(args.officeTheme ?? office.context.officeTheme);
  const poll = () => {
    if (timer === undefined && !stopped) timer = setInterval(() => report(office.context.officeTheme), OFFICE_THEME_POLL_MS);
  };
  const events = office.context.document;
  const unregister = () => events?.removeHandlerAsync?.(office.EventType.OfficeThemeChanged, { handler });
  let registered = false;
  poll();
  try {
    events?.addHandlerAsync?.(office.EventType.OfficeThemeChanged, handler, (result) => {
      if (result.status !== office.AsyncResultStatus.Succeeded) return;
      registered = true;
      clearInterval(timer);
      timer = undefined;
      // Stopped while Office was still registering: take the handler off again.
      if (stopped) unregister();
    });
  } catch {
    // Older office.js throws on an event type it does not know: polling goes on.
  }
  return {
    theme: themeFor(initial),
    stop: () => {
      stopped = true;
      if (timer !== undefined) clearInterval(timer);
      if (registered) unregister();
    },
  };
}
