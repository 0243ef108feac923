//! Prose that spells out a name of the code word by word: "backchannel logout redirect uri" as the
//! description of `backchannel_logout_redirect_uri`, "Magic link generated" as the title of the
//! `magic_link_generated` event, "Add logout redirect URLs." as the docstring of
//! `add_logout_redirect_urls`. Generated API references and docstrings read their names aloud;
//! the words are the name's, and renaming them in the prose alone would describe a name the
//! code does not have.

use rustc_hash::FxHashSet;

/// Every two neighbouring words of the names a file writes as code, lowercase, as `"a b"`:
/// `logout_redirect_uri` gives "logout redirect" and "redirect uri", `LoginModal` "login modal".
/// Built once per file, in one pass, so that a file with many matches stays linear.
#[derive(Debug, Default)]
pub(super) struct NameWords(FxHashSet<String>);

impl NameWords {
    /// The neighbouring words of every name in `source`: a run of letters, digits and `_` that
    /// is joined by `_` (snake or screaming case) or has a capital after a lowercase letter or
    /// digit (camel case). A plain word is no name of several words.
    pub(super) fn of(source: &str) -> NameWords {
        let mut pairs = FxHashSet::default();
        for token in source
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|t| t.len() > 2)
        {
            let parts = parts(token);
            for pair in parts.windows(2) {
                pairs.insert(format!("{} {}", pair[0], pair[1]));
            }
        }
        NameWords(pairs)
    }

    fn has(&self, first: &str, second: &str, key: &mut String) -> bool {
        key.clear();
        key.push_str(first);
        key.push(' ');
        key.push_str(second);
        key.make_ascii_lowercase();
        self.0.contains(key.as_str())
    }
}

/// The words of a name, lowercase (split as [`super::file_names::words_of`] splits them); empty
/// for a plain word, which is no name of several words.
fn parts(token: &str) -> Vec<String> {
    let camel = token
        .as_bytes()
        .windows(2)
        .any(|w| (w[0].is_ascii_lowercase() || w[0].is_ascii_digit()) && w[1].is_ascii_uppercase());
    if !token.contains('_') && !camel {
        return Vec::new();
    }
    super::file_names::words_of(token)
        .into_iter()
        .map(str::to_ascii_lowercase)
        .collect()
}

/// True when the match and the word right before or after it, in that order, are neighbouring
/// words of a name the file writes as code: joined by `_` in any case (`logout_redirect`,
/// `LOGOUT_REDIRECT`) or in camel case (`logoutRedirect`, `LogoutRedirect`). A name that is
/// only the matched words is not enough: "the `magic_link` strategy sends a magic link" uses the
/// old word for the thing, while a longer name spelled out is that name.
pub(super) fn spells_out_a_name(buf: &str, names: &NameWords, s: usize, e: usize) -> bool {
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
    let mut key = String::new();
    forms.iter().any(|form| {
        let runs = [
            before.map(|w| [&[w][..], form].concat()),
            after.map(|w| [&form[..], &[w]].concat()),
        ];
        runs.into_iter().flatten().any(|run| {
            run.windows(2)
                .all(|pair| names.has(pair[0], pair[1], &mut key))
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_into_their_words() {
        assert_eq!(
            parts("backchannel_logout_redirect_uri"),
            ["backchannel", "logout", "redirect", "uri"]
        );
        assert_eq!(parts("USER_LOGOUT"), ["user", "logout"]);
        assert_eq!(parts("postLogoutRedirect"), ["post", "logout", "redirect"]);
        assert_eq!(parts("LoginModal"), ["login", "modal"]);
        assert_eq!(parts("oauth2Client"), ["oauth2", "client"]);
        assert!(parts("postlogoutredirect").is_empty());
        assert!(parts("OAUTH").is_empty());
    }
}
