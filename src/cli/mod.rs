//! The command line: arguments, the run, and exit codes.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

pub use crate::config::FailOn;
use crate::config::{ConfigError, Discovery, Resolver};
use crate::glossary::Glossary;
use crate::load;
pub use crate::report::Format;
use crate::walk::InputError;

mod check;
mod discover;
mod fix;
mod jobs;
mod linters;
mod lsp;
mod report;
mod ordered;
mod progress;
mod rules;
mod setup;
mod shell;
mod totals;

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
    // `--version` adds the built-in glossaries' revisions and rule counts (from build.rs).
    long_version = include_str!(concat!(env!("OUT_DIR"), "/version.txt")),
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
    /// List every rule of the glossary.
    Rules(RulesArgs),
    /// Show one rule: what it means, why, and its examples.
    Explain(ExplainArgs),
    /// Render the glossary as a documentation page.
    Glossary(GlossaryArgs),
    /// Write a commented starter `termlint.toml` (never overwrites one).
    Init(InitArgs),
    /// Show the effective configuration for a file, and which config files it came from.
    Config(ConfigArgs),
    /// Write a self-contained HTML report of the findings, for a writers' audit.
    Report(ReportArgs),
    /// List the terms the docs spell more than one way, and propose glossary entries.
    Discover(DiscoverArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell or elvish).
    Completions(CompletionsArgs),
    /// Print the manual page (roff), e.g. `termlint man > termlint.1`.
    Man,
    /// Run the language server over standard input and output (for editors).
    Lsp(LspArgs),
}

#[derive(Debug, clap::Args)]
pub struct DiscoverArgs {
    /// Files and directories to read.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// `text` to read, `markdown` for a pull request, `json` for tools, `toml` for a glossary of
    /// the proposed terms.
    #[arg(long, value_enum, default_value_t = DiscoverFormat::Text)]
    pub format: DiscoverFormat,
    /// Leave out families used fewer times than this, all forms together.
    #[arg(long, value_name = "N", default_value_t = crate::discover::DEFAULT_MIN_COUNT)]
    pub min_count: usize,
    /// Built-in glossaries to stack on the configured ones (for what counts as covered).
    #[arg(long = "profile", value_name = "NAME")]
    pub profiles: Vec<String>,
    #[command(flatten)]
    pub choice: ConfigChoice,
    /// Let configs read glossaries and Vale files outside the repository.
    #[arg(long)]
    pub allow_outside: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiscoverFormat {
    Text,
    Json,
    Toml,
    Markdown,
}

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Files and directories to lint.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// The HTML file to write.
    #[arg(
        long,
        short,
        value_name = "FILE",
        default_value = "termlint-report.html"
    )]
    pub output: PathBuf,
    /// The report's title.
    #[arg(long, default_value = "Terminology report")]
    pub title: String,
    /// Mark each finding as new or known in this baseline file (nothing is left out).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Link each location to `URL/path#Lline` (e.g. a repository's blob URL at a commit).
    #[arg(long, value_name = "URL")]
    pub link_base: Option<String>,
    /// Exit 1 when a finding is at or above this severity [default: always exit 0].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Built-in glossaries to stack on the default one (e.g. `clerk-docs`).
    #[arg(long = "profile", value_name = "NAME")]
    pub profiles: Vec<String>,
    #[command(flatten)]
    pub choice: ConfigChoice,
    /// Let configs read glossaries and Vale files outside the repository.
    #[arg(long)]
    pub allow_outside: bool,
    /// Print only errors: not where the report went.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, clap::Args)]
pub struct LspArgs {
    /// Talk over standard input and output (the only transport; accepted because clients pass
    /// it).
    #[arg(long)]
    pub stdio: bool,
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The directory to write `termlint.toml` in.
    #[arg(default_value = ".")]
    pub dir: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ConfigArgs {
    /// Print the merged settings that apply to PATH.
    #[arg(long)]
    pub show: bool,
    /// A file (or directory) to show the configuration for.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    #[command(flatten)]
    pub choice: ConfigChoice,
}

/// Which config files apply: the nearest ones (the default), one given file, or none.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ConfigChoice {
    /// Use this config file for every file instead of discovering `termlint.toml`.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,
    /// Ignore all config files: the built-in glossary alone.
    #[arg(long)]
    pub isolated: bool,
}

