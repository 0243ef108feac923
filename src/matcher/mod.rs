//! One Aho-Corasick automaton over every form of every term; word boundaries, identifiers, case
//! and context are checked on each match. Consistency groups and event catalogs run alongside.

mod consistency;
mod context;
mod events;
mod prose;

use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::diagnostic::Finding;
use crate::fix::Fix;
use crate::glossary::{CasePolicy, Glossary, Owner, Pattern, Term};
use crate::source::Chunk;
use prose::Prose;

/// How much text a matcher is built for: a pre-commit hook on a few files pays more for
/// building the automaton than for running it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workload {
    Few,
    Many,
}

/// The compiled glossary.
#[derive(Debug)]
pub struct Matcher {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
    glossary: Arc<Glossary>,
    /// Each term's id and message, shared by all its findings.
    terms: Vec<(Arc<str>, Arc<str>)>,
    catalogs: Vec<events::Catalog>,
}

impl Matcher {
    pub fn new(glossary: &Glossary) -> Matcher {
        Matcher::shared(Arc::new(glossary.clone()))
    }

    /// The matcher for a glossary that its caller keeps too, without copying it.
    pub fn shared(glossary: Arc<Glossary>) -> Matcher {
        Matcher::for_workload(glossary, Workload::Many)
    }

    /// The matcher, with an automaton suited to the amount of text it will read.
    pub fn for_workload(glossary: Arc<Glossary>, workload: Workload) -> Matcher {
        let patterns = glossary.patterns();
        // Needles and text are both ASCII-lowercased, which matches ASCII case-insensitively
        // with half the automaton states of `ascii_case_insensitive` (start-up time).
        let needles: Vec<String> = patterns
            .iter()
            .map(|p| collapse(&p.text).to_ascii_lowercase())
            .collect();
        // A few files are read faster than a faster automaton is built.
        let kind = match workload {
            Workload::Few => Some(AhoCorasickKind::NoncontiguousNFA),
            Workload::Many => None,
        };
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(kind)
            .build(&needles)
            .expect("glossary patterns are plain strings of bounded size");
        let terms = glossary
            .terms
            .iter()
            .map(|term| (term.id.as_str().into(), term.message.as_str().into()))
            .collect();
        Matcher {
            automaton,
            patterns,
            terms,
            catalogs: glossary.events.iter().map(events::Catalog::new).collect(),
            glossary,
        }
    }

    /// The findings in the `chunks` of `text`, in order of position.
    pub fn find(&self, text: &str, chunks: &[Chunk]) -> Vec<Finding> {
        let prose = Prose::build(text, chunks);
        let buf = prose.buf.as_str();
        let mut findings = Vec::new();
        let mut group_hits = Vec::new();
        let lower = buf.to_ascii_lowercase();
        for m in self.automaton.find_iter(&lower) {
            let pattern = &self.patterns[m.pattern().as_usize()];
            let (s, e) = (m.start(), m.end());
            let matched = &buf[s..e];
            if !context::at_word_boundaries(buf, s, e)
                || context::looks_like_code(buf, s, e, pattern)
            {
                continue;
            }
            let span = prose.source_span(s..e);
            let index = match pattern.owner {
                Owner::Term(index) => index,
                Owner::Group(group) => {
                    group_hits.push(consistency::Hit {
                        group,
                        form: pattern.suggestions[0].to_lowercase(),
                        plural: !pattern.text.eq_ignore_ascii_case(&pattern.suggestions[0]),
                        matched: matched.to_string(),
                        span,
                    });
                    continue;
                }
            };
            let (id, message) = &self.terms[index];
            let term: &Term = &self.glossary.terms[index];
            if (term.case == CasePolicy::Sensitive && matched != collapse(&pattern.text))
                || pattern.canonical.as_deref() == Some(matched)
                || !context::allows(term, &prose, text, s, e)
            {
                continue;
            }
            let suggestions: Vec<String> = match term.case {
                CasePolicy::Exact | CasePolicy::Sensitive => pattern.suggestions.clone(),
                CasePolicy::Insensitive => pattern
                    .suggestions
                    .iter()
                    .map(|s| copy_case(matched, s))
                    .collect(),
            };
            let applicability = term.applicability();
            // Vale-style messages: the first `%s` is the suggestion, the second the match.
            let message = if message.contains("%s") {
                let expected = suggestions.join("' or '");
                Arc::from(
                    message
                        .replacen("%s", &expected, 1)
                        .replacen("%s", matched, 1),
                )
            } else {
                message.clone()
            };
            findings.push(Finding {
                rule: id.clone(),
                severity: term.severity,
                message,
                fix: Fix::for_match(text, span.clone(), &suggestions, applicability),
                span,
                suggestions,
                applicability,
            });
        }
        findings.extend(consistency::findings(
            &self.glossary.consistency,
            &group_hits,
            text,
        ));
        for catalog in &self.catalogs {
            findings.extend(catalog.find(text, chunks));
        }
        findings.sort_by_key(|f| (f.span.start, f.span.end));
        findings
    }
}

/// Whitespace runs as one space: how the prose buffer spells every term.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `suggestion` in the case pattern of `matched`: UPPER stays upper, a capital first letter stays
/// capital; otherwise the suggestion is as the glossary writes it.
pub(crate) fn copy_case(matched: &str, suggestion: &str) -> String {
    let letters: Vec<char> = matched.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    if letters.len() >= 2 && upper == letters.len() {
        return suggestion.to_uppercase();
    }
    if letters.first().is_some_and(|c| c.is_uppercase()) {
        let mut chars = suggestion.chars();
        return match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        };
    }
    suggestion.to_string()
}
