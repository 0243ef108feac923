//! `termlint check`: walk, resolve each file's config, lint (and fix) in parallel, narrow to the
//! changed lines or past the baseline, report, and decide the exit code.

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;

use rayon::prelude::*;

use super::fix::{self, Mode, Outcome};
use super::linters::Linters;
use super::{CheckArgs, ColorChoice, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, FailOn, Format};
use crate::baseline::{self, Baseline};
use crate::changed::Changes;
use crate::config::{Discovery, Resolver};
use crate::diagnostic::FileReport;
use crate::fix::Applicability;
use crate::glossary::Severity;
use crate::lint::Linter;
use crate::matcher::Workload;
use crate::report::{
    Compact, Github, Gitlab, Human, Json, Junit, Rdjson, Report, Sarif, Statistics,
};
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
    let changes = match args
        .changed_since
        .as_deref()
        .map(Changes::since)
        .transpose()
    {
        Ok(changes) => changes,
        Err(error) => {
            writeln!(err, "error: {error}")?;
            return Ok(EXIT_ERROR);
        }
    };
    let baseline = match args.baseline.as_deref().map(Baseline::load).transpose() {
        Ok(baseline) => baseline,
        Err(error) => {
            writeln!(err, "error: {error}")?;
            return Ok(EXIT_ERROR);
        }
    };

    let (mut inputs, mut errors) = walk::collect(&args.paths, args.stdin_filename.as_deref());
    if let Some(changes) = &changes {
        // A file without changes has no finding to report: skip it unread.
        inputs.retain(|input| {
            matches!(input, Input::Stdin { .. }) || changes.touches(&input.display())
        });
    }
    // Beyond a handful of files the faster automaton repays its longer build.
    let workload = if inputs.len() <= 4 {
        Workload::Few
    } else {
        Workload::Many
    };
    let mut linters = Linters::new(workload);
    let mut jobs = Vec::new();
    // A broken config is reported once, with how many files it kept from being linted.
    let mut config_errors: Vec<(String, usize)> = Vec::new();
    for input in inputs {
        match linters.for_input(
            &mut resolver,
            &input,
            &args.profiles,
            args.allow_outside,
            err,
        )? {
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
    let run = |(input, linter): &(Input, Arc<Linter>)| {
        Ok((fix::process(input, linter, mode)?, linter.fail_on))
    };
    // One file (a pre-commit hook's usual case) is not worth starting a thread pool for.
    let results: Vec<Result<(Outcome, Option<FailOn>), InputError>> = if jobs.len() > 1 {
        jobs.par_iter().map(run).collect()
    } else {
        jobs.iter().map(run).collect()
    };
    let checked = results.len();
    // Each report with the fail level of its own config (the command line wins).
    let mut reports = Vec::new();
    let mut fail_levels = Vec::new();
    let (mut fixed, mut fixed_files, mut diffs) = (0, 0, false);
    for result in results {
        match result {
            Ok((outcome, configured)) => {
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
                fail_levels.push(args.fail_on.or(configured).unwrap_or(FailOn::Warning));
            }
            Err(error) => errors.push(error),
        }
    }
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    if let Some(changes) = &changes {
        reports.iter_mut().for_each(|r| changes.retain_changed(r));
    }
    if let Some(path) = &args.write_baseline {
        let written = baseline::write(path, &reports);
        for error in &errors {
            writeln!(err, "error: {}: {}", error.path, error.message)?;
        }
        return Ok(match written {
            Ok(count) if errors.is_empty() => {
                if !args.quiet {
                    writeln!(err, "wrote {} to {}", findings(count), path.display())?;
                }
                EXIT_CLEAN
            }
            Ok(_) => EXIT_ERROR,
            Err(error) => {
                writeln!(err, "error: {error}")?;
                EXIT_ERROR
            }
        });
    }
    let gone = baseline.map_or(0, |baseline| baseline.filter(&mut reports));

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
    // Only SARIF lists the rules; merging every linter's glossary is work the others skip.
    let glossary = if format == Format::Sarif {
        linters.glossary()
    } else {
        Default::default()
    };
    let junit_level = args
        .fail_on
        .or(fail_levels.first().copied())
        .unwrap_or(FailOn::Warning);
    let reporter: Box<dyn Report + '_> = match format {
        Format::Human => Box::new(Human::new(color, 100)),
        Format::Compact => Box::new(Compact),
        Format::Json => Box::new(Json),
        Format::Sarif => match std::env::current_dir() {
            Ok(dir) => Box::new(Sarif::new(&glossary).with_root(dir)),
            Err(_) => Box::new(Sarif::new(&glossary)),
        },
        Format::Github => Box::new(Github),
        Format::Rdjson => Box::new(Rdjson),
        Format::Gitlab => Box::new(Gitlab),
        Format::Junit => Box::new(Junit::new(fail_level(junit_level))),
    };
    // Fixed standard input and diffs are the output; findings are not mixed into them.
    let text_out = match mode {
        Mode::Check => false,
        Mode::Diff(_) => true,
        Mode::Write(_) => jobs.iter().any(|(i, _)| matches!(i, Input::Stdin { .. })),
    };
    // Statistics replace the findings in the formats people read and in json (as an object);
    // the other formats are read by machines, so the table goes to standard error after them.
    match (args.statistics, format) {
        (true, Format::Human | Format::Compact) => Statistics::new(&reports).write_table(out)?,
        (true, Format::Json) => Statistics::new(&reports).write_json(out)?,
        (true, _) => {
            reporter.report(&reports, out)?;
            Statistics::new(&reports).write_table(err)?;
        }
        (false, _) if text_out => {}
        (false, _) => reporter.report(&reports, out)?,
    }
    out.flush()?;
    if mode != Mode::Check && !args.quiet {
        let left: usize = reports.iter().map(|r| r.findings.len()).sum();
        let verb = match mode {
            Mode::Diff(_) => "would fix",
            _ => "fixed",
        };
        writeln!(
            err,
            "{verb} {} in {}; {left} left for a human (ambiguous or unsafe)",
            findings(fixed),
            plural(fixed_files, "file", "files"),
        )?;
    }

    for error in &errors {
        writeln!(err, "error: {}: {}", error.path, error.message)?;
    }
    // The statistics end with the same total.
    if format == Format::Human && !args.quiet && !args.statistics {
        writeln!(err, "{}", summary(&reports, checked))?;
    }
    if gone > 0 && !args.quiet {
        writeln!(
            err,
            "note: {} of the baseline no longer found; `--write-baseline` refreshes it",
            findings(gone)
        )?;
    }

    let failed = reports
        .iter()
        .zip(&fail_levels)
        .any(|(r, level)| r.findings.iter().any(|f| level.fails(f.severity)));
    // The process ends next: freeing every compiled glossary would only delay the exit.
    std::mem::forget(linters);
    Ok(if !errors.is_empty() {
        EXIT_ERROR
    } else if failed || (matches!(mode, Mode::Diff(_)) && diffs) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}

/// The lowest severity that fails the run, `None` for `--fail-on never`.
fn fail_level(fail_on: FailOn) -> Option<Severity> {
    [Severity::Info, Severity::Warning, Severity::Error]
        .into_iter()
        .find(|&severity| fail_on.fails(severity))
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
    let files = reports.iter().filter(|r| !r.findings.is_empty()).count();
    format!(
        "{} ({}) in {}",
        plural(total, "finding", "findings"),
        parts.join(", "),
        plural(files, "file", "files")
    )
}

fn findings(n: usize) -> String {
    plural(n, "finding", "findings")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
