//! The families as a glossary to review: one `[[term]]` per family the active glossary does not
//! cover, the majority form preferred, the others avoided, so that `check` with this file flags
//! exactly the minority forms. Families whose forms split by part of speech are written commented
//! out: both forms are probably right, and a reviewer decides.

use std::collections::HashSet;
use std::fmt::Write as _;

use super::{Discovery, Family, Kind};

/// The TOML glossary text.
pub fn glossary(discovery: &Discovery) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Proposed by `termlint discover` from {} files (families with at least {} uses).\n\
         # Review each term, then add this file to `glossaries` in termlint.toml.\n",
        discovery.files.len(),
        discovery.min_count
    );
    let mut ids = HashSet::new();
    for family in discovery.proposed() {
        let mut id = format!("{}-{}", slug(&family.forms[0].text), family.kind.as_str());
        while !ids.insert(id.clone()) {
            id.push('x');
        }
        let block = term(discovery, family, &id);
        match &family.split {
            None => out.push_str(&block),
            Some(note) => {
                let _ = writeln!(out, "# {note}");
                for line in block.lines() {
                    let _ = writeln!(out, "# {line}");
                }
                out.push('\n');
            }
        }
    }
    out
}

fn term(discovery: &Discovery, family: &Family, id: &str) -> String {
    let preferred = &family.forms[0];
    let avoid: Vec<&str> = family.forms[1..].iter().map(|f| f.text.as_str()).collect();
    let others: Vec<String> = family.forms[1..]
        .iter()
        .map(|f| format!("'{}' {}", f.text, times(f.count)))
        .collect();
    let mut out = String::new();
    let _ = writeln!(out, "[[term]]");
    let _ = writeln!(out, "id = {}", quote(id));
    let _ = writeln!(
        out,
        "category = {}",
        quote(&format!("discovered-{}", family.kind.as_str()))
    );
    let _ = writeln!(out, "preferred = [{}]", quote(&preferred.text));
    let _ = writeln!(out, "avoid = [{}]", list(&avoid));
    if family.kind == Kind::Case {
        // Only these spellings, and not where capitals are the sentence's or the heading's.
        let _ = writeln!(out, "case = \"sensitive\"");
        let _ = writeln!(
            out,
            "ignore_in = [\"heading\", \"sentence-start\", \"strong\"]"
        );
    }
    let message = format!(
        "The docs write '{}' {} in {}; {} otherwise.",
        preferred.text,
        times(preferred.count),
        if preferred.files == 1 {
            "1 file".to_string()
        } else {
            format!("{} files", preferred.files)
        },
        others.join(", ")
    );
    let _ = writeln!(out, "message = {}", quote(&message));
    let examples: Vec<String> = family.forms[1..]
        .iter()
        .filter_map(|form| {
            let (bad, good) = discovery.rewritten(form, &preferred.text)?;
            Some(format!(
                "  {{ bad = {}, good = {} }},",
                quote(&bad),
                quote(&good)
            ))
        })
        .collect();
    if !examples.is_empty() {
        let _ = writeln!(out, "examples = [\n{}\n]", examples.join("\n"));
    }
    out.push('\n');
    out
}

fn times(n: usize) -> String {
    if n == 1 {
        "once".to_string()
    } else {
        format!("{n} times")
    }
}

fn slug(form: &str) -> String {
    let slug: String = form
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    slug.trim_matches('-').to_string()
}

fn quote(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn list(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| quote(i))
        .collect::<Vec<_>>()
        .join(", ")
}
