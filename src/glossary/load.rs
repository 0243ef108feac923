//! Reading glossary files, and the checks that keep a glossary unambiguous.

use std::collections::HashMap;

use miette::{Diagnostic, NamedSource, SourceSpan};

use super::{CasePolicy, Glossary, GlossaryFile, Owner};

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
#[error("{name}: invalid glossary: {place}{message}")]
#[diagnostic(code(termlint::glossary))]
pub struct ParseError {
    pub name: String,
    /// What is wrong, without the place.
    pub message: String,
    /// `line L, column C: ` when the place is known, else empty.
    place: String,
    #[source_code]
    src: NamedSource<String>,
    #[label("here")]
    span: Option<SourceSpan>,
    /// The other place involved (the first rule with a duplicated id).
    #[label("first defined here")]
    first: Option<SourceSpan>,
}

impl GlossaryError {
    /// The byte range of the problem in the glossary file, when known.
    pub fn span(&self) -> Option<std::ops::Range<usize>> {
        match self {
            GlossaryError::Parse(e) => e.span.map(|s| s.offset()..s.offset() + s.len()),
            GlossaryError::UnknownProfile(_) => None,
        }
    }

    /// The byte range of the other place involved, when there is one: the first of two rules
    /// with one id.
    pub fn first_span(&self) -> Option<std::ops::Range<usize>> {
        match self {
            GlossaryError::Parse(e) => e.first.map(|s| s.offset()..s.offset() + s.len()),
            GlossaryError::UnknownProfile(_) => None,
        }
    }

    /// The message without the file name and the place.
    pub fn message(&self) -> String {
        match self {
            GlossaryError::Parse(e) => e.message.clone(),
            other => other.to_string(),
        }
    }
}

/// One reason a glossary is ambiguous.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationIssue {
    pub term: String,
    pub message: String,
    /// Text of the term's table that shows the problem, when it is not the id.
    pub needle: Option<String>,
}

pub(super) fn parse(name: &str, text: &str) -> Result<Glossary, GlossaryError> {
    let file: GlossaryFile = toml::from_str(text).map_err(|err| {
        GlossaryError::Parse(Box::new(ParseError {
            name: name.to_string(),
            message: err.message().trim().to_string(),
            place: place(text, err.span()),
            src: NamedSource::new(name, text.to_string()),
            span: err.span().map(SourceSpan::from),
            first: None,
        }))
    })?;
    let glossary = glossary(file);
    let error = |message: String,
                 span: Option<std::ops::Range<usize>>,
                 first: Option<std::ops::Range<usize>>| {
        GlossaryError::Parse(Box::new(ParseError {
            name: name.to_string(),
            message,
            place: place(text, span.clone()),
            src: NamedSource::new(name, text.to_string()),
            span: span.map(SourceSpan::from),
            first: first.map(SourceSpan::from),
        }))
    };
    if let Some(issue) = shape_issues(&glossary).into_iter().next() {
        let at_id = id_spans(text, &issue.term).into_iter().next();
        // The empty string inside the term's table, when the issue is about one.
        let span = match (&issue.needle, &at_id) {
            (Some(needle), Some(id)) => find_in_table(text, id.end, needle).or(at_id),
            _ => at_id,
        };
        return Err(error(
            format!("term `{}`: {}", issue.term, issue.message),
            span,
            None,
        ));
    }
    if let Some(id) = duplicate_id(&glossary) {
        let spans = id_spans(text, id);
        return Err(error(
            format!("the id `{id}` is used by two rules: the first would be silently dropped"),
            spans.get(1).cloned(),
            spans.first().cloned(),
        ));
    }
    Ok(glossary)
}

/// The first id that two rules of one file share.
fn duplicate_id(glossary: &Glossary) -> Option<&str> {
    let mut seen = std::collections::HashSet::new();
    glossary
        .terms
        .iter()
        .map(|t| t.id.as_str())
        .chain(glossary.consistency.iter().map(|c| c.id.as_str()))
        .chain(glossary.events.iter().map(|e| e.id.as_str()))
        .find(|id| !seen.insert(*id))
}

