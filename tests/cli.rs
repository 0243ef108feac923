//! The command line as users run it: every format, standard input, exit codes and errors.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use std::io::Write;

const BIN: &str = env!("CARGO_BIN_EXE_termlint");

/// A small docs tree with known findings, written into a fresh temporary directory.
fn docs_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |rel: &str, text: &str| {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "guide.md",
        "# Webhooks\n\nCreate a web hook in the dashboard.\nThen push the code to Github.\n\n```sh\ncurl https://example.com/web-hook\n```\n",
    );
    write("clean.md", "# Clean\n\nEach webhook is signed.\n");
    write(
        "nested/page.mdx",
        "import { Note } from '@/components'\n\n<Note class=\"web hook\">\n\nA web\nhook in MDX, \u{e9}t\u{e9}.\n\n</Note>\n",
    );
    write(
        "notes.txt",
        "A web hook in a text file is not linted when walking.\n",
    );
    write("ignored/skip.md", "A web hook in an ignored file.\n");
    write(".hidden/skip.md", "A web hook in a hidden directory.\n");
    write(".gitignore", "ignored/\n");
    // Glossaries and configs name the avoided terms on purpose: never linted when walking.
    write("terms.toml", "# web hook\n[[term]]\nid = \"x\"\n");
    write("termlint.toml", "# web hook\n");
    dir
}

