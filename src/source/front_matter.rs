//! Front matter: YAML (`---`) or TOML (`+++`) at the very start of a Markdown or MDX file.
//!
//! Its `title` and `description` are what readers see first (the page title, the link preview),
//! so their values are chunks; every other key is data. Only top-level keys count: a nested
//! `title` belongs to some other structure (an SEO block, a sidebar entry) whose rendering we
//! cannot know.

use std::ops::Range;

use super::{Chunk, Scope, Style};

const KEYS: [&str; 2] = ["title", "description"];

/// YAML (`---`) or TOML (`+++`) front matter at the very start, up to its closing line. Found by
/// hand because writers put a blank line after the opening `---`, which pulldown-cmark refuses.
/// Without a closing line it is not front matter: the `---` is then a thematic break.
pub(super) fn range(text: &str) -> Option<Range<usize>> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = text[start..].split_inclusive('\n');
    let delimiter = lines.next()?.trim_end();
    if delimiter != "---" && delimiter != "+++" {
        return None;
    }
    let mut end = start + text[start..].find('\n')? + 1;
    for line in lines {
        end += line.len();
        let line = line.trim_end();
        if line == delimiter || (delimiter == "---" && line == "...") {
            // The byte-order mark goes with it: it is not prose either.
            return Some(0..end);
        }
    }
    None
}

/// The values of the top-level `title` and `description` in `front`, each a block of its own,
/// without quotes. A YAML block scalar (`description: >-`) or plain value continued on indented
/// lines gives one chunk per line, so a term wrapped across them is still found.
pub(super) fn values(text: &str, front: Option<Range<usize>>) -> Vec<Chunk> {
    let Some(front) = front else {
        return Vec::new();
    };
    let lines = lines(text, front);
    // The first line is the opening delimiter (after any byte-order mark).
    let toml = text[lines[0].clone()].ends_with("+++");
    let mut chunks = Vec::new();
    let mut i = 1;
    while i < lines.len() {
        let line = lines[i].clone();
        i += 1;
        if toml {
            // Keys after a `[table]` header are not top-level.
            if text[line.clone()].starts_with('[') {
                break;
            }
            chunks.extend(toml_value(text, line).map(chunk));
            continue;
        }
        let Some(value) = yaml_value(text, line) else {
            continue;
        };
        match value {
            YamlValue::Inline(range, plain) => {
                chunks.push(chunk(range));
                if plain {
                    i = continuation(text, &lines, i, true, &mut chunks);
                }
            }
            YamlValue::Block => i = continuation(text, &lines, i, false, &mut chunks),
        }
    }
    chunks
}

fn chunk(range: Range<usize>) -> Chunk {
    Chunk {
        range,
        block_start: true,
        soft_break: false,
        scope: Scope::FrontMatter,
        style: Style::default(),
    }
}

/// Each line of `front` without its line break (`\n` or `\r\n`).
fn lines(text: &str, front: Range<usize>) -> Vec<Range<usize>> {
    let mut at = front.start;
    text[front]
        .split_inclusive('\n')
        .map(|line| {
            let start = at;
            at += line.len();
            start..start + line.trim_end_matches(['\n', '\r']).len()
        })
        .collect()
}

enum YamlValue {
    /// A value on the key's line; `true` when it is plain (unquoted), which may continue on
    /// the following indented lines.
    Inline(Range<usize>, bool),
    /// `|` or `>`: the value is on the following indented lines.
    Block,
}

