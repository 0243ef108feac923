//! `termlint check`: walk, resolve each file's config, lint (and fix) in parallel, narrow to the
//! changed lines or past the baseline, report, and decide the exit code. Files stream through:
//! each is read, linted and dropped on a worker thread, and its findings are reported in path
//! order as soon as the files before it are done.

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;

use super::fix::{self, Mode, Outcome};
pub(super) use super::jobs::Jobs;
use super::linters::{Broken, Linters};
use super::progress::Progress;
use super::totals::{Totals, findings, plural};
use super::{CheckArgs, ColorChoice, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, FailOn};
use crate::baseline::{Baseline, Recorder};
use crate::changed::Changes;
use crate::config::Resolver;
use crate::fix::Applicability;
use crate::glossary::Severity;
use crate::lint::Linter;
use crate::matcher::Workload;
use crate::report::{self, Format, Report, Tally};
use crate::source::FileKind;
use crate::walk::{self, Input, InputError};

pub(super) fn check(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    if let Some(limit) = args.max_input_size {
        walk::set_max_input(limit);
    }
    let Some(mut setup) = prepare(&args, err)? else {
        return Ok(EXIT_ERROR);
    };
    let (jobs, linters, mut errors) = plan(&args, &mut setup, err)?;
    let mode = mode_of(&args);
    let stdin_fixed = jobs.iter().any(|(i, _)| matches!(i, Input::Stdin { .. }));
    // Fixed standard input and diffs are the output; findings are not mixed into them.
    let text_out = match mode {
        Mode::Check => false,
        Mode::Diff(_) => true,
        Mode::Write(_) => stdin_fixed,
    };
    let format = format(&args);
    // Only SARIF lists the rules; merging every linter's glossary is work the others skip.
    let glossary = if format == Format::Sarif {
        linters.glossary()
    } else {
        Default::default()
    };
    let first_level = jobs.iter().next().and_then(|(_, linter)| linter.fail_on);
    let options = report::Options {
        color: color(&args),
        width: 100,
        glossary: &glossary,
        root: std::env::current_dir().ok(),
        fail_level: fail_level(args.fail_on.or(first_level).unwrap_or(FailOn::Warning)),
        link_base: args.link_base.clone(),
    };
    // Statistics replace the findings in the formats people read and in json (as an object);
    // the other formats are read by machines, so the table goes to standard error after them.
    let mut reporter = match (args.statistics, format) {
        (true, Format::Human | Format::Compact | Format::Json) => None,
        _ if text_out || args.write_baseline.is_some() => None,
        _ => Some(format.reporter(options)),
    };
    let mut run = Run {
        progress: Progress::new(!args.no_progress && !args.quiet, jobs.len()),
        totals: Totals::default(),
        tally: Tally::default(),
        recorder: args.write_baseline.as_ref().map(|_| Recorder::default()),
        errors: Vec::new(),
        fixed: 0,
        fixed_files: 0,
        unwritten: 0,
        diffs: false,
        failed: false,
    };
    if let Some(reporter) = &mut reporter {
        reporter.start(out)?;
    }
    let work = |input: &Input, linter: &Arc<Linter>| {
        fix::process(input, linter, mode).map(|outcome| (outcome, linter.fail_on))
    };
    jobs.for_each_ordered(threads(args.jobs), work, |result| {
        run.file(&args, &mut setup, result, reporter.as_deref_mut(), out, err)
    })?;
    run.progress.finish();
    if let Some(reporter) = &mut reporter {
        reporter.finish(out)?;
    }
    errors.append(&mut run.errors);
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    if let (Some(path), Some(recorder)) = (&args.write_baseline, run.recorder.take()) {
        out.flush()?;
        return write_baseline(&args, path, recorder, &errors, err);
    }
    let gone = setup.baseline.map_or(0, |baseline| baseline.gone());
    let tally = std::mem::take(&mut run.tally);
    match (args.statistics, format) {
        _ if text_out => {}
        (true, Format::Human | Format::Compact) => tally.statistics().write_table(out)?,
        (true, Format::Json) => tally.statistics().write_json(out)?,
        (true, _) => {
            out.flush()?;
            tally.statistics().write_table(err)?;
        }
        (false, _) => {}
    }
    out.flush()?;

    if mode != Mode::Check && !args.quiet {
        let verb = match mode {
            Mode::Diff(_) => "would fix",
            _ => "fixed",
        };
        let done = format!(
            "{verb} {} in {}",
            findings(run.fixed),
            plural(run.fixed_files, "file", "files")
        );
        let left = run.totals.total();
        if run.unwritten == 0 {
            writeln!(err, "{done}; {left} left for a human (ambiguous or unsafe)")?;
        } else {
            writeln!(
                err,
                "{done}; {} could not be written (errors below); {} left",
                plural(run.unwritten, "file", "files"),
                findings(left)
            )?;
        }
    }
    for error in &errors {
        writeln!(err, "error: {}: {}", error.path, error.message)?;
    }
    // The statistics end with the same total.
    if format == Format::Human && !args.quiet && !args.statistics {
        writeln!(err, "{}", run.totals.summary())?;
    }
    if gone > 0 && !args.quiet {
        writeln!(
            err,
            "note: {} of the baseline no longer found; `--write-baseline` refreshes it",
            findings(gone)
        )?;
    }
    // The process ends next: freeing every compiled glossary would only delay the exit.
    std::mem::forget(linters);
    Ok(if !errors.is_empty() {
        EXIT_ERROR
    } else if run.failed || (matches!(mode, Mode::Diff(_)) && run.diffs) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}

/// A file to lint, with the linter of its config.
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
) -> io::Result<(Jobs, Linters, Vec<InputError>)> {
    let early = early_linter(args, &mut setup.resolver);
    let (mut inputs, mut errors) = walk::collect(&args.paths, args.stdin_filename.as_deref());
    if let Some(changes) = &setup.changes {
        // A file without changes has no finding to report: skip it unread.
        inputs.retain(|input| {
            matches!(input, Input::Stdin { .. }) || changes.touches(&input.display())
        });
    }
    // A DFA repays its build on a couple of hundred pages of prose (about a megabyte of docs);
    // a tree of code has comments, short runs that the trie reads as fast.
    let pages = inputs
        .iter()
        .filter(
            |input| matches!(input, Input::File { kind, .. } if !matches!(kind, FileKind::Code(_))),
        )
        .count();
    let workload = match (inputs.len(), pages) {
        (0..=4, _) => Workload::Few,
        (_, 0..=200) => Workload::Many,
        _ => Workload::Large,
    };
    let mut linters = Linters::new(workload);
    if workload != Workload::Few
        && let Some((settings, build)) = early
        && let Ok(Ok(mut linter)) = build.join()
    {
        if workload == Workload::Large {
            linter.read_long_prose();
        }
        linters.prebuilt(settings, linter);
    }
    let mut planned = Vec::with_capacity(inputs.len());
    let mut distinct: Vec<Arc<Linter>> = Vec::new();
    let mut config_errors: Vec<(Broken, usize)> = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        match linters.for_input(
            &mut setup.resolver,
            input,
            &args.profiles,
            args.allow_outside,
            err,
        )? {
            Ok(Some(linter)) => {
                let l = match distinct.iter().position(|d| Arc::ptr_eq(d, &linter)) {
                    Some(l) => l,
                    None => {
                        distinct.push(linter);
                        distinct.len() - 1
                    }
                };
                // More than 4 billion files or linters would not fit in memory anyway.
                planned.push((
                    u32::try_from(i).unwrap_or(u32::MAX),
                    u32::try_from(l).unwrap_or(u32::MAX),
                ));
            }
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
    let jobs = Jobs {
        inputs,
        linters: distinct,
        planned,
    };
    Ok((jobs, linters, errors))
}

/// Building the linter takes milliseconds that walking the tree leaves the other cores idle
/// for: while the first directory named is walked, the linter of a file at its top is built on
/// another thread. It is used if the walk finds more than a handful of files and they get those
/// settings; otherwise it is dropped unused.
fn early_linter(
    args: &CheckArgs,
    resolver: &mut Resolver,
) -> Option<(
    crate::config::Settings,
    std::thread::JoinHandle<Result<Linter, crate::config::ConfigError>>,
)> {
    let dir = args.paths.iter().find(|path| path.is_dir())?;
    let settings = resolver.settings(&dir.join("README.md")).ok()?;
    let (profiles, allow_outside) = (args.profiles.clone(), args.allow_outside);
    let for_build = settings.clone();
    let build = std::thread::Builder::new()
        .spawn(move || Linter::with_options(&for_build, &profiles, allow_outside, Workload::Many))
        .ok()?;
    Some((settings, build))
}

fn mode_of(args: &CheckArgs) -> Mode {
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

/// What a run keeps while files stream through it: counts, never the files' findings, except
/// the compact entries of a baseline being written.
struct Run {
    progress: Progress,
    totals: Totals,
    tally: Tally,
    recorder: Option<Recorder>,
    errors: Vec<InputError>,
    fixed: usize,
    fixed_files: usize,
    /// Files whose fixes could not be written.
    unwritten: usize,
    diffs: bool,
    failed: bool,
}

impl Run {
    /// Takes one file's outcome, in path order: notes and diffs (or fixed standard input) are
    /// written, its findings narrowed to the changed lines and past the baseline, counted, and
    /// reported; then it is dropped.
    fn file(
        &mut self,
        args: &CheckArgs,
        setup: &mut Setup,
        result: Result<(Outcome, Option<FailOn>), InputError>,
        reporter: Option<&mut (dyn Report + '_)>,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> io::Result<()> {
        self.totals.checked += 1;
        let (outcome, configured) = match result {
            Ok(ok) => ok,
            Err(error) => {
                self.errors.push(error);
                self.progress.file_done(0, 0);
                return Ok(());
            }
        };
        let mut report = outcome.report;
        if let Some(error) = outcome.error {
            self.unwritten += 1;
            self.errors.push(error);
        }
        self.fixed += outcome.fixed;
        self.fixed_files += usize::from(outcome.fixed > 0);
        self.progress.suspend(|| -> io::Result<()> {
            for note in &outcome.notes {
                writeln!(err, "warning: {note}")?;
            }
            Ok(())
        })?;
        if let Some(text) = &outcome.output {
            self.diffs |= matches!(mode_of(args), Mode::Diff(_));
            out.write_all(text.as_bytes())?;
        }
        // Narrow to what this run is asked about: the changed lines, past the baseline.
        if let Some(changes) = &setup.changes {
            changes.retain_changed(&mut report);
        }
        if let Some(recorder) = &mut self.recorder {
            recorder.add(&report);
        } else if let Some(baseline) = &mut setup.baseline {
            baseline.retain(&mut report);
        }
        // The command line wins over the config.
        let level = args.fail_on.or(configured).unwrap_or(FailOn::Warning);
        self.failed |= report.findings.iter().any(|f| level.fails(f.severity));
        self.totals.add(&report);
        if args.statistics {
            self.tally.add(&report);
        }
        if let Some(reporter) = reporter {
            if self.progress.visible() {
                // What is written goes out before the bar is drawn again.
                self.progress.suspend(|| {
                    reporter.file(&report, out)?;
                    out.flush()
                })?;
            } else {
                reporter.file(&report, out)?;
            }
        }
        self.progress
            .file_done(outcome.bytes, report.findings.len());
        Ok(())
    }
}

fn write_baseline(
    args: &CheckArgs,
    path: &std::path::Path,
    recorder: Recorder,
    errors: &[InputError],
    err: &mut dyn Write,
) -> io::Result<u8> {
    let written = recorder.write(path);
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

/// The format asked for: `human` on a terminal, `compact` otherwise.
fn format(args: &CheckArgs) -> Format {
    args.format.unwrap_or(if io::stdout().is_terminal() {
        Format::Human
    } else {
        Format::Compact
    })
}

fn color(args: &CheckArgs) -> bool {
    match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    }
}

/// The threads that lint: `--jobs`, or one per core.
pub(super) fn threads(jobs: Option<usize>) -> usize {
    match jobs {
        Some(n) if n > 0 => n,
        _ => std::thread::available_parallelism().map_or(1, |n| n.get()),
    }
}

/// The lowest severity that fails the run, `None` for `--fail-on never`.
pub(super) fn fail_level(fail_on: FailOn) -> Option<Severity> {
    [Severity::Info, Severity::Warning, Severity::Error]
        .into_iter()
        .find(|&severity| fail_on.fails(severity))
}
