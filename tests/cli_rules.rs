//! `termlint rules`, `explain` and `glossary`: rule documentation generated from the data.

use std::process::{Command, Output};

use termlint::glossary::{DEFAULT_PROFILES, Glossary, RuleKind};

fn termlint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn rules_lists_every_rule_as_text_and_json() {
    let glossary = Glossary::builtin(DEFAULT_PROFILES).unwrap();
    let text = termlint(&["rules"]);
    assert_eq!(text.status.code(), Some(0));
    let text = stdout(&text);
    assert!(text.starts_with("ID "), "{text}");
    assert_eq!(text.lines().count(), glossary.rules().len() + 1);

    let json: serde_json::Value =
        serde_json::from_slice(&termlint(&["rules", "--format", "json"]).stdout).unwrap();
    let rules = json.as_array().unwrap();
    assert_eq!(rules.len(), glossary.rules().len());
    let webhook = rules.iter().find(|r| r["id"] == "webhook").unwrap();
    for field in [
        "id",
        "kind",
        "category",
        "severity",
        "message",
        "preferred",
        "avoid",
        "examples",
    ] {
        assert!(webhook.get(field).is_some(), "missing {field}");
    }
}

#[test]
fn explain_shows_why_and_examples() {
    let output = termlint(&["explain", "webhook"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let glossary = Glossary::builtin(DEFAULT_PROFILES).unwrap();
    let term = glossary.term("webhook").unwrap();
    assert!(text.starts_with("webhook ("), "{text}");
    assert!(text.contains(&format!("Why: {}", term.message)), "{text}");
    for example in &term.examples {
        if let Some(bad) = &example.bad {
            assert!(text.contains(&format!("✗ {bad}")), "{text}");
        }
        if let Some(good) = &example.good {
            assert!(text.contains(&format!("✓ {good}")), "{text}");
        }
    }
}

#[test]
fn explain_shows_a_caution_with_its_risk_and_examples() {
    let output = termlint(&["explain", "secret-in-public-metadata"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let text = stdout(&output);
    assert!(
        text.starts_with("secret-in-public-metadata (caution, warning)"),
        "{text}"
    );
    assert!(
        text.contains("Risk: Public metadata is sent to the browser"),
        "{text}"
    );
    assert!(text.contains("Fix: None"), "{text}");
    assert!(
        text.contains("✓ Never store secrets in public metadata."),
        "{text}"
    );
}

#[test]
fn explain_an_unknown_rule_is_a_usage_error() {
    let output = termlint(&["explain", "no-such-rule"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: no rule `no-such-rule` (see `termlint rules`)\n"
    );
}

#[test]
fn glossary_page_groups_rules_by_category() {
    let output = termlint(&["glossary", "--format", "markdown"]);
    assert_eq!(output.status.code(), Some(0));
    let page = stdout(&output);
    assert!(page.starts_with("# Glossary\n"));
    let glossary = Glossary::builtin(DEFAULT_PROFILES).unwrap();
    // The page documents the glossary's terms, not termlint's own rules.
    let rules: Vec<_> = glossary
        .rules()
        .into_iter()
        .filter(|r| r.kind.table().is_some())
        .collect();
    let mut categories: Vec<&str> = rules.iter().map(|r| r.category).collect();
    categories.sort();
    categories.dedup();
    let headings = page
        .lines()
        .filter(|l| l.starts_with("## ") && *l != "## Core concepts")
        .count();
    assert_eq!(headings, categories.len(), "{page}");
    // Every term-like rule has a table row; every caution its own section with its examples.
    let (cautions, rows): (Vec<_>, Vec<_>) =
        rules.iter().partition(|r| r.kind == RuleKind::Caution);
    assert!(!cautions.is_empty());
    let table_rows = page.lines().filter(|l| l.starts_with("| `")).count();
    assert_eq!(table_rows, rows.len());
    for caution in cautions {
        let section = page
            .split(&format!("### `{}`\n", caution.id))
            .nth(1)
            .unwrap_or_else(|| panic!("no section for {}", caution.id));
        let section = section.split("\n### ").next().unwrap();
        assert!(section.contains(caution.why.unwrap()), "{}", caution.id);
        assert!(section.contains("- Flagged: "), "{}", caution.id);
        assert!(section.contains("- Not flagged: "), "{}", caution.id);
    }
}

#[test]
fn the_glossary_page_defines_the_core_concepts() {
    let page = stdout(&termlint(&["glossary"]));
    let core = page
        .split("## Core concepts")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("a Core concepts section")
        .to_lowercase();
    for concept in [
        "**session**",
        "**session token**",
        "**organization**",
        "**role**",
        "**webhook**",
        "**multi-factor**",
        "**metadata**",
        "**sign-in**: the sign-in flow",
    ] {
        assert!(
            core.contains(concept),
            "no definition for {concept} in:\n{core}"
        );
    }
}

/// A repository whose config adds a glossary and a Vale vocabulary.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir(root.join(".git")).unwrap();
    std::fs::create_dir_all(root.join("styles/Vocab")).unwrap();
    std::fs::write(root.join("styles/Vocab/reject.txt"), "simply\n").unwrap();
    std::fs::write(
        root.join("terms.toml"),
        r#"
[[term]]
id = "frobnicator"
category = "house"
preferred = ["frobnicator"]
avoid = ["frob nicator"]
message = "One word."
examples = [{ bad = "A frob nicator.", good = "A frobnicator." }]
"#,
    )
    .unwrap();
    std::fs::write(
        root.join("termlint.toml"),
        "glossaries = [\"terms.toml\"]\nvale_vocab = \"styles/Vocab\"\n",
    )
    .unwrap();
    dir
}

fn termlint_in(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn rule_documentation_reads_the_project_config() {
    let project = project();
    let dir = project.path();
    let listed = stdout(&termlint_in(dir, &["rules"]));
    for id in [
        "frobnicator",
        "Vale.Avoid/simply",
        "webhook",
        "unused-suppression",
    ] {
        assert!(listed.lines().any(|l| l.starts_with(id)), "{id}: {listed}");
    }
    let explained = termlint_in(dir, &["explain", "Vale.Avoid/simply"]);
    assert_eq!(explained.status.code(), Some(0), "{explained:?}");
    assert!(stdout(&explained).contains("Avoid: simply"));
    let page = stdout(&termlint_in(dir, &["glossary"]));
    assert!(page.contains("`frobnicator`"), "{page}");
    // `--isolated` documents the built-in glossary alone.
    let isolated = stdout(&termlint_in(dir, &["rules", "--isolated"]));
    assert!(!isolated.contains("frobnicator"));
    assert!(isolated.lines().any(|l| l.starts_with("webhook")));
}

#[test]
fn a_broken_config_is_an_error_for_rule_documentation_too() {
    let project = project();
    let dir = project.path();
    std::fs::write(dir.join("termlint.toml"), "profiles = [\"clerk-doc\"]\n").unwrap();
    let output = termlint_in(dir, &["rules"]);
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("unknown profile `clerk-doc`"), "{err}");
}
