//! The appendix: each rule that fired, as `termlint explain` documents it. Findings link here.

use std::fmt::{self, Write};

use super::escape::{Id, Text};
use super::{Audit, RuleDoc};

pub(super) fn appendix(audit: &Audit, out: &mut String) -> fmt::Result {
    out.push_str(
        "<section id=\"rules\" aria-labelledby=\"rules-title\">\n\
         <h2 id=\"rules-title\">Rules that fired</h2>\n",
    );
    if audit.rules.is_empty() {
        out.push_str("<p>None.</p>\n");
    }
    for rule in &audit.rules {
        let fired = audit.findings().filter(|(_, f)| f.rule == rule.id).count();
        entry(rule, fired, out)?;
    }
    out.push_str("</section>\n");
    Ok(())
}

fn entry(rule: &RuleDoc, fired: usize, out: &mut String) -> fmt::Result {
    write!(
        out,
        "<article class=\"rule-doc\" id=\"rule-{}\" aria-labelledby=\"rule-{}-title\">\n\
         <h3 id=\"rule-{}-title\">{}</h3>\n<p class=\"tags\"><span class=\"badge sev-{sev}\">{sev}\
         </span> <span class=\"category\">{}</span> <span class=\"kind\">{} rule</span> \
         <span class=\"fired\">{fired} {}</span></p>\n<dl>",
        Id(&rule.id),
        Id(&rule.id),
        Id(&rule.id),
        Text(&rule.id),
        Text(&rule.category),
        Text(&rule.kind),
        if fired == 1 { "finding" } else { "findings" },
        sev = rule.severity.as_str(),
    )?;
    if let Some(definition) = &rule.definition {
        write!(out, "<dt>Definition</dt><dd>{}</dd>", Text(definition))?;
    }
    write!(out, "<dt>Why</dt><dd>{}</dd>", Text(&rule.why))?;
    let label = if rule.kind == "term" {
        "Preferred"
    } else {
        "Forms"
    };
    forms(out, label, &rule.preferred)?;
    forms(out, "Avoided", &rule.avoid)?;
    if !rule.context.is_empty() {
        out.push_str("<dt>Applies</dt>");
        for line in &rule.context {
            write!(out, "<dd>{}</dd>", Text(line))?;
        }
    }
    out.push_str("</dl>\n");
    if !rule.examples.is_empty() {
        out.push_str("<ul class=\"examples\">");
        for (bad, good) in &rule.examples {
            out.push_str("<li>");
            if let Some(bad) = bad {
                write!(
                    out,
                    "<span class=\"bad\">Avoid:</span> <q>{}</q>",
                    Text(bad)
                )?;
            }
            if let Some(good) = good {
                if bad.is_some() {
                    out.push(' ');
                }
                write!(
                    out,
                    "<span class=\"good\">Write:</span> <q>{}</q>",
                    Text(good)
                )?;
            }
            out.push_str("</li>");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</article>\n");
    Ok(())
}

fn forms(out: &mut String, label: &str, forms: &[String]) -> fmt::Result {
    if forms.is_empty() {
        return Ok(());
    }
    write!(out, "<dt>{label}</dt><dd>")?;
    for (i, form) in forms.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write!(out, "<code>{}</code>", Text(form))?;
    }
    out.push_str("</dd>");
    Ok(())
}
