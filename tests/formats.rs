//! Every output format renders the same findings: one shared fixture set with a multi-line span,
//! a non-ASCII line after a byte order mark, a finding without a suggestion, one with two
//! suggestions, a path that needs escaping and a clean file; and, found by a real linter, a
//! finding of every other rule kind: a term with no preferred form (a Vale `reject.txt` entry),
//! a consistency group, an event catalog, a caution (with a display-only suggestion) and an
//! unused suppression.

use std::sync::{Arc, OnceLock};

use termlint::config::Settings;
use termlint::diagnostic::{FileReport, Finding};
use termlint::fix::Fix;
use termlint::glossary::{Applicability, Glossary, Severity};
use termlint::lint::Linter;
use termlint::matcher::Workload;
use termlint::report::{
    Compact, Github, Gitlab, Human, Json, Junit, Markdown, Rdjson, Report, Sarif, Statistics,
};
use termlint::source::FileKind;

const GLOSSARY: &str = r#"
[[term]]
id = "webhook"
category = "clerk-concepts"
preferred = ["webhook"]
avoid = ["web hook"]
message = "Clerk writes 'webhook' as one word."
examples = [{ bad = "A web hook.", good = "A webhook." }]

[[term]]
id = "session-token"
category = "auth-vocabulary"
preferred = ["session token"]
avoid = ["session cookie"]
severity = "error"
message = "The session lives in a token, not a cookie."
examples = [{ bad = "Read the session cookie.", good = "Read the session token." }]

[[term]]
id = "sign-in"
category = "auth-vocabulary"
preferred = ["sign in", "log on"]
avoid = ["log in"]
pos = "verb"
severity = "info"
message = "Prefer 'sign in'; 'log on' in Windows guides."
examples = [{ bad = "Log in first.", good = "Sign in first." }]

[[term]]
id = "master"
category = "inclusive"
preferred = ["primary"]
avoid = ["master"]
message = "Say what you mean: primary, main, leader."
examples = [{ bad = "The master node.", good = "The primary node." }]

[[consistency]]
id = "app-or-application"
forms = ["OAuth application", "OAuth app"]
message = "Pick one name for OAuth applications and keep it on the page."
examples = [{ bad = "An OAuth application. The OAuth application. The OAuth app.", good = "An OAuth application. The OAuth application. The OAuth application." }]

[[events]]
id = "webhook-event-name"
message = "Event types are spelled exactly as in the event catalog."
snake_case_only_near = ["webhook"]
events = ["user.created", "user.updated", "user.deleted", "session.created"]
examples = [{ bad = "The webhook sends `users.created`.", good = "The webhook sends `user.created`." }]

[[caution]]
id = "secret-in-public-metadata"
message = "Public metadata is readable by anyone: keep secrets in private metadata."
suggestion = "private metadata"
risk = ["public metadata", "publicMetadata"]
verbs = ["store"]
objects = ["api key"]
unless = ["never"]
definition = "A sentence that stores a secret in public metadata."
why = "Public metadata reaches the browser with the user object."
examples = [{ bad = "Store the API key in public metadata.", good = "Never store the API key in public metadata." }]
"#;

fn glossary() -> Glossary {
    Glossary::from_toml("fixture.toml", GLOSSARY).unwrap()
}

/// The fixture glossary and a Vale vocabulary whose `reject.txt` rejects `simply` and `just`,
/// loaded as `termlint check` loads them.
fn linter() -> &'static Linter {
    static LINTER: OnceLock<Linter> = OnceLock::new();
    LINTER.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let glossary = dir.path().join("fixture.toml");
        std::fs::write(&glossary, GLOSSARY).unwrap();
        let vocab = dir.path().join("Acme");
        std::fs::create_dir(&vocab).unwrap();
        std::fs::write(vocab.join("reject.txt"), "(?:simply|just)\n").unwrap();
        let settings = Settings {
            profiles: Some(vec![]),
            glossaries: Some(vec![glossary]),
            vale_vocab: Some(vocab),
            ..Settings::default()
        };
        Linter::with_options(&settings, &[], true, Workload::Few).unwrap()
    })
}

