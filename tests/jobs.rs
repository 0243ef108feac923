//! Parallel runs: `-j1` and `-jN` give byte-identical output in every format, results come in
//! path order whatever order the threads finish them in, and progress never reaches a pipe.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_termlint");

const FORMATS: [&str; 8] = [
    "human", "compact", "json", "sarif", "github", "rdjson", "gitlab", "junit",
];

fn termlint(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

/// A tree where path order and the order the files finish in differ: the first files by path
/// are the largest, and every file has findings.
fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..40 {
        let sub = dir.path().join(format!("d{}", i % 3));
        std::fs::create_dir_all(&sub).unwrap();
        let filler = "Plain prose without any term in it at all.\n".repeat((40 - i) * 10);
        let text = format!(
            "# Page {i}\n\nCreate a web hook here.\n\n{filler}\nStore the session\ncookie, log in.\n"
        );
        std::fs::write(sub.join(format!("p{i:02}.md")), text).unwrap();
    }
    std::fs::write(dir.path().join("clean.md"), "Nothing here.\n").unwrap();
    dir
}

#[test]
fn one_thread_and_many_give_the_same_bytes_in_every_format() {
    let dir = tree();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let fixtures = fixtures.to_str().unwrap();
    for format in FORMATS {
        for (root, extra) in [(".", &[][..]), (fixtures, &["--statistics"][..])] {
            let run = |jobs: &str| {
                let mut args = vec!["check", root, "--isolated", "--format", format, "-j", jobs];
                args.extend(extra);
                termlint(dir.path(), &args)
            };
            let one = run("1");
            assert!(!one.stdout.is_empty(), "{format}");
            for jobs in ["2", "4", "7"] {
                let many = run(jobs);
                assert_eq!(
                    String::from_utf8_lossy(&one.stdout),
                    String::from_utf8_lossy(&many.stdout),
                    "{format} {root} -j{jobs}"
                );
                assert_eq!(one.stderr, many.stderr, "{format} {root} -j{jobs}");
                assert_eq!(one.status.code(), many.status.code());
            }
        }
    }
}

#[test]
fn results_come_in_path_order() {
    let dir = tree();
    let out = termlint(
        dir.path(),
        &["check", ".", "--isolated", "--format", "compact", "-j", "4"],
    );
    let paths: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|line| line.split(':').next().unwrap().to_string())
        .collect();
    // Two findings in each file.
    assert_eq!(paths.len(), 40 * 2);
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

/// Standard error is a pipe here, as in CI: progress is never drawn, with or without
/// `--no-progress`.
#[test]
fn progress_never_reaches_a_pipe() {
    let dir = tree();
    for format in ["human", "json"] {
        let with = termlint(
            dir.path(),
            &["check", ".", "--isolated", "--format", format],
        );
        let without = termlint(
            dir.path(),
            &[
                "check",
                ".",
                "--isolated",
                "--format",
                format,
                "--no-progress",
            ],
        );
        assert_eq!(with.stderr, without.stderr);
        let stderr = String::from_utf8(with.stderr).unwrap();
        assert!(
            !stderr.contains('\r') && !stderr.contains('\u{1b}'),
            "{stderr:?}"
        );
    }
}
