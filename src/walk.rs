//! Which files to lint, and reading them. Directories are walked with the `ignore` crate, so
//! `.gitignore` and `.ignore` are respected and hidden files are skipped; Markdown, MDX and
//! source files are picked by name or extension, and files without an extension by their `#!`
//! line. Files named on the command line are always linted.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::source::FileKind;

/// Something to lint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Standard input, shown as `name`.
    Stdin { name: String },
    File {
        /// Boxed: exactly as long as the path, and 8 bytes less to hold for each of a tree's files.
        path: Box<Path>,
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

    /// The path's bytes, without a leading `./`: what [`Input::display`] shows, for a path that
    /// [shows as it is](Input::shows_as_is).
    fn bytes(&self) -> &[u8] {
        use std::os::unix::ffi::OsStrExt;
        match self {
            Input::Stdin { name } => name.as_bytes(),
            Input::File { path, .. } => {
                let bytes = path.as_os_str().as_bytes();
                bytes.strip_prefix(b"./").unwrap_or(bytes)
            }
        }
    }

    /// Whether [`Input::display`] is the path's bytes unchanged: UTF-8 without control characters.
    fn shows_as_is(&self) -> bool {
        std::str::from_utf8(self.bytes()).is_ok_and(|plain| !has_control(plain))
    }

    /// [`Input::display`], borrowed when the path shows as it is (nearly always): sorting 190k
    /// walked files by owned strings held a copy of every path at once.
    fn sort_key(&self) -> std::borrow::Cow<'_, [u8]> {
        if self.shows_as_is() {
            self.bytes().into()
        } else {
            self.display().into_bytes().into()
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

/// Whether `text` holds a control character. Sorting compares each path about twenty times, and
/// a byte scan is several times faster than decoding when the path is ASCII, as nearly all are.
fn has_control(text: &str) -> bool {
    if text.is_ascii() {
        text.bytes().any(|b| b.is_ascii_control())
    } else {
        text.chars().any(char::is_control)
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
            continue;
        }
        let refused = |message: String| InputError {
            path: display_path(path),
            message,
        };
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_file() => {
                let kind = FileKind::from_path(path)
                    .or_else(|| sniff(path))
                    .unwrap_or(FileKind::Markdown);
                inputs.push(Input::File {
                    path: path.as_path().into(),
                    kind,
                    explicit: true,
                });
            }
            Ok(meta) if meta.is_dir() => walk_dir(path, &mut inputs, &mut errors),
            Ok(meta) => errors.push(refused(not_regular(&meta.file_type()))),
            Err(err) => errors.push(refused(os_reason(&err))),
        }
    }
    // Unstable: a stable sort's scratch copy of the inputs was the run's peak of memory.
    // When every path shows as it is, as nearly always, their bytes are compared directly rather
    // than checked again at each of the sort's comparisons.
    if inputs.iter().all(Input::shows_as_is) {
        inputs.sort_unstable_by(|a, b| a.bytes().cmp(b.bytes()));
    } else {
        inputs.sort_unstable_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }
    inputs.dedup();
    // The list is held for the whole run; what doubling left spare goes back.
    inputs.shrink_to_fit();
    (inputs, errors)
}

/// Why termlint does not read a file that is neither a regular file nor a directory: reading a
/// pipe or a device may never end.
fn not_regular(kind: &std::fs::FileType) -> String {
    use std::os::unix::fs::FileTypeExt;
    let what = if kind.is_fifo() {
        "a named pipe (FIFO)"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "a special file"
    };
    format!("is {what}, not a regular file; not read (pipe text to `-` to lint it)")
}

/// The reason of an OS error, as the OS words it, without Rust's `(os error N)`: "permission
/// denied", "too many levels of symbolic links".
pub fn os_reason(err: &std::io::Error) -> String {
    let text = err.to_string();
    let text = match text.rfind(" (os error ") {
        Some(at) => &text[..at],
        None => &text,
    };
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
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
                        path: Box::from(entry.path()),
                        kind,
                        explicit: false,
                    });
                }
            }
            Err(err) => errors.push(walk_error(root, err)),
        }
    }
}

/// The OS error code under the wrappers of an I/O error.
fn os_code(err: &std::io::Error) -> Option<i32> {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(error) = current {
        if let Some(io) = error.downcast_ref::<std::io::Error>() {
            if let Some(code) = io.raw_os_error() {
                return Some(code);
            }
            if let Some(inner) = io.get_ref() {
                current = Some(inner);
                continue;
            }
        }
        current = error.source();
    }
    None
}

