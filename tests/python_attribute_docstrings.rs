//! Python attribute docstrings: a string statement right after an assignment at module or class
//! level documents that attribute (PEP 257, Sphinx autodoc, generated SDKs). It is prose; a
//! string that is part of an expression, or follows any other statement, stays a string.

mod marked;

use marked::unmark;
use termlint::source::{self, FileKind, Scope, comments};

fn texts(scope: Scope, text: &str) -> Vec<&str> {
    let python = comments::language("Python").unwrap();
    source::extract(FileKind::Code(python), text)
        .into_iter()
        .filter(|c| c.scope == scope)
        .map(|c| &text[c.range])
        .collect()
}

/// Each case marks every prose chunk it expects, to the byte.
const CASES: &[(&str, &str)] = &[
    (
        "class attribute with a type annotation and a value",
        "class SignIn:\n    url: str = None\n    \"\"\"«The sign in URL.»\"\"\"\n",
    ),
    (
        "class attribute with only a type annotation, raw string as generated SDKs write it",
        "class User(BaseModel):\n    id: str\n    r\"\"\"«The user ID.»\"\"\"\n\n    name: Optional[str] = None\n    r\"\"\"«The user name.»\"\"\"\n",
    ),
    (
        "module-level constant",
        "import os\n\nTIMEOUT = 30\n\"\"\"«Seconds to wait.»\"\"\"\n",
    ),
    (
        "after an assignment over several lines",
        "CONFIG = {\n    \"a\": 1,\n}\n\"\"\"«The configuration.»\"\"\"\n\nURL = \\\n    \"x\"\n'''«The URL.»'''\n",
    ),
    ("single quotes", "x = 1\n'«Single quotes.»'\n"),
    ("double quotes", "x = 1\n\"«Double quotes.»\"\n"),
    (
        "attribute docstrings over several lines are docstrings",
        "class A:\n    x = 1\n    \"\"\"«Summary.»\n\n    «Details here.»\n    \"\"\"\n",
    ),
    (
        "a comment between the assignment and its docstring",
        "x = 1\n# «a comment»\n\"\"\"«Doc of x.»\"\"\"\n",
    ),
    (
        "an attribute after a method of the class",
        "class A:\n    def f(self):\n        return 1\n\n    y: int = 2\n    \"\"\"«Doc of y.»\"\"\"\n",
    ),
    (
        "a class nested in a function documents its attributes",
        "def f():\n    class B:\n        z = 3\n        \"\"\"«Doc of z.»\"\"\"\n",
    ),
    (
        "an f-string stays code",
        "x = 1\nf\"\"\"not a doc {x}\"\"\"\n",
    ),
    (
        "an f-string without interpolation stays a string",
        "x = 1\nf\"\"\"not a doc\"\"\"\n",
    ),
    (
        "an f-string first in a module stays a string",
        "f\"\"\"not a doc\"\"\"\n",
    ),
    (
        "a bytes literal is no docstring",
        "x = 1\nb\"\"\"not a doc\"\"\"\n",
    ),
    (
        "after a call, not an assignment",
        "print(x)\n\"\"\"not a doc\"\"\"\n",
    ),
    (
        "after an import",
        "\"\"\"«Module doc.»\"\"\"\nimport os\n\"\"\"not a doc\"\"\"\n",
    ),
    (
        "after a comparison or an augmented assignment",
        "x == 1\n\"\"\"not a doc\"\"\"\nx += 1\n\"\"\"not a doc\"\"\"\n",
    ),
    ("the value of an assignment", "x = \"\"\"not a doc\"\"\"\n"),
    (
        "a call argument",
        "x = 1\nf(\n    \"\"\"not a doc\"\"\",\n)\n",
    ),
    (
        "a dict value",
        "d = {\n    \"k\": \"\"\"not a doc\"\"\",\n}\n",
    ),
    (
        "followed by more of an expression",
        "x = 1\n\"\"\"not a doc\"\"\" + y\n",
    ),
    (
        "only the first string after an assignment",
        "x = 1\n\"\"\"«Doc of x.»\"\"\"\n\"\"\"not a doc\"\"\"\n",
    ),
    (
        "inside a function, an assignment is a local",
        "def f():\n    \"\"\"«Function doc.»\"\"\"\n    x = 1\n    \"\"\"not a doc\"\"\"\n    self.y = 2\n    \"\"\"not a doc\"\"\"\n",
    ),
];

#[test]
fn attribute_docstrings_are_prose_with_exact_spans() {
    let python = comments::language("Python").unwrap();
    for (name, case) in CASES {
        let (text, expected) = unmark(case);
        let found: Vec<_> = source::extract(FileKind::Code(python), &text)
            .into_iter()
            .filter(|c| c.scope == Scope::Prose)
            .map(|c| c.range)
            .collect();
        let shown = texts(Scope::Prose, &text);
        assert_eq!(found, expected, "{name}: {shown:?}");
        if case.contains("not a doc") {
            let strings = texts(Scope::String, &text);
            assert!(
                strings.iter().any(|s| s.starts_with("not a doc")),
                "{name}: {strings:?}"
            );
        }
    }
}
