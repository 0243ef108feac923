//! The real corpora in `../shared/corpora`, beside the clone. Locally a test that needs an absent
//! corpus is skipped with a message; in CI (the `CI` environment variable is set, as on GitHub
//! and GitLab runners) it fails, so a missing corpus never passes for a green run.

use std::path::{Path, PathBuf};

/// The directory of corpus `name` (`clerk-docs`), or `None` when it is absent outside CI.
///
/// # Panics
///
/// When the corpus is absent and the `CI` environment variable is set.
pub(crate) fn corpus(name: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora")
        .join(name);
    present(dir, in_ci())
}

/// `dir` when it exists; else `None`, or a panic in CI.
pub(crate) fn present(dir: PathBuf, ci: bool) -> Option<PathBuf> {
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        !ci,
        "corpus {} is absent, and CI is set: put the shared corpora beside the clone",
        dir.display()
    );
    eprintln!("skipped: corpus {} is absent", dir.display());
    None
}

/// Whether the `CI` environment variable says this is a CI run (`CI=false` or empty does not).
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}
