//! Front matter: the values of top-level `title` and `description`, with exact byte spans, in
//! Markdown and MDX, linted unless `[scopes] front_matter = false`.

mod marked;

use std::ops::Range;

use marked::unmark;
use termlint::config::{Scopes, Settings};
use termlint::lint::Linter;
use termlint::source::{self, FileKind, Scope};

fn front_matter(kind: FileKind, text: &str) -> Vec<Range<usize>> {
    source::extract(kind, text)
        .into_iter()
        .filter(|c| c.scope == Scope::FrontMatter)
        .map(|c| c.range)
        .collect()
}

/// Each case marks the spans it expects with `«…»`; no marks means no front-matter value.
const CASES: &[(&str, &str)] = &[
    ("plain", "---\ntitle: «Set up a web hook»\n---\nBody.\n"),
    ("single quotes", "---\ntitle: '«It''s a web hook»'\n---\n"),
    (
        "double quotes with escaped quotes",
        "---\ndescription: \"«Say \\\"web hook\\\" once»\"\n---\n",
    ),
    (
        "CRLF",
        "---\r\ntitle: «Web hook»\r\ndescription: \"«E-mail»\"\r\n---\r\n\r\nBody.\r\n",
    ),
    ("byte order mark", "\u{feff}---\ntitle: «Web hook»\n---\n"),
    (
        "trailing comments",
        "---\ntitle: «C# web hook guide» # renamed\ndescription: \"«x»\"  # note\n---\n",
    ),
    (
        "other keys are data",
        "---\nsdk: web hook\nog_title: Github\ntitle: «A»\nseo:\n  title: web hook\n---\n",
    ),
    ("blank line after the opening", "---\n\ntitle: «T»\n---\n"),
    ("YAML ends with ...", "---\ntitle: «T»\n...\n"),
    (
        "folded block scalar",
        "---\ndescription: >-\n  «Create a web»\n  «hook here.»\n\n  «Second paragraph.»\ntitle: «After»\n---\n",
    ),
    (
        "literal block scalar keeps # and deeper indentation",
        "---\ndescription: |+ # keep\n    «Step # one»\n      «indented more»\n  sdk: not in it\n---\n",
    ),
    (
        "plain value continued on indented lines",
        "---\ndescription: «A web»\n  «hook.» # c\n# comment\n  not: this\n---\n",
    ),
    (
        "empty values, nested maps and lists",
        "---\ntitle:\n  en: Web hook\ndescription: \"\"\n---\n",
    ),
    ("no space after the colon", "---\ntitle:web hook\n---\n"),
    (
        "flow collections, aliases, tags",
        "---\ntitle: [web, hook]\ndescription: *web_hook\n---\n",
    ),
    (
        "quoted over two lines",
        "---\ntitle: \"web\n  hook\"\n---\n",
    ),
    (
        "TOML",
        "+++\ntitle = \"«Web \\\"hook\\\"»\" # c\ndescription='«E-mail»'\nsdk = \"web hook\"\n[extra]\ntitle = \"nested\"\n+++\n",
    ),
    (
        "TOML multi-line strings",
        "+++\ndescription = \"\"\"\nweb hook\n\"\"\"\n+++\n",
    ),
    ("TOML non-strings", "+++\ntitle = 1\n+++\n"),
    ("closing line missing", "---\ntitle: Web hook\n\nBody.\n"),
    ("not at the start", "Intro.\n\n---\ntitle: Web hook\n---\n"),
    (
        "an indented line that starts like a tag",
        "---\ndescription: |\n  «<Tab> a web hook»\n---\n\n<Tab>\n  Body.\n</Tab>\n",
    ),
];

#[test]
fn title_and_description_values_have_exact_spans() {
    for (name, case) in CASES {
        let (text, expected) = unmark(case);
        for kind in [FileKind::Markdown, FileKind::Mdx] {
            let found = front_matter(kind, &text);
            let shown: Vec<&str> = found.iter().map(|r| &text[r.clone()]).collect();
            assert_eq!(found, expected, "{name} ({kind:?}): {shown:?}");
        }
    }
}

#[test]
fn block_scalar_lines_continue_one_block_until_a_blank_line() {
    let text = "---\ndescription: >\n  one\n  two\n\n  three\ntitle: four\n---\n";
    let starts: Vec<bool> = source::extract(FileKind::Markdown, text)
        .into_iter()
        .filter(|c| c.scope == Scope::FrontMatter)
        .map(|c| c.block_start)
        .collect();
    assert_eq!(starts, [true, false, true, true]);
}

fn linter(front_matter: Option<bool>) -> Linter {
    let settings = Settings {
        scopes: Some(Scopes {
            front_matter,
            ..Scopes::default()
        }),
        ..Settings::default()
    };
    Linter::new(&settings, &[]).unwrap()
}

#[test]
fn front_matter_is_linted_unless_turned_off() {
    let cases: &[(Option<bool>, FileKind, &str)] = &[
        (
            None,
            FileKind::Markdown,
            "---\ntitle: «Github» «web hooks»\nsdk: web hook\n---\n\nBody.\n",
        ),
        (
            Some(true),
            FileKind::Mdx,
            "---\ndescription: >-\n  Create a «web\n  hook» with\n  your «e-mail».\n---\n\n<Tab>Body.</Tab>\n",
        ),
        (
            None,
            FileKind::Mdx,
            "\u{feff}---\r\ntitle: '«Github»'\r\n---\r\n\r\nA «web hook».\r\n",
        ),
        (
            Some(false),
            FileKind::Markdown,
            "---\ntitle: Github web hooks\n---\n\nA «web hook».\n",
        ),
        (
            Some(false),
            FileKind::Mdx,
            "---\ndescription: |\n  Github\n---\n\nBody.\n",
        ),
    ];
    for (setting, kind, case) in cases {
        let (text, expected) = unmark(case);
        let found: Vec<Range<usize>> = linter(*setting)
            .lint(*kind, &text)
            .into_iter()
            .map(|f| f.span)
            .collect();
        assert_eq!(found, expected, "{setting:?} {kind:?} {text:?}");
    }
}
