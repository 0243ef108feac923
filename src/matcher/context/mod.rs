//! Checks on a match after the automaton found it: word boundaries, code-like tokens, and the
//! context a term's data asks for.

use super::prose::{BLOCK, GAP, Prose};
use crate::glossary::{Place, Term};

mod lists;
mod text;

pub(super) use text::{has_name, has_word, sentence_around};

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

/// One context rule of a term, compiled the first time the term needs it: words collapsed and
/// lowercased once, so that checking a match allocates nothing.
#[derive(Debug)]
pub(super) enum Condition {
    /// The next words are one of these.
    FollowedBy(Vec<String>),
    /// The previous words are one of these (`^`: the start of a sentence).
    PrecededBy(Vec<String>),
    /// Either the next words are one of the first list or the previous ones of the second.
    Around(Vec<String>, Vec<String>),
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
                .map(|w| super::prose::collapse_owned(w.to_ascii_lowercase()))
                .collect()
        };
        let mut conditions = Vec::new();
        if !term.followed_by.is_empty() && !term.preceded_by.is_empty() {
            conditions.push(Condition::Around(
                words(&term.followed_by),
                words(&term.preceded_by),
            ));
        }
        let around = !conditions.is_empty();
        let mut push = |list: &[String], make: fn(Vec<String>) -> Condition| {
            if !list.is_empty() {
                conditions.push(make(words(list)));
            }
        };
        if !around {
            push(&term.followed_by, Condition::FollowedBy);
            push(&term.preceded_by, Condition::PrecededBy);
        }
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
            Condition::PrecededBy(words) => words.iter().any(|w| preceded_or_starts(before, w)),
            Condition::Around(next, previous) => {
                next.iter().any(|w| followed_by(after, w))
                    || previous.iter().any(|w| preceded_or_starts(before, w))
            }
            Condition::NotFollowedBy(words) => {
                let direct = words.iter().any(|w| {
                    if w == CODE_NEXT {
                        site.code_follows()
                    } else {
                        followed_by(after, w)
                    }
                });
                // The noun a list of modifiers shares, only when no word follows right away.
                !direct
                    && !lists::shared_head(after).is_some_and(|rest| {
                        words.iter().any(|w| w != CODE_NEXT && followed_by(rest, w))
                    })
            }
            Condition::NotPrecededBy(words) => {
                // A participle's subject comes before its auxiliary: "errors are logged in the
                // library" is what "errors logged in the library" is.
                let subject = starts_with_participle(&buf[site.start..site.end])
                    .then(|| before_auxiliary(before))
                    .flatten();
                // A word that leads a list of names leads each of them: "aka Azure Active
                // Directory, Azure AD".
                let lead = buf[site.start..site.end]
                    .starts_with(|c: char| c.is_uppercase())
                    .then(|| lists::list_lead(before))
                    .flatten();
                !words.iter().any(|w| {
                    preceded_by(before, w)
                        || subject.is_some_and(|rest| preceded_by(rest, w))
                        || lead.is_some_and(|rest| preceded_by(rest, w))
                })
            }
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
    /// The file is source code, so its prose is comments.
    pub(super) code: bool,
    /// The language of a source file.
    pub(super) language: Option<&'static crate::source::Language>,
    /// In source code, the ranges that are not code (comments, strings), in order, once lexed.
    pub(super) not_code: &'a std::cell::OnceCell<Vec<std::ops::Range<usize>>>,
    /// In source code, the names its code uses anywhere in the file, once collected.
    pub(super) file_names: &'a std::cell::OnceCell<rustc_hash::FxHashSet<&'a str>>,
    /// The neighbouring words of the names the file writes as code, once collected.
    pub(super) name_words: &'a std::cell::OnceCell<super::echoes::NameWords>,
    /// The snake_case names the file writes outside its prose, once collected.
    pub(super) snake_names: &'a std::cell::OnceCell<rustc_hash::FxHashSet<String>>,
    /// Where the file's code writes out the words of matches, searched once per text.
    pub(super) code_spots: &'a super::commands::Spots,
    /// Whether the file is about another product than the glossary's, once a match asks.
    pub(super) about_another_product: &'a std::cell::OnceCell<bool>,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// In `not_followed_by`, the next word is code: inline code, or a name written as code words
/// are (`handleRequest`, `user_id`, `render()`, `req.auth`).
pub(super) const CODE_NEXT: &str = "<code>";

