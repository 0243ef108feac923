//! Markdown prose through pulldown-cmark's offset iterator, with a stack of what is open.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::{Chunk, Scope, Style, front_matter};

/// The prose of a Markdown document.
pub(super) fn extract(text: &str) -> Vec<Chunk> {
    let front = front_matter::range(text);
    let mut chunks = front_matter::values(text, front.clone());
    chunks.extend(extract_masked(text, front.into_iter().collect(), &[]));
    chunks
}

/// The prose of Markdown that is part of something else, such as a comment: no front matter.
pub(super) fn extract_fragment(text: &str) -> Vec<Chunk> {
    super::plain::paragraphs(text).unwrap_or_else(|| parse(text, &[]))
}

/// [`extract_fragment`] always through the parser.
#[cfg(test)]
pub(super) fn extract_fragment_parsed(text: &str) -> Vec<Chunk> {
    parse(text, &[])
}

/// MDX: front matter as in Markdown, then a body with ESM, JSX and `{expressions}` masked out,
/// and text nested in JSX elements read without its indentation (MDX has no indented code).
/// The values of the attributes in `attributes` are prose too.
pub(super) fn extract_mdx(text: &str, attributes: &[String]) -> Vec<Chunk> {
    let front = front_matter::range(text);
    let body = front.as_ref().map_or(0, |r| r.end);
    // Front matter is read in the original text: dedenting is for JSX, and would misread an
    // indented block scalar that happens to start with `<`.
    let mut chunks = front_matter::values(text, front);
    let mut body_chunks = extract_mdx_body(&text[body..], attributes);
    for chunk in &mut body_chunks {
        chunk.range = chunk.range.start + body..chunk.range.end + body;
    }
    chunks.extend(body_chunks);
    chunks
}

fn extract_mdx_body(text: &str, attributes: &[String]) -> Vec<Chunk> {
    let Some((dedented, lines)) = super::mdx_indent::dedent(text) else {
        return extract_mdx_flat(text, attributes);
    };
    let mut chunks = extract_mdx_flat(&dedented, attributes);
    for chunk in &mut chunks {
        let start = super::mdx_indent::original_offset(&lines, chunk.range.start);
        let end = super::mdx_indent::original_offset(&lines, chunk.range.end - 1) + 1;
        chunk.range = start..end;
    }
    chunks
}

fn extract_mdx_flat(text: &str, attributes: &[String]) -> Vec<Chunk> {
    let (mask, tags) = super::mdx::scan(text);
    let leading = super::mdx::leading(text, &mask);
    let mut chunks = extract_masked(text, mask, &leading);
    let before = chunks.len();
    for tag in tags {
        super::attributes::push(text, tag, attributes, &mut chunks);
    }
    if chunks.len() > before {
        // Attribute values sit between the prose runs around their tags; a stable sort keeps
        // the order of everything else.
        chunks.sort_by_key(|c| c.range.start);
    }
    chunks
}

/// Ranges in `mask` are never prose: the parser sees them as spaces, so a JSX tag or front
/// matter never reads as Markdown, and offsets are unchanged because every masked byte is
/// replaced by exactly one byte.
///
/// The masked ranges in `leading` start a line of text (`<Note>Text</Note>`): as spaces they
/// would indent the text into a code block, so the parser sees them as [`LEADING`] instead,
/// which makes the line a paragraph, as MDX reads it. They are left out of the chunks all the
/// same, being masked.
fn extract_masked(text: &str, mask: Vec<Range<usize>>, leading: &[Range<usize>]) -> Vec<Chunk> {
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
    for range in leading {
        blanked[range.clone()].fill(LEADING);
    }
    // Masked ranges lie on char boundaries, so whole UTF-8 sequences became ASCII spaces.
    let blanked = String::from_utf8(blanked).unwrap_or_else(|_| text.to_string());
    parse(&blanked, &mask)
}

/// What the parser sees for syntax before the text of a line: punctuation with no meaning in
/// Markdown, so the line is a paragraph and `_emphasis_` right after it still opens.
const LEADING: u8 = b'.';

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
                let before = chunks.len();
                push_unmasked(&mut chunks, range, block_start, mask, Scope::Prose, style);
                // Text that was all syntax (`<Note>` before `_emphasis_`) does not start the
                // block: what follows it does.
                block_start &= chunks.len() == before;
            }
            // Inline code is never prose, but rules about code names (webhook events) read it.
            Event::Code(code) if hidden == 0 => {
                if let Some(at) = text
                    .get(range.clone())
                    .and_then(|raw| code_offset(raw, &code))
                {
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

/// Where the content `code` of the code span `raw` starts: after its backticks and the one space
/// CommonMark strips, checked before searching (a search's setup per span showed in profiles).
fn code_offset(raw: &str, code: &str) -> Option<usize> {
    let ticks = raw.bytes().take_while(|&b| b == b'`').count();
    let rest = &raw[ticks..];
    if rest.starts_with(code) {
        return Some(ticks);
    }
    if rest.starts_with(' ') && rest[1..].starts_with(code) {
        return Some(ticks + 1);
    }
    raw.find(code)
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

/// Pushes `range` minus the masked ranges; the first piece pushed starts the block if `range`
/// does, even when masked syntax came before it (`<Note>Text`).
fn push_unmasked(
    chunks: &mut Vec<Chunk>,
    range: Range<usize>,
    block_start: bool,
    mask: &[Range<usize>],
    scope: Scope,
    style: Style,
) {
    let mut start = range.start;
    let mut block_start = block_start;
    let mut push = |piece: Range<usize>| {
        chunks.push(Chunk {
            range: piece,
            block_start: std::mem::take(&mut block_start),
            soft_break: false,
            scope,
            style,
        });
    };
    let first = mask.partition_point(|m| m.end <= range.start);
    for m in &mask[first..] {
        if m.start >= range.end {
            break;
        }
        if m.start > start {
            push(start..m.start);
        }
        start = start.max(m.end);
    }
    if start < range.end {
        push(start..range.end);
    }
}
