//! Families of competing spellings, counted over the words of every file: first which keys have
//! more than one form anywhere (the vocabulary), then every occurrence of those keys, with its
//! place, its file and its neighbours.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;

use serde::Serialize;

use super::spelling::american;
use super::words::Word;

/// What makes the forms of a family compete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The same letters with a space, a hyphen or nothing between them: `sign in`, `sign-in`.
    Spacing,
    /// The same letters in different case, where the word looks like a name: `Github`, `GitHub`.
    Case,
    /// British and American spellings: `customise`, `customize`.
    Spelling,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Spacing => "spacing",
            Kind::Case => "case",
            Kind::Spelling => "spelling",
        }
    }
}

/// A file's words, with the file's path and text for examples.
#[derive(Debug)]
pub struct FileWords {
    pub path: String,
    pub text: String,
    pub words: Vec<Word>,
}

/// One occurrence: a file index and a byte range in it.
pub type Place = (usize, Range<usize>);

/// How one form of a family is used.
#[derive(Debug, Clone, Default)]
pub struct FormTally {
    pub count: usize,
    pub files: BTreeSet<usize>,
    pub places: Vec<Place>,
    /// Uses right after `to`, a modal or a pronoun: a verb.
    pub after_verbal: usize,
    /// Uses right after a determiner or possessive: a noun (or an adjective before one).
    pub after_nominal: usize,
    /// Uses followed by another word in the same phrase: an adjective before a noun, often.
    pub before_word: usize,
}

/// The forms of one key, before ranking.
#[derive(Debug, Default)]
pub struct Tally {
    pub forms: HashMap<String, FormTally>,
}

/// Words that make a spaced pair grammar, not a spelling: `a way`/`away`, `may be`/`maybe`,
/// `in to`/`into`, `every day`/`everyday`, `some time`/`sometime`, `any one`/`anyone`.
const FUNCTION_FIRST: &[&str] = &[
    "a", "an", "the", "any", "every", "some", "no", "may", "can", "in", "on", "with", "for", "to",
    "be", "there", "here", "what", "when", "where", "how", "who", "it", "its", "my", "your", "our",
    "their", "his", "her", "all", "not", "of", "at", "by", "as", "is", "so", "if", "or", "and",
    "but", "out", "over", "under", "up", "down", "one", "this", "that", "these", "those", "more",
    "most", "less", "each", "other", "another", "else",
];
const FUNCTION_SECOND: &[&str] = &[
    "a", "an", "the", "to", "be", "it", "is", "one", "body", "thing", "where", "self", "selves",
    "ever", "how", "of", "and", "or", "are", "was", "has", "have", "not", "this", "that",
];

/// Words before a verb: "to sign in", "you can log in", "users sign in".
const VERBAL: &[&str] = &[
    "to", "can", "cannot", "will", "would", "should", "must", "may", "might", "could", "please",
    "you", "we", "they", "users", "then", "not", "don't", "won't",
];
/// Words before a noun phrase: "the sign-in", "your setup", "a log-in".
const NOMINAL: &[&str] = &[
    "a", "an", "the", "your", "their", "our", "its", "this", "that", "each", "every", "his", "her",
    "my", "any", "first", "new", "same", "at", "during", "after", "before", "for", "of",
];
/// Words after a phrasal verb: "check out the", "sign in to", "fall back to".
const OBJECT: &[&str] = &[
    "the", "a", "an", "to", "with", "your", "this", "into", "from", "via", "using", "of",
];

