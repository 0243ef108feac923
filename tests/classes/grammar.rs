//! Rules by evidence and grammar (event names in their place, `session cookie`, "sign in" as a
//! noun or a verb) and the project's own vocabulary, each a table of varied cases in Markdown and
//! in a `//` code comment, under the default profile.

use std::path::Path;

use termlint::source::FileKind;

use crate::class_cases::{assert_caught, assert_clean, found, linter};

#[test]
fn event_names_need_their_place() {
    let linter = linter();
    for text in [
        "Call the `organization.update` method.",
        "Call `user.update` with the new name.",
        "Use `user.update`(params) to save.",
        "Check `org:sys_memberships:manage` before the call.",
        "Check the `org:create` permission.",
        "Stripe sends `customer.subscription.created` to your endpoint.",
        "The job logs `subscription_created` rows.",
        "Add `user.delete` to the cleanup script.",
    ] {
        let f = found(&linter, text, false);
        assert!(f.is_empty(), "{text:?}: {f:?}");
    }
    let code = FileKind::from_path(Path::new("perm.ts")).unwrap();
    let source = "await has({ permission: \"org:create\" });\nconst u = user.update;\n";
    assert!(linter.lint(code, source).is_empty());
    for (text, suggestion) in [
        (
            "Handle the `user.create` event in your webhook.",
            "user.created",
        ),
        ("Subscribe to `session.end` to clean up.", "session.ended"),
        ("The payload `type` is `users.created`.", "user.created"),
        ("Check `User.created` before you continue.", "user.created"),
        ("Listen for `user:created` too.", "user.created"),
    ] {
        let f = found(&linter, text, false);
        assert_eq!(f.len(), 1, "{text:?}: {f:?}");
        assert_eq!(f[0].2, suggestion, "{text:?}");
    }
    let source = "switch (evt.type) {\n  case \"user.update\":\n    break;\n}\n";
    let f = linter.lint(code, source);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].suggestions, ["user.updated"]);
}

/// A file that spells a whole set of event names one other way, and none as the catalog does,
/// follows another service's catalog; a slip among right names, or in a file about Clerk, is
/// still caught.
#[test]
fn another_services_event_catalog_is_its_own() {
    let linter = linter();
    let kind = |name: &str| FileKind::from_path(Path::new(name)).unwrap();
    let theirs = [
        (
            "events.go",
            "const (\n\tUserCreate Event = \"user.create\"\n\tUserUpdate Event = \"user.update\"\n\tUserDelete Event = \"user.delete\"\n)\n",
        ),
        (
            "events.ts",
            "// Webhook events this server sends.\nexport enum Hook {\n  A = 'session.end',\n  B = 'user.update',\n  C = 'email.create',\n}\n",
        ),
        (
            "hooks.md",
            "| Event | When |\n| --- | --- |\n| `user.create` | a user signs up |\n| `user.update` | a user changes |\n| `user.delete` | a user is removed |\n\nSubscribe your webhook to the events above.\n",
        ),
        (
            "handler.py",
            "# Webhook event types of our service.\nEVENTS = [\"organization_create\", \"organization_update\", \"organization_delete\"]\n",
        ),
    ];
    for (file, source) in theirs {
        let f = linter.lint(kind(file), source);
        assert!(f.is_empty(), "{file}: {f:?}");
    }
    // The same names are misspellings of Clerk's catalog when the file also has a right name,
    // names Clerk, has fewer than three of them or spells them in more than one way.
    let ours = [
        (
            "hook.ts",
            "switch (evt.type) {\n  case \"user.created\": break;\n  case \"user.update\": break;\n  case \"user.delete\": break;\n  case \"email.create\": break;\n}\n",
            3,
        ),
        (
            "hook.ts",
            "import { WebhookEvent } from '@clerk/nextjs/server';\nswitch (evt.type) {\n  case \"user.create\": break;\n  case \"user.update\": break;\n  case \"user.delete\": break;\n}\n",
            3,
        ),
        (
            "hooks.md",
            "Handle the `user.create` and `user.update` events in your webhook.\n",
            2,
        ),
        (
            "hooks.md",
            "Handle the `user.create`, `user.update` and `users.deleted` events in your webhook.\n",
            3,
        ),
        (
            "hooks.md",
            "Clerk sends `user.create`, `user.update` and `user.delete` to your webhook.\n",
            3,
        ),
    ];
    for (file, source, n) in ours {
        let f = linter.lint(kind(file), source);
        assert_eq!(f.len(), n, "{source:?}: {f:?}");
    }
}

