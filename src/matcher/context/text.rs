//! Where a sentence begins and ends in the source, and whether a text names a word: the
//! lookups the context conditions and the other passes share.

/// The sentence of the source around `span`: from the previous sentence end (or blank line) to
/// the next one. Searched in the source, so that inline code such as `__session` counts.
pub(in crate::matcher) fn sentence_around(
    source: &str,
    span: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    let ends = |w: &[u8]| matches!(w[0], b'.' | b'!' | b'?') && w[1].is_ascii_whitespace();
    let bytes = source.as_bytes();
    // A line break before a list item ends a sentence too: items are often written without a
    // full stop, in Markdown and in a doc comment's list (` * - Calls the API`).
    let item_after = |i: usize| bytes[i] == b'\n' && list_item(&bytes[i + 1..]);
    let start = (1..span.start)
        .rev()
        .find(|&i| {
            ends(&bytes[i - 1..=i])
                || (bytes[i] == b'\n' && bytes[i - 1] == b'\n')
                || i + 1 < span.start && item_after(i)
        })
        .map_or(0, |i| i + 1);
    let end = (span.end..bytes.len().saturating_sub(1))
        .find(|&i| {
            ends(&bytes[i..=i + 1]) || (bytes[i] == b'\n' && bytes[i + 1] == b'\n') || item_after(i)
        })
        .map_or(bytes.len(), |i| i + 1);
    // Both ends sit next to ASCII bytes, so they are char boundaries.
    start.min(end)..end
}

/// Whether `line` opens a list item (`- `, `* `, `+ `, `1. `), after its indent and a comment's
/// leader (`*`, `//`, `///`, `#`).
fn list_item(line: &[u8]) -> bool {
    let trimmed =
        |b: &[u8]| -> usize { b.iter().take_while(|c| matches!(c, b' ' | b'\t')).count() };
    let mut rest = &line[trimmed(line)..];
    let marker = |b: &[u8]| match b {
        [b'-' | b'*' | b'+', b' ', ..] => true,
        [d, ..] if d.is_ascii_digit() => {
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            b[digits..].starts_with(b". ") || b[digits..].starts_with(b") ")
        }
        _ => false,
    };
    if marker(rest) {
        return true;
    }
    for leader in [&b"///"[..], b"//!", b"//", b"#", b"*", b"--"] {
        if let Some(after) = rest.strip_prefix(leader) {
            rest = &after[trimmed(after)..];
            return marker(rest);
        }
    }
    false
}

/// Whether `source` (lowercased as `lower`) names `name` (lowercase): as a whole word, or as a
/// part of an identifier in camel case, where a capital opens it or follows it (`loadStytch`,
/// `stytchClient`, `Auth0Provider`). Lowercase letters around it make another word
/// (`category` holds no `Ory`).
pub(in crate::matcher) fn has_name(source: &str, lower: &str, name: &str) -> bool {
    let (original, hay) = (source.as_bytes(), lower.as_bytes());
    // A capital after a lowercase letter or a digit starts a part of an identifier.
    let hump = |at: usize| {
        at > 0 && original[at].is_ascii_uppercase() && !original[at - 1].is_ascii_uppercase()
    };
    let edge = |at: usize| at == 0 || !hay[at - 1].is_ascii_alphanumeric();
    let ends = |at: usize| at >= hay.len() || !hay[at].is_ascii_alphanumeric() || hump(at);
    !name.is_empty()
        && original.len() == hay.len()
        && memchr::memmem::find_iter(hay, name.as_bytes())
            .any(|at| (edge(at) || hump(at)) && ends(at + name.len()))
}

/// Whether `hay` holds `word` (both ASCII-lowercase) with no ASCII letter or digit right before
/// or after it.
pub(in crate::matcher) fn has_word(hay: &[u8], word: &str) -> bool {
    let edge = |at: Option<usize>| {
        !at.and_then(|i| hay.get(i))
            .is_some_and(u8::is_ascii_alphanumeric)
    };
    !word.is_empty()
        && memchr::memmem::find_iter(hay, word.as_bytes())
            .any(|at| edge(at.checked_sub(1)) && edge(Some(at + word.len())))
}
