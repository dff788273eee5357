/**
 * The task pane end to end, in Debian's Chromium (driven by playwright-core) against the
 * production build served on localhost. Office's CDN script is routed to the local copy in
 * @microsoft/office-js, so the page runs as in any browser outside Office: Office.onReady gives
 * no host, and the workbook is downloaded. The page is 320 px wide (Excel's pane on Windows), and
 * 270 and 350 px (Mac, web) where widths are checked. Screenshots go to test-results/ (git-ignored).
 * `.ci/run` installs chromium; on a machine without it this suite is skipped with a warning
 * (under CI=true it fails instead).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import {
  builtInChecklist,
  catalogById,
  evidenceFromExtraction,
  EvidenceIndex,
  findGaps,
  instrumentLabel,
  reconcile,
  ReferenceIndex,
  statusMatrix,
  timelineCounts,
} from "../src/core";
import { paneReference, statusLine } from "../src/taskpane/state/gaps";
import { importPastedTable } from "../src/taskpane/state/reference";
import { makeDocx, makePdf, SENTENCE } from "./documents.fixtures";
import { ROOT, seedExtractions, tmpDir } from "./helpers";
import { productionBuild } from "./support/productionBuild";
import { serveFolder, type StaticServer } from "./support/staticServer";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === "true") throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium for the browser tests`);
if (!haveChromium) console.warn(`pane.e2e.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
const describeInBrowser = haveChromium ? describe : describe.skip;

const T = 300_000;
const RESULTS = path.join(ROOT, "test-results");
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Console errors, page errors and blocked requests, checked at the end. */
const problems: string[] = [];
const remote: string[] = [];
/** Requests the Content-Security-Policy refused. */
const blocked: string[] = [];

beforeAll(async () => {
  if (!haveChromium) return;
  const build = await productionBuild();
  if (build.errors) throw new Error(build.errors);
  server = await serveFolder(build.out);
  fs.mkdirSync(RESULTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 320, height: 900 } });
  // Anything remote is refused and recorded (routes registered later take precedence).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/u, async (route) => {
    remote.push(route.request().url());
    return route.abort();
  });
  // Office's script from the local package (office.js loads its host scripts from the same folder).
  await context.route(`${OFFICE_CDN}**`, async (route) => {
    const file = path.join(OFFICE_DIST, new URL(route.request().url()).pathname.replace("/lib/1/hosted/", ""));
    if (!file.startsWith(OFFICE_DIST) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) });
  });
  page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    // office.js, outside Office, tries to frame its telemetry service: the page's policy blocks
    // it, as it should (no remote resource but Office's script). That block is expected.
    if (/^Framing 'https:\/\/[\w.-]+\.oaspapps\.com\/' violates the following Content Security Policy/u.test(m.text())) blocked.push(m.text());
    else problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
}, T);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** docs/pane-review.png and docs/pane-reference.png are copies of 2-review and 7-reference. */
const shot = (name: string, fullPage = false) => page.screenshot({ path: path.join(RESULTS, `pane-${name}.png`), fullPage });

