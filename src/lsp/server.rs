//! The message loop: documents in, diagnostics out, requests answered. Synchronous on purpose:
//! linting one document takes milliseconds, and everything queued is applied before linting, so
//! a burst of keystrokes costs one lint (a debounce that adds no delay).

use std::collections::{HashMap, HashSet};
use std::error::Error;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeActionOrCommand, CodeActionParams, Diagnostic, DidChangeWatchedFilesRegistrationOptions,
    FileSystemWatcher, GlobPattern, Hover, HoverContents, HoverParams, LogMessageParams,
    MarkupContent, MarkupKind, MessageType, PublishDiagnosticsParams, Registration,
    RegistrationParams, Uri,
};
use serde::de::DeserializeOwned;

use super::actions::{self, Context};
use super::config::Workspace;
use super::convert::{Encoding, LineIndex, apply_change};
use super::diagnostics;
use super::documents::{Document, Documents};
use super::{hover, uri};
use crate::diagnostic::Finding;
use crate::lint::Linter;
use crate::source::FileKind;

type Fallible<T> = Result<T, Box<dyn Error + Send + Sync>>;

/// How a document is linted: [`Linter::lint`], replaced in tests by one that panics.
pub(crate) type LintFn = fn(&Linter, FileKind, &str) -> Vec<Finding>;

/// How the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// `shutdown` then `exit`.
    Clean,
    /// `exit` without `shutdown`, or the client went away.
    Abrupt,
}

#[allow(missing_debug_implementations)] // the connection is not Debug
pub struct Server {
    connection: Connection,
    encoding: Encoding,
    documents: Documents,
    workspace: Workspace,
    /// The diagnostics of each document's last lint.
    linted: HashMap<Uri, Vec<Diagnostic>>,
    /// The config problems published, by config file.
    problems: HashMap<Uri, Vec<Diagnostic>>,
    dirty: Vec<Uri>,
    watch: bool,
    next_id: i32,
    /// `shutdown` was received: only `exit` is expected now.
    shut_down: bool,
    lint: LintFn,
}

impl Server {
    pub fn new(
        connection: Connection,
        encoding: Encoding,
        folders: Vec<PathBuf>,
        watch: bool,
    ) -> Server {
        Server {
            connection,
            encoding,
            documents: Documents::new(),
            workspace: Workspace::new(folders),
            linted: HashMap::new(),
            problems: HashMap::new(),
            dirty: Vec::new(),
            watch,
            next_id: 0,
            shut_down: false,
            lint: Linter::lint,
        }
    }

    #[cfg(test)]
    pub(crate) fn with_lint(mut self, lint: LintFn) -> Server {
        self.lint = lint;
        self
    }

    /// The position encoding agreed with the client.
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// The current text of an open document.
    pub fn document_text(&self, uri: &Uri) -> Option<&str> {
        self.documents.get(uri).map(|d| d.text.as_str())
    }

    /// The configs and the linters built for them, to carry from one fuzzed session to the
    /// next.
    pub(crate) fn workspace_mut(&mut self) -> &mut Workspace {
        &mut self.workspace
    }

    pub fn run(mut self) -> Fallible<Exit> {
        if self.watch {
            self.register_watchers()?;
        }
        while let Ok(message) = self.connection.receiver.recv() {
            if let Some(exit) = self.handle(message)? {
                return Ok(exit);
            }
            while let Ok(message) = self.connection.receiver.try_recv() {
                if let Some(exit) = self.handle(message)? {
                    return Ok(exit);
                }
            }
            self.flush()?;
        }
        Ok(Exit::Abrupt)
    }

