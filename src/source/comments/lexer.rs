//! One lexer for every language of the table, driven by its [`Syntax`]. It walks the code the
//! way the language's own lexer would (strings, interpolation, regex literals, JSX) so that a
//! comment marker inside a string is never a comment, and reports comments and string contents
//! with their exact ranges. This file walks the code; what starts at a position is read in
//! `comment.rs`, `strings.rs`, `quoting.rs` and `expression.rs`.

use std::ops::Range;

use super::languages::{Str, Syntax};
use super::logical::{Logical, Target};

/// What the lexer reports, in order of position, never overlapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Item {
    Comment(Comment),
    /// The content of a string literal, or one piece of it when code is interpolated.
    Str(Range<usize>),
    /// A regex literal: neither prose nor a string, and no code either (its words name nothing).
    Literal(Range<usize>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Comment {
    /// Where the comment (its marker) starts.
    pub(super) start: usize,
    /// The text between the markers: after `//`, inside `/*` … `*/`, inside a docstring's quotes.
    pub(super) body: Range<usize>,
    pub(super) kind: Kind,
    pub(super) doc: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A line comment and the marker that opened it: lines with the same marker group.
    Line(&'static str),
    /// A block comment; `stars` when its lines may start with ` * `.
    Block { stars: bool },
    /// A string that is documentation: a Python docstring (`python`) or an Elixir `@doc`.
    Docstring { python: bool },
}

/// Lexes `text[range]` as `syntax`. For PHP it stops at `?>` and returns where; otherwise it
/// returns the end of the range.
pub(super) fn lex(syntax: &Syntax, text: &str, range: Range<usize>) -> (Vec<Item>, usize) {
    let mut lexer = Lexer::new(syntax, text, range);
    lexer.code(0);
    let end = lexer.i.min(lexer.b.len());
    (lexer.items, end)
}

/// Deeper interpolation or JSX nesting than this is read as text, so no input overflows the stack.
pub(super) const MAX_DEPTH: usize = 64;

/// Words after which a `/` starts a regex literal and a `<` a JSX element, not a division or a
/// comparison.
fn expression_word(word: &str) -> bool {
    // A `match` compares the length first: most identifiers are not compared at all.
    matches!(
        word,
        "return"
            | "typeof"
            | "instanceof"
            | "in"
            | "of"
            | "new"
            | "delete"
            | "void"
            | "throw"
            | "case"
            | "do"
            | "else"
            | "yield"
            | "await"
            | "if"
            | "unless"
            | "while"
            | "until"
            | "and"
            | "or"
            | "not"
            | "when"
            | "split"
            | "grep"
            | "map"
            | "join"
    )
}

/// The previous significant token, which decides what `/`, `<` and `%` mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Prev {
    Start,
    /// An identifier, number, string or closing bracket: an operator follows.
    Value,
    /// A keyword after which an expression starts.
    Keyword,
    /// Punctuation: an expression starts.
    Punct,
}

#[derive(Debug)]
pub(super) struct Pending {
    pub(super) word: String,
    pub(super) indented: bool,
}

#[derive(Debug)]
pub(super) struct Lexer<'a> {
    pub(super) text: &'a str,
    /// The bytes up to the end of the range being lexed.
    pub(super) b: &'a [u8],
    pub(super) i: usize,
    pub(super) syn: &'a Syntax,
    pub(super) items: Vec<Item>,
    pub(super) prev: Prev,
    pub(super) depth: usize,
    pub(super) brackets: usize,
    /// Heredocs opened on this line, whose bodies start on the next.
    pub(super) heredocs: Vec<Pending>,
    /// A YAML block scalar opened on this line, with the indentation of its parent.
    pub(super) yaml_block: Option<usize>,
    pub(super) logical: Logical,
    /// Python: the `def` and `class` blocks the current line is in, as the column of their
    /// header and whether it is a class.
    pub(super) blocks: Vec<(usize, bool)>,
    /// Elixir: the last token was `@doc` or the like, so the next string is documentation.
    doc_attribute: bool,
    stopped: bool,
    /// The bytes at which a comment or a string may start; at any other byte only a token can.
    starts: [bool; 256],
}

