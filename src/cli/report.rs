//! `termlint report`: the stages of `check` (walk, config, lint in parallel), then every finding
//! of the run, marked new or known against a baseline, as one HTML file.

use std::io::{self, Write};
use std::sync::Arc;

use super::check;
use super::totals::Totals;

use super::{CheckArgs, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, ReportArgs, RuleSource};
use crate::baseline::Baseline;
use crate::diagnostic::FileReport;
use crate::excerpt::Excerpt;
use crate::lint::Linter;
use crate::report::html::{self, Audit, Inputs};
use crate::walk::{self, Input, InputError};

pub(super) fn report(args: ReportArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    if let Some(base) = &args.link_base
        && !html::safe_link_base(base)
    {
        writeln!(
            err,
            "error: --link-base must be an http(s) address or a relative path: {base}"
        )?;
        return Ok(EXIT_ERROR);
    }
    let baseline = match args.baseline.as_deref().map(Baseline::load).transpose() {
        Ok(baseline) => baseline,
        Err(error) => {
            writeln!(err, "error: {error}")?;
            return Ok(EXIT_ERROR);
        }
    };
    // The same walk, configs and linters as `check`, reporting every finding.
    let check_args = CheckArgs {
        paths: args.paths.clone(),
        fail_on: args.fail_on,
        choice: args.choice.clone(),
        allow_outside: args.allow_outside,
        profiles: args.profiles.clone(),
        quiet: true,
        ..CheckArgs::default()
    };
    let Some(mut setup) = check::prepare(&check_args, err)? else {
        return Ok(EXIT_ERROR);
    };
    let (jobs, linters, mut errors) = check::plan(&check_args, &mut setup, err)?;
    // Files stream through as in `check`; the report itself needs every finding, so each
    // file's findings are kept, with only the lines shown around them.
    let lint = |input: &Input, linter: &Arc<Linter>| -> Result<(FileReport, usize), InputError> {
        let text = walk::read(input)?;
        let findings = linter.lint(input.kind(), &text);
        let words = linter.prose_words(input.kind(), &text);
        let report = FileReport {
            path: input.display(),
            excerpt: Excerpt::capture_with(&text, &findings, html::AROUND),
            findings,
        };
        Ok((report, words))
    };
    let mut reports = Vec::new();
    let mut words = Vec::new();
    let mut totals = Totals::default();
    let threads = check::threads(check_args.jobs);
    jobs.for_each_ordered(threads, lint, |result| {
        totals.checked += 1;
        match result {
            Ok((report, count)) => {
                totals.add(&report);
                reports.push(report);
                words.push(count);
            }
            Err(error) => errors.push(error),
        }
        Ok(())
    })?;
    errors.sort_by(|a, b| a.path.cmp(&b.path));

    let documented = super::load_glossary(&RuleSource {
        profiles: args.profiles.clone(),
        choice: args.choice.clone(),
        allow_outside: args.allow_outside,
    })
    .unwrap_or_default();
    let in_use = linters.glossary();
    let audit = Audit::new(
        &reports,
        Inputs {
            title: args.title.clone(),
            words,
            known: baseline.as_ref().map(|b| b.mark(&reports)),
            glossaries: vec![&documented, &in_use],
            link_base: args.link_base.clone(),
        },
    );
    let written = std::fs::File::create(&args.output).and_then(|file| {
        let mut file = io::BufWriter::new(file);
        audit.render(&mut file)?;
        file.flush()
    });
    if let Err(error) = written {
        writeln!(
            err,
            "error: cannot write {}: {error}",
            args.output.display()
        )?;
        return Ok(EXIT_ERROR);
    }
    if !args.quiet {
        writeln!(out, "wrote {}: {}", args.output.display(), totals.summary())?;
    }
    for error in &errors {
        writeln!(err, "error: {}: {}", error.path, error.message)?;
    }
    let failed = args.fail_on.is_some_and(|level| {
        reports
            .iter()
            .flat_map(|r| &r.findings)
            .any(|f| level.fails(f.severity))
    });
    Ok(if !errors.is_empty() {
        EXIT_ERROR
    } else if failed {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}
