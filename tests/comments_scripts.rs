//! Comments in scripting, query and configuration languages (Python, Ruby, shell, PowerShell,
//! Perl, R, Lua, Elixir, Haskell, SQL, YAML, TOML, Dockerfile, Makefile): planted findings with
//! exact positions, and traps in strings, heredocs, sigils, `$#` and `#` inside words that must
//! stay silent.

mod common;

use common::{findings, flagged, texts};
use termlint::source::Scope;

#[test]
fn python() {
    assert_eq!(
        findings("python/hooks.py", "Python"),
        [
            "2:11 web hook",
            "4:9 customise",
            "11:74 Github",
            "15:20 web hook",
            "15:32 Github",
            "18:32 customise",
            "24:28 web\n                hook",
            "26:35 customise",
            "29:22 Github",
            "31:55 web\n        # hook",
        ]
    );
}

#[test]
fn ruby() {
    assert_eq!(
        findings("ruby/hook.rb", "Ruby"),
        [
            "1:11 web hook",
            "2:11 customise",
            "4:56 Github",
            "8:50 Customise",
            "12:29 Github",
            "17:5 web hook",
        ]
    );
}

#[test]
fn shell() {
    assert_eq!(
        findings("shell/deploy.sh", "Shell"),
        [
            "2:15 web hook",
            "3:11 customise",
            "5:48 Github",
            "6:50 web\n# hook",
            "8:38 Github",
        ]
    );
}

#[test]
fn powershell() {
    assert_eq!(
        findings("powershell/Deploy.ps1", "PowerShell"),
        [
            "3:17 web hook",
            "5:16 customise",
            "10:50 Github",
            "14:3 Customise",
            "15:3 web hook",
        ]
    );
}

#[test]
fn perl() {
    assert_eq!(
        findings("perl/hook.pl", "Perl"),
        [
            "2:11 web hook",
            "6:23 Github",
            "8:34 customise",
            "9:30 web\n# hook",
            "17:5 web hook",
            "17:21 Customise",
        ]
    );
}

#[test]
fn r() {
    assert_eq!(
        findings("r/hook.R", "R"),
        [
            "1:11 web hook",
            "3:19 Github",
            "5:39 customise",
            "7:43 Github",
        ]
    );
}

#[test]
fn lua() {
    assert_eq!(
        findings("lua/hook.lua", "Lua"),
        [
            "1:13 web hook",
            "2:19 Github",
            "4:44 customise",
            "8:12 web\n  hook",
            "10:10 customise",
        ]
    );
}

#[test]
fn elixir() {
    assert_eq!(
        findings("elixir/hook.ex", "Elixir"),
        [
            "3:11 web hook",
            "5:11 customise",
            "8:18 Github",
            "10:48 customise",
            "11:38 Github",
        ]
    );
}

#[test]
fn haskell() {
    assert_eq!(
        findings("haskell/Hook.hs", "Haskell"),
        [
            "2:14 web hook",
            "5:12 customise",
            "7:52 Github",
            "8:56 customise",
            "11:20 web hook",
            "12:4 Github",
        ]
    );
}

#[test]
fn sql() {
    assert_eq!(
        findings("sql/schema.sql", "SQL"),
        ["1:19 web hook", "3:43 Github", "6:4 Customise",]
    );
}

#[test]
fn yaml() {
    assert_eq!(
        findings("yaml/ci.yml", "YAML"),
        [
            "1:14 web hook",
            "3:12 Github",
            "5:27 Customise",
            "12:7 web\n# hook",
        ]
    );
}

#[test]
fn toml() {
    assert_eq!(
        findings("toml/config.toml", "TOML"),
        ["1:20 web hook", "3:23 Customise", "4:45 Github",]
    );
}

#[test]
fn dockerfile() {
    assert_eq!(
        findings("dockerfile/Dockerfile", "Dockerfile"),
        ["2:17 web hook", "5:3 Customise",]
    );
}

#[test]
fn makefile() {
    assert_eq!(
        findings("makefile/Makefile", "Makefile"),
        ["1:14 web hook", "2:18 Github", "4:22 Customise",]
    );
}

