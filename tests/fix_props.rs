//! Properties of autofix over random documents with planted terms: only the bytes of the fixes
//! change, fixing twice changes nothing more, and no fixable finding is left.

use proptest::prelude::*;
use termlint::config::Settings;
use termlint::fix::{self, Applicability};
use termlint::lint::Linter;
use termlint::source::FileKind;

/// Words and separators from which documents are built: plain words, planted terms, Markdown.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "the",
        "users",
        "sign",
        "in",
        "token",
        "Organization",
        "é",
        "日本",
        "web hook",
        "Web hooks",
        "WEB HOOK",
        "web\nhook",
        "customised",
        "Customising",
        "Clerk dashboard",
        "Github",
        "multifactor",
        "whitelisted",
        "session cookie",
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\r\n",
        "\n\n",
        ". ",
        ", ",
        "`code`",
        "**",
        "*",
        "# ",
        "- ",
        "> ",
        "[link](https://example.com/web-hook)",
        "<!-- web hook -->",
        "```\nweb hook\n```\n",
    ])
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|pieces| pieces.concat())
}

fn linter() -> &'static Linter {
    static LINTER: std::sync::OnceLock<Linter> = std::sync::OnceLock::new();
    LINTER.get_or_init(|| Linter::new(&Settings::default(), &[]).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn one_pass_changes_only_the_edited_ranges(text in document()) {
        let findings = linter().lint(FileKind::Markdown, &text);
        let fixes: Vec<_> = findings.iter().filter_map(|f| f.fix.as_ref()).collect();
        let applied = fix::apply(&text, fixes.iter().copied(), Applicability::Unsafe);
        // Rebuild the expected text from the untouched bytes and the replacements.
        let mut edits: Vec<_> = fixes.iter().flat_map(|f| &f.edits).collect();
        edits.sort_by_key(|e| e.range.start);
        let mut expected = String::new();
        let mut at = 0;
        for edit in edits {
            if edit.range.start < at { continue; }
            expected.push_str(&text[at..edit.range.start]);
            expected.push_str(&edit.replacement);
            at = edit.range.end;
        }
        expected.push_str(&text[at..]);
        prop_assert_eq!(&applied.text, &expected);
        for finding in &findings {
            prop_assert!(text.is_char_boundary(finding.span.start) && text.is_char_boundary(finding.span.end));
        }
    }

    #[test]
    fn fixing_settles_and_leaves_no_fixable_finding(text in document()) {
        for min in [Applicability::Safe, Applicability::Unsafe] {
            let once = linter().fix(FileKind::Markdown, &text, min);
            prop_assert!(once.converged);
            let twice = linter().fix(FileKind::Markdown, &once.text, min);
            prop_assert_eq!(&twice.text, &once.text);
            prop_assert_eq!(twice.applied, 0);
            let left = linter().lint(FileKind::Markdown, &once.text);
            prop_assert!(left.iter().all(|f| f.fix.as_ref().is_none_or(|fix| fix.applicability < min)));
            // Fixes never add a line break; they remove one only inside a wrapped term whose
            // preferred form is one word (`web⏎hook` → `webhook`).
            prop_assert!(once.text.matches('\n').count() <= text.matches('\n').count());
        }
    }
}