    /// Handles one message; `Some` when it ends the session. Fails only when the client is gone.
    pub(crate) fn handle(&mut self, message: Message) -> Fallible<Option<Exit>> {
        match message {
            Message::Request(request) => {
                let id = request.id.clone();
                if self.shut_down {
                    let error = Response::new_err(
                        id,
                        ErrorCode::InvalidRequest as i32,
                        "the server is shutting down".into(),
                    );
                    self.connection.sender.send(error.into())?;
                    return Ok(None);
                }
                if request.method == req::Shutdown::METHOD {
                    self.shut_down = true;
                    self.connection
                        .sender
                        .send(Response::new_ok(id, ()).into())?;
                    return Ok(None);
                }
                let method = request.method.clone();
                let answer = panic::catch_unwind(AssertUnwindSafe(|| self.request(request)));
                let response = match answer {
                    Ok(Ok(response)) => response,
                    Ok(Err(error)) => {
                        Response::new_err(id, ErrorCode::InvalidParams as i32, error.to_string())
                    }
                    Err(payload) => {
                        let why = panic_message(&payload);
                        self.log(MessageType::ERROR, format!("{method} failed: {why}"))?;
                        Response::new_err(id, ErrorCode::InternalError as i32, why)
                    }
                };
                self.connection.sender.send(response.into())?;
            }
            Message::Notification(notification) => {
                if notification.method == note::Exit::METHOD {
                    return Ok(Some(match self.shut_down {
                        true => Exit::Clean,
                        false => Exit::Abrupt,
                    }));
                }
                // A notification has no answer to carry an error: one the server cannot read is
                // logged and dropped, and the server goes on (it used to stop).
                let method = notification.method.clone();
                if let Err(error) = self.notification(notification) {
                    let message = format!("ignored {method}: {error}");
                    self.log(MessageType::WARNING, message)?;
                }
            }
            // Replies to our registrations: nothing to do with them.
            Message::Response(_) => {}
        }
        Ok(None)
    }

    fn request(&mut self, request: Request) -> Fallible<Response> {
        let id = request.id.clone();
        Ok(match request.method.as_str() {
            req::CodeActionRequest::METHOD => {
                let result = self.code_actions(params(request)?);
                Response::new_ok(id, result)
            }
            req::HoverRequest::METHOD => {
                let result = self.hover(params(request)?);
                Response::new_ok(id, result)
            }
            method => Response::new_err(
                id,
                ErrorCode::MethodNotFound as i32,
                format!("termlint does not handle `{method}`"),
            ),
        })
    }

    fn notification(&mut self, notification: Notification) -> Fallible<()> {
        match notification.method.as_str() {
            note::DidOpenTextDocument::METHOD => {
                let p: lsp_types::DidOpenTextDocumentParams = params(notification)?;
                let doc = p.text_document;
                let document = Document::new(&doc.uri, &doc.language_id, doc.text, doc.version);
                self.documents.insert(doc.uri.clone(), document);
                self.dirty.push(doc.uri);
            }
            note::DidChangeTextDocument::METHOD => {
                let p: lsp_types::DidChangeTextDocumentParams = params(notification)?;
                let uri = p.text_document.uri;
                if let Some(doc) = self.documents.get_mut(&uri) {
                    for change in p.content_changes {
                        apply_change(&mut doc.text, change, self.encoding);
                    }
                    doc.version = p.text_document.version;
                    doc.findings = None;
                    self.dirty.push(uri);
                }
            }
            note::DidCloseTextDocument::METHOD => {
                let p: lsp_types::DidCloseTextDocumentParams = params(notification)?;
                let uri = p.text_document.uri;
                self.documents.remove(&uri);
                self.linted.remove(&uri);
                self.dirty.retain(|u| *u != uri);
                self.publish(&uri)?;
            }
            note::DidSaveTextDocument::METHOD => {
                let p: lsp_types::DidSaveTextDocumentParams = params(notification)?;
                // For clients that do not watch files: saving a config in the editor reloads.
                if uri::to_path(&p.text_document.uri).is_some_and(|p| self.workspace.watches(&p)) {
                    self.reload();
                }
            }
            note::DidChangeWatchedFiles::METHOD => {
                let p: lsp_types::DidChangeWatchedFilesParams = params(notification)?;
                let watched = p
                    .changes
                    .iter()
                    .filter_map(|change| uri::to_path(&change.uri))
                    .any(|path| self.workspace.watches(&path));
                if watched {
                    self.reload();
                }
            }
            note::DidChangeWorkspaceFolders::METHOD => {
                let p: lsp_types::DidChangeWorkspaceFoldersParams = params(notification)?;
                let removed: Vec<PathBuf> = p
                    .event
                    .removed
                    .iter()
                    .filter_map(|f| uri::to_path(&f.uri))
                    .collect();
                self.workspace.folders.retain(|f| !removed.contains(f));
                let added = p.event.added.iter().filter_map(|f| uri::to_path(&f.uri));
                self.workspace.folders.extend(added);
                self.reload();
            }
            _ => {}
        }
        Ok(())
    }

