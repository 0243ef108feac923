//! Progress on standard error for long runs: files done, findings so far, throughput. Shown only
//! when standard error is a terminal, not in CI, not with `--quiet` or `--no-progress`, and only
//! once a run has taken more than a second, so that short runs and every pipe or log stay as
//! they were.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a run goes before it shows progress.
const DELAY: Duration = Duration::from_secs(1);

#[derive(Debug)]
pub(super) struct Progress {
    /// `None` when progress is off for this run.
    bar: Option<ProgressBar>,
    started: Instant,
    shown: bool,
    findings: usize,
    bytes: u64,
}

impl Progress {
    /// Progress over `files` files, if `wanted` and standard error is an interactive terminal.
    pub(super) fn new(wanted: bool, files: usize) -> Progress {
        let interactive = std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
        let bar = (wanted && interactive).then(|| {
            let bar =
                ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::hidden());
            bar.set_style(
                ProgressStyle::with_template("{bar:30} {pos}/{len} files  {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
            shown: false,
            findings: 0,
            bytes: 0,
        }
    }

    /// Counts one file done.
    pub(super) fn file_done(&mut self, bytes: usize, findings: usize) {
        let Some(bar) = &self.bar else {
            return;
        };
        self.findings += findings;
        self.bytes += bytes as u64;
        let elapsed = self.started.elapsed();
        if !self.shown && elapsed >= DELAY {
            bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
            self.shown = true;
        }
        if self.shown {
            let rate = self.bytes as f64 / elapsed.as_secs_f64() / 1e6;
            bar.set_message(format!("{} findings  {rate:.1} MB/s", self.findings));
        }
        bar.inc(1);
    }

    /// Runs `f` with the bar cleared from the terminal, so that what it writes is not drawn
    /// over.
    pub(super) fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) if self.shown => bar.suspend(f),
            _ => f(),
        }
    }

    /// Whether the bar is on the terminal now.
    pub(super) fn visible(&self) -> bool {
        self.shown
    }

    /// Clears the bar: nothing of it stays in the terminal's scrollback.
    pub(super) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
