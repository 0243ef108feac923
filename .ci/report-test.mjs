// The HTML report in a real browser (headless Chromium driven by playwright-core): builds reports
// of fixture trees (and of the shared clerk-docs corpus when given) with the termlint binary, and
// checks them against `termlint check --format json` of the same tree.
//
// usage: node report-test.mjs TERMLINT WORKDIR [CORPUS_DIR] [SCREENSHOT.png]
//   CHROMIUM (default /usr/bin/chromium) is the browser to drive.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const [termlintArg, workArg, corpusArg, screenshotArg] = process.argv.slice(2);
if (!termlintArg || !workArg) {
  console.error("usage: node report-test.mjs TERMLINT WORKDIR [CORPUS_DIR] [SCREENSHOT.png]");
  process.exit(2);
}
const termlint = path.resolve(termlintArg);
const work = path.resolve(workArg);
fs.mkdirSync(work, { recursive: true });
let failures = 0;
const assert = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures += 1;
};

// Runs termlint in `cwd`; exit 0 and 1 are results.
function run(cwd, args) {
  const result = spawnSync(termlint, args, { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`termlint ${args.join(" ")} in ${cwd}: exit ${result.status}\n${result.stderr}`);
  }
  return result.stdout;
}

function write(root, files) {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

// A docs tree with findings of every severity in several categories and directories.
function fixtureTree() {
  const root = path.join(work, "fixture-tree");
  fs.rmSync(root, { recursive: true, force: true });
  write(root, {
    "guides/webhooks.md":
      "# Webhooks\n\nCreate a web hook in the dashboard.\nThen push the code to Github.\n\nSign into the app to log in.\n",
    "guides/sessions.mdx":
      "# Sessions\n\nThe session cookie holds a JWT.\nUse the sign in page, then the sign up page.\n",
    "reference/api.md": "# API\n\nThe OAuth app calls the web hook. Another OAuth application.\n",
    "clean.md": "# Clean\n\nEach webhook is signed.\n",
  });
  return root;
}

// Text from files and configs that would run script if it reached the page unescaped: every
// injection sets window.__pwned or opens a dialog.
function escapingTree() {
  const root = path.join(work, "escaping-tree");
  fs.rmSync(root, { recursive: true, force: true });
  write(root, {
    "termlint.toml": 'glossaries = ["terms.toml"]\n',
    "terms.toml": [
      "[[term]]",
      'id = "x<script>window.__pwned=1</script>"',
      'category = "<img src=x onerror=window.__pwned=2>"',
      'preferred = ["</article><script>alert(3)</script>"]',
      'avoid = ["frobnicate"]',
      'message = "<script>window.__pwned=4</script></article><img src=x onerror=alert(5)>"',
      'definition = "<svg onload=window.__pwned=6>"',
      'examples = [{ bad = "Frobnicate it <b onmouseover=alert(7)>.", good = "</q><script>alert(8)</script>" }]',
      "",
    ].join("\n"),
    "docs/page.md": [
      "# Page",
      "",
      "<script>window.__pwned = 9; alert(9)</script>",
      "<img src=x onerror=\"window.__pwned = 10\"> frobnicate </article>",
      "Create a web hook <!-- --><script>alert(11)</script>",
      "",
    ].join("\n"),
    'docs/a"><img src=x onerror=alert(12)>.md': "A web hook with an odd name.\n",
  });
  return root;
}

// rule id -> category, from the rule list of the same config.
function categories(cwd) {
  const rules = JSON.parse(run(cwd, ["rules", "--format", "json"]));
  const list = Array.isArray(rules) ? rules : rules.rules;
  return new Map(list.map((r) => [r.id, r.category]));
}

// The expected findings: JSON output with each finding's category.
function expected(cwd, target) {
  const findings = JSON.parse(run(cwd, ["check", target, "--format", "json"]));
  const cats = categories(cwd);
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    path: f.path,
    category: f.category ?? cats.get(f.rule) ?? "uncategorized",
  }));
}

