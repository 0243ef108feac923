//! Caution rules, one table per rule: varied phrasings that teach the risk (active, passive,
//! imperative, code comment, identifier form) and their clean counterparts (negated, advice, the
//! documented pattern). Each case names the exact text the finding must cover.

use std::collections::BTreeMap;
use std::path::Path;

use termlint::config::{Level, Settings};
use termlint::lint::Linter;
use termlint::source::FileKind;

/// `(file name, text, the matched text of the rule's one finding, or None for clean)`.
type Case = (&'static str, &'static str, Option<&'static str>);

fn linter(rules: &[(&str, Level)]) -> Linter {
    let settings = Settings {
        rules: (!rules.is_empty()).then(|| {
            rules
                .iter()
                .map(|(k, v)| (k.to_string(), *v))
                .collect::<BTreeMap<_, _>>()
        }),
        ..Settings::default()
    };
    Linter::new(&settings, &[]).expect("the built-in glossary loads")
}

fn kind(name: &str) -> FileKind {
    FileKind::from_path(Path::new(name)).unwrap_or_else(|| panic!("{name}: no file kind"))
}

/// Runs every case against `rule` and lists the ones that disagree.
fn check(rule: &str, cases: &[Case]) {
    let linter = linter(&[]);
    let mut failures = Vec::new();
    for &(name, text, expected) in cases {
        let found: Vec<&str> = linter
            .lint(kind(name), text)
            .into_iter()
            .filter(|f| &*f.rule == rule)
            .map(|f| {
                assert_eq!(&*f.category, "caution", "{rule}");
                assert!(f.fix.is_none(), "{rule}: a caution is never fixed");
                &text[f.span]
            })
            .collect();
        let expected: Vec<&str> = expected.into_iter().collect();
        if found != expected {
            failures.push(format!(
                "{name} {text:?}: expected {expected:?}, got {found:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{rule}:\n{}", failures.join("\n"));
}

#[test]
fn secret_in_public_metadata() {
    check(
        "secret-in-public-metadata",
        &[
            // Flagged: active, passive, imperative, identifier forms, comments.
            (
                "a.md",
                "We store each customer's API key in public metadata.",
                Some("public metadata"),
            ),
            (
                "a.md",
                "The refresh token is saved in the user's unsafe metadata.",
                Some("unsafe metadata"),
            ),
            (
                "a.md",
                "Put the Stripe secret key in `publicMetadata` after checkout.",
                Some("publicMetadata"),
            ),
            (
                "a.md",
                "Then write the password hash to `user.unsafe_metadata`.",
                Some("unsafe_metadata"),
            ),
            (
                "a.mdx",
                "<Steps>\n\nKeep the OAuth access token in public metadata.\n\n</Steps>\n",
                Some("public metadata"),
            ),
            (
                "a.ts",
                "// Save the user's credentials in publicMetadata so the client can reuse them.\nconst x = 1;\n",
                Some("publicMetadata"),
            ),
            (
                "a.py",
                "def f():\n    # stores the private key in public_metadata for the worker\n    pass\n",
                Some("public_metadata"),
            ),
            (
                "a.go",
                "// persist the access token into unsafeMetadata\nfunc f() {}\n",
                Some("unsafeMetadata"),
            ),
            (
                "a.rb",
                "# add the api_key to public_metadata before sign-up completes\n",
                Some("public_metadata"),
            ),
            // Clean: negated, advice, not a secret, private metadata, code itself.
            ("a.md", "Never store secrets in public metadata.", None),
            (
                "a.md",
                "Public metadata can be read by anyone; use private metadata for anything sensitive.",
                None,
            ),
            (
                "a.md",
                "Don't put API keys in `unsafeMetadata`: the user can read and edit it.",
                None,
            ),
            (
                "a.md",
                "Store the API key in private metadata, not public metadata.",
                None,
            ),
            (
                "a.md",
                "Store the user's subscription plan in public metadata.",
                None,
            ),
            (
                "a.md",
                "Add public metadata to the session token to read it in middleware.",
                None,
            ),
            (
                "a.md",
                "Store the secret key in your `.env` file.\n\nPublic metadata holds the user's role.",
                None,
            ),
            (
                "a.md",
                "```ts\n// store the api key in publicMetadata\n```\n",
                None,
            ),
            (
                "a.ts",
                "const note = 'store the api key in publicMetadata';\n",
                None,
            ),
            (
                "a.md",
                "| Event | Description |\n| --- | --- |\n| `sign_up.unsafe_metadata.created` | Unsafe metadata was added |\n| `sign_up.password.created` | Password was added |\n",
                None,
            ),
        ],
    );
}

#[test]
fn authorization_from_unsafe_metadata() {
    check(
        "authorization-from-unsafe-metadata",
        &[
            (
                "a.md",
                "Check the role in unsafe metadata before you show the admin page.",
                Some("unsafe metadata"),
            ),
            (
                "a.md",
                "Access is granted when `user.unsafeMetadata.isAdmin` is true.",
                Some("unsafeMetadata"),
            ),
            (
                "a.md",
                "Decide the user's permissions from unsafe metadata.",
                Some("unsafe metadata"),
            ),
            (
                "a.md",
                "The admin route is protected based on the role in `unsafe_metadata`.",
                Some("unsafe_metadata"),
            ),
            (
                "a.tsx",
                "// read the role from unsafeMetadata to gate the billing page\nexport {}\n",
                Some("unsafeMetadata"),
            ),
            (
                "a.kt",
                "/** Grants admin access when unsafeMetadata has role = admin. */\nfun f() {}\n",
                Some("unsafeMetadata"),
            ),
            // Clean: public metadata is the documented pattern; advice; not access.
            (
                "a.md",
                "Check the role in `publicMetadata` before you show the admin page.",
                None,
            ),
            (
                "a.md",
                "Read the user's role from public metadata to protect the route.",
                None,
            ),
            (
                "a.md",
                "Unsafe metadata is a good place for the onboarding step, since the user can edit it.",
                None,
            ),
            (
                "a.md",
                "Never decide access from unsafe metadata: the user can change it.",
                None,
            ),
            (
                "a.md",
                "Use unsafe metadata for preferences, not for roles.",
                None,
            ),
            (
                "a.md",
                "| `public_metadata` | Grant access to the user's public and unsafe metadata |\n",
                None,
            ),
            (
                "a.md",
                "Collect the onboarding answers in `unsafeMetadata`.",
                None,
            ),
        ],
    );
}

#[test]
fn claims_without_verification() {
    check(
        "claims-without-verification",
        &[
            (
                "a.md",
                "You can trust the claims in the session token without verifying it.",
                Some("without verifying"),
            ),
            (
                "a.md",
                "Read the user ID from the JWT payload; verification is optional.",
                Some("verification is optional"),
            ),
            (
                "a.md",
                "Claims are read straight from the token, so you don't need to verify it.",
                Some("don't need to verify"),
            ),
            (
                "a.go",
                "// Use the claims from the token; no need to verify the signature here.\nfunc f() {}\n",
                Some("no need to verify"),
            ),
            (
                "a.py",
                "def f():\n    \"\"\"Get the user id from the token's claims without validating the signature.\"\"\"\n",
                Some("without validating"),
            ),
            (
                "a.md",
                "The middleware uses `sessionClaims` from an unverified token.",
                Some("unverified token"),
            ),
            (
                "a.md",
                "Use the user's unverified email address to pre-fill the token form.",
                None,
            ),
            // Clean: negated, advice, API descriptions that warn (in the sentence or the next
            // one), verification done.
            (
                "a.rs",
                "/// Reads the user id from a token without verifying its signature.\n/// It is a routing hint.\n/// Never trust the result for authorization.\nfn f() {}\n",
                None,
            ),
            (
                "a.md",
                "Never trust a token's claims without verifying its signature.",
                None,
            ),
            (
                "a.md",
                "Always verify the token before you read its claims.",
                None,
            ),
            (
                "a.go",
                "// Decode decodes a JWT without verifying it.\nfunc Decode() {}\n",
                None,
            ),
            (
                "a.md",
                "`decodeJwt()` reads a token without verifying it; use `verifyToken()` instead.",
                None,
            ),
            (
                "a.rb",
                "# Returns the decoded JWT payload without verifying if the signature is valid.\n",
                None,
            ),
            (
                "a.md",
                "Use `verifyToken()` to verify the session token, then read its claims.",
                None,
            ),
        ],
    );
}

#[test]
fn webhook_without_idempotency() {
    check(
        "webhook-without-idempotency",
        &[
            (
                "a.md",
                "# Sync\n\nWhen your endpoint receives a webhook, insert the user into your database.\n\nThe handler processes each webhook and sends a welcome email.\n",
                Some("webhook"),
            ),
            (
                "a.mdx",
                "## Provisioning\n\nOur webhook handler receives each event and provisions a workspace for the new organization.\n",
                Some("webhook"),
            ),
            (
                "a.ts",
                "/**\n * Handles Clerk webhooks: verifies the signature and saves the user to the database.\n */\nexport async function POST() {}\n",
                Some("webhooks"),
            ),
            // Clean: the document answers it, no side effect, no handler.
            (
                "a.md",
                "When your endpoint receives a webhook, insert the user into your database.\n\nWebhooks may be delivered more than once.\n",
                None,
            ),
            (
                "a.md",
                "When your endpoint receives a webhook, insert the user.\n\n```ts\n// skip duplicate deliveries\nif (await seen(headers['svix-id'])) return\n```\n",
                None,
            ),
            (
                "a.md",
                "Learn which webhooks Clerk sends and how to handle them.\n",
                None,
            ),
            // Reading the `svix-id` header to verify the signature is not de-duplicating.
            (
                "a.md",
                "Our endpoint receives the webhook and checks the `svix-id`, `svix-timestamp` and `svix-signature` headers. It then saves the user to the database.\n",
                Some("webhook"),
            ),
            (
                "a.md",
                "Create a route handler that processes Clerk webhooks and logs the event.\n",
                None,
            ),
            (
                "a.md",
                "Private metadata can only be read and set by the backend and webhook handlers, which makes it useful for storing sensitive data.\n",
                None,
            ),
            (
                "a.md",
                "<!-- termlint-disable webhook-without-idempotency -->\nThe webhook handler inserts a row per event.\n",
                None,
            ),
        ],
    );
}

#[test]
fn the_category_and_each_rule_can_be_turned_off_or_leveled() {
    let text = "Store the API key in public metadata. Check the role in unsafe metadata.";
    let count = |linter: &Linter| {
        linter
            .lint(FileKind::Markdown, text)
            .iter()
            .filter(|f| &*f.category == "caution")
            .count()
    };
    assert_eq!(count(&linter(&[])), 2);
    assert_eq!(count(&linter(&[("caution", Level::Off)])), 0);
    assert_eq!(
        count(&linter(&[("secret-in-public-metadata", Level::Off)])),
        1
    );
    let leveled = linter(&[
        ("caution", Level::Error),
        ("secret-in-public-metadata", Level::Info),
    ]);
    let severities: Vec<&str> = leveled
        .lint(FileKind::Markdown, text)
        .iter()
        .map(|f| f.severity.as_str())
        .collect();
    assert_eq!(severities, ["info", "error"]);
}

#[test]
fn an_inline_suppression_silences_one_caution() {
    let text = "<!-- termlint-disable-next-line secret-in-public-metadata -->\nStore the API key in public metadata.\n";
    assert!(linter(&[]).lint(FileKind::Markdown, text).is_empty());
}

#[test]
fn a_caution_phrase_without_a_word_is_reported_at_its_place() {
    let text = r#"
[[caution]]
id = "odd"
message = "m"
risk = ["public metadata", "--"]
"#;
    let err = termlint::glossary::Glossary::from_toml("mine.toml", text).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("`--` has no word to match"), "{message}");
    assert!(message.contains("line 5"), "{message}");
}
