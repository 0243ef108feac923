//! `path:line:col: severity[rule] message (suggestion: X)`, one finding per line.

use std::io::{self, Write};

use super::{LineIndex, Report};
use crate::diagnostic::FileReport;

#[derive(Debug, Default)]
pub struct Compact;

impl Report for Compact {
    fn report(&self, files: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
        for file in files {
            let lines = LineIndex::new(&file.source);
            for finding in &file.findings {
                let (line, column) = lines.position(finding.span.start);
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
        }
        Ok(())
    }
}
