//! One trie over every form of every term, walked from each word's start (an Aho-Corasick
//! automaton for a glossary too large for it); word boundaries, identifiers, case and context
//! are checked on each match. Consistency groups, event catalogs and caution rules
//! run alongside.

mod applies;
mod capitals;
mod caution;
mod commands;
mod consistency;
mod context;
mod echoes;
mod edits;
mod events;
mod file_names;
mod finder;
mod labels;
mod links;
mod mentions;
mod names;
mod nearby;
mod packages;
mod phrasal;
mod prose;
mod starts;
mod values;

use std::cell::OnceCell;
use std::sync::{Arc, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::diagnostic::Finding;
use crate::fix::Fix;
use crate::glossary::{Applicability, CasePolicy, Glossary, Owner, Pattern};
use crate::source::{Chunk, FileKind};
use context::Condition;
pub use finder::Workload;
use finder::{DFA_MOST_NEEDLES, Finder, automaton, kind_for, later, needles};
use prose::{Prose, collapse_owned};

/// The category of brand spellings, which never apply inside a package or repository name.
const PRODUCT_NAMES: &str = "product-names";

/// The category of concepts whose name changed while API names kept the old word.
const RENAMED_CONCEPTS: &str = "clerk-concepts";

/// Categories whose rules judge a word by its letters (a spelling, a word to avoid), whatever the
/// code beside it is named: a doc comment that reads a function's name aloud still spells
/// "cancelled" or "whitelist" as the rule says it should not.
const LETTER_CATEGORIES: [&str; 3] = [PRODUCT_NAMES, "us-spelling", "inclusive-language"];

/// The compiled glossary.
#[derive(Debug)]
pub struct Matcher {
    finder: Finder,
    /// A large run's DFA, built on its own thread: it reads long prose faster than the trie,
    /// which reads the files that come before it is ready. Both find the same matches.
    faster: Option<Arc<OnceLock<AhoCorasick>>>,
    patterns: Vec<Pattern>,
    glossary: Arc<Glossary>,
    /// Each term's id, category and message, shared by all its findings.
    terms: Vec<(Arc<str>, Arc<str>, Arc<str>)>,
    /// Each term's context rules, compiled the first time one of its patterns needs them: a
    /// file's matches reach few of the terms.
    conditions: Vec<OnceLock<Vec<Condition>>>,
    /// For each pattern, whether its suggestions differ from it only by case.
    case_only: Vec<bool>,
    /// For each consistency group's pattern, the group's form it counts as: lowercase, singular.
    group_forms: Vec<String>,
    /// The length of the longest pattern, in bytes.
    longest: usize,
    catalogs: Vec<events::Catalog>,
    cautions: caution::Cautions,
}

impl Matcher {
    pub fn new(glossary: &Glossary) -> Matcher {
        Matcher::shared(Arc::new(glossary.clone()))
    }

    /// The matcher for a glossary that its caller keeps too, without copying it.
    pub fn shared(glossary: Arc<Glossary>) -> Matcher {
        Matcher::for_workload(glossary, Workload::Many)
    }

    /// The matcher, with an automaton suited to the amount of text it will read.
    pub fn for_workload(glossary: Arc<Glossary>, workload: Workload) -> Matcher {
        // Every form spelled as the prose buffer spells text (whitespace runs as one space), once
        // here rather than on each match.
        let patterns: Vec<Pattern> = glossary
            .patterns()
            .into_iter()
            .map(|mut p| {
                p.text = collapse_owned(p.text);
                p.suggestions = p.suggestions.into_iter().map(collapse_owned).collect();
                p.canonical = p.canonical.map(collapse_owned);
                p.listed = p.listed.into_iter().map(collapse_owned).collect();
                p
            })
            .collect();
        // A fix that only changes case: `supabase` → `Supabase`, `saml` → `SAML`.
        let case_only = patterns
            .iter()
            .map(|p| {
                p.suggestions
                    .iter()
                    .all(|x| x.eq_ignore_ascii_case(&p.text))
            })
            .collect();
        let cautions = caution::Cautions::new(&glossary, kind_for(workload, patterns.len()));
        let needles = needles(&patterns, &cautions);
        let longest = needles[..patterns.len()]
            .iter()
            .map(String::len)
            .max()
            .unwrap_or(0);
        let group_forms = patterns
            .iter()
            .map(|p| match p.owner {
                Owner::Group(_) => p.suggestions[0].to_lowercase(),
                Owner::Term(_) => String::new(),
            })
            .collect();
        let kind = kind_for(workload, needles.len());
        // Every pattern that occurs gets its say: a consistency group's form must not hide a term
        // ("Oauth application" is both a group's form and a case error). Overlaps are resolved
        // per kind of rule in `candidates`.
        let (finder, faster) = match starts::Starts::new(&needles) {
            Some(starts) => {
                let faster = (kind == Some(AhoCorasickKind::DFA)).then(|| later(needles));
                (Finder::Starts(Box::new(starts)), faster)
            }
            None => (Finder::Automaton(automaton(&needles, kind)), None),
        };
        let terms = glossary
            .terms
            .iter()
            .map(|term| {
                (
                    term.id.as_str().into(),
                    term.category.as_str().into(),
                    term.message.as_str().into(),
                )
            })
            .collect();
        let conditions = glossary.terms.iter().map(|_| OnceLock::new()).collect();
        Matcher {
            finder,
            faster,
            patterns,
            terms,
            conditions,
            case_only,
            group_forms,
            longest,
            catalogs: glossary.events.iter().map(events::Catalog::new).collect(),
            cautions,
            glossary,
        }
    }

    /// Builds, on a thread of its own, the DFA that reads long prose faster than the trie, for a
    /// matcher built before its run turned out to hold hundreds of pages.
    pub fn read_long_prose(&mut self) {
        if self.faster.is_none()
            && matches!(self.finder, Finder::Starts(_))
            && self.patterns.len() <= DFA_MOST_NEEDLES
        {
            self.faster = Some(later(needles(&self.patterns, &self.cautions)));
        }
    }

    /// The findings in the `chunks` of `text`, in order of position.
    pub fn find(&self, kind: FileKind, text: &str, chunks: &[Chunk]) -> Vec<Finding> {
        self.find_with(kind, text, chunks, None)
    }

    /// [`Matcher::find`], given where the code of a source file is (as
    /// [`crate::source::Extracted`] has it) when the extractor already found it.
    pub fn find_with(
        &self,
        kind: FileKind,
        text: &str,
        chunks: &[Chunk],
        not_code: Option<Vec<std::ops::Range<usize>>>,
    ) -> Vec<Finding> {
        let code = matches!(kind, FileKind::Code(_));
        let prose = Prose::build(text, chunks);
        let buf = prose.buf.as_str();
        let lower_source = OnceCell::new();
        // In source code, what lies outside comments and strings is code, whose names a comment
        // may mention; lexed once, when a match first asks, unless the extractor knew it.
        let not_code = not_code.map_or_else(OnceCell::new, OnceCell::from);
        // The names the whole file's code uses, collected when a lowercase comment word first asks.
        let file_names = OnceCell::new();
        let name_words = OnceCell::new();
        let snake_names = OnceCell::new();
        let code_spots = commands::Spots::default();
        let about_another_product = OnceCell::new();
        let language = match kind {
            FileKind::Code(language) => Some(language),
            _ => None,
        };
        let mut findings = Vec::new();
        let mut group_hits = Vec::new();
        let applies = |start: usize, end: usize, index: usize, term: usize| {
            let site = context::Site {
                prose: &prose,
                source: text,
                lower: &lower_source,
                code,
                not_code: &not_code,
                file_names: &file_names,
                name_words: &name_words,
                snake_names: &snake_names,
                code_spots: &code_spots,
                about_another_product: &about_another_product,
                language,
                start,
                end,
            };
            self.term_applies(&site, index, term)
        };
        // The automata match lowercase needles; the prose is lowered once for all of them.
        let lower = buf.to_ascii_lowercase();
        let mut risks = Vec::new();
        for (start, end, index) in self.candidates(buf, &lower, !code, applies, &mut risks) {
            let pattern = &self.patterns[index];
            let matched = &buf[start..end];
            let span = prose.source_span(start..end);
            let term_index = match pattern.owner {
                Owner::Term(term) => term,
                // A value or a title is not a use of the group's word: not counted either.
                Owner::Group(_)
                    if mentions::quoted_single_token(buf, start, end)
                        || capitals::in_title_case(buf, start, end)
                        || names::standalone(&prose, text, start, end) =>
                {
                    continue;
                }
                Owner::Group(group) => {
                    group_hits.push(consistency::Hit {
                        group,
                        form: &self.group_forms[index],
                        plural: !pattern.text.eq_ignore_ascii_case(&pattern.suggestions[0]),
                        matched,
                        span,
                    });
                    continue;
                }
            };
            if self.never_flagged(index, term_index, matched) {
                continue;
            }
            let (keep_case, reference) = (
                edits::keeps_capitals(buf, start, end),
                edits::touches_a_reference(&prose, text, start, end),
            );
            let mut finding =
                self.term_finding(term_index, pattern, matched, text, span, keep_case);
            if let Some(fix) = &mut finding.fix {
                // Renaming a link label or a heading's anchor breaks what points at it (a
                // change of capitals does not: both are case-insensitive). A code comment's
                // words are as often the names of the code beside it (a section label over
                // `MagicLinkStore`, a status such as `needs_client_trust`, an enum member, a
                // commented-out line) as prose, and nothing in the comment tells which. A line
                // that starts with a lowercase name and is no sentence is as often a command
                // (`supabase db push`) as prose.
                let case_only = fix
                    .edits
                    .iter()
                    .all(|e| e.replacement.eq_ignore_ascii_case(&text[e.range.clone()]));
                // A sentence that opens with "Login with Amazon" may name that product; a change
                // of capitals only ("Oauth with PKCE") is still the spelling of the word.
                // A short quoted phrase is as often a name quoted verbatim (a workflow, a
                // button) as a phrase of the writer's: its capitals are checked, not changed
                // unattended. So is an acronym at the head of a name ("IDP Entity ID").
                if (reference && !case_only)
                    || case_only
                        && capitals::lowercase_phrase_of_a_title(matched, &finding.suggestions)
                    || code
                    || labels::in_quoted_label(buf, start, end)
                    || !case_only && capitals::with_a_brand(buf, start, end)
                    || case_only && capitals::acronym_heading_a_name(buf, start, end)
                    || edits::capitalizes_a_command_line(
                        &prose,
                        text,
                        start,
                        end,
                        &finding.suggestions,
                    )
                {
                    fix.applicability = fix.applicability.min(Applicability::Unsafe);
                }
                edits::agree_article(text, fix);
            }
            findings.push(finding);
        }
        findings.extend(consistency::findings(
            &self.glossary.consistency,
            &group_hits,
            text,
        ));
        for catalog in &self.catalogs {
            findings.extend(catalog.find(text, chunks));
        }
        findings.extend(self.cautions.find(text, chunks, &prose, &risks));
        findings.sort_by_key(|f| (f.span.start, f.span.end));
        findings
    }

    /// Every match at word boundaries that is not code, as `(start, end, pattern)` in the
    /// buffer, in order of position. Terms compete: at one place the longest term match that
    /// `applies` decides, even when it finds the text right (`Membership Request` is a name, so
    /// `Membership` in it is not flagged on its own). A term match that its context rules out
    /// steps aside for other terms ("SAML login to" is not the verb "login to", but "login" is
    /// still the noun), yet still hides its own term's shorter matches ("formerly Microsoft
    /// Azure AD" is not "Azure AD"). Each consistency group counts its own leftmost-longest forms
    /// beside them, so a group's form never hides a term and a term never hides a group's form.
    /// The caution rules' risk words found in the same pass go to `risks`, as `(start, end,
    /// risk word)`.
    fn candidates(
        &self,
        buf: &str,
        lower: &str,
        long_prose: bool,
        applies: impl Fn(usize, usize, usize, usize) -> bool,
        risks: &mut Vec<(usize, usize, usize)>,
    ) -> Vec<(usize, usize, usize)> {
        let mut all: Vec<(usize, usize, usize)> = Vec::new();
        let patterns = self.patterns.len();
        let mut push = |s: usize, e: usize, index: usize| {
            // A risk word counts where a sentence's word may start with it, which is where the
            // trie looks too: no boundary test, and no context to read.
            if index >= patterns {
                risks.push((s, e, index - patterns));
            } else if context::at_word_boundaries(buf, s, e)
                && !names::looks_like_code(buf, s, e, &self.patterns[index])
            {
                all.push((s, e, index));
            }
        };
        // A code file's prose is comments: short runs, which the trie reads as fast.
        let dfa = self
            .faster
            .as_deref()
            .and_then(OnceLock::get)
            .filter(|_| long_prose);
        match (dfa, &self.finder) {
            (Some(automaton), _) | (None, Finder::Automaton(automaton)) => {
                for m in automaton.find_overlapping_iter(lower) {
                    push(m.start(), m.end(), m.pattern().as_usize());
                }
            }
            (None, Finder::Starts(starts)) => starts.find(lower, push),
        }
        let mut ruled_out = Vec::new();
        all.retain(|&(s, e, index)| match self.patterns[index].owner {
            // Neither the one right spelling nor another casing of an exact-case form is
            // flagged: their context need not be read.
            Owner::Term(term) if self.never_flagged(index, term, &buf[s..e]) => true,
            Owner::Term(term) if !applies(s, e, index, term) => {
                ruled_out.push((s, e, term));
                false
            }
            _ => true,
        });
        // A match that covers another is at most `longest` bytes long: only those starting that
        // close before it are looked at, so dense text stays linear.
        ruled_out.sort_unstable();
        let longest = self.longest;
        all.retain(|&(s, e, index)| match self.patterns[index].owner {
            Owner::Term(term) => {
                let from = ruled_out.partition_point(|&(os, _, _)| os + longest < s);
                !ruled_out[from..]
                    .iter()
                    .take_while(|&&(os, _, _)| os <= s)
                    .any(|&(_, oe, other)| other == term && e <= oe)
            }
            Owner::Group(_) => true,
        });
        // Terms are one class; each group is its own.
        let class = |index: usize| match self.patterns[index].owner {
            Owner::Term(_) => None,
            Owner::Group(group) => Some(group),
        };
        // At one span, a term that needed evidence to match is the more specific rule.
        let general = |index: usize| match self.patterns[index].owner {
            Owner::Term(term) => !self.glossary.terms[term].requires_evidence(),
            Owner::Group(_) => true,
        };
        all.sort_by_key(|&(s, e, index)| (class(index), s, std::cmp::Reverse(e), general(index)));
        let mut kept = Vec::with_capacity(all.len());
        let mut last: Option<(Option<usize>, usize)> = None;
        for (s, e, index) in all {
            let owner = class(index);
            if matches!(last, Some((o, end)) if o == owner && s < end) {
                continue;
            }
            last = Some((owner, e));
            kept.push((s, e, index));
        }
        kept.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        kept
    }

    /// Whether a match of pattern `index` reading `matched` is a spelling the term allows: the
    /// one right spelling, or another casing of an exact-case form.
    fn never_flagged(&self, index: usize, term: usize, matched: &str) -> bool {
        let pattern = &self.patterns[index];
        (self.glossary.terms[term].case == CasePolicy::Sensitive && matched != pattern.text)
            || pattern.canonical.as_deref() == Some(matched)
    }

    fn term_finding(
        &self,
        index: usize,
        pattern: &Pattern,
        matched: &str,
        text: &str,
        span: std::ops::Range<usize>,
        keep_case: bool,
    ) -> Finding {
        let (id, category, message) = &self.terms[index];
        let term = &self.glossary.terms[index];
        let suggestions: Vec<String> = match term.case {
            CasePolicy::Exact | CasePolicy::Sensitive => pattern.suggestions.clone(),
            CasePolicy::Insensitive if !keep_case => pattern.suggestions.clone(),
            CasePolicy::Insensitive => pattern
                .suggestions
                .iter()
                .map(|s| copy_case(matched, s))
                .collect(),
        };
        // Vale-style messages: the first `%s` is the suggestion, the second the match.
        let message = if message.contains("%s") {
            let expected = suggestions.join("' or '");
            Arc::from(
                message
                    .replacen("%s", &expected, 1)
                    .replacen("%s", matched, 1),
            )
        } else {
            message.clone()
        };
        Finding {
            rule: id.clone(),
            category: category.clone(),
            severity: term.severity,
            message,
            fix: Fix::for_match(text, span.clone(), &suggestions, term.applicability()),
            span,
            suggestions,
        }
    }
}

/// `suggestion` in the case pattern of `matched`: UPPER stays upper, a capital first letter stays
/// capital; otherwise the suggestion is as the glossary writes it.
pub(crate) fn copy_case(matched: &str, suggestion: &str) -> String {
    let letters: Vec<char> = matched.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    if letters.len() >= 2 && upper == letters.len() {
        return suggestion.to_uppercase();
    }
    if letters.first().is_some_and(|c| c.is_uppercase()) {
        let mut chars = suggestion.chars();
        return match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        };
    }
    suggestion.to_string()
}
