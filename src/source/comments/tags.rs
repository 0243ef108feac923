//! What in a comment is neither prose nor Markdown code, found as byte ranges of the comment's
//! text so they can be cut out before the Markdown parser reads it: doc tags and the identifier
//! after them (`@param name`, `\throws Error`), inline tags (`{@link …}`), `@example` sections,
//! XML and HTML tags with the content of code elements (`<c>`, `<code>`), PowerShell help
//! keywords, `{braces}`, and lines of code, commented out or in an example without a fence.

use std::ops::Range;

use super::lexer::{find, line_end};

/// Ranges of `text` to cut, sorted and not overlapping.
pub(super) fn cuts(text: &str) -> Vec<Range<usize>> {
    let mut cuts = Vec::new();
    let mut section = false;
    let mut fence = false;
    let mut help = false;
    let mut open_brackets = 0isize;
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.len();
        let indent = line.len() - line.trim_start().len();
        let content = line.trim();
        let opens_fence = content.starts_with("```") || content.starts_with("~~~");
        if section {
            if fence || !starts_with_tag(content) {
                fence ^= opens_fence;
                cuts.push(start..end);
                start = end + 1;
                continue;
            }
            section = false;
        }
        if let Some(keyword) = help_keyword(content) {
            cuts.push(start..end);
            section = keyword.eq_ignore_ascii_case("EXAMPLE");
            help = true;
        } else if !fence && (open_brackets > 0 || looks_like_code(content)) {
            // A code line that opens brackets makes the lines up to their close code too.
            open_brackets = (open_brackets + bracket_balance(content)).max(0);
            cuts.push(start..end);
        } else {
            // Help text is indented under its keyword, which Markdown would read as code.
            if help {
                cuts.push(start..start + indent);
            }
            section = line_tags(text, start + indent, end, &mut cuts);
            fence ^= opens_fence;
        }
        start = end + 1;
    }
    markup_tags(text, &mut cuts);
    cuts.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(cuts.len());
    for cut in cuts {
        match merged.last_mut() {
            Some(last) if cut.start <= last.end => last.end = last.end.max(cut.end),
            _ => merged.push(cut),
        }
    }
    merged
}

/// Tags after which the next word is an identifier (a parameter, a type, an event name).
const NAME_TAGS: &[&str] = &[
    "param",
    "arg",
    "argument",
    "property",
    "prop",
    "typedef",
    "callback",
    "template",
    "tparam",
    "typeparam",
    "typeParam",
    "module",
    "name",
    "member",
    "memberof",
    "memberOf",
    "function",
    "func",
    "method",
    "class",
    "event",
    "fires",
    "emits",
    "listens",
    "mixes",
    "mixin",
    "alias",
    "extends",
    "augments",
    "implements",
    "see",
    "sa",
    "link",
    "linkcode",
    "linkplain",
    "var",
    "lends",
    "borrows",
    "namespace",
    "interface",
    "enum",
    "sample",
    "throws",
    "throw",
    "exception",
    "raises",
    "ref",
    "p",
    "c",
    "a",
    "retval",
    "field",
    "constant",
];

/// Tags whose whole line is a value, not prose.
const VALUE_TAGS: &[&str] = &[
    "default",
    "defaultValue",
    "defaultvalue",
    "since",
    "version",
    "author",
    "license",
    "category",
    "group",
    "kind",
    "access",
    "type",
    "satisfies",
    "jsx",
    "jsxImportSource",
    "snippet",
    "include",
    "includeCode",
    "import",
    "requires",
];

/// Tags that open a section of code, up to the next tag.
const CODE_TAGS: &[&str] = &["example", "code", "verbatim"];

/// Doxygen's backslash commands, which are tags only when written as one of these.
const BACKSLASH_TAGS: &[&str] = &[
    "param",
    "tparam",
    "return",
    "returns",
    "retval",
    "brief",
    "details",
    "throws",
    "throw",
    "exception",
    "see",
    "sa",
    "note",
    "warning",
    "code",
    "endcode",
    "verbatim",
    "endverbatim",
    "since",
    "deprecated",
    "file",
    "author",
    "todo",
    "ref",
    "p",
    "c",
    "a",
    "b",
    "e",
    "em",
];

/// Element names whose content is code, not prose.
const CODE_ELEMENTS: &[&str] = &[
    "c", "code", "pre", "kbd", "samp", "var", "tt", "script", "style",
];

/// PowerShell comment-based help keywords, written `.SYNOPSIS` on a line of their own.
const HELP_KEYWORDS: &[&str] = &[
    "SYNOPSIS",
    "DESCRIPTION",
    "PARAMETER",
    "EXAMPLE",
    "INPUTS",
    "OUTPUTS",
    "NOTES",
    "LINK",
    "COMPONENT",
    "ROLE",
    "FUNCTIONALITY",
    "FORWARDHELPTARGETNAME",
    "FORWARDHELPCATEGORY",
    "REMOTEHELPRUNSPACE",
    "EXTERNALHELP",
];

