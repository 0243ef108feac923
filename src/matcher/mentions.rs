//! Text that quotes, mentions or cites a form rather than using it: a quoted value, a label
//! quoted verbatim, a form named beside its suggestion, the title of a linked page or issue.

use super::context::is_word;
use super::prose::{BLOCK, GAP, Prose, back_to, forward_to};

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

/// True when the text mentions the form rather than uses it: the suggestion stands right beside
/// it, as in a table of replacements or a list of aliases ("Javascript → JavaScript", "NPM ->
/// npm", "gray — grey", "e-mail or email").
pub(super) fn mentioned_beside(
    buf: &str,
    s: usize,
    e: usize,
    suggestions: &[String],
    exact: bool,
) -> bool {
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
    // Farther apart, a short phrase that defines or renames: "Backup codes are single-use
    // recovery codes", "Azure Active Directory has been renamed to Microsoft Entra ID".
    const DEFINES: [&str; 9] = [
        "is",
        "are",
        "means",
        "called",
        "known",
        "renamed",
        "formerly",
        "previously",
        "aka",
    ];
    // The gap is the defining verb and its helpers, with at most one other word ("are
    // single-use"), and no clause break ("is signed, and the" is two statements).
    const HELPERS: [&str; 11] = [
        "has", "have", "been", "was", "were", "also", "now", "to", "as", "a", "the",
    ];
    // Phrases that rename, whatever words they are made of ("used", "new", "name" are no
    // evidence on their own).
    const RENAMES: [&[&str]; 7] = [
        &["used", "to", "be", "known", "as"],
        &["used", "to", "be", "called"],
        &["the", "new", "name", "for"],
        &["the", "new", "name", "of"],
        &["replaced", "by"],
        &["replaced"],
        &["replaces"],
    ];
    let listed = |list: &[&str], word: &str| list.iter().any(|l| l.eq_ignore_ascii_case(word));
    let defines = |gap: &str| {
        if gap.contains([BLOCK, ',', ';', ':']) {
            return false;
        }
        // Markup between the names (`**Entra ID** used to be known as **Azure AD**`) is no word.
        let words: Vec<&str> = gap
            .split(|c: char| c.is_whitespace() || c == GAP)
            .filter(|w| !w.is_empty())
            .collect();
        let renamed = RENAMES.iter().find_map(|phrase| {
            words
                .windows(phrase.len())
                .position(|w| {
                    w.iter()
                        .zip(*phrase)
                        .all(|(a, b)| a.eq_ignore_ascii_case(b))
                })
                .map(|at| at..at + phrase.len())
        });
        let defining = words.iter().filter(|w| listed(&DEFINES, w)).count();
        let other = words
            .iter()
            .enumerate()
            .filter(|(i, w)| {
                !renamed.as_ref().is_some_and(|r| r.contains(i))
                    && !listed(&DEFINES, w)
                    && !listed(&HELPERS, w)
            })
            .count();
        defining > 0 && other <= 1 || renamed.is_some() && other == 0
    };
    let sentence_start = back_to(buf, s, &['.', '!', '?', BLOCK]);
    let sentence_end = forward_to(buf, e, &['.', '!', '?', BLOCK]);
    let defined = suggestions.iter().any(|suggestion| {
        if suggestion.is_empty() || suggestion.eq_ignore_ascii_case(&buf[s..e]) {
            return false;
        }
        let (before, after) = (&buf[sentence_start..s], &buf[e..sentence_end]);
        find_ascii_ci(before, suggestion, true)
            .is_some_and(|p| defines(&before[p + suggestion.len()..]))
            || find_ascii_ci(after, suggestion, false).is_some_and(|p| defines(&after[..p]))
    });
    if defined {
        return true;
    }
    suggestions.iter().any(|suggestion| {
        if suggestion.is_empty() {
            return false;
        }
        let to = (e + suggestion.len() + NEAR + 4).min(buf.len());
        let to = (to..=buf.len())
            .find(|&i| buf.is_char_boundary(i))
            .unwrap_or(buf.len());
        let near_after = &buf[e..to];
        // Exactly as the glossary spells it for a case or brand rule ("Github, GITHUB" are two
        // wrong spellings); in any case for a word choice ("Email links (magic links)").
        let find = |hay: &str, last: bool| {
            if exact {
                if last {
                    hay.rfind(suggestion.as_str())
                } else {
                    hay.find(suggestion.as_str())
                }
            } else {
                find_ascii_ci(hay, suggestion, last)
            }
        };
        let after = find(near_after, false).is_some_and(|p| p <= NEAR && joiners(&near_after[..p]));
        let before_text = &buf[..s];
        let from = before_text.len().saturating_sub(suggestion.len() + NEAR);
        let from = (0..=from)
            .rev()
            .find(|&i| before_text.is_char_boundary(i))
            .unwrap_or(0);
        let near_before = &before_text[from..];
        let before = find(near_before, true).is_some_and(|p| {
            let end = p + suggestion.len();
            near_before.len() - end <= NEAR && joiners(&near_before[end..])
        });
        after || before
    })
}