impl<'a> Lexer<'a> {
    fn new(syn: &'a Syntax, text: &'a str, range: Range<usize>) -> Lexer<'a> {
        let b = &text.as_bytes()[..range.end.min(text.len())];
        let mut i = range.start.min(b.len());
        if i == 0 {
            if b.starts_with("\u{feff}".as_bytes()) {
                i = 3;
            }
            // A shebang line is not a comment.
            if b[i..].starts_with(b"#!") && b.get(i + 2) != Some(&b'[') {
                i = line_end(b, i);
            }
        }
        Lexer {
            text,
            b,
            i,
            syn,
            items: Vec::new(),
            prev: Prev::Start,
            depth: 0,
            brackets: 0,
            heredocs: Vec::new(),
            yaml_block: None,
            logical: Logical {
                expect_doc: true,
                ..Logical::default()
            },
            blocks: Vec::new(),
            doc_attribute: false,
            stopped: false,
            starts: start_bytes(syn),
        }
    }

    /// Code up to the unmatched `close` bracket (past it), or to the end when `close` is 0.
    pub(super) fn code(&mut self, close: u8) {
        let open = match close {
            b'}' => b'{',
            b')' => b'(',
            b']' => b'[',
            _ => 0,
        };
        let mut level = 0usize;
        while self.i < self.b.len() && !self.stopped {
            let c = self.b[self.i];
            match c {
                b'\n' => {
                    self.newline();
                    continue;
                }
                b' ' | b'\t' | b'\r' | 0x0b | 0x0c => {
                    // Indentation comes in runs.
                    self.i += 1 + self.b[self.i + 1..]
                        .iter()
                        .take_while(|&&c| matches!(c, b' ' | b'\t' | b'\r' | 0x0b | 0x0c))
                        .count();
                    continue;
                }
                _ => {}
            }
            if self.syn.php_close && self.at(b"?>") {
                self.stopped = true;
                return;
            }
            if close != 0 {
                if c == open {
                    level += 1;
                } else if c == close {
                    if level == 0 {
                        self.i += 1;
                        return;
                    }
                    level -= 1;
                }
            }
            if !self.starts[usize::from(c)] {
                // What a failed `string()` would have left behind.
                self.doc_attribute = false;
                self.token();
            } else if !self.comment() && !self.string() {
                self.token();
            }
        }
    }

    /// Code inside a string or JSX, up to `close`; read as text when nested too deep.
    pub(super) fn nested(&mut self, close: u8) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        let prev = self.prev;
        self.depth += 1;
        self.prev = Prev::Start;
        self.code(close);
        self.depth -= 1;
        self.prev = prev;
    }

    fn newline(&mut self) {
        let continued = self.b[..self.i].ends_with(b"\\") || self.b[..self.i].ends_with(b"\\\r");
        self.i += 1;
        if !self.heredocs.is_empty() {
            self.heredoc_bodies();
        }
        if let Some(parent) = self.yaml_block.take() {
            self.yaml_block_body(parent);
        }
        if self.syn.docstrings && self.brackets == 0 && !continued {
            self.end_logical_line();
        }
    }

    pub(super) fn at(&self, s: &[u8]) -> bool {
        let rest = &self.b[self.i.min(self.b.len())..];
        // Called at nearly every byte with markers that mostly differ in their first byte:
        // comparing that byte first spares a call to `memcmp`.
        match s.first() {
            Some(first) => rest.first() == Some(first) && rest.starts_with(s),
            None => true,
        }
    }

    pub(super) fn push_str(&mut self, range: Range<usize>) {
        let end = range.end.min(self.b.len());
        let start = range.start.min(end);
        if start < end && self.text.is_char_boundary(start) && self.text.is_char_boundary(end) {
            self.items.push(Item::Str(start..end));
        }
    }

    /// A string literal of any kind at `i`, pushed; docstrings become comments.
    fn string(&mut self) -> bool {
        let start = self.i;
        let first = self.items.len();
        let python_doc = self.syn.docstrings
            && self.logical.expect_doc
            && !self.logical.has_tokens
            && self.brackets == 0;
        let attribute_doc = std::mem::take(&mut self.doc_attribute);
        self.first_token(start);
        if !self.literal() {
            return false;
        }
        // f-strings (and t-strings) are code, and bytes are not text: never a docstring.
        let python_doc = python_doc
            && !self.b[start..self.i]
                .iter()
                .take_while(|&&c| c != b'"' && c != b'\'')
                .any(|c| matches!(c.to_ascii_lowercase(), b'f' | b't' | b'b'));
        self.prev = Prev::Value;
        self.logical.has_tokens = true;
        self.logical.last_colon = false;
        self.logical.target = Target::Other;
        let statement_ends = {
            let rest = &self.b[self.i.min(self.b.len())..];
            let skip = rest
                .iter()
                .take_while(|&&c| c == b' ' || c == b'\t')
                .count();
            matches!(rest.get(skip), None | Some(b'\n' | b'\r' | b'#' | b';'))
        };
        if (python_doc && statement_ends || attribute_doc)
            && self.items.len() == first + 1
            && let Some(Item::Str(body)) = self.items.last().cloned()
        {
            self.items.pop();
            self.items.push(Item::Comment(Comment {
                start,
                body,
                kind: Kind::Docstring { python: python_doc },
                doc: true,
            }));
        }
        true
    }

    /// Identifiers, numbers, regex literals, JSX and punctuation.
    fn token(&mut self) {
        let b = self.b;
        let i = self.i;
        let c = b[i];
        if is_ident_start(c) {
            let end = i + b[i..].iter().take_while(|&&c| is_ident_byte(c)).count();
            self.i = end;
            let word = &self.text[i..end];
            // `url(https://…)` without quotes holds `//`, which is not a comment there.
            if self.syn.css_url && word.eq_ignore_ascii_case("url") && b.get(end) == Some(&b'(') {
                let inner = end
                    + 1
                    + b[end + 1..]
                        .iter()
                        .take_while(|c| c.is_ascii_whitespace())
                        .count();
                if !matches!(b.get(inner), Some(b'"' | b'\'')) {
                    self.i = find(b, inner, b")").map_or(b.len(), |p| p + 1);
                }
            }
            if self.syn.docstrings {
                self.python_word(i, word);
            }
            self.logical.has_tokens = true;
            self.logical.last_colon = false;
            self.doc_attribute =
                i > 0 && b[i - 1] == b'@' && self.syn.doc_attributes.contains(&word);
            self.prev = if expression_word(word) {
                Prev::Keyword
            } else {
                Prev::Value
            };
            return;
        }
        if self.syn.docstrings {
            self.first_token(i);
            self.assignment_token(c);
        }
        self.logical.has_tokens = true;
        self.logical.last_colon = c == b':';
        if c.is_ascii_digit() {
            self.number();
            self.prev = Prev::Value;
            return;
        }
        let expression = matches!(self.prev, Prev::Start | Prev::Keyword | Prev::Punct);
        if c == b'/' && self.syn.regex && expression && self.regex() {
            self.prev = Prev::Value;
            return;
        }
        if c == b'<' && self.syn.jsx && expression && self.jsx() {
            self.prev = Prev::Value;
            return;
        }
        if self.syn.yaml && matches!(c, b'|' | b'>') && self.yaml_block_header() {
            self.prev = Prev::Punct;
            return;
        }
        // A postfix `!` (TypeScript's non-null assertion) or `++`/`--` right after a value
        // leaves a value, so a `/` after it divides.
        let postfix = self.prev == Prev::Value
            && i > 0
            && (is_ident_byte(b[i - 1]) || matches!(b[i - 1], b')' | b']'))
            && (c == b'!' && b.get(i + 1) != Some(&b'=')
                || matches!(c, b'+' | b'-') && b.get(i + 1) == Some(&c));
        if postfix {
            self.i += if c == b'!' { 1 } else { 2 };
            return;
        }
        self.i += 1;
        match c {
            b'(' | b'[' | b'{' => self.brackets += 1,
            b')' | b']' | b'}' => self.brackets = self.brackets.saturating_sub(1),
            _ => {}
        }
        self.prev = if matches!(c, b')' | b']' | b'}') {
            Prev::Value
        } else {
            Prev::Punct
        };
    }

    /// Digits, letters, `_`, `.` and C++'s `'` digit separators.
    fn number(&mut self) {
        let b = self.b;
        let mut j = self.i + 1;
        while j < b.len() {
            let c = b[j];
            let separator = c == b'\'' && b.get(j + 1).is_some_and(u8::is_ascii_hexdigit);
            let dot = c == b'.' && b.get(j + 1).is_some_and(u8::is_ascii_digit);
            if c.is_ascii_alphanumeric() || c == b'_' || separator || dot {
                j += 1;
            } else {
                break;
            }
        }
        self.i = j;
    }
}

