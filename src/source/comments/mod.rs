//! The prose in source code: comments and doc comments, read as Markdown, with exact spans.
//! String literals are reported in their own scope; identifiers and other code never are.
//!
//! A language is one entry of the table in `languages.rs`. The lexer finds comments and strings
//! by that data: `lexer.rs` walks the code, `comment.rs`, `strings.rs`, `quoting.rs` and
//! `expression.rs` read what starts there, and `markup.rs` splits HTML-like files. `doc.rs` turns
//! a comment into chunks of the original text, after `tags.rs` and `docstring.rs` cut out what
//! is not prose.

mod bytes;
mod comment;
mod doc;
mod docstring;
mod expression;
mod languages;
mod lexer;
mod logical;
mod markup;
mod quoting;
mod strings;
mod tags;

use std::ops::Range;

pub use languages::{LANGUAGES, Language};
use lexer::{Item, Kind};

use super::{Chunk, Scope};

/// The language called `name` in the table (`"Rust"`, `"C#"`), ignoring case.
pub fn language(name: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.name.eq_ignore_ascii_case(name))
}

/// The language of a file by its exact name (`Dockerfile`), or a name that starts with an entry
/// ending in `.` (`Dockerfile.dev`).
pub fn by_file_name(name: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| {
        l.file_names.iter().any(|f| {
            name == *f
                || name
                    .strip_prefix(*f)
                    .is_some_and(|rest| rest.starts_with('.'))
        })
    })
}

/// The language of a lowercase file extension.
pub fn by_extension(ext: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.extensions.contains(&ext))
}

/// The language of a script by its first line: `#!/bin/sh`, `#!/usr/bin/env -S python3 -u`.
pub fn by_shebang(first_line: &str) -> Option<&'static Language> {
    let line = first_line.strip_prefix("#!")?;
    let mut words = line.split_whitespace();
    let mut program = words.next()?.rsplit('/').next()?;
    if program == "env" {
        program = words.find(|w| !w.starts_with('-') && !w.contains('='))?;
    }
    let name = program
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
        .to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|l| l.interpreters.contains(&name.as_str()))
}

/// The comments (as prose and inline code) and string literals of `text`, in order.
///
/// What [`not_code`] gives comes with them, from the same pass of the lexer.
pub(super) fn extract_and_code(
    language: &Language,
    text: &str,
) -> (Vec<Chunk>, Vec<std::ops::Range<usize>>) {
    let items = lex(language, text);
    let not_code = not_code_of(&items);
    (chunks_of(text, &items), not_code)
}

fn lex(language: &Language, text: &str) -> Vec<Item> {
    match &language.syntax.markup {
        Some(markup) => markup::lex(markup, text),
        None => lexer::lex(&language.syntax, text, 0..text.len()).0,
    }
}

fn chunks_of(text: &str, items: &[Item]) -> Vec<Chunk> {
    let mut chunks = Vec::new();
    let mut k = 0;
    while k < items.len() {
        let comment = match &items[k] {
            Item::Str(range) => {
                chunks.push(Chunk {
                    range: range.clone(),
                    block_start: true,
                    soft_break: false,
                    scope: Scope::String,
                    style: super::Style::default(),
                });
                k += 1;
                continue;
            }
            Item::Literal(_) => {
                k += 1;
                continue;
            }
            Item::Comment(comment) => comment,
        };
        k += 1;
        if is_pragma(&text[comment.body.clone()]) {
            continue;
        }
        let (lines, style) = match comment.kind {
            Kind::Line(_) => {
                let mut lines = vec![comment.body.clone()];
                // Line comments on consecutive lines, with the same marker, are one comment.
                while let Some(Item::Comment(next)) = items.get(k)
                    && next.kind == comment.kind
                    && next.doc == comment.doc
                    && one_line_apart(text, lines[lines.len() - 1].end, next.start)
                    && !is_pragma(&text[next.body.clone()])
                {
                    lines.push(next.body.clone());
                    k += 1;
                }
                let style = doc::Style {
                    python: false,
                    first_apart: false,
                };
                (lines, style)
            }
            Kind::Block { stars } => {
                let style = doc::Style {
                    python: false,
                    first_apart: true,
                };
                (block_lines(text, comment.body.clone(), stars), style)
            }
            Kind::Docstring { python } => {
                let style = doc::Style {
                    python,
                    first_apart: true,
                };
                (block_lines(text, comment.body.clone(), false), style)
            }
        };
        doc::push_chunks(text, &lines, style, &mut chunks);
    }
    chunks
}