const key = (f) => [f.path, f.rule, f.severity, f.category].join("\u0000");
const sameMultiset = (a, b) =>
  a.length === b.length && JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());

async function visible(page) {
  return page.$$eval("article.finding", (els) =>
    els
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({
        rule: el.dataset.rule,
        severity: el.dataset.severity,
        path: el.dataset.path,
        category: el.dataset.category,
      })),
  );
}

async function shownText(page) {
  return page.textContent("#shown");
}

// Leaves only `value` checked among the checkboxes of `name`, by keyboard-free clicks.
async function only(page, name, value) {
  for (const box of await page.$$(`input[name="${name}"]`)) {
    const want = (await box.getAttribute("value")) === value;
    if ((await box.isChecked()) !== want) await box.click();
  }
}

async function checkFilters(page, findings, label) {
  const facets = ["severity", "category"];
  for (const facet of facets) {
    for (const value of [...new Set(findings.map((f) => f[facet]))].sort()) {
      await page.click('button[type="reset"]');
      await page.waitForFunction(() => !location.hash.startsWith("#filter:"));
      await only(page, facet, value);
      const want = findings.filter((f) => f[facet] === value);
      const got = await visible(page);
      assert(sameMultiset(got, want), `${label}: ${facet}=${value} shows its ${want.length} findings (shown ${got.length})`);
      const text = await shownText(page);
      assert(text === `Showing ${want.length} of ${findings.length} findings`, `${label}: live count "${text}"`);
    }
  }
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  for (const rule of rules) {
    await page.click('button[type="reset"]');
    await page.selectOption("#filter-rule", rule);
    const want = findings.filter((f) => f.rule === rule);
    const got = await visible(page);
    assert(sameMultiset(got, want), `${label}: rule=${rule} shows its ${want.length} findings`);
  }
  // Path text: a directory name, and a file's whole path, matched case-insensitively.
  const paths = [...new Set(findings.map((f) => f.path))].sort();
  const needles = new Set([paths[0], path.basename(path.dirname(paths[paths.length - 1])).toUpperCase()]);
  for (const needle of needles) {
    await page.click('button[type="reset"]');
    await page.fill("#filter-path", needle);
    const want = findings.filter((f) => f.path.toLowerCase().includes(needle.toLowerCase()));
    const got = await visible(page);
    assert(sameMultiset(got, want), `${label}: path contains "${needle}" shows its ${want.length} findings`);
  }
  // Two filters at once, then the state shared through the URL fragment.
  await page.click('button[type="reset"]');
  const severity = findings[0].severity;
  await only(page, "severity", severity);
  await page.selectOption("#filter-rule", findings[0].rule);
  const want = findings.filter((f) => f.severity === severity && f.rule === findings[0].rule);
  assert(sameMultiset(await visible(page), want), `${label}: severity and rule together`);
  const url = page.url();
  assert(url.includes("#filter:"), `${label}: the filter state is in the URL fragment (${url.split("#")[1]})`);
  const shared = await page.context().newPage();
  await shared.goto(url);
  assert(sameMultiset(await visible(shared), want), `${label}: the shared URL opens the same view`);
  await shared.close();
  await page.click('button[type="reset"]');
}

// axe-core's WCAG 2 A and AA rules (landmarks, heading order, names, contrast) in both colour
// schemes; the injected axe script is the test's, not the report's.
async function checkAccessibility(page, label) {
  const axePath = require.resolve("axe-core/axe.min.js");
  // axe reads the colour behind a text from the elements at its place on the page, so every
  // section must be laid out, as printing does; off screen the report leaves them unrendered
  // until they are scrolled to, and axe would read the colours of whatever overlaps there.
  await page.addStyleTag({ content: "section.file, .rule-doc { content-visibility: visible; }" });
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
      await page.addScriptTag({ path: axePath });
    }
    const result = await page.evaluate(() =>
      window.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      }),
    );
    const violations = result.violations.map(
      (v) => `${v.id} (${v.nodes.length}: ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(", ")})`,
    );
    assert(
      violations.length === 0 && result.passes.length > 10,
      `${label}: axe finds no WCAG A/AA violation in the ${colorScheme} scheme (${result.passes.length} rules pass) ${violations.join("; ")}`,
    );
  }
  await page.emulateMedia({ colorScheme: "light" });
}

