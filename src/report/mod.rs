//! Output formats. Each one renders the same findings; line and column are computed here, from
//! the byte spans, and nowhere else.

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

use std::cell::OnceCell;
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
pub use statistics::Statistics;

use crate::diagnostic::{FileReport, Finding};
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
            Format::Json => Box::new(Json),
            Format::Sarif => match options.root {
                Some(root) => Box::new(Sarif::new(options.glossary).with_root(root)),
                None => Box::new(Sarif::new(options.glossary)),
            },
            Format::Github => Box::new(Github),
            Format::Rdjson => Box::new(Rdjson),
            Format::Gitlab => Box::new(Gitlab),
            Format::Junit => Box::new(Junit::new(options.fail_level)),
            Format::Markdown => Box::new(Markdown::new(options.link_base)),
        }
    }
}

/// A way to print findings.
pub trait Report {
    /// Writes the findings of `files` to `out`. `files` holds every file that was checked, in
    /// path order, clean ones included (with no findings), for formats that list files.
    fn report(&self, files: &[FileReport], out: &mut dyn Write) -> io::Result<()>;
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

/// Line and column of byte offsets in one text.
///
/// Lines end at `\n` (so `\r\n` too). Columns count Unicode scalar values; a byte order mark at
/// the start of the text is not counted, as editors do not show it.
#[derive(Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of each line's first byte.
    line_starts: Vec<usize>,
    /// Byte length of a leading byte order mark (0 or 3).
    bom: usize,
    /// Scalar values before each line start, BOM excluded; computed when first needed.
    line_chars: OnceCell<Vec<usize>>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        LineIndex {
            text,
            line_starts,
            bom,
            line_chars: OnceCell::new(),
        }
    }

    /// `(line, column)` of `offset`, both 1-based; the column counts Unicode scalar values.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let (line, start) = self.line_of(offset);
        let column = self.text[start..offset].chars().count() + 1;
        (line + 1, column)
    }

    /// `(line, column)` of `offset`, both 1-based; the column counts bytes, a byte order mark
    /// included, as in the line's bytes (reviewdog's unit).
    pub fn byte_position(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        (line + 1, offset - self.line_starts[line] + 1)
    }

    /// The number of Unicode scalar values before `offset`, a leading byte order mark excluded.
    pub fn char_offset(&self, offset: usize) -> usize {
        let line_chars = self.line_chars.get_or_init(|| {
            let mut count = 0;
            let mut previous = self.bom;
            let mut counts = Vec::with_capacity(self.line_starts.len());
            for &start in &self.line_starts {
                count += self.text[previous.min(start)..start].chars().count();
                counts.push(count);
                previous = start.max(self.bom);
            }
            counts
        });
        let (line, start) = self.line_of(offset);
        line_chars[line] + self.text[start..offset].chars().count()
    }

    /// The whole lines that `span` touches, without the final line break.
    pub fn lines_of(&self, span: Range<usize>) -> Range<usize> {
        let first = self
            .line_starts
            .partition_point(|&start| start <= span.start)
            - 1;
        let last = self.line_starts.partition_point(|&start| start <= span.end) - 1;
        let end = self
            .line_starts
            .get(last + 1)
            .map_or(self.text.len(), |&next| next - 1);
        let end = if self.text[..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        let start = if first == 0 {
            self.bom
        } else {
            self.line_starts[first]
        };
        start.min(span.start)..end.max(span.end)
    }

    /// The 0-based line of `offset` and the byte where its counting starts (after any BOM).
    fn line_of(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = if line == 0 {
            self.bom.min(offset)
        } else {
            self.line_starts[line]
        };
        (line, start)
    }
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
    pub fn of(lines: &LineIndex<'_>, finding: &Finding) -> Region {
        Region::of_span(lines, finding.span.clone())
    }

    pub fn of_span(lines: &LineIndex<'_>, span: Range<usize>) -> Region {
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
