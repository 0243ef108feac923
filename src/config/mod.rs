//! `termlint.toml`: the schema, discovery and layering.
//!
//! For each linted file the nearest config among its ancestor directories applies, merged over
//! the configs above it up to the repository root: child keys override parent keys. The result
//! for a file is the same whether termlint is given the directory or the file itself.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::{Deserialize, Serialize};

use crate::glossary::Severity;

mod error;
pub use error::{ConfigError, did_you_mean};

/// Config file names, in the order they are looked for in each directory.
pub const CONFIG_NAMES: [&str; 2] = ["termlint.toml", ".termlint.toml"];

/// The lowest severity that fails the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity >= Severity::Error,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Info => true,
            FailOn::Never => false,
        }
    }
}

/// A rule's level as configured: its severity, or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Locale {
    #[serde(rename = "en-US")]
    EnUs,
    #[serde(rename = "en-GB")]
    EnGb,
}

/// Which parts of a file are linted as prose.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scopes {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headings: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blockquotes: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link_text: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strings: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub front_matter: Option<bool>,
    /// The MDX attributes whose string values are prose; a list replaces the default one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jsx_attributes: Option<Vec<String>>,
    /// Files whose header says a tool wrote them; skipped unless this is `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generated: Option<bool>,
}

/// Every key of a config file; `None` means "not set here".
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profiles: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub glossaries: Option<Vec<PathBuf>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accept: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<Locale>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules: Option<BTreeMap<String, Level>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fail_on: Option<FailOn>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exclude: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Scopes>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vale_vocab: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vale_styles: Option<Vec<PathBuf>>,
    /// Only in `[[overrides]]`: the globs of the files it applies to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<String>>,
    /// Only at the top level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overrides: Option<Vec<Settings>>,
}

impl Settings {
    /// `self` with `child`'s keys taking precedence; `[rules]` and `[scopes]` merge key by key.
    pub fn merged(&self, child: &Settings) -> Settings {
        let mut rules = self.rules.clone().unwrap_or_default();
        rules.extend(child.rules.clone().unwrap_or_default());
        let scopes = match (&self.scopes, &child.scopes) {
            (Some(p), Some(c)) => Some(Scopes {
                headings: c.headings.or(p.headings),
                blockquotes: c.blockquotes.or(p.blockquotes),
                link_text: c.link_text.or(p.link_text),
                comments: c.comments.or(p.comments),
                strings: c.strings.or(p.strings),
                front_matter: c.front_matter.or(p.front_matter),
                jsx_attributes: c
                    .jsx_attributes
                    .clone()
                    .or_else(|| p.jsx_attributes.clone()),
                generated: c.generated.or(p.generated),
            }),
            (p, c) => c.clone().or_else(|| p.clone()),
        };
        Settings {
            profiles: child.profiles.clone().or_else(|| self.profiles.clone()),
            glossaries: child.glossaries.clone().or_else(|| self.glossaries.clone()),
            accept: child.accept.clone().or_else(|| self.accept.clone()),
            locale: child.locale.or(self.locale),
            rules: (!rules.is_empty()).then_some(rules),
            fail_on: child.fail_on.or(self.fail_on),
            include: child.include.clone().or_else(|| self.include.clone()),
            exclude: child.exclude.clone().or_else(|| self.exclude.clone()),
            scopes,
            vale_vocab: child.vale_vocab.clone().or_else(|| self.vale_vocab.clone()),
            vale_styles: child
                .vale_styles
                .clone()
                .or_else(|| self.vale_styles.clone()),
            files: None,
            overrides: None,
        }
    }
}

/// A path as the user would write it: relative to the working directory when it is below it.
pub fn shown(path: &Path) -> String {
    let relative = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf());
    let text = relative.display().to_string();
    text.strip_prefix("./").map_or(text.clone(), str::to_string)
}

/// One parsed config file, with its paths made absolute.
#[derive(Debug)]
pub struct ConfigFile {
    pub path: PathBuf,
    pub dir: PathBuf,
    pub settings: Settings,
    overrides: Vec<(GlobSet, Settings)>,
}

