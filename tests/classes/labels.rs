//! Names that prose spells as their product does: a hyphenated compound whose first word is
//! capitalized inside a sentence is a setting's or a hook's name ("the After-login path"), and text
//! set all in capitals cannot show a brand's mixed case. A hyphenated word of a comment that
//! the code below it spells (`<meta-data>`) is that code's name.

use crate::class_cases::{assert_caught, assert_clean, assert_files_clean, assert_files_rule};

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

#[test]
fn a_hyphenated_word_the_code_below_spells_is_its_name() {
    assert_files_clean(&[
        (
            "AndroidManifest.xml",
            "<application>\n    <!-- Don't delete the meta-data below.\n         The tool reads it. -->\n    <meta-data\n        android:name=\"flutterEmbedding\" />\n</application>\n",
        ),
        (
            "cli.py",
            "# Pass the log-in flag to skip the prompt.\nparser.add_argument(--log-in, action=\"store_true\")\n",
        ),
    ]);
    // In a string, as part of a longer name, or far below: the comment's own word.
    assert_files_rule(&[
        (
            "keep.ts",
            "// Keep the meta-data here.\nconst key = \"meta-data\";\n",
            "metadata",
        ),
        (
            "AndroidManifest.xml",
            "<!-- Keep the meta-data here. -->\n<meta-data-extra />\n",
            "metadata",
        ),
        (
            "AndroidManifest.xml",
            "<!-- Keep the meta-data here. -->\n<a />\n<b />\n<meta-data />\n",
            "metadata",
        ),
    ]);
}
