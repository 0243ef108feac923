//! PR mode (`--changed-since REF`): the lines added or changed since the merge base of REF and
//! HEAD, from the git binary. The working tree is compared with the merge base, so commits,
//! staged and unstaged changes all count; untracked files count as wholly new. Renames are
//! followed, so a moved file reports only the lines that changed in it.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};
use std::process::Command;

use crate::diagnostic::FileReport;

/// The changed lines of a repository's files.
#[derive(Debug)]
pub struct Changes {
    /// The repository's top directory, without symbolic links.
    root: PathBuf,
    /// The current directory, without symbolic links, which relative paths start from.
    cwd: PathBuf,
    /// Paths relative to `root`, with `/`.
    files: HashMap<String, Lines>,
}

/// The lines of one file that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lines {
    /// A new file: every line.
    All,
    /// 1-based line ranges (end exclusive), sorted and disjoint.
    Some(Vec<Range<usize>>),
}

#[derive(Debug, thiserror::Error)]
pub enum ChangedError {
    #[error("--changed-since needs git: {0}")]
    NoGit(String),
    #[error("--changed-since works in a git repository: {0}")]
    NotARepository(String),
    #[error(
        "--changed-since {rev}: this clone is shallow and lacks {missing} (CI checkouts fetch \
         only the last commit by default). Fetch it with enough history to find the merge base: \
         `{fetch}`, or with actions/checkout set `fetch-depth: 0`"
    )]
    Shallow {
        rev: String,
        missing: String,
        fetch: String,
    },
    #[error("--changed-since {rev}: `{rev}` is not a commit in this repository: {detail}")]
    UnknownRev { rev: String, detail: String },
    #[error("--changed-since {rev}: `{rev}` and HEAD have no merge base: {detail}")]
    NoMergeBase { rev: String, detail: String },
    #[error("--changed-since: `git {command}` failed: {detail}")]
    Git { command: String, detail: String },
}

impl Changes {
    /// The changes of the repository around the current directory since the merge base of
    /// `rev` and HEAD.
    pub fn since(rev: &str) -> Result<Changes, ChangedError> {
        let cwd = std::env::current_dir()
            .and_then(|dir| dir.canonicalize())
            .map_err(|e| ChangedError::NotARepository(e.to_string()))?;
        let top = match git(&cwd, &["rev-parse", "--show-toplevel"]) {
            Ok(out) => out,
            Err(Failure::Spawn(e)) => return Err(ChangedError::NoGit(e)),
            Err(Failure::Exit(e)) => return Err(ChangedError::NotARepository(e)),
        };
        let root = PathBuf::from(text(&top).trim_end_matches('\n'))
            .canonicalize()
            .map_err(|e| ChangedError::NotARepository(e.to_string()))?;
        let shallow = || {
            git(&root, &["rev-parse", "--is-shallow-repository"])
                .is_ok_and(|out| text(&out).trim() == "true")
        };
        let shallow_error = |missing: String| ChangedError::Shallow {
            rev: rev.to_string(),
            missing,
            fetch: fetch_hint(&root, rev),
        };

        let commit = format!("{rev}^{{commit}}");
        if let Err(failure) = git(
            &root,
            &["rev-parse", "--verify", "--end-of-options", &commit],
        ) {
            return Err(if shallow() {
                shallow_error(format!("`{rev}`"))
            } else {
                ChangedError::UnknownRev {
                    rev: rev.to_string(),
                    detail: failure.detail(),
                }
            });
        }
        let base = match git(&root, &["merge-base", "--end-of-options", rev, "HEAD"]) {
            Ok(out) => text(&out).trim().to_string(),
            Err(_) if shallow() => {
                return Err(shallow_error(format!(
                    "the history `{rev}` and HEAD have in common"
                )));
            }
            Err(failure) => {
                return Err(ChangedError::NoMergeBase {
                    rev: rev.to_string(),
                    detail: failure.detail(),
                });
            }
        };

        // Explicit options, so that no user configuration changes the output's shape.
        let diff = run(
            &root,
            &[
                "-c",
                "core.quotePath=false",
                "diff",
                "--unified=0",
                "--no-color",
                "--no-ext-diff",
                "--no-textconv",
                "--find-renames",
                "--src-prefix=a/",
                "--dst-prefix=b/",
                &base,
                "--",
            ],
        )?;
        let mut files = parse_diff(&diff);
        let untracked = run(&root, &["ls-files", "--others", "--exclude-standard", "-z"])?;
        for path in untracked.split(|&b| b == 0).filter(|p| !p.is_empty()) {
            files.insert(text(path), Lines::All);
        }
        Ok(Changes { root, cwd, files })
    }

