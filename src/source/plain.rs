//! Text that Markdown reads as nothing but paragraphs, chunked without the parser.
//!
//! Most code comments are a sentence or two of plain words. Building a Markdown parser for each
//! one cost more than a sixth of a source tree's run, so text whose every line is plainly
//! paragraph text is split into lines here, with the chunks the parser would give (a property
//! test holds the two to the same output). Anything that might be syntax sends the text to the
//! parser.

use std::ops::Range;

use super::{Chunk, Scope, Style};

/// The chunks of `text` when it can only be paragraphs of plain text and code spans; `None`
/// when Markdown might read any of it otherwise.
pub(super) fn paragraphs(text: &str) -> Option<Vec<Chunk>> {
    let b = text.as_bytes();
    let mut chunks = Vec::new();
    let mut block_start = true;
    let mut start = 0;
    for line in text.split('\n') {
        let range = start..start + line.len();
        start = range.end + 1;
        let content = line.trim_start_matches(' ');
        let indent = line.len() - content.len();
        let content = content.trim_end_matches(' ');
        if content.is_empty() {
            block_start = true;
            continue;
        }
        // Four spaces open an indented code block; a digit or punctuation may open a list, a
        // heading, a fence or an underline. A letter or a code span opens or continues a
        // paragraph.
        let first = content.as_bytes()[0];
        if indent >= 4 || !(first.is_ascii_alphabetic() || first >= 0x80 || first == b'`') {
            return None;
        }
        let end = range.start + indent + content.len();
        let mut from = range.start + indent;
        let mut at = from;
        let mut push = |range: Range<usize>, scope: Scope, block_start: &mut bool| {
            chunks.push(Chunk {
                range,
                block_start: scope == Scope::Prose && std::mem::take(block_start),
                soft_break: false,
                scope,
                style: Style::default(),
            });
        };
        // Anything that may be syntax sends the text to the parser, unless it opens a code span.
        while let Some(k) = b[at..end].iter().position(|&c| MARKS[usize::from(c)]) {
            let code = code_span(b, at + k, end)?;
            if from < at + k {
                push(from..at + k, Scope::Prose, &mut block_start);
            }
            push(code.clone(), Scope::InlineCode, &mut block_start);
            at = code.end + 1;
            from = at;
        }
        if from < end {
            push(from..end, Scope::Prose, &mut block_start);
        }
    }
    Some(chunks)
}

/// The content of the code span that opens at `open`, when `open` is a backtick, the span closes
/// on the same line with one backtick, and its content does not start with a space (CommonMark
/// strips a space from both ends) and holds no control character (a carriage return ends a
/// line).
fn code_span(b: &[u8], open: usize, end: usize) -> Option<Range<usize>> {
    if b[open] != b'`' {
        return None;
    }
    let close = open
        + 1
        + b[open + 1..end]
            .iter()
            .position(|&c| c == b'`' || c < 0x20 || c == 0x7f)?;
    let plain = b[close] == b'`'
        && close > open + 1
        && b[open + 1] != b' '
        && b.get(close + 1) != Some(&b'`');
    plain.then_some(open + 1..close)
}

/// Bytes that may be Markdown syntax inside a line of text (emphasis, code, links, HTML,
/// entities, escapes, tables, strikethrough), and control characters, which the line splitting
/// above does not handle (tabs, carriage returns).
const MARKS: [bool; 256] = super::byte_table(
    b"`*_[]<>!\\&~|#^$\x7f\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\x0b\x0c\r\x0e\x0f\
      \x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f",
);

/// The range of every chunk, for comparing with the parser.
#[cfg(test)]
fn ranges(chunks: &[Chunk]) -> Vec<(Range<usize>, bool)> {
    chunks
        .iter()
        .map(|c| (c.range.clone(), c.block_start))
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn parsed(text: &str) -> Vec<Chunk> {
        super::super::markdown::extract_fragment_parsed(text)
    }

    #[test]
    fn splits_paragraphs_into_lines() {
        let text = "First line of text\n  second line  \n\nA new paragraph, with punctuation.";
        let chunks = paragraphs(text).expect("plain text");
        assert_eq!(
            ranges(&chunks),
            vec![(0..18, true), (21..32, false), (36..text.len(), true)]
        );
        assert_eq!(chunks, parsed(text));
    }

    #[test]
    fn reads_code_spans_as_code() {
        let text = "`getToken` returns the `session token`";
        let chunks = paragraphs(text).expect("plain text");
        let scopes: Vec<_> = chunks
            .iter()
            .map(|c| (&text[c.range.clone()], c.scope))
            .collect();
        assert_eq!(
            scopes,
            vec![
                ("getToken", Scope::InlineCode),
                (" returns the ", Scope::Prose),
                ("session token", Scope::InlineCode),
            ]
        );
        assert!(chunks[1].block_start);
        assert_eq!(chunks, parsed(text));
    }

    #[test]
    fn leaves_whatever_may_be_syntax_to_the_parser() {
        for text in [
            "Use ``two`` ticks",
            "an `unclosed span",
            "`a``b`",
            "a ` spaced` span",
            "a `span\nover lines`",
            "- a list item",
            "1. ordered",
            "Title\n=====",
            "Title\n-----",
            "    indented code",
            "some *emphasis*",
            "a | table",
            "an &amp; entity",
            "a <b>tag</b>",
            "a [link](x)",
            "tab\there",
            "crlf\r\nline",
            "a `span\r` with a return",
            "a `span\t` with a tab",
            "# heading",
            "> quote",
            "snake_case",
        ] {
            assert!(paragraphs(text).is_none(), "{text:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Whatever the plain path accepts, the parser chunks the same way.
        #[test]
        fn agrees_with_the_parser(text in "([a-zA-Z0-9 .,;:'\"()?/=+@%{}`_<*-]{0,12}\n?){0,8}") {
            if let Some(chunks) = paragraphs(&text) {
                prop_assert_eq!(chunks, parsed(&text), "{:?}", text);
            }
        }

        #[test]
        fn agrees_with_the_parser_on_words(
            text in "(( {0,5})(`?[A-Za-zé_<]{1,6}`?( {1,3}|[.,:-])){0,6}( {0,3})\n{0,3}){0,6}"
        ) {
            if let Some(chunks) = paragraphs(&text) {
                prop_assert_eq!(chunks, parsed(&text), "{:?}", text);
            }
        }
    }
}
