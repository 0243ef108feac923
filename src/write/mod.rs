//! Writing a fixed file back without losing or corrupting a byte (see "Autofix safety" in
//! README.md and RELIABILITY.md).
//!
//! The fixed text goes to a temporary file in the same directory, with the original's mode,
//! owner and group, which takes the original's name: a crash or a full disk leaves either the
//! old or the new text, never half of one. A new file under the name changes its identity, so
//! termlint refuses what that would change silently: a file with other hard links (they would
//! keep the old text), a read-only file, and a file whose owner or group it cannot keep.
//!
//! Other programs do not take locks, so termlint takes a lease (see [`lease`]): a program that
//! opens the original for writing while it is being replaced is seen, and the original goes
//! back under its name before that program's `open` returns. Without leases, the original is
//! held open and watched instead, which misses a writer that opened it earlier and writes late.

mod lease;

use std::fs::{File, Metadata};
use std::io::{Read, Seek, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a writer that opened the original before the rename has to finish writing it before
/// termlint stops looking (most `>>` appends take microseconds).
const SETTLE: Duration = Duration::from_millis(5);

/// Why a fixed file was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The file changed on disk after it was read: writing would lose those changes.
    #[error("changed on disk while it was being fixed; not written")]
    ChangedOnDisk,
    /// The path is a symbolic link to a file outside the repository.
    #[error("is a link to {}, outside the repository; not written", .0.display())]
    LinkOutside(PathBuf),
    #[error(
        "has {0} hard links: a rewrite would leave the other names with the old text; not written"
    )]
    HardLinked(u64),
    #[error("is read-only (mode {0:04o}); not written: make it writable to fix it")]
    ReadOnly(u32),
    #[error(
        "is owned by user {0} and group {1}, which a rewrite could not keep; not written ({2})"
    )]
    Owner(u32, u32, #[source] std::io::Error),
    #[error("is not a regular file; not written")]
    NotRegular,
    /// Another program has the file open for writing: whatever it writes next would be lost.
    #[error("is open for writing in another program; not written")]
    OpenForWriting,
    /// A write to the original raced with the rename, and its text could not be put back
    /// because the new file changed too; the raced text was saved beside it.
    #[error("changed on disk during the write; the other program's text is saved as {}", .0.display())]
    RacedSaved(PathBuf),
    #[error("not written: {}", crate::walk::os_reason(.0))]
    Io(#[source] std::io::Error),
}

/// The points of a write where a concurrent change matters, for tests that make one there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The fixed text is in the temporary file; the original was checked once.
    BeforeRename,
    /// The temporary file was renamed over the original.
    AfterRename,
}

/// Replaces the file at `path` by `fixed`, if it still holds exactly `original`. A link is
/// followed only to a file inside the repository (or the working directory, outside a
/// repository), and the link itself stays.
pub fn write_back(path: &Path, original: &str, fixed: &str) -> Result<(), WriteError> {
    write_back_observed(path, original, fixed, true, &mut |_| {})
}

/// [`write_back`], calling `observe` at each [`Stage`]. Without `leases`, it writes as it does
/// where the system has none: watching the replaced file instead.
pub fn write_back_observed(
    path: &Path,
    original: &str,
    fixed: &str,
    leases: bool,
    observe: &mut dyn FnMut(Stage),
) -> Result<(), WriteError> {
    let io = WriteError::Io;
    let target = resolve(path)?;
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let held = File::open(&target).map_err(io)?;
    let meta = held.metadata().map_err(io)?;
    refuse(&meta)?;
    let lease = match leases.then(|| lease::take(&held)) {
        Some(lease::Taken::Held(lease)) => Some(lease),
        Some(lease::Taken::Busy) => return Err(WriteError::OpenForWriting),
        Some(lease::Taken::Unsupported) | None => None,
    };
    if !holds(&held, original).map_err(io)? {
        return Err(WriteError::ChangedOnDisk);
    }
    let temp = replica(dir, fixed.as_bytes(), &meta)?.into_temp_path();
    let new = File::open(&temp).map_err(io)?;
    let leases = match (lease, lease::take(&new)) {
        (Some(old), lease::Taken::Held(new)) => Some((old, new)),
        _ => None,
    };
    observe(Stage::BeforeRename);
    // Checked as late as possible, through the file itself and by the path.
    let same_file = std::fs::metadata(&target).is_ok_and(|now| same(&now, &meta));
    let intact = leases.as_ref().is_none_or(|(old, _)| old.intact());
    if !same_file || !intact || !holds(&held, original).map_err(io)? {
        return Err(WriteError::ChangedOnDisk);
    }
    match leases {
        Some((old, new)) if lease::exchange(&temp, &target).map_err(io)? => {
            observe(Stage::AfterRename);
            exchanged(&temp, &target, dir, &old, &new)
        }
        _ => {
            temp.persist(&target).map_err(|err| io(err.error))?;
            observe(Stage::AfterRename);
            watched(&held, &target, dir, original, fixed, &meta)
        }
    }
}

/// The new file is under the path and the original under the temporary name, both leased. A
/// program that looked the path up just before the exchange reaches the lease within
/// microseconds; the wait gives it time to. If it opened the original for writing, the
/// original goes back under the path before its `open` returns, and if something opened the
/// new file meanwhile, the new file is kept beside it.
fn exchanged(
    temp: &tempfile::TempPath,
    target: &Path,
    dir: &Path,
    old: &lease::Lease<'_>,
    new: &lease::Lease<'_>,
) -> Result<(), WriteError> {
    let io = WriteError::Io;
    std::thread::sleep(SETTLE);
    if old.intact() {
        // Dropping `temp` removes the original, now under the temporary name.
        File::open(dir).and_then(|d| d.sync_all()).map_err(io)?;
        return Ok(());
    }
    lease::exchange(temp, target).map_err(io)?;
    if new.intact() {
        return Err(WriteError::ChangedOnDisk);
    }
    // A link, not a rename, so that no earlier saved file is replaced; dropping `temp` removes
    // the temporary name.
    let saved = keep_beside(target, |saved| std::fs::hard_link(temp, saved)).map_err(io)?;
    Err(WriteError::RacedSaved(saved))
}

