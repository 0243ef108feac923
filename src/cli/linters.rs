//! One linter per distinct set of settings: each file's config is resolved, and files that share
//! settings share a compiled glossary.

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::path::Path;
use std::sync::Arc;

use crate::config::{self, ConfigError, ConfigFile, Resolver, Settings};
use crate::glossary::Glossary;
use crate::lint::Linter;
use crate::matcher::Workload;
use crate::walk::Input;

/// One linter per distinct set of settings, built on first use.
pub(super) struct Linters {
    /// How much text the run reads, which picks the automaton.
    pub(super) workload: Workload,
    built: HashMap<Settings, Result<Arc<Linter>, Broken>>,
    /// Snippets of config errors already shown: each broken file is pointed at once.
    shown: HashSet<String>,
}

impl Linters {
    pub(super) fn new(workload: Workload) -> Linters {
        Linters {
            workload,
            built: HashMap::new(),
            shown: HashSet::new(),
        }
    }

    /// The linter for `input`, `None` when its config excludes it, or the config error.
    pub(super) fn for_input(
        &mut self,
        resolver: &mut Resolver,
        input: &Input,
        profiles: &[String],
        allow_outside: bool,
        err: &mut dyn Write,
    ) -> io::Result<Result<Option<Arc<Linter>>, Broken>> {
        let path = match input {
            Input::Stdin { name } => Path::new(name),
            Input::File { path, .. } => path.as_path(),
        };
        let settings = match resolver.settings(path) {
            Ok(settings) => settings,
            Err(error) => return Ok(Err(self.report(&error, err)?)),
        };
        if let Input::File {
            explicit: false, ..
        } = input
            && !included(&settings, path)
        {
            return Ok(Ok(None));
        }
        if !self.built.contains_key(&settings) {
            let linter =
                match Linter::with_options(&settings, profiles, allow_outside, self.workload) {
                    Ok(linter) => {
                        for warning in &linter.warnings {
                            writeln!(err, "warning: {warning}")?;
                        }
                        Ok(Arc::new(linter))
                    }
                    Err(error) => {
                        let error = locate(error, resolver.chain(path).unwrap_or_default());
                        Err(self.report(&error, err)?)
                    }
                };
            self.built.insert(settings.clone(), linter);
        }
        Ok(self.built[&settings].clone().map(Some))
    }

    /// Shows the snippet of a config error the first time it is met; returns what the run's
    /// error list says of it.
    fn report(&mut self, error: &ConfigError, err: &mut dyn Write) -> io::Result<Broken> {
        let snippet = error.snippet();
        if !snippet.is_empty() && self.shown.insert(snippet.clone()) {
            write!(err, "{snippet}")?;
        }
        Ok(Broken {
            path: error.path.clone(),
            message: format!("invalid config: {}", error.message),
        })
    }
}

/// A config that could not be used: the file it is in, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Broken {
    pub(super) path: String,
    pub(super) message: String,
}

/// An error found in the merged settings, pointed at the nearest config file that holds its
/// text.
fn locate(error: ConfigError, chain: Vec<Arc<ConfigFile>>) -> ConfigError {
    let Some((needle, help)) = error.needle.clone() else {
        return error;
    };
    for config in chain.iter().rev() {
        if let Ok(text) = crate::walk::read_to_string(&config.path)
            && text.contains(&needle)
        {
            let message = error.message.clone();
            let at = ConfigError::new(&config.path, message);
            return at.located(&config.path, &text, &needle, help);
        }
    }
    error
}

/// Whether the config's `include` and `exclude` globs let a walked file through.
fn included(settings: &Settings, path: &Path) -> bool {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let matches = |globs: &Option<Vec<String>>| {
        globs.as_ref().map(|g| {
            config::globset(path, g)
                .map(|set| set.is_match(&absolute))
                .unwrap_or(false)
        })
    };
    matches(&settings.include).unwrap_or(true) && !matches(&settings.exclude).unwrap_or(false)
}

impl Linters {
    /// Every rule of every linter in use, for formats that list the rules (SARIF).
    pub(super) fn glossary(&self) -> Glossary {
        let mut all = Glossary::default();
        for linter in self.built.values().flatten() {
            all.extend(linter.glossary().clone());
        }
        all
    }
}
