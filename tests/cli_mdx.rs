//! `termlint check` on an MDX page whose wrong terms sit in front matter and JSX attributes.

use std::path::Path;
use std::process::Command;

const PAGE: &str = "fixtures/mdx/visible-text.mdx";

fn check(args: &[&str]) -> Vec<String> {
    let output = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(["check", PAGE, "--format", "compact"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            // `path:line:column: severity[rule]`, without the message.
            let end = l.find(']').map_or(l.len(), |i| i + 1);
            l[..end].to_string()
        })
        .collect()
}

#[test]
fn front_matter_and_attributes_are_reported_at_their_place() {
    let found: Vec<String> = check(&["--isolated"]);
    let expected = [
        "2:17: warning[webhook]",  // title: Set up a «web hook»
        "4:11: warning[github]",   // description: >- Connect «Github»
        "5:10: warning[email]",    //   app by «e-mail».
        "14:15: warning[github]",  // <Tab title="«Github» web hooks">
        "14:22: warning[webhook]", // <Tab title="Github «web hooks»">
        "21:12: warning[email]",   //   alt='The «e-mail» settings'
    ];
    let expected: Vec<String> = expected.iter().map(|e| format!("{PAGE}:{e}")).collect();
    assert_eq!(found, expected);
}

#[test]
fn scopes_in_a_config_turn_them_off_or_choose_the_attributes() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("termlint.toml");
    std::fs::write(
        &config,
        "[scopes]\nfront_matter = false\njsx_attributes = []\n",
    )
    .unwrap();
    let config = config.to_str().unwrap();
    assert!(check(&["--config", config]).is_empty());
    std::fs::write(
        Path::new(config),
        "[scopes]\njsx_attributes = [\"className\"]\n",
    )
    .unwrap();
    let found = check(&["--config", config]);
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!(found[0], format!("{PAGE}:2:17: warning[webhook]"));
    assert_eq!(found[3], format!("{PAGE}:24:75: warning[webhook]"));
}