// The filters work from the keyboard alone: tab to a checkbox, toggle it with Space.
async function checkKeyboard(page, findings, label) {
  await page.click('button[type="reset"]');
  await page.focus("#filter-path");
  await page.keyboard.type(findings[0].path.slice(0, 3));
  const byPath = findings.filter((f) => f.path.toLowerCase().includes(findings[0].path.slice(0, 3).toLowerCase()));
  assert((await visible(page)).length === byPath.length, `${label}: typing in the path field filters`);
  await page.click('button[type="reset"]');
  await page.focus('input[name="severity"]');
  const first = await page.$eval('input[name="severity"]', (b) => b.value);
  await page.keyboard.press("Space");
  const rest = findings.filter((f) => f.severity !== first);
  assert((await visible(page)).length === rest.length, `${label}: Space on the ${first} checkbox hides its findings`);
  await page.keyboard.press("Space");
  assert((await visible(page)).length === findings.length, `${label}: Space again shows them`);
}

// Printed, the page drops the navigation and the filters and keeps every shown finding.
async function checkPrint(page, findings, label) {
  await page.emulateMedia({ media: "print" });
  const filters = await page.isVisible("#filters");
  const nav = await page.isVisible("nav");
  assert(!filters && !nav, `${label}: the print stylesheet hides the navigation and the filters`);
  assert((await visible(page)).length === findings.length, `${label}: every finding prints`);
  await page.emulateMedia({ media: "screen" });
}

async function openReport(browser, file, label, options = {}) {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript !== false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("dialog", async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  const url = "file://" + file;
  page.on("request", (r) => {
    if (r.url().split("#")[0] !== url) problems.push(`request: ${r.url()}`);
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: "load" });
  const wall = Date.now() - started;
  // Rendered: the first frame painted after the load event (the script has run by then).
  const nav = await page.evaluate(() => performance.getEntriesByType("navigation")[0].toJSON());
  // With scripting off, no frame callback runs: the load event is the measure.
  const rendered =
    options.javaScript === false
      ? nav.loadEventEnd
      : await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())))),
        );
  console.log(
    `     ${label}: load event at ${Math.round(nav.loadEventEnd)} ms, first frame after it at ${Math.round(rendered)} ms (goto ${wall} ms)`,
  );
  return { context, page, problems, loadMs: rendered };
}

