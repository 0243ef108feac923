//! One Aho-Corasick automaton over every form of every term; word boundaries, identifiers, case
//! and context are checked on each match.

use std::ops::Range;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::diagnostic::Finding;
use crate::fix::Fix;
use crate::glossary::{CasePolicy, Glossary, Pattern, Term};
use crate::source::{Chunk, Scope};

/// Marks the end of a block in the prose buffer: nothing matches across it.
const BLOCK: char = '\n';
/// Marks markup or code between two runs of prose in one block: no term spans it.
const GAP: char = '\u{1f}';

/// The compiled glossary.
#[derive(Debug)]
pub struct Matcher {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
    terms: Vec<CompiledTerm>,
}

#[derive(Debug)]
struct CompiledTerm {
    id: Arc<str>,
    message: Arc<str>,
    term: Term,
}

impl Matcher {
    pub fn new(glossary: &Glossary) -> Matcher {
        let patterns = glossary.patterns();
        let needles: Vec<String> = patterns.iter().map(|p| collapse(&p.text)).collect();
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&needles)
            .expect("glossary patterns are plain strings of bounded size");
        let terms = glossary
            .terms
            .iter()
            .map(|term| CompiledTerm {
                id: term.id.as_str().into(),
                message: term.message.as_str().into(),
                term: term.clone(),
            })
            .collect();
        Matcher {
            automaton,
            patterns,
            terms,
        }
    }

    /// The findings in the prose `chunks` of `text`, in order.
    pub fn find(&self, text: &str, chunks: &[Chunk]) -> Vec<Finding> {
        let prose = Prose::build(text, chunks);
        let buf = prose.buf.as_str();
        let mut findings = Vec::new();
        for m in self.automaton.find_iter(buf) {
            let pattern = &self.patterns[m.pattern().as_usize()];
            let compiled = &self.terms[pattern.term];
            let (s, e) = (m.start(), m.end());
            let matched = &buf[s..e];
            if !at_word_boundaries(buf, s, e)
                || pattern.canonical.as_deref() == Some(matched)
                || looks_like_code(buf, s, e, pattern)
                || !context_allows(&compiled.term, buf, s, e)
            {
                continue;
            }
            let suggestions = match compiled.term.case {
                CasePolicy::Exact => pattern.suggestions.clone(),
                CasePolicy::Insensitive => pattern
                    .suggestions
                    .iter()
                    .map(|s| copy_case(matched, s))
                    .collect(),
            };
            let span = prose.source_span(s..e);
            let applicability = compiled.term.applicability();
            findings.push(Finding {
                rule: compiled.id.clone(),
                severity: compiled.term.severity,
                message: compiled.message.clone(),
                fix: Fix::for_match(text, span.clone(), &suggestions, applicability),
                span,
                suggestions,
                applicability,
            });
        }
        findings
    }
}

/// The prose of a file as one string, with whitespace runs collapsed to one space, and the
/// source offset of every byte, so each match maps back to the exact original bytes.
struct Prose {
    buf: String,
    map: Vec<u32>,
}

impl Prose {
    fn build(text: &str, chunks: &[Chunk]) -> Prose {
        let mut prose = Prose {
            buf: String::new(),
            map: Vec::new(),
        };
        let mut previous_end: Option<usize> = None;
        for chunk in chunks.iter().filter(|c| c.scope == Scope::Prose) {
            if let Some(end) = previous_end {
                let gap = &text[end..chunk.range.start.max(end)];
                if chunk.block_start {
                    prose.push(BLOCK, end);
                } else if chunk.soft_break {
                    prose.push(' ', end);
                } else if !gap.is_empty() {
                    // A soft line break, with the indentation or `>` markers of its block.
                    let soft = gap.bytes().filter(|&b| b == b'\n').count() <= 1
                        && gap.chars().all(|c| c.is_whitespace() || c == '>');
                    prose.push(if soft { ' ' } else { GAP }, end);
                }
            }
            for (offset, c) in text[chunk.range.clone()].char_indices() {
                let at = chunk.range.start + offset;
                if c.is_whitespace() {
                    if !prose.buf.ends_with([' ', BLOCK, GAP]) || prose.buf.is_empty() {
                        prose.push(' ', at);
                    }
                } else {
                    prose.push(c, at);
                }
            }
            previous_end = Some(chunk.range.end);
        }
        prose
    }

    fn push(&mut self, c: char, at: usize) {
        let at = u32::try_from(at).unwrap_or(u32::MAX);
        let len = c.len_utf8() as u32;
        self.buf.push(c);
        self.map.extend((0..len).map(|i| at + i));
    }

    fn source_span(&self, range: Range<usize>) -> Range<usize> {
        self.map[range.start] as usize..self.map[range.end - 1] as usize + 1
    }
}

