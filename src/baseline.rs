//! Baselines: the findings a tree had when termlint was adopted, so that only new ones are
//! reported. Each finding is recorded by its fingerprint (rule, path, matched text and the words
//! around it; see `fingerprint`), which survives lines added above it.
//!
//! The file is JSON (documented in README.md). Only `fingerprint` is compared; `path`, `rule`,
//! `matched` and `context` are there for the people who review the file.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diagnostic::FileReport;
use crate::fingerprint;

/// The version of the file format this build writes and reads.
pub const VERSION: u32 = 1;

/// A loaded baseline: how many findings of each fingerprint it accepts.
#[derive(Debug, Default)]
pub struct Baseline {
    accepted: HashMap<String, usize>,
}

#[derive(Debug, thiserror::Error)]
#[error("baseline {path}: {message}")]
pub struct BaselineError {
    pub path: String,
    pub message: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    fingerprint: String,
    path: String,
    rule: String,
    matched: String,
    /// The words around the match, the match as `[…]`: "Create a [web hook] in the dashboard".
    context: String,
}

impl Baseline {
    /// Reads a baseline file.
    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let fail = |message: String| BaselineError {
            path: path.display().to_string(),
            message,
        };
        let text =
            crate::walk::read_to_string(path).map_err(|e| fail(crate::walk::os_reason(&e)))?;
        Baseline::parse(path, &text)
    }

    /// A baseline from the text of the file at `path`.
    pub fn parse(path: &Path, text: &str) -> Result<Baseline, BaselineError> {
        let fail = |message: String| BaselineError {
            path: path.display().to_string(),
            message,
        };
        let file: BaselineFile = serde_json::from_str(text).map_err(|e| fail(e.to_string()))?;
        if file.version != VERSION {
            return Err(fail(format!(
                "version {} is not supported (this termlint reads version {VERSION})",
                file.version
            )));
        }
        let mut accepted = HashMap::new();
        for entry in file.findings {
            *accepted.entry(entry.fingerprint).or_default() += 1;
        }
        Ok(Baseline { accepted })
    }

    /// Removes the findings the baseline accepts from `files`; a fingerprint recorded n times
    /// accepts n findings. Returns how many recorded findings no longer occur.
    pub fn filter(mut self, files: &mut [FileReport]) -> usize {
        files.iter_mut().for_each(|file| self.retain(file));
        self.gone()
    }

    /// Removes the findings the baseline accepts from one file, files taken in path order; each
    /// recorded fingerprint is used up by the findings it accepts.
    pub fn retain(&mut self, file: &mut FileReport) {
        let mut findings = std::mem::take(&mut file.findings);
        findings.retain(
            |finding| match self.accepted.get_mut(&fingerprint::of(file, finding)) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            },
        );
        file.findings = findings;
    }

    /// How many recorded findings were not met.
    pub fn gone(&self) -> usize {
        self.accepted.values().sum()
    }
}

impl Baseline {
    /// Marks each finding of `files` as recorded in the baseline (`true`) or new, without
    /// removing any: per file, per finding, in order. Counts are honoured as in [`filter`].
    ///
    /// [`filter`]: Baseline::filter
    pub fn mark(&self, files: &[FileReport]) -> Vec<Vec<bool>> {
        let mut left = self.accepted.clone();
        files
            .iter()
            .map(|file| {
                file.findings
                    .iter()
                    .map(
                        |finding| match left.get_mut(&fingerprint::of(file, finding)) {
                            Some(n) if *n > 0 => {
                                *n -= 1;
                                true
                            }
                            _ => false,
                        },
                    )
                    .collect()
            })
            .collect()
    }
}

/// The entries of a baseline being recorded, added file by file.
#[derive(Debug, Default)]
pub struct Recorder {
    entries: Vec<Entry>,
}

impl Recorder {
    /// Records every finding of `file`.
    pub fn add(&mut self, file: &FileReport) {
        let empty = fingerprint::Context::default();
        for finding in &file.findings {
            let context = file.excerpt.context(finding.span.clone()).unwrap_or(&empty);
            let matched = file.matched(finding);
            let shown = [
                context.before.as_str(),
                &format!("[{}]", words(matched)),
                &context.after,
            ]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
            self.entries.push(Entry {
                fingerprint: fingerprint::fingerprint(&file.path, &finding.rule, matched, context),
                path: file.path.clone(),
                rule: finding.rule.to_string(),
                matched: words(matched),
                context: shown,
            });
        }
    }

    /// Writes the baseline to `path`; returns how many findings it records.
    pub fn write(self, path: &Path) -> Result<usize, BaselineError> {
        let count = self.entries.len();
        std::fs::write(path, self.render()).map_err(|e| BaselineError {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        Ok(count)
    }

    /// The baseline file, as pretty JSON.
    pub fn render(self) -> String {
        let file = BaselineFile {
            version: VERSION,
            findings: self.entries,
        };
        let mut text = serde_json::to_string_pretty(&file).expect("a baseline serializes");
        text.push('\n');
        text
    }
}

/// Writes the baseline that accepts every finding of `files` to `path`; returns how many.
pub fn write(path: &Path, files: &[FileReport]) -> Result<usize, BaselineError> {
    let mut recorder = Recorder::default();
    files.iter().for_each(|file| recorder.add(file));
    recorder.write(path)
}

/// The baseline file that accepts every finding of `files`, as pretty JSON.
pub fn render(files: &[FileReport]) -> String {
    let mut recorder = Recorder::default();
    files.iter().for_each(|file| recorder.add(file));
    recorder.render()
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
