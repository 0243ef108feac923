//! Comments: line comments with their doc markers and the language's rules for `#` and `--`,
//! block comments that nest where the language nests them, and `=begin`/POD blocks.

use std::ops::Range;

use super::languages::Hash;
use super::lexer::{Comment, Item, Kind, Lexer, find, line_end, long_bracket};

impl Lexer<'_> {
    /// A comment of any kind the language has, at `i`, pushed.
    pub(super) fn comment(&mut self) -> bool {
        let syn = self.syn;
        let at = self.i;
        if let Some((opens, close)) = syn.line_block
            && (at == 0 || self.b[at - 1] == b'\n')
            && let Some(open) = opens.iter().find(|o| self.at(o.as_bytes()))
        {
            self.line_block(open, close);
            return true;
        }
        for &(open, close) in syn.block {
            if self.at(open.as_bytes()) && self.marker_ok(open) {
                self.block_comment(open, close);
                return true;
            }
        }
        for &marker in syn.line {
            if self.at(marker.as_bytes()) && self.marker_ok(marker) {
                self.line_comment(marker);
                return true;
            }
        }
        false
    }

    /// Whether the marker at `i` really starts a comment, by the language's rules for `#` and
    /// Haskell's `--`.
    pub(super) fn marker_ok(&self, marker: &str) -> bool {
        let i = self.i;
        let before = i.checked_sub(1).map(|p| self.b[p]);
        if marker.starts_with('#') {
            return match self.syn.hash {
                Hash::Anywhere => true,
                Hash::WordStart => before.is_none_or(|c| {
                    c.is_ascii_whitespace() || matches!(c, b';' | b'&' | b'|' | b'(' | b')')
                }),
                Hash::LineStart => self.b[line_start(self.b, i)..i]
                    .iter()
                    .all(|&c| c == b' ' || c == b'\t'),
                Hash::NotAttribute => self.b.get(i + 1) != Some(&b'['),
            };
        }
        if marker == "--" && self.syn.haskell_dashes {
            let symbol = |c: &u8| b"!#$%&*+./<=>?@\\^|~:".contains(c);
            let dashes = self.b[i..].iter().take_while(|&&c| c == b'-').count();
            return !before.as_ref().is_some_and(symbol)
                && !self.b.get(i + dashes).is_some_and(symbol);
        }
        true
    }

    pub(super) fn line_comment(&mut self, marker: &'static str) {
        let start = self.i;
        let mut end = line_end(self.b, start);
        if self.syn.php_close
            && let Some(p) = find(&self.b[..end], start, b"?>")
        {
            end = p;
        }
        if self.syn.long_comments
            && let Some(close) = long_bracket(self.b, start + marker.len())
        {
            let open_len = close.len();
            self.delimited_comment(start, start + marker.len() + open_len, &close, false);
            return;
        }
        let doc = self.syn.doc_line.iter().find(|d| {
            let d = d.as_bytes();
            // `////` and `----` are rules, not doc comments.
            self.at(d) && !(d.len() == 3 && d[1] == d[2] && self.b.get(start + 3) == Some(&d[2]))
        });
        let (marker, body_start) = match doc {
            Some(d) => (*d, start + d.len()),
            None => {
                let run = marker.as_bytes()[marker.len() - 1];
                let after = start + marker.len();
                let extra = self.b[after..end].iter().take_while(|&&c| c == run).count();
                (marker, after + extra)
            }
        };
        let body_end = if self.b[..end].ends_with(b"\r") {
            end - 1
        } else {
            end
        };
        self.items.push(Item::Comment(Comment {
            start,
            body: body_start.min(body_end)..body_end,
            kind: Kind::Line(marker),
            doc: doc.is_some(),
        }));
        self.i = end;
    }

    pub(super) fn block_comment(&mut self, open: &str, close: &str) {
        let start = self.i;
        let doc = self.syn.doc_block.iter().find(|d| {
            // `/**/` is empty and `/***` a rule: neither is a doc comment.
            self.at(d.as_bytes())
                && !(d.ends_with('*') && matches!(self.b.get(start + d.len()), Some(b'*' | b'/')))
        });
        let body_start = start + doc.map_or(open.len(), |d| d.len());
        self.delimited_comment(start, body_start, close.as_bytes(), doc.is_some());
    }

    /// A comment from `start` whose body begins at `body_start` and runs to `close`, counting
    /// nested openings where the language nests comments.
    pub(super) fn delimited_comment(
        &mut self,
        start: usize,
        body_start: usize,
        close: &[u8],
        doc: bool,
    ) {
        let open = self
            .syn
            .block
            .first()
            .map_or(&b""[..], |(o, _)| o.as_bytes());
        let nested = self.syn.nested && !open.is_empty();
        let mut depth = 1usize;
        let mut j = body_start.min(self.b.len());
        let (body_end, end) = loop {
            if j >= self.b.len() {
                break (self.b.len(), self.b.len());
            }
            // Straight to the next byte that may start a delimiter: comments are long.
            if let Some(&first) = close.first() {
                let rest = &self.b[j..];
                let next = match open.first() {
                    Some(&o) if nested => memchr::memchr2(first, o, rest),
                    _ => memchr::memchr(first, rest),
                };
                match next {
                    Some(skip) => j += skip,
                    None => {
                        j = self.b.len();
                        continue;
                    }
                }
            }
            if self.b[j..].starts_with(close) {
                depth -= 1;
                if depth == 0 {
                    break (j, j + close.len());
                }
                j += close.len();
            } else if nested && self.b[j..].starts_with(open) {
                depth += 1;
                j += open.len();
            } else {
                j += 1;
            }
        };
        self.items.push(Item::Comment(Comment {
            start,
            body: body_start.min(body_end)..body_end,
            kind: Kind::Block {
                stars: open == b"/*" && close == b"*/",
            },
            doc,
        }));
        self.i = end;
    }

    /// `=begin` … `=end`, POD's `=head1` … `=cut`: from the opening line to the closing one.
    pub(super) fn line_block(&mut self, open: &str, close: &str) {
        let start = self.i;
        let body_start = start + open.len();
        let mut line = line_end(self.b, start);
        while line < self.b.len() {
            let next = line + 1;
            if self.b[next..].starts_with(close.as_bytes()) {
                self.push_block(start, body_start..next, line_end(self.b, next));
                return;
            }
            line = line_end(self.b, next);
        }
        self.push_block(start, body_start..self.b.len(), self.b.len());
    }

    pub(super) fn push_block(&mut self, start: usize, body: Range<usize>, end: usize) {
        self.items.push(Item::Comment(Comment {
            start,
            body,
            kind: Kind::Block { stars: false },
            doc: false,
        }));
        self.i = end;
    }
}

fn line_start(b: &[u8], at: usize) -> usize {
    memchr::memrchr(b'\n', &b[..at]).map_or(0, |p| p + 1)
}
