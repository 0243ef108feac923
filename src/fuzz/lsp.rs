//! The language server's message handling under fuzzer-chosen sequences of JSON-RPC messages:
//! documents opened and edited with arbitrary text and ranges (in either position encoding),
//! code actions, hovers, commands, unknown methods, malformed params and raw frames. The server
//! runs over an in-memory connection, one message at a time, exactly as its loop handles them.
//!
//! What must hold: the server never fails or panics (a panic it catches is reported as an
//! internal error or an error log, which count as failures here), answers every request once and
//! in order, and every range it sends for an open document is a position of that document's
//! current text that maps back to itself.

use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::Uri;
use serde_json::{Value, json};

use super::Bytes;
use crate::lsp::config::Workspace;
use crate::lsp::convert::{Encoding, LineIndex};
use crate::lsp::server::Server;

/// The documents a sequence can name: files under the fuzz workspace (with a config, so that
/// config discovery and the accept action run), an `untitled:` buffer linted by its language,
/// and URIs that are not files at all.
const DOCUMENTS: &[&str] = &[
    "docs/guide.md",
    "docs/page.mdx",
    "src/app.ts",
    "notes.txt",
    "termlint.toml",
    "untitled:Untitled-1",
    "untitled:Untitled-2",
    "https://example.com/a.md",
];

const LANGUAGES: &[&str] = &[
    "markdown",
    "mdx",
    "typescript",
    "typescriptreact",
    "python",
    "rust",
    "plaintext",
    "toml",
    "",
];

const METHODS: &[&str] = &[
    "textDocument/didOpen",
    "textDocument/didChange",
    "textDocument/didClose",
    "textDocument/didSave",
    "textDocument/codeAction",
    "textDocument/hover",
    "workspace/executeCommand",
    "workspace/didChangeWatchedFiles",
    "workspace/didChangeWorkspaceFolders",
    "shutdown",
    "exit",
    "$/cancelRequest",
    "textDocument/completion",
];

/// A workspace on disk shared by every run: a repository with a config that changes severities
/// and accepts a word, and a user glossary it reads.
fn root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        // One directory for every run, so that none is left behind per process; files are
        // replaced by renaming, so a run reading them while another writes sees whole files.
        let dir = std::env::temp_dir().join("termlint-fuzz-lsp");
        let files: &[(&str, &str)] = &[
            (".git/HEAD", "ref: refs/heads/main\n"),
            (
                "termlint.toml",
                "accept = [\"sign-in\"]\nglossaries = [\"terms.toml\"]\n\n[rules]\nwebhook = \"error\"\n",
            ),
            (
                "terms.toml",
                "[[term]]\nid = \"frob\"\ncategory = \"fuzz\"\npreferred = [\"frobnicator\"]\navoid = [\"frobber\"]\nmessage = \"Say frobnicator.\"\n",
            ),
            ("docs/.keep", ""),
            ("src/.keep", ""),
        ];
        for (name, text) in files {
            let path = dir.join(name);
            if std::fs::read_to_string(&path).is_ok_and(|now| now == *text) {
                continue;
            }
            std::fs::create_dir_all(path.parent().expect("a parent")).expect("fuzz workspace");
            let fresh = path.with_extension(format!("new{}", std::process::id()));
            std::fs::write(&fresh, text).expect("fuzz workspace");
            std::fs::rename(&fresh, &path).expect("fuzz workspace");
        }
        dir
    })
}

/// The workspace with the linters built for earlier runs: building the linter for a config
/// (glossary, automata) is the expensive part of a run, and a run leaves nothing in it that a
/// later run could see (the folders are reset; documents live in the server).
static CACHED: Mutex<Option<Workspace>> = Mutex::new(None);

fn workspace() -> Workspace {
    let cached = CACHED.lock().unwrap_or_else(|e| e.into_inner()).take();
    let mut workspace = cached.unwrap_or_else(|| Workspace::new(Vec::new()));
    workspace.folders = vec![root().to_path_buf()];
    workspace
}

