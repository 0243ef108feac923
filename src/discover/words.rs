//! The words of a file's prose, as byte ranges, with what a writer's eye sees around each one:
//! whether a space or a hyphen joins it to the next, whether it opens a sentence, whether it sits
//! in a heading or bold label. Code-like tokens (`signIn`, `web_hook`, `user.created`) are not
//! words: they break the run, so no family is built from an identifier.

use std::ops::Range;

use crate::source::Chunk;

/// A word, or two words joined by one hyphen (`sign-in`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The word's bytes in the file (both parts for a hyphenated pair).
    pub range: Range<usize>,
    /// Where the hyphen is, for a hyphenated pair.
    pub hyphen: Option<usize>,
    /// Joined to the next word by whitespace only (a line break included), in the same block.
    pub spaced_next: bool,
    /// The first word of a sentence, a block or a list item: its capital says nothing.
    pub sentence_start: bool,
    /// In a heading or bold text, which follow their own capitalization.
    pub styled: bool,
    /// Starts with a capital letter.
    pub capital: bool,
    /// Has a capital after its first letter (`GitHub`, `API`, `UserButton`).
    pub inner_capital: bool,
    /// Right after a capitalized token on the same line (`Account` in `Personal Account`, `App`
    /// in `Next.js App Router`): part of a longer name, whose capitals are the name's.
    pub after_capital: bool,
}

impl Word {
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.range.clone()]
    }
}

/// The words of `chunks` (prose ranges of `text`), in order.
pub fn words(text: &str, chunks: &[Chunk]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    for (index, chunk) in chunks.iter().enumerate() {
        // A run of words continues into this chunk only across whitespace (a wrapped line, a
        // comment's continuation), never into a new block.
        let continues = index > 0
            && !chunk.block_start
            && (chunk.soft_break
                || text[chunks[index - 1].range.end..chunk.range.start]
                    .chars()
                    .all(|c| c.is_whitespace() || c == '>'));
        if !continues && let Some(last) = out.last_mut() {
            last.spaced_next = false;
        }
        let styled = chunk.style.heading || chunk.style.strong;
        let mut sentence_start = chunk.block_start || !continues;
        let mut previous_capital = false;
        let body = &text[chunk.range.clone()];
        let mut at = 0;
        for raw in body.split_inclusive(char::is_whitespace) {
            let start = chunk.range.start + at;
            at += raw.len();
            let token = raw.trim_end();
            if token.is_empty() {
                continue;
            }
            let (lead, core, trail) = strip_punctuation(token);
            // Quoted text keeps the capitals of what it quotes (`Select "Sign up"`).
            let quoted = token[..lead].contains(['"', '\'', '“', '‘']);
            let capital = core.chars().next().is_some_and(char::is_uppercase);
            let word = parse(core).map(|hyphen| Word {
                range: start + lead..start + lead + core.len(),
                hyphen: hyphen.map(|h| start + lead + h),
                spaced_next: false,
                sentence_start: sentence_start || quoted,
                styled,
                capital,
                inner_capital: core.chars().skip(1).any(char::is_uppercase),
                after_capital: previous_capital && lead == 0,
            });
            // The previous word is spaced to this one only if nothing but whitespace is between.
            if let Some(last) = out.last_mut() {
                last.spaced_next = last.spaced_next && lead == 0 && word.is_some();
            }
            match word {
                Some(mut word) => {
                    word.spaced_next = trail.is_empty();
                    out.push(word);
                }
                None => {
                    if let Some(last) = out.last_mut() {
                        last.spaced_next = false;
                    }
                }
            }
            sentence_start = trail.contains(['.', '!', '?', ':']) || is_list_marker(token);
            previous_capital = capital && trail.is_empty() && !raw.contains('\n');
        }
    }
    if let Some(last) = out.last_mut() {
        last.spaced_next = false;
    }
    out
}

/// Leading and trailing punctuation around a token's core: (bytes before, core, text after).
fn strip_punctuation(token: &str) -> (usize, &str, &str) {
    let lead = |c: char| "([{\"'*_`“‘<".contains(c);
    let trail = |c: char| ".,;:!?)]}\"'*_`”’>".contains(c);
    let core = token.trim_start_matches(lead);
    let lead_len = token.len() - core.len();
    let mut core = core.trim_end_matches(trail);
    // A possessive is the word's own form: `Clerk's` counts as `Clerk`.
    for suffix in ["'s", "’s"] {
        if let Some(stem) = core.strip_suffix(suffix) {
            core = stem;
        }
    }
    let rest = &token[lead_len + core.len()..];
    (lead_len, core, rest)
}

/// `Some(hyphen offset)` for a word (`None` inside) or a hyphenated pair; `None` for anything
/// else: numbers, identifiers, paths, three-part compounds (`end-to-end`, `acme-web-hook`).
fn parse(core: &str) -> Option<Option<usize>> {
    let mut parts = core.split('-');
    let first = parts.next()?;
    let second = parts.next();
    if parts.next().is_some() || !is_word(first) || second.is_some_and(|s| !is_word(s)) {
        return None;
    }
    Some(second.map(|_| first.len()))
}

/// Letters only, and not camelCase (`signIn`, `useUser`): a lowercase start followed by a
/// capital is an identifier. PascalCase (`GitHub`) is a name and stays.
fn is_word(part: &str) -> bool {
    if part.is_empty() || !part.chars().all(|c| c.is_alphabetic()) {
        return false;
    }
    let starts_lower = part.chars().next().is_some_and(char::is_lowercase);
    !(starts_lower && part.chars().any(char::is_uppercase))
}

fn is_list_marker(token: &str) -> bool {
    matches!(token, "-" | "*" | "+" | "|")
        || token.ends_with('.') && token[..token.len() - 1].chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::words;
    use crate::source::{FileKind, extract};

    /// Each word as `text` with its flags: `+` spaced to the next, `^` sentence start, `!`
    /// after a capitalized token.
    fn marked(text: &str) -> Vec<String> {
        let chunks = extract(FileKind::Markdown, text);
        words(text, &chunks)
            .iter()
            .map(|w| {
                let mut s = w.text(text).to_string();
                if w.spaced_next {
                    s.push('+');
                }
                if w.sentence_start {
                    s.insert(0, '^');
                }
                if w.after_capital {
                    s.insert(0, '!');
                }
                s
            })
            .collect()
    }

    #[test]
    fn words_with_their_joins_and_sentence_starts() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Sign in to the sign-in page.",
                &["^Sign+", "!in+", "to+", "the+", "sign-in+", "page"],
            ),
            // Identifiers, paths and numbers break a run; a possessive is its word, and ends the
            // run (`user's name` is not `username`).
            (
                "Use signIn or web_hook, then Clerk's dashboard.",
                &["^Use", "or", "then+", "Clerk", "dashboard"],
            ),
            // A wrapped line keeps the run; a full stop starts a sentence.
            (
                "the web\nhook. Next one",
                &["^the+", "web+", "hook", "^Next+", "!one"],
            ),
            // Quoted text keeps its own capitals; three-part compounds are not words.
            (
                "Select \"Sign up\" for end-to-end tests",
                &["^Select", "^Sign+", "!up", "for", "tests"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(marked(text), *expected, "{text}");
        }
    }
}
