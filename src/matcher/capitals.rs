//! Capitals that say something and capitals that do not: proper names and UI paths, whose
//! owners spell them, and titles, where every word is capitalized.

use super::context::is_word;
use rustc_hash::FxHashSet;

use super::prose::{BLOCK, GAP, Prose, back_to, forward_to};

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

/// True when the match is in one step of a UI path: `Product Settings > Kakao Login > Security`,
/// `Login method > Hosted login`. A step is a label that opens with a capital.
fn in_breadcrumb(buf: &str, s: usize, e: usize) -> bool {
    let line_start = back_to(buf, s, &[BLOCK, GAP, '(']);
    let line_end = forward_to(buf, e, &[BLOCK, GAP, ')']);
    let left = buf[line_start..s].rfind('>').map(|p| line_start + p + 1);
    let right = buf[e..line_end].find('>').map(|p| e + p);
    if left.is_none() && right.is_none() {
        return false;
    }
    let step = buf[left.unwrap_or(line_start)..right.unwrap_or(line_end)].trim();
    let step = step.trim_end_matches(['.', ',', ';']);
    !step.is_empty() && step.split(' ').count() <= 4 && step.starts_with(|c: char| c.is_uppercase())
}

/// True when a Capitalized match inside a sentence sits next to another capitalized word (the
/// sentence's first included: "Tom Grey" opening a list item), or in a UI path: part of a proper name ("Kakao Login", "LINE Login", "Tom Grey", "Login Channel")
/// or a label, which its owner spells. Not in a run of three or more capitalized words, where
/// every word is capitalized.
pub(super) fn in_proper_name(buf: &str, s: usize, e: usize) -> bool {
    if in_breadcrumb(buf, s, e) {
        return true;
    }
    let matched = &buf[s..e];
    if !matched.starts_with(|c: char| c.is_uppercase()) {
        return false;
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
    let start = back_to(buf, s, &[BLOCK, GAP]);
    let end = forward_to(buf, e, &[BLOCK, GAP]);
    let words: Vec<&str> = buf[start..end]
        .split([' ', ',', '.', '(', ')', '[', ']'])
        .filter(|w| !w.is_empty())
        .collect();
    words.len() > own && words.len() <= 4 && words.iter().all(|w| capital(w))
}

/// True when the match is part of a longer name in Title Case inside a sentence: "the Sign Up
/// Code View" (a screen), not "a Single Sign On connection", whose capitals are the match's own
/// and the error, nor a text that is nothing but the title (a heading, a table of contents),
/// which is read like a heading.
pub(super) fn in_longer_title(buf: &str, s: usize, e: usize) -> bool {
    let own = buf[s..e]
        .split(' ')
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    let (run, _) = capitalized_run(buf, s, e);
    let block_start = back_to(buf, s, &[BLOCK, GAP]);
    let block_end = forward_to(buf, e, &[BLOCK, GAP]);
    let words = buf[block_start..block_end].split_whitespace().count();
    in_title_case(buf, s, e) && run > own && words > run + 1
}

/// Words after "with" that open an ordinary phrase, not a product's name.
const NOT_A_BRAND: [&str; 10] = [
    "The", "A", "An", "Your", "Their", "Its", "This", "That", "These", "Our",
];

/// True when a capitalized match is followed by "with" and a capitalized name: the label of
/// another product's button or feature ("Log in with PayPal", "Login with Amazon", "Sign In with
/// Slack"), which its owner spells.
pub(super) fn with_a_brand(buf: &str, s: usize, e: usize) -> bool {
    if !buf[s..e].starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let Some(rest) = buf[e..].strip_prefix(" with ") else {
        return false;
    };
    let name = &rest[..rest.find(|c: char| !is_word(c)).unwrap_or(rest.len())];
    name.starts_with(|c: char| c.is_uppercase()) && !NOT_A_BRAND.contains(&name)
}

/// Words after a product's label that make the label the subject of its sentence: "Login with
/// Amazon is a separate product", "Sign In with Slack lets members …". An imperative goes on with
/// an object, a purpose or a list ("Login with Google to continue", "… and open the dashboard").
const PREDICATES: [&str; 30] = [
    "is", "are", "was", "were", "has", "have", "lets", "allows", "enables", "provides", "offers",
    "uses", "requires", "supports", "works", "gives", "needs", "returns", "shows", "appears",
    "can", "cannot", "can't", "will", "won't", "must", "should", "may", "does", "doesn't",
];

/// True when a capitalized match with a brand after "with" is the subject of a verb: the sentence
/// is about that product's label ("Login with Amazon is …", "Log In with PayPal (LIPP) lets …"),
/// wherever the sentence starts.
pub(super) fn brand_label_as_subject(buf: &str, s: usize, e: usize) -> bool {
    if !with_a_brand(buf, s, e) {
        return false;
    }
    // After " with ", the brand's capitalized words, then an abbreviation in parentheses.
    let mut rest = &buf[e + " with ".len()..];
    while rest.starts_with(|c: char| c.is_uppercase()) {
        let end = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
        rest = rest[end..].strip_prefix(' ').unwrap_or(&rest[end..]);
    }
    if let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')').unwrap_or(inner.len());
        rest = inner[close..].trim_start_matches(')').trim_start();
    }
    let word = &rest[..rest
        .find(|c: char| !(is_word(c) || c == '\''))
        .unwrap_or(rest.len())];
    PREDICATES.contains(&word)
}