fn put_back(workspace: Workspace) {
    *CACHED.lock().unwrap_or_else(|e| e.into_inner()) = Some(workspace);
}

fn uri(pick: u8) -> Uri {
    let name = DOCUMENTS[usize::from(pick) % DOCUMENTS.len()];
    let text = if name.contains(':') {
        name.to_string()
    } else {
        format!("file://{}/{name}", root().display())
    };
    text.parse().expect("a valid URI")
}

/// A line or column: mostly small, sometimes far past the end or at the edge of `u32`.
fn coordinate(bytes: &mut Bytes<'_>) -> u32 {
    match bytes.byte() {
        b @ 0..=239 => u32::from(b % 24),
        240..=247 => 1_000,
        248..=251 => u32::from(u16::MAX),
        252..=253 => i32::MAX as u32,
        _ => u32::MAX,
    }
}

fn position(bytes: &mut Bytes<'_>) -> Value {
    json!({"line": coordinate(bytes), "character": coordinate(bytes)})
}

fn range(bytes: &mut Bytes<'_>) -> Value {
    json!({"start": position(bytes), "end": position(bytes)})
}

/// A JSON value of any shape, for params the server must reject without failing.
fn any_value(bytes: &mut Bytes<'_>, depth: u8) -> Value {
    match bytes.byte() % if depth > 3 { 5 } else { 7 } {
        0 => Value::Null,
        1 => Value::Bool(bytes.byte().is_multiple_of(2)),
        2 => json!(i64::from(bytes.byte()) - 128),
        3 => json!(f64::from(bytes.byte()) / 3.0),
        4 => Value::String(bytes.text(16)),
        5 => {
            let n = bytes.byte() % 4;
            Value::Array((0..n).map(|_| any_value(bytes, depth + 1)).collect())
        }
        _ => {
            let keys = [
                "textDocument",
                "uri",
                "range",
                "position",
                "context",
                "text",
                "version",
                "contentChanges",
                "only",
                "diagnostics",
                "command",
                "arguments",
                "changes",
                "event",
            ];
            let n = bytes.byte() % 4;
            let map = (0..n)
                .map(|_| {
                    let key = keys[usize::from(bytes.byte()) % keys.len()].to_string();
                    (key, any_value(bytes, depth + 1))
                })
                .collect();
            Value::Object(map)
        }
    }
}