impl ConfigFile {
    pub fn parse(path: &Path, text: &str) -> Result<ConfigFile, ConfigError> {
        let mut settings: Settings =
            toml::from_str(text).map_err(|err| ConfigError::from_toml(path, text, &err))?;
        let dir = path.parent().map_or_else(PathBuf::new, Path::to_path_buf);
        if settings.files.is_some() {
            return Err(ConfigError::new(
                path,
                "`files` belongs in an `[[overrides]]` table",
            ));
        }
        let mut overrides = Vec::new();
        for mut o in settings.overrides.take().unwrap_or_default() {
            let globs = o.files.take().ok_or_else(|| {
                ConfigError::new(path, "each `[[overrides]]` table needs `files = [globs]`")
            })?;
            if o.overrides.is_some() {
                return Err(ConfigError::new(path, "`[[overrides]]` cannot nest"));
            }
            let set = globset(path, &globs).map_err(|error| {
                let bad = globs.iter().find(|g| Glob::new(g).is_err()).cloned();
                match bad {
                    Some(glob) => error.located(path, text, &glob, None),
                    None => error,
                }
            })?;
            overrides.push((set, absolute(&dir, o)));
        }
        // Patterns must compile now, so that a typo is reported with the file and place.
        for globs in [&settings.include, &settings.exclude].into_iter().flatten() {
            if let Err(error) = globset(path, globs) {
                let bad = globs.iter().find(|g| Glob::new(g).is_err()).cloned();
                return Err(match bad {
                    Some(glob) => error.located(path, text, &glob, None),
                    None => error,
                });
            }
        }
        Ok(ConfigFile {
            path: path.to_path_buf(),
            settings: absolute(&dir, settings),
            dir,
            overrides,
        })
    }

    pub fn read(path: &Path) -> Result<ConfigFile, ConfigError> {
        let text = crate::walk::read_to_string(path)
            .map_err(|err| ConfigError::io(path, "cannot read", err))?;
        // Relative paths inside resolve against the file's own directory, wherever we run.
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        ConfigFile::parse(&absolute, &text)
    }

    /// This file's settings for `file`, with the overrides whose globs match it applied.
    fn settings_for(&self, file: &Path) -> Settings {
        let relative = file.strip_prefix(&self.dir).unwrap_or(file);
        self.overrides
            .iter()
            .filter(|(globs, _)| globs.is_match(relative))
            .fold(self.settings.clone(), |acc, (_, o)| acc.merged(o))
    }
}

/// `message` with the line and column of the start of `span` in `text`, when known.
pub(crate) fn with_place(
    text: &str,
    span: Option<std::ops::Range<usize>>,
    message: &str,
) -> String {
    match span {
        Some(span) => {
            let (line, column) = crate::source::line_column(text, span.start);
            format!("line {line}, column {column}: {message}")
        }
        None => message.to_string(),
    }
}

/// Paths in a config are relative to its directory.
fn absolute(dir: &Path, mut settings: Settings) -> Settings {
    let join = |p: PathBuf| if p.is_absolute() { p } else { dir.join(p) };
    settings.glossaries = settings
        .glossaries
        .map(|g| g.into_iter().map(join).collect());
    settings.vale_vocab = settings.vale_vocab.map(join);
    settings.vale_styles = settings
        .vale_styles
        .map(|g| g.into_iter().map(join).collect());
    // include/exclude are matched against absolute paths, so they must be anchored here.
    let anchor = |globs: Vec<String>| {
        globs
            .into_iter()
            .map(|g| match g.contains('/') && !g.starts_with('/') {
                true => format!("{}/{}", dir.display(), g.trim_start_matches("./")),
                false => g,
            })
            .collect()
    };
    settings.include = settings.include.map(anchor);
    settings.exclude = settings.exclude.map(anchor);
    settings
}

pub fn globset(path: &Path, globs: &[String]) -> Result<GlobSet, ConfigError> {
    let mut builder = GlobSetBuilder::new();
    for glob in globs {
        // `docs/**` should match below `docs`; a bare name matches at any depth, like .gitignore.
        let pattern = if glob.contains('/') {
            glob.trim_start_matches("./").to_string()
        } else {
            format!("**/{glob}")
        };
        let glob = Glob::new(&pattern)
            .map_err(|err| ConfigError::new(path, format!("bad glob `{glob}`: {err}")))?;
        builder.add(glob);
    }
    builder
        .build()
        .map_err(|err| ConfigError::new(path, err.to_string()))
}

