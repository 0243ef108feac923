//! A comment's text read as Markdown, with exact spans.
//!
//! The comment's lines, with markers, decorations and common indentation stripped, are joined
//! into a new string with the original offset of each of its bytes (a small source map). What is
//! not prose though not Markdown code (doc tags, `@example`, XML tags) is cut out of it, the
//! Markdown extractor reads the result, and each chunk is mapped back, split wherever the map
//! jumps. A Markdown text chunk never spans a line break, so it never spans a stripped prefix.

use std::ops::Range;

use super::{docstring, tags};
use crate::source::markdown;
use crate::source::{Chunk, Scope};

/// How a comment's lines are read.
#[derive(Debug, Clone, Copy)]
pub(super) struct Style {
    /// A Python docstring: reStructuredText-style sections, doctests, flat indentation.
    pub(super) python: bool,
    /// The first line follows the opening marker (`/* text`), so it is not indented like the rest.
    pub(super) first_apart: bool,
}

/// One line of a comment: its text in the file, and how much deeper it is indented than the
/// comment's common indentation.
#[derive(Debug, Clone)]
pub(super) struct Line {
    pub(super) range: Range<usize>,
    pub(super) indent: usize,
    /// The line starts an entry of a field list (`:param name:`, `name (type):`) whose marker
    /// was cut: its text starts a block, never continuing the entry before.
    pub(super) entry: bool,
}

/// Pushes the prose (and inline code) of the comment made of `lines` of `text`.
pub(super) fn push_chunks(text: &str, lines: &[Range<usize>], style: Style, out: &mut Vec<Chunk>) {
    let mut lines = dedent(text, lines, style);
    if style.python {
        docstring::trim(text, &mut lines);
    }
    let (joined, map) = join(text, &lines);
    let cuts = tags::cuts(&joined);
    let (buf, map, cut_at) = remove(joined, map, &cuts);

    let mut first = true;
    let mut previous_end: Option<usize> = None;
    for chunk in markdown::extract_fragment(&buf) {
        let prose = chunk.scope == Scope::Prose;
        let soft = prose
            && !chunk.block_start
            && previous_end.is_some_and(|end| {
                soft_gap(&buf[end..chunk.range.start.max(end)])
                    && !cut_at.iter().any(|&c| end <= c && c <= chunk.range.start)
                    && !new_sentence(&buf[..end], &buf[chunk.range.clone()])
            });
        for (k, range) in pieces(&map, chunk.range.clone()).enumerate() {
            out.push(Chunk {
                range,
                block_start: prose && first || k == 0 && chunk.block_start,
                soft_break: k == 0 && soft,
                scope: chunk.scope,
                style: chunk.style,
            });
            first &= !prose;
        }
        if prose {
            previous_end = Some(chunk.range.end);
        }
    }
}

/// Strips the indentation the lines share (all of it in a docstring, which is not Markdown).
/// Indentation is measured in columns, a tab reaching the next multiple of 4 as in Markdown, so
/// a tab-indented code line under space-indented prose (Go's doc comments) stays code.
fn dedent(text: &str, lines: &[Range<usize>], style: Style) -> Vec<Line> {
    let b = text.as_bytes();
    // The indentation's bytes and columns.
    let indent = |r: &Range<usize>| {
        let mut columns = 0;
        let bytes = b[r.clone()]
            .iter()
            .take_while(|&&c| c == b' ' || c == b'\t')
            .inspect(|&&c| {
                columns = if c == b'\t' {
                    columns / 4 * 4 + 4
                } else {
                    columns + 1
                }
            })
            .count();
        (bytes, columns)
    };
    let apart = |k: usize| style.first_apart && k == 0;
    let common = lines
        .iter()
        .enumerate()
        .filter(|(k, r)| !apart(*k) && indent(r).0 < r.len())
        .map(|(_, r)| indent(r).1)
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let (bytes, columns) = indent(r);
            let blank = bytes == r.len();
            let strip = if apart(k) || style.python || blank {
                bytes
            } else {
                strip_columns(&b[r.clone()], common)
            };
            Line {
                entry: false,
                range: r.start + strip..r.end,
                indent: if apart(k) || blank {
                    0
                } else {
                    columns.saturating_sub(common)
                },
            }
        })
        .collect()
}

