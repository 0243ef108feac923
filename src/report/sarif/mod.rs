//! SARIF 2.1.0, for code scanning and SARIF viewers: every rule of the glossary, one result per
//! finding with its region and, where the finding has one, its fix.
//!
//! Columns and character offsets count Unicode code points (`columnKind: unicodeCodePoints`);
//! a byte order mark is not counted, as the specification requires.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::ops::Range;
use std::path::PathBuf;

use serde::Serialize;

use super::{JsonArray, Region, Report, around_last_array, headline};
use crate::diagnostic::{FileReport, Finding};
use crate::excerpt::Excerpt;
use crate::fingerprint;
use crate::glossary::{CasePolicy, Glossary, RuleInfo, RuleKind, Severity};

mod uri;

use uri::file_uri;

/// Where the project lives (Cargo.toml's `repository`); SARIF viewers link the tool to it.
pub(super) const INFORMATION_URI: &str = env!("CARGO_PKG_REPOSITORY");

/// The base every relative artifact URI is resolved against.
const SRCROOT: &str = "%SRCROOT%";

#[derive(Debug)]
pub struct Sarif<'g> {
    glossary: &'g Glossary,
    /// The directory relative paths start from, declared as `%SRCROOT%` when known.
    root: Option<PathBuf>,
    /// Each rule's index in the log's rule table.
    index: HashMap<&'g str, usize>,
    results: JsonArray,
    /// What follows the results.
    end: String,
}

impl<'g> Sarif<'g> {
    /// A SARIF reporter that lists every rule of `glossary`.
    pub fn new(glossary: &'g Glossary) -> Sarif<'g> {
        Sarif {
            glossary,
            root: None,
            index: HashMap::new(),
            results: JsonArray::new(3),
            end: String::new(),
        }
    }

    /// Declares `root`, an absolute directory, as the base of the relative paths in the log.
    pub fn with_root(mut self, root: PathBuf) -> Sarif<'g> {
        self.root = Some(root);
        self
    }
}

