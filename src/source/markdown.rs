//! Markdown prose through pulldown-cmark's offset iterator, with a stack of what is open.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::{Chunk, Scope, Style};

/// The prose of a Markdown document.
pub(super) fn extract(text: &str) -> Vec<Chunk> {
    let front = front_matter(text);
    let mut chunks = front_matter_values(text, front.clone());
    chunks.extend(extract_masked(text, front.into_iter().collect()));
    chunks
}

/// The prose of Markdown that is part of something else, such as a comment: no front matter.
pub(super) fn extract_fragment(text: &str) -> Vec<Chunk> {
    parse(text, &[])
}

/// MDX: Markdown with ESM, JSX and `{expressions}` masked out, and text nested in JSX elements
/// read without its indentation (MDX has no indented code).
pub(super) fn extract_mdx(text: &str) -> Vec<Chunk> {
    let Some((dedented, lines)) = super::mdx::dedent(text) else {
        return extract_mdx_flat(text);
    };
    let mut chunks = extract_mdx_flat(&dedented);
    for chunk in &mut chunks {
        let start = super::mdx::original_offset(&lines, chunk.range.start);
        let end = super::mdx::original_offset(&lines, chunk.range.end - 1) + 1;
        chunk.range = start..end;
    }
    chunks
}

fn extract_mdx_flat(text: &str) -> Vec<Chunk> {
    let front = front_matter(text);
    let front_range = front.clone();
    let body = front.as_ref().map_or(0, |r| r.end);
    let mut mask: Vec<Range<usize>> = front.into_iter().collect();
    mask.extend(
        super::mdx::mask(&text[body..])
            .into_iter()
            .map(|r| r.start + body..r.end + body),
    );
    let mut chunks = front_matter_values(text, front_range);
    chunks.extend(extract_masked(text, mask));
    chunks
}

/// The values of `title:` and `description:` in YAML front matter (or `title =` in TOML), each
/// as a block of its own, without quotes.
fn front_matter_values(text: &str, front: Option<Range<usize>>) -> Vec<Chunk> {
    let Some(front) = front else {
        return Vec::new();
    };
    let mut chunks = Vec::new();
    let mut at = front.start;
    for line in text[front].split_inclusive('\n') {
        let start = at;
        at += line.len();
        let content = line.trim_end();
        let Some((key, value)) = content.split_once([':', '=']) else {
            continue;
        };
        if !matches!(key.trim(), "title" | "description") || value.trim().is_empty() {
            continue;
        }
        let value_start = start + key.len() + 1 + (value.len() - value.trim_start().len());
        let mut range = value_start..start + content.len();
        let raw = &text[range.clone()];
        let quoted = raw.len() >= 2
            && ((raw.starts_with('"') && raw.ends_with('"'))
                || (raw.starts_with('\'') && raw.ends_with('\'')));
        if quoted {
            range = range.start + 1..range.end - 1;
        }
        chunks.push(Chunk {
            range,
            block_start: true,
            soft_break: false,
            scope: Scope::FrontMatter,
            style: Style::default(),
        });
    }
    chunks
}