/// Letters, digits and `_` are word characters.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn at_word_boundaries(buf: &str, s: usize, e: usize) -> bool {
    let before = buf[..s].chars().next_back();
    let after = buf[e..].chars().next();
    let first = buf[s..e].chars().next();
    let last = buf[s..e].chars().next_back();
    // A boundary is needed only where the term itself starts or ends with a word character.
    !(before.is_some_and(is_word) && first.is_some_and(is_word)
        || after.is_some_and(is_word) && last.is_some_and(is_word))
}

/// True when the match sits in an identifier, a path, a file name, a URL or a call, which are
/// code even when they are not marked as code.
fn looks_like_code(buf: &str, s: usize, e: usize, pattern: &Pattern) -> bool {
    let matched = &buf[s..e];
    // A form the glossary lists with this exact spelling is meant to be caught (`NextJS`).
    let listed = pattern.listed.iter().any(|l| collapse(l) == matched);
    if !listed && has_camel_hump(matched) {
        return true;
    }
    let is_sep = |c: char| c == ' ' || c == BLOCK || c == GAP;
    let token_start = buf[..s].rfind(is_sep).map_or(0, |p| p + 1);
    let token_end = buf[e..].find(is_sep).map_or(buf.len(), |p| e + p);
    let prefix = buf[token_start..s].trim_start_matches(['(', '[', '"', '\'', '“', '‘', '*']);
    let suffix = buf[e..token_end].trim_end_matches([
        '.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '”', '’', '…', '*',
    ]);
    // Inside a slug such as `clerk-nextjs-app`: hyphens on both sides.
    if prefix.ends_with('-') && suffix.starts_with('-') {
        return true;
    }
    let code_char = |c: char| "/\\@_=<>{}[]$#|~^(`".contains(c);
    if prefix.contains(code_char) || suffix.contains(code_char) {
        return true;
    }
    // A dot joined to a word on both sides: `signIn.create`, `customise.ts`, `config.customise`.
    let dotted = |part: &str, whole_is_left: bool| {
        let bytes = part.as_bytes();
        bytes.iter().enumerate().any(|(i, &b)| {
            b == b'.' && {
                let left = if i == 0 && !whole_is_left {
                    matched.chars().next_back()
                } else {
                    part[..i].chars().next_back()
                };
                let right = if i + 1 == bytes.len() && whole_is_left {
                    matched.chars().next()
                } else {
                    part[i + 1..].chars().next()
                };
                left.is_some_and(is_word) && right.is_some_and(is_word)
            }
        })
    };
    dotted(prefix, true) || dotted(suffix, false) || suffix.contains("::") || prefix.contains("::")
}

/// A lowercase letter followed by an uppercase one, as in `signIn` or `SignIn`.
fn has_camel_hump(text: &str) -> bool {
    let mut previous_lower = false;
    for c in text.chars() {
        if previous_lower && c.is_uppercase() {
            return true;
        }
        previous_lower = c.is_lowercase();
    }
    false
}

fn context_allows(term: &Term, buf: &str, s: usize, e: usize) -> bool {
    let after = &buf[e..];
    let before = &buf[..s];
    if !term.followed_by.is_empty() && !term.followed_by.iter().any(|w| followed_by(after, w)) {
        return false;
    }
    if term.not_followed_by.iter().any(|w| followed_by(after, w)) {
        return false;
    }
    !term.not_preceded_by.iter().any(|w| preceded_by(before, w))
}

/// Whether the words `words` come next in `after`, across spaces and inline markup.
fn followed_by(after: &str, words: &str) -> bool {
    let rest = after.trim_start_matches([' ', GAP]);
    let words = collapse(words);
    rest.get(..words.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(&words))
        && !rest[words.len()..].chars().next().is_some_and(is_word)
}

fn preceded_by(before: &str, words: &str) -> bool {
    let rest = before.trim_end_matches([' ', GAP]);
    let words = collapse(words);
    rest.len()
        .checked_sub(words.len())
        .and_then(|at| rest.get(at..).map(|tail| (at, tail)))
        .is_some_and(|(at, tail)| {
            tail.eq_ignore_ascii_case(&words)
                && !rest[..at].chars().next_back().is_some_and(is_word)
        })
}

/// Whitespace runs as one space: how the prose buffer spells every term.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `suggestion` in the case pattern of `matched`: UPPER stays upper, a capital first letter stays
/// capital; otherwise the suggestion is as the glossary writes it.
pub(crate) fn copy_case(matched: &str, suggestion: &str) -> String {
    let letters: Vec<char> = matched.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    if letters.len() >= 2 && upper == letters.len() {
        return suggestion.to_uppercase();
    }
    if letters.first().is_some_and(|c| c.is_uppercase()) {
        let mut chars = suggestion.chars();
        return match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        };
    }
    suggestion.to_string()
}
