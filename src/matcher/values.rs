//! Values written out in prose: items of a list of the values a flag or a field takes, spelled
//! as the code spells them.

use super::prose::{BLOCK, GAP, back_to, forward_to};

/// A value as code spells it: one lowercase token of letters, digits, `_` and `-` (`login`,
/// `sign_up`, `email-code`).
pub(super) fn is_value_token(word: &str) -> bool {
    !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// True when the match lies in a string that is a key or a value of a JSON object written out
/// in prose (`{"name": "Example OAuth App"}` in a table cell): sample data, spelled as the
/// program sends and reads it, whatever its words.
pub(super) fn in_json_string(buf: &str, s: usize, e: usize) -> bool {
    let (from, to) = (
        back_to(buf, s, &[BLOCK, GAP]),
        forward_to(buf, e, &[BLOCK, GAP]),
    );
    let before = &buf[from..s];
    // The quote that opens the string, read from the match back: counting every quote from the
    // start of the run would lose count at a URL or other code cut out of a value before it.
    // What stands before that quote (a key and a colon) or after its closing one (a colon)
    // shows it is a string of the object.
    let Some(open) = before.rfind('"') else {
        return false;
    };
    let Some(close) = buf[e..to].find('"').map(|p| e + p) else {
        return false;
    };
    let left = buf[from..from + open].trim_end();
    let right = buf[close + 1..to].trim_start();
    let value = left
        .strip_suffix(':')
        .is_some_and(|key| key.trim_end().ends_with('"'));
    let key = right.starts_with(':') && (left.ends_with('{') || left.ends_with(','));
    value || key
}

/// True when a lowercase match is one item of a list of lowercase one-word values (`(openai,
/// anthropic, google, vercel)`, `clerk, auth0, firebase, supabase`, `Valid options are: adfs,
/// azure, bitbucket`): the values a flag or an option takes, spelled as the code spells them.
pub(super) fn in_value_list(buf: &str, s: usize, e: usize) -> bool {
    let value = is_value_token;
    if !value(&buf[s..e]) {
        return false;
    }
    // A neighbour may be a dotted name (`login.gov`), a value that names a site.
    let neighbour = |item: &str| value(item) || item.split('.').all(value) && item.contains('.');
    let items = |text: &str, backwards: bool| -> usize {
        // "nextcloud and oidc" after the match is two more items, as "nextcloud, oidc" is.
        let text = text.replace(" and ", ", ").replace(" or ", ", ");
        let parts: Vec<&str> = text.split(", ").collect();
        let ordered: Vec<&str> = if backwards {
            parts.into_iter().rev().skip(1).collect()
        } else {
            parts.into_iter().skip(1).collect()
        };
        ordered
            .iter()
            // The list's first item follows the colon that announces it: "Valid options are:
            // adfs, azure".
            .map(|item| item.rsplit(": ").next().unwrap_or(item))
            .take(3)
            .take_while(|item| neighbour(item.trim_matches(['(', ')', '.', ';'])))
            .count()
    };
    let before = &buf[back_to(buf, s, &[BLOCK, GAP])..s];
    let after = &buf[e..forward_to(buf, e, &[BLOCK, GAP])];
    // The list's neighbours of the match are whole items: `, x` before it, `, y` after it.
    let left = if before.ends_with(", ") || before.ends_with('(') {
        items(&format!("{before}x"), true)
    } else if let Some(head) = ["or ", "and "].iter().find_map(|c| before.strip_suffix(c)) {
        // The last item, after its conjunction: "github, google, or linkedin".
        let head = head.trim_end().trim_end_matches(',');
        items(&format!("{head}, x"), true)
    } else {
        0
    };
    let right = if after.starts_with(", ") || after.starts_with(')') {
        items(&format!("x{after}"), false)
    } else {
        0
    };
    left + right >= 2
}

/// True when the match is one item of a list of code values: at least three single lowercase
/// tokens joined by commas (the last one by `or` or `and` too), one of them snake_case or
/// camelCase (`signup, sms, email_change or phone_change`), or two or more of which one is the match with
/// a suffix (`nextjs, nextjs-ssr`). The underscore or the variant shows that the items are
/// values as the code spells them, so no rule reads them as words.
pub(super) fn in_code_value_list(buf: &str, s: usize, e: usize) -> bool {
    if !is_value_token(&buf[s..e]) {
        return false;
    }
    // A camelCase identifier among the items is code as much as a snake_case one is: "the
    // login, logout, callback and postLogoutRedirect routes".
    let camel = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.bytes().all(|b| b.is_ascii_alphanumeric())
            && w.bytes().any(|b| b.is_ascii_uppercase())
    };
    let token = |w: &str| is_value_token(w) || camel(w);
    const SEPARATORS: [&str; 5] = [", or ", ", and ", ", ", " or ", " and "];
    let (from, to) = (
        back_to(buf, s, &[BLOCK, GAP]),
        forward_to(buf, e, &[BLOCK, GAP]),
    );
    let mut items = vec![&buf[s..e]];
    // Backwards: a separator, then a whole token before it.
    let mut before = &buf[from..s];
    while let Some(sep) = SEPARATORS.iter().find(|sep| before.ends_with(**sep)) {
        let rest = &before[..before.len() - sep.len()];
        let start = rest.rfind([' ', '(']).map_or(0, |at| at + 1);
        if !token(&rest[start..]) || items.len() > 16 {
            break;
        }
        items.push(&rest[start..]);
        before = &rest[..start];
    }
    // Forwards: a separator, then a whole token after it.
    let mut after = &buf[e..to];
    while let Some(sep) = SEPARATORS.iter().find(|sep| after.starts_with(**sep)) {
        let rest = &after[sep.len()..];
        let end = rest.find([' ', ',', ')', '.', ';']).unwrap_or(rest.len());
        if !token(&rest[..end]) || items.len() > 16 {
            break;
        }
        items.push(&rest[..end]);
        after = &rest[end..];
    }
    let matched = items[0];
    // Another item that is the match joined to more (`nextjs, nextjs-ssr`): variants of one name.
    let variant = items[1..].iter().any(|item| {
        item.strip_prefix(matched)
            .is_some_and(|rest| rest.len() > 1 && rest.starts_with(['-', '_']))
    });
    items.len() >= 3 && items.iter().any(|item| item.contains('_') || camel(item)) || variant
}

