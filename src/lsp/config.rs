//! Config for each open document, found and layered exactly as `check` does (the nearest
//! `termlint.toml` files up to the repository root, overrides applied), with one linter per
//! distinct set of settings. A broken config becomes a [`Problem`] on the config file, so the
//! server keeps serving the documents whose configs are sound.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::config::{self, CONFIG_NAMES, ConfigError, ConfigFile, Discovery, Resolver, Settings};
use crate::glossary::Glossary;
use crate::lint::Linter;
use crate::load;
use crate::matcher::Workload;

/// What a document is linted with.
#[derive(Debug)]
pub struct Setup {
    pub linter: Linter,
    settings: Settings,
    /// The glossary with definitions and examples, for hover: loaded on first hover only.
    documented: OnceLock<Option<Glossary>>,
}

impl Setup {
    /// The glossary as the documentation shows it; the linting one if it cannot be loaded.
    pub fn documented(&self) -> &Glossary {
        self.documented
            .get_or_init(|| {
                load::documented_glossary_for(&self.settings, &[], true)
                    .ok()
                    .map(|loaded| loaded.glossary)
            })
            .as_ref()
            .unwrap_or_else(|| self.linter.glossary())
    }
}

/// A config or glossary file that cannot be used: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file at fault, when the error names one that exists.
    pub file: Option<PathBuf>,
    /// Byte range of the place in that file, when known.
    pub span: Option<Range<usize>>,
    pub message: String,
}

impl Problem {
    fn from_error(error: &ConfigError) -> Problem {
        let cwd = std::env::current_dir().unwrap_or_default();
        let file = Some(cwd.join(&error.path)).filter(|p| p.is_file());
        // The place is shown as a range; the prefix would repeat it.
        let message = match error.message.split_once(": ") {
            Some((place, rest)) if place.starts_with("line ") && place.contains(", column ") => {
                rest.to_string()
            }
            _ => error.message.clone(),
        };
        Problem {
            file,
            span: error.span(),
            message,
        }
    }
}

/// Whether a document is linted, and with what.
pub type Resolved = Result<Option<Arc<Setup>>, Arc<Problem>>;

/// The workspace folders and the linters built for the documents in them.
#[derive(Debug)]
pub struct Workspace {
    pub folders: Vec<PathBuf>,
    resolver: Resolver,
    built: HashMap<Settings, Result<Arc<Setup>, Arc<Problem>>>,
    /// Problems met while resolving a document's settings, by document path.
    broken: HashMap<Option<PathBuf>, Arc<Problem>>,
}

impl Workspace {
    pub fn new(folders: Vec<PathBuf>) -> Workspace {
        Workspace {
            folders,
            resolver: fresh_resolver(),
            built: HashMap::new(),
            broken: HashMap::new(),
        }
    }

    /// Forgets every config and glossary read, so the next lint reads them again.
    pub fn reload(&mut self) {
        self.resolver = fresh_resolver();
        self.built.clear();
        self.broken.clear();
    }

    /// The setup for a document at `path` (`None`: not a file, linted with the defaults);
    /// `Ok(None)` when its config's `include`/`exclude` leave it out.
    pub fn setup(&mut self, path: Option<&Path>) -> Resolved {
        self.broken.remove(&path.map(Path::to_path_buf));
        let settings = match path {
            Some(path) => match self.resolver.settings(path) {
                Ok(settings) => settings,
                Err(error) => {
                    let problem = Arc::new(Problem::from_error(&error));
                    self.broken
                        .insert(Some(path.to_path_buf()), Arc::clone(&problem));
                    return Err(problem);
                }
            },
            None => Settings::default(),
        };
        if let Some(path) = path
            && !included(&settings, path)
        {
            return Ok(None);
        }
        if !self.built.contains_key(&settings) {
            let built = build(&settings, path, &mut self.resolver);
            self.built.insert(settings.clone(), built);
        }
        self.built[&settings].clone().map(Some)
    }

    /// Every problem currently known, once each.
    pub fn problems(&self) -> Vec<Arc<Problem>> {
        let mut all: Vec<Arc<Problem>> = Vec::new();
        let built = self.built.values().filter_map(|b| b.as_ref().err());
        for problem in built.chain(self.broken.values()) {
            if !all.iter().any(|p| p == problem) {
                all.push(Arc::clone(problem));
            }
        }
        all
    }