/// Every rule the linter loaded: what SARIF lists.
fn rules() -> &'static Glossary {
    linter().glossary()
}

/// A file with the findings the linter gives it.
fn linted(path: &str, source: &str) -> (FileReport, String) {
    let findings = linter().lint(FileKind::Markdown, source);
    file(path, source, findings)
}

/// The fixture files and their findings, in path order.
fn files() -> Vec<FileReport> {
    sourced().into_iter().map(|(file, _)| file).collect()
}

/// The fixture files with their whole text, which a report no longer holds.
fn sourced() -> Vec<(FileReport, String)> {
    let guide =
        "# Guide\n\nCreate a web hook in the dashboard.\nStore the session\ncookie safely.\n";
    let cafe = "\u{feff}Ünïcödé — log in, then the 🎉 web hook.\n";
    let odd = "The master copy.\n";
    vec![
        linted(
            "docs/acme.md",
            "# Acme\n\nThen simply restart the server.\n\n<!-- termlint-disable-next-line webhook -->\nNothing to silence here.\n",
        ),
        file(
            "docs/café.md",
            cafe,
            vec![
                finding(
                    cafe,
                    "log in",
                    "sign-in",
                    Severity::Info,
                    &["sign in", "log on"],
                ),
                finding(cafe, "web hook", "webhook", Severity::Warning, &["webhook"]),
            ],
        ),
        file("docs/clean.md", "Each webhook is signed.\n", vec![]),
        linted(
            "docs/events.md",
            "# Events\n\nYour webhook endpoint receives `user.create` when a user signs up.\n",
        ),
        file(
            "docs/guide.md",
            guide,
            vec![
                finding(
                    guide,
                    "web hook",
                    "webhook",
                    Severity::Warning,
                    &["webhook"],
                ),
                finding(
                    guide,
                    "session\ncookie",
                    "session-token",
                    Severity::Error,
                    &["session token"],
                ),
            ],
        ),
        linted(
            "docs/metadata.md",
            "# Metadata\n\nStore the API key in `publicMetadata`.\n",
        ),
        linted(
            "docs/oauth.md",
            "Register an OAuth application.\nThe OAuth application has a client ID.\nThen delete the\nOAuth app.\n",
        ),
        file(
            "docs/q&a: 100%, really.md",
            odd,
            vec![finding(odd, "master", "master", Severity::Warning, &[])],
        ),
    ]
}

fn file(path: &str, source: &str, findings: Vec<Finding>) -> (FileReport, String) {
    let report = FileReport::new(path.to_string(), source, findings);
    (report, source.to_string())
}

fn finding(
    source: &str,
    needle: &str,
    rule: &str,
    severity: Severity,
    suggestions: &[&str],
) -> Finding {
    let start = source.find(needle).unwrap();
    let span = start..start + needle.len();
    let suggestions: Vec<String> = suggestions.iter().map(|s| s.to_string()).collect();
    let glossary = glossary();
    let term = glossary.term(rule).unwrap();
    Finding {
        rule: Arc::from(rule),
        category: Arc::from(term.category.as_str()),
        severity,
        message: Arc::from(term.message.as_str()),
        fix: Fix::for_match(source, span.clone(), &suggestions, Applicability::Safe),
        span,
        suggestions,
    }
}

/// How many findings the fixture set has.
fn count() -> usize {
    files().iter().map(|f| f.findings.len()).sum()
}