/// Cuts the tags of one line (`start..end` of `text`, from its first non-blank byte); true when
/// the line opens a code section.
fn line_tags(text: &str, start: usize, end: usize, cuts: &mut Vec<Range<usize>>) -> bool {
    let b = text.as_bytes();
    let mut j = start;
    while j < end {
        match b[j] {
            b'`' => j = code_span_end(b, j, end),
            // `[Name]` alone refers to a symbol (Dart, Kotlin, Rust doc links); a Markdown link
            // has a `(destination)`, a `[label]` or a `: definition` after it.
            b'[' => {
                let name = b[j + 1..end]
                    .iter()
                    .take_while(|&&c| {
                        c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'#' | b':')
                    })
                    .count();
                let close = j + 1 + name;
                let symbol = name > 0
                    && b.get(close) == Some(&b']')
                    && !matches!(b.get(close + 1), Some(b'(' | b'[' | b':'));
                if symbol {
                    cuts.push(j..close + 1);
                }
                j = if symbol { close + 1 } else { j + 1 };
            }
            // `{@link …}`, `{Type}`, `{{ props }}`: braces hold code, not prose. Haskell's
            // nested `{- comments -}` are prose.
            b'{' if b.get(j + 1) != Some(&b'-') => {
                let close = balanced(b, j, end);
                cuts.push(j..close);
                j = close;
            }
            c @ (b'@' | b'\\') if j == start || b[j - 1].is_ascii_whitespace() => {
                let name_end = j
                    + 1
                    + b[j + 1..end]
                        .iter()
                        .take_while(|c| c.is_ascii_alphabetic())
                        .count();
                let name = &text[j + 1..name_end];
                let ends = matches!(
                    b.get(name_end),
                    None | Some(b' ' | b'\t' | b'\r' | b'\n' | b'{')
                );
                if name.is_empty() || !ends || (c == b'\\' && !BACKSLASH_TAGS.contains(&name)) {
                    j += 1;
                    continue;
                }
                if CODE_TAGS.contains(&name) {
                    cuts.push(j..end);
                    return true;
                }
                if VALUE_TAGS.contains(&name) {
                    cuts.push(j..end);
                    return false;
                }
                let mut k = skip_spaces(b, name_end, end);
                let typed = b.get(k) == Some(&b'{') && k < end;
                if typed {
                    k = skip_spaces(b, balanced(b, k, end), end);
                }
                let throws = matches!(name, "throws" | "throw" | "exception" | "raises");
                if NAME_TAGS.contains(&name) && !(typed && throws) {
                    k = skip_spaces(b, word_end(b, k, end), end);
                    // PHPDoc puts the type first: `@param string $name`.
                    if b.get(k) == Some(&b'$') {
                        k = skip_spaces(b, word_end(b, k, end), end);
                    }
                    if b[k..end].starts_with(b"- ") {
                        k = skip_spaces(b, k + 1, end);
                    }
                }
                cuts.push(j..k);
                j = k.max(j + 1);
            }
            // Most of a comment is words: skip to the next byte that may start a tag.
            _ => {
                j += 1;
                j += b[j..end]
                    .iter()
                    .position(|&c| TAG_START[usize::from(c)])
                    .unwrap_or(end - j);
            }
        }
    }
    false
}

/// The bytes an arm of [`line_tags`] looks at.
const TAG_START: [bool; 256] = crate::source::byte_table(b"`[{@\\");

/// Whether a line starts with a tag that ends a code section.
fn starts_with_tag(content: &str) -> bool {
    let rest = match content.strip_prefix('@') {
        Some(rest) => rest,
        None => return help_keyword(content).is_some(),
    };
    rest.starts_with(|c: char| c.is_ascii_alphabetic())
}

fn help_keyword(content: &str) -> Option<&'static str> {
    let word = content.strip_prefix('.')?.split_whitespace().next()?;
    HELP_KEYWORDS
        .iter()
        .copied()
        .find(|k| k.eq_ignore_ascii_case(word))
}

