//! Shared by the class tests: lint a text as Markdown and as a `//` comment under the default
//! profile, and assert it is clean or gives exactly one finding.
#![allow(dead_code)]

use std::path::Path;

use termlint::config::Settings;
use termlint::lint::Linter;
use termlint::source::FileKind;

pub(crate) fn linter() -> Linter {
    Linter::new(&Settings::default(), &[]).unwrap()
}

/// `(rule, matched text)` of every finding in `text`, read as the file `file` (its extension
/// picks the language).
pub(crate) fn rules_in(file: &str, text: &str) -> Vec<(String, String)> {
    let kind = FileKind::from_path(Path::new(file)).unwrap();
    linter()
        .lint(kind, text)
        .into_iter()
        .map(|f| (f.rule.to_string(), text[f.span].to_string()))
        .collect()
}

/// Every `(file, text)` has no finding.
pub(crate) fn assert_files_clean(cases: &[(&str, &str)]) {
    for (file, text) in cases {
        let f = rules_in(file, text);
        assert!(f.is_empty(), "{file}: {text:?}: {f:?}");
    }
}

/// Every `(file, text, rule)` has exactly one finding, of that rule.
pub(crate) fn assert_files_rule(cases: &[(&str, &str, &str)]) {
    for (file, text, rule) in cases {
        let f = rules_in(file, text);
        let rules: Vec<&str> = f.iter().map(|(r, _)| r.as_str()).collect();
        assert_eq!(rules, [*rule], "{file}: {text:?}: {f:?}");
    }
}

/// `(rule, matched text, first suggestion)` of every finding, in Markdown or in a comment.
pub(crate) fn found(linter: &Linter, text: &str, comment: bool) -> Vec<(String, String, String)> {
    let (kind, source) = if comment {
        let kind = FileKind::from_path(Path::new("hook.ts")).unwrap();
        (kind, format!("// {text}\nconst x = 1;\n"))
    } else {
        (FileKind::Markdown, text.to_string())
    };
    linter
        .lint(kind, &source)
        .into_iter()
        .map(|f| {
            (
                f.rule.to_string(),
                source[f.span].to_string(),
                f.suggestions.first().cloned().unwrap_or_default(),
            )
        })
        .collect()
}

/// Every text is clean, in Markdown and in a comment.
pub(crate) fn assert_clean(texts: &[&str]) {
    let linter = linter();
    for text in texts {
        for comment in [false, true] {
            let f = found(&linter, text, comment);
            assert!(f.is_empty(), "{text:?} (comment: {comment}): {f:?}");
        }
    }
}

/// Every `(text, rule, matched, suggestion)` gives exactly that finding, in both file kinds.
pub(crate) fn assert_caught(cases: &[(&str, &str, &str, &str)]) {
    let linter = linter();
    for (text, rule, matched, suggestion) in cases {
        for comment in [false, true] {
            let f = found(&linter, text, comment);
            let want = vec![(
                rule.to_string(),
                matched.to_string(),
                suggestion.to_string(),
            )];
            assert_eq!(f, want, "{text:?} (comment: {comment})");
        }
    }
}

/// The applicability of every finding's fix in `text`, a file named `file` (`a.md`, `a.ts`).
pub(crate) fn fix_applicabilities(file: &str, text: &str) -> Vec<termlint::fix::Applicability> {
    let kind = FileKind::from_path(Path::new(file)).unwrap();
    linter()
        .lint(kind, text)
        .into_iter()
        .filter_map(|f| f.fix.map(|fix| fix.applicability))
        .collect()
}

/// Every text is clean in Markdown (some classes live only in documents: tables, elements,
/// changelogs, code blocks).
pub(crate) fn assert_clean_markdown(texts: &[&str]) {
    let linter = linter();
    for text in texts {
        let f = found(&linter, text, false);
        assert!(f.is_empty(), "{text:?}: {f:?}");
    }
}

/// Every `(text, matched)` in Markdown gives exactly one finding, on `matched`, whatever its rule.
pub(crate) fn assert_matched_markdown(cases: &[(&str, &str)]) {
    let linter = linter();
    for (text, matched) in cases {
        let f = found(&linter, text, false);
        assert_eq!(
            f.iter().map(|f| f.1.as_str()).collect::<Vec<_>>(),
            [*matched],
            "{text:?}"
        );
    }
}

/// Asserts that each text gives exactly one finding, of the rule given.
pub(crate) fn assert_one_each(cases: &[(&str, &str, &str)]) {
    for (file, text, rule) in cases {
        let found = rules_in(file, text);
        assert_eq!(found.len(), 1, "{file}: {text:?}: {found:?}");
        assert_eq!(found[0].0, *rule, "{file}: {text:?}");
    }
}
