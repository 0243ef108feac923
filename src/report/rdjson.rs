//! reviewdog's Diagnostic Format (rdjson), for `reviewdog -f=rdjson`: every finding with its
//! range and each suggestion as a replacement of that range, which reviewdog posts as a
//! suggested change on the pull request. A finding with two suggestions offers both.
//!
//! reviewdog counts columns in bytes, not characters.

use std::io::{self, Write};

use serde::Serialize;

use super::{JsonArray, Report, around_last_array, headline};
use crate::diagnostic::{FileReport, Finding};
use crate::excerpt::Excerpt;
use crate::fix::keep_line_breaks;
use crate::glossary::Severity;

#[derive(Debug, Default)]
pub struct Rdjson {
    diagnostics: JsonArray,
    /// What follows the diagnostics.
    end: String,
}

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
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let (start, end) = around_last_array(&DiagnosticResult {
            source: Source {
                name: "termlint",
                url: super::sarif::INFORMATION_URI,
            },
            diagnostics: Vec::new(),
        });
        self.diagnostics = JsonArray::new(1);
        self.end = end;
        out.write_all(start.as_bytes())
    }

    fn file(&mut self, file: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for finding in &file.findings {
            self.diagnostics
                .push(&diagnostic(file, finding, &file.excerpt), out)?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.diagnostics.finish(out)?;
        out.write_all(self.end.as_bytes())?;
        writeln!(out)
    }
}

fn diagnostic<'a>(file: &'a FileReport, finding: &'a Finding, lines: &Excerpt) -> Diagnostic<'a> {
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