/// Whether only white space and comment or list markers come before `span` on its line, and only
/// white space and `,` `.` `;` after it: what a lone value's line holds around it. Read from the
/// match outwards, it stops at the first other byte, so a long line is not read for each match.
/// Bytes past ASCII may be Unicode white space, which the line's trimming removes.
fn alone_on_its_line(source: &[u8], span: &std::ops::Range<usize>) -> bool {
    let before = |b: u8| {
        matches!(
            b,
            b' ' | b'\t' | b'\r' | 0x0b | 0x0c | b'/' | b'#' | b';' | b'!'
        ) || matches!(b, b'-' | b'*' | b'+')
            || !b.is_ascii()
    };
    let after = |b: u8| {
        matches!(b, b' ' | b'\t' | b'\r' | 0x0b | 0x0c | b',' | b'.' | b';') || !b.is_ascii()
    };
    let opens = source[..span.start]
        .iter()
        .rev()
        .find(|&&b| !before(b))
        .is_none_or(|&b| b == b'\n');
    let closes = source[span.end..]
        .iter()
        .find(|&&b| !after(b))
        .is_none_or(|&b| b == b'\n');
    opens && closes
}

/// True when the match is a list item of its own (`- login`), in a list of such items or under a
/// line that announces values (`Possible values are:`, `One of:`): the values a setting takes,
/// in Markdown or in a comment's list.
pub(super) fn lone_list_value(source: &str, span: std::ops::Range<usize>) -> bool {
    let token = is_value_token;
    if !token(&source[span.clone()]) || !alone_on_its_line(source.as_bytes(), &span) {
        return false;
    }
    let start = source[..span.start].rfind('\n').map_or(0, |at| at + 1);
    let end = source[span.end..]
        .find('\n')
        .map_or(source.len(), |at| span.end + at);
    // What a line says once its comment marker and its list marker are gone.
    // A block comment's `*` may come before the list's own marker (` * - login`).
    let content = |line: &str| -> (bool, String) {
        let mut line = line.trim().trim_start_matches(['/', '#', ';', '!']);
        line = line.strip_prefix("--").unwrap_or(line).trim();
        fn marked(text: &str) -> Option<&str> {
            text.strip_prefix(['-', '*', '+'])
                .filter(|rest| rest.starts_with(' '))
                .map(str::trim)
        }
        match marked(line) {
            Some(item) => (true, marked(item).unwrap_or(item).to_string()),
            None => (false, line.to_string()),
        }
    };
    let (item, text) = content(&source[start..end]);
    if !item || text.trim_end_matches([',', '.', ';']) != &source[span.clone()] {
        return false;
    }
    let previous = source[..start.saturating_sub(1)]
        .rfind('\n')
        .map_or(0, |at| at + 1);
    let next_end = source[(end + 1).min(source.len())..]
        .find('\n')
        .map_or(source.len(), |at| end + 1 + at);
    let lone = |line: &str| {
        let (item, text) = content(line);
        item && token(text.trim_end_matches([',', '.', ';']))
    };
    let above = if start > 0 {
        &source[previous..start - 1]
    } else {
        ""
    };
    let below = if end < source.len() {
        &source[end + 1..next_end]
    } else {
        ""
    };
    let announced = {
        let (_, text) = content(above);
        let text = text.to_ascii_lowercase();
        text.ends_with(':')
            && [
                "value",
                "one of",
                "either",
                "option",
                "accepts",
                "supported",
                "can be",
            ]
            .iter()
            .any(|cue| text.contains(cue))
    };
    announced || lone(above) || lone(below)
}

