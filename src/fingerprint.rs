//! Fingerprints that identify a finding across edits: the rule, the path, the matched text and
//! the words around it in its sentence, never the line or the offset, so a finding keeps its
//! fingerprint when lines are added around it or its paragraph is re-wrapped.

use std::ops::Range;

use crate::diagnostic::{FileReport, Finding};

/// How many words on each side of a match take part in its fingerprint.
const CONTEXT_WORDS: usize = 3;

/// The words around a match, within its sentence, joined by single spaces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    pub before: String,
    pub after: String,
}

/// The fingerprint of `finding` in `file`: 16 hex digits.
pub fn of(file: &FileReport, finding: &Finding) -> String {
    let empty = Context::default();
    let context = file.excerpt.context(finding.span.clone()).unwrap_or(&empty);
    fingerprint(&file.path, &finding.rule, file.matched(finding), context)
}

/// The fingerprint of a match from its parts. Whitespace in `matched` is normalized, so that a
/// re-wrapped `session⏎cookie` keeps its fingerprint.
pub fn fingerprint(path: &str, rule: &str, matched: &str, context: &Context) -> String {
    let mut hash = Fnv::new();
    for part in [path, rule, &words(matched), &context.before, &context.after] {
        hash.write(part.as_bytes());
        hash.write(&[0]);
    }
    format!("{:016x}", hash.0)
}

/// Up to [`CONTEXT_WORDS`] words before and after `span` in `source`, within its sentence.
/// Words are runs of letters, digits and `_`; markup and punctuation between them are ignored.
pub fn context(source: &str, span: Range<usize>) -> Context {
    let mut before = sentence_words(source[..span.start].chars().rev(), true);
    before
        .iter_mut()
        .for_each(|w| *w = w.chars().rev().collect());
    before.reverse();
    let after = sentence_words(source[span.end..].chars(), false);
    Context {
        before: before.join(" "),
        after: after.join(" "),
    }
}

/// The first [`CONTEXT_WORDS`] words of `chars`, read away from a match (`backward` when they
/// come in reverse), stopping where the sentence ends (`.`, `!` or `?` before whitespace) or
/// the paragraph does (a blank line).
fn sentence_words(chars: impl Iterator<Item = char>, backward: bool) -> Vec<String> {
    let mut chars = chars.peekable();
    let mut found = Vec::new();
    let mut word = String::new();
    // The character read before `c`, nearer the match.
    let mut nearer: Option<char> = None;
    // Line breaks since the last visible character: two mean a blank line.
    let mut breaks = 0;
    while let Some(c) = chars.next() {
        let farther = if backward {
            nearer
        } else {
            chars.peek().copied()
        };
        if matches!(c, '.' | '!' | '?') && farther.is_none_or(char::is_whitespace) {
            break;
        }
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else if !word.is_empty() {
            found.push(std::mem::take(&mut word));
            if found.len() == CONTEXT_WORDS {
                return found;
            }
        }
        match c {
            '\n' => breaks += 1,
            c if c.is_whitespace() => {}
            _ => breaks = 0,
        }
        if breaks >= 2 {
            break;
        }
        nearer = Some(c);
    }
    if !word.is_empty() && found.len() < CONTEXT_WORDS {
        found.push(word);
    }
    found
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// 64-bit FNV-1a: small, and stable across Rust versions and platforms, unlike `std`'s hasher.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(text: &str, needle: &str) -> Context {
        let start = text.find(needle).unwrap();
        context(text, start..start + needle.len())
    }

    #[test]
    fn context_is_words_around_the_match_within_the_sentence() {
        let c = ctx(
            "Intro.\n\nFirst, *create* a web hook in the `dashboard`, then go.\n",
            "web hook",
        );
        assert_eq!(c.before, "First create a");
        assert_eq!(c.after, "in the dashboard");
        let c = ctx("# Title\n\nweb hook\n\nNext paragraph.\n", "web hook");
        assert_eq!((c.before.as_str(), c.after.as_str()), ("", ""));
        let c = ctx("Set the\nweb hook\nup now", "web hook");
        assert_eq!((c.before.as_str(), c.after.as_str()), ("Set the", "up now"));
        let c = ctx("Un café web hook élan", "web hook");
        assert_eq!((c.before.as_str(), c.after.as_str()), ("Un café", "élan"));
        let c = ctx("Done! Use a web hook. Then more.", "web hook");
        assert_eq!((c.before.as_str(), c.after.as_str()), ("Use a", ""));
        let c = ctx("See Node.js web hook e.g. here", "web hook");
        assert_eq!(
            (c.before.as_str(), c.after.as_str()),
            ("See Node js", "e g")
        );
    }

    #[test]
    fn fingerprints_ignore_position_and_wrapping_but_not_words() {
        let a = "Create a web hook in the dashboard.\n";
        let shifted =
            "New line.\n\nMore.\nCreate a web\nhook in the dashboard.\nAn added sentence.\n";
        let other = "Delete a web hook in the dashboard.\n";
        let fp = |text: &str| {
            let start = text.find("web").unwrap();
            let end = text.find("hook").unwrap() + 4;
            let c = context(text, start..end);
            fingerprint("a.md", "webhook", &text[start..end], &c)
        };
        assert_eq!(fp(a), fp(shifted));
        assert_ne!(fp(a), fp(other));
        assert_eq!(fp(a).len(), 16);
        let c = ctx(a, "web hook");
        assert_ne!(
            fingerprint("a.md", "webhook", "web hook", &c),
            fingerprint("b.md", "webhook", "web hook", &c)
        );
    }
}
