//! `termlint lsp`: the language server, over standard input and output.

use std::io::{self, Write};

use super::{EXIT_CLEAN, EXIT_ERROR, LspArgs};

pub(super) fn serve(_args: LspArgs, err: &mut dyn Write) -> io::Result<u8> {
    match crate::lsp::serve() {
        Ok(true) => Ok(EXIT_CLEAN),
        // `exit` without `shutdown`: the protocol asks for a failing exit code.
        Ok(false) => Ok(1),
        Err(error) => {
            writeln!(err, "error: language server: {error}")?;
            Ok(EXIT_ERROR)
        }
    }
}
