//! MDX's indentation: text nested in JSX is indented for readability and is still Markdown, so
//! the indentation of nested content is removed before the CommonMark parser reads it, with a map
//! back to the original offsets.

use super::mdx::{balanced_end, string_end};

/// MDX has no indented code: text nested in JSX is indented for readability and is still
/// Markdown. This removes, from each line inside a JSX element, the indentation of the element's
/// first content line, so that a CommonMark parser reads nested prose as prose. Returns the
/// dedented text and, from the start and from each line that lost indentation, `(start in the
/// dedented text, bytes removed up to there)`, for [`original_offset`]; `None` when nothing needs
/// removing.
pub(super) fn dedent(text: &str) -> Option<(String, Vec<(usize, usize)>)> {
    // Most files need nothing removed: the copy starts at the first line that does, as until
    // there it would be the text itself.
    let mut dedented: Option<(String, Vec<(usize, usize)>)> = None;
    let mut at = 0;
    let mut removed = 0usize;
    // The indentation to remove in each open element; `None` until its first content line.
    let mut bases: Vec<Option<usize>> = Vec::new();
    let mut in_tag = false;
    // The marker and length of the open code fence: its lines are code, never tags.
    let mut fence: Option<(char, usize)> = None;
    for line in super::lines::split_inclusive_lf(text) {
        let content = line.trim_start_matches([' ', '\t']);
        let indent = line.len() - content.len();
        let trimmed = content.trim_end();
        let base = bases.last().copied().flatten().unwrap_or(0);
        let mut cut = 0;
        let marker = trimmed.chars().next().filter(|c| *c == '`' || *c == '~');
        let run = marker.map_or(0, |m| trimmed.chars().take_while(|c| *c == m).count());
        if let Some((m, len)) = fence {
            cut = indent.min(base);
            if marker == Some(m) && run >= len && trimmed.len() == run {
                fence = None;
            }
        } else if run >= 3 {
            cut = indent.min(base);
            fence = marker.map(|m| (m, run));
        } else if in_tag {
            // The attributes of a tag opened on an earlier line.
            if trimmed.ends_with('>') {
                in_tag = false;
                if !trimmed.ends_with("/>") {
                    bases.push(None);
                }
            }
        } else if trimmed.starts_with("</") {
            bases.pop();
            if line_tag_end(trimmed.as_bytes()).is_some_and(|end| has_text(&trimmed[end..]))
                && let Some(top @ None) = bases.last_mut()
            {
                *top = Some(indent);
            }
            cut = indent.min(bases.last().copied().flatten().unwrap_or(0));
        } else if opens_tag(trimmed) {
            cut = indent.min(base);
            match line_tag_end(trimmed.as_bytes()) {
                // The attributes go on over the next lines.
                None => in_tag = true,
                Some(end) => {
                    // Text after the tag (`<Note>Text`) is content of the enclosing element,
                    // whose indentation it sets like any content line.
                    if has_text(&trimmed[end..]) {
                        if let Some(top @ None) = bases.last_mut() {
                            *top = Some(indent);
                        }
                        cut = indent.min(bases.last().copied().flatten().unwrap_or(0));
                    }
                    if !trimmed[..end].ends_with("/>") && !trimmed.contains("</") {
                        bases.push(None);
                    }
                }
            }
        } else if !trimmed.is_empty() {
            if let Some(top @ None) = bases.last_mut() {
                *top = Some(indent);
            }
            cut = indent.min(bases.last().copied().flatten().unwrap_or(0));
        }
        removed += cut;
        if cut > 0 || dedented.is_some() {
            let (out, lines) = dedented.get_or_insert_with(|| {
                let mut out = String::with_capacity(text.len());
                out.push_str(&text[..at]);
                (out, vec![(0, 0)])
            });
            if cut > 0 {
                lines.push((out.len(), removed));
            }
            out.push_str(&line[cut..]);
        }
        at += line.len();
    }
    dedented
}

/// A line that starts a JSX element: `<Name`, `<name` or a fragment `<>`.
fn opens_tag(trimmed: &str) -> bool {
    let mut chars = trimmed.chars();
    chars.next() == Some('<')
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '>')
}

/// The offset past the `>` that ends the tag starting `line`, if it ends on that line.
fn line_tag_end(line: &[u8]) -> Option<usize> {
    let mut i = 1;
    while i < line.len() {
        match line[i] {
            b'>' => return Some(i + 1),
            b'"' | b'\'' => i = string_end(line, i),
            b'{' => {
                i = balanced_end(line, i);
                if line[i - 1] != b'}' {
                    return None;
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// Whether `rest` of a line holds text beyond whitespace, tags and `{expressions}`.
fn has_text(rest: &str) -> bool {
    let b = rest.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' => i += 1,
            b'<' if b
                .get(i + 1)
                .is_some_and(|&c| c.is_ascii_alphabetic() || matches!(c, b'/' | b'>')) =>
            {
                match line_tag_end(&b[i..]) {
                    Some(end) => i += end,
                    None => return false,
                }
            }
            b'{' => i = balanced_end(b, i),
            _ => return true,
        }
    }
    false
}

/// Maps a byte offset of the dedented text back to the original.
pub(super) fn original_offset(lines: &[(usize, usize)], at: usize) -> usize {
    let line = lines
        .partition_point(|&(start, _)| start <= at)
        .saturating_sub(1);
    at + lines.get(line).map_or(0, |&(_, removed)| removed)
}

#[cfg(test)]
mod dedent_tests {
    use super::dedent;

    #[test]
    fn nested_prose_is_dedented_relative_to_its_element() {
        let text = "<If sdk=\"x\">\n  <Properties>\n    - `a`\n\n    Text here.\n      nested\n  </Properties>\n</If>\n";
        let (out, _) = dedent(text).unwrap();
        assert_eq!(
            out,
            "<If sdk=\"x\">\n  <Properties>\n- `a`\n\nText here.\n  nested\n  </Properties>\n</If>\n"
        );
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let text = "<A>\n    caf\u{e9} \u{1f389} ok\n</A>\n";
        let (out, lines) = dedent(text).unwrap();
        let at = out.find('\u{1f389}').unwrap();
        let original = super::original_offset(&lines, at);
        assert_eq!(&text[original..original + 4], "\u{1f389}");
        let end = super::original_offset(&lines, at + 3) + 1;
        assert!(text.is_char_boundary(end));
    }

    /// Every byte of the dedented text maps back to the same byte of the original, whether its
    /// line lost indentation or not, before the first such line and after it.
    #[test]
    fn every_byte_maps_back_to_the_same_byte() {
        for text in [
            "<A>\n    caf\u{e9} \u{1f389} ok\n</A>\n",
            "# Title\n\nIntro text.\n\n<Tabs>\n  <Tab>\n    First.\n\n    ```js\n    code\n    ```\n  </Tab>\n</Tabs>\n\nAfter.\n",
            "Before\n<Note>\n  one\ntwo at the margin\n    three\n</Note>\n<B>\n\t\ttabbed\n</B>",
            "<If sdk=\"x\">\n  <Properties>\n    - `a`\n\n    Text here.\n      nested\n  </Properties>\n</If>\n",
        ] {
            let (out, lines) = dedent(text).unwrap();
            assert!(out.len() < text.len(), "{text:?}");
            for (at, byte) in out.bytes().enumerate() {
                let original = super::original_offset(&lines, at);
                assert_eq!(text.as_bytes()[original], byte, "{text:?} at {at}");
            }
        }
    }

    #[test]
    fn nothing_to_do_outside_elements() {
        assert!(dedent("# Title\n\n    indented\n").is_none());
    }
}
