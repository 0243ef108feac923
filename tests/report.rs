//! `termlint report`: the HTML file it writes (one article per finding, escaped text, baseline
//! marks, links), what it prints, its exit codes; and a snapshot of a small report's HTML.

use std::path::Path;
use std::process::{Command, Output};

use termlint::report::html::{SCRIPT, STYLE};

const BIN: &str = env!("CARGO_BIN_EXE_termlint");

fn termlint(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Three files with findings (a warning twice, an info) and a clean one.
fn docs_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "docs/guide.md",
        "# Guide\n\nCreate a web hook in the dashboard.\nThen push the code to Github.\n",
    );
    write(
        dir.path(),
        "docs/more/page.mdx",
        "# Page\n\nSign into the app.\n",
    );
    write(
        dir.path(),
        "clean.md",
        "# Clean\n\nEach webhook is signed.\n",
    );
    dir
}

/// Reports `paths` in `dir` to `report.html`; returns the process output and the HTML.
fn report(dir: &Path, args: &[&str]) -> (Output, String) {
    let mut all = vec!["report", "--output", "report.html"];
    all.extend_from_slice(args);
    let output = termlint(dir, &all);
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap_or_default();
    (output, html)
}

fn json_count(dir: &Path, args: &[&str]) -> usize {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let output = termlint(dir, &all);
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    findings.as_array().unwrap().len()
}

fn articles(html: &str) -> usize {
    html.matches("<article class=\"finding\"").count()
}

#[test]
fn one_article_per_finding_and_a_summary_line() {
    let dir = docs_tree();
    let (output, html) = report(dir.path(), &[]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        stdout,
        "wrote report.html: 3 findings (2 warnings, 1 info) in 2 files\n"
    );
    assert_eq!(json_count(dir.path(), &[]), 3);
    assert_eq!(articles(&html), 3);
    assert_eq!(
        html.matches("</article>").count(),
        3 + html.matches("class=\"rule-doc\"").count()
    );
    for attribute in [
        "data-rule=\"webhook\" data-severity=\"warning\" data-category=\"clerk-concepts\" data-path=\"docs/guide.md\"",
        "data-rule=\"github\" data-severity=\"warning\"",
        "data-rule=\"sign-into\" data-severity=\"info\"",
    ] {
        assert!(html.contains(attribute), "{attribute}");
    }
    // Three files checked, one clean; the rules appendix documents what fired, with examples.
    assert!(html.contains("<dt>Files checked</dt><dd>3</dd>"));
    assert!(html.contains("<dt>Files clean</dt><dd>1</dd>"));
    assert!(html.contains("id=\"rule-webhook\""));
    assert!(html.contains("<dt>Definition</dt>"));
    assert!(!html.contains("id=\"rule-clerk-dashboard\""));
    // The default output name.
    let plain = termlint(dir.path(), &["report", "--quiet"]);
    assert_eq!(plain.status.code(), Some(0));
    assert!(plain.stdout.is_empty());
    assert!(dir.path().join("termlint-report.html").exists());
}

#[test]
fn counts_per_thousand_words_of_prose() {
    let dir = tempfile::tempdir().unwrap();
    // 9 words of prose, and code that is not prose.
    write(
        dir.path(),
        "a.md",
        "Create a web hook and a web hook here.\n\n```\nweb hook words in code do not count\n```\n",
    );
    let (_, html) = report(dir.path(), &[]);
    assert!(html.contains("<dt>Words of prose</dt><dd>9</dd>"), "{html}");
    assert!(html.contains("<dt>Findings per 1,000 words</dt><dd>222.22</dd>"));
}

#[test]
fn file_and_config_text_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "termlint.toml",
        "glossaries = [\"terms.toml\"]\n",
    );
    write(
        dir.path(),
        "terms.toml",
        "[[term]]\nid = \"x<script>alert(1)</script>\"\ncategory = \"<img src=x onerror=alert(2)>\"\npreferred = [\"</article>\"]\navoid = [\"frobnicate\"]\nmessage = \"<script>alert(3)</script>\"\ndefinition = \"<svg onload=alert(4)>\"\n",
    );
    write(
        dir.path(),
        "page.md",
        "<script>alert(5)</script>\n<img src=x onerror=\"alert(6)\"> frobnicate </article>\n",
    );
    write(
        dir.path(),
        "a\"><img src=x onerror=alert(7)>.md",
        "frobnicate\n",
    );
    let (output, html) = report(
        dir.path(),
        &["--link-base", "https://example.com/r/blob/main"],
    );
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(articles(&html), 2);
    // The page's own script is the only one; no markup from the files or the config survives.
    assert_eq!(html.matches("<script").count(), 1);
    for raw in ["<img", "<svg onload", "onerror=\"", "alert(5)</script>"] {
        let at = html.find(raw);
        assert!(
            at.is_none(),
            "{raw} reached the page: {}",
            &html[at.unwrap_or(0)..][..80]
        );
    }
    assert_eq!(html.matches("</article>").count(), 2 + 1);
    assert!(html.contains("&lt;script&gt;alert(5)&lt;/script&gt;"));
    assert!(html.contains("data-path=\"a&quot;&gt;&lt;img src=x onerror=alert(7)&gt;.md\""));
    assert!(html.contains("href=\"https://example.com/r/blob/main/a%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%287%29%3E.md#L1\""));
    assert!(html.contains("id=\"rule-x.3Cscript.3Ealert.281.29.3C.2Fscript.3E\""));
}

