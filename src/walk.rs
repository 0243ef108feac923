//! Which files to lint, and reading them. Directories are walked with the `ignore` crate, so
//! `.gitignore` and `.ignore` are respected and hidden files are skipped; Markdown, MDX and
//! source files are picked by name or extension, and files without an extension by their `#!`
//! line. Files named on the command line are always linted.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::source::FileKind;

/// Something to lint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Standard input, shown as `name`.
    Stdin { name: String },
    File {
        path: PathBuf,
        kind: FileKind,
        /// Named on the command line (always linted), rather than found by walking.
        explicit: bool,
    },
}

impl Input {
    /// The path as walked or given, for reports.
    pub fn display(&self) -> String {
        match self {
            Input::Stdin { name } => name.clone(),
            Input::File { path, .. } => display_path(path),
        }
    }

    pub fn kind(&self) -> FileKind {
        match self {
            Input::Stdin { name } => {
                FileKind::from_path(Path::new(name)).unwrap_or(FileKind::Markdown)
            }
            Input::File { kind, .. } => *kind,
        }
    }
}

/// A file or path that could not be used, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    pub message: String,
}

/// Configuration and glossary files contain the avoided terms on purpose.
/// A glossary is a TOML file with `[[term]]` tables (or the other rule tables).
pub fn is_own_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if crate::config::CONFIG_NAMES.contains(&name) {
        return true;
    }
    if name.ends_with(".html") {
        return is_report(path);
    }
    name.ends_with(".toml")
        && std::fs::read_to_string(path).is_ok_and(|text| crate::glossary::is_glossary_text(&text))
}

/// A report `termlint report` wrote: it quotes the findings' lines on purpose. Its head says so.
fn is_report(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0; 512];
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => read += n,
        }
    }
    let marker = crate::report::html::GENERATOR.as_bytes();
    head[..read].windows(marker.len()).any(|w| w == marker)
}

/// Expands `paths` into inputs, sorted by path. `-` is standard input.
pub fn collect(paths: &[PathBuf], stdin_name: Option<&str>) -> (Vec<Input>, Vec<InputError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin {
                name: stdin_name.unwrap_or("<stdin>").to_string(),
            });
        } else if path.is_file() {
            let kind = FileKind::from_path(path)
                .or_else(|| sniff(path))
                .unwrap_or(FileKind::Markdown);
            inputs.push(Input::File {
                path: path.clone(),
                kind,
                explicit: true,
            });
        } else if path.is_dir() {
            walk_dir(path, &mut inputs, &mut errors);
        } else {
            errors.push(InputError {
                path: display_path(path),
                message: "no such file or directory".to_string(),
            });
        }
    }
    inputs.sort_by_cached_key(Input::display);
    inputs.dedup();
    (inputs, errors)
}

fn walk_dir(root: &Path, inputs: &mut Vec<Input>, errors: &mut Vec<InputError>) {
    let walker = ignore::WalkBuilder::new(root).require_git(false).build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                if !entry.file_type().is_some_and(|t| t.is_file()) || is_own_file(path) {
                    continue;
                }
                let kind = FileKind::from_path(path)
                    .or_else(|| path.extension().is_none().then(|| sniff(path)).flatten());
                if let Some(kind) = kind {
                    inputs.push(Input::File {
                        path: path.to_path_buf(),
                        kind,
                        explicit: false,
                    });
                }
            }
            Err(err) => errors.push(InputError {
                path: display_path(root),
                message: err.to_string(),
            }),
        }
    }
}

/// The kind of a script without an extension, from its `#!` line; reads only the first bytes.
fn sniff(path: &Path) -> Option<FileKind> {
    let mut head = [0u8; 256];
    let mut file = std::fs::File::open(path).ok()?;
    let len = file.read(&mut head).ok()?;
    let head = &head[..len];
    if !head.starts_with(b"#!") {
        return None;
    }
    let line = head.split(|&b| b == b'\n').next()?;
    FileKind::from_shebang(String::from_utf8_lossy(line).trim_end())
}

/// Reads an input as UTF-8 text.
pub fn read(input: &Input) -> Result<String, InputError> {
    let mut bytes = Vec::new();
    let result = match input {
        Input::Stdin { .. } => std::io::stdin().read_to_end(&mut bytes).map(drop),
        Input::File { path, .. } => std::fs::read(path).map(|b| bytes = b),
    };
    let fail = |message: String| InputError {
        path: input.display(),
        message,
    };
    result.map_err(|err| fail(err.to_string()))?;
    String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        fail(format!("invalid UTF-8 at byte {at}"))
    })
}

fn display_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    text.strip_prefix("./").unwrap_or(&text).to_string()
}

/// Why a fixed file was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The file changed on disk after it was read: writing would lose those changes.
    #[error("changed on disk while it was being fixed; not written")]
    ChangedOnDisk,
    /// The path is a symbolic link to a file outside the repository.
    #[error("is a link to {}, outside the repository; not written", .0.display())]
    LinkOutside(PathBuf),
    #[error("not written: {0}")]
    Io(#[source] std::io::Error),
}

/// Replaces the file at `path` by `fixed`, atomically: a temporary file in the same directory,
/// given the original's permissions, renamed over it. `original` is what was read; if the file
/// no longer holds exactly that, nothing is written. A link is followed only to a file inside
/// the repository (or the working directory, outside a repository), and the link itself stays.
pub fn write_back(path: &Path, original: &str, fixed: &str) -> Result<(), WriteError> {
    let io = WriteError::Io;
    let target = if std::fs::symlink_metadata(path)
        .map_err(io)?
        .file_type()
        .is_symlink()
    {
        let target = std::fs::canonicalize(path).map_err(io)?;
        let root = repository_root(path);
        if !target.starts_with(&root) {
            return Err(WriteError::LinkOutside(target));
        }
        target
    } else {
        path.to_path_buf()
    };
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let permissions = std::fs::metadata(&target).map_err(io)?.permissions();
    let mut temp = tempfile::Builder::new()
        .prefix(".termlint-")
        .tempfile_in(dir)
        .map_err(io)?;
    std::io::Write::write_all(&mut temp, fixed.as_bytes()).map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    std::fs::set_permissions(temp.path(), permissions).map_err(io)?;
    // Checked as late as possible: the window for a concurrent edit is the rename alone.
    if std::fs::read(&target).map_err(io)? != original.as_bytes() {
        return Err(WriteError::ChangedOnDisk);
    }
    temp.persist(&target).map_err(|err| io(err.error))?;
    Ok(())
}

/// The enclosing git work tree of `path`, or the working directory when there is none.
pub(crate) fn repository_root(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let found = absolute
        .ancestors()
        .find(|dir| dir.join(".git").exists())
        .map(Path::to_path_buf);
    let root = found.unwrap_or_else(|| std::env::current_dir().unwrap_or_default());
    std::fs::canonicalize(&root).unwrap_or(root)
}