/// The next message of the sequence, or `None` at the end of the input.
fn message(bytes: &mut Bytes<'_>, next_id: &mut i32) -> Option<Message> {
    if bytes.is_empty() {
        return None;
    }
    let op = bytes.byte();
    let mut request = |method: &str, params: Value| {
        *next_id += 1;
        Some(Request::new(RequestId::from(*next_id), method.into(), params).into())
    };
    let notify =
        |method: &str, params: Value| Some(Notification::new(method.into(), params).into());
    match op % 16 {
        0 | 1 => {
            let uri = uri(bytes.byte());
            let language = LANGUAGES[usize::from(bytes.byte()) % LANGUAGES.len()];
            let text = bytes.document_text();
            notify(
                "textDocument/didOpen",
                json!({"textDocument": {"uri": uri.as_str(), "languageId": language,
                    "version": i32::from(bytes.byte()), "text": text}}),
            )
        }
        2..=4 => {
            let uri = uri(bytes.byte());
            let changes: Vec<Value> = (0..1 + bytes.byte() % 3)
                .map(|_| {
                    let text = bytes.document_text();
                    match bytes.byte() % 8 {
                        0 => json!({"text": text}),
                        1 => json!({"range": range(bytes), "rangeLength": 3, "text": text}),
                        _ => json!({"range": range(bytes), "text": text}),
                    }
                })
                .collect();
            notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri.as_str(), "version": i32::from(bytes.byte())},
                    "contentChanges": changes}),
            )
        }
        5 => notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": uri(bytes.byte()).as_str()}}),
        ),
        6 | 7 => {
            let uri = uri(bytes.byte());
            let only = match bytes.byte() % 5 {
                0 => Value::Null,
                1 => json!(["quickfix"]),
                2 => json!(["source.fixAll.termlint"]),
                3 => json!(["source"]),
                _ => json!([bytes.text(12)]),
            };
            request(
                "textDocument/codeAction",
                json!({"textDocument": {"uri": uri.as_str()}, "range": range(bytes),
                    "context": {"diagnostics": [], "only": only}}),
            )
        }
        8 | 9 => {
            let uri = uri(bytes.byte());
            request(
                "textDocument/hover",
                json!({"textDocument": {"uri": uri.as_str()}, "position": position(bytes)}),
            )
        }
        10 => {
            let command = bytes.text(24);
            let arguments = any_value(bytes, 1);
            request(
                "workspace/executeCommand",
                json!({"command": command, "arguments": [arguments]}),
            )
        }
        11 => {
            // A known method with params of any shape: a request or a notification.
            let method = METHODS[usize::from(bytes.byte()) % METHODS.len()];
            let params = any_value(bytes, 0);
            if bytes.byte().is_multiple_of(2) {
                request(method, params)
            } else {
                notify(method, params)
            }
        }
        12 => {
            // Configs and glossaries changing on disk (as the client reports it), which reloads
            // them: rarely, since it throws away the linters built.
            if !bytes.byte().is_multiple_of(4) {
                return notify("$/progress", json!({}));
            }
            let uri = uri(bytes.byte());
            match bytes.byte() % 3 {
                0 => notify(
                    "textDocument/didSave",
                    json!({"textDocument": {"uri": uri.as_str()}}),
                ),
                1 => notify(
                    "workspace/didChangeWatchedFiles",
                    json!({"changes": [{"uri": uri.as_str(), "type": 2}]}),
                ),
                _ => notify(
                    "workspace/didChangeWorkspaceFolders",
                    json!({"event": {"added": [{"uri": uri.as_str(), "name": "a"}], "removed": []}}),
                ),
            }
        }
        13 => {
            // A raw frame through lsp-server's own reader: whatever it makes of the bytes.
            let body = bytes.text(64);
            let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
            Message::read(&mut BufReader::new(frame.as_bytes()))
                .ok()
                .flatten()
                .or_else(|| notify("$/ignored", Value::Null))
        }
        14 => Some(Message::Response(Response::new_ok(
            RequestId::from(bytes.text(4)),
            any_value(bytes, 2),
        ))),
        _ => {
            let method = bytes.text(20);
            if bytes.byte().is_multiple_of(2) {
                request(&method, any_value(bytes, 1))
            } else {
                notify(&method, any_value(bytes, 1))
            }
        }
    }
}

/// Runs a sequence of messages through a fresh server and checks every message it sends.
pub fn lsp(data: &[u8]) {
    let Some((&setup, rest)) = data.split_first() else {
        return;
    };
    let encoding = match setup % 2 {
        0 => Encoding::Utf16,
        _ => Encoding::Utf8,
    };
    let (server_side, client) = Connection::memory();
    let mut server = Server::new(server_side, encoding, Vec::new(), false);
    *server.workspace_mut() = workspace();
    let mut bytes = Bytes::new(rest);
    let mut next_id = 0;
    // The requests not answered yet, with the document each asks about.
    let mut pending: Vec<(RequestId, Option<String>)> = Vec::new();
    let mut shut_down = false;
    while let Some(message) = message(&mut bytes, &mut next_id) {
        if let Message::Request(request) = &message {
            let uri = request.params["textDocument"]["uri"]
                .as_str()
                .map(String::from);
            pending.push((request.id.clone(), uri));
            shut_down |= request.method == "shutdown";
        }
        // A burst (the flag is the high bit of the setup byte) is handled before diagnostics are
        // published, as the loop does with queued messages.
        let exit = server
            .handle(message)
            .expect("the server handles any message");
        if setup & 0x80 == 0 || bytes.is_empty() {
            server.flush().expect("the server publishes");
        }
        check_sent(&client, &server, &mut pending, shut_down);
        if exit.is_some() {
            break;
        }
    }
    server.flush().expect("the server publishes");
    check_sent(&client, &server, &mut pending, shut_down);
    assert!(
        pending.is_empty(),
        "requests without an answer: {pending:?}"
    );
    put_back(std::mem::replace(
        server.workspace_mut(),
        Workspace::new(Vec::new()),
    ));
}

