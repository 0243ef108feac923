//! The Markdown extractor returns exactly the prose, as byte ranges of the original text.

use termlint::source::{self, FileKind, Scope};

/// The prose texts of `text`, joined with `|` between chunks.
fn prose(kind: FileKind, text: &str) -> Vec<&str> {
    source::extract(kind, text)
        .into_iter()
        .filter(|c| c.scope == Scope::Prose)
        .map(|c| &text[c.range])
        .collect()
}

fn md(text: &str) -> Vec<&str> {
    prose(FileKind::Markdown, text)
}

#[test]
fn paragraphs_headings_and_lists_are_prose() {
    assert_eq!(
        md("# Title here\n\nA paragraph\nwrapped.\n\n- item one\n- item two\n"),
        [
            "Title here",
            "A paragraph",
            "wrapped.",
            "item one",
            "item two"
        ]
    );
}

#[test]
fn ranges_point_into_the_original_text() {
    let text = "Intro *emphasis* and **strong** text.\n\n> quoted\n> line\n";
    let chunks = source::extract(FileKind::Markdown, text);
    assert!(chunks.iter().all(|c| c.scope == Scope::Prose));
    let ranges: Vec<_> = chunks.iter().map(|c| c.range.clone()).collect();
    assert_eq!(
        ranges,
        [0..6, 7..15, 16..21, 23..29, 31..37, 41..47, 50..54]
    );
    assert_eq!(
        chunks.iter().map(|c| c.block_start).collect::<Vec<_>>(),
        [true, false, false, false, false, true, false]
    );
}

#[test]
fn code_is_never_prose() {
    let text =
        "Before `inline code` after.\n\n```ts\nconst x = 1;\n```\n\n    indented code\n\nEnd.\n";
    assert_eq!(md(text), ["Before ", " after.", "End."]);
}

#[test]
fn inline_code_is_its_own_scope() {
    let text = "Listen for `user.created` and `` a`b `` events.\n\n```\nblock.code\n```\n";
    let code: Vec<&str> = source::extract(FileKind::Markdown, text)
        .into_iter()
        .filter(|c| c.scope == Scope::InlineCode)
        .map(|c| &text[c.range])
        .collect();
    assert_eq!(code, ["user.created", "a`b"]);
}

#[test]
fn html_is_never_prose() {
    let text = "<div>\nblock html\n</div>\n\nText <span title=\"x\">inside</span> more <!-- a comment -->\n";
    assert_eq!(md(text), ["Text ", "inside", " more "]);
}

#[test]
fn links_keep_their_text_not_their_destination() {
    let text =
        "See [the guide](https://example.com/web-hook \"a title\") and ![alt text](img.png).\n";
    assert_eq!(md(text), ["See ", "the guide", " and ", "alt text", "."]);
}

#[test]
fn autolinks_are_not_prose() {
    assert_eq!(
        md("Go to <https://example.com/x> or <me@example.com> now.\n"),
        ["Go to ", " or ", " now."]
    );
}

#[test]
fn front_matter_is_not_prose() {
    let text = "---\ntitle: Web hook\n---\n\nBody text.\n";
    assert_eq!(md(text), ["Body text."]);
    assert_eq!(md("+++\ntitle = 1\n+++\n\nBody.\n"), ["Body."]);
    // A blank line after the opening delimiter, as many docs sites write it.
    let text = "---\n\ntitle: Web hook\nsdk: nextjs\n---\n\nBody text.\n";
    assert_eq!(md(text), ["Body text."]);
    assert_eq!(prose(FileKind::Mdx, text), ["Body text."]);
    assert_eq!(md("\u{feff}---\na: b\n---\nBody.\n"), ["Body."]);
    // Not closed: not front matter.
    assert_eq!(md("---\n\nText.\n"), ["Text."]);
}

#[test]
fn tables_footnotes_tasks_and_strikethrough() {
    let text = "| Head | Other |\n| --- | --- |\n| cell one | cell two |\n\n- [x] done task\n\nA note[^1] and ~~gone~~.\n\n[^1]: The footnote.\n";
    assert_eq!(
        md(text),
        [
            "Head",
            "Other",
            "cell one",
            "cell two",
            "done task",
            "A note",
            " and ",
            "gone",
            ".",
            "The footnote."
        ]
    );
}

#[test]
fn entities_and_escapes_are_left_out_rather_than_misplaced() {
    let text = "Tom &amp; Jerry \\*not emphasis\\*.\n";
    for chunk in source::extract(FileKind::Markdown, text) {
        assert!(!text[chunk.range].contains('&'));
    }
}

#[test]
fn mdx_syntax_is_not_prose() {
    let text = "import { Tabs } from '@/components'\n\n# Title\n\n<Tabs items={['a', 'b']}>\n\nText {props.value} inside <Tab>children</Tab>.\n\n{/* a comment */}\n\n</Tabs>\n";
    assert_eq!(
        prose(FileKind::Mdx, text),
        ["Title", "Text ", " inside ", "children", "."]
    );
}

#[test]
fn no_input_makes_it_panic() {
    let samples = [
        "",
        "\u{feff}",
        "[",
        "```",
        "<",
        "{",
        "---\n",
        "| a |\n|---|\n",
        "\\",
        "[^x]:",
        "*a **b",
        "<!--",
        "\r\n\r\n",
        "> > > x",
        "1. \n2.",
        "<Foo bar={",
        "é\u{301}",
    ];
    for text in samples {
        for kind in [FileKind::Markdown, FileKind::Mdx] {
            for chunk in source::extract(kind, text) {
                assert!(
                    text.get(chunk.range.clone()).is_some(),
                    "{text:?} {chunk:?}"
                );
            }
        }
    }
}

#[test]
fn mdx_as_docs_sites_write_it() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/mdx/components.mdx"),
    )
    .unwrap();
    insta::assert_debug_snapshot!(prose(FileKind::Mdx, &text));
}