impl Site<'_> {
    /// Whether the words after the match start with code; see [`CODE_NEXT`].
    fn code_follows(&self) -> bool {
        let end = self.prose.source_span(self.start..self.end).end;
        let rest = self.source[end..].trim_start_matches([' ', '\t']);
        if rest.starts_with('`') {
            return true;
        }
        let word_end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
            .unwrap_or(rest.len());
        let (word, tail) = rest.split_at(word_end);
        // camelCase only: a capital first is as often a brand's own spelling (GitHub, LinkedIn).
        let inner_capital = word.starts_with(|c: char| c.is_ascii_lowercase())
            && word.bytes().any(|b| b.is_ascii_uppercase());
        !word.is_empty()
            && (inner_capital
                || word.trim_matches('_').contains('_')
                || tail.starts_with('(')
                || tail.starts_with('.')
                    && tail[1..].starts_with(|c: char| c.is_ascii_alphabetic()))
    }

    /// Whether the file names one of `products.others` and none of `products.ours`, each as a
    /// whole word in any case or as a part of an identifier (`stytchClient`, `loadStytch`): the
    /// feature names in it are then that other product's.
    pub(super) fn about_another_product(&self, products: &crate::glossary::Products) -> bool {
        *self.about_another_product.get_or_init(|| {
            let lower = self.lower.get_or_init(|| self.source.to_ascii_lowercase());
            let names_one = |names: &[String]| {
                names
                    .iter()
                    .any(|name| has_name(self.source, lower, &name.to_ascii_lowercase()))
            };
            // Ours first: most files that use these terms name it, and one hit decides.
            !names_one(&products.ours) && names_one(&products.others)
        })
    }

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

fn preceded_or_starts(before: &str, words: &str) -> bool {
    if words == "^" {
        at_sentence_start(before)
    } else if words == "first" {
        // "first" is an ordinal, and what follows it a noun, only after a determiner or a
        // preposition ("the first sign-in", "on first sign-in"). Elsewhere it is an adverb
        // before a verb: "First, sign in", "users must first sign in", "when they first sign up".
        if !preceded_by(before, words) {
            return false;
        }
        let rest = before.trim_end_matches([' ', GAP]);
        let prior = rest[..rest.len() - words.len()].trim_end_matches([' ', GAP]);
        // A possessive is a determiner too: "each user's first sign-up".
        ["'s", "’s", "s'", "s’"]
            .iter()
            .any(|end| prior.ends_with(end))
            || ORDINAL_AFTER.iter().any(|word| preceded_by(prior, word))
    } else if words == "to" {
        // `to` is evidence of the verb only as the infinitive marker.
        let rest = before.trim_end_matches([' ', GAP]);
        preceded_by(before, words) && !to_is_preposition(&rest[..rest.len() - words.len()])
    } else {
        preceded_by(before, words)
    }
}

/// Words after which "first" is an ordinal: determiners and prepositions.
const ORDINAL_AFTER: [&str; 22] = [
    "a", "an", "the", "your", "their", "its", "his", "her", "our", "my", "this", "that", "each",
    "every", "after", "before", "during", "upon", "on", "at", "of", "until",
];

/// Words after which `to` is a preposition and what follows it a noun: "reactive to sign-in",
/// "changes to sign-up", "thanks to login". Words ending in "-ive" are read the same way
/// ("sensitive to", "relative to").
const PREPOSITIONAL_TO: [&str; 34] = [
    "similar",
    "related",
    "relevant",
    "equivalent",
    "identical",
    "specific",
    "unique",
    "close",
    "closer",
    "subject",
    "according",
    "thanks",
    "prior",
    "due",
    "next",
    "visible",
    "available",
    "exposed",
    "vulnerable",
    "immune",
    "applicable",
    "attached",
    "tied",
    "scoped",
    "central",
    "opposed",
    "contrary",
    "adjacent",
    "change",
    "changes",
    "update",
    "updates",
    "improvements",
    "additions",
];

