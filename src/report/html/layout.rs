//! The page: head with the inlined styles, landmarks, the summary with its charts, then the
//! findings and the rules appendix (their own modules), then the inlined script.

use std::collections::BTreeMap;
use std::fmt::{self, Write};

use super::charts::{Bar, bar_chart};
use super::escape::{Id, Text};
use super::{Audit, GENERATOR, SCRIPT, STYLE, findings, per_thousand, rules};
use crate::glossary::Severity;

/// Bars shown in the rule, file and directory charts; the rest are counted in a note.
const TOP: usize = 12;

pub(super) fn document(audit: &Audit, out: &mut String) -> fmt::Result {
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         {GENERATOR} {}\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#findings\">Skip to the findings</a>\n\
         <header>\n<h1>{}</h1>\n<p class=\"lead\">{}</p>\n</header>\n\
         <nav aria-label=\"Sections\"><ul><li><a href=\"#summary\">Summary</a></li>\
         <li><a href=\"#findings\">Findings</a></li><li><a href=\"#rules\">Rules</a></li></ul></nav>\n\
         <main>\n",
        env!("CARGO_PKG_VERSION"),
        Text(&audit.title),
        Text(&audit.title),
        Text(&lead(audit)),
    )?;
    summary(audit, out)?;
    findings::section(audit, out)?;
    rules::appendix(audit, out)?;
    write!(
        out,
        "</main>\n<footer><p>Made by termlint {}. Every finding is in this file: \
         it works offline, without scripts, and prints.</p></footer>\n\
         <script>\n{SCRIPT}</script>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// "216 findings in 115 of 1,116 files".
fn lead(audit: &Audit) -> String {
    let affected = audit
        .files
        .iter()
        .filter(|f| !f.findings.is_empty())
        .count();
    format!(
        "{} in {} of {} checked.",
        count(audit.total(), "finding", "findings"),
        group(affected),
        count(audit.files.len(), "file", "files")
    )
}

fn summary(audit: &Audit, out: &mut String) -> fmt::Result {
    out.push_str(
        "<section id=\"summary\" aria-labelledby=\"summary-title\">\n\
         <h2 id=\"summary-title\">Summary</h2>\n<dl class=\"figures\">",
    );
    let affected = audit
        .files
        .iter()
        .filter(|f| !f.findings.is_empty())
        .count();
    let density = audit
        .density()
        .map_or("n/a".to_string(), |d| format!("{d:.2}"));
    let mut figures = vec![
        ("Findings", group(audit.total())),
        ("Files checked", group(audit.files.len())),
        ("Files with findings", group(affected)),
        ("Files clean", group(audit.files.len() - affected)),
        ("Words of prose", group(audit.words())),
        ("Findings per 1,000 words", density),
    ];
    if audit.baseline {
        let known = audit
            .findings()
            .filter(|(_, f)| f.known == Some(true))
            .count();
        figures.push(("New since the baseline", group(audit.total() - known)));
        figures.push(("Known in the baseline", group(known)));
    }
    for (name, value) in figures {
        write!(out, "<div><dt>{name}</dt><dd>{value}</dd></div>")?;
    }
    out.push_str("</dl>\n<div class=\"charts\">");

    let severities = [Severity::Error, Severity::Warning, Severity::Info].map(|s| {
        let n = audit.findings().filter(|(_, f)| f.severity == s).count();
        Bar {
            class: match s {
                Severity::Error => "bar sev-error",
                Severity::Warning => "bar sev-warning",
                Severity::Info => "bar sev-info",
            },
            ..Bar::new(s.as_str(), n)
        }
    });
    bar_chart(out, "by-severity", "Findings by severity", &severities)?;
    if audit.baseline {
        let known = audit
            .findings()
            .filter(|(_, f)| f.known == Some(true))
            .count();
        let bars = [
            Bar::new("new", audit.total() - known),
            Bar {
                class: "bar known",
                ..Bar::new("known", known)
            },
        ];
        bar_chart(out, "by-status", "New and known findings", &bars)?;
    }
    let categories = tally(audit.findings().map(|(_, f)| f.category.as_str()));
    bar_chart(
        out,
        "by-category",
        "Findings by category",
        &bars(&categories, usize::MAX),
    )?;
    let rules = tally(audit.findings().map(|(_, f)| f.rule.as_str()));
    chart_top(out, "by-rule", "Findings by rule", &rules, "rules")?;
    let files = tally(audit.findings().map(|(file, _)| file.path.as_str()));
    chart_top(out, "by-file", "Most affected files", &files, "files")?;
    let dirs = tally(audit.findings().map(|(file, _)| directory(&file.path)));
    chart_top(
        out,
        "by-directory",
        "Most affected directories",
        &dirs,
        "directories",
    )?;
    out.push_str("</div>\n");
    density_table(audit, out)?;
    out.push_str("</section>\n");
    Ok(())
}

/// A chart of the `TOP` largest counts, with a note of how many more there are.
fn chart_top(
    out: &mut String,
    id: &str,
    caption: &str,
    counts: &[(&str, usize)],
    what: &str,
) -> fmt::Result {
    out.push_str("<div>");
    bar_chart(out, id, caption, &bars(counts, TOP))?;
    if counts.len() > TOP {
        write!(
            out,
            "<p class=\"more\">and {} more {what}, with {} findings</p>",
            counts.len() - TOP,
            counts[TOP..].iter().map(|(_, n)| n).sum::<usize>()
        )?;
    }
    out.push_str("</div>");
    Ok(())
}

/// The most affected files with their prose length, so long and short pages compare.
fn density_table(audit: &Audit, out: &mut String) -> fmt::Result {
    let mut files: Vec<_> = audit
        .files
        .iter()
        .filter(|f| !f.findings.is_empty())
        .collect();
    if files.is_empty() {
        return Ok(());
    }
    files.sort_by(|a, b| {
        b.findings
            .len()
            .cmp(&a.findings.len())
            .then(a.path.cmp(&b.path))
    });
    out.push_str(
        "<table class=\"density\"><caption>Most affected files and their findings per 1,000 \
         words</caption><thead><tr><th scope=\"col\">File</th><th scope=\"col\">Findings</th>\
         <th scope=\"col\">Words</th><th scope=\"col\">Per 1,000 words</th></tr></thead><tbody>",
    );
    for file in files.iter().take(TOP) {
        let density = per_thousand(file.findings.len(), file.words)
            .map_or("n/a".to_string(), |d| format!("{d:.1}"));
        write!(
            out,
            "<tr><th scope=\"row\"><a href=\"#file-{}\">{}</a></th><td>{}</td><td>{}</td><td>{density}</td></tr>",
            Id(&file.path),
            Text(&file.path),
            file.findings.len(),
            group(file.words)
        )?;
    }
    out.push_str("</tbody></table>\n");
    Ok(())
}

/// Counts of each key, largest first, then by key.
pub(super) fn tally<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<(&'a str, usize)> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for key in keys {
        *counts.entry(key).or_default() += 1;
    }
    let mut counts: Vec<_> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    counts
}

