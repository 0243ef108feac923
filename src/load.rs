//! Everything a linter reads from disk, in one place: the built-in profiles a config selects, the
//! glossary and Vale files it points at, and the check that they stay inside the repository.
//! What it loads becomes a [`Linter`], which reads nothing itself.

use std::path::Path;

use crate::config::{ConfigError, Locale, Settings, did_you_mean};
use crate::glossary::{self, Glossary};
use crate::lint::{Linter, Policy};
use crate::matcher::Workload;
use crate::vale;

/// A config's glossary, loaded, with the accepted vocabulary its Vale files add.
#[derive(Debug, Default)]
pub struct Loaded {
    pub glossary: Glossary,
    pub accept: Vec<String>,
    /// Spellings accepted in any case (Vale's `(?i)` entries).
    pub accept_any_case: Vec<String>,
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
        let loaded = glossary_for(settings, extra_profiles, allow_outside)?;
        let mut policy = Policy::from_settings(settings);
        policy.accept.extend(loaded.accept);
        policy.accept_any_case.extend(loaded.accept_any_case);
        let mut linter = Linter::from_parts(loaded.glossary, policy, workload)?;
        linter.warnings = loaded.warnings;
        Ok(linter)
    }
}

/// The glossary `settings` select: the built-in profiles (with `extra_profiles`), then the
/// configured glossary files and Vale imports stacked on them, turned around for en-GB. Without
/// the examples and definitions of the built-in glossaries, which linting never reads.
pub fn glossary_for(
    settings: &Settings,
    extra_profiles: &[String],
    allow_outside: bool,
) -> Result<Loaded, ConfigError> {
    load(
        settings,
        extra_profiles,
        allow_outside,
        Glossary::builtin_for_linting,
    )
}

/// [`glossary_for`] with everything the rule documentation shows: examples and definitions.
pub fn documented_glossary_for(
    settings: &Settings,
    extra_profiles: &[String],
    allow_outside: bool,
) -> Result<Loaded, ConfigError> {
    load(settings, extra_profiles, allow_outside, Glossary::builtin)
}

fn load(
    settings: &Settings,
    extra_profiles: &[String],
    allow_outside: bool,
    builtin: fn(&[&str]) -> Result<Glossary, glossary::GlossaryError>,
) -> Result<Loaded, ConfigError> {
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
    let mut loaded = Loaded {
        glossary: builtin(&names)
            .map_err(|err| ConfigError::new(Path::new("profiles"), err.to_string()))?,
        ..Loaded::default()
    };
    for path in settings.glossaries.iter().flatten() {
        let text = crate::walk::read_to_string(path)
            .map_err(|err| ConfigError::io(path, "cannot read glossary", err))?;
        let own = Glossary::from_toml(&path.display().to_string(), &text).map_err(|err| {
            let located = err
                .span()
                .map(|span| ConfigError::at(path, &text, span, &err.message(), "here", None));
            match (located, err.first_span()) {
                (Some(at), Some(first)) => at.with_related(first, "first defined here"),
                (Some(at), None) => at,
                (None, _) => ConfigError::new(path, err.to_string()),
            }
        })?;
        loaded.glossary.extend(own);
    }
    let mut imports = Vec::new();
    if let Some(dir) = &settings.vale_vocab {
        imports.push(vale::read_vocab(dir)?);
    }
    for path in settings.vale_styles.iter().flatten() {
        imports.push(vale::read_style(path)?);
    }
    for import in imports {
        loaded.glossary.extend(import.glossary);
        loaded.accept.extend(import.accept);
        loaded.accept_any_case.extend(import.accept_any_case);
        loaded.warnings.extend(import.unsupported);
    }
    if settings.locale == Some(Locale::EnGb) {
        loaded.glossary = std::mem::take(&mut loaded.glossary).for_en_gb();
    }
    Ok(loaded)
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
