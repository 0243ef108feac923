//! Findings: a rule, a byte span into the original text, a message and suggestions. Line and
//! column are computed only when a report renders them.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use miette::{Diagnostic, LabeledSpan, MietteSpanContents, SourceCode, SpanContents};

use crate::excerpt::Excerpt;
use crate::fix::Fix;
use crate::glossary::{Applicability, Severity};

/// One place where the text uses a term the glossary advises against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Arc<str>,
    /// The rule's category (`product-names`, `caution`), so reports can group by it.
    pub category: Arc<str>,
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

/// Everything termlint found in one file: the findings, and of the file's text only the lines
/// around them (see [`Excerpt`]), so that the text itself can be dropped once it is linted.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The path as walked or given.
    pub path: String,
    pub excerpt: Excerpt,
    pub findings: Vec<Finding>,
}

impl FileReport {
    /// The report of `findings` in `text`, keeping only the lines around them.
    pub fn new(path: String, text: &str, findings: Vec<Finding>) -> FileReport {
        FileReport {
            path,
            excerpt: Excerpt::capture(text, &findings),
            findings,
        }
    }

    /// The text of a finding's span.
    pub fn matched(&self, finding: &Finding) -> &str {
        self.excerpt.text(finding.span.clone())
    }

    /// A miette diagnostic for one finding, with the lines around it as its source code.
    pub fn diagnostic<'a>(&'a self, finding: &'a Finding) -> FindingDiagnostic<'a> {
        FindingDiagnostic {
            finding,
            matched: self.matched(finding),
            source: CharColumns {
                name: &self.path,
                excerpt: &self.excerpt,
            },
        }
    }
}

/// The lines around a finding as miette's source code, with columns counted as every other
/// format counts them: in Unicode scalar values, without the byte-order mark (miette itself
/// counts bytes). miette reads from the start of what it is given, so it is given the lines
/// around the span alone, and the line numbers and offsets it returns are moved back to the
/// file's.
#[derive(Debug)]
struct CharColumns<'a> {
    name: &'a str,
    excerpt: &'a Excerpt,
}

impl SourceCode for CharColumns<'_> {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, miette::MietteError> {
        let (text, base, first_line) = self
            .excerpt
            .around(span.offset()..span.offset() + span.len());
        let local = miette::SourceSpan::new((span.offset() - base).into(), span.len());
        let contents = text.read_span(&local, before, after)?;
        let found = contents.span();
        let moved = miette::SourceSpan::new((found.offset() + base).into(), found.len());
        // Only the span itself (no context lines) carries the column shown in the header.
        let column = if before != 0 || after != 0 {
            contents.column()
        } else {
            let start = (span.offset() - base).min(text.len());
            let line_start = text[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
            text[line_start..start]
                .chars()
                .filter(|&c| c != '\u{feff}')
                .count()
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_string(),
            contents.data(),
            moved,
            contents.line() + first_line,
            column,
            contents.line_count() + first_line,
        )))
    }
}

/// A finding as miette renders it: the rule id as code, the span labelled with the suggestion,
/// the glossary's reason as help.
#[derive(Debug)]
pub struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    matched: &'a str,
    source: CharColumns<'a>,
}

