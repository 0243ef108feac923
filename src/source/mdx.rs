//! The parts of an MDX file that are syntax, not prose: ESM `import`/`export` blocks, JSX tags
//! (with their attributes) and `{expressions}`, including `{/* comments */}`.
//!
//! The text between JSX tags stays prose. Code (fenced or inline) is left for the Markdown parser.

use std::ops::Range;

/// Sorted, non-overlapping byte ranges of `text` that are MDX syntax.
#[cfg(test)]
fn mask(text: &str) -> Vec<Range<usize>> {
    scan(text).0
}

/// The MDX syntax of `text` as sorted, non-overlapping byte ranges, and the opening tags among
/// them (from `<` past `>`), whose attributes may hold text readers see.
// Out of line: inlined into the extractor, the two scans took 13% more instructions on
// clerk-docs (callgrind).
#[inline(never)]
pub(super) fn scan(text: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    scan_with(text, &mut LineCursor::default())
}

fn scan_with(text: &str, lines: &mut LineCursor) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let b = text.as_bytes();
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut tags: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < b.len() {
        if line_start {
            line_start = false;
            let indent = b[i..]
                .iter()
                .take_while(|&&c| c == b' ' || c == b'\t')
                .count();
            let at = i + indent;
            if let Some(end) = fence_end(b, at) {
                i = end;
                line_start = true;
                continue;
            }
            if indent == 0 && (b[at..].starts_with(b"import ") || b[at..].starts_with(b"export ")) {
                let end = esm_end(b, at);
                out.push(at..end);
                i = end;
                line_start = true;
                continue;
            }
        }
        match b[i] {
            b'\n' => {
                line_start = true;
                i += 1;
            }
            b'\\' => i += 2,
            b'`' => i = inline_code_end(b, i),
            b'{' => {
                let end = balanced_end(b, i);
                out.push(i..end);
                i = end;
            }
            b'<' if b
                .get(i + 1)
                .is_some_and(|&c| c.is_ascii_alphabetic() || matches!(c, b'/' | b'>' | b'!')) =>
            {
                let mut end = tag_end(b, i, lines);
                if b[i + 1].is_ascii_alphabetic() {
                    tags.push(i..end.min(b.len()));
                }
                // The content of `<code>`, `<pre>` and friends is code, like backticks.
                if let Some(name) = code_element(&b[i..end]) {
                    end = closing_tag(b, end, name).map_or(end, |p| tag_end(b, p, lines));
                }
                out.push(i..end);
                i = end;
            }
            // Most bytes are plain text: skip to the next one that may start something.
            _ => {
                i += 1;
                while i < b.len() && !SPECIAL[b[i] as usize] {
                    i += 1;
                }
            }
        }
    }
    out.iter_mut().for_each(|r| r.end = r.end.min(b.len()));
    (out, tags)
}

/// The bytes the scan stops at: a line break, an escape, a code span, an expression, a tag.
const SPECIAL: [bool; 256] = super::byte_table(b"\n\\`{<");

/// The parts of `mask` that come before the text of a line: after its indentation and any
/// block-quote or list markers, up to the first byte that is neither masked nor whitespace, on
/// lines that have such a byte. `<Note>Text</Note>` gives `<Note>`; `<Tabs>` alone gives
/// nothing, since its line holds no text.
// Out of line, as `scan`.
#[inline(never)]
pub(super) fn leading(text: &str, mask: &[Range<usize>]) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut m = 0;
    let mut line = 0;
    // One list for every line: most lines of a code block are masked from their start.
    let mut parts = Vec::new();
    while line < b.len() {
        let next = next_line(b, line);
        let end = if b[..next].ends_with(b"\n") {
            next - 1
        } else {
            next
        };
        parts.clear();
        let mut p = line;
        while p < end {
            while m < mask.len() && mask[m].end <= p {
                m += 1;
            }
            if let Some(r) = mask.get(m).filter(|r| r.start <= p) {
                let stop = r.end.min(end);
                parts.push(p..stop);
                p = stop;
            } else if matches!(b[p], b' ' | b'\t' | b'\r') {
                p += 1;
            } else if let Some(len) = parts.is_empty().then(|| marker_len(&b[p..end])).flatten() {
                p += len;
            } else {
                break;
            }
        }
        if p < end && !parts.is_empty() {
            out.append(&mut parts);
        }
        line = next;
    }
    out
}

/// The length of a block-quote marker `>` or a list marker (`-`, `*`, `+`, `1.`, `1)`) followed
/// by a space at the start of `rest`.
fn marker_len(rest: &[u8]) -> Option<usize> {
    if rest.first() == Some(&b'>') {
        return Some(1);
    }
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    let len = match rest.first() {
        Some(b'-' | b'*' | b'+') => 1,
        _ if (1..=9).contains(&digits) && matches!(rest.get(digits), Some(b'.' | b')')) => {
            digits + 1
        }
        _ => return None,
    };
    matches!(rest.get(len), Some(b' ' | b'\t')).then_some(len)
}

