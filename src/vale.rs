//! Migration from Vale: vocabularies (`accept.txt`, `reject.txt`) and substitution rules
//! (`swap` maps) become termlint terms. Vale's entries are regular expressions; those made of
//! alternations, optional parts and character classes expand to plain forms, and any other is
//! reported as unsupported with its line.
//!
//! As in Vale, an `accept.txt` entry does two things: it silences other rules inside the
//! accepted spelling, and it becomes a `Vale.Terms` rule that flags any other casing of it
//! (`zorblatt` when `Zorblatt` is accepted). An entry with `(?i)` accepts every casing and flags
//! nothing. A `reject.txt` entry becomes a `Vale.Avoid` rule that flags the term.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::config::ConfigError;
use crate::glossary::{Applicability, CasePolicy, Glossary, Severity, Term};

/// The id prefix of the rules made from `accept.txt` entries: `Vale.Terms/Zorblatt`.
pub const TERMS: &str = "Vale.Terms/";

/// What an import adds, and what it could not use.
#[derive(Debug, Default)]
pub struct Import {
    pub glossary: Glossary,
    /// Spellings that silence a match, case-sensitively (accept.txt).
    pub accept: Vec<String>,
    /// Spellings that silence a match in any casing (accept.txt entries with `(?i)`).
    pub accept_any_case: Vec<String>,
    /// `path:line: reason` for each entry that was left out.
    pub unsupported: Vec<String>,
}

/// Reads a Vale vocabulary directory (`accept.txt` and `reject.txt`, both optional).
pub fn read_vocab(dir: &Path) -> Result<Import, ConfigError> {
    if !dir.is_dir() {
        return Err(ConfigError::new(dir, "vale_vocab: no such directory"));
    }
    let name = dir
        .file_name()
        .map_or_else(|| "Vocab".into(), |n| n.to_string_lossy().into_owned());
    let mut import = Import::default();
    for (file, accept) in [("accept.txt", true), ("reject.txt", false)] {
        let path = dir.join(file);
        let Ok(text) = crate::walk::read_to_string(&path) else {
            continue;
        };
        for (index, line) in text.lines().enumerate() {
            let entry = line.trim();
            if entry.is_empty() || entry.starts_with('#') {
                continue;
            }
            let (forms, ignorecase) = match expand(entry) {
                Ok(expanded) => expanded,
                Err(reason) => {
                    import.unsupported.push(format!(
                        "{}:{}: `{entry}`: {reason}",
                        path.display(),
                        index + 1
                    ));
                    continue;
                }
            };
            if accept && ignorecase {
                import.accept_any_case.extend(forms);
            } else if accept {
                import.glossary.terms.push(terms_rule(&name, &forms));
                import.accept.extend(forms);
            } else {
                import.glossary.terms.push(Term {
                    id: format!("Vale.Avoid/{}", forms[0]),
                    category: format!("vale-{name}"),
                    preferred: Vec::new(),
                    avoid: forms,
                    case: if ignorecase {
                        CasePolicy::Insensitive
                    } else {
                        CasePolicy::Sensitive
                    },
                    severity: Severity::Error,
                    message: "This term is rejected by the project's vocabulary.".to_string(),
                    ..blank_term()
                });
            }
        }
    }
    Ok(import)
}

/// The `Vale.Terms` rule of an accepted entry: every other casing of its forms is flagged, with
/// the accepted spelling as the suggestion. A case-only change of a word the project defined is
/// a safe fix; the matcher never applies case-only rules inside joined names (packages, files,
/// slugs).
fn terms_rule(vocab: &str, forms: &[String]) -> Term {
    // One spelling per word: `[Oo]bservability` suggests `Observability` for `OBSERVABILITY`,
    // and its other accepted casing is silenced as an accepted spelling.
    let mut preferred: Vec<String> = Vec::new();
    for form in forms {
        if !preferred.iter().any(|p| p.eq_ignore_ascii_case(form)) {
            preferred.push(form.clone());
        }
    }
    Term {
        id: format!("{TERMS}{}", forms[0]),
        category: format!("vale-{vocab}"),
        preferred,
        case: CasePolicy::Exact,
        severity: Severity::Error,
        message: "Use '%s' instead of '%s': the project's vocabulary spells it this way."
            .to_string(),
        fix: Some(Applicability::Safe),
        ..blank_term()
    }
}

