//! A comment's text read as Markdown, with exact spans.
//!
//! The comment's lines, with markers, decorations and common indentation stripped, are joined
//! into a new string with the original offsets of its runs of bytes (a small source map). What is
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
        for (k, range) in map.pieces(chunk.range.clone()).enumerate() {
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

/// The lines joined with `\n`, and where each byte comes from.
fn join(text: &str, lines: &[Line]) -> (String, Map) {
    // Each line and the one or two line breaks before it.
    let len = lines.iter().map(|l| l.range.len() + 2).sum();
    let mut buf = String::with_capacity(len);
    let mut map = Map::default();
    for (k, line) in lines.iter().enumerate() {
        if k > 0 {
            // A blank line before an entry: Markdown then starts a paragraph.
            for _ in 0..1 + usize::from(line.entry) {
                buf.push('\n');
                map.push(lines[k - 1].range.end, 1);
            }
        }
        if let Some(part) = text.get(line.range.clone()) {
            buf.push_str(part);
            map.push(line.range.start, part.len());
        }
    }
    (buf, map)
}

/// `buf` without the `cuts`, its map, and the offsets in the result where something was cut.
fn remove(buf: String, map: Map, cuts: &[Range<usize>]) -> (String, Map, Vec<usize>) {
    if cuts.is_empty() {
        return (buf, map, Vec::new());
    }
    let mut out = String::with_capacity(buf.len());
    let mut out_map = Map::default();
    let mut cut_at = Vec::with_capacity(cuts.len());
    let mut at = 0;
    for cut in cuts {
        let (start, end) = (cut.start.min(buf.len()), cut.end.min(buf.len()));
        if start < at || !buf.is_char_boundary(start) || !buf.is_char_boundary(end) {
            continue;
        }
        out.push_str(&buf[at..start]);
        out_map.extend(&map, at..start);
        // Cut indentation joins nothing.
        if !buf[start..end].trim().is_empty() {
            cut_at.push(out.len());
        }
        at = end;
    }
    out.push_str(&buf[at..]);
    out_map.extend(&map, at..buf.len());
    (out, out_map, cut_at)
}

/// Where the bytes of a joined comment come from in the file: runs of bytes that lie side by
/// side in both, each as its offset in the joined text and in the file. A run per byte cost a
/// word of memory and a step of every lookup for each byte of every comment.
#[derive(Debug, Default)]
struct Map {
    runs: Vec<(usize, usize)>,
    len: usize,
}

impl Map {
    /// Appends `len` bytes that come from the file at `from`, continuing the last run when they
    /// follow it in the file too.
    fn push(&mut self, from: usize, len: usize) {
        if len == 0 {
            return;
        }
        let continues = self
            .runs
            .last()
            .is_some_and(|&(at, start)| start + (self.len - at) == from);
        if !continues {
            self.runs.push((self.len, from));
        }
        self.len += len;
    }

    /// Appends what `other` maps `range` of its text to.
    fn extend(&mut self, other: &Map, range: Range<usize>) {
        for piece in other.pieces(range) {
            self.push(piece.start, piece.len());
        }
    }

    /// The file ranges of `range` of the joined text: one for each run it touches, so it is
    /// split wherever the file's bytes are not side by side.
    fn pieces(&self, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
        let first = self
            .runs
            .partition_point(|&(at, _)| at <= range.start)
            .saturating_sub(1);
        let ends = self.runs[first..]
            .iter()
            .skip(1)
            .map(|&(at, _)| at)
            .chain(std::iter::once(self.len));
        self.runs[first..]
            .iter()
            .zip(ends)
            .take_while(move |&(&(at, _), _)| at < range.end)
            .filter_map(move |(&(at, from), end)| {
                let (start, stop) = (range.start.max(at), range.end.min(end));
                (start < stop).then(|| from + (start - at)..from + (stop - at))
            })
    }
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The file offset of every byte, as the map was before it kept runs.
    fn per_byte(pushes: &[(usize, usize)]) -> Vec<usize> {
        pushes
            .iter()
            .flat_map(|&(from, len)| from..from + len)
            .collect()
    }

    /// The pieces of `range`, split wherever the offsets of two bytes side by side jump.
    fn reference(offsets: &[usize], range: Range<usize>) -> Vec<Range<usize>> {
        let mut pieces: Vec<Range<usize>> = Vec::new();
        for k in range {
            match pieces.last_mut() {
                Some(last)
                    if last.end == offsets[k] && k > 0 && offsets[k - 1] + 1 == offsets[k] =>
                {
                    last.end += 1;
                }
                _ => pieces.push(offsets[k]..offsets[k] + 1),
            }
        }
        pieces
    }

    #[test]
    fn splits_where_the_file_jumps_and_where_a_byte_repeats() {
        let mut map = Map::default();
        // A line, its line break, a second line break from the same place, then a line further on.
        for (from, len) in [(10, 5), (15, 1), (15, 1), (20, 4)] {
            map.push(from, len);
        }
        assert_eq!(map.runs, vec![(0, 10), (6, 15), (7, 20)]);
        assert_eq!(
            map.pieces(2..9).collect::<Vec<_>>(),
            vec![12..16, 15..16, 20..22]
        );
        assert_eq!(map.pieces(8..11).collect::<Vec<_>>(), vec![21..24]);
    }

    proptest! {
        #[test]
        fn agrees_with_a_map_of_every_byte(
            pushes in prop::collection::vec((0usize..40, 0usize..6), 0..12),
            a in 0usize..80,
            b in 0usize..80,
        ) {
            let mut map = Map::default();
            for &(from, len) in &pushes {
                map.push(from, len);
            }
            let offsets = per_byte(&pushes);
            let (start, end) = (a.min(b).min(offsets.len()), a.max(b).min(offsets.len()));
            prop_assert_eq!(map.pieces(start..end).collect::<Vec<_>>(), reference(&offsets, start..end));

            let mut copy = Map::default();
            copy.extend(&map, start..end);
            let expected: Vec<usize> = offsets[start..end].to_vec();
            let copied: Vec<usize> = copy.pieces(0..copy.len).flatten().collect();
            prop_assert_eq!(copied, expected);
        }
    }
}
