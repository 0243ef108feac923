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

#[test]
fn a_label_right_after_a_press_is_the_button_s() {
    // A capital inside the sentence, or nothing after the label in its clause: the button's text.
    assert_clean(&[
        "Click login.",
        "Click Login to continue.",
        "Then tap Sign Up and wait.",
        "Press Log in, then approve the prompt.",
        "Click on the Logout link in the menu.",
        "On the next screen, select Login with SSO.",
        "When asked, hit logout!",
        "Once the tenant, the domain and the keys are all configured, click on the Login button.",
    ]);
    // Lowercase words that go on, another verb, or a press in another sentence are prose.
    assert_caught(&[
        (
            "Select the login method you want.",
            "login",
            "login",
            "sign-in",
        ),
        ("Click login to continue.", "login", "login", "sign-in"),
        (
            "Choose login, then the tenant.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "Open the email and click magic link",
            "email-link",
            "magic link",
            "email link",
        ),
        ("Open Login to continue.", "login", "Login", "Sign-in"),
        ("Tap. Login is slow.", "login", "Login", "Sign-in"),
        (
            "Users of the Supertap dashboard rely on Login to continue.",
            "login",
            "Login",
            "Sign-in",
        ),
        (
            "Click One-Tap. Login is slow today.",
            "login",
            "Login",
            "Sign-in",
        ),
    ]);
}