/// The families of the files' words: every key with at least two forms, with all its uses.
pub fn tally(files: &[FileWords]) -> HashMap<(Kind, String), Tally> {
    let vocabulary = Vocabulary::of(files);
    let mut tallies: HashMap<(Kind, String), Tally> = HashMap::new();
    for (index, file) in files.iter().enumerate() {
        let words = &file.words;
        let lower: Vec<String> = words
            .iter()
            .map(|w| w.text(&file.text).to_lowercase())
            .collect();
        let mut record = |kind: Kind, key: String, form: String, first: usize, last: usize| {
            let prev =
                (first > 0 && words[first - 1].spaced_next).then(|| lower[first - 1].as_str());
            let next = words[last].spaced_next.then(|| lower[last + 1].as_str());
            let open = last > first;
            let tally = tallies.entry((kind, key)).or_default();
            let form = tally.forms.entry(form).or_default();
            form.count += 1;
            form.files.insert(index);
            form.places
                .push((index, words[first].range.start..words[last].range.end));
            // A spaced pair before its object reads as a verb: "check out the guide".
            form.after_verbal += usize::from(
                prev.is_some_and(|p| VERBAL.contains(&p))
                    || open && next.is_some_and(|n| OBJECT.contains(&n)),
            );
            form.after_nominal += usize::from(prev.is_some_and(|p| NOMINAL.contains(&p)));
            form.before_word += usize::from(words[last].spaced_next);
        };
        for (i, word) in words.iter().enumerate() {
            // Inside a Title Case name (`Role Based Access Control`), spacing is the name's.
            let titled = |j: usize| in_title_run(words, j);
            let key = letters(&lower[i]);
            // Spacing: the closed and hyphenated word, and the pair it starts.
            if vocabulary.spacing.contains(&key) && !word.inner_capital && !titled(i) {
                let form = if word.hyphen.is_some() {
                    lower[i].clone()
                } else {
                    key.clone()
                };
                record(Kind::Spacing, key.clone(), form, i, i);
            }
            if word.spaced_next && word.hyphen.is_none() && words[i + 1].hyphen.is_none() {
                let pair = format!("{}{}", lower[i], lower[i + 1]);
                if vocabulary.spacing.contains(&pair)
                    && open_pair_allowed(&lower[i], &lower[i + 1])
                    && !titled(i)
                    && !titled(i + 1)
                {
                    record(
                        Kind::Spacing,
                        pair,
                        format!("{} {}", lower[i], lower[i + 1]),
                        i,
                        i + 1,
                    );
                }
            }
            // Case: a word mid-sentence, and a name's second word.
            let text = word.text(&file.text);
            if counts_for_case(words, i) && vocabulary.case.contains(&lower[i]) {
                record(Kind::Case, lower[i].clone(), text.to_string(), i, i);
            }
            if let Some(pair) = name_pair(&file.text, words, i)
                && vocabulary.names.contains(&pair.to_lowercase())
            {
                record(Kind::Case, pair.to_lowercase(), pair.to_string(), i, i + 1);
            }
            // Spelling: both the British and the American form, under the American one.
            if word.hyphen.is_none() {
                let us = american(&lower[i]).unwrap_or_else(|| lower[i].clone());
                if vocabulary.spelling.contains(&us) {
                    record(Kind::Spelling, us, lower[i].clone(), i, i);
                }
            }
        }
    }
    tallies.retain(|_, t| t.forms.len() > 1);
    tallies
}

/// The keys that have more than one form somewhere in the files.
#[derive(Debug, Default)]
struct Vocabulary {
    spacing: HashSet<String>,
    case: HashSet<String>,
    names: HashSet<String>,
    spelling: HashSet<String>,
}

