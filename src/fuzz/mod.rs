//! Entry points for fuzzing. Each takes arbitrary bytes, must never panic, and checks the
//! invariants the rest of termlint relies on: every span is a valid range of the text, and a fix
//! changes exactly the bytes it reports. The cargo-fuzz targets in `fuzz/` call these, and a
//! stable test replays the committed inputs through them, so a crash found once stays fixed.

mod lsp;

use std::path::Path;
use std::sync::OnceLock;

pub use lsp::lsp;

use crate::fix::{self, Applicability};
use crate::glossary::{DEFAULT_PROFILES, Glossary};
use crate::lint::{Linter, Policy};
use crate::matcher::{Matcher, Workload};
use crate::source::comments::LANGUAGES;
use crate::source::{self, Chunk, FileKind, Scope, Style};

/// Fuzzed text is cut to this many bytes: longer inputs find nothing new, only run slower.
const MAX_TEXT: usize = 16 * 1024;

/// A fuzz target: arbitrary bytes in, a panic on a broken invariant.
pub type Target = fn(&[u8]);

/// Every target by name, as the fuzz directory and the regression test call them.
pub const TARGETS: &[(&str, Target)] = &[
    ("markdown", markdown),
    ("mdx", mdx),
    ("comments", comments),
    ("matcher", matcher),
    ("fix", fix_engine),
    ("fix_tokens", fix_tokens),
    ("config", config),
    ("glossary", glossary),
    ("vale", vale),
    ("baseline", baseline),
    ("lsp", lsp),
];

/// Markdown extraction and linting.
pub fn markdown(data: &[u8]) {
    lint_checked(FileKind::Markdown, &text(data));
}

/// MDX extraction and linting.
pub fn mdx(data: &[u8]) {
    lint_checked(FileKind::Mdx, &text(data));
}

/// The comment lexer: the first byte picks the language (every family of the table), the rest
/// is the code.
pub fn comments(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let language = &LANGUAGES[usize::from(pick) % LANGUAGES.len()];
    lint_checked(FileKind::Code(language), &text(rest));
}

/// The matcher alone, on arbitrary text read as one chunk of prose.
pub fn matcher(data: &[u8]) {
    let text = text(data);
    let chunk = Chunk {
        range: 0..text.len(),
        block_start: true,
        soft_break: false,
        scope: Scope::Prose,
        style: Style::default(),
    };
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    let matcher = MATCHER.get_or_init(|| {
        let glossary = Glossary::builtin_for_linting(DEFAULT_PROFILES).expect("built-in glossary");
        Matcher::new(&glossary)
    });
    let findings = matcher.find(FileKind::Markdown, &text, &[chunk]);
    for finding in &findings {
        check_range(&text, &finding.span, "finding");
    }
}

/// The fix engine: one pass changes exactly the reported edits; fixing to the end leaves no
/// fixable finding except those of a reported cycle.
pub fn fix_engine(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let kind = match pick % 3 {
        0 => FileKind::Markdown,
        1 => FileKind::Mdx,
        _ => FileKind::Code(&LANGUAGES[usize::from(pick / 3) % LANGUAGES.len()]),
    };
    let text = text(rest);
    let linter = linter();
    let findings = linter.lint(kind, &text);
    let fixes: Vec<&fix::Fix> = findings.iter().filter_map(|f| f.fix.as_ref()).collect();
    let pass = fix::apply(&text, fixes.iter().copied(), Applicability::Unsafe);
    // The same edits, applied another way: back to front on a copy.
    let mut edits: Vec<&fix::Edit> = fixes.iter().flat_map(|f| &f.edits).collect();
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut kept = Vec::new();
    let mut end = 0;
    for edit in edits {
        if edit.range.start >= end {
            check_range(&text, &edit.range, "edit");
            end = edit.range.end;
            kept.push(edit);
        }
    }
    let mut expected = text.to_string();
    for edit in kept.iter().rev() {
        expected.replace_range(edit.range.clone(), &edit.replacement);
    }
    assert_eq!(pass.text, expected, "one pass changed other bytes");
    assert_eq!(pass.applied, kept.len());

    for min in [Applicability::Safe, Applicability::Unsafe] {
        let fixed = linter.fix(kind, &text, min);
        assert!(fixed.converged, "fixes did not settle");
        let banned: Vec<_> = fixed.cycles.iter().flat_map(|c| c.fixes.clone()).collect();
        for finding in linter.lint(kind, &fixed.text) {
            let Some(fix) = &finding.fix else { continue };
            if fix.applicability < min {
                continue;
            }
            let matched = fixed.text[finding.span.clone()].to_string();
            let in_cycle = banned
                .iter()
                .any(|(rule, from, _)| **rule == *finding.rule && *from == matched);
            assert!(
                in_cycle,
                "a fixable finding is left after fixing: {} `{matched}`",
                finding.rule
            );
        }
    }
}

