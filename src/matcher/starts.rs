//! Finds the patterns that start where a match may start: at the start of a word, or, for a
//! pattern that opens with a character that is not a word character, anywhere that character
//! is. A match inside a word is never a term's (its boundaries rule it out), so walking a trie
//! from each such place finds every match an overlapping Aho-Corasick search would keep, and
//! it reads most words for a byte or two instead of following a state for every byte of the
//! text, one dependent table load at a time.

use super::context::is_word;

/// The largest transition table built (in entries); a glossary that needs more is searched
/// with the Aho-Corasick automaton instead.
const MOST_ENTRIES: usize = 1 << 24;

/// State 0 is dead; the root's offset is one stride.
const DEAD: u32 = 0;
/// Set on a transition into a state where patterns end, so that the walk looks up outputs (a
/// division by the stride) only there.
const ENDS: u32 = 1 << 31;

/// A dense trie over lowercase patterns, with byte classes so a row is as wide as the distinct
/// bytes the patterns use.
#[derive(Debug)]
pub(super) struct Starts {
    /// Byte → class; class 0 is a byte no pattern holds.
    classes: [u8; 256],
    stride: usize,
    /// Transitions by `state + class`, states premultiplied by the stride, marked with [`ENDS`].
    next: Vec<u32>,
    /// The patterns that end at each state (by state index), as ranges into `outputs`.
    ends: Vec<u32>,
    outputs: Vec<u32>,
    /// Bytes that open a pattern whose first character is not a word character: such a pattern
    /// needs no boundary before it.
    open_anywhere: [bool; 256],
}

impl Starts {
    /// The trie over `needles`, or `None` when it would be too large or a needle is empty.
    pub(super) fn new(needles: &[String]) -> Option<Starts> {
        if needles.iter().any(String::is_empty) {
            return None;
        }
        let mut classes = [0u8; 256];
        let mut count = 0usize;
        for needle in needles {
            for &b in needle.as_bytes() {
                if classes[usize::from(b)] == 0 {
                    count += 1;
                    classes[usize::from(b)] = u8::try_from(count).ok()?;
                }
            }
        }
        let stride = count + 1;
        let bound: usize = needles.iter().map(String::len).sum::<usize>() + 2;
        if bound.checked_mul(stride)? > MOST_ENTRIES.min(ENDS as usize) {
            return None;
        }
        // Rows 0 (dead) and 1 (the root).
        let mut next = vec![DEAD; 2 * stride];
        let mut found: Vec<Vec<u32>> = vec![Vec::new(), Vec::new()];
        let mut open_anywhere = [false; 256];
        for (index, needle) in needles.iter().enumerate() {
            if needle.chars().next().is_some_and(|c| !is_word(c)) {
                open_anywhere[usize::from(needle.as_bytes()[0])] = true;
            }
            let mut state = stride;
            for &b in needle.as_bytes() {
                let at = state + usize::from(classes[usize::from(b)]);
                if next[at] == DEAD {
                    next[at] = u32::try_from(next.len()).ok()?;
                    next.resize(next.len() + stride, DEAD);
                    found.push(Vec::new());
                }
                state = next[at] as usize;
            }
            found[state / stride].push(u32::try_from(index).ok()?);
        }
        for entry in next.iter_mut().filter(|e| **e != DEAD) {
            if !found[*entry as usize / stride].is_empty() {
                *entry |= ENDS;
            }
        }
        let mut ends = Vec::with_capacity(found.len() + 1);
        let mut outputs = Vec::new();
        ends.push(0);
        for list in found {
            outputs.extend(list);
            ends.push(u32::try_from(outputs.len()).ok()?);
        }
        Some(Starts {
            classes,
            stride,
            next,
            ends,
            outputs,
            open_anywhere,
        })
    }

