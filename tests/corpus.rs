//! Robustness on the real corpora in `../shared/corpora` (skipped with a message when absent,
//! failed when absent in CI):
//! every file extracts without panic into in-bounds, ordered, non-overlapping ranges, and no
//! prose chunk of an MDX file holds JSX, ESM or expression syntax.

use std::path::{Path, PathBuf};

use termlint::source::{self, FileKind, Scope};

mod corpora;

use corpora::corpus;

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in ignore::WalkBuilder::new(dir).build().flatten() {
        if entry.file_type().is_some_and(|t| t.is_file()) {
            out.push(entry.into_path());
        }
    }
    out.sort();
    out
}

/// Syntax that must never reach the prose of an MDX file.
fn leaked_syntax(prose: &str) -> Option<&'static str> {
    let trimmed = prose.trim_start();
    [
        ("</", prose.contains("</")),
        ("/>", prose.contains("/>")),
        ("={", prose.contains("={")),
        ("{", prose.contains('{') || prose.contains('}')),
        (
            "import",
            trimmed.starts_with("import {")
                || trimmed.starts_with("import ") && prose.contains(" from '"),
        ),
        (
            "export",
            trimmed.starts_with("export const") || trimmed.starts_with("export default"),
        ),
    ]
    .into_iter()
    .find_map(|(name, found)| found.then_some(name))
}

#[test]
fn clerk_docs_mdx_extracts_cleanly() {
    let Some(dir) = corpus("clerk-docs") else {
        return;
    };
    let mut checked = 0;
    let mut leaks = Vec::new();
    for path in files(&dir) {
        let Some(kind) = FileKind::from_path(&path) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap();
        let chunks = source::extract(kind, &text);
        let mut previous_end = 0;
        for chunk in &chunks {
            assert!(chunk.range.start < chunk.range.end, "{path:?} {chunk:?}");
            assert!(
                text.get(chunk.range.clone()).is_some(),
                "{path:?} {chunk:?}"
            );
            if chunk.scope != Scope::FrontMatter {
                assert!(
                    chunk.range.start >= previous_end,
                    "{path:?}: overlapping {chunk:?}"
                );
                previous_end = chunk.range.end;
            }
            // `\<Name />` is an escaped, literal `<`: text the writer wants shown.
            let escaped = text[..chunk.range.start].ends_with('\\');
            if kind == FileKind::Mdx && chunk.scope == Scope::Prose && !escaped {
                let prose = &text[chunk.range.clone()];
                if let Some(syntax) = leaked_syntax(prose) {
                    leaks.push(format!("{}: {syntax} in {prose:?}", path.display()));
                }
            }
        }
        checked += 1;
    }
    assert!(checked > 1000, "only {checked} files");
    assert!(
        leaks.is_empty(),
        "{} leaks:\n{}",
        leaks.len(),
        leaks[..leaks.len().min(30)].join("\n")
    );
}

#[test]
fn npm_readmes_extract_cleanly() {
    let Some(dir) = corpus("npm-readmes") else {
        return;
    };
    for path in files(&dir) {
        let Some(kind) = FileKind::from_path(&path) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap();
        for chunk in source::extract(kind, &text) {
            assert!(
                text.get(chunk.range.clone()).is_some(),
                "{path:?} {chunk:?}"
            );
        }
    }
}

/// An absent corpus skips the tests locally and fails them in CI.
#[test]
fn an_absent_corpus_skips_locally_and_fails_in_ci() {
    let absent = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/no-such-corpus");
    assert_eq!(corpora::present(absent.clone(), false), None);
    let in_ci = std::panic::catch_unwind(|| corpora::present(absent, true));
    assert!(in_ci.is_err(), "an absent corpus must fail in CI");
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(corpora::present(here.clone(), true), Some(here));
}