/// YAML (`---`) or TOML (`+++`) front matter at the very start, up to its closing line. Found by
/// hand because writers put a blank line after the opening `---`, which pulldown-cmark refuses.
fn front_matter(text: &str) -> Option<Range<usize>> {
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

/// Ranges in `mask` are never prose: the parser sees them as spaces, so a JSX tag or front
/// matter never reads as Markdown, and offsets are unchanged because every masked byte is
/// replaced by exactly one byte.
fn extract_masked(text: &str, mask: Vec<Range<usize>>) -> Vec<Chunk> {
    if mask.is_empty() {
        return parse(text, &mask);
    }
    let mut blanked = text.as_bytes().to_vec();
    for range in &mask {
        for b in &mut blanked[range.clone()] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    // Masked ranges lie on char boundaries, so whole UTF-8 sequences became ASCII spaces.
    let blanked = String::from_utf8(blanked).unwrap_or_else(|_| text.to_string());
    parse(&blanked, &mask)
}

fn parse(text: &str, mask: &[Range<usize>]) -> Vec<Chunk> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_GFM
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut chunks = Vec::new();
    // How many open containers hide their text (code, front matter, autolinks).
    let mut hidden = 0usize;
    let mut block_start = true;
    // Whether each open link hides its text: an autolink's text is its URL.
    let mut links: Vec<bool> = Vec::new();
    let mut headings = 0usize;
    let mut strong = 0usize;
    let mut quotes = 0usize;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let style = Style {
            heading: headings > 0,
            strong: strong > 0,
            blockquote: quotes > 0,
            link: !links.is_empty(),
        };
        match event {
            Event::Start(tag) => {
                if hides_text(&tag) {
                    hidden += 1;
                }
                match tag {
                    Tag::Link { .. } => links.push(hides_text(&tag)),
                    Tag::Heading { .. } => headings += 1,
                    Tag::Strong => strong += 1,
                    Tag::BlockQuote(_) => quotes += 1,
                    _ => {}
                }
                if !is_inline(&tag) {
                    block_start = true;
                }
            }
            Event::End(tag) => {
                let hid = match tag {
                    TagEnd::Link => links.pop().unwrap_or(false),
                    _ => hides_text_end(tag),
                };
                if hid {
                    hidden = hidden.saturating_sub(1);
                }
                match tag {
                    TagEnd::Heading(_) => headings = headings.saturating_sub(1),
                    TagEnd::Strong => strong = strong.saturating_sub(1),
                    TagEnd::BlockQuote(_) => quotes = quotes.saturating_sub(1),
                    _ => {}
                }
                if !is_inline_end(tag) {
                    block_start = true;
                }
            }
            // Only text that is literally what the source says is prose: an entity or an escape
            // (`&amp;`, `\*`) would make the decoded text and the source disagree.
            Event::Text(t) if hidden == 0 && text.get(range.clone()) == Some(&*t) => {
                push_unmasked(&mut chunks, range, block_start, mask, Scope::Prose, style);
                block_start = false;
            }
            // Inline code is never prose, but rules about code names (webhook events) read it.
            Event::Code(code) if hidden == 0 => {
                if let Some(at) = text.get(range.clone()).and_then(|raw| raw.find(&*code)) {
                    let start = range.start + at;
                    let code_range = start..start + code.len();
                    push_unmasked(
                        &mut chunks,
                        code_range,
                        false,
                        mask,
                        Scope::InlineCode,
                        style,
                    );
                }
            }
            // Text between inline `<code>`…`</code>` tags is code, like backticks.
            Event::InlineHtml(html) => match code_tag(&html) {
                Some(true) => hidden += 1,
                Some(false) => hidden = hidden.saturating_sub(1),
                None => {}
            },
            _ => {}
        }
    }
    chunks
}

/// `Some(true)` for an opening inline tag whose content is code, `Some(false)` for its closing tag.
fn code_tag(html: &str) -> Option<bool> {
    let inner = html.strip_prefix('<')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name_len = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    let name = inner[..name_len].to_ascii_lowercase();
    let is_code = matches!(
        name.as_str(),
        "code" | "pre" | "kbd" | "samp" | "var" | "script" | "style" | "tt"
    );
    (is_code && !html.ends_with("/>")).then_some(!closing)
}

fn hides_text(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::CodeBlock(_)
            | Tag::MetadataBlock(_)
            | Tag::HtmlBlock
            | Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }
    )
}

fn hides_text_end(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock
    )
}

fn is_inline(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

fn is_inline_end(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// Pushes `range` minus the masked ranges.
fn push_unmasked(
    chunks: &mut Vec<Chunk>,
    range: Range<usize>,
    block_start: bool,
    mask: &[Range<usize>],
    scope: Scope,
    style: Style,
) {
    let mut start = range.start;
    let first = mask.partition_point(|m| m.end <= range.start);
    for m in &mask[first..] {
        if m.start >= range.end {
            break;
        }
        if m.start > start {
            chunks.push(Chunk {
                range: start..m.start,
                block_start: block_start && start == range.start,
                soft_break: false,
                scope,
                style,
            });
        }
        start = start.max(m.end);
    }
    if start < range.end {
        chunks.push(Chunk {
            range: start..range.end,
            block_start: block_start && start == range.start,
            soft_break: false,
            scope,
            style,
        });
    }
}
