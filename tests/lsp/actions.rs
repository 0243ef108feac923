//! Code actions: quick fixes, "ignore on this line" in each comment syntax, and fix-all.

use std::path::Path;

use serde_json::{Value, json};

use super::lsp_client::{Client, uri};
use super::{CONFIG, PAGE, codes, project, range};

/// The edits of a workspace edit for one document.
pub(crate) fn edits_for(edit: &Value, path: &Path) -> Vec<Value> {
    edit["changes"][uri(path)]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

pub(crate) fn actions_at(
    client: &mut Client,
    path: &Path,
    line: u64,
    character: u64,
) -> Vec<Value> {
    let position = json!({"line": line, "character": character});
    let result = client
        .request(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": uri(path)},
                "range": {"start": position, "end": position},
                "context": {"diagnostics": []},
            }),
        )
        .unwrap();
    result.as_array().unwrap().clone()
}

pub(crate) fn titled<'a>(actions: &'a [Value], title: &str) -> &'a Value {
    actions
        .iter()
        .find(|a| a["title"].as_str().unwrap().starts_with(title))
        .unwrap_or_else(|| panic!("no `{title}` in {actions:#?}"))
}

#[test]
fn quick_fixes_replace_the_term_and_the_safe_one_is_preferred() {
    let dir = project(CONFIG);
    let path = dir.path().join("docs/page.md");
    let text = "Ünïcödé 🎉 the web hook has a tint.\n";
    for utf8 in [false, true] {
        let (mut client, _) = Client::start(dir.path(), utf8);
        client.open(&path, "markdown", text);
        client.diagnostics(&path);
        let column = if utf8 { 24 } else { 18 };
        let actions = actions_at(&mut client, &path, 0, column);
        let fix = titled(&actions, "Replace with `webhook`");
        assert_eq!(fix["kind"], "quickfix");
        assert_eq!(fix["isPreferred"], true);
        assert_eq!(fix["diagnostics"][0]["code"], "webhook");
        let fixed = client.apply(text, &edits_for(&fix["edit"], &path));
        assert_eq!(fixed, "Ünïcödé 🎉 the webhook has a tint.\n");

        // Two suggestions: one action each, neither preferred (no fix is safe to choose).
        let column = if utf8 { 39 } else { 31 };
        let actions = actions_at(&mut client, &path, 0, column);
        let replacements: Vec<&Value> = actions
            .iter()
            .filter(|a| a["title"].as_str().unwrap().starts_with("Replace"))
            .collect();
        assert_eq!(replacements.len(), 2, "{actions:#?}");
        for (action, word) in replacements.iter().zip(["hue", "shade"]) {
            assert_eq!(action["isPreferred"], false);
            let fixed = client.apply(text, &edits_for(&action["edit"], &path));
            assert_eq!(fixed, format!("Ünïcödé 🎉 the web hook has a {word}.\n"));
        }
        assert!(client.shutdown().success());
    }
}

#[test]
fn ignore_on_this_line_writes_each_syntax_and_silences_the_finding() {
    let cases = [
        (
            "docs/page.md",
            "markdown",
            "Ünïcödé 🎉 the web hook fires.\n",
            "Ünïcödé 🎉 the web hook fires. <!-- termlint-ignore webhook -->\n",
        ),
        (
            "docs/page.mdx",
            "mdx",
            "Ünïcödé 🎉 the web hook fires.\r\n",
            "Ünïcödé 🎉 the web hook fires. {/* termlint-ignore webhook */}\r\n",
        ),
        (
            "src/lib.rs",
            "rust",
            "let x = 1; // the web hook\n",
            "let x = 1; // the web hook // termlint-ignore webhook\n",
        ),
        (
            "src/style.css",
            "css",
            "a { color: red; } /* the web hook */\n",
            "a { color: red; } /* the web hook */ /* termlint-ignore webhook */\n",
        ),
        (
            "src/lib.c",
            "c",
            "/* Intro.\n * the web hook\n */\n",
            "/* Intro.\n * the web hook termlint-ignore webhook\n */\n",
        ),
        (
            "docs/twice.md",
            "markdown",
            "The web hook signs in. <!-- termlint-ignore sign-into -->\n",
            "The web hook signs in. <!-- termlint-ignore sign-into, webhook -->\n",
        ),
    ];
    let dir = project(CONFIG);
    let (mut client, _) = Client::start(dir.path(), false);
    for (rel, language, text, expected) in cases {
        let path = dir.path().join(rel);
        client.open(&path, language, text);
        let diagnostics = client.diagnostics(&path);
        let d = diagnostics.iter().find(|d| d["code"] == "webhook").unwrap();
        let [line, character, ..] = range(d);
        let actions = actions_at(&mut client, &path, line, character);
        let ignore = titled(&actions, "Ignore `webhook` on this line");
        let ignored = client.apply(text, &edits_for(&ignore["edit"], &path));
        assert_eq!(ignored, expected, "{rel}");
        // The comment does what it says: no finding, and it is not reported as unused.
        client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": uri(&path), "version": 2},
                "contentChanges": [{"text": ignored}],
            }),
        );
        let after = client.diagnostics(&path);
        assert!(
            !codes(&after).contains(&"webhook") && !codes(&after).contains(&"unused-suppression"),
            "{rel}: {after:?}"
        );
    }
    assert!(client.shutdown().success());
}

#[test]
fn fix_all_applies_every_safe_fix_and_leaves_the_unsafe_ones() {
    let dir = project(CONFIG);
    let path = dir.path().join("docs/page.md");
    let (mut client, _) = Client::start(dir.path(), false);
    client.open(&path, "markdown", PAGE);
    client.diagnostics(&path);
    let result = client
        .request(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": uri(&path)},
                "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                "context": {"diagnostics": [], "only": ["source.fixAll"]},
            }),
        )
        .unwrap();
    let actions = result.as_array().unwrap();
    assert_eq!(actions.len(), 1, "{actions:#?}");
    assert_eq!(actions[0]["kind"], "source.fixAll.termlint");
    let fixed = client.apply(PAGE, &edits_for(&actions[0]["edit"], &path));
    assert_eq!(
        fixed,
        "# Café\n\nÜnïcödé 🎉 the webhook fires.\n\nSign in to the Clerk Dashboard and login.\n"
    );
    assert!(client.shutdown().success());
}
