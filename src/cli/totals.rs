//! The counts a run ends with: findings by severity and the files that hold them, for the
//! summary line on standard error.

use crate::diagnostic::FileReport;
use crate::glossary::Severity;

/// Finding counts by severity, and files, for the summary line.
#[derive(Debug, Default)]
pub(super) struct Totals {
    pub(super) checked: usize,
    errors: usize,
    warnings: usize,
    info: usize,
    files_with_findings: usize,
}

impl Totals {
    pub(super) fn add(&mut self, report: &FileReport) {
        for finding in &report.findings {
            match finding.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.info += 1,
            }
        }
        self.files_with_findings += usize::from(!report.findings.is_empty());
    }

    pub(super) fn total(&self) -> usize {
        self.errors + self.warnings + self.info
    }

    /// "3 findings (1 error, 2 warnings) in 2 files".
    pub(super) fn summary(&self) -> String {
        let total = self.total();
        if total == 0 {
            return format!("no findings in {}", plural(self.checked, "file", "files"));
        }
        let parts: Vec<String> = [
            (self.errors, "error", "errors"),
            (self.warnings, "warning", "warnings"),
            (self.info, "info", "info"),
        ]
        .into_iter()
        .filter(|&(n, _, _)| n > 0)
        .map(|(n, one, many)| plural(n, one, many))
        .collect();
        format!(
            "{} ({}) in {}",
            plural(total, "finding", "findings"),
            parts.join(", "),
            plural(self.files_with_findings, "file", "files")
        )
    }
}

pub(super) fn findings(n: usize) -> String {
    plural(n, "finding", "findings")
}

pub(super) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
