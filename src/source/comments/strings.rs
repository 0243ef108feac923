//! String literals in quotes: single, double, backtick and triple quotes with their escapes and
//! interpolated code, prefixes (`r"…"`, `f"…"`, `@"…"`), char literals and quoted names. Each is
//! lexed to its true end, so nothing inside is read as code or as a comment; contents are pushed
//! as string items, without quotes. The other kinds are in `quoting.rs`.

use super::languages::{Esc, Interp, Prefix, PrefixKind, Str};
use super::lexer::{Lexer, is_ident_byte, is_ident_start};

/// What a prefix changes in the string after it.
#[derive(Debug, Clone, Copy, Default)]
struct Override {
    esc: Option<Esc>,
    interp: Option<Interp>,
}

impl Lexer<'_> {
    /// A string literal of any kind the language has, at `i`.
    pub(super) fn literal(&mut self) -> bool {
        let c = self.b[self.i];
        let prefixes = self.syn.prefixes;
        if !prefixes.is_empty()
            && (is_ident_start(c) || c == b'@' || c == b'#')
            && !self.word_before(self.i)
        {
            for p in prefixes {
                if self.prefixed(p) {
                    return true;
                }
            }
        }
        let strings = self.syn.strings;
        strings.iter().any(|s| self.kind(*s, None))
    }

    /// The body of a string after its opening `close`-style quote, up to and past `close`.
    pub(super) fn lex_body(&mut self, close: &[u8], esc: Esc, lines: bool, interp: Interp) {
        let b = self.b;
        let mut start = self.i;
        while self.i < b.len() {
            if self.at(close) {
                let doubled = matches!(esc, Esc::Doubled | Esc::Backtick);
                if close.len() == 1 && doubled && b.get(self.i + 1) == Some(&close[0]) {
                    self.i += 2;
                    continue;
                }
                // `"""a""""`: quotes before the closing three belong to the content.
                let mut end = self.i;
                if close.len() == 3 {
                    end += b[end + 3..].iter().take_while(|&&c| c == close[0]).count();
                }
                self.push_str(start..end);
                self.i = end + close.len();
                return;
            }
            if interp == Interp::Brace && (self.at(b"{{") || self.at(b"}}")) {
                self.i += 2;
                continue;
            }
            if let Some((len, closer)) = interp_open(&b[self.i..], interp) {
                self.push_str(start..self.i);
                self.i += len;
                if interp == Interp::Brace {
                    self.format_field();
                } else {
                    self.nested(closer);
                }
                start = self.i.min(b.len());
                continue;
            }
            match b[self.i] {
                b'\\' if esc == Esc::Backslash => self.i += 2,
                b'`' if esc == Esc::Backtick => self.i += 2,
                b'\n' if !lines => {
                    let end = if b[..self.i].ends_with(b"\r") {
                        self.i - 1
                    } else {
                        self.i
                    };
                    self.push_str(start..end);
                    return;
                }
                _ => self.i += 1,
            }
        }
        self.i = b.len();
        self.push_str(start..b.len());
    }

    /// A `{field}` of a Python f-string or a C# interpolated string, past its `}`: an
    /// expression and a format spec (`{x:#x}`, `{x:{width}}`) where `#` is not a comment.
    fn format_field(&mut self) {
        let b = self.b;
        let mut depth = 1usize;
        while self.i < b.len() {
            match b[self.i] {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        self.i += 1;
                        return;
                    }
                }
                q @ (b'"' | b'\'') => {
                    self.i += 1;
                    self.lex_body(&[q], Esc::Backslash, false, Interp::None);
                    continue;
                }
                b'\n' => return,
                _ => {}
            }
            self.i += 1;
        }
    }

    pub(super) fn word_before(&self, at: usize) -> bool {
        at > 0 && is_ident_byte(self.b[at - 1])
    }

    fn prefixed(&mut self, p: &Prefix) -> bool {
        let start = self.i;
        let len = p.text.len();
        let matches = self.b[start..]
            .get(..len)
            .is_some_and(|t| t.eq_ignore_ascii_case(p.text.as_bytes()));
        if !matches {
            return false;
        }
        let j = start + len;
        let over = match p.kind {
            PrefixKind::Hashes => return self.hashed(j, len == 0),
            PrefixKind::CppRaw => return self.cpp_raw(j),
            PrefixKind::RRaw => return self.r_raw(j),
            PrefixKind::Verbatim | PrefixKind::VerbatimInterp => {
                if self.b.get(j) != Some(&b'"') {
                    return false;
                }
                self.i = j + 1;
                let interp = if p.kind == PrefixKind::Verbatim {
                    Interp::None
                } else {
                    Interp::Brace
                };
                self.lex_body(b"\"", Esc::Doubled, true, interp);
                return true;
            }
            PrefixKind::Plain => Override::default(),
            PrefixKind::Raw => Override {
                esc: Some(Esc::None),
                interp: None,
            },
            PrefixKind::Escaped => Override {
                esc: Some(Esc::Backslash),
                interp: None,
            },
            PrefixKind::Interp(interp) => Override {
                esc: None,
                interp: Some(interp),
            },
        };
        if !matches!(self.b.get(j), Some(b'"' | b'\'' | b'`')) {
            return false;
        }
        self.i = j;
        let strings = self.syn.strings;
        if strings.iter().any(|s| self.kind(*s, Some(over))) {
            true
        } else {
            self.i = start;
            false
        }
    }

    fn kind(&mut self, s: Str, over: Option<Override>) -> bool {
        let prefixed = over.is_some();
        let over = over.unwrap_or_default();
        let c = self.b[self.i];
        match s {
            Str::Quote {
                q,
                esc,
                lines,
                interp,
            } => {
                if c != q || (self.syn.yaml && !self.yaml_value_start()) {
                    return false;
                }
                self.i += 1;
                let esc = over.esc.unwrap_or(esc);
                self.lex_body(&[q], esc, lines, over.interp.unwrap_or(interp));
                true
            }
            Str::Triple { q, esc, interp } => {
                if !self.at(&[q, q, q]) {
                    return false;
                }
                self.i += 3;
                let esc = over.esc.unwrap_or(esc);
                self.lex_body(&[q, q, q], esc, true, over.interp.unwrap_or(interp));
                true
            }
            Str::Char => self.char_literal(prefixed),
            _ if prefixed => false,
            Str::Name { q } => self.name(q),
            Str::Heredoc { open, upper } => self.heredoc(open, upper),
            Str::QuoteLike => self.quote_like(),
            Str::Percent => self.percent(),
            Str::Sigil => self.sigil(),
            Str::Dollar => self.dollar(),
            Str::LongBracket => self.long_string(),
            Str::QuestionChar => self.question_char(),
            Str::HereString => self.here_string(),
        }
    }

    /// `'x'`, `'\n'`, `'\u{1F600}'`; not a lifetime (`'a`), a prime (`x'`) or a separator.
    fn char_literal(&mut self, prefixed: bool) -> bool {
        let b = self.b;
        let i = self.i;
        if b[i] != b'\'' || (!prefixed && self.word_before(i)) {
            return false;
        }
        match b.get(i + 1) {
            Some(b'\\') => {
                let limit = (i + 14).min(b.len());
                let close = (i + 3..limit).find(|&j| b[j] == b'\'' || b[j] == b'\n');
                match close {
                    Some(j) if b[j] == b'\'' => {
                        self.i = j + 1;
                        true
                    }
                    _ => false,
                }
            }
            None | Some(b'\'' | b'\n' | b'\r') => false,
            Some(&c) => {
                let len = utf8_len(c);
                if b.get(i + 1 + len) == Some(&b'\'') {
                    self.i = i + 2 + len;
                    true
                } else {
                    false
                }
            }
        }
    }

    /// A quoted name, skipped without being reported.
    fn name(&mut self, q: u8) -> bool {
        let b = self.b;
        if b[self.i] != q {
            return false;
        }
        let mut j = self.i + 1;
        while j < b.len() && b[j] != b'\n' {
            if b[j] == q {
                if b.get(j + 1) == Some(&q) {
                    j += 2;
                    continue;
                }
                j += 1;
                break;
            }
            j += 1;
        }
        self.i = j;
        true
    }
}

/// The opening of interpolated code at the start of `b`: its length and the closing bracket.
fn interp_open(b: &[u8], interp: Interp) -> Option<(usize, u8)> {
    match interp {
        Interp::None => None,
        Interp::DollarBrace => b.starts_with(b"${").then_some((2, b'}')),
        Interp::HashBrace => b.starts_with(b"#{").then_some((2, b'}')),
        Interp::BackslashParen => b.starts_with(b"\\(").then_some((2, b')')),
        Interp::Brace => b.starts_with(b"{").then_some((1, b'}')),
        Interp::Shell if b.starts_with(b"$(") => Some((2, b')')),
        Interp::Shell => b.starts_with(b"${").then_some((2, b'}')),
        Interp::PhpBrace if b.starts_with(b"{$") => Some((1, b'}')),
        Interp::PhpBrace => b.starts_with(b"${").then_some((2, b'}')),
        Interp::DollarParen => b.starts_with(b"$(").then_some((2, b')')),
    }
}

/// The length of the UTF-8 sequence that starts with `first`.
pub(super) fn utf8_len(first: u8) -> usize {
    match first {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}
