//! Every finding, grouped by file, each an `<article class="finding">` with the data
//! attributes tools and the filters read, and the filter form the script brings to life.

use std::fmt::{self, Write};

use super::context::ContextLine;
use super::escape::{Id, Text, href};
use super::layout::{count, group, tally};
use super::{Audit, AuditFile, AuditFinding};
use crate::glossary::Severity;

pub(super) fn section(audit: &Audit, out: &mut String) -> fmt::Result {
    out.push_str(
        "<section id=\"findings\" aria-labelledby=\"findings-title\">\n\
         <h2 id=\"findings-title\">Findings</h2>\n",
    );
    if audit.total() == 0 {
        out.push_str("<p>No findings: every checked file is clean.</p>\n</section>\n");
        return Ok(());
    }
    filters(audit, out)?;
    let mut n = 0;
    for file in audit.files.iter().filter(|f| !f.findings.is_empty()) {
        write!(
            out,
            "<section class=\"file\" id=\"file-{id}\" data-path=\"{path}\" \
             aria-labelledby=\"file-{id}-title\">\n<h3 id=\"file-{id}-title\">\
             <span class=\"path\">{path}</span> <span class=\"meta\">{} \u{b7} {}</span></h3>\n",
            count(file.findings.len(), "finding", "findings"),
            count(file.words, "word", "words"),
            id = Id(&file.path),
            path = Text(&file.path),
        )?;
        for finding in &file.findings {
            n += 1;
            article(audit, file, finding, n, out)?;
        }
        out.push_str("</section>\n");
    }
    out.push_str("</section>\n");
    Ok(())
}

