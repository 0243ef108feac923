//! Autofix safety: what `--fix` does to a file's identity (races with other writers are in
//! `reliability_race.rs`). See "Autofix safety" in README.md and RELIABILITY.md.

mod reliability;

use std::os::unix::fs::{MetadataExt, PermissionsExt};

use reliability::{as_nobody, binary_for_nobody, is_root, output, run, stderr, stdout, tree};

const WRONG: &[u8] = b"Create a web hook.\n";
const FIXED: &[u8] = b"Create a webhook.\n";

#[test]
fn a_hard_linked_file_is_refused_and_the_run_goes_on() {
    let dir = tree(&[("a.md", WRONG), ("b.md", WRONG)]);
    std::fs::hard_link(dir.path().join("a.md"), dir.path().join("other-name.txt")).unwrap();
    let out = run(dir.path(), &["check", "--fix", "a.md", "b.md"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("error: a.md: has 2 hard links: a rewrite would leave the other names with the old text; not written"),
        "{err}"
    );
    // The finding that was not fixed is still reported, and the summary says so.
    assert_eq!(
        stdout(&out),
        "a.md:1:10: warning[webhook] Clerk writes 'webhook' as one word. (suggestion: webhook)\n"
    );
    assert!(
        err.contains(
            "fixed 1 finding in 1 file; 1 file could not be written (errors below); 1 finding left"
        ),
        "{err}"
    );
    assert_eq!(std::fs::read(dir.path().join("a.md")).unwrap(), WRONG);
    assert_eq!(
        std::fs::read(dir.path().join("other-name.txt")).unwrap(),
        WRONG
    );
    assert_eq!(std::fs::read(dir.path().join("b.md")).unwrap(), FIXED);
}

#[test]
fn a_read_only_file_is_refused_even_for_root() {
    let dir = tree(&[("a.md", WRONG)]);
    let path = dir.path().join("a.md");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let out = run(dir.path(), &["check", "--fix", "a.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "error: a.md: is read-only (mode 0444); not written: make it writable to fix it"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&path).unwrap(), WRONG);
    assert_eq!(std::fs::metadata(&path).unwrap().mode() & 0o777, 0o444);
}

#[test]
fn mode_owner_and_group_are_kept() {
    let dir = tree(&[("a.md", WRONG)]);
    let path = dir.path().join("a.md");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    // As root the file can belong to anyone; otherwise it is this user's own.
    if is_root() {
        std::os::unix::fs::chown(&path, Some(1234), Some(2345)).unwrap();
    }
    let before = std::fs::metadata(&path).unwrap();
    let out = run(dir.path(), &["check", "--fix", "a.md"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let after = std::fs::metadata(&path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), FIXED);
    assert_eq!(
        (after.uid(), after.gid(), after.mode() & 0o7777),
        (before.uid(), before.gid(), 0o640)
    );
}

/// A user who may not write in the directory: the rename cannot happen, and the findings and the
/// reason are reported. Root writes anywhere, so as root the run drops to `nobody` with
/// `setpriv`; without it (and as root) there is no way to be denied, and the test says so.
#[test]
fn a_read_only_directory_keeps_the_findings_and_says_why() {
    let dir = tree(&[("ro/a.md", WRONG)]);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let ro = dir.path().join("ro");
    let mut command = match as_nobody() {
        Some(mut command) => {
            let binary = binary_for_nobody(dir.path());
            std::os::unix::fs::chown(ro.join("a.md"), Some(65534), Some(65534)).unwrap();
            command.arg(binary);
            command
        }
        None if is_root() => {
            eprintln!("skipped: root without setpriv cannot be denied a write");
            return;
        }
        None => std::process::Command::new(env!("CARGO_BIN_EXE_termlint")),
    };
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
    command
        .args([
            "check",
            "--fix",
            "--format",
            "compact",
            "--no-progress",
            "ro/a.md",
        ])
        .current_dir(dir.path());
    let out = output(&mut command);
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stdout(&out),
        "ro/a.md:1:10: warning[webhook] Clerk writes 'webhook' as one word. (suggestion: webhook)\n"
    );
    let err = stderr(&out);
    assert!(
        err.contains("error: ro/a.md: not written: permission denied"),
        "{err}"
    );
    assert!(
        err.contains("fixed 0 findings in 0 files; 1 file could not be written"),
        "{err}"
    );
    assert_eq!(std::fs::read(ro.join("a.md")).unwrap(), WRONG);
}

#[test]
fn fixes_that_undo_each_other_are_reported_once_and_not_applied() {
    let text = b"Users can sign-in page now.\n";
    let dir = tree(&[("a.md", text)]);
    let out = run(dir.path(), &["check", "--fix", "--unsafe-fixes", "a.md"]);
    assert_eq!(std::fs::read(dir.path().join("a.md")).unwrap(), text);
    let err = stderr(&out);
    assert_eq!(err.matches("undo each other").count(), 1, "{err}");
    assert!(
        err.contains("warning: a.md:1:7: fixes undo each other, so neither is applied: `sign in page` → `sign-in page` (sign-in-compound), `can sign-in` → `can sign in` (sign-in-verb)"),
        "{err}"
    );
    assert!(err.contains("fixed 0 findings in 0 files"), "{err}");
    assert_eq!(out.status.code(), Some(1));
}
