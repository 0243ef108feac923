//! Another product's names for its own features: "magic link", "recovery codes" and "one-time
//! passcode" are right in a file about Stytch, Descope or Auth0, which never names Clerk. Only the
//! rules marked `feature_name` step back; house style (sign in, not log in) still applies.

use crate::class_cases::{assert_files_clean, assert_files_rule};

#[test]
fn another_products_feature_names_are_its_own() {
    let theirs = [
        (
            "README.md",
            "# Stytch Node\n\nSend a magic link to the user's email.\n",
        ),
        (
            "guide.mdx",
            "Descope lets each user download recovery codes.\n",
        ),
        (
            "otp.ts",
            "// FusionAuth sends a one-time passcode to the phone.\nexport const send = 1;\n",
        ),
        (
            "session.py",
            "# Returns the session JWT that Stytch minted.\nx = 1\n",
        ),
        (
            "setup.md",
            "Turn on two-factor authentication in the Auth0 dashboard.\n",
        ),
        (
            "links.go",
            "// Package links wraps the WorkOS Magic Link API.\npackage links\n",
        ),
        (
            "lower.md",
            "Configure the magic link template of your supertokens app.\n",
        ),
        (
            "magic_link.dart",
            "/// Creates and sends a new magic link to the Passage user.\nclass PassageMagicLink {}\n",
        ),
        // A product whose name is an ordinary word is named by its SDK or its domain.
        (
            "login-with-magic-link.md",
            "# Magic Link\n\nThe Magic Link server sends the email.\n\n```js\nimport { Magic } from 'magic-sdk';\n```\n",
        ),
        (
            "faq.md",
            "Phone/SMS magic links are on the roadmap of the Magic SDK.\n",
        ),
    ];
    assert_files_clean(&theirs);
}

#[test]
fn clerks_names_hold_where_clerk_is_named_or_no_product_is() {
    let ours = [
        (
            "both.md",
            "Clerk, unlike Stytch, sends a magic link.\n",
            "email-link",
        ),
        (
            "none.md",
            "Click the magic link in the email to finish.\n",
            "email-link",
        ),
        ("word.md", "The factory sends a magic link.\n", "email-link"),
        (
            "pkg.ts",
            "// @clerk/nextjs shows recovery codes after Auth0's import.\nexport const a = 1;\n",
            "backup-code",
        ),
        (
            "otp.md",
            "Enter the one-time passcode from the text message.\n",
            "one-time-password",
        ),
    ];
    assert_files_rule(&ours);
    // House style is not a feature's name: it holds in another product's file too.
    assert_files_rule(&[("auth0.md", "Users log in with Auth0.\n", "log-in")]);
}

#[test]
fn a_product_named_in_identifiers_is_named() {
    let theirs = [
        (
            "login.ts",
            "// This route sends a magic link to the address.\nimport loadStytch from \"@/lib/loadStytch\";\nconst client = loadStytch();\n",
        ),
        (
            "verify.java",
            "// Verify with magic link token\nresponse = scalekitClient.passwordless().verify(options);\n",
        ),
        (
            "codes.py",
            "# Shows the recovery codes once.\ncodes = descope_client.mgmt.user.codes()\n",
        ),
        (
            "provider.tsx",
            "// The magic link lands here.\nexport const App = () => <Auth0Provider domain={d} />;\n",
        ),
    ];
    assert_files_clean(&theirs);
    // Lowercase letters around the name make another word; and Clerk's own identifiers name
    // Clerk, so its names hold beside another product's.
    let ours = [
        (
            "category.ts",
            "// Send the magic link for this category.\nconst categoryName = 'a';\n",
            "email-link",
        ),
        (
            "mixed.ts",
            "// Sends a magic link.\nconst stytchClient = load();\nconst user = await clerkClient.users.getUser(id);\n",
            "email-link",
        ),
    ];
    assert_files_rule(&ours);
}

#[test]
fn a_magic_link_by_another_channel_is_no_email_link() {
    crate::class_cases::assert_clean(&[
        "Clerk can send SMS magic links too.",
        "Phone/SMS magic links are not available yet.",
        "Each WhatsApp magic link expires in ten minutes.",
        "A text message magic link opens the app.",
    ]);
    crate::class_cases::assert_caught(&[(
        "Clerk sends a magic link by email.",
        "email-link",
        "magic link",
        "email link",
    )]);
}
