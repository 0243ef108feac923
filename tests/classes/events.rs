//! Event names spelt in another service's scheme: every word capitalized (`User.Created`) is how
//! Logto and others name their events, never a slip in Clerk's lowercase catalog, unless the file
//! is about Clerk. And a near miss among its resource's other members (`user.find`,
//! `user.destroy`) is one more method of an API.

use std::path::Path;

use termlint::source::FileKind;

use crate::class_cases::linter;

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

/// `type` is evidence of an event only as the payload's field: a method's request or response
/// type, a return type or TypeScript says nothing about events.
#[test]
fn type_is_evidence_only_as_the_payload_field() {
    let methods = [
        "// Response type for `sessions.revoke`.\nexport type R = {};\n",
        "// Request type for `users.create`.\nexport type Q = {};\n",
        "// The return type of `user.update` is a promise of the user.\nexport type U = {};\n",
        "// Written in TypeScript: `organization.create` returns the organization.\nconst o = 1;\n",
        "// Types for `organizations.update` and `users.delete`.\nconst t = 1;\n",
    ];
    let linter = linter();
    let ts = FileKind::from_path(Path::new("api.ts")).unwrap();
    for source in methods {
        let f = linter.lint(ts, source);
        assert!(f.is_empty(), "{source:?}: {f:?}");
    }
    let events = [
        (
            "// Switch on `evt.type` and handle `user.update`.\nconst e = 1;\n",
            "user.updated",
        ),
        (
            "// The `type` is `organization.create` here.\nconst e = 1;\n",
            "organization.created",
        ),
        (
            "// Compare type === `session.end` first.\nconst e = 1;\n",
            "session.ended",
        ),
        (
            "// Set type: `user.delete` in the test payload.\nconst e = 1;\n",
            "user.deleted",
        ),
    ];
    for (source, suggestion) in events {
        let f = linter.lint(ts, source);
        assert_eq!(f.len(), 1, "{source:?}: {f:?}");
        assert_eq!(f[0].suggestions, [suggestion], "{source:?}");
    }
}

#[test]
fn a_near_miss_among_its_resource_s_other_members_is_a_method() {
    let linter = linter();
    let kind = |name: &str| FileKind::from_path(Path::new(name)).unwrap();
    let methods = [
        (
            "routes.md",
            "| Route | Handler |\n| --- | --- |\n| `GET /users` | `user.find` |\n| `PUT /users/:id` | `user.update` |\n| `DELETE /users/:id` | `user.destroy` |\n",
        ),
        (
            "register.ts",
            "// Route handlers that need a signed-in user.\nconst handlers = new Set<HandlerReference>(['user.find', 'user.update', 'user.me']);\n",
        ),
        (
            "api.md",
            "The user handler exposes:\n\n- `user.findOne`\n- `user.create`\n- `user.remove`\n",
        ),
    ];
    for (file, source) in methods {
        let f = linter.lint(kind(file), source);
        assert!(f.is_empty(), "{file}: {f:?}");
    }
    // Another resource's members, members far away, or a past participle (only events are
    // named so) leave the near miss an event's.
    let events = [
        (
            "hook.md",
            "| Event | Handler |\n| --- | --- |\n| `user.update` | `session.find` |\n",
            "user.updated",
        ),
        (
            "hook.md",
            "Handle the `user.update` event in your webhook.\n\n\n\n\n\nRead `user.id` later.\n",
            "user.updated",
        ),
        (
            "hook.md",
            "The webhook sends `users.created` after `user.find` runs.\n",
            "user.created",
        ),
    ];
    for (file, source, suggestion) in events {
        let f = linter.lint(kind(file), source);
        assert_eq!(f.len(), 1, "{source:?}: {f:?}");
        assert_eq!(f[0].suggestions, [suggestion], "{source:?}");
    }
}
