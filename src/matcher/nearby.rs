//! Comment words that name the code beside them: a comment that is only an identifier's words
//! over its line, or a word spelled exactly as a name on the code lines around the comment.

use std::ops::Range;

use super::context::is_word;
use super::prose::{BLOCK, GAP, Prose, back_to, forward_to};

/// True when a comment that is nothing but the term names the code it annotates: the term's
/// letters are part of an identifier or a string on the next line of code (`/// saml` over
/// `Field._('saml')`, `// Github` over `const githubProvider`, `// MARK: - Magic Link` over
/// `let magicLinkStore`). Such a comment is the identifier itself.
pub(super) fn names_code_below(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    let buf = prose.buf.as_str();
    // The comment is the match and nothing else (besides a section marker such as `MARK: -`).
    // One word is the identifier; a phrase is a label only after a section marker (`MARK:`):
    // "sign in url" over `signInUrl` reads a field's name aloud as
    // prose, as generated API pages show it.
    let block_start = back_to(buf, s, &[BLOCK, GAP]);
    let block_end = forward_to(buf, e, &[BLOCK, GAP]);
    let words = |text: &str| {
        text.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric) && !w.ends_with(':'))
            .count()
    };
    let (block_words, match_words) = (words(&buf[block_start..block_end]), words(&buf[s..e]));
    if block_words != match_words {
        return false;
    }
    if match_words > 1 {
        let line_start = back_to(source, prose.source_span(s..e).start, &['\n']);
        let line = source[line_start..prose.source_span(s..e).start].to_ascii_lowercase();
        if !line.contains("mark:") {
            return false;
        }
    }
    let key: String = buf[s..e]
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if key.is_empty() {
        return false;
    }
    let span = prose.source_span(s..e);
    // A comment on a line of its own: a trailing comment is about its own line.
    let own_line = source[back_to(source, span.start, &['\n'])..span.start].trim_start();
    if !["//", "/*", "*", "#", "--", "<!--"]
        .iter()
        .any(|m| own_line.starts_with(m))
    {
        return false;
    }
    // The first line after the comment that is not itself a comment line.
    let comment_line = |line: &str| {
        let t = line.trim_start();
        t.is_empty()
            || ["//", "/*", "*", "#", "--", "<!--", "\"\"\"", "'''"]
                .iter()
                .any(|m| t.starts_with(m))
    };
    // The next lines, as far as a check reads. A comment line longer than the window has no
    // next line within reach (and one byte past the window's edge can be inside a character).
    let end = forward_to(source, span.end, &['\n']);
    if source.as_bytes().get(end) != Some(&b'\n') {
        return false;
    }
    let next_line = end + 1;
    let rest = &source[next_line..forward_to(source, next_line, &[])];
    let Some(code) = rest.lines().take(12).find(|l| !comment_line(l)) else {
        return false;
    };
    // Identifiers and strings of that line, as keys: `magicLinkStore` → `magiclinkstore`.
    code.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|token| token.len() >= key.len())
        .any(|token| {
            let token: String = token
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            token.contains(&key)
        })
}

/// Keywords after which a line of code declares the name that follows.
const DECLARES: [&str; 6] = ["def", "function", "fn", "func", "class", "sub"];

/// How many lines of code on each side of a comment are read for the names it may mention: the
/// line it annotates and the one before it.
const NEARBY_CODE_LINES: usize = 1;
/// How far, on each side, the look for those lines goes: a long comment block ends it before the
/// file does.
const NEARBY_LINES: usize = 16;
const NEARBY_BYTES: usize = 2048;

