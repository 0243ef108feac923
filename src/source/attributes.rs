//! Text readers see in the attributes of a tag: `<Tab title="…">`, `<img alt="…">`.
//!
//! Only string values of listed attributes, between `"` or `'`, are read; `{expressions}`
//! are code whose rendered text we cannot know. Each value is a block of its own, so no term
//! spans two attributes or an attribute and the text around its tag.

use std::ops::Range;

use super::{Chunk, Scope, Style};

/// The attributes read by default: titles, labels, captions and alternative text.
pub const DEFAULT_JSX_ATTRIBUTES: [&str; 6] = [
    "title",
    "alt",
    "label",
    "description",
    "caption",
    "displayText",
];

/// Pushes the prose values among the attributes of the opening tag at `tag` (from its `<` to
/// past its `>`) whose names are in `names`.
pub(super) fn push(text: &str, tag: Range<usize>, names: &[String], out: &mut Vec<Chunk>) {
    if names.is_empty() {
        return;
    }
    let b = text.as_bytes();
    let end = tag.end.min(b.len());
    let space = |c: u8| c.is_ascii_whitespace();
    let mut i = tag.start + 1;
    // The element's name.
    while i < end && !space(b[i]) && !matches!(b[i], b'>' | b'/' | b'{') {
        i += 1;
    }
    while i < end {
        if space(b[i]) || b[i] == b'/' {
            i += 1;
            continue;
        }
        match b[i] {
            b'>' => return,
            // `{...props}`.
            b'{' => {
                i = super::mdx::balanced_end(b, i);
                continue;
            }
            _ => {}
        }
        let name_start = i;
        while i < end && !space(b[i]) && !matches!(b[i], b'=' | b'>' | b'/' | b'{' | b'"' | b'\'') {
            i += 1;
        }
        if i == name_start {
            // A stray quote: nothing here is an attribute we could read reliably.
            return;
        }
        let name = &text[name_start..i];
        while i < end && space(b[i]) {
            i += 1;
        }
        if b.get(i) != Some(&b'=') {
            // A boolean attribute (`<Tab disabled>`).
            continue;
        }
        i += 1;
        while i < end && space(b[i]) {
            i += 1;
        }
        match b.get(i) {
            Some(&quote @ (b'"' | b'\'')) => {
                let Some(close) = b[i + 1..end].iter().position(|&c| c == quote) else {
                    return;
                };
                let value = i + 1..i + 1 + close;
                if names.iter().any(|n| n == name) && is_prose(&text[value.clone()]) {
                    out.push(Chunk {
                        range: value.clone(),
                        block_start: true,
                        soft_break: false,
                        scope: Scope::Prose,
                        style: Style::default(),
                    });
                }
                i = value.end + 1;
            }
            Some(b'{') => i = super::mdx::balanced_end(b, i),
            // An unquoted HTML value is a single token: a name or a number, never a sentence.
            _ => {
                while i < end && !space(b[i]) && b[i] != b'>' {
                    i += 1;
                }
            }
        }
    }
}

/// Whether an attribute value reads as text rather than a name: not a URL or path, not a
/// template, and not a single token joined by code punctuation. A single token with no space
/// that joins parts with `/`, `.`, `_`, `:`, `@` and the like, or with two or more hyphens
/// (`acme-web-hook`), is a name; one hyphen is how English writes `E-mail` and `Sign-in`.
fn is_prose(value: &str) -> bool {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    let url_or_path = v.starts_with(['/', '#'])
        || v.starts_with("./")
        || v.starts_with("../")
        || lower.starts_with("http:")
        || lower.starts_with("https:")
        || lower.starts_with("mailto:")
        || v.contains("://");
    if v.is_empty() || url_or_path || v.contains("${") || v.contains("{{") {
        return false;
    }
    if v.contains(char::is_whitespace) {
        return true;
    }
    // Sentence punctuation at the end is not a joiner: `label="Done."`.
    let inner = v.trim_end_matches(['.', '!', '?', ',', ':', ';']);
    !(inner.contains(['/', '\\', '.', '_', ':', '@', '=', '#', '?', '&', '$'])
        || inner.matches('-').count() >= 2)
}

#[cfg(test)]
mod tests {
    use super::is_prose;

    #[test]
    fn names_urls_and_templates_are_not_prose() {
        for (value, prose) in [
            ("Set up a web hook", true),
            ("Github", true),
            ("E-mail", true),
            ("Done.", true),
            ("  padded  ", true),
            ("", false),
            ("   ", false),
            ("/docs/web-hook", false),
            ("./img.png", false),
            ("../a", false),
            ("#anchor", false),
            ("https://github.com", false),
            ("HTTP://x", false),
            ("mailto:a@b.c", false),
            ("s3://bucket/key", false),
            ("web_hook", false),
            ("web.hook", false),
            ("user.created", false),
            ("a/b", false),
            ("acme-web-hook", false),
            ("ns:attr", false),
            ("@scope", false),
            ("Hello ${name}", false),
            ("{{ page.title }}", false),
        ] {
            assert_eq!(is_prose(value), prose, "{value:?}");
        }
    }
}
