//! Shared by the comment fixture tests: lint a fixture under `fixtures/comments/` with the
//! built-in glossary, after checking which language its path selects.

use std::path::Path;

use termlint::glossary::{DEFAULT_PROFILES, Glossary};
use termlint::matcher::Matcher;
use termlint::source::{self, FileKind, Scope, comments};

/// Each finding in the fixture at `path` (relative to `fixtures/comments/`) as
/// `line:column matched-text`, after asserting that the path selects `language`.
pub(crate) fn findings(path: &str, language: &str) -> Vec<String> {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/comments")
        .join(path);
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{path}: {e}"));
    let kind = FileKind::from_path(&full).unwrap_or_else(|| panic!("{path}: no file kind"));
    match kind {
        FileKind::Code(found) => assert_eq!(found.name, language, "{path}"),
        other => panic!("{path}: {other:?} is not code"),
    }
    let matcher = Matcher::new(&Glossary::builtin(DEFAULT_PROFILES).unwrap());
    termlint::lint(&matcher, kind, &text)
        .into_iter()
        .map(|f| {
            let before = &text[..f.span.start];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            format!("{line}:{column} {}", &text[f.span])
        })
        .collect()
}

/// The texts of the chunks of `scope` that `language` extracts from `text`.
pub(crate) fn texts<'t>(language: &str, scope: Scope, text: &'t str) -> Vec<&'t str> {
    let language = comments::language(language).unwrap_or_else(|| panic!("no {language}"));
    source::extract(FileKind::Code(language), text)
        .into_iter()
        .filter(|c| c.scope == scope)
        .map(|c| &text[c.range])
        .collect()
}

/// The prose chunks with their flags: `B` for a block start, `~` for a soft line break.
pub(crate) fn flagged<'t>(language: &str, text: &'t str) -> Vec<(&'t str, &'static str)> {
    let language = comments::language(language).unwrap_or_else(|| panic!("no {language}"));
    source::extract(FileKind::Code(language), text)
        .into_iter()
        .filter(|c| c.scope == Scope::Prose)
        .map(|c| {
            let flags = match (c.block_start, c.soft_break) {
                (true, _) => "B",
                (false, true) => "~",
                (false, false) => "",
            };
            (&text[c.range], flags)
        })
        .collect()
}
