//! A phrasal verb whose first word is also a noun: "logs in" is the verb in "the user logs in
//! with a passkey" and the plural noun in "check your SAML logs in Kinde"; "logging in" is the
//! verb in "after logging in" and the noun in "enable logging in production". After the verb,
//! `in` is a particle, followed by its complement or the end of a clause; after the noun, `in` is
//! a preposition that opens a noun phrase.

use super::context::is_word;
use super::prose::{BLOCK, GAP};

/// Whether the match `buf[s..e]`, "<plural or -ing word> in", reads as a noun and the preposition
/// `in`, so that a rule about the verb has nothing to say. Only a reading the words around make
/// clear counts: a person before the phrase makes it the verb ("the user logs in the app"), and
/// so does a complement or the end of the clause after it.
pub(super) fn noun_then_in(buf: &str, s: usize, e: usize) -> bool {
    let matched = &buf[s..e];
    let Some((first, particle)) = matched.rsplit_once(' ') else {
        return false;
    };
    if !particle.eq_ignore_ascii_case("in") {
        return false;
    }
    let first = first.to_ascii_lowercase();
    let gerund = first.ends_with("ing");
    if !(first.ends_with('s') || gerund) {
        return false;
    }
    let before = previous_word(&buf[..s]);
    if before.as_deref().is_some_and(|w| {
        PERSONS.contains(&w)
            || gerund && (AUXILIARIES.contains(&w) || PREPOSITIONS.contains(&w))
            || !gerund && w == "who"
    }) {
        return false;
    }
    let mut next = next_words(&buf[e..]);
    let Some(word) = next.next() else {
        // The end of the clause: "when the user logs in."
        return false;
    };
    if COMPLEMENTS.contains(&word.as_str()) || PERSONS.contains(&word.as_str()) {
        return false;
    }
    // An object that is a person: "logs in the user", "logging in each member".
    if DETERMINERS.contains(&word.as_str())
        && next
            .next()
            .is_some_and(|noun| PERSONS.contains(&noun.as_str()))
    {
        return false;
    }
    true
}

/// The word just before `before` ends, lowercased; `None` at the start of a clause.
fn previous_word(before: &str) -> Option<String> {
    let rest = before.trim_end_matches([' ', GAP]);
    let word_start = rest
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word(c) || c == '\'' || c == '’')
        .last()
        .map(|(i, _)| i)?;
    Some(rest[word_start..].to_ascii_lowercase())
}

/// The words after `after`, lowercased, up to the end of the clause.
fn next_words(after: &str) -> impl Iterator<Item = String> + '_ {
    let clause = after
        .find([BLOCK, ',', ';', ':', '.', '!', '?', '(', ')', '"', '“', '”'])
        .map_or(after, |end| &after[..end]);
    clause
        .split([' ', GAP])
        .filter(|w| !w.is_empty())
        .map_while(|w| {
            let word = w.trim_matches(|c: char| !is_word(c));
            (!word.is_empty()).then(|| word.to_ascii_lowercase())
        })
}

/// Who signs in: a person before the phrase is its subject, after it its object.
const PERSONS: [&str; 30] = [
    "user",
    "users",
    "he",
    "she",
    "they",
    "i",
    "we",
    "you",
    "him",
    "her",
    "them",
    "me",
    "us",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "member",
    "members",
    "customer",
    "customers",
    "visitor",
    "visitors",
    "admin",
    "admins",
    "person",
    "people",
    "employee",
];

/// Before "logging in", a verb's auxiliary: "users are logging in".
const AUXILIARIES: [&str; 8] = ["is", "are", "was", "were", "be", "been", "keeps", "kept"];

/// Before "logging in", a preposition makes it the gerund of the verb "log in" ("used for logging
/// in browser apps"); "log" in the sense of writing logs is left to the rule's own data, which
/// names the places logs go ("for logging in production").
const PREPOSITIONS: [&str; 11] = [
    "for", "by", "when", "without", "after", "before", "while", "of", "on", "upon", "about",
];

/// What follows the particle `in` of the verb: a preposition, an adverb or a conjunction.
const COMPLEMENTS: [&str; 36] = [
    "with",
    "to",
    "into",
    "via",
    "using",
    "through",
    "from",
    "on",
    "for",
    "as",
    "at",
    "by",
    "without",
    "again",
    "once",
    "first",
    "successfully",
    "automatically",
    "manually",
    "directly",
    "immediately",
    "now",
    "later",
    "here",
    "there",
    "only",
    "and",
    "or",
    "but",
    "then",
    "when",
    "while",
    "before",
    "after",
    "until",
    "if",
];

const DETERMINERS: [&str; 12] = [
    "the", "a", "an", "your", "their", "our", "this", "that", "each", "every", "any", "another",
];

#[cfg(test)]
mod tests {
    use super::noun_then_in;

    /// The phrase is the first "logs in" / "logging in" of each sentence.
    fn reads_as_noun(text: &str) -> bool {
        let lower = text.to_ascii_lowercase();
        let (s, len) = ["logs in", "logging in", "signs in"]
            .iter()
            .find_map(|form| lower.find(form).map(|s| (s, form.len())))
            .expect("a phrase to test");
        noun_then_in(text, s, s + len)
    }

    #[test]
    fn a_plural_noun_or_gerund_then_a_place_is_the_noun() {
        for text in [
            "Check your SAML logs in Kinde to find the error.",
            "Look at the authentication logs in Kinde for unusual patterns.",
            "This is used to correlate logs in serverless environments.",
            "Stream logs in background while the tests run.",
            "Enable verbose logging in production only when you debug.",
            "Logging in production is turned off by default.",
            "Write the request logs in a separate file.",
            "The signs in the lobby point to the desk.",
        ] {
            assert!(reads_as_noun(text), "{text}");
        }
    }

    #[test]
    fn a_subject_a_complement_or_a_clause_end_makes_it_the_verb() {
        for text in [
            "Flag changes appear the next time the user logs in or the session is refreshed.",
            "When a user logs in using a trusted provider, the account is linked.",
            "If a user logs in from New York, the request is scored.",
            "The redirect URL after the user logs in.",
            "It fires when someone logs in, or when the page loads.",
            "Credentials were wrong when logging in with a password.",
            "An expired token is fixed by logging in again.",
            "After logging in once, the session is saved.",
            "Signals whether the client is logging in from the corporate network.",
            "Analytics of how and where users are logging in.",
            "This helper logs in the user and returns a session.",
            "The fixture handles logging in each member before the test.",
            "Now when your user logs in, the client decodes the token.",
            "Once she logs in the app shows her profile.",
            "The account that signs in first is the owner.",
            "These APIs are used for logging in browser-based applications.",
        ] {
            assert!(!reads_as_noun(text), "{text}");
        }
    }
}
