//! Lists inside a sentence, whose items share a word: modifiers share the noun after the last
//! of them, names the word that leads the first.

use super::super::prose::GAP;

/// Coordinated modifiers share the noun after the last of them: in "the authorization, logout
/// and token endpoints" each is an endpoint's name. When `after` goes on with one-word items
/// joined by commas and an `and` or `or`, this is the text from the end of the last item, where
/// that noun comes; a list of nouns ("login, email and name") ends before one, so what follows
/// it is read as for any match.
pub(super) fn shared_head(after: &str) -> Option<&str> {
    let gaps = [' ', GAP];
    let mut rest = after;
    for _ in 0..6 {
        let mut next = rest.trim_start_matches(gaps);
        let comma = next.strip_prefix(',');
        if let Some(tail) = comma {
            next = tail.trim_start_matches(gaps);
        }
        let conjunction = ["and ", "or "].iter().find_map(|c| next.strip_prefix(c));
        if let Some(tail) = conjunction {
            next = tail.trim_start_matches(gaps);
        }
        if comma.is_none() && conjunction.is_none() {
            break;
        }
        let word = next
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
            .count();
        if word == 0
            || next
                .as_bytes()
                .get(word)
                .is_some_and(|&b| !matches!(b, b' ' | b',') && char::from(b) != GAP)
        {
            return None;
        }
        rest = &next[word..];
        if conjunction.is_some() {
            return Some(rest);
        }
    }
    None
}

/// A word that leads a list of names leads each of them: in "(aka Azure Active Directory, Azure
/// AD)" both are former names. When `before` ends with items of capitalized words (or acronyms)
/// joined by commas and an `and` or `or`, this is the text before the first item, where that
/// word comes; `None` when `before` ends with no such separator.
pub(super) fn list_lead(before: &str) -> Option<&str> {
    let gaps = [' ', GAP];
    let mut rest = before;
    let mut items = 0;
    for _ in 0..6 {
        let trimmed = rest.trim_end_matches(gaps);
        let separated = trimmed
            .strip_suffix(',')
            .or_else(|| [" and", " or"].iter().find_map(|c| trimmed.strip_suffix(c)))
            .map(|tail| tail.trim_end_matches(',').trim_end_matches(gaps));
        let Some(mut item) = separated else {
            break;
        };
        // The item before the separator: a few capitalized words.
        let mut words = 0;
        while words < 5 {
            let start = item
                .char_indices()
                .rev()
                .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
                .map_or(0, |(at, c)| at + c.len_utf8());
            if !item[start..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
                break;
            }
            item = item[..start].trim_end_matches(gaps);
            words += 1;
        }
        if words == 0 {
            return None;
        }
        rest = item;
        items += 1;
    }
    (items > 0).then_some(rest)
}
