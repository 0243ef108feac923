//! Labels of an interface, spelled as the product that shows them spells them: a short quoted
//! phrase, a bold phrase beside a control's noun or an action, a label right after a click.

use super::prose::{BLOCK, GAP, Prose, back_to, forward_to};

/// True when the match is inside a short quoted phrase: a label, a message or a search term quoted
/// verbatim ("Signin with Passkeys", "Azure Active Directory", "not logged in"), spelled as the
/// product that shows it spells it, like a label in bold. A quoted sentence is still prose.
pub(super) fn in_quoted_label(buf: &str, s: usize, e: usize) -> bool {
    let block_start = back_to(buf, s, &[BLOCK]);
    let before = &buf[block_start..s];
    let Some((open, quote)) = before
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '"' | '“'))
    else {
        return false;
    };
    // An even number of straight quotes before the match: the last one closed a quotation.
    if quote == '"' && before.matches('"').count().is_multiple_of(2) {
        return false;
    }
    let close = if quote == '"' { '"' } else { '”' };
    let end = forward_to(buf, e, &[close, BLOCK]);
    if !buf[end..].starts_with(close) {
        return false;
    }
    let inner = &buf[block_start + open + quote.len_utf8()..end];
    let words = inner.split_whitespace().count();
    (2..=6).contains(&words) && !inner.contains(['.', '!', '?'])
}

/// True when the match is inside a short bold phrase that names a control of some product's
/// interface: a control's noun comes right after it ("the **Enable recovery codes** toggle") or an
/// action on a control right before it ("Check **Allow signup**", "turn on **Web hooks**"). Like
/// a quoted label, it is spelled as the product that shows it spells it. Bold without such a cue
/// is emphasis, and prose.
pub(super) fn in_bold_label(prose: &Prose, s: usize, e: usize) -> bool {
    // A label is a few words; so are the chunks its markup splits it into.
    let Some(run) = prose.strong_run(s, 6) else {
        return false;
    };
    let buf = prose.buf.as_str();
    let inner = buf[run.clone()].trim_matches([' ', GAP]);
    if e > run.end
        || inner.contains(['.', '!', '?', ':', BLOCK])
        || inner.split_whitespace().count() > 6
    {
        return false;
    }
    let next = words_after(&buf[run.end..], 1);
    let previous = words_before(&buf[..run.start], 2);
    let previous: Vec<&str> = previous.iter().map(String::as_str).collect();
    let action = |word: &str| ACTIONS.contains(&word);
    // "your **signup** link" is the reader's own thing, named in prose.
    let owned = matches!(previous.last(), Some(&("your" | "my" | "our" | "their")));
    !owned
        && next
            .first()
            .is_some_and(|word| CONTROLS.contains(&word.as_str()))
        || match previous.as_slice() {
            [.., last] if action(last) => true,
            [verb, "the"] => action(verb),
            // "turn on **…**", "click on **…**", "navigate to **…**".
            [verb, "on" | "off"] => action(verb) || matches!(*verb, "turn" | "switch"),
            [verb, "to"] => matches!(*verb, "navigate" | "go" | "head"),
            _ => false,
        }
}

/// The nouns of an interface's controls, which a bold label names.
const CONTROLS: &[&str] = &[
    "button",
    "buttons",
    "toggle",
    "toggles",
    "switch",
    "switches",
    "checkbox",
    "checkboxes",
    "field",
    "fields",
    "option",
    "options",
    "setting",
    "settings",
    "tab",
    "tabs",
    "menu",
    "menus",
    "dropdown",
    "section",
    "sections",
    "column",
    "columns",
    "dialog",
    "modal",
    "panel",
    "panels",
    "card",
    "cards",
    "list",
    "box",
    "input",
    "inputs",
    "screen",
];

/// The verbs of acting on a control, before a bold label.
const ACTIONS: &[&str] = &[
    "click",
    "select",
    "check",
    "uncheck",
    "tick",
    "untick",
    "toggle",
    "tap",
    "press",
    "choose",
    "pick",
    "enable",
    "disable",
    "activate",
    "deactivate",
];

/// The first `n` words of `text`, lowercase, across spaces and markup, within its block.
fn words_after(text: &str, n: usize) -> Vec<String> {
    let block = text.find(BLOCK).map_or(text, |at| &text[..at]);
    block
        .split([' ', GAP])
        .filter(|w| !w.is_empty())
        .take(n)
        .map(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// The last `n` words of `text`, lowercase, in order, within its block.
fn words_before(text: &str, n: usize) -> Vec<String> {
    let block = text.rfind(BLOCK).map_or(text, |at| &text[at + 1..]);
    let mut words: Vec<String> = block
        .rsplit([' ', GAP])
        .filter(|w| !w.is_empty())
        .take(n)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    words.reverse();
    words
}

/// The verbs of pressing a control, before a label written without markup.
const PRESSES: &[&str] = &["click", "tap", "press", "hit", "select", "choose"];

/// How many bytes before a match hold "choose on the " and the markup around it.
const WINDOW: usize = 24;

/// True when the match is a button's label written without markup right after a press of it:
/// "Click Login to continue", "tap Sign Up", "Click login." A label that opens with a capital
/// inside the sentence is the product's spelling; a lowercase word is a label only when it ends
/// the sentence, since "click login to continue", "select the login method" and "choose signup,
/// billing or profile" may be the writer's own words.
pub(super) fn pressed_label(buf: &str, s: usize, e: usize) -> bool {
    // The words right before, across spaces and markup only: "Tap. Login" is two sentences.
    // Three short words fit in a few bytes; a block may be long.
    let mut from = s.saturating_sub(WINDOW);
    while !buf.is_char_boundary(from) {
        from += 1;
    }
    let mut near = &buf[from..s];
    // A word cut by the window is no word.
    if !buf[..from].is_empty() && !buf[..from].ends_with([' ', GAP, BLOCK]) {
        near = &near[near.find([' ', GAP, BLOCK]).unwrap_or(near.len())..];
    }
    let block = near.rfind(BLOCK).map_or(near, |at| &near[at + 1..]);
    let mut previous = block.rsplit([' ', GAP]).filter(|w| !w.is_empty()).take(3);
    let mut word = || {
        previous
            .next()
            .filter(|w| w.chars().all(char::is_alphabetic))
            .unwrap_or("")
    };
    let press = |word: &str| PRESSES.iter().any(|p| p.eq_ignore_ascii_case(word));
    let (last, second, third) = (word(), word(), word());
    let is = |word: &str, what: &str| word.eq_ignore_ascii_case(what);
    let pressed = press(last)
        || (is(last, "on") || is(last, "the")) && press(second)
        || is(last, "the") && is(second, "on") && press(third);
    if !pressed {
        return false;
    }
    let capital = buf[s..e].starts_with(|c: char| c.is_uppercase());
    let rest = buf[e..].trim_start_matches(GAP);
    // A lowercase phrase ("click magic link") is the thing pressed, named in prose.
    capital || !buf[s..e].contains(' ') && (rest.is_empty() || rest.starts_with(['.', '!', BLOCK]))
}
