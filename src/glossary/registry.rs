//! One registry of rules, whatever their kind. The rule list, `explain`, the glossary page, the
//! SARIF rule table, `[rules]` validation and the walker's "is this a glossary file" test all read
//! it, so a new kind of rule is documented, configurable and reported the moment it implements
//! [`Rule`] and is listed here.

use serde::Serialize;

use super::{
    Applicability, CasePolicy, Caution, CautionScope, Consistency, EventCatalog, Example, Glossary,
    Place, Severity, Term,
};

/// The kind of a rule. Serialized in `termlint rules --format json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleKind {
    /// Preferred and avoided forms of one term (also a Vale reject list's entries, which have no
    /// preferred form).
    Term,
    /// Correct forms of which a file should use one.
    Consistency,
    /// A catalog of event names.
    Events,
    /// Rules termlint itself runs on its suppression comments.
    Suppression,
    /// Security advice: sentences that teach something unsafe.
    Caution,
}

impl RuleKind {
    /// The table that holds rules of this kind in a glossary file, if glossaries can define them.
    pub fn table(self) -> Option<&'static str> {
        match self {
            RuleKind::Term => Some("term"),
            RuleKind::Consistency => Some("consistency"),
            RuleKind::Events => Some("events"),
            RuleKind::Suppression => None,
            RuleKind::Caution => Some("caution"),
        }
    }

    pub const ALL: [RuleKind; 5] = [
        RuleKind::Term,
        RuleKind::Consistency,
        RuleKind::Events,
        RuleKind::Suppression,
        RuleKind::Caution,
    ];
}

/// Whether a TOML text is a glossary: it has a table of rules (`[[term]]` and the like).
pub fn is_glossary_text(text: &str) -> bool {
    let tables: Vec<String> = RuleKind::ALL
        .iter()
        .filter_map(|k| k.table())
        .map(|t| format!("[[{t}]]"))
        .collect();
    text.lines()
        .any(|line| tables.iter().any(|t| line.trim() == t))
}

/// A rule of any kind, as the rule list, `explain`, the glossary page and SARIF show it.
#[derive(Debug, Clone, Serialize)]
pub struct RuleInfo<'a> {
    pub id: &'a str,
    pub kind: RuleKind,
    pub category: &'a str,
    pub severity: Severity,
    pub message: &'a str,
    /// Preferred forms; for a consistency group its forms, for a catalog its entries.
    pub preferred: Vec<&'a str>,
    pub avoid: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub definition: Option<&'a str>,
    /// Why the rule matters, when the message alone does not say it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<&'a str>,
    pub examples: Vec<ExampleText<'a>>,
    /// How the rule compares case, for terms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case: Option<CasePolicy>,
    /// The context the rule needs, one line per condition ("not when followed by: ...").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<String>,
    /// Whether its fixes may be applied unattended.
    pub fix: Applicability,
}

/// An example as the documentation shows it: `bad` gives exactly one finding of the rule, `good`
/// none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ExampleText<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bad: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub good: Option<&'a str>,
}

fn texts(examples: &[Example]) -> Vec<ExampleText<'_>> {
    examples
        .iter()
        .map(|e| ExampleText {
            bad: e.bad.as_deref(),
            good: e.good.as_deref(),
        })
        .collect()
}

/// What every kind of rule tells about itself.
pub trait Rule {
    fn info(&self) -> RuleInfo<'_>;
}

impl Rule for Term {
    fn info(&self) -> RuleInfo<'_> {
        RuleInfo {
            id: &self.id,
            kind: RuleKind::Term,
            category: &self.category,
            severity: self.severity,
            message: &self.message,
            preferred: self.preferred.iter().map(String::as_str).collect(),
            avoid: self
                .avoid
                .iter()
                .chain(self.replace.keys())
                .map(String::as_str)
                .collect(),
            definition: self.definition.as_deref(),
            why: None,
            examples: texts(&self.examples),
            case: Some(self.case),
            context: context_lines(self),
            fix: self.applicability(),
        }
    }
}

impl Rule for Consistency {
    fn info(&self) -> RuleInfo<'_> {
        RuleInfo {
            id: &self.id,
            kind: RuleKind::Consistency,
            category: &self.category,
            severity: self.severity,
            message: &self.message,
            preferred: self.forms.iter().map(String::as_str).collect(),
            avoid: Vec::new(),
            definition: None,
            why: None,
            examples: texts(&self.examples),
            case: None,
            context: vec!["a file that uses one form more than the others".to_string()],
            // Which form a file settles on is the writer's choice.
            fix: Applicability::Unsafe,
        }
    }
}

impl Rule for EventCatalog {
    fn info(&self) -> RuleInfo<'_> {
        let mut context = vec!["in inline code and string literals".to_string()];
        if !self.snake_case_only_near.is_empty() {
            context.push(format!(
                "snake_case names only in a file that mentions: {}",
                self.snake_case_only_near.join(", ")
            ));
        }
        let product = if self.product_words.is_empty() {
            String::new()
        } else {
            format!(", unless it mentions: {}", self.product_words.join(", "))
        };
        context.push(format!(
            "not in a file that spells three or more names one other way and none as the catalog does{product}"
        ));
        RuleInfo {
            id: &self.id,
            kind: RuleKind::Events,
            category: &self.category,
            severity: self.severity,
            message: &self.message,
            preferred: self.events.iter().map(String::as_str).collect(),
            avoid: Vec::new(),
            definition: None,
            why: None,
            examples: texts(&self.examples),
            case: None,
            context,
            // Renaming an event in code changes behaviour.
            fix: Applicability::Unsafe,
        }
    }
}

