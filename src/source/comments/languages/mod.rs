//! The one table of languages: how each is recognised and what its comments and strings look
//! like. Adding a language is one entry in [`LANGUAGES`]; the lexer reads nothing else.

mod table;

pub use table::LANGUAGES;

/// A language whose comments termlint reads.
#[derive(Debug)]
pub struct Language {
    pub name: &'static str,
    /// Lowercase file extensions, without the dot.
    pub extensions: &'static [&'static str],
    /// Whole file names (`Dockerfile`), matched exactly.
    pub file_names: &'static [&'static str],
    /// Interpreter names in a `#!` line, without version digits (`python` covers `python3.12`).
    pub interpreters: &'static [&'static str],
    pub(super) syntax: Syntax,
}

impl Language {
    /// The marker of a line comment (`//`, `#`), when the language has one.
    pub fn line_comment(&self) -> Option<&'static str> {
        self.syntax.line.first().copied()
    }

    /// Whether the language is markup (HTML, XML, Vue, Svelte), whose text outside comments is
    /// words for readers, not names of code.
    pub fn is_markup(&self) -> bool {
        self.syntax.markup.is_some()
    }

    /// The delimiters of a block comment (`/*` `*/`, `<!--` `-->` in markup), when the language
    /// has one.
    pub fn block_comment(&self) -> Option<(&'static str, &'static str)> {
        match self.syntax.markup {
            Some(_) => Some(("<!--", "-->")),
            None => self.syntax.block.first().copied(),
        }
    }
}

impl PartialEq for Language {
    fn eq(&self, other: &Language) -> bool {
        self.name == other.name
    }
}

impl Eq for Language {}

/// Comment and string syntax of a language, as data.
#[derive(Debug)]
pub(super) struct Syntax {
    /// An HTML-like file: comments, plus `<script>` and `<style>` in their own languages.
    pub(super) markup: Option<Markup>,
    /// Line comment markers, longest first.
    pub(super) line: &'static [&'static str],
    /// Block comment delimiters.
    pub(super) block: &'static [(&'static str, &'static str)],
    /// Block comments nest (Rust, Swift, Haskell, Scala, Kotlin, Dart).
    pub(super) nested: bool,
    /// Line comment openings that make a doc comment (`///`, `//!`, `#'`).
    pub(super) doc_line: &'static [&'static str],
    /// Block comment openings that make a doc comment (`/**`, `{-|`).
    pub(super) doc_block: &'static [&'static str],
    /// Comment blocks that open and close on lines of their own at column 0 (`=begin`/`=end`,
    /// POD's `=head1`…`=cut`).
    pub(super) line_block: Option<(&'static [&'static str], &'static str)>,
    /// Where a `#` marker starts a comment.
    pub(super) hash: Hash,
    /// String syntaxes, tried in order (so `"""` before `"`).
    pub(super) strings: &'static [Str],
    /// Prefixes that change the string after them (`r"…"`, `f"…"`, `@"…"`).
    pub(super) prefixes: &'static [Prefix],
    /// `/…/` regex literals where an expression may start (JavaScript, Ruby, Perl).
    pub(super) regex: bool,
    /// JSX elements where an expression may start.
    pub(super) jsx: bool,
    /// Python docstrings: the first string statement of a module, class or function, and a
    /// string statement right after an assignment at module or class level, is a doc comment;
    /// any other string is a string.
    pub(super) docstrings: bool,
    /// Attributes whose string is documentation (Elixir's `@doc`, `@moduledoc`).
    pub(super) doc_attributes: &'static [&'static str],
    /// CSS `url(…)` without quotes, which may hold `//`.
    pub(super) css_url: bool,
    /// YAML: quotes open strings only where a value starts, and `|`/`>` block scalars.
    pub(super) yaml: bool,
    /// Haskell: `--` starts a comment only when not part of an operator such as `-->`.
    pub(super) haskell_dashes: bool,
    /// Lua: `--[[ … ]]` and `--[==[ … ]==]` block comments.
    pub(super) long_comments: bool,
    /// PHP: `?>` ends the code, even inside a line comment.
    pub(super) php_close: bool,
}