impl Vocabulary {
    fn of(files: &[FileWords]) -> Vocabulary {
        let mut closed = HashSet::new();
        let mut hyphenated = HashSet::new();
        let mut pairs = HashSet::new();
        let mut cases: HashMap<String, HashSet<String>> = HashMap::new();
        let mut names: HashMap<String, HashSet<String>> = HashMap::new();
        let mut words_seen = HashSet::new();
        for file in files {
            let words = &file.words;
            for (i, word) in words.iter().enumerate() {
                let text = word.text(&file.text);
                let lower = text.to_lowercase();
                if word.hyphen.is_some() {
                    hyphenated.insert(letters(&lower));
                } else {
                    // `UserButton`, `SignedOut`: a component's name, not a closed compound.
                    if !word.inner_capital {
                        closed.insert(lower.clone());
                    }
                    words_seen.insert(lower.clone());
                    if word.spaced_next && words[i + 1].hyphen.is_none() {
                        let next = words[i + 1].text(&file.text).to_lowercase();
                        if open_pair_allowed(&lower, &next) {
                            pairs.insert(format!("{lower}{next}"));
                        }
                    }
                }
                if counts_for_case(words, i) {
                    cases.entry(lower).or_default().insert(text.to_string());
                }
                if let Some(pair) = name_pair(&file.text, words, i) {
                    names
                        .entry(pair.to_lowercase())
                        .or_default()
                        .insert(pair.to_string());
                }
            }
        }
        let mut vocabulary = Vocabulary::default();
        for key in closed.iter().chain(&hyphenated).chain(&pairs) {
            let forms = usize::from(closed.contains(key))
                + usize::from(hyphenated.contains(key))
                + usize::from(pairs.contains(key));
            if forms > 1 && key.len() >= 4 {
                vocabulary.spacing.insert(key.clone());
            }
        }
        let several = |forms: &HashSet<String>| forms.len() > 1;
        // One word looks like a name when some form has a capital after its first letter
        // (`GitHub`, `API`, `OAuth`); `Account` / `account` is title case, not a spelling.
        // All capitals alone is another word as often as a spelling (`SHOULD`, `POST`, `US`,
        // `LINE`), so it takes a mixed-case form (`Url`, `OAuth`) to make a family.
        let name_like = |forms: &HashSet<String>| {
            forms.iter().any(|f| {
                f.chars().skip(1).any(char::is_uppercase) && f.chars().any(char::is_lowercase)
            })
        };
        vocabulary.case = cases
            .into_iter()
            .filter(|(key, forms)| {
                several(forms) && name_like(forms) && !FUNCTION_FIRST.contains(&key.as_str())
            })
            .map(|(key, _)| key)
            .collect();
        vocabulary.names = names
            .into_iter()
            .filter(|(_, forms)| several(forms))
            .map(|(key, _)| key)
            .collect();
        vocabulary.spelling = words_seen
            .iter()
            .filter_map(|w| american(w))
            .filter(|us| words_seen.contains(us))
            .collect();
        vocabulary
    }
}

/// The letters of a form, lowercase: the key its spacing variants share.
pub fn letters(form: &str) -> String {
    form.chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}

fn open_pair_allowed(first: &str, second: &str) -> bool {
    first.chars().count() >= 2
        && second.chars().count() >= 2
        && !FUNCTION_FIRST.contains(&first)
        && !FUNCTION_SECOND.contains(&second)
}

/// Whether word `i`'s case is the writer's choice: mid-sentence, in running text, and not part
/// of a longer capitalized name (whose words [`name_pair`] counts).
fn counts_for_case(words: &[Word], i: usize) -> bool {
    let word = &words[i];
    !word.sentence_start && !word.styled && word.hyphen.is_none() && !word.after_capital
}

fn is_capitalized_mid(word: &Word) -> bool {
    word.capital && !word.sentence_start && !word.styled && word.hyphen.is_none()
}

/// Whether word `i` is one of three or more capitalized words in a row: a Title Case name
/// (`Role Based Access Control`), which the linter leaves to its own spelling too.
fn in_title_run(words: &[Word], i: usize) -> bool {
    let capital = |w: &Word| w.capital && w.hyphen.is_none();
    if !capital(&words[i]) {
        return false;
    }
    let mut first = i;
    while first > 0 && words[first - 1].spaced_next && capital(&words[first - 1]) {
        first -= 1;
    }
    let mut last = i;
    while words[last].spaced_next && capital(&words[last + 1]) {
        last += 1;
    }
    last - first >= 2
}

/// A two-word name mid-sentence: a capitalized word and the next (`Clerk Dashboard`,
/// `Clerk dashboard`), as the text spells it.
fn name_pair<'a>(text: &'a str, words: &[Word], i: usize) -> Option<&'a str> {
    let word = &words[i];
    let next = words.get(i + 1)?;
    // `Clerk` but not `API`: an all-capitals first word is an abbreviation before a noun.
    let first = word.text(text);
    let capital = first.chars().skip(1).any(char::is_lowercase);
    (capital
        && word.spaced_next
        && !word.after_capital
        && is_capitalized_mid(word)
        && !next.styled
        && next.hyphen.is_none()
        // A third capitalized word makes a longer name, which is the name's own spelling.
        && !(next.spaced_next && words.get(i + 2).is_some_and(|w| w.capital)))
    .then(|| &text[word.range.start..next.range.end])
    .filter(|pair| !pair.contains('\n'))
}
