//! Tokens that are names or values rather than prose: identifiers, paths, packages, env vars,
//! quoted literal values, and cells or headings that hold nothing but the matched word.

use super::context::is_word;
use super::prose::{BLOCK, GAP, Prose};
use crate::glossary::Pattern;

/// Characters that join words into one name: `expo-secure-store`, `node:crypto`, `@clerk/expo`,
/// `CLERK_SECRET_KEY`, `supabase.com`.
const JOINERS: [char; 6] = ['-', ':', '/', '@', '_', '.'];

/// Path segments that are directories, not words of a `this/that` pair in prose.
const DIRECTORIES: [&str; 14] = [
    "src",
    "app",
    "lib",
    "api",
    "pages",
    "components",
    "public",
    "utils",
    "dist",
    "docs",
    "bin",
    "test",
    "tests",
    "packages",
];

fn is_sep(c: char) -> bool {
    c == ' ' || c == BLOCK || c == GAP
}

/// The whitespace-delimited token around `s..e`, without the punctuation that ends a sentence
/// or wraps a word.
fn token(buf: &str, s: usize, e: usize) -> &str {
    let start = buf[..s].rfind(is_sep).map_or(0, |p| p + 1);
    let end = buf[e..].find(is_sep).map_or(buf.len(), |p| e + p);
    buf[start..end]
        .trim_start_matches(['(', '[', '"', '\'', '“', '‘', '*'])
        .trim_end_matches([
            '.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '”', '’', '…', '*',
        ])
}

/// `registration/login`, `login/logout`: two lowercase words joined by a slash are an English
/// "or", not a path. A path has a leading slash, `@`, an extension, three or more segments, or a
/// segment that is a usual directory name.
pub(super) fn slash_pair_in_prose(buf: &str, s: usize, e: usize) -> bool {
    let token = token(buf, s, e);
    let mut parts = token.split('/');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    [a, b].iter().all(|w| {
        w.len() >= 2 && w.chars().all(|c| c.is_ascii_lowercase()) && !DIRECTORIES.contains(w)
    })
}

/// True when the match is glued by a joiner to other word characters: part of a package, repo,
/// module, env var or file name (`supabase-js`, `clerk-android`, `node:crypto`), where a product
/// name keeps the spelling its owner gave it.
pub(super) fn joined(buf: &str, s: usize, e: usize) -> bool {
    let mut before = buf[..s].chars().rev();
    let mut after = buf[e..].chars();
    let (b1, b2) = (before.next(), before.next());
    let (a1, a2) = (after.next(), after.next());
    let joiner = |c: Option<char>| c.is_some_and(|c| JOINERS.contains(&c));
    // A scope or a root: `@clerk`, `/signin`.
    let left = joiner(b1) && (b2.is_some_and(is_word) || matches!(b1, Some('@' | '/')));
    let right = joiner(a1) && a2.is_some_and(is_word);
    // A slash pair is prose only for words: a product name joined by a slash is a repository
    // or a handle (`nodejs/node`, `github/azu`).
    if !(left || right) {
        return false;
    }
    // `IDP-initiated`, `Oauth-based`: a capitalized word hyphenated to an English one is a
    // compound in prose; package and repository slugs are lowercase.
    let token = token(buf, s, e);
    let only_hyphens = !token.contains(['/', '@', '_', ':', '.']);
    !(only_hyphens && token.chars().any(char::is_uppercase))
}

/// True when the match is the whole of a quoted value: `"saml"`, `'cancelled'`, `“signin”`.
/// A quoted single word in a comment or a table is a literal value, not prose.
pub(super) fn quoted_single_token(buf: &str, s: usize, e: usize) -> bool {
    if buf[s..e].contains(' ') {
        return false;
    }
    let mut before = buf[..s].chars().rev();
    let open = before.next();
    let after = buf[e..].chars().next();
    match (open, after) {
        (Some('"'), Some('"')) | (Some('“'), Some('”')) | (Some('‘'), Some('’')) => true,
        // Not the apostrophe of `users'`.
        (Some('\''), Some('\'')) => !before.next().is_some_and(is_word),
        _ => false,
    }
}