/// The parts of a Vale rule file that substitution rules use.
#[derive(Debug, Deserialize)]
struct ValeRule {
    extends: String,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    level: Option<String>,
    #[serde(default)]
    ignorecase: bool,
    #[serde(default)]
    swap: BTreeMap<String, String>,
}

/// Reads a Vale substitution rule (`extends: substitution` with a `swap` map).
pub fn read_style(path: &Path) -> Result<Import, ConfigError> {
    let text = crate::walk::read_to_string(path)
        .map_err(|err| ConfigError::io(path, "cannot read", err))?;
    parse_style(path, &text)
}

/// A Vale substitution rule from the text of the file at `path`.
pub fn parse_style(path: &Path, text: &str) -> Result<Import, ConfigError> {
    let rule: ValeRule = serde_yaml_ng::from_str(text)
        .map_err(|err| ConfigError::new(path, format!("not a Vale rule: {err}")))?;
    if rule.extends != "substitution" {
        return Err(ConfigError::new(
            path,
            format!(
                "only `extends: substitution` rules can be imported, not `{}`",
                rule.extends
            ),
        ));
    }
    let style = path
        .parent()
        .and_then(Path::file_name)
        .map(|n| n.to_string_lossy().into_owned());
    let stem = path
        .file_stem()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let category = match style {
        Some(style) => format!("{style}.{stem}"),
        None => stem,
    };
    let severity = match rule.level.as_deref() {
        Some("error") => Severity::Error,
        Some("suggestion") => Severity::Info,
        _ => Severity::Warning,
    };
    let message = rule
        .message
        .unwrap_or_else(|| "Use '%s' instead of '%s'.".to_string());
    let mut import = Import::default();
    for (key, replacement) in &rule.swap {
        let line = text
            .lines()
            .position(|l| l.contains(key.as_str()))
            .map_or(0, |i| i + 1);
        let unsupported = |reason: &str| format!("{}:{line}: `{key}`: {reason}", path.display());
        let (forms, inline_ignorecase) = match expand(key) {
            Ok(expanded) => expanded,
            Err(reason) => {
                import.unsupported.push(unsupported(&reason));
                continue;
            }
        };
        if replacement.contains('$') {
            import
                .unsupported
                .push(unsupported("back-references in the replacement"));
            continue;
        }
        let preferred = split_alternatives(replacement);
        import.glossary.terms.push(Term {
            id: format!("{category}/{}", forms[0]),
            category: category.clone(),
            preferred,
            avoid: forms,
            case: if rule.ignorecase || inline_ignorecase {
                CasePolicy::Insensitive
            } else {
                CasePolicy::Sensitive
            },
            severity,
            message: message.clone(),
            ..blank_term()
        });
    }
    Ok(import)
}

fn blank_term() -> Term {
    Term {
        id: String::new(),
        category: String::new(),
        preferred: Vec::new(),
        avoid: Vec::new(),
        pos: None,
        replace: BTreeMap::new(),
        case: CasePolicy::Insensitive,
        severity: Severity::Warning,
        message: String::new(),
        fix: None,
        followed_by: Vec::new(),
        preceded_by: Vec::new(),
        not_followed_by: Vec::new(),
        not_preceded_by: Vec::new(),
        near: Vec::new(),
        not_near: Vec::new(),
        ignore_in: Vec::new(),
        feature_name: false,
        definition: None,
        examples: Vec::new(),
    }
}

/// `a|b\|c` → `["a", "b|c"]`.
fn split_alternatives(text: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.last_mut().unwrap().extend(chars.next()),
            '|' => out.push(String::new()),
            c => out.last_mut().unwrap().push(c),
        }
    }
    out.into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The plain strings a Vale regex matches, and whether it asked for `(?i)`; an error names
/// the construct that cannot be expanded.
pub fn expand(regex: &str) -> Result<(Vec<String>, bool), String> {
    let (ignorecase, body) = match regex.strip_prefix("(?i)") {
        Some(rest) => (true, rest),
        None => (false, regex),
    };
    let chars: Vec<char> = body.chars().collect();
    let mut pos = 0;
    let forms = alternation(&chars, &mut pos)?;
    if pos != chars.len() {
        return Err(format!("unbalanced `{}`", chars[pos]));
    }
    let mut forms: Vec<String> = forms.into_iter().filter(|f| !f.trim().is_empty()).collect();
    forms.dedup();
    if forms.is_empty() {
        return Err("matches only the empty string".to_string());
    }
    Ok((forms, ignorecase))
}

const MAX_FORMS: usize = 256;