/// Every byte at which `comment()` or `literal()` could succeed for `syn`, a superset: the
/// lexer tries neither at any other byte, which spares most identifiers and punctuation two
/// failed walks over the language's markers.
fn start_bytes(syn: &Syntax) -> [bool; 256] {
    let mut starts = [false; 256];
    let mut mark = |s: &str| {
        if let Some(&c) = s.as_bytes().first() {
            starts[usize::from(c)] = true;
        }
    };
    if let Some((opens, _)) = syn.line_block {
        opens.iter().for_each(|o| mark(o));
    }
    syn.block.iter().for_each(|(open, _)| mark(open));
    syn.line.iter().for_each(|m| mark(m));
    for s in syn.strings {
        let firsts: &[u8] = match s {
            Str::Quote { q, .. } | Str::Triple { q, .. } | Str::Name { q } => &[*q],
            Str::Char => b"'",
            Str::Heredoc { open, .. } => &open.as_bytes()[..1],
            Str::QuoteLike => b"qmsty",
            Str::Percent => b"%",
            Str::Sigil => b"~",
            Str::Dollar => b"$",
            Str::LongBracket => b"[",
            Str::QuestionChar => b"?",
            Str::HereString => b"@",
        };
        for &c in firsts {
            starts[usize::from(c)] = true;
        }
    }
    for p in syn.prefixes {
        match p.text.as_bytes().first() {
            Some(c) => {
                starts[usize::from(c.to_ascii_lowercase())] = true;
                starts[usize::from(c.to_ascii_uppercase())] = true;
            }
            // An empty prefix (`#"…"#`) may stand wherever `literal()` tries prefixes.
            None => {
                for c in 0..=255u8 {
                    if is_ident_start(c) || c == b'@' || c == b'#' {
                        starts[usize::from(c)] = true;
                    }
                }
            }
        }
    }
    starts
}

pub(super) use super::bytes::{find, is_ident_byte, is_ident_start, line_end, long_bracket};
