//! Properties of the matcher on any prose: no panic, every span inside the text on char
//! boundaries, every fix applicable. The inputs are built from the glossary's own words, the
//! characters the context classes look at (joiners, quotes, `>`, capitals) and multibyte
//! characters placed next to them, where byte arithmetic goes wrong.

use proptest::prelude::*;
use termlint::config::Settings;
use termlint::lint::Linter;
use termlint::source::FileKind;

const PIECES: &[&str] = &[
    "sign in",
    "Sign In",
    "sign-in",
    "sign-up",
    "signin",
    "login",
    "Login",
    "log in",
    "to",
    "Kakao",
    "Tom",
    "Grey",
    "grey",
    "JWT Template",
    "Github",
    "github",
    "Oauth",
    "OAuth application",
    "OAuth app",
    "session cookie",
    "verify",
    "web hook",
    "Azure AD",
    "B2C",
    "Meta Data",
    "user.create",
    "`user.create`",
    "webhook",
    "e-mail",
    "the",
    "and",
    "or",
    " ",
    "  ",
    "\n",
    "\n\n",
    "# ",
    "| ",
    " |",
    "> ",
    " > ",
    "- ",
    "-",
    "/",
    ":",
    "@",
    "_",
    ".",
    ". ",
    ",",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "(",
    ")",
    "[",
    "](x)",
    "**",
    "—",
    "–",
    "→",
    "™",
    "é",
    "É",
    "🎹",
    "日本",
    "\u{feff}",
    "\r\n",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn findings_are_exact_spans_and_fixes_apply(text in text(), comment in any::<bool>()) {
        let linter = Linter::new(&Settings::default(), &["clerk-docs".to_string()]).unwrap();
        let (kind, source) = if comment {
            let language = termlint::source::comments::language("rust").unwrap();
            let commented: String = text.lines().map(|l| format!("// {l}\n")).collect();
            (FileKind::Code(language), commented)
        } else {
            (FileKind::Markdown, text)
        };
        for finding in linter.lint(kind, &source) {
            prop_assert!(finding.span.start < finding.span.end);
            prop_assert!(finding.span.end <= source.len());
            prop_assert!(source.is_char_boundary(finding.span.start));
            prop_assert!(source.is_char_boundary(finding.span.end));
            if let Some(fix) = &finding.fix {
                for edit in &fix.edits {
                    prop_assert!(source.is_char_boundary(edit.range.start));
                    prop_assert!(source.is_char_boundary(edit.range.end));
                }
            }
        }
        let fixed = linter.fix(kind, &source, termlint::fix::Applicability::Unsafe);
        prop_assert!(fixed.text.len() < source.len() * 4 + 64);
    }
}
