//! `termlint report`: the stages of `check` (walk, config, lint in parallel), then every finding
//! of the run, marked new or known against a baseline, as one HTML file.

use std::io::{self, Write};

use rayon::prelude::*;

use super::check::{self, Job};
use super::fix::{self, Mode, Outcome};
use super::{CheckArgs, EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, FailOn, ReportArgs, RuleSource};
use crate::baseline::Baseline;
use crate::report::html::{self, Audit, Inputs};
use crate::walk::InputError;

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
    let lint = |(input, linter): &Job| -> Result<((Outcome, Option<FailOn>), usize), InputError> {
        let outcome = fix::process(input, linter, Mode::Check)?;
        let words = linter.prose_words(input.kind(), &outcome.report.source);
        Ok(((outcome, linter.fail_on), words))
    };
    let results: Vec<_> = jobs.par_iter().map(lint).collect();
    let mut words_by_path = std::collections::HashMap::new();
    let results = results
        .into_iter()
        .map(|result| {
            result.map(|(outcome, words)| {
                words_by_path.insert(outcome.0.report.path.clone(), words);
                outcome
            })
        })
        .collect();
    let mut sink = io::sink();
    let run = check::gather(
        &check_args,
        Mode::Check,
        results,
        &mut errors,
        &mut sink,
        err,
    )?;
    errors.sort_by(|a, b| a.path.cmp(&b.path));

    let documented = super::load_glossary(&RuleSource {
        profiles: args.profiles.clone(),
        choice: args.choice.clone(),
        allow_outside: args.allow_outside,
    })
    .unwrap_or_default();
    let in_use = linters.glossary();
    let audit = Audit::new(
        &run.reports,
        Inputs {
            title: args.title.clone(),
            words: run
                .reports
                .iter()
                .map(|r| words_by_path.get(&r.path).copied().unwrap_or(0))
                .collect(),
            known: baseline.as_ref().map(|b| b.mark(&run.reports)),
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
        writeln!(
            out,
            "wrote {}: {}",
            args.output.display(),
            check::summary(&run.reports, run.checked)
        )?;
    }
    for error in &errors {
        writeln!(err, "error: {}: {}", error.path, error.message)?;
    }
    let failed = args.fail_on.is_some_and(|level| {
        run.reports
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
