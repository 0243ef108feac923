//! A linter for one set of settings: the glossary they select, compiled, and what the settings
//! do to findings (rule levels, accepted vocabulary, scopes, suppressions). It reads no file:
//! [`crate::load`] reads what a config points at.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

use crate::config::{ConfigError, FailOn, Level, Scopes, Settings, did_you_mean};
use crate::diagnostic::Finding;
use crate::fix::{self, Applicability};
use crate::glossary::{Glossary, Severity};
use crate::matcher::{Matcher, Workload};
use crate::source::{self, Chunk, FileKind, Scope};
use crate::suppress;

/// Fixing stops after this many passes; more means fixes keep undoing each other.
pub const MAX_PASSES: usize = 10;

/// The most fixing may grow a text of `len` bytes. A fix whose replacement holds what it replaces
/// (a preferred form that contains an avoided one twice) matches again in its own output, more
/// on each pass: without a bound, ten passes of such a fix can multiply a file's size by a power
/// of ten. Real fixes change a few bytes each.
fn growth_limit(len: usize) -> usize {
    len.saturating_mul(2).saturating_add(4096)
}

/// What fixing gives when the passes do not settle: the text as it was. Text that keeps finding
/// more after every pass (a preferred form that holds its avoided form, growing on each pass)
/// is nothing a writer asked for, and part of it is no safer than all of it.
fn unsettled(text: &str) -> Fixed {
    Fixed {
        text: text.to_string(),
        applied: 0,
        converged: false,
        cycles: Vec::new(),
    }
}

/// A text with its fixes applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    /// Fixes applied, over all passes.
    pub applied: usize,
    /// False when fixes were still being found after the last pass; the text is then the
    /// original, with no fix applied.
    pub converged: bool,
    /// Fixes that undo each other (one pass turns `a` into `b`, a later one `b` back into `a`):
    /// none of them is applied, and each cycle is listed once.
    pub cycles: Vec<Cycle>,
}

/// Fixes that never settle, by what they change: each rewrites `from` into `to` under `rule`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cycle {
    /// `(rule, from, to)` of each fix in the cycle, sorted.
    pub fixes: Vec<(String, String, String)>,
    /// Where the first of them is in the original text, when it is there.
    pub offset: Option<usize>,
}

impl std::fmt::Display for Cycle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let fixes: Vec<String> = self
            .fixes
            .iter()
            .map(|(rule, from, to)| format!("`{from}` → `{to}` ({rule})"))
            .collect();
        write!(
            f,
            "fixes undo each other, so neither is applied: {}",
            fixes.join(", ")
        )
    }
}

/// A fix by what it does: its rule, the text it replaces and the replacement.
fn described(text: &str, finding: &Finding) -> (String, String, String) {
    let replacement = finding
        .fix
        .iter()
        .flat_map(|fix| &fix.edits)
        .map(|edit| edit.replacement.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let from = text.get(finding.span.clone()).unwrap_or_default();
    (finding.rule.to_string(), from.to_string(), replacement)
}

/// Everything needed to lint files under one set of settings.
#[derive(Debug)]
pub struct Linter {
    matcher: Matcher,
    glossary: Arc<Glossary>,
    accept: Vec<String>,
    /// Accepted spellings that silence a match in any casing (Vale `(?i)` entries).
    accept_any_case: Vec<String>,
    /// The configured level of each rule id, categories resolved once here rather than per
    /// finding.
    levels: HashMap<String, Level>,
    scopes: Scopes,
    /// What the extractors read, from the scopes.
    options: source::Options,
    pub fail_on: Option<FailOn>,
    /// Vale entries that could not be imported, as `path:line: reason`.
    pub warnings: Vec<String>,
}

/// What a config asks of findings, apart from the glossary: the vocabulary it accepts, rule
/// levels, scopes and the fail level.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    pub accept: Vec<String>,
    /// Spellings accepted in any case (Vale's `(?i)` entries).
    pub accept_any_case: Vec<String>,
    pub rules: BTreeMap<String, Level>,
    pub scopes: Scopes,
    pub fail_on: Option<FailOn>,
}