fn alternation(chars: &[char], pos: &mut usize) -> Result<Vec<String>, String> {
    let mut out = sequence(chars, pos)?;
    while chars.get(*pos) == Some(&'|') {
        *pos += 1;
        out.extend(sequence(chars, pos)?);
    }
    Ok(out)
}

fn sequence(chars: &[char], pos: &mut usize) -> Result<Vec<String>, String> {
    let mut acc = vec![String::new()];
    while let Some(&c) = chars.get(*pos) {
        if c == '|' || c == ')' {
            break;
        }
        *pos += 1;
        let mut atom: Vec<String> = match c {
            '(' => {
                if chars[*pos..].starts_with(&['?', ':']) {
                    *pos += 2;
                } else if chars.get(*pos) == Some(&'?') {
                    return Err("lookaround and other special groups".to_string());
                }
                let inner = alternation(chars, pos)?;
                if chars.get(*pos) != Some(&')') {
                    return Err("unclosed group".to_string());
                }
                *pos += 1;
                inner
            }
            '[' => class(chars, pos)?,
            '\\' => match chars.get(*pos) {
                Some(&e) if !e.is_alphanumeric() => {
                    *pos += 1;
                    vec![e.to_string()]
                }
                Some(e) => return Err(format!("`\\{e}`")),
                None => return Err("trailing `\\`".to_string()),
            },
            '.' | '*' | '+' | '{' | '}' | '^' | '$' | '?' => return Err(format!("`{c}`")),
            c => vec![c.to_string()],
        };
        if chars.get(*pos) == Some(&'?') {
            *pos += 1;
            atom.push(String::new());
        }
        if let Some(&q) = chars.get(*pos)
            && matches!(q, '*' | '+' | '{')
        {
            return Err(format!("`{q}`"));
        }
        acc = acc
            .iter()
            .flat_map(|prefix| atom.iter().map(move |a| format!("{prefix}{a}")))
            .collect();
        if acc.len() > MAX_FORMS {
            return Err(format!("expands to more than {MAX_FORMS} forms"));
        }
    }
    Ok(acc)
}

/// `[Oo]`, `[a-c]`: each character as a form.
fn class(chars: &[char], pos: &mut usize) -> Result<Vec<String>, String> {
    if chars.get(*pos) == Some(&'^') {
        return Err("negated character class".to_string());
    }
    let mut out = Vec::new();
    while let Some(&c) = chars.get(*pos) {
        *pos += 1;
        match c {
            ']' => return Ok(out),
            '\\' => return Err("escapes in a character class".to_string()),
            c if chars.get(*pos) == Some(&'-')
                && chars.get(*pos + 1).is_some_and(|&e| e != ']') =>
            {
                let end = chars[*pos + 1];
                *pos += 2;
                if (end as u32).saturating_sub(c as u32) > 26 {
                    return Err("a wide character range".to_string());
                }
                out.extend((c..=end).map(String::from));
            }
            c => out.push(c.to_string()),
        }
    }
    Err("unclosed character class".to_string())
}

#[cfg(test)]
mod tests {
    use super::expand;

    fn forms(regex: &str) -> Vec<String> {
        expand(regex).unwrap().0
    }

    #[test]
    fn expands_alternations_optional_parts_and_classes() {
        assert_eq!(forms("adaptor"), ["adaptor"]);
        assert_eq!(
            forms("(?:mobile|smart) ?phone"),
            ["mobile phone", "mobilephone", "smart phone", "smartphone"]
        );
        assert_eq!(
            forms("(?:internet bot|web robot)s?"),
            ["internet bots", "internet bot", "web robots", "web robot"]
        );
        assert_eq!(forms("a\\.k\\.a|aka"), ["a.k.a", "aka"]);
        assert_eq!(forms("3\\-D"), ["3-D"]);
        assert_eq!(
            forms("[Oo]bservability"),
            ["Observability", "observability"]
        );
        assert_eq!(
            expand("(?i)GitHub").unwrap(),
            (vec!["GitHub".to_string()], true)
        );
    }

    #[test]
    fn reports_what_it_cannot_expand() {
        assert_eq!(expand("[pP]y.*\\b").unwrap_err(), "`.`");
        assert_eq!(
            expand("(?<!Mozilla )Thunderbird").unwrap_err(),
            "lookaround and other special groups"
        );
        assert_eq!(expand("\\bfoo").unwrap_err(), "`\\b`");
        assert_eq!(expand("a+").unwrap_err(), "`+`");
        assert_eq!(expand("(a|b").unwrap_err(), "unclosed group");
    }
}
