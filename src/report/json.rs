//! One JSON array of findings. The fields are a stable contract (see README.md): extend, never
//! change.

use std::io::{self, Write};

use serde::Serialize;

use super::{JsonArray, Region, Report};
use crate::diagnostic::FileReport;
use crate::fix::Fix;
use crate::glossary::Applicability;

#[derive(Debug, Default)]
pub struct Json {
    findings: JsonArray,
}

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
    /// The rule's category (`caution`, `product-names`), for grouping.
    category: &'a str,
    severity: &'static str,
    message: &'a str,
    matched: &'a str,
    suggestions: &'a [String],
    /// Only when the finding has a fix.
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<JsonFix<'a>>,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    applicability: Applicability,
    edits: Vec<JsonEdit<'a>>,
}

/// A byte range of the original file and what replaces it.
#[derive(Serialize)]
struct JsonEdit<'a> {
    offset: usize,
    length: usize,
    replacement: &'a str,
}

impl<'a> JsonFix<'a> {
    fn new(fix: &'a Fix) -> JsonFix<'a> {
        JsonFix {
            applicability: fix.applicability,
            edits: fix
                .edits
                .iter()
                .map(|edit| JsonEdit {
                    offset: edit.range.start,
                    length: edit.range.len(),
                    replacement: &edit.replacement,
                })
                .collect(),
        }
    }
}

impl Report for Json {
    fn file(&mut self, file: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for finding in &file.findings {
            let region = Region::of(&file.excerpt, finding);
            self.findings.push(
                &JsonFinding {
                    path: &file.path,
                    line: region.line,
                    column: region.column,
                    end_line: region.end_line,
                    end_column: region.end_column,
                    offset: finding.span.start,
                    length: finding.span.len(),
                    rule: &finding.rule,
                    category: &finding.category,
                    severity: finding.severity.as_str(),
                    message: &finding.message,
                    matched: file.matched(finding),
                    suggestions: &finding.suggestions,
                    fix: finding.fix.as_ref().map(JsonFix::new),
                },
                out,
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.findings.finish(out)?;
        writeln!(out)
    }
}
