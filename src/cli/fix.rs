//! `--fix` and `--diff`: apply fixes until the text is stable, then write atomically, print a
//! diff, or (for standard input) print the fixed text.

use super::InputError;
use crate::diagnostic::FileReport;
use crate::fix::Applicability;
use crate::lint::{Linter, MAX_PASSES};
use crate::walk::{self, Input};

/// What to do with fixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Report only.
    Check,
    /// Apply fixes at or above this applicability and write them.
    Write(Applicability),
    /// Compute fixes at or above this applicability and print a diff; write nothing.
    Diff(Applicability),
}

/// One file, linted and maybe fixed.
#[derive(Debug)]
pub(super) struct Outcome {
    /// The findings left, against the text as it now is.
    pub(super) report: FileReport,
    pub(super) fixed: usize,
    /// The size of the file as read.
    pub(super) bytes: usize,
    /// A unified diff (`--diff`), or the fixed text of standard input (`--fix`).
    pub(super) output: Option<String>,
    /// Problems worth a line on stderr that do not fail the file.
    pub(super) notes: Vec<String>,
}

pub(super) fn process(input: &Input, linter: &Linter, mode: Mode) -> Result<Outcome, InputError> {
    let original = walk::read(input)?;
    let path = input.display();
    let kind = input.kind();
    let min = match mode {
        Mode::Check => {
            let findings = linter.lint(kind, &original);
            return Ok(Outcome {
                report: FileReport::new(path, &original, findings),
                fixed: 0,
                bytes: original.len(),
                output: None,
                notes: Vec::new(),
            });
        }
        Mode::Write(min) | Mode::Diff(min) => min,
    };
    let fixed = linter.fix(kind, &original, min);
    let mut notes = Vec::new();
    if !fixed.converged {
        notes.push(format!(
            "{path}: fixes did not settle after {MAX_PASSES} passes"
        ));
    }
    let bytes = original.len();
    let (fixed_text, fixed) = (fixed.text, fixed.applied);
    let changed = fixed_text != original;
    let output = match (mode, input) {
        (Mode::Diff(_), _) if changed => Some(unified_diff(&path, &original, &fixed_text)),
        (Mode::Write(_), Input::Stdin { .. }) => Some(fixed_text.clone()),
        (Mode::Write(_), Input::File { path: file, .. }) if changed => {
            walk::write_back(file, &original, &fixed_text).map_err(|e| InputError {
                path: path.clone(),
                message: e.to_string(),
            })?;
            None
        }
        _ => None,
    };
    // With --diff nothing was written: the findings left are those of the original text.
    let source = if matches!(mode, Mode::Diff(_)) {
        original
    } else {
        fixed_text
    };
    let mut findings = linter.lint(kind, &source);
    if matches!(mode, Mode::Diff(_)) {
        findings.retain(|f| f.fix.as_ref().is_none_or(|fix| fix.applicability < min));
    }
    Ok(Outcome {
        report: FileReport::new(path, &source, findings),
        fixed,
        bytes,
        output,
        notes,
    })
}

fn unified_diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}