/// What an HTML-like file embeds.
#[derive(Debug, Clone, Copy)]
pub(super) struct Markup {
    /// `<?php … ?>` blocks in this syntax.
    pub(super) php: Option<&'static Syntax>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Hash {
    /// Anywhere outside a string.
    Anywhere,
    /// At the start of a word, as in shell: `$#` and `${#x}` are not comments.
    WordStart,
    /// Only as the first thing on a line (Dockerfile).
    LineStart,
    /// Anywhere except `#[`, a PHP attribute.
    NotAttribute,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Esc {
    /// `\x` escapes the next character.
    Backslash,
    /// A doubled quote is a quote (`'it''s'`).
    Doubled,
    /// PowerShell: a backtick escapes, and a doubled quote is a quote.
    Backtick,
    /// Nothing escapes.
    None,
}

/// Code inside a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Interp {
    None,
    /// `${…}` (JavaScript templates, Kotlin, Dart, Scala).
    DollarBrace,
    /// `#{…}` (Ruby, Elixir).
    HashBrace,
    /// `\(…)` (Swift).
    BackslashParen,
    /// `{…}`, with `{{` for a brace (Python f-strings, C# `$"…"`).
    Brace,
    /// `$(…)` and `${…}` (shell).
    Shell,
    /// `{$…}` and `${…}` (PHP).
    PhpBrace,
    /// `$(…)` (PowerShell).
    DollarParen,
}

/// A kind of string literal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Str {
    /// `q`…`q`; a newline ends it unless `lines`.
    Quote {
        q: u8,
        esc: Esc,
        lines: bool,
        interp: Interp,
    },
    /// Three quotes (or more, for C# raw strings) open and close it.
    Triple { q: u8, esc: Esc, interp: Interp },
    /// A char literal `'x'`, told apart from lifetimes, primes and digit separators.
    Char,
    /// Quotes around a name, not text (SQL `"column"`, R `` `name` ``): skipped, not reported.
    Name { q: u8 },
    /// A heredoc: `<<EOF` (shell, Ruby, Perl) or `<<<EOT` (PHP); `upper` when the word must
    /// start in uppercase, so `a <<b` stays a shift.
    Heredoc { open: &'static str, upper: bool },
    /// Perl's quote-like operators: one part (`q`, `qq`, `qw`, `m`, `qr`) or two (`s`, `tr`, `y`).
    QuoteLike,
    /// Ruby's `%q(…)`, `%w[…]`, `%r{…}` where an expression may start.
    Percent,
    /// Elixir sigils: `~s(…)`, `~r/…/`, `~S"""…"""`.
    Sigil,
    /// SQL dollar quoting: `$$…$$`, `$tag$…$tag$`.
    Dollar,
    /// Lua long strings: `[[…]]`, `[==[…]==]`.
    LongBracket,
    /// Elixir's `?c` character, so `?#` is not a comment.
    QuestionChar,
    /// PowerShell here-strings: `@"` … `"@` and `@'` … `'@` on lines of their own.
    HereString,
}

/// A string prefix and what it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Prefix {
    /// Matched case-insensitively, and only where no word continues before it.
    pub(super) text: &'static str,
    pub(super) kind: PrefixKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PrefixKind {
    /// The string after it is lexed as usual (`b"…"`, `u8"…"`, Python `r"…"`).
    Plain,
    /// Backslashes do not escape (Dart `r'…'`).
    Raw,
    /// Backslashes escape (shell `$'…'`, SQL `E'…'`).
    Escaped,
    /// Code inside, as given (Python `f"…"`, C# `$"…"`, Scala `s"…"`).
    Interp(Interp),
    /// C# `@"…"`: doubled quotes, several lines.
    Verbatim,
    /// C# `$@"…"`.
    VerbatimInterp,
    /// `#`s then a quote, closed by the quote and as many `#`s (Rust `r#"…"#`, Swift `#"…"#`).
    Hashes,
    /// C++ `R"delim(…)delim"`.
    CppRaw,
    /// R `r"(…)"`, `r"-[…]-"`.
    RRaw,
}

const NONE: Syntax = Syntax {
    markup: None,
    line: &[],
    block: &[],
    nested: false,
    doc_line: &[],
    doc_block: &[],
    line_block: None,
    hash: Hash::Anywhere,
    strings: &[],
    prefixes: &[],
    regex: false,
    jsx: false,
    docstrings: false,
    doc_attributes: &[],
    css_url: false,
    yaml: false,
    haskell_dashes: false,
    long_comments: false,
    php_close: false,
};

const fn quote(q: u8, esc: Esc, lines: bool, interp: Interp) -> Str {
    Str::Quote {
        q,
        esc,
        lines,
        interp,
    }
}

const fn prefix(text: &'static str, kind: PrefixKind) -> Prefix {
    Prefix { text, kind }
}

const DQ: Str = quote(b'"', Esc::Backslash, false, Interp::None);
const SQ: Str = quote(b'\'', Esc::Backslash, false, Interp::None);
const C_BLOCK: &[(&str, &str)] = &[("/*", "*/")];

