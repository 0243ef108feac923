//! What `/` and `<` start where an expression may start: a regex literal (JavaScript, Ruby,
//! Perl) or a JSX element, whose attributes and `{expressions}` are lexed as code and whose text
//! is neither prose nor a string.

use super::languages::{Esc, Interp};
use super::lexer::{Item, Lexer, MAX_DEPTH, find, is_ident_byte};

impl Lexer<'_> {
    /// A `/…/flags` regex literal on one line; false when the line ends first (a division).
    pub(super) fn regex(&mut self) -> bool {
        let b = self.b;
        let mut j = self.i + 1;
        let mut class = false;
        while j < b.len() {
            match b[j] {
                b'\\' if b.get(j + 1) != Some(&b'\n') => j += 2,
                b'\n' => return false,
                b'[' => {
                    class = true;
                    j += 1;
                }
                b']' => {
                    class = false;
                    j += 1;
                }
                b'/' if !class => {
                    j += 1;
                    j += b[j..]
                        .iter()
                        .take_while(|c| c.is_ascii_alphabetic())
                        .count();
                    self.items.push(Item::Literal(self.i..j));
                    self.i = j;
                    return true;
                }
                _ => j += 1,
            }
        }
        false
    }

    /// A JSX element at `<`; false for a comparison or a TSX generic (`<T,>`, `<T extends U>`).
    pub(super) fn jsx(&mut self) -> bool {
        let b = self.b;
        let i = self.i;
        let next = b.get(i + 1).copied();
        if next != Some(b'>') {
            if !next.is_some_and(|c| c.is_ascii_alphabetic() || c == b'_' || c == b'$') {
                return false;
            }
            let mut j = i + 1;
            while j < b.len() && (is_ident_byte(b[j]) || matches!(b[j], b'.' | b':' | b'-')) {
                j += 1;
            }
            while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
                j += 1;
            }
            if b.get(j) == Some(&b',') || b[j..].starts_with(b"extends ") {
                return false;
            }
        }
        if self.depth >= MAX_DEPTH {
            return false;
        }
        self.depth += 1;
        self.jsx_element();
        self.depth -= 1;
        true
    }

    pub(super) fn jsx_element(&mut self) {
        self.i += 1;
        while self.i < self.b.len() {
            match self.b[self.i] {
                b'/' if self.b.get(self.i + 1) == Some(&b'>') => {
                    self.i += 2;
                    return;
                }
                b'>' => {
                    self.i += 1;
                    break;
                }
                q @ (b'"' | b'\'') => {
                    self.i += 1;
                    self.lex_body(&[q], Esc::None, true, Interp::None);
                }
                b'{' => {
                    self.i += 1;
                    self.nested(b'}');
                }
                b'/' if matches!(self.b.get(self.i + 1), Some(b'*' | b'/')) => {
                    self.comment();
                }
                _ => self.i += 1,
            }
        }
        // Children: text (neither prose nor code), `{expressions}`, elements, the closing tag.
        while self.i < self.b.len() {
            match self.b[self.i] {
                b'<' if self.b.get(self.i + 1) == Some(&b'/') => {
                    self.i = find(self.b, self.i, b">").map_or(self.b.len(), |p| p + 1);
                    return;
                }
                b'<' => {
                    if !self.jsx() {
                        self.i += 1;
                    }
                }
                b'{' => {
                    self.i += 1;
                    self.nested(b'}');
                }
                _ => self.i += 1,
            }
        }
    }
}
