//! miette's graphical reports: the file, line and column, the span labelled with the suggestion,
//! the reason as help and the rule id as code.

use std::io::{self, Write};

use miette::{GraphicalReportHandler, GraphicalTheme};

use super::Report;
use crate::diagnostic::FileReport;

#[derive(Debug)]
pub struct Human {
    handler: GraphicalReportHandler,
}

impl Human {
    pub fn new(color: bool, width: usize) -> Human {
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        Human {
            handler: GraphicalReportHandler::new_themed(theme)
                .with_width(width)
                .with_links(false),
        }
    }
}

impl Report for Human {
    fn report(&self, files: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
        let mut rendered = String::new();
        for file in files {
            for finding in &file.findings {
                rendered.clear();
                self.handler
                    .render_report(&mut rendered, &file.diagnostic(finding))
                    .map_err(io::Error::other)?;
                out.write_all(rendered.as_bytes())?;
                writeln!(out)?;
            }
        }
        Ok(())
    }
}