const C_LIKE: Syntax = Syntax {
    line: &["//"],
    block: C_BLOCK,
    doc_line: &["///", "//!"],
    doc_block: &["/**", "/*!"],
    strings: &[DQ, Str::Char],
    ..NONE
};

const C: Syntax = Syntax {
    prefixes: &[
        prefix("u8", PrefixKind::Plain),
        prefix("L", PrefixKind::Plain),
        prefix("u", PrefixKind::Plain),
        prefix("U", PrefixKind::Plain),
    ],
    ..C_LIKE
};

const CPP: Syntax = Syntax {
    prefixes: &[
        prefix("u8R", PrefixKind::CppRaw),
        prefix("LR", PrefixKind::CppRaw),
        prefix("uR", PrefixKind::CppRaw),
        prefix("R", PrefixKind::CppRaw),
        prefix("u8", PrefixKind::Plain),
        prefix("L", PrefixKind::Plain),
        prefix("u", PrefixKind::Plain),
    ],
    ..C_LIKE
};

const JS: Syntax = Syntax {
    doc_line: &[],
    doc_block: &["/**"],
    strings: &[
        DQ,
        SQ,
        quote(b'`', Esc::Backslash, true, Interp::DollarBrace),
    ],
    regex: true,
    jsx: true,
    ..C_LIKE
};

const TS: Syntax = Syntax { jsx: false, ..JS };

const CSS: Syntax = Syntax {
    block: C_BLOCK,
    strings: &[DQ, SQ],
    css_url: true,
    ..NONE
};

const SCSS: Syntax = Syntax {
    line: &["//"],
    doc_line: &["///"],
    ..CSS
};

const PHP_CODE: Syntax = Syntax {
    line: &["//", "#"],
    hash: Hash::NotAttribute,
    doc_line: &[],
    doc_block: &["/**"],
    strings: &[
        quote(b'"', Esc::Backslash, true, Interp::PhpBrace),
        quote(b'\'', Esc::Backslash, true, Interp::None),
        quote(b'`', Esc::Backslash, true, Interp::None),
        Str::Heredoc {
            open: "<<<",
            upper: false,
        },
    ],
    php_close: true,
    ..C_LIKE
};

const HASH: Syntax = Syntax {
    line: &["#"],
    ..NONE
};

const PYTHON: Syntax = Syntax {
    strings: &[
        Str::Triple {
            q: b'"',
            esc: Esc::Backslash,
            interp: Interp::None,
        },
        Str::Triple {
            q: b'\'',
            esc: Esc::Backslash,
            interp: Interp::None,
        },
        DQ,
        SQ,
    ],
    prefixes: &[
        prefix("rb", PrefixKind::Plain),
        prefix("br", PrefixKind::Plain),
        prefix("fr", PrefixKind::Interp(Interp::Brace)),
        prefix("rf", PrefixKind::Interp(Interp::Brace)),
        prefix("tr", PrefixKind::Interp(Interp::Brace)),
        prefix("rt", PrefixKind::Interp(Interp::Brace)),
        prefix("f", PrefixKind::Interp(Interp::Brace)),
        prefix("t", PrefixKind::Interp(Interp::Brace)),
        prefix("r", PrefixKind::Plain),
        prefix("u", PrefixKind::Plain),
        prefix("b", PrefixKind::Plain),
    ],
    docstrings: true,
    ..HASH
};

const SHELL: Syntax = Syntax {
    hash: Hash::WordStart,
    strings: &[
        quote(b'\'', Esc::None, true, Interp::None),
        quote(b'"', Esc::Backslash, true, Interp::Shell),
        Str::Name { q: b'`' },
        Str::Heredoc {
            open: "<<",
            upper: false,
        },
    ],
    prefixes: &[prefix("$", PrefixKind::Escaped)],
    ..HASH
};

const MARKUP: Syntax = Syntax {
    markup: Some(Markup { php: None }),
    ..NONE
};

/// The syntax of a `<script>` or `<style>` part, from its tag name and its `lang` or `type`
/// attribute; `None` for parts that are not code (JSON, templates).
pub(super) fn embedded(tag: &str, lang: Option<&str>) -> Option<&'static Syntax> {
    let lang = lang.map(str::to_ascii_lowercase);
    let lang = lang.as_deref().map(|l| l.rsplit('/').next().unwrap_or(l));
    if tag == "style" {
        return match lang {
            None | Some("css") => Some(&CSS),
            Some("scss" | "sass" | "less" | "stylus" | "postcss") => Some(&SCSS),
            Some(_) => None,
        };
    }
    match lang {
        None | Some("js" | "javascript" | "jsx" | "module" | "tsx" | "babel") => Some(&JS),
        Some("ts" | "typescript") => Some(&TS),
        Some(_) => None,
    }
}