impl FindingDiagnostic<'_> {
    /// A directive that silences nothing is not a term to avoid.
    fn unused_suppression(&self) -> bool {
        *self.finding.rule == *crate::glossary::UNUSED
    }

    /// A caution is advice about what the words teach, not a word to replace.
    fn caution(&self) -> bool {
        *self.finding.category == *crate::glossary::CAUTION
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
            _ if self.caution() => write!(f, "caution: `{matched}`"),
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
            [] if self.caution() => "the risk is here".to_string(),
            [first] if self.caution() => format!("the risk is here: consider {first}"),
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

#[cfg(test)]
mod tests {
    use miette::{GraphicalReportHandler, GraphicalTheme};

    use super::*;

    /// The file's whole text as the source code, as findings were rendered before excerpts:
    /// the reference a snippet rendered from the lines around a finding must match.
    struct WholeText {
        name: String,
        text: String,
    }

    impl SourceCode for WholeText {
        fn read_span<'a>(
            &'a self,
            span: &miette::SourceSpan,
            before: usize,
            after: usize,
        ) -> Result<Box<dyn SpanContents<'a> + 'a>, miette::MietteError> {
            let contents = self.text.read_span(span, before, after)?;
            let column = if before != 0 || after != 0 {
                contents.column()
            } else {
                let start = span.offset();
                let line_start = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
                self.text[line_start..start]
                    .chars()
                    .filter(|&c| c != '\u{feff}')
                    .count()
            };
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

    /// A finding's diagnostic with the whole text as its source.
    struct Reference<'a> {
        inner: FindingDiagnostic<'a>,
        whole: WholeText,
    }

    impl fmt::Debug for Reference<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.inner.fmt(f)
        }
    }

    impl fmt::Display for Reference<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.inner.fmt(f)
        }
    }

    impl std::error::Error for Reference<'_> {}

    impl Diagnostic for Reference<'_> {
        fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
            self.inner.code()
        }
        fn severity(&self) -> Option<miette::Severity> {
            self.inner.severity()
        }
        fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
            self.inner.help()
        }
        fn source_code(&self) -> Option<&dyn SourceCode> {
            Some(&self.whole)
        }
        fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
            self.inner.labels()
        }
    }

    fn render(diagnostic: &dyn Diagnostic) -> String {
        let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
            .with_width(100)
            .with_links(false);
        let mut out = String::new();
        handler.render_report(&mut out, diagnostic).unwrap();
        out
    }

    /// Rendered from the lines around it, a snippet shows the same lines, line numbers and
    /// columns as rendered from the whole file: at the start and end of a file, after CRLF and
    /// lone CR line breaks, after a byte order mark and wide characters, across a line break,
    /// and deep in a long file.
    #[test]
    fn snippets_from_excerpts_render_as_from_the_whole_file() {
        let deep = format!(
            "{}The web hook.\n{}",
            "Filler line.\n".repeat(500),
            "End.\n"
        );
        let cases = [
            "web hook at the start\nnext\n",
            "first\nsecond\nlast web hook",
            "a\r\nb\r\nthe web hook\r\nc\r\n",
            "a\rb\rthe web hook\rc\nd\n",
            "\u{feff}Ünïcödé 🎉 web hook\nzwei\n",
            "one\ntwo web\nhook three\nfour\n",
            deep.as_str(),
            "web hook web hook\nweb hook\n\nweb hook\n",
        ];
        for text in cases {
            let findings: Vec<Finding> = text
                .match_indices("web")
                .map(|(i, _)| {
                    let end = text[i..].find("hook").unwrap() + i + 4;
                    Finding {
                        rule: "webhook".into(),
                        category: "clerk-concepts".into(),
                        severity: Severity::Warning,
                        message: "One word.".into(),
                        span: i..end,
                        suggestions: vec!["webhook".to_string()],
                        fix: None,
                    }
                })
                .collect();
            let report = FileReport::new("docs/a.md".to_string(), text, findings.clone());
            for finding in &findings {
                let reference = Reference {
                    inner: report.diagnostic(finding),
                    // The whole file as miette would show it if it knew that a lone CR ends
                    // a line: with each one written as LF.
                    whole: WholeText {
                        name: "docs/a.md".to_string(),
                        text: crate::source::lines::with_lf_breaks(text).into_owned(),
                    },
                };
                assert_eq!(
                    render(&report.diagnostic(finding)),
                    render(&reference),
                    "{text:?}"
                );
            }
        }
        // And the line number is the file's, not the excerpt's.
        let report = FileReport::new(
            "docs/a.md".to_string(),
            &deep,
            vec![Finding {
                rule: "webhook".into(),
                category: "clerk-concepts".into(),
                severity: Severity::Warning,
                message: "One word.".into(),
                span: deep.find("web").unwrap()..deep.find("web").unwrap() + 8,
                suggestions: vec![],
                fix: None,
            }],
        );
        assert!(render(&report.diagnostic(&report.findings[0])).contains("[docs/a.md:501:5]"));
    }
}
