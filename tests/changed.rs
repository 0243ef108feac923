//! `--changed-since REF` in real temporary git repositories: commits, staged and unstaged edits,
//! untracked files, renames, a sub-directory, and shallow clones.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_termlint");

/// git and termlint run with a private HOME and no system configuration, so that neither the
/// machine's settings nor the user's change what git prints.
fn isolated(command: &mut Command, home: &Path) {
    command
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.com")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.com");
}

struct Repo {
    home: tempfile::TempDir,
    dir: std::path::PathBuf,
}

impl Repo {
    fn new() -> Repo {
        let home = tempfile::tempdir().unwrap();
        let dir = home.path().join("repo");
        std::fs::create_dir(&dir).unwrap();
        let repo = Repo { home, dir };
        repo.git(&["init", "-q", "-b", "main"]);
        repo
    }

    fn git(&self, args: &[&str]) -> String {
        git_in(&self.dir, self.home.path(), args)
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    fn termlint(&self, cwd: &Path, args: &[&str]) -> Output {
        let mut command = Command::new(BIN);
        command.args(args).current_dir(cwd);
        isolated(&mut command, self.home.path());
        command.output().unwrap()
    }
}

fn git_in(dir: &Path, home: &Path, args: &[&str]) -> String {
    let mut command = Command::new("git");
    command.args(args).current_dir(dir);
    isolated(&mut command, home);
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn render(output: &Output) -> String {
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        output.status.code().unwrap(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

const OLD: &str = "# Guide\n\nAn old web hook stays.\n\nAnother line.\n\nThe last line.\n";

/// main has `docs/guide.md` and `docs/moved.md` with old findings; the branch `feature` changes
/// them in every way git knows.
fn repo_with_a_branch() -> Repo {
    let repo = Repo::new();
    repo.write("docs/guide.md", OLD);
    repo.write(
        "docs/moved.md",
        "# Moved\n\nA web hook before the move.\n\nText one.\n\nText two.\n\nText three.\n",
    );
    repo.write("docs/gone.md", "A web hook in a file to delete.\n");
    repo.write("docs/untouched.md", "A web hook nobody touches.\n");
    repo.commit("main");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    // Committed: a changed line with a finding, and a rename with one changed line.
    repo.write(
        "docs/guide.md",
        "# Guide\n\nAn old web hook stays.\n\nAnother line, now with a web hook.\n\nThe last line.\n",
    );
    repo.git(&["mv", "docs/moved.md", "docs/renamed.md"]);
    repo.write(
        "docs/renamed.md",
        "# Moved\n\nA web hook before the move.\n\nText one, and a web hook.\n\nText two.\n\nText three.\n",
    );
    repo.git(&["rm", "-q", "docs/gone.md"]);
    repo.commit("feature");
    // Staged, unstaged and untracked.
    repo.write("docs/staged.md", "A staged web hook.\n");
    repo.git(&["add", "docs/staged.md"]);
    let guide = std::fs::read_to_string(repo.dir.join("docs/guide.md")).unwrap();
    repo.write(
        "docs/guide.md",
        &guide.replace("The last line.", "The last line has a web\nhook, wrapped."),
    );
    repo.write("docs/new.md", "An untracked web hook.\n");
    repo.write("docs/ignored.md", "An ignored web hook.\n");
    repo.write(".gitignore", "docs/ignored.md\n");
    repo
}

#[test]
fn only_changed_lines_are_reported() {
    let repo = repo_with_a_branch();
    let all = repo.termlint(&repo.dir, &["check", "docs"]);
    assert_eq!(String::from_utf8_lossy(&all.stdout).lines().count(), 8);
    let output = repo.termlint(&repo.dir, &["check", "docs", "--changed-since", "main"]);
    insta::assert_snapshot!(render(&output));
}

#[test]
fn the_merge_base_is_the_reference_not_the_tip() {
    let repo = repo_with_a_branch();
    repo.git(&["stash", "-q", "-u"]);
    repo.git(&["checkout", "-q", "main"]);
    repo.write("docs/main-only.md", "A web hook added on main later.\n");
    repo.commit("main moves on");
    repo.git(&["checkout", "-q", "feature"]);
    let output = repo.termlint(&repo.dir, &["check", "--changed-since", "main"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains("main-only"), "{stdout}");
    assert!(stdout.contains("docs/renamed.md:5:"), "{stdout}");
}

#[test]
fn paths_from_a_sub_directory_and_explicit_files() {
    let repo = repo_with_a_branch();
    let docs = repo.dir.join("docs");
    let output = repo.termlint(&docs, &["check", "--changed-since", "main"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(stdout.lines().count(), 5, "{stdout}");
    assert!(stdout.starts_with("guide.md:5:"), "{stdout}");
    let one = repo.termlint(&docs, &["check", "untouched.md", "--changed-since", "main"]);
    assert_eq!(render(&one), "exit: 0\n--- stdout\n--- stderr\n");
}

#[test]
fn errors_say_what_is_wrong() {
    let repo = repo_with_a_branch();
    let unknown = repo.termlint(&repo.dir, &["check", "--changed-since", "no-such-branch"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&unknown.stderr)
            .starts_with("error: --changed-since no-such-branch: `no-such-branch` is not a commit"),
        "{}",
        render(&unknown)
    );
    let outside = tempfile::tempdir().unwrap();
    let no_repo = repo.termlint(outside.path(), &["check", "--changed-since", "main"]);
    assert_eq!(no_repo.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&no_repo.stderr)
            .starts_with("error: --changed-since works in a git repository"),
        "{}",
        render(&no_repo)
    );
    let both = repo.termlint(
        &repo.dir,
        &[
            "check",
            "--changed-since",
            "main",
            "--write-baseline",
            "b.json",
        ],
    );
    assert_eq!(both.status.code(), Some(2));
}

/// A CI-style checkout: the branch alone, one commit deep.
fn shallow_clone(origin: &Repo) -> std::path::PathBuf {
    let url = format!("file://{}", origin.dir.display());
    let clone = origin.home.path().join("clone");
    git_in(
        origin.home.path(),
        origin.home.path(),
        &[
            "clone",
            "-q",
            "--depth=1",
            "--branch",
            "feature",
            &url,
            "clone",
        ],
    );
    clone
}

#[test]
fn a_shallow_clone_says_what_to_fetch_and_that_works() {
    let origin = repo_with_a_branch();
    origin.git(&["add", "-A"]);
    origin.git(&["commit", "-q", "-m", "the rest"]);
    let clone = shallow_clone(&origin);

    let missing = origin.termlint(&clone, &["check", "--changed-since", "origin/main"]);
    assert_eq!(missing.status.code(), Some(2));
    insta::assert_snapshot!(render(&missing));

    // With the base fetched one commit deep, the merge base is still missing.
    git_in(
        &clone,
        origin.home.path(),
        &[
            "fetch",
            "-q",
            "--depth=1",
            "origin",
            "main:refs/remotes/origin/main",
        ],
    );
    let no_base = origin.termlint(&clone, &["check", "--changed-since", "origin/main"]);
    assert_eq!(no_base.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&no_base.stderr);
    assert!(
        stderr.contains("lacks the history `origin/main` and HEAD have in common"),
        "{stderr}"
    );

    // The command the message gives is enough.
    let hint = stderr
        .split('`')
        .find(|part| part.starts_with("git fetch"))
        .unwrap();
    let args: Vec<&str> = hint.split(' ').skip(1).collect();
    git_in(&clone, origin.home.path(), &args);
    let fixed = origin.termlint(&clone, &["check", "--changed-since", "origin/main"]);
    assert_eq!(fixed.status.code(), Some(1), "{}", render(&fixed));
    assert_eq!(String::from_utf8_lossy(&fixed.stdout).lines().count(), 5);
}
