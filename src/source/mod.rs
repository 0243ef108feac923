//! Extractors: they find the prose in a file and hand back byte ranges into the original text.
//!
//! Nothing here copies or re-finds text, so every position reported later is exact.

mod attributes;
pub mod comments;
mod front_matter;
pub mod generated;
pub mod language;
pub mod lines;
mod markdown;
mod mdx;
mod mdx_indent;
mod plain;

use std::ops::Range;
use std::path::Path;

pub use attributes::DEFAULT_JSX_ATTRIBUTES;
pub use comments::Language;

/// A run of prose: a byte range of the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    pub range: Range<usize>,
    /// True when this chunk starts a new block (paragraph, heading, list item, table cell…), so
    /// no term may span from the previous chunk into this one.
    pub block_start: bool,
    /// True when this chunk continues the previous one on the next line, whatever syntax lies
    /// between them (a comment's `//` or ` * `): a term may wrap across that gap. Without it, only
    /// whitespace and `>` markers between two chunks of one block count as a line break.
    pub soft_break: bool,
    pub scope: Scope,
    pub style: Style,
}

/// Where a chunk sits, for rules that do not apply everywhere (capitalization in headings, UI
/// labels in bold).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Style {
    pub heading: bool,
    pub strong: bool,
    pub blockquote: bool,
    pub link: bool,
}

/// What a chunk of text is. Prose rules read only [`Scope::Prose`]; rules about code names (such
/// as webhook event names) read the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    Prose,
    /// The content of a Markdown code span, without its backticks.
    InlineCode,
    /// The content of a string literal in source code, without its quotes.
    String,
    /// The value of a front-matter `title` or `description`.
    FrontMatter,
}

/// What kind of text a file holds, which decides the extractor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Markdown,
    Mdx,
    /// Source code: its comments are prose, its string literals are strings.
    Code(&'static Language),
}

impl FileKind {
    /// The kind for a path, by file name or extension; `None` for files termlint does not lint.
    pub fn from_path(path: &Path) -> Option<FileKind> {
        // A name that is not UTF-8 is still linted by its extension.
        let name = path.file_name()?.to_string_lossy();
        if let Some(language) = comments::by_file_name(&name) {
            return Some(FileKind::Code(language));
        }
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" | "mdown" | "mkd" => Some(FileKind::Markdown),
            "mdx" => Some(FileKind::Mdx),
            _ => comments::by_extension(&ext).map(FileKind::Code),
        }
    }

    /// The kind of a script by its first line (`#!/usr/bin/env python3`), for files without an
    /// extension.
    pub fn from_shebang(first_line: &str) -> Option<FileKind> {
        comments::by_shebang(first_line).map(FileKind::Code)
    }
}

/// What an extractor reads beyond the fixed syntax of each kind of file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The attributes of MDX tags whose string values are prose (`title`, `alt`, …).
    pub jsx_attributes: Vec<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            jsx_attributes: DEFAULT_JSX_ATTRIBUTES.map(String::from).to_vec(),
        }
    }
}

/// The text of `text` that rules read (prose, inline code, strings), in order, as ranges into
/// `text`, with the default [`Options`].
pub fn extract(kind: FileKind, text: &str) -> Vec<Chunk> {
    extract_with(kind, text, &Options::default())
}

/// [`extract`] with the given options.
pub fn extract_with(kind: FileKind, text: &str, options: &Options) -> Vec<Chunk> {
    extract_all(kind, text, options).chunks
}

/// What the extractors find in one file.
#[derive(Debug)]
pub struct Extracted {
    pub chunks: Vec<Chunk>,
    /// In source code, the ranges that are not code (comments, string and regex literals), in
    /// order, as [`comments::not_code`] gives them: found in the same pass as the chunks.
    pub not_code: Option<Vec<Range<usize>>>,
}

/// [`extract_with`], and for source code where its code is.
pub fn extract_all(kind: FileKind, text: &str, options: &Options) -> Extracted {
    match kind {
        FileKind::Markdown => Extracted {
            chunks: markdown::extract(text),
            not_code: None,
        },
        FileKind::Mdx => Extracted {
            chunks: markdown::extract_mdx(text, &options.jsx_attributes),
            not_code: None,
        },
        FileKind::Code(language) => {
            let (chunks, not_code) = comments::extract_and_code(language, text);
            Extracted {
                chunks,
                not_code: Some(not_code),
            }
        }
    }
}

/// The 1-based line and column (in Unicode scalar values) of byte `offset` in `text`, for
/// messages about a place in a config or glossary file.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let starts = lines::line_starts(text);
    let line = starts.partition_point(|&start| start <= offset) - 1;
    let column = text[starts[line]..offset].chars().count() + 1;
    (line + 1, column)
}

/// A lookup table of `bytes`, for scans that skip every other byte.
pub(crate) const fn byte_table(bytes: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
}