impl Policy {
    pub fn from_settings(settings: &Settings) -> Policy {
        Policy {
            accept: settings.accept.clone().unwrap_or_default(),
            accept_any_case: Vec::new(),
            rules: settings.rules.clone().unwrap_or_default(),
            scopes: settings.scopes.clone().unwrap_or_default(),
            fail_on: settings.fail_on,
        }
    }
}

impl Linter {
    /// The linter for a glossary and a policy. Reads nothing: loading the glossary a config
    /// selects is [`crate::load`]'s work.
    pub fn from_parts(
        glossary: Glossary,
        policy: Policy,
        workload: Workload,
    ) -> Result<Linter, ConfigError> {
        check_rule_names(&policy.rules, &glossary)?;
        let levels = rule_levels(&policy.rules, &glossary);
        let glossary = Arc::new(glossary);
        Ok(Linter {
            matcher: Matcher::for_workload(Arc::clone(&glossary), workload),
            glossary,
            accept: policy.accept,
            accept_any_case: policy.accept_any_case,
            levels,
            options: source::Options {
                jsx_attributes: policy
                    .scopes
                    .jsx_attributes
                    .clone()
                    .unwrap_or_else(|| source::Options::default().jsx_attributes),
            },
            scopes: policy.scopes,
            fail_on: policy.fail_on,
            warnings: Vec::new(),
        })
    }

    /// Applies fixes at or above `min` and re-lints, until nothing changes or after
    /// [`MAX_PASSES`] passes. A pass that brings back a text seen before marks the fixes since
    /// then as a cycle: fixing starts over from `text` without them, so none is applied.
    pub fn fix(&self, kind: FileKind, text: &str, min: Applicability) -> Fixed {
        let mut banned: Vec<(String, String, String)> = Vec::new();
        let mut cycles = Vec::new();
        // Each restart bans at least one more fix, and there are finitely many in the passes.
        loop {
            match self.fix_passes(kind, text, min, &banned) {
                Ok(mut fixed) => {
                    fixed.cycles = cycles;
                    return fixed;
                }
                Err(cycle) => {
                    let new: Vec<_> = cycle
                        .iter()
                        .filter(|fix| !banned.contains(fix))
                        .cloned()
                        .collect();
                    if new.is_empty() {
                        // Cannot happen: a repeated text needs an applied fix that is not banned.
                        return Fixed {
                            text: text.to_string(),
                            applied: 0,
                            converged: false,
                            cycles,
                        };
                    }
                    banned.extend(new);
                    let mut fixes = cycle;
                    fixes.sort();
                    fixes.dedup();
                    let offset = fixes
                        .iter()
                        .filter_map(|(_, from, _)| text.find(from.as_str()))
                        .min();
                    cycles.push(Cycle { fixes, offset });
                }
            }
        }
    }

    /// The passes of [`Linter::fix`] without the banned fixes, or the fixes of a cycle.
    fn fix_passes(
        &self,
        kind: FileKind,
        text: &str,
        min: Applicability,
        banned: &[(String, String, String)],
    ) -> Result<Fixed, Vec<(String, String, String)>> {
        let mut fixed = Fixed {
            text: text.to_string(),
            applied: 0,
            converged: true,
            cycles: Vec::new(),
        };
        let mut seen = vec![fixed.text.clone()];
        let mut passes: Vec<Vec<(String, String, String)>> = Vec::new();
        for _ in 0..MAX_PASSES {
            let findings = self.lint(kind, &fixed.text);
            let current = &fixed.text;
            let allowed: Vec<&Finding> = findings
                .iter()
                .filter(|f| f.fix.is_some() && !banned.contains(&described(current, f)))
                .collect();
            let pass = fix::apply(current, allowed.iter().filter_map(|f| f.fix.as_ref()), min);
            if pass.applied == 0 || pass.text == fixed.text {
                return Ok(fixed);
            }
            passes.push(
                allowed
                    .iter()
                    .filter(|f| f.applicability() >= min)
                    .map(|f| described(current, f))
                    .collect(),
            );
            if let Some(first) = seen.iter().position(|t| *t == pass.text) {
                return Err(passes[first..].concat());
            }
            if pass.text.len() > growth_limit(text.len()) {
                return Ok(unsettled(text));
            }
            fixed.applied += pass.applied;
            fixed.text = pass.text;
            seen.push(fixed.text.clone());
        }
        Ok(unsettled(text))
    }