/// Capitalized nouns that make the capitalized words before them the name of a product part:
/// "Magic Link Plugin", "Two Factor Provider", "Login Connection".
const PRODUCT_KINDS: [&str; 10] = [
    "Plugin",
    "Plugins",
    "Provider",
    "Providers",
    "Connection",
    "Connector",
    "SDK",
    "Extension",
    "Integration",
    "Add-on",
];

/// True when a match whose every word is capitalized is followed by a capitalized noun of a
/// product part: the name of another product's plugin, provider or connection, even where it
/// opens a sentence or a label ("**Example: Magic Link Plugin**").
pub(super) fn names_a_product_part(buf: &str, s: usize, e: usize) -> bool {
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    // One word before the noun is a spelling like any other ("Pre-configured Providers").
    if !buf[s..e].contains(' ') || !buf[s..e].split(' ').all(capital) {
        return false;
    }
    let Some(rest) = buf[e..].strip_prefix(' ') else {
        return false;
    };
    let word = &rest[..rest
        .find(|c: char| !(is_word(c) || c == '-'))
        .unwrap_or(rest.len())];
    PRODUCT_KINDS.contains(&word)
}

/// True when the match is one word of five letters or more written in capitals inside a clause
/// that has lowercase words: a constant or an error code quoted without backticks ("throws an
/// UNAUTHORISED error"), or a button's label, spelled as its owner spells it. Shorter words in
/// capitals are acronyms ("2FA"), which rules are about, and a phrase in capitals ("WEB HOOK")
/// is emphasis.
pub(super) fn shouted(buf: &str, s: usize, e: usize) -> bool {
    let matched = &buf[s..e];
    // Nearly every match has a lowercase letter: that test comes first.
    if matched.chars().any(|c| c.is_lowercase() || c == ' ')
        || matched.chars().filter(char::is_ascii_alphabetic).count() < 5
    {
        return false;
    }
    let (start, end) = clause(buf, s, e);
    buf[start..s]
        .chars()
        .chain(buf[e..end].chars())
        .any(char::is_lowercase)
}

/// The clause around `buf[s..e]`: from the last sentence or clause mark before it to the next.
fn clause(buf: &str, s: usize, e: usize) -> (usize, usize) {
    const MARKS: [char; 6] = [BLOCK, '.', '!', '?', ':', ';'];
    (back_to(buf, s, &MARKS), forward_to(buf, e, &MARKS))
}

