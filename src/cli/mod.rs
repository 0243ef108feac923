//! The command line: arguments, the run, and exit codes.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::glossary::Severity;

mod check;

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
    /// Report only findings on lines added or changed since the merge base of REF and HEAD,
    /// uncommitted and untracked files included (runs git).
    #[arg(long, value_name = "REF")]
    pub changed_since: Option<String>,
    /// Report only findings that are not recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record every current finding in FILE as the baseline, report nothing, and exit 0.
    #[arg(long, value_name = "FILE", conflicts_with = "changed_since")]
    pub write_baseline: Option<PathBuf>,
    /// Print finding counts per rule and per file (instead of the findings in the human, compact
    /// and json formats; on standard error after the report in the others).
    #[arg(long)]
    pub statistics: bool,
    /// Print only findings and errors: no summary line and no notes.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Compact,
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions annotations.
    Github,
    /// reviewdog's Diagnostic JSON, with suggested changes.
    Rdjson,
    /// GitLab Code Quality (Code Climate) JSON.
    Gitlab,
    /// JUnit XML, one test case per file.
    Junit,
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
    pub fn fails(self, severity: Severity) -> bool {
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
        Command::Check(args) => check::check(args, out, err),
    }
}