/// If a code fence opens at `at`, the offset just past the line that closes it.
fn fence_end(b: &[u8], at: usize) -> Option<usize> {
    let marker = *b.get(at)?;
    if marker != b'`' && marker != b'~' {
        return None;
    }
    let len = b[at..].iter().take_while(|&&c| c == marker).count();
    if len < 3 {
        return None;
    }
    let mut line = next_line(b, at);
    while line < b.len() {
        let trimmed = line
            + b[line..]
                .iter()
                .take_while(|&&c| c == b' ' || c == b'\t')
                .count();
        let run = b[trimmed..].iter().take_while(|&&c| c == marker).count();
        let next = next_line(b, line);
        if run >= len && b[trimmed + run..next].iter().all(u8::is_ascii_whitespace) {
            return Some(next);
        }
        line = next;
    }
    Some(b.len())
}

fn next_line(b: &[u8], from: usize) -> usize {
    memchr::memchr(b'\n', &b[from..]).map_or(b.len(), |p| from + p + 1)
}

/// ESM runs to the first blank line.
fn esm_end(b: &[u8], at: usize) -> usize {
    let mut line = at;
    while line < b.len() {
        let next = next_line(b, line);
        if b[line..next].iter().all(u8::is_ascii_whitespace) {
            return line;
        }
        line = next;
    }
    b.len()
}

fn inline_code_end(b: &[u8], at: usize) -> usize {
    let len = b[at..].iter().take_while(|&&c| c == b'`').count();
    let mut i = at + len;
    while i < b.len() {
        if b[i] == b'`' {
            let run = b[i..].iter().take_while(|&&c| c == b'`').count();
            if run == len {
                return i + run;
            }
            i += run;
        } else {
            i += 1;
        }
    }
    at + len
}

/// The offset past the `}` that closes the `{` at `at`, skipping strings and comments; the end
/// of the line when it never closes.
pub(super) fn balanced_end(b: &[u8], at: usize) -> usize {
    let mut depth = 0usize;
    let mut i = at;
    while i < b.len() {
        match b[i] {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            b'"' | b'\'' | b'`' => i = string_end(b, i) - 1,
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = find(b, i + 2, b"*/").map_or(b.len(), |p| p + 2) - 1;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => i = next_line(b, i) - 1,
            _ => {}
        }
        i += 1;
    }
    next_line(b, at).min(b.len())
}

/// The offset past the `>` that ends the tag at `at`.
/// In a block quote, the `>` markers that start the tag's later lines are not its end.
fn tag_end(b: &[u8], at: usize, lines: &mut LineCursor) -> usize {
    if b[at..].starts_with(b"<!--") {
        return find(b, at + 4, b"-->").map_or(b.len(), |p| p + 3);
    }
    let quotes = lines.quote_depth(b, at);
    let mut i = at + 1;
    while i < b.len() {
        match b[i] {
            b'\n' if quotes > 0 => {
                i += 1;
                for _ in 0..quotes {
                    i += b[i..]
                        .iter()
                        .take_while(|&&c| c == b' ' || c == b'\t')
                        .count();
                    if b.get(i) != Some(&b'>') {
                        break;
                    }
                    i += 1;
                }
            }
            b'>' => return i + 1,
            b'"' | b'\'' => i = string_end(b, i),
            b'{' => i = balanced_end(b, i),
            _ => i += 1,
        }
    }
    b.len()
}

/// The line of the last tag looked at, so that finding where a tag's line starts reads each
/// byte once however many tags a line holds (10,000 nested elements on one line made this
/// quadratic when every tag searched back to the start of its line).
#[derive(Debug, Default)]
struct LineCursor {
    /// Everything before `seen` has been read.
    seen: usize,
    /// Where the line holding `seen` starts, and where its run of block-quote markers and
    /// whitespace ends; `None` before the first tag.
    line: Option<(usize, usize)>,
    /// How many bytes the cursor has read, for the test that keeps it linear.
    read: usize,
}

impl LineCursor {
    /// How many block-quote markers `>` come before `at` on its line, with nothing else but
    /// whitespace. `at` never goes back in a scan; if it did, the line is found again.
    fn quote_depth(&mut self, b: &[u8], at: usize) -> usize {
        if at < self.seen {
            self.seen = 0;
            self.line = None;
        }
        let newline = memchr::memrchr(b'\n', &b[self.seen..at]);
        self.read += at - self.seen;
        let start = match (newline, self.line) {
            (Some(p), _) => Some(self.seen + p + 1),
            (None, None) => Some(0),
            (None, Some(_)) => None,
        };
        if let Some(start) = start {
            let end = markers_end(b, start);
            self.read += end - start;
            self.line = Some((start, end));
        }
        self.seen = at;
        let (start, end) = self.line.unwrap_or_default();
        // A tag is never a marker, so only the first tag of a line can follow nothing but
        // markers: this count runs at most once a line.
        if at <= end {
            self.read += at - start;
            b[start..at].iter().filter(|&&c| c == b'>').count()
        } else {
            0
        }
    }
}

/// Where the run of block-quote markers and whitespace that starts at `start` ends.
fn markers_end(b: &[u8], start: usize) -> usize {
    start
        + b[start..]
            .iter()
            .take_while(|c| matches!(c, b'>' | b' ' | b'\t'))
            .count()
}