/// Where `needle` occurs in `hay`, ignoring ASCII case, without allocating: the last occurrence
/// when `last`, else the first.
fn find_ascii_ci(hay: &str, needle: &str, last: bool) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || n.len() > h.len() {
        return None;
    }
    let fits = |i: &usize| {
        hay.is_char_boundary(*i)
            && hay.is_char_boundary(*i + n.len())
            && h[*i..*i + n.len()].eq_ignore_ascii_case(n)
    };
    // Only the places that hold the needle's first byte, in either case, can start it: memchr
    // finds them far faster than trying every place (this runs for every match near a
    // suggestion, over a sentence on each side).
    let starts = &h[..=h.len() - n.len()];
    let (lower, upper) = (n[0].to_ascii_lowercase(), n[0].to_ascii_uppercase());
    if last {
        memchr::memrchr2_iter(lower, upper, starts).find(fits)
    } else {
        memchr::memchr2_iter(lower, upper, starts).find(fits)
    }
}

/// True when the match is an abbreviation in parentheses right after the words it abbreviates:
/// `Two-Factor Auth (2FA)`, `single sign-on (SSO)`. That defines the short form; the words
/// before it are the use, and their own rule judges them.
pub(super) fn abbreviates_the_words_before(buf: &str, s: usize, e: usize) -> bool {
    let short = &buf[s..e];
    if short.len() < 2
        || !short
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        || !buf[..s].ends_with('(')
        || !buf[e..].starts_with(')')
    {
        return false;
    }
    let before = buf[..s - 1].trim_end();
    let words: Vec<&str> = before
        .rsplit([' ', '-', BLOCK, GAP])
        .take(short.len())
        .collect();
    if words.len() < short.len() {
        return false;
    }
    let initial = |word: &str| -> Option<char> {
        const NUMBERS: [&str; 10] = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        ];
        let lower = word.to_lowercase();
        match NUMBERS.iter().position(|n| *n == lower) {
            Some(digit) => char::from_digit(digit as u32, 10),
            None => lower.chars().next().map(|c| c.to_ascii_uppercase()),
        }
    };
    words
        .iter()
        .rev()
        .map(|w| initial(w))
        .eq(short.chars().map(Some))
}

