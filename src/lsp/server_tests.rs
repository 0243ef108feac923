//! The server over an in-memory connection, with a linter that panics on one document: the
//! panic is logged to the client, that document gets no diagnostics, and the server goes on.

use std::time::Duration;

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{Value, json};

use super::{Exit, Server, panic_message};
use crate::diagnostic::Finding;
use crate::lint::Linter;
use crate::lsp::convert::Encoding;
use crate::source::FileKind;

fn explosive(linter: &Linter, kind: FileKind, text: &str) -> Vec<Finding> {
    assert!(!text.contains("boom"), "the linter broke on purpose");
    linter.lint(kind, text)
}

fn open(client: &Connection, uri: &str, text: &str) {
    let params = json!({"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text,
    }});
    let note = Notification::new("textDocument/didOpen".into(), params);
    client.sender.send(note.into()).unwrap();
}

fn next(client: &Connection) -> Message {
    client
        .receiver
        .recv_timeout(Duration::from_secs(20))
        .expect("the server answers")
}

/// Messages until a publishDiagnostics for `uri`; returns them all.
fn until_diagnostics(client: &Connection, uri: &str) -> Vec<Message> {
    let mut seen = Vec::new();
    loop {
        let message = next(client);
        let done = matches!(&message, Message::Notification(n)
            if n.method == "textDocument/publishDiagnostics" && n.params["uri"] == uri);
        seen.push(message);
        if done {
            return seen;
        }
    }
}

fn diagnostics(messages: &[Message]) -> &Value {
    match messages.last() {
        Some(Message::Notification(n)) => &n.params["diagnostics"],
        other => panic!("not diagnostics: {other:?}"),
    }
}

#[test]
fn a_panic_while_linting_one_document_spares_the_server() {
    let (server, client) = Connection::memory();
    let running = std::thread::spawn(move || {
        let server = Server::new(server, Encoding::Utf16, Vec::new(), false);
        server.with_lint(explosive).run().map_err(|e| e.to_string())
    });
    let broken = "untitled:boom";
    open(&client, broken, "The web hook goes boom.\n");
    let seen = until_diagnostics(&client, broken);
    assert_eq!(diagnostics(&seen), &json!([]));
    let logged = seen.iter().any(|m| {
        matches!(m, Message::Notification(n)
        if n.method == "window/logMessage" && n.params["type"] == 1
            && n.params["message"].as_str().unwrap().contains("the linter broke on purpose"))
    });
    assert!(logged, "{seen:?}");

    // Another document is linted as usual, and requests are still answered.
    let fine = "untitled:fine";
    open(&client, fine, "The web hook fires.\n");
    let seen = until_diagnostics(&client, fine);
    assert_eq!(diagnostics(&seen)[0]["code"], "webhook");
    let hover = Request::new(
        RequestId::from(1),
        "textDocument/hover".into(),
        json!({"textDocument": {"uri": fine}, "position": {"line": 0, "character": 6}}),
    );
    client.sender.send(hover.into()).unwrap();
    match next(&client) {
        Message::Response(r) => {
            let result = r.response_result.expect("a hover");
            let page = result["contents"]["value"].as_str().unwrap();
            assert!(page.contains("webhook"), "{page}");
        }
        other => panic!("not a response: {other:?}"),
    }

    let shutdown = Request::new(RequestId::from(2), "shutdown".into(), Value::Null);
    client.sender.send(shutdown.into()).unwrap();
    assert!(matches!(next(&client), Message::Response(_)));
    let exit = Notification::new("exit".into(), Value::Null);
    client.sender.send(exit.into()).unwrap();
    assert_eq!(running.join().unwrap(), Ok(Exit::Clean));
}

#[test]
fn a_notification_it_cannot_read_is_logged_and_the_server_goes_on() {
    let (server, client) = Connection::memory();
    let running = std::thread::spawn(move || {
        let server = Server::new(server, Encoding::Utf8, Vec::new(), false);
        server.run().map_err(|e| e.to_string())
    });
    let broken = [
        (
            "textDocument/didOpen",
            json!({"textDocument": {"uri": "untitled:a"}}),
        ),
        ("textDocument/didChange", json!({"textDocument": 7})),
        ("textDocument/didClose", Value::Null),
        ("workspace/didChangeWatchedFiles", json!({"changes": "all"})),
    ];
    for (method, params) in broken {
        let note = Notification::new(method.into(), params);
        client.sender.send(note.into()).unwrap();
        match next(&client) {
            Message::Notification(n) if n.method == "window/logMessage" => {
                assert_eq!(n.params["type"], 2, "a warning");
                let message = n.params["message"].as_str().unwrap();
                assert!(
                    message.starts_with(&format!("ignored {method}: ")),
                    "{message}"
                );
            }
            other => panic!("{method}: not a log message: {other:?}"),
        }
    }
    let fine = "untitled:fine";
    open(&client, fine, "The web hook fires.\n");
    let seen = until_diagnostics(&client, fine);
    assert_eq!(diagnostics(&seen)[0]["code"], "webhook");
    drop(client);
    assert_eq!(running.join().unwrap(), Ok(Exit::Abrupt));
}

#[test]
fn panics_are_described() {
    let payload = std::panic::catch_unwind(|| panic!("boom {}", 1)).unwrap_err();
    assert_eq!(panic_message(&payload), "boom 1");
    let payload = std::panic::catch_unwind(|| panic!("static")).unwrap_err();
    assert_eq!(panic_message(&payload), "static");
}
