//! Prose that spells out a name of the code word by word: "backchannel logout redirect uri" as the
//! description of `backchannel_logout_redirect_uri`, "Magic link generated" as the title of the
//! `magic_link_generated` event, "Add logout redirect URLs." as the docstring of
//! `add_logout_redirect_urls`. Generated API references and docstrings read their names aloud;
//! the words are the name's, and renaming them in the prose alone would describe a name the
//! code does not have.

/// True when the match and the word right before or after it, in that order, are consecutive
/// words of a name the file writes as code: joined by `_` in any case (`logout_redirect`,
/// `LOGOUT_REDIRECT`) or in camel case (`logoutRedirect`, `LogoutRedirect`). A name that is
/// only the matched words is not enough: "the `magic_link` strategy sends a magic link" uses the
/// old word for the thing, while a longer name spelled out is that name.
pub(super) fn spells_out_a_name(buf: &str, source: &str, lower: &str, s: usize, e: usize) -> bool {
    let words: Vec<&str> = buf[s..e]
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return false;
    }
    // The matched words as the name's words, or as one of them: "Log In Modal" reads
    // `LoginModal`, "log in page" `login_page`.
    let mut forms = vec![words.clone()];
    let joined = words.concat();
    if words.len() > 1 {
        forms.push(vec![joined.as_str()]);
    }
    let before = word_before(buf, s).filter(|w| content_word(w));
    let after = word_after(buf, e).filter(|w| content_word(w));
    forms.iter().any(|form| {
        let runs = [
            before.map(|w| [&[w][..], form].concat()),
            after.map(|w| [&form[..], &[w]].concat()),
        ];
        runs.into_iter()
            .flatten()
            .any(|run| written_as_a_name(source, lower, &run))
    })
}

/// Whether `word` says something of its own: a name joins a function word to a term only by
/// chance (`RedirectToSignUp` is no reading of "users to sign up", nor `signInOrUp` of "sign in
/// or up").
fn content_word(word: &str) -> bool {
    const FUNCTION_WORDS: [&str; 30] = [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "if", "in", "into", "is",
        "it", "its", "no", "not", "of", "on", "or", "our", "so", "that", "the", "their", "this",
        "to", "with", "your",
    ];
    word.len() > 1 && !FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(word))
}

/// The word right before `s`, one space away in the same block: `backchannel` in "backchannel
/// logout".
fn word_before(buf: &str, s: usize) -> Option<&str> {
    let head = buf[..s].strip_suffix(' ')?;
    let start = head
        .char_indices()
        .rfind(|&(_, c)| !c.is_ascii_alphanumeric())
        .map_or(0, |(at, c)| at + c.len_utf8());
    Some(&head[start..]).filter(|w| !w.is_empty())
}

/// The word right after `e`, one space away in the same block.
fn word_after(buf: &str, e: usize) -> Option<&str> {
    let tail = buf[e..].strip_prefix(' ')?;
    let end = tail
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(tail.len());
    Some(&tail[..end]).filter(|w| !w.is_empty())
}

/// Whether `words` occur as consecutive words of one name in `source` (`lower` is the source in
/// ASCII lowercase): snake or screaming case anywhere, camel case with a capital at each word.
fn written_as_a_name(source: &str, lower: &str, words: &[&str]) -> bool {
    let snake = words
        .iter()
        .map(|w| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_");
    if occurs_bounded(lower, &snake, |_, _| true) {
        return true;
    }
    let flat = snake.replace('_', "");
    let b = source.as_bytes();
    occurs_bounded(lower, &flat, |at, end| {
        // Each word after the first starts with a capital; so does the first, unless the name
        // starts there (`logoutRedirect`).
        let mut word_at = at;
        let starts = b[at].is_ascii_uppercase() || at == 0 || !b[at - 1].is_ascii_alphanumeric();
        starts
            && words[..words.len() - 1].iter().all(|w| {
                word_at += w.len();
                b[word_at].is_ascii_uppercase()
            })
            && (end == b.len() || !b[end].is_ascii_lowercase())
    })
}

/// Whether `needle` occurs in `hay` between bytes that are not letters or digits (an `_` or any
/// punctuation bounds it too), and `also` holds for the occurrence's range. A camel-case name is
/// bounded by its capitals, which `also` checks, so letters may touch it there.
fn occurs_bounded(hay: &str, needle: &str, also: impl Fn(usize, usize) -> bool) -> bool {
    let b = hay.as_bytes();
    let camel = !needle.contains('_');
    memchr::memmem::find_iter(b, needle.as_bytes()).any(|at| {
        let end = at + needle.len();
        let bounded = camel
            || (at == 0 || !b[at - 1].is_ascii_alphanumeric())
                && (end == b.len() || !b[end].is_ascii_alphanumeric());
        bounded && also(at, end)
    })
}
