//! The names a source file's code uses, read once per file: a lowercase word in a comment that is
//! one of them is that name as often as it is the product it also spells.

use rustc_hash::FxHashSet;
use std::ops::Range;

use super::nearby::code_names;

/// Characters that follow a package's name in a dependency spec: `"svix>=1.0"`,
/// `"stripe@^14"`, `"httpx[http2]"`, `"requests;python_version>'3'"`. A string that is a bare
/// word (`'oauth'`, `type: "webauthn"`) is a value, which prose names as often as it names
/// the thing the value stands for.
const SPEC: [char; 9] = ['<', '>', '=', '~', '^', '!', '@', '[', ';'];

/// Every identifier outside comments and strings, and the package of every string that is a
/// dependency spec. `not_code` are the ranges of comments and strings, in order.
pub(super) fn names<'a>(source: &'a str, not_code: &'a [Range<usize>]) -> FxHashSet<&'a str> {
    let mut names: FxHashSet<&str> = code_names(source, not_code, 0..source.len()).collect();
    for range in not_code {
        // A string's range may or may not hold its quotes, depending on the lexer; a comment's
        // starts with its marker.
        let quote = |c: char| matches!(c, '"' | '\'' | '`');
        let text = &source[range.clone()];
        if !(text.starts_with(quote) || source[..range.start].ends_with(quote)) {
            continue;
        }
        let inner = text.trim_matches(quote);
        let end = inner
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '.'))
            .unwrap_or(inner.len());
        let (name, rest) = inner.split_at(end);
        if !name.is_empty() && rest.starts_with(SPEC) && !rest.starts_with(' ') {
            names.insert(name);
        }
    }
    names
}

/// True when `word` is spelled as code spells a package, a module or a variable: lowercase
/// letters and digits only (`svix`, `supabase`). A comment's lowercase word that the file's code
/// uses as a name (`const supabase = createClient(…)` anywhere in the file, `"svix>=1.0"` in a
/// manifest's dependency list) may mean the variable, the module or the package as well as the
/// product, and nothing in the comment tells which: "Removed supabase from the dependency
/// array", "svix is due to be droppable". A word capitalized wrongly (`Github`, `SupaBase`) is
/// still checked: code rarely spells a name so, and prose that does is the error.
pub(super) fn lowercase_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// True when `word` is one capitalized word (`Organisation`, `Behaviour`): spelled so in code, a
/// class or a model. A comment's word that is a class the file's code uses ("Creates
/// Organisation" over `Organisation.objects.create`) names that class, whose spelling is the
/// code's; a spelling rule has nothing to say there. A case rule still does (`Github`).
pub(super) fn capitalized_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.as_str().len() > 1
        && chars.all(|c| c.is_ascii_lowercase())
}

/// Whether the words around the match `buf[s..e]` spell out `name`, an identifier of two or more
/// words of which the match is one (`login_challenge`, `loginChallenge`, `LoginChallenge`), in
/// order and next to each other: "login challenge".
pub(super) fn spelled_out(name: &str, buf: &str, s: usize, e: usize) -> bool {
    let parts = words_of(name);
    if parts.len() < 2 {
        return false;
    }
    let word = &buf[s..e];
    parts.iter().enumerate().any(|(i, part)| {
        part.eq_ignore_ascii_case(word)
            && words_before(&buf[..s], &parts[..i])
            && words_after(&buf[e..], &parts[i + 1..])
    })
}

/// Whether `word` is one of the words of the identifier `name` (`login` of `_handle_login`,
/// `generate_login_url` and `loginWithRedirect`), in any case.
pub(super) fn has_part(name: &str, word: &str) -> bool {
    words_of(name)
        .iter()
        .any(|part| part.eq_ignore_ascii_case(word))
}

/// The words of an identifier, split at `_`, `-` and where a lowercase letter or digit meets a
/// capital.
pub(super) fn words_of(name: &str) -> Vec<&str> {
    let mut words = Vec::new();
    for piece in name.split(['_', '-']).filter(|p| !p.is_empty()) {
        let mut start = 0;
        let bytes = piece.as_bytes();
        for i in 1..bytes.len() {
            if bytes[i].is_ascii_uppercase() && !bytes[i - 1].is_ascii_uppercase() {
                words.push(&piece[start..i]);
                start = i;
            }
        }
        words.push(&piece[start..]);
    }
    words
}

/// Whether `before` ends with `words`, each after the one before it with a space between.
fn words_before(mut before: &str, words: &[&str]) -> bool {
    for word in words.iter().rev() {
        let Some(rest) = before.strip_suffix(' ') else {
            return false;
        };
        let at = rest.len().saturating_sub(word.len());
        if !rest.is_char_boundary(at) || !rest[at..].eq_ignore_ascii_case(word) {
            return false;
        }
        if rest[..at]
            .chars()
            .next_back()
            .is_some_and(super::context::is_word)
        {
            return false;
        }
        before = &rest[..at];
    }
    true
}

/// Whether `after` starts with `words`, each after the one before it with a space between.
fn words_after(mut after: &str, words: &[&str]) -> bool {
    for word in words {
        let Some(rest) = after.strip_prefix(' ') else {
            return false;
        };
        let Some(head) = rest.get(..word.len()) else {
            return false;
        };
        if !head.eq_ignore_ascii_case(word)
            || rest[word.len()..]
                .chars()
                .next()
                .is_some_and(super::context::is_word)
        {
            return false;
        }
        after = &rest[word.len()..];
    }
    true
}