/// The fix engine on text built from the glossary's own words: each byte picks a fragment (an
/// avoided or preferred form, a word around one, or Markdown, MDX or comment syntax), so that
/// nearly every input holds several findings, next to each other and inside markup.
pub fn fix_tokens(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let mut text = vec![pick];
    text.extend(tokens(rest));
    fix_engine(&text);
}

/// Text built from the glossary's own forms and markup: each pair of bytes picks a fragment.
fn tokens(data: &[u8]) -> Vec<u8> {
    static VOCABULARY: OnceLock<Vec<String>> = OnceLock::new();
    let vocabulary = VOCABULARY.get_or_init(|| {
        let glossary = Glossary::builtin_for_linting(DEFAULT_PROFILES).expect("built-in glossary");
        let mut words: Vec<String> = SYNTAX.iter().map(|s| s.to_string()).collect();
        for term in &glossary.terms {
            words.extend(term.avoid.iter().cloned());
            words.extend(term.replace.keys().cloned());
            words.extend(term.preferred.iter().cloned());
            words.extend(term.followed_by.iter().cloned());
            words.extend(term.preceded_by.iter().cloned());
        }
        words.sort();
        words.dedup();
        words
    });
    let mut text = Vec::with_capacity(data.len() * 6);
    for pair in data.chunks(2) {
        let index = usize::from(pair[0]) | usize::from(*pair.get(1).unwrap_or(&0)) << 8;
        text.extend_from_slice(vocabulary[index % vocabulary.len()].as_bytes());
    }
    text
}

/// Reads a fuzz input as a sequence of choices. Past the end every byte is zero, so any input
/// is a complete sequence.
struct Bytes<'a> {
    rest: &'a [u8],
}

impl<'a> Bytes<'a> {
    fn new(data: &'a [u8]) -> Bytes<'a> {
        Bytes { rest: data }
    }

    fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    fn byte(&mut self) -> u8 {
        let Some((&first, rest)) = self.rest.split_first() else {
            return 0;
        };
        self.rest = rest;
        first
    }

    fn take(&mut self, len: usize) -> &'a [u8] {
        let (taken, rest) = self.rest.split_at(len.min(self.rest.len()));
        self.rest = rest;
        taken
    }

    /// Up to `max` bytes of text (a length byte, then the bytes, invalid UTF-8 replaced).
    fn text(&mut self, max: usize) -> String {
        let len = usize::from(self.byte()).min(max);
        String::from_utf8_lossy(self.take(len)).into_owned()
    }

    /// The text of a document or a change: raw bytes or glossary forms and markup.
    fn document_text(&mut self) -> String {
        let flag = self.byte();
        let len = usize::from(self.byte()) * (1 + usize::from(flag >> 6));
        let taken = self.take(len);
        if flag.is_multiple_of(2) {
            String::from_utf8_lossy(taken).into_owned()
        } else {
            String::from_utf8_lossy(&tokens(taken)).into_owned()
        }
    }
}

