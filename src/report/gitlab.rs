//! GitLab Code Quality: a JSON array of Code Climate issues, which GitLab shows in merge
//! requests. Each issue's fingerprint is stable across line shifts (see `fingerprint`) and
//! unique in the report: a repeat of the same words in the same file gets `-2`, `-3`, ….

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;

use super::{LineIndex, Region, Report, headline};
use crate::diagnostic::FileReport;
use crate::fingerprint;
use crate::glossary::Severity;

#[derive(Debug, Default)]
pub struct Gitlab;

#[derive(Serialize)]
struct Issue<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    check_name: &'a str,
    description: String,
    categories: [&'static str; 1],
    severity: &'static str,
    fingerprint: String,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    end: usize,
}

impl Report for Gitlab {
    fn report(&self, files: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
        let mut issues = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for file in files {
            let lines = LineIndex::new(&file.source);
            for finding in &file.findings {
                let region = Region::of(&lines, finding);
                let mut fingerprint = fingerprint::of(file, finding);
                let repeats = seen.entry(fingerprint.clone()).or_default();
                *repeats += 1;
                if *repeats > 1 {
                    fingerprint = format!("{fingerprint}-{repeats}");
                }
                issues.push(Issue {
                    kind: "issue",
                    check_name: &finding.rule,
                    description: headline(file, finding),
                    categories: ["Style"],
                    severity: match finding.severity {
                        Severity::Error => "major",
                        Severity::Warning => "minor",
                        Severity::Info => "info",
                    },
                    fingerprint,
                    location: Location {
                        path: &file.path,
                        lines: Lines {
                            begin: region.line,
                            end: region.end_line,
                        },
                    },
                });
            }
        }
        serde_json::to_writer_pretty(&mut *out, &issues)?;
        writeln!(out)
    }
}