impl Rule for Caution {
    fn info(&self) -> RuleInfo<'_> {
        let mut context = Vec::new();
        let mut list = |label: &str, words: &[String]| {
            if !words.is_empty() {
                context.push(format!("{label}: {}", words.join(", ")));
            }
        };
        list("in a sentence that names", &self.risk);
        list("and says", &self.verbs);
        list("about", &self.objects);
        list("not when the sentence says", &self.unless);
        if self.scope == CautionScope::Document {
            list("once per document that never mentions", &self.absent);
        }
        RuleInfo {
            id: &self.id,
            kind: RuleKind::Caution,
            category: &self.category,
            severity: self.severity,
            message: &self.message,
            preferred: self.suggestion.as_deref().into_iter().collect(),
            avoid: Vec::new(),
            definition: self.definition.as_deref(),
            why: self.why.as_deref(),
            examples: texts(&self.examples),
            case: None,
            context,
            // Security advice needs a human: the suggestion is shown, never applied.
            fix: Applicability::None,
        }
    }
}

/// A rule that termlint runs whatever the glossary: it lives in the code, not in a glossary file.
#[derive(Debug)]
pub struct BuiltinRule {
    pub id: &'static str,
    pub kind: RuleKind,
    pub category: &'static str,
    pub severity: Severity,
    pub message: &'static str,
    pub definition: &'static str,
    pub examples: &'static [ExampleText<'static>],
}

impl Rule for BuiltinRule {
    fn info(&self) -> RuleInfo<'_> {
        RuleInfo {
            id: self.id,
            kind: self.kind,
            category: self.category,
            severity: self.severity,
            message: self.message,
            preferred: Vec::new(),
            avoid: Vec::new(),
            definition: Some(self.definition),
            why: None,
            examples: self.examples.to_vec(),
            case: None,
            context: Vec::new(),
            fix: Applicability::None,
        }
    }
}

/// The rules every glossary has.
pub const BUILTIN_RULES: &[&BuiltinRule] = &[&UNUSED_RULE];

/// The rule id of the finding for a directive that silenced nothing.
pub const UNUSED: &str = "unused-suppression";

/// The rule of the finding for a directive that silenced nothing.
pub const UNUSED_RULE: BuiltinRule = BuiltinRule {
    id: UNUSED,
    kind: RuleKind::Suppression,
    category: "suppressions",
    severity: Severity::Info,
    message: "This suppression silences nothing: remove it.",
    definition: "A `termlint-disable`, `termlint-disable-next-line` or `termlint-ignore` comment \
                 that silenced no finding: the text it excused has changed, so the comment only \
                 hides future findings.",
    examples: &[ExampleText {
        bad: Some("<!-- termlint-disable-next-line webhook -->\nEach webhook is signed.\n"),
        good: Some("<!-- termlint-disable-next-line webhook -->\nEach web hook is signed.\n"),
    }],
};

impl Glossary {
    /// Every rule (terms, consistency groups, event catalogs, cautions, then termlint's own) in
    /// one shape, in glossary order.
    pub fn rules(&self) -> Vec<RuleInfo<'_>> {
        let own = BUILTIN_RULES.iter().map(|r| r.info());
        self.terms
            .iter()
            .map(Rule::info)
            .chain(self.consistency.iter().map(Rule::info))
            .chain(self.events.iter().map(Rule::info))
            .chain(self.caution.iter().map(Rule::info))
            .chain(own)
            .collect()
    }

    pub fn rule(&self, id: &str) -> Option<RuleInfo<'_>> {
        self.rules().into_iter().find(|r| r.id == id)
    }
}

fn context_lines(term: &Term) -> Vec<String> {
    let mut lines = Vec::new();
    let mut list = |label: &str, words: &[String]| {
        if !words.is_empty() {
            lines.push(format!("{label}: {}", words.join(", ")));
        }
    };
    list("only when followed by", &term.followed_by);
    list("only when preceded by", &term.preceded_by);
    list("not when followed by", &term.not_followed_by);
    list("not when preceded by", &term.not_preceded_by);
    list("only in a sentence with", &term.near);
    list("not in a sentence with", &term.not_near);
    if term.feature_name {
        lines.push(
            "not in a file about another product (it names one of [products] others and none of ours)"
                .to_string(),
        );
    }
    if !term.ignore_in.is_empty() {
        let places: Vec<&str> = term
            .ignore_in
            .iter()
            .map(|p| match p {
                Place::Heading => "headings",
                Place::SentenceStart => "the start of a sentence",
                Place::Strong => "bold text",
                Place::Quoted => "quotations",
            })
            .collect();
        lines.push(format!("not in: {}", places.join(", ")));
    }
    lines
}
