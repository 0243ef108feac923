//! Links whose text is a name: the title of another site's page, of an issue a changelog links,
//! or of a page of the same site that the text names exactly.

use super::prose::{Prose, back_to, forward_to};

/// True when the match is in the text of a link to another site whose address holds the same
/// word (`[TikTok login kit documentation](https://developers.tiktok.com/doc/login-kit-web/)`):
/// the text is the title of someone else's page, spelled as its owner spells it.
pub(super) fn names_its_link(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    if !prose.style_at(s).link {
        return false;
    }
    let span = prose.source_span(s..e);
    let rest = &source[span.end..forward_to(source, span.end, &['\n'])];
    let Some(open) = rest.find("](") else {
        return false;
    };
    let url = &rest[open + 2..];
    let url = &url[..url.find([')', ' ']).unwrap_or(url.len())];
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return false;
    }
    let url = url.to_ascii_lowercase();
    let word: String = source[span]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .to_ascii_lowercase();
    url.contains(&word)
}

/// True when the match is in the title of an issue or pull request that a changelog entry links
/// to (`- [#227](https://github.com/o/r/issues/227) - Licence`): the title is quoted as filed.
pub(super) fn in_linked_issue_title(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    let span = prose.source_span(s..e);
    let line_start = back_to(source, span.start, &['\n']);
    let before = &source[line_start..span.start];
    let Some(close) = before.rfind(')') else {
        return false;
    };
    let Some(open) = before[..close].rfind("](") else {
        return false;
    };
    let url = &before[open + 2..close];
    let number = url
        .rsplit('/')
        .next()
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    let issue = url.contains("/issues/") || url.contains("/pull/");
    // Only a separator between the link and the title, and a title after it: a few words, not
    // the changelog's own sentences (`- [#635](…) - **small tweaks to …**. Specifically, …`).
    let between = before[close + 1..].trim();
    let separated = matches!(between.chars().next(), Some('-' | ':' | '–' | '—'));
    let title = &source[line_start + close + 1..forward_to(source, span.end, &['\n'])];
    let short = title.split_whitespace().count() <= 12
        && !title.contains("**")
        && !title.trim_end_matches('.').contains(". ");
    number && issue && separated && short && !before[close + 1..].contains("](")
}

/// True when the match is the whole text of a link to a page of the same project whose file (or
/// directory) is named exactly as the text: `[Oauth](../../Models/Components/Oauth.md)` in the
/// type column of a generated model page, `[nuxt](./packages/nuxt/)` in a table of packages. The text is the name of that page and of the type it documents, spelled
/// as the code spells it; renaming it would leave the file and the type behind.
pub(super) fn labels_its_own_page(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    let Some((span, rest)) = whole_link_text(prose, source, s, e) else {
        return false;
    };
    let target = &rest[..rest.find([')', ' ', '#', '\n']).unwrap_or(rest.len())];
    if target.contains("://") {
        return false;
    }
    let stem = file_stem(target);
    !stem.is_empty() && stem == &source[span]
}

/// The last segment of a link's target without its extensions: `Oauth` of
/// `../Models/Oauth.md`, `nuxt` of `./packages/nuxt/` (a directory's path ends with `/`).
fn file_stem(target: &str) -> &str {
    let file = target
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or("");
    file.split_once('.').map_or(file, |(stem, _)| stem)
}

/// True when the match is the whole text of a link to a page of the same site whose address ends
/// in the same words: `[magic link](/docs/plugins/magic-link)`. The text is that page's name
/// (a plugin's, a feature's), as its site spells it. Capitals are left to case rules, and a
/// link with more words than the page's name ("[login page](/docs/login)") is the writer's own.
pub(super) fn names_its_page(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    let Some((span, rest)) = whole_link_text(prose, source, s, e) else {
        return false;
    };
    let target = &rest[..rest.find([')', ' ', '#', '?', '\n']).unwrap_or(rest.len())];
    if !target.starts_with(['/', '.']) {
        return false;
    }
    spells(file_stem(target), &source[span], false)
}