/// How many rows above and below the match's row a table is read for its code values.
const TABLE_REACH: usize = 60;

/// True when the match is a lowercase word of a Markdown table whose cells write that word as
/// code: "same as nextjs" or "nextjs smoke green" in a table with a `` `nextjs` `` cell. A table
/// lists a project's values; the bare word is the value the table quotes elsewhere, not the
/// product that may share its name.
pub(super) fn quoted_as_code_in_its_table(source: &str, span: std::ops::Range<usize>) -> bool {
    let word = &source[span.clone()];
    if !is_value_token(word) {
        return false;
    }
    // The row's own start, however wide the row: generated tables pad their cells.
    let start = source[..span.start].rfind('\n').map_or(0, |at| at + 1);
    let row = |line: &str| line.trim_start().starts_with('|');
    if !row(&source[start..]) {
        return false;
    }
    let code = format!("`{word}`");
    let quoted = |line: &str| line.contains(code.as_str());
    let above = source[..start]
        .lines()
        .rev()
        .take(TABLE_REACH)
        .take_while(|line| row(line));
    let below = source[start..]
        .lines()
        .take(TABLE_REACH + 1)
        .take_while(|line| row(line));
    above.chain(below).any(quoted)
}

#[cfg(test)]
mod tests {
    use super::alone_on_its_line;

    /// `[` and `]` mark the match in each line.
    #[test]
    fn a_value_alone_on_its_line_has_only_markers_and_white_space_around_it() {
        for (text, alone) in [
            ("[login]", true),
            ("- [login]", true),
            ("intro\n  * [login],\nnext", true),
            ("// - [login].\r\n", true),
            ("# -- + [login];", true),
            ("\u{a0}- [login]\u{2003}\n", true),
            ("Possible values: [login]", false),
            ("- [login] or none", false),
            ("- the [login]\n", false),
            ("- [login]()", false),
            ("x\n- a [login]", false),
        ] {
            let start = text.find('[').unwrap();
            let end = text.find(']').unwrap() - 1;
            let source = text.replace(['[', ']'], "");
            assert_eq!(
                alone_on_its_line(source.as_bytes(), &(start..end)),
                alone,
                "{text:?}"
            );
        }
    }
}
