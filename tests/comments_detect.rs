//! Which files are source code, and in which language: by extension, by file name, by `#!` line,
//! and in directory walks.

use std::path::{Path, PathBuf};

use termlint::source::FileKind;
use termlint::source::comments::{LANGUAGES, by_shebang, language};
use termlint::walk::{self, Input};

fn kind_name(path: &str) -> Option<&'static str> {
    match FileKind::from_path(Path::new(path))? {
        FileKind::Code(language) => Some(language.name),
        FileKind::Markdown => Some("Markdown"),
        FileKind::Mdx => Some("MDX"),
    }
}

#[test]
fn the_table_covers_the_languages_of_the_issue() {
    for name in [
        "C",
        "C++",
        "C#",
        "Java",
        "Kotlin",
        "Scala",
        "Swift",
        "Go",
        "Rust",
        "JavaScript",
        "TypeScript",
        "JSX",
        "TSX",
        "PHP",
        "Dart",
        "Python",
        "Ruby",
        "Shell",
        "PowerShell",
        "YAML",
        "TOML",
        "SQL",
        "Lua",
        "Haskell",
        "Elixir",
        "Perl",
        "R",
        "CSS",
        "SCSS",
        "HTML",
        "XML",
        "Vue",
        "Svelte",
        "Dockerfile",
        "Makefile",
    ] {
        assert!(language(name).is_some(), "{name} is missing");
    }
    assert!(LANGUAGES.len() >= 25);
}

#[test]
fn every_extension_and_file_name_selects_exactly_its_language() {
    for language in LANGUAGES {
        assert!(
            !language.extensions.is_empty() || !language.file_names.is_empty(),
            "{} cannot be selected",
            language.name
        );
        for ext in language.extensions {
            assert_eq!(
                ext.to_ascii_lowercase(),
                *ext,
                "{ext}: extensions are lowercase"
            );
            let path = format!("dir/file.{ext}");
            assert_eq!(kind_name(&path), Some(language.name), "{path}");
        }
        for name in language.file_names {
            let path = format!("dir/{}", name.trim_end_matches('.'));
            assert_eq!(kind_name(&path), Some(language.name), "{path}");
        }
    }
}

#[test]
fn special_names_and_extensions() {
    assert_eq!(kind_name("src/types.d.ts"), Some("TypeScript"));
    assert_eq!(kind_name("Dockerfile"), Some("Dockerfile"));
    assert_eq!(kind_name("Dockerfile.dev"), Some("Dockerfile"));
    assert_eq!(kind_name("build/app.dockerfile"), Some("Dockerfile"));
    assert_eq!(kind_name("GNUmakefile"), Some("Makefile"));
    assert_eq!(kind_name("Gemfile"), Some("Ruby"));
    assert_eq!(kind_name("Main.CS"), Some("C#"));
    assert_eq!(kind_name("guide.md"), Some("Markdown"));
    assert_eq!(kind_name("page.mdx"), Some("MDX"));
    assert_eq!(kind_name("notes.txt"), None);
    assert_eq!(kind_name("LICENSE"), None);
}

#[test]
fn shebang_lines_select_the_interpreter_language() {
    let name = |line: &str| by_shebang(line).map(|l| l.name);
    assert_eq!(name("#!/bin/sh"), Some("Shell"));
    assert_eq!(name("#!/bin/zsh -f"), Some("Shell"));
    assert_eq!(name("#!/usr/bin/env python3.12"), Some("Python"));
    assert_eq!(
        name("#!/usr/bin/env -S node --no-warnings"),
        Some("JavaScript")
    );
    assert_eq!(name("#! /usr/bin/perl -w"), Some("Perl"));
    assert_eq!(name("#!/usr/bin/env ruby"), Some("Ruby"));
    assert_eq!(name("#!/usr/bin/env pwsh"), Some("PowerShell"));
    assert_eq!(name("#!/usr/bin/env Rscript"), Some("R"));
    assert_eq!(name("#!/usr/bin/make -f"), Some("Makefile"));
    assert_eq!(name("#!/opt/unknown"), None);
    assert_eq!(name("# not a shebang"), None);
}

#[test]
fn walks_pick_up_source_files_and_scripts_by_their_shebang() {
    let dir = tempfile::tempdir().unwrap();
    let write = |rel: &str, text: &str| {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("src/lib.rs", "// A web hook.\n");
    write("src/app.tsx", "// A web hook.\n");
    write("bin/deploy", "#!/usr/bin/env bash\n# A web hook.\n");
    write("bin/README", "A web hook, no shebang.\n");
    write("notes.txt", "A web hook.\n");
    write("Dockerfile", "# A web hook.\n");
    let (inputs, errors) = walk::collect(&[dir.path().to_path_buf()], None);
    assert!(errors.is_empty(), "{errors:?}");
    let found: Vec<(PathBuf, &str)> = inputs
        .iter()
        .map(|input| match input {
            Input::File { path, kind, .. } => (
                path.strip_prefix(dir.path()).unwrap().to_path_buf(),
                match kind {
                    FileKind::Code(language) => language.name,
                    _ => "text",
                },
            ),
            Input::Stdin { .. } => unreachable!("no stdin given"),
        })
        .collect();
    assert_eq!(
        found,
        [
            (PathBuf::from("Dockerfile"), "Dockerfile"),
            (PathBuf::from("bin/deploy"), "Shell"),
            (PathBuf::from("src/app.tsx"), "TSX"),
            (PathBuf::from("src/lib.rs"), "Rust"),
        ]
    );

    // Named on the command line, a file is always linted: without a shebang, as Markdown.
    let readme = dir.path().join("bin/README");
    let (inputs, _) = walk::collect(std::slice::from_ref(&readme), None);
    assert_eq!(
        inputs,
        [Input::File {
            path: readme.into(),
            kind: FileKind::Markdown,
            explicit: true,
        }]
    );
}

#[test]
fn standard_input_takes_its_kind_from_the_given_name() {
    let input = Input::Stdin {
        name: "src/client.ts".to_string(),
    };
    assert_eq!(
        input.kind(),
        FileKind::Code(language("TypeScript").unwrap())
    );
}
