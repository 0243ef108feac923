//! What reporting keeps of a file once it is linted: the whole lines around each finding and its
//! fix, with the line number and character count where each kept piece starts. Every format
//! computes lines and columns from these exactly as it would from the whole text, and a run's
//! memory grows with its findings, not with the size of its files.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`, as [`crate::source::lines`] says for every format.
//! Columns count Unicode scalar values; a byte order mark at the start of the file is not
//! counted, as editors do not show it.

use std::ops::Range;

use crate::diagnostic::Finding;
use crate::fingerprint::{self, Context};

/// Bytes between two character-count checkpoints of a piece: a column is counted over at most
/// this many bytes, so a finding on a 50 MB line costs what one on a short line does.
const CHECKPOINT: usize = 4096;

/// Lines kept on each side of a finding: the context a snippet shows.
pub const SNIPPET_LINES: usize = 1;

/// The kept lines of one file.
#[derive(Debug, Clone, Default)]
pub struct Excerpt {
    /// Disjoint runs of whole lines, in file order.
    pieces: Vec<Piece>,
    /// Whether the file starts with a byte order mark.
    bom: bool,
    /// The words around each finding's span in its sentence, for fingerprints, by span.
    contexts: Vec<(Range<usize>, Context)>,
}

/// A run of whole lines of the file.
#[derive(Debug, Clone)]
struct Piece {
    /// Byte offset of its first byte in the file: a line start.
    start: usize,
    /// 0-based line number of its first line.
    line: usize,
    /// Scalar values before `start`, a byte order mark excluded.
    chars: usize,
    text: String,
    /// Offsets in `text` after each `\n`, and 0 first.
    line_starts: Vec<usize>,
    /// Scalar values in `text` before each multiple of [`CHECKPOINT`] bytes.
    checkpoints: Vec<usize>,
    /// `text` with each lone `\r` written as `\n`, when it has one: miette's snippets know only
    /// `\n`, and show this copy (same bytes at the same offsets).
    lf_text: Option<String>,
}

impl Excerpt {
    /// Keeps, of `text`, the lines that rendering `findings` reads: the lines of each finding's
    /// span and fix, one line before and one after (the context a snippet shows).
    pub fn capture(text: &str, findings: &[Finding]) -> Excerpt {
        Excerpt::capture_with(text, findings, SNIPPET_LINES)
    }

    /// [`Excerpt::capture`], keeping `around` lines (at least one) on each side of a finding.
    pub fn capture_with(text: &str, findings: &[Finding], around: usize) -> Excerpt {
        let around = around.max(SNIPPET_LINES);
        let mut reach: Vec<Range<usize>> = findings.iter().map(reach).collect();
        reach.sort_by_key(|r| r.start);
        let bytes = text.as_bytes();
        let has_cr = memchr::memchr(b'\r', bytes).is_some();
        let mut cursor = Cursor::default();
        let pieces = line_bounds(bytes, &reach, around)
            .into_iter()
            .map(|bounds| cursor.piece(text, bounds, has_cr))
            .collect();
        let mut contexts: Vec<(Range<usize>, Context)> = findings
            .iter()
            .map(|f| (f.span.clone(), fingerprint::context(text, f.span.clone())))
            .collect();
        contexts.sort_by_key(|(span, _)| (span.start, span.end));
        contexts.dedup_by(|a, b| a.0 == b.0);
        Excerpt {
            pieces,
            bom: text.starts_with('\u{feff}'),
            contexts,
        }
    }

    /// The whole of `text`, for reading any offset of it.
    pub fn whole(text: &str) -> Excerpt {
        let mut cursor = Cursor::default();
        Excerpt {
            pieces: vec![cursor.piece(text, 0..text.len(), text.contains('\r'))],
            bom: text.starts_with('\u{feff}'),
            contexts: Vec::new(),
        }
    }

    /// The text of `span`, which must lie in what was kept.
    pub fn text(&self, span: Range<usize>) -> &str {
        let (piece, start) = self.locate(span.start);
        &piece.text[start..start + span.len()]
    }

