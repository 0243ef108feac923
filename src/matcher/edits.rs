//! What a finding's suggestion and fix may do to the text around it: the case the suggestion
//! takes, the article before it, and the places where replacing the words changes more than the
//! words (a reference link's label, a heading's anchor), so the fix needs a human.

use super::context::at_sentence_start;
use super::prose::{Prose, back_to, forward_to};
use crate::fix::{Applicability, Fix};

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

/// Whether replacing the match's bytes would also change something referred to by those bytes:
/// the label of a collapsed or shortcut reference link (`[externalised][]`), or a heading's
/// anchor, which this page or any other may link to (`[…](/docs/setup#setting-up-web-hooks)`).
/// Both are case-insensitive, so a fix that only changes capitals keeps them.
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
    style.heading
}

/// The article a word takes when its spelling decides it: `an` before a, i and most e words,
/// `a` before most consonants. `None` where the sound is not in the letters: an hour, a user,
/// a one-time code, a European, an MFA.
fn article_for(word: &str) -> Option<&'static str> {
    let first_word = word.split(|c: char| !c.is_alphanumeric()).next()?;
    if first_word.len() > 1 && first_word.chars().all(|c| c.is_uppercase()) {
        return None;
    }
    let mut letters = first_word.chars().flat_map(char::to_lowercase);
    match (letters.next()?, letters.next()) {
        ('a' | 'i', _) => Some("an"),
        ('e', Some(next)) if next != 'u' => Some("an"),
        ('e' | 'h' | 'o' | 'u', _) => None,
        (c, _) if c.is_ascii_alphabetic() => Some("a"),
        _ => None,
    }
}

/// Makes the article before a replaced word agree with the replacement ("a magic link" → "an
/// email link") by taking the article into the edit. Where the letters do not decide the
/// article, a fix that changes the first letter needs a human.
pub(super) fn agree_article(source: &str, fix: &mut Fix) {
    let Some(edit) = fix.edits.first_mut() else {
        return;
    };
    let old = &source[edit.range.clone()];
    let same_start = |a: &str, b: &str| {
        let first = |t: &str| {
            t.chars()
                .next()
                .map(|c| c.to_lowercase().collect::<String>())
        };
        first(a) == first(b)
    };
    if same_start(old, &edit.replacement) {
        return;
    }
    let Some(before) = source[..edit.range.start].strip_suffix(' ') else {
        return;
    };
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(at, c)| at + c.len_utf8());
    let article = &before[start..];
    if !(article.eq_ignore_ascii_case("a") || article.eq_ignore_ascii_case("an")) {
        return;
    }
    match article_for(&edit.replacement) {
        Some(wanted) if wanted.eq_ignore_ascii_case(article) => {}
        Some(wanted) => {
            let wanted = if article.starts_with(char::is_uppercase) {
                let mut w = wanted.to_string();
                w[..1].make_ascii_uppercase();
                w
            } else {
                wanted.to_string()
            };
            edit.replacement = format!("{wanted} {}", edit.replacement);
            edit.range.start = start;
        }
        None => fix.applicability = fix.applicability.min(Applicability::Unsafe),
    }
}

/// Whether the fix capitalizes a lowercase word that starts a line of the source which is not a
/// sentence: a command (`supabase db push`), a value or a name on a line of its own.
pub(super) fn capitalizes_a_command_line(
    prose: &Prose,
    source: &str,
    s: usize,
    e: usize,
    suggestions: &[String],
) -> bool {
    let matched = &prose.buf[s..e];
    if matched.chars().any(char::is_uppercase)
        || !suggestions
            .iter()
            .all(|x| x.chars().any(char::is_uppercase))
    {
        return false;
    }
    let span = prose.source_span(s..e);
    let line_start = back_to(source, span.start, &['\n']);
    let line_end = forward_to(source, span.end, &['\n']);
    source[line_start..span.start]
        .chars()
        .all(|c| c.is_whitespace() || "-*+>".contains(c))
        && !source[span.end..line_end]
            .trim_end()
            .ends_with(['.', '!', '?', ':', ','])
}