/// Checks what the server sent since the last look.
fn check_sent(
    client: &Connection,
    server: &Server,
    pending: &mut Vec<(RequestId, Option<String>)>,
    shut_down: bool,
) {
    while let Ok(message) = client.receiver.try_recv() {
        match message {
            Message::Response(response) => {
                assert!(
                    pending.first().is_some_and(|(id, _)| *id == response.id),
                    "an answer out of order or never asked for: {response:?}, waiting for {pending:?}"
                );
                let (_, uri) = pending.remove(0);
                match &response.response_result {
                    Err(error) => assert_ne!(
                        error.code,
                        ErrorCode::InternalError as i32,
                        "a request failed inside the server: {}",
                        error.message
                    ),
                    Ok(result) if !shut_down => check_ranges(server, result, uri.as_deref()),
                    Ok(_) => {}
                }
            }
            Message::Notification(note) => {
                if note.method == "window/logMessage" {
                    assert_ne!(note.params["type"], 1, "an error logged: {}", note.params);
                }
                if note.method == "textDocument/publishDiagnostics" {
                    check_ranges(server, &note.params, None);
                }
            }
            Message::Request(_) => {}
        }
    }
}

/// Every range in `value` that belongs to an open document (a diagnostic's, a hover's, a text
/// edit's) is made of positions of its current text: each maps to a byte offset and back to
/// itself, and a range never ends before it starts.
fn check_ranges(server: &Server, value: &Value, uri: Option<&str>) {
    let mut found = Vec::new();
    ranges(value, uri, &mut found);
    for (uri, range) in found {
        let Some(uri) = uri.and_then(|u| u.parse::<Uri>().ok()) else {
            continue;
        };
        let Some(text) = server.document_text(&uri) else {
            continue;
        };
        let Ok(range) = serde_json::from_value::<lsp_types::Range>(range.clone()) else {
            panic!("not a range: {range}");
        };
        let index = LineIndex::new(text, server.encoding());
        for at in [range.start, range.end] {
            let offset = index.offset(at);
            assert_eq!(
                index.position(offset),
                at,
                "{at:?} is not a position of the {}-byte text of {}",
                text.len(),
                uri.as_str()
            );
        }
        assert!(
            index.offset(range.start) <= index.offset(range.end),
            "{range:?} ends before it starts"
        );
    }
}

/// The `range` objects in `value`, each with the URI of the nearest object above it that names
/// one (`uri`, `textDocument.uri`, or the key of an edit map), else the document asked about.
fn ranges<'a>(value: &'a Value, uri: Option<&'a str>, out: &mut Vec<(Option<&'a str>, &'a Value)>) {
    match value {
        Value::Object(map) => {
            let uri = map
                .get("uri")
                .or_else(|| map.get("textDocument").and_then(|d| d.get("uri")))
                .and_then(Value::as_str)
                .or(uri);
            for (key, inner) in map {
                if key == "range" {
                    out.push((uri, inner));
                } else if key == "changes" {
                    if let Value::Object(by_uri) = inner {
                        for (uri, edits) in by_uri {
                            ranges(edits, Some(uri), out);
                        }
                    }
                } else {
                    ranges(inner, uri, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| ranges(v, uri, out)),
        _ => {}
    }
}