/// True when a table cell or the page's title holds nothing but the match: `| saml |` in an enum
/// table, `# Oauth` as the title of a model's page. That is a value or a name. A comment of one
/// word (`/* Github */`) is still prose.
pub(super) fn standalone(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    let buf = prose.buf.as_str();
    // "### App router" is a phrase in a heading, not a value.
    if buf[s..e].contains(' ') {
        return false;
    }
    let start = buf[..s].rfind(BLOCK).map_or(0, |p| p + 1);
    let end = buf[e..].find(BLOCK).map_or(buf.len(), |p| e + p);
    let wrap = |c: char| is_sep(c) || "*_`'\"“”‘’:.".contains(c);
    if !(buf[start..s].chars().all(wrap) && buf[e..end].chars().all(wrap)) {
        return false;
    }
    let span = prose.source_span(s..e);
    let line_before = source[..span.start].rsplit('\n').next().unwrap_or("");
    let line_after = source[span.end..].split('\n').next().unwrap_or("");
    let cell = line_before.trim_end().ends_with('|') && line_after.trim_start().starts_with('|');
    // A page titled with one word documents that thing (`# Oauth` on a model's page); a section
    // heading of one word is still prose ("### node.js").
    cell || prose.in_title(s)
}

/// True when the match sits in an identifier, a path, a file name, a URL or a call, which are
/// code even when they are not marked as code.
pub(super) fn looks_like_code(buf: &str, s: usize, e: usize, pattern: &Pattern) -> bool {
    let matched = &buf[s..e];
    // A form the glossary lists with this exact spelling is meant to be caught (`NextJS`).
    let listed = pattern.listed.iter().any(|l| super::collapse(l) == matched);
    if !listed && has_camel_hump(matched) {
        return true;
    }
    let token_start = buf[..s].rfind(is_sep).map_or(0, |p| p + 1);
    let token_end = buf[e..].find(is_sep).map_or(buf.len(), |p| e + p);
    let prefix = buf[token_start..s].trim_start_matches(['(', '[', '"', '\'', '“', '‘', '*']);
    let suffix = buf[e..token_end].trim_end_matches([
        '.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '”', '’', '…', '*',
    ]);
    // Inside a slug such as `clerk-nextjs-app`: hyphens on both sides.
    if prefix.ends_with('-') && suffix.starts_with('-') {
        return true;
    }
    let slash_is_or = slash_pair_in_prose(buf, s, e);
    let code_char = |c: char| "/\\@_=<>{}[]$#|~^(`".contains(c) && !(slash_is_or && c == '/');
    if prefix.contains(code_char) || suffix.contains(code_char) {
        return true;
    }
    if prefix.contains("::") || suffix.contains("::") {
        return true;
    }
    // `node:crypto`, `org:admin`: a colon between word characters joins a name.
    if prefix.ends_with(':') && prefix[..prefix.len() - 1].ends_with(is_word)
        || suffix.starts_with(':') && suffix[1..].starts_with(is_word)
    {
        return true;
    }
    // A dot joined to a word on both sides: `signIn.create`, `customise.ts`, `config.customise`.
    let word_dot_word = |left: Option<char>, right: Option<char>| {
        left.is_some_and(is_word) && right.is_some_and(is_word)
    };
    let in_prefix = prefix.char_indices().any(|(i, c)| {
        c == '.'
            && word_dot_word(
                prefix[..i].chars().next_back(),
                prefix[i + 1..].chars().next().or(matched.chars().next()),
            )
    });
    let in_suffix = suffix.char_indices().any(|(i, c)| {
        c == '.'
            && word_dot_word(
                suffix[..i]
                    .chars()
                    .next_back()
                    .or(matched.chars().next_back()),
                suffix[i + 1..].chars().next(),
            )
    });
    in_prefix || in_suffix
}

/// A lowercase letter followed by an uppercase one, as in `signIn` or `SignIn`.
fn has_camel_hump(text: &str) -> bool {
    let mut previous_lower = false;
    for c in text.chars() {
        if previous_lower && c.is_uppercase() {
            return true;
        }
        previous_lower = c.is_lowercase();
    }
    false
}

