//! `--fix`, `--unsafe-fixes` and `--diff`: only the bytes of the fixes change, files are written
//! atomically, and nothing is written that could lose data.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use std::io::Write;

use termlint::config::Settings;
use termlint::fix::Applicability;
use termlint::lint::Linter;
use termlint::source::FileKind;
use termlint::walk::{self, WriteError};

fn repo(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    for (rel, bytes) in files {
        std::fs::write(dir.path().join(rel), bytes).unwrap();
    }
    dir
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_termlint"))
        .arg("check")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn read(dir: &Path, rel: &str) -> Vec<u8> {
    std::fs::read(dir.join(rel)).unwrap()
}

#[test]
fn fix_applies_safe_fixes_and_leaves_the_rest() {
    let text = "Set up a web hook. The session cookie is verified.\nUse the Clerk dashboard.\n";
    let dir = repo(&[("a.md", text.as_bytes())]);
    let output = run(dir.path(), &["--fix", "a.md"]);
    assert_eq!(
        String::from_utf8_lossy(&read(dir.path(), "a.md")),
        "Set up a webhook. The session cookie is verified.\nUse the Clerk Dashboard.\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "fixed 2 findings in 1 file; 1 left for a human (ambiguous or unsafe)\n"
    );
    // What is left is reported against the fixed text.
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("a.md:1:23: info[session-cookie]"));

    run(dir.path(), &["--fix", "--unsafe-fixes", "a.md"]);
    assert_eq!(
        String::from_utf8_lossy(&read(dir.path(), "a.md")),
        "Set up a webhook. The session token is verified.\nUse the Clerk Dashboard.\n"
    );
}

#[test]
fn crlf_bom_and_every_other_byte_are_kept() {
    let mut text =
        b"\xef\xbb\xbfSet up a web hook.\r\n\r\nVerify the session\r\ncookie and \xc3\xa9t\xc3\xa9.\r\n"
            .to_vec();
    let dir = repo(&[("a.md", &text)]);
    run(dir.path(), &["--fix", "--unsafe-fixes", "a.md"]);
    text = b"\xef\xbb\xbfSet up a webhook.\r\n\r\nVerify the session\r\ntoken and \xc3\xa9t\xc3\xa9.\r\n"
        .to_vec();
    assert_eq!(read(dir.path(), "a.md"), text);
}

#[test]
fn diff_prints_and_writes_nothing() {
    let text = b"# Guide\n\nSet up a web hook.\n\nNothing else.\n";
    let dir = repo(&[("a.md", text)]);
    let output = run(dir.path(), &["--diff", "a.md"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(read(dir.path(), "a.md"), text);
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stdout), @r"
    --- a/a.md
    +++ b/a.md
    @@ -1,5 +1,5 @@
     # Guide
     
    -Set up a web hook.
    +Set up a webhook.
     
     Nothing else.
    ");
    let clean = repo(&[("b.md", b"A webhook.\n")]);
    let output = run(clean.path(), &["--diff", "b.md"]);
    assert_eq!((output.status.code(), output.stdout.len()), (Some(0), 0));
}

#[test]
fn stdin_fix_prints_the_fixed_text() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(["check", "--fix", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"WEB HOOK and a web\nhook.\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "WEBHOOK and a webhook.\n"
    );
}

#[test]
fn a_finding_with_several_suggestions_is_never_fixed() {
    let linter = Linter::new(&Settings::default(), &[]).unwrap();
    let glossary = linter.glossary();
    let multi = glossary
        .terms
        .iter()
        .find(|t| t.preferred.len() > 1 && !t.avoid.is_empty());
    let Some(term) = multi else { return };
    let text = format!("The {} here.\n", term.avoid[0]);
    for finding in linter.lint(FileKind::Markdown, &text) {
        if finding.suggestions.len() > 1 {
            assert!(finding.fix.is_none());
        }
    }
}

#[cfg(unix)]
#[test]
fn permissions_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let dir = repo(&[("a.md", b"A web hook.\n")]);
    let path = dir.path().join("a.md");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    run(dir.path(), &["--fix", "a.md"]);
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o640
    );
    assert_eq!(read(dir.path(), "a.md"), b"A webhook.\n");
}