/// A line of code: closing or opening a block, ending like a statement, or starting with a
/// declaration. Prose wraps its lines at `;` too, but without code punctuation.
fn looks_like_code(content: &str) -> bool {
    let Some(last) = content.chars().next_back() else {
        return false;
    };
    let b = content.as_bytes();
    // Run on every line of every comment, and mostly false: each test is made only where the
    // answer depends on it, and over bytes, as every character it looks for is ASCII.
    let call = || {
        (1..b.len()).any(|k| b[k] == b'(' && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'_'))
    };
    let punctuated = || {
        b.iter().any(|c| {
            matches!(
                c,
                b'=' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'\'' | b'"' | b'`'
            )
        })
    };
    let starts = [
        "import ",
        "export ",
        "const ",
        "let ",
        "var ",
        "#include",
        "def ",
        "fn ",
        "func ",
        "function ",
    ];
    let declaration = || {
        starts.iter().any(|s| content.starts_with(s))
            && (call()
                || content.contains(" = ")
                || content.contains(" from ")
                || content.contains('{'))
            || content.starts_with("type ") && content.contains(" = ")
    };
    let statement = match last {
        ';' => punctuated() || content.split_whitespace().count() <= 2,
        '{' => true,
        '}' => !content.contains("{@"),
        ',' => content.ends_with("},") && !content.contains("{@") || content.ends_with("],"),
        _ => ["=>", "&&", "||"].iter().any(|e| content.ends_with(e)),
    };
    statement
        || content.starts_with(['}', ')', ']'])
        || content.starts_with('.') && call()
        || declaration()
}

/// Brackets opened minus brackets closed on a line of code.
fn bracket_balance(content: &str) -> isize {
    content
        .bytes()
        .map(|c| match c {
            b'(' | b'[' | b'{' => 1,
            b')' | b']' | b'}' => -1,
            _ => 0,
        })
        .sum()
}

/// Cuts `<tags>`, `<!-- comments -->` and the content of code elements; skips code spans.
fn markup_tags(text: &str, cuts: &mut Vec<Range<usize>>) {
    let b = text.as_bytes();
    let mut j = 0;
    while j < b.len() {
        match b[j] {
            b'`' => j = code_span_end(b, j, line_end(b, j)),
            b'<' if b[j..].starts_with(b"<!--") => {
                let end = find(b, j + 4, b"-->").map_or(b.len(), |p| p + 3);
                cuts.push(j..end);
                j = end;
            }
            b'<' => {
                let closing = b.get(j + 1) == Some(&b'/');
                let name_start = j + 1 + usize::from(closing);
                let name_len = b[name_start..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':' | b'.'))
                    .count();
                let name_end = name_start + name_len;
                let named = b.get(name_start).is_some_and(u8::is_ascii_alphabetic);
                let ends = matches!(b.get(name_end), Some(b' ' | b'\t' | b'>' | b'/' | b'\n'));
                let Some(gt) = find(b, name_end, b">").filter(|_| named && ends) else {
                    j += 1;
                    continue;
                };
                // A tag ends on its line, or it is prose with a `<` in it.
                if b[j..gt].contains(&b'\n') && !b[j..gt].contains(&b'=') {
                    j += 1;
                    continue;
                }
                let name = text[name_start..name_end].to_ascii_lowercase();
                let mut end = gt + 1;
                if !closing && b[gt - 1] != b'/' && CODE_ELEMENTS.contains(&name.as_str()) {
                    let close = format!("</{name}");
                    end = find_ci(b, end, close.as_bytes())
                        .and_then(|p| find(b, p, b">"))
                        .map_or(end, |p| p + 1);
                }
                cuts.push(j..end);
                j = end;
            }
            _ => j = memchr::memchr2(b'`', b'<', &b[j + 1..]).map_or(b.len(), |p| j + 1 + p),
        }
    }
}

fn skip_spaces(b: &[u8], from: usize, end: usize) -> usize {
    from + b[from.min(end)..end]
        .iter()
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count()
}

/// The end of the word at `from`; a `[name=default]` optional parameter is one word.
fn word_end(b: &[u8], from: usize, end: usize) -> usize {
    if b.get(from) == Some(&b'[') && from < end {
        return find(&b[..end], from, b"]").map_or(end, |p| p + 1);
    }
    from + b[from.min(end)..end]
        .iter()
        .take_while(|c| !c.is_ascii_whitespace())
        .count()
}

/// Past the `}` matching the `{` at `from`, within the line.
fn balanced(b: &[u8], from: usize, end: usize) -> usize {
    let mut depth = 0usize;
    for (k, &c) in b[from..end].iter().enumerate() {
        match c {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return from + k + 1;
                }
            }
            _ => {}
        }
    }
    end
}

/// Past the backticks closing the code span at `from`, or past the opening run if unclosed.
fn code_span_end(b: &[u8], from: usize, end: usize) -> usize {
    let run = b[from..end].iter().take_while(|&&c| c == b'`').count();
    let mut k = from + run;
    while k < end {
        if b[k] == b'`' {
            let closing = b[k..end].iter().take_while(|&&c| c == b'`').count();
            if closing == run {
                return k + closing;
            }
            k += closing;
        } else {
            k += 1;
        }
    }
    from + run
}

fn find_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    (from..b.len()).find(|&i| {
        b[i..]
            .get(..needle.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(needle))
    })
}
