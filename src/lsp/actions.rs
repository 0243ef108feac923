//! Code actions: a quick fix per suggestion (the safe fix preferred), ignoring a finding on its
//! line with the suppression comment of the file's syntax, accepting a word in the project's
//! `termlint.toml`, and `source.fixAll.termlint` for every safe fix at once.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use lsp_types::{
    CodeAction, CodeActionKind, CreateFile, CreateFileOptions, Diagnostic, DocumentChangeOperation,
    DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier, ResourceOp, TextDocumentEdit,
    TextEdit, Uri, WorkspaceEdit,
};

use super::config::Workspace;
use super::convert::{Encoding, LineIndex};
use super::documents::Documents;
use super::uri;
use crate::diagnostic::Finding;
use crate::fix::{self, Applicability};
use crate::glossary::UNUSED;
use crate::lint::Linter;
use crate::source::FileKind;

/// The kind of the action that applies every safe fix.
pub const FIX_ALL: &str = "source.fixAll.termlint";

/// What the actions of one document are computed from.
#[derive(Debug)]
pub struct Context<'a> {
    pub uri: &'a Uri,
    pub path: Option<&'a Path>,
    pub kind: FileKind,
    pub text: &'a str,
    pub findings: &'a [Finding],
    /// One per finding, in the same order.
    pub diagnostics: &'a [Diagnostic],
    pub linter: &'a Linter,
    pub encoding: Encoding,
}

/// The actions for the findings that touch `range`, of the kinds `only` asks for (all when
/// `None`).
pub fn actions(
    cx: &Context<'_>,
    range: Range<usize>,
    only: Option<&[CodeActionKind]>,
    workspace: &Workspace,
    documents: &Documents,
) -> Vec<CodeAction> {
    let wanted = |kind: &str| {
        only.is_none_or(|only| {
            only.iter().any(|o| {
                let o = o.as_str();
                kind == o || kind.strip_prefix(o).is_some_and(|r| r.starts_with('.'))
            })
        })
    };
    let mut out = Vec::new();
    if wanted(CodeActionKind::QUICKFIX.as_str()) {
        let touching = cx
            .findings
            .iter()
            .zip(cx.diagnostics)
            .filter(|(f, _)| f.span.start <= range.end && range.start <= f.span.end);
        for (finding, diagnostic) in touching {
            out.extend(replacements(cx, finding, diagnostic));
            if *finding.rule == *UNUSED {
                continue;
            }
            out.extend(ignore(cx, finding, diagnostic));
            if let Some(path) = cx.path {
                out.extend(accept(cx, finding, diagnostic, path, workspace, documents));
            }
        }
    }
    if wanted(FIX_ALL) {
        out.extend(fix_all(cx));
    }
    out
}

fn replacements(cx: &Context<'_>, finding: &Finding, diagnostic: &Diagnostic) -> Vec<CodeAction> {
    let original = &cx.text[finding.span.clone()];
    let index = LineIndex::new(cx.text, cx.encoding);
    finding
        .suggestions
        .iter()
        .map(|suggestion| {
            // The finding's own fix, when it has one, is exactly what `check --fix` applies.
            let edits: Vec<(Range<usize>, String)> = match &finding.fix {
                Some(fix) => fix
                    .edits
                    .iter()
                    .map(|e| (e.range.clone(), e.replacement.clone()))
                    .collect(),
                None => vec![(
                    finding.span.clone(),
                    fix::keep_line_breaks(original, suggestion),
                )],
            };
            let edits = edits
                .into_iter()
                .map(|(range, new_text)| TextEdit::new(index.range(range), new_text))
                .collect();
            let safe = finding.applicability() == Applicability::Safe;
            CodeAction {
                title: format!("Replace with `{suggestion}`"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(in_document(cx.uri, edits)),
                is_preferred: Some(safe),
                ..CodeAction::default()
            }
        })
        .collect()
}

fn ignore(cx: &Context<'_>, finding: &Finding, diagnostic: &Diagnostic) -> Option<CodeAction> {
    let (at, insert) = ignore_comment(cx.kind, cx.text, finding.span.start, &finding.rule)?;
    let index = LineIndex::new(cx.text, cx.encoding);
    let edit = TextEdit::new(index.range(at..at), insert);
    Some(CodeAction {
        title: format!("Ignore `{}` on this line", finding.rule),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic.clone()]),
        edit: Some(in_document(cx.uri, vec![edit])),
        ..CodeAction::default()
    })
}

