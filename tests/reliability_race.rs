//! Autofix safety against other programs writing the same file at the same moment. See
//! "Autofix safety" in README.md and "Concurrent writes" in RELIABILITY.md.
//!
//! With leases (Linux), another program's `open` for writing is held by the kernel while
//! termlint decides; these tests make that open with `O_NONBLOCK`, which fails at once but still
//! tells termlint, and then write from a thread that waits, as the other program would.

mod reliability;

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::Scope;

use reliability::tree;
use termlint::write::{Stage, WriteError, write_back_observed};

const WRONG: &str = "Create a web hook.\n";
const FIXED: &str = "Create a webhook.\n";

fn append(path: &Path, text: &str) {
    let mut file = OpenOptions::new().append(true).open(path).unwrap();
    file.write_all(text.as_bytes()).unwrap();
}

/// Opens `path` for appending without waiting: the file when nobody holds a lease on it, `None`
/// when somebody does (who is told, as by a blocking open).
fn knock(path: &Path) -> Option<File> {
    match OpenOptions::new()
        .append(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
    {
        Ok(file) => Some(file),
        Err(err) if err.raw_os_error() == Some(libc::EWOULDBLOCK) => None,
        Err(err) => panic!("{}: {err}", path.display()),
    }
}

/// Another program appending at this moment: at once, or once the lease holder lets it.
fn racing_append<'s>(scope: &'s Scope<'s, '_>, path: &Path, text: &'static str) {
    match knock(path) {
        Some(mut file) => file.write_all(text.as_bytes()).unwrap(),
        None => {
            let path = path.to_path_buf();
            scope.spawn(move || append(&path, text));
        }
    }
}

/// The one temporary file of a write in progress.
fn temporary(dir: &Path) -> PathBuf {
    let mut found = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".termlint-")
        });
    let path = found.next().expect("a temporary file");
    assert!(found.next().is_none());
    path
}

