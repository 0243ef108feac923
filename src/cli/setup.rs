//! `termlint init` (a starter config) and `termlint config --show` (the effective settings for a
//! file, for debugging layered configs).

use std::io::{self, Write};

use super::{ConfigArgs, EXIT_CLEAN, EXIT_ERROR, InitArgs};
use crate::config::{CONFIG_NAMES, Resolver, shown};

const STARTER: &str = r#"# termlint configuration: https://github.com/termlint/termlint#configuration
# Every key is optional; nearer termlint.toml files override keys of outer ones.

# Built-in glossaries: "clerk" (default), "clerk-docs" (Clerk's own house style).
profiles = ["clerk"]

# Your own glossaries, in the format of rules/*.toml (relative to this file).
# glossaries = ["docs/terms.toml"]

# Project vocabulary that silences a match inside it (matched case-sensitively).
# accept = ["Web Hook Relay"]

# "en-US" (default) or "en-GB" (turns the spelling rules around).
# locale = "en-US"

# The lowest severity that fails a run: error | warning | info | never.
# fail_on = "warning"

# Only walk these, and never these (globs; a name without `/` matches at any depth).
# include = ["docs/**"]
# exclude = ["docs/legacy/**"]

# Per rule id or category: off | info | warning | error. See `termlint rules`.
[rules]
# inclusive-language = "info"

# What is linted as prose (the defaults are shown).
[scopes]
# headings = true
# blockquotes = true
# link_text = true
# comments = true      # comments in source code
# strings = false      # string literals in source code
# front_matter = true  # the front-matter `title` and `description` of Markdown and MDX
# generated = false    # files whose header says a tool wrote them ("DO NOT EDIT", "@generated")
# MDX attributes whose quoted values are prose; a list replaces this one, [] turns it off.
# jsx_attributes = ["title", "alt", "label", "description", "caption", "displayText"]

# Looser rules for some files.
# [[overrides]]
# files = ["CHANGELOG.md"]
# fail_on = "never"
"#;

const PRE_COMMIT: &str = "\
Add termlint to .pre-commit-config.yaml:

  - repo: https://github.com/termlint/termlint
    rev: main
    hooks:
      - id: termlint
";

pub(super) fn init(args: InitArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    if let Some(existing) = CONFIG_NAMES
        .iter()
        .map(|n| args.dir.join(n))
        .find(|p| p.exists())
    {
        writeln!(
            err,
            "error: {} already exists; nothing written",
            shown(&existing)
        )?;
        return Ok(EXIT_ERROR);
    }
    let path = args.dir.join(CONFIG_NAMES[0]);
    // `create_new`: even a file created since the check above is never overwritten.
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .and_then(|mut file| file.write_all(STARTER.as_bytes()));
    if let Err(error) = written {
        writeln!(err, "error: {}: {error}", shown(&path))?;
        return Ok(EXIT_ERROR);
    }
    writeln!(out, "wrote {}\n\n{PRE_COMMIT}", shown(&path))?;
    Ok(EXIT_CLEAN)
}

pub(super) fn show(args: ConfigArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    if !args.show {
        writeln!(
            err,
            "error: nothing to do: use `termlint config --show [PATH]`"
        )?;
        return Ok(EXIT_ERROR);
    }
    let discovery = args.choice.discovery();
    // Settings are resolved for a file; for a directory, as for a file directly inside it.
    let target = if args.path.is_dir() {
        args.path.join("_")
    } else {
        args.path.clone()
    };
    let resolved = Resolver::new(discovery).and_then(|mut resolver| {
        let chain = resolver.chain(&target)?;
        Ok((chain, resolver.settings(&target)?))
    });
    let (chain, settings) = match resolved {
        Ok(found) => found,
        Err(error) => {
            write!(err, "{}", error.snippet())?;
            writeln!(err, "error: {error}")?;
            return Ok(EXIT_ERROR);
        }
    };
    writeln!(out, "# effective configuration for {}", shown(&args.path))?;
    if chain.is_empty() {
        writeln!(out, "# from: no config file (built-in defaults)")?;
    }
    for config in &chain {
        writeln!(out, "# from: {}", shown(&config.path))?;
    }
    let text = toml::to_string(&settings).map_err(io::Error::other)?;
    let text = text.replace(&format!("{}/", display_root()), "");
    write!(out, "{text}")?;
    Ok(EXIT_CLEAN)
}

/// The working directory, which is stripped from the absolute paths of the settings.
fn display_root() -> String {
    std::env::current_dir()
        .map(|d| d.display().to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::STARTER;
    use crate::config::{Scopes, Settings};
    use crate::source::DEFAULT_JSX_ATTRIBUTES;

    /// The commented `[scopes]` lines of the starter, uncommented, are valid and are the
    /// defaults they claim to be.
    #[test]
    fn the_starter_scopes_are_the_defaults() {
        let scopes: String = STARTER
            .split("[scopes]")
            .nth(1)
            .unwrap()
            .lines()
            .skip(1)
            .take_while(|l| !l.is_empty())
            .filter_map(|l| l.strip_prefix("# ").filter(|l| l.contains(" = ")))
            .map(|l| format!("{l}\n"))
            .collect();
        let settings: Settings = toml::from_str(&format!("[scopes]\n{scopes}")).unwrap();
        let expected = Scopes {
            headings: Some(true),
            blockquotes: Some(true),
            link_text: Some(true),
            comments: Some(true),
            strings: Some(false),
            front_matter: Some(true),
            generated: Some(false),
            jsx_attributes: Some(DEFAULT_JSX_ATTRIBUTES.map(String::from).to_vec()),
        };
        assert_eq!(settings.scopes, Some(expected));
    }
}
