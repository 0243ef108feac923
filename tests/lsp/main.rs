//! `termlint lsp` driven over standard input and output by a small JSON-RPC client: the
//! negotiated encoding, diagnostics at exact ranges on non-ASCII lines, each code action applied
//! to the text, hover, incremental changes, config reload and errors, and shutdown.

#[path = "../lsp_client/mod.rs"]
mod lsp_client;
#[path = "../repo/mod.rs"]
mod repo;

mod actions;

use actions::{actions_at, edits_for, titled};

use lsp_client::{Client, uri};
use serde_json::{Value, json};

const PAGE: &str =
    "# Café\n\nÜnïcödé 🎉 the web hook fires.\n\nSign into the Clerk dashboard and login.\n";

/// A project with a glossary of its own: a term with two suggestions, so no fix is safe.
fn project(config: &str) -> tempfile::TempDir {
    repo::tree(&[
        ("termlint.toml", config),
        (
            "terms.toml",
            "[[term]]\nid = \"tint\"\ncategory = \"colours\"\npreferred = [\"hue\", \"shade\"]\n\
             avoid = [\"tint\"]\nmessage = \"Say hue or shade.\"\n",
        ),
        ("docs/page.md", PAGE),
    ])
}

const CONFIG: &str = "glossaries = [\"terms.toml\"]\n";

fn range(d: &Value) -> [u64; 4] {
    let r = &d["range"];
    [
        &r["start"]["line"],
        &r["start"]["character"],
        &r["end"]["line"],
        &r["end"]["character"],
    ]
    .map(|v| v.as_u64().unwrap())
}

fn codes(diagnostics: &[Value]) -> Vec<&str> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect()
}

#[test]
fn initialize_negotiates_the_position_encoding() {
    let dir = project(CONFIG);
    for (utf8, expected) in [(true, "utf-8"), (false, "utf-16")] {
        let (client, result) = Client::start(dir.path(), utf8);
        let caps = &result["capabilities"];
        assert_eq!(caps["positionEncoding"], expected);
        assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");
        assert_eq!(caps["hoverProvider"], true);
        assert_eq!(
            caps["codeActionProvider"]["codeActionKinds"],
            json!(["quickfix", "source.fixAll.termlint"])
        );
        assert_eq!(result["serverInfo"]["name"], "termlint");
        assert!(client.shutdown().success());
    }
}

/// A file, its language id, its text, and the range of its one finding in UTF-16 and UTF-8.
type Case = (&'static str, &'static str, &'static str, [u64; 4], [u64; 4]);

#[test]
fn diagnostics_sit_at_exact_ranges_on_non_ascii_lines() {
    // "Ünïcödé 🎉 the " is 15 UTF-16 units and 21 bytes; the emoji is two units and four bytes.
    let cases: [Case; 4] = [
        (
            "docs/page.md",
            "markdown",
            PAGE,
            [2, 15, 2, 23],
            [2, 21, 2, 29],
        ),
        (
            "docs/page.mdx",
            "mdx",
            "Ünïcödé 🎉 the web hook fires.\n",
            [0, 15, 0, 23],
            [0, 21, 0, 29],
        ),
        (
            "src/lib.rs",
            "rust",
            "// Ünïcödé 🎉 the web hook fires.\nfn f() {}\n",
            [0, 18, 0, 26],
            [0, 24, 0, 32],
        ),
        (
            "src/app.py",
            "python",
            "x = 1  # Café: a web-hook\n",
            [0, 17, 0, 25],
            [0, 18, 0, 26],
        ),
    ];
    let dir = project(CONFIG);
    for utf8 in [false, true] {
        let (mut client, _) = Client::start(dir.path(), utf8);
        for (rel, language, text, utf16_range, utf8_range) in cases {
            let path = dir.path().join(rel);
            client.open(&path, language, text);
            let diagnostics = client.diagnostics(&path);
            let webhook: Vec<&Value> = diagnostics
                .iter()
                .filter(|d| d["code"] == "webhook")
                .collect();
            assert_eq!(webhook.len(), 1, "{rel}: {diagnostics:?}");
            let d = webhook[0];
            let expected = if utf8 { utf8_range } else { utf16_range };
            assert_eq!(range(d), expected, "{rel} utf8={utf8}");
            assert_eq!(d["severity"], 2);
            assert_eq!(d["source"], "termlint");
            assert!(
                d["message"]
                    .as_str()
                    .unwrap()
                    .contains("should be `webhook`"),
                "{d}"
            );
            let href = d["codeDescription"]["href"].as_str().unwrap();
            assert!(href.ends_with("rules/clerk.toml"), "{href}");
        }
        assert!(client.shutdown().success());
    }
}

#[test]
fn accepting_a_word_edits_the_config_and_a_reload_applies_it() {
    let dir = project("# Project terms.\nglossaries = [\"terms.toml\"]\naccept = [\"GitHub\"]\n");
    let path = dir.path().join("docs/page.md");
    let config = dir.path().join("termlint.toml");
    let (mut client, _) = Client::start(dir.path(), false);
    client.open(&path, "markdown", PAGE);
    assert!(codes(&client.diagnostics(&path)).contains(&"webhook"));
    let actions = actions_at(&mut client, &path, 2, 16);
    let accept = titled(&actions, "Accept `web hook` in the project (termlint.toml)");
    let before = std::fs::read_to_string(&config).unwrap();
    let after = client.apply(&before, &edits_for(&accept["edit"], &config));
    assert_eq!(
        after,
        "# Project terms.\nglossaries = [\"terms.toml\"]\naccept = [\"GitHub\", \"web hook\"]\n"
    );
    // The editor saves the file; the watcher tells the server, which lints again.
    std::fs::write(&config, after).unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&config), "type": 2}]}),
    );
    let diagnostics = client.diagnostics(&path);
    assert!(!codes(&diagnostics).contains(&"webhook"), "{diagnostics:?}");
    assert!(codes(&diagnostics).contains(&"clerk-dashboard"));
    assert!(client.shutdown().success());
}

