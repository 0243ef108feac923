//! Comments in the C family (C, C++, C#, Java, Kotlin, Scala, Swift, Go, Rust, Dart): planted
//! findings in comments with exact positions, and traps in strings, char literals, raw strings
//! and nested comments that must stay silent.

mod common;

use common::{findings, flagged, texts};
use termlint::source::Scope;

#[test]
fn c() {
    assert_eq!(
        findings("c/digest.c", "C"),
        [
            "1:29 web hook",
            "2:16 customise",
            "5:23 Github",
            "5:45 web\n// hook",
            "8:57 customise",
            "14:39 Github",
        ]
    );
}

#[test]
fn cpp() {
    assert_eq!(
        findings("cpp/table.cpp", "C++"),
        [
            "1:16 web hook",
            "2:44 customise",
            "5:60 Github",
            "7:50 customise",
            "11:13 web\n * hook",
        ]
    );
}

#[test]
fn csharp() {
    assert_eq!(
        findings("csharp/Hooks.cs", "C#"),
        [
            "4:13 web hook",
            "6:40 customise",
            "9:87 Github",
            "11:65 web hook",
            "16:8 Customise",
        ]
    );
}

#[test]
fn java() {
    assert_eq!(
        findings("java/Hook.java", "Java"),
        [
            "4:6 web hook",
            "6:4 customise",
            "8:19 Github",
            "14:34 Customise",
        ]
    );
}

#[test]
fn kotlin() {
    assert_eq!(
        findings("kotlin/Hook.kt", "Kotlin"),
        [
            "4:14 web hook",
            "6:31 customise",
            "7:39 Github",
            "10:73 web hook",
            "12:24 Github",
            "12:51 customise",
        ]
    );
}

#[test]
fn scala() {
    assert_eq!(
        findings("scala/Hook.scala", "Scala"),
        [
            "3:13 web hook",
            "5:22 Github",
            "8:48 customise",
            "10:25 Github",
        ]
    );
}

#[test]
fn swift() {
    assert_eq!(
        findings("swift/Hook.swift", "Swift"),
        [
            "3:13 web hook",
            "4:38 customise",
            "6:56 Customise",
            "11:24 web hook",
            "11:42 Github",
        ]
    );
}

#[test]
fn go() {
    assert_eq!(
        findings("go/hook.go", "Go"),
        [
            "1:25 web hook",
            "3:12 customise",
            "9:51 Github",
            "11:19 web\n   hook",
        ]
    );
}

#[test]
fn rust() {
    assert_eq!(
        findings("rust/lib.rs", "Rust"),
        [
            "1:13 web hook",
            "3:17 customise",
            "5:26 Github",
            "13:57 web\n    // hook",
            "15:24 web hook",
        ]
    );
}

#[test]
fn dart() {
    assert_eq!(
        findings("dart/hook.dart", "Dart"),
        [
            "1:13 web hook",
            "3:13 customise",
            "5:58 Customise",
            "6:59 Github",
            "10:25 customise",
        ]
    );
}

#[test]
fn doc_comment_lines_are_markdown_with_soft_breaks_between_lines() {
    let text = "/// Sends a web\n/// hook with `code` and *emphasis*.\n///\n/// New paragraph.\nfn f() {}\n";
    assert_eq!(
        flagged("Rust", text),
        [
            ("Sends a web", "B"),
            ("hook with ", "~"),
            (" and ", ""),
            ("emphasis", ""),
            (".", ""),
            ("New paragraph.", "B"),
        ]
    );
    assert_eq!(texts("Rust", Scope::InlineCode, text), ["code"]);
}

#[test]
fn block_comment_stars_and_rules_are_not_prose() {
    let text = "/*****\n * First line\n * second line\n *****/\nint x;\n/**/ /***/\n";
    assert_eq!(
        flagged("C", text),
        [("First line", "B"), ("second line", "~")]
    );
}

#[test]
fn nested_block_comments_only_where_the_language_nests_them() {
    let text = "/* a /* b */ c */ x = \"/* s */\";\n";
    assert_eq!(texts("Rust", Scope::Prose, text).concat(), "a /* b */ c");
    assert_eq!(texts("Rust", Scope::String, text), ["/* s */"]);
    // In C the first `*/` closes the comment, and the rest is code.
    assert_eq!(texts("C", Scope::Prose, text).concat(), "a /* b");
}

#[test]
fn string_contents_without_quotes_are_their_own_scope() {
    let text =
        "let a = \"web hook\"; let b = r##\"raw \"# text\"##; let c = b\"bytes\"; let d = 'x';\n";
    assert_eq!(
        texts("Rust", Scope::String, text),
        ["web hook", "raw \"# text", "bytes"]
    );
    let text =
        "var a = @\"C:\\dir\\\"; var b = $\"{x} and {{y}}\"; var c = \"\"\"\n raw \"\" \n\"\"\";\n";
    assert_eq!(
        texts("C#", Scope::String, text),
        ["C:\\dir\\", " and {{y}}", "\n raw \"\" \n"]
    );
}

#[test]
fn lifetimes_primes_and_separators_are_not_char_literals() {
    let text = "fn f<'a>(x: &'a str) -> &'a str { x } // web hook\n";
    assert_eq!(texts("Rust", Scope::Prose, text), ["web hook"]);
    let text = "long n = 1'000'000; // a comment\n";
    assert_eq!(texts("C++", Scope::Prose, text), ["a comment"]);
}

#[test]
fn csharp_xml_doc_tags_and_code_elements_are_not_prose() {
    let text = "/// <summary>\n/// Sends the <c>payload</c> to <see cref=\"Target\"/>.\n/// </summary>\n/// <param name=\"retries\">How often.</param>\nvoid Send() {}\n";
    assert_eq!(
        texts("C#", Scope::Prose, text),
        ["Sends the ", " to ", ".", "How often."]
    );
}

#[test]
fn javadoc_inline_tags_and_html_are_not_prose() {
    let text = "/**\n * Returns the {@code value} or {@link Other#name the other}.\n * <p>Second <b>paragraph</b>.\n * <pre>\n * code here\n * </pre>\n */\n";
    assert_eq!(
        texts("Java", Scope::Prose, text),
        ["Returns the ", " or ", ".", "Second ", "paragraph", "."]
    );
}

#[test]
fn tab_indented_lines_under_spaced_prose_stay_code() {
    let text = "// Package x sends it.\n//\n//\tx.Send(\"a\") // inside a code block\n//\n// Then it returns.\npackage x\n";
    assert_eq!(
        texts("Go", Scope::Prose, text),
        ["Package x sends it.", "Then it returns."]
    );
    assert_eq!(texts("Go", Scope::String, text), Vec::<&str>::new());
}

#[test]
fn bracketed_symbol_references_are_not_prose_but_links_are() {
    let text = "/// Returns the [Client] for [Github.repo], see [the guide](https://example.com).\nvoid f() {}\n";
    assert_eq!(
        texts("Dart", Scope::Prose, text),
        ["Returns the ", " for ", ", see ", "the guide", "."]
    );
}