/// The ranges of `text` that are not code, in order: each comment from its marker to the end of
/// its body, each string literal's content and each regex literal. What lies outside them is code.
pub fn not_code(language: &Language, text: &str) -> Vec<std::ops::Range<usize>> {
    not_code_of(&lex(language, text))
}

fn not_code_of(items: &[Item]) -> Vec<std::ops::Range<usize>> {
    items
        .iter()
        .map(|item| match item {
            Item::Str(range) | Item::Literal(range) => range.clone(),
            Item::Comment(comment) => comment.start..comment.body.end,
        })
        .collect()
}

/// Whether only the line break and indentation lie between `end` and `start`.
fn one_line_apart(text: &str, end: usize, start: usize) -> bool {
    let gap = &text.as_bytes()[end.min(start)..start];
    gap.iter().filter(|&&c| c == b'\n').count() == 1 && gap.iter().all(u8::is_ascii_whitespace)
}

/// The lines of a block comment's body; with `stars`, the ` * ` that starts a line and the
/// `*`s of a `/*****` or `*****/` rule are left out.
fn block_lines(text: &str, body: Range<usize>, stars: bool) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = body.start;
    while start <= body.end {
        let end = memchr::memchr(b'\n', &b[start..body.end]).map_or(body.end, |p| start + p);
        let mut line = start..if b[..end].ends_with(b"\r") && end > start {
            end - 1
        } else {
            end
        };
        if stars {
            let first = lines.is_empty();
            let lead = if first {
                0
            } else {
                b[line.clone()]
                    .iter()
                    .take_while(|&&c| c == b' ' || c == b'\t')
                    .count()
            };
            let star_run = b[line.start + lead..line.end]
                .iter()
                .take_while(|&&c| c == b'*')
                .count();
            if first || star_run > 0 {
                line.start += lead + if first { star_run } else { 1 };
            }
            if end == body.end {
                while line.end > line.start && matches!(b[line.end - 1], b'*' | b' ' | b'\t') {
                    line.end -= 1;
                }
            }
        }
        lines.push(line);
        start = end + 1;
    }
    lines
}

/// Tool directives, which are comments but not prose.
const PRAGMAS: &[&str] = &[
    "eslint-disable",
    "eslint-enable",
    "eslint-env",
    "eslint ",
    "@ts-",
    "prettier-ignore",
    "istanbul ignore",
    "c8 ignore",
    "v8 ignore",
    "biome-ignore",
    "tslint:",
    "jshint ",
    "global ",
    "globals ",
    "webpackChunkName",
    "webpackIgnore",
    "webpackMode",
    "webpackPrefetch",
    "webpackPreload",
    "@vite-ignore",
    "#__PURE__",
    "@__PURE__",
    "@__NO_SIDE_EFFECTS__",
    "noqa",
    "type:",
    "pylint:",
    "mypy:",
    "pyright:",
    "fmt:",
    "isort:",
    "pragma:",
    "nosec",
    "shellcheck ",
    "rubocop:",
    "frozen_string_literal:",
    "encoding:",
    "coding:",
    "-*-",
    "vim:",
    "nolint",
    "NOLINT",
    "go:",
    "+build",
    "clang-format",
    "swiftlint:",
    "ktlint-disable",
    "@formatter:",
    "region",
    "endregion",
    "#region",
    "#endregion",
    "<editor-fold",
    "</editor-fold",
    "cspell:",
    "spell-checker:",
    "@jsx",
    "@flow",
    "@noflow",
    "@refresh",
    "<reference ",
    "<amd-",
    "# sourceMappingURL",
    "@ sourceMappingURL",
    "SPDX-License-Identifier:",
    "hadolint ",
    "syntax=",
    "escape=",
    "yamllint ",
    "markdownlint-",
    "stylelint-",
    "phpcs:",
    "@phpstan-",
    "@psalm-",
];