    /// Calls `each(start, end, pattern)` for every occurrence of a pattern in `lower` that
    /// starts at a word's start or, for a pattern opening with a non-word character, anywhere:
    /// by start, then by length, then by pattern.
    pub(super) fn find(&self, lower: &str, mut each: impl FnMut(usize, usize, usize)) {
        let bytes = lower.as_bytes();
        let mut previous_word = false;
        let mut p = 0;
        while p < bytes.len() {
            let b = bytes[p];
            let (word, len) = if b < 0x80 {
                (b.is_ascii_alphanumeric() || b == b'_', 1)
            } else {
                // A lead byte: `p` is always a character boundary here.
                let c = lower[p..].chars().next().unwrap_or(' ');
                (is_word(c), c.len_utf8())
            };
            if (word && !previous_word) || self.open_anywhere[usize::from(b)] {
                self.walk(bytes, p, &mut each);
            }
            previous_word = word;
            p += len;
        }
    }

    fn walk(&self, bytes: &[u8], start: usize, each: &mut impl FnMut(usize, usize, usize)) {
        let mut state = self.stride;
        for (i, &b) in bytes[start..].iter().enumerate() {
            let class = self.classes[usize::from(b)];
            if class == 0 {
                return;
            }
            let entry = self.next[state + usize::from(class)];
            if entry == DEAD {
                return;
            }
            state = (entry & !ENDS) as usize;
            if entry & ENDS != 0 {
                let row = state / self.stride;
                let (from, to) = (self.ends[row] as usize, self.ends[row + 1] as usize);
                for &pattern in &self.outputs[from..to] {
                    each(start, start + i + 1, pattern as usize);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(needles: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let needles: Vec<String> = needles.iter().map(|n| n.to_string()).collect();
        let starts = Starts::new(&needles).unwrap();
        let mut found = Vec::new();
        starts.find(text, |s, e, p| found.push((s, e, p)));
        found
    }

    #[test]
    fn finds_overlapping_patterns_at_word_starts_only() {
        let needles = ["log in", "log", "login", "in"];
        // "relogin" holds "login" inside a word: not a start.
        assert_eq!(
            all(&needles, "log in, relogin; login"),
            vec![(0, 3, 1), (0, 6, 0), (4, 6, 3), (17, 20, 1), (17, 22, 2)]
        );
    }

    #[test]
    fn a_pattern_opening_with_punctuation_starts_anywhere() {
        let needles = [".env", "env"];
        assert_eq!(all(&needles, "a.env file"), vec![(1, 5, 0), (2, 5, 1)]);
    }

    #[test]
    fn a_letter_after_a_non_ascii_letter_is_inside_a_word() {
        assert_eq!(all(&["sso"], "éssor sso"), vec![(7, 10, 0)]);
        // A non-word character (a curly quote) before it is a boundary.
        assert_eq!(all(&["sso"], "“sso”"), vec![(3, 6, 0)]);
    }

    #[test]
    fn the_same_pattern_twice_reports_both_in_order() {
        assert_eq!(
            all(&["oauth", "oauth"], "oauth"),
            vec![(0, 5, 0), (0, 5, 1)]
        );
    }

    #[test]
    fn an_empty_needle_has_no_trie() {
        assert!(Starts::new(&[String::new()]).is_none());
    }

    /// What an overlapping Aho-Corasick search finds where a match may start, in the order the
    /// trie reports: the matcher relies on the two agreeing.
    fn reference(needles: &[String], text: &str) -> Vec<(usize, usize, usize)> {
        let automaton = aho_corasick::AhoCorasick::new(needles).unwrap();
        let mut found: Vec<(usize, usize, usize)> = automaton
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .filter(|&(s, _, _)| {
                let first = text[s..].chars().next().unwrap();
                let before = text[..s].chars().next_back();
                !is_word(first) || !before.is_some_and(is_word)
            })
            .collect();
        found.sort_unstable();
        found
    }

    proptest::proptest! {
        #[test]
        fn finds_what_an_overlapping_automaton_finds_at_starts(
            needles in proptest::collection::vec("[ab_ .é-]{1,4}", 1..8),
            text in "[ab_ .é“-]{0,40}",
        ) {
            let mut found = Vec::new();
            Starts::new(&needles).unwrap().find(&text, |s, e, p| found.push((s, e, p)));
            proptest::prop_assert_eq!(found, reference(&needles, &text));
        }
    }
}