/// The run of capitalized words around `s..e` (the match's own words included), without a word
/// that opens its sentence, whose capital is the sentence's: how many words, and how many of
/// them are ordinary words rather than acronyms (`Template`, not `JWT`).
fn capitalized_run(buf: &str, s: usize, e: usize) -> (usize, usize) {
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let ordinary = |w: &str| capital(w) && w.chars().any(char::is_lowercase);
    let own = buf[s..e].split(' ');
    let (mut run, mut plain) = (
        own.clone().filter(|w| capital(w)).count(),
        own.filter(|w| ordinary(w)).count(),
    );
    // Leftwards, word by word, over single spaces.
    let mut at = s;
    while let Some(space) = buf[..at].strip_suffix(' ').map(str::len) {
        let word_start = buf[..space]
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_word(c))
            .map_or(0, |(p, c)| p + c.len_utf8());
        let word = &buf[word_start..space];
        if word.is_empty()
            || !capital(word)
            || super::context::at_sentence_start(&buf[..word_start])
        {
            break;
        }
        run += 1;
        plain += usize::from(ordinary(word));
        at = word_start;
    }
    let mut at = e;
    while let Some(rest) = buf[at..].strip_prefix(' ') {
        let len = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
        if len == 0 || !capital(&rest[..len]) {
            break;
        }
        run += 1;
        plain += usize::from(ordinary(&rest[..len]));
        at += 1 + len;
    }
    (run, plain)
}

/// True when the match is part of Title Case: a run of three or more capitalized words, two of
/// them ordinary words ("Setting Additional Meta Data", "My First JWT Template"). Capitals there
/// are style, not evidence of anything. Acronyms alone make no title: in "JWT Template ID" the
/// capital T is a choice.
pub(super) fn in_title_case(buf: &str, s: usize, e: usize) -> bool {
    let (run, plain) = capitalized_run(buf, s, e);
    run >= 3 && plain >= 2
}