#[test]
fn session_cookie_is_the_token_only_on_evidence() {
    let caught = [
        "Verify the session cookie on your server.",
        "Decode the session cookie to read the user ID.",
        "Check the signature of the session cookie against the JWKS.",
        "Send the session cookie as a Bearer token to your API.",
        "Put the session cookie in the Authorization header of the call.",
        "Call `getToken()` to get a fresh session cookie.",
        "Read the `azp` claim from the session cookie.",
        "The session cookie payload carries the user ID.",
    ];
    let linter = linter();
    for text in caught {
        for comment in [false, true] {
            let f = found(&linter, text, comment);
            let rules: Vec<&str> = f.iter().map(|f| f.0.as_str()).collect();
            assert_eq!(rules, ["session-cookie"], "{text:?} (comment: {comment})");
            assert_eq!(f[0].2, "session token");
        }
    }
    assert_clean(&[
        "Clerk sets the session cookie on your app.",
        "The browser sends the session cookie with each request.",
        "The session cookie is httpOnly and uses SameSite=Lax.",
        "The response returns Headers with the session cookie.",
        "Bumping the session cookie's expiry keeps the user in.",
        "The session cookie is named `__session` and is verified by the SDK.",
        "Clear the session cookie to sign the user out.",
        "The session cookie lives on the domain you verified.",
        "A JWT sits in the session cookie; verify the JWT itself.",
    ]);
    // A list item is a sentence of its own, with or without a full stop: the evidence of the
    // item before it is not this item's.
    for (file, text) in [
        (
            "mfa.ts",
            "/**\n * Completes the challenge:\n * - Calls the verify API\n * - Stores the tokens in the session cookie\n */\n",
        ),
        (
            "notes.md",
            "The handler:\n\n- calls the verify API\n- stores the tokens in the session cookie\n",
        ),
        (
            "steps.py",
            "# Steps:\n# 1. verify the request\n# 2. keep the tokens in the session cookie\n",
        ),
    ] {
        let kind = FileKind::from_path(Path::new(file)).unwrap();
        let found = linter.lint(kind, text);
        assert!(found.is_empty(), "{file}: {found:?}");
    }
    // Inside one item, the evidence still counts.
    let kind = FileKind::from_path(Path::new("mfa.ts")).unwrap();
    let text =
        "/**\n * Steps:\n * - Verify the session cookie\n *   before reading its claims\n */\n";
    let found = linter.lint(kind, text);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn the_projects_own_vocabulary_is_clean() {
    assert_clean(&[
        "The session has a session lifetime of seven days.",
        "Each request carries a session token.",
        "An organization admin can change a membership role.",
        "The organization has one webhook per endpoint.",
        "Handle `user.created` and `organizationMembership.updated` in the webhook.",
        "Turn on MFA and finish MFA enrollment.",
        "Store it in public metadata, private metadata or unsafe metadata.",
        "The sign-in flow and the sign-up flow are separate.",
        "Retries are safe because the handler is idempotent.",
    ]);
}

#[test]
fn sign_in_and_sign_up_by_grammar() {
    assert_caught(&[
        (
            "Show a spinner during sign in.",
            "sign-in-noun",
            "sign in",
            "sign-in",
        ),
        (
            "Users complete a sign up by email.",
            "sign-in-noun",
            "sign up",
            "sign-up",
        ),
        (
            "The button initiates a sign in now.",
            "sign-in-noun",
            "sign in",
            "sign-in",
        ),
        (
            "Send a welcome email after sign up.",
            "sign-in-noun",
            "sign up",
            "sign-up",
        ),
        (
            "Style the sign in and sign-up pages.",
            "sign-in-noun",
            "sign in",
            "sign-in",
        ),
        (
            "Visitors may sign-up today.",
            "sign-in-hyphenated-verb",
            "sign-up",
            "sign up",
        ),
        (
            "They need a code to sign-in.",
            "sign-in-hyphenated-verb",
            "sign-in",
            "sign in",
        ),
        (
            "Users can sign-up here.",
            "sign-in-verb",
            "can sign-up",
            "can sign up",
        ),
        (
            "Each user makes an attempt to signin.",
            "signin",
            "to signin",
            "to sign in",
        ),
        (
            "To signin your users, add the form.",
            "signin",
            "To signin",
            "To sign in",
        ),
        ("Add SAML login to your page.", "login", "login", "sign-in"),
        (
            "Passwordless login to work needs a domain.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "Users can login to the app.",
            "login-verb",
            "login to",
            "sign in to",
        ),
        (
            "Login to the console first.",
            "login-verb",
            "Login to",
            "Sign in to",
        ),
        // After a modal or the infinitive `to`, the bare form is the verb too.
        (
            "It will attempt to login directly.",
            "login-as-verb",
            "login",
            "sign in",
        ),
        (
            "Users can login with a passkey.",
            "login-as-verb",
            "login",
            "sign in",
        ),
        // `to` as a preposition, or a compound: the noun.
        ("Visitors go to login first.", "login", "login", "sign-in"),
        (
            "They are sent to login when it ends.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "Add a link to login page here.",
            "login",
            "login",
            "sign-in",
        ),
    ]);
    assert_clean(&[
        "Users sign in with a passkey.",
        "Ask them to sign up first.",
        "The user is sent to sign-in when the session ends.",
        "Apply rate limits to sign-in attempts.",
        "Finish the sign-in with the code.",
        "Let people sign up and sign in from one page.",
        // `to` as a preposition after verbs of motion, transfer and default, in any inflection.
        "The flow then transfers to sign-up once verified.",
        "It can't transfer to sign-up under any setting.",
        "The page to open first. Defaults to sign-in.",
        "After the code, they proceed to sign-up.",
        // Half of a suspended compound.
        "The key is attached to sign-in and sign-up requests.",
    ]);
    assert_caught(&[
        (
            "Submits a password to sign-in.",
            "sign-in-hyphenated-verb",
            "sign-in",
            "sign in",
        ),
        (
            "Prompt them to sign-in with another method.",
            "sign-in-verb",
            "to sign-in with",
            "to sign in with",
        ),
    ]);
}

#[test]
fn coordinated_modifiers_share_their_noun() {
    // A rule's "not followed by" noun counts after a list of one-word modifiers joined by commas
    // and "and" or "or": each item modifies the noun after the last.
    assert_clean(&[
        "The login and consent hints are ignored.",
        "Store the login, session or user IDs in the log.",
        "Enable the authorization, logout and token endpoints.",
        "The logout or revocation *endpoints* answer with 200.",
    ]);
    // A list of nouns, or an item of more than one word, ends the list before any noun.
    assert_caught(&[
        (
            "Show the login and the consent hints.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "Ask for the login, email and name.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "Handle logout and token refresh endpoints.",
            "logout",
            "logout",
            "sign-out",
        ),
    ]);
}
