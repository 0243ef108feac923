//! Output formats. Each one renders the same findings; line and column are computed here, from
//! the byte spans (over the lines a file's [`Excerpt`] kept), and nowhere else.

mod compact;
mod github;
mod gitlab;
pub mod html;
mod human;
mod json;
mod junit;
mod markdown;
mod rdjson;
mod sarif;
mod statistics;

use std::io::{self, Write};
use std::ops::Range;

pub use compact::Compact;
pub use github::Github;
pub use gitlab::Gitlab;
pub use human::Human;
pub use json::Json;
pub use junit::Junit;
pub use markdown::{FIRST as MARKDOWN_FIRST, Markdown};
pub use rdjson::Rdjson;
pub use sarif::Sarif;
pub use statistics::{Statistics, Tally};

use serde::Serialize;

use crate::diagnostic::{FileReport, Finding};
use crate::excerpt::Excerpt;
use crate::glossary::{Glossary, Severity};

/// The output formats of `termlint check --format`. A new format is a file in this module, a
/// variant here and its line in [`Format::reporter`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Compact,
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions annotations.
    Github,
    /// reviewdog's Diagnostic JSON, with suggested changes.
    Rdjson,
    /// GitLab Code Quality (Code Climate) JSON.
    Gitlab,
    /// JUnit XML, one test case per file.
    Junit,
    /// A Markdown summary for pull requests and job summaries: a table by rule, then the first
    /// findings.
    Markdown,
}

/// What the formats may need besides the findings.
#[derive(Debug)]
pub struct Options<'a> {
    /// Colour in the human format.
    pub color: bool,
    /// The width the human format wraps at.
    pub width: usize,
    /// The rules in use, for formats that list them.
    pub glossary: &'a Glossary,
    /// The directory relative paths start from.
    pub root: Option<std::path::PathBuf>,
    /// The lowest severity that fails the run, for formats that pass or fail (`None`: never).
    pub fail_level: Option<Severity>,
    /// Where locations link to (`link_base/path#Lline`), for formats with links.
    pub link_base: Option<String>,
}

impl Format {
    pub fn reporter<'a>(self, options: Options<'a>) -> Box<dyn Report + 'a> {
        match self {
            Format::Human => Box::new(Human::new(options.color, options.width)),
            Format::Compact => Box::new(Compact),
            Format::Json => Box::new(Json::default()),
            Format::Sarif => match options.root {
                Some(root) => Box::new(Sarif::new(options.glossary).with_root(root)),
                None => Box::new(Sarif::new(options.glossary)),
            },
            Format::Github => Box::new(Github),
            Format::Rdjson => Box::new(Rdjson::default()),
            Format::Gitlab => Box::new(Gitlab::default()),
            Format::Junit => Box::new(Junit::new(options.fail_level)),
            Format::Markdown => Box::new(Markdown::new(options.link_base)),
        }
    }
}

/// A way to print findings, file by file as a run produces them: a report is written as the
/// files are linted and nothing of a finished file is kept, so memory stays flat however many
/// files and findings a run has. Formats that wrap everything in one document write its opening
/// in [`Report::start`] and close it in [`Report::finish`].
pub trait Report {
    /// Writes whatever comes before the first file.
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let _ = out;
        Ok(())
    }

    /// Writes one checked file's findings. Every checked file comes, in path order, clean ones
    /// included (with no findings), for formats that list files.
    fn file(&mut self, file: &FileReport, out: &mut dyn Write) -> io::Result<()>;

    /// Writes whatever comes after the last file.
    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let _ = out;
        Ok(())
    }

    /// Writes the whole report of `files`, every checked file in path order.
    fn report(&mut self, files: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
        self.start(out)?;
        for file in files {
            self.file(file, out)?;
        }
        self.finish(out)
    }
}

/// The one-line text of a finding for formats without room for more: what to write, then why.
/// "`web hook` should be `webhook`. Clerk writes 'webhook' as one word."
pub fn headline(file: &FileReport, finding: &Finding) -> String {
    let what = file.diagnostic(finding).to_string();
    let mut chars = what.chars();
    let what: String = chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    format!("{what}. {}", finding.message)
}

/// A JSON array written one element at a time, byte for byte as serde_json's pretty printer
/// writes the whole array `depth` levels deep, so that no format holds a run's findings in
/// memory to print them.
#[derive(Debug, Default)]
pub(crate) struct JsonArray {
    depth: usize,
    len: usize,
}

impl JsonArray {
    pub(crate) fn new(depth: usize) -> JsonArray {
        JsonArray { depth, len: 0 }
    }

    pub(crate) fn push<T: Serialize>(&mut self, value: &T, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if self.len == 0 { b"[\n" } else { b",\n" })?;
        let indent = "  ".repeat(self.depth + 1);
        out.write_all(indent.as_bytes())?;
        let mut indented = Indented {
            out,
            indent: indent.as_bytes(),
        };
        serde_json::to_writer_pretty(&mut indented, value)?;
        self.len += 1;
        Ok(())
    }

    /// Closes the array (`[]` when nothing was pushed) and makes it ready for a new one.
    pub(crate) fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if std::mem::take(&mut self.len) == 0 {
            out.write_all(b"[]")
        } else {
            write!(out, "\n{}]", "  ".repeat(self.depth))
        }
    }
}

/// Indents every line after the first: the pretty printer never writes a line break inside a
/// string, so every one it writes starts a line of the nested value.
struct Indented<'a> {
    out: &'a mut dyn Write,
    indent: &'a [u8],
}

impl Write for Indented<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(i) = memchr::memchr(b'\n', rest) {
            self.out.write_all(&rest[..=i])?;
            self.out.write_all(self.indent)?;
            rest = &rest[i + 1..];
        }
        self.out.write_all(rest)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// A pretty JSON document whose last array is written element by element: the document
/// serialized with that array empty, cut where the array goes.
pub(crate) fn around_last_array<T: Serialize>(document: &T) -> (String, String) {
    let mut text = serde_json::to_string_pretty(document).expect("a report serializes");
    let at = text
        .rfind("[]")
        .expect("the document ends with an empty array");
    let after = text.split_off(at + 2);
    text.truncate(at);
    (text, after)
}

/// The 1-based start and exclusive end of a finding, lines and columns in scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl Region {
    pub fn of(lines: &Excerpt, finding: &Finding) -> Region {
        Region::of_span(lines, finding.span.clone())
    }

    pub fn of_span(lines: &Excerpt, span: Range<usize>) -> Region {
        let (line, column) = lines.position(span.start);
        let (end_line, end_column) = lines.position(span.end);
        Region {
            line,
            column,
            end_line,
            end_column,
        }
    }
}
