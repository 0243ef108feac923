//! Errors in a config file or a user glossary: the file, the line and column, and, where the
//! place is known, a miette snippet that points at the exact span, with "did you mean" help.

use std::fmt;
use std::ops::Range;
use std::path::Path;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};

/// A config or glossary file that cannot be used.
#[derive(Debug)]
pub struct ConfigError {
    pub path: String,
    /// With `line L, column C:` in front when the place is known.
    pub message: String,
    snippet: Option<Box<Snippet>>,
    /// Text to look for in the config files that apply, to point at the place (an unknown rule
    /// name is found only once the glossary is loaded, from the merged settings).
    pub needle: Option<(String, Option<String>)>,
    /// The underlying error (an I/O error reading the file), kept for callers that inspect it.
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

#[derive(Debug)]
struct Snippet {
    source: NamedSource<String>,
    span: Range<usize>,
    label: String,
    help: Option<String>,
    /// A second place involved, with its label (the first of two rules with one id).
    related: Option<(Range<usize>, String)>,
}

impl ConfigError {
    pub fn new(path: &Path, message: impl Into<String>) -> ConfigError {
        ConfigError {
            path: super::shown(path),
            message: message.into(),
            snippet: None,
            needle: None,
            source: None,
        }
    }

    /// `path` could not be read: "`what`: the OS error", with the error as the source.
    pub fn io(path: &Path, what: &str, error: std::io::Error) -> ConfigError {
        let reason = crate::walk::os_reason(&error);
        let mut config_error = ConfigError::new(path, format!("{what}: {reason}"));
        config_error.source = Some(Box::new(error));
        config_error
    }

    /// Marks the text that shows where the problem is, with optional help.
    pub fn with_needle(mut self, needle: String, help: Option<String>) -> ConfigError {
        self.needle = Some((needle, help));
        self
    }

    /// An error at `span` of `text`, the contents of `path`.
    pub fn at(
        path: &Path,
        text: &str,
        span: Range<usize>,
        message: &str,
        label: &str,
        help: Option<String>,
    ) -> ConfigError {
        let shown = super::shown(path);
        ConfigError {
            message: super::with_place(text, Some(span.clone()), message),
            snippet: Some(Box::new(Snippet {
                source: NamedSource::new(shown.clone(), text.to_string()),
                span,
                label: label.to_string(),
                help,
                related: None,
            })),
            path: shown,
            needle: None,
            source: None,
        }
    }

    /// Also points at `span` of the same text, with `label`.
    pub fn with_related(mut self, span: Range<usize>, label: &str) -> ConfigError {
        if let Some(snippet) = &mut self.snippet {
            snippet.related = Some((span, label.to_string()));
        }
        self
    }

    /// A TOML or schema error, with "did you mean" for an unknown key or value.
    pub fn from_toml(path: &Path, text: &str, err: &toml::de::Error) -> ConfigError {
        let message = err.message().trim().to_string();
        let help = suggestion_for(&message);
        match err.span() {
            Some(span) => ConfigError::at(path, text, span, &message, "here", help),
            None => ConfigError::new(path, message),
        }
    }

    /// `self` pointing at the first occurrence of `needle` in `text`, when there is one.
    pub fn located(
        self,
        path: &Path,
        text: &str,
        needle: &str,
        help: Option<String>,
    ) -> ConfigError {
        match text.find(needle) {
            Some(at) => {
                let message = self.message.clone();
                ConfigError::at(path, text, at..at + needle.len(), &message, "here", help)
            }
            None => self,
        }
    }

    /// The byte range of the place in the file, when known.
    pub fn span(&self) -> Option<Range<usize>> {
        self.snippet.as_ref().map(|s| s.span.clone())
    }

    /// The miette snippet of the place, without colour, or nothing when the place is unknown.
    pub fn snippet(&self) -> String {
        if self.snippet.is_none() {
            return String::new();
        }
        let mut out = String::new();
        let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
            .with_width(100)
            .with_links(false);
        match handler.render_report(&mut out, self) {
            Ok(()) => out,
            Err(_) => String::new(),
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: invalid config: {}", self.path, self.message)
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

impl Diagnostic for ConfigError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("termlint::config"))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let help = self.snippet.as_ref()?.help.as_ref()?;
        Some(Box::new(help))
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.snippet.as_ref()?.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let snippet = self.snippet.as_ref()?;
        let primary =
            LabeledSpan::new_primary_with_span(Some(snippet.label.clone()), snippet.span.clone());
        let related = snippet
            .related
            .iter()
            .map(|(span, label)| LabeledSpan::new_with_span(Some(label.clone()), span.clone()));
        Some(Box::new(std::iter::once(primary).chain(related)))
    }
}

/// serde's "unknown field `x`, expected one of `a`, `b`" (or "unknown variant") → "did you
/// mean `a`?" when one of the expected names is close.
fn suggestion_for(message: &str) -> Option<String> {
    let rest = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("unknown variant `"))?;
    let (unknown, expected) = rest.split_once('`')?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    did_you_mean(unknown, &candidates).map(|best| format!("did you mean `{best}`?"))
}

/// The candidate closest to `word` (by edit distance, ignoring case and `-`/`_`), when it is
/// close enough to be a typo.
pub fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let norm = |s: &str| s.to_lowercase().replace('-', "_");
    let word = norm(word);
    candidates
        .iter()
        .map(|c| (edit_distance(&word, &norm(c)), *c))
        .filter(|&(d, c)| d <= 2.max(c.len() / 3))
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{did_you_mean, suggestion_for};

    #[test]
    fn suggests_close_names() {
        assert_eq!(
            did_you_mean("fail-on", &["fail_on", "files"]),
            Some("fail_on")
        );
        assert_eq!(
            did_you_mean("profile", &["profiles", "locale"]),
            Some("profiles")
        );
        assert_eq!(did_you_mean("colour", &["profiles", "locale"]), None);
        assert_eq!(
            suggestion_for("unknown field `exlude`, expected one of `include`, `exclude`"),
            Some("did you mean `exclude`?".to_string())
        );
    }
}
