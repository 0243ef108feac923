//! Migration from Vale (vocabularies and substitution rules) and inline suppression comments.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use termlint::config::Settings;
use termlint::glossary::{Applicability, Severity};
use termlint::lint::Linter;
use termlint::matcher::Workload;
use termlint::source::FileKind;

mod repo;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/vale/styles")
}

fn linter(settings: Settings) -> Linter {
    Linter::new(&settings, &[]).unwrap()
}

/// `(matched, rule, message, suggestions)` per finding.
fn found(
    linter: &Linter,
    kind: FileKind,
    text: &str,
) -> Vec<(String, String, String, Vec<String>)> {
    linter
        .lint(kind, text)
        .into_iter()
        .map(|f| {
            (
                text[f.span.clone()].to_string(),
                f.rule.to_string(),
                f.message.to_string(),
                f.suggestions,
            )
        })
        .collect()
}

#[test]
fn microsoft_style_substitutions_with_ignorecase() {
    let linter = linter(Settings {
        profiles: Some(vec![]),
        vale_styles: Some(vec![fixtures().join("Microsoft/Terms.yml")]),
        ..Settings::default()
    });
    let result = found(
        &linter,
        FileKind::Markdown,
        "Plug the Adaptor into your smart phone.",
    );
    assert_eq!(
        result,
        [
            (
                "Adaptor".into(),
                "Microsoft.Terms/adaptor".into(),
                "Prefer 'Adapter' over 'Adaptor'.".into(),
                vec!["Adapter".to_string()]
            ),
            (
                "smart phone".into(),
                "Microsoft.Terms/mobile phone".into(),
                "Prefer 'phone' over 'smart phone'.".into(),
                vec!["phone".to_string()]
            ),
        ]
    );
    assert_eq!(linter.warnings.len(), 1, "{:?}", linter.warnings);
    assert!(
        linter.warnings[0].ends_with(
            "Terms.yml:14: `(?<!Mozilla )Thunderbird`: lookaround and other special groups"
        ),
        "{:?}",
        linter.warnings
    );
}

#[test]
fn google_style_substitutions_are_case_sensitive_with_several_suggestions() {
    let linter = linter(Settings {
        profiles: Some(vec![]),
        vale_styles: Some(vec![fixtures().join("Google/WordList.yml")]),
        ..Settings::default()
    });
    let result = found(
        &linter,
        FileKind::Markdown,
        "Ask the admin for the url of the cellphone app. An Admin knows the URL.",
    );
    let short: Vec<(String, Vec<String>)> =
        result.iter().map(|f| (f.0.clone(), f.3.clone())).collect();
    assert_eq!(
        short,
        [
            ("admin".to_string(), vec!["administrator".to_string()]),
            ("url".into(), vec!["URL".into()]),
            (
                "cellphone".into(),
                vec!["phone".into(), "mobile phone".into()]
            ),
        ]
    );
    assert_eq!(result[0].2, "Use 'administrator' instead of 'admin'.");
    assert!(result.iter().all(|f| f.1.starts_with("Google.WordList/")));
    assert!(
        linter
            .warnings
            .iter()
            .any(|w| w.contains("back-references")),
        "{:?}",
        linter.warnings
    );
}

#[test]
fn vale_vocabularies_accept_and_reject() {
    let linter = linter(Settings {
        vale_vocab: Some(fixtures().join("config/vocabularies/Acme")),
        ..Settings::default()
    });
    let result = found(
        &linter,
        FileKind::Markdown,
        "Install Acme Web Hook Relay. Then simply add a web hook.",
    );
    let short: Vec<(String, String)> = result.iter().map(|f| (f.0.clone(), f.1.clone())).collect();
    assert_eq!(
        short,
        [
            ("simply".to_string(), "Vale.Avoid/simply".to_string()),
            ("web hook".into(), "webhook".into())
        ]
    );
    assert_eq!(linter.warnings.len(), 1);
    assert!(
        linter.warnings[0].contains("accept.txt:5: `[pP]y.*\\b`"),
        "{:?}",
        linter.warnings
    );
}

#[test]
fn markdown_suppressions() {
    let linter = linter(Settings::default());
    let text = "\
A web hook here.

<!-- termlint-disable webhook -->
A web hook, silenced, and Github, not silenced.
<!-- termlint-enable webhook -->

<!-- termlint-disable-next-line -->
A web hook on Github, both silenced.
A web hook again.

<!-- termlint-disable-next-line github -->
Nothing to silence here.
";
    let rules: Vec<(String, String)> = found(&linter, FileKind::Markdown, text)
        .into_iter()
        .map(|f| (f.0, f.1))
        .collect();
    assert_eq!(
        rules,
        [
            ("web hook".to_string(), "webhook".to_string()),
            ("Github".into(), "github".into()),
            ("web hook".into(), "webhook".into()),
            (
                "termlint-disable-next-line github".into(),
                "unused-suppression".into()
            ),
        ]
    );
}

