//! Shell completions and the manual page, both generated from the command-line definition so they
//! never fall behind it. Packagers write them to files at install time.

use std::io::{self, Write};

use clap::CommandFactory;

use super::{Cli, CompletionsArgs, EXIT_CLEAN};

/// Writes the completion script for one shell.
pub(super) fn completions(args: CompletionsArgs, out: &mut dyn Write) -> io::Result<u8> {
    let mut command = Cli::command();
    // Generated into memory: clap_complete panics when its writer fails (a closed pipe), and
    // the caller treats a broken pipe as the reader's choice.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "termlint", &mut script);
    out.write_all(&script)?;
    Ok(EXIT_CLEAN)
}

/// Writes `termlint(1)`: the top-level page, with every subcommand and its options.
pub(super) fn man(out: &mut dyn Write) -> io::Result<u8> {
    let command = Cli::command();
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    man.render_subcommands_section(out)?;
    // The subcommands' own options, which the top-level sections leave out.
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = sub.get_name();
        writeln!(out, ".SH \"TERMLINT {}\"", name.to_uppercase())?;
        if let Some(about) = sub.get_about() {
            writeln!(out, "{}", roff_escape(&about.to_string()))?;
        }
        let page = clap_mangen::Man::new(sub.clone().bin_name(format!("termlint {name}")));
        let mut buffer = Vec::new();
        page.render_synopsis_section(&mut buffer)?;
        page.render_options_section(&mut buffer)?;
        // Nested under this section: the generated headings become subheadings.
        let text = String::from_utf8_lossy(&buffer).replace(".SH ", ".SS ");
        out.write_all(text.as_bytes())?;
    }
    man.render_version_section(out)?;
    Ok(EXIT_CLEAN)
}

/// A plain line for roff: a leading `.` or `'` would read as a request, and `\` as an escape.
fn roff_escape(text: &str) -> String {
    let text = text.replace('\\', "\\e");
    if text.starts_with(['.', '\'']) {
        format!("\\&{text}")
    } else {
        text
    }
}
