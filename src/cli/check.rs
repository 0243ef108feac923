//! `termlint check`: walk, lint in parallel, report, and decide the exit code.

use std::io::{self, IsTerminal, Write};

use rayon::prelude::*;

use super::{CheckArgs, ColorChoice, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, Format};
use crate::diagnostic::FileReport;
use crate::glossary::Severity;
use crate::matcher::Matcher;
use crate::report::{Compact, Human, Json, Report};
use crate::walk::{self, InputError};

pub(super) fn check(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let glossary = match super::load_glossary(&args.profiles) {
        Ok(glossary) => glossary,
        Err(error) => {
            writeln!(err, "error: {error}")?;
            return Ok(EXIT_ERROR);
        }
    };
    let matcher = Matcher::new(&glossary);

    let (inputs, mut errors) = walk::collect(&args.paths, args.stdin_filename.as_deref());
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
    reporter.report(&with_findings, out)?;
    out.flush()?;

    for error in &errors {
        writeln!(err, "error: {}: {}", error.path, error.message)?;
    }
    if format == Format::Human {
        writeln!(err, "{}", summary(&with_findings, checked))?;
    }

    let failed = with_findings
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
