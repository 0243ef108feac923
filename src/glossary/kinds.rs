//! The rule kinds beside terms: consistency groups, event catalogs and caution rules, as the
//! glossary files spell them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Example, Severity, default_severity};

/// Forms that are all correct, of which one file should use one: `app` or `application`.
/// When a file uses more than one, the less used ones get an info finding naming the most used.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Consistency {
    pub id: String,
    #[serde(default = "consistency_category")]
    pub category: String,
    pub forms: Vec<String>,
    /// Whether the forms' plurals count too. Off where a plural changes the sense: "their
    /// emails" are messages, not the addresses "their email" names.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub plural: bool,
    #[serde(default = "info_severity")]
    pub severity: Severity,
    pub message: String,
    #[serde(default)]
    pub examples: Vec<Example>,
}

fn yes() -> bool {
    true
}

fn is_true(value: &bool) -> bool {
    *value
}

fn consistency_category() -> String {
    "consistency".to_string()
}

fn info_severity() -> Severity {
    Severity::Info
}

/// A catalog of event names (`user.created`), checked in inline code and string literals: a name
/// that is close to a catalog entry but not in it is flagged with the entry as suggestion.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventCatalog {
    pub id: String,
    #[serde(default = "events_category")]
    pub category: String,
    #[serde(default = "default_severity")]
    pub severity: Severity,
    pub message: String,
    pub events: Vec<String>,
    /// Other names for resources: `org = "organization"`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub aliases: BTreeMap<String, String>,
    /// Names with a snake_case resource are only flagged in files that mention one of these,
    /// since other event streams (application logs) use snake_case on purpose.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub snake_case_only_near: Vec<String>,
    /// Words that name the catalog's product (`["clerk", "svix"]`). A file that spells three or
    /// more names one other way and none as the catalog does follows another service's catalog
    /// and is left alone, unless it mentions one of these words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub product_words: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

fn events_category() -> String {
    "webhook-events".to_string()
}

/// The category of caution rules: security advice rather than wording.
pub const CAUTION: &str = "caution";

/// Where a caution rule looks for its evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CautionScope {
    /// All evidence in one sentence (or one comment's sentence).
    #[default]
    Sentence,
    /// A sentence holds the evidence and the rest of the document never answers it: one
    /// finding per document, at the first such sentence.
    Document,
}

/// A piece of security advice as data: a sentence that has a word of `risk`, of `verbs` and of
/// `objects`, and no cue of `unless` outside those words, teaches something unsafe. Phrases are
/// matched word by word, in any case; a trailing `*` matches any ending (`verif*`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Caution {
    pub id: String,
    #[serde(default = "caution_category")]
    pub category: String,
    #[serde(default = "default_severity")]
    pub severity: Severity,
    pub message: String,
    #[serde(default)]
    pub scope: CautionScope,
    /// The words that carry the risk: the finding's span. Also read in inline code mentions.
    pub risk: Vec<String>,
    /// What the sentence does with it; read in prose only, so code itself is never flagged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verbs: Vec<String>,
    /// What is at stake; also read in inline code mentions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objects: Vec<String>,
    /// Negation and advice cues: a sentence with one of them (outside the words above) warns
    /// rather than teaches.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless: Vec<String>,
    /// For document scope: words anywhere in the file (code included) that answer the risk.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absent: Vec<String>,
    /// What to write instead, shown but never applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
    /// Why the advice matters, for `explain` and the glossary page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

fn caution_category() -> String {
    CAUTION.to_string()
}