/// The files beside the fixed one (the tree is a git work tree).
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != ".git")
        .collect();
    names.sort();
    names
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn a_write_before_the_new_file_takes_the_name_stops_the_fix() {
    for leases in [true, false] {
        let dir = tree(&[("a.md", WRONG.as_bytes())]);
        let path = dir.path().join("a.md");
        let result = std::thread::scope(|scope| {
            write_back_observed(&path, WRONG, FIXED, leases, &mut |stage| {
                if stage == Stage::BeforeRename {
                    racing_append(scope, &path, "more\n");
                }
            })
        });
        assert!(
            matches!(result, Err(WriteError::ChangedOnDisk)),
            "leases {leases}: {result:?}"
        );
        assert_eq!(read(&path), format!("{WRONG}more\n"), "leases {leases}");
        assert_eq!(names(dir.path()), ["a.md"], "leases {leases}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_file_open_for_writing_elsewhere_is_not_written() {
    let dir = tree(&[("a.md", WRONG.as_bytes())]);
    let path = dir.path().join("a.md");
    let mut early = OpenOptions::new().append(true).open(&path).unwrap();
    let result = write_back_observed(&path, WRONG, FIXED, true, &mut |_| {
        panic!("no write starts")
    });
    assert!(
        matches!(result, Err(WriteError::OpenForWriting)),
        "{result:?}"
    );
    early.write_all(b"late\n").unwrap();
    assert_eq!(read(&path), format!("{WRONG}late\n"));
    assert_eq!(names(dir.path()), ["a.md"]);
}

/// A program that looked the path up just before the new file took it opens the original: the
/// original is back under the path before that open returns.
#[cfg(target_os = "linux")]
#[test]
fn a_writer_of_the_original_gets_it_back_under_its_name() {
    let dir = tree(&[("a.md", WRONG.as_bytes())]);
    let path = dir.path().join("a.md");
    let mut told = false;
    let result = write_back_observed(&path, WRONG, FIXED, true, &mut |stage| {
        if stage == Stage::AfterRename {
            told = knock(&temporary(dir.path())).is_none();
        }
    });
    assert!(told, "the original is leased");
    assert!(
        matches!(result, Err(WriteError::ChangedOnDisk)),
        "{result:?}"
    );
    assert_eq!(read(&path), WRONG);
    assert_eq!(names(dir.path()), ["a.md"]);
}

/// A program that opens the path once the new file has it writes to the new file, which stays.
#[cfg(target_os = "linux")]
#[test]
fn a_writer_of_the_new_file_keeps_its_text() {
    let dir = tree(&[("a.md", WRONG.as_bytes())]);
    let path = dir.path().join("a.md");
    let result = std::thread::scope(|scope| {
        write_back_observed(&path, WRONG, FIXED, true, &mut |stage| {
            if stage == Stage::AfterRename {
                racing_append(scope, &path, "late\n");
            }
        })
    });
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(read(&path), format!("{FIXED}late\n"));
    assert_eq!(names(dir.path()), ["a.md"]);
}

/// Both at once: the original goes back under the path and the new file, which a program has
/// opened, is kept beside it.
#[cfg(target_os = "linux")]
#[test]
fn writers_of_both_files_lose_neither() {
    let dir = tree(&[("a.md", WRONG.as_bytes())]);
    let path = dir.path().join("a.md");
    let result = write_back_observed(&path, WRONG, FIXED, true, &mut |stage| {
        if stage == Stage::AfterRename {
            assert!(knock(&temporary(dir.path())).is_none());
            assert!(knock(&path).is_none());
        }
    });
    let saved = dir.path().join("a.md.termlint-raced");
    assert!(
        matches!(&result, Err(WriteError::RacedSaved(p)) if *p == saved),
        "{result:?}"
    );
    assert_eq!(read(&path), WRONG);
    assert_eq!(read(&saved), FIXED);
    assert_eq!(names(dir.path()), ["a.md", "a.md.termlint-raced"]);
}

/// Without leases a writer that opened the original before the rename and writes just after
/// it is seen by watching the replaced file, and its text is put back.
#[test]
fn without_leases_a_late_write_to_the_original_is_put_back() {
    let dir = tree(&[("a.md", WRONG.as_bytes())]);
    let path = dir.path().join("a.md");
    let mut early = OpenOptions::new().append(true).open(&path).unwrap();
    let result = write_back_observed(&path, WRONG, FIXED, false, &mut |stage| {
        if stage == Stage::AfterRename {
            early.write_all(b"late\n").unwrap();
        }
    });
    assert!(
        matches!(result, Err(WriteError::ChangedOnDisk)),
        "{result:?}"
    );
    assert_eq!(read(&path), format!("{WRONG}late\n"));
    assert_eq!(names(dir.path()), ["a.md"]);
}

/// An appender (open, append a line, close, every 0.3 ms) racing with repeated fixes of the same
/// file. No line is ever torn or doubled, and the file only ever holds the original or fixed text
/// followed by whole appended lines. With leases no line is lost; without them a writer that
/// keeps the original open across the whole write can lose one (see RELIABILITY.md), so the
/// count is printed, not asserted.
#[test]
fn racing_appends_are_never_torn_doubled_or_lost() {
    for leases in [true, false] {
        let lost = race(leases);
        if leases && cfg!(target_os = "linux") {
            assert_eq!(lost, 0, "appends lost with leases");
        }
    }
}

fn race(leases: bool) -> usize {
    let dir = tree(&[("a.md", WRONG.as_bytes())]);
    let path = dir.path().join("a.md");
    let done = AtomicBool::new(false);
    let appends = 600;
    let (written, refused) = std::thread::scope(|scope| {
        scope.spawn(|| {
            for i in 0..appends {
                append(&path, &format!("line {i} has a web hook\n"));
                std::thread::sleep(std::time::Duration::from_micros(300));
            }
            done.store(true, Ordering::SeqCst);
        });
        let (mut written, mut refused) = (0, 0);
        while !done.load(Ordering::SeqCst) {
            let text = read(&path);
            let fixed = text.replace("web hook", "webhook");
            match write_back_observed(&path, &text, &fixed, leases, &mut |_| {}) {
                Ok(()) => written += 1,
                Err(
                    WriteError::ChangedOnDisk
                    | WriteError::RacedSaved(_)
                    | WriteError::OpenForWriting,
                ) => refused += 1,
                Err(other) => panic!("{other}"),
            }
        }
        (written, refused)
    });
    let mut text = read(&path);
    text.push_str(
        &std::fs::read_to_string(dir.path().join("a.md.termlint-raced")).unwrap_or_default(),
    );
    let mut lines = text.lines();
    assert!(matches!(
        lines.next(),
        Some("Create a web hook." | "Create a webhook.")
    ));
    let mut seen = std::collections::BTreeSet::new();
    for line in lines {
        let number = line
            .strip_prefix("line ")
            .and_then(|rest| rest.split_once(' '))
            .filter(|(_, rest)| matches!(*rest, "has a web hook" | "has a webhook"))
            .and_then(|(n, _)| n.parse::<usize>().ok())
            .unwrap_or_else(|| panic!("torn line {line:?}"));
        assert!(seen.insert(number), "line {number} doubled");
    }
    let lost = appends - seen.len();
    eprintln!(
        "leases {leases}: {written} writes, {refused} refused, {lost} of {appends} appends lost"
    );
    lost
}

/// The command line: the file is reported as not written, with its finding, and the other file
/// is fixed.
#[cfg(target_os = "linux")]
#[test]
fn check_fix_leaves_a_file_open_for_writing_and_fixes_the_rest() {
    let dir = tree(&[("a.md", WRONG.as_bytes()), ("b.md", WRONG.as_bytes())]);
    let _open = OpenOptions::new()
        .append(true)
        .open(dir.path().join("a.md"))
        .unwrap();
    let out = reliability::run(dir.path(), &["check", "--fix", "a.md", "b.md"]);
    assert_eq!(out.status.code(), Some(2));
    let err = reliability::stderr(&out);
    assert!(
        err.contains("error: a.md: is open for writing in another program; not written"),
        "{err}"
    );
    assert_eq!(
        reliability::stdout(&out),
        "a.md:1:10: warning[webhook] Clerk writes 'webhook' as one word. (suggestion: webhook)\n"
    );
    assert_eq!(read(&dir.path().join("a.md")), WRONG);
    assert_eq!(read(&dir.path().join("b.md")), FIXED);
}
