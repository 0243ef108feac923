//! Config and glossary errors name the file and the exact place, with "did you mean" help;
//! `termlint init` and `termlint config --show`.

use std::path::Path;
use std::process::{Command, Output};

mod repo;

use repo::tree;

fn termlint(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// Exit code and standard error of `termlint check a.md` under the given config.
fn check_with(config: &str, extra: &[(&str, &str)]) -> String {
    let mut files = vec![("termlint.toml", config), ("a.md", "A web hook.\n")];
    files.extend_from_slice(extra);
    let dir = tree(&files);
    let output = termlint(dir.path(), &["check", "a.md"]);
    format!(
        "exit: {}\n{}",
        output.status.code().unwrap(),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn unknown_key_with_did_you_mean() {
    insta::assert_snapshot!(check_with("exlude = [\"drafts/**\"]\n", &[]));
}

#[test]
fn wrong_type() {
    insta::assert_snapshot!(check_with("fail_on = 1\n", &[]));
}

#[test]
fn unknown_rule_id() {
    insta::assert_snapshot!(check_with("[rules]\nwebhok = \"off\"\n", &[]));
}

#[test]
fn unknown_profile() {
    insta::assert_snapshot!(check_with("profiles = [\"clerk\", \"clerk-doc\"]\n", &[]));
}

#[test]
fn bad_glob() {
    insta::assert_snapshot!(check_with("exclude = [\"docs/[a\"]\n", &[]));
}

#[test]
fn a_glossary_term_that_can_never_match() {
    let glossary = "[[term]]\nid = \"x\"\ncategory = \"team\"\npreferred = [\"widget\"]\navoid = [\"`gadget`\"]\nmessage = \"m\"\n";
    insta::assert_snapshot!(check_with(
        "glossaries = [\"terms.toml\"]\n",
        &[("terms.toml", glossary)]
    ));
}

#[test]
fn a_broken_glossary_points_at_the_place() {
    let glossary =
        "[[term]]\nid = \"x\"\ncategory = \"team\"\npreferred = \"widget\"\nmessage = \"m\"\n";
    insta::assert_snapshot!(check_with(
        "glossaries = [\"terms.toml\"]\n",
        &[("terms.toml", glossary)]
    ));
}

#[test]
fn a_glossary_outside_the_repository_needs_allow_outside() {
    let outside = tempfile::tempdir().unwrap();
    let glossary = outside.path().join("terms.toml");
    std::fs::write(&glossary, "[[term]]\nid = \"w\"\ncategory = \"t\"\npreferred = [\"widget\"]\navoid = [\"gadget\"]\nmessage = \"m\"\n").unwrap();
    let config = format!("glossaries = [{:?}]\n", glossary);
    let dir = tree(&[("termlint.toml", &config), ("a.md", "A gadget.\n")]);
    let refused = termlint(dir.path(), &["check", "a.md"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("is outside the repository"));
    let allowed = termlint(dir.path(), &["check", "a.md", "--allow-outside"]);
    assert_eq!(allowed.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&allowed.stdout).contains("warning[w]"));
}

#[test]
fn init_writes_a_starter_config_once() {
    let dir = tree(&[("a.md", "A web hook.\n")]);
    let first = termlint(dir.path(), &["init"]);
    assert_eq!(first.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&first.stdout).contains("- id: termlint"));
    let written = std::fs::read_to_string(dir.path().join("termlint.toml")).unwrap();
    // The starter is a valid config: linting with it works.
    assert_eq!(
        termlint(dir.path(), &["check", "a.md"]).status.code(),
        Some(1)
    );
    let second = termlint(dir.path(), &["init"]);
    assert_eq!(second.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&second.stderr),
        "error: termlint.toml already exists; nothing written\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("termlint.toml")).unwrap(),
        written
    );
}

#[test]
fn config_show_prints_the_merged_settings_and_their_files() {
    let dir = tree(&[
        (
            "termlint.toml",
            "fail_on = \"error\"\n[rules]\nwebhook = \"error\"\n",
        ),
        (
            "docs/termlint.toml",
            "[rules]\nwebhook = \"info\"\n\n[[overrides]]\nfiles = [\"*.mdx\"]\nlocale = \"en-GB\"\n",
        ),
    ]);
    let output = termlint(dir.path(), &["config", "--show", "docs/page.mdx"]);
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stdout), @r#"
    # effective configuration for docs/page.mdx
    # from: termlint.toml
    # from: docs/termlint.toml
    locale = "en-GB"
    fail_on = "error"

    [rules]
    webhook = "info"
    "#);
    let isolated = termlint(
        dir.path(),
        &["config", "--show", "docs/page.mdx", "--isolated"],
    );
    assert!(String::from_utf8_lossy(&isolated.stdout).contains("no config file"));
}
