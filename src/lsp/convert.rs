//! Byte offsets ↔ LSP positions. termlint's spans are bytes into the text; a client counts
//! columns in the encoding negotiated at initialize (UTF-16 code units unless it offered UTF-8),
//! so every conversion goes through the line's text and never guesses.

use std::ops::Range;

use lsp_types::{Position, PositionEncodingKind, TextDocumentContentChangeEvent};

/// The unit of a position's `character`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client offers it (no conversion cost, and exact for every client that
    /// counts bytes), UTF-16 otherwise, which the protocol makes the default.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    fn width(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        }
    }
}

/// Where each line of a text starts, to turn many offsets of one text into positions without
/// rescanning it.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    encoding: Encoding,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str, encoding: Encoding) -> LineIndex<'a> {
        // `\n`, `\r\n` and a lone `\r` each end a line, in the protocol as in every report.
        let starts = crate::source::lines::line_starts(text);
        LineIndex {
            text,
            starts,
            encoding,
        }
    }

    /// The position of byte `offset` (moved back to a character boundary; past the end is the
    /// end).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character = self.text[start..offset]
            .chars()
            .map(|c| self.encoding.width(c))
            .sum::<usize>();
        Position::new(to_u32(line), to_u32(character))
    }

    pub fn range(&self, span: Range<usize>) -> lsp_types::Range {
        lsp_types::Range::new(self.position(span.start), self.position(span.end))
    }

    /// The byte offset of `position`. A column past the end of its line is the line's end and a
    /// line past the end is the end of the text, as the protocol asks; a column inside a
    /// character (half of a surrogate pair) is the start of that character.
    pub fn offset(&self, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return self.text.len();
        };
        let end = self
            .starts
            .get(position.line as usize + 1)
            .map_or(self.text.len(), |&next| next);
        let line = &self.text[start..end];
        let line = line
            .strip_suffix("\r\n")
            .or_else(|| line.strip_suffix(['\n', '\r']))
            .unwrap_or(line);
        let wanted = position.character as usize;
        let mut units = 0;
        for (i, c) in line.char_indices() {
            let next = units + self.encoding.width(c);
            if next > wanted {
                return start + i;
            }
            units = next;
        }
        start + line.len()
    }

    pub fn span(&self, range: lsp_types::Range) -> Range<usize> {
        let start = self.offset(range.start);
        start..self.offset(range.end).max(start)
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Applies one change of `textDocument/didChange`: a range replaced, or the whole text.
pub fn apply_change(text: &mut String, change: TextDocumentContentChangeEvent, encoding: Encoding) {
    match change.range {
        Some(range) => {
            let span = LineIndex::new(text, encoding).span(range);
            text.replace_range(span, &change.text);
        }
        None => *text = change.text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn columns_count_the_negotiated_units() {
        // "é" is 2 bytes and 1 UTF-16 unit; "🎉" is 4 bytes and 2 units.
        let text = "# Café\n\nÜnïcödé 🎉 the web hook\n";
        let at = text.find("web").unwrap();
        let cases = [
            (Encoding::Utf16, Position::new(2, 15)),
            (Encoding::Utf8, Position::new(2, 21)),
        ];
        for (encoding, expected) in cases {
            let index = LineIndex::new(text, encoding);
            assert_eq!(index.position(at), expected, "{encoding:?}");
            assert_eq!(index.offset(expected), at, "{encoding:?}");
        }
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let text = "ab\r\ncd";
        let index = LineIndex::new(text, Encoding::Utf16);
        assert_eq!(index.offset(Position::new(0, 99)), 2, "before the CR");
        assert_eq!(index.offset(Position::new(7, 0)), text.len());
        assert_eq!(index.offset(Position::new(1, 1)), 5);
        // Inside a surrogate pair: the start of the emoji.
        let index = LineIndex::new("a🎉b", Encoding::Utf16);
        assert_eq!(index.offset(Position::new(0, 2)), 1);
        assert_eq!(index.position(3), Position::new(0, 1), "inside a char");
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        // The protocol counts `\n`, `\r\n` and `\r` as line ends, as editors do.
        let text = "one\rtwo web\r\nthree\nfour";
        let index = LineIndex::new(text, Encoding::Utf16);
        let cases = [
            (text.find("two").unwrap(), Position::new(1, 0)),
            (text.find("web").unwrap(), Position::new(1, 4)),
            (text.find("three").unwrap(), Position::new(2, 0)),
            (text.find("four").unwrap(), Position::new(3, 0)),
        ];
        for (offset, position) in cases {
            assert_eq!(index.position(offset), position, "{offset}");
            assert_eq!(index.offset(position), offset, "{position:?}");
        }
        assert_eq!(index.offset(Position::new(0, 99)), 3, "before the lone CR");
        let crlf = text.find("\r\n").unwrap();
        assert_eq!(index.offset(Position::new(1, 99)), crlf, "before the CRLF");
    }

    #[test]
    fn incremental_changes_edit_the_right_bytes() {
        let mut text = String::from("héllo 🎉 world\nsecond line\n");
        let change = TextDocumentContentChangeEvent {
            range: Some(lsp_types::Range::new(
                Position::new(0, 9),
                Position::new(0, 14),
            )),
            range_length: None,
            text: "there".into(),
        };
        apply_change(&mut text, change, Encoding::Utf16);
        assert_eq!(text, "héllo 🎉 there\nsecond line\n");
        let change = TextDocumentContentChangeEvent {
            range: Some(lsp_types::Range::new(
                Position::new(1, 0),
                Position::new(2, 0),
            )),
            range_length: None,
            text: String::new(),
        };
        apply_change(&mut text, change, Encoding::Utf8);
        assert_eq!(text, "héllo 🎉 there\n");
    }

    proptest! {
        #[test]
        fn every_boundary_round_trips(
            text in "([a-z é🎉\u{10437}\n\r]|\r\n){0,40}",
            utf8 in any::<bool>(),
        ) {
            let encoding = if utf8 { Encoding::Utf8 } else { Encoding::Utf16 };
            let index = LineIndex::new(&text, encoding);
            for (offset, c) in text.char_indices() {
                // The CR of a CRLF is the end of its line: the position after it is the same.
                if c == '\n' && text[..offset].ends_with('\r') {
                    continue;
                }
                prop_assert_eq!(index.offset(index.position(offset)), offset);
            }
            prop_assert_eq!(index.offset(index.position(text.len())), text.len());
        }
    }
}
