//! Fixes as data: byte-range edits with an applicability. A finding gets a fix only when it has
//! exactly one suggestion and its term allows fixing.

use std::ops::Range;

pub use crate::glossary::Applicability;

/// Replace the bytes of `range` in the original file by `replacement`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub replacement: String,
}

/// The edits that fix one finding, and whether they may be applied unattended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

impl Fix {
    /// The fix that replaces `span` of `source` by `suggestion`, or `None` when the term is not
    /// fixable or more than one suggestion leaves the choice to a human.
    pub fn for_match(
        source: &str,
        span: Range<usize>,
        suggestions: &[String],
        applicability: Applicability,
    ) -> Option<Fix> {
        let [suggestion] = suggestions else {
            return None;
        };
        if applicability == Applicability::None {
            return None;
        }
        let replacement = keep_line_breaks(&source[span.clone()], suggestion);
        Some(Fix {
            applicability,
            edits: vec![Edit {
                range: span,
                replacement,
            }],
        })
    }
}

/// `suggestion`, with the original whitespace between words kept where the suggestion also has a
/// space, so that a term wrapped across lines stays wrapped (`session⏎cookie` → `session⏎token`,
/// with any `> ` or indentation of the next line).
pub fn keep_line_breaks(original: &str, suggestion: &str) -> String {
    let separators: Vec<&str> = whitespace_runs(original);
    if !separators.iter().any(|s| s.contains('\n')) {
        return suggestion.to_string();
    }
    let spaces = suggestion.matches(' ').count();
    if spaces == 0 {
        return suggestion.to_string();
    }
    // Same number of gaps: each keeps its original whitespace. Otherwise the first space of the
    // suggestion takes the line break.
    let wrapped: Vec<&str> = if spaces == separators.len() {
        separators
    } else {
        let first_break = separators.iter().copied().find(|s| s.contains('\n'));
        std::iter::once(first_break.unwrap_or(" "))
            .chain(std::iter::repeat(" "))
            .take(spaces)
            .collect()
    };
    let mut out = String::with_capacity(suggestion.len() + 8);
    for (i, word) in suggestion.split(' ').enumerate() {
        if i > 0 {
            out.push_str(wrapped[i - 1]);
        }
        out.push_str(word);
    }
    out
}

/// What stands between the words of the original: each run of characters that are not letters or
/// digits and hold some whitespace, with the `>` of a block quote or the `*`, `//` or `#` of a
/// comment that continues on the next line (`session\n *   id`). A hyphen alone is no gap.
fn whitespace_runs(text: &str) -> Vec<&str> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let gap = !c.is_alphanumeric();
        match (gap, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if text[s..i].contains(char::is_whitespace) {
                    runs.push(&text[s..i]);
                }
                start = None;
            }
            _ => {}
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::keep_line_breaks;

    #[test]
    fn wrapped_terms_stay_wrapped() {
        assert_eq!(
            keep_line_breaks("session\ncookie", "session token"),
            "session\ntoken"
        );
        assert_eq!(
            keep_line_breaks("session\n> cookie", "session token"),
            "session\n> token"
        );
        assert_eq!(keep_line_breaks("web\n  hook", "webhook"), "webhook");
        assert_eq!(keep_line_breaks("web  hook", "web hook"), "web hook");
        assert_eq!(
            keep_line_breaks("multi\nfactor", "multi-factor authentication"),
            "multi-factor\nauthentication"
        );
        // A comment's continuation marker stays with its line break.
        assert_eq!(
            keep_line_breaks("session\n *   id", "session ID"),
            "session\n *   ID"
        );
        assert_eq!(keep_line_breaks("web\n// hook", "web hook"), "web\n// hook");
        assert_eq!(keep_line_breaks("sign-in", "sign in"), "sign in");
    }
}

/// The result of applying fixes to a text once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub text: String,
    /// Fixes applied.
    pub applied: usize,
    /// Fixes skipped because an earlier fix already changed their bytes.
    pub overlapping: usize,
}

/// Applies, in one pass in order of position, every fix at or above `min` applicability; a fix
/// that overlaps one already applied is skipped (the next pass, on the new text, may apply it).
pub fn apply<'a>(
    text: &str,
    fixes: impl IntoIterator<Item = &'a Fix>,
    min: Applicability,
) -> Applied {
    let mut edits: Vec<&Edit> = fixes
        .into_iter()
        .filter(|fix| fix.applicability >= min && fix.applicability != Applicability::None)
        .flat_map(|fix| &fix.edits)
        .collect();
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let (mut applied, mut overlapping) = (0, 0);
    for edit in edits {
        let in_bounds = edit.range.end <= text.len()
            && text.is_char_boundary(edit.range.start)
            && text.is_char_boundary(edit.range.end);
        if edit.range.start < copied || !in_bounds {
            overlapping += 1;
            continue;
        }
        out.push_str(&text[copied..edit.range.start]);
        out.push_str(&edit.replacement);
        copied = edit.range.end;
        applied += 1;
    }
    out.push_str(&text[copied..]);
    Applied {
        text: out,
        applied,
        overlapping,
    }
}