describeInBrowser("the task pane in Chromium, outside Office", () => {
  test(
    "loads with the bundled documents listed and no workbook write (download instead)",
    async () => {
      await page.goto(`${server.url}taskpane.html`);
      await page.getByRole("heading", { name: "Commitments Tracker" }).waitFor();
      await page.getByText("Not inside Excel").waitFor();
      const seeds = fs.readdirSync(path.join(ROOT, "seeds")).length;
      await page.getByRole("tab", { name: `Sources (${seeds})` }).waitFor();
      expect(await page.getByRole("list", { name: "Documents" }).getByRole("listitem").count()).toBe(seeds);
      expect(await page.getByRole("button", { name: "Write to workbook" }).count()).toBe(0);
      await shot("1-sources");
    },
    T,
  );

  test(
    "extracts the seeds in the worker, with a progress bar per document, into the review list",
    async () => {
      const seeds = await seedExtractions();
      const total = seeds.reduce((n, r) => n + r.commitments.length, 0);
      await page.getByRole("button", { name: /^Extract \d+ documents$/u }).click();
      await page.getByRole("tab", { name: `Review (${total})`, selected: true }).waitFor();
      await expect(page.getByTestId("review-counts").textContent()).resolves.toContain(`${total} commitments: ${total} pending`);
      const cards = page.locator("[data-commitment-card]");
      expect(await cards.count()).toBe(Math.min(total, 100));
      const first = seeds.flatMap((r) => r.commitments)[0]!;
      await page.getByText(first.source.quote, { exact: true }).first().waitFor();
      await shot("2-review");
      await shot("2-review-full", true);
    },
    T,
  );

  test(
    "rejects one commitment and shows its source with the quote highlighted in a <mark>",
    async () => {
      const card = page.locator("[data-commitment-card]").first();
      const id = (await card.getAttribute("data-commitment-card")) as string;
      const quote = (await card.locator("blockquote").textContent()) as string;
      await card.getByRole("button", { name: /^Reject:/u }).click();
      await expect(card.getAttribute("aria-label")).resolves.toMatch(/, Rejected$/u);
      await expect(page.getByTestId("review-counts").textContent()).resolves.toMatch(/, 1 rejected\./u);
      await card.getByRole("button", { name: /^Show source:/u }).click();
      await page.getByRole("tab", { name: "Source", selected: true }).waitFor();
      const mark = page.getByTestId("source-text").locator("mark");
      await expect(mark.textContent()).resolves.toBe(quote);
      await expect(mark.isVisible()).resolves.toBe(true);
      const inView = await mark.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const scroller = (el.parentElement as HTMLElement).getBoundingClientRect();
        return box.top >= scroller.top - 1 && box.bottom <= scroller.bottom + 1;
      });
      expect(inView).toBe(true);
      await shot("3-source");
      rejected = id;
    },
    T,
  );

  test(
    "the Matrix tab shows the core's status matrix of the seeds as a keyboard grid that scrolls in its own region with sticky headers; a cell opens its evidence; the timeline is drawn with a table beside it",
    async () => {
      const seeds = await seedExtractions();
      const index = new EvidenceIndex(evidenceFromExtraction(seeds, (id) => (id === rejected ? "Rejected" : undefined)));
      const matrix = statusMatrix(index);
      await page.getByRole("tab", { name: "Matrix" }).click();
      const grid = page.getByRole("grid", { name: "Status matrix: actors by instruments" });
      await grid.waitFor();
      // The same grid as the core's, header row, header column and every cell's text.
      await expect(grid.getByRole("columnheader").allTextContents()).resolves.toEqual(["Actor", ...matrix.instruments.map(instrumentLabel)]);
      await expect(grid.getByRole("rowheader").allTextContents()).resolves.toEqual(matrix.actors);
      await expect(grid.getByRole("gridcell").allTextContents()).resolves.toEqual(matrix.cells.flat().map((c) => c.text));
      // Issue 18's Done-when: Kazakhstan is Bound under crc-opac and Advocated under crc-opsc, and the cells say so.
      const opac = grid.getByRole("gridcell", { name: /^Kazakhstan, crc-opac: /u });
      await expect(opac.textContent()).resolves.toBe("Bound");
      await expect(opac.getAttribute("aria-label")).resolves.toMatch(/^Kazakhstan, crc-opac: Bound; \d+ records?$/u);
      const opsc = grid.getByRole("gridcell", { name: /^Kazakhstan, crc-opsc: /u });
      await expect(opsc.textContent()).resolves.toBe("Advocated");

      // At 320 px the grid is wider than the pane: it scrolls inside its region, the page does not,
      // and the header row and the actors' column stay in place.
      const region = grid.locator("xpath=..");
      const scroll = await region.evaluate((el) => ({ width: el.scrollWidth, client: el.clientWidth }));
      expect(scroll.width).toBeGreaterThan(scroll.client);
      await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);
      await region.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
      const sticky = await region.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const actor = (el.querySelector('th[scope="row"]') as HTMLElement).getBoundingClientRect();
        const header = (el.querySelector('th[scope="col"]:last-child') as HTMLElement).getBoundingClientRect();
        return { scrolled: el.scrollLeft > 0 || el.scrollTop > 0, actorLeft: Math.round(actor.left - box.left), headerTop: Math.round(header.top - box.top) };
      });
      expect(sticky.scrolled).toBe(true);
      expect(Math.abs(sticky.actorLeft)).toBeLessThanOrEqual(1);
      expect(Math.abs(sticky.headerTop)).toBeLessThanOrEqual(1);
      await region.evaluate((el) => el.scrollTo(0, 0));

      // From the keyboard: one cell in the tab order; the arrows, Home and End move focus; Enter opens the cell's record.
      await expect(grid.locator('[role="gridcell"][tabindex="0"]').count()).resolves.toBe(1);
      const row = matrix.actors.indexOf("Kazakhstan");
      const col = matrix.instruments.findIndex((i) => i.id === "crc-opsc");
      await grid.locator('[role="gridcell"][tabindex="0"]').focus();
      for (let i = 0; i < row; i++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Home");
      for (let j = 0; j < col; j++) await page.keyboard.press("ArrowRight");
      const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
      await expect(focusedName()).resolves.toMatch(/^Kazakhstan, crc-opsc: Advocated; /u);
      await page.keyboard.press("End");
      await expect(focusedName()).resolves.toMatch(new RegExp(`^Kazakhstan, ${instrumentLabel(matrix.instruments[matrix.instruments.length - 1]!)}: `, "u"));
      await axeCheck("Matrix at 320 px, a cell focused");
      await page.keyboard.press("Home");
      for (let j = 0; j < col; j++) await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await page.getByRole("tab", { name: "Source", selected: true }).waitFor();
      const first = matrix.cells[row]![col]!.evidenceIds[0]!;
      const quote = seeds.flatMap((r) => r.commitments).find((c) => c.id === first)!.source.quote;
      await expect(page.getByTestId("source-text").locator("mark").textContent()).resolves.toBe(quote);

      // The timeline: the core's counts (the Timeline sheet's rule), drawn as a named figure with an SVG chart, and as a table.
      await page.getByRole("tab", { name: "Matrix" }).click();
      const years = timelineCounts(index.records);
      expect(years.length).toBeGreaterThan(0);
      const figure = page.getByRole("figure", { name: "Affirmed acts per year by level (Bound, Signed, Political)" });
      await figure.locator("svg rect").first().waitFor();
      // One legend per level, each level one colour (left to itself the chart colours each segment at random, a legend each).
      await expect(figure.getByText(/^\+\d+ more$/u).count()).resolves.toBe(0);
      for (const level of ["Bound", "Signed", "Political"]) await figure.getByText(level, { exact: true }).first().waitFor();
      const figureBox = await figure.evaluate((el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth);
      expect(figureBox).toBe(true);
      await page.getByText("The timeline as a table").click();
      const table = page.getByRole("table", { name: "Affirmed acts per year by level" });
      await expect(table.getByRole("row").allTextContents()).resolves.toEqual([
        "YearBoundSignedPolitical",
        ...years.map((y) => `${y.year}${y.counts.join("")}`),
      ]);

      // The actor filter narrows the grid to the actors picked.
      await page.getByRole("combobox", { name: "Actors" }).click();
      await page.getByRole("menuitemcheckbox", { name: "Kazakhstan" }).click();
      await page.keyboard.press("Escape");
      await expect(grid.getByRole("rowheader").allTextContents()).resolves.toEqual(["Kazakhstan"]);
      await axeCheck("Matrix at 320 px, filtered");
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot("9-matrix");
      await shot("9-matrix-full", true);
      await page.getByRole("button", { name: "Show all actors and instruments" }).click();
      await expect(grid.getByRole("rowheader").allTextContents()).resolves.toEqual(matrix.actors);
    },
    T,
  );

  test(
    "the Gaps tab shows the seeds' gaps by actor, as the core finds them; a checklist adds what each state lacks",
    async () => {
      const seeds = await seedExtractions();
      const index = new EvidenceIndex(evidenceFromExtraction(seeds, (id) => (id === rejected ? "Rejected" : undefined)));
      const checklist = builtInChecklist("children-armed-conflict")!;
      const before = findGaps(index);
      const after = findGaps(index, { checklist });
      const name = (id: string) => catalogById(id)!.name;
      await page.getByRole("tab", { name: `Gaps (${before.length})` }).click();
      await page.getByRole("tab", { name: `Gaps (${before.length})`, selected: true }).waitFor();
      const kazakhstan = page.getByRole("region", { name: /^Kazakhstan: \d+ gaps?$/u });
      const advocates = kazakhstan.getByRole("article", { name: `ADVOCATES_NOT_BOUND: ${name("crc-opsc")}` });
      await advocates.waitFor();
      await kazakhstan.getByRole("article", { name: `UNDATED_BINDING_ACT: ${name("crc-opac")}` }).waitFor();
      await expect(page.getByTestId("gap-counts").textContent()).resolves.toMatch(
        new RegExp(`^${before.length} gaps for \\d+ actors: .*\\d+ ADVOCATES_NOT_BOUND`, "u"),
      );
      expect(await page.locator('[data-gap-code="CHECKLIST_MISSING"]').count()).toBe(0);

      await page.getByRole("combobox", { name: /^Checklist/u }).selectOption({ label: checklist.title });
      await page.getByRole("tab", { name: `Gaps (${after.length})`, selected: true }).waitFor();
      const armenia = page.getByRole("region", { name: /^Armenia: \d+ gaps?$/u });
      await armenia.getByRole("article", { name: `CHECKLIST_MISSING: ${name("crc-opac")}` }).waitFor();
      const missing = after.filter((g) => g.code === "CHECKLIST_MISSING" && g.actor === "Armenia").length;
      expect(missing).toBe(4);
      expect(await armenia.locator('[data-gap-code="CHECKLIST_MISSING"]').count()).toBe(missing);
      await page.getByText(/^The downloaded workbook includes this checklist/u).waitFor();

      // A gap's commitment opens in the Source tab.
      const id = before.find((g) => g.code === "ADVOCATES_NOT_BOUND" && g.actor === "Kazakhstan")!.commitmentIds[0]!;
      await advocates.getByRole("button", { name: `Show source of ${id}` }).click();
      await page.getByRole("tab", { name: "Source", selected: true }).waitFor();
      const quote = seeds.flatMap((r) => r.commitments).find((c) => c.id === id)!.source.quote;
      await expect(page.getByTestId("source-text").locator("mark").textContent()).resolves.toBe(quote);

      await page.getByRole("tab", { name: /^Gaps/u }).click();
      await page.getByTestId("gap-counts").waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot("6-gaps");
    },
    T,
  );

  test(
    "imports a status table pasted from the UNTC page: a preview with the unreadable row by line, the reconciliation in the gaps and the recorded act in the status line",
    async () => {
      const seeds = await seedExtractions();
      const index = new EvidenceIndex(evidenceFromExtraction(seeds, (id) => (id === rejected ? "Rejected" : undefined)));
      const checklist = builtInChecklist("children-armed-conflict")!;
      // A test fixture in the UN Treaty Collection's layout, as a browser copies it (tab-separated):
      // its rows are not checked against the depositary's record and must not be cited as it. The
      // last row's date cannot be read.
      const table = [
        "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
        "Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a), Succession(d)",
        "Kazakhstan\t6 Sep 2000\t10 Apr 2003",
        "Fiji\t\t12 Smarch 2004",
      ].join("\n");
      const imported = importPastedTable(table, null);
      const reconciled = reconcile(index, new ReferenceIndex(imported.records, index));
      const total = findGaps(index, { checklist }).length + reconciled.length;

      await page.getByRole("tab", { name: /^Gaps/u }).click();
      await page.getByRole("button", { name: "Reference: import a status table" }).click();
      await page.getByRole("textbox", { name: /^Paste a status table/u }).fill(table);
      await page.getByRole("button", { name: "Import", exact: true }).click();
      const message = page.getByTestId("reference-message");
      await message.getByText(`Imported: ${catalogById("crc-opac")!.name}`).waitFor();
      // Focus moves to the result, so a screen reader reads it next.
      await expect(message.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await expect(page.getByTestId("reference-counts").textContent()).resolves.toBe(
        "pasted table: 2 recorded acts of 1 participant read; 1 row to check (listed below).",
      );
      const rows = page.getByRole("table", { name: "Acts read from the table (2)" }).getByRole("row");
      await expect(rows.allTextContents()).resolves.toEqual(["ParticipantActDate", "Kazakhstansignature2000-09-06", "Kazakhstanratification2003-04-10"]);
      await expect(page.getByRole("list", { name: "Rows to check (1)" }).getByRole("listitem").allTextContents()).resolves.toEqual([
        'Line 4: the consent column: "Smarch" in "12 Smarch 2004" is not a month',
      ]);
      await page.getByRole("button", { name: "Reference: 1 table imported (2 acts)" }).waitFor();

      // The reconciliation joins the gaps: Kazakhstan's stated ratification is undated, so no date differs.
      await page.getByRole("tab", { name: `Gaps (${total})`, selected: true }).waitFor();
      expect(reconciled.filter((g) => g.actor === "Kazakhstan" && g.code === "DATE_MISMATCH")).toEqual([]);
      for (const code of ["SAID_NOT_DONE", "DATE_MISMATCH"] as const) {
        expect(await page.locator(`[data-gap-code="${code}"]`).count()).toBe(reconciled.filter((g) => g.code === code).length);
      }
      const kazakhstan = page.getByRole("region", { name: /^Kazakhstan: \d+ gaps?$/u });
      for (const gap of reconciled.filter((g) => g.actor === "Kazakhstan"))
        await kazakhstan
          .getByRole("article", { name: `${gap.code}: ${gap.instrument}` })
          .first()
          .waitFor();
      await page.getByRole("checkbox", { name: /^Also show recorded acts no document mentions/u }).waitFor();

      // The new UI has no serious accessibility violations.
      await axeCheck("Reference");
      await page.getByRole("button", { name: /^Reference:/u }).evaluate((el) => el.scrollIntoView({ block: "start" }));
      await shot("7-reference");

      // Kazakhstan's OPAC card: the recorded act beside the stated one.
      const opac = seeds.flatMap((r) => r.commitments).find((c) => c.actor === "Kazakhstan" && c.instrumentId === "crc-opac" && c.action === "ratified")!;
      const expected = statusLine(index, opac.id, paneReference(index, [imported]))!;
      expect(expected).toMatch(/ \(stated ratified undated; recorded ratification 2003-04-10\)$/u);
      await page.getByRole("tab", { name: /^Review/u }).click();
      await expect(
        page
          .locator(`[data-commitment-card="${opac.id}"]`)
          .getByText(/^Status: /u)
          .textContent(),
      ).resolves.toBe(`Status: ${expected}`);
      await page.getByRole("tab", { name: /^Gaps/u }).click();
    },
    T,
  );

  /** Runs axe-core on the page as it is; fails on any violation of moderate impact or worse (minor ones are left to review). */
  async function axeCheck(where: string): Promise<void> {
    const axe = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
    await page.evaluate(axe);
    // Fluent's focus manager (tabster) adds focusable aria-hidden <i data-tabster-dummy> bumpers
    // that only pass focus on; axe's aria-hidden-focus flags them (microsoft/tabster#288). They
    // are left out of the scan, as Microsoft's Accessibility Insights does; all else is checked.
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as { axe: { run(context: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
      ).axe.run({ exclude: [["[data-tabster-dummy]"]] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: (v.nodes as { target: string[] }[]).map(
          (n) =>
            `${n.target.join(" ")} ${(n as unknown as { html: string }).html.slice(0, 150)} ${(n as unknown as { any: { message: string }[] }).any[0]?.message ?? ""}`,
        ),
      }));
    });
    expect({ where, violations: violations.filter((v) => v.impact === "moderate" || v.impact === "serious" || v.impact === "critical") }).toEqual({
      where,
      violations: [],
    });
  }

  /** The pane's five tabs, by the start of their names (the counts follow). */
  const TABS = ["Sources", "Review", "Gaps", "Matrix", "Source"] as const;
  const tabNamed = (tab: string) => page.getByRole("tab", { name: new RegExp(`^${tab}(?: \\(\\d+\\))?$`, "u") });

  /** How far the page scrolls sideways (0 when it fits), and whether an element lies wholly in the viewport. */
  const sideways = () =>
    page.evaluate(() => {
      const root = document.scrollingElement as HTMLElement;
      return { overflow: root.scrollWidth - root.clientWidth, scrollX: window.scrollX };
    });
  const inView = (name: string) =>
    tabNamed(name).evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.left >= 0 && box.right <= document.documentElement.clientWidth && box.width > 0;
    });

  // Excel opens its task pane 320 px wide on Windows, 350 px on the web and 270 px on the Mac.
  for (const width of [270, 320, 350]) {
    test(
      `at ${width} px, after an extraction: every tab in view and reachable by mouse and keyboard, no sideways scrolling on any tab, nothing moderate or worse from axe`,
      async () => {
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(() => window.scrollTo(0, 0));
        for (const tab of TABS) {
          expect({ width, tab, inView: await inView(tab) }).toEqual({ width, tab, inView: true });
          await tabNamed(tab).click();
          await expect(tabNamed(tab).getAttribute("aria-selected")).resolves.toBe("true");
          expect({ width, tab, ...(await sideways()) }).toEqual({ width, tab, overflow: 0, scrollX: 0 });
          await axeCheck(`${tab} at ${width} px`);
          if (width === 270) await shot(`270-${tab.toLowerCase()}`);
        }
        // From the keyboard: focus the first tab, then the arrow keys move along the tabs and Enter opens each.
        await tabNamed("Sources").click();
        await tabNamed("Sources").focus();
        for (const tab of TABS.slice(1)) {
          await page.keyboard.press("ArrowRight");
          await expect(tabNamed(tab).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
          await page.keyboard.press("Enter");
          await expect(tabNamed(tab).getAttribute("aria-selected")).resolves.toBe("true");
          expect({ width, tab, keyboard: true, inView: await inView(tab), ...(await sideways()) }).toEqual({
            width,
            tab,
            keyboard: true,
            inView: true,
            overflow: 0,
            scrollX: 0,
          });
        }
      },
      T,
    );
  }

  test(
    "the pane has no accessibility violations of moderate impact or worse (axe-core)",
    async () => {
      await page.setViewportSize({ width: 420, height: 900 });
      for (const tab of TABS) {
        await tabNamed(tab).click();
        await axeCheck(tab);
      }
      await page.setViewportSize({ width: 320, height: 900 });
    },
    T,
  );

  test(
    "follows the browser's dark mode while open: the pane turns dark and back without a reload, and axe passes on every tab in dark",
    async () => {
      const background = () => page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider") as HTMLElement).backgroundColor);
      const light = await background();
      expect(light).toBe("rgb(255, 255, 255)");
      await page.emulateMedia({ colorScheme: "dark" });
      await page.waitForFunction((before) => getComputedStyle(document.querySelector(".fui-FluentProvider") as HTMLElement).backgroundColor !== before, light);
      const [r, g, b] = ((await background()).match(/\d+/gu) ?? []).map(Number);
      expect(Math.max(r ?? 255, g ?? 255, b ?? 255)).toBeLessThan(64);
      for (const tab of TABS) {
        await tabNamed(tab).click();
        await axeCheck(`${tab} in dark mode`);
      }
      await shot("8-dark");
      await page.emulateMedia({ colorScheme: "light" });
      await page.waitForFunction(() => getComputedStyle(document.querySelector(".fui-FluentProvider") as HTMLElement).backgroundColor === "rgb(255, 255, 255)");
    },
    T,
  );

  test(
    "downloads an .xlsx whose Commitments table holds every seed commitment, the rejected one as Rejected, with the Gaps sheet's formulas, the chosen checklist and the imported reference",
    async () => {
      const seeds = await seedExtractions();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download .xlsx" }).click()]);
      expect(download.suggestedFilename()).toBe("commitments.xlsx");
      const file = path.join(tmpDir("ct-e2e-"), "commitments.xlsx");
      await download.saveAs(file);
      await page.getByText("Downloaded commitments.xlsx").waitFor();
      await shot("4-downloaded");
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const sheet = book.getWorksheet("Commitments");
      expect(sheet).toBeDefined();
      const headers = (sheet!.getRow(1).values as unknown[]).slice(1).map(String);
      const col = (h: string) => headers.indexOf(h) + 1;
      const rows: Array<{ id: string; review: string; evidence: string }> = [];
      sheet!.eachRow((row, n) => {
        if (n > 1)
          rows.push({
            id: String(row.getCell(col("ID")).value),
            review: String(row.getCell(col("Review")).value),
            evidence: String(row.getCell(col("Evidence")).value),
          });
      });
      const expected = seeds.flatMap((r) => r.commitments);
      expect(rows.map((r) => r.id).sort()).toEqual(expected.map((c) => c.id).sort());
      expect(rows.filter((r) => r.review === "Rejected").map((r) => r.id)).toEqual([rejected]);
      expect(rows.filter((r) => r.review === "Pending")).toHaveLength(expected.length - 1);
      for (const c of expected) expect(rows.find((r) => r.id === c.id)?.evidence).toBe(c.source.quote);

      // The Gaps sheet: one spilled CT.GAPS over every actor, reading the checklist chosen on the Gaps tab and the imported reference.
      const gaps = book.getWorksheet("Gaps");
      expect(gaps).toBeDefined();
      const formulas: string[] = [];
      gaps!.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.formula) formulas.push(cell.formula);
        }),
      );
      expect(formulas.length).toBe(1);
      expect(formulas.every((f) => f.startsWith("_xldudf_CT_GAPS(") && f.endsWith(",Checklist[#All],Reference[#All])"))).toBe(true);
      const list = book.getWorksheet("Checklist");
      expect(list).toBeDefined();
      expect(list!.getTable("Checklist")).toBeDefined();
      const listHeaders = (list!.getRow(1).values as unknown[]).slice(1).map(String);
      const instruments: string[] = [];
      list!.eachRow((row, n) => {
        if (n > 1) instruments.push(String(row.getCell(listHeaders.indexOf("Instrument ID") + 1).value));
      });
      expect(instruments).toEqual(builtInChecklist("children-armed-conflict")!.items.map((i) => i.instrument));
      await expect(page.getByText("Downloaded commitments.xlsx").locator("..").textContent()).resolves.toContain(
        "Checklist: Children and armed conflict, 4 instruments added",
      );

      // The Reference table: the imported table's acts, Kazakhstan's among them; the Status formulas read it.
      const reference = book.getWorksheet("Reference");
      expect(reference?.getTable("Reference")).toBeDefined();
      const refHeaders = (reference!.getRow(1).values as unknown[]).slice(1).map(String);
      const recorded: string[] = [];
      reference!.eachRow((row, n) => {
        const cell = (h: string) => String(row.getCell(refHeaders.indexOf(h) + 1).value);
        if (n > 1) recorded.push(`${cell("Actor")} ${cell("Instrument ID")} ${cell("Recorded as")} ${cell("Date")}`);
      });
      expect(recorded).toEqual(["Kazakhstan crc-opac signature 2000-09-06", "Kazakhstan crc-opac ratification 2003-04-10"]);
      const status: string[] = [];
      sheet!.eachRow((row, n) => {
        if (n > 1) status.push(String(row.getCell(col("Status")).formula ?? ""));
      });
      // Each Status picks its row out of the Checks sheet's one CT.CHECKS, which reads the reference.
      expect(status.every((f) => f.startsWith("INDEX(_xlfn.ANCHORARRAY(Checks!$A$3),"))).toBe(true);
      expect(String(book.getWorksheet("Checks")!.getCell(3, 1).formula)).toMatch(/^_xldudf_CT_CHECKS\(.*,Reference\[#All\]\)$/u);
      await expect(page.getByText("Downloaded commitments.xlsx").locator("..").textContent()).resolves.toContain("Reference: 2 recorded acts of 1 instrument");
    },
    T,
  );

  test(
    "reads a .docx and a .pdf from the file picker and a dropped .md in the browser, and shows pasted HTML as text only",
    async () => {
      await page.getByRole("tab", { name: /^Sources/u }).click();
      const docx = await makeDocx(["Statement by Chile", SENTENCE]);
      const pdf = makePdf([["Statement by Peru", "Peru ratified the Arms Trade Treaty on 16 February 2016."]]);
      await page.getByTestId("file-input").setInputFiles([
        { name: "chile.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: docx },
        { name: "peru.pdf", mimeType: "application/pdf", buffer: pdf },
      ]);
      await page.getByText("Documents added").waitFor();
      const drop = await page.evaluateHandle(() => {
        const data = new DataTransfer();
        data.items.add(new File(["# Fiji\n\nFiji acceded to the Arms Trade Treaty on 1 March 2021.\n"], "fiji.md", { type: "text/markdown" }));
        return data;
      });
      await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: drop });
      await page.getByRole("listitem").filter({ hasText: "fiji.md" }).waitFor();
      const hostile =
        '<p>Norway ratified the Arms Trade Treaty on 12 February 2014.</p><img src="x" onerror="window.__injected = 1"><script>window.__injected = 2</script>';
      await page.getByRole("textbox", { name: /Paste a statement/u }).fill(hostile);
      await page.getByRole("button", { name: "Add pasted text" }).click();
      await page.getByText("Pasted text added").waitFor();

      await page.getByRole("button", { name: /^Extract \d+ documents$/u }).click();
      await page.getByRole("tab", { name: /^Review/u, selected: true }).waitFor();
      await page.getByRole("searchbox", { name: "Search" }).fill("Arms Trade Treaty");
      for (const actor of ["Chile", "Peru", "Fiji", "Norway"]) await page.getByRole("heading", { name: new RegExp(`^${actor} \\(\\d+\\)$`, "u") }).waitFor();
      await page.getByText(SENTENCE, { exact: true }).waitFor();
      await page.getByRole("button", { name: /^Show source: Norway/u }).click();
      await expect(page.getByTestId("source-text").locator("mark").textContent()).resolves.toBe("Norway ratified the Arms Trade Treaty on 12 February 2014.");
      expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
      expect(await page.getByTestId("source-text").locator("img, script").count()).toBe(0);
      await shot("5-files");
    },
    T,
  );

  test(
    "reads files as users have them in the browser: Windows-1252, UTF-16 without a byte-order mark, a saved page's entities and <title>, a document not in English (issue 15)",
    async () => {
      await page.getByRole("tab", { name: /^Sources/u }).click();
      const statement = "Côte d’Ivoire ratified the Arms Trade Treaty on 3 June 2018.";
      const cp1252 = Buffer.from([...statement].map((c) => (c === "’" ? 0x92 : c.charCodeAt(0))));
      const page1 = `<!DOCTYPE html><html><head><title>S&atilde;o Tom&eacute; joins the ATT</title><script>var x = "<p>Peru ratified it.</p>";</script></head><body><nav><a href="/" title="Home > News">Home</a></nav><main><p>S&atilde;o Tom&eacute; and Pr&iacute;ncipe acceded to the Arms Trade Treaty on 9 March 2019 &#150; a first.</p></main></body></html>`;
      const french =
        "Genève, le 4 juin 2018. La Côte d’Ivoire a ratifié le Traité sur le commerce des armes le 3 juin 2018. Le ministre a déclaré que cette ratification est une étape importante pour la paix et la sécurité dans la région, et il a appelé les autres États à faire de même.";
      await page.getByTestId("file-input").setInputFiles([
        { name: "abidjan.txt", mimeType: "text/plain", buffer: cp1252 },
        { name: "abidjan-utf16.txt", mimeType: "text/plain", buffer: Buffer.from(statement, "utf16le") },
        { name: "saotome.html", mimeType: "text/html", buffer: Buffer.from(page1) },
        { name: "declaration.txt", mimeType: "text/plain", buffer: Buffer.from(french) },
      ]);
      await page.getByText("Documents added").waitFor();
      const card = (name: string) => page.getByRole("listitem").filter({ hasText: name }).textContent();
      await expect(card("abidjan.txt")).resolves.toContain("Read as Windows-1252 (not valid UTF-8).");
      await expect(card("abidjan-utf16.txt")).resolves.toContain("Read as UTF-16LE (no byte-order mark).");
      await expect(card("saotome.html")).resolves.toContain("São Tomé joins the ATT");
      await expect(card("declaration.txt")).resolves.toContain("Not in English (it reads as French)");
      await page.getByRole("listitem").filter({ hasText: "declaration.txt" }).scrollIntoViewIfNeeded();
      await shot("5b-encodings");
      await page.getByRole("button", { name: /^Extract \d+ documents$/u }).click();
      await page.getByRole("tab", { name: /^Review/u, selected: true }).waitFor();
      await page.getByRole("searchbox", { name: "Search" }).fill("Arms Trade Treaty");
      for (const actor of ["Côte d'Ivoire", "São Tomé and Príncipe"])
        await page.getByRole("heading", { name: new RegExp(`^${actor} \\(\\d+\\)$`, "u") }).waitFor();
      await page.getByText("São Tomé and Príncipe acceded to the Arms Trade Treaty on 9 March 2019 – a first.", { exact: true }).waitFor();
    },
    T,
  );

  test(
    "extraction of a large document shows progress while the pane stays live, and Cancel stops it",
    async () => {
      await page.getByRole("tab", { name: /^Sources/u }).click();
      const sentence = "The Government of Chile reaffirmed its support for the Arms Trade Treaty in a statement on 4 June 2018. ";
      const big = Buffer.from(sentence.repeat(Math.ceil((24 * 1024 * 1024) / sentence.length)));
      await page.getByTestId("file-input").setInputFiles([{ name: "large.txt", mimeType: "text/plain", buffer: big }]);
      await page.getByRole("listitem").filter({ hasText: "large.txt" }).waitFor();
      await page.getByRole("button", { name: /^Extract \d+ documents$/u }).click();
      const bar = page.getByRole("progressbar", { name: /^Extraction of large/u });
      // The bar moves while the worker runs: the page repaints, so the pane is not frozen.
      await expect(bar.getAttribute("aria-valuetext")).resolves.toBeDefined();
      await page.waitForFunction(() =>
        /extracting: [1-9]\d*%/u.test(document.querySelector('[aria-label^="Extraction of large"]')?.getAttribute("aria-valuetext") ?? ""),
      );
      await shot("6-progress");
      await page.getByRole("button", { name: "Cancel" }).click();
      await page.getByText("Extraction cancelled").waitFor();
      await expect(bar.getAttribute("aria-valuetext")).resolves.toBe("cancelled");
      await expect(page.getByRole("button", { name: /^Extract \d+ documents$/u }).isEnabled()).resolves.toBe(true);
    },
    T,
  );

  test("made no request to any other site and logged no error (the Content-Security-Policy held)", () => {
    expect(remote).toEqual([]);
    expect(problems).toEqual([]);
  });
});

let rejected = "";