/// Whether a `to` after `before` is a preposition rather than the infinitive marker: the end of
/// a "from … to" range ("from sign-in to sign-up", "from the sign-in page to sign-up"), or after
/// an adjective or noun that takes it ("reactive to sign-in", "changes to sign-up").
pub(super) fn to_is_preposition(before: &str) -> bool {
    let clause = before
        .rfind([BLOCK, GAP, ',', ';', ':', '.', '(', '!', '?'])
        .map_or(before, |p| &before[p + 1..]);
    let words: Vec<&str> = clause.split_whitespace().rev().take(4).collect();
    // "from having to sign in" is still the infinitive.
    if let Some(from) = words.iter().position(|w| w.eq_ignore_ascii_case("from"))
        && !words[..from].iter().any(|w| w.ends_with("ing"))
    {
        return true;
    }
    let Some(last) = words.first() else {
        return false;
    };
    let last = last.to_ascii_lowercase();
    // After a verb of motion, `to` leads to a destination: "routing to sign-in", "redirect
    // users to sign-up", "back to sign-in".
    let moved = MOTION.contains(&last.as_str())
        || OBJECTS.contains(&last.as_str())
            && words
                .get(1)
                .is_some_and(|verb| MOTION.contains(&verb.to_ascii_lowercase().as_str()));
    moved || PREPOSITIONAL_TO.contains(&last.as_str()) || last.len() >= 6 && last.ends_with("ive")
}

/// Verbs and adverbs of motion, after which `to` names where one goes. Not "link": "an email
/// link to sign in" is the link's purpose, the infinitive.
const MOTION: [&str; 35] = [
    "go",
    "goes",
    "going",
    "went",
    "back",
    "route",
    "routes",
    "routed",
    "routing",
    "redirect",
    "redirects",
    "redirected",
    "redirecting",
    "navigate",
    "navigates",
    "navigated",
    "navigating",
    "return",
    "returns",
    "returned",
    "returning",
    "switch",
    "switches",
    "switched",
    "switching",
    "send",
    "sends",
    "sent",
    "sending",
    "forward",
    "forwards",
    "forwarded",
    "move",
    "moves",
    "moved",
];

/// Who or what is moved, between the verb of motion and `to`: "redirect users to sign-in".
const OBJECTS: [&str; 10] = [
    "them", "him", "her", "you", "us", "users", "user", "visitors", "people", "it",
];

/// Modal verbs, which may stand before a passive's auxiliary ("will be logged in", "should be
/// called").
pub(super) const MODALS: [&str; 8] = [
    "will", "would", "can", "could", "may", "might", "must", "should",
];

/// Whether `matched` opens with a regular past participle ("logged in", "logged out").
fn starts_with_participle(matched: &str) -> bool {
    let word = matched.split(|c: char| !is_word(c)).next().unwrap_or("");
    word.len() > 3 && word.to_ascii_lowercase().ends_with("ed")
}

/// The text before the passive's auxiliary that ends `before` ("are", "were", "will be", "get"),
/// if it ends with one.
fn before_auxiliary(before: &str) -> Option<&str> {
    const AUXILIARIES: [&str; 11] = [
        "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting",
    ];
    let (rest, word) = split_last_word(before);
    if !AUXILIARIES.iter().any(|a| word.eq_ignore_ascii_case(a)) {
        return None;
    }
    let (earlier, modal) = split_last_word(rest);
    Some(if MODALS.iter().any(|m| modal.eq_ignore_ascii_case(m)) {
        earlier
    } else {
        rest
    })
}

/// `text` without its trailing spaces, cut before its last word: (what precedes, the word).
fn split_last_word(text: &str) -> (&str, &str) {
    let text = text.trim_end_matches([' ', GAP]);
    let start = text
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word(c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    text.split_at(start)
}

fn preceded_by(before: &str, words: &str) -> bool {
    // A hyphen joins as a space does: "back-channel-logout" is "back-channel logout" as one
    // modifier.
    if let Some(joined) = before.strip_suffix('-')
        && !words.ends_with('-')
        && ends_with_words(joined, words)
    {
        return true;
    }
    ends_with_words(before.trim_end_matches([' ', GAP]), words)
}

/// Whether `rest` ends with `words`, ignoring case, at a word's start.
fn ends_with_words(rest: &str, words: &str) -> bool {
    rest.len()
        .checked_sub(words.len())
        .and_then(|at| rest.get(at..).map(|tail| (at, tail)))
        .is_some_and(|(at, tail)| {
            tail.eq_ignore_ascii_case(words) && !rest[..at].chars().next_back().is_some_and(is_word)
        })
}

pub(super) fn at_sentence_start(before: &str) -> bool {
    let rest = before.trim_end_matches([' ', GAP, '"', '“', '(', '*', '_']);
    rest.is_empty() || rest.ends_with([BLOCK, '.', '!', '?', ':'])
}

/// Inside double quotes that opened earlier in the same block.
fn in_quotes(before: &str) -> bool {
    let block = &before[super::prose::back_to(before, before.len(), &[BLOCK])..];
    let straight = block.matches('"').count();
    let open = block.matches('“').count();
    let close = block.matches('”').count();
    straight % 2 == 1 || open > close
}
