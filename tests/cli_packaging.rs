//! What packagers install beside the binary: the version with the glossary it embeds, shell
//! completions and the manual page, all generated from the command line itself.

use std::process::{Command, Output};

use termlint::glossary::Glossary;

fn termlint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(args)
        .output()
        .expect("termlint runs")
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn version_names_each_builtin_glossary_with_its_rule_counts() {
    let text = stdout(&termlint(&["--version"]));
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(format!("termlint {}", env!("CARGO_PKG_VERSION")).as_str())
    );
    for profile in ["clerk", "clerk-docs"] {
        // The counts are those of the glossary as loaded, not of the text.
        let glossary = Glossary::builtin(&[profile]).expect("built-in glossary");
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("glossary {profile} ")))
            .unwrap_or_else(|| panic!("no line for {profile} in {text}"));
        let revision = line.split(' ').nth(2).expect("a revision");
        assert_eq!(revision.len(), 9, "8 hex digits and a colon: {line}");
        assert!(
            revision[..8].chars().all(|c| c.is_ascii_hexdigit()),
            "{line}"
        );
        assert!(
            line.contains(&format!(" {} term", glossary.terms.len())),
            "{line}"
        );
        assert!(
            line.contains(&format!(
                " {} consistency group",
                glossary.consistency.len()
            )),
            "{line}"
        );
    }
    // The default profile comes first.
    assert!(text.lines().nth(1).unwrap().starts_with("glossary clerk "));
    // The short flag stays one line, for scripts that parse it.
    assert_eq!(
        stdout(&termlint(&["-V"])).trim(),
        format!("termlint {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn completions_are_produced_for_each_shell() {
    // Each shell's script has its own telltale syntax and names the subcommands and options.
    let cases = [
        ("bash", "complete -F _termlint"),
        ("zsh", "#compdef termlint"),
        ("fish", "complete -c termlint"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "set edit:completion:arg-completer[termlint]"),
    ];
    for (shell, marker) in cases {
        let script = stdout(&termlint(&["completions", shell]));
        assert!(script.contains(marker), "{shell}: no {marker:?}");
        // Fish names long options without their dashes.
        for word in ["check", "explain", "fail-on", "changed-since"] {
            assert!(script.contains(word), "{shell}: no {word}");
        }
    }
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let output = termlint(&["completions", "tcsh"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("tcsh"));
}

#[test]
fn the_man_page_documents_every_subcommand_and_its_options() {
    let page = stdout(&termlint(&["man"]));
    assert!(page.contains(".TH termlint 1"), "a roff title line");
    assert!(page.contains(".SH NAME"));
    for section in [
        "TERMLINT CHECK",
        "TERMLINT RULES",
        "TERMLINT EXPLAIN",
        "TERMLINT COMPLETIONS",
    ] {
        assert!(page.contains(&format!(".SH \"{section}\"")), "{section}");
    }
    // A subcommand's own options, with their help text.
    assert!(page.contains("\\-\\-stdin\\-filename"));
    assert!(page.contains("Report only findings that are not recorded in this baseline file"));
    assert!(
        page.contains("termlint check\\fR"),
        "the subcommand's synopsis"
    );
}
