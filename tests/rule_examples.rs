//! Every rule of every built-in glossary, and every rule termlint runs itself, proves itself:
//! each `bad` example produces exactly one finding, from that rule, whose first suggestion turns
//! it into the `good` example; each `good` example produces nothing. A rule without examples
//! fails.

use termlint::config::Settings;
use termlint::glossary::{BUILTIN, DEFAULT_PROFILES, Glossary, RuleKind};
use termlint::lint::Linter;
use termlint::matcher::Matcher;
use termlint::source::FileKind;

/// The profile stacks whose examples are executed: each built-in glossary on top of the default.
fn stacks() -> Vec<Vec<&'static str>> {
    BUILTIN
        .iter()
        .map(|(name, _)| {
            let mut stack = DEFAULT_PROFILES.to_vec();
            if !stack.contains(name) {
                stack.push(name);
            }
            stack
        })
        .collect()
}

#[test]
fn every_example_of_every_built_in_term_holds() {
    let mut failures = Vec::new();
    let mut executed = 0;
    for stack in stacks() {
        let settings = Settings {
            profiles: Some(stack.iter().map(|p| p.to_string()).collect()),
            ..Settings::default()
        };
        let linter = Linter::new(&settings, &[]).expect("built-in glossaries load");
        let own = Glossary::builtin(&stack[stack.len() - 1..]).unwrap();
        for term in own.rules() {
            let bad = term.examples.iter().filter(|e| e.bad.is_some()).count();
            let good = term.examples.iter().filter(|e| e.good.is_some()).count();
            if bad == 0 || good == 0 {
                failures.push(format!(
                    "{}: needs at least one bad and one good example",
                    term.id
                ));
            }
            for example in &term.examples {
                if let Some(text) = example.good {
                    executed += 1;
                    let findings = linter.lint(FileKind::Markdown, text);
                    for f in findings {
                        failures.push(format!(
                            "{}: good example {text:?} has a finding: {} on {:?}",
                            term.id, f.rule, &text[f.span]
                        ));
                    }
                }
                let Some(text) = example.bad else { continue };
                executed += 1;
                let findings = linter.lint(FileKind::Markdown, text);
                let [finding] = findings.as_slice() else {
                    let rules: Vec<String> = findings
                        .iter()
                        .map(|f| format!("{} on {:?}", f.rule, &text[f.span.clone()]))
                        .collect();
                    failures.push(format!(
                        "{}: bad example {text:?} must give exactly one finding, got {rules:?}",
                        term.id
                    ));
                    continue;
                };
                if *finding.rule != *term.id {
                    failures.push(format!(
                        "{}: bad example {text:?} was found by {} instead",
                        term.id, finding.rule
                    ));
                    continue;
                }
                let Some(expected) = example.good else {
                    failures.push(format!(
                        "{}: bad example {text:?} needs its good text",
                        term.id
                    ));
                    continue;
                };
                // A suppression's finding asks for the comment to go: no replacement text. A
                // caution's good text is rewritten advice, not a replaced word, and never fixed.
                if term.kind == RuleKind::Suppression && finding.suggestions.is_empty() {
                    continue;
                }
                if term.kind == RuleKind::Caution {
                    if finding.fix.is_some() {
                        failures.push(format!("{}: a caution must not be fixable", term.id));
                    }
                    continue;
                }
                let Some(suggestion) = finding.suggestions.first() else {
                    failures.push(format!(
                        "{}: bad example {text:?} has no suggestion",
                        term.id
                    ));
                    continue;
                };
                let fixed = format!(
                    "{}{suggestion}{}",
                    &text[..finding.span.start],
                    &text[finding.span.end..]
                );
                if fixed != expected {
                    failures.push(format!(
                        "{}: fixing {text:?} gives {fixed:?}, expected {expected:?}",
                        term.id
                    ));
                }
                // A fixable term's fix, applied as --fix would, gives the good text too.
                if let Some(fix) = &finding.fix {
                    let applied =
                        termlint::fix::apply(text, [fix], termlint::fix::Applicability::Unsafe);
                    if applied.text != expected {
                        failures.push(format!(
                            "{}: --fix on {text:?} gives {:?}, expected {expected:?}",
                            term.id, applied.text
                        ));
                    }
                }
            }
        }
    }
    assert!(executed > 0, "no example was executed");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn built_in_glossaries_are_unambiguous() {
    for stack in stacks() {
        let glossary = Glossary::builtin(&stack).unwrap();
        let issues = glossary.validate();
        assert!(issues.is_empty(), "{stack:?}: {issues:#?}");
    }
}

#[test]
fn the_default_glossary_covers_the_core_vocabulary() {
    let glossary = Glossary::builtin(DEFAULT_PROFILES).unwrap();
    assert!(glossary.terms.len() >= 40, "{} terms", glossary.terms.len());
    let matcher = Matcher::new(&glossary);
    for text in [
        "Verify the session cookie.",
        "Add a web hook.",
        "Open the Clerk dashboard.",
        "Enable multifactor authentication.",
        "Log in to the app.",
        "Open the sign in page.",
        "We customised the organisation.",
        "Use Nextjs, Javascript, Typescript, Oauth, Github and NodeJS.",
        "Set the meta data.",
        "Whitelist the domain.",
        "Send a magic link.",
        "Use the pre-built components.",
    ] {
        assert!(
            !termlint::lint(&matcher, FileKind::Markdown, text).is_empty(),
            "nothing found in {text:?}"
        );
    }
}

#[test]
fn a_glossary_with_a_validation_problem_is_reported() {
    let text = r#"
[[term]]
id = "a"
category = "x"
preferred = ["alpha"]
avoid = ["beta"]
message = "m"

[[term]]
id = "b"
category = "x"
preferred = ["beta"]
avoid = ["beta version", "alpha"]
message = "m"

[[term]]
id = "c"
category = "x"
preferred = ["gamma"]
avoid = ["beta version"]
message = "m"
"#;
    let mut glossary = Glossary::from_toml("t.toml", text).unwrap();
    // Two rules with one id cannot come from one file (that is a parse error); stacked by hand,
    // validation still names them.
    glossary.terms[2].id = "a".to_string();
    let issues: Vec<String> = glossary
        .validate()
        .into_iter()
        .map(|i| format!("{}: {}", i.term, i.message))
        .collect();
    assert_eq!(
        issues,
        [
            "a: `beta version` is also matched by `b`",
            "a: avoids `beta`, which term `b` prefers",
            "a: the id is used by 2 rules",
            "b: avoids `alpha`, which term `a` prefers",
        ]
    );
    glossary.terms.truncate(1);
    assert!(glossary.validate().is_empty());
}

#[test]
fn a_broken_glossary_file_names_the_place() {
    let err = Glossary::from_toml("mine.toml", "[[term]]\nid = 3\n").unwrap_err();
    let text = err.to_string();
    assert!(text.starts_with("mine.toml: invalid glossary:"), "{text}");
}

#[test]
fn en_gb_turns_every_spelling_example_around() {
    let glossary = Glossary::builtin(DEFAULT_PROFILES).unwrap().for_en_gb();
    let matcher = Matcher::new(&glossary);
    let mut checked = 0;
    for term in glossary
        .terms
        .iter()
        .filter(|t| t.category == "gb-spelling")
    {
        for example in term
            .examples
            .iter()
            .filter(|e| e.bad.is_some() && e.good.is_some())
        {
            let (bad, good) = (
                example.bad.as_ref().unwrap(),
                example.good.as_ref().unwrap(),
            );
            let findings = termlint::lint(&matcher, FileKind::Markdown, bad);
            let ours: Vec<_> = findings.iter().filter(|f| *f.rule == *term.id).collect();
            assert_eq!(ours.len(), 1, "{}: {bad:?} gave {findings:?}", term.id);
            let f = ours[0];
            let fixed = format!(
                "{}{}{}",
                &bad[..f.span.start],
                f.suggestions[0],
                &bad[f.span.end..]
            );
            assert_eq!(&fixed, good, "{}", term.id);
            checked += 1;
        }
    }
    assert!(checked >= 5, "only {checked} en-GB examples");
}
