//! `termlint discover`: the terms a team spells more than one way. It reads the same prose as
//! `check` (the linter's extractors and scopes), splits it into words ([`words`]), counts every
//! term that appears in more than one form ([`families`]), ranks the families and marks the ones
//! the active glossary covers ([`rank`]), and writes them for a reader or as a glossary to adopt
//! ([`render`], [`propose`]).

pub mod families;
pub mod propose;
pub mod rank;
pub mod render;
pub mod spelling;
pub mod words;

use serde::Serialize;

pub use families::{FileWords, Kind};
pub use rank::{Family, Form};

use crate::glossary::Glossary;
use crate::source::line_column;

/// The default `--min-count`: a family used fewer times is an accident, not a habit.
pub const DEFAULT_MIN_COUNT: usize = 8;

/// What `discover` found in a set of files.
#[derive(Debug)]
pub struct Discovery {
    pub files: Vec<FileWords>,
    pub min_count: usize,
    /// Ranked, covered ones included.
    pub families: Vec<Family>,
}

impl Discovery {
    /// Counts the families of `files` with at least `min_count` uses.
    pub fn new(files: Vec<FileWords>, min_count: usize, glossary: &Glossary) -> Discovery {
        let tallies = families::tally(&files);
        let families = rank::rank(tallies, min_count, glossary);
        Discovery {
            files,
            min_count,
            families,
        }
    }

    /// The families no rule covers yet, best first.
    pub fn proposed(&self) -> impl Iterator<Item = &Family> {
        self.families.iter().filter(|f| f.covered_by.is_none())
    }

    pub fn covered(&self) -> impl Iterator<Item = &Family> {
        self.families.iter().filter(|f| f.covered_by.is_some())
    }

    /// The first `limit` uses of a form, as places a reader can open.
    pub fn examples(&self, form: &Form, limit: usize) -> Vec<Example> {
        form.places
            .iter()
            .take(limit)
            .map(|(file, range)| {
                let file = &self.files[*file];
                let (line, column) = line_column(&file.text, range.start);
                Example {
                    path: file.path.clone(),
                    line,
                    column,
                    start: range.start,
                    end: range.end,
                    text: excerpt(&file.text, range.clone(), None),
                }
            })
            .collect()
    }

    /// A use of `form` on its line, as it is and with `preferred` in its place.
    pub fn rewritten(&self, form: &Form, preferred: &str) -> Option<(String, String)> {
        let (file, range) = form.places.first()?;
        let text = &self.files[*file].text;
        // A capital that opens the sentence stays: "File system" → "Filesystem".
        let mut good = preferred.to_string();
        if text[range.clone()].starts_with(char::is_uppercase)
            && good.starts_with(char::is_lowercase)
        {
            let mut chars = preferred.chars();
            good = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
        }
        Some((
            excerpt(text, range.clone(), None),
            excerpt(text, range.clone(), Some(&good)),
        ))
    }
}

/// One use of a form: where it is (byte span and line:column) and its line, shortened.
#[derive(Debug, Clone, Serialize)]
pub struct Example {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The line around `range`, at most about 100 characters, whitespace collapsed; with
/// `replacement`, that in place of the range.
fn excerpt(text: &str, range: std::ops::Range<usize>, replacement: Option<&str>) -> String {
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |i| range.end + i);
    let before: Vec<char> = text[line_start..range.start].chars().collect();
    let after: Vec<char> = text[range.end..line_end].chars().collect();
    let keep = 45;
    let mut out = String::new();
    if before.len() > keep {
        out.push('…');
        out.extend(&before[before.len() - keep..]);
    } else {
        out.extend(&before);
    }
    out.push_str(replacement.unwrap_or(&text[range]));
    if after.len() > keep {
        out.extend(&after[..keep]);
        out.push('…');
    } else {
        out.extend(&after);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