/// Where to insert what, so that the line holding byte `at` ignores `rule`: the rule added to
/// the line's `termlint-ignore` directive, or a new directive in a comment at the end of the
/// line. `None` where no comment can go (front matter, a language without comments).
pub fn ignore_comment(
    kind: FileKind,
    text: &str,
    at: usize,
    rule: &str,
) -> Option<(usize, String)> {
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |p| at + p);
    let line_end = match text[..line_end].ends_with('\r') {
        true => line_end - 1,
        false => line_end,
    };
    let line = &text[line_start..line_end];
    if let Some(directive) = line.find("termlint-ignore") {
        let args = &line[directive..];
        let end = ["-->", "*/"]
            .iter()
            .filter_map(|close| args.find(close))
            .min()
            .unwrap_or(args.len());
        let end = directive + args[..end].trim_end().len();
        return Some((line_start + end, format!(", {rule}")));
    }
    if in_front_matter(text, line_start) {
        return None;
    }
    let directive = format!("termlint-ignore {rule}");
    let comment = match kind {
        FileKind::Markdown => format!(" <!-- {directive} -->"),
        FileKind::Mdx => format!(" {{/* {directive} */}}"),
        FileKind::Code(language) => {
            let block = language.block_comment();
            // Inside a block comment that goes on below, the directive's words are enough (any
            // occurrence on a line counts in code) and a marker could end the comment.
            let inside_block = block.is_some_and(|(open, close)| {
                let before = &text[..line_end];
                before.rfind(open).map(|o| o + open.len()) > before.rfind(close).map(|c| c + 1)
            });
            match (language.line_comment(), block) {
                _ if inside_block => format!(" {directive}"),
                (Some(marker), _) => format!(" {marker} {directive}"),
                (None, Some((open, close))) => format!(" {open} {directive} {close}"),
                (None, None) => return None,
            }
        }
    };
    Some((line_end, comment))
}

/// Whether the line starting at `line_start` lies in the YAML front matter, where a comment of
/// the document's syntax would become part of a value.
fn in_front_matter(text: &str, line_start: usize) -> bool {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return false;
    };
    let header = text.len() - rest.len();
    let close = rest
        .match_indices("\n---")
        .map(|(i, _)| header + i + 1)
        .next()
        .or_else(|| rest.starts_with("---").then_some(header));
    close.is_none_or(|close| line_start <= close)
}

fn accept(
    cx: &Context<'_>,
    finding: &Finding,
    diagnostic: &Diagnostic,
    path: &Path,
    workspace: &Workspace,
    documents: &Documents,
) -> Option<CodeAction> {
    let word = cx.text[finding.span.clone()]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let (config, exists) = match workspace.nearest_config(path) {
        Some(config) => (config, true),
        None => (workspace.new_config_for(path), false),
    };
    let config_uri = uri::from_path(&config)?;
    let edit = if exists {
        // The editor's copy when the config is open: the edit applies to that.
        let text = match documents.get(&config_uri) {
            Some(doc) => doc.text.clone(),
            None => std::fs::read_to_string(&config).ok()?,
        };
        let updated = with_accepted(&text, &word)?;
        in_document(&config_uri, vec![replace(&text, &updated, cx.encoding)])
    } else {
        let text = with_accepted("", &word)?;
        create_with(config_uri, text)
    };
    let shown = config
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("termlint.toml");
    Some(CodeAction {
        title: format!("Accept `{word}` in the project ({shown})"),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic.clone()]),
        edit: Some(edit),
        ..CodeAction::default()
    })
}

/// `config` with `word` in its top-level `accept` list, formatting and comments kept; `None`
/// when the file is not valid TOML or already accepts the word.
pub fn with_accepted(config: &str, word: &str) -> Option<String> {
    let mut doc: toml_edit::DocumentMut = config.parse().ok()?;
    match doc.get_mut("accept") {
        Some(item) => {
            let list = item.as_array_mut()?;
            if list.iter().any(|v| v.as_str() == Some(word)) {
                return None;
            }
            list.push(word);
        }
        None => {
            let mut list = toml_edit::Array::new();
            list.push(word);
            doc.insert("accept", toml_edit::value(list));
        }
    }
    Some(doc.to_string())
}

fn fix_all(cx: &Context<'_>) -> Option<CodeAction> {
    let fixed = cx.linter.fix(cx.kind, cx.text, Applicability::Safe);
    if fixed.text == cx.text {
        return None;
    }
    let edit = replace(cx.text, &fixed.text, cx.encoding);
    Some(CodeAction {
        title: format!("Apply every safe termlint fix ({})", fixed.applied),
        kind: Some(CodeActionKind::new(FIX_ALL)),
        edit: Some(in_document(cx.uri, vec![edit])),
        ..CodeAction::default()
    })
}

/// One edit that turns `old` into `new`: the differing middle, so the cursor and the rest of
/// the buffer stay put.
pub fn replace(old: &str, new: &str, encoding: Encoding) -> TextEdit {
    let mut prefix = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(prefix) || !new.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let room = old.len().min(new.len()) - prefix;
    let mut suffix = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(old.len() - suffix) || !new.is_char_boundary(new.len() - suffix) {
        suffix -= 1;
    }
    let index = LineIndex::new(old, encoding);
    TextEdit::new(
        index.range(prefix..old.len() - suffix),
        new[prefix..new.len() - suffix].to_string(),
    )
}

fn in_document(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..WorkspaceEdit::default()
    }
}

fn create_with(uri: Uri, text: String) -> WorkspaceEdit {
    let create = ResourceOp::Create(CreateFile {
        uri: uri.clone(),
        options: Some(CreateFileOptions {
            overwrite: Some(false),
            ignore_if_exists: Some(true),
        }),
        annotation_id: None,
    });
    let edit = TextDocumentEdit {
        text_document: OptionalVersionedTextDocumentIdentifier { uri, version: None },
        edits: vec![OneOf::Left(TextEdit::new(
            lsp_types::Range::default(),
            text,
        ))],
    };
    WorkspaceEdit {
        document_changes: Some(DocumentChanges::Operations(vec![
            DocumentChangeOperation::Op(create),
            DocumentChangeOperation::Edit(edit),
        ])),
        ..WorkspaceEdit::default()
    }
}
