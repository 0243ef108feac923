//! Consistency groups: forms that are each correct, of which a file should pick one. Counted per
//! file after the automaton pass; the less used forms get a finding naming the most used one.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use crate::diagnostic::Finding;
use crate::fix::Fix;
use crate::glossary::{Applicability, Consistency, inflect_plural};

/// One use of a group's form in a file; borrowed, so counting uses allocates nothing.
#[derive(Debug)]
pub(super) struct Hit<'a> {
    pub(super) group: usize,
    /// The group's form, lowercase, singular.
    pub(super) form: &'a str,
    pub(super) plural: bool,
    pub(super) matched: &'a str,
    pub(super) span: Range<usize>,
}

pub(super) fn findings(groups: &[Consistency], hits: &[Hit<'_>], source: &str) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (index, group) in groups.iter().enumerate() {
        let hits: Vec<&Hit<'_>> = hits.iter().filter(|h| h.group == index).collect();
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for hit in &hits {
            *counts.entry(hit.form).or_default() += 1;
        }
        let Some((&majority, &most)) = counts.iter().max_by_key(|&(_, n)| *n) else {
            continue;
        };
        // A tie names no majority: there is nothing to be consistent with yet.
        if counts.len() < 2 || counts.values().filter(|&&n| n == most).count() > 1 {
            continue;
        }
        // A form as the group writes it, for its case.
        let as_written = |form: &'_ str| {
            group
                .forms
                .iter()
                .find(|f| f.to_lowercase() == form)
                .map_or(form.to_string(), String::clone)
        };
        let written = &as_written(majority);
        for hit in hits.iter().filter(|h| h.form != majority) {
            let form = if hit.plural {
                inflect_plural(written)
            } else {
                written.to_string()
            };
            let suggestions = vec![super::copy_case(hit.matched, &form)];
            let message = format!(
                "{} This file uses `{written}` {} and `{}` {}.",
                group.message,
                times(most),
                as_written(hit.form),
                times(counts[hit.form])
            );
            findings.push(Finding {
                rule: group.id.as_str().into(),
                category: group.category.as_str().into(),
                severity: group.severity,
                message: Arc::from(message),
                fix: Fix::for_match(
                    source,
                    hit.span.clone(),
                    &suggestions,
                    Applicability::Unsafe,
                ),
                span: hit.span.clone(),
                suggestions,
            });
        }
    }
    findings
}

/// "once", "2 times".
fn times(n: usize) -> String {
    if n == 1 {
        "once".to_string()
    } else {
        format!("{n} times")
    }
}
