//! The table itself: one entry per language, built from the syntaxes the parent module shares
//! where languages agree.

use super::*;

/// Every language termlint reads, in no particular order.
pub static LANGUAGES: &[Language] = &[
    Language {
        name: "C",
        extensions: &["c", "h"],
        file_names: &[],
        interpreters: &[],
        syntax: C,
    },
    Language {
        name: "C++",
        extensions: &["cc", "cpp", "cxx", "c++", "hpp", "hh", "hxx", "h++", "ino"],
        file_names: &[],
        interpreters: &[],
        syntax: CPP,
    },
    Language {
        name: "C#",
        extensions: &["cs", "csx"],
        file_names: &[],
        interpreters: &[],
        syntax: Syntax {
            strings: &[
                Str::Triple {
                    q: b'"',
                    esc: Esc::None,
                    interp: Interp::None,
                },
                DQ,
                Str::Char,
            ],
            prefixes: &[
                prefix("$@", PrefixKind::VerbatimInterp),
                prefix("@$", PrefixKind::VerbatimInterp),
                prefix("@", PrefixKind::Verbatim),
                prefix("$", PrefixKind::Interp(Interp::Brace)),
            ],
            ..C_LIKE
        },
    },
    Language {
        name: "Java",
        extensions: &["java"],
        file_names: &[],
        interpreters: &[],
        syntax: Syntax {
            strings: &[
                Str::Triple {
                    q: b'"',
                    esc: Esc::Backslash,
                    interp: Interp::None,
                },
                DQ,
                Str::Char,
            ],
            ..C_LIKE
        },
    },
    Language {
        name: "Kotlin",
        extensions: &["kt", "kts"],
        file_names: &[],
        interpreters: &["kotlin"],
        syntax: Syntax {
            nested: true,
            strings: &[
                Str::Triple {
                    q: b'"',
                    esc: Esc::None,
                    interp: Interp::DollarBrace,
                },
                quote(b'"', Esc::Backslash, false, Interp::DollarBrace),
                Str::Char,
            ],
            ..C_LIKE
        },
    },
    Language {
        name: "Scala",
        extensions: &["scala", "sc"],
        file_names: &[],
        interpreters: &["scala"],
        syntax: Syntax {
            nested: true,
            strings: &[
                Str::Triple {
                    q: b'"',
                    esc: Esc::None,
                    interp: Interp::None,
                },
                DQ,
                Str::Char,
            ],
            prefixes: &[
                prefix("raw", PrefixKind::Interp(Interp::DollarBrace)),
                prefix("s", PrefixKind::Interp(Interp::DollarBrace)),
                prefix("f", PrefixKind::Interp(Interp::DollarBrace)),
            ],
            ..C_LIKE
        },
    },
    Language {
        name: "Swift",
        extensions: &["swift"],
        file_names: &[],
        interpreters: &["swift"],
        syntax: Syntax {
            nested: true,
            strings: &[
                Str::Triple {
                    q: b'"',
                    esc: Esc::Backslash,
                    interp: Interp::BackslashParen,
                },
                quote(b'"', Esc::Backslash, false, Interp::BackslashParen),
            ],
            prefixes: &[prefix("", PrefixKind::Hashes)],
            ..C_LIKE
        },
    },
    Language {
        name: "Go",
        extensions: &["go"],
        file_names: &[],
        interpreters: &[],
        syntax: Syntax {
            doc_line: &[],
            doc_block: &[],
            strings: &[DQ, quote(b'`', Esc::None, true, Interp::None), Str::Char],
            ..C_LIKE
        },
    },
    Language {
        name: "Rust",
        extensions: &["rs"],
        file_names: &[],
        interpreters: &[],
        syntax: Syntax {
            nested: true,
            strings: &[quote(b'"', Esc::Backslash, true, Interp::None), Str::Char],
            prefixes: &[
                prefix("br", PrefixKind::Hashes),
                prefix("cr", PrefixKind::Hashes),
                prefix("r", PrefixKind::Hashes),
                prefix("b", PrefixKind::Plain),
                prefix("c", PrefixKind::Plain),
            ],
            ..C_LIKE
        },
    },
    Language {
        name: "JavaScript",
        extensions: &["js", "mjs", "cjs"],
        file_names: &[],
        interpreters: &["node", "nodejs", "deno", "bun"],
        syntax: JS,
    },
    Language {
        name: "JSX",
        extensions: &["jsx"],
        file_names: &[],
        interpreters: &[],
        syntax: JS,
    },
    Language {
        name: "TypeScript",
        extensions: &["ts", "mts", "cts"],
        file_names: &[],
        interpreters: &["ts-node", "tsx"],
        syntax: TS,
    },
    Language {
        name: "TSX",
        extensions: &["tsx"],
        file_names: &[],
        interpreters: &[],
        syntax: JS,
    },
    Language {
        name: "PHP",
        extensions: &["php", "phtml", "php3", "php4", "php5", "phps"],
        file_names: &[],
        interpreters: &["php"],
        syntax: Syntax {
            markup: Some(Markup {
                php: Some(&PHP_CODE),
            }),
            ..NONE
        },
    },
    Language {
        name: "Dart",
        extensions: &["dart"],
        file_names: &[],
        interpreters: &["dart"],
        syntax: Syntax {
            nested: true,
            doc_line: &["///"],
            doc_block: &["/**"],
            strings: &[
                Str::Triple {
                    q: b'"',
                    esc: Esc::Backslash,
                    interp: Interp::DollarBrace,
                },
                Str::Triple {
                    q: b'\'',
                    esc: Esc::Backslash,
                    interp: Interp::DollarBrace,
                },
                quote(b'"', Esc::Backslash, false, Interp::DollarBrace),
                quote(b'\'', Esc::Backslash, false, Interp::DollarBrace),
            ],
            prefixes: &[prefix("r", PrefixKind::Raw)],
            ..C_LIKE
        },
    },
    Language {
        name: "Python",
        extensions: &["py", "pyi", "pyw"],
        file_names: &["SConstruct", "SConscript"],
        interpreters: &["python", "pypy"],
        syntax: PYTHON,
    },
    Language {
        name: "Ruby",
        extensions: &["rb", "rake", "gemspec", "ru"],
        file_names: &["Gemfile", "Rakefile", "Podfile", "Fastfile", "Vagrantfile"],
        interpreters: &["ruby"],
        syntax: Syntax {
            line_block: Some((&["=begin"], "=end")),
            strings: &[
                quote(b'"', Esc::Backslash, true, Interp::HashBrace),
                quote(b'\'', Esc::Backslash, true, Interp::None),
                quote(b'`', Esc::Backslash, true, Interp::HashBrace),
                Str::Heredoc {
                    open: "<<",
                    upper: true,
                },
                Str::Percent,
            ],
            regex: true,
            ..HASH
        },
    },
    Language {
        name: "Shell",
        extensions: &["sh", "bash", "zsh", "ksh", "bats"],
        file_names: &[
            ".bashrc",
            ".bash_profile",
            ".profile",
            ".zshrc",
            ".zprofile",
        ],
        interpreters: &["sh", "bash", "zsh", "ksh", "dash", "ash", "mksh"],
        syntax: SHELL,
    },
    Language {
        name: "PowerShell",
        extensions: &["ps1", "psm1", "psd1"],
        file_names: &[],
        interpreters: &["pwsh", "powershell"],
        syntax: Syntax {
            block: &[("<#", "#>")],
            hash: Hash::WordStart,
            strings: &[
                Str::HereString,
                quote(b'"', Esc::Backtick, true, Interp::DollarParen),
                quote(b'\'', Esc::Doubled, true, Interp::None),
            ],
            ..HASH
        },
    },
    Language {
        name: "YAML",
        extensions: &["yml", "yaml"],
        file_names: &[],
        interpreters: &[],
        syntax: Syntax {
            hash: Hash::WordStart,
            strings: &[
                quote(b'"', Esc::Backslash, true, Interp::None),
                quote(b'\'', Esc::Doubled, true, Interp::None),
            ],
            yaml: true,
            ..HASH
        },
    },
    Language {
        name: "TOML",
        extensions: &["toml"],
        file_names: &[],
        interpreters: &[],
        syntax: Syntax {
            strings: &[
                Str::Triple {
                    q: b'"',
                    esc: Esc::Backslash,
                    interp: Interp::None,
                },
                Str::Triple {
                    q: b'\'',
                    esc: Esc::None,
                    interp: Interp::None,
                },
                DQ,
                quote(b'\'', Esc::None, false, Interp::None),
            ],
            ..HASH
        },
    },
    Language {
        name: "SQL",
        extensions: &["sql", "psql", "pgsql", "mysql"],
        file_names: &[],
        interpreters: &[],
        syntax: Syntax {
            line: &["--"],
            block: C_BLOCK,
            strings: &[
                quote(b'\'', Esc::Doubled, true, Interp::None),
                Str::Name { q: b'"' },
                Str::Name { q: b'`' },
                Str::Dollar,
            ],
            prefixes: &[
                prefix("E", PrefixKind::Escaped),
                prefix("N", PrefixKind::Plain),
            ],
            ..NONE
        },
    },
    Language {
        name: "Lua",
        extensions: &["lua"],
        file_names: &[],
        interpreters: &["lua", "luajit"],
        syntax: Syntax {
            line: &["--"],
            doc_line: &["---"],
            strings: &[DQ, SQ, Str::LongBracket],
            long_comments: true,
            ..NONE
        },
    },
    Language {
        name: "Haskell",
        extensions: &["hs"],
        file_names: &[],
        interpreters: &["runhaskell", "runghc", "stack"],
        syntax: Syntax {
            line: &["--"],
            block: &[("{-", "-}")],
            nested: true,
            doc_line: &["-- |", "-- ^", "--|", "--^"],
            doc_block: &["{-|", "{-^"],
            strings: &[DQ, Str::Char],
            haskell_dashes: true,
            ..NONE
        },
    },
    Language {
        name: "Elixir",
        extensions: &["ex", "exs"],
        file_names: &[],
        interpreters: &["elixir"],
        syntax: Syntax {
            strings: &[
                Str::Triple {
                    q: b'"',
                    esc: Esc::Backslash,
                    interp: Interp::HashBrace,
                },
                Str::Triple {
                    q: b'\'',
                    esc: Esc::Backslash,
                    interp: Interp::HashBrace,
                },
                quote(b'"', Esc::Backslash, true, Interp::HashBrace),
                quote(b'\'', Esc::Backslash, true, Interp::HashBrace),
                Str::Sigil,
                Str::QuestionChar,
            ],
            doc_attributes: &["doc", "moduledoc", "typedoc", "shortdoc"],
            ..HASH
        },
    },
    Language {
        name: "Perl",
        extensions: &["pl", "pm", "t", "pod"],
        file_names: &[],
        interpreters: &["perl"],
        syntax: Syntax {
            hash: Hash::WordStart,
            line_block: Some((
                &[
                    "=pod",
                    "=head",
                    "=over",
                    "=item",
                    "=begin",
                    "=for",
                    "=encoding",
                    "=back",
                ],
                "=cut",
            )),
            strings: &[
                quote(b'"', Esc::Backslash, true, Interp::None),
                quote(b'\'', Esc::Backslash, true, Interp::None),
                quote(b'`', Esc::Backslash, true, Interp::None),
                Str::Heredoc {
                    open: "<<",
                    upper: true,
                },
                Str::QuoteLike,
            ],
            regex: true,
            ..HASH
        },
    },
    Language {
        name: "R",
        extensions: &["r", "rprofile"],
        file_names: &[],
        interpreters: &["rscript"],
        syntax: Syntax {
            doc_line: &["#'"],
            strings: &[
                quote(b'"', Esc::Backslash, true, Interp::None),
                quote(b'\'', Esc::Backslash, true, Interp::None),
                Str::Name { q: b'`' },
            ],
            prefixes: &[prefix("r", PrefixKind::RRaw)],
            ..HASH
        },
    },
    Language {
        name: "CSS",
        extensions: &["css"],
        file_names: &[],
        interpreters: &[],
        syntax: CSS,
    },
    Language {
        name: "SCSS",
        extensions: &["scss", "sass", "less", "styl"],
        file_names: &[],
        interpreters: &[],
        syntax: SCSS,
    },
    Language {
        name: "HTML",
        extensions: &["html", "htm", "xhtml"],
        file_names: &[],
        interpreters: &[],
        syntax: MARKUP,
    },
    Language {
        name: "XML",
        extensions: &[
            "xml", "svg", "xsd", "xsl", "xslt", "plist", "csproj", "xaml",
        ],
        file_names: &[],
        interpreters: &[],
        syntax: MARKUP,
    },
    Language {
        name: "Vue",
        extensions: &["vue"],
        file_names: &[],
        interpreters: &[],
        syntax: MARKUP,
    },
    Language {
        name: "Svelte",
        extensions: &["svelte"],
        file_names: &[],
        interpreters: &[],
        syntax: MARKUP,
    },
    Language {
        name: "Dockerfile",
        extensions: &["dockerfile"],
        file_names: &["Dockerfile", "Containerfile"],
        interpreters: &[],
        syntax: Syntax {
            hash: Hash::LineStart,
            ..HASH
        },
    },
    Language {
        name: "Makefile",
        extensions: &["mk", "mak"],
        file_names: &["Makefile", "makefile", "GNUmakefile"],
        interpreters: &["make"],
        syntax: Syntax {
            hash: Hash::WordStart,
            ..HASH
        },
    },
];
