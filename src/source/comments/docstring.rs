//! Python docstrings are reStructuredText by convention, not Markdown: doctests, `::` literal
//! blocks, Sphinx fields (`:param name:`), and Google (`Args:`) and NumPy (`Parameters` over
//! `----------`) sections hold code and identifiers. This trims them off the lines before the
//! Markdown extractor reads what is left.

use super::doc::Line;

/// Sections whose entries start with a name: `name (type): text` (Google) or `name : type`
/// (NumPy).
const SECTIONS: &[&str] = &[
    "Args",
    "Arguments",
    "Parameters",
    "Params",
    "Other Parameters",
    "Keyword Args",
    "Keyword Arguments",
    "Kwargs",
    "Attributes",
    "Raises",
    "Returns",
    "Yields",
    "Receives",
    "Warns",
    "Methods",
    "See Also",
];

/// Sphinx fields whose whole line is a type.
const TYPE_FIELDS: &[&str] = &["type", "rtype", "vartype", "kwtype"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    None,
    /// Google style, under a header at this indentation.
    Google(usize),
    /// NumPy style: entries at this indentation are names and types.
    Numpy(usize),
}

/// Empties or shortens the lines of a docstring that are not prose.
pub(super) fn trim(text: &str, lines: &mut [Line]) {
    let mut section = Section::None;
    let mut literal: Option<usize> = None;
    let mut doctest = false;
    for k in 0..lines.len() {
        let content = text[lines[k].range.clone()].trim_end();
        let indent = lines[k].indent;
        let next = lines
            .get(k + 1)
            .map_or("", |l| text[l.range.clone()].trim());
        if content.is_empty() {
            doctest = false;
            continue;
        }
        let mut cut = 0;
        if literal.is_some_and(|at| indent > at) || doctest {
            cut = content.len();
        } else if content.starts_with(">>>") {
            doctest = true;
            cut = content.len();
        } else if is_rule(next) && SECTIONS.contains(&content) {
            section = Section::Numpy(indent);
        } else if is_rule(content) {
        } else if let Some(header) = content.strip_suffix(':')
            && SECTIONS.contains(&header)
        {
            section = Section::Google(indent);
        } else {
            match section {
                Section::Google(at) if indent > at => cut = entry_name(content),
                Section::Numpy(at) if indent == at => cut = content.len(),
                Section::Google(_) | Section::Numpy(_) => section = Section::None,
                Section::None => {}
            }
            if cut == 0 {
                cut = sphinx_field(content);
            }
        }
        if literal.is_some_and(|at| indent <= at) {
            literal = None;
        }
        if cut < content.len() && content.ends_with("::") {
            literal = Some(indent);
        }
        let line = &mut lines[k];
        line.entry = cut > 0 && cut < content.len();
        line.range.start = (line.range.start + cut).min(line.range.end);
    }
}

fn is_rule(line: &str) -> bool {
    line.len() >= 3 && line.bytes().all(|c| c == b'-' || c == b'=')
}

/// The length of `name (type): ` or `name: ` at the start of a Google-style entry, or 0.
fn entry_name(content: &str) -> usize {
    let b = content.as_bytes();
    let mut k = b.iter().take_while(|&&c| c == b'*').count();
    let name = b[k..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.'))
        .count();
    if name == 0 {
        return 0;
    }
    k += name;
    if content[k..].trim_start().starts_with('(') {
        match content[k..].find(')') {
            Some(p) => k += p + 1,
            None => return 0,
        }
    }
    if b.get(k) != Some(&b':') {
        return 0;
    }
    k + 1 + content[k + 1..].len() - content[k + 1..].trim_start().len()
}

/// The length of a Sphinx field marker such as `:param name: `, all of a type field, or 0.
fn sphinx_field(content: &str) -> usize {
    let Some(rest) = content.strip_prefix(':') else {
        return 0;
    };
    let Some(close) = rest.find(':') else {
        return 0;
    };
    let field = &rest[..close];
    let name = field.split_whitespace().next().unwrap_or("");
    if name.is_empty() || !name.bytes().all(|c| c.is_ascii_alphabetic()) {
        return 0;
    }
    if TYPE_FIELDS.contains(&name) {
        return content.len();
    }
    let after = &rest[close + 1..];
    1 + close + 1 + after.len() - after.trim_start().len()
}