/// The name of an opening (not self-closing) HTML element whose content is code. JSX names are
/// case-sensitive and a capitalized one is a component (`<Code>`, `<Pre>`, `<Kbd>`), whose
/// children are Markdown like any other component's; code in a component is fenced.
fn code_element(tag: &[u8]) -> Option<&'static str> {
    if tag.ends_with(b"/>") {
        return None;
    }
    let name_len = tag[1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_' | b':'))
        .count();
    let name = &tag[1..1 + name_len];
    CODE_ELEMENTS
        .into_iter()
        .find(|code| name == code.as_bytes())
}

/// Where the closing tag `</name>` (or `</name >`) of `name` starts, from `from` on.
fn closing_tag(b: &[u8], from: usize, name: &str) -> Option<usize> {
    let close = format!("</{name}");
    let mut at = from;
    while let Some(p) = find(b, at, close.as_bytes()) {
        let after = p + close.len();
        if matches!(
            b.get(after),
            None | Some(b'>' | b' ' | b'\t' | b'\n' | b'\r')
        ) {
            return Some(p);
        }
        at = after;
    }
    None
}

/// HTML elements whose content is code, as MDX (like JSX) spells them: lowercase only.
const CODE_ELEMENTS: [&str; 5] = ["code", "pre", "kbd", "samp", "var"];

/// The offset past the quote that closes the string opened at `at`.
pub(super) fn string_end(b: &[u8], at: usize) -> usize {
    let quote = b[at];
    let mut i = at + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            c if c == quote => return i + 1,
            b'\n' if quote != b'`' => return i,
            _ => i += 1,
        }
    }
    b.len()
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> Vec<&str> {
        mask(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn esm_jsx_and_expressions() {
        let text = "import { A } from './a'\nexport const x = 1\n\n# Title\n\n<Tabs items={[\"a>b\", 'c']}>\n  Text {/* note */} here <b>bold</b>\n</Tabs>\n";
        assert_eq!(
            masked(text),
            vec![
                "import { A } from './a'\nexport const x = 1\n",
                "<Tabs items={[\"a>b\", 'c']}>",
                "{/* note */}",
                "<b>",
                "</b>",
                "</Tabs>"
            ]
        );
    }

    #[test]
    fn code_elements_are_masked_with_their_content() {
        let text =
            "Use <code>'oauth' | 'saml'</code> or <Code>x</Code> and <pre>\nweb hook\n</pre> here.";
        assert_eq!(
            masked(text),
            vec![
                "<code>'oauth' | 'saml'</code>",
                "<Code>",
                "</Code>",
                "<pre>\nweb hook\n</pre>"
            ]
        );
    }

    #[test]
    fn block_quote_markers_inside_a_tag_do_not_end_it() {
        let text = "> <a\n>   href=\"x\"\n> >\n> text\n";
        assert_eq!(masked(text), vec!["<a\n>   href=\"x\"\n> >"]);
        assert_eq!(masked("a\n<b\n> c"), vec!["<b\n>"]);
    }

    #[test]
    fn code_is_left_alone() {
        let text = "```tsx {{ filename: 'a.tsx' }}\n<Foo />\n```\n\nUse `<Bar />` and {x}.";
        assert_eq!(masked(text), vec!["{x}"]);
    }

    #[test]
    fn deep_nesting_on_one_line_reads_each_byte_a_bounded_number_of_times() {
        // Every tag asks where its line starts and whether only block-quote markers come before
        // it; searching back to the line's start from each tag made 10,000 levels quadratic.
        for prefix in ["", "> > ", "  "] {
            let depth = 20_000;
            let text = format!(
                "{prefix}{}web hook{}\n",
                "<Note>".repeat(depth),
                "</Note>".repeat(depth)
            );
            let mut lines = LineCursor::default();
            let (mask, tags) = scan_with(&text, &mut lines);
            assert_eq!(tags.len(), depth, "{prefix:?}");
            assert_eq!(mask.len(), 2 * depth, "{prefix:?}");
            assert!(
                lines.read <= 2 * text.len(),
                "{prefix:?}: {} bytes read for a {}-byte text",
                lines.read,
                text.len()
            );
        }
    }

    #[test]
    fn quote_depth_is_counted_per_line() {
        let text = "> <a\n>   href=\"x\"\n> >\n> > <b>\n<c> > <d>\n";
        let mut lines = LineCursor::default();
        let depths: Vec<usize> = text
            .match_indices('<')
            .map(|(at, _)| lines.quote_depth(text.as_bytes(), at))
            .collect();
        assert_eq!(depths, vec![1, 2, 0, 0]);
        // Asked again from the start, it finds the line again.
        assert_eq!(lines.quote_depth(text.as_bytes(), 2), 1);
    }

    #[test]
    fn never_past_the_end() {
        for text in [
            "{", "<a", "<!--", "{'", "`", "```", "import x", "{/*", "<a {",
        ] {
            for r in mask(text) {
                assert!(r.start <= r.end && r.end <= text.len(), "{text:?}");
            }
        }
    }
}
