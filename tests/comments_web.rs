//! Comments in JavaScript, TypeScript, JSX, TSX, PHP, CSS, SCSS and the HTML-like files (HTML,
//! XML, Vue, Svelte): planted findings with exact positions, and traps in strings, template
//! literals, regex literals, JSX text and attributes that must stay silent.

mod common;

use common::{findings, flagged, texts};
use termlint::source::Scope;

#[test]
fn javascript() {
    assert_eq!(
        findings("javascript/hooks.js", "JavaScript"),
        [
            "2:18 web hook",
            "5:12 web\n * hook",
            "9:41 customise",
            "14:84 customise",
            "15:58 Github",
            "17:78 web hook",
        ]
    );
}

#[test]
fn jsx() {
    assert_eq!(
        findings("jsx/Banner.jsx", "JSX"),
        ["1:27 Github", "5:15 web hook", "11:4 Customise",]
    );
}

#[test]
fn typescript() {
    assert_eq!(
        findings("typescript/client.ts", "TypeScript"),
        [
            "2:20 web hook",
            "4:45 customise",
            "7:11 Github",
            "13:49 customise",
            "15:36 Github",
            "16:27 customise",
        ]
    );
}

#[test]
fn tsx() {
    assert_eq!(
        findings("tsx/Panel.tsx", "TSX"),
        [
            "3:22 web hook",
            "6:37 customise",
            "11:26 Github",
            "12:69 web hook",
        ]
    );
}

#[test]
fn php() {
    assert_eq!(
        findings("php/hook.php", "PHP"),
        [
            "2:10 web hook",
            "6:12 web hook",
            "8:27 Github",
            "11:45 Customise",
            "12:27 web\n    # hook",
        ]
    );
}

#[test]
fn css() {
    assert_eq!(
        findings("css/site.css", "CSS"),
        ["1:19 web hook", "2:4 Customise", "4:50 Github",]
    );
}

#[test]
fn scss() {
    assert_eq!(
        findings("scss/site.scss", "SCSS"),
        ["1:22 web hook", "4:55 Customise", "6:6 Github",]
    );
}

#[test]
fn html() {
    assert_eq!(
        findings("html/index.html", "HTML"),
        [
            "3:10 web hook",
            "4:6 Customise",
            "8:8 Github",
            "12:22 web\n    // hook",
        ]
    );
}

#[test]
fn xml() {
    assert_eq!(
        findings("xml/config.xml", "XML"),
        ["2:28 web hook", "6:8 Customise",]
    );
}

#[test]
fn vue() {
    assert_eq!(
        findings("vue/Hook.vue", "Vue"),
        [
            "2:12 web hook",
            "7:14 web hook",
            "9:57 customise",
            "13:4 Github",
        ]
    );
}

#[test]
fn svelte() {
    assert_eq!(
        findings("svelte/Hook.svelte", "Svelte"),
        [
            "2:7 Github",
            "2:28 web hook",
            "7:6 Customise",
            "13:6 web hook",
        ]
    );
}

#[test]
fn jsdoc_tags_names_types_and_examples_are_not_prose() {
    let text = "/**\n * Sends the payload.\n *\n * @param {string} name - The name to use.\n * @param [retries=3] how often\n * @returns {Promise<void>} nothing useful.\n * @throws {TypeError} when it fails.\n * @see other\n * @since 1.2.0\n * @example\n * send('x'); // a call\n * @deprecated Use another call.\n */\n";
    assert_eq!(
        texts("TypeScript", Scope::Prose, text),
        [
            "Sends the payload.",
            "The name to use.",
            "how often",
            "nothing useful.",
            "when it fails.",
            "Use another call."
        ]
    );
}

#[test]
fn a_term_wrapped_in_a_jsdoc_block_has_a_soft_break() {
    let text = "/**\n * A web\n * hook, then `code`\n * and more.\n */\n";
    assert_eq!(
        flagged("JavaScript", text),
        [("A web", "B"), ("hook, then ", "~"), ("and more.", "")]
    );
}

