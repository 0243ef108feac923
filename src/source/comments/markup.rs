//! HTML-like files (HTML, XML, Vue, Svelte, PHP): `<!-- comments -->`, with the `<script>` and
//! `<style>` parts and `<?php … ?>` blocks lexed in their own languages. Text and attributes
//! between tags are neither comments nor code strings, so they are left alone.

use super::languages::{Markup, embedded};
use super::lexer::{self, Comment, Item, Kind, find};

/// The comments and strings of an HTML-like file, in order.
pub(super) fn lex(markup: &Markup, text: &str) -> Vec<Item> {
    let b = text.as_bytes();
    let mut items = Vec::new();
    let mut i = 0;
    while let Some(lt) = b[i.min(b.len())..].iter().position(|&c| c == b'<') {
        i += lt;
        let rest = &b[i..];
        if rest.starts_with(b"<!--") {
            let end = find(b, i + 4, b"-->");
            items.push(Item::Comment(Comment {
                start: i,
                body: i + 4..end.unwrap_or(b.len()),
                kind: Kind::Block { stars: false },
                doc: false,
            }));
            i = end.map_or(b.len(), |e| e + 3);
        } else if rest.starts_with(b"<![CDATA[") {
            i = find(b, i, b"]]>").map_or(b.len(), |e| e + 3);
        } else if rest.starts_with(b"<?") {
            match markup.php {
                Some(php) if !rest.starts_with(b"<?xml") => {
                    let open = if starts_with_ci(rest, b"<?php") {
                        5
                    } else if rest.starts_with(b"<?=") {
                        3
                    } else {
                        2
                    };
                    let (code, stop) = lexer::lex(php, text, i + open..b.len());
                    items.extend(code);
                    i = stop + 2;
                }
                _ => i = find(b, i, b"?>").map_or(b.len(), |e| e + 2),
            }
        } else if let Some(tag) = raw_text_tag(rest) {
            let open_end = tag_end(b, i);
            let attributes = &text[i..open_end];
            let lang = attribute(attributes, "lang").or_else(|| attribute(attributes, "type"));
            let close = find_ci(
                b,
                open_end,
                if tag == "script" {
                    b"</script"
                } else {
                    b"</style"
                },
            )
            .unwrap_or(b.len());
            if let Some(syntax) = embedded(tag, lang) {
                items.extend(lexer::lex(syntax, text, open_end..close).0);
            }
            i = close.max(i + 1);
        } else if rest
            .get(1)
            .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, b'/' | b'!'))
        {
            i = tag_end(b, i);
        } else {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
    }
    items
}

/// `script` or `style` when such an opening tag starts `b`.
fn raw_text_tag(b: &[u8]) -> Option<&'static str> {
    ["script", "style"].into_iter().find(|tag| {
        b.len() > tag.len() + 1
            && b[1..=tag.len()].eq_ignore_ascii_case(tag.as_bytes())
            && matches!(b[tag.len() + 1], b' ' | b'\t' | b'\n' | b'\r' | b'>')
    })
}

/// The offset past the `>` that ends the tag at `at`, skipping quoted attribute values.
fn tag_end(b: &[u8], at: usize) -> usize {
    let mut i = at + 1;
    while i < b.len() {
        match b[i] {
            b'>' => return i + 1,
            q @ (b'"' | b'\'') => {
                i = b[i + 1..]
                    .iter()
                    .position(|&c| c == q)
                    .map_or(b.len(), |p| i + p + 2);
            }
            _ => i += 1,
        }
    }
    b.len()
}

/// The value of attribute `name` in an opening tag.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(name) {
        let at = from + p;
        from = at + name.len();
        let before = lower[..at].chars().next_back();
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let rest = lower[from..].trim_start();
        let Some(value) = rest.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let start = tag.len() - value.len();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let len = value[1..].find(q).unwrap_or(value.len() - 1);
                &tag[start + 1..start + 1 + len]
            }
            _ => {
                let len = value
                    .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
                    .unwrap_or(value.len());
                &tag[start..start + len]
            }
        });
    }
    None
}

fn starts_with_ci(b: &[u8], prefix: &[u8]) -> bool {
    b.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

fn find_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    (from..b.len()).find(|&i| starts_with_ci(&b[i..], needle))
}