/// The filter form: hidden until the script shows it, since without the script it could do
/// nothing. Its counts are the script's to update; the numbers here are the unfiltered ones.
fn filters(audit: &Audit, out: &mut String) -> fmt::Result {
    out.push_str(
        "<form id=\"filters\" class=\"filters\" role=\"search\" aria-label=\"Filter findings\" hidden>\n",
    );
    let severities: Vec<(&str, usize)> = [Severity::Error, Severity::Warning, Severity::Info]
        .into_iter()
        .map(|s| {
            (
                s.as_str(),
                audit.findings().filter(|(_, f)| f.severity == s).count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    checkboxes(out, "severity", "Severity", &severities)?;
    let mut categories = tally(audit.findings().map(|(_, f)| f.category.as_str()));
    categories.sort_by(|a, b| a.0.cmp(b.0));
    checkboxes(out, "category", "Category", &categories)?;
    if audit.baseline {
        let known = audit
            .findings()
            .filter(|(_, f)| f.known == Some(true))
            .count();
        let statuses = [("new", audit.total() - known), ("known", known)];
        checkboxes(out, "status", "Baseline", &statuses)?;
    }
    let mut rules = tally(audit.findings().map(|(_, f)| f.rule.as_str()));
    rules.sort_by(|a, b| a.0.cmp(b.0));
    write!(
        out,
        "<div class=\"field\"><label for=\"filter-rule\">Rule</label>\
         <select id=\"filter-rule\" name=\"rule\"><option value=\"\" data-all>All rules ({})</option>",
        audit.total()
    )?;
    for (rule, n) in rules {
        write!(
            out,
            "<option value=\"{r}\" data-label=\"{r}\">{r} ({n})</option>",
            r = Text(rule)
        )?;
    }
    write!(
        out,
        "</select></div>\n<div class=\"field\"><label for=\"filter-path\">Path contains</label>\
         <input id=\"filter-path\" name=\"path\" type=\"search\" autocomplete=\"off\" \
         spellcheck=\"false\"></div>\n<div class=\"field actions\"><button type=\"reset\">Show all\
         </button></div>\n<p id=\"shown\" role=\"status\" aria-live=\"polite\">Showing {t} of {t} \
         findings</p>\n</form>\n",
        t = group(audit.total())
    )
}

fn checkboxes(out: &mut String, name: &str, legend: &str, values: &[(&str, usize)]) -> fmt::Result {
    write!(out, "<fieldset><legend>{legend}</legend>")?;
    for (value, n) in values {
        write!(
            out,
            "<label><input type=\"checkbox\" name=\"{name}\" value=\"{v}\" checked> {v} \
             <span class=\"n\" data-facet=\"{name}\" data-value=\"{v}\">({n})</span></label>",
            v = Text(value)
        )?;
    }
    out.push_str("</fieldset>\n");
    Ok(())
}

fn article(
    audit: &Audit,
    file: &AuditFile,
    finding: &AuditFinding,
    n: usize,
    out: &mut String,
) -> fmt::Result {
    let status = match finding.known {
        Some(true) => " data-status=\"known\"",
        Some(false) => " data-status=\"new\"",
        None => "",
    };
    let severity = finding.severity.as_str();
    write!(
        out,
        "<article class=\"finding\" id=\"finding-{n}\" data-rule=\"{}\" data-severity=\"{severity}\" \
         data-category=\"{}\" data-path=\"{}\"{status}>\n<h4>",
        Text(&finding.rule),
        Text(&finding.category),
        Text(&file.path),
    )?;
    let place = format!("Line {}, column {}", finding.line, finding.column);
    match &audit.link_base {
        Some(base) => write!(
            out,
            "<a class=\"loc\" href=\"{}\">{place}</a>",
            Text(&href(base, &file.path, finding.line))
        )?,
        None => write!(out, "<span class=\"loc\">{place}</span>")?,
    }
    out.push_str(": ");
    headline(finding, out)?;
    write!(
        out,
        "</h4>\n<p class=\"tags\"><span class=\"badge sev-{severity}\">{severity}</span> "
    )?;
    if audit.rules.iter().any(|r| r.id == finding.rule) {
        write!(
            out,
            "<a class=\"rule\" href=\"#rule-{}\">{}</a>",
            Id(&finding.rule),
            Text(&finding.rule)
        )?;
    } else {
        write!(out, "<span class=\"rule\">{}</span>", Text(&finding.rule))?;
    }
    write!(
        out,
        " <span class=\"category\">{}</span>",
        Text(&finding.category)
    )?;
    match finding.known {
        Some(true) => out.push_str(" <span class=\"badge known\">known</span>"),
        Some(false) => out.push_str(" <span class=\"badge new\">new</span>"),
        None => {}
    }
    write!(
        out,
        "</p>\n<p class=\"message\">{}</p>\n",
        Text(&finding.message)
    )?;
    if !finding.suggestions.is_empty() {
        out.push_str("<p class=\"suggest\">Write ");
        for (i, suggestion) in finding.suggestions.iter().enumerate() {
            if i > 0 {
                out.push_str(" or ");
            }
            write!(out, "<code>{}</code>", Text(suggestion))?;
        }
        out.push_str("</p>\n");
    }
    context(&finding.context, out)?;
    out.push_str("</article>\n");
    Ok(())
}

/// What is wrong: "<code>web hook</code> should be <code>webhook</code>".
fn headline(finding: &AuditFinding, out: &mut String) -> fmt::Result {
    let matched = Text(&finding.matched);
    match finding.suggestions.as_slice() {
        [] if finding.rule == crate::glossary::UNUSED => {
            write!(out, "unused suppression <code>{matched}</code>")
        }
        [] => write!(out, "avoid <code>{matched}</code>"),
        suggestions => {
            write!(out, "<code>{matched}</code> should be ")?;
            for (i, suggestion) in suggestions.iter().enumerate() {
                if i > 0 {
                    out.push_str(" or ");
                }
                write!(out, "<code>{}</code>", Text(suggestion))?;
            }
            Ok(())
        }
    }
}

/// The lines around a finding, numbered, the span in `<mark>`.
fn context(lines: &[ContextLine], out: &mut String) -> fmt::Result {
    out.push_str("<pre class=\"context\"><code>");
    for line in lines {
        let hit = if line.mark.is_some() { " hit" } else { "" };
        write!(
            out,
            "<span class=\"line{hit}\"><span class=\"ln\">{}</span>",
            line.number
        )?;
        if line.clipped_start {
            out.push('\u{2026}');
        }
        match &line.mark {
            Some(mark) => write!(
                out,
                "{}<mark>{}</mark>{}",
                Text(&line.text[..mark.start]),
                Text(&line.text[mark.clone()]),
                Text(&line.text[mark.end..])
            )?,
            None => write!(out, "{}", Text(&line.text))?,
        }
        if line.clipped_end {
            out.push('\u{2026}');
        }
        // Each line is a block: a line break here as well would double the spacing.
        out.push_str("</span>");
    }
    out.push_str("</code></pre>\n");
    Ok(())
}