#[test]
fn template_literal_pieces_are_strings_and_interpolated_code_is_lexed() {
    let text = "const s = `a ${f(`b ${c /* in code */} d`)} e`; // after\n";
    assert_eq!(
        texts("JavaScript", Scope::String, text),
        ["a ", "b ", " d", " e"]
    );
    assert_eq!(
        texts("JavaScript", Scope::Prose, text),
        ["in code", "after"]
    );
}

#[test]
fn regex_literal_or_division_by_the_previous_token() {
    // After `=`, `(`, `return` a `/` starts a regex; after a value it divides.
    let text = "x = /\\/\\/ not a comment [/]/g; // one\ny = a / b; // two\nif (/'/.test(s)) {} // three\nreturn /a/; // four\n";
    assert_eq!(
        texts("JavaScript", Scope::Prose, text),
        ["one", "two", "three", "four"]
    );
}

#[test]
fn jsx_text_and_attributes_are_not_prose_but_jsx_comments_are() {
    let text = "const a = <A title=\"t\" on={() => 'x'}>Don't // text {/* note */}</A>; // after\n";
    assert_eq!(texts("JSX", Scope::Prose, text), ["note", "after"]);
    assert_eq!(texts("JSX", Scope::String, text), ["t", "x"]);
}

#[test]
fn pragmas_are_not_prose() {
    let text = "// eslint-disable-next-line no-console\n/* @ts-ignore */\n/// <reference path=\"a.d.ts\" />\n/* webpackChunkName: \"x\" */\n//# sourceMappingURL=a.js.map\n// kept\n";
    assert_eq!(texts("TypeScript", Scope::Prose, text), ["kept"]);
}

#[test]
fn a_comment_opening_with_a_namespaced_directive_is_not_prose() {
    for directive in [
        "swagger:parameters signup",
        "swagger:route POST /signup auth signup",
        "+kubebuilder:validation:Enum=login;signup",
        "lint:file-ignore U1000 the login flow is unused",
        "@vue:skip login",
        "wire:inject session store",
    ] {
        let text = format!("// {directive}\n// kept\n");
        assert_eq!(texts("Go", Scope::Prose, &text), ["kept"], "{directive}");
    }
    for prose in [
        "Note: the user signs in here",
        "TODO: the login page",
        "See https://example.com/login for the flow",
        "Sign in: the user is redirected",
        "e.g. login",
        "A:B testing of the sign-in page",
    ] {
        let text = format!("// {prose}\n");
        assert_eq!(texts("Go", Scope::Prose, &text), [prose], "{prose}");
    }
}

#[test]
fn unfenced_example_code_in_a_comment_is_not_prose() {
    let text = "/**\n * Usage:\n * const hook = create({\n *   name: 'x',\n * });\n * Done.\n */\n";
    assert_eq!(texts("JavaScript", Scope::Prose, text), ["Usage:", "Done."]);
}

#[test]
fn php_code_starts_and_stops_at_its_tags() {
    let text = "<p>text</p><?php // one ?> <!-- two --> <?= $x /* three */ ?>";
    assert_eq!(texts("PHP", Scope::Prose, text), ["one", "two", "three"]);
}

#[test]
fn script_and_style_parts_use_their_lang_attribute() {
    let text = "<script lang=\"ts\">let a = <T>b; // one</script><style lang=\"scss\">// two\n</style><template lang=\"pug\">// no</template>";
    assert_eq!(texts("Vue", Scope::Prose, text), ["one", "two"]);
}

#[test]
fn prose_may_wrap_at_a_semicolon_or_end_with_a_link() {
    let text = "/**\n * Enabled for the instance;\n * upgrading alone does not enable it.\n * From {@link https://example.com the repo}\n * x = f(y);\n */\n";
    assert_eq!(
        flagged("TypeScript", text),
        [
            ("Enabled for the instance;", "B"),
            ("upgrading alone does not enable it.", "~"),
            ("From", "~")
        ]
    );
}
