//! Text inside and after a JSX tag or expression that starts a line of MDX is prose, not an
//! indented code block. Each case marks every prose chunk it expects, to the byte.

mod marked;

use marked::{check_mdx_prose as check, mdx_blocks};
use termlint::glossary::{DEFAULT_PROFILES, Glossary};
use termlint::matcher::Matcher;
use termlint::source::FileKind;

/// A tag blanked to spaces at the start of a line must not make the rest of the line an
/// indented code block.
const LEADING_TAGS: &[(&str, &str)] = &[
    ("one-line element", "<Note>«A web hook here.»</Note>\n"),
    (
        "long tag with attributes",
        "<Callout type=\"warning\">«A web hook here.»</Callout>\n",
    ),
    ("in a list item", "- <Tab>«A web hook here.»</Tab>\n"),
    (
        "in an ordered list item",
        "1. <Callout type=\"note\">«A web hook.»</Callout>\n",
    ),
    ("indented", "  <Note>«A web hook here.»</Note>\n"),
    ("in a block quote", "> <Note>«A web hook.»</Note>\n"),
    (
        "text then a closing tag on a later line",
        "<Note>«A web hook»\n«wrapped here.»\n</Note>\n",
    ),
    ("self-closing tag then text", "<Icon />« A web hook.»\n"),
    (
        "a code element over several lines, then text",
        "«Use»<pre>\nweb hook\n</pre>« here.»\n",
    ),
    ("closing tag then text", "<Tabs>\n</Tabs>« A web hook.»\n"),
    ("expression then text", "{/* note */}« A web hook.»\n"),
    (
        "tag, text and an inner tag",
        "<Note>«Use »<b>«web hook»</b>« here.»</Note>\n",
    ),
    (
        "emphasis right after the tag",
        "<Note>_«web hook»_« here.»</Note>\n",
    ),
    (
        "a heading marker after a tag is text, as in MDX",
        "<Note>«# not a heading»</Note>\n",
    ),
    (
        "one-line elements nested in an element",
        "<Tabs>\n  <Tab>\n    <Note>«A web hook.»</Note>\n\n    «More text.»\n  </Tab>\n</Tabs>\n",
    ),
    (
        "an open tag with text nested in an element",
        "<Steps>\n  <Step>«A web hook»\n  «wrapped.»\n  </Step>\n\n  «After.»\n</Steps>\n",
    ),
    (
        "a tag over several lines of a block quote ends at its own `>`",
        "> «Deploy it.»\n>\n> <a\n>   href=\"https://example.com\"\n>   target=\"_blank\"\n> >\n>   «Deploy»\n> </a>\n",
    ),
    (
        "true indented code after a blank line stays code",
        "<Note>«A web hook.»</Note>\n\n    web hook in code\n",
    ),
    (
        "indented code after a tag-only line stays code at the top level",
        "«Text.»\n\n<Br />\n\n    web hook in code\n",
    ),
    (
        "fenced code after a one-line element",
        "<Tab>«Step one.»</Tab>\n\n```sh\n<Note>web hook</Note>\n```\n",
    ),
];

#[test]
fn text_after_a_tag_that_starts_a_line_is_prose() {
    check(LEADING_TAGS);
}

#[test]
fn text_after_a_tag_that_starts_a_line_starts_its_block() {
    let text = "Intro web\n\n<Note>hook here.</Note>\n";
    assert_eq!(
        mdx_blocks(text),
        [("Intro web", true), ("hook here.", true)]
    );
}

#[test]
fn terms_after_a_leading_tag_are_found() {
    let matcher = Matcher::new(&Glossary::builtin(DEFAULT_PROFILES).unwrap());
    for text in [
        "<Note>A web hook here.</Note>\n",
        "- <Tab>A web hook here.</Tab>\n",
        "<Callout type=\"warning\">A web hook here.</Callout>\n",
        "  <Note>A web hook here.</Note>\n",
    ] {
        let found: Vec<&str> = termlint::lint(&matcher, FileKind::Mdx, text)
            .into_iter()
            .map(|f| &text[f.span])
            .collect();
        assert_eq!(found, ["web hook"], "{text:?}");
    }
}
