//! `termlint discover`: the walk, configs and prose extraction of `check`, then the families of
//! competing spellings in that prose instead of findings.

use std::io::{self, Write};
use std::sync::Arc;

use super::check;

use super::{CheckArgs, DiscoverArgs, DiscoverFormat, EXIT_CLEAN, EXIT_ERROR};
use crate::discover::{Discovery, FileWords, propose, render, words};
use crate::lint::Linter;
use crate::walk::{self, Input, InputError};

pub(super) fn discover(
    args: DiscoverArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<u8> {
    let check_args = CheckArgs {
        paths: args.paths.clone(),
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
    let read = |input: &Input, linter: &Arc<Linter>| -> Result<FileWords, InputError> {
        let text = walk::read(input)?;
        let chunks = linter.prose_chunks(input.kind(), &text);
        let words = words::words(&text, &chunks);
        Ok(FileWords {
            path: input.display(),
            text,
            words,
        })
    };
    let mut files = Vec::new();
    // Every file's words are kept: families are counted over the whole tree at the end.
    let threads = check::threads(None);
    jobs.for_each_ordered(threads, read, |result| {
        match result {
            Ok(file) => files.push(file),
            Err(error) => errors.push(error),
        }
        Ok(())
    })?;
    let glossary = linters.glossary();
    let discovery = Discovery::new(files, args.min_count, &glossary);
    let text = match args.format {
        DiscoverFormat::Text => render::text(&discovery),
        DiscoverFormat::Json => render::json(&discovery),
        DiscoverFormat::Toml => propose::glossary(&discovery),
        DiscoverFormat::Markdown => render::markdown(&discovery),
    };
    out.write_all(text.as_bytes())?;
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    for error in &errors {
        writeln!(err, "error: {}: {}", error.path, error.message)?;
    }
    // Families are not findings: the exit code says only whether every file could be read.
    Ok(if errors.is_empty() {
        EXIT_CLEAN
    } else {
        EXIT_ERROR
    })
}