    /// Rereads every config and glossary, and lints every open document again.
    fn reload(&mut self) {
        self.workspace.reload();
        for (uri, doc) in &mut self.documents {
            doc.findings = None;
            self.dirty.push(uri.clone());
        }
    }

    /// Lints the documents changed since the last flush and publishes their diagnostics, then
    /// the config problems.
    pub(crate) fn flush(&mut self) -> Fallible<()> {
        let mut seen = HashSet::new();
        let dirty = std::mem::take(&mut self.dirty);
        for uri in dirty.into_iter().filter(|u| seen.insert(u.clone())) {
            self.findings(&uri)?;
            self.publish(&uri)?;
        }
        self.publish_problems()
    }

    /// The findings of a document's current text, linting it if needed. A panic while linting
    /// leaves the document without findings and is logged to the client.
    fn findings(&mut self, uri: &Uri) -> Fallible<Option<&[Finding]>> {
        let Some(doc) = self.documents.get(uri) else {
            return Ok(None);
        };
        if doc.findings.is_none() {
            let outcome = match doc.kind {
                None => Ok(Vec::new()),
                Some(kind) => match self.workspace.setup(doc.path.as_deref()) {
                    Ok(Some(setup)) => {
                        let (text, lint) = (doc.text.as_str(), self.lint);
                        panic::catch_unwind(AssertUnwindSafe(|| lint(&setup.linter, kind, text)))
                            .map_err(|payload| panic_message(&payload))
                    }
                    Ok(None) | Err(_) => Ok(Vec::new()),
                },
            };
            let findings = match outcome {
                Ok(findings) => findings,
                Err(why) => {
                    let message = format!("linting {} failed: {why}", uri.as_str());
                    self.log(MessageType::ERROR, message)?;
                    Vec::new()
                }
            };
            let doc = self.documents.get_mut(uri).expect("looked up above");
            let diagnostics = diagnostics::for_findings(&doc.text, &findings, self.encoding);
            self.linted.insert(uri.clone(), diagnostics);
            doc.findings = Some(findings);
        }
        Ok(self.documents[uri].findings.as_deref())
    }