#[test]
fn a_baseline_marks_findings_new_or_known() {
    let dir = docs_tree();
    let written = termlint(dir.path(), &["check", "--write-baseline", "baseline.json"]);
    assert_eq!(written.status.code(), Some(0));
    write(
        dir.path(),
        "docs/guide.md",
        "# Guide\n\nA new web hook above.\n\nCreate a web hook in the dashboard.\nThen push the code to Github.\n",
    );
    let (output, html) = report(dir.path(), &["--baseline", "baseline.json"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        articles(&html),
        4,
        "a baseline leaves nothing out of the report"
    );
    assert_eq!(html.matches("data-status=\"known\"").count(), 3);
    assert_eq!(html.matches("data-status=\"new\"").count(), 1);
    assert!(html.contains("<dt>New since the baseline</dt><dd>1</dd>"));
    assert!(html.contains("<dt>Known in the baseline</dt><dd>3</dd>"));
    // The new finding is the first one of the file.
    let first = html.find("<article class=\"finding\"").unwrap();
    assert!(
        html[first..]
            .starts_with("<article class=\"finding\" id=\"finding-1\" data-rule=\"webhook\"")
    );
    assert!(html[first..html[first..].find('>').unwrap() + first].contains("data-status=\"new\""));
    // Without a baseline, no marks.
    let (_, plain) = report(dir.path(), &[]);
    assert!(!plain.contains("data-status="));
}

#[test]
fn locations_link_to_the_repository_when_asked() {
    let dir = docs_tree();
    let (_, html) = report(
        dir.path(),
        &["--link-base", "https://github.com/o/r/blob/abc/"],
    );
    assert!(html.contains("href=\"https://github.com/o/r/blob/abc/docs/guide.md#L3\""));
    assert!(html.contains("href=\"https://github.com/o/r/blob/abc/docs/guide.md#L4\""));
    assert!(html.contains("href=\"https://github.com/o/r/blob/abc/docs/more/page.mdx#L3\""));
    let (_, plain) = report(dir.path(), &[]);
    assert!(!plain.contains("class=\"loc\" href"));
}

#[test]
fn exit_codes() {
    let dir = docs_tree();
    // (arguments, exit code, whether a report is written)
    let cases: &[(&[&str], i32, bool)] = &[
        (&[], 0, true),
        (&["--fail-on", "warning"], 1, true),
        (&["--fail-on", "info"], 1, true),
        (&["--fail-on", "error"], 0, true),
        (&["--fail-on", "never"], 0, true),
        (&["clean.md", "--fail-on", "info"], 0, true),
        (&["no-such-file.md", "docs"], 2, true),
        (&["--link-base", "javascript:alert(1)"], 2, false),
        (&["--baseline", "missing.json"], 2, false),
        (&["--profile", "no-such-profile"], 2, true),
    ];
    for (args, code, written) in cases {
        let _ = std::fs::remove_file(dir.path().join("report.html"));
        let (output, html) = report(dir.path(), args);
        assert_eq!(output.status.code(), Some(*code), "{args:?}: {output:?}");
        assert_eq!(!html.is_empty(), *written, "{args:?}");
    }
    let unwritable = termlint(dir.path(), &["report", "--output", "no/such/dir/r.html"]);
    assert_eq!(unwritable.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&unwritable.stderr).contains("cannot write no/such/dir/r.html")
    );
}

/// A small report's whole page, the inlined styles and script left out (they are files of
/// their own), so changes to the markup show in review.
#[test]
fn snapshot_of_a_small_report() {
    let dir = docs_tree();
    let (_, html) = report(
        dir.path(),
        &[
            "--title",
            "Docs <audit>",
            "--link-base",
            "https://example.com/blob/v1",
        ],
    );
    let html = html
        .replace(STYLE, "/* report.css */\n")
        .replace(SCRIPT, "// report.js\n")
        .replace(env!("CARGO_PKG_VERSION"), "VERSION");
    insta::assert_snapshot!(html);
}

/// The action's run step writes the Markdown summary, locations linked to the commit, to the
/// job summary file, and keeps the exit code of the check itself.
#[test]
fn the_action_writes_a_job_summary() {
    let dir = docs_tree();
    let run = |summary: &str| {
        Command::new("bash")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("action/run.sh"))
            .current_dir(dir.path())
            .env("TERMLINT", BIN)
            .env("TERMLINT_FORMAT", "github")
            .env("TERMLINT_FAIL_ON", "warning")
            .env("TERMLINT_PATHS", "docs")
            .env("TERMLINT_JOB_SUMMARY", summary)
            .env("TERMLINT_HEAD_SHA", "abc123")
            .env("GITHUB_STEP_SUMMARY", dir.path().join("summary.md"))
            .env("GITHUB_SERVER_URL", "https://github.com")
            .env("GITHUB_REPOSITORY", "o/r")
            .env_remove("TERMLINT_CHANGED_ONLY")
            .env_remove("TERMLINT_CHANGED_SINCE")
            .env_remove("TERMLINT_OUTPUT")
            .env_remove("TERMLINT_ARGS")
            .output()
            .unwrap()
    };
    let output = run("true");
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("::warning file=docs/guide.md,line=3")
    );
    let summary = std::fs::read_to_string(dir.path().join("summary.md")).unwrap();
    assert!(
        summary.starts_with("### termlint: 3 findings in 2 of 2 files\n"),
        "{summary}"
    );
    assert!(summary.contains("| webhook | warning | 1 |"), "{summary}");
    assert!(
        summary.contains("- [docs/guide.md:3:10](<https://github.com/o/r/blob/abc123/docs/guide.md#L3>) **warning** webhook"),
        "{summary}"
    );
    std::fs::remove_file(dir.path().join("summary.md")).unwrap();
    let output = run("false");
    assert_eq!(output.status.code(), Some(1));
    assert!(!dir.path().join("summary.md").exists());
}
