//! The rule data model: a glossary is a list of terms, each with the forms to prefer, the forms to
//! avoid, why, and examples that the test suite executes.
//!
//! Glossaries are TOML files (`rules/*.toml`); the built-in ones are compiled into the binary.

mod inflect;
mod load;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use load::{GlossaryError, ParseError, ValidationIssue};

/// The built-in glossaries, by profile name, in the order they stack.
pub const BUILTIN: &[(&str, &str)] = &[("clerk", include_str!("../../rules/clerk.toml"))];

/// The profiles applied when nothing else is configured.
pub const DEFAULT_PROFILES: &[&str] = &["clerk"];

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// How a term's variants are compared with the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CasePolicy {
    /// Any casing of an avoided variant matches; the suggestion copies the case pattern of the match.
    #[default]
    Insensitive,
    /// Brand spelling: every spelling of the preferred form other than the exact one is flagged.
    Exact,
}

/// Whether a fix may be applied without a human looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    None,
    Unsafe,
    Safe,
}

/// The part of speech of a term, which decides the inflected forms that are generated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Pos {
    /// Plural of the last word: `web hook` → `web hooks`.
    Noun,
    /// `-s`, `-ed` and `-ing` forms of the first word: `log in` → `logged in`.
    Verb,
    /// No inflection.
    Adjective,
}

/// One rule of a glossary.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub category: String,
    pub preferred: Vec<String>,
    #[serde(default)]
    pub avoid: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pos: Option<Pos>,
    /// Extra `avoided form = suggestion` pairs, for forms the generator cannot derive.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub replace: BTreeMap<String, String>,
    #[serde(default)]
    pub case: CasePolicy,
    #[serde(default = "default_severity")]
    pub severity: Severity,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<Applicability>,
    /// Flag only when the next word is one of these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub followed_by: Vec<String>,
    /// Never flag when the next word is one of these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_followed_by: Vec<String>,
    /// Never flag when the previous word is one of these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_preceded_by: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

fn default_severity() -> Severity {
    Severity::Warning
}

impl Term {
    /// The fix applicability: as declared, or by confidence (terms that need context are unsafe).
    pub fn applicability(&self) -> Applicability {
        self.fix.unwrap_or(if self.has_context() {
            Applicability::Unsafe
        } else {
            Applicability::Safe
        })
    }

    pub fn has_context(&self) -> bool {
        !(self.followed_by.is_empty()
            && self.not_followed_by.is_empty()
            && self.not_preceded_by.is_empty())
    }
}

/// A text that shows a term at work. `bad` must produce exactly one finding whose first suggestion
/// turns it into `good`; `good` must produce none.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bad: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub good: Option<String>,
}

/// One string the matcher looks for, with what it suggests instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// Index of the term in [`Glossary::terms`].
    pub term: usize,
    /// The form as the glossary spells it (with generated inflections).
    pub text: String,
    /// Replacements, in the glossary's order, with the same inflection as `text`.
    pub suggestions: Vec<String>,
    /// For exact-case terms: the one spelling that is right, so never flagged.
    pub canonical: Option<String>,
    /// The spellings the glossary lists for this form, case preserved. A match that is literally
    /// one of them is flagged even when it looks like an identifier (`NextJS`).
    pub listed: Vec<String>,
}

/// A set of terms, from one or more glossary files.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    term: Vec<Term>,
}

impl Glossary {
    /// The built-in glossaries of the given profiles, stacked in order.
    pub fn builtin(profiles: &[&str]) -> Result<Glossary, GlossaryError> {
        let mut glossary = Glossary::default();
        for profile in profiles {
            let (name, text) = BUILTIN
                .iter()
                .find(|(name, _)| name == profile)
                .ok_or_else(|| GlossaryError::UnknownProfile(profile.to_string()))?;
            glossary.extend(Glossary::from_toml(&format!("rules/{name}.toml"), text)?);
        }
        Ok(glossary)
    }

    /// Parses a glossary file; `name` is used in error messages.
    pub fn from_toml(name: &str, text: &str) -> Result<Glossary, GlossaryError> {
        load::parse(name, text)
    }

    /// Adds `other`'s terms; a term with the id of an existing one replaces it.
    pub fn extend(&mut self, other: Glossary) {
        for term in other.terms {
            match self.terms.iter_mut().find(|t| t.id == term.id) {
                Some(existing) => *existing = term,
                None => self.terms.push(term),
            }
        }
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id)
    }

    /// Every form the matcher must look for, with inflections generated.
    pub fn patterns(&self) -> Vec<Pattern> {
        let mut patterns = Vec::new();
        for (index, term) in self.terms.iter().enumerate() {
            inflect::term_patterns(index, term, &mut patterns);
        }
        patterns
    }

    /// Problems that make the glossary ambiguous: duplicate ids, a variant claimed by two terms,
    /// a variant that is another term's preferred form, a term without forms.
    pub fn validate(&self) -> Vec<ValidationIssue> {
        load::validate(self)
    }
}