/// True when a one-word match in a comment is spelled exactly as a name in the code beside it
/// (the code line before and after the comment, and the code on its own line), a member's
/// leading `_` aside: "supabase" beside `const { supabase } = …`, "cancelled" beside
/// `if (this._cancelled)`. The comment names that variable or field, without backticks. The
/// words of strings do not count: "the signin page" over `"/auth/signin"` is prose.
/// `not_code` are the ranges of comments and strings, in order. With `declared_parts`, a word
/// of the name declared beside the comment (`def _handle_login`, `function loginWithRedirect`)
/// is that name read aloud.
pub(super) fn names_nearby_code(
    prose: &Prose,
    source: &str,
    not_code: &[Range<usize>],
    s: usize,
    e: usize,
    declared_parts: bool,
) -> bool {
    let word = &prose.buf[s..e];
    // A hyphenated word is a name when the code spells it so: `<meta-data>` in a manifest, a
    // `--sign-in` flag.
    let hyphenated = word.contains('-');
    if word.is_empty() || !word.chars().all(|c| is_word(c) || hyphenated && c == '-') {
        return false;
    }
    if hyphenated {
        return hyphenated_in_nearby_code(source, not_code, prose.source_span(s..e), word);
    }
    let span = prose.source_span(s..e);
    let first = back_to(source, span.start, &['\n']);
    let last = forward_to(source, span.end, &['\n']);
    // The code on the match's own line: a trailing comment is about it, and may read a name of
    // several words aloud ("# Associated login challenge" after `login_challenge: str`).
    if code_names(source, not_code, first..last)
        .any(|name| name == word || super::file_names::spelled_out(name, &prose.buf, s, e))
    {
        return true;
    }
    let mut found = false;
    let mut visit = |line: Range<usize>| -> bool {
        let (mut code, mut previous) = (false, "");
        for name in code_names(source, not_code, line) {
            found = found
                || name == word
                // The line a doc comment is beside declares what it documents, and the comment
                // reads that name aloud: "Handle login request." in `def _handle_login`.
                || declared_parts
                    && DECLARES.contains(&previous)
                    && super::file_names::has_part(name, word);
            (code, previous) = (true, name);
        }
        code
    };
    // Back from the comment's line, then on from it, each as far as its few lines of code, and
    // only across line breaks: a line longer than the window ends the walk (stepping one byte
    // past a window's edge could land inside a character).
    let b = source.as_bytes();
    let (mut at, mut lines, mut code) = (first, 0, 0);
    while at > 0
        && b[at - 1] == b'\n'
        && lines < NEARBY_LINES
        && first - at < NEARBY_BYTES
        && code < NEARBY_CODE_LINES
    {
        let start = back_to(source, at - 1, &['\n']);
        code += usize::from(visit(start..at - 1));
        (at, lines) = (start, lines + 1);
    }
    let (mut at, mut lines, mut code) = (last, 0, 0);
    while at < source.len()
        && b[at] == b'\n'
        && lines < NEARBY_LINES
        && at - last < NEARBY_BYTES
        && code < NEARBY_CODE_LINES
    {
        let end = forward_to(source, at + 1, &['\n']);
        code += usize::from(visit(at + 1..end));
        (at, lines) = (end, lines + 1);
    }
    found
}

/// How many lines of code after a comment are read for a hyphenated name: a tag's name may sit
/// on the line after the one the comment annotates.
const HYPHENATED_CODE_LINES: usize = 2;

/// Whether the code (outside comments and strings) of the few lines after the comment's line
/// spells `word`, a hyphenated word, whole: "Don't delete the meta-data below." over
/// `<meta-data android:name=…>`.
fn hyphenated_in_nearby_code(
    source: &str,
    not_code: &[Range<usize>],
    span: Range<usize>,
    word: &str,
) -> bool {
    let name_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    let b = source.as_bytes();
    let (mut at, mut lines, mut code) = (forward_to(source, span.end, &['\n']), 0, 0);
    while at < source.len()
        && b[at] == b'\n'
        && lines < NEARBY_LINES
        && code < HYPHENATED_CODE_LINES
    {
        let end = forward_to(source, at + 1, &['\n']);
        let gaps = code_gaps(not_code, at + 1..end);
        code += usize::from(gaps.iter().any(|g| !source[g.clone()].trim().is_empty()));
        let spelled = gaps.iter().any(|gap| {
            source[gap.clone()].match_indices(word).any(|(i, _)| {
                let (from, to) = (gap.start + i, gap.start + i + word.len());
                // A flag's dashes (`--log-in`) open the name; a word and a dash extend it.
                let opens = from == 0
                    || !name_byte(b[from - 1])
                    || b[from - 1] == b'-' && (from < 2 || !b[from - 2].is_ascii_alphanumeric());
                opens && !b.get(to).is_some_and(|&c| name_byte(c))
            })
        });
        if spelled {
            return true;
        }
        (at, lines) = (end, lines + 1);
    }
    false
}

/// The parts of `line` outside comments and strings; `not_code` is in order.
fn code_gaps(not_code: &[Range<usize>], line: Range<usize>) -> Vec<Range<usize>> {
    let from = not_code.partition_point(|c| c.end <= line.start);
    let mut gaps = Vec::new();
    let mut at = line.start;
    for comment in not_code[from..].iter().take_while(|c| c.start < line.end) {
        if comment.start > at {
            gaps.push(at..comment.start);
        }
        at = at.max(comment.end);
    }
    if at < line.end {
        gaps.push(at..line.end);
    }
    gaps
}

/// The names in the code of `line`: its text outside comments and strings, cut into identifiers,
/// without a PHP `$`, trailing `_`, or the leading `_` of a member (`this._cancelled` gives
/// `this`, `cancelled`; `_oauth` stays `_oauth`).
pub(super) fn code_names<'a>(
    source: &'a str,
    not_code: &'a [Range<usize>],
    line: Range<usize>,
) -> impl Iterator<Item = &'a str> + 'a {
    code_gaps(not_code, line).into_iter().flat_map(move |gap| {
        let code = &source[gap];
        code.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
            .map(move |token| {
                // A member's `_` is a convention for a field (`this._cancelled`); a name of its own
                // that starts with `_` (`_oauth`, a private constant) is another name than its stem.
                let offset = token.as_ptr() as usize - code.as_ptr() as usize;
                let member = code[..offset].ends_with('.');
                let token = token.trim_start_matches('$').trim_end_matches(['_', '$']);
                if member {
                    token.trim_start_matches('_')
                } else {
                    token
                }
            })
            .filter(|name| name.chars().any(char::is_alphabetic))
    })
}
