//! A linter for one set of settings: the glossary they select, compiled, and what the settings
//! do to findings (rule levels, accepted vocabulary, scopes, suppressions).

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use crate::config::{ConfigError, FailOn, Level, Locale, Scopes, Settings, did_you_mean};
use crate::diagnostic::Finding;
use crate::fix::{self, Applicability};
use crate::glossary::{self, Glossary, Severity};
use crate::matcher::{Matcher, Workload};
use crate::source::{self, Chunk, FileKind, Scope};
use crate::{suppress, vale};

/// Fixing stops after this many passes; more means fixes keep undoing each other.
pub const MAX_PASSES: usize = 10;

/// A text with its fixes applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    /// Fixes applied, over all passes.
    pub applied: usize,
    /// False when fixes were still being found after the last pass.
    pub converged: bool,
}

/// Everything needed to lint files under one set of settings.
#[derive(Debug)]
pub struct Linter {
    matcher: Matcher,
    glossary: Arc<Glossary>,
    accept: Vec<String>,
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

impl Linter {
    /// The linter for `settings`, with `extra_profiles` (from the command line) stacked on the
    /// configured ones.
    pub fn new(settings: &Settings, extra_profiles: &[String]) -> Result<Linter, ConfigError> {
        Linter::with_options(settings, extra_profiles, false, Workload::Many)
    }

    /// [`Linter::new`], whether glossaries outside the repository may be read
    /// (`--allow-outside`), and how much text it will read.
    pub fn with_options(
        settings: &Settings,
        extra_profiles: &[String],
        allow_outside: bool,
        workload: Workload,
    ) -> Result<Linter, ConfigError> {
        if !allow_outside {
            refuse_outside(settings)?;
        }
        let mut profiles: Vec<String> = settings.profiles.clone().unwrap_or_else(|| {
            glossary::DEFAULT_PROFILES
                .iter()
                .map(|p| p.to_string())
                .collect()
        });
        for profile in extra_profiles {
            if !profiles.contains(profile) {
                profiles.push(profile.clone());
            }
        }
        let known: Vec<&str> = glossary::BUILTIN.iter().map(|(name, _)| *name).collect();
        if let Some(unknown) = profiles.iter().find(|p| !known.contains(&p.as_str())) {
            let help = did_you_mean(unknown, &known).map(|k| format!("did you mean `{k}`?"));
            return Err(ConfigError::new(
                Path::new("profiles"),
                format!(
                    "unknown profile `{unknown}` (built-in: {})",
                    known.join(", ")
                ),
            )
            .with_needle(format!("\"{unknown}\""), help));
        }
        let names: Vec<&str> = profiles.iter().map(String::as_str).collect();
        let mut glossary = Glossary::builtin_for_linting(&names)
            .map_err(|err| ConfigError::new(Path::new("profiles"), err.to_string()))?;
        let mut accept = settings.accept.clone().unwrap_or_default();
        let mut warnings = Vec::new();
        for path in settings.glossaries.iter().flatten() {
            let text = std::fs::read_to_string(path)
                .map_err(|err| ConfigError::new(path, format!("cannot read glossary: {err}")))?;
            let own =
                Glossary::from_toml(&path.display().to_string(), &text).map_err(|err| match err
                    .span()
                {
                    Some(span) => ConfigError::at(path, &text, span, &err.message(), "here", None),
                    None => ConfigError::new(path, err.to_string()),
                })?;
            glossary.extend(own);
        }
        let mut imports = Vec::new();
        if let Some(dir) = &settings.vale_vocab {
            imports.push(vale::read_vocab(dir)?);
        }
        for path in settings.vale_styles.iter().flatten() {
            imports.push(vale::read_style(path)?);
        }
        for import in imports {
            glossary.extend(import.glossary);
            accept.extend(import.accept);
            warnings.extend(import.unsupported);
        }
        if settings.locale == Some(Locale::EnGb) {
            glossary = glossary.for_en_gb();
        }
        check_rule_names(settings, &glossary)?;
        let levels = rule_levels(settings, &glossary);
        let scopes = settings.scopes.clone().unwrap_or_default();
        let glossary = Arc::new(glossary);
        Ok(Linter {
            matcher: Matcher::for_workload(Arc::clone(&glossary), workload),
            glossary,
            accept,
            levels,
            options: source::Options {
                jsx_attributes: scopes
                    .jsx_attributes
                    .clone()
                    .unwrap_or_else(|| source::Options::default().jsx_attributes),
            },
            scopes,
            fail_on: settings.fail_on,
            warnings,
        })
    }

