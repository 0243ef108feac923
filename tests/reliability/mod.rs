//! Shared by the reliability tests: a scratch tree, running the binary in it, and whether this
//! process can test what permissions deny (root reads and writes anything).

#![allow(dead_code)]

use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// A temporary tree holding `files` (path, bytes), with a `.git` so that it is its own
/// repository.
pub(crate) fn tree(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    for (path, bytes) in files {
        let full = dir.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, bytes).unwrap();
    }
    dir
}

/// `termlint ARGS` in `dir`, compact output, no standard input.
pub(crate) fn run(dir: &Path, args: &[&str]) -> Output {
    run_with_stdin(dir, args, Stdio::null())
}

pub(crate) fn run_with_stdin(dir: &Path, args: &[&str], stdin: Stdio) -> Output {
    let format: &[&str] = if args.contains(&"--format") {
        &[]
    } else {
        &["--format", "compact"]
    };
    Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(args)
        .args(format)
        .arg("--no-progress")
        .current_dir(dir)
        .stdin(stdin)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Whether this process runs as root, which permissions do not stop (CI runs as root).
pub(crate) fn is_root() -> bool {
    std::fs::metadata("/proc/self")
        .map(|m| m.uid() == 0)
        .unwrap_or(false)
}

/// A command that runs a program as the unprivileged user `nobody` (via util-linux's
/// `setpriv`), when this process is root and `setpriv` is installed: how permission tests deny
/// root what they deny a user.
pub(crate) fn as_nobody() -> Option<Command> {
    if !is_root() {
        return None;
    }
    let found = Command::new("setpriv")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        return None;
    }
    let mut command = Command::new("setpriv");
    command.args([
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
        "--reset-env",
    ]);
    Some(command)
}

/// The binary copied where `nobody` can run it (the build directory may be closed to others).
/// A hard link when the file system allows it: a copy is open for writing for a moment, and a
/// test running in parallel that forks then holds it open too, so running it may fail with
/// "Text file busy" (see [`output`]).
pub(crate) fn binary_for_nobody(dir: &Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let copy = dir.join("termlint-bin");
    if std::fs::hard_link(env!("CARGO_BIN_EXE_termlint"), &copy).is_err() {
        std::fs::copy(env!("CARGO_BIN_EXE_termlint"), &copy).unwrap();
        std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    copy
}

/// Runs `command`, again when the binary it starts was busy being written (a copy made by
/// [`binary_for_nobody`] that a forked test process still holds open).
pub(crate) fn output(command: &mut Command) -> std::process::Output {
    for _ in 0..20 {
        match command.output() {
            Ok(out) if !String::from_utf8_lossy(&out.stderr).contains("Text file busy") => {
                return out;
            }
            Err(err) if err.raw_os_error() != Some(26) => panic!("{err}"),
            _ => std::thread::sleep(std::time::Duration::from_millis(50)),
        }
    }
    panic!("the binary stayed busy: {command:?}");
}
