//! Every rule whose pattern occurs at a place gets its say, for each pair of rule kinds; and the
//! context conditions, `near` (evidence required) beside the ones that forbid.

use termlint::glossary::Glossary;
use termlint::matcher::Matcher;
use termlint::source::FileKind;

const GLOSSARY: &str = r#"
[[term]]
id = "oauth"
category = "product-names"
preferred = ["OAuth"]
case = "exact"
message = "Brand."

[[term]]
id = "sign-in-page"
category = "clerk-concepts"
preferred = ["sign-in page"]
avoid = ["sign in page"]
pos = "noun"
message = "Noun."

[[term]]
id = "sign-in-verb"
category = "clerk-concepts"
preferred = ["sign in"]
avoid = ["signin"]
message = "Verb."

[[term]]
id = "feature-request"
category = "house-style"
preferred = ["Feature Request"]
case = "exact"
message = "A named feature."

[[term]]
id = "feature-lowercase"
category = "house-style"
preferred = ["feature"]
avoid = ["Feature"]
case = "sensitive"
message = "Lowercase."

[[term]]
id = "token-by-evidence"
category = "clerk-concepts"
preferred = ["session token"]
avoid = ["session cookie"]
near = ["verify", "claims"]
not_near = ["__session"]
message = "The token."

[[consistency]]
id = "oauth-app"
forms = ["OAuth application", "OAuth app"]
message = "One form per file."

[[consistency]]
id = "app-or-application"
forms = ["application", "app"]
message = "One form per file."

[[events]]
id = "events"
message = "Unknown event."
events = ["user.created"]
"#;

fn found(text: &str) -> Vec<(String, String)> {
    let glossary = Glossary::from_toml("t.toml", GLOSSARY).unwrap();
    let matcher = Matcher::new(&glossary);
    termlint::lint(&matcher, FileKind::Markdown, text)
        .into_iter()
        .map(|f| (f.rule.to_string(), text[f.span].to_string()))
        .collect()
}

fn rules(text: &str) -> Vec<String> {
    found(text).into_iter().map(|(rule, _)| rule).collect()
}

#[test]
fn a_consistency_form_does_not_hide_a_term_inside_it() {
    let cases: &[(&str, &[&str])] = &[
        // The group form `OAuth application` covers the case error `Oauth`.
        ("Gets a list of Oauth applications.", &["oauth"]),
        (
            "Create an OAuth app. Then an OAuth app again. List the Oauth applications.",
            // Each group counts its own forms: `app` twice, `application` once.
            &["oauth", "oauth-app", "app-or-application"],
        ),
        ("The OAUTH application.", &["oauth"]),
    ];
    for (text, expected) in cases {
        let mut got = rules(text);
        got.dedup();
        assert_eq!(&got, expected, "{text}");
    }
}

#[test]
fn a_term_does_not_hide_a_consistency_form_inside_it() {
    // `app` is counted by its group although `OAuth app` (another group) spans it.
    let text = "An application. Another application. One OAuth app.";
    assert_eq!(
        found(text),
        [("app-or-application".to_string(), "app".to_string())]
    );
}

#[test]
fn between_two_terms_the_longer_match_decides() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        // Longer wrong form: its advice covers the shorter one's words.
        (
            "Open the sign in page.",
            &[("sign-in-page", "sign in page")],
        ),
        // Longer right form: a name, so its words are not flagged on their own.
        ("Each Feature Request is read.", &[]),
        // Without the longer form, the shorter rule speaks.
        ("Each Feature is read.", &[("feature-lowercase", "Feature")]),
        ("Then signin again.", &[("sign-in-verb", "signin")]),
    ];
    for (text, expected) in cases {
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(r, m)| (r.to_string(), m.to_string()))
            .collect();
        assert_eq!(found(text), expected, "{text}");
    }
}

#[test]
fn events_and_prose_rules_read_different_text() {
    // The catalog reads inline code; prose rules never do.
    assert_eq!(
        found("Handle the `user.create` event with an Oauth app."),
        [
            ("events".to_string(), "user.create".to_string()),
            ("oauth".to_string(), "Oauth".to_string()),
        ]
    );
}

#[test]
fn near_requires_evidence_in_the_same_sentence() {
    let cases: &[(&str, bool)] = &[
        ("Verify the session cookie on the server.", true),
        ("Read the claims of the session cookie.", true),
        ("The session cookie has the claims you need.", true),
        // No evidence: the cookie itself may be meant.
        ("The browser sends the session cookie.", false),
        ("Clerk sets the session cookie. Verify it later.", false),
        // Evidence, but the sentence is about the `__session` cookie itself.
        ("Verify the session cookie `__session` exists.", false),
        // Evidence in inline code counts, in any case.
        ("Call `verifyToken()` and pass the session cookie.", true),
        ("CLAIMS are read from the session cookie.", true),
    ];
    for (text, flagged) in cases {
        let got = rules(text);
        assert_eq!(
            got.contains(&"token-by-evidence".to_string()),
            *flagged,
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_finding_has_one_applicability_read_from_its_fix() {
    use termlint::fix::Applicability;
    let glossary = Glossary::from_toml("t.toml", GLOSSARY).unwrap();
    let matcher = Matcher::new(&glossary);
    for text in [
        "Then signin again.",
        "Verify the session cookie.",
        "An application. Another application. One app.",
        "Handle `user.create`.",
    ] {
        for finding in termlint::lint(&matcher, FileKind::Markdown, text) {
            let expected = finding
                .fix
                .as_ref()
                .map_or(Applicability::None, |f| f.applicability);
            assert_eq!(finding.applicability(), expected, "{text}");
        }
    }
}