impl<'g> Report for Sarif<'g> {
    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let rules = self.glossary.rules();
        self.index = rules
            .iter()
            .enumerate()
            .map(|(i, rule)| (rule.id, i))
            .collect();
        let original_uri_base_ids = self.root.as_deref().map(|root| {
            // A base URI must end with `/`.
            let mut uri = file_uri(root);
            if !uri.ends_with('/') {
                uri.push('/');
            }
            BTreeMap::from([(SRCROOT, Base { uri })])
        });
        let log = Log {
            schema: "https://json.schemastore.org/sarif-2.1.0.json",
            version: "2.1.0",
            runs: [Run {
                tool: Tool {
                    driver: Driver {
                        name: "termlint",
                        version: env!("CARGO_PKG_VERSION"),
                        semantic_version: env!("CARGO_PKG_VERSION"),
                        information_uri: INFORMATION_URI,
                        rules: rules.iter().map(Rule::new).collect(),
                    },
                },
                original_uri_base_ids,
                column_kind: "unicodeCodePoints",
                results: Vec::new(),
            }],
        };
        // The results come last in the log: everything before them is written now.
        let (start, end) = around_last_array(&log);
        self.end = end;
        out.write_all(start.as_bytes())
    }

    fn file(&mut self, file: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        let artifact = ArtifactLocation::new(&file.path);
        for finding in &file.findings {
            let result = SarifResult::new(
                file,
                finding,
                &artifact,
                self.index.get(&*finding.rule).copied(),
            );
            self.results.push(&result, out)?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.results.finish(out)?;
        out.write_all(self.end.as_bytes())?;
        writeln!(out)
    }
}

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    original_uri_base_ids: Option<BTreeMap<&'static str, Base>>,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Base {
    uri: String,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<Rule<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule<'a> {
    id: &'a str,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
    properties: RuleProperties<'a>,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties<'a> {
    tags: [&'a str; 1],
}

impl<'a> Rule<'a> {
    fn new(rule: &RuleInfo<'a>) -> Rule<'a> {
        let advice = advice(rule);
        let description = match (advice.is_empty(), rule.definition) {
            (false, _) => format!("{advice} {}", rule.message),
            (true, Some(definition)) => match rule.why {
                Some(why) => format!("{definition} {why}"),
                None => definition.to_string(),
            },
            (true, None) => rule.message.to_string(),
        };
        let mut text = description.clone();
        let mut markdown = text.clone();
        let (flagged, clean) = match rule.kind {
            RuleKind::Term => ("Instead of", "Write"),
            _ => ("Flagged", "Not flagged"),
        };
        for example in &rule.examples {
            if let (Some(bad), Some(good)) = (example.bad, example.good) {
                let (bad, good) = (bad.trim_end(), good.trim_end());
                text.push_str(&format!("\n{flagged}: {bad}\n{clean}: {good}"));
                markdown.push_str(&format!(
                    "\n\n{flagged}:\n\n```\n{bad}\n```\n\n{clean}:\n\n```\n{good}\n```"
                ));
            }
        }
        // Not the id again, which SARIF forbids: "PreferWebhook", "AvoidWebHook".
        let name = match (rule.kind, rule.preferred.first(), rule.avoid.first()) {
            (RuleKind::Term, Some(preferred), _) => format!("Prefer{}", pascal_case(preferred)),
            (RuleKind::Term, None, Some(avoided)) => format!("Avoid{}", pascal_case(avoided)),
            (RuleKind::Consistency, _, _) => format!("Consistent{}", pascal_case(rule.id)),
            (RuleKind::Events, _, _) => format!("KnownEvents{}", pascal_case(rule.id)),
            _ => pascal_case(rule.id),
        };
        Rule {
            id: rule.id,
            name,
            short_description: Text {
                text: rule.message.to_string(),
            },
            full_description: Text { text: description },
            help: Help { text, markdown },
            default_configuration: Configuration {
                level: level(rule.severity),
            },
            properties: RuleProperties {
                tags: [rule.category],
            },
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text,
    locations: [Location<'a>; 1],
    partial_fingerprints: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<SarifFix<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    region: SarifRegion<'a>,
    /// The whole lines of the region, for viewers without the file.
    context_region: SarifRegion<'a>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRegion<'a> {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    char_offset: usize,
    char_length: usize,
    snippet: Snippet<'a>,
}

#[derive(Serialize)]
struct Snippet<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix<'a> {
    description: Text,
    artifact_changes: [ArtifactChange<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange<'a> {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement<'a> {
    deleted_region: SarifRegion<'a>,
    inserted_content: Snippet<'a>,
}

impl<'a> SarifResult<'a> {
    fn new(
        file: &'a FileReport,
        finding: &'a Finding,
        artifact: &ArtifactLocation,
        rule_index: Option<usize>,
    ) -> SarifResult<'a> {
        let lines = &file.excerpt;
        let fixes = finding
            .fix
            .iter()
            .map(|fix| SarifFix {
                description: Text {
                    text: format!(
                        "Replace `{}` with `{}`.",
                        words(file.matched(finding)),
                        finding.suggestions.join("` or `")
                    ),
                },
                artifact_changes: [ArtifactChange {
                    artifact_location: artifact.clone(),
                    replacements: fix
                        .edits
                        .iter()
                        .map(|edit| Replacement {
                            deleted_region: region(file, lines, edit.range.clone()),
                            inserted_content: Snippet {
                                text: &edit.replacement,
                            },
                        })
                        .collect(),
                }],
            })
            .collect();
        SarifResult {
            rule_id: &finding.rule,
            rule_index,
            level: level(finding.severity),
            message: Text {
                text: headline(file, finding),
            },
            locations: [Location {
                physical_location: PhysicalLocation {
                    artifact_location: artifact.clone(),
                    region: region(file, lines, finding.span.clone()),
                    context_region: region(file, lines, lines.lines_of(finding.span.clone())),
                },
            }],
            partial_fingerprints: BTreeMap::from([(
                "termlintContext/v1",
                fingerprint::of(file, finding),
            )]),
            fixes,
        }
    }
}

fn region<'a>(file: &'a FileReport, lines: &Excerpt, span: Range<usize>) -> SarifRegion<'a> {
    let Region {
        line,
        column,
        end_line,
        end_column,
    } = Region::of_span(lines, span.clone());
    let char_offset = lines.char_offset(span.start);
    SarifRegion {
        start_line: line,
        start_column: column,
        end_line,
        end_column,
        char_offset,
        char_length: lines.char_offset(span.end) - char_offset,
        snippet: Snippet {
            text: file.excerpt.text(span),
        },
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// "Write `webhook` instead of `web hook` or `web-hook`."; "Avoid `foo`." for a term without a
/// preferred form; nothing for rules whose forms are not advice.
fn advice(rule: &RuleInfo<'_>) -> String {
    let quote = |forms: &[&str]| {
        let quoted: Vec<String> = forms.iter().map(|f| format!("`{f}`")).collect();
        match quoted.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    };
    if rule.kind != RuleKind::Term {
        return String::new();
    }
    let mut advice = if rule.preferred.is_empty() {
        format!("Avoid {}", quote(&rule.avoid))
    } else {
        format!("Write {}", quote(&rule.preferred))
    };
    if rule.case == Some(CasePolicy::Exact) {
        advice.push_str(" with exactly this capitalization");
    }
    if !rule.preferred.is_empty() && !rule.avoid.is_empty() {
        advice.push_str(&format!(" instead of {}", quote(&rule.avoid)));
    }
    advice.push('.');
    advice
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `clerk-dashboard` → `ClerkDashboard`.
fn pascal_case(id: &str) -> String {
    id.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_pascal_case() {
        assert_eq!(pascal_case("clerk-dashboard"), "ClerkDashboard");
        assert_eq!(pascal_case("Next.js"), "NextJs");
        assert_eq!(pascal_case("user.created"), "UserCreated");
    }
}