/// The spans of the quoted values of `id = "…"` keys that equal `id`, in order.
fn id_spans(text: &str, id: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix("id")
            && let Some(value) = rest.trim_start().strip_prefix('=')
        {
            let value = value.trim();
            let unquoted = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')));
            if unquoted == Some(id) {
                let at = offset + line.find(value).unwrap_or(0);
                spans.push(at..at + value.len());
            }
        }
        offset += line.len();
    }
    if spans.is_empty() {
        // An inline table or another layout: the first quoted occurrence.
        if let Some(at) = text.find(&format!("\"{id}\"")) {
            spans.push(at..at + id.len() + 2);
        }
    }
    spans
}

/// `needle` after `from`, before the next table header.
fn find_in_table(text: &str, from: usize, needle: &str) -> Option<std::ops::Range<usize>> {
    let rest = text.get(from..)?;
    let end = rest.find("\n[").unwrap_or(rest.len());
    let at = rest[..end].find(needle)?;
    Some(from + at..from + at + needle.len())
}

/// `line L, column C: ` of the start of `span` in `text`, or nothing.
fn place(text: &str, span: Option<std::ops::Range<usize>>) -> String {
    span.map(|span| {
        let (line, column) = crate::source::line_column(text, span.start);
        format!("line {line}, column {column}: ")
    })
    .unwrap_or_default()
}

pub(super) fn glossary(file: GlossaryFile) -> Glossary {
    Glossary {
        terms: file.term,
        consistency: file.consistency,
        events: file.events,
        caution: file.caution,
        products: file.products,
        disable: file.disable,
    }
}

/// Problems within single terms, which make a term unusable on its own.
fn shape_issues(glossary: &Glossary) -> Vec<ValidationIssue> {
    let mut issues = Vec::new();
    for term in &glossary.terms {
        if term.preferred.iter().any(|p| p.trim().is_empty()) {
            issues.push(ValidationIssue {
                term: term.id.clone(),
                message: "a preferred form is empty: its fix would delete the text".to_string(),
                needle: Some("\"\"".to_string()),
            });
        }
        let mut issue = |message: &str| {
            issues.push(ValidationIssue {
                term: term.id.clone(),
                message: message.to_string(),
                needle: None,
            })
        };
        if term.id.is_empty() {
            issue("the id is empty");
        }
        if term.case == CasePolicy::Exact && term.preferred.iter().all(|p| p.trim().is_empty()) {
            issue("`preferred` needs at least one form with case = \"exact\"");
        }
        if term.case == CasePolicy::Insensitive && term.avoid.is_empty() && term.replace.is_empty()
        {
            issue("`avoid` needs at least one form (or use case = \"exact\")");
        }
        for form in term.avoid.iter().chain(term.replace.keys()) {
            if let Some(reason) = never_matches(form) {
                issue(&format!("`{form}` never matches: {reason}"));
            }
            // An exact-case term lists other casings on purpose (`BitBucket` for `Bitbucket`).
            let same = |p: &String| match term.case {
                CasePolicy::Sensitive | CasePolicy::Exact => p == form,
                CasePolicy::Insensitive => p.eq_ignore_ascii_case(form),
            };
            if term.preferred.iter().any(same) {
                issue(&format!(
                    "`{form}` is also a preferred form: it would flag correct text"
                ));
            }
        }
    }
    for caution in &glossary.caution {
        let mut issue = |message: String, needle: Option<String>| {
            issues.push(ValidationIssue {
                term: caution.id.clone(),
                message,
                needle,
            })
        };
        if caution.risk.is_empty() {
            issue("`risk` needs at least one phrase".to_string(), None);
        }
        let lists = [
            &caution.risk,
            &caution.verbs,
            &caution.objects,
            &caution.unless,
            &caution.absent,
        ];
        for phrase in lists.into_iter().flatten() {
            if phrase
                .split(|c: char| !c.is_alphanumeric() && c != '_' && c != '*' && c != '\'')
                .all(str::is_empty)
            {
                issue(
                    format!("`{phrase}` has no word to match"),
                    Some(format!("\"{phrase}\"")),
                );
            }
        }
    }
    issues
}