    /// Prepares the linter for hundreds of pages of prose (see [`Matcher::read_long_prose`]).
    pub fn read_long_prose(&mut self) {
        self.matcher.read_long_prose();
    }

    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }

    /// The findings in `text`, a file of the given kind, in order of position.
    pub fn lint(&self, kind: FileKind, text: &str) -> Vec<Finding> {
        if self.skips(kind, text) {
            return Vec::new();
        }
        let extracted = source::extract_all(kind, text, &self.options);
        let chunks = self.in_scope(kind, extracted.chunks);
        // A page in another language: the glossary's English advice is wrong on every line.
        if !matches!(kind, FileKind::Code(_)) && source::language::another_language(text, &chunks) {
            return Vec::new();
        }
        let findings = self
            .matcher
            .find_with(kind, text, &chunks, extracted.not_code);
        let findings = findings
            .into_iter()
            .filter(|f| !self.accepted(text, f))
            .collect();
        suppress::apply(kind, text, findings)
            .into_iter()
            .filter_map(|f| self.leveled(f))
            .collect()
    }

    /// The prose chunks this linter reads in `text` (front matter included, code and strings
    /// not), for measuring how the prose is written.
    /// Front matter is marked as a heading: a page's title follows its own capitalization.
    pub fn prose_chunks(&self, kind: FileKind, text: &str) -> Vec<Chunk> {
        if self.skips(kind, text) {
            return Vec::new();
        }
        let mut chunks = source::extract_with(kind, text, &self.options);
        for chunk in chunks.iter_mut().filter(|c| c.scope == Scope::FrontMatter) {
            chunk.style.heading = true;
        }
        let chunks = self.in_scope(kind, chunks);
        chunks
            .into_iter()
            .filter(|c| c.scope == Scope::Prose)
            .collect()
    }

    /// The words of prose this linter reads in `text` (what the findings per 1,000 words of a
    /// report are counted against): prose and front matter in scope, not code or strings.
    pub fn prose_words(&self, kind: FileKind, text: &str) -> usize {
        if self.skips(kind, text) {
            return 0;
        }
        let chunks = self.in_scope(kind, source::extract_with(kind, text, &self.options));
        chunks
            .iter()
            .filter(|c| c.scope == Scope::Prose)
            .map(|c| {
                text[c.range.clone()]
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count()
            })
            .sum()
    }

    /// Whether the whole file is out of scope: a tool wrote it (its header says so), and
    /// `[scopes] generated = true` does not ask for such files.
    fn skips(&self, kind: FileKind, text: &str) -> bool {
        self.scopes.generated != Some(true) && source::generated::marked(kind, text)
    }

    /// The chunks the configured scopes keep; front matter is read as prose, and string
    /// literals too when asked for.
    fn in_scope(&self, kind: FileKind, chunks: Vec<Chunk>) -> Vec<Chunk> {
        let s = &self.scopes;
        // In code, prose and inline code come only from comments; strings are their own switch,
        // so the event catalog still reads them.
        let comments = !matches!(kind, FileKind::Code(_)) || s.comments != Some(false);
        chunks
            .into_iter()
            .filter_map(|mut chunk| {
                let keep = match chunk.scope {
                    Scope::Prose | Scope::InlineCode if !comments => false,
                    Scope::Prose => {
                        (s.headings != Some(false) || !chunk.style.heading)
                            && (s.blockquotes != Some(false) || !chunk.style.blockquote)
                            && (s.link_text != Some(false) || !chunk.style.link)
                    }
                    Scope::InlineCode => true,
                    Scope::String => true,
                    // On unless turned off: a page's title is the first thing read.
                    Scope::FrontMatter => s.front_matter != Some(false),
                };
                if s.strings == Some(true) && chunk.scope == Scope::String
                    || chunk.scope == Scope::FrontMatter
                {
                    chunk.scope = Scope::Prose;
                }
                keep.then_some(chunk)
            })
            .collect()
    }

    /// Whether an accepted spelling covers the finding's span in the text.
    fn accepted(&self, text: &str, finding: &Finding) -> bool {
        let exact = self.accept.iter().map(|word| (word, false));
        let any_case = self.accept_any_case.iter().map(|word| (word, true));
        exact.chain(any_case).any(|(word, any_case)| {
            // Room for the spelling's words wrapped over lines, with indentation.
            let reach = word.len() * 2 + 16;
            let from = finding.span.start.saturating_sub(reach);
            let from = (0..=from)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            let to = (finding.span.end + reach).min(text.len());
            let to = (to..=text.len())
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(text.len());
            let window = &text[from..to];
            // ASCII lowercase keeps every byte offset.
            let (window, word) = if any_case {
                (
                    window.to_ascii_lowercase().into(),
                    word.to_ascii_lowercase().into(),
                )
            } else {
                (Cow::Borrowed(window), Cow::Borrowed(word.as_str()))
            };
            spaced_matches(&window, &word).any(|(start, end)| {
                from + start <= finding.span.start && finding.span.end <= from + end
            })
        })
    }

    /// The finding with its configured severity, or `None` when its rule is off. A rule id wins
    /// over its category.
    fn leveled(&self, mut finding: Finding) -> Option<Finding> {
        finding.severity = match self.levels.get(&*finding.rule) {
            None => finding.severity,
            Some(Level::Off) => return None,
            Some(Level::Info) => Severity::Info,
            Some(Level::Warning) => Severity::Warning,
            Some(Level::Error) => Severity::Error,
        };
        Some(finding)
    }
}

