//! Tokens that are names or values rather than prose: identifiers, paths, packages, env vars,
//! quoted literal values, and cells or headings that hold nothing but the matched word.

use super::context::is_word;
use super::prose::{BLOCK, GAP, Prose, back_to, forward_to};
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

/// Path segments that name an area of an app whose actions sit below it (`auth/login`,
/// `account/signup`): a route, since "auth or login" is no choice a sentence offers.
const AREAS: [&str; 10] = [
    "auth",
    "account",
    "accounts",
    "user",
    "users",
    "admin",
    "oauth",
    "sso",
    "identity",
    "dashboard",
];

/// `registration/login`, `login/logout`: two lowercase words joined by a slash are an English
/// "or", not a path. A path has a leading slash, `@`, an extension, three or more segments, or a
/// segment that is a usual directory name or an area of an app (`auth/login`).
pub(super) fn slash_pair_in_prose(buf: &str, s: usize, e: usize) -> bool {
    let token = token(buf, s, e);
    let mut parts = token.split('/');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    [a, b].iter().all(|w| {
        w.len() >= 2 && w.chars().all(|c| c.is_ascii_lowercase()) && !DIRECTORIES.contains(w)
    }) && !AREAS.contains(&a)
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
    // compound in prose; package and repository slugs are lowercase. A number is no English
    // word: `OKTA-635977` is an issue's key, `GH-1234` a pull request's.
    let token = token(buf, s, e);
    let only_hyphens = !token.contains(['/', '@', '_', ':', '.']);
    let numbered = token
        .split('-')
        .any(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
    !(only_hyphens && token.chars().any(char::is_uppercase)) || numbered
}

/// Nouns after which a lowercase slug names a place in a repository or a registry: "enter the
/// okta-hosted-login directory", "run the custom-login example". Not "page" or "flow": "the
/// post-login page" is prose.
const PLACE_NOUNS: [&str; 20] = [
    "directory",
    "directories",
    "dir",
    "folder",
    "folders",
    "repo",
    "repository",
    "package",
    "packages",
    "module",
    "project",
    "sample",
    "samples",
    "example",
    "examples",
    "template",
    "starter",
    "branch",
    "workspace",
    "plugin",
];

/// True when the match is a word of a lowercase slug (`okta-hosted-login`, `custom_login`) that
/// a place noun right after it names: whatever the words of a directory's name, it is spelled
/// as it is on disk.
pub(super) fn slug_before_a_place(buf: &str, s: usize, e: usize) -> bool {
    let token = token(buf, s, e);
    if !token.contains(['-', '_']) || token.chars().any(char::is_uppercase) {
        return false;
    }
    // The token is a slice of `buf`: where it ends there.
    let end = token.as_ptr() as usize - buf.as_ptr() as usize + token.len();
    if end < e {
        return false;
    }
    let Some(next) = buf[end..].strip_prefix(' ') else {
        return false;
    };
    let word = &next[..next.find(|c: char| !is_word(c)).unwrap_or(next.len())];
    PLACE_NOUNS
        .iter()
        .any(|noun| word.eq_ignore_ascii_case(noun))
}

/// True when a table cell, an element or the page's title holds nothing but the match: `| saml |`
/// in an enum table, `<NestedTitle>login</NestedTitle>` over a property, `# Oauth` as the title of
/// a model's page. That is a value or a name. A comment of one word (`/* Github */`) is still
/// prose.
pub(super) fn standalone(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    let buf = prose.buf.as_str();
    // "### App router" is a phrase in a heading, not a value.
    if buf[s..e].contains(' ') {
        return false;
    }
    let start = back_to(buf, s, &[BLOCK]);
    let end = forward_to(buf, e, &[BLOCK]);
    let wrap = |c: char| is_sep(c) || "*_`'\"“”‘’:.".contains(c);
    if !(buf[start..s].chars().all(wrap) && buf[e..end].chars().all(wrap)) {
        return false;
    }
    let span = prose.source_span(s..e);
    let line_before = &source[back_to(source, span.start, &['\n'])..span.start];
    let line_after = &source[span.end..forward_to(source, span.end, &['\n'])];
    let cell = line_before.trim_end().ends_with('|') && line_after.trim_start().starts_with('|');
    let element = encloses(line_before.trim_end(), line_after.trim_start());
    // A page titled with one word documents that thing (`# Oauth` on a model's page); a section
    // heading of one word is still prose ("### node.js").
    cell || element || prose.in_title(s)
}

/// Whether `before` ends with an element's opening tag and `after` starts with its closing tag:
/// `<NestedTitle id="x">` and `</NestedTitle>`.
fn encloses(before: &str, after: &str) -> bool {
    let Some(open) = before
        .strip_suffix('>')
        .and_then(|b| b.rfind('<').map(|at| &b[at + 1..]))
    else {
        return false;
    };
    let name = &open[..open
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ':' | '_')))
        .unwrap_or(open.len())];
    !name.is_empty()
        && after
            .strip_prefix("</")
            .and_then(|rest| rest.strip_prefix(name))
            .is_some_and(|rest| rest.trim_start().starts_with('>'))
}