#[cfg(unix)]
#[test]
fn links_are_followed_only_inside_the_repository() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("out.md"), b"A web hook.\n").unwrap();
    let dir = repo(&[("inside.md", b"A web hook.\n")]);
    std::os::unix::fs::symlink(
        outside.path().join("out.md"),
        dir.path().join("link-out.md"),
    )
    .unwrap();
    std::os::unix::fs::symlink(dir.path().join("inside.md"), dir.path().join("link-in.md"))
        .unwrap();

    let output = run(dir.path(), &["--fix", "link-out.md"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("link-out.md: is a link to"));
    assert_eq!(
        std::fs::read(outside.path().join("out.md")).unwrap(),
        b"A web hook.\n"
    );

    let output = run(dir.path(), &["--fix", "link-in.md"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(read(dir.path(), "inside.md"), b"A webhook.\n");
    assert!(
        std::fs::symlink_metadata(dir.path().join("link-in.md"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten() {
    let dir = repo(&[("a.md", b"A web hook.\n")]);
    let path = dir.path().join("a.md");
    let original = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, b"Someone else's edit.\n").unwrap();
    assert!(matches!(
        walk::write_back(&path, &original, "A webhook.\n"),
        Err(WriteError::ChangedOnDisk)
    ));
    assert_eq!(std::fs::read(&path).unwrap(), b"Someone else's edit.\n");
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn a_file_that_cannot_be_decoded_is_never_written() {
    let bytes = b"A web hook \xff here.\n";
    let dir = repo(&[("a.md", bytes)]);
    let output = run(dir.path(), &["--fix", "a.md"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(read(dir.path(), "a.md"), bytes);
}

#[test]
fn the_fix_loop_settles() {
    let linter = Linter::new(&Settings::default(), &[]).unwrap();
    let fixed = linter.fix(
        FileKind::Markdown,
        "Web hooks, web hook's and WEB HOOKS.\n",
        Applicability::Safe,
    );
    assert_eq!(fixed.text, "Webhooks, webhook's and WEBHOOKS.\n");
    assert_eq!((fixed.applied, fixed.converged), (3, true));
}

#[test]
fn a_fix_across_a_comment_line_break_keeps_the_comment_marker() {
    let linter = termlint::lint::Linter::new(&termlint::config::Settings::default(), &[]).unwrap();
    let kind = termlint::source::FileKind::from_path(std::path::Path::new("a.ts")).unwrap();
    for (text, expected) in [
        (
            "/**\n * The current session\n *   id of the user.\n */\nf();\n",
            "/**\n * The current session\n *   ID of the user.\n */\nf();\n",
        ),
        (
            "// Each web\n// hook is signed.\nf();\n",
            "// Each webhook is signed.\nf();\n",
        ),
    ] {
        let fixed = linter.fix(kind, text, termlint::fix::Applicability::Unsafe);
        assert_eq!(fixed.text, expected, "{text:?}");
    }
}

/// A preferred form that holds its avoided form more than once matches again in its own output,
/// more often on each pass: fixing stops before the text grows past twice its size plus 4 KiB,
/// says it did not settle, and leaves the text as it was. (A fuzzer found ten passes of such a
/// fix taking longer than ten seconds.)
#[test]
fn a_fix_that_grows_its_own_matches_stops() {
    use termlint::glossary::Glossary;
    use termlint::lint::Policy;
    use termlint::matcher::Workload;
    for (avoid, preferred) in [
        ("x", "x y x"),
        (".", "1. 2. 3."),
        ("blip", "blip, then blip"),
    ] {
        let toml = format!(
            "[[term]]\nid = \"grow\"\ncategory = \"x\"\navoid = [{avoid:?}]\npreferred = [{preferred:?}]\n\
             message = \"m\"\nfix = \"safe\"\n"
        );
        let glossary = Glossary::from_toml("mine.toml", &toml).unwrap();
        let linter = Linter::from_parts(glossary, Policy::default(), Workload::Few).unwrap();
        let text = format!("One {avoid} here.\n");
        let fixed = linter.fix(FileKind::Markdown, &text, Applicability::Unsafe);
        assert!(!fixed.converged, "{avoid:?} -> {preferred:?}");
        assert_eq!(fixed.applied, 0, "{avoid:?} -> {preferred:?}");
        assert_eq!(fixed.text, text, "{avoid:?} -> {preferred:?}");
    }
}
