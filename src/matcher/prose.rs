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
    /// Where each run of bytes copied in order starts, in `buf` and in the source: a byte's
    /// source offset is its run's plus its distance into the run. Runs rather than one offset
    /// per byte, which cost four times the prose of a file.
    runs: Vec<(usize, usize)>,
    /// Where each chunk starts in `buf`, and its style.
    styles: Vec<(usize, Style)>,
    /// The span of `buf` that holds the first heading, the page's title.
    title: Option<Range<usize>>,
}

impl Prose {
    // Out of line: called once per file, and inlined into the matcher it took about 7% more
    // instructions (callgrind on clerk-docs).
    #[inline(never)]
    pub(super) fn build(text: &str, chunks: &[Chunk]) -> Prose {
        // Sized once: growing the buffer chunk by chunk cost more than copying into it.
        let (count, len) = chunks
            .iter()
            .filter(|c| c.scope == Scope::Prose)
            .fold((0, 0), |(n, len), c| (n + 1, len + c.range.len() + 1));
        let mut prose = Prose {
            buf: String::with_capacity(len),
            runs: Vec::with_capacity(count),
            styles: Vec::with_capacity(count),
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
            // Runs of non-space characters are copied whole; each run of white space becomes
            // one space.
            let part = &text[chunk.range.clone()];
            let bytes = part.as_bytes();
            // Most chunks are ASCII words between single spaces: copied as they are.
            if plain(bytes) && !(bytes.first() == Some(&b' ') && prose.ends_in_space()) {
                prose.push_run(part, chunk.range.start);
                previous_end = Some(chunk.range.end);
                continue;
            }
            let (mut run, mut offset) = (0, 0);
            while offset < bytes.len() {
                let (space, len) = match bytes[offset] {
                    b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => (true, 1),
                    byte if byte.is_ascii() => (false, 1),
                    _ => part[offset..]
                        .chars()
                        .next()
                        .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
                };
                if space {
                    prose.push_run(&part[run..offset], chunk.range.start + run);
                    run = offset + len;
                    if !prose.ends_in_space() {
                        prose.push(' ', chunk.range.start + offset);
                    }
                }
                offset += len;
            }
            prose.push_run(&part[run..], chunk.range.start + run);
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

    /// Whether a space here would follow another, or start the buffer or a block.
    fn ends_in_space(&self) -> bool {
        self.buf.is_empty() || self.buf.ends_with([' ', BLOCK, GAP])
    }

    /// Text copied from `at` in the source, byte for byte.
    fn push_run(&mut self, run: &str, at: usize) {
        if run.is_empty() {
            return;
        }
        self.map_next(at);
        self.buf.push_str(run);
    }

    fn push(&mut self, c: char, at: usize) {
        self.map_next(at);
        self.buf.push(c);
    }

    /// Notes that the next byte of `buf` comes from `at`, starting a run unless it continues
    /// the last one.
    fn map_next(&mut self, at: usize) {
        let len = self.buf.len();
        if let Some(&(start, source)) = self.runs.last()
            && source + (len - start) == at
        {
            return;
        }
        self.runs.push((len, at));
    }

    /// The source offset of byte `at` of the buffer.
    fn source_of(&self, at: usize) -> usize {
        let run = self.runs.partition_point(|&(start, _)| start <= at) - 1;
        let (start, source) = self.runs[run];
        source + (at - start)
    }

    /// The byte range of the original text that `range` of the buffer came from.
    pub(super) fn source_span(&self, range: Range<usize>) -> Range<usize> {
        self.source_of(range.start)..self.source_of(range.end - 1) + 1
    }

    /// Whether source offset `at` was copied into the buffer: prose, not code or markup. Runs
    /// are in source order, as chunks are.
    pub(super) fn covers_source(&self, at: usize) -> bool {
        let Some(run) = self
            .runs
            .partition_point(|&(_, source)| source <= at)
            .checked_sub(1)
        else {
            return false;
        };
        let (start, source) = self.runs[run];
        let end = self.runs.get(run + 1).map_or(self.buf.len(), |next| next.0);
        at - source < end - start
    }

    /// Whether buffer offset `at` is in the first heading of the file: its title.
    pub(super) fn in_title(&self, at: usize) -> bool {
        self.title.as_ref().is_some_and(|title| title.contains(&at))
    }

    /// The span of `buf` of the bold text around buffer offset `at`: the run of bold chunks that
    /// holds it, when it is at most `most` chunks long either way.
    pub(super) fn strong_run(&self, at: usize, most: usize) -> Option<Range<usize>> {
        let i = self
            .styles
            .partition_point(|&(start, _)| start <= at)
            .checked_sub(1)?;
        let strong = |j: usize| self.styles.get(j).is_some_and(|(_, style)| style.strong);
        if !strong(i) {
            return None;
        }
        let first = (i.saturating_sub(most)..=i)
            .rev()
            .take_while(|&j| strong(j))
            .last()?;
        let last = (i..=i + most).take_while(|&j| strong(j)).last()?;
        if first > 0 && strong(first - 1) || strong(last + 1) {
            return None;
        }
        let end = self
            .styles
            .get(last + 1)
            .map_or(self.buf.len(), |&(start, _)| start);
        Some(self.styles[first].0..end)
    }

    /// The style of the chunk that holds buffer offset `at`.
    pub(super) fn style_at(&self, at: usize) -> Style {
        let index = self.styles.partition_point(|&(start, _)| start <= at);
        index
            .checked_sub(1)
            .map_or_else(Style::default, |i| self.styles[i].1)
    }
}

/// ASCII with no white space but single spaces: what the buffer holds of it is the same bytes.
/// Three passes that each compile to vector code are faster than one that branches on every
/// byte, and most chunks pass all three.
fn plain(bytes: &[u8]) -> bool {
    bytes.is_ascii()
        && bytes.iter().all(|&b| !(0x09..=0x0d).contains(&b))
        && memchr::memmem::find(bytes, b"  ").is_none()
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
    let found = match ascii(stops) {
        // An ASCII byte in UTF-8 is always that character, never part of another.
        Some(bytes) => rfind_byte(&buf.as_bytes()[from..at], &bytes).map(|p| (p, 1)),
        None => buf[from..at]
            .rfind(stops)
            .map(|p| (p, buf[from + p..].chars().next().map_or(1, char::len_utf8))),
    };
    found.map_or(from, |(p, len)| from + p + len)
}

/// Where the text that a check reads after `at` ends: at the first of `stops`, or `WINDOW` bytes
/// on.
pub(super) fn forward_to(buf: &str, at: usize, stops: &[char]) -> usize {
    let mut to = (at + WINDOW).min(buf.len());
    while !buf.is_char_boundary(to) {
        to -= 1;
    }
    let found = match ascii(stops) {
        Some(bytes) => find_byte(&buf.as_bytes()[at..to], &bytes),
        None => buf[at..to].find(stops),
    };
    found.map_or(to, |p| at + p)
}

/// The stops as bytes, when there are at most four and all are ASCII (every caller's), so that
/// the search runs on bytes (with `memchr` for up to three) instead of decoding each character:
/// checks around dense findings spend much of their time here. Unused places repeat the last stop.
fn ascii(stops: &[char]) -> Option<[u8; 4]> {
    if stops.is_empty() || stops.len() > 4 || !stops.iter().all(char::is_ascii) {
        return None;
    }
    let mut bytes = [stops[stops.len() - 1] as u8; 4];
    for (b, c) in bytes.iter_mut().zip(stops) {
        *b = *c as u8;
    }
    Some(bytes)
}

fn find_byte(hay: &[u8], [a, b, c, d]: &[u8; 4]) -> Option<usize> {
    if c == d {
        memchr::memchr3(*a, *b, *c, hay)
    } else {
        hay.iter().position(|x| [a, b, c, d].contains(&x))
    }
}

fn rfind_byte(hay: &[u8], [a, b, c, d]: &[u8; 4]) -> Option<usize> {
    if c == d {
        memchr::memrchr3(*a, *b, *c, hay)
    } else {
        hay.iter().rposition(|x| [a, b, c, d].contains(&x))
    }
}

/// Whitespace runs as one space: how the prose buffer spells every term.
pub(super) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`collapse`] in place, without a new string for the forms already collapsed (nearly all).
pub(super) fn collapse_owned(text: String) -> String {
    if is_collapsed(&text) {
        text
    } else {
        collapse(&text)
    }
}

/// Whether `text` is already spelled as [`collapse`] spells it: one pass over the bytes, as every
/// form of the glossary is checked at start-up (a substring search per form cost a tenth of a
/// one-file run).
fn is_collapsed(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    if !text.is_ascii() {
        return !text.contains("  ") && !text.contains(|c: char| c.is_whitespace() && c != ' ');
    }
    let mut after_space = false;
    for &b in bytes {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            // What `char::is_whitespace` takes among ASCII bytes, the space aside.
            b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => return false,
            _ => after_space = false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Collapsing in place gives what collapsing a copy gives, for every kind of spacing.
    #[test]
    fn collapsing_in_place_agrees() {
        for text in [
            "",
            " ",
            "sign in",
            "sign  in",
            " sign in",
            "sign in ",
            "sign\tin",
            "sign\nin",
            "sign\u{a0}in",
            "a  b   c",
            "Ünï  cödé",
            "a\x0bb",
            "a\x0cb",
            "a\rb",
            "a \u{2003}b",
            "é\u{2003}b",
            "a b c",
            "a\x1fb",
        ] {
            assert_eq!(collapse_owned(text.to_string()), collapse(text), "{text:?}");
        }
    }

    /// The byte search finds what the character search finds, for every stop set and place.
    #[test]
    fn byte_and_char_searches_agree() {
        let buf = "A web\u{1f}hook. Ünï (cödé) é!\nSecond line? 🎉 yes.\n\u{1f}end";
        let stop_sets: [&[char]; 7] = [
            &['\n'],
            &[BLOCK, GAP],
            &[BLOCK, GAP, '('],
            &[BLOCK, GAP, ')'],
            &['.', '!', '?', BLOCK],
            &['é', '\n'],
            &[],
        ];
        for stops in stop_sets {
            for (at, _) in buf.char_indices().chain([(buf.len(), ' ')]) {
                let mut from = at.saturating_sub(WINDOW);
                while !buf.is_char_boundary(from) {
                    from += 1;
                }
                let back = buf[from..at].rfind(stops).map_or(from, |p| {
                    from + p + buf[from + p..].chars().next().map_or(1, char::len_utf8)
                });
                assert_eq!(back_to(buf, at, stops), back, "{stops:?} back from {at}");
                let to = (at + WINDOW).min(buf.len());
                let forward = buf[at..to].find(stops).map_or(to, |p| at + p);
                assert_eq!(
                    forward_to(buf, at, stops),
                    forward,
                    "{stops:?} on from {at}"
                );
            }
        }
    }
}
