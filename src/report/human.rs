//! miette's graphical reports: the file, line and column, the span labelled with the suggestion,
//! the reason as help and the rule id as code.

use std::io::{self, Write};

use miette::{GraphicalReportHandler, GraphicalTheme};

use super::Report;
use crate::diagnostic::FileReport;

#[derive(Debug)]
pub struct Human {
    handler: GraphicalReportHandler,
    /// One finding's rendering, reused.
    rendered: String,
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
            rendered: String::new(),
        }
    }
}

impl Report for Human {
    fn file(&mut self, file: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for finding in &file.findings {
            self.rendered.clear();
            self.handler
                .render_report(&mut self.rendered, &file.diagnostic(finding))
                .map_err(io::Error::other)?;
            out.write_all(self.rendered.as_bytes())?;
            writeln!(out)?;
        }
        Ok(())
    }
}
