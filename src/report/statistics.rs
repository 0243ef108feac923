//! `--statistics`: how many findings each rule and each file has, as a table or a JSON object.

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;

use crate::diagnostic::FileReport;
use crate::glossary::Severity;

/// Finding counts, the largest first (ties in rule or path order).
#[derive(Debug, Serialize)]
pub struct Statistics {
    pub findings: usize,
    pub files_checked: usize,
    pub files_with_findings: usize,
    pub rules: Vec<RuleCount>,
    pub files: Vec<FileCount>,
}

#[derive(Debug, Serialize)]
pub struct RuleCount {
    pub rule: String,
    pub severity: Severity,
    pub count: usize,
}

#[derive(Debug, Serialize)]
pub struct FileCount {
    pub path: String,
    pub count: usize,
}

/// Counts taken file by file as a run goes: per rule and per file with findings, never the
/// findings themselves.
#[derive(Debug, Default)]
pub struct Tally {
    by_rule: HashMap<String, (Severity, usize)>,
    files: Vec<FileCount>,
    files_checked: usize,
}

impl Tally {
    /// Counts one checked file's findings.
    pub fn add(&mut self, file: &FileReport) {
        self.files_checked += 1;
        for finding in &file.findings {
            match self.by_rule.get_mut(&*finding.rule) {
                Some((_, count)) => *count += 1,
                None => {
                    self.by_rule
                        .insert(finding.rule.to_string(), (finding.severity, 1));
                }
            }
        }
        if !file.findings.is_empty() {
            self.files.push(FileCount {
                path: file.path.clone(),
                count: file.findings.len(),
            });
        }
    }

    pub fn statistics(self) -> Statistics {
        let mut rules: Vec<RuleCount> = self
            .by_rule
            .into_iter()
            .map(|(rule, (severity, count))| RuleCount {
                rule,
                severity,
                count,
            })
            .collect();
        rules.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.rule.cmp(&b.rule)));
        let mut counted = self.files;
        // Stable: files come in path order.
        counted.sort_by_key(|f| std::cmp::Reverse(f.count));
        Statistics {
            findings: rules.iter().map(|r| r.count).sum(),
            files_checked: self.files_checked,
            files_with_findings: counted.len(),
            rules,
            files: counted,
        }
    }
}

impl Statistics {
    /// Counts the findings of `files`, every checked file.
    pub fn new(files: &[FileReport]) -> Statistics {
        let mut tally = Tally::default();
        files.iter().for_each(|file| tally.add(file));
        tally.statistics()
    }

    /// Two aligned tables, per rule and per file, and a total.
    pub fn write_table(&self, out: &mut dyn Write) -> io::Result<()> {
        if self.findings > 0 {
            let width = self.rules.iter().map(|r| r.rule.len()).max().unwrap_or(0);
            writeln!(out, "{:>7}  {:<width$}  severity", "count", "rule")?;
            for rule in &self.rules {
                writeln!(
                    out,
                    "{:>7}  {:<width$}  {}",
                    rule.count,
                    rule.rule,
                    rule.severity.as_str()
                )?;
            }
            writeln!(out)?;
            writeln!(out, "{:>7}  file", "count")?;
            for file in &self.files {
                writeln!(out, "{:>7}  {}", file.count, file.path)?;
            }
            writeln!(out)?;
        }
        writeln!(
            out,
            "{} in {} of {} checked",
            plural(self.findings, "finding", "findings"),
            self.files_with_findings,
            plural(self.files_checked, "file", "files"),
        )
    }

    pub fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, self)?;
        writeln!(out)
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
