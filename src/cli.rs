//! The command line: arguments, the run, and exit codes.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use crate::diagnostic::FileReport;
use crate::glossary::{self, Glossary, Severity};
use crate::matcher::Matcher;
use crate::report::{Compact, Human, Json, Report};
use crate::walk::{self, InputError};

/// Exit code: no finding at or above the fail level.
pub const EXIT_CLEAN: u8 = 0;
/// Exit code: at least one finding at or above the fail level.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: a usage, configuration or I/O error (the other files are still linted).
pub const EXIT_ERROR: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "termlint",
    version,
    about = "Find and fix inconsistent terminology in docs and code comments"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lint files and directories (default: the current directory).
    Check(CheckArgs),
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files and directories to lint; `-` reads standard input.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Output format; `human` when standard output is a terminal, `compact` otherwise.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// When to use colour in the human format (NO_COLOR is honoured with `auto`).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// The path shown for standard input; its extension picks the file kind.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// The lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    pub fail_on: FailOn,
    /// Built-in glossaries to stack on the default one (e.g. `clerk-docs`).
    #[arg(long = "profile", value_name = "NAME")]
    pub profiles: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Compact,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity >= Severity::Error,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Info => true,
            FailOn::Never => false,
        }
    }
}

/// Parses the process arguments and runs; returns the exit code.
pub fn main() -> u8 {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let stderr = io::stderr();
    match run(cli, &mut stdout.lock(), &mut stderr.lock()) {
        Ok(code) => code,
        // A closed pipe (`termlint check | head`) is the reader's choice, not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => EXIT_CLEAN,
        Err(err) => {
            let _ = writeln!(stderr.lock(), "error: {err}");
            EXIT_ERROR
        }
    }
}

/// Runs a parsed command line, writing reports to `out` and messages to `err`.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    match cli.command {
        Command::Check(args) => check(args, out, err),
    }
}

fn check(args: CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
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