/// Where `phrase` occurs in `text` with any run of whitespace between its words (a spelling
/// wrapped over lines), as byte ranges.
fn spaced_matches<'a>(text: &'a str, phrase: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut words = phrase.split_whitespace();
    let first = words.next().unwrap_or("");
    let rest: Vec<&str> = words.collect();
    text.match_indices(first)
        .filter(move |_| !first.is_empty())
        .filter_map(move |(start, _)| {
            let mut end = start + first.len();
            for word in &rest {
                let gap = text[end..].len() - text[end..].trim_start().len();
                if gap == 0 || !text[end + gap..].starts_with(word) {
                    return None;
                }
                end += gap + word.len();
            }
            Some((start, end))
        })
}

/// `[rules]` by rule id: a rule's own key wins over its category's.
fn rule_levels(
    configured: &BTreeMap<String, Level>,
    glossary: &Glossary,
) -> HashMap<String, Level> {
    if configured.is_empty() {
        return HashMap::new();
    }
    glossary
        .rules()
        .iter()
        .filter_map(|r| {
            let level = configured
                .get(r.id)
                .or_else(|| configured.get(r.category))?;
            Some((r.id.to_string(), *level))
        })
        .collect()
}

/// Every key of `[rules]` must name a rule or a category: a typo would silently do nothing.
fn check_rule_names(
    configured: &BTreeMap<String, Level>,
    glossary: &Glossary,
) -> Result<(), ConfigError> {
    // Listing every rule formats each one's description: not for nothing.
    if configured.is_empty() {
        return Ok(());
    }
    let rules = glossary.rules();
    let names: Vec<&str> = rules.iter().flat_map(|r| [r.id, r.category]).collect();
    for key in configured.keys() {
        if !names.contains(&key.as_str()) {
            let help = did_you_mean(key, &names).map(|n| format!("did you mean `{n}`?"));
            return Err(ConfigError::new(
                Path::new("[rules]"),
                format!("unknown rule or category `{key}` (see `termlint rules`)"),
            )
            .with_needle(key.clone(), help));
        }
    }
    Ok(())
}
