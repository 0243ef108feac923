//! `termlint check`: walk, resolve each file's config, lint in parallel, report, and decide the
//! exit code.

use std::collections::HashMap;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use super::fix::{self, Mode, Outcome};
use super::{CheckArgs, ColorChoice, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, FailOn, Format};
use crate::config::{self, Discovery, Resolver, Settings};
use crate::diagnostic::FileReport;
use crate::fix::Applicability;
use crate::glossary::Severity;
use crate::lint::Linter;
use crate::report::{Compact, Human, Json, Report};
use crate::walk::{self, Input, InputError};

pub(super) fn check(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let discovery = match (&args.config, args.isolated) {
        (Some(path), _) => Discovery::Explicit(path.clone()),
        (None, true) => Discovery::Isolated,
        (None, false) => Discovery::Nearest,
    };
    let mut resolver = match Resolver::new(discovery) {
        Ok(resolver) => resolver,
        Err(error) => {
            writeln!(err, "error: {error}")?;
            return Ok(EXIT_ERROR);
        }
    };

    let (inputs, mut errors) = walk::collect(&args.paths, args.stdin_filename.as_deref());
    let mut linters = Linters::default();
    let mut jobs: Vec<(Input, Arc<Linter>)> = Vec::new();
    // A broken config is reported once, with how many files it kept from being linted.
    let mut config_errors: Vec<(String, usize)> = Vec::new();
    for input in inputs {
        match linters.for_input(&mut resolver, &input, &args.profiles, err)? {
            Ok(Some(linter)) => jobs.push((input, linter)),
            Ok(None) => {}
            Err(message) => match config_errors.iter_mut().find(|(m, _)| *m == message) {
                Some((_, files)) => *files += 1,
                None => config_errors.push((message, 1)),
            },
        }
    }
    for (message, files) in config_errors {
        let (path, message) = message.split_once(": ").unwrap_or(("config", &message));
        errors.push(InputError {
            path: path.to_string(),
            message: format!("{message} ({} not linted)", plural(files, "file", "files")),
        });
    }

    let min = if args.unsafe_fixes {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    let mode = match (args.fix, args.diff) {
        (true, _) => Mode::Write(min),
        (_, true) => Mode::Diff(min),
        _ => Mode::Check,
    };
    let results: Vec<Result<(Outcome, Option<FailOn>), InputError>> = jobs
        .par_iter()
        .map(|(input, linter)| Ok((fix::process(input, linter, mode)?, linter.fail_on)))
        .collect();
    let checked = results.len();
    let mut reports = Vec::new();
    let mut failed = false;
    let (mut fixed, mut fixed_files, mut diffs) = (0, 0, false);
    for result in results {
        match result {
            Ok((outcome, configured)) => {
                let fail_on = args.fail_on.or(configured).unwrap_or(FailOn::Warning);
                failed |= outcome
                    .report
                    .findings
                    .iter()
                    .any(|f| fail_on.fails(f.severity));
                fixed += outcome.fixed;
                fixed_files += usize::from(outcome.fixed > 0);
                for note in &outcome.notes {
                    writeln!(err, "warning: {note}")?;
                }
                if let Some(text) = &outcome.output {
                    diffs |= matches!(mode, Mode::Diff(_));
                    out.write_all(text.as_bytes())?;
                }
                reports.push(outcome.report);
            }
            Err(error) => errors.push(error),
        }
    }
    errors.sort_by(|a, b| a.path.cmp(&b.path));

    let format = args.format.unwrap_or(if io::stdout().is_terminal() {
        Format::Human
    } else {
        Format::Compact
    });
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let with_findings: Vec<FileReport> = reports
        .into_iter()
        .filter(|r| !r.findings.is_empty())
        .collect();
    let reporter: Box<dyn Report> = match format {
        Format::Human => Box::new(Human::new(color, 100)),
        Format::Compact => Box::new(Compact),
        Format::Json => Box::new(Json),
    };
    // Fixed standard input and diffs are the output; findings are not mixed into them.
    let text_out = match mode {
        Mode::Check => false,
        Mode::Diff(_) => true,
        Mode::Write(_) => jobs.iter().any(|(i, _)| matches!(i, Input::Stdin { .. })),
    };
    if !text_out {
        reporter.report(&with_findings, out)?;
    }
    out.flush()?;
    if mode != Mode::Check {
        let left: usize = with_findings.iter().map(|r| r.findings.len()).sum();
        let verb = if matches!(mode, Mode::Diff(_)) {
            "would fix"
        } else {
            "fixed"
        };
        writeln!(
            err,
            "{verb} {} in {}; {left} left for a human (ambiguous or unsafe)",
            plural(fixed, "finding", "findings"),
            plural(fixed_files, "file", "files"),
        )?;
    }

    for error in &errors {
        writeln!(err, "error: {}: {}", error.path, error.message)?;
    }
    if format == Format::Human {
        writeln!(err, "{}", summary(&with_findings, checked))?;
    }
    Ok(if !errors.is_empty() {
        EXIT_ERROR
    } else if failed || (matches!(mode, Mode::Diff(_)) && diffs) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}

/// One linter per distinct set of settings, built on first use.
#[derive(Default)]
struct Linters {
    built: HashMap<Settings, Result<Arc<Linter>, String>>,
}

impl Linters {
    /// The linter for `input`, `None` when its config excludes it, or the config error.
    fn for_input(
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

/// "3 findings (1 error, 2 warnings) in 2 files".
fn summary(reports: &[FileReport], checked: usize) -> String {
    let count = |severity| {
        reports
            .iter()
            .flat_map(|r| &r.findings)
            .filter(|f| f.severity == severity)
            .count()
    };
    let total: usize = reports.iter().map(|r| r.findings.len()).sum();
    if total == 0 {
        return format!("no findings in {}", plural(checked, "file", "files"));
    }
    let parts: Vec<String> = [
        (Severity::Error, "error", "errors"),
        (Severity::Warning, "warning", "warnings"),
        (Severity::Info, "info", "info"),
    ]
    .into_iter()
    .filter_map(|(severity, one, many)| {
        let n = count(severity);
        (n > 0).then(|| plural(n, one, many))
    })
    .collect();
    format!(
        "{} ({}) in {}",
        plural(total, "finding", "findings"),
        parts.join(", "),
        plural(reports.len(), "file", "files")
    )
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