fn bars(counts: &[(&str, usize)], top: usize) -> Vec<Bar> {
    counts
        .iter()
        .take(top)
        .map(|(k, n)| Bar::new(*k, *n))
        .collect()
}

/// The directory of a path, `.` for a file at the top.
fn directory(path: &str) -> &str {
    match path.trim_start_matches("./").rfind(['/', '\\']) {
        Some(i) => &path.trim_start_matches("./")[..i],
        None => ".",
    }
}

/// "1,116".
pub(super) fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub(super) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", group(n), if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_thousands() {
        let cases = [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (1234567, "1,234,567"),
        ];
        for (n, expected) in cases {
            assert_eq!(group(n), expected);
        }
    }

    #[test]
    fn directories_of_paths() {
        let cases = [
            ("a.md", "."),
            ("./a.md", "."),
            ("docs/a.md", "docs"),
            ("./docs/guides/a.md", "docs/guides"),
        ];
        for (path, dir) in cases {
            assert_eq!(directory(path), dir, "{path}");
        }
    }

    #[test]
    fn tallies_sort_by_count_then_name() {
        let keys = ["b", "a", "b", "c", "a", "b"];
        assert_eq!(tally(keys.into_iter()), [("b", 3), ("a", 2), ("c", 1)]);
    }
}