/// True when a word in capitals, as [`shouted`] reads it, is a value: after "is" or "equals"
/// ("present only when type is OAUTH"), or among other constants in its clause ("SAML,
/// PASSWORD, OAUTH, WEBAUTHN or API_KEY"). A brand's capitals are a rule of their own: without
/// such evidence, "your SHOPIFY store" is the brand written wrongly.
pub(super) fn enum_value(buf: &str, s: usize, e: usize) -> bool {
    if !shouted(buf, s, e) {
        return false;
    }
    let (start, end) = clause(buf, s, e);
    let previous = buf[start..s].split_whitespace().next_back().unwrap_or("");
    let constant = |w: &str| {
        let w = w.trim_matches(|c: char| !is_word(c));
        w.len() >= 3
            && w.chars().any(|c| c.is_ascii_uppercase())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    };
    let others = buf[start..s]
        .split_whitespace()
        .chain(buf[e..end].split_whitespace())
        .filter(|w| constant(w))
        .count();
    ["is", "equals"]
        .iter()
        .any(|v| previous.eq_ignore_ascii_case(v))
        || others >= 2
}

/// True when `matched` is a lowercase phrase of two or more words and the suggestion writes each
/// of its words with a capital (`app router` → `App Router`): the lowercase words are a common
/// noun phrase ("your app router", the router of a Dioxus app) as often as the name written
/// small, so the change of capitals needs a human.
pub(super) fn lowercase_phrase_of_a_title(matched: &str, suggestions: &[String]) -> bool {
    let title_word = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    };
    matched.contains(' ')
        && !matched.chars().any(char::is_uppercase)
        && suggestions
            .first()
            .is_some_and(|s| s.split(' ').all(title_word))
}

/// True when a match written all in capitals is followed by a capitalized word: an acronym that
/// heads a name ("IDP Entity ID", "the *IDP Metadata URL* field", "### IDP Certificate"). Such a
/// name is often a product's field or setting, spelled as its screen spells it, so a change of
/// capitals there needs a human even where the acronym alone would take it.
pub(super) fn acronym_heading_a_name(buf: &str, s: usize, e: usize) -> bool {
    let acronym = &buf[s..e];
    acronym.len() >= 2
        && acronym.bytes().all(|b| b.is_ascii_uppercase())
        && buf[e..]
            .strip_prefix([' ', super::prose::GAP])
            .map(|rest| rest.trim_start_matches([' ', super::prose::GAP]))
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
}

/// True when a lowercase match ends a hyphenated compound whose first word is capitalized inside
/// a sentence: "redirects to the After-login path", "runs the Post-signup hook". A capital
/// there, where no sentence starts, marks the compound as the name of a setting or a hook,
/// spelled as its product spells it.
pub(super) fn tail_of_a_named_compound(buf: &str, s: usize, e: usize) -> bool {
    if !buf[s..e].starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let Some(head_end) = buf[..s].strip_suffix('-').map(str::len) else {
        return false;
    };
    let head_start = buf[..head_end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(p, c)| p + c.len_utf8());
    let head = &buf[head_start..head_end];
    let mut letters = head.chars();
    letters.next().is_some_and(char::is_uppercase)
        && letters.clone().next().is_some()
        && letters.all(char::is_lowercase)
        // After a space, or opening a link's label or a bold run (markup between them).
        && buf[..head_start].ends_with([' ', GAP])
        && !super::context::at_sentence_start(&buf[..head_start])
}

