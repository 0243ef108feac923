//! Inflected forms generated from a term's part of speech, so that the data lists each word once
//! and still matches (and suggests) `web hooks` → `webhooks` or `customising` → `customizing`.

use super::{CasePolicy, Consistency, Owner, Pattern, Pos, Term};

/// Appends every pattern of `term` (at index `index`) to `out`.
pub(super) fn term_patterns(index: usize, term: &Term, out: &mut Vec<Pattern>) {
    let sensitive = term.case == CasePolicy::Sensitive;
    let start = out.len();
    let mut push = |text: String, suggestions: Vec<String>, canonical: Option<String>| {
        let text = match text.trim() {
            trimmed if trimmed.len() == text.len() => text,
            trimmed => trimmed.to_string(),
        };
        if text.is_empty() {
            return;
        }
        // Forms that differ only in ASCII case are one pattern for the automaton (which
        // matches lowercased text), unless the term is case-sensitive. A term has few forms, so
        // a scan without allocation beats a map (start-up time).
        let same = |p: &&mut Pattern| {
            if sensitive {
                p.text == text
            } else {
                p.text.eq_ignore_ascii_case(&text)
            }
        };
        if let Some(existing) = out[start..].iter_mut().find(same) {
            if !existing.listed.contains(&text) {
                existing.listed.push(text);
            }
            return;
        }
        out.push(Pattern {
            owner: Owner::Term(index),
            listed: vec![text.clone()],
            text,
            suggestions,
            canonical,
        });
    };

    if term.case == CasePolicy::Exact {
        for preferred in &term.preferred {
            push(
                preferred.clone(),
                vec![preferred.clone()],
                Some(preferred.clone()),
            );
        }
    }
    for (avoid, suggestions) in forms(term) {
        push(avoid, suggestions, None);
    }
    for (avoid, suggestion) in &term.replace {
        push(avoid.clone(), vec![suggestion.clone()], None);
    }
}

/// Each form of a consistency group, with its plural.
pub(super) fn group_patterns(index: usize, group: &Consistency, out: &mut Vec<Pattern>) {
    for form in &group.forms {
        let plural = group.plural.then(|| plural_phrase(form));
        for text in std::iter::once(form.clone()).chain(plural) {
            out.push(Pattern {
                owner: Owner::Group(index),
                listed: vec![text.clone()],
                // The form itself: it names what the match counts for.
                suggestions: vec![form.clone()],
                canonical: None,
                text,
            });
        }
    }
}

/// The avoided forms of a term, each with its suggestions in the same form.
fn forms(term: &Term) -> Vec<(String, Vec<String>)> {
    let inflections: &[fn(&str) -> String] = match term.pos {
        None | Some(Pos::Adjective) => &[identity],
        Some(Pos::Noun) => &[identity, plural_phrase],
        Some(Pos::Verb) => &[identity, verb_s, verb_ed, verb_ing],
    };
    let mut forms = Vec::new();
    for inflect in inflections {
        for avoid in &term.avoid {
            let suggestions = term.preferred.iter().map(|p| inflect(p)).collect();
            forms.push((inflect(avoid), suggestions));
        }
    }
    forms
}

fn identity(phrase: &str) -> String {
    phrase.to_string()
}

/// Plural of the last word of a noun phrase.
pub(crate) fn plural_phrase(phrase: &str) -> String {
    map_last_word(phrase, plural)
}

fn verb_s(phrase: &str) -> String {
    map_first_word(phrase, plural)
}

fn verb_ed(phrase: &str) -> String {
    map_first_word(phrase, past)
}

fn verb_ing(phrase: &str) -> String {
    map_first_word(phrase, gerund)
}

fn map_last_word(phrase: &str, f: fn(&str) -> String) -> String {
    match phrase.rfind([' ', '-']) {
        Some(at) => [&phrase[..=at], f(&phrase[at + 1..]).as_str()].concat(),
        None => f(phrase),
    }
}

fn map_first_word(phrase: &str, f: fn(&str) -> String) -> String {
    match phrase.find([' ', '-']) {
        Some(at) => [f(&phrase[..at]).as_str(), &phrase[at..]].concat(),
        None => f(phrase),
    }
}

fn plural(word: &str) -> String {
    let lower = word.to_lowercase();
    if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|end| lower.ends_with(end))
    {
        [word, "es"].concat()
    } else if consonant_y(&lower) {
        [&word[..word.len() - 1], "ies"].concat()
    } else {
        [word, "s"].concat()
    }
}

fn past(word: &str) -> String {
    let lower = word.to_lowercase();
    if lower.ends_with('e') {
        [word, "d"].concat()
    } else if consonant_y(&lower) {
        [&word[..word.len() - 1], "ied"].concat()
    } else if doubles_final_consonant(&lower) {
        [word, &word[word.len() - 1..], "ed"].concat()
    } else {
        [word, "ed"].concat()
    }
}

fn gerund(word: &str) -> String {
    let lower = word.to_lowercase();
    if lower.ends_with("ie") {
        [&word[..word.len() - 2], "ying"].concat()
    } else if lower.ends_with('e') && !lower.ends_with("ee") && !lower.ends_with("ye") {
        [&word[..word.len() - 1], "ing"].concat()
    } else if doubles_final_consonant(&lower) {
        [word, &word[word.len() - 1..], "ing"].concat()
    } else {
        [word, "ing"].concat()
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn consonant_y(lower: &str) -> bool {
    let b = lower.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b'y' && !is_vowel(b[b.len() - 2])
}

/// One-syllable consonant-vowel-consonant words double their last letter: log → logged.
fn doubles_final_consonant(lower: &str) -> bool {
    let b = lower.as_bytes();
    if b.len() < 3 || !b.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let (c1, v, c2) = (b[b.len() - 3], b[b.len() - 2], b[b.len() - 1]);
    let vowel_groups = b
        .windows(2)
        .filter(|w| !is_vowel(w[0]) && is_vowel(w[1]))
        .count()
        + usize::from(is_vowel(b[0]));
    !is_vowel(c1)
        && is_vowel(v)
        && !is_vowel(c2)
        && !matches!(c2, b'w' | b'x' | b'y')
        && vowel_groups == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns() {
        assert_eq!(plural_phrase("web hook"), "web hooks");
        assert_eq!(plural_phrase("passkey"), "passkeys");
        assert_eq!(plural_phrase("allowlist"), "allowlists");
        assert_eq!(plural_phrase("policy"), "policies");
        assert_eq!(plural_phrase("pass"), "passes");
        assert_eq!(plural_phrase("pre-build"), "pre-builds");
    }

    #[test]
    fn verbs() {
        assert_eq!(verb_ed("customise"), "customised");
        assert_eq!(verb_ing("customise"), "customising");
        assert_eq!(verb_s("customise"), "customises");
        assert_eq!(verb_ed("whitelist"), "whitelisted");
        assert_eq!(verb_ed("log in"), "logged in");
        assert_eq!(verb_ing("log in"), "logging in");
        assert_eq!(verb_ed("sign in"), "signed in");
        assert_eq!(verb_ing("set up"), "setting up");
        assert_eq!(verb_ed("copy"), "copied");
        assert_eq!(verb_ing("tie"), "tying");
        assert_eq!(verb_ed("allow"), "allowed");
    }
}