impl ConfigChoice {
    pub fn discovery(&self) -> Discovery {
        match (&self.config, self.isolated) {
            (Some(path), _) => Discovery::Explicit(path.clone()),
            (None, true) => Discovery::Isolated,
            (None, false) => Discovery::Nearest,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
    #[command(flatten)]
    pub source: RuleSource,
}

/// Where the rules that `rules`, `explain` and `glossary` document come from: the config that
/// applies in the current directory, as for `check`, plus any profiles given here.
#[derive(Debug, Clone, clap::Args)]
pub struct RuleSource {
    /// Built-in glossaries to stack on the configured ones.
    #[arg(long = "profile", value_name = "NAME")]
    pub profiles: Vec<String>,
    #[command(flatten)]
    pub choice: ConfigChoice,
    /// Let configs read glossaries and Vale files outside the repository.
    #[arg(long)]
    pub allow_outside: bool,
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The rule id, as shown with each finding.
    pub id: String,
    #[command(flatten)]
    pub source: RuleSource,
}

#[derive(Debug, clap::Args)]
pub struct GlossaryArgs {
    #[arg(long, value_enum, default_value_t = PageFormat::Markdown)]
    pub format: PageFormat,
    #[command(flatten)]
    pub source: RuleSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PageFormat {
    Markdown,
}

#[derive(Debug, Default, clap::Args)]
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
    /// The lowest severity that makes the exit code 1 [default: warning, or the config's].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    #[command(flatten)]
    pub choice: ConfigChoice,
    /// Let configs read glossaries and Vale files outside the repository.
    #[arg(long)]
    pub allow_outside: bool,
    /// Apply safe fixes in place (for `-`, print the fixed text).
    #[arg(long)]
    pub fix: bool,
    /// With --fix or --diff, also apply fixes marked unsafe.
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print a unified diff of what --fix would change, and write nothing (exit 1 on changes).
    #[arg(long, conflicts_with = "fix")]
    pub diff: bool,
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
    /// Link each location to `URL/path#Lline` in the markdown format (e.g. a repository's blob
    /// URL at a commit).
    #[arg(long, value_name = "URL")]
    pub link_base: Option<String>,
    /// Lint with N threads [default: the number of cores]. The output is the same for any N.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Never show progress (it is shown only on a terminal, for runs longer than a second).
    #[arg(long)]
    pub no_progress: bool,
    /// The largest file, standard input, config, glossary or baseline to read (bytes, or with
    /// KB, MB or GB) [default: 100MB].
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_input_size: Option<u64>,
}

/// `100MB`, `512KB`, `2GB` (powers of 1024) or a number of bytes.
fn parse_size(text: &str) -> Result<u64, String> {
    let upper = text.trim().to_ascii_uppercase();
    let (digits, unit) = match upper.find(|c: char| !c.is_ascii_digit()) {
        Some(at) => upper.split_at(at),
        None => (upper.as_str(), ""),
    };
    let unit: u64 = match unit.trim() {
        "" | "B" => 1,
        "K" | "KB" | "KIB" => 1 << 10,
        "M" | "MB" | "MIB" => 1 << 20,
        "G" | "GB" | "GIB" => 1 << 30,
        other => return Err(format!("unknown unit `{other}` (use KB, MB or GB)")),
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(unit))
        .ok_or_else(|| format!("`{text}` is not a size such as 100MB"))
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// Parses the process arguments and runs; returns the exit code.
pub fn main() -> u8 {
    let cli = Cli::parse();
    // The server writes from its own thread: standard output must not be locked here.
    if let Command::Lsp(args) = cli.command {
        return lsp::serve(args, &mut io::stderr()).unwrap_or(EXIT_ERROR);
    }
    // Reports are written in many small pieces: one write call per 64 KiB, not per piece.
    let mut stdout = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let stderr = io::stderr();
    let code = run(cli, &mut stdout, &mut stderr.lock()).and_then(|code| {
        stdout.flush()?;
        Ok(code)
    });
    match code {
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
        Command::Rules(args) => rules::list(args, out, err),
        Command::Explain(args) => rules::explain(args, out, err),
        Command::Glossary(args) => rules::page(args, out, err),
        Command::Init(args) => setup::init(args, out, err),
        Command::Config(args) => setup::show(args, out, err),
        Command::Report(args) => report::report(args, out, err),
        Command::Discover(args) => discover::discover(args, out, err),
        Command::Completions(args) => shell::completions(args, out),
        Command::Man => shell::man(out),
        Command::Lsp(args) => lsp::serve(args, err),
    }
}

/// The glossary that `check` would use for a file in the current directory, with the given
/// built-in profiles stacked on it.
fn load_glossary(source: &RuleSource) -> Result<Glossary, ConfigError> {
    let discovery = source.choice.discovery();
    // Settings are resolved for a file: here, one directly inside the current directory.
    let settings = Resolver::new(discovery)?.settings(std::path::Path::new("_"))?;
    let loaded = load::documented_glossary_for(&settings, &source.profiles, source.allow_outside)?;
    Ok(loaded.glossary)
}
