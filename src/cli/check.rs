//! `termlint check`: walk, resolve each file's config, lint (and fix) in parallel, narrow to the
//! changed lines or past the baseline, report, and decide the exit code.

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;

use rayon::prelude::*;

use super::fix::{self, Mode, Outcome};
use super::linters::{Broken, Linters};
use super::{CheckArgs, ColorChoice, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, FailOn};
use crate::baseline::{self, Baseline};
use crate::changed::Changes;
use crate::config::Resolver;
use crate::diagnostic::FileReport;
use crate::fix::Applicability;
use crate::glossary::Severity;
use crate::lint::Linter;
use crate::matcher::Workload;
use crate::report::{self, Format, Statistics};
use crate::walk::{self, Input, InputError};

pub(super) fn check(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let Some(mut setup) = prepare(&args, err)? else {
        return Ok(EXIT_ERROR);
    };
    let (jobs, linters, mut errors) = plan(&args, &mut setup, err)?;
    let mode = mode(&args);
    let run = |(input, linter): &Job| Ok((fix::process(input, linter, mode)?, linter.fail_on));
    // One file (a pre-commit hook's usual case) is not worth starting a thread pool for.
    let results: Vec<Result<(Outcome, Option<FailOn>), InputError>> = if jobs.len() > 1 {
        jobs.par_iter().map(run).collect()
    } else {
        jobs.iter().map(run).collect()
    };
    let stdin_fixed = jobs.iter().any(|(i, _)| matches!(i, Input::Stdin { .. }));
    let mut run = gather(&args, mode, results, &mut errors, out, err)?;
    errors.sort_by(|a, b| a.path.cmp(&b.path));

    // Narrow to what this run is asked about: the changed lines, past the baseline.
    if let Some(changes) = &setup.changes {
        run.reports
            .iter_mut()
            .for_each(|r| changes.retain_changed(r));
    }
    if let Some(path) = &args.write_baseline {
        return write_baseline(&args, path, &run.reports, &errors, err);
    }
    let gone = setup
        .baseline
        .map_or(0, |baseline| baseline.filter(&mut run.reports));

    // Fixed standard input and diffs are the output; findings are not mixed into them.
    let text_out = match mode {
        Mode::Check => false,
        Mode::Diff(_) => true,
        Mode::Write(_) => stdin_fixed,
    };
    let format = emit(&args, &run, &linters, text_out, out, err)?;
    if mode != Mode::Check && !args.quiet {
        let left: usize = run.reports.iter().map(|r| r.findings.len()).sum();
        let verb = match mode {
            Mode::Diff(_) => "would fix",
            _ => "fixed",
        };
        writeln!(
            err,
            "{verb} {} in {}; {left} left for a human (ambiguous or unsafe)",
            findings(run.fixed),
            plural(run.fixed_files, "file", "files"),
        )?;
    }
    for error in &errors {
        writeln!(err, "error: {}: {}", error.path, error.message)?;
    }
    // The statistics end with the same total.
    if format == Format::Human && !args.quiet && !args.statistics {
        writeln!(err, "{}", summary(&run.reports, run.checked))?;
    }
    if gone > 0 && !args.quiet {
        writeln!(
            err,
            "note: {} of the baseline no longer found; `--write-baseline` refreshes it",
            findings(gone)
        )?;
    }

    let failed = run
        .reports
        .iter()
        .zip(&run.fail_levels)
        .any(|(r, level)| r.findings.iter().any(|f| level.fails(f.severity)));
    // The process ends next: freeing every compiled glossary would only delay the exit.
    std::mem::forget(linters);
    Ok(if !errors.is_empty() {
        EXIT_ERROR
    } else if failed || (matches!(mode, Mode::Diff(_)) && run.diffs) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}

/// A file to lint, with the linter of its config.
pub(super) type Job = (Input, Arc<Linter>);

/// What a run needs before it reads any file: config discovery, the changed lines, the baseline.
pub(super) struct Setup {
    resolver: Resolver,
    changes: Option<Changes>,
    baseline: Option<Baseline>,
}

/// The setup, or `None` after printing why it failed.
pub(super) fn prepare(args: &CheckArgs, err: &mut dyn Write) -> io::Result<Option<Setup>> {
    let discovery = args.choice.discovery();
    let setup = (|| -> Result<Setup, SetupError> {
        Ok(Setup {
            resolver: Resolver::new(discovery)?,
            changes: args
                .changed_since
                .as_deref()
                .map(Changes::since)
                .transpose()?,
            baseline: args.baseline.as_deref().map(Baseline::load).transpose()?,
        })
    })();
    match setup {
        Ok(setup) => Ok(Some(setup)),
        Err(error) => {
            writeln!(err, "error: {error}")?;
            Ok(None)
        }
    }
}

/// Why a run could not start.
#[derive(Debug, thiserror::Error)]
enum SetupError {
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error(transparent)]
    Changed(#[from] crate::changed::ChangedError),
    #[error(transparent)]
    Baseline(#[from] crate::baseline::BaselineError),
}

/// The files to lint, each with the linter of its config; a broken config is reported once,
/// with how many files it kept from being linted.
pub(super) fn plan(
    args: &CheckArgs,
    setup: &mut Setup,
    err: &mut dyn Write,
) -> io::Result<(Vec<Job>, Linters, Vec<InputError>)> {
    let (mut inputs, mut errors) = walk::collect(&args.paths, args.stdin_filename.as_deref());
    if let Some(changes) = &setup.changes {
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
    let mut config_errors: Vec<(Broken, usize)> = Vec::new();
    for input in inputs {
        match linters.for_input(
            &mut setup.resolver,
            &input,
            &args.profiles,
            args.allow_outside,
            err,
        )? {
            Ok(Some(linter)) => jobs.push((input, linter)),
            Ok(None) => {}
            Err(broken) => match config_errors.iter_mut().find(|(b, _)| *b == broken) {
                Some((_, files)) => *files += 1,
                None => config_errors.push((broken, 1)),
            },
        }
    }
    for (broken, files) in config_errors {
        errors.push(InputError {
            path: broken.path,
            message: format!(
                "{} ({} not linted)",
                broken.message,
                plural(files, "file", "files")
            ),
        });
    }
    Ok((jobs, linters, errors))
}

fn mode(args: &CheckArgs) -> Mode {
    let min = if args.unsafe_fixes {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    match (args.fix, args.diff) {
        (true, _) => Mode::Write(min),
        (_, true) => Mode::Diff(min),
        _ => Mode::Check,
    }
}

/// The reports of a run, each with the fail level of its own config, and what fixing did.
pub(super) struct Run {
    pub(super) reports: Vec<FileReport>,
    pub(super) fail_levels: Vec<FailOn>,
    pub(super) checked: usize,
    fixed: usize,
    fixed_files: usize,
    diffs: bool,
}

/// Collects the files' outcomes: notes and diffs (or fixed standard input) are written as they
/// come, errors join `errors`.
pub(super) fn gather(
    args: &CheckArgs,
    mode: Mode,
    results: Vec<Result<(Outcome, Option<FailOn>), InputError>>,
    errors: &mut Vec<InputError>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Run> {
    let mut run = Run {
        reports: Vec::new(),
        fail_levels: Vec::new(),
        checked: results.len(),
        fixed: 0,
        fixed_files: 0,
        diffs: false,
    };
    for result in results {
        match result {
            Ok((outcome, configured)) => {
                run.fixed += outcome.fixed;
                run.fixed_files += usize::from(outcome.fixed > 0);
                for note in &outcome.notes {
                    writeln!(err, "warning: {note}")?;
                }
                if let Some(text) = &outcome.output {
                    run.diffs |= matches!(mode, Mode::Diff(_));
                    out.write_all(text.as_bytes())?;
                }
                run.reports.push(outcome.report);
                // The command line wins over the config.
                run.fail_levels
                    .push(args.fail_on.or(configured).unwrap_or(FailOn::Warning));
            }
            Err(error) => errors.push(error),
        }
    }
    Ok(run)
}

fn write_baseline(
    args: &CheckArgs,
    path: &std::path::Path,
    reports: &[FileReport],
    errors: &[InputError],
    err: &mut dyn Write,
) -> io::Result<u8> {
    let written = baseline::write(path, reports);
    for error in errors {
        writeln!(err, "error: {}: {}", error.path, error.message)?;
    }
    Ok(match written {
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
    })
}

/// Writes the report in the chosen format (or the statistics); returns the format.
fn emit(
    args: &CheckArgs,
    run: &Run,
    linters: &Linters,
    text_out: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Format> {
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
    let fail_on = args
        .fail_on
        .or(run.fail_levels.first().copied())
        .unwrap_or(FailOn::Warning);
    let options = report::Options {
        color,
        width: 100,
        glossary: &glossary,
        root: std::env::current_dir().ok(),
        fail_level: fail_level(fail_on),
        link_base: args.link_base.clone(),
    };
    let reporter = format.reporter(options);
    let reports = &run.reports;
    // Statistics replace the findings in the formats people read and in json (as an object);
    // the other formats are read by machines, so the table goes to standard error after them.
    match (args.statistics, format) {
        (true, Format::Human | Format::Compact) => Statistics::new(reports).write_table(out)?,
        (true, Format::Json) => Statistics::new(reports).write_json(out)?,
        (true, _) => {
            reporter.report(reports, out)?;
            Statistics::new(reports).write_table(err)?;
        }
        (false, _) if text_out => {}
        (false, _) => reporter.report(reports, out)?,
    }
    out.flush()?;
    Ok(format)
}

/// The lowest severity that fails the run, `None` for `--fail-on never`.
pub(super) fn fail_level(fail_on: FailOn) -> Option<Severity> {
    [Severity::Info, Severity::Warning, Severity::Error]
        .into_iter()
        .find(|&severity| fail_on.fails(severity))
}

/// "3 findings (1 error, 2 warnings) in 2 files".
pub(super) fn summary(reports: &[FileReport], checked: usize) -> String {
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

pub(super) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
