//! Output formats. Each one renders the same findings; line and column are computed here, from
//! the byte spans, and nowhere else.

mod compact;
mod human;
mod json;

use std::io::{self, Write};

pub use compact::Compact;
pub use human::Human;
pub use json::Json;

use crate::diagnostic::FileReport;

/// A way to print findings.
pub trait Report {
    /// Writes the findings of `files` (already in path order) to `out`.
    fn report(&self, files: &[FileReport], out: &mut dyn Write) -> io::Result<()>;
}

/// 1-based line and column of byte offsets in one text; the column counts Unicode scalar values.
#[derive(Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, line_starts }
    }

    /// `(line, column)` of `offset`, both 1-based.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let column = self.text[start..offset].chars().count() + 1;
        (line + 1, column)
    }
}
