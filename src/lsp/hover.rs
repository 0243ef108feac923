//! Hover: the glossary's entry for a flagged term, or for any glossary term under the cursor.

use std::fmt::Write;
use std::ops::Range;

use crate::diagnostic::Finding;
use crate::glossary::{Glossary, RuleInfo, RuleKind};

/// The Markdown shown for the byte `at` of `text`, and the span it is about.
pub fn hover(
    glossary: &Glossary,
    text: &str,
    findings: &[Finding],
    at: usize,
) -> Option<(String, Range<usize>)> {
    let rules = glossary.rules();
    if let Some(finding) = findings
        .iter()
        .find(|f| f.span.start <= at && at <= f.span.end)
        && let Some(rule) = rules.iter().find(|r| r.id == &*finding.rule)
    {
        let mut page = render(rule);
        if !finding.suggestions.is_empty() {
            let list = quoted(finding.suggestions.iter().map(String::as_str));
            let _ = write!(page, "\n\n**Suggestion:** {list}");
        }
        return Some((page, finding.span.clone()));
    }
    let (rule, span) = term_at(&rules, text, at)?;
    Some((render(rule), span))
}

/// The term whose preferred or avoided form covers byte `at`, as a whole word in any case; the
/// longest form wins (`session token` over `token`).
fn term_at<'a, 'r>(
    rules: &'r [RuleInfo<'a>],
    text: &str,
    at: usize,
) -> Option<(&'r RuleInfo<'a>, Range<usize>)> {
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |p| at + p);
    // ASCII lowercase keeps every byte offset.
    let line = text[line_start..line_end].to_ascii_lowercase();
    let word_char = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut best: Option<(&RuleInfo<'a>, Range<usize>)> = None;
    let terms = rules.iter().filter(|r| r.kind == RuleKind::Term);
    for rule in terms {
        for form in rule.preferred.iter().chain(&rule.avoid) {
            let form = form.to_ascii_lowercase();
            if form.is_empty() {
                continue;
            }
            for (start, _) in line.match_indices(&form) {
                let end = start + form.len();
                let span = line_start + start..line_start + end;
                let whole = !word_char(line[..start].chars().next_back())
                    && !word_char(line[end..].chars().next());
                let longer = best.as_ref().is_none_or(|(_, b)| span.len() > b.len());
                if whole && span.start <= at && at <= span.end && longer {
                    best = Some((rule, span));
                }
            }
        }
    }
    best
}

fn render(rule: &RuleInfo<'_>) -> String {
    let title = rule.preferred.first().copied().unwrap_or(rule.id);
    let mut page = format!("**{title}** · `{}` ({})", rule.id, rule.category);
    if let Some(definition) = rule.definition {
        let _ = write!(page, "\n\n{definition}");
    }
    let _ = write!(page, "\n\n**Why:** {}", rule.message);
    if !rule.preferred.is_empty() {
        let _ = write!(
            page,
            "\n\n**Preferred:** {}",
            quoted(rule.preferred.iter().copied())
        );
    }
    if !rule.avoid.is_empty() {
        let _ = write!(
            page,
            "\n\n**Avoid:** {}",
            quoted(rule.avoid.iter().copied())
        );
    }
    if let Some(example) = rule.examples.first() {
        page.push_str("\n\n**Example:**");
        if let Some(bad) = example.bad {
            let _ = write!(page, "\n- ✗ {}", bad.trim());
        }
        if let Some(good) = example.good {
            let _ = write!(page, "\n- ✓ {}", good.trim());
        }
    }
    page
}

fn quoted<'a>(forms: impl Iterator<Item = &'a str>) -> String {
    forms
        .map(|f| format!("`{f}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
