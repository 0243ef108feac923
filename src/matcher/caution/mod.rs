//! Caution rules: sentences that teach something unsafe. A rule is data (its risk words, verbs,
//! objects, and the negation or advice cues that make a sentence a warning instead); this module
//! cuts a file's prose into sentences of words and asks each rule about each sentence.
//!
//! Inline code is not prose, but a short code span that only names something (`publicMetadata`,
//! `user.unsafe_metadata.role`) is what a sentence is about, so its words count as evidence for
//! a rule's risk and objects. Verbs and cues are read in prose only: code itself never makes a
//! finding, and a code span never makes a sentence safe.

mod words;

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use super::prose::Prose;
use crate::diagnostic::Finding;
use crate::glossary::{Caution, CautionScope, Glossary, Severity};
use crate::source::{Chunk, Scope};
use words::{Phrases, Sentence, blocks, kept, longest_words, matches, phrases, sentences};

/// How many words apart the evidence of one finding may be, at most: a long sentence that
/// stores a key in one clause and reads metadata in another is not one piece of advice.
const REACH: usize = 15;

/// How many sentences after a risky one, in its paragraph or comment, may still hold the
/// warning that makes it advice.
const WARNING_AFTER: usize = 3;

/// One caution rule, its phrases split into words once.
#[derive(Debug)]
pub(super) struct Rule {
    id: Arc<str>,
    category: Arc<str>,
    message: Arc<str>,
    severity: Severity,
    scope: CautionScope,
    suggestions: Vec<String>,
    risk: Phrases,
    /// Built the first time a sentence holds one of the rule's risks: most runs never need
    /// them, and a pre-commit run on one file pays for every list it builds.
    lists: OnceLock<Lists>,
    /// Lowercase, without a trailing `*`: matched at a word start anywhere in the file.
    absent: Vec<String>,
}

/// The caution rules of a glossary, with the words that any of them needs, each listed once.
#[derive(Debug)]
pub(super) struct Cautions {
    rules: Vec<Rule>,
    /// The glossary whose `caution` tables the rules are, in order: what their lists are built
    /// from when first needed.
    glossary: Arc<Glossary>,
    /// The longest word of each risk phrase of every rule, lowercase: a block that holds none
    /// of a rule's words cannot teach its risk, and is not cut into sentences for it. The
    /// matcher finds them in the prose in its own pass over it ([`Cautions::risk_needles`]).
    needles: Vec<String>,
    /// The same words, searched for in the code spans that name something.
    risk_words: AhoCorasick,
    /// The rules of each risk word, in the order of `needles` and of `risk_words`' patterns.
    owner: Vec<Vec<usize>>,
    /// Rules with a risk word that is not plain ASCII, which a search in ASCII lowercase could
    /// miss: every place may hold their risk.
    anywhere: Vec<bool>,
}

/// The phrases a rule reads around a risk.
#[derive(Debug)]
struct Lists {
    verbs: Phrases,
    objects: Phrases,
    unless: Phrases,
}

impl Rule {
    pub(super) fn new(data: &Caution) -> Rule {
        Rule {
            id: data.id.as_str().into(),
            category: data.category.as_str().into(),
            message: data.message.as_str().into(),
            severity: data.severity,
            scope: data.scope,
            suggestions: data.suggestion.iter().cloned().collect(),
            risk: phrases(&data.risk),
            lists: OnceLock::new(),
            absent: data
                .absent
                .iter()
                .map(|a| a.trim_end_matches('*').to_lowercase())
                .collect(),
        }
    }

    /// The verbs, objects and cues of the rule whose data is `data`.
    fn lists(&self, data: &Caution) -> &Lists {
        self.lists.get_or_init(|| Lists {
            verbs: phrases(&data.verbs),
            objects: phrases(&data.objects),
            unless: phrases(&data.unless),
        })
    }