/// Whether a slug of an address (`magic-link`, `log-in`) spells `text` (`magic link`, `Log in`):
/// the same letters (in the same case when `same_case`), a space where the slug has `-` or `_`.
fn spells(slug: &str, text: &str, same_case: bool) -> bool {
    let same = |p: u8, t: u8| {
        if same_case {
            p == t
        } else {
            p.eq_ignore_ascii_case(&t)
        }
    };
    slug.len() == text.len()
        && slug
            .bytes()
            .zip(text.bytes())
            .all(|(p, t)| same(p, t) || matches!(p, b'-' | b'_') && t == b' ')
}

/// True when the match is in the text of a link to an anchor that spells the same words:
/// `[login](FusionAuth.md#login)` in a generated index of an API's members,
/// `[Log in](#log-in)` in a table of contents. The text names that member or heading, whose own
/// words are checked where they stand.
pub(super) fn names_its_anchor(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    let Some((span, rest)) = link_text_around(prose, source, s, e) else {
        return false;
    };
    let target = &rest[..rest.find([')', ' ', '\n']).unwrap_or(rest.len())];
    let Some((_, anchor)) = target.split_once('#') else {
        return false;
    };
    spells(anchor, &source[span], false)
}

/// The source span of the whole text of the inline link the match is in, when that text is
/// plain words (no markup inside), and the source after its `](`: a table of contents'
/// `[to a fastify application](#to-a-fastify-application)` copies its heading's words.
fn link_text_around<'a>(
    prose: &Prose,
    source: &'a str,
    s: usize,
    e: usize,
) -> Option<(std::ops::Range<usize>, &'a str)> {
    if !prose.style_at(s).link {
        return None;
    }
    let span = prose.source_span(s..e);
    let line_start = back_to(source, span.start, &['\n']);
    let line_end = forward_to(source, span.end, &['\n']);
    let open = source[line_start..span.start].rfind(['[', ']'])? + line_start;
    let close = source[span.end..line_end].find(['[', ']'])? + span.end;
    if source.as_bytes()[open] != b'[' || source.as_bytes()[close] != b']' {
        return None;
    }
    let rest = source[close + 1..].strip_prefix('(')?;
    Some((open + 1..close, rest))
}

/// The source span of a match that is the whole text of an inline link, and the source after
/// its `](`, where the link's target starts.
fn whole_link_text<'a>(
    prose: &Prose,
    source: &'a str,
    s: usize,
    e: usize,
) -> Option<(std::ops::Range<usize>, &'a str)> {
    link_text_around(prose, source, s, e).filter(|(text, _)| *text == prose.source_span(s..e))
}

/// True when the match is in the text of a link that spells the file name of its target, letter
/// for letter with a space for each `_` or `-`: `[authelia storage user webauthn](authelia_storage_user_webauthn.md)`
/// in a generated command-line reference's list of related commands. The text is that page's
/// name, in its file's case; a label of one word is left to the checks above, and one whose
/// capitals differ from the file's ("[Sign Up](sign-up.md)") is the writer's.
pub(super) fn spells_its_target_file(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    if !prose.style_at(s).link {
        return false;
    }
    let span = prose.source_span(s..e);
    let line_start = back_to(source, span.start, &['\n']);
    let line_end = forward_to(source, span.end, &['\n']);
    let (Some(open), Some(close)) = (
        source[line_start..span.start].rfind('['),
        source[span.end..line_end].find("]("),
    ) else {
        return false;
    };
    let label = &source[line_start + open + 1..span.end + close];
    if label.contains(['[', ']']) || !label.contains(' ') {
        return false;
    }
    let rest = &source[span.end + close + 2..line_end];
    let target = &rest[..rest.find([')', ' ', '#', '?']).unwrap_or(rest.len())];
    if target.contains("://") {
        return false;
    }
    spells(file_stem(target), label, true)
}
