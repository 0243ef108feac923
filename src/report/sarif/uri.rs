//! Where a result's file is: a relative path against `%SRCROOT%`, an absolute one as a `file:`
//! URI, both percent-encoded as RFC 3986 asks.

use std::path::Path;

use super::{ArtifactLocation, SRCROOT};

impl ArtifactLocation {
    pub(super) fn new(path: &str) -> ArtifactLocation {
        if Path::new(path).is_absolute() {
            ArtifactLocation {
                uri: file_uri(Path::new(path)),
                uri_base_id: None,
            }
        } else {
            ArtifactLocation {
                uri: encode_path(path),
                uri_base_id: Some(SRCROOT),
            }
        }
    }
}

/// `file:///abs/path`, percent-encoded.
pub(super) fn file_uri(path: &Path) -> String {
    format!("file://{}", encode_path(&path.to_string_lossy()))
}

/// A path as a URI path: `/` kept, everything outside RFC 3986's unreserved and sub-delimiter
/// characters percent-encoded (`:` too, so a relative path never looks like a scheme).
fn encode_path(path: &str) -> String {
    let mut uri = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                uri.push(char::from(b))
            }
            b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'=' | b'@' => {
                uri.push(char::from(b))
            }
            _ => uri.push_str(&format!("%{b:02X}")),
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(encode_path("docs/a b/ü.md"), "docs/a%20b/%C3%BC.md");
        assert_eq!(encode_path("c:x#1?.md"), "c%3Ax%231%3F.md");
        assert_eq!(file_uri(Path::new("/w/my docs")), "file:///w/my%20docs");
        assert_eq!(file_uri(Path::new("/")), "file:///");
    }
}