fn render(report: &mut dyn Report) -> String {
    let mut out = Vec::new();
    report.report(&files(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn json(report: &mut dyn Report) -> serde_json::Value {
    serde_json::from_str(&render(report)).unwrap()
}

/// The header's column (`[docs/café.md:1:11]`) counts Unicode scalar values without the BOM,
/// like every other format.
#[test]
fn human() {
    insta::assert_snapshot!(render(&mut Human::new(false, 100)));
}

#[test]
fn compact() {
    insta::assert_snapshot!(render(&mut Compact));
}

#[test]
fn json_has_the_contract_fields_and_fixes() {
    let findings = json(&mut Json::default());
    let findings = findings.as_array().unwrap();
    assert_eq!(findings.len(), count());
    for finding in findings {
        // Only fixable findings (one suggestion) carry `fix`, and its edits cover the span. A
        // caution's suggestion is shown, never applied.
        let fixable = finding["suggestions"].as_array().unwrap().len() == 1
            && finding["category"] != "caution";
        assert_eq!(finding.get("fix").is_some(), fixable, "{finding:#}");
        if fixable {
            let edit = &finding["fix"]["edits"][0];
            assert_eq!(edit["offset"], finding["offset"]);
            assert_eq!(edit["length"], finding["length"]);
            // Consistency and event-name fixes are always unsafe.
            let unsafe_fix = ["app-or-application", "webhook-event-name"]
                .contains(&finding["rule"].as_str().unwrap());
            let applicability = if unsafe_fix { "unsafe" } else { "safe" };
            assert_eq!(
                finding["fix"]["applicability"], applicability,
                "{finding:#}"
            );
        }
    }
    insta::assert_snapshot!(render(&mut Json::default()));
}

#[test]
fn sarif() {
    let mut sarif = Sarif::new(rules()).with_root("/home/writer/my docs".into());
    insta::assert_snapshot!(render(&mut sarif));
}

#[test]
fn sarif_lists_every_rule_and_points_at_the_right_characters() {
    let log = json(&mut Sarif::new(rules()));
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "webhook",
            "session-token",
            "sign-in",
            "master",
            "Vale.Avoid/simply",
            "app-or-application",
            "webhook-event-name",
            "secret-in-public-metadata",
            "unused-suppression"
        ]
    );
    for rule in rules {
        assert_ne!(rule["name"], rule["id"]);
    }
    let files = sourced();
    let expected: Vec<(&FileReport, &String, &Finding)> = files
        .iter()
        .flat_map(|(file, text)| {
            file.findings
                .iter()
                .map(move |finding| (file, text, finding))
        })
        .collect();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), expected.len());
    for (result, (file, text, finding)) in results.iter().zip(expected) {
        assert_eq!(result["ruleId"], *finding.rule);
        // The table lists every rule of every kind: each result points at its own.
        let index = result["ruleIndex"]
            .as_u64()
            .expect("every result has a ruleIndex");
        assert_eq!(rules[index as usize]["id"], result["ruleId"]);
        let location = &result["locations"][0]["physicalLocation"];
        let uri = location["artifactLocation"]["uri"].as_str().unwrap();
        assert_eq!(percent_decode(uri), file.path);
        assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert_eq!(result.get("fixes").is_some(), finding.fix.is_some());
        // charOffset and charLength count code points of the text without its BOM.
        let text = text.trim_start_matches('\u{feff}');
        let region = &location["region"];
        let offset = region["charOffset"].as_u64().unwrap() as usize;
        let length = region["charLength"].as_u64().unwrap() as usize;
        let chars: String = text.chars().skip(offset).take(length).collect();
        assert_eq!(chars, file.matched(finding));
        assert_eq!(chars, region["snippet"]["text"].as_str().unwrap());
        // Lines and columns (code points, no BOM) point at the same characters.
        let at = |line: &str, column: &str| -> usize {
            let line = region[line].as_u64().unwrap() as usize;
            let column = region[column].as_u64().unwrap() as usize;
            let before: usize = text
                .split('\n')
                .take(line - 1)
                .map(|l| l.chars().count() + 1)
                .sum();
            before + column - 1
        };
        assert_eq!(at("startLine", "startColumn"), offset);
        assert_eq!(at("endLine", "endColumn"), offset + length);
    }
}

fn percent_decode(uri: &str) -> String {
    let mut bytes = Vec::new();
    let mut rest = uri.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b == b'%' {
            let hex = std::str::from_utf8(&tail[..2]).unwrap();
            bytes.push(u8::from_str_radix(hex, 16).unwrap());
            rest = &tail[2..];
        } else {
            bytes.push(b);
            rest = tail;
        }
    }
    String::from_utf8(bytes).unwrap()
}