async function checkReport(browser, { label, cwd, target, screenshot, fullSize, axe }) {
  const options = { axe };
  const output = path.join(work, `${label}.html`);
  run(cwd, ["report", target, "--output", output, "--title", `termlint: ${label}`]);
  const findings = expected(cwd, target);
  const size = fs.statSync(output).size;
  console.log(`     ${label}: ${findings.length} findings, report ${size} bytes`);
  if (fullSize) assert(size <= 4 * 1024 * 1024, `${label}: report is at most 4 MB (${(size / 1048576).toFixed(2)} MB)`);

  const { context, page, problems, loadMs } = await openReport(browser, output, label);
  // The promise is for the corpus report; small reports only say how long they took. One load
  // on a busy machine is noise: the median of three, each in a fresh context, is the measure.
  if (fullSize) {
    const times = [loadMs];
    for (let i = 0; i < 2; i++) {
      const again = await openReport(browser, output, `${label} (again)`);
      times.push(again.loadMs);
      await again.context.close();
    }
    const median = times.sort((a, b) => a - b)[1];
    assert(median < 1000, `${label}: renders in under a second (median of three ${Math.round(median)} ms)`);
  }
  const all = await page.$$eval("article.finding", (els) => els.length);
  assert(all === findings.length, `${label}: ${all} finding articles, JSON has ${findings.length}`);
  assert(sameMultiset(await visible(page), findings), `${label}: the articles' data attributes match the JSON findings`);
  const filters = await page.isVisible("#filters");
  assert(filters || findings.length === 0, `${label}: the script shows the filters`);
  if (findings.length > 0 && filters) {
    await checkFilters(page, findings, label);
    await checkKeyboard(page, findings, label);
    await checkPrint(page, findings, label);
  }
  const headings = await page.$$eval("h1, h2, h3, h4, h5, h6", (els) => els.map((h) => Number(h.tagName[1])));
  const skips = headings.filter((level, i) => i > 0 && level > headings[i - 1] + 1).length;
  assert(headings[0] === 1 && skips === 0, `${label}: headings start at h1 and skip no level (${headings.length} headings)`);
  const landmarks = await page.$$eval("header, nav, main, footer", (els) => els.map((e) => e.tagName.toLowerCase()).join(","));
  assert(landmarks === "header,nav,main,footer", `${label}: landmarks ${landmarks}`);
  if (screenshot) {
    await page.goto("file://" + output);
    await page.screenshot({ path: screenshot });
    console.log(`     ${label}: screenshot ${screenshot}`);
  }
  assert(problems.length === 0, `${label}: no console errors, dialogs or requests ${problems.join("; ")}`);
  if (options.axe) await checkAccessibility(page, label);
  await context.close();

  // Without JavaScript every finding is there and shown; the filters (which need it) are not.
  const nojs = await openReport(browser, output, `${label} without JavaScript`, { javaScript: false });
  assert((await visible(nojs.page)).length === findings.length, `${label}: without JavaScript all ${findings.length} findings show`);
  assert(!(await nojs.page.isVisible("#filters")), `${label}: without JavaScript the filter form stays hidden`);
  await nojs.context.close();
  return { output, findings };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
try {
  const fixtures = fixtureTree();
  await checkReport(browser, { label: "fixtures", cwd: fixtures, target: ".", axe: true });

  const escaping = escapingTree();
  const { output } = await checkReport(browser, { label: "escaping", cwd: escaping, target: "." });
  const { context, page, problems } = await openReport(browser, output, "escaping, read");
  const pwned = await page.evaluate(() => window.__pwned);
  assert(pwned === undefined, `escaping: no injected script ran (window.__pwned is ${pwned})`);
  const text = await page.textContent("main");
  for (const shown of ["<script>window.__pwned = 9; alert(9)</script>", "</article>", "<img src=x onerror=", "x<script>window.__pwned=1</script>"]) {
    assert(text.includes(shown), `escaping: the page shows ${JSON.stringify(shown)} as text`);
  }
  const injected = await page.$$eval("main script, main img, main svg svg, main b", (els) => els.length);
  assert(injected === 0, `escaping: no element came from file or config text (${injected})`);
  assert(problems.length === 0, `escaping: no dialog, console error or request ${problems.join("; ")}`);
  await context.close();

  if (corpusArg) {
    const corpus = path.resolve(corpusArg);
    await checkReport(browser, {
      label: "clerk-docs",
      cwd: path.dirname(corpus),
      target: path.basename(corpus),
      screenshot: screenshotArg ? path.resolve(screenshotArg) : path.join(work, "clerk-docs.png"),
      fullSize: true,
      axe: true,
    });
  } else {
    console.log("     the clerk-docs corpus was not given: skipped");
  }
} finally {
  await browser.close();
}
if (failures > 0) {
  console.error(`${failures} browser assertion(s) failed`);
  process.exit(1);
}
console.log("all browser assertions passed");
