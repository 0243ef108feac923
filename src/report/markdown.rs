//! A Markdown summary for a pull request comment or a GitHub job summary: a headline, a table
//! of findings by rule, then the first findings with their locations (linked when a link base
//! is given). Text from files is escaped so it renders as written and adds no markup.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::{Region, Report};
use crate::diagnostic::{FileReport, Finding};
use crate::glossary::Severity;

/// Findings listed one by one; the table counts them all.
pub const FIRST: usize = 50;

#[derive(Debug, Default)]
pub struct Markdown {
    link_base: Option<String>,
    files: usize,
    affected: usize,
    total: usize,
    rules: BTreeMap<String, (Severity, usize)>,
    /// The first [`FIRST`] findings, rendered: all of the run that the report holds.
    listed: Vec<String>,
}

impl Markdown {
    pub fn new(link_base: Option<String>) -> Markdown {
        Markdown {
            link_base,
            ..Markdown::default()
        }
    }

    fn item(&self, file: &FileReport, finding: &Finding) -> String {
        let region = Region::of(&file.excerpt, finding);
        let place = format!("{}:{}:{}", file.path, region.line, region.column);
        let place = match &self.link_base {
            Some(base) => format!(
                "[{}](<{}>)",
                escape(&place),
                super::html::href(base, &file.path, region.line).replace('>', "%3E")
            ),
            None => escape(&place),
        };
        let matched: String = file
            .matched(finding)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let what = match finding.suggestions.as_slice() {
            // A caution is about what the words teach; its suggestion is advice, not a swap.
            _ if *finding.category == *crate::glossary::CAUTION => {
                format!("caution at <code>{}</code>", escape(&matched))
            }
            [] if *finding.rule == *crate::glossary::UNUSED => {
                format!("unused suppression <code>{}</code>", escape(&matched))
            }
            [] => format!("avoid <code>{}</code>", escape(&matched)),
            suggestions => format!(
                "<code>{}</code> should be {}",
                escape(&matched),
                suggestions
                    .iter()
                    .map(|s| format!("<code>{}</code>", escape(s)))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
        };
        format!(
            "- {place} **{}** {}: {what}. {}",
            finding.severity.as_str(),
            escape(&finding.rule),
            escape(&finding.message),
        )
    }
}

impl Report for Markdown {
    fn start(&mut self, _: &mut dyn Write) -> io::Result<()> {
        *self = Markdown::new(self.link_base.take());
        Ok(())
    }

    fn file(&mut self, file: &FileReport, _: &mut dyn Write) -> io::Result<()> {
        self.files += 1;
        self.total += file.findings.len();
        self.affected += usize::from(!file.findings.is_empty());
        for finding in &file.findings {
            let entry = self
                .rules
                .entry(finding.rule.to_string())
                .or_insert((finding.severity, 0));
            entry.0 = entry.0.max(finding.severity);
            entry.1 += 1;
            if self.listed.len() < FIRST {
                let item = self.item(file, finding);
                self.listed.push(item);
            }
        }
        Ok(())
    }

    /// The counts come first, so everything is written once the last file is in.
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let (total, files) = (self.total, self.files);
        if total == 0 {
            writeln!(
                out,
                "### termlint: no findings in {}",
                plural(files, "file")
            )?;
            return Ok(());
        }
        writeln!(
            out,
            "### termlint: {} in {} of {}\n",
            plural(total, "finding"),
            self.affected,
            plural(files, "file")
        )?;
        let mut rules: Vec<_> = self.rules.iter().collect();
        rules.sort_by(|a, b| b.1.1.cmp(&a.1.1).then(a.0.cmp(b.0)));
        writeln!(out, "| Rule | Severity | Findings |\n| --- | --- | ---: |")?;
        for (rule, (severity, n)) in rules {
            writeln!(out, "| {} | {} | {n} |", escape(rule), severity.as_str())?;
        }
        writeln!(out)?;
        if total > FIRST {
            writeln!(out, "The first {FIRST} findings:\n")?;
        }
        for item in &self.listed {
            writeln!(out, "{item}")?;
        }
        if total > FIRST {
            let more = total - FIRST;
            let noun = if more == 1 { "finding" } else { "findings" };
            writeln!(out, "\n…and {more} more {noun}.")?;
        }
        Ok(())
    }
}

/// Text that renders as itself: Markdown punctuation is backslash-escaped, HTML's special
/// characters become entities, and line breaks become spaces (a list item or table cell ends
/// at a line break).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' | '\r' | '\t' => out.push(' '),
            // The rest of Markdown's punctuation matters only at the start of a line, and escaped
            // text never starts one.
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '@' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_markup() {
        let cases = [
            ("web hook", "web hook"),
            ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
            ("a | b", "a \\| b"),
            ("`code` *em* _em_", "\\`code\\` \\*em\\* \\_em\\_"),
            ("[link](http://x)", "\\[link\\](http://x)"),
            ("two\nlines", "two lines"),
            ("@mention #1", "\\@mention #1"),
        ];
        for (input, expected) in cases {
            assert_eq!(escape(input), expected, "{input:?}");
        }
    }
}