/// A walk error as the path it happened at and the OS reason.
fn walk_error(root: &Path, err: ignore::Error) -> InputError {
    let mut path = root.to_path_buf();
    let mut inner = &err;
    loop {
        match inner {
            ignore::Error::WithPath { path: at, err } => {
                path = at.clone();
                inner = err;
            }
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                inner = err;
            }
            _ => break,
        }
    }
    let message = match inner {
        // The walker wraps the OS error in its own words, with the path again.
        ignore::Error::Io(io) => match os_code(io) {
            Some(code) => os_reason(&std::io::Error::from_raw_os_error(code)),
            None => os_reason(io),
        },
        ignore::Error::Loop { child, .. } => {
            format!("is a link back to {}; not followed", display_path(child))
        }
        other => other.to_string(),
    };
    InputError {
        path: display_path(&path),
        message,
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

/// The largest input termlint reads by default: files, standard input, configs, glossaries and
/// baselines alike. A bigger one is an error, not a slow run out of memory.
pub const DEFAULT_MAX_INPUT: u64 = 100 * 1024 * 1024;

static MAX_INPUT: AtomicU64 = AtomicU64::new(DEFAULT_MAX_INPUT);

/// Sets the input size limit for the rest of the process (`--max-input-size`).
pub fn set_max_input(bytes: u64) {
    MAX_INPUT.store(bytes, Ordering::Relaxed);
}

pub fn max_input() -> u64 {
    MAX_INPUT.load(Ordering::Relaxed)
}

/// Reads all of `reader`, failing with [`std::io::ErrorKind::FileTooLarge`] past the input limit.
pub fn read_capped(reader: impl Read) -> std::io::Result<Vec<u8>> {
    read_sized(reader, 0)
}

/// [`read_capped`] into a buffer of `expected` bytes, the size a file's metadata gives: read in
/// one call instead of growing from a small probe, one `read` after another.
fn read_sized(reader: impl Read, expected: u64) -> std::io::Result<Vec<u8>> {
    let limit = max_input();
    // One byte more than the file holds, so the read that finds its end needs no new buffer.
    let capacity = usize::try_from(expected.min(limit).saturating_add(1)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            format!(
                "is larger than the input limit of {}; raise it with --max-input-size",
                size(limit)
            ),
        ));
    }
    Ok(bytes)
}

/// Reads a file that is not linted (a config, glossary, Vale rule or baseline) as UTF-8, within
/// the input limit; refuses pipes and devices, which may never end.
pub fn read_to_string(path: &Path) -> std::io::Result<String> {
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(std::io::Error::other(not_regular(&meta.file_type())));
    }
    let bytes = read_sized(file, meta.len())?;
    String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("invalid UTF-8 at byte {at}"),
        )
    })
}

/// `100 MB`, or the exact number of bytes when it is not a round number of megabytes.
fn size(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes.is_multiple_of(MB) {
        format!("{} MB", bytes / MB)
    } else {
        format!("{bytes} bytes")
    }
}

/// Reads an input as UTF-8 text.
pub fn read(input: &Input) -> Result<String, InputError> {
    let result = match input {
        Input::Stdin { .. } => read_capped(std::io::stdin().lock()),
        Input::File { path, .. } => std::fs::File::open(path).and_then(|file| {
            let meta = file.metadata()?;
            if !meta.is_file() {
                return Err(std::io::Error::other(not_regular(&meta.file_type())));
            }
            read_sized(file, meta.len())
        }),
    };
    let fail = |message: String| InputError {
        path: input.display(),
        message,
    };
    let bytes = result.map_err(|err| fail(os_reason(&err)))?;
    String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        fail(format!("invalid UTF-8 at byte {at}"))
    })
}

/// A path as it is shown in every report: as walked or given, without a leading `./`. A name
/// that is not UTF-8 shows each invalid byte as `\xNN`, and control characters (a line break in
/// a name) are escaped, so that no two names look alike and no name breaks a line of output.
pub fn display_path(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let bytes = path.as_os_str().as_bytes();
    let bytes = bytes.strip_prefix(b"./").unwrap_or(bytes);
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
                c => out.push(c),
            }
        }
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02X}"));
        }
    }
    out
}

pub(crate) use crate::write::repository_root;
pub use crate::write::{WriteError, write_back};
