//! The bad-input table of RELIABILITY.md, the rows about paths and configs: each asserts the
//! exit code, the exact message naming the file and the reason, and that the other files were
//! still linted.

mod reliability;

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use reliability::{as_nobody, binary_for_nobody, is_root, output, run, stderr, stdout, tree};

const WRONG: &[u8] = b"Create a web hook.\n";
const FINDING: &str =
    "1:10: warning[webhook] Clerk writes 'webhook' as one word. (suggestion: webhook)";

/// Paths named on the command line that cannot be linted: the OS's reason, or the kind of file
/// termlint refuses to read; the good file is still linted.
#[test]
fn unusable_paths_say_why() {
    let dir = tree(&[("ok.md", WRONG)]);
    let at = |name: &str| dir.path().join(name);
    std::os::unix::fs::symlink("loop-b.md", at("loop-a.md")).unwrap();
    std::os::unix::fs::symlink("loop-a.md", at("loop-b.md")).unwrap();
    std::os::unix::fs::symlink("missing.md", at("broken.md")).unwrap();
    let status = Command::new("mkfifo").arg(at("pipe.md")).status().unwrap();
    assert!(status.success());
    let long = format!("{}.md", "n".repeat(300));
    let cases = [
        ("missing.md", "missing.md: no such file or directory"),
        ("broken.md", "broken.md: no such file or directory"),
        ("loop-a.md", "loop-a.md: too many levels of symbolic links"),
        (long.as_str(), &*format!("{long}: file name too long")),
        ("ok.md/child.md", "ok.md/child.md: not a directory"),
        (
            "pipe.md",
            "pipe.md: is a named pipe (FIFO), not a regular file; not read (pipe text to `-` to lint it)",
        ),
        (
            "/dev/zero",
            "/dev/zero: is a character device, not a regular file; not read (pipe text to `-` to lint it)",
        ),
    ];
    for (path, message) in &cases {
        let out = run(dir.path(), &["check", path, "ok.md"]);
        assert_eq!(out.status.code(), Some(2), "{path}");
        assert_eq!(
            stderr(&out).lines().find(|l| l.starts_with("error:")),
            Some(&*format!("error: {message}")),
            "{path}"
        );
        assert_eq!(stdout(&out), format!("ok.md:{FINDING}\n"), "{path}");
    }
}