/// How many bytes of leading blanks make at most `columns` columns.
fn strip_columns(line: &[u8], columns: usize) -> usize {
    let mut width = 0;
    line.iter()
        .take_while(|&&c| {
            let next = match c {
                b' ' => width + 1,
                b'\t' => width / 4 * 4 + 4,
                _ => return false,
            };
            if next > columns {
                return false;
            }
            width = next;
            true
        })
        .count()
}

/// The lines joined with `\n`, and the original offset of every byte.
fn join(text: &str, lines: &[Line]) -> (String, Vec<usize>) {
    // Each line and the one or two line breaks before it.
    let len = lines.iter().map(|l| l.range.len() + 2).sum();
    let mut buf = String::with_capacity(len);
    let mut map = Vec::with_capacity(len);
    for (k, line) in lines.iter().enumerate() {
        if k > 0 {
            // A blank line before an entry: Markdown then starts a paragraph.
            for _ in 0..1 + usize::from(line.entry) {
                buf.push('\n');
                map.push(lines[k - 1].range.end);
            }
        }
        if let Some(part) = text.get(line.range.clone()) {
            buf.push_str(part);
            map.extend(line.range.clone());
        }
    }
    (buf, map)
}

/// `buf` without the `cuts`, its map, and the offsets in the result where something was cut.
fn remove(buf: String, map: Vec<usize>, cuts: &[Range<usize>]) -> (String, Vec<usize>, Vec<usize>) {
    if cuts.is_empty() {
        return (buf, map, Vec::new());
    }
    let mut out = String::with_capacity(buf.len());
    let mut out_map = Vec::with_capacity(map.len());
    let mut cut_at = Vec::with_capacity(cuts.len());
    let mut at = 0;
    for cut in cuts {
        let (start, end) = (cut.start.min(buf.len()), cut.end.min(buf.len()));
        if start < at || !buf.is_char_boundary(start) || !buf.is_char_boundary(end) {
            continue;
        }
        out.push_str(&buf[at..start]);
        out_map.extend_from_slice(&map[at..start]);
        // Cut indentation joins nothing.
        if !buf[start..end].trim().is_empty() {
            cut_at.push(out.len());
        }
        at = end;
    }
    out.push_str(&buf[at..]);
    out_map.extend_from_slice(&map[at..]);
    (out, out_map, cut_at)
}

/// The original ranges of `range`, split wherever the map jumps.
fn pieces(map: &[usize], range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = range.start;
    (range.start + 1..=range.end).filter_map(move |k| {
        let jump = k == range.end || map[k] != map[k - 1] + 1;
        if !jump || start >= k {
            return None;
        }
        let piece = map[start]..map[k - 1] + 1;
        start = k;
        Some(piece)
    })
}

/// Comments are often a sentence a line, without a full stop: a line that ends in a word, then
/// one that opens with a capitalized word (`// Check if the user may sign in` over `// Attempt to
/// get the profile`), are two sentences, and no term spans them.
fn new_sentence(before: &str, next: &str) -> bool {
    let mut next = next.chars();
    before.ends_with(char::is_alphanumeric)
        && next.next().is_some_and(char::is_uppercase)
        && next.next().is_some_and(char::is_lowercase)
}

/// A line break within one Markdown block: one newline, with only spaces or `>` around it.
fn soft_gap(gap: &str) -> bool {
    gap.bytes().filter(|&b| b == b'\n').count() == 1
        && gap.chars().all(|c| c.is_whitespace() || c == '>')
}