fn is_pragma(body: &str) -> bool {
    let body = body.trim();
    // `#region`, Haskell's `{-# LANGUAGE … #-}`.
    let hashed = body.starts_with('#')
        && (body.len() > 1 && !body.as_bytes()[1].is_ascii_whitespace() || body.ends_with('#'));
    hashed || starts_with_pragma(body) || is_directive(body)
}

/// Whether `body` opens with one of [`PRAGMAS`]. Every comment is tested, so only the pragmas
/// that share its first byte are compared, found through a table built at compile time.
fn starts_with_pragma(body: &str) -> bool {
    let Some(&first) = body.as_bytes().first() else {
        return false;
    };
    let mut candidates = PRAGMAS_BY_FIRST_BYTE[usize::from(first)];
    while candidates != 0 {
        let at = candidates.trailing_zeros() as usize;
        if body.starts_with(PRAGMAS[at]) {
            return true;
        }
        candidates &= candidates - 1;
    }
    false
}

/// For each byte, the set of [`PRAGMAS`] that start with it, as bits by their place in the list.
const PRAGMAS_BY_FIRST_BYTE: [u128; 256] = {
    assert!(PRAGMAS.len() <= 128, "a pragma's place must fit in a u128");
    let mut table = [0u128; 256];
    let mut at = 0;
    while at < PRAGMAS.len() {
        table[PRAGMAS[at].as_bytes()[0] as usize] |= 1 << at;
        at += 1;
    }
    table
};

/// A comment that opens with a `namespace:name` token is read by a tool, whatever the tool:
/// `swagger:route POST /signup`, `+kubebuilder:validation:Enum=login`, `lint:ignore`. Prose
/// puts a space after a label's colon ("Note: the user signs in").
fn is_directive(body: &str) -> bool {
    let token = body.split_ascii_whitespace().next().unwrap_or("");
    let token = token.strip_prefix(['+', '@']).unwrap_or(token);
    let Some((namespace, name)) = token.split_once(':') else {
        return false;
    };
    let namespace_ok = namespace.len() >= 2
        && namespace.starts_with(|c: char| c.is_ascii_lowercase())
        && namespace
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    namespace_ok && name.starts_with(|c: char| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::{PRAGMAS, starts_with_pragma};

    /// The table must answer as a scan of the whole list does, for each pragma itself, the
    /// pragma followed by more text, and text that only shares its first bytes.
    #[test]
    fn the_first_byte_table_agrees_with_a_scan_of_the_list() {
        let scan = |body: &str| PRAGMAS.iter().any(|p| body.starts_with(p));
        let mut bodies: Vec<String> = Vec::new();
        for pragma in PRAGMAS {
            bodies.push((*pragma).to_owned());
            bodies.push(format!("{pragma} next-line rule"));
            bodies.push(pragma[..pragma.len() - 1].to_owned());
        }
        bodies.extend(
            [
                "",
                "e",
                "eslint",
                "Returns the session token",
                "the user signs in",
                "* Sign in with a passkey",
                "global settings",
                "typeof user",
                "NOLINTNEXTLINE(readability)",
                "région",
            ]
            .map(str::to_owned),
        );
        for body in &bodies {
            assert_eq!(starts_with_pragma(body), scan(body), "{body:?}");
        }
    }
}