    /// Whether `path` (as walked or given, relative to the current directory) has changes.
    pub fn touches(&self, path: &str) -> bool {
        self.lines(path).is_some()
    }

    /// Keeps only the findings of `file` that cover a changed line.
    pub fn retain_changed(&self, file: &mut FileReport) {
        let Some(lines) = self.lines(&file.path) else {
            file.findings.clear();
            return;
        };
        if *lines == Lines::All {
            return;
        }
        let index = &file.excerpt;
        let mut findings = std::mem::take(&mut file.findings);
        findings.retain(|finding| {
            let (first, _) = index.position(finding.span.start);
            let (last, _) = index.position(finding.span.end);
            lines.touches(first..last + 1)
        });
        file.findings = findings;
    }

    fn lines(&self, path: &str) -> Option<&Lines> {
        self.files.get(&self.repo_path(Path::new(path))?)
    }

    /// `path` relative to the repository's top, with `/`; `None` outside the repository.
    fn repo_path(&self, path: &Path) -> Option<String> {
        let absolute = normalize(&self.cwd.join(path));
        let relative = match absolute.strip_prefix(&self.root) {
            Ok(relative) => relative.to_path_buf(),
            // A symbolic link on the way: resolve it.
            Err(_) => path
                .canonicalize()
                .ok()?
                .strip_prefix(&self.root)
                .ok()?
                .to_path_buf(),
        };
        let parts: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        Some(parts.join("/"))
    }
}

impl Lines {
    /// Whether any of `lines` (1-based, end exclusive) changed.
    fn touches(&self, lines: Range<usize>) -> bool {
        match self {
            Lines::All => true,
            Lines::Some(ranges) => {
                // The first range that ends after the start of `lines`.
                let i = ranges.partition_point(|r| r.end <= lines.start);
                ranges.get(i).is_some_and(|r| r.start < lines.end)
            }
        }
    }
}

/// The new-side line ranges of each file in the output of `git diff --unified=0`.
pub fn parse_diff(diff: &[u8]) -> HashMap<String, Lines> {
    let mut files: HashMap<String, Lines> = HashMap::new();
    let mut current: Option<String> = None;
    let mut lines = diff.split(|&b| b == b'\n').peekable();
    while let Some(line) = lines.next() {
        if line.starts_with(b"diff --git ") {
            current = None;
        } else if let Some(path) = line.strip_prefix(b"+++ ") {
            current = new_path(path);
        } else if let Some(header) = line.strip_prefix(b"@@ ") {
            let Some((old, new)) = hunk_counts(header) else {
                continue;
            };
            // Skip the hunk's content, whose lines may look like headers ("+++ x").
            let (mut old_left, mut new_left) = (old, new.len());
            while old_left + new_left > 0 {
                match lines.next() {
                    Some([b'-', ..]) => old_left = old_left.saturating_sub(1),
                    Some([b'+', ..]) => new_left = new_left.saturating_sub(1),
                    Some([b'\\', ..]) => {}
                    Some(_) => {
                        old_left = old_left.saturating_sub(1);
                        new_left = new_left.saturating_sub(1);
                    }
                    None => break,
                }
            }
            while lines.peek().is_some_and(|l| l.starts_with(b"\\")) {
                lines.next();
            }
            if let (Some(path), false) = (&current, new.is_empty()) {
                match files.entry(path.clone()).or_insert(Lines::Some(Vec::new())) {
                    Lines::Some(ranges) => ranges.push(new),
                    Lines::All => {}
                }
            }
        }
    }
    files
}

/// The path of a `+++ ` line: `b/path`, or `"b/quoted\tpath"`; `None` for `/dev/null`.
fn new_path(raw: &[u8]) -> Option<String> {
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    let bytes = if raw.starts_with(b"\"") {
        unquote(raw)?
    } else {
        raw.to_vec()
    };
    bytes.strip_prefix(b"b/").map(text)
}

/// Undoes git's C-style quoting of a path: `"a\"b\303\251"` → `a"bé`.
fn unquote(quoted: &[u8]) -> Option<Vec<u8>> {
    let inner = quoted.strip_prefix(b"\"")?.strip_suffix(b"\"")?;
    let mut out = Vec::with_capacity(inner.len());
    let mut bytes = inner.iter().copied();
    while let Some(b) = bytes.next() {
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let escaped = bytes.next()?;
        out.push(match escaped {
            b'n' => b'\n',
            b't' => b'\t',
            b'r' => b'\r',
            b'a' => 0x07,
            b'b' => 0x08,
            b'f' => 0x0c,
            b'v' => 0x0b,
            b'0'..=b'7' => {
                let mut value = u32::from(escaped - b'0');
                for _ in 0..2 {
                    value = value * 8 + u32::from(bytes.next()?.checked_sub(b'0')?);
                }
                u8::try_from(value).ok()?
            }
            other => other,
        });
    }
    Some(out)
}

