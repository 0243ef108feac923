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
    /// The fixed text could not be written: the file fails, but its findings (against the text
    /// on disk) are still reported.
    pub(super) error: Option<InputError>,
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
                error: None,
            });
        }
        Mode::Write(min) | Mode::Diff(min) => min,
    };
    let fixed = linter.fix(kind, &original, min);
    let mut notes = Vec::new();
    if !fixed.converged {
        notes.push(format!(
            "{path}: fixes did not settle: still finding more after {MAX_PASSES} passes, or growing the text past twice its size; the file is left as it was"
        ));
    }
    for cycle in &fixed.cycles {
        let (line, column) = cycle
            .offset
            .map_or((1, 1), |at| crate::source::line_column(&original, at));
        notes.push(format!("{path}:{line}:{column}: {cycle}"));
    }
    let bytes = original.len();
    let (fixed_text, mut fixed) = (fixed.text, fixed.applied);
    let changed = fixed_text != original;
    let mut error = None;
    let output = match (mode, input) {
        (Mode::Diff(_), _) if changed => Some(unified_diff(&path, &original, &fixed_text)),
        (Mode::Write(_), Input::Stdin { .. }) => Some(fixed_text.clone()),
        (Mode::Write(_), Input::File { path: file, .. }) if changed => {
            if let Err(e) = walk::write_back(file, &original, &fixed_text) {
                error = Some(InputError {
                    path: path.clone(),
                    message: e.to_string(),
                });
                fixed = 0;
            }
            None
        }
        _ => None,
    };
    // With --diff, or when the write failed, the file holds the original: its findings are
    // those of the original text.
    let kept_original = matches!(mode, Mode::Diff(_)) || error.is_some();
    let source = if kept_original { original } else { fixed_text };
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
        error,
    })
}

fn unified_diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}