#[test]
fn mdx_suppressions_and_unclosed_regions() {
    let linter = linter(Settings::default());
    let text = "{/* termlint-disable-next-line webhook */}\nA web hook.\n\n{/* termlint-disable */}\nA web hook and Github until the end.\n";
    assert_eq!(found(&linter, FileKind::Mdx, text), []);
    // In Markdown an MDX comment is not a directive.
    assert_eq!(
        found(
            &linter,
            FileKind::Markdown,
            "termlint-disable\n\nA web hook.\n"
        )
        .len(),
        1
    );
}

#[test]
fn vale_keys_in_config_resolve_against_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    let styles = fixtures();
    std::fs::write(
        dir.path().join("termlint.toml"),
        format!(
            "profiles = []\nvale_styles = [{:?}]\n",
            styles.join("Microsoft/Terms.yml")
        ),
    )
    .unwrap();
    std::fs::write(dir.path().join("a.md"), "Use an adaptor.\n").unwrap();
    let output: Output = Command::new(env!("CARGO_BIN_EXE_termlint"))
        // The fixtures live in this repository, outside the temporary one.
        .args(["check", "a.md", "--allow-outside"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "a.md:1:8: warning[Microsoft.Terms/adaptor] Prefer 'adapter' over 'adaptor'. (suggestion: adapter)\n"
    );
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("warning: "),
        "unsupported entries are reported"
    );
}

/// A reject.txt entry is a term with no preferred form: every format renders it (SARIF used to
/// index its missing preferred form and panic).
#[test]
fn a_rejected_term_renders_in_every_format() {
    let dir = repo::tree(&[
        ("termlint.toml", "profiles = []\nvale_vocab = \"vocab\"\n"),
        ("vocab/reject.txt", "(?:simply|just)\n"),
        ("a.md", "Then simply add a webhook.\n"),
    ]);
    let formats = [
        "human", "compact", "json", "sarif", "github", "rdjson", "gitlab", "junit",
    ];
    for statistics in [false, true] {
        for format in formats {
            let mut args = vec!["check", "--format", format, "--color", "never"];
            if statistics {
                args.push("--statistics");
            }
            let output = Command::new(env!("CARGO_BIN_EXE_termlint"))
                .args(&args)
                .current_dir(dir.path())
                .output()
                .unwrap();
            let (stdout, stderr) = (
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr),
            );
            assert_eq!(
                output.status.code(),
                Some(1),
                "{args:?}\n{stdout}\n{stderr}"
            );
            assert!(
                format!("{stdout}{stderr}").contains("Vale.Avoid/simply"),
                "{args:?}\n{stdout}\n{stderr}"
            );
            if format == "sarif" {
                let log: serde_json::Value = serde_json::from_str(&stdout).unwrap();
                let run = &log["runs"][0];
                let result = &run["results"][0];
                let rule =
                    &run["tool"]["driver"]["rules"][result["ruleIndex"].as_u64().unwrap() as usize];
                assert_eq!(rule["id"], "Vale.Avoid/simply");
                assert_eq!(rule["name"], "AvoidSimply");
                assert_eq!(
                    rule["fullDescription"]["text"],
                    "Avoid `simply` or `just`. This term is rejected by the project's vocabulary."
                );
            }
        }
    }
}

/// A linter with the built-in glossary and a Vale vocabulary `Acme` whose `accept.txt` holds
/// `accept` (read from a temporary directory, outside the repository).
fn with_accept(accept: &str) -> Linter {
    let dir = tempfile::tempdir().unwrap();
    let vocab = dir.path().join("Acme");
    std::fs::create_dir(&vocab).unwrap();
    std::fs::write(vocab.join("accept.txt"), accept).unwrap();
    let settings = Settings {
        vale_vocab: Some(vocab),
        ..Settings::default()
    };
    Linter::with_options(&settings, &[], true, Workload::Few).unwrap()
}

const ACCEPT: &str = "\
Zorblatt
(?i)Kubernetes
Acme Web Hook Relay
(?:Foo|Bar)Baz
[Oo]bservability
";