/// After a rename without leases: the old file is checked at once and again a moment later.
fn watched(
    held: &File,
    target: &Path,
    dir: &Path,
    original: &str,
    fixed: &str,
    meta: &Metadata,
) -> Result<(), WriteError> {
    let io = WriteError::Io;
    let mut unchanged = holds(held, original).map_err(io)?;
    if unchanged {
        std::thread::sleep(SETTLE);
        unchanged = holds(held, original).map_err(io)?;
    }
    if !unchanged {
        return Err(put_back(held, target, dir, fixed, meta));
    }
    // The rename is durable only once the directory is.
    File::open(dir).and_then(|d| d.sync_all()).map_err(io)?;
    Ok(())
}

/// The file a path names: itself, or the target of a link that stays inside the repository.
fn resolve(path: &Path) -> Result<PathBuf, WriteError> {
    let io = WriteError::Io;
    if !std::fs::symlink_metadata(path)
        .map_err(io)?
        .file_type()
        .is_symlink()
    {
        return Ok(path.to_path_buf());
    }
    let target = std::fs::canonicalize(path).map_err(io)?;
    if !target.starts_with(repository_root(path)) {
        return Err(WriteError::LinkOutside(target));
    }
    Ok(target)
}

/// What a rename would change without saying so.
fn refuse(meta: &Metadata) -> Result<(), WriteError> {
    if !meta.is_file() {
        return Err(WriteError::NotRegular);
    }
    if meta.nlink() > 1 {
        return Err(WriteError::HardLinked(meta.nlink()));
    }
    // Root may write anything; the mode still says the file is not to be changed.
    if meta.mode() & 0o222 == 0 {
        return Err(WriteError::ReadOnly(meta.mode() & 0o7777));
    }
    Ok(())
}

/// A temporary file in `dir` holding `bytes`, with the mode, owner and group of `like`, synced.
fn replica(
    dir: &Path,
    bytes: &[u8],
    like: &Metadata,
) -> Result<tempfile::NamedTempFile, WriteError> {
    let io = WriteError::Io;
    let mut temp = tempfile::Builder::new()
        .prefix(".termlint-")
        .tempfile_in(dir)
        .map_err(io)?;
    temp.write_all(bytes).map_err(io)?;
    std::os::unix::fs::fchown(temp.as_file(), Some(like.uid()), Some(like.gid()))
        .map_err(|err| WriteError::Owner(like.uid(), like.gid(), err))?;
    // After the owner: changing it may clear the set-id bits.
    temp.as_file()
        .set_permissions(like.permissions())
        .map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    Ok(temp)
}

/// Whether the open file holds exactly `expected`, read from its start.
fn holds(file: &File, expected: &str) -> std::io::Result<bool> {
    if file.metadata()?.len() != expected.len() as u64 {
        return Ok(false);
    }
    Ok(read_all(file)? == expected.as_bytes())
}

fn read_all(mut file: &File) -> std::io::Result<Vec<u8>> {
    file.rewind()?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// `a` and `b` are the same file.
fn same(a: &Metadata, b: &Metadata) -> bool {
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

/// A write reached the original after the rename: the original, with that write, goes back under
/// the path. Text appended to the new file meanwhile is kept after it; any other change to the
/// new file leaves it in place, and the original is saved beside it.
fn put_back(held: &File, target: &Path, dir: &Path, fixed: &str, meta: &Metadata) -> WriteError {
    let current = match read_all(held) {
        Ok(bytes) => bytes,
        Err(err) => return WriteError::Io(err),
    };
    let ours_now = File::open(target).and_then(|f| read_all(&f));
    let appended = match &ours_now {
        Ok(now) => now.strip_prefix(fixed.as_bytes()),
        Err(_) => None,
    };
    if let Some(appended) = appended {
        let mut restored = current.clone();
        restored.extend_from_slice(appended);
        return match replica(dir, &restored, meta) {
            Ok(temp) => match temp.persist(target) {
                Ok(_) => WriteError::ChangedOnDisk,
                Err(err) => WriteError::Io(err.error),
            },
            Err(err) => err,
        };
    }
    let saved = keep_beside(target, |saved| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(saved)?;
        file.write_all(&current)
    });
    match saved {
        Ok(saved) => WriteError::RacedSaved(saved),
        Err(err) => WriteError::Io(err),
    }
}

/// Keeps the other program's text beside `target` when it cannot go back under the path, as
/// `NAME.termlint-raced` or, when that exists, `NAME.termlint-raced.N`. `create` must fail with
/// `AlreadyExists` rather than replace a file.
fn keep_beside(
    target: &Path,
    create: impl Fn(&Path) -> std::io::Result<()>,
) -> std::io::Result<PathBuf> {
    for n in 0.. {
        let mut saved = target.as_os_str().to_owned();
        saved.push(".termlint-raced");
        if n > 0 {
            saved.push(format!(".{n}"));
        }
        let saved = PathBuf::from(saved);
        match create(&saved) {
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
            done => return done.map(|()| saved),
        }
    }
    unreachable!("the names run out only after usize::MAX tries")
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
