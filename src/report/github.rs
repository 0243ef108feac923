//! GitHub Actions workflow commands: `::warning file=…,line=…::message`, one per finding, which
//! GitHub shows as annotations on the run and on the pull request's diff.

use std::io::{self, Write};

use super::{Region, Report, headline};
use crate::diagnostic::FileReport;
use crate::glossary::Severity;

#[derive(Debug, Default)]
pub struct Github;

impl Report for Github {
    fn file(&mut self, file: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        {
            let lines = &file.excerpt;
            for finding in &file.findings {
                let command = match finding.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Info => "notice",
                };
                let region = Region::of(lines, finding);
                write!(
                    out,
                    "::{command} file={},line={},",
                    property(&file.path),
                    region.line
                )?;
                // GitHub accepts columns only for an annotation on one line.
                if region.line == region.end_line {
                    write!(out, "col={},", region.column)?;
                }
                write!(out, "endLine={},", region.end_line)?;
                if region.line == region.end_line {
                    write!(out, "endColumn={},", region.end_column)?;
                }
                let title = format!("termlint [{}]", finding.rule);
                writeln!(
                    out,
                    "title={}::{}",
                    property(&title),
                    data(&headline(file, finding))
                )?;
            }
        }
        Ok(())
    }
}

/// The message of a workflow command: `%`, CR and LF escaped.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: as [`data`], plus `:` and `,`, which separate properties.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::{data, property};

    #[test]
    fn escaping() {
        assert_eq!(data("50% a:b,c\r\nd"), "50%25 a:b,c%0D%0Ad");
        assert_eq!(property("50% a:b,c\nd"), "50%25 a%3Ab%2Cc%0Ad");
    }
}
