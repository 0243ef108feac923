//! The rule data model: a glossary is a list of terms, each with the forms to prefer, the forms to
//! avoid, why, and examples that the test suite executes.
//!
//! Glossaries are TOML files (`rules/*.toml`); the built-in ones are compiled into the binary.

mod inflect;
mod kinds;
mod load;
mod registry;

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

pub(crate) use inflect::plural_phrase as inflect_plural;
pub use kinds::{CAUTION, Caution, CautionScope, Consistency, EventCatalog};
pub use load::{GlossaryError, ParseError, ValidationIssue};
pub use registry::{
    BUILTIN_RULES, BuiltinRule, ExampleText, Rule, RuleInfo, RuleKind, UNUSED, UNUSED_RULE,
    is_glossary_text,
};

/// The built-in glossaries, by profile name, in the order they stack.
pub const BUILTIN: &[(&str, &str)] = &[
    ("clerk", include_str!("../../rules/clerk.toml")),
    ("clerk-docs", include_str!("../../rules/clerk-docs.toml")),
];

/// The same glossaries, converted to JSON by the build script: parsed at start-up, faster.
const BUILTIN_JSON: &[(&str, &str)] = &[
    (
        "clerk",
        include_str!(concat!(env!("OUT_DIR"), "/clerk.json")),
    ),
    (
        "clerk-docs",
        include_str!(concat!(env!("OUT_DIR"), "/clerk-docs.json")),
    ),
];

/// And without examples and definitions, which linting never reads.
const BUILTIN_LEAN_JSON: &[(&str, &str)] = &[
    (
        "clerk",
        include_str!(concat!(env!("OUT_DIR"), "/clerk.lean.json")),
    ),
    (
        "clerk-docs",
        include_str!(concat!(env!("OUT_DIR"), "/clerk-docs.lean.json")),
    ),
];

/// The category of spelling rules that `locale = "en-GB"` turns around.
pub const US_SPELLING: &str = "us-spelling";
const GB_SPELLING: &str = "gb-spelling";

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
    /// Only the avoided forms exactly as written match (`organization` but not `Organization`);
    /// for house-style capitalization.
    Sensitive,
}

/// Places where a term is not flagged, for rules that only hold in running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    /// Headings (which may follow their own capitalization).
    Heading,
    /// The first word of a sentence.
    SentenceStart,
    /// Bold text, such as a UI label quoted verbatim.
    Strong,
    /// Text between quotation marks, such as component-rendered text.
    Quoted,
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
    /// Flag only when the next word is one of these (or, when `preceded_by` is set too, the
    /// previous one is one of those: either is evidence).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub followed_by: Vec<String>,
    /// Flag only when the previous word is one of these (or, when `followed_by` is set too, the
    /// next one is one of those); `^` stands for the start of a sentence. Grammar as data:
    /// "sign in" after a determiner or preposition is the noun.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub preceded_by: Vec<String>,
    /// Never flag when the next word is one of these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_followed_by: Vec<String>,
    /// Never flag when the previous word is one of these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_preceded_by: Vec<String>,
    /// Flag only when one of these appears in the same sentence of the source (inline code
    /// included): evidence that the sentence is about what the rule is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub near: Vec<String>,
    /// Never flag when one of these appears in the same sentence of the source (inline code
    /// included): `__session` marks a sentence about the cookie itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_near: Vec<String>,
    /// Places where the term is not flagged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignore_in: Vec<Place>,
    /// The preferred form is this glossary's product's own name for a feature ("email link"):
    /// a file about another product (see [`Products`]) keeps that product's name for its own.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub feature_name: bool,
    /// What the preferred term means, for the generated glossary page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
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

    /// Whether the term flags only where its context gives evidence, so that its forms may be
    /// another term's preferred form elsewhere ("sign in" is the verb, but the noun after "the").
    pub fn requires_evidence(&self) -> bool {
        !(self.followed_by.is_empty() && self.preceded_by.is_empty() && self.near.is_empty())
    }

    pub fn has_context(&self) -> bool {
        !(self.followed_by.is_empty()
            && self.preceded_by.is_empty()
            && self.not_followed_by.is_empty()
            && self.not_preceded_by.is_empty()
            && self.near.is_empty()
            && self.not_near.is_empty()
            && self.ignore_in.is_empty())
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

/// What a pattern belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// Index into [`Glossary::terms`].
    Term(usize),
    /// Index into [`Glossary::consistency`].
    Group(usize),
}

/// One string the matcher looks for, with what it suggests instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub owner: Owner,
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
    pub consistency: Vec<Consistency>,
    pub events: Vec<EventCatalog>,
    pub caution: Vec<Caution>,
    pub products: Products,
    /// Ids of rules this glossary removes from the ones it is stacked on.
    pub disable: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    term: Vec<Term>,
    #[serde(default)]
    consistency: Vec<Consistency>,
    #[serde(default)]
    events: Vec<EventCatalog>,
    #[serde(default)]
    caution: Vec<Caution>,
    #[serde(default)]
    products: Products,
    #[serde(default)]
    disable: Vec<String>,
}

/// Which product a file is about, for the terms that are a product's names for its features.
/// A file that names one of `others` (a whole word, any case) and none of `ours` is about another
/// product, and its own feature names ("magic link", "recovery codes") are right there.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Products {
    #[serde(default)]
    pub ours: Vec<String>,
    #[serde(default)]
    pub others: Vec<String>,
}

