//! Checks on a match after the automaton found it: word boundaries, code-like tokens, and the
//! context a term's data asks for.

use super::prose::{BLOCK, GAP, Prose};
use crate::glossary::{Pattern, Place, Term};

/// Letters, digits and `_` are word characters.
pub(super) fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

pub(super) fn at_word_boundaries(buf: &str, s: usize, e: usize) -> bool {
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
pub(super) fn looks_like_code(buf: &str, s: usize, e: usize, pattern: &Pattern) -> bool {
    let matched = &buf[s..e];
    // A form the glossary lists with this exact spelling is meant to be caught (`NextJS`).
    let listed = pattern.listed.iter().any(|l| super::collapse(l) == matched);
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
    if prefix.contains("::") || suffix.contains("::") {
        return true;
    }
    // A dot joined to a word on both sides: `signIn.create`, `customise.ts`, `config.customise`.
    let word_dot_word = |left: Option<char>, right: Option<char>| {
        left.is_some_and(is_word) && right.is_some_and(is_word)
    };
    let in_prefix = prefix.char_indices().any(|(i, c)| {
        c == '.'
            && word_dot_word(
                prefix[..i].chars().next_back(),
                prefix[i + 1..].chars().next().or(matched.chars().next()),
            )
    });
    let in_suffix = suffix.char_indices().any(|(i, c)| {
        c == '.'
            && word_dot_word(
                suffix[..i]
                    .chars()
                    .next_back()
                    .or(matched.chars().next_back()),
                suffix[i + 1..].chars().next(),
            )
    });
    in_prefix || in_suffix
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

/// One context rule of a term, compiled when the matcher is built: words collapsed and
/// lowercased once, so that checking a match allocates nothing.
#[derive(Debug)]
pub(super) enum Condition {
    /// The next words are one of these.
    FollowedBy(Vec<String>),
    NotFollowedBy(Vec<String>),
    NotPrecededBy(Vec<String>),
    /// The sentence holds one of these: evidence the match is what the rule is about.
    Near(Vec<String>),
    NotNear(Vec<String>),
    IgnoreIn(Vec<Place>),
}

impl Condition {
    /// A term's conditions, in the order they are cheapest to check.
    pub(super) fn compile(term: &Term) -> Vec<Condition> {
        let words = |list: &[String]| -> Vec<String> {
            list.iter()
                .map(|w| super::collapse(w).to_ascii_lowercase())
                .collect()
        };
        let mut conditions = Vec::new();
        let mut push = |list: &[String], make: fn(Vec<String>) -> Condition| {
            if !list.is_empty() {
                conditions.push(make(words(list)));
            }
        };
        push(&term.followed_by, Condition::FollowedBy);
        push(&term.not_followed_by, Condition::NotFollowedBy);
        push(&term.not_preceded_by, Condition::NotPrecededBy);
        push(&term.near, Condition::Near);
        push(&term.not_near, Condition::NotNear);
        if !term.ignore_in.is_empty() {
            conditions.push(Condition::IgnoreIn(term.ignore_in.clone()));
        }
        conditions
    }

    /// Whether the match at `site` passes this condition.
    pub(super) fn holds(&self, site: &Site<'_>) -> bool {
        let buf = site.prose.buf.as_str();
        let (before, after) = (&buf[..site.start], &buf[site.end..]);
        match self {
            Condition::FollowedBy(words) => words.iter().any(|w| followed_by(after, w)),
            Condition::NotFollowedBy(words) => !words.iter().any(|w| followed_by(after, w)),
            Condition::NotPrecededBy(words) => !words.iter().any(|w| preceded_by(before, w)),
            Condition::Near(markers) => site.sentence_has(markers),
            Condition::NotNear(markers) => !site.sentence_has(markers),
            Condition::IgnoreIn(places) => !places.iter().any(|place| match place {
                Place::Heading => site.prose.style_at(site.start).heading,
                Place::Strong => site.prose.style_at(site.start).strong,
                Place::SentenceStart => at_sentence_start(before),
                Place::Quoted => in_quotes(before),
            }),
        }
    }
}

/// A match in the prose buffer, with the file it came from.
pub(super) struct Site<'a> {
    pub(super) prose: &'a Prose,
    pub(super) source: &'a str,
    /// The source, ASCII-lowercased once per file when a condition first needs it.
    pub(super) lower: &'a std::cell::OnceCell<String>,
    pub(super) start: usize,
    pub(super) end: usize,
}

impl Site<'_> {
    /// Whether the sentence of the source around the match holds one of `markers` (lowercase),
    /// inline code included.
    fn sentence_has(&self, markers: &[String]) -> bool {
        let span = self.prose.source_span(self.start..self.end);
        let range = sentence_around(self.source, span);
        let lower = self.lower.get_or_init(|| self.source.to_ascii_lowercase());
        let sentence = lower.get(range).unwrap_or("");
        markers.iter().any(|m| sentence.contains(m.as_str()))
    }
}

/// Whether the words `words` (collapsed, lowercase) come next in `after`, across spaces and
/// inline markup.
fn followed_by(after: &str, words: &str) -> bool {
    let rest = after.trim_start_matches([' ', GAP]);
    rest.get(..words.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(words))
        && !rest[words.len()..].chars().next().is_some_and(is_word)
}

fn preceded_by(before: &str, words: &str) -> bool {
    let rest = before.trim_end_matches([' ', GAP]);
    rest.len()
        .checked_sub(words.len())
        .and_then(|at| rest.get(at..).map(|tail| (at, tail)))
        .is_some_and(|(at, tail)| {
            tail.eq_ignore_ascii_case(words) && !rest[..at].chars().next_back().is_some_and(is_word)
        })
}

/// The sentence of the source around `span`: from the previous sentence end (or blank line) to
/// the next one. Searched in the source, so that inline code such as `__session` counts.
fn sentence_around(source: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let ends = |w: &[u8]| matches!(w[0], b'.' | b'!' | b'?') && w[1].is_ascii_whitespace();
    let bytes = source.as_bytes();
    let start = (1..span.start)
        .rev()
        .find(|&i| ends(&bytes[i - 1..=i]) || (bytes[i] == b'\n' && bytes[i - 1] == b'\n'))
        .map_or(0, |i| i + 1);
    let end = (span.end..bytes.len().saturating_sub(1))
        .find(|&i| ends(&bytes[i..=i + 1]) || (bytes[i] == b'\n' && bytes[i + 1] == b'\n'))
        .map_or(bytes.len(), |i| i + 1);
    // Both ends sit next to ASCII bytes, so they are char boundaries.
    start.min(end)..end
}

fn at_sentence_start(before: &str) -> bool {
    let rest = before.trim_end_matches([' ', GAP, '"', '“', '(', '*', '_']);
    rest.is_empty() || rest.ends_with([BLOCK, '.', '!', '?', ':'])
}

/// Inside double quotes that opened earlier in the same block.
fn in_quotes(before: &str) -> bool {
    let block = &before[before.rfind(BLOCK).map_or(0, |i| i + 1)..];
    let straight = block.matches('"').count();
    let open = block.matches('“').count();
    let close = block.matches('”').count();
    straight % 2 == 1 || open > close
}
