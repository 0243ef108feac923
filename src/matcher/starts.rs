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

/// No transition. The root (row 0) is never a transition's target, so 0 is free to mean none.
const DEAD: u32 = 0;
/// Set on a transition into a state where patterns end, so that the walk looks up outputs only
/// there.
const ENDS: u32 = 1 << 31;
/// Set on a transition into a state with at most one child, kept as a [`Link`] rather than a
/// row: most states of a trie over phrases are in the middle of one word, and a row each made
/// the table ten times larger (start-up time is page faults and copies of it).
const LINK: u32 = 1 << 30;
/// The bits of a transition that say where its state is.
const INDEX: u32 = LINK - 1;

/// A state with at most one child: that child's class (0 for none) and transition.
#[derive(Debug, Clone, Copy)]
struct Link {
    class: u8,
    next: u32,
}

/// A trie over lowercase patterns: states with several children as dense rows with byte
/// classes (a row is as wide as the distinct bytes the patterns use), the others as links.
#[derive(Debug)]
pub(super) struct Starts {
    /// Byte → class; class 0 is a byte no pattern holds.
    classes: [u8; 256],
    stride: usize,
    /// Transitions by `row offset + class`, marked with [`ENDS`] and [`LINK`]; row 0 is the root.
    next: Vec<u32>,
    /// How many rows `next` holds.
    rows: usize,
    links: Vec<Link>,
    /// The patterns that end at each state, as ranges into `outputs`: rows first (by offset over
    /// stride), then links.
    ends: Vec<u32>,
    outputs: Vec<u32>,
    /// Bytes that open a pattern whose first character is not a word character: such a pattern
    /// needs no boundary before it.
    open_anywhere: [bool; 256],
}

/// A state of the trie while it is built: children as a list of siblings.
#[derive(Debug, Clone, Copy)]
struct Node {
    class: u8,
    ends: bool,
    first_child: u32,
    sibling: u32,
    children: u32,
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
        let (nodes, found) = build(needles, &classes)?;
        // Where each state goes: rows for the root and branching states, links for the rest.
        let mut place = vec![0u32; nodes.len()];
        let (mut rows, mut links) = (0usize, 0usize);
        for (id, node) in nodes.iter().enumerate() {
            place[id] = if id == 0 || node.children > 1 {
                rows += 1;
                u32::try_from((rows - 1) * stride).ok()?
            } else {
                links += 1;
                LINK | u32::try_from(links - 1).ok()?
            };
        }
        if rows.checked_mul(stride)? + links > MOST_ENTRIES || rows * stride > INDEX as usize {
            return None;
        }
        let entry = |id: u32| {
            let marked = if nodes[id as usize].ends { ENDS } else { 0 };
            place[id as usize] | marked
        };
        let mut next = vec![DEAD; rows * stride];
        let mut chain = vec![
            Link {
                class: 0,
                next: DEAD
            };
            links
        ];
        for (id, node) in nodes.iter().enumerate() {
            let at = place[id];
            if at & LINK != 0 {
                let index = (at & INDEX) as usize;
                if node.children == 1 {
                    let child = node.first_child;
                    chain[index] = Link {
                        class: nodes[child as usize].class,
                        next: entry(child),
                    };
                }
            } else {
                let mut child = node.first_child;
                while child != DEAD {
                    let class = usize::from(nodes[child as usize].class);
                    next[at as usize + class] = entry(child);
                    child = nodes[child as usize].sibling;
                }
            }
        }
        // Outputs by slot (rows, then links), each slot's in the order of `needles`.
        let slot = |id: u32| match place[id as usize] {
            at if at & LINK != 0 => rows + (at & INDEX) as usize,
            at => at as usize / stride,
        };
        let mut by_slot: Vec<(usize, u32)> = found.iter().map(|&(id, n)| (slot(id), n)).collect();
        by_slot.sort_unstable();
        let mut ends = Vec::with_capacity(rows + links + 1);
        ends.push(0);
        let mut taken = 0;
        for at in 0..rows + links {
            while taken < by_slot.len() && by_slot[taken].0 == at {
                taken += 1;
            }
            ends.push(u32::try_from(taken).ok()?);
        }
        let outputs = by_slot.into_iter().map(|(_, n)| n).collect();
        let mut open_anywhere = [false; 256];
        for needle in needles {
            if needle.chars().next().is_some_and(|c| !is_word(c)) {
                open_anywhere[usize::from(needle.as_bytes()[0])] = true;
            }
        }
        Some(Starts {
            classes,
            stride,
            next,
            rows,
            links: chain,
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
        // The root: row 0.
        let mut state = 0u32;
        for (i, &b) in bytes[start..].iter().enumerate() {
            let class = self.classes[usize::from(b)];
            if class == 0 {
                return;
            }
            let index = (state & INDEX) as usize;
            let entry = if state & LINK != 0 {
                let link = self.links[index];
                if link.class != class {
                    return;
                }
                link.next
            } else {
                self.next[index + usize::from(class)]
            };
            if entry == DEAD {
                return;
            }
            if entry & ENDS != 0 {
                let at = (entry & INDEX) as usize;
                let slot = if entry & LINK != 0 {
                    self.rows + at
                } else {
                    at / self.stride
                };
                let (from, to) = (self.ends[slot] as usize, self.ends[slot + 1] as usize);
                for &pattern in &self.outputs[from..to] {
                    each(start, start + i + 1, pattern as usize);
                }
            }
            state = entry;
        }
    }
}

/// A needle's final state and its index.
type NeedleEnd = (u32, u32);

/// The trie's states (0 is the root) with their children as lists of siblings, and for each
/// needle in order, the state where it ends.
fn build(needles: &[String], classes: &[u8; 256]) -> Option<(Vec<Node>, Vec<NeedleEnd>)> {
    let root = Node {
        class: 0,
        ends: false,
        first_child: DEAD,
        sibling: DEAD,
        children: 0,
    };
    let mut nodes = vec![root];
    let mut found = Vec::with_capacity(needles.len());
    for (index, needle) in needles.iter().enumerate() {
        let mut state = 0usize;
        for &b in needle.as_bytes() {
            let class = classes[usize::from(b)];
            let mut child = nodes[state].first_child;
            while child != DEAD && nodes[child as usize].class != class {
                child = nodes[child as usize].sibling;
            }
            if child == DEAD {
                child = u32::try_from(nodes.len()).ok()?;
                nodes.push(Node {
                    class,
                    ends: false,
                    first_child: DEAD,
                    sibling: nodes[state].first_child,
                    children: 0,
                });
                nodes[state].first_child = child;
                nodes[state].children += 1;
            }
            state = child as usize;
        }
        nodes[state].ends = true;
        found.push((u32::try_from(state).ok()?, u32::try_from(index).ok()?));
    }
    Some((nodes, found))
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
