//! reviewdog's Diagnostic Format (rdjson), for `reviewdog -f=rdjson`: every finding with its
//! range and each suggestion as a replacement of that range, which reviewdog posts as a
//! suggested change on the pull request. A finding with two suggestions offers both.
//!
//! reviewdog counts columns in bytes, not characters.

use std::io::{self, Write};

use serde::Serialize;

use super::{LineIndex, Report, headline};
use crate::diagnostic::{FileReport, Finding};
use crate::fix::keep_line_breaks;
use crate::glossary::Severity;

#[derive(Debug, Default)]
pub struct Rdjson;

#[derive(Serialize)]
struct DiagnosticResult<'a> {
    source: Source,
    diagnostics: Vec<Diagnostic<'a>>,
}

#[derive(Serialize)]
struct Source {
    name: &'static str,
    url: &'static str,
}

#[derive(Serialize)]
struct Diagnostic<'a> {
    message: String,
    location: Location<'a>,
    severity: &'static str,
    code: Code<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suggestions: Vec<Suggestion>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    range: Range,
}

#[derive(Serialize, Clone, Copy)]
struct Range {
    start: Position,
    end: Position,
}

#[derive(Serialize, Clone, Copy)]
struct Position {
    line: usize,
    column: usize,
}

#[derive(Serialize)]
struct Code<'a> {
    value: &'a str,
}

#[derive(Serialize)]
struct Suggestion {
    range: Range,
    text: String,
}

impl Report for Rdjson {
    fn report(&self, files: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
        let mut diagnostics = Vec::new();
        for file in files {
            let lines = LineIndex::new(&file.source);
            for finding in &file.findings {
                diagnostics.push(diagnostic(file, finding, &lines));
            }
        }
        let result = DiagnosticResult {
            source: Source {
                name: "termlint",
                url: super::sarif::INFORMATION_URI,
            },
            diagnostics,
        };
        serde_json::to_writer_pretty(&mut *out, &result)?;
        writeln!(out)
    }
}

fn diagnostic<'a>(
    file: &'a FileReport,
    finding: &'a Finding,
    lines: &LineIndex<'_>,
) -> Diagnostic<'a> {
    let at = |offset| {
        let (line, column) = lines.byte_position(offset);
        Position { line, column }
    };
    let range = Range {
        start: at(finding.span.start),
        end: at(finding.span.end),
    };
    // The fix's edits where there is one (same text), else each suggestion over the span.
    let suggestions = match &finding.fix {
        Some(fix) => fix
            .edits
            .iter()
            .map(|edit| Suggestion {
                range: Range {
                    start: at(edit.range.start),
                    end: at(edit.range.end),
                },
                text: edit.replacement.clone(),
            })
            .collect(),
        None => finding
            .suggestions
            .iter()
            .map(|suggestion| Suggestion {
                range,
                text: keep_line_breaks(file.matched(finding), suggestion),
            })
            .collect(),
    };
    Diagnostic {
        message: headline(file, finding),
        location: Location {
            path: &file.path,
            range,
        },
        severity: match finding.severity {
            Severity::Error => "ERROR",
            Severity::Warning => "WARNING",
            Severity::Info => "INFO",
        },
        code: Code {
            value: &finding.rule,
        },
        suggestions,
    }
}
