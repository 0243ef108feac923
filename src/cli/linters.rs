//! One linter per distinct set of settings: each file's config is resolved, and files that share
//! settings share a compiled glossary.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::Path;
use std::sync::Arc;

use crate::config::{self, Resolver, Settings};
use crate::glossary::Glossary;
use crate::lint::Linter;
use crate::walk::Input;

/// One linter per distinct set of settings, built on first use.
#[derive(Default)]
pub(super) struct Linters {
    built: HashMap<Settings, Result<Arc<Linter>, String>>,
}

impl Linters {
    /// The linter for `input`, `None` when its config excludes it, or the config error.
    pub(super) fn for_input(
        &mut self,
        resolver: &mut Resolver,
        input: &Input,
        profiles: &[String],
        err: &mut dyn Write,
    ) -> io::Result<Result<Option<Arc<Linter>>, String>> {
        let path = match input {
            Input::Stdin { name } => Path::new(name),
            Input::File { path, .. } => path.as_path(),
        };
        let settings = match resolver.settings(path) {
            Ok(settings) => settings,
            Err(error) => return Ok(Err(format!("{error}"))),
        };
        if let Input::File {
            explicit: false, ..
        } = input
            && !included(&settings, path)
        {
            return Ok(Ok(None));
        }
        if !self.built.contains_key(&settings) {
            let linter = Linter::new(&settings, profiles).map(Arc::new);
            if let Ok(linter) = &linter {
                for warning in &linter.warnings {
                    writeln!(err, "warning: {warning}")?;
                }
            }
            self.built
                .insert(settings.clone(), linter.map_err(|e| e.to_string()));
        }
        Ok(self.built[&settings].clone().map(Some))
    }
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