    /// The span of the words that carry the risk, if sentence `at` teaches it; `lists` are the
    /// rule's.
    fn judge(&self, lists: &Lists, sentences: &[Sentence<'_>], at: usize) -> Option<Range<usize>> {
        let sentence = sentences[at].words.as_slice();
        // `sentences` are one block's, so what follows is in the same paragraph or comment.
        let following = |n: usize| sentences[at + 1..].iter().take(n);
        let risks = matches(&self.risk, sentence, true);
        if risks.is_empty() {
            return None;
        }
        let verbs = matches(&lists.verbs, sentence, false);
        let objects = matches(&lists.objects, sentence, true);
        // A document explains a handler over a few sentences: what it does may come next.
        let object_after = self.scope == CautionScope::Document
            && following(2).any(|s| !matches(&lists.objects, &s.words, true).is_empty());
        // The first risk with a verb and an object close by.
        let near = |hits: &[Range<usize>], risk: &Range<usize>, needed: bool| {
            !needed
                || hits
                    .iter()
                    .any(|h| h.start.abs_diff(risk.start) <= REACH && !overlaps(h, risk))
        };
        let risk = risks.iter().find(|risk| {
            near(&verbs, risk, !lists.verbs.is_empty())
                && (object_after || near(&objects, risk, !lists.objects.is_empty()))
        })?;
        // A cue inside a risk phrase is part of it: "don't need to verify" is the risk itself,
        // not a negation of it.
        let warned = matches(&lists.unless, sentence, false).iter().any(|cue| {
            !risks
                .iter()
                .any(|r| r.start <= cue.start && cue.end <= r.end)
        });
        // The warning often comes a little later in the same paragraph or comment: "Reads the
        // user ID without verifying the token. It is a routing hint. Never trust it."
        let warned_next =
            following(WARNING_AFTER).any(|s| !matches(&lists.unless, &s.words, false).is_empty());
        if warned || warned_next {
            return None;
        }
        Some(sentence[risk.start].span.start..sentence[risk.end - 1].span.end)
    }

    /// Whether the file answers the risk somewhere, code included; a line with a suppression
    /// directive is not the document's text (its rule id may spell a cue).
    fn answered(&self, lower: &str) -> bool {
        self.absent.iter().any(|cue| {
            lower.match_indices(cue.as_str()).any(|(at, _)| {
                let line_start = lower[..at].rfind('\n').map_or(0, |p| p + 1);
                let line_end = lower[at..].find('\n').map_or(lower.len(), |p| at + p);
                !lower[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric())
                    && !lower[line_start..line_end].contains("termlint-")
            })
        })
    }

    fn finding(&self, span: Range<usize>) -> Finding {
        Finding {
            rule: self.id.clone(),
            category: self.category.clone(),
            severity: self.severity,
            message: self.message.clone(),
            span,
            suggestions: self.suggestions.clone(),
            // Security advice is rewritten by a person: the suggestion is never applied.
            fix: None,
        }
    }
}

impl Cautions {
    /// The rules of the glossary's `caution` tables; `kind` is the automaton's kind for the risk
    /// words, as for the glossary's (the crate's choice for `None`).
    pub(super) fn new(glossary: &Arc<Glossary>, kind: Option<AhoCorasickKind>) -> Cautions {
        let rules: Vec<Rule> = glossary.caution.iter().map(Rule::new).collect();
        // Rules share words ("metadata"): each word is searched for once, for all its rules.
        let mut needles: Vec<String> = Vec::new();
        let mut owner: Vec<Vec<usize>> = Vec::new();
        let mut anywhere = vec![false; rules.len()];
        for (index, rule) in rules.iter().enumerate() {
            let Some(words) = longest_words(&rule.risk) else {
                anywhere[index] = true;
                continue;
            };
            for word in words {
                match needles.iter().position(|n| n.eq_ignore_ascii_case(&word)) {
                    Some(at) if owner[at].contains(&index) => {}
                    Some(at) => owner[at].push(index),
                    None => {
                        needles.push(word);
                        owner.push(vec![index]);
                    }
                }
            }
        }
        let needles: Vec<String> = needles.iter().map(|n| n.to_ascii_lowercase()).collect();
        let risk_words = AhoCorasick::builder()
            .kind(kind)
            .build(&needles)
            .expect("risk words are short plain strings");
        Cautions {
            rules,
            glossary: Arc::clone(glossary),
            needles,
            risk_words,
            owner,
            anywhere,
        }
    }

    /// The risk words, lowercase, for the matcher to find in the prose: the search it makes for
    /// the glossary's patterns finds them too, instead of a second pass over the same text.
    pub(super) fn risk_needles(&self) -> &[String] {
        &self.needles
    }

