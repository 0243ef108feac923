//! One lexer for every language of the table, driven by its [`Syntax`]. It walks the code the
//! way the language's own lexer would (strings, interpolation, regex literals, JSX) so that a
//! comment marker inside a string is never a comment, and reports comments and string contents
//! with their exact ranges. String literals of every kind are in `strings.rs`.

use std::ops::Range;

use super::languages::{Esc, Hash, Interp, Syntax};

/// What the lexer reports, in order of position, never overlapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Item {
    Comment(Comment),
    /// The content of a string literal, or one piece of it when code is interpolated.
    Str(Range<usize>),
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
const MAX_DEPTH: usize = 64;

/// Words after which a `/` starts a regex literal and a `<` a JSX element, not a division or a
/// comparison.
const EXPRESSION_WORDS: &[&str] = &[
    "return",
    "typeof",
    "instanceof",
    "in",
    "of",
    "new",
    "delete",
    "void",
    "throw",
    "case",
    "do",
    "else",
    "yield",
    "await",
    "if",
    "unless",
    "while",
    "until",
    "and",
    "or",
    "not",
    "when",
    "split",
    "grep",
    "map",
    "join",
];

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

/// Python's logical lines, to tell a docstring from any other string.
#[derive(Debug, Default)]
struct Logical {
    has_tokens: bool,
    /// The line starts with `def`, `class` or `async`.
    header: bool,
    last_colon: bool,
    /// The next statement may be a docstring: at the start of the module, or after a header.
    expect_doc: bool,
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
    brackets: usize,
    /// Heredocs opened on this line, whose bodies start on the next.
    pub(super) heredocs: Vec<Pending>,
    /// A YAML block scalar opened on this line, with the indentation of its parent.
    pub(super) yaml_block: Option<usize>,
    logical: Logical,
    /// Elixir: the last token was `@doc` or the like, so the next string is documentation.
    doc_attribute: bool,
    stopped: bool,
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
            doc_attribute: false,
            stopped: false,
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
                    self.i += 1;
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
            if !self.comment() && !self.string() {
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
            let line = std::mem::take(&mut self.logical);
            self.logical.expect_doc = if line.has_tokens {
                line.header && line.last_colon
            } else {
                line.expect_doc
            };
        }
    }

    pub(super) fn at(&self, s: &[u8]) -> bool {
        self.b[self.i.min(self.b.len())..].starts_with(s)
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
        if !self.literal() {
            return false;
        }
        self.prev = Prev::Value;
        self.logical.has_tokens = true;
        self.logical.last_colon = false;
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

    fn comment(&mut self) -> bool {
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
    fn marker_ok(&self, marker: &str) -> bool {
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

    fn line_comment(&mut self, marker: &'static str) {
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

    fn block_comment(&mut self, open: &str, close: &str) {
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
    fn delimited_comment(&mut self, start: usize, body_start: usize, close: &[u8], doc: bool) {
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
    fn line_block(&mut self, open: &str, close: &str) {
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

    fn push_block(&mut self, start: usize, body: Range<usize>, end: usize) {
        self.items.push(Item::Comment(Comment {
            start,
            body,
            kind: Kind::Block { stars: false },
            doc: false,
        }));
        self.i = end;
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
            if self.syn.docstrings && !self.logical.has_tokens {
                self.logical.header = matches!(word, "def" | "class" | "async");
            }
            self.logical.has_tokens = true;
            self.logical.last_colon = false;
            self.doc_attribute =
                i > 0 && b[i - 1] == b'@' && self.syn.doc_attributes.contains(&word);
            self.prev = if EXPRESSION_WORDS.contains(&word) {
                Prev::Keyword
            } else {
                Prev::Value
            };
            return;
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

    /// A `/…/flags` regex literal on one line; false when the line ends first (a division).
    fn regex(&mut self) -> bool {
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
                    self.i = j;
                    return true;
                }
                _ => j += 1,
            }
        }
        false
    }

    /// A JSX element at `<`; false for a comparison or a TSX generic (`<T,>`, `<T extends U>`).
    fn jsx(&mut self) -> bool {
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

    fn jsx_element(&mut self) {
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

pub(super) fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80
}

pub(super) fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80
}

/// The offset of the `\n` ending the line at `from`, or the end.
pub(super) fn line_end(b: &[u8], from: usize) -> usize {
    let from = from.min(b.len());
    b[from..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |p| from + p)
}

fn line_start(b: &[u8], at: usize) -> usize {
    b[..at]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1)
}

pub(super) fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || from >= b.len() {
        return None;
    }
    b[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// Lua's `[[`, `[=[`, …: the matching close, when a long bracket opens at `at`.
pub(super) fn long_bracket(b: &[u8], at: usize) -> Option<Vec<u8>> {
    if b.get(at) != Some(&b'[') {
        return None;
    }
    let level = b[at + 1..].iter().take_while(|&&c| c == b'=').count();
    if b.get(at + 1 + level) != Some(&b'[') {
        return None;
    }
    let mut close = vec![b']'];
    close.extend(std::iter::repeat_n(b'=', level));
    close.push(b']');
    Some(close)
}
