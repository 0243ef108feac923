//! Inline suppression comments, in every format:
//!
//! - `termlint-disable [ids]` … `termlint-enable [ids]`: a region (no ids: every rule);
//! - `termlint-disable-next-line [ids]`: the next line;
//! - `termlint-ignore [ids]`: its own line (at the end of a line of code).
//!
//! In Markdown they live in HTML comments (`<!-- termlint-disable -->`), in MDX in expression
//! comments (`{/* termlint-disable */}`), in code in comments. A directive that silences nothing
//! is reported, so suppressions do not outlive their reason.

use std::ops::Range;
use std::sync::Arc;

use crate::diagnostic::Finding;
use crate::glossary::Severity;
use crate::source::FileKind;

pub use crate::glossary::{UNUSED, UNUSED_RULE};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Directive {
    Disable,
    Enable,
    NextLine,
    ThisLine,
}

#[derive(Debug)]
struct Suppression {
    span: Range<usize>,
    /// Empty: every rule.
    ids: Vec<String>,
    /// The bytes it covers.
    covers: Range<usize>,
    used: bool,
}

impl Suppression {
    fn silences(&self, finding: &Finding) -> bool {
        (self.ids.is_empty() || self.ids.iter().any(|id| **id == *finding.rule))
            && self.covers.contains(&finding.span.start)
    }
}

/// `findings` without the suppressed ones, plus an info finding for each unused directive.
pub fn apply(kind: FileKind, text: &str, findings: Vec<Finding>) -> Vec<Finding> {
    if !text.contains("termlint-") {
        return findings;
    }
    let mut suppressions = parse(kind, text);
    let mut kept: Vec<Finding> = findings
        .into_iter()
        .filter(|finding| {
            let mut silenced = false;
            for s in suppressions.iter_mut().filter(|s| s.silences(finding)) {
                s.used = true;
                silenced = true;
            }
            !silenced
        })
        .collect();
    for s in suppressions.into_iter().filter(|s| !s.used) {
        kept.push(Finding {
            rule: UNUSED.into(),
            category: UNUSED_RULE.category.into(),
            severity: Severity::Info,
            message: Arc::from(UNUSED_RULE.message),
            span: s.span,
            suggestions: Vec::new(),
            fix: None,
        });
    }
    kept.sort_by_key(|f| (f.span.start, f.span.end));
    kept
}

fn parse(kind: FileKind, text: &str) -> Vec<Suppression> {
    let mut out: Vec<Suppression> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for (at, _) in text.match_indices("termlint-") {
        let Some((directive, name_end)) = directive_at(text, at) else {
            continue;
        };
        if !in_comment(kind, text, at) {
            continue;
        }
        let line_end = text[at..].find('\n').map_or(text.len(), |p| at + p);
        let args_end = ["-->", "*/"]
            .iter()
            .filter_map(|close| text[name_end..line_end].find(close))
            .min()
            .map_or(line_end, |p| name_end + p);
        let ids: Vec<String> = text[name_end..args_end]
            .split([',', ' ', '\t'])
            .map(str::trim)
            .filter(|id| !id.is_empty() && !id.starts_with("--"))
            .map(str::to_string)
            .collect();
        let span = at..name_end + text[name_end..args_end].trim_end().len();
        let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
        let covers = match directive {
            Directive::ThisLine => line_start..line_end,
            Directive::NextLine => {
                let next = (line_end + 1).min(text.len());
                let next_end = text[next..].find('\n').map_or(text.len(), |p| next + p);
                next..next_end
            }
            Directive::Disable => {
                open.push(out.len());
                line_end..text.len()
            }
            Directive::Enable => {
                // Close the regions this enables: the same ids, or all with no ids.
                for &i in &open {
                    let region = &mut out[i];
                    if (ids.is_empty() || region.ids == ids) && region.covers.end == text.len() {
                        region.covers.end = line_start;
                    }
                }
                continue;
            }
        };
        out.push(Suppression {
            span,
            ids,
            covers,
            used: false,
        });
    }
    out
}

fn directive_at(text: &str, at: usize) -> Option<(Directive, usize)> {
    let rest = &text[at..];
    // Longest names first: `termlint-disable-next-line` starts with `termlint-disable`.
    let names = [
        ("termlint-disable-next-line", Directive::NextLine),
        ("termlint-disable", Directive::Disable),
        ("termlint-enable", Directive::Enable),
        ("termlint-ignore", Directive::ThisLine),
    ];
    let (name, directive) = names.into_iter().find(|(n, _)| rest.starts_with(n))?;
    let end = at + name.len();
    // The name must end there: `termlint-disabled` is not a directive.
    let next = text[end..].chars().next();
    if next.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_') {
        return None;
    }
    Some((directive, end))
}

/// Whether the directive at `at` is inside a comment of this kind of file.
fn in_comment(kind: FileKind, text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let before = &text[line_start..at];
    match kind {
        FileKind::Markdown => before.contains("<!--"),
        FileKind::Mdx => before.contains("<!--") || before.contains("{/*"),
        // Comments in code are found by the language's lexer; a directive is only meaningful
        // there, so any occurrence on a line counts.
        FileKind::Code(_) => true,
    }
}