/// [`standalone`] for a lowercase token (`login`, `sign_up`, `oauth`): a value or a name whatever
/// the rule, since prose that a cell or an element holds alone starts with a capital.
pub(super) fn standalone_value(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    super::values::is_value_token(&prose.buf[s..e]) && standalone(prose, source, s, e)
}

/// True when the match sits in an identifier, a path, a file name, a URL or a call, which are
/// code even when they are not marked as code.
pub(super) fn looks_like_code(buf: &str, s: usize, e: usize, pattern: &Pattern) -> bool {
    let matched = &buf[s..e];
    // A form the glossary lists with this exact spelling is meant to be caught (`NextJS`).
    let listed = pattern.listed.iter().any(|l| l == matched);
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
    // A command-line flag (`--login`, `-github`) or a member written from its dot (`.GITHUB`,
    // Swift's and Kotlin's enum shorthand).
    if matches!(prefix, "-" | "--" | ".") {
        return true;
    }
    let slash_is_or = slash_pair_in_prose(buf, s, e);
    let code_char = |c: char| "/\\@_=<>{}[]$#|~^(`".contains(c) && !(slash_is_or && c == '/');
    // Markup the extractor left as text is prose around the words: a `<` that no `>` closes on
    // its line is no tag (`<web hook`), and `[…](` whose address never closes is no link.
    // Read only for a `<`, and only as far as a check may read: the rest of a long paragraph
    // is not scanned for every match in it.
    let open_angle = prefix == "<" && !buf[e..forward_to(buf, e, &['\n'])].contains('>');
    let broken_link = prefix.is_empty() && buf[..s].ends_with('[') && suffix == "](";
    if (prefix.contains(code_char) && !open_angle) || (suffix.contains(code_char) && !broken_link) {
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
    in_prefix || in_suffix || super::values::in_json_string(buf, s, e)
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

/// Words after which a lowercase word names a thing in code: "the captcha prop", "the
/// `signout` function", "the grey option", and a package: "the svix package", "a svix
/// transitive" (dependency). Not "field": a form's fields are what users see ("the captcha
/// field" is the CAPTCHA); not "module": "the nuxt module" is Nuxt's module. A program is named
/// by its command: "the firebase command", "the vercel binary"; not "CLI", which is the
/// product's name ("the Firebase CLI").
const CODE_NOUNS: [&str; 28] = [
    "package",
    "packages",
    "dependency",
    "dependencies",
    "transitive",
    "crate",
    "gem",
    "wheel",
    "type",
    "types",
    "value",
    "values",
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
    "command",
    "commands",
    "binary",
    "executable",
];

/// True when a lowercase match is followed by a word that makes it the name of a property,
/// parameter, function or the like, written without backticks: `the captcha prop`.
pub(super) fn names_code(buf: &str, s: usize, e: usize) -> bool {
    if buf[s..e].chars().any(char::is_uppercase) {
        return false;
    }
    let next = buf[e..].strip_prefix(' ').unwrap_or("");
    let word = &next[..next.find(|c: char| !is_word(c)).unwrap_or(next.len())];
    CODE_NOUNS.contains(&word) || super::packages::named_as_a_package(&buf[..s], next)
}

/// True when a one-word lowercase match is what arguments are passed to, at the end of its
/// clause or before the when and the how: "Custom options to pass to login.", "Honor params
/// passed to logout over defaults". Values are passed to a function; "redirect to the login"
/// and "passed to the login page" are prose.
pub(super) fn passed_to_a_function(buf: &str, s: usize, e: usize) -> bool {
    const AFTER: [&str; 9] = [
        "over", "when", "if", "as", "by", "with", "before", "after", "instead",
    ];
    // A verb rule's form may hold the `to` itself ("to signup").
    let s = if buf[s..e].starts_with("to ") {
        s + 3
    } else {
        s
    };
    let matched = &buf[s..e];
    if !matched.chars().all(|c| is_word(c) && !c.is_uppercase()) {
        return false;
    }
    // Only the few bytes before the match: lowering the whole text before it would make each
    // match cost the length of the file.
    let before = &buf.as_bytes()[..s];
    if !["pass to ", "passed to ", "passes to ", "passing to "]
        .iter()
        .any(|p| {
            before.len() >= p.len()
                && before[before.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
        })
    {
        return false;
    }
    let rest = &buf[e..];
    let next = rest.strip_prefix(' ').map(|r| {
        let w = r.split(' ').next().unwrap_or("");
        w.trim_end_matches(|c: char| !is_word(c))
    });
    rest.is_empty()
        || rest.starts_with(|c: char| !is_word(c) && c != ' ')
        || next.is_some_and(|w| AFTER.contains(&w))
}

/// True when a one-word lowercase match is what gets called: "verify that logout was called",
/// "signin is called once", "logout should be called after the redirect". Only a function is
/// called with nothing after it but the when and the how; "login is called a session" names
/// the word, and a phrase ("web hook") is no function's name.
pub(super) fn called_as_a_function(buf: &str, s: usize, e: usize) -> bool {
    const BE: [&str; 9] = [
        "is", "was", "were", "be", "been", "being", "gets", "got", "get",
    ];
    const THEN: [&str; 21] = [
        "with", "once", "twice", "again", "when", "after", "before", "by", "on", "in", "from",
        "for", "at", "if", "first", "only", "during", "and", "or", "until", "while",
    ];
    let matched = &buf[s..e];
    if !matched.chars().all(|c| is_word(c) && !c.is_uppercase()) {
        return false;
    }
    let mut words = buf[e..].split(' ').skip(1);
    let mut next = words.next().unwrap_or("");
    // A modal before the passive: "should be called".
    if super::context::MODALS.contains(&next) {
        next = words.next().unwrap_or("");
    }
    if !BE.contains(&next) || !buf[e..].starts_with(' ') {
        return false;
    }
    let Some(called) = words.next() else {
        return false;
    };
    let Some(rest) = called.strip_prefix("called") else {
        return false;
    };
    if !rest.is_empty() {
        // Punctuation right after it ends the clause: "was called." or "was called, then".
        return rest.starts_with(|c: char| !is_word(c));
    }
    words.next().is_none_or(|after| {
        let word = after.trim_end_matches(|c: char| !is_word(c));
        THEN.contains(&word) || word.is_empty()
    })
}

/// True when the match is a key followed by its value, as in code, YAML or a commented-out line
/// (`github: "rails/rails"`).
pub(super) fn is_key(buf: &str, e: usize) -> bool {
    buf[e..]
        .strip_prefix(": ")
        .is_some_and(|rest| rest.starts_with(['"', '\'', '{', '[']) || is_version(rest))
}

/// Whether `text` starts with a version or a range of versions: `^5.9.3`, `~1.2`, `>=18.0`,
/// `v2.1.0`. A name before one is a dependency's, as a manifest lists it (`typescript: ^5.9.3`).
fn is_version(text: &str) -> bool {
    let rest = text.trim_start_matches(['^', '~', '>', '<', '=']);
    let rest = rest.strip_prefix('v').unwrap_or(rest);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && rest[digits..]
            .strip_prefix('.')
            .is_some_and(|tail| tail.starts_with(|c: char| c.is_ascii_digit() || c == 'x'))
}

/// Conventional commits' types, which a scope follows in a changelog: `fix(oauth): …`.
const COMMIT_TYPES: [&str; 11] = [
    "feat", "fix", "chore", "docs", "refactor", "perf", "test", "build", "ci", "style", "revert",
];

/// True when the match is the lowercase scope of a conventional commit in a changelog: the bold one that
/// starts a list item (`* **oauth:** add the provider`) or the parenthesized one after the type
/// (`fix(saml): rotate keys`). A scope names a package or a module.
pub(super) fn commit_scope(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    // Scopes are lowercase slugs; `**Oauth:**` is a label in prose.
    if !super::values::is_value_token(&prose.buf[s..e]) {
        return false;
    }
    let span = prose.source_span(s..e);
    let before = &source[back_to(source, span.start, &['\n'])..span.start];
    let after = &source[span.end..forward_to(source, span.end, &['\n'])];
    let bold_item = before
        .trim_start()
        .strip_prefix(['*', '-', '+'])
        .is_some_and(|rest| rest.trim_start() == "**")
        && after.starts_with(":**");
    // The type may be bold and in capitals, after bold markers: `- **BREAKING** **FEAT**(core):`,
    // as changelog generators for monorepos write it.
    let typed = before.strip_suffix('(').is_some_and(|head| {
        let mut words = head
            .trim_start()
            .trim_start_matches(['*', '-', '+'])
            .split_whitespace()
            .rev();
        let word = words.next().unwrap_or("");
        let bold = |w: &str| w.len() > 4 && w.starts_with("**") && w.ends_with("**");
        let bare = if bold(word) {
            &word[2..word.len() - 2]
        } else {
            word
        };
        COMMIT_TYPES.iter().any(|t| t.eq_ignore_ascii_case(bare))
            && (bare == bare.to_ascii_lowercase() || bold(word))
            && words.all(bold)
    }) && (after.starts_with("):") || after.starts_with(")!:"));
    bold_item || typed
}
