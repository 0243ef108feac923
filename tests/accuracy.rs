//! Accuracy on real text: the false-positive traps of the Clerk terminology study never give a
//! finding, and its true positives in `../shared/corpora/clerk-docs` are all found (skipped when
//! that corpus is absent, failed when it is absent in CI).

use std::path::Path;

use termlint::config::{Scopes, Settings};
use termlint::glossary::{BUILTIN, DEFAULT_PROFILES};
use termlint::lint::Linter;
use termlint::source::FileKind;

mod corpora;

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
    (
        &["clerk"],
        "guides/configure/auth-strategies/social-connections/gitlab.mdx",
        "Gitlab",
    ),
    (
        &["clerk"],
        "guides/development/migrating/firebase.mdx",
        "firebase",
    ),
    (
        &["clerk"],
        "guides/development/webhooks/overview.mdx",
        "svix",
    ),
    (
        &["clerk"],
        "guides/how-clerk-works/cookies.mdx",
        "cloudflare",
    ),
    (&["clerk"], "reference/nextjs/overview.mdx", "Pages router"),
    (&["clerk"], "reference/nextjs/overview.mdx", "App router"),
    (
        &["clerk"],
        "guides/development/upgrading/versioning.mdx",
        "Nuxt.js",
    ),
    (
        &["clerk"],
        "guides/organizations/add-members/sso.mdx",
        "Azure AD",
    ),
    (
        &["clerk"],
        "guides/configure/auth-strategies/enterprise-connections/oidc/custom-provider.mdx",
        "Microsoft Azure Active Directory",
    ),
    (
        &["clerk"],
        "reference/types/enterprise-account-connection.mdx",
        "IDP",
    ),
    (&["clerk"], "reference/types/errors.mdx", "captcha"),
    (
        &["clerk"],
        "guides/development/testing/postman-or-insomnia.mdx",
        "JWT Template",
    ),
    (
        &["clerk"],
        "guides/development/upgrading/upgrade-guides/core-2/react.mdx",
        "multisession",
    ),
    (
        &["clerk"],
        "_partials/machine-auth/accepts-token-explanation.mdx",
        "machine to machine",
    ),
    (
        &["clerk"],
        "guides/configure/auth-strategies/social-connections/overview.mdx",
        "pre-configured",
    ),
    (
        &["clerk"],
        "reference/components/authentication/sign-in.mdx",
        "sign ups",
    ),
    (
        &["clerk"],
        "guides/configure/auth-strategies/social-connections/twitch.mdx",
        "to setup",
    ),
    (
        &["clerk"],
        "guides/development/sdk-development/conventions.mdx",
        "to setup",
    ),
    (
        &["clerk"],
        "guides/development/upgrading/upgrade-guides/core-2/nextjs.mdx",
        "next.js",
    ),
    (
        &["clerk"],
        "guides/dashboard/dns-domains/satellite-domains.mdx",
        "satellite application",
    ),
    (
        &["clerk"],
        "guides/dashboard/dns-domains/satellite-domains.mdx",
        "primary application",
    ),
    (
        &["clerk"],
        "guides/configure/auth-strategies/oauth/how-clerk-implements-oauth.mdx",
        "OAuth app",
    ),
    (
        &["clerk"],
        "guides/development/custom-flows/authentication/legacy/sign-in-or-up.mdx",
        "their email",
    ),
    // House style: the clerk-docs profile stacked on the default.
    (
        &["clerk", "clerk-docs"],
        "reference/native-mobile/installation.mdx",
        "publishable key",
    ),
    (
        &["clerk", "clerk-docs"],
        "reference/native-mobile/installation.ios.mdx",
        "publishable key",
    ),
    (
        &["clerk", "clerk-docs"],
        "guides/dashboard/organization-profile.mdx",
        "organization",
    ),
    (
        &["clerk", "clerk-docs"],
        "guides/organizations/create-and-manage.mdx",
        "active Organization",
    ),
    (
        &["clerk", "clerk-docs"],
        "guides/billing/discounts.mdx",
        "e.g.",
    ),
    (
        &["clerk", "clerk-docs"],
        "guides/billing/discounts.mdx",
        "subscription item",
    ),
    (
        &["clerk", "clerk-docs"],
        "guides/organizations/configure.mdx",
        "i.e.",
    ),
    (
        &["clerk", "clerk-docs"],
        "_partials/billing/create-a-pricing-table.mdx",
        "sidebar",
    ),
    (
        &["clerk", "clerk-docs"],
        "guides/development/machine-auth/api-keys.mdx",
        "Make sure to",
    ),
    (
        &["clerk", "clerk-docs"],
        "guides/secure/user-lockout.mdx",
        "taken to",
    ),
    (
        &["clerk", "clerk-docs"],
        "guides/development/webhooks/overview.mdx",
        "Webhook",
    ),
    (
        &["clerk", "clerk-docs"],
        "guides/secure/authorization-checks.mdx",
        "custom permissions",
    ),
    (
        &["clerk", "clerk-docs"],
        "guides/secure/authorization-checks.mdx",
        "permission",
    ),
    (
        &["clerk", "clerk-docs"],
        "guides/how-clerk-works/overview.mdx",
        "secret key",
    ),
    (
        &["clerk", "clerk-docs"],
        "guides/development/webhooks/billing.mdx",
        "Plan features",
    ),
    (
        &["clerk", "clerk-docs"],
        "reference/types/clerk-api-error.mdx",
        "plan",
    ),
    (
        &["clerk", "clerk-docs"],
        "reference/hooks/use-subscription.mdx",
        "subscription",
    ),
    (
        &["clerk", "clerk-docs"],
        "guides/organizations/control-access/roles-and-permissions.mdx",
        "role",
    ),
    (&["clerk", "clerk-docs"], "cli.mdx", "billing"),
    (
        &["clerk", "clerk-docs"],
        "getting-started/quickstart/setup-clerk.mdx",
        "sign into",
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
    (
        &["clerk"],
        "guides/development/custom-flows/authentication/legacy/email-sms-otp.mdx",
        "one time code",
    ),
    (
        &["clerk"],
        "reference/backend/user/verify-password.mdx",
        "re-verification",
    ),
];

#[test]
fn the_true_positives_in_clerk_docs_are_found() {
    let Some(root) = corpora::corpus("clerk-docs") else {
        return;
    };
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
