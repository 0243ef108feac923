//! The matcher: word boundaries, identifiers, both case policies, wrapped terms, context.

use termlint::glossary::Glossary;
use termlint::matcher::Matcher;
use termlint::source::FileKind;

const GLOSSARY: &str = r#"
[[term]]
id = "webhook"
category = "clerk-concepts"
preferred = ["webhook"]
avoid = ["web hook", "web-hook"]
pos = "noun"
message = "One word."

[[term]]
id = "session-token"
category = "clerk-concepts"
preferred = ["session token"]
avoid = ["session cookie"]
pos = "noun"
message = "The JWT is a session token."

[[term]]
id = "github"
category = "product-names"
preferred = ["GitHub"]
case = "exact"
avoid = ["Git Hub"]
message = "Brand."

[[term]]
id = "nextjs"
category = "product-names"
preferred = ["Next.js"]
case = "exact"
avoid = ["NextJS", "Nextjs"]
message = "Brand."

[[term]]
id = "customize"
category = "us-spelling"
preferred = ["customize"]
avoid = ["customise"]
pos = "verb"
message = "US spelling."

[[term]]
id = "organization"
category = "us-spelling"
preferred = ["organization"]
avoid = ["organisation"]
pos = "noun"
message = "US spelling."

[[term]]
id = "sign-in-noun"
category = "auth-vocabulary"
preferred = ["sign-in"]
avoid = ["sign in"]
followed_by = ["page", "flow"]
message = "Hyphenate the noun."

[[term]]
id = "signin"
category = "auth-vocabulary"
preferred = ["sign-in"]
avoid = ["signin"]
message = "Hyphenate."

[[term]]
id = "login"
category = "auth-vocabulary"
preferred = ["sign-in"]
avoid = ["login"]
not_followed_by = ["hint"]
not_preceded_by = ["Facebook"]
message = "Clerk says sign-in."
"#;

fn matcher() -> Matcher {
    Matcher::new(&Glossary::from_toml("test.toml", GLOSSARY).unwrap())
}

/// `(matched text, rule, first suggestion)` for each finding.
fn find(text: &str) -> Vec<(String, String, String)> {
    termlint::lint(&matcher(), FileKind::Markdown, text)
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
    find(text).into_iter().map(|f| f.0).collect()
}

#[test]
fn finds_a_term_with_its_exact_span() {
    let text = "First line.\n\nSet up a web hook now.\n";
    let findings = termlint::lint(&matcher(), FileKind::Markdown, text);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].span, 22..30);
    assert_eq!(&*findings[0].rule, "webhook");
    assert_eq!(findings[0].suggestions, ["webhook"]);
}

#[test]
fn only_at_word_boundaries() {
    assert!(matched("The organisational chart and reorganisation.").is_empty());
    assert!(matched("A web hooks2 and xweb hook.").is_empty());
    assert_eq!(
        matched("(web hook), web-hook; organisation's"),
        ["web hook", "web-hook", "organisation"]
    );
}

#[test]
fn inflections_match_and_suggest_the_same_form() {
    assert_eq!(
        find("Two web hooks and the organisations. We customised it while customising."),
        [
            ("web hooks".into(), "webhook".into(), "webhooks".into()),
            (
                "organisations".into(),
                "organization".into(),
                "organizations".into()
            ),
            ("customised".into(), "customize".into(), "customized".into()),
            (
                "customising".into(),
                "customize".into(),
                "customizing".into()
            ),
        ]
    );
}

#[test]
fn identifiers_paths_and_calls_are_not_prose() {
    for text in [
        "Use webHookUrl and SignIn and signIn here.",
        "Open customise.ts and src/organisation/ and @acme/web-hook now.",
        "Call config.customise or customise() or organisation::new today.",
        "Visit https://example.com/web-hook and www.organisation.com today.",
        "Set web_hook and NEXT_PUBLIC_SIGN_IN_URL here.",
        "Clone the acme-organisation-starter repository.",
    ] {
        assert_eq!(matched(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_listed_spelling_is_caught_even_when_it_looks_like_an_identifier() {
    assert_eq!(
        find("We use NextJS."),
        [("NextJS".into(), "nextjs".into(), "Next.js".into())]
    );
}

#[test]
fn insensitive_terms_copy_the_case_of_the_match() {
    assert_eq!(
        find("Web hook. WEB HOOK. web Hook."),
        [
            ("Web hook".into(), "webhook".into(), "Webhook".into()),
            ("WEB HOOK".into(), "webhook".into(), "WEBHOOK".into()),
            ("web Hook".into(), "webhook".into(), "webhook".into()),
        ]
    );
}

#[test]
fn exact_terms_flag_every_other_spelling() {
    assert_eq!(
        find("Github, GITHUB, github and Git Hub, but GitHub is right; Next.js too, not next.js."),
        [
            ("Github".into(), "github".into(), "GitHub".into()),
            ("GITHUB".into(), "github".into(), "GitHub".into()),
            ("github".into(), "github".into(), "GitHub".into()),
            ("Git Hub".into(), "github".into(), "GitHub".into()),
            ("next.js".into(), "nextjs".into(), "Next.js".into()),
        ]
    );
}

#[test]
fn a_term_wrapped_across_lines_or_spaces_still_matches() {
    let text = "Read the session\ncookie and the web  hook.\n\n> a session\n> cookie in a quote\n";
    let findings = termlint::lint(&matcher(), FileKind::Markdown, text);
    let spans: Vec<&str> = findings.iter().map(|f| &text[f.span.clone()]).collect();
    assert_eq!(spans, ["session\ncookie", "web  hook", "session\n> cookie"]);
}

#[test]
fn terms_never_span_blocks_or_markup() {
    assert!(matched("A session\n\ncookie.").is_empty());
    assert!(matched("- session\n- cookie").is_empty());
    assert!(matched("| session | cookie |\n|---|---|\n").is_empty());
    assert!(matched("A session `x` cookie and *web* hook.").is_empty());
}

#[test]
fn context_words_decide() {
    assert_eq!(
        matched("Open the sign in page, then sign in to the app."),
        ["sign in"]
    );
    assert_eq!(find("The Sign in flow.")[0].2, "Sign-in");
    assert!(matched("Configure a login hint and Facebook Login here.").is_empty());
    assert_eq!(matched("Use the login form."), ["login"]);
}

#[test]
fn code_in_markdown_is_never_matched() {
    let text = "```\nweb hook\n```\n\n`session cookie` and <code>web hook</code>\n\n    web hook\n";
    assert!(matched(text).is_empty());
}
