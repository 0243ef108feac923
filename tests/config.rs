//! `termlint.toml`: discovery and layering, every key, `--config` and `--isolated`.

use std::path::Path;
use std::process::{Command, Output};

mod repo;

use repo::tree;

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_termlint"))
        .arg("check")
        .args(args)
        .args(["--format", "compact"])
        .current_dir(dir)
        .output()
        .unwrap()
}

fn lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const WRONG: &str = "Set up a web hook.\n";

#[test]
fn nearest_config_merges_over_its_parents_and_a_file_gets_the_same_as_its_directory() {
    let dir = tree(&[
        (
            "termlint.toml",
            "[rules]\nwebhook = \"error\"\ngithub = \"off\"\n",
        ),
        ("docs/termlint.toml", "[rules]\nwebhook = \"info\"\n"),
        ("docs/guide.md", "Set up a web hook on Github.\n"),
        ("other.md", "Set up a web hook on Github.\n"),
    ]);
    let whole = lines(&run(dir.path(), &["."]));
    assert_eq!(
        whole,
        [
            "docs/guide.md:1:10: info[webhook] Clerk writes 'webhook' as one word. (suggestion: webhook)",
            "other.md:1:10: error[webhook] Clerk writes 'webhook' as one word. (suggestion: webhook)",
        ]
    );
    let one = lines(&run(dir.path(), &["docs/guide.md"]));
    assert_eq!(one, whole[..1]);
    let from_inside = lines(&run(&dir.path().join("docs"), &["guide.md"]));
    assert_eq!(
        from_inside[0].replace("guide.md", "docs/guide.md"),
        whole[0]
    );
}

#[test]
fn config_and_isolated_flags() {
    let dir = tree(&[
        ("termlint.toml", "profiles = []\n"),
        ("other.toml", "[rules]\nwebhook = \"error\"\n"),
        ("a.md", WRONG),
    ]);
    assert!(lines(&run(dir.path(), &["a.md"])).is_empty());
    assert_eq!(lines(&run(dir.path(), &["a.md", "--isolated"])).len(), 1);
    let explicit = lines(&run(dir.path(), &["a.md", "--config", "other.toml"]));
    assert!(explicit[0].contains("error[webhook]"), "{explicit:?}");
}

#[test]
fn team_glossaries_add_replace_and_disable_terms() {
    let dir = tree(&[
        ("termlint.toml", "glossaries = [\"docs/terms.toml\"]\n"),
        (
            "docs/terms.toml",
            r#"disable = ["github"]

[[term]]
id = "widget"
category = "team"
preferred = ["widget"]
avoid = ["gadget"]
message = "We say widget."
examples = [{ bad = "A gadget.", good = "A widget." }]

[[term]]
id = "webhook"
category = "team"
preferred = ["event hook"]
avoid = ["web hook"]
message = "Our product calls it an event hook."
"#,
        ),
        ("a.md", "A gadget with a web hook on Github.\n"),
    ]);
    assert_eq!(
        lines(&run(dir.path(), &["a.md"])),
        [
            "a.md:1:3: warning[widget] We say widget. (suggestion: widget)",
            "a.md:1:17: warning[webhook] Our product calls it an event hook. (suggestion: event hook)",
        ]
    );
}

#[test]
fn accept_silences_project_vocabulary() {
    let dir = tree(&[
        ("termlint.toml", "accept = [\"Web Hook Relay\"]\n"),
        ("a.md", "Install Web Hook Relay, then add a web hook.\n"),
    ]);
    let found = lines(&run(dir.path(), &["a.md"]));
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with("a.md:1:36:"), "{found:?}");
}

#[test]
fn en_gb_turns_spelling_rules_around() {
    let dir = tree(&[
        ("termlint.toml", "locale = \"en-GB\"\n"),
        (
            "a.md",
            "We customized the organization and customised it.\n",
        ),
    ]);
    let found = lines(&run(dir.path(), &["a.md"]));
    assert!(
        found.iter().any(|l| l.contains("(suggestion: customised)")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|l| l.contains("(suggestion: organisation)")),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|l| l.contains("customized)")),
        "{found:?}"
    );
}

#[test]
fn rules_by_id_or_category_and_fail_on() {
    let dir = tree(&[
        (
            "termlint.toml",
            "fail_on = \"error\"\n[rules]\nproduct-names = \"off\"\nwebhook = \"info\"\n",
        ),
        ("a.md", "A web hook on Github.\n"),
    ]);
    let output = run(dir.path(), &["a.md"]);
    assert_eq!(lines(&output).len(), 1);
    assert!(lines(&output)[0].contains("info[webhook]"));
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        run(dir.path(), &["a.md", "--fail-on", "info"])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn include_exclude_and_overrides() {
    let dir = tree(&[
        (
            "termlint.toml",
            "exclude = [\"drafts/**\"]\n\n[[overrides]]\nfiles = [\"CHANGELOG.md\"]\n[overrides.rules]\nwebhook = \"off\"\n",
        ),
        ("drafts/a.md", WRONG),
        ("CHANGELOG.md", WRONG),
        ("docs/b.md", WRONG),
    ]);
    let found = lines(&run(dir.path(), &["."]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("docs/b.md"));
    // An excluded file named on the command line is still linted.
    assert_eq!(lines(&run(dir.path(), &["drafts/a.md"])).len(), 1);
}

#[test]
fn scopes_choose_what_is_prose() {
    let text = "---\ntitle: The web hook guide\n---\n\n# A web hook\n\n> A web hook.\n\nSee [the web hook](x).\n";
    let dir = tree(&[("a.md", text)]);
    let all = lines(&run(dir.path(), &["a.md"]));
    assert_eq!(all.len(), 4, "{all:?}");
    assert!(all[0].starts_with("a.md:2:12:"), "{all:?}");
    std::fs::write(
        dir.path().join("termlint.toml"),
        "[scopes]\nheadings = false\nblockquotes = false\nlink_text = false\n",
    )
    .unwrap();
    let found = lines(&run(dir.path(), &["a.md"]));
    assert_eq!(found, all[..1], "front matter is on by default");
    std::fs::write(
        dir.path().join("termlint.toml"),
        "[scopes]\nfront_matter = false\n",
    )
    .unwrap();
    let found = lines(&run(dir.path(), &["a.md"]));
    assert_eq!(found, all[1..]);
}

#[test]
fn a_broken_config_names_the_file_and_place_and_the_rest_is_linted() {
    let dir = tree(&[
        ("good/a.md", WRONG),
        ("bad/termlint.toml", "[rules]\nwebhook = \"loud\"\n"),
        ("bad/b.md", WRONG),
    ]);
    let output = run(dir.path(), &["."]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(lines(&output).len(), 1);
    let err = stderr(&output);
    assert!(
        err.contains(
            "error: bad/termlint.toml: invalid config: line 2, column 11: unknown variant `loud`"
        ),
        "{err}"
    );
    assert!(err.contains("(1 file not linted)"), "{err}");

    let unknown = tree(&[("termlint.toml", "colour = true\n"), ("a.md", WRONG)]);
    let err = stderr(&run(unknown.path(), &["a.md"]));
    assert!(err.contains("unknown field `colour`"), "{err}");
}