/// True when the match is in a heading that quotes a string of the code block right under it:
/// the headings of a generated catalog of messages or errors, each over the block that defines
/// it (`###### Please complete the captcha challenge. (1070015)` over `"text": "Please complete
/// the captcha challenge."`). The heading repeats what the product shows, word for word.
pub(super) fn heading_quotes_code_below(prose: &Prose, source: &str, s: usize, e: usize) -> bool {
    let Some((mut text, line_end)) = heading_line(prose, source, s, e) else {
        return false;
    };
    // A catalog's id after the text: `(1070015)`.
    if text.ends_with(')')
        && let Some(open) = text.rfind('(')
    {
        text = text[..open].trim_end();
    }
    // Two words at least: a one-word heading over a block that uses the word is a section.
    if text.split_whitespace().count() < 2 {
        return false;
    }
    // The block must come before anything else: blank lines, then its fence.
    let rest = &source[line_end..];
    let after_blank = rest.trim_start_matches(['\n', '\r', ' ']);
    if !(after_blank.starts_with("```") || after_blank.starts_with("~~~")) {
        return false;
    }
    let fence = &after_blank[..3];
    let body = &after_blank[3..];
    let block = match body.find(&format!("\n{fence}")) {
        Some(end) => &body[..end],
        None => body,
    };
    block.len() <= 4096
        && ["\"", "'", "`"]
            .iter()
            .any(|q| block.contains(&format!("{q}{text}{q}")))
}

/// True when the match is a heading of one word that is the name of the signature right under it:
/// a generated API reference's member (`### logout` over `▸ **logout**(): void`, `### login`
/// over `• **login**: () => void`). The heading is the member's name, spelled as code spells it.
pub(super) fn heading_names_the_signature_below(
    prose: &Prose,
    source: &str,
    s: usize,
    e: usize,
) -> bool {
    let Some((name, line_end)) = heading_line(prose, source, s, e) else {
        return false;
    };
    if name != &source[prose.source_span(s..e)] || name.contains(char::is_whitespace) {
        return false;
    }
    let next = source[line_end..].trim_start_matches(['\n', '\r', ' ']);
    let next = &next[..next.find('\n').unwrap_or(next.len())];
    let signature = next
        .trim_start_matches(['▸', '•', '-', '*', '`', ' '])
        .strip_prefix(name)
        .map(|rest| rest.trim_start_matches(['*', '`']));
    // `\<` is a type parameter's `<` escaped in Markdown.
    signature.is_some_and(|rest| rest.starts_with(['(', ':', '<', '?', '\\']))
}

/// For a match in an ATX heading, the heading's text (without its `#` marks) and where its
/// line ends in the source.
fn heading_line<'a>(
    prose: &Prose,
    source: &'a str,
    s: usize,
    e: usize,
) -> Option<(&'a str, usize)> {
    if !prose.style_at(s).heading {
        return None;
    }
    let span = prose.source_span(s..e);
    let line_end = forward_to(source, span.end, &['\n']);
    let line = &source[back_to(source, span.start, &['\n'])..line_end];
    Some((line.trim().trim_start_matches('#').trim(), line_end))
}

#[cfg(test)]
mod tests {
    use super::find_ascii_ci;

    /// The memchr search finds what trying every place finds.
    #[test]
    fn find_ascii_ci_agrees_with_trying_every_place() {
        let hay = "Sign in, SIGN-IN or sign‑in: Éa sign In, then ÉA sign in.";
        let needles = [
            "sign in", "Sign-In", "éa", "ÉA", "n", "sign in.", "x", "", hay,
        ];
        for needle in needles {
            let places: Vec<usize> = (0..=hay.len().saturating_sub(needle.len()))
                .filter(|&i| {
                    !needle.is_empty()
                        && needle.len() <= hay.len()
                        && hay.is_char_boundary(i)
                        && hay.is_char_boundary(i + needle.len())
                        && hay.as_bytes()[i..i + needle.len()]
                            .eq_ignore_ascii_case(needle.as_bytes())
                })
                .collect();
            assert_eq!(
                find_ascii_ci(hay, needle, false),
                places.first().copied(),
                "{needle:?}"
            );
            assert_eq!(
                find_ascii_ci(hay, needle, true),
                places.last().copied(),
                "{needle:?}"
            );
        }
    }
}