impl Products {
    fn extend(&mut self, other: Products) {
        for (into, from) in [
            (&mut self.ours, other.ours),
            (&mut self.others, other.others),
        ] {
            for name in from {
                if !into.contains(&name) {
                    into.push(name);
                }
            }
        }
    }
}

impl Glossary {
    /// The built-in glossaries of the given profiles, stacked in order.
    pub fn builtin(profiles: &[&str]) -> Result<Glossary, GlossaryError> {
        Glossary::builtin_from(BUILTIN_JSON, profiles)
    }

    /// [`Glossary::builtin`] without the examples and definitions, which only documentation and
    /// tests read: what linting loads, faster.
    pub fn builtin_for_linting(profiles: &[&str]) -> Result<Glossary, GlossaryError> {
        Glossary::builtin_from(BUILTIN_LEAN_JSON, profiles)
    }

    fn builtin_from(json: &[(&str, &str)], profiles: &[&str]) -> Result<Glossary, GlossaryError> {
        let mut glossary = Glossary::default();
        for profile in profiles {
            let (name, json) = json
                .iter()
                .find(|(name, _)| name == profile)
                .ok_or_else(|| GlossaryError::UnknownProfile(profile.to_string()))?;
            let parsed = match serde_json::from_str(json) {
                Ok(parsed) => load::glossary(parsed),
                // The JSON form failed (a broken TOML source): parse that, for its message.
                Err(_) => load::parse(&format!("rules/{name}.toml"), builtin_toml(name))?,
            };
            glossary.extend(parsed);
        }
        Ok(glossary)
    }

    /// Parses a glossary file; `name` is used in error messages.
    pub fn from_toml(name: &str, text: &str) -> Result<Glossary, GlossaryError> {
        load::parse(name, text)
    }

    /// Adds `other`'s rules; a rule with the id of an existing one replaces it, and the ids in
    /// `other.disable` are removed.
    pub fn extend(&mut self, other: Glossary) {
        merge_by_id(&mut self.terms, other.terms, |t| &t.id);
        merge_by_id(&mut self.consistency, other.consistency, |c| &c.id);
        merge_by_id(&mut self.events, other.events, |e| &e.id);
        merge_by_id(&mut self.caution, other.caution, |c| &c.id);
        self.products.extend(other.products);
        let disabled: std::collections::HashSet<&String> = other.disable.iter().collect();
        let off = |id: &String| disabled.contains(id);
        self.terms.retain(|t| !off(&t.id));
        self.consistency.retain(|c| !off(&c.id));
        self.events.retain(|e| !off(&e.id));
        self.caution.retain(|c| !off(&c.id));
    }

    /// The glossary for British English: the US-spelling terms turned around, so that
    /// `customized` is flagged and `customised` suggested. Ids stay, so config keeps working.
    pub fn for_en_gb(mut self) -> Glossary {
        for term in self.terms.iter_mut().filter(|t| t.category == US_SPELLING) {
            let Some(british) = term.avoid.first().cloned() else {
                continue;
            };
            term.avoid = std::mem::replace(&mut term.preferred, vec![british.clone()]);
            term.replace = term
                .replace
                .iter()
                .map(|(k, v)| (v.clone(), k.clone()))
                .collect();
            term.category = GB_SPELLING.to_string();
            term.message = format!("The locale is en-GB: use the British spelling, '{british}'.");
            for example in &mut term.examples {
                if example.bad.is_some() {
                    std::mem::swap(&mut example.bad, &mut example.good);
                }
            }
        }
        self
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id)
    }

    /// Every form the matcher must look for, with inflections generated.
    pub fn patterns(&self) -> Vec<Pattern> {
        // Most terms have one avoided form and an inflection or two.
        let mut patterns = Vec::with_capacity(self.terms.len() * 4 + self.consistency.len() * 4);
        for (index, term) in self.terms.iter().enumerate() {
            inflect::term_patterns(index, term, &mut patterns);
        }
        for (index, group) in self.consistency.iter().enumerate() {
            inflect::group_patterns(index, group, &mut patterns);
        }
        patterns
    }

    /// Problems that make the glossary ambiguous: duplicate ids, a variant claimed by two terms,
    /// a variant that is another term's preferred form, a term without forms.
    pub fn validate(&self) -> Vec<ValidationIssue> {
        load::validate(self)
    }
}

/// Replaces the items of `into` whose id an item of `from` has, and appends the others, in one
/// pass over each (a user glossary of 100k terms merges in linear time).
fn merge_by_id<T>(into: &mut Vec<T>, from: Vec<T>, id: impl Fn(&T) -> &String) {
    if from.is_empty() {
        return;
    }
    into.reserve(from.len());
    let mut at: HashMap<String, usize> = HashMap::with_capacity(into.len() + from.len());
    for (i, item) in into.iter().enumerate() {
        at.entry(id(item).clone()).or_insert(i);
    }
    for item in from {
        match at.get(id(&item)) {
            Some(&i) => into[i] = item,
            None => {
                at.insert(id(&item).clone(), into.len());
                into.push(item);
            }
        }
    }
}

fn builtin_toml(name: &str) -> &'static str {
    BUILTIN
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, text)| text)
}
