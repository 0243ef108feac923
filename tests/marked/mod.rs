//! Expected spans written into the text itself, between `«` and `»`, so that a table of cases
//! reads like the files it stands for and every span is checked to the byte.

use std::ops::Range;

/// The text without its markers, and the byte ranges the markers enclosed in that text.
pub(crate) fn unmark(marked: &str) -> (String, Vec<Range<usize>>) {
    let mut text = String::with_capacity(marked.len());
    let mut spans = Vec::new();
    let mut open = None;
    for c in marked.chars() {
        match c {
            '«' => open = Some(text.len()),
            '»' => spans.push(open.take().expect("» without «")..text.len()),
            _ => text.push(c),
        }
    }
    assert!(open.is_none(), "« without »: {marked:?}");
    (text, spans)
}

/// Extracts each marked MDX case and checks its prose chunks against the marks, to the byte.
#[allow(dead_code)]
pub(crate) fn check_mdx_prose(cases: &[(&str, &str)]) {
    use termlint::source::{self, FileKind, Scope};
    for (name, case) in cases {
        let (text, expected) = unmark(case);
        let found: Vec<Range<usize>> = source::extract(FileKind::Mdx, &text)
            .into_iter()
            .filter(|c| c.scope == Scope::Prose)
            .map(|c| c.range)
            .collect();
        let shown: Vec<&str> = found.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(found, expected, "{name}: {shown:?}");
    }
}

/// Each chunk of an MDX text with whether it starts a block.
#[allow(dead_code)]
pub(crate) fn mdx_blocks(text: &str) -> Vec<(&str, bool)> {
    use termlint::source::{self, FileKind};
    source::extract(FileKind::Mdx, text)
        .into_iter()
        .map(|c| (&text[c.range], c.block_start))
        .collect()
}
