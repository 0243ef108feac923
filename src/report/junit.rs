//! JUnit XML, for CI systems that read nothing else: one test case per checked file. A file
//! fails when it has a finding at or above the fail level (`--fail-on`); findings below it are
//! listed in the test case's output, and clean files pass.

use std::io::{self, Seek, Write};

use super::{Report, headline};
use crate::diagnostic::FileReport;
use crate::glossary::Severity;

#[derive(Debug)]
pub struct Junit {
    /// The lowest severity that fails a file; `None` when nothing fails.
    fail_level: Option<Severity>,
    /// The test cases written so far.
    cases: Option<io::BufWriter<std::fs::File>>,
    tests: usize,
    failures: usize,
}

impl Junit {
    pub fn new(fail_level: Option<Severity>) -> Junit {
        Junit {
            fail_level,
            cases: None,
            tests: 0,
            failures: 0,
        }
    }

    fn fails(&self, file: &FileReport) -> bool {
        self.fail_level
            .is_some_and(|level| file.findings.iter().any(|f| f.severity >= level))
    }
}

impl Report for Junit {
    fn start(&mut self, _: &mut dyn Write) -> io::Result<()> {
        self.cases = Some(io::BufWriter::new(tempfile::tempfile()?));
        self.tests = 0;
        self.failures = 0;
        Ok(())
    }

    fn file(&mut self, file: &FileReport, _: &mut dyn Write) -> io::Result<()> {
        let fails = self.fails(file);
        self.tests += 1;
        self.failures += usize::from(fails);
        let out = self
            .cases
            .as_mut()
            .ok_or_else(|| io::Error::other("a JUnit report is written from its start"))?;
        let path = escape(&file.path);
        write!(
            out,
            r#"    <testcase classname="termlint" name="{path}" file="{path}""#
        )?;
        if file.findings.is_empty() {
            return writeln!(out, "/>");
        }
        writeln!(out, ">")?;
        let mut listing = String::new();
        for finding in &file.findings {
            let (line, column) = file.excerpt.position(finding.span.start);
            listing.push_str(&format!(
                "{}:{line}:{column}: {}[{}] {}\n",
                file.path,
                finding.severity.as_str(),
                finding.rule,
                headline(file, finding)
            ));
        }
        let count = file.findings.len();
        let noun = if count == 1 { "finding" } else { "findings" };
        if fails {
            writeln!(
                out,
                r#"      <failure type="termlint" message="{count} {noun}">{}</failure>"#,
                escape_text(&listing)
            )?;
        } else {
            writeln!(
                out,
                "      <system-out>{}</system-out>",
                escape_text(&listing)
            )?;
        }
        writeln!(out, "    </testcase>")
    }

    /// The counts open the document, so the test cases wait in a temporary file until they are
    /// known, rather than in memory.
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let (tests, failures) = (self.tests, self.failures);
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            out,
            r#"<testsuites name="termlint" tests="{tests}" failures="{failures}" errors="0">"#
        )?;
        writeln!(
            out,
            r#"  <testsuite name="termlint" tests="{tests}" failures="{failures}" errors="0" skipped="0">"#
        )?;
        if let Some(cases) = self.cases.take() {
            let mut cases = cases.into_inner().map_err(io::IntoInnerError::into_error)?;
            cases.seek(io::SeekFrom::Start(0))?;
            io::copy(&mut cases, out)?;
        }
        writeln!(out, "  </testsuite>")?;
        writeln!(out, "</testsuites>")
    }
}

/// Text for an XML attribute: markup characters as entities, line breaks and tabs as character
/// references (a parser would turn them into spaces otherwise), and the control characters
/// XML 1.0 forbids dropped.
fn escape(text: &str) -> String {
    escape_with(text, true)
}

/// Text for an XML element: as [`escape`], but line breaks, tabs and quotes stay as they are.
fn escape_text(text: &str) -> String {
    escape_with(text, false)
}

fn escape_with(text: &str, attribute: bool) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\t' | '"' | '\'' if !attribute => escaped.push(c),
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\n' => escaped.push_str("&#10;"),
            '\r' => escaped.push_str("&#13;"),
            '\t' => escaped.push_str("&#9;"),
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::{escape, escape_text};

    #[test]
    fn escaping() {
        assert_eq!(
            escape("a<b>&\"c' \u{1}d\n"),
            "a&lt;b&gt;&amp;&quot;c&apos; d&#10;"
        );
        assert_eq!(escape_text("a<b\n\t'c'\r"), "a&lt;b\n\t'c'&#13;");
    }
}
