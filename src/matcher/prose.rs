//! The prose of a file as one string to run the automaton over, with the source offset of every
//! byte, so each match maps back to the exact original bytes.

use std::ops::Range;

use crate::source::{Chunk, Scope, Style};

/// Marks the end of a block in the prose buffer: nothing matches across it.
pub(super) const BLOCK: char = '\n';
/// Marks markup or code between two runs of prose in one block: no term spans it.
pub(super) const GAP: char = '\u{1f}';

pub(super) struct Prose {
    /// The prose chunks, with whitespace runs collapsed to one space.
    pub(super) buf: String,
    map: Vec<u32>,
    /// Where each chunk starts in `buf`, and its style.
    styles: Vec<(usize, Style)>,
    /// The span of `buf` that holds the first heading, the page's title.
    title: Option<Range<usize>>,
}

impl Prose {
    pub(super) fn build(text: &str, chunks: &[Chunk]) -> Prose {
        let mut prose = Prose {
            buf: String::new(),
            map: Vec::new(),
            styles: Vec::new(),
            title: None,
        };
        let mut previous_end: Option<usize> = None;
        for chunk in chunks.iter().filter(|c| c.scope == Scope::Prose) {
            if let Some(end) = previous_end {
                let gap = &text[end..chunk.range.start.max(end)];
                if chunk.block_start {
                    prose.push(BLOCK, end);
                } else if chunk.soft_break {
                    prose.push(' ', end);
                } else if gap == "\\"
                    && text[chunk.range.clone()].starts_with(|c: char| c.is_ascii_punctuation())
                {
                    // A Markdown escape (`oauth\_provider`): the escaped character goes on the
                    // word before it, as the reader sees it.
                } else if !gap.is_empty() {
                    // A soft line break, with the indentation or `>` markers of its block.
                    let soft = gap.bytes().filter(|&b| b == b'\n').count() <= 1
                        && gap.chars().all(|c| c.is_whitespace() || c == '>');
                    prose.push(if soft { ' ' } else { GAP }, end);
                }
            }
            prose.styles.push((prose.buf.len(), chunk.style));
            for (offset, c) in text[chunk.range.clone()].char_indices() {
                let at = chunk.range.start + offset;
                if c.is_whitespace() {
                    if prose.buf.is_empty() || !prose.buf.ends_with([' ', BLOCK, GAP]) {
                        prose.push(' ', at);
                    }
                } else {
                    prose.push(c, at);
                }
            }
            previous_end = Some(chunk.range.end);
        }
        prose.title = prose
            .styles
            .iter()
            .find(|(_, style)| style.heading)
            .map(|&(start, _)| {
                start
                    ..prose.buf[start..]
                        .find(BLOCK)
                        .map_or(prose.buf.len(), |p| start + p)
            });
        prose
    }

    fn push(&mut self, c: char, at: usize) {
        let at = u32::try_from(at).unwrap_or(u32::MAX);
        let len = c.len_utf8() as u32;
        self.buf.push(c);
        self.map.extend((0..len).map(|i| at + i));
    }

    /// The byte range of the original text that `range` of the buffer came from.
    pub(super) fn source_span(&self, range: Range<usize>) -> Range<usize> {
        self.map[range.start] as usize..self.map[range.end - 1] as usize + 1
    }

    /// Whether buffer offset `at` is in the first heading of the file: its title.
    pub(super) fn in_title(&self, at: usize) -> bool {
        self.title.as_ref().is_some_and(|title| title.contains(&at))
    }

    /// The style of the chunk that holds buffer offset `at`.
    pub(super) fn style_at(&self, at: usize) -> Style {
        let index = self.styles.partition_point(|&(start, _)| start <= at);
        index
            .checked_sub(1)
            .map_or_else(Style::default, |i| self.styles[i].1)
    }
}

/// How far a check around a match reads, at most, in each direction. A label, a quotation, a
/// title or a sentence is far shorter; the bound keeps every check linear in the size of a
/// file, however long its paragraphs.
const WINDOW: usize = 512;

/// Where the text that a check reads before `at` starts: just after the last of `stops`, or
/// `WINDOW` bytes back.
pub(super) fn back_to(buf: &str, at: usize, stops: &[char]) -> usize {
    let mut from = at.saturating_sub(WINDOW);
    while !buf.is_char_boundary(from) {
        from += 1;
    }
    buf[from..at].rfind(stops).map_or(from, |p| {
        from + p + buf[from + p..].chars().next().map_or(1, char::len_utf8)
    })
}

/// Where the text that a check reads after `at` ends: at the first of `stops`, or `WINDOW` bytes
/// on.
pub(super) fn forward_to(buf: &str, at: usize, stops: &[char]) -> usize {
    let mut to = (at + WINDOW).min(buf.len());
    while !buf.is_char_boundary(to) {
        to -= 1;
    }
    buf[at..to].find(stops).map_or(to, |p| at + p)
}
