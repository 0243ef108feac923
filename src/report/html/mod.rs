//! `termlint report`: one self-contained HTML file for a writers' audit. The findings of a run
//! become an [`Audit`] (the lines around each finding are kept, the file texts are not), which
//! renders as a summary with charts, every finding grouped by file, and an appendix of the
//! rules that fired. All text from files, configs and glossaries is escaped in `escape`; the
//! styles and the filtering script are the asset files next to this one.

mod charts;
mod context;

pub(crate) use context::AROUND;
mod escape;
mod findings;
mod layout;
mod rules;

use std::collections::HashMap;
use std::io::{self, Write};

pub use context::ContextLine;
pub(crate) use escape::href;
pub use escape::safe_link_base;

use super::Region;
use crate::diagnostic::FileReport;
use crate::glossary::{Glossary, Severity};

/// In the head of every report, so that walking a tree skips the reports in it.
pub const GENERATOR: &str = "<meta name=\"generator\" content=\"termlint";

/// The report's styles, inlined in every report.
pub const STYLE: &str = include_str!("report.css");
/// The report's filtering script, inlined in every report.
pub const SCRIPT: &str = include_str!("report.js");

/// Everything a report shows.
#[derive(Debug, Clone)]
pub struct Audit {
    pub title: String,
    /// Every checked file, clean ones included, in path order.
    pub files: Vec<AuditFile>,
    /// The rules that fired, by id.
    pub rules: Vec<RuleDoc>,
    /// Where file links point: `link_base/path#Lline`.
    pub link_base: Option<String>,
    /// Whether findings were compared with a baseline (each then has `known` set).
    pub baseline: bool,
}

#[derive(Debug, Clone)]
pub struct AuditFile {
    pub path: String,
    /// Words of prose linted in the file.
    pub words: usize,
    pub findings: Vec<AuditFinding>,
}

#[derive(Debug, Clone)]
pub struct AuditFinding {
    pub rule: String,
    pub severity: Severity,
    pub category: String,
    pub message: String,
    /// The text found, its whitespace collapsed.
    pub matched: String,
    pub suggestions: Vec<String>,
    pub line: usize,
    pub column: usize,
    pub context: Vec<ContextLine>,
    /// Recorded in the baseline (`Some(true)`), new (`Some(false)`), or no baseline given.
    pub known: Option<bool>,
}

/// A rule as the appendix documents it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleDoc {
    pub id: String,
    pub kind: String,
    pub category: String,
    pub severity: Severity,
    /// Why the rule exists: its message.
    pub why: String,
    pub definition: Option<String>,
    pub preferred: Vec<String>,
    pub avoid: Vec<String>,
    pub context: Vec<String>,
    /// `(bad, good)` example texts.
    pub examples: Vec<(Option<String>, Option<String>)>,
}

/// The category of findings whose rule no glossary documents.
pub const UNCATEGORIZED: &str = "uncategorized";

/// What an audit is built from besides the findings.
#[derive(Debug, Default)]
pub struct Inputs<'a> {
    pub title: String,
    /// Words of prose per file, in the order of the files.
    pub words: Vec<usize>,
    /// Per file, per finding: whether the baseline records it; `None` without a baseline.
    pub known: Option<Vec<Vec<bool>>>,
    /// Glossaries to document rules from, first match wins (the documented one first).
    pub glossaries: Vec<&'a Glossary>,
    pub link_base: Option<String>,
}

impl Audit {
    pub fn new(files: &[FileReport], inputs: Inputs<'_>) -> Audit {
        let mut docs: HashMap<String, RuleDoc> = HashMap::new();
        for glossary in inputs.glossaries.iter().rev() {
            for info in glossary.rules() {
                docs.insert(info.id.to_string(), RuleDoc::from(&info));
            }
        }
        let mut fired: Vec<RuleDoc> = Vec::new();
        let audit_files = files
            .iter()
            .enumerate()
            .map(|(i, file)| {
                let lines = &file.excerpt;
                let findings = file
                    .findings
                    .iter()
                    .enumerate()
                    .map(|(j, finding)| {
                        let doc = docs.get(&*finding.rule);
                        if let Some(doc) = doc
                            && !fired.iter().any(|d| d.id == doc.id)
                        {
                            fired.push(doc.clone());
                        }
                        let region = Region::of(lines, finding);
                        AuditFinding {
                            rule: finding.rule.to_string(),
                            severity: finding.severity,
                            category: doc.map_or(UNCATEGORIZED.to_string(), |d| d.category.clone()),
                            message: finding.message.to_string(),
                            matched: file
                                .matched(finding)
                                .split_whitespace()
                                .collect::<Vec<_>>()
                                .join(" "),
                            suggestions: finding.suggestions.clone(),
                            line: region.line,
                            column: region.column,
                            context: context::lines_around(lines, finding.span.clone()),
                            known: inputs
                                .known
                                .as_ref()
                                .map(|k| k.get(i).and_then(|f| f.get(j)).copied().unwrap_or(false)),
                        }
                    })
                    .collect();
                AuditFile {
                    path: file.path.clone(),
                    words: inputs.words.get(i).copied().unwrap_or(0),
                    findings,
                }
            })
            .collect();
        fired.sort_by(|a, b| a.id.cmp(&b.id));
        Audit {
            title: inputs.title,
            files: audit_files,
            rules: fired,
            link_base: inputs.link_base,
            baseline: inputs.known.is_some(),
        }
    }

    /// Every finding with its file.
    pub fn findings(&self) -> impl Iterator<Item = (&AuditFile, &AuditFinding)> {
        self.files
            .iter()
            .flat_map(|file| file.findings.iter().map(move |f| (file, f)))
    }

    pub fn total(&self) -> usize {
        self.files.iter().map(|f| f.findings.len()).sum()
    }

    pub fn words(&self) -> usize {
        self.files.iter().map(|f| f.words).sum()
    }

    /// Findings per 1,000 words of prose, `None` when no prose was read.
    pub fn density(&self) -> Option<f64> {
        per_thousand(self.total(), self.words())
    }

    /// Writes the report.
    pub fn render(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut html = String::with_capacity(64 * 1024 + self.total() * 1024);
        layout::document(self, &mut html).expect("writing to a String cannot fail");
        out.write_all(html.as_bytes())
    }
}

/// Findings per 1,000 words, `None` without words.
pub fn per_thousand(findings: usize, words: usize) -> Option<f64> {
    (words > 0).then(|| findings as f64 * 1000.0 / words as f64)
}

impl From<&crate::glossary::RuleInfo<'_>> for RuleDoc {
    fn from(info: &crate::glossary::RuleInfo<'_>) -> RuleDoc {
        let owned = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        RuleDoc {
            id: info.id.to_string(),
            kind: format!("{:?}", info.kind).to_lowercase(),
            category: info.category.to_string(),
            severity: info.severity,
            why: info.message.to_string(),
            definition: info.definition.map(str::to_string),
            preferred: owned(&info.preferred),
            avoid: owned(&info.avoid),
            context: info.context.clone(),
            examples: info
                .examples
                .iter()
                .map(|e| (e.bad.map(str::to_string), e.good.map(str::to_string)))
                .collect(),
        }
    }
}
