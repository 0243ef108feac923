//! Findings and config problems as LSP diagnostics.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::LazyLock;

use lsp_types::{CodeDescription, Diagnostic, DiagnosticSeverity, NumberOrString, Uri};

use super::config::Problem;
use super::convert::{Encoding, LineIndex};
use crate::diagnostic::{FileReport, Finding};
use crate::excerpt::Excerpt;
use crate::glossary::{self, Glossary, Severity};

/// The `source` of every diagnostic, and the name of the code action kinds.
pub const SOURCE: &str = "termlint";

pub fn for_findings(text: &str, findings: &[Finding], encoding: Encoding) -> Vec<Diagnostic> {
    let index = LineIndex::new(text, encoding);
    // The summary line is the one every report prints; it needs the text as a report holds it.
    let report = FileReport {
        path: String::new(),
        excerpt: Excerpt::capture(text, findings),
        findings: Vec::new(),
    };
    findings
        .iter()
        .map(|finding| {
            let summary = report.diagnostic(finding).to_string();
            Diagnostic {
                range: index.range(finding.span.clone()),
                severity: Some(severity(finding.severity)),
                code: Some(NumberOrString::String(finding.rule.to_string())),
                code_description: documentation(&finding.rule),
                source: Some(SOURCE.to_string()),
                message: format!("{summary}\n{}", finding.message),
                related_information: None,
                tags: None,
                data: None,
            }
        })
        .collect()
}

/// A config problem as a diagnostic on the config file (`text` is its contents).
pub fn for_problem(text: &str, problem: &Problem, encoding: Encoding) -> Diagnostic {
    let index = LineIndex::new(text, encoding);
    // Without a known place, the first line stands for the file.
    let span = problem
        .span
        .clone()
        .unwrap_or(0..text.find('\n').unwrap_or(text.len()));
    Diagnostic {
        range: index.range(span),
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String("config".to_string())),
        source: Some(SOURCE.to_string()),
        message: format!("invalid config: {}", problem.message),
        ..Diagnostic::default()
    }
}

fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// Where a rule is documented: the built-in glossary file that defines it, or termlint's own
/// rules in the README. Rules from a project's glossary have no page to link to.
fn documentation(rule: &str) -> Option<CodeDescription> {
    static PAGES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
        let repository = env!("CARGO_PKG_REPOSITORY");
        let mut pages = HashMap::new();
        for (profile, _) in glossary::BUILTIN {
            let Ok(glossary) = Glossary::builtin_for_linting(&[profile]) else {
                continue;
            };
            for rule in glossary.rules() {
                let page = match rule.kind {
                    glossary::RuleKind::Suppression => {
                        format!("{repository}/blob/main/README.md#inline-suppression")
                    }
                    _ => format!("{repository}/blob/main/rules/{profile}.toml"),
                };
                pages.entry(rule.id.to_string()).or_insert(page);
            }
        }
        pages
    });
    let href = Uri::from_str(PAGES.get(rule)?).ok()?;
    Some(CodeDescription { href })
}