#[test]
fn python_docstrings_are_only_the_first_statement_of_a_module_class_or_function() {
    // Attribute docstrings, after an assignment, are in `python_attribute_docstrings.rs`.
    let text = "\"\"\"Module doc.\"\"\"\nimport os\n\nx = \"\"\"not a doc\"\"\"\n\n@decorator\ndef f(\n    a,\n) -> int:\n    # a comment first\n    '''Function doc.'''\n    return \"\"\"not a doc either\"\"\"\n\nclass A(B):\n    \"Class doc.\"\n    y()\n    \"\"\"statement string\"\"\"\n";
    assert_eq!(
        texts("Python", Scope::Prose, text),
        [
            "Module doc.",
            "a comment first",
            "Function doc.",
            "Class doc."
        ]
    );
    assert_eq!(
        texts("Python", Scope::String, text),
        ["not a doc", "not a doc either", "statement string"]
    );
}

#[test]
fn docstring_fields_sections_doctests_and_literal_blocks_are_not_prose() {
    let text = "def f(x):\n    \"\"\"Summary line.\n\n    :param x: the input value.\n    :type x: int\n\n    Example::\n\n        f(1)\n\n    Parameters\n    ----------\n    x : int\n        The value.\n\n    >>> f(2)\n    3\n    \"\"\"\n";
    assert_eq!(
        texts("Python", Scope::Prose, text),
        [
            "Summary line.",
            "the input value.",
            "Example::",
            "Parameters",
            "The value."
        ]
    );
}

#[test]
fn python_string_prefixes_and_f_string_code() {
    let text = "a = rb'\\'' # one\nb = f\"{x['k']} {{y}} {z!r:>{w}} {n:#x}\" # two\nc = Rb\"\"\"\n# no\n\"\"\" # three\n";
    assert_eq!(texts("Python", Scope::Prose, text), ["one", "two", "three"]);
    assert_eq!(
        texts("Python", Scope::String, text),
        ["\\'", "k", " {{y}} ", " ", "\n# no\n"]
    );
}

#[test]
fn elixir_doc_attributes_are_markdown_docs() {
    let text = "@doc \"\"\"\nSends it.\n\n    iex> send(1)\n\"\"\"\n@doc false\nx = \"plain\"\n";
    assert_eq!(texts("Elixir", Scope::Prose, text), ["Sends it."]);
    assert_eq!(texts("Elixir", Scope::String, text), ["plain"]);
}

#[test]
fn heredocs_hold_no_comments() {
    let text = "cat <<-'END' | grep x # one\n\t# not a comment\n\tEND\n# two\n";
    assert_eq!(texts("Shell", Scope::Prose, text), ["one", "two"]);
    assert_eq!(texts("Shell", Scope::String, text), ["\t# not a comment"]);
}

#[test]
fn yaml_block_scalars_and_quotes_only_where_a_value_starts() {
    let text = "a: don't # one\nb: >-\n  # folded text\n  more\nc: '# quoted' # two\n";
    assert_eq!(texts("YAML", Scope::Prose, text), ["one", "two"]);
    assert_eq!(
        texts("YAML", Scope::String, text),
        ["# folded text\n  more", "# quoted"]
    );
}

#[test]
fn line_comments_on_consecutive_lines_are_one_comment() {
    let text = "# first\n## second\nx = 1  # third\n# fourth\n\n# fifth\ny = 2\n# sixth\n";
    assert_eq!(
        flagged("Python", text),
        [
            ("first", "B"),
            ("second", "~"),
            ("third", "B"),
            ("fourth", "~"),
            ("fifth", "B"),
            ("sixth", "B"),
        ]
    );
}

#[test]
fn each_entry_of_a_docstring_field_list_starts_a_block() {
    // Entries are separate items: no term, and no run of capitals, spans two of them.
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "def f(a, b):\n    \"\"\"Do it.\n\n    :param a: The JWT Template ID\n    :param b: Override the default\n    \"\"\"\n",
            &[
                ("Do it.", "B"),
                ("The JWT Template ID", "B"),
                ("Override the default", "B"),
            ],
        ),
        (
            "def f(a, b):\n    \"\"\"Do it.\n\n    Args:\n        a: The first web\n        b: Hook of the list.\n    \"\"\"\n",
            &[
                ("Do it.", "B"),
                ("Args:", "B"),
                ("The first web", "B"),
                ("Hook of the list.", "B"),
            ],
        ),
        // A description that wraps inside one entry stays one paragraph.
        (
            "def f(a):\n    \"\"\"Do it.\n\n    :param a: The first web\n        hook of the list.\n    \"\"\"\n",
            &[
                ("Do it.", "B"),
                ("The first web", "B"),
                ("hook of the list.", "~"),
            ],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(flagged("python", text), *expected, "{text}");
    }
}
