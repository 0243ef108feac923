//! termlint: a terminology linter for documentation and code comments.
//!
//! The modules read in pipeline order: find the files, extract their prose, match the glossary,
//! turn matches into findings, fix, report them. Around that core sit the application-level
//! modules: configuration and loading what it points at (`config`, `load`, `vale`), and what a
//! run does with findings over time (`changed` for PR mode, `baseline`).
#![warn(clippy::print_stdout, clippy::print_stderr)]

// The core, in pipeline order.
pub mod walk;
pub mod source;
pub mod glossary;
pub mod matcher;
pub mod suppress;
pub mod lint;
pub mod diagnostic;
pub mod excerpt;
pub mod fingerprint;
pub mod fix;
pub mod write;
pub mod report;

// The application around it.
pub mod config;
pub mod load;
pub mod vale;
pub mod changed;
pub mod baseline;
pub mod lsp;
pub mod discover;
pub mod cli;
pub mod fuzz;

use diagnostic::Finding;
use matcher::Matcher;
use source::FileKind;

/// The findings in `text`, a file of the given kind, in order of position.
pub fn lint(matcher: &Matcher, kind: FileKind, text: &str) -> Vec<Finding> {
    let chunks = source::extract(kind, text);
    matcher.find(kind, text, &chunks)
}
