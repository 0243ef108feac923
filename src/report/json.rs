//! One JSON array of findings. The fields are a stable contract (see README.md): extend, never
//! change.

use std::io::{self, Write};

use serde::Serialize;

use super::{LineIndex, Report};
use crate::diagnostic::FileReport;

#[derive(Debug, Default)]
pub struct Json;

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    offset: usize,
    length: usize,
    rule: &'a str,
    severity: &'static str,
    message: &'a str,
    matched: &'a str,
    suggestions: &'a [String],
}

impl Report for Json {
    fn report(&self, files: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
        let mut findings = Vec::new();
        for file in files {
            let lines = LineIndex::new(&file.source);
            for finding in &file.findings {
                let (line, column) = lines.position(finding.span.start);
                let (end_line, end_column) = lines.position(finding.span.end);
                findings.push(JsonFinding {
                    path: &file.path,
                    line,
                    column,
                    end_line,
                    end_column,
                    offset: finding.span.start,
                    length: finding.span.len(),
                    rule: &finding.rule,
                    severity: finding.severity.as_str(),
                    message: &finding.message,
                    matched: file.matched(finding),
                    suggestions: &finding.suggestions,
                });
            }
        }
        serde_json::to_writer_pretty(&mut *out, &findings)?;
        writeln!(out)
    }
}