fn termlint(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

fn with_stdin(dir: &Path, args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// Exit code, stdout and stderr, as one snapshot.
fn render(output: &Output) -> String {
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        output.status.code().unwrap(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn compact_format_walks_the_tree_in_path_order() {
    let dir = docs_tree();
    insta::assert_snapshot!(render(&termlint(
        dir.path(),
        &["check", "--format", "compact"]
    )));
}

#[test]
fn compact_is_the_default_when_stdout_is_not_a_terminal() {
    let dir = docs_tree();
    let default = termlint(dir.path(), &["check"]);
    let compact = termlint(dir.path(), &["check", "--format", "compact"]);
    assert_eq!(default.stdout, compact.stdout);
    assert_eq!(default.status.code(), Some(1));
}

#[test]
fn json_format() {
    let dir = docs_tree();
    let output = termlint(dir.path(), &["check", ".", "--format", "json"]);
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    // The contract: exactly these fields, and `fix` when the finding has one.
    let keys: Vec<&str> = findings[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .filter(|&key| key != "fix")
        .collect();
    assert!(findings[0]["fix"].is_object());
    assert_eq!(
        keys,
        [
            "category",
            "column",
            "end_column",
            "end_line",
            "length",
            "line",
            "matched",
            "message",
            "offset",
            "path",
            "rule",
            "severity",
            "suggestions"
        ]
    );
    insta::assert_snapshot!(render(&output));
}

#[test]
fn json_positions_count_characters_and_bytes() {
    let dir = docs_tree();
    let output = termlint(
        dir.path(),
        &["check", "nested/page.mdx", "--format", "json"],
    );
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let text = std::fs::read_to_string(dir.path().join("nested/page.mdx")).unwrap();
    for f in findings.as_array().unwrap() {
        let offset = f["offset"].as_u64().unwrap() as usize;
        let length = f["length"].as_u64().unwrap() as usize;
        assert_eq!(
            &text[offset..offset + length],
            f["matched"].as_str().unwrap()
        );
    }
    assert_eq!(findings.as_array().unwrap().len(), 1, "{findings:#}");
    assert_eq!(findings[0]["matched"], "web\nhook");
    assert_eq!(
        (findings[0]["line"].as_u64(), findings[0]["column"].as_u64()),
        (Some(5), Some(3))
    );
    assert_eq!(
        (
            findings[0]["end_line"].as_u64(),
            findings[0]["end_column"].as_u64()
        ),
        (Some(6), Some(5))
    );
}

#[test]
fn every_format_reports_the_same_findings() {
    let dir = docs_tree();
    for format in [
        "compact", "json", "sarif", "github", "rdjson", "gitlab", "junit",
    ] {
        let output = termlint(dir.path(), &["check", "--format", format]);
        assert_eq!(output.status.code(), Some(1), "{format}");
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(stdout.contains("guide.md"), "{format}: {stdout}");
        assert!(stdout.contains("nested/page.mdx"), "{format}: {stdout}");
        if format != "compact" && format != "github" && format != "junit" {
            serde_json::from_str::<serde_json::Value>(&stdout).unwrap();
        }
    }
}

#[test]
fn statistics_replace_the_findings_in_text_and_json() {
    let dir = docs_tree();
    let compact = termlint(dir.path(), &["check", "--statistics"]);
    insta::assert_snapshot!(render(&compact));
    let json = termlint(dir.path(), &["check", "--statistics", "--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let stats: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(stats["findings"], 3);
    assert_eq!(stats["files_checked"], 3);
    assert_eq!(stats["rules"][0]["rule"], "webhook");
    assert_eq!(stats["rules"][0]["count"], 2);
    assert_eq!(stats["files"][0]["path"], "guide.md");
}

#[test]
fn statistics_go_to_stderr_after_machine_formats() {
    let dir = docs_tree();
    let output = termlint(dir.path(), &["check", "--statistics", "--format", "sarif"]);
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 3);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("3 findings in 2 of 3 files checked"),
        "{stderr}"
    );
}

#[test]
fn quiet_prints_findings_and_errors_only() {
    let dir = docs_tree();
    let output = termlint(
        dir.path(),
        &[
            "check",
            "guide.md",
            "missing.md",
            "--format",
            "human",
            "--color",
            "never",
            "-q",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stdout).contains("web hook"));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: missing.md: no such file or directory\n"
    );
    let clean = termlint(
        dir.path(),
        &["check", "clean.md", "--format", "human", "--quiet"],
    );
    assert_eq!(render(&clean), "exit: 0\n--- stdout\n--- stderr\n");
}

#[test]
fn human_format_renders_miette_reports_and_a_summary() {
    let dir = docs_tree();
    insta::assert_snapshot!(render(&termlint(
        dir.path(),
        &["check", "guide.md", "--format", "human", "--color", "never"]
    )));
}

#[test]
fn human_format_colours_only_when_asked() {
    let dir = docs_tree();
    let always = termlint(
        dir.path(),
        &[
            "check", "guide.md", "--format", "human", "--color", "always",
        ],
    );
    assert!(String::from_utf8_lossy(&always.stdout).contains("\u{1b}["));
    let auto = termlint(dir.path(), &["check", "guide.md", "--format", "human"]);
    assert!(!String::from_utf8_lossy(&auto.stdout).contains("\u{1b}["));
}

#[test]
fn stdin_with_a_filename() {
    let dir = docs_tree();
    let output = with_stdin(
        dir.path(),
        &[
            "check",
            "-",
            "--stdin-filename",
            "docs/from-stdin.md",
            "--format",
            "compact",
        ],
        b"Set up a web hook.\n",
    );
    insta::assert_snapshot!(render(&output));
}

#[test]
fn stdin_as_mdx_by_its_filename() {
    let dir = docs_tree();
    let output = with_stdin(
        dir.path(),
        &["check", "-", "--stdin-filename", "page.mdx"],
        b"<Card title=\"web hook\" />\n\n{/* web hook */}\n",
    );
    // Read as MDX: the title is prose, the `{/* comment */}` is not.
    assert_eq!(
        render(&output),
        "exit: 1\n--- stdout\npage.mdx:1:14: warning[webhook] Clerk writes 'webhook' as one word. (suggestion: webhook)\n--- stderr\n"
    );
}

#[test]
fn explicit_files_are_always_linted() {
    let dir = docs_tree();
    let output = termlint(dir.path(), &["check", "notes.txt", "ignored/skip.md"]);
    insta::assert_snapshot!(render(&output));
}

#[test]
fn exit_codes() {
    let dir = docs_tree();
    let code = |args: &[&str]| termlint(dir.path(), args).status.code().unwrap();
    assert_eq!(code(&["check", "clean.md"]), 0);
    assert_eq!(code(&["check", "guide.md"]), 1);
    assert_eq!(code(&["check", "guide.md", "--fail-on", "never"]), 0);
    assert_eq!(code(&["check", "guide.md", "--fail-on", "error"]), 0);
    assert_eq!(code(&["check", "guide.md", "--fail-on", "info"]), 1);
    assert_eq!(code(&["check", "missing.md"]), 2);
    assert_eq!(code(&["check", "--format", "xml"]), 2);
    assert_eq!(code(&["check", "--profile", "nope"]), 2);
}

#[test]
fn bad_files_are_reported_and_the_others_still_linted() {
    let dir = docs_tree();
    std::fs::write(
        dir.path().join("broken.md"),
        b"Valid start \xff\xfe then junk.\n",
    )
    .unwrap();
    let output = termlint(
        dir.path(),
        &["check", "broken.md", "missing.md", "guide.md"],
    );
    insta::assert_snapshot!(render(&output));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let dir = docs_tree();
    let big = "A web hook here.\n".repeat(20_000);
    std::fs::write(dir.path().join("big.md"), big).unwrap();
    let mut child = Command::new(BIN)
        .args(["check", "big.md"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