/// Syntax and glue for [`fix_tokens`].
const SYNTAX: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    ".",
    ",",
    "-",
    "/",
    "'",
    "\"",
    "(",
    ")",
    "# ",
    "## ",
    "> ",
    "- ",
    "1. ",
    "*",
    "**",
    "_",
    "`",
    "```\n",
    "~~~",
    "[",
    "](",
    "](#a)",
    "<Note>",
    "</Note>",
    "<Tip>",
    "</Tip>",
    "<b>",
    "</b>",
    "<a href=\"x\">",
    "</a>",
    "{",
    "}",
    "<!--",
    "-->",
    "{/*",
    "*/}",
    "---\n",
    "title: ",
    "import X from 'y'\n",
    "export const a = 1\n",
    "// ",
    "/* ",
    " */",
    "#",
    "\"\"\"",
    "termlint-disable-next-line",
    "the",
    "a",
    "to",
    "your",
    "Users",
    "can",
    "page",
    "now",
    "Clerk",
    "I",
    "is",
    "with",
];

/// A config file: parsed, and its error rendered with its snippet.
pub fn config(data: &[u8]) {
    let text = text(data);
    if let Err(err) = crate::config::ConfigFile::parse(Path::new("termlint.toml"), &text) {
        let _ = err.to_string();
        let _ = err.snippet();
    }
}

/// A user glossary: parsed and validated, its error rendered as the loader does, and, when it
/// parses, linted with.
pub fn glossary(data: &[u8]) {
    let text = text(data);
    let path = Path::new("glossary.toml");
    match Glossary::from_toml("glossary.toml", &text) {
        Err(err) => {
            let _ = err.to_string();
            if let Some(span) = err.span() {
                check_range(&text, &span, "glossary error");
                let mut at =
                    crate::config::ConfigError::at(path, &text, span, &err.message(), "here", None);
                if let Some(first) = err.first_span() {
                    check_range(&text, &first, "glossary error");
                    at = at.with_related(first, "first defined here");
                }
                let _ = at.snippet();
            }
        }
        Ok(glossary) => {
            let _ = glossary.validate();
            let Ok(linter) = Linter::from_parts(glossary, Policy::default(), Workload::Few) else {
                return;
            };
            let sample = "Create a web hook, then sign-in to the dashboard with your e-mail.";
            for finding in linter.lint(FileKind::Markdown, sample) {
                check_range(sample, &finding.span, "finding");
            }
            let _ = linter.fix(FileKind::Markdown, sample, Applicability::Unsafe);
        }
    }
}

/// A Vale import: the first byte picks a substitution rule or vocabulary lines.
pub fn vale(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let text = text(rest);
    if pick % 2 == 0 {
        if let Ok(import) = crate::vale::parse_style(Path::new("styles/Fuzz/Rule.yml"), &text) {
            let _ = Linter::from_parts(import.glossary, Policy::default(), Workload::Few);
        }
    } else {
        for line in text.lines() {
            let _ = crate::vale::expand(line.trim());
        }
    }
}

/// A baseline file.
pub fn baseline(data: &[u8]) {
    let _ = crate::baseline::Baseline::parse(Path::new("baseline.json"), &text(data));
}

/// The built-in linter, built once.
fn linter() -> &'static Linter {
    static LINTER: OnceLock<Linter> = OnceLock::new();
    LINTER.get_or_init(|| {
        let glossary = Glossary::builtin_for_linting(DEFAULT_PROFILES).expect("built-in glossary");
        Linter::from_parts(glossary, Policy::default(), Workload::Few).expect("built-in linter")
    })
}

/// Input bytes as text, as termlint reads files: invalid UTF-8 is an error there, so it is
/// replaced here to reach the code behind it.
fn text(data: &[u8]) -> String {
    let data = &data[..data.len().min(MAX_TEXT)];
    String::from_utf8_lossy(data).into_owned()
}

/// Extracts and lints `text`, and checks every span.
fn lint_checked(kind: FileKind, text: &str) {
    let chunks = source::extract(kind, text);
    for chunk in &chunks {
        check_range(text, &chunk.range, "chunk");
    }
    for finding in linter().lint(kind, text) {
        check_range(text, &finding.span, "finding");
        for edit in finding.fix.iter().flat_map(|f| &f.edits) {
            check_range(text, &edit.range, "edit");
        }
    }
}

fn check_range(text: &str, range: &std::ops::Range<usize>, what: &str) {
    assert!(
        range.start <= range.end
            && range.end <= text.len()
            && text.is_char_boundary(range.start)
            && text.is_char_boundary(range.end),
        "{what} {range:?} is not a range of the {}-byte text",
        text.len()
    );
}
