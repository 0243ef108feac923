//! One linter per distinct set of settings: each file's config is resolved, and files that share
//! settings share a compiled glossary.

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use globset::GlobSet;
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
    /// Each distinct set of settings met, with its compiled globs and linter.
    entries: Vec<Entry>,
    built: HashMap<Settings, usize>,
    /// The entry of each directory whose files all share settings: most files are resolved
    /// without merging or hashing settings again.
    by_dir: HashMap<PathBuf, usize>,
    cwd: PathBuf,
    /// Snippets of config errors already shown: each broken file is pointed at once.
    shown: HashSet<String>,
    /// A linter built ahead, for the settings it was built with: taken by the first file that
    /// needs a linter for them.
    ahead: Option<(Settings, Linter)>,
}

/// One set of settings: its `include` and `exclude` globs compiled once, and its linter, built
/// when a file first needs it (a config whose files are all excluded never builds one).
struct Entry {
    settings: Settings,
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
    linter: Option<Result<Arc<Linter>, Broken>>,
}

impl Linters {
    pub(super) fn new(workload: Workload) -> Linters {
        Linters {
            workload,
            entries: Vec::new(),
            built: HashMap::new(),
            by_dir: HashMap::new(),
            cwd: std::env::current_dir().unwrap_or_default(),
            shown: HashSet::new(),
            ahead: None,
        }
    }

    /// Keeps `linter`, built for `settings` with this run's workload, for the first file that
    /// needs it.
    pub(super) fn prebuilt(&mut self, settings: Settings, linter: Linter) {
        self.ahead = Some((settings, linter));
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
            Input::File { path, .. } => path,
        };
        let dir = path.parent().unwrap_or(Path::new(""));
        let index = match self.by_dir.get(dir) {
            Some(&index) => index,
            None => {
                let settings = match resolver.settings(path) {
                    Ok(settings) => settings,
                    Err(error) => return Ok(Err(self.report(&error, err)?)),
                };
                let index = self.entry(settings);
                if resolver.same_in_directory(path).unwrap_or(false) {
                    self.by_dir.insert(dir.to_path_buf(), index);
                }
                index
            }
        };
        let entry = &self.entries[index];
        // Most configs have no globs: then no file's absolute path is needed.
        if let Input::File {
            explicit: false, ..
        } = input
            && (entry.include.is_some() || entry.exclude.is_some())
            && !entry.includes(&self.absolute(path))
        {
            return Ok(Ok(None));
        }
        if self.entries[index].linter.is_none() {
            let settings = &self.entries[index].settings;
            let built = match self.ahead.take_if(|(built_for, _)| built_for == settings) {
                Some((_, linter)) => Ok(linter),
                None => Linter::with_options(settings, profiles, allow_outside, self.workload),
            };
            let linter = match built {
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
            self.entries[index].linter = Some(linter);
        }
        let linter = self.entries[index].linter.clone().expect("built above");
        Ok(linter.map(Some))
    }

    /// The index of the entry for `settings`, added with its globs compiled if new.
    fn entry(&mut self, settings: Settings) -> usize {
        if let Some(&index) = self.built.get(&settings) {
            return index;
        }
        // A pattern that does not compile matches nothing (the config reported it when read).
        let compile = |globs: &Option<Vec<String>>| {
            globs
                .as_ref()
                .map(|g| config::globset(Path::new(""), g).unwrap_or_else(|_| GlobSet::empty()))
        };
        let entry = Entry {
            include: compile(&settings.include),
            exclude: compile(&settings.exclude),
            settings: settings.clone(),
            linter: None,
        };
        self.entries.push(entry);
        self.built.insert(settings, self.entries.len() - 1);
        self.entries.len() - 1
    }

    /// `path` made absolute as `std::path::absolute` does, without asking for the working
    /// directory again for every file.
    fn absolute(&self, path: &Path) -> PathBuf {
        if path.is_absolute() {
            path.to_path_buf()
        } else {
            self.cwd.join(path).components().collect()
        }
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

impl Entry {
    /// Whether the config's `include` and `exclude` globs let a walked file through.
    fn includes(&self, absolute: &Path) -> bool {
        self.include
            .as_ref()
            .is_none_or(|set| set.is_match(absolute))
            && !self
                .exclude
                .as_ref()
                .is_some_and(|set| set.is_match(absolute))
    }
}

impl Linters {
    /// Every rule of every linter in use, for formats that list the rules (SARIF).
    pub(super) fn glossary(&self) -> Glossary {
        let mut all = Glossary::default();
        for linter in self
            .entries
            .iter()
            .filter_map(|e| e.linter.as_ref()?.as_ref().ok())
        {
            all.extend(linter.glossary().clone());
        }
        all
    }
}
