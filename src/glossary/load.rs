//! Reading glossary files, and the checks that keep a glossary unambiguous.

use std::collections::HashMap;

use miette::{Diagnostic, NamedSource, SourceSpan};

use super::{CasePolicy, Glossary, GlossaryFile};

/// A glossary that cannot be used.
#[derive(Debug, Diagnostic, thiserror::Error)]
pub enum GlossaryError {
    #[error(transparent)]
    #[diagnostic(transparent)]
    Parse(Box<ParseError>),
    #[error("unknown profile `{0}` (built-in profiles: {known})", known = super::BUILTIN.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "))]
    #[diagnostic(code(termlint::profile))]
    UnknownProfile(String),
}

/// A glossary file that is not valid TOML, or not a valid glossary, with the place.
#[derive(Debug, Diagnostic, thiserror::Error)]
#[error("{name}: invalid glossary: {message}")]
#[diagnostic(code(termlint::glossary))]
pub struct ParseError {
    pub name: String,
    pub message: String,
    #[source_code]
    src: NamedSource<String>,
    #[label("here")]
    span: Option<SourceSpan>,
}

/// One reason a glossary is ambiguous.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationIssue {
    pub term: String,
    pub message: String,
}

pub(super) fn parse(name: &str, text: &str) -> Result<Glossary, GlossaryError> {
    let file: GlossaryFile = toml::from_str(text).map_err(|err| {
        GlossaryError::Parse(Box::new(ParseError {
            name: name.to_string(),
            message: err.message().to_string(),
            src: NamedSource::new(name, text.to_string()),
            span: err.span().map(SourceSpan::from),
        }))
    })?;
    let glossary = Glossary { terms: file.term };
    if let Some(issue) = shape_issues(&glossary).into_iter().next() {
        let span = text
            .find(&format!("\"{}\"", issue.term))
            .map(|at| SourceSpan::from(at..at + issue.term.len() + 2));
        return Err(GlossaryError::Parse(Box::new(ParseError {
            name: name.to_string(),
            message: format!("term `{}`: {}", issue.term, issue.message),
            src: NamedSource::new(name, text.to_string()),
            span,
        })));
    }
    Ok(glossary)
}

/// Problems within single terms, which make a term unusable on its own.
fn shape_issues(glossary: &Glossary) -> Vec<ValidationIssue> {
    let mut issues = Vec::new();
    for term in &glossary.terms {
        let mut issue = |message: &str| {
            issues.push(ValidationIssue {
                term: term.id.clone(),
                message: message.to_string(),
            })
        };
        if term.id.is_empty() {
            issue("the id is empty");
        }
        if term.preferred.iter().all(|p| p.trim().is_empty()) {
            issue("`preferred` needs at least one form");
        }
        if term.case == CasePolicy::Insensitive && term.avoid.is_empty() && term.replace.is_empty()
        {
            issue("`avoid` needs at least one form (or use case = \"exact\")");
        }
    }
    issues
}

pub(super) fn validate(glossary: &Glossary) -> Vec<ValidationIssue> {
    let mut issues = shape_issues(glossary);
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for term in &glossary.terms {
        *ids.entry(term.id.as_str()).or_default() += 1;
    }
    for (id, count) in ids {
        if count > 1 {
            issues.push(ValidationIssue {
                term: id.to_string(),
                message: format!("the id is used by {count} terms"),
            });
        }
    }

    let patterns = glossary.patterns();
    let mut owner: HashMap<String, usize> = HashMap::new();
    for pattern in &patterns {
        let key = normalize(&pattern.text);
        if let Some(&other) = owner.get(&key)
            && other != pattern.term
        {
            issues.push(ValidationIssue {
                term: glossary.terms[pattern.term].id.clone(),
                message: format!(
                    "`{}` is also matched by term `{}`",
                    pattern.text, glossary.terms[other].id
                ),
            });
        }
        owner.entry(key).or_insert(pattern.term);
    }
    for (index, term) in glossary.terms.iter().enumerate() {
        for preferred in &term.preferred {
            let key = normalize(preferred);
            if let Some(pattern) = patterns
                .iter()
                .find(|p| p.term != index && p.canonical.is_none() && normalize(&p.text) == key)
            {
                issues.push(ValidationIssue {
                    term: glossary.terms[pattern.term].id.clone(),
                    message: format!(
                        "avoids `{}`, which term `{}` prefers",
                        pattern.text, term.id
                    ),
                });
            }
        }
    }
    issues.sort_by(|a, b| (&a.term, &a.message).cmp(&(&b.term, &b.message)));
    issues
}

fn normalize(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