/// Why a form can never be found in prose, if it cannot.
fn never_matches(form: &str) -> Option<&'static str> {
    if form.trim().is_empty() {
        Some("it is empty")
    } else if form != form.trim() {
        Some("it starts or ends with white space, which prose matching ignores")
    } else if form.contains(['\n', '\r', '\t']) {
        Some("write a line break or tab as a space; wrapped terms match anyway")
    } else if form.contains('`') {
        Some("backticks mark code, which is never prose")
    } else {
        None
    }
}

pub(super) fn validate(glossary: &Glossary) -> Vec<ValidationIssue> {
    let mut issues = shape_issues(glossary);
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let all_ids = glossary
        .terms
        .iter()
        .map(|t| &t.id)
        .chain(glossary.consistency.iter().map(|c| &c.id))
        .chain(glossary.events.iter().map(|e| &e.id))
        .chain(glossary.caution.iter().map(|c| &c.id));
    for id in all_ids {
        *ids.entry(id.as_str()).or_default() += 1;
    }
    for (id, count) in ids {
        if count > 1 {
            issues.push(ValidationIssue {
                term: id.to_string(),
                message: format!("the id is used by {count} rules"),
                needle: None,
            });
        }
    }

    let name = |owner: Owner| match owner {
        Owner::Term(i) => glossary.terms[i].id.clone(),
        Owner::Group(i) => glossary.consistency[i].id.clone(),
    };
    let patterns = glossary.patterns();
    let mut first_owner: HashMap<String, Owner> = HashMap::new();
    for pattern in &patterns {
        let key = pattern_key(glossary, pattern.owner, &pattern.text);
        // A term that needs evidence may share a form with a general one: where the evidence is,
        // it is the more specific rule ("to login" is the verb, "a login" the noun).
        let evidence = |owner: Owner| match owner {
            Owner::Term(i) => glossary.terms[i].requires_evidence(),
            Owner::Group(_) => false,
        };
        if let Some(&other) = first_owner.get(&key)
            && other != pattern.owner
            && !evidence(other)
            && !evidence(pattern.owner)
        {
            issues.push(ValidationIssue {
                term: name(pattern.owner),
                message: format!("`{}` is also matched by `{}`", pattern.text, name(other)),
                needle: None,
            });
        }
        first_owner.entry(key).or_insert(pattern.owner);
    }
    for (index, term) in glossary.terms.iter().enumerate() {
        for preferred in &term.preferred {
            // Compared the way the avoiding term's patterns match: with or without case.
            let avoided_elsewhere = patterns.iter().find(|p| {
                matches!(p.owner, Owner::Term(i) if i != index)
                    && p.canonical.is_none()
                    && pattern_key(glossary, p.owner, &p.text)
                        == pattern_key(glossary, p.owner, preferred)
            });
            // A term that needs evidence flags another's preferred form only where the evidence
            // says it is the other word ("the sign in" is the noun of the verb "sign in").
            let avoided_elsewhere = avoided_elsewhere.filter(|p| match p.owner {
                Owner::Term(i) => !glossary.terms[i].requires_evidence(),
                Owner::Group(_) => true,
            });
            if let Some(pattern) = avoided_elsewhere {
                issues.push(ValidationIssue {
                    term: name(pattern.owner),
                    message: format!(
                        "avoids `{}`, which term `{}` prefers",
                        pattern.text, term.id
                    ),
                    needle: None,
                });
            }
        }
    }
    issues.sort_by(|a, b| (&a.term, &a.message).cmp(&(&b.term, &b.message)));
    issues
}

/// How the matcher tells patterns apart: case-sensitive patterns keep their case.
fn pattern_key(glossary: &Glossary, owner: Owner, text: &str) -> String {
    match owner {
        Owner::Term(i) if glossary.terms[i].case == CasePolicy::Sensitive => {
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        }
        _ => normalize(text),
    }
}

fn normalize(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