    /// `(line, column)` of `offset`, both 1-based; the column counts Unicode scalar values.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let (piece, local) = self.locate(offset);
        let line = piece.line_of(local);
        let start = piece.line_starts[line];
        let mut column = piece.chars_between(start, local);
        if self.bom && piece.start + start == 0 && local >= 3 {
            column -= 1;
        }
        (piece.line + line + 1, column + 1)
    }

    /// `(line, column)` of `offset`, both 1-based; the column counts bytes, a byte order mark
    /// included, as in the line's bytes (reviewdog's unit).
    pub fn byte_position(&self, offset: usize) -> (usize, usize) {
        let (piece, local) = self.locate(offset);
        let line = piece.line_of(local);
        (piece.line + line + 1, local - piece.line_starts[line] + 1)
    }

    /// The number of Unicode scalar values before `offset`, a leading byte order mark excluded.
    pub fn char_offset(&self, offset: usize) -> usize {
        let (piece, local) = self.locate(offset);
        let bom = usize::from(self.bom && piece.start == 0 && local >= 3);
        piece.chars + piece.chars_between(0, local) - bom
    }

    /// The whole lines that `span` touches, without the final line break.
    pub fn lines_of(&self, span: Range<usize>) -> Range<usize> {
        let (piece, local) = self.locate(span.start);
        let first = piece.line_of(local);
        let last = piece.line_of(span.end - piece.start);
        let mut end = piece
            .line_starts
            .get(last + 1)
            .map_or(piece.text.len(), |&next| next - 1);
        // `next - 1` is the break: the `\n` of `\r\n` (whose `\r` goes too) or a lone `\r`.
        if piece.text.as_bytes().get(end) == Some(&b'\n') && piece.text[..end].ends_with('\r') {
            end -= 1;
        }
        let start = match piece.line_starts[first] {
            0 if piece.start == 0 && self.bom => 3,
            start => start,
        };
        (piece.start + start).min(span.start)..(piece.start + end).max(span.end)
    }

    /// The byte range of 1-based line `number`, without its line break (and a `\r` before it)
    /// or a leading byte order mark; `None` past the end of the file. The line must lie within
    /// the lines kept around a finding.
    pub fn line(&self, number: usize) -> Option<Range<usize>> {
        let i = self
            .pieces
            .partition_point(|p| p.line < number)
            .saturating_sub(1);
        let piece = self.pieces.get(i)?;
        let index = number.checked_sub(piece.line + 1)?;
        let start = *piece.line_starts.get(index)?;
        let end = match piece.line_starts.get(index + 1) {
            Some(&next) => next - 1,
            None if start == piece.text.len() => start,
            None => piece.text.len(),
        };
        let crlf = piece.text.as_bytes().get(end) == Some(&b'\n');
        let end = if crlf && piece.text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        let start = if piece.start + start == 0 && self.bom {
            3
        } else {
            start
        };
        Some(piece.start + start..piece.start + end.max(start))
    }

    /// The words around `span` in its sentence, when a finding had that span.
    pub fn context(&self, span: Range<usize>) -> Option<&Context> {
        let i = self
            .contexts
            .binary_search_by_key(&(span.start, span.end), |(s, _)| (s.start, s.end))
            .ok()?;
        Some(&self.contexts[i].1)
    }

    /// The kept text around `span` from the line before its first to the line after its last,
    /// line breaks included: `(text, its offset in the file, its first line as miette counts)`.
    /// A snippet renders from this instead of from the start of the file.
    pub fn around(&self, span: Range<usize>) -> (&str, usize, usize) {
        let (piece, local) = self.locate(span.start);
        let first = piece.line_of(local);
        let last = piece.line_of(span.end.saturating_sub(piece.start).max(local));
        let from = piece.line_starts[first.saturating_sub(1)];
        let to = piece
            .line_starts
            .get(last + 2)
            .copied()
            .unwrap_or(piece.text.len());
        let line = piece.line + first.saturating_sub(1);
        let text = piece.lf_text.as_deref().unwrap_or(&piece.text);
        (&text[from..to], piece.start + from, line)
    }

    /// The piece holding `offset`, and the offset in it.
    fn locate(&self, offset: usize) -> (&Piece, usize) {
        let i = self
            .pieces
            .partition_point(|p| p.start <= offset)
            .saturating_sub(1);
        let piece = &self.pieces[i];
        debug_assert!(
            offset <= piece.start + piece.text.len(),
            "offset {offset} not kept"
        );
        (piece, offset - piece.start)
    }
}

impl Piece {
    /// The index in `line_starts` of the line holding `local`.
    fn line_of(&self, local: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= local) - 1
    }

    /// Scalar values in `text[a..b]`.
    fn chars_between(&self, a: usize, b: usize) -> usize {
        self.chars_before(b) - self.chars_before(a)
    }

    fn chars_before(&self, local: usize) -> usize {
        let block = local / CHECKPOINT;
        self.checkpoints[block] + count_chars(&self.text.as_bytes()[block * CHECKPOINT..local])
    }
}

/// Walks a file once, counting lines and characters up to each piece it cuts.
#[derive(Debug, Default)]
struct Cursor {
    at: usize,
    line: usize,
    chars: usize,
}