#[test]
fn github() {
    let output = render(&mut Github);
    insta::assert_snapshot!(output);
    for line in output.lines() {
        let (properties, message) = line.split_once("::").unwrap().1.split_once("::").unwrap();
        assert!(!message.contains('\n'));
        // Values never contain the separators unescaped.
        for property in properties.split_once(' ').unwrap().1.split(',') {
            let (_, value) = property.split_once('=').unwrap();
            assert!(!value.contains(':') && !value.contains(','), "{value}");
        }
    }
}

#[test]
fn rdjson() {
    let result = json(&mut Rdjson::default());
    let files = sourced();
    // reviewdog counts columns in bytes of the line (a BOM included): each range covers exactly
    // the bytes of a finding.
    for diagnostic in result["diagnostics"].as_array().unwrap() {
        let path = diagnostic["location"]["path"].as_str().unwrap();
        let (file, text) = files.iter().find(|(f, _)| f.path == path).unwrap();
        let offset = |position: &serde_json::Value| -> usize {
            let line = position["line"].as_u64().unwrap() as usize;
            let column = position["column"].as_u64().unwrap() as usize;
            let before: usize = text.split('\n').take(line - 1).map(|l| l.len() + 1).sum();
            before + column - 1
        };
        let range = &diagnostic["location"]["range"];
        let span = offset(&range["start"])..offset(&range["end"]);
        assert!(
            file.findings.iter().any(|f| f.span == span),
            "{path}: {span:?} {diagnostic:#}"
        );
    }
    insta::assert_snapshot!(render(&mut Rdjson::default()));
}

#[test]
fn gitlab() {
    let issues = json(&mut Gitlab::default());
    let fingerprints: std::collections::HashSet<&str> = issues
        .as_array()
        .unwrap()
        .iter()
        .map(|issue| issue["fingerprint"].as_str().unwrap())
        .collect();
    assert_eq!(fingerprints.len(), count(), "fingerprints are unique");
    insta::assert_snapshot!(render(&mut Gitlab::default()));
}

#[test]
fn junit_fails_files_at_the_fail_level() {
    insta::assert_snapshot!(render(&mut Junit::new(Some(Severity::Warning))));
    let errors_only = render(&mut Junit::new(Some(Severity::Error)));
    assert!(
        errors_only.contains(r#"tests="8" failures="2""#),
        "{errors_only}"
    );
    let never = render(&mut Junit::new(None));
    assert!(never.contains(r#"tests="8" failures="0""#), "{never}");
    assert!(never.contains("<system-out>"));
}

#[test]
fn statistics() {
    let statistics = Statistics::new(&files());
    let mut table = Vec::new();
    statistics.write_table(&mut table).unwrap();
    let mut json = Vec::new();
    statistics.write_json(&mut json).unwrap();
    insta::assert_snapshot!(format!(
        "{}\n{}",
        String::from_utf8(table).unwrap(),
        String::from_utf8(json).unwrap()
    ));
}

#[test]
fn markdown_summarizes_by_rule_and_lists_findings() {
    insta::assert_snapshot!(render(&mut Markdown::new(None)));
}

#[test]
fn markdown_links_locations_to_the_link_base() {
    let output = render(&mut Markdown::new(Some(
        "https://github.com/o/r/blob/abc".to_string(),
    )));
    let links = output
        .lines()
        .filter(|l| l.starts_with("- [") && l.contains("](<https://github.com/o/r/blob/abc/"))
        .count();
    assert_eq!(links, count(), "{output}");
    insta::assert_snapshot!(output);
}

#[test]
fn markdown_lists_the_first_findings_and_counts_the_rest() {
    let source = "Use a web hook.\n".repeat(termlint::report::MARKDOWN_FIRST + 5);
    let mut out = Vec::new();
    Markdown::new(None)
        .report(&[linted("many.md", &source).0], &mut out)
        .unwrap();
    let output = String::from_utf8(out).unwrap();
    let listed = output.lines().filter(|l| l.starts_with("- ")).count();
    assert_eq!(listed, termlint::report::MARKDOWN_FIRST);
    assert!(output.contains("| webhook | warning | 55 |"), "{output}");
    assert!(output.ends_with("…and 5 more findings.\n"), "{output}");
}
