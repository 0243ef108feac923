//! Python's logical lines, followed as the lexer walks them, to tell a docstring from any
//! other string: a string statement documents what precedes it at the start of a module, after
//! a `def` or `class` header, and after an assignment at module or class level.

use super::lexer::Lexer;

/// Python's logical lines, to tell a docstring from any other string.
#[derive(Debug, Default)]
pub(super) struct Logical {
    pub(super) has_tokens: bool,
    /// The column of the line's first token.
    pub(super) indent: usize,
    /// The line starts with `def`, `class` or `async`.
    pub(super) header: bool,
    /// The line starts with `class`.
    pub(super) class: bool,
    pub(super) last_colon: bool,
    /// The line is an assignment (`x = 1`, `x: int`, `self.x: int = 1`), which a string statement
    /// right after documents when it is at module or class level.
    pub(super) assignment: bool,
    /// How far the line reads as an assignment target: a name, dotted names, then `:`.
    pub(super) target: Target,
    /// The next statement may be a docstring: at the start of the module, after a header, or
    /// after an assignment at module or class level.
    pub(super) expect_doc: bool,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    #[default]
    Start,
    /// A name, or dotted names (`self.x`), so far.
    Name,
    /// A name and a `.`.
    Dot,
    Other,
}

/// Python's keywords, which never start an assignment's target.
const PYTHON_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

impl Lexer<'_> {
    /// Python: at the end of a logical line, decides whether the next statement may be a
    /// docstring, and which `def` and `class` blocks it is in.
    pub(super) fn end_logical_line(&mut self) {
        let line = std::mem::take(&mut self.logical);
        self.logical.expect_doc = if line.has_tokens {
            while self.blocks.last().is_some_and(|&(at, _)| at >= line.indent) {
                self.blocks.pop();
            }
            let opens = line.header && line.last_colon;
            // Module or class level, not a function's locals.
            let attribute = line.assignment
                && !line.header
                && self.blocks.last().is_none_or(|&(_, class)| class);
            if opens {
                self.blocks.push((line.indent, line.class));
            }
            opens || attribute
        } else {
            line.expect_doc
        };
    }

    /// Python: an identifier `word` at `i`, for the line's header and assignment target.
    pub(super) fn python_word(&mut self, i: usize, word: &str) {
        self.first_token(i);
        if !self.logical.has_tokens {
            self.logical.header = matches!(word, "def" | "class" | "async");
            self.logical.class = word == "class";
        }
        self.logical.target = match self.logical.target {
            Target::Start if !PYTHON_KEYWORDS.contains(&word) => Target::Name,
            Target::Dot => Target::Name,
            _ => Target::Other,
        };
    }

    /// Python: notes where a logical line starts, at its first token, which starts at `at`.
    pub(super) fn first_token(&mut self, at: usize) {
        if self.syn.docstrings && !self.logical.has_tokens {
            let start = memchr::memrchr(b'\n', &self.b[..at]).map_or(0, |p| p + 1);
            self.logical.indent = at - start;
        }
    }

    /// Python: follows the punctuation `c` at `i` for [`Logical::assignment`]: a plain `=`
    /// outside brackets (not `==`, `<=`, `+=`, `:=`, …), or a name followed by `:`.
    pub(super) fn assignment_token(&mut self, c: u8) {
        let b = self.b;
        let i = self.i;
        let target = self.logical.target;
        self.logical.target = Target::Other;
        if self.brackets > 0 {
            return;
        }
        match c {
            b'=' => {
                let before = i.checked_sub(1).map(|p| b[p]);
                let operator = matches!(
                    before,
                    Some(b'=' | b'!' | b'<' | b'>' | b'+' | b'-' | b'*' | b'/' | b'%' | b'&')
                        | Some(b'|' | b'^' | b'@' | b':' | b'~')
                );
                if !operator && b.get(i + 1) != Some(&b'=') {
                    self.logical.assignment = true;
                }
            }
            b':' if target == Target::Name => self.logical.assignment = true,
            b'.' if target == Target::Name => self.logical.target = Target::Dot,
            _ => {}
        }
    }
}
