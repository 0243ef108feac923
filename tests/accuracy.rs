//! Accuracy on real text: the false-positive traps of the Clerk terminology study never give a
//! finding, and its true positives in `../shared/corpora/clerk-docs` are all found.

use std::path::Path;

use termlint::config::{Scopes, Settings};
use termlint::glossary::{BUILTIN, DEFAULT_PROFILES};
use termlint::lint::Linter;
use termlint::source::FileKind;

fn linter(profiles: &[&str]) -> Linter {
    linter_with(profiles, false)
}

fn linter_with(profiles: &[&str], front_matter: bool) -> Linter {
    let settings = Settings {
        profiles: Some(profiles.iter().map(|p| p.to_string()).collect()),
        scopes: Some(Scopes {
            front_matter: Some(front_matter),
            ..Scopes::default()
        }),
        ..Settings::default()
    };
    Linter::new(&settings, &[]).unwrap()
}

#[test]
fn the_traps_give_no_finding_in_any_profile() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/regressions/issue_3_traps.md");
    let text = std::fs::read_to_string(path).unwrap();
    for (profile, _) in BUILTIN {
        let mut stack = DEFAULT_PROFILES.to_vec();
        if !stack.contains(profile) {
            stack.push(profile);
        }
        let found: Vec<String> = linter(&stack)
            .lint(FileKind::Markdown, &text)
            .into_iter()
            .map(|f| format!("{}: {:?}", f.rule, &text[f.span]))
            .collect();
        assert!(found.is_empty(), "{stack:?}: {found:#?}");
    }
}

/// `(profiles, file under clerk-docs, text a finding must match)`.
const TRUE_POSITIVES: &[(&[&str], &str, &str)] = &[
    (
        &["clerk"],
        "reference/components/control/redirect-to-sign-in.mdx",
        "sign in",
    ),
    (
        &["clerk"],
        "reference/components/control/redirect-to-sign-up.mdx",
        "sign up",
    ),
    (
        &["clerk"],
        "reference/components/authentication/sign-in.mdx",
        "sign in",
    ),
    (
        &["clerk"],
        "reference/components/authentication/sign-in.mdx",
        "sign up",
    ),
    (
        &["clerk"],
        "guides/development/upgrading/upgrade-guides/node-to-express.mdx",
        "sign in",
    ),
    (&["clerk"], "reference/types/phone-number.mdx", "sign in"),
    (
        &["clerk"],
        "guides/configure/auth-strategies/web3/metamask.mdx",
        "login",
    ),
    (
        &["clerk"],
        "guides/development/troubleshooting/email-domain-name-warmup.mdx",
        "signups",
    ),
    (
        &["clerk"],
        "guides/development/troubleshooting/email-domain-name-warmup.mdx",
        "signup",
    ),
    (
        &["clerk"],
        "reference/hooks/legacy/use-sign-in.mdx",
        "multifactor",
    ),
    (
        &["clerk"],
        "guides/development/testing/overview.mdx",
        "one time passcodes",
    ),
    (&["clerk"], "reference/backend/overview.mdx", "whitelisted"),
    (
        &["clerk"],
        "reference/objects/sign-in.mdx",
        "Single Sign On",
    ),
    (&["clerk"], "reference/objects/sign-in.mdx", "Metamask"),
    (&["clerk"], "guides/ai/mcp/clerk-mcp-server.mdx", "Github"),
    (
        &["clerk"],
        "guides/development/upgrading/upgrade-guides/core-2/javascript.mdx",
        "Javascript",
    ),
    (
        &["clerk"],
        "guides/development/upgrading/upgrading-from-v2-to-v3.mdx",
        "Typescript",
    ),
    (
        &["clerk"],
        "guides/customizing-clerk/elements/reference/common.mdx",
        "behaviour",
    ),
    (
        &["clerk"],
        "guides/development/sdk-development/philosophy.mdx",
        "judgement",
    ),
    (
        &["clerk"],
        "guides/development/testing/playwright/overview.mdx",
        "dev instance",
    ),
    (
        &["clerk"],
        "guides/development/custom-flows/error-handling.mdx",
        "sign-in",
    ),
    (
        &["clerk"],
        "reference/components/authentication/google-one-tap.mdx",
        "sign-up",
    ),
    (
        &["clerk"],
        "guides/customizing-clerk/email-sms-templates.mdx",
        "emails.created",
    ),
];

/// True positives that sit in front-matter `title` or `description`, found with
/// `[scopes] front_matter = true`.
const FRONT_MATTER_TRUE_POSITIVES: &[(&[&str], &str, &str)] = &[
    (&["clerk"], "reference/objects/sign-in.mdx", "sign in"),
    (
        &["clerk"],
        "guides/configure/auth-strategies/social-connections/linkedin-oidc.mdx",
        "Open ID Connect",
    ),
    (
        &["clerk"],
        "reference/expo/native-components/overview.mdx",
        "Pre-built",
    ),
];

#[test]
fn the_true_positives_in_clerk_docs_are_found() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/clerk-docs");
    if !root.is_dir() {
        eprintln!("skipped: {} is absent", root.display());
        return;
    }
    let mut missed = Vec::new();
    let all = TRUE_POSITIVES
        .iter()
        .map(|tp| (tp, false))
        .chain(FRONT_MATTER_TRUE_POSITIVES.iter().map(|tp| (tp, true)));
    for ((profiles, file, expected), front_matter) in all {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let found = linter_with(profiles, front_matter)
            .lint(FileKind::Mdx, &text)
            .into_iter()
            .any(|f| text[f.span].contains(expected));
        if !found {
            missed.push(format!("{file}: {expected:?}"));
        }
    }
    assert!(missed.is_empty(), "missed:\n{}", missed.join("\n"));
}
