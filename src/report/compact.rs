//! `path:line:col: severity[rule] message (suggestion: X)`, one finding per line.

use std::io::{self, Write};

use super::Report;
use crate::diagnostic::FileReport;

#[derive(Debug, Default)]
pub struct Compact;

impl Report for Compact {
    fn file(&mut self, file: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for finding in &file.findings {
            let (line, column) = file.excerpt.position(finding.span.start);
            write!(
                out,
                "{}:{line}:{column}: {}[{}] {}",
                file.path,
                finding.severity.as_str(),
                finding.rule,
                finding.message
            )?;
            if !finding.suggestions.is_empty() {
                write!(out, " (suggestion: {})", finding.suggestions.join(", "))?;
            }
            writeln!(out)?;
        }
        Ok(())
    }
}
