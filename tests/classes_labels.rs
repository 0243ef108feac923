//! Names that prose spells as their product does: a hyphenated compound whose first word is
//! capitalized inside a sentence is a setting's or a hook's name ("the After-login path"), and text
//! set all in capitals cannot show a brand's mixed case.

mod class_cases;

use class_cases::{assert_caught, assert_clean};

#[test]
fn a_compound_capitalized_inside_a_sentence_is_a_name() {
    assert_clean(&[
        "Then it redirects the browser to the After-login path.",
        "Users land on your After-signup path when they finish.",
        "Point the Post-logout URL at your home page.",
        "It runs the Pre-signup hook, then the Post-login action.",
        "You land on your [After-login path](/guide/glossary.html#after-login-path).",
        "Then go to your **After-signup path** now.",
    ]);
    // At a sentence's start the capital is the sentence's; lowercase, the compound is prose; an
    // acronym or a capital after the hyphen is another shape.
    assert_caught(&[
        (
            "After-login redirects go to the dashboard.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "Set the after-login path in settings.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "Set the path. Post-login redirects go home.",
            "login",
            "login",
            "sign-in",
        ),
        ("Open the SSO-login page.", "login", "login", "sign-in"),
    ]);
}

#[test]
fn a_brand_in_text_set_all_in_capitals_is_the_text_s_style() {
    assert_clean(&[
        "DOCUFLOW AI - CLOUDFLARE WORKER API",
        "SIGN IN WITH GITHUB",
        "WARNING: DO NOT COMMIT YOUR SUPABASE KEYS",
    ]);
    // Among lowercase words, or with fewer than two other words, the capitals are the brand's
    // spelling, written wrongly.
    assert_caught(&[
        (
            "Connect your CLOUDFLARE account first.",
            "cloudflare",
            "CLOUDFLARE",
            "Cloudflare",
        ),
        ("Use GITHUB.", "github", "GITHUB", "GitHub"),
        ("WE LOVE GITHUB and more", "github", "GITHUB", "GitHub"),
        // An acronym among acronyms is a case rule's business.
        ("IDP SSO URL", "idp", "IDP", "IdP"),
    ]);
}
