//! String literals that are not just quotes: heredocs and here-strings, YAML block scalars,
//! quote-like operators with chosen delimiters (Perl `q{…}`, Ruby `%w[…]`, Elixir `~s(…)`),
//! SQL dollar quoting, Lua long brackets, raw strings with custom closings (Rust, Swift, C++, R)
//! and Elixir's `?c`.

use super::languages::{Esc, Interp};
use super::lexer::{Item, Lexer, Pending, Prev, find, is_ident_byte, line_end, long_bracket};
use super::strings::utf8_len;

impl Lexer<'_> {
    /// Heredoc bodies, at the start of the line after their openings.
    pub(super) fn heredoc_bodies(&mut self) {
        let b = self.b;
        for (n, heredoc) in std::mem::take(&mut self.heredocs).into_iter().enumerate() {
            if n > 0 {
                self.i = (line_end(b, self.i) + 1).min(b.len());
            }
            let body_start = self.i;
            let mut line = self.i;
            let word = heredoc.word.as_bytes();
            loop {
                if line >= b.len() {
                    self.push_str(body_start..b.len());
                    self.i = b.len();
                    break;
                }
                let end = line_end(b, line);
                let content = &b[line..end];
                let indent = if heredoc.indented {
                    content
                        .iter()
                        .take_while(|&&c| c == b' ' || c == b'\t')
                        .count()
                } else {
                    0
                };
                let rest = &content[indent..];
                let closes = rest.starts_with(word)
                    && matches!(
                        rest.get(word.len()),
                        None | Some(b'\r' | b';' | b',' | b')' | b' ')
                    );
                if closes {
                    let body_end = before_line_break(b, line, body_start);
                    self.push_str(body_start..body_end);
                    self.i = line + indent + word.len();
                    break;
                }
                line = end + 1;
            }
        }
    }

    /// YAML `|` or `>` (with indicators) ending its line opens a block scalar.
    pub(super) fn yaml_block_header(&mut self) -> bool {
        if !self.yaml_value_start() {
            return false;
        }
        let b = self.b;
        let mut j = self.i + 1;
        j += b[j..]
            .iter()
            .take_while(|c| matches!(c, b'+' | b'-' | b'0'..=b'9'))
            .count();
        let spaces = b[j..]
            .iter()
            .take_while(|&&c| c == b' ' || c == b'\t')
            .count();
        let after = b.get(j + spaces);
        if !(matches!(after, None | Some(b'\n' | b'\r')) || after == Some(&b'#') && spaces > 0) {
            return false;
        }
        let start = memchr::memrchr(b'\n', &b[..self.i]).map_or(0, |p| p + 1);
        self.yaml_block = Some(b[start..].iter().take_while(|&&c| c == b' ').count());
        self.i = j;
        true
    }

    /// The lines of a block scalar: blank, or indented deeper than its parent.
    pub(super) fn yaml_block_body(&mut self, parent: usize) {
        let b = self.b;
        let mut line = self.i;
        let mut content: Option<(usize, usize)> = None;
        while line < b.len() {
            let end = line_end(b, line);
            let indent = b[line..end].iter().take_while(|&&c| c == b' ').count();
            let blank = b[line..end].iter().all(u8::is_ascii_whitespace);
            if !blank && indent <= parent {
                break;
            }
            if !blank {
                let trimmed = if b[..end].ends_with(b"\r") {
                    end - 1
                } else {
                    end
                };
                content = Some((content.map_or(line + indent, |c| c.0), trimmed));
            }
            line = end + 1;
        }
        if let Some((start, end)) = content {
            self.push_str(start..end);
            self.i = end;
        }
    }

    /// In YAML a quote opens a string only where a value starts.
    pub(super) fn yaml_value_start(&self) -> bool {
        let before = &self.b[..self.i];
        let trimmed = before.len()
            - before
                .iter()
                .rev()
                .take_while(|&&c| c == b' ' || c == b'\t')
                .count();
        match trimmed.checked_sub(1).map(|p| before[p]) {
            None | Some(b'\n' | b':' | b'[' | b'{' | b',' | b'?') => true,
            Some(b'-') => trimmed < 2 || before[trimmed - 2].is_ascii_whitespace(),
            _ => false,
        }
    }

    pub(super) fn heredoc(&mut self, open: &str, upper: bool) -> bool {
        let b = self.b;
        if !self.at(open.as_bytes()) {
            return false;
        }
        let mut j = self.i + open.len();
        // `<<<` in shell is a here-string, not a heredoc.
        if open == "<<" && b.get(j) == Some(&b'<') {
            return false;
        }
        let mut indented = open == "<<<";
        if matches!(b.get(j), Some(b'-' | b'~')) {
            indented = true;
            j += 1;
        }
        let quote = match b.get(j) {
            Some(&q @ (b'\'' | b'"')) => {
                j += 1;
                Some(q)
            }
            _ => None,
        };
        let word_start = j;
        j += b[j..].iter().take_while(|&&c| is_ident_byte(c)).count();
        let first = b.get(word_start).copied().unwrap_or(b'0');
        if j == word_start
            || (quote.is_none() && !(first.is_ascii_alphabetic() || first == b'_'))
            || (quote.is_none() && upper && !matches!(first, b'A'..=b'Z' | b'_'))
        {
            return false;
        }
        let word = self.text[word_start..j].to_string();
        if let Some(q) = quote {
            if b.get(j) != Some(&q) {
                return false;
            }
            j += 1;
        }
        self.heredocs.push(Pending { word, indented });
        self.i = j;
        true
    }

    /// Perl's `q(…)`, `qq{…}`, `qw/…/`, `m/…/`, `qr{…}`, `s/…/…/`, `tr/…/…/`, `y/…/…/`.
    pub(super) fn quote_like(&mut self) -> bool {
        let b = self.b;
        let i = self.i;
        if i > 0 && matches!(b[i - 1], b'$' | b'@' | b'%' | b'&' | b'*' | b'>' | b'-') {
            return false;
        }
        let end = i + b[i..].iter().take_while(|&&c| is_ident_byte(c)).count();
        let (parts, emit) = match &b[i..end] {
            b"q" | b"qq" | b"qw" => (1, true),
            b"qx" | b"m" | b"qr" => (1, false),
            b"s" | b"tr" | b"y" => (2, false),
            _ => return false,
        };
        match b.get(end) {
            Some(&d) if is_delimiter(d) && !matches!(d, b',' | b';' | b')' | b'=' | b'}') => {}
            _ => return false,
        }
        self.i = end;
        for part in 0..parts {
            if part > 0 {
                let opener = b[end];
                if closing(opener) == opener {
                    // `s/a/b/`: the middle delimiter both closes and opens.
                    self.i -= 1;
                } else {
                    self.i += b[self.i..]
                        .iter()
                        .take_while(|c| c.is_ascii_whitespace())
                        .count();
                    if !b.get(self.i).copied().is_some_and(is_delimiter) {
                        break;
                    }
                }
            }
            self.delimited(emit);
        }
        self.i += b[self.i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        if !emit {
            self.items.push(Item::Literal(i..self.i.min(b.len())));
        }
        true
    }

    /// Ruby's `%(…)`, `%q[…]`, `%w{…}`, `%r|…|` where an expression may start.
    pub(super) fn percent(&mut self) -> bool {
        let b = self.b;
        if b[self.i] != b'%' || !matches!(self.prev, Prev::Start | Prev::Keyword | Prev::Punct) {
            return false;
        }
        let mut j = self.i + 1;
        let letter = b.get(j).copied().filter(|c| b"qQwWiIrsx".contains(c));
        if letter.is_some() {
            j += 1;
        }
        match b.get(j) {
            Some(&d) if is_delimiter(d) && d != b'=' => {}
            _ => return false,
        }
        self.i = j;
        self.delimited(matches!(letter, None | Some(b'q' | b'Q' | b'w' | b'W')));
        true
    }

    /// Elixir's `~s(…)`, `~r/…/i`, `~S"""…"""`.
    pub(super) fn sigil(&mut self) -> bool {
        let b = self.b;
        if b[self.i] != b'~' {
            return false;
        }
        let mut j = self.i + 1;
        let letters = match b.get(j) {
            Some(c) if c.is_ascii_lowercase() => 1,
            Some(c) if c.is_ascii_uppercase() => {
                b[j..].iter().take_while(|c| c.is_ascii_uppercase()).count()
            }
            _ => return false,
        };
        let emit = !matches!(b[j], b'r' | b'R');
        let start = self.i;
        j += letters;
        let delimiter = match b.get(j) {
            Some(&d) if b"/|\"'([{<".contains(&d) => d,
            _ => return false,
        };
        self.i = j;
        if self.at(b"\"\"\"") || self.at(b"'''") {
            self.i += 3;
            let items = self.items.len();
            self.lex_body(&[delimiter; 3], Esc::Backslash, true, Interp::HashBrace);
            if !emit {
                self.items.truncate(items);
            }
        } else {
            self.delimited(emit);
        }
        self.i += b[self.i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        if !emit {
            self.items.push(Item::Literal(start..self.i.min(b.len())));
        }
        true
    }

    /// Content after the delimiter at `i` up to its closing one, brackets nesting, backslashes
    /// escaping; pushed when `emit`.
    pub(super) fn delimited(&mut self, emit: bool) {
        let b = self.b;
        let open = b[self.i];
        let close = closing(open);
        self.i += 1;
        let start = self.i;
        let mut level = 0usize;
        while self.i < b.len() {
            let c = b[self.i];
            if c == b'\\' {
                self.i += 2;
                continue;
            }
            if close != open && c == open {
                level += 1;
            } else if c == close {
                if level == 0 {
                    if emit {
                        self.push_str(start..self.i);
                    }
                    self.i += 1;
                    return;
                }
                level -= 1;
            }
            self.i += 1;
        }
        self.i = b.len();
        if emit {
            self.push_str(start..b.len());
        }
    }

    /// SQL `$$…$$` and `$tag$…$tag$`.
    pub(super) fn dollar(&mut self) -> bool {
        let b = self.b;
        let i = self.i;
        if b[i] != b'$' || b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            return false;
        }
        let tag_len = b[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
            .count();
        if b.get(i + 1 + tag_len) != Some(&b'$') {
            return false;
        }
        let tag = &b[i..i + tag_len + 2];
        self.closed_by(i + tag.len(), tag);
        true
    }

    /// Lua's `[[…]]` and `[==[…]==]`.
    pub(super) fn long_string(&mut self) -> bool {
        let Some(close) = long_bracket(self.b, self.i) else {
            return false;
        };
        self.closed_by(self.i + close.len(), &close);
        true
    }

    /// Elixir's `?c`: a character, so `?#` is not a comment.
    pub(super) fn question_char(&mut self) -> bool {
        let b = self.b;
        if b[self.i] != b'?' || self.word_before(self.i) {
            return false;
        }
        match b.get(self.i + 1) {
            Some(b'\\') => self.i += 2 + b.get(self.i + 2).map_or(0, |&c| utf8_len(c)),
            Some(&c) if !c.is_ascii_whitespace() => self.i += 1 + utf8_len(c),
            _ => return false,
        }
        self.i = self.i.min(b.len());
        true
    }

    /// PowerShell `@"` or `@'` ending its line, closed by `"@` or `'@` at the start of a line.
    pub(super) fn here_string(&mut self) -> bool {
        let b = self.b;
        let q = match b.get(self.i + 1) {
            Some(&q @ (b'"' | b'\'')) if b[self.i] == b'@' => q,
            _ => return false,
        };
        let eol = line_end(b, self.i);
        if !b[self.i + 2..eol].iter().all(u8::is_ascii_whitespace) || eol >= b.len() {
            return false;
        }
        let start = eol + 1;
        let mut line = start;
        while line < b.len() {
            if b[line..].starts_with(&[q, b'@']) {
                let end = before_line_break(b, line, start);
                self.push_str(start..end);
                self.i = line + 2;
                return true;
            }
            line = line_end(b, line) + 1;
        }
        self.push_str(start..b.len());
        self.i = b.len();
        true
    }

    /// Rust `r#"…"#`, Swift `#"…"#`: `#`s, a quote, and the same closing; `need_hash` when the
    /// prefix is the `#`s alone.
    pub(super) fn hashed(&mut self, j: usize, need_hash: bool) -> bool {
        let b = self.b;
        let hashes = b[j..].iter().take_while(|&&c| c == b'#').count();
        if (need_hash && hashes == 0) || b.get(j + hashes) != Some(&b'"') {
            return false;
        }
        let mut close = vec![b'"'];
        close.extend(std::iter::repeat_n(b'#', hashes));
        self.closed_by(j + hashes + 1, &close);
        true
    }

    /// C++ `R"delim(…)delim"`.
    pub(super) fn cpp_raw(&mut self, j: usize) -> bool {
        let b = self.b;
        if b.get(j) != Some(&b'"') {
            return false;
        }
        let delim_len = b[j + 1..]
            .iter()
            .take(17)
            .take_while(|c| !b" ()\\\t\r\n\"".contains(c))
            .count();
        if b.get(j + 1 + delim_len) != Some(&b'(') {
            return false;
        }
        let mut close = vec![b')'];
        close.extend_from_slice(&b[j + 1..j + 1 + delim_len]);
        close.push(b'"');
        self.closed_by(j + delim_len + 2, &close);
        true
    }

    /// R `r"(…)"`, `R'[…]'`, `r"--{…}--"`.
    pub(super) fn r_raw(&mut self, j: usize) -> bool {
        let b = self.b;
        let Some(&q @ (b'"' | b'\'')) = b.get(j) else {
            return false;
        };
        let dashes = b[j + 1..].iter().take_while(|&&c| c == b'-').count();
        let open = match b.get(j + 1 + dashes) {
            Some(&o @ (b'(' | b'[' | b'{')) => o,
            _ => return false,
        };
        let mut close = vec![closing(open)];
        close.extend(std::iter::repeat_n(b'-', dashes));
        close.push(q);
        self.closed_by(j + dashes + 2, &close);
        true
    }

    /// Content from `start` to `close` (or the end), pushed; `i` moves past it.
    pub(super) fn closed_by(&mut self, start: usize, close: &[u8]) {
        let start = start.min(self.b.len());
        match find(self.b, start, close) {
            Some(end) => {
                self.push_str(start..end);
                self.i = end + close.len();
            }
            None => {
                self.push_str(start..self.b.len());
                self.i = self.b.len();
            }
        }
    }
}

fn is_delimiter(c: u8) -> bool {
    c.is_ascii_punctuation() && c != b'_'
}

fn closing(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        b'{' => b'}',
        b'<' => b'>',
        other => other,
    }
}

/// The end of the line before the one starting at `line` (its `\n`, and a `\r` before it,
/// left out), never before `start`.
fn before_line_break(b: &[u8], line: usize, start: usize) -> usize {
    let end = line.saturating_sub(1).max(start);
    let end = if b[..end].ends_with(b"\r") {
        end - 1
    } else {
        end
    };
    end.max(start)
}