impl Cursor {
    fn piece(&mut self, text: &str, bounds: Range<usize>, has_cr: bool) -> Piece {
        let bytes = text.as_bytes();
        let skipped = &bytes[self.at..bounds.start];
        let newlines = count_byte(b'\n', skipped);
        self.line += if has_cr {
            line_breaks(skipped)
        } else {
            newlines
        };
        self.chars += count_chars(skipped);
        self.at = bounds.start;
        let bom = usize::from(bounds.start >= 3 && text.starts_with('\u{feff}'));
        let kept = &text[bounds.clone()];
        let line_starts: Vec<usize> = if has_cr {
            crate::source::lines::line_starts(kept)
        } else {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', kept.as_bytes()).map(|i| i + 1))
                .collect()
        };
        let checkpoints = std::iter::once(0)
            .chain(kept.as_bytes().chunks(CHECKPOINT).scan(0, |sum, chunk| {
                *sum += count_chars(chunk);
                Some(*sum)
            }))
            .collect();
        let lf_text = match has_cr.then(|| crate::source::lines::with_lf_breaks(kept)) {
            Some(std::borrow::Cow::Owned(text)) => Some(text),
            _ => None,
        };
        let piece = Piece {
            start: bounds.start,
            line: self.line,
            chars: self.chars - bom,
            text: kept.to_string(),
            line_starts,
            checkpoints,
            lf_text,
        };
        // The piece's own bytes are counted on the way to the next one.
        piece
    }
}

/// The byte range that rendering a finding reads: its span and its fix's edits.
fn reach(finding: &Finding) -> Range<usize> {
    let edits = finding.fix.iter().flat_map(|fix| &fix.edits);
    let start = edits
        .clone()
        .map(|e| e.range.start)
        .fold(finding.span.start, usize::min);
    let end = edits
        .map(|e| e.range.end)
        .fold(finding.span.end, usize::max);
    start..end
}

/// Whole-line bounds around each range (sorted by start), from `around` lines before its first
/// line to `around` lines after its last, merged where they meet. Each byte is searched a
/// bounded number of times, however many ranges share a line.
fn line_bounds(bytes: &[u8], ranges: &[Range<usize>], around: usize) -> Vec<Range<usize>> {
    let len = bytes.len();
    let mut bounds: Vec<Range<usize>> = Vec::new();
    // The end of the last line of the farthest range so far: a range ending before it is
    // covered, with its lines after, by the last bound.
    let mut tail = 0;
    for range in ranges {
        let lo = range.start.min(len);
        let hi = range.end.min(len).max(lo);
        let floor = bounds.last().map_or(0, |b| b.end);
        let start = match bounds.last() {
            Some(_) if lo < floor => None,
            previous => context_start(bytes, floor, lo, around, previous.is_some()),
        };
        match start {
            Some(start) => bounds.push(start..start),
            None if hi < tail => continue,
            None => {}
        }
        let bound = bounds.last_mut().expect("a bound to extend");
        tail = line_end(bytes, hi);
        let mut end = tail;
        for _ in 0..around {
            if end >= len {
                break;
            }
            end = line_end(bytes, end);
        }
        bound.end = bound.end.max(end);
    }
    bounds
}

/// The start of the line `around` lines before `lo`'s, or `None` when that reaches back to a
/// previous bound ending at `floor` (the two then merge).
fn context_start(
    bytes: &[u8],
    floor: usize,
    lo: usize,
    around: usize,
    after_bound: bool,
) -> Option<usize> {
    let mut start = line_start(bytes, floor, lo);
    for _ in 0..around {
        if after_bound && start == floor {
            return None;
        }
        if start == 0 {
            break;
        }
        start = line_start(bytes, floor, start - 1);
    }
    Some(start)
}

/// The start of the line holding `at`, not before `floor`.
fn line_start(bytes: &[u8], floor: usize, at: usize) -> usize {
    memchr::memrchr(b'\n', &bytes[floor..at]).map_or(floor, |i| floor + i + 1)
}

/// The end of the line holding `at`, after its `\n`; the end of the text on the last line.
fn line_end(bytes: &[u8], at: usize) -> usize {
    memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i + 1)
}

/// Line breaks as miette counts them: `\n`, `\r\n` and a lone `\r`.
fn line_breaks(bytes: &[u8]) -> usize {
    let crlf = memchr::memmem::find_iter(bytes, b"\r\n").count();
    count_byte(b'\n', bytes) + count_byte(b'\r', bytes) - crlf
}

/// Scalar values in UTF-8 bytes that start and end on character boundaries: every byte that
/// does not continue a character.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

fn count_byte(needle: u8, bytes: &[u8]) -> usize {
    memchr::memchr_iter(needle, bytes).count()
}

#[cfg(test)]
mod tests;
