//! `termlint lsp`: a language server over standard input and output. Diagnostics as the writer
//! types, quick fixes, suppression and vocabulary actions, and glossary hovers, with configs
//! found and layered per document exactly as `check` finds them.
//!
//! The modules read in the order of a request: [`convert`] turns the client's positions into
//! byte offsets, [`documents`] holds the text, [`config`] picks the linter, [`diagnostics`],
//! [`actions`] and [`hover`] answer, and [`server`] runs the loop.

// `Uri` hashes and compares its string only; the lint sees a cell inside the parsed form.
#![allow(clippy::mutable_key_type)]

pub mod actions;
pub mod config;
pub mod convert;
pub mod diagnostics;
pub mod documents;
pub mod hover;
pub mod server;
pub mod uri;

use std::error::Error;

use lsp_server::Connection;
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, HoverProviderCapability,
    InitializeParams, InitializeResult, OneOf, SaveOptions, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, WorkspaceFoldersServerCapabilities, WorkspaceServerCapabilities,
};

use convert::Encoding;
use server::{Exit, Server};

/// Serves one client over standard input and output until it exits. `Ok(true)` when it shut
/// the server down properly (`shutdown` then `exit`).
pub fn serve() -> Result<bool, Box<dyn Error + Send + Sync>> {
    let (connection, io_threads) = Connection::stdio();
    let (id, params) = connection.initialize_start()?;
    let params: InitializeParams = serde_json::from_value(params)?;
    let offered = params.capabilities.general.as_ref();
    let encoding = Encoding::negotiate(offered.and_then(|g| g.position_encodings.as_deref()));
    let result = InitializeResult {
        capabilities: capabilities(encoding),
        server_info: Some(ServerInfo {
            name: "termlint".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
    };
    connection.initialize_finish(id, serde_json::to_value(result)?)?;
    let watch = params
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files.as_ref())
        .and_then(|w| w.dynamic_registration)
        .unwrap_or(false);
    let exit = Server::new(connection, encoding, folders(&params), watch).run()?;
    io_threads.join()?;
    Ok(exit == Exit::Clean)
}

/// The workspace folders, or the single root of a client that predates them.
fn folders(params: &InitializeParams) -> Vec<std::path::PathBuf> {
    if let Some(folders) = &params.workspace_folders {
        return folders
            .iter()
            .filter_map(|f| uri::to_path(&f.uri))
            .collect();
    }
    #[allow(deprecated)]
    params.root_uri.iter().filter_map(uri::to_path).collect()
}

fn capabilities(encoding: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::new(actions::FIX_ALL),
            ]),
            ..CodeActionOptions::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        workspace: Some(WorkspaceServerCapabilities {
            workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                supported: Some(true),
                change_notifications: Some(OneOf::Left(true)),
            }),
            file_operations: None,
        }),
        ..ServerCapabilities::default()
    }
}