#[test]
fn accepting_a_word_without_a_config_creates_one() {
    let dir = repo::tree(&[("docs/page.md", PAGE)]);
    let path = dir.path().join("docs/page.md");
    let (mut client, _) = Client::start(dir.path(), false);
    client.open(&path, "markdown", PAGE);
    client.diagnostics(&path);
    let actions = actions_at(&mut client, &path, 2, 16);
    let accept = titled(&actions, "Accept `web hook`");
    let changes = accept["edit"]["documentChanges"].as_array().unwrap();
    let config = uri(&dir.path().join("termlint.toml"));
    assert_eq!(
        changes[0],
        json!({"kind": "create", "uri": config, "options": {"overwrite": false, "ignoreIfExists": true}})
    );
    assert_eq!(changes[1]["textDocument"]["uri"], config);
    assert_eq!(
        changes[1]["edits"][0]["newText"],
        "accept = [\"web hook\"]\n"
    );
    assert!(client.shutdown().success());
}

#[test]
fn hover_shows_the_glossary_entry() {
    let dir = project(CONFIG);
    let path = dir.path().join("docs/page.md");
    let text = "The web hook fires.\nEach webhook is signed.\nIt fires.\n";
    let (mut client, _) = Client::start(dir.path(), false);
    client.open(&path, "markdown", text);
    client.diagnostics(&path);
    let hover = |client: &mut Client, line: u64, character: u64| {
        client
            .request(
                "textDocument/hover",
                json!({
                    "textDocument": {"uri": uri(&path)},
                    "position": {"line": line, "character": character},
                }),
            )
            .unwrap()
    };
    // On a finding: the entry and the suggestion.
    let flagged = hover(&mut client, 0, 6);
    let page = flagged["contents"]["value"].as_str().unwrap();
    assert!(page.starts_with("**webhook** · `webhook`"), "{page}");
    assert!(
        page.contains("**Why:** Clerk writes 'webhook' as one word."),
        "{page}"
    );
    assert!(page.contains("**Avoid:** `web hook`"), "{page}");
    assert!(page.contains("**Suggestion:** `webhook`"), "{page}");
    assert!(page.contains("**Example:**\n- ✗ "), "{page}");
    assert_eq!(range(&flagged), [0, 4, 0, 12]);
    // On a glossary term written correctly: the entry, no suggestion.
    let term = hover(&mut client, 1, 7);
    let page = term["contents"]["value"].as_str().unwrap();
    assert!(
        page.starts_with("**webhook**") && !page.contains("Suggestion"),
        "{page}"
    );
    assert_eq!(range(&term), [1, 5, 1, 12]);
    // Elsewhere: nothing.
    assert_eq!(hover(&mut client, 2, 4), Value::Null);
    assert!(client.shutdown().success());
}

