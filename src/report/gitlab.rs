//! GitLab Code Quality: a JSON array of Code Climate issues, which GitLab shows in merge
//! requests. Each issue's fingerprint is stable across line shifts (see `fingerprint`) and
//! unique in the report: a repeat of the same words in the same file gets `-2`, `-3`, ….

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;

use super::{JsonArray, Region, Report, headline};
use crate::diagnostic::FileReport;
use crate::fingerprint;
use crate::glossary::Severity;

#[derive(Debug, Default)]
pub struct Gitlab {
    issues: JsonArray,
    /// How often each fingerprint has been given so far.
    seen: HashMap<String, usize>,
}

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
    fn start(&mut self, _: &mut dyn Write) -> io::Result<()> {
        self.seen.clear();
        Ok(())
    }

    fn file(&mut self, file: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        {
            for finding in &file.findings {
                let region = Region::of(&file.excerpt, finding);
                let mut fingerprint = fingerprint::of(file, finding);
                let repeats = self.seen.entry(fingerprint.clone()).or_default();
                *repeats += 1;
                if *repeats > 1 {
                    fingerprint = format!("{fingerprint}-{repeats}");
                }
                let issue = Issue {
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
                };
                self.issues.push(&issue, out)?;
            }
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.issues.finish(out)?;
        writeln!(out)
    }
}