/// True when the match is one step of a UI path: `Product Settings > Kakao Login > Security`.
fn in_breadcrumb(buf: &str, s: usize, e: usize) -> bool {
    let label = |text: &str| {
        text.split(' ')
            .filter(|w| !w.is_empty())
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    let line_start = buf[..s].rfind([BLOCK, GAP, '(']).map_or(0, |p| p + 1);
    let line_end = buf[e..]
        .find([BLOCK, GAP, ')'])
        .map_or(buf.len(), |p| e + p);
    let before = &buf[line_start..s];
    let after = &buf[e..line_end];
    let left = before.rfind('>').is_some_and(|p| label(&before[p + 1..]));
    let right = after.find('>').is_some_and(|p| label(&after[..p]));
    left || right
}

/// True when a Capitalized match inside a sentence sits next to another capitalized word (the
/// sentence's first included: "Tom Grey" opening a list item), or in a UI path: part of a proper name ("Kakao Login", "LINE Login", "Tom Grey", "Login Channel")
/// or a label, which its owner spells. Not in a run of three or more capitalized words, where
/// every word is capitalized.
pub(super) fn in_proper_name(buf: &str, s: usize, e: usize) -> bool {
    let matched = &buf[s..e];
    if !matched.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    if in_breadcrumb(buf, s, e) {
        return true;
    }
    if super::context::at_sentence_start(&buf[..s]) || in_title_case(buf, s, e) {
        return false;
    }
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let own = buf[s..e].split(' ').filter(|w| capital(w)).count();
    if capitalized_run(buf, s, e).0 > own {
        return true;
    }
    // A short text that is nothing but capitalized words, such as a link to a person: "Tom
    // Grey". An imperative that opens a sentence ("Connect Azure AD as …") is not part of it.
    let start = buf[..s].rfind([BLOCK, GAP]).map_or(0, |p| p + 1);
    let end = buf[e..].find([BLOCK, GAP]).map_or(buf.len(), |p| e + p);
    let words: Vec<&str> = buf[start..end]
        .split([' ', ',', '.', '(', ')', '[', ']'])
        .filter(|w| !w.is_empty())
        .collect();
    words.len() > own && words.len() <= 4 && words.iter().all(|w| capital(w))
}

/// True when a hyphenated match goes on into a longer hyphenated compound: `sign-in` in
/// `sign-in-or-up`, `e-mail` in `e-mail-based`. The compound is another word (often the name of
/// a flow or a feature), not the term.
pub(super) fn in_longer_compound(buf: &str, s: usize, e: usize) -> bool {
    if !buf[s..e].contains('-') {
        return false;
    }
    let mut before = buf[..s].chars().rev();
    let mut after = buf[e..].chars();
    let glued = |hyphen: Option<char>, next: Option<char>| {
        hyphen == Some('-') && next.is_some_and(|c| c.is_alphanumeric())
    };
    glued(before.next(), before.next()) || glued(after.next(), after.next())
}

/// True when the match is in the text of a link to another site whose address holds the same
/// word (`[TikTok login kit documentation](https://developers.tiktok.com/doc/login-kit-web/)`):
/// the text is the title of someone else's page, spelled as its owner spells it.
pub(super) fn names_its_link(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    if !prose.style_at(s).link {
        return false;
    }
    let span = prose.source_span(s..e);
    let line_end = source[span.end..]
        .find('\n')
        .map_or(source.len(), |p| span.end + p);
    let rest = &source[span.end..line_end];
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

/// Words after which a lowercase word names a thing in code: "the captcha prop", "the
/// `signout` function", "the grey option". Not "field": a form's fields are what users see ("the
/// captcha field" is the CAPTCHA).
const CODE_NOUNS: [&str; 12] = [
    "prop",
    "props",
    "property",
    "parameter",
    "param",
    "argument",
    "option",
    "attribute",
    "function",
    "method",
    "variable",
    "flag",
];

/// True when a lowercase match is followed by a word that makes it the name of a property,
/// parameter, function or the like, written without backticks: `the captcha prop`.
pub(super) fn names_code(buf: &str, s: usize, e: usize) -> bool {
    if buf[s..e].chars().any(char::is_uppercase) {
        return false;
    }
    let next = buf[e..].strip_prefix(' ').unwrap_or("");
    let word = &next[..next.find(|c: char| !is_word(c)).unwrap_or(next.len())];
    CODE_NOUNS.contains(&word)
}

/// True when the text mentions the form rather than uses it: the suggestion stands right beside
/// it, as in a table of replacements or a list of aliases ("Javascript → JavaScript", "NPM ->
/// npm", "gray — grey", "e-mail or email").
pub(super) fn mentioned_beside(buf: &str, s: usize, e: usize, suggestions: &[String]) -> bool {
    // A few characters of arrows, dashes, slashes, commas or a short word between the two.
    const NEAR: usize = 12;
    let joiners = |gap: &str| {
        // Two blocks are two texts, not one list.
        if gap.contains(BLOCK) {
            return false;
        }
        // GAP stands for markup or an entity between them (`gray &mdash; grey`).
        let word = gap.trim_matches(|c: char| {
            c.is_whitespace() || c == GAP || "→←⇒-–—>=/,;|:().".contains(c)
        });
        matches!(
            word,
            "" | "or" | "vs" | "and" | "to" | "as" | "not" | "over" | "instead of" | "rather than"
        )
    };
    // Exactly as the glossary spells it: "Github, GITHUB" are two wrong spellings, not a mention.
    suggestions.iter().any(|suggestion| {
        let suggestion = super::collapse(suggestion);
        if suggestion.is_empty() {
            return false;
        }
        let to = (e + suggestion.len() + NEAR + 4).min(buf.len());
        let to = (to..=buf.len())
            .find(|&i| buf.is_char_boundary(i))
            .unwrap_or(buf.len());
        let near_after = &buf[e..to];
        let after = near_after
            .find(&suggestion)
            .is_some_and(|p| p <= NEAR && joiners(&near_after[..p]));
        let before_text = &buf[..s];
        let from = before_text.len().saturating_sub(suggestion.len() + NEAR);
        let from = (0..=from)
            .rev()
            .find(|&i| before_text.is_char_boundary(i))
            .unwrap_or(0);
        let near_before = &before_text[from..];
        let before = near_before.rfind(&suggestion).is_some_and(|p| {
            let end = p + suggestion.len();
            near_before.len() - end <= NEAR && joiners(&near_before[end..])
        });
        after || before
    })
}

/// True when the match is in the title of an issue or pull request that a changelog entry links
/// to (`- [#227](https://github.com/o/r/issues/227) - Licence`): the title is quoted as filed.
pub(super) fn in_linked_issue_title(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    let span = prose.source_span(s..e);
    let line_start = source[..span.start].rfind('\n').map_or(0, |p| p + 1);
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
    let line_end = source[span.end..]
        .find('\n')
        .map_or(source.len(), |p| span.end + p);
    let title = &source[line_start + close + 1..line_end];
    let short = title.split_whitespace().count() <= 12
        && !title.contains("**")
        && !title.trim_end_matches('.').contains(". ");
    number && issue && separated && short && !before[close + 1..].contains("](")
}