    /// Applies fixes at or above `min` and re-lints, until nothing changes or after
    /// [`MAX_PASSES`] passes.
    pub fn fix(&self, kind: FileKind, text: &str, min: Applicability) -> Fixed {
        let mut fixed = Fixed {
            text: text.to_string(),
            applied: 0,
            converged: true,
        };
        for _ in 0..MAX_PASSES {
            let findings = self.lint(kind, &fixed.text);
            let pass = fix::apply(
                &fixed.text,
                findings.iter().filter_map(|f| f.fix.as_ref()),
                min,
            );
            if pass.applied == 0 || pass.text == fixed.text {
                return fixed;
            }
            fixed.applied += pass.applied;
            fixed.text = pass.text;
        }
        fixed.converged = false;
        fixed
    }

    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }

    /// The findings in `text`, a file of the given kind, in order of position.
    pub fn lint(&self, kind: FileKind, text: &str) -> Vec<Finding> {
        let chunks = self.in_scope(kind, source::extract_with(kind, text, &self.options));
        let findings = self.matcher.find(text, &chunks);
        let findings = findings
            .into_iter()
            .filter(|f| !self.accepted(text, f))
            .collect();
        suppress::apply(kind, text, findings)
            .into_iter()
            .filter_map(|f| self.leveled(f))
            .collect()
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
        self.accept.iter().any(|word| {
            let from = finding.span.start.saturating_sub(word.len());
            let from = (0..=from)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            let to = (finding.span.end + word.len()).min(text.len());
            let to = (to..=text.len())
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(text.len());
            text[from..to].match_indices(word.as_str()).any(|(i, _)| {
                let (start, end) = (from + i, from + i + word.len());
                start <= finding.span.start && finding.span.end <= end
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

/// `[rules]` by rule id: a rule's own key wins over its category's.
fn rule_levels(settings: &Settings, glossary: &Glossary) -> HashMap<String, Level> {
    let Some(configured) = settings.rules.as_ref().filter(|r| !r.is_empty()) else {
        return HashMap::new();
    };
    let mut levels: HashMap<String, Level> = glossary
        .rules()
        .iter()
        .filter_map(|r| {
            let level = configured
                .get(r.id)
                .or_else(|| configured.get(r.category))?;
            Some((r.id.to_string(), *level))
        })
        .collect();
    if let Some(level) = configured.get(crate::suppress::UNUSED) {
        levels.insert(crate::suppress::UNUSED.to_string(), *level);
    }
    levels
}

/// Every key of `[rules]` must name a rule or a category: a typo would silently do nothing.
fn check_rule_names(settings: &Settings, glossary: &Glossary) -> Result<(), ConfigError> {
    let rules = glossary.rules();
    let mut names: Vec<&str> = rules.iter().flat_map(|r| [r.id, r.category]).collect();
    names.push(crate::suppress::UNUSED);
    for key in settings.rules.iter().flat_map(|r| r.keys()) {
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

/// Glossaries and Vale files are data a config points at; outside the repository they could be
/// anything on the machine, so they are read only with `--allow-outside`.
fn refuse_outside(settings: &Settings) -> Result<(), ConfigError> {
    let root = crate::walk::repository_root(Path::new("."));
    let paths = settings
        .glossaries
        .iter()
        .flatten()
        .chain(settings.vale_styles.iter().flatten())
        .chain(settings.vale_vocab.iter());
    for path in paths {
        let resolved = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        if !resolved.starts_with(&root) {
            return Err(ConfigError::new(
                path,
                format!(
                    "is outside the repository ({}); pass --allow-outside to read it",
                    root.display()
                ),
            ));
        }
    }
    Ok(())
}
