//! `--write-baseline` and `--baseline`: adopt termlint on a tree with findings, then see only new
//! ones, whatever moves around them.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_termlint");

fn termlint(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A legacy tree: three findings, two of them the same sentence.
fn legacy_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "docs/guide.md",
        "# Guide\n\nCreate a web hook in the dashboard.\nThen push the code to Github.\n\nUse a web hook.\n\nUse a web hook.\n",
    );
    write(dir.path(), "docs/clean.md", "Each webhook is signed.\n");
    dir
}

#[test]
fn the_baseline_file_records_fingerprints_and_readable_context() {
    let dir = legacy_tree();
    let output = termlint(
        dir.path(),
        &["check", "--write-baseline", "termlint-baseline.json"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        "wrote 4 findings to termlint-baseline.json\n"
    );
    let baseline = std::fs::read_to_string(dir.path().join("termlint-baseline.json")).unwrap();
    insta::assert_snapshot!(baseline);
}

#[test]
fn only_new_findings_are_reported_after_lines_move() {
    let dir = legacy_tree();
    termlint(dir.path(), &["check", "--write-baseline", "base.json"]);
    let unchanged = termlint(dir.path(), &["check", "--baseline", "base.json"]);
    assert_eq!(unchanged.status.code(), Some(0), "{}", stdout(&unchanged));
    assert_eq!(stdout(&unchanged), "");

    // Lines above, a re-wrapped sentence, a sentence added after one, and one new finding.
    write(
        dir.path(),
        "docs/guide.md",
        "# Guide\n\nAn introduction\nof two lines.\n\nCreate a web\nhook in the dashboard. A new sentence.\nThen push the code to Github.\n\nUse a web hook.\n\nUse a web hook.\n\nSign up for a web hook.\n",
    );
    let output = termlint(dir.path(), &["check", "--baseline", "base.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "docs/guide.md:14:15: warning[webhook] Clerk writes 'webhook' as one word. (suggestion: webhook)\n"
    );
    assert_eq!(stderr(&output), "");
}

#[test]
fn a_repeated_sentence_is_accepted_as_often_as_recorded() {
    let dir = legacy_tree();
    termlint(dir.path(), &["check", "--write-baseline", "base.json"]);
    let text = std::fs::read_to_string(dir.path().join("docs/guide.md")).unwrap();
    write(
        dir.path(),
        "docs/guide.md",
        &format!("{text}\nUse a web hook.\n"),
    );
    let output = termlint(dir.path(), &["check", "--baseline", "base.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output).lines().count(), 1, "{}", stdout(&output));
    assert!(stdout(&output).starts_with("docs/guide.md:10:7:"));
}

#[test]
fn fixed_findings_are_noted_unless_quiet() {
    let dir = legacy_tree();
    termlint(dir.path(), &["check", "--write-baseline", "base.json"]);
    write(
        dir.path(),
        "docs/guide.md",
        "# Guide\n\nCreate a webhook in the dashboard.\nThen push the code to GitHub.\n\nUse a web hook.\n\nUse a web hook.\n",
    );
    let output = termlint(dir.path(), &["check", "--baseline", "base.json"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stderr(&output),
        "note: 2 findings of the baseline no longer found; `--write-baseline` refreshes it\n"
    );
    let quiet = termlint(dir.path(), &["check", "--baseline", "base.json", "--quiet"]);
    assert_eq!(stderr(&quiet), "");
}

#[test]
fn a_broken_baseline_is_an_error() {
    let dir = legacy_tree();
    let missing = termlint(dir.path(), &["check", "--baseline", "nope.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).starts_with("error: baseline nope.json: "),
        "{}",
        stderr(&missing)
    );
    write(
        dir.path(),
        "future.json",
        r#"{"version": 2, "findings": []}"#,
    );
    let future = termlint(dir.path(), &["check", "--baseline", "future.json"]);
    assert_eq!(future.status.code(), Some(2));
    assert_eq!(
        stderr(&future),
        "error: baseline future.json: version 2 is not supported (this termlint reads version 1)\n"
    );
    write(dir.path(), "junk.json", "[1, 2]");
    assert_eq!(
        termlint(dir.path(), &["check", "--baseline", "junk.json"])
            .status
            .code(),
        Some(2)
    );
}
