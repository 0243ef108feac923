//! Rule kinds beyond plain terms: case-sensitive house style with the places it does not apply,
//! `not_near`, consistency groups and the event-name catalog.

use termlint::glossary::Glossary;
use termlint::matcher::Matcher;
use termlint::source::FileKind;

const GLOSSARY: &str = r#"
[[term]]
id = "organization-capitalized"
category = "house-style"
preferred = ["Organization"]
avoid = ["organization"]
pos = "noun"
case = "sensitive"
ignore_in = ["heading", "sentence-start", "strong", "quoted"]
not_preceded_by = ["your"]
message = "Capitalize the feature name."

[[term]]
id = "session-cookie"
category = "clerk-concepts"
preferred = ["session token"]
avoid = ["session cookie"]
pos = "noun"
not_near = ["__session"]
message = "The JWT is a session token."

[[consistency]]
id = "app-or-application"
forms = ["app", "application"]
message = "Use one word for the product you build."

[[events]]
id = "webhook-event-name"
message = "Not a webhook event."
events = ["user.created", "user.updated", "organizationMembership.updated", "subscriptionItem.canceled", "session.ended", "subscription.pastDue"]
aliases = { org = "organization", orgMembership = "organizationMembership" }
snake_case_only_near = ["webhook"]
"#;

fn findings(kind: FileKind, text: &str) -> Vec<(String, String, String)> {
    let matcher = Matcher::new(&Glossary::from_toml("test.toml", GLOSSARY).unwrap());
    termlint::lint(&matcher, kind, text)
        .into_iter()
        .map(|f| {
            (
                text[f.span.clone()].to_string(),
                f.rule.to_string(),
                f.suggestions.first().cloned().unwrap_or_default(),
            )
        })
        .collect()
}

fn matched(text: &str) -> Vec<String> {
    findings(FileKind::Markdown, text)
        .into_iter()
        .map(|f| f.0)
        .collect()
}

#[test]
fn case_sensitive_terms_match_only_the_listed_spelling() {
    assert_eq!(
        findings(
            FileKind::Markdown,
            "Create an organization. Each Organization has organizations."
        ),
        [
            (
                "organization".into(),
                "organization-capitalized".into(),
                "Organization".into()
            ),
            (
                "organizations".into(),
                "organization-capitalized".into(),
                "Organizations".into()
            ),
        ]
    );
}

#[test]
fn places_where_house_style_does_not_apply() {
    assert!(matched("## Create an organization\n").is_empty());
    assert!(matched("Select **Create organization** in the menu.").is_empty());
    assert!(matched("The button says \"Create organization\" by default.").is_empty());
    assert!(matched("It works. organization names are unique.").is_empty());
    assert!(matched("Ask your organization admin.").is_empty());
    assert_eq!(
        matched("The \"label\" belongs to the organization."),
        ["organization"]
    );
}

#[test]
fn not_near_looks_at_the_whole_sentence_including_code() {
    assert!(matched("The `__session` cookie is the session cookie. ").is_empty());
    assert_eq!(
        matched("The `__session` value is set. Verify the session cookie on the server."),
        ["session cookie"]
    );
}

#[test]
fn consistency_flags_the_minority_form() {
    let text = "Open the app. The app starts. Configure the application and the apps.";
    assert_eq!(
        findings(FileKind::Markdown, text),
        [(
            "application".into(),
            "app-or-application".into(),
            "app".into()
        )]
    );
    // A tie names no majority.
    assert!(matched("The app and the application.").is_empty());
    // Plural forms count for their form and get a plural suggestion.
    assert_eq!(
        findings(
            FileKind::Markdown,
            "Applications and applications, then one app."
        )[0]
        .2,
        "application"
    );
}

#[test]
fn event_names_in_inline_code() {
    let text = "Listen for `user.create`, `users.created`, `User.created`, `user:created`, \
                `subscriptionItem.cancelled`, `org.created`, `orgMembership.updated` and \
                `subscription.past_due`.";
    let found: Vec<(String, String)> = findings(FileKind::Markdown, text)
        .into_iter()
        .map(|f| (f.0, f.2))
        .collect();
    assert_eq!(
        found,
        [
            ("user.create".to_string(), "user.created".to_string()),
            ("users.created".into(), "user.created".into()),
            ("User.created".into(), "user.created".into()),
            ("user:created".into(), "user.created".into()),
            (
                "subscriptionItem.cancelled".into(),
                "subscriptionItem.canceled".into()
            ),
            (
                "orgMembership.updated".into(),
                "organizationMembership.updated".into()
            ),
            (
                "subscription.past_due".into(),
                "subscription.pastDue".into()
            ),
        ]
    );
}

#[test]
fn event_look_alikes_are_left_alone() {
    for text in [
        "Handle `user.created` and `session.ended`.",
        "Call `user.update()` or `user.update({ name })` or `session.revoke.bind(session)`.",
        "The `User.update` method and `Organization.create` take an object.",
        "Add `{{user.public_metadata}}` and `organization.public_metadata` to the template.",
        "The third-party `session.started` event and `signIn.create`.",
        "The log lists `organization_membership.updated` and `user_created` events.",
    ] {
        assert_eq!(findings(FileKind::Markdown, text), [], "{text}");
    }
}

#[test]
fn snake_case_event_names_are_flagged_where_webhooks_are_discussed() {
    let text = "This webhook receives `organization_membership.updated` and `user_created`.";
    let found: Vec<String> = findings(FileKind::Markdown, text)
        .into_iter()
        .map(|f| f.2)
        .collect();
    assert_eq!(found, ["organizationMembership.updated", "user.created"]);
}

#[test]
fn a_quoted_event_name_in_inline_code_keeps_its_quotes_out_of_the_span() {
    let text = "Compare the event type with `'user.create'` here.";
    assert_eq!(
        findings(FileKind::Markdown, text),
        [(
            "user.create".into(),
            "webhook-event-name".into(),
            "user.created".into()
        )]
    );
}

/// `not_preceded_by` words excuse a match joined to them by a hyphen as well as by a space: a
/// compound modifier ("back-channel-logout verifier") is the same phrase. The words must end
/// right at the hyphen, and a listed prefix that ends with its own hyphen still reads as written.
#[test]
fn not_preceded_by_reads_a_hyphen_join_as_a_space() {
    const JOINED: &str = r#"
[[term]]
id = "logout"
category = "auth-vocabulary"
preferred = ["sign-out"]
avoid = ["logout"]
not_preceded_by = ["back-channel", "single", "post-"]
message = "Say sign-out."
"#;
    let matcher = Matcher::new(&Glossary::from_toml("joined.toml", JOINED).unwrap());
    let count = |kind: FileKind, text: &str| termlint::lint(&matcher, kind, text).len();
    for (kind, text) in [
        (
            FileKind::Markdown,
            "The back-channel logout request arrives.",
        ),
        (
            FileKind::Markdown,
            "The back-channel-logout verifier checks it.",
        ),
        (FileKind::Markdown, "Turn on single-logout for the app."),
        (FileKind::Markdown, "Set the post-logout redirect."),
        (
            FileKind::from_path(std::path::Path::new("a.ts")).unwrap(),
            "// this library's Back-Channel-Logout verifier always has one\n",
        ),
    ] {
        assert_eq!(count(kind, text), 0, "{text:?}");
    }
    for text in [
        "Add a quick-logout button.",
        "The channel-logout button.",
        "Show the logout page.",
    ] {
        assert_eq!(count(FileKind::Markdown, text), 1, "{text:?}");
    }
}