    /// Where each rule's risk words start in `text`, in order; `None` for a rule whose risk may
    /// be anywhere. Sentences hold the words of prose and of code spans that name something:
    /// `found` are the risk words the matcher found in the prose (a range of the buffer and the
    /// word's place in [`Cautions::risk_needles`]), and each such code span is searched here.
    fn risk_places(
        &self,
        text: &str,
        kept: &[&Chunk],
        prose: &Prose,
        found: &[(usize, usize, usize)],
    ) -> Vec<Option<Vec<usize>>> {
        let mut places: Vec<Option<Vec<usize>>> = self
            .anywhere
            .iter()
            .map(|&anywhere| (!anywhere).then(Vec::new))
            .collect();
        if self.owner.is_empty() {
            return places;
        }
        let mut add = |needle: usize, at: usize| {
            for &rule in &self.owner[needle] {
                if let Some(list) = &mut places[rule] {
                    list.push(at);
                }
            }
        };
        for &(start, end, needle) in found {
            add(needle, prose.source_span(start..end).start);
        }
        // One buffer for every code span's lowercase copy.
        let mut code = String::new();
        for chunk in kept.iter().filter(|c| c.scope == Scope::InlineCode) {
            code.clear();
            code.push_str(&text[chunk.range.clone()]);
            code.make_ascii_lowercase();
            for found in self.risk_words.find_overlapping_iter(&code) {
                add(
                    found.pattern().as_usize(),
                    chunk.range.start + found.start(),
                );
            }
        }
        for list in places.iter_mut().flatten() {
            list.sort_unstable();
        }
        places
    }

    /// The findings of the rules in the prose of `text`.
    ///
    /// A rule judges a sentence by it and the sentences after it in the same block (paragraph,
    /// list item, comment), so only the blocks that hold a risk word are cut into sentences:
    /// most of a file never is.
    ///
    /// `prose` is the prose buffer the matcher built from the chunks, and `found` the risk words
    /// it found there (see [`Cautions::risk_places`]).
    pub(super) fn find(
        &self,
        text: &str,
        chunks: &[Chunk],
        prose: &Prose,
        found: &[(usize, usize, usize)],
    ) -> Vec<Finding> {
        if self.rules.is_empty() {
            return Vec::new();
        }
        let kept = kept(text, chunks);
        // Each rule with a risk here, as its place in `self.rules`, and where its risks are.
        let rules: Vec<(usize, Option<Vec<usize>>)> = self
            .risk_places(text, &kept, prose, found)
            .into_iter()
            .enumerate()
            .filter(|(_, places)| places.as_ref().is_none_or(|p| !p.is_empty()))
            .collect();
        if rules.is_empty() {
            return Vec::new();
        }
        let mut lower: Option<String> = None;
        // A document-wide rule speaks once, at its first risky sentence.
        let mut spoken = vec![false; rules.len()];
        let mut findings = Vec::new();
        for block in blocks(text, &kept) {
            let bytes = kept[block.start].range.start..kept[block.end - 1].range.end;
            if !rules.iter().any(|(_, places)| within(places, &bytes)) {
                continue;
            }
            let sentences = sentences(text, &kept[block]);
            for (index, &(at_rule, ref places)) in rules.iter().enumerate() {
                let (rule, data) = (&self.rules[at_rule], &self.glossary.caution[at_rule]);
                if spoken[index] || !within(places, &bytes) {
                    continue;
                }
                // Only a sentence with a risk word in it is judged.
                let holds_risk =
                    |sentence: &Sentence<'_>| match (sentence.words.first(), sentence.words.last())
                    {
                        (Some(first), Some(last)) => {
                            within(places, &(first.span.start..last.span.end))
                        }
                        _ => false,
                    };
                let mut judged = (0..sentences.len())
                    .filter(|&at| holds_risk(&sentences[at]))
                    .filter_map(|at| rule.judge(rule.lists(data), &sentences, at));
                match rule.scope {
                    CautionScope::Sentence => {
                        findings.extend(judged.map(|span| rule.finding(span)))
                    }
                    CautionScope::Document => {
                        let Some(span) = judged.next() else { continue };
                        spoken[index] = true;
                        let lower = lower.get_or_insert_with(|| text.to_lowercase());
                        if !rule.answered(lower) {
                            findings.push(rule.finding(span));
                        }
                    }
                }
            }
        }
        findings
    }
}

/// Whether a risk place (sorted) lies in `range`; `None` means it may be anywhere.
fn within(places: &Option<Vec<usize>>, range: &Range<usize>) -> bool {
    places.as_ref().is_none_or(|places| {
        let from = places.partition_point(|&p| p < range.start);
        places.get(from).is_some_and(|&p| p < range.end)
    })
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}
