//! Findings: a rule, a byte span into the original text, a message and suggestions. Line and
//! column are computed only when a report renders them.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use miette::{Diagnostic, LabeledSpan, MietteSpanContents, SourceCode, SpanContents};

use crate::fix::Fix;
use crate::glossary::{Applicability, Severity};

/// One place where the text uses a term the glossary advises against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Arc<str>,
    pub severity: Severity,
    pub message: Arc<str>,
    /// Byte range in the original file.
    pub span: Range<usize>,
    /// What to write instead, best first; may be empty.
    pub suggestions: Vec<String>,
    /// The edits that fix it, when there is exactly one suggestion and the term allows fixing.
    pub fix: Option<Fix>,
}

impl Finding {
    /// Whether the finding's fix may be applied unattended: read from the fix itself, so the two
    /// never disagree. `None` when it has no fix.
    pub fn applicability(&self) -> Applicability {
        self.fix
            .as_ref()
            .map_or(Applicability::None, |fix| fix.applicability)
    }
}

/// Everything termlint found in one file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The path as walked or given.
    pub path: String,
    pub source: Arc<str>,
    pub findings: Vec<Finding>,
}

impl FileReport {
    /// The text of a finding's span.
    pub fn matched(&self, finding: &Finding) -> &str {
        &self.source[finding.span.clone()]
    }

    /// A miette diagnostic for one finding, with the file as its source code.
    pub fn diagnostic<'a>(&'a self, finding: &'a Finding) -> FindingDiagnostic<'a> {
        FindingDiagnostic {
            finding,
            matched: self.matched(finding),
            source: CharColumns {
                name: self.path.clone(),
                text: self.source.clone(),
            },
        }
    }
}

/// The file as miette's source code, with columns counted as every other format counts them:
/// in Unicode scalar values, without the byte-order mark (miette itself counts bytes).
#[derive(Debug)]
struct CharColumns {
    name: String,
    text: Arc<str>,
}

impl SourceCode for CharColumns {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, miette::MietteError> {
        let contents = self.text.read_span(span, before, after)?;
        // Only the span itself (no context lines) carries the column shown in the header.
        if before != 0 || after != 0 {
            let named = MietteSpanContents::new_named(
                self.name.clone(),
                contents.data(),
                *contents.span(),
                contents.line(),
                contents.column(),
                contents.line_count(),
            );
            return Ok(Box::new(named));
        }
        let start = span.offset().min(self.text.len());
        let line_start = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let column = self.text[line_start..start]
            .chars()
            .filter(|&c| c != '\u{feff}')
            .count();
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            contents.data(),
            *contents.span(),
            contents.line(),
            column,
            contents.line_count(),
        )))
    }
}

/// A finding as miette renders it: the rule id as code, the span labelled with the suggestion,
/// the glossary's reason as help.
#[derive(Debug)]
pub struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    matched: &'a str,
    source: CharColumns,
}

impl FindingDiagnostic<'_> {
    /// A directive that silences nothing is not a term to avoid.
    fn unused_suppression(&self) -> bool {
        *self.finding.rule == *crate::glossary::UNUSED
    }
}

impl fmt::Display for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let matched = self
            .matched
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        match self.finding.suggestions.as_slice() {
            [] if self.unused_suppression() => write!(f, "unused suppression `{matched}`"),
            [] => write!(f, "avoid `{matched}`"),
            suggestions => write!(f, "`{matched}` should be {}", or_list(suggestions)),
        }
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.finding.rule))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.finding.message))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let label = match self.finding.suggestions.as_slice() {
            [] if self.unused_suppression() => "silences nothing".to_string(),
            [] => "avoid this term".to_string(),
            suggestions => format!("did you mean {}?", or_list(suggestions)),
        };
        let span = self.finding.span.clone();
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(Some(label), span.start..span.end),
        )))
    }
}

/// "`a`", "`a` or `b`", "`a`, `b` or `c`".
fn or_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}