/// How configs are found.
#[derive(Debug, Clone)]
pub enum Discovery {
    /// The nearest configs among each file's ancestors, up to the repository root.
    Nearest,
    /// One file for everything (`--config`).
    Explicit(PathBuf),
    /// No config files at all (`--isolated`).
    Isolated,
}

/// Finds and caches the config chain of each directory.
#[derive(Debug)]
pub struct Resolver {
    discovery: Discovery,
    files: HashMap<PathBuf, Option<Arc<ConfigFile>>>,
    /// The chain of each directory met so far.
    chains: HashMap<PathBuf, Vec<Arc<ConfigFile>>>,
    explicit: Option<Arc<ConfigFile>>,
    /// The working directory, asked for once: `std::path::absolute` asks the system each time,
    /// three times per directory of a tree.
    cwd: Option<PathBuf>,
}

impl Resolver {
    pub fn new(discovery: Discovery) -> Result<Resolver, ConfigError> {
        let explicit = match &discovery {
            Discovery::Explicit(path) => Some(Arc::new(ConfigFile::read(path)?)),
            _ => None,
        };
        Ok(Resolver {
            discovery,
            files: HashMap::new(),
            chains: HashMap::new(),
            explicit,
            cwd: std::env::current_dir().ok(),
        })
    }

    /// `path` made absolute as `std::path::absolute` makes it, against the working directory
    /// of the run's start.
    fn absolute(&self, path: &Path) -> PathBuf {
        match &self.cwd {
            Some(cwd) if !path.is_absolute() => cwd.join(path).components().collect(),
            _ => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
        }
    }

    /// The configs that apply to `file`, outermost first.
    pub fn chain(&mut self, file: &Path) -> Result<Vec<Arc<ConfigFile>>, ConfigError> {
        match self.discovery {
            Discovery::Isolated => return Ok(Vec::new()),
            Discovery::Explicit(_) => return Ok(self.explicit.iter().cloned().collect()),
            Discovery::Nearest => {}
        }
        let absolute = self.absolute(file);
        let Some(parent) = absolute.parent() else {
            return Ok(Vec::new());
        };
        // Every file of a directory has the same chain, and a directory's chain is its parent's
        // plus its own config, so the walk up stops at the first directory already met: each
        // directory is looked at once per run, not once per descendant.
        let mut unmet = Vec::new();
        let mut chain = Vec::new();
        let mut dir = Some(parent);
        while let Some(d) = dir {
            if let Some(known) = self.chains.get(d) {
                chain = known.clone();
                break;
            }
            unmet.push(d);
            // The repository root is as far as configs are looked for.
            if d.join(".git").exists() {
                break;
            }
            dir = d.parent();
        }
        for d in unmet.into_iter().rev() {
            if let Some(config) = self.in_dir(d)? {
                chain.push(config);
            }
            self.chains.insert(d.to_path_buf(), chain.clone());
        }
        Ok(chain)
    }

    /// Whether every file of `file`'s directory gets the same settings: no config of its chain
    /// has `[[overrides]]`, whose globs pick files by name.
    pub fn same_in_directory(&mut self, file: &Path) -> Result<bool, ConfigError> {
        Ok(self.chain(file)?.iter().all(|c| c.overrides.is_empty()))
    }

    /// The settings for `file`: its chain merged, outermost first, overrides applied.
    pub fn settings(&mut self, file: &Path) -> Result<Settings, ConfigError> {
        let absolute = self.absolute(file);
        Ok(self
            .chain(file)?
            .iter()
            .fold(Settings::default(), |acc, config| {
                acc.merged(&config.settings_for(&absolute))
            }))
    }

    fn in_dir(&mut self, dir: &Path) -> Result<Option<Arc<ConfigFile>>, ConfigError> {
        if let Some(found) = self.files.get(dir) {
            return Ok(found.clone());
        }
        let found = match CONFIG_NAMES
            .iter()
            .map(|n| dir.join(n))
            .find(|p| p.is_file())
        {
            Some(path) => Some(Arc::new(ConfigFile::read(&path)?)),
            None => None,
        };
        self.files.insert(dir.to_path_buf(), found.clone());
        Ok(found)
    }
}
