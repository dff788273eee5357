/** @jest-environment ./test/support/jsdomEnvironment.js */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { followBrowserTheme, followOfficeTheme, type OfficeThemeHost } from "./theme";

/** A matchMedia whose prefers-color-scheme: dark answer the test sets and changes. */
function fakeMedia(dark: boolean) {
  const listeners = new Set<(e: { matches: boolean }) => void>();
  const query = {
    matches: dark,
    media: "(prefers-color-scheme: dark)",
    addEventListener: (_: "change", l: (e: { matches: boolean }) => void) => listeners.add(l),
    removeEventListener: (_: "change", l: (e: { matches: boolean }) => void) => listeners.delete(l),
  };
  const matchMedia = jest.fn((q: string) => {
    expect(q).toBe("(prefers-color-scheme: dark)");
    return query;
  });
  return {
    matchMedia,
    listeners,
    set(next: boolean) {
      query.matches = next;
      for (const l of [...listeners]) l({ matches: next });
    },
  };
}

const DARK = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" };
const COLOURFUL = { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" };

/** An Office whose document raises OfficeThemeChanged (or refuses the handler, when `supported` is false). */
function fakeOffice(theme: typeof DARK | null, supported = true) {
  let handler: ((args: { officeTheme: typeof DARK }) => void) | null = null;
  const removed = jest.fn();
  const office: OfficeThemeHost & { context: { officeTheme: typeof DARK | null } } = {
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      officeTheme: theme,
      document: {
        addHandlerAsync: (type, h, callback) => {
          expect(type).toBe("officeThemeChanged");
          if (supported) handler = h as typeof handler;
          callback?.({ status: supported ? "succeeded" : "failed", error: supported ? undefined : { message: "not supported in this host" } });
        },
        removeHandlerAsync: (type, options, callback) => {
          removed(type, options.handler === handler);
          callback?.({ status: "succeeded" });
        },
      },
    },
  };
  return { office, removed, fire: (next: typeof DARK) => handler?.({ officeTheme: next }), registered: () => handler !== null };
}

describe("followBrowserTheme (outside Office)", () => {
  test("starts from the browser's colour scheme and follows its changes until stopped", () => {
    const media = fakeMedia(true);
    const seen: Theme[] = [];
    const follow = followBrowserTheme({ matchMedia: media.matchMedia }, (t) => seen.push(t));
    expect(follow.theme).toBe(webDarkTheme);
    media.set(false);
    media.set(true);
    expect(seen).toEqual([webLightTheme, webDarkTheme]);
    follow.stop();
    expect(media.listeners.size).toBe(0);
    media.set(false);
    expect(seen).toHaveLength(2);
  });

  test("is light where the browser prefers light, and where matchMedia does not exist", () => {
    expect(followBrowserTheme({ matchMedia: fakeMedia(false).matchMedia }, () => undefined).theme).toBe(webLightTheme);
    const none = followBrowserTheme({}, () => undefined);
    expect(none.theme).toBe(webLightTheme);
    expect(() => none.stop()).not.toThrow();
  });

  test("older browsers' addListener/removeListener are used when addEventListener is missing", () => {
    const listeners = new Set<(e: { matches: boolean }) => void>();
    const query = {
      matches: false,
      addListener: (l: (e: { matches: boolean }) => void) => listeners.add(l),
      removeListener: (l: (e: { matches: boolean }) => void) => listeners.delete(l),
    };
    const seen: Theme[] = [];
    const follow = followBrowserTheme({ matchMedia: () => query }, (t) => seen.push(t));
    for (const l of listeners) l({ matches: true });
    expect(seen).toEqual([webDarkTheme]);
    follow.stop();
    expect(listeners.size).toBe(0);
  });
});

describe("followOfficeTheme (inside Office)", () => {
  test("starts from Office's theme and follows OfficeThemeChanged; stop removes the handler", () => {
    const { office, fire, removed, registered } = fakeOffice(COLOURFUL);
    const seen: Theme[] = [];
    const follow = followOfficeTheme(office, (t) => seen.push(t));
    expect(follow.theme.colorNeutralBackground1).toBe("#ffffff");
    expect(registered()).toBe(true);
    fire(DARK);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.colorNeutralBackground1).toBe("#262626");
    expect(seen[0]?.colorNeutralForeground1).toBe("#ffffff");
    expect(seen[0]?.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    follow.stop();
    expect(removed).toHaveBeenCalledWith("officeThemeChanged", true);
  });

  test("where the host does not raise the event, it looks at Office's theme every few seconds instead, and only reports changes", () => {
    jest.useFakeTimers();
    try {
      const { office } = fakeOffice(COLOURFUL, false);
      const seen: Theme[] = [];
      const follow = followOfficeTheme(office, (t) => seen.push(t));
      jest.advanceTimersByTime(10_000);
      expect(seen).toEqual([]);
      office.context.officeTheme = DARK;
      jest.advanceTimersByTime(10_000);
      expect(seen.map((t) => t.colorNeutralBackground1)).toEqual(["#262626"]);
      follow.stop();
      office.context.officeTheme = COLOURFUL;
      jest.advanceTimersByTime(10_000);
      expect(seen).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });

  test("once Office accepts the handler it stops looking every few seconds; until then (or if it never answers) it looks", () => {
    jest.useFakeTimers();
    try {
      let answer: ((result: { status: string }) => void) | undefined;
      let handler: ((args: { officeTheme?: typeof DARK }) => void) | undefined;
      const removed = jest.fn();
      const office: OfficeThemeHost & { context: { officeTheme: typeof DARK } } = {
        EventType: { OfficeThemeChanged: "officeThemeChanged" },
        AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
        context: {
          officeTheme: COLOURFUL,
          document: {
            addHandlerAsync: (_, h, callback) => ((handler = h), (answer = callback)),
            removeHandlerAsync: (_, options) => removed(options.handler === handler),
          },
        },
      };
      const seen: string[] = [];
      const follow = followOfficeTheme(office, (t) => seen.push(t.colorNeutralBackground1));
      office.context.officeTheme = DARK;
      jest.advanceTimersByTime(10_000);
      expect(seen).toEqual(["#262626"]);
      answer?.({ status: "succeeded" });
      office.context.officeTheme = COLOURFUL;
      jest.advanceTimersByTime(10_000);
      expect(seen).toEqual(["#262626"]);
      handler?.({ officeTheme: COLOURFUL });
      expect(seen).toEqual(["#262626", "#ffffff"]);
      follow.stop();
      expect(removed).toHaveBeenCalledWith(true);
    } finally {
      jest.useRealTimers();
    }
  });

  test("stopped before Office has answered, the handler it then accepts is taken off again", () => {
    let answer: ((result: { status: string }) => void) | undefined;
    const removed = jest.fn();
    const office: OfficeThemeHost = {
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: { officeTheme: COLOURFUL, document: { addHandlerAsync: (_, __, callback) => (answer = callback), removeHandlerAsync: () => removed() } },
    };
    followOfficeTheme(office, () => undefined).stop();
    expect(removed).not.toHaveBeenCalled();
    answer?.({ status: "succeeded" });
    expect(removed).toHaveBeenCalledTimes(1);
  });

  test("with no officeTheme at all (older hosts), the pane is light and nothing is registered", () => {
    const { office, registered } = fakeOffice(null);
    const follow = followOfficeTheme(office, () => undefined);
    expect(follow.theme).toBe(webLightTheme);
    expect(registered()).toBe(false);
    follow.stop();
  });
});
