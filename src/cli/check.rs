//! `termlint check`: walk, lint in parallel, report, and decide the exit code.

use std::io::{self, IsTerminal, Write};

use rayon::prelude::*;

use super::{CheckArgs, ColorChoice, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, FailOn, Format};
use crate::baseline::{self, Baseline};
use crate::changed::Changes;
use crate::diagnostic::FileReport;
use crate::glossary::{self, Glossary, Severity};
use crate::matcher::Matcher;
use crate::report::{
    Compact, Github, Gitlab, Human, Json, Junit, Rdjson, Report, Sarif, Statistics,
};
use crate::walk::{self, Input, InputError};

pub(super) fn check(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let mut profiles: Vec<&str> = glossary::DEFAULT_PROFILES.to_vec();
    profiles.extend(args.profiles.iter().map(String::as_str));
    let glossary = match Glossary::builtin(&profiles) {
        Ok(glossary) => glossary,
        Err(error) => {
            writeln!(err, "error: {error}")?;
            return Ok(EXIT_ERROR);
        }
    };
    let matcher = Matcher::new(&glossary);
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
    let results: Vec<Result<FileReport, InputError>> = inputs
        .par_iter()
        .map(|input| {
            let text = walk::read(input)?;
            let findings = crate::lint(&matcher, input.kind(), &text);
            Ok(FileReport {
                path: input.display(),
                source: text.into(),
                findings,
            })
        })
        .collect();
    let checked = results.len();
    let mut reports = Vec::new();
    for result in results {
        match result {
            Ok(report) => reports.push(report),
            Err(error) => errors.push(error),
        }
    }
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
        Format::Junit => Box::new(Junit::new(fail_level(args.fail_on))),
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
        (false, _) => reporter.report(&reports, out)?,
    }
    out.flush()?;

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
        .flat_map(|r| &r.findings)
        .any(|f| args.fail_on.fails(f.severity));
    Ok(if !errors.is_empty() {
        EXIT_ERROR
    } else if failed {
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