/// A finding a test expects: `(matched, rule, suggestion)`.
type Expected = (&'static str, &'static str, &'static str);

/// Vale.Terms: an accepted entry flags its other casings, with the accepted spelling as the
/// suggestion; `(?i)` entries accept every casing; inline code and joined names are never
/// flagged.
#[test]
fn accepted_entries_flag_other_casings_like_vale_terms() {
    let linter = with_accept(ACCEPT);
    let zorblatt = "Vale.Terms/Zorblatt";
    let relay = "Vale.Terms/Acme Web Hook Relay";
    let foobaz = "Vale.Terms/FooBaz";
    let observability = "Vale.Terms/Observability";
    let cases: &[(&str, &[Expected])] = &[
        // The exact spelling is clean; every other casing is flagged.
        ("Install Zorblatt today.", &[]),
        (
            "Install zorblatt today.",
            &[("zorblatt", zorblatt, "Zorblatt")],
        ),
        (
            "Install ZORBLATT today.",
            &[("ZORBLATT", zorblatt, "Zorblatt")],
        ),
        (
            "# zorblatt guide\n\nRead zorblatt's guide.",
            &[
                ("zorblatt", zorblatt, "Zorblatt"),
                ("zorblatt", zorblatt, "Zorblatt"),
            ],
        ),
        // A heading that is only the word names a thing (a command, a package) as it is
        // spelled, unlike Vale, which flags it.
        ("# zorblatt\n\nRead it.", &[]),
        // `(?i)`: every casing is accepted, nothing is flagged.
        ("Deploy to Kubernetes, kubernetes or KUBERNETES.", &[]),
        // Several words, also wrapped over a line.
        ("Install Acme Web Hook Relay.", &[]),
        ("Install Acme Web\nHook Relay.", &[]),
        (
            "Install acme web hook relay.",
            &[("acme web hook relay", relay, "Acme Web Hook Relay")],
        ),
        // Alternation and character classes: each spelling is accepted, and another casing
        // gets the spelling of its own word.
        ("Run FooBaz, then BarBaz.", &[]),
        (
            "Run foobaz, then BARBAZ.",
            &[("foobaz", foobaz, "FooBaz"), ("BARBAZ", foobaz, "BarBaz")],
        ),
        ("Observability and observability.", &[]),
        (
            "OBSERVABILITY first.",
            &[("OBSERVABILITY", observability, "Observability")],
        ),
        // Code and joined names: never flagged.
        ("Run `zorblatt` in a shell.", &[]),
        ("Install zorblatt-cli first.", &[]),
        ("Use the acme-zorblatt plugin.", &[]),
        ("Install @acme/zorblatt first.", &[]),
        ("Edit zorblatt.config.js now.", &[]),
        ("See docs/zorblatt for more.", &[]),
        // A sentence that ends with the word is not a file name.
        (
            "Then install zorblatt.",
            &[("zorblatt", zorblatt, "Zorblatt")],
        ),
    ];
    for (text, expected) in cases {
        let found: Vec<(String, String, Vec<String>)> = linter
            .lint(FileKind::Markdown, text)
            .into_iter()
            .map(|f| (text[f.span].to_string(), f.rule.to_string(), f.suggestions))
            .collect();
        let expected: Vec<(String, String, Vec<String>)> = expected
            .iter()
            .map(|(m, r, s)| (m.to_string(), r.to_string(), vec![s.to_string()]))
            .collect();
        assert_eq!(found, expected, "{text:?}");
    }
}

/// The findings are errors in the vocabulary's category, with a safe fix that keeps the rest
/// of the text.
#[test]
fn vale_terms_findings_are_errors_with_a_safe_fix() {
    let linter = with_accept(ACCEPT);
    let findings = linter.lint(FileKind::Markdown, "Install zorblatt.\n");
    assert_eq!(findings.len(), 1);
    let finding = &findings[0];
    assert_eq!(finding.severity, Severity::Error);
    assert_eq!(
        &*finding.message,
        "Use 'Zorblatt' instead of 'zorblatt': the project's vocabulary spells it this way."
    );
    let rule = linter.glossary().rule(&finding.rule).unwrap();
    assert_eq!(rule.category, "vale-Acme");
    let fixed = linter.fix(
        FileKind::Markdown,
        "Install zorblatt and ZORBLATT, not zorblatt-cli.\n",
        Applicability::Safe,
    );
    assert_eq!(
        fixed.text,
        "Install Zorblatt and Zorblatt, not zorblatt-cli.\n"
    );
}

/// Accepted entries still silence other rules inside them; a `(?i)` entry in any casing.
#[test]
fn accepted_entries_silence_other_rules() {
    let linter = with_accept("Acme Web Hook Relay\n(?i)Web Hook Gateway\n");
    for text in [
        "Install Acme Web Hook Relay.",
        "Install the Web Hook Gateway.",
        "Install the web hook gateway.",
    ] {
        assert_eq!(found(&linter, FileKind::Markdown, text), [], "{text}");
    }
    let rules: Vec<String> = found(&linter, FileKind::Markdown, "Add a web hook.")
        .into_iter()
        .map(|f| f.1)
        .collect();
    assert_eq!(rules, ["webhook"]);
}
