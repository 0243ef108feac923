//! Event names spelt in another service's scheme: every word capitalized (`User.Created`) is how
//! Logto and others name their events, never a slip in Clerk's lowercase catalog, unless the file
//! is about Clerk.

mod class_cases;

use class_cases::linter;
use std::path::Path;

use termlint::source::FileKind;

#[test]
fn title_case_event_names_are_another_services() {
    let linter = linter();
    let kind = |name: &str| FileKind::from_path(Path::new(name)).unwrap();
    let theirs = [
        (
            "webhooks.ts",
            "const EVENTS = [\n  \"User.Created\",\n  \"User.Deleted\",\n];\n",
        ),
        (
            "sync.mdx",
            "Subscribe your webhook to `User.Created` and `User.Deleted`; `User.Created` does not fire for imported users.\n",
        ),
        (
            "handler.py",
            "# Webhook events of the identity provider.\nif event == \"Organization.Created\":\n    sync()\n",
        ),
        (
            "CHANGELOG.md",
            "- Ignore a `Session.Ended` event without a user.\n",
        ),
    ];
    for (file, source) in theirs {
        let f = linter.lint(kind(file), source);
        assert!(f.is_empty(), "{file}: {f:?}");
    }
    // In a file about Clerk they are slips; a capital on the resource alone is one anywhere.
    let ours = [
        (
            "webhooks.ts",
            "import { verifyWebhook } from '@clerk/nextjs/webhooks';\nif (evt.type === \"User.Created\") {}\n",
            "user.created",
        ),
        (
            "sync.mdx",
            "Clerk sends `Organization.Deleted` to your webhook.\n",
            "organization.deleted",
        ),
        (
            "CHANGELOG.md",
            "- Handle the `User.created` event in the webhook.\n",
            "user.created",
        ),
    ];
    for (file, source, suggestion) in ours {
        let f = linter.lint(kind(file), source);
        assert_eq!(f.len(), 1, "{file}: {source:?}: {f:?}");
        assert_eq!(f[0].suggestions, [suggestion], "{file}");
    }
}