    /// Sends a document's diagnostics: its findings and, for a config file, its problems.
    fn publish(&self, uri: &Uri) -> Fallible<()> {
        let own = self.linted.get(uri).into_iter().flatten();
        let problems = self.problems.get(uri).into_iter().flatten();
        let params = PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics: own.chain(problems).cloned().collect(),
            version: self.documents.get(uri).map(|d| d.version),
        };
        let notification = Notification::new(note::PublishDiagnostics::METHOD.into(), params);
        self.connection.sender.send(notification.into())?;
        Ok(())
    }

    /// Publishes config problems on their files, and clears the ones that went away.
    fn publish_problems(&mut self) -> Fallible<()> {
        let mut now: HashMap<Uri, Vec<Diagnostic>> = HashMap::new();
        for problem in self.workspace.problems() {
            let Some(file) = &problem.file else { continue };
            let Some(uri) = uri::from_path(file) else {
                continue;
            };
            let text = match self.documents.get(&uri) {
                Some(doc) => doc.text.clone(),
                None => std::fs::read_to_string(file).unwrap_or_default(),
            };
            let diagnostic = diagnostics::for_problem(&text, &problem, self.encoding);
            now.entry(uri).or_default().push(diagnostic);
        }
        let before = std::mem::replace(&mut self.problems, now);
        let mut changed: Vec<&Uri> = before
            .iter()
            .filter(|(uri, d)| self.problems.get(*uri) != Some(d))
            .map(|(uri, _)| uri)
            .collect();
        changed.extend(
            self.problems
                .iter()
                .filter(|(uri, d)| before.get(*uri) != Some(d))
                .map(|(uri, _)| uri),
        );
        for uri in changed {
            self.publish(uri)?;
        }
        Ok(())
    }

    fn code_actions(&mut self, p: CodeActionParams) -> Option<Vec<CodeActionOrCommand>> {
        let uri = p.text_document.uri;
        self.findings(&uri).ok()??;
        let doc = &self.documents[&uri];
        let kind = doc.kind?;
        let setup = self.workspace.setup(doc.path.as_deref()).ok()??;
        let findings = doc.findings.as_deref().unwrap_or_default();
        let range = LineIndex::new(&doc.text, self.encoding).span(p.range);
        let cx = Context {
            uri: &uri,
            path: doc.path.as_deref(),
            kind,
            text: &doc.text,
            findings,
            diagnostics: &self.linted[&uri],
            linter: &setup.linter,
            encoding: self.encoding,
        };
        let only = p.context.only.as_deref();
        let found = actions::actions(&cx, range, only, &self.workspace, &self.documents);
        Some(
            found
                .into_iter()
                .map(CodeActionOrCommand::CodeAction)
                .collect(),
        )
    }

    fn hover(&mut self, p: HoverParams) -> Option<Hover> {
        let at = p.text_document_position_params;
        let uri = at.text_document.uri;
        self.findings(&uri).ok()??;
        let doc = &self.documents[&uri];
        let setup = self.workspace.setup(doc.path.as_deref()).ok()??;
        let index = LineIndex::new(&doc.text, self.encoding);
        let offset = index.offset(at.position);
        let findings = doc.findings.as_deref().unwrap_or_default();
        let (page, span) = hover::hover(setup.documented(), &doc.text, findings, offset)?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: page,
            }),
            range: Some(index.range(span)),
        })
    }

    /// Asks the client to tell us when configs and glossaries change on disk.
    fn register_watchers(&mut self) -> Fallible<()> {
        let globs = [
            "**/termlint.toml",
            "**/.termlint.toml",
            "**/*.toml",
            "**/*.txt",
            "**/*.yml",
        ];
        let watchers = globs
            .iter()
            .map(|g| FileSystemWatcher {
                glob_pattern: GlobPattern::String(g.to_string()),
                kind: None,
            })
            .collect();
        let options = DidChangeWatchedFilesRegistrationOptions { watchers };
        let params = RegistrationParams {
            registrations: vec![Registration {
                id: "termlint-watched-files".into(),
                method: note::DidChangeWatchedFiles::METHOD.into(),
                register_options: Some(serde_json::to_value(options)?),
            }],
        };
        self.next_id += 1;
        let id = RequestId::from(format!("termlint-{}", self.next_id));
        let request = Request::new(id, req::RegisterCapability::METHOD.into(), params);
        self.connection.sender.send(request.into())?;
        Ok(())
    }

    fn log(&self, typ: MessageType, message: String) -> Fallible<()> {
        let params = LogMessageParams { typ, message };
        let notification = Notification::new(note::LogMessage::METHOD.into(), params);
        self.connection.sender.send(notification.into())?;
        Ok(())
    }
}

fn params<P: DeserializeOwned>(message: impl Into<Message>) -> Fallible<P> {
    let value = match message.into() {
        Message::Request(r) => r.params,
        Message::Notification(n) => n.params,
        Message::Response(_) => serde_json::Value::Null,
    };
    Ok(serde_json::from_value(value)?)
}

/// What a panic said, for the log.
pub fn panic_message(payload: &Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_string())
}

#[cfg(test)]
#[path = "server_tests.rs"]
mod tests;