#[test]
fn incremental_changes_update_the_diagnostics() {
    let dir = project(CONFIG);
    let path = dir.path().join("docs/page.md");
    let (mut client, _) = Client::start(dir.path(), false);
    client.open(&path, "markdown", PAGE);
    let before = client.diagnostics(&path);
    assert_eq!(
        codes(&before),
        ["webhook", "sign-into", "clerk-dashboard", "login"]
    );
    // "web hook" → "webhook" (UTF-16 columns 15..23 of line 2), and a new line with a tint.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": uri(&path), "version": 2},
            "contentChanges": [
                {"range": {"start": {"line": 2, "character": 15}, "end": {"line": 2, "character": 23}}, "text": "webhook"},
                {"range": {"start": {"line": 5, "character": 0}, "end": {"line": 5, "character": 0}}, "text": "A tint 🎉.\n"},
            ],
        }),
    );
    let after = client.diagnostics(&path);
    assert_eq!(
        codes(&after),
        ["sign-into", "clerk-dashboard", "login", "tint"]
    );
    assert_eq!(range(&after[3]), [5, 2, 5, 6]);
    // Closing the document clears its diagnostics.
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri(&path)}}),
    );
    assert!(client.diagnostics(&path).is_empty());
    assert!(client.shutdown().success());
}

#[test]
fn a_config_error_is_a_diagnostic_on_the_config_and_the_server_keeps_serving() {
    let broken = "glossaries = [\"terms.toml\"]\nexlude = [\"drafts/**\"]\n";
    let dir = project(broken);
    let path = dir.path().join("docs/page.md");
    let config = dir.path().join("termlint.toml");
    let (mut client, _) = Client::start(dir.path(), false);
    client.open(&path, "markdown", PAGE);
    assert!(
        client.diagnostics(&path).is_empty(),
        "no linter for a broken config"
    );
    let errors = client.diagnostics(&config);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0]["severity"], 1);
    assert_eq!(range(&errors[0]), [1, 0, 1, 6], "the unknown key");
    let message = errors[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("invalid config: unknown field `exlude`"),
        "{message}"
    );

    // Unknown requests get an error, and the server still answers afterwards.
    let error = client.request("termlint/unknown", json!({})).unwrap_err();
    assert_eq!(error["code"], -32601);

    std::fs::write(&config, CONFIG).unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&config), "type": 2}]}),
    );
    assert!(codes(&client.diagnostics(&path)).contains(&"webhook"));
    // The broken config may have been published more than once before the change (at start and
    // at the first open), so earlier publications can still be queued: the error is cleared when
    // a publication for the config comes empty, within a few.
    let cleared = (0..4).any(|_| client.diagnostics(&config).is_empty());
    assert!(cleared, "the error is cleared");
    assert!(client.shutdown().success());
}

#[test]
fn a_glossary_change_reloads_the_rules() {
    let dir = project(CONFIG);
    let path = dir.path().join("docs/page.md");
    let (mut client, _) = Client::start(dir.path(), false);
    client.open(&path, "markdown", "A tint and a dye.\n");
    assert_eq!(codes(&client.diagnostics(&path)), ["tint"]);
    let glossary = dir.path().join("terms.toml");
    let text = std::fs::read_to_string(&glossary)
        .unwrap()
        .replace("\"tint\"]", "\"dye\"]");
    std::fs::write(&glossary, text).unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&glossary), "type": 2}]}),
    );
    let after = client.diagnostics(&path);
    assert_eq!(codes(&after), ["tint"]);
    assert_eq!(range(&after[0]), [0, 13, 0, 16], "now the dye");
    assert!(client.shutdown().success());
}

#[test]
fn exit_without_shutdown_fails() {
    let dir = project(CONFIG);
    let (client, _) = Client::start(dir.path(), false);
    assert_eq!(client.exit_without_shutdown().code(), Some(1));
}

#[test]
fn each_folder_of_a_multi_root_workspace_has_its_own_config() {
    let top = tempfile::tempdir().unwrap();
    let text = "Configure the web hook.\n";
    for (name, config) in [("site", "accept = [\"web hook\"]\n"), ("api", "")] {
        let root = top.path().join(name);
        std::fs::create_dir_all(root.join(".git")).unwrap();
        std::fs::create_dir_all(root.join("docs")).unwrap();
        std::fs::write(root.join("termlint.toml"), config).unwrap();
    }
    let (site, api) = (top.path().join("site"), top.path().join("api"));
    let (mut client, _) = Client::start_with_folders(top.path(), &[&site, &api], false);
    let site_page = site.join("docs/page.md");
    client.open(&site_page, "markdown", text);
    assert!(
        client.diagnostics(&site_page).is_empty(),
        "site accepts the spelling"
    );
    let api_page = api.join("docs/page.md");
    client.open(&api_page, "markdown", text);
    assert_eq!(codes(&client.diagnostics(&api_page)), ["webhook"]);
    // Accepting it in api edits api's config, not site's.
    let actions = actions_at(&mut client, &api_page, 0, 16);
    let accept = titled(&actions, "Accept `web hook`");
    let config = api.join("termlint.toml");
    let edits = edits_for(&accept["edit"], &config);
    assert_eq!(client.apply("", &edits), "accept = [\"web hook\"]\n");
    assert!(client.shutdown().success());
}
