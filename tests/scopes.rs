//! `[scopes]` through the linter: what each switch keeps, with exact spans.

mod marked;

use std::ops::Range;

use marked::unmark;
use termlint::config::{Scopes, Settings};
use termlint::lint::Linter;
use termlint::source::{FileKind, comments};

fn linter(scopes: Scopes) -> Linter {
    let settings = Settings {
        scopes: Some(scopes),
        ..Settings::default()
    };
    Linter::new(&settings, &[]).unwrap()
}

fn spans(linter: &Linter, kind: FileKind, text: &str) -> Vec<Range<usize>> {
    linter
        .lint(kind, text)
        .into_iter()
        .map(|f| f.span)
        .collect()
}

/// The kind for a failure message: a language's name, not its whole syntax table.
fn label(kind: FileKind) -> String {
    match kind {
        FileKind::Code(language) => language.name.to_string(),
        other => format!("{other:?}"),
    }
}

fn code(language: &str) -> FileKind {
    FileKind::Code(comments::language(language).unwrap())
}

#[test]
fn comments_false_drops_comment_prose_in_code_and_nothing_else() {
    let off = Scopes {
        comments: Some(false),
        ..Scopes::default()
    };
    let off_with_strings = Scopes {
        comments: Some(false),
        strings: Some(true),
        ..Scopes::default()
    };
    // (scopes, file kind, text with the expected findings marked)
    let cases: &[(&Scopes, FileKind, &str)] = &[
        (
            &Scopes::default(),
            code("Rust"),
            "// Set up a «web hook».\nlet e = \"«users.created»\";\n",
        ),
        // The event catalog still reads string literals.
        (
            &off,
            code("Rust"),
            "// Set up a web hook.\n/// On Github.\nlet e = \"«users.created»\";\n",
        ),
        // Docstrings are comments too.
        (
            &off,
            code("Python"),
            "\"\"\"A web hook helper.\"\"\"\nx = 1  # Github\n",
        ),
        // So is inline code in a comment, which the event catalog would otherwise read.
        (
            &Scopes::default(),
            code("TypeScript"),
            "/** Fires `«users.created»` for a «web hook». */\nexport const a = 1;\n",
        ),
        (
            &off,
            code("TypeScript"),
            "/** Fires `users.created` for a web hook. */\nexport const a = 1;\n",
        ),
        (&off, code("HTML"), "<!-- A web hook. -->\n<p>Text</p>\n"),
        // Strings become prose with `strings = true`, whatever `comments` says.
        (
            &off_with_strings,
            code("JavaScript"),
            "// A web hook.\nconst s = \"Add a «web hook».\";\n",
        ),
        // Documents have no comments to turn off.
        (&off, FileKind::Markdown, "A «web hook».\n"),
        (
            &off,
            FileKind::Mdx,
            "---\ntitle: «Github»\n---\n\nA «web hook».\n",
        ),
    ];
    for (scopes, kind, case) in cases {
        let (text, expected) = unmark(case);
        let found = spans(&linter((*scopes).clone()), *kind, &text);
        assert_eq!(found, expected, "{scopes:?} {} {text:?}", label(*kind));
    }
}

#[test]
fn jsx_attributes_choose_which_attribute_values_are_prose() {
    let list = |names: &[&str]| Scopes {
        jsx_attributes: Some(names.iter().map(|n| n.to_string()).collect()),
        ..Scopes::default()
    };
    let text = "<Card title=\"«Github»\" heading=\"«web hook»\" alt='«e-mail»' />\n";
    // (scopes, which of the three marked values are found)
    let cases: &[(Scopes, &[usize])] = &[
        (Scopes::default(), &[0, 2]),
        (list(&["heading"]), &[1]),
        (list(&["heading", "title", "alt"]), &[0, 1, 2]),
        (list(&[]), &[]),
        // Names are matched exactly, as JSX spells them.
        (list(&["Title", "ALT"]), &[]),
    ];
    let (text, marked) = unmark(text);
    for (scopes, which) in cases {
        let expected: Vec<Range<usize>> = which.iter().map(|&i| marked[i].clone()).collect();
        let found = spans(&linter(scopes.clone()), FileKind::Mdx, &text);
        assert_eq!(found, expected, "{scopes:?}");
    }
}

#[test]
fn a_nearer_jsx_attributes_list_replaces_the_outer_one() {
    let outer = Settings {
        scopes: Some(Scopes {
            jsx_attributes: Some(vec!["heading".into()]),
            front_matter: Some(false),
            ..Scopes::default()
        }),
        ..Settings::default()
    };
    let inner = Settings {
        scopes: Some(Scopes {
            jsx_attributes: Some(vec![]),
            ..Scopes::default()
        }),
        ..Settings::default()
    };
    let merged = outer.merged(&inner).scopes.unwrap();
    assert_eq!(merged.jsx_attributes, Some(vec![]));
    assert_eq!(merged.front_matter, Some(false));
    let kept = outer.merged(&Settings::default()).scopes.unwrap();
    assert_eq!(kept.jsx_attributes, Some(vec!["heading".to_string()]));
}