/// `-a,b +c,d @@ …` → the old line count and the new line range. A count of 0 on the new side
/// (a pure deletion) gives an empty range.
fn hunk_counts(header: &[u8]) -> Option<(usize, Range<usize>)> {
    let header = std::str::from_utf8(header).ok()?;
    let mut parts = header.split(' ');
    let old = parts.next()?.strip_prefix('-')?;
    let new = parts.next()?.strip_prefix('+')?;
    let count = |spec: &str| -> Option<(usize, usize)> {
        match spec.split_once(',') {
            Some((start, count)) => Some((start.parse().ok()?, count.parse().ok()?)),
            None => Some((spec.parse().ok()?, 1)),
        }
    };
    let (_, old_count) = count(old)?;
    let (start, new_count) = count(new)?;
    Some((old_count, start..start + new_count))
}

/// `path` without `.` and `..` components, without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// A command that fetches `rev` and deepens the clone: `origin/main` is fetched as `main` into
/// `refs/remotes/origin/main` (a single-branch clone would not update it otherwise), a commit id
/// as itself, any other name into a local ref of that name.
fn fetch_hint(root: &Path, rev: &str) -> String {
    let remotes = git(root, &["remote"])
        .map(|out| text(&out))
        .unwrap_or_default();
    let remote_branch = remotes.lines().find_map(|remote| {
        let branch = rev.strip_prefix(remote)?.strip_prefix('/')?;
        Some((remote, branch))
    });
    let refspec = match remote_branch {
        Some((remote, branch)) => {
            return format!(
                "git fetch --deepen=1000 {remote} {branch}:refs/remotes/{remote}/{branch}"
            );
        }
        None if rev.len() >= 7 && rev.bytes().all(|b| b.is_ascii_hexdigit()) => rev.to_string(),
        None => format!("{rev}:{rev}"),
    };
    let remote = remotes.lines().next().unwrap_or("origin");
    format!("git fetch --deepen=1000 {remote} {refspec}")
}

enum Failure {
    /// git could not be started.
    Spawn(String),
    /// git ran and failed; its standard error.
    Exit(String),
}

impl Failure {
    fn detail(self) -> String {
        match self {
            Failure::Spawn(detail) | Failure::Exit(detail) => detail,
        }
    }
}

/// Runs git in `dir`; its standard output, or why it failed.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, Failure> {
    let output = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| Failure::Spawn(e.to_string()))?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        let stderr = text(&output.stderr);
        Err(Failure::Exit(stderr.trim().to_string()))
    }
}

fn run(dir: &Path, args: &[&str]) -> Result<Vec<u8>, ChangedError> {
    git(dir, args).map_err(|failure| ChangedError::Git {
        command: args.join(" "),
        detail: failure.detail(),
    })
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunks_give_new_side_ranges() {
        let diff = b"diff --git a/docs/a.md b/docs/a.md
index 1..2 100644
--- a/docs/a.md
+++ b/docs/a.md
@@ -3 +3 @@ Title
-old
+new
@@ -10,0 +11,2 @@
+++ added line that looks like a header
+second
@@ -20,2 +21,0 @@
-gone
-gone too
diff --git a/old.md b/new name.md
similarity index 90%
rename from old.md
rename to new name.md
--- a/old.md
+++ b/new name.md
@@ -1 +1 @@
-x
\\ No newline at end of file
+y
\\ No newline at end of file
diff --git a/gone.md b/gone.md
deleted file mode 100644
--- a/gone.md
+++ /dev/null
@@ -1 +0,0 @@
-bye
diff --git \"a/caf\\303\\251.md\" \"b/caf\\303\\251.md\"
--- \"a/caf\\303\\251.md\"
+++ \"b/caf\\303\\251.md\"
@@ -0,0 +1,3 @@
+a
+b
+c
";
        let files = parse_diff(diff);
        assert_eq!(files["docs/a.md"], Lines::Some(vec![3..4, 11..13]));
        assert_eq!(
            files["new name.md"],
            Lines::Some(std::iter::once(1..2).collect())
        );
        assert_eq!(
            files["café.md"],
            Lines::Some(std::iter::once(1..4).collect())
        );
        assert!(!files.contains_key("gone.md"));
        assert!(!files.contains_key("added line that looks like a header"));
    }

    #[test]
    fn touches() {
        let lines = Lines::Some(vec![3..4, 11..13]);
        assert!(lines.touches(3..4));
        assert!(lines.touches(2..4));
        assert!(!lines.touches(4..11));
        assert!(lines.touches(12..20));
        assert!(!lines.touches(13..14));
        assert!(Lines::All.touches(1..2));
    }
}
