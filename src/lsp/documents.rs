//! The open documents: their text as the editor has it, what kind of file each is, and the
//! findings of their last lint.

use std::collections::HashMap;
use std::path::PathBuf;

use lsp_types::Uri;

use super::uri;
use crate::diagnostic::Finding;
use crate::source::{FileKind, comments};

#[derive(Debug)]
pub struct Document {
    pub path: Option<PathBuf>,
    /// `None` for a file termlint does not lint.
    pub kind: Option<FileKind>,
    pub text: String,
    pub version: i32,
    /// The findings of the current text, once linted; `None` after a change.
    pub findings: Option<Vec<Finding>>,
}

impl Document {
    pub fn new(uri: &Uri, language_id: &str, text: String, version: i32) -> Document {
        let path = uri::to_path(uri);
        let kind = kind_of(path.as_ref(), language_id, &text);
        Document {
            path,
            kind,
            text,
            version,
            findings: None,
        }
    }
}

/// The kind by path, as `check` decides it, then by the first line of a script, then by the
/// editor's language id (for unsaved buffers).
fn kind_of(path: Option<&PathBuf>, language_id: &str, text: &str) -> Option<FileKind> {
    if let Some(kind) = path.and_then(|p| FileKind::from_path(p)) {
        return Some(kind);
    }
    let first_line = text.lines().next().unwrap_or("");
    if let Some(kind) = FileKind::from_shebang(first_line) {
        return Some(kind);
    }
    match language_id {
        "markdown" => Some(FileKind::Markdown),
        "mdx" => Some(FileKind::Mdx),
        "typescriptreact" => comments::language("TSX").map(FileKind::Code),
        "javascriptreact" => comments::language("JSX").map(FileKind::Code),
        "shellscript" | "sh" | "bash" => comments::language("Shell").map(FileKind::Code),
        "cpp" => comments::language("C++").map(FileKind::Code),
        "csharp" => comments::language("C#").map(FileKind::Code),
        other => comments::language(other).map(FileKind::Code),
    }
}

/// Open documents by URI.
pub type Documents = HashMap<Uri, Document>;