/// The value of a top-level `title:` or `description:` line.
fn yaml_value(text: &str, line: Range<usize>) -> Option<YamlValue> {
    let content = &text[line.clone()];
    let (key, rest) = content.split_once(':')?;
    // `title:x` is a plain scalar in YAML, not a key: the colon must be followed by a space.
    if !KEYS.contains(&key.trim_end()) || !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let start = line.start + key.len() + 1 + (rest.len() - rest.trim_start().len());
    let value = rest.trim();
    match value.bytes().next()? {
        b'"' | b'\'' => {
            let close = closing_quote(value.as_bytes())?;
            let range = start + 1..start + close;
            (!range.is_empty()).then_some(YamlValue::Inline(range, false))
        }
        b'|' | b'>' => {
            let header = value[1..].split('#').next().unwrap_or("").trim_end();
            let header_ok = header
                .bytes()
                .all(|b| matches!(b, b'-' | b'+' | b'1'..=b'9'));
            header_ok.then_some(YamlValue::Block)
        }
        // `#` is a comment (no value: null); the others start a flow collection, an alias, an
        // anchor or a tag: data, not a sentence.
        b'#' | b'[' | b'{' | b'*' | b'&' | b'!' | b'%' | b'@' | b'`' => None,
        _ => {
            let plain = strip_comment(value);
            Some(YamlValue::Inline(start..start + plain.len(), true))
        }
    }
}

/// The offset in `value` (which starts with its quote) of the closing quote on the same line.
/// Double quotes escape with `\`, single quotes by doubling. A quoted value that continues on
/// the next line is not read: it is rare in front matter and its folding would need unescaping.
fn closing_quote(value: &[u8]) -> Option<usize> {
    let quote = value[0];
    let mut i = 1;
    while i < value.len() {
        match value[i] {
            b'\\' if quote == b'"' => i += 2,
            b'\'' if quote == b'\'' && value.get(i + 1) == Some(&b'\'') => i += 2,
            c if c == quote => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// A plain value without its trailing ` # comment`: a `#` starts a comment only after
/// whitespace, so `C# SDK` keeps its `#`.
fn strip_comment(value: &str) -> &str {
    let b = value.as_bytes();
    let end = (1..b.len())
        .find(|&i| b[i] == b'#' && matches!(b[i - 1], b' ' | b'\t'))
        .unwrap_or(b.len());
    value[..end].trim_end()
}

/// The indented lines from `lines[i]` on that continue a value, pushed as chunks: a line break
/// between them is a soft break, a blank line starts a new block. Returns the index of the first
/// line after the value. A plain value ends at a comment line; a block scalar's lines are all
/// text, `#` included.
fn continuation(
    text: &str,
    lines: &[Range<usize>],
    mut i: usize,
    plain: bool,
    chunks: &mut Vec<Chunk>,
) -> usize {
    // A block scalar's first line starts the value's block; a plain value's lines continue it.
    let mut first = !plain;
    let mut blank = false;
    // A block scalar's indentation is that of its first line; lines indented less end it.
    let mut indent: Option<usize> = plain.then_some(1);
    while let Some(line) = lines.get(i) {
        let content = &text[line.clone()];
        let trimmed = content.trim_start_matches(' ');
        let this_indent = content.len() - trimmed.len();
        if trimmed.trim().is_empty() {
            blank = true;
            i += 1;
            continue;
        }
        let base = *indent.get_or_insert(this_indent);
        if this_indent == 0 || this_indent < base || (plain && trimmed.starts_with('#')) {
            break;
        }
        let words = if plain {
            strip_comment(trimmed)
        } else {
            trimmed.trim_end()
        };
        let start = line.start + this_indent;
        chunks.push(Chunk {
            block_start: first || blank,
            ..chunk(start..start + words.len())
        });
        (first, blank) = (false, false);
        i += 1;
    }
    i
}

/// The value of a top-level TOML `title = "…"` or `description = '…'` line. Multi-line strings
/// (`"""`, `'''`) are not read: their line-ending backslashes and escapes would need decoding.
fn toml_value(text: &str, line: Range<usize>) -> Option<Range<usize>> {
    let content = &text[line.clone()];
    let (key, rest) = content.split_once('=')?;
    if !KEYS.contains(&key.trim()) {
        return None;
    }
    let value = rest.trim_start();
    let start = line.start + key.len() + 1 + (rest.len() - value.len());
    if value.starts_with("\"\"\"") || value.starts_with("'''") {
        return None;
    }
    let b = value.as_bytes();
    let close = match b.first()? {
        b'"' => closing_quote(b)?,
        // A literal string has no escapes at all.
        b'\'' => 1 + value[1..].find('\'')?,
        _ => return None,
    };
    let range = start + 1..start + close;
    (!range.is_empty()).then_some(range)
}
