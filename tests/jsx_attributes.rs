//! The string values of MDX attributes readers see (`title`, `alt`, …) are prose, with exact
//! spans inside their quotes; expressions, URLs, names and other attributes are not.

mod marked;

use marked::{check_mdx_prose, mdx_blocks};
use termlint::source::{self, FileKind, Scope};

/// Each case marks every prose chunk it expects, attribute values and text alike.
const CASES: &[(&str, &str)] = &[
    ("title", "<Tab title=\"«Web hook»\" />\n"),
    (
        "alt",
        "<Image alt=\"«A Github logo»\" src=\"/logo.png\" />\n",
    ),
    ("label", "<Badge label=\"«e-mail»\" />\n"),
    (
        "description",
        "<Card description=\"«Set up a web hook.»\" />\n",
    ),
    ("caption", "<Video caption=\"«Web hooks in action»\" />\n"),
    ("displayText", "<Link displayText=\"«Open Github»\" />\n"),
    ("single quotes", "<Callout title='«Github»' />\n"),
    (
        "value kept as written",
        "<Tab title=\"« padded  value »\" />\n",
    ),
    (
        "expressions and template literals",
        "<Tab title={\"web hook\"} label={`web hook`} alt={t('web hook')} />\n",
    ),
    (
        "URLs and paths",
        "<Card title=\"https://github.com/web-hook\" alt=\"/docs/web hook\" label=\"./web hook.png\" caption=\"#web-hook\" />\n",
    ),
    (
        "names",
        "<Tab label=\"web_hook\" title=\"user.created\" alt=\"acme-web-hook\" caption=\"@clerk/web\" />\n",
    ),
    (
        "attributes not listed",
        "«See »<a href=\"web hook\" className=\"web hook\" id=\"web hook\" data-title=\"web hook\">«text»</a>\n",
    ),
    (
        "boolean attributes and spreads",
        "<Tab disabled {...props} title=\"«Web hook»\" {...{ title: 'no' }} />\n",
    ),
    (
        "a tag over several lines",
        "<Callout\n  type=\"warning\"\n  title=\"«web hook»\"\n  description='«e-mail it»'\n>\n  «Body.»\n</Callout>\n",
    ),
    (
        "nested components",
        "<Tabs items={[\"a\", \"b\"]}>\n  <Tab title=\"«First»\">\n    <Callout title=\"«Inner»\">\n      «Text.»\n    </Callout>\n  </Tab>\n</Tabs>\n",
    ),
    (
        "components in list items",
        "- «Item »<Badge label=\"«web hook»\" />« text»\n- «Step:»\n  <Tab title=\"«Nested»\">\n    «Child»\n  </Tab>\n",
    ),
    (
        "inline in a paragraph",
        "«Text with »<Badge label=\"«web hook»\" />« inline.»\n",
    ),
    (
        "lowercase HTML tags in MDX",
        "<img alt=\"«Github logo»\" src=\"a.png\" />\n",
    ),
    (
        "tags in code and expressions",
        "```tsx\n<Tab title=\"web hook\" />\n```\n\n«Use »`<Tab title=\"web hook\" />`«.»\n\n{ok && <Tab title=\"web hook\" />}\n",
    ),
    ("unclosed quote", "<Tab title=\"web hook />\n"),
];

#[test]
fn listed_attribute_values_are_prose_with_exact_spans() {
    check_mdx_prose(CASES);
}

#[test]
fn every_attribute_value_is_a_block_of_its_own() {
    let text = "A <Tab title=\"web\" label=\"hook\" /> b\n";
    assert_eq!(
        mdx_blocks(text),
        [("A ", true), ("web", true), ("hook", true), (" b", false)]
    );
}

#[test]
fn markdown_html_attributes_are_not_read() {
    let text = "<img alt=\"Github\" src=\"a.png\">\n\nText <span title=\"web hook\">x</span>.\n";
    let prose: Vec<&str> = source::extract(FileKind::Markdown, text)
        .into_iter()
        .filter(|c| c.scope == Scope::Prose)
        .map(|c| &text[c.range])
        .collect();
    assert_eq!(prose, ["Text ", "x", "."]);
}