/// Links met while walking are not followed (a loop cannot trap the walk, a link cannot lead
/// outside); named links inside the repository are linted, and fixed through to their target.
#[test]
fn walked_links_are_skipped_and_named_ones_followed() {
    let outside = tree(&[("secret.md", WRONG)]);
    let dir = tree(&[("docs/ok.md", WRONG), ("docs/real.md", WRONG)]);
    let docs = dir.path().join("docs");
    std::os::unix::fs::symlink(outside.path().join("secret.md"), docs.join("outside.md")).unwrap();
    std::os::unix::fs::symlink(&docs, docs.join("loop")).unwrap();
    std::os::unix::fs::symlink("gone.md", docs.join("broken.md")).unwrap();
    std::os::unix::fs::symlink("real.md", docs.join("alias.md")).unwrap();
    let out = run(dir.path(), &["check", "docs"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!("docs/ok.md:{FINDING}\ndocs/real.md:{FINDING}\n")
    );
    let out = run(
        dir.path(),
        &["check", "--fix", "docs/outside.md", "docs/alias.md"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("error: docs/outside.md: is a link to "),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(outside.path().join("secret.md")).unwrap(),
        WRONG
    );
    assert_eq!(
        std::fs::read(docs.join("real.md")).unwrap(),
        b"Create a webhook.\n"
    );
    assert!(
        std::fs::symlink_metadata(docs.join("alias.md"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

/// Unreadable files and directories, as a user permissions stop: root reads anything, so as
/// root the runs drop to `nobody` with `setpriv` (and the test is skipped, saying so, where
/// `setpriv` is missing).
#[test]
fn unreadable_files_and_directories_say_permission_denied() {
    let dir = tree(&[
        ("docs/ok.md", WRONG),
        ("docs/locked.md", WRONG),
        ("docs/closed/inner.md", WRONG),
    ]);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut command = match as_nobody() {
        Some(mut command) => {
            command.arg(binary_for_nobody(dir.path()));
            command
        }
        None if is_root() => {
            eprintln!("skipped: root without setpriv is never denied a read");
            return;
        }
        None => Command::new(env!("CARGO_BIN_EXE_termlint")),
    };
    let docs = dir.path().join("docs");
    std::fs::set_permissions(&docs, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(docs.join("ok.md"), std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(
        docs.join("locked.md"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    std::fs::set_permissions(docs.join("closed"), std::fs::Permissions::from_mode(0o000)).unwrap();
    command
        .args([
            "check",
            "--format",
            "compact",
            "--no-progress",
            "docs",
            "docs/closed/inner.md",
        ])
        .current_dir(dir.path());
    let out = output(&mut command);
    std::fs::set_permissions(docs.join("closed"), std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(2));
    let errors: Vec<&str> = std::str::from_utf8(&out.stderr)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("error:"))
        .collect();
    assert_eq!(
        errors,
        [
            "error: docs/closed: permission denied",
            "error: docs/closed/inner.md: permission denied",
            "error: docs/locked.md: permission denied",
        ]
    );
    assert_eq!(stdout(&out), format!("docs/ok.md:{FINDING}\n"));
}

/// Glossary mistakes that would silently change what is fixed are config errors that point at
/// the place; no file is linted with a broken config, and the error says how many.
#[test]
fn glossary_mistakes_point_at_the_place() {
    let empty = "[[term]]\nid = \"frob\"\ncategory = \"x\"\npreferred = [\"\"]\navoid = [\"frobnicator\"]\nmessage = \"m\"\n";
    let twice = "[[term]]\nid = \"frob\"\ncategory = \"x\"\npreferred = [\"a\"]\navoid = [\"b\"]\nmessage = \"m\"\n\n[[term]]\nid = \"frob\"\ncategory = \"x\"\npreferred = [\"c\"]\navoid = [\"d\"]\nmessage = \"m\"\n";
    let cases = [
        (
            empty,
            "glossary.toml: invalid config: line 4, column 14: term `frob`: a preferred form is empty: its fix would delete the text (1 file not linted)",
        ),
        (
            twice,
            "glossary.toml: invalid config: line 9, column 6: the id `frob` is used by two rules: the first would be silently dropped (1 file not linted)",
        ),
    ];
    for (glossary, message) in cases {
        let dir = tree(&[
            ("glossary.toml", glossary.as_bytes()),
            ("termlint.toml", b"glossaries = [\"glossary.toml\"]\n"),
            ("a.md", b"Use the frobnicator.\n"),
        ]);
        let out = run(dir.path(), &["check", "--fix", "a.md"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            stderr(&out).contains(&format!("error: {message}")),
            "{}",
            stderr(&out)
        );
        assert_eq!(
            std::fs::read(dir.path().join("a.md")).unwrap(),
            b"Use the frobnicator.\n"
        );
    }
}

#[test]
fn a_duplicate_id_shows_both_places() {
    let twice = "[[term]]\nid = \"frob\"\ncategory = \"x\"\npreferred = [\"a\"]\navoid = [\"b\"]\nmessage = \"m\"\n\n[[term]]\nid = \"frob\"\ncategory = \"x\"\npreferred = [\"c\"]\navoid = [\"d\"]\nmessage = \"m\"\n";
    let err = termlint::glossary::Glossary::from_toml("g.toml", twice).unwrap_err();
    let first = err.first_span().unwrap();
    let second = err.span().unwrap();
    assert_eq!(
        (&twice[first.clone()], &twice[second.clone()]),
        ("\"frob\"", "\"frob\"")
    );
    assert!(first.start < second.start);
}

/// A glossary outside the repository is refused unless asked for.
#[test]
fn an_outside_glossary_needs_allow_outside() {
    let outside = tree(&[("g.toml", b"[[term]]\nid = \"frob\"\ncategory = \"x\"\npreferred = [\"frob\"]\navoid = [\"frobnicator\"]\nmessage = \"m\"\n")]);
    let config = format!(
        "glossaries = [\"{}\"]\n",
        outside.path().join("g.toml").display()
    );
    let dir = tree(&[
        ("termlint.toml", config.as_bytes()),
        ("a.md", b"Use the frobnicator.\n"),
    ]);
    let out = run(dir.path(), &["check", "a.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("pass --allow-outside to read it"),
        "{}",
        stderr(&out)
    );
    let out = run(dir.path(), &["check", "--allow-outside", "a.md"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("a.md:1:9: warning[frob]"),
        "{}",
        stdout(&out)
    );
}

/// Prose nested in elements, and markup left as text, is still read.
#[test]
fn nested_and_broken_markup_hides_no_term() {
    let cases = [
        ("a.mdx", "<Note><b>web hook</b></Note>\n", 10),
        ("b.mdx", "<Note><Tip>web hook</Tip></Note>\n", 12),
        (
            "c.mdx",
            "<Steps>\n  <Step>\n    <Tip>A web hook.</Tip>\n  </Step>\n</Steps>\n",
            0,
        ),
        ("d.md", "<a href=\"x\"><b><i>web hook</i></b></a>\n", 19),
        ("e.md", "<web hook\n", 2),
        ("f.md", "see [web hook]( and more\n", 6),
        ("g.mdx", "see [web hook]( and more\n", 6),
    ];
    for (name, text, column) in cases {
        let dir = tree(&[(name, text.as_bytes())]);
        let out = run(dir.path(), &["check", name]);
        assert_eq!(out.status.code(), Some(1), "{name}: {text:?}");
        let found = stdout(&out);
        if column > 0 {
            assert!(
                found.starts_with(&format!("{name}:1:{column}: warning[webhook]")),
                "{name}: {found}"
            );
        } else {
            assert!(found.contains("warning[webhook]"), "{name}: {found}");
        }
    }
}
