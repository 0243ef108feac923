//! The families for a reader: plain text for a terminal, Markdown for a pull request, JSON for
//! tools. Every format lists the uncovered families first, ranked, then the covered ones apart.

use std::fmt::Write as _;

use serde_json::json;

use super::{Discovery, Family};

/// Examples per form in JSON and Markdown, which are read beside the docs or by tools.
pub const EXAMPLES: usize = 3;
/// Examples per form in the terminal, where a long list is scrolled past.
const TEXT_EXAMPLES: usize = 2;

fn forms_line(family: &Family) -> String {
    family
        .forms
        .iter()
        .map(|f| f.text.as_str())
        .collect::<Vec<_>>()
        .join(" / ")
}

fn uses(n: usize) -> String {
    format!("{n} {}", if n == 1 { "use" } else { "uses" })
}

fn files(n: usize) -> String {
    format!("{n} {}", if n == 1 { "file" } else { "files" })
}

fn headline(discovery: &Discovery) -> (usize, usize) {
    (discovery.proposed().count(), discovery.covered().count())
}

pub fn text(discovery: &Discovery) -> String {
    let (proposed, covered) = headline(discovery);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{proposed} families of competing spellings in {} (at least {} each); {covered} more \
         the glossary covers.",
        files(discovery.files.len()),
        uses(discovery.min_count),
    );
    for (rank, family) in discovery.proposed().enumerate() {
        let _ = writeln!(
            out,
            "\n{:>3}. {}  ({}: {} in {})",
            rank + 1,
            forms_line(family),
            family.kind.as_str(),
            uses(family.count),
            files(family.files)
        );
        let width = family
            .forms
            .iter()
            .map(|f| f.text.chars().count())
            .max()
            .unwrap_or(0);
        for form in &family.forms {
            let _ = writeln!(
                out,
                "       {:width$}  {} in {}",
                form.text,
                uses(form.count),
                files(form.files)
            );
            for example in discovery.examples(form, TEXT_EXAMPLES) {
                let _ = writeln!(
                    out,
                    "         {}:{}:{}  {}",
                    example.path, example.line, example.column, example.text
                );
            }
        }
        if let Some(note) = &family.split {
            let _ = writeln!(out, "       note: {note}");
        }
    }
    if covered > 0 {
        let _ = writeln!(out, "\nCovered by the glossary:");
        for family in discovery.covered() {
            let counts: Vec<String> = family
                .forms
                .iter()
                .map(|f| format!("{} {}", f.text, f.count))
                .collect();
            let _ = writeln!(
                out,
                "  {}  ({}; {})  rule {}",
                counts.join(" / "),
                family.kind.as_str(),
                files(family.files),
                family.covered_by.as_deref().unwrap_or_default()
            );
        }
    }
    out
}

pub fn json(discovery: &Discovery) -> String {
    let families: Vec<_> = discovery
        .proposed()
        .chain(discovery.covered())
        .map(|family| {
            let forms: Vec<_> = family
                .forms
                .iter()
                .map(|form| {
                    json!({
                        "text": form.text,
                        "count": form.count,
                        "files": form.files,
                        "examples": discovery.examples(form, EXAMPLES),
                    })
                })
                .collect();
            json!({
                "kind": family.kind,
                "key": family.key,
                "count": family.count,
                "files": family.files,
                "score": (family.score * 100.0).round() / 100.0,
                "split": family.split,
                "covered_by": family.covered_by,
                "forms": forms,
            })
        })
        .collect();
    let value = json!({
        "files": discovery.files.len(),
        "min_count": discovery.min_count,
        "families": families,
    });
    let mut text = serde_json::to_string_pretty(&value).expect("JSON values serialize");
    text.push('\n');
    text
}

pub fn markdown(discovery: &Discovery) -> String {
    let (proposed, covered) = headline(discovery);
    let mut out = String::new();
    let _ = writeln!(out, "# Terms spelled more than one way\n");
    let _ = writeln!(
        out,
        "{proposed} families of competing spellings in {} (at least {} each), most split and \
         most used first; {covered} more are covered by the glossary.\n",
        files(discovery.files.len()),
        uses(discovery.min_count),
    );
    if proposed > 0 {
        let _ = writeln!(out, "| # | forms | kind | uses | files | note |");
        let _ = writeln!(out, "| --- | --- | --- | --- | --- | --- |");
        for (rank, family) in discovery.proposed().enumerate() {
            let counts: Vec<String> = family
                .forms
                .iter()
                .map(|f| format!("{} ({})", cell(&f.text), f.count))
                .collect();
            let note = if family.split.is_some() {
                "part of speech"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {note} |",
                rank + 1,
                counts.join(" / "),
                family.kind.as_str(),
                family.count,
                family.files
            );
        }
    }
    for (rank, family) in discovery.proposed().enumerate() {
        let _ = writeln!(out, "\n## {}. {}\n", rank + 1, cell(&forms_line(family)));
        for form in &family.forms {
            let _ = writeln!(
                out,
                "- **{}**: {} in {}",
                cell(&form.text),
                uses(form.count),
                files(form.files)
            );
            for example in discovery.examples(form, EXAMPLES) {
                let _ = writeln!(
                    out,
                    "  - `{}:{}:{}` {}",
                    example.path,
                    example.line,
                    example.column,
                    cell(&example.text)
                );
            }
        }
        if let Some(note) = &family.split {
            let _ = writeln!(out, "\n> {note}");
        }
    }
    if covered > 0 {
        let _ = writeln!(out, "\n## Covered by the glossary\n");
        let _ = writeln!(out, "| forms | kind | files | rule |");
        let _ = writeln!(out, "| --- | --- | --- | --- |");
        for family in discovery.covered() {
            let counts: Vec<String> = family
                .forms
                .iter()
                .map(|f| format!("{} ({})", cell(&f.text), f.count))
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | `{}` |",
                counts.join(" / "),
                family.kind.as_str(),
                family.files,
                family.covered_by.as_deref().unwrap_or_default()
            );
        }
    }
    out
}

/// Text safe in a Markdown table cell or list item: pipes and markup characters escaped.
fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "|*_`<>[]\\".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
