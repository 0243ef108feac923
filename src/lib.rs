//! termlint: a terminology linter for documentation and code comments.
//!
//! The modules read in pipeline order: find the files, extract their prose, match the glossary,
//! turn matches into findings, report them.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod baseline;
pub mod changed;
pub mod cli;
pub mod config;
pub mod walk;
pub mod source;
pub mod glossary;
pub mod vale;
pub mod matcher;
pub mod suppress;
pub mod lint;
pub mod diagnostic;
pub mod fingerprint;
pub mod fix;
pub mod report;

use diagnostic::Finding;
use matcher::Matcher;
use source::FileKind;

/// The findings in `text`, a file of the given kind, in order of position.
pub fn lint(matcher: &Matcher, kind: FileKind, text: &str) -> Vec<Finding> {
    let chunks = source::extract(kind, text);
    matcher.find(text, &chunks)
}
