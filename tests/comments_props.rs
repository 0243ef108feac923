//! Properties of comment extraction that hold for every language and every input: ranges lie
//! inside the file on char boundaries, in order and never overlapping, and nothing panics.

use proptest::prelude::*;
use termlint::glossary::{DEFAULT_PROFILES, Glossary};
use termlint::matcher::Matcher;
use termlint::source::comments::LANGUAGES;
use termlint::source::{self, FileKind};

/// Pieces of syntax from every language in the table, so random inputs open and close strings,
/// comments, interpolations, heredocs and embedded parts in every order.
const FRAGMENTS: &[&str] = &[
    "//",
    "/*",
    "*/",
    "/**",
    "///",
    "//!",
    "#",
    "--",
    "---",
    "{-",
    "-}",
    "{-|",
    "<#",
    "#>",
    "\"",
    "'",
    "`",
    "\"\"\"",
    "'''",
    "${",
    "}",
    "#{",
    "\\(",
    ")",
    "r#\"",
    "\"#",
    "#\"",
    "@\"",
    "$\"",
    "$@\"",
    "<<EOF",
    "<<-EOF",
    "<<<EOT",
    "EOF",
    "EOT;",
    "\n",
    "\n",
    "\n",
    " ",
    " ",
    "  ",
    "web hook",
    "customise",
    "Github",
    "é",
    "日本",
    "🦀",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<style lang=\"scss\">",
    "</style>",
    "<?php",
    "?>",
    "/",
    "[[",
    "]]",
    "[==[",
    "]==]",
    "--[[",
    "=begin",
    "=end",
    "=pod",
    "=cut",
    "q{",
    "qq(",
    "s/a/",
    "%w[",
    "%q(",
    "~s(",
    "~r/",
    "?#",
    "$$",
    "$tag$",
    "\\",
    "<div>",
    "</div>",
    "{",
    "(",
    "[",
    "]",
    "<",
    ">",
    "@param",
    "@example",
    "{@link",
    " * ",
    "x",
    "=",
    ":",
    "|",
    ">-",
    "R\"x(",
    ")x\"",
    "r\"(",
    "\r\n",
    "\t",
    "@doc",
    "def f():",
    "class A:",
    "    ",
    "return",
    "<T,>",
    "<Foo bar={",
    "/>",
    "</",
    "{{",
    "}}",
    "@'",
    "'@",
    "@\"\n",
    "\n\"@",
    "url(",
    "```",
    "~~~",
    ">>>",
    ":param x:",
    "Args:",
    "----------",
    ".EXAMPLE",
    "<summary>",
    "</summary>",
    "<c>",
    "</c>",
    "$(",
    "'a",
    "b'x'",
    "1'000",
    "x'",
    "#!",
    "#[",
    "\u{feff}",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|parts| parts.concat())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    for language in LANGUAGES {
        let chunks = source::extract(FileKind::Code(language), text);
        let mut previous_end = 0;
        for chunk in &chunks {
            let range = chunk.range.clone();
            prop_assert!(
                range.start < range.end && range.end <= text.len(),
                "{}: {range:?} in {} bytes",
                language.name,
                text.len()
            );
            prop_assert!(
                text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
                "{}: {range:?} off a char boundary",
                language.name
            );
            prop_assert!(
                range.start >= previous_end,
                "{}: {range:?} overlaps or precedes the range ending at {previous_end}",
                language.name
            );
            previous_end = range.end;
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn syntax_soup_gives_ordered_ranges_inside_the_file(text in soup()) {
        check(&text)?;
    }

    #[test]
    fn any_string_gives_ordered_ranges_inside_the_file(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn any_bytes_give_ordered_ranges_inside_the_file(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&String::from_utf8_lossy(&bytes))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn linting_soup_never_panics(text in soup()) {
        let matcher = Matcher::new(&Glossary::builtin(DEFAULT_PROFILES).unwrap());
        for language in LANGUAGES {
            for finding in termlint::lint(&matcher, FileKind::Code(language), &text) {
                prop_assert!(text.get(finding.span.clone()).is_some(), "{}", language.name);
            }
        }
    }
}
