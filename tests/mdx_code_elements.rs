//! In MDX only lowercase HTML code elements hide their content: a capitalized name is a
//! component. Each case marks every prose chunk it expects, to the byte.

mod marked;

use marked::check_mdx_prose as check;

/// In JSX a capitalized name is a component, not an HTML element: only lowercase `code`, `pre`,
/// `kbd`, `samp` and `var` hold code.
const CODE_ELEMENTS: &[(&str, &str)] = &[
    ("html code", "«Use »<code>web hook</code>« here.»\n"),
    ("html pre", "«Use »<pre>web hook</pre>« here.»\n"),
    (
        "names that only start like a code element",
        "«A »<code-block>«web hook»</code-block>« and »<codex>«web hook»</codex>\n",
    ),
    ("html kbd", "«Press »<kbd>web hook</kbd>«.»\n"),
    ("html samp", "«See »<samp>web hook</samp>«.»\n"),
    ("html var", "«Set »<var>web hook</var>«.»\n"),
    ("Code component", "«Use »<Code>«web hook»</Code>« here.»\n"),
    (
        "Code.Qwik component",
        "«Use »<Code.Qwik>«web hook»</Code.Qwik>« here.»\n",
    ),
    ("Pre component", "«Use »<Pre>«web hook»</Pre>« here.»\n"),
    ("Kbd component", "«Press »<Kbd>«web hook»</Kbd>«.»\n"),
    ("Var component", "«Set »<Var>«web hook»</Var>«.»\n"),
    (
        "lowercase code runs to its own closing tag",
        "«A »<code>x</Code> b </code>«.»\n",
    ),
    (
        "code fenced inside a component stays code",
        "<CodeBlockTabs options={[\"a\", \"b\"]}>\n  ```sh\n  web hook\n  ```\n</CodeBlockTabs>\n",
    ),
];

#[test]
fn only_lowercase_code_elements_hide_their_content() {
    check(CODE_ELEMENTS);
}
