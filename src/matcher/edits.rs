//! What a finding's suggestion and fix may do to the text around it: the case the suggestion
//! takes, and the places where replacing the words changes more than the words (a reference
//! link's label, a heading's anchor), so the fix needs a human.

use super::context::{at_sentence_start, is_word};
use super::prose::Prose;

/// Whether the suggestion copies the capitals of the match. A Title Case phrase inside a
/// sentence ("a Single Sign On (SSO) connection") has capitals that are themselves the error: the
/// suggestion is then written as the glossary writes it.
pub(super) fn keeps_capitals(buf: &str, s: usize, e: usize) -> bool {
    let words: Vec<&str> = buf[s..e].split(' ').collect();
    // Capitalized ordinary words: `WEB HOOKS` is shouting, and keeps its capitals.
    let title_case = words.len() >= 2
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().any(char::is_lowercase)
        });
    !title_case || at_sentence_start(&buf[..s])
}

/// Whether replacing the match's bytes would also change something the file refers to by those
/// bytes: the label of a collapsed or shortcut reference link (`[externalised][]`), or a
/// heading's anchor that a link in the file points at (`[…](#setting-additional-meta-data)`).
pub(super) fn touches_a_reference(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    let span = prose.source_span(s..e);
    let style = prose.style_at(s);
    if style.link {
        // The text of `[text](url)` and `[text][label]` is only text; of `[text][]` and `[text]`
        // it is also the label.
        let rest = &source[span.end..];
        let close = rest.find(']').map(|p| &rest[p + 1..]);
        let label = |after: &str| after.starts_with("[]") || !after.starts_with(['(', '[']);
        if close.is_some_and(label) {
            return true;
        }
    }
    if style.heading {
        let slug: String = source[span]
            .split(|c: char| !is_word(c))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join("-");
        return !slug.is_empty()
            && source
                .match_indices("(#")
                .any(|(at, _)| anchor(&source[at + 2..]).contains(&slug));
    }
    false
}

/// The anchor of a `(#anchor)` link, lowercase.
fn anchor(text: &str) -> String {
    let end = text.find([')', '\n']).unwrap_or(text.len());
    text[..end].to_lowercase()
}