/// True when the match, a word of five letters or more in capitals, is inside a block written
/// all in capitals, with at least two other words: a banner or a heading set in capitals
/// ("DOCUFLOW AI - CLOUDFLARE WORKER API").
/// Such text cannot show a brand's mixed case, so a rule about case has nothing to say there;
/// "your SHOPIFY store", among lowercase words, is still the brand written wrongly.
pub(super) fn in_capitals_text(buf: &str, s: usize, e: usize) -> bool {
    let matched = &buf[s..e];
    // Shorter words in capitals are acronyms (`IDP SSO URL`), whose case rules still hold.
    if matched.chars().any(char::is_lowercase)
        || matched.chars().filter(|c| c.is_alphabetic()).count() < 5
    {
        return false;
    }
    let (start, end) = (
        back_to(buf, s, &[BLOCK, GAP]),
        forward_to(buf, e, &[BLOCK, GAP]),
    );
    let around = || buf[start..s].split(' ').chain(buf[e..end].split(' '));
    !around().any(|w| w.chars().any(char::is_lowercase))
        && around()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .count()
            >= 2
}

/// True when the capitalized words around the match, two or more of them, spell a name the file
/// writes as code in snake_case: "# Oidc Desktop" and "start using Oidc Desktop" in the README
/// of the package `oidc_desktop`, "the IDP Redirect URL" over `{{ IDP_REDIRECT_URL }}`. They
/// read that name aloud, in the capitals its owner gave it. Not a name joined by `-`: slugs and
/// ids are made from a product's name as often as names are ("Github Actions" beside `id:
/// github-actions`). `names` gives the file's names, [`snake_case_names`], collected once.
pub(super) fn spells_a_joined_name<'n>(
    buf: &str,
    s: usize,
    e: usize,
    names: impl FnOnce() -> &'n FxHashSet<String>,
) -> bool {
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let own: Vec<&str> = buf[s..e].split(' ').collect();
    if !own.iter().all(|w| capital(w) && w.chars().all(is_word)) {
        return false;
    }
    // Up to three capitalized words on each side, over single spaces, nearest first.
    let mut left = Vec::new();
    let mut at = s;
    while left.len() < 3 {
        let Some(space) = buf[..at].strip_suffix(' ').map(str::len) else {
            break;
        };
        let start = buf[..space]
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_word(c))
            .map_or(0, |(p, c)| p + c.len_utf8());
        if !capital(&buf[start..space]) {
            break;
        }
        left.push(&buf[start..space]);
        at = start;
    }
    let mut right = Vec::new();
    let mut at = e;
    while right.len() < 3 {
        let Some(rest) = buf[at..].strip_prefix(' ') else {
            break;
        };
        let len = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
        if len == 0 || !capital(&rest[..len]) {
            break;
        }
        right.push(&rest[..len]);
        at += 1 + len;
    }
    if own.len() < 2 && left.is_empty() && right.is_empty() {
        return false;
    }
    let names = names();
    (0..=left.len()).any(|l| {
        (0..=right.len()).any(|r| {
            let words: Vec<&str> = left[..l]
                .iter()
                .rev()
                .chain(&own)
                .chain(&right[..r])
                .copied()
                .collect();
            words.len() >= 2 && {
                let mut name = words.join("_");
                name.make_ascii_lowercase();
                names.contains(&name)
            }
        })
    })
}

/// The snake_case names a file writes outside its prose (code spans, code blocks, code),
/// lowercased: whole tokens of letters, digits, `_` and `-` with a `_` in them. Not a link's
/// address or anchor (`/packages/oidc_desktop`, `#oidc_desktop`), nor a file's name
/// (`debug_oidc.md`): pages and headings are named so, whatever their words.
pub(super) fn snake_case_names(prose: &Prose, source: &str) -> FxHashSet<String> {
    let bytes = source.as_bytes();
    let name_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
    let mut names = FxHashSet::default();
    let mut at = 0;
    while at < bytes.len() {
        if !name_byte(bytes[at]) {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && name_byte(bytes[at]) {
            at += 1;
        }
        let token = &source[start..at];
        let address = start > 0 && b"/#.=?&(".contains(&bytes[start - 1]);
        let file = bytes.get(at) == Some(&b'.')
            && bytes.get(at + 1).is_some_and(u8::is_ascii_alphanumeric);
        if token.contains('_') && !address && !file && !prose.covers_source(start) {
            names.insert(token.to_ascii_lowercase());
        }
    }
    names
}
