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

impl Statistics {
    /// Counts the findings of `files`, every checked file.
    pub fn new(files: &[FileReport]) -> Statistics {
        let mut by_rule: HashMap<&str, (Severity, usize)> = HashMap::new();
        for finding in files.iter().flat_map(|f| &f.findings) {
            by_rule
                .entry(&finding.rule)
                .or_insert((finding.severity, 0))
                .1 += 1;
        }
        let mut rules: Vec<RuleCount> = by_rule
            .into_iter()
            .map(|(rule, (severity, count))| RuleCount {
                rule: rule.to_string(),
                severity,
                count,
            })
            .collect();
        rules.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.rule.cmp(&b.rule)));
        let mut counted: Vec<FileCount> = files
            .iter()
            .filter(|f| !f.findings.is_empty())
            .map(|f| FileCount {
                path: f.path.clone(),
                count: f.findings.len(),
            })
            .collect();
        // Stable: files are already in path order.
        counted.sort_by_key(|f| std::cmp::Reverse(f.count));
        Statistics {
            findings: rules.iter().map(|r| r.count).sum(),
            files_checked: files.len(),
            files_with_findings: counted.len(),
            rules,
            files: counted,
        }
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
