//! From tallies to the families a writer reads: forms ordered by use, a score that puts the
//! widest real splits first, the part-of-speech note for forms that are both right, and the rule
//! of the active glossary that already covers a family.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use super::families::{FormTally, Kind, Place, Tally, letters};
use crate::glossary::Glossary;

/// A family of competing spellings of one term.
#[derive(Debug, Clone, Serialize)]
pub struct Family {
    pub kind: Kind,
    /// The lowercase letters (or the American spelling) the forms share.
    pub key: String,
    /// Forms, most used first.
    pub forms: Vec<Form>,
    pub count: usize,
    pub files: usize,
    /// How much it matters: uses not in the majority form, weighted by spread over files.
    pub score: f64,
    /// When the forms split by their neighbours (verb "sign in", noun "sign-in"): why both may
    /// be right.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub split: Option<String>,
    /// The id of the active glossary's rule about this term.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub covered_by: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Form {
    pub text: String,
    pub count: usize,
    pub files: usize,
    #[serde(skip)]
    pub places: Vec<Place>,
    #[serde(skip)]
    pub tally: Neighbours,
}

/// A form's neighbours, for the part-of-speech note.
#[derive(Debug, Clone, Copy, Default)]
pub struct Neighbours {
    pub after_verbal: usize,
    pub after_nominal: usize,
    pub before_word: usize,
}

/// The families with at least `min_count` uses, ranked, each marked with the glossary rule that
/// covers it.
pub fn rank(
    tallies: HashMap<(Kind, String), Tally>,
    min_count: usize,
    glossary: &Glossary,
) -> Vec<Family> {
    let mut families: Vec<Family> = tallies
        .into_iter()
        .filter_map(|((kind, key), tally)| {
            let count: usize = tally.forms.values().map(|f| f.count).sum();
            (count >= min_count).then(|| family(kind, key, tally, glossary))
        })
        .collect();
    families.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.count.cmp(&a.count))
            .then(a.key.cmp(&b.key))
            .then(a.kind.cmp(&b.kind))
    });
    families
}

fn family(kind: Kind, key: String, tally: Tally, glossary: &Glossary) -> Family {
    let files: BTreeSet<usize> = tally
        .forms
        .values()
        .flat_map(|f| f.files.iter().copied())
        .collect();
    let mut forms: Vec<Form> = tally
        .forms
        .into_iter()
        .map(|(text, t)| form(text, t))
        .collect();
    forms.sort_by(|a, b| b.count.cmp(&a.count).then(a.text.cmp(&b.text)));
    let count: usize = forms.iter().map(|f| f.count).sum();
    let minority = count - forms[0].count;
    let score = minority as f64 * (1.0 + (files.len() as f64).ln());
    let split = match kind {
        Kind::Spacing => part_of_speech_split(&forms),
        Kind::Case | Kind::Spelling => None,
    };
    // Forms that split by part of speech are probably both right: below real inconsistencies.
    let score = if split.is_some() { score / 4.0 } else { score };
    let covered_by = covering_rule(&key, &forms, glossary);
    Family {
        kind,
        key,
        forms,
        count,
        files: files.len(),
        score,
        split,
        covered_by,
    }
}

fn form(text: String, tally: FormTally) -> Form {
    let mut places = tally.places;
    places.sort_by_key(|(file, range)| (*file, range.start));
    Form {
        text,
        count: tally.count,
        files: tally.files.len(),
        places,
        tally: Neighbours {
            after_verbal: tally.after_verbal,
            after_nominal: tally.after_nominal,
            before_word: tally.before_word,
        },
    }
}

const PARTICLES: &[&str] = &[
    "in", "up", "out", "off", "on", "down", "back", "over", "away", "around", "through",
];

/// The note for a family whose forms are used as different parts of speech: the spaced form
/// mostly as a verb and a joined form as a noun (`sign in` / `sign-in`), or a hyphenated form
/// mostly before a noun and the spaced one standing alone (`client-side code` / `on the client
/// side`). Needs a clear majority on both sides, from at least two uses each.
fn part_of_speech_split(forms: &[Form]) -> Option<String> {
    let open = forms.iter().find(|f| f.text.contains(' '))?;
    let joined = forms
        .iter()
        .filter(|f| !f.text.contains(' '))
        .max_by_key(|f| f.count)?;
    let share = |n: usize, of: &Form| of.count >= 2 && n * 2 > of.count;
    let o = open.tally;
    let j = joined.tally;
    // Only a verb and its particle make a spaced verb beside a joined noun: `sign in`,
    // `check out`, `fall back`; `user management` is never a verb.
    let phrasal = open
        .text
        .rsplit(' ')
        .next()
        .is_some_and(|p| PARTICLES.contains(&p));
    if phrasal
        && share(o.after_verbal, open)
        && (share(j.after_nominal, joined) || share(j.before_word, joined))
    {
        return Some(format!(
            "\"{}\" mostly follows to, a modal or a subject ({} of {}: a verb); \"{}\" mostly \
             follows a determiner or precedes a noun ({} of {}: a noun or adjective). Both may be \
             right.",
            open.text,
            o.after_verbal,
            open.count,
            joined.text,
            j.after_nominal.max(j.before_word),
            joined.count
        ));
    }
    // Shares of uses followed by a word: the hyphenated form's at least half, and at least
    // twice the spaced form's.
    if joined.text.contains('-')
        && joined.count >= 2
        && open.count >= 2
        && j.before_word * 2 >= joined.count
        && j.before_word * open.count >= 2 * o.before_word * joined.count
    {
        return Some(format!(
            "\"{}\" mostly precedes a noun ({} of {}: an adjective); \"{}\" mostly stands alone \
             ({} of {}: a noun phrase). Both may be right.",
            joined.text,
            j.before_word,
            joined.count,
            open.text,
            open.count - o.before_word,
            open.count
        ));
    }
    None
}

/// The rule of the glossary whose forms spell this family's term (singular or plural), if any.
fn covering_rule(key: &str, forms: &[Form], glossary: &Glossary) -> Option<String> {
    let mut keys: BTreeSet<String> = forms.iter().map(|f| letters(&f.text)).collect();
    keys.insert(letters(key));
    let same = |form: &str| {
        let form = letters(form);
        keys.iter().any(|k| {
            *k == form || k.strip_suffix('s') == Some(&form) || k.strip_suffix("es") == Some(&form)
        })
    };
    let terms = glossary.terms.iter().map(|t| {
        let forms = t.preferred.iter().chain(&t.avoid).chain(t.replace.keys());
        (t.id.as_str(), forms.cloned().collect::<Vec<_>>())
    });
    let groups = glossary
        .consistency
        .iter()
        .map(|g| (g.id.as_str(), g.forms.clone()));
    terms
        .chain(groups)
        .find(|(_, forms)| forms.iter().any(|f| same(f)))
        .map(|(id, _)| id.to_string())
}
