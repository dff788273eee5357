/**
 * The pane's Fluent theme: Office's own colours inside Excel (light, dark, colourful), Fluent's
 * web light theme anywhere else.
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
  const foreground = luminance(office.bodyForegroundColor) !== null && office.bodyForegroundColor ? withHash(office.bodyForegroundColor) : base.colorNeutralForeground1;
  return { ...base, colorNeutralBackground1: withHash(office.bodyBackgroundColor), colorNeutralForeground1: foreground };
}