    /// Whether a change to `path` can change what documents are linted with: a config file, or
    /// a glossary or Vale file that some config reads.
    pub fn watches(&self, path: &Path) -> bool {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if CONFIG_NAMES.contains(&name) {
            return true;
        }
        self.built.keys().any(|s| {
            let glossaries = s.glossaries.iter().flatten();
            let vale = s.vale_styles.iter().flatten().chain(s.vale_vocab.iter());
            glossaries.chain(vale).any(|p| path.starts_with(p))
        })
    }

    /// The workspace folder holding `path`, the deepest when folders nest.
    pub fn folder_for(&self, path: &Path) -> Option<&Path> {
        self.folders
            .iter()
            .filter(|f| path.starts_with(f))
            .max_by_key(|f| f.as_os_str().len())
            .map(PathBuf::as_path)
    }

    /// The config file nearest to `path` (the one `accept` is added to), looking up to the
    /// repository root or the workspace folder, whichever comes first.
    pub fn nearest_config(&self, path: &Path) -> Option<PathBuf> {
        let folder = self.folder_for(path);
        for dir in path.ancestors().skip(1) {
            if let Some(found) = CONFIG_NAMES
                .iter()
                .map(|n| dir.join(n))
                .find(|p| p.is_file())
            {
                return Some(found);
            }
            if dir.join(".git").exists() || Some(dir) == folder {
                break;
            }
        }
        None
    }

    /// Where a new `termlint.toml` for `path` goes: the repository root, else the workspace
    /// folder, else the document's own directory.
    pub fn new_config_for(&self, path: &Path) -> PathBuf {
        let dir = path
            .ancestors()
            .skip(1)
            .find(|d| d.join(".git").exists() || Some(*d) == self.folder_for(path))
            .or_else(|| path.parent())
            .unwrap_or(Path::new("/"));
        dir.join(CONFIG_NAMES[0])
    }
}

fn fresh_resolver() -> Resolver {
    Resolver::new(Discovery::Nearest).expect("nearest discovery reads no file up front")
}

/// The linter for `settings`; glossaries must lie in the document's repository, as `check`
/// requires of its working directory (an editor's working directory says nothing).
fn build(
    settings: &Settings,
    path: Option<&Path>,
    resolver: &mut Resolver,
) -> Result<Arc<Setup>, Arc<Problem>> {
    let mut fail = |error: ConfigError| {
        let chain = path
            .and_then(|p| resolver.chain(p).ok())
            .unwrap_or_default();
        Arc::new(Problem::from_error(&locate(error, &chain)))
    };
    if let Some(path) = path {
        outside(settings, path).map_err(&mut fail)?;
    }
    let linter = Linter::with_options(settings, &[], true, Workload::Large).map_err(&mut fail)?;
    Ok(Arc::new(Setup {
        linter,
        settings: settings.clone(),
        documented: OnceLock::new(),
    }))
}

fn outside(settings: &Settings, path: &Path) -> Result<(), ConfigError> {
    let root = crate::walk::repository_root(path.parent().unwrap_or(path));
    let read = settings.glossaries.iter().flatten();
    let vale = settings.vale_styles.iter().flatten();
    for file in read.chain(vale).chain(settings.vale_vocab.iter()) {
        let resolved = std::fs::canonicalize(file).unwrap_or_else(|_| file.clone());
        if !resolved.starts_with(&root) {
            return Err(ConfigError::new(
                file,
                format!("is outside the repository ({})", root.display()),
            ));
        }
    }
    Ok(())
}

/// An error found in the merged settings (an unknown rule name), pointed at the nearest config
/// file that holds its text.
fn locate(error: ConfigError, chain: &[Arc<ConfigFile>]) -> ConfigError {
    let Some((needle, help)) = error.needle.clone() else {
        return error;
    };
    for config in chain.iter().rev() {
        if let Ok(text) = std::fs::read_to_string(&config.path)
            && text.contains(&needle)
        {
            let at = ConfigError::new(&config.path, error.message.clone());
            return at.located(&config.path, &text, &needle, help);
        }
    }
    error
}

/// Whether the config's `include` and `exclude` globs let the document through.
fn included(settings: &Settings, path: &Path) -> bool {
    let matches = |globs: &Option<Vec<String>>| {
        globs.as_ref().map(|g| {
            config::globset(path, g)
                .map(|set| set.is_match(path))
                .unwrap_or(false)
        })
    };
    matches(&settings.include).unwrap_or(true) && !matches(&settings.exclude).unwrap_or(false)
}
