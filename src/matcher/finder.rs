//! What finds the glossary's patterns (and the caution rules' risk words) in the prose: a trie
//! read from each word's start, or an Aho-Corasick automaton, chosen by how much text the
//! matcher is built for.

use std::sync::{Arc, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::{caution, starts};
use crate::glossary::Pattern;

/// How much text a matcher is built for. Every workload reads with a trie that takes no time to
/// build; the workload chooses the automaton used for a glossary too large for a trie, and
/// whether a DFA is built beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workload {
    Few,
    Many,
    /// Hundreds of pages of prose, or a long-lived editor session: a DFA, built on its own thread
    /// in about a millisecond, reads long prose faster than the trie.
    Large,
}

/// The most patterns a [`Workload::Large`] matcher builds a DFA for (the built-in glossary has
/// well under a thousand).
pub(super) const DFA_MOST_NEEDLES: usize = 10_000;

/// What finds the patterns in the text.
#[derive(Debug)]
pub(super) enum Finder {
    Starts(Box<starts::Starts>),
    Automaton(AhoCorasick),
}

/// What the automata search for: the patterns, then the caution rules' risk words, so that one
/// pass over the prose finds both (a needle at `patterns.len()` or later is a risk word). Needles
/// and text are both ASCII-lowercased, which matches ASCII case-insensitively with half the
/// automaton states of `ascii_case_insensitive` (start-up time).
pub(super) fn needles(patterns: &[Pattern], cautions: &caution::Cautions) -> Vec<String> {
    patterns
        .iter()
        .map(|p| p.text.to_ascii_lowercase())
        .chain(cautions.risk_needles().iter().cloned())
        .collect()
}

/// The overlapping automaton over `needles`, of the given kind (the crate's choice for `None`).
pub(super) fn automaton(needles: &[String], kind: Option<AhoCorasickKind>) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .kind(kind)
        .build(needles)
        .expect("glossary patterns are plain strings of bounded size")
}

/// The automaton kind for a workload and a number of needles (the crate's choice for `None`).
pub(super) fn kind_for(workload: Workload, needles: usize) -> Option<AhoCorasickKind> {
    match workload {
        // A few files are read faster than a faster automaton is built.
        Workload::Few => Some(AhoCorasickKind::NoncontiguousNFA),
        Workload::Many => None,
        // A DFA grows with the patterns: a user glossary of 100k terms would take seconds and
        // hundreds of megabytes to build one.
        Workload::Large if needles <= DFA_MOST_NEEDLES => Some(AhoCorasickKind::DFA),
        Workload::Large => None,
    }
}

/// A DFA over `needles`, filled in by a thread of its own when it is built.
pub(super) fn later(needles: Vec<String>) -> Arc<OnceLock<AhoCorasick>> {
    let cell = Arc::new(OnceLock::new());
    let filled = Arc::clone(&cell);
    // Without the thread, the trie reads every file: the same findings, a little slower.
    let _ = std::thread::Builder::new()
        .name("dfa".into())
        .spawn(move || {
            let _ = filled.set(automaton(&needles, Some(AhoCorasickKind::DFA)));
        });
    cell
}
