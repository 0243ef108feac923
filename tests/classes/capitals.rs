//! Capitals and mentions: titles and API names in Title Case, proper names, a product part's
//! own spelling, a form named beside its suggestion, an abbreviation defined by its words, and
//! brand labels. Each is a table of varied cases, under the default profile.

use termlint::fix::Applicability;
use termlint::source::FileKind;

use crate::class_cases::{assert_caught, assert_clean, linter};

#[test]
fn capitals_in_titles_and_api_names_are_style() {
    // A rule that only lowers a capital has nothing to say in a run of three or more
    // capitalized words: a sample value, a title, an API's name.
    assert_clean(&[
        "| id | My First JWT Template |",
        "Read the Clerk JWT Template Guide first.",
        "See Using Your JWT Template Claims below.",
    ]);
    // Acronyms make no title: the capital of an ordinary word among them is a choice.
    assert_caught(&[
        (
            "Each JWT Template holds claims.",
            "jwt-template",
            "JWT Template",
            "JWT template",
        ),
        (
            ":param template_id: JWT Template ID",
            "jwt-template",
            "JWT Template",
            "JWT template",
        ),
    ]);
}

#[test]
fn proper_names_keep_their_spelling() {
    assert_clean(&[
        "Turn on Kakao Login in the console.",
        "Then enable LINE Login for the channel.",
        "Users with Facebook Login see the button.",
        "Thanks to Tom Grey for the report.",
        "Azure AD B2C tenants use their own flows.",
        // Next to a capitalized word on either side, or the whole of a short text.
        "Then go to your Login Channel and copy the ID.",
        "- [Tom Grey](https://example.com/tgrey)",
        // A UI path.
        "Open (My Application > Product Settings > Kakao Login > Security) next.",
    ]);
    // A capitalized word that opens the sentence is not part of the name after it.
    assert_caught(&[(
        "Connect Azure AD as the IdP.",
        "microsoft-entra-id",
        "Azure AD",
        "Microsoft Entra ID",
    )]);
    // In Title Case every word is capitalized: that says nothing about a name.
    let title_case = linter();
    for text in [
        "# Setting Additional Meta Data\n",
        "- [Setting Additional Meta Data](https://example.com/meta)\n",
        "## Add Social Login Buttons\n",
    ] {
        let found = title_case.lint(FileKind::Markdown, text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    }
    assert_caught(&[
        ("The login is slow.", "login", "login", "sign-in"),
        ("Login is slow today.", "login", "Login", "Sign-in"),
        ("Pick a grey theme.", "gray", "grey", "gray"),
        ("Grey buttons are disabled.", "gray", "Grey", "Gray"),
        (
            "Connect Azure AD as the IdP.",
            "microsoft-entra-id",
            "Azure AD",
            "Microsoft Entra ID",
        ),
    ]);
    // A case-only fix inside a joined name is never offered, safe or not.
    let linter = linter();
    for f in linter.lint(FileKind::Markdown, "Use supabase-js and expo-router.") {
        assert_ne!(f.fix.map(|x| x.applicability), Some(Applicability::Safe));
    }
}

#[test]
fn a_product_part_s_name_and_a_word_in_capitals_are_their_owner_s_spelling() {
    // Capitalized words before a capitalized "Plugin", "Provider", "SDK" name another product's
    // part, even where they open a label.
    assert_clean(&[
        "**Example: Magic Link Plugin**",
        "Magic Link Plugin settings live under the auth config.",
        "The Two Factor Provider signs the challenge.",
        // Five letters or more in capitals inside lowercase words: a constant or a label.
        "It then throws an UNAUTHORISED error to the client.",
        "Press CUSTOMISE to change the theme.",
        // An enum value in capitals is the value, for a brand's capitals too.
        "Configuration details for OAuth connections. Present only when type is OAUTH.",
        "One of SAML, PASSWORD, OAUTH, WEBAUTHN or API_KEY.",
        "The request fails when the provider is GITHUB here.",
    ]);
    assert_caught(&[
        // One word before the noun is a spelling like any other.
        (
            "Pre-configured Providers are listed below.",
            "preconfigured",
            "Pre-configured",
            "Preconfigured",
        ),
        // A brand's spelling is checked before any noun.
        (
            "Install the NextJS SDK first.",
            "nextjs",
            "NextJS",
            "Next.js",
        ),
        // A brand's capitals written wrongly, not in capitals throughout, are still read.
        ("Sign in with Github first.", "github", "Github", "GitHub"),
        (
            "Set up Webauthn for passkeys.",
            "webauthn",
            "Webauthn",
            "WebAuthn",
        ),
        // Short capitals are acronyms, which rules are about.
        ("Users turn on 2FA in settings.", "two-factor", "2FA", "MFA"),
        // A clause all in capitals is shouting, not a name; so is a phrase in capitals.
        (
            "CUSTOMISED THEMES ARE SAVED.",
            "customize",
            "CUSTOMISED",
            "CUSTOMIZED",
        ),
        (
            "Add a WEB HOOK for the events.",
            "webhook",
            "WEB HOOK",
            "WEBHOOK",
        ),
    ]);
}

#[test]
fn a_form_named_beside_its_suggestion_is_mentioned_not_used() {
    assert_clean(&[
        "- Javascript → JavaScript",
        "- NPM -> npm",
        "Colors: white — gray — grey, and black.",
        "Colors: white &mdash; gray &mdash; grey.",
        "Write email, not e-mail.",
        "Prefer webhook over web hook? Use webhook (not web hook).",
    ]);
    // Two blocks are two texts: a heading's word is no mention of the next line's.
    let linter = linter();
    let text = "Retrieve a given JWT template\n\n:param id: JWT Template ID\n";
    let found = linter.lint(FileKind::Markdown, text);
    assert_eq!(found.len(), 1, "{found:?}");
    // The suggestion elsewhere in the sentence is no mention.
    assert_caught(&[(
        "Each web hook is signed, and the webhook secret rotates.",
        "webhook",
        "web hook",
        "webhook",
    )]);
}

#[test]
fn an_abbreviation_after_the_words_it_abbreviates_defines_them() {
    assert_clean(&[
        "Open the Two-Factor Auth (2FA) card.",
        "Turn on Two Factor Auth (2FA) for admins.",
    ]);
    // In parentheses after other words, or outside parentheses, the short form is a use.
    assert_caught(&[
        (
            "Users with (2FA) enabled sign in twice.",
            "two-factor",
            "2FA",
            "MFA",
        ),
        (
            "Turn on the setting (2FA) for admins.",
            "two-factor",
            "2FA",
            "MFA",
        ),
        (
            "Two-Factor Auth, or 2FA, is on.",
            "two-factor",
            "2FA",
            "MFA",
        ),
    ]);
}

#[test]
fn a_lowercase_word_before_prop_or_field_names_code() {
    assert_clean(&[
        "Use Clerk's captcha prop to style the widget.",
        "Set the github option to true.",
        // A package: the dependency, spelled as the registry spells it.
        "Declare httpx rather than relying on the svix transitive.",
        "Pin the supabase package to a minor version.",
        "The cloudflare dependency is optional.",
    ]);
    assert_caught(&[
        ("Solve the captcha first.", "captcha", "captcha", "CAPTCHA"),
        // A form's field is what users see.
        (
            "The error for the captcha field.",
            "captcha",
            "captcha",
            "CAPTCHA",
        ),
        // Capitals are the writer's, not code's.
        ("Set the Github option.", "github", "Github", "GitHub"),
        // A framework's own module is the framework's.
        (
            "Remove the dependency in the nuxt module.",
            "nuxt",
            "nuxt",
            "Nuxt",
        ),
        // The product itself, not its package.
        (
            "Deploy the worker to cloudflare first.",
            "cloudflare",
            "cloudflare",
            "Cloudflare",
        ),
    ]);
}

#[test]
fn title_case_inside_a_sentence_is_the_error_the_suggestion_corrects() {
    assert_caught(&[
        (
            "Connect via a Single Sign On (SSO) connection.",
            "single-sign-on",
            "Single Sign On",
            "single sign-on",
        ),
        // At the start of a sentence the capital stays.
        (
            "Single sign on is set per connection.",
            "single-sign-on",
            "Single sign on",
            "Single sign-on",
        ),
    ]);
}

#[test]
fn a_fix_that_renames_a_link_label_or_an_anchor_needs_a_human() {
    let linter = linter();
    // Of the last finding: in the anchor case the heading's, after the link's.
    let applicability = |text: &str| {
        let found = linter.lint(FileKind::Markdown, text);
        found
            .last()
            .and_then(|f| f.fix.as_ref().map(|f| f.applicability))
    };
    // The text of a collapsed or shortcut reference link is also its label.
    for text in [
        "Plugins are [externalised][] here.\n\n[externalised]: https://example.com\n",
        "Plugins are [externalised] here.\n\n[externalised]: https://example.com\n",
        "See the [Setting Additional Meta Data](#setting-additional-meta-data) part.\n\n# Setting Additional Meta Data\n",
        // A heading's anchor may be linked from any other page.
        "# Setting Additional Meta Data\n\nText.\n",
    ] {
        assert_eq!(applicability(text), Some(Applicability::Unsafe), "{text:?}");
    }
    // An inline link's text, a full reference's text: only words.
    for text in [
        "Plugins are [externalised](https://example.com) here.\n",
        "Plugins are [externalised][ext] here.\n\n[ext]: https://example.com\n",
    ] {
        assert_eq!(applicability(text), Some(Applicability::Safe), "{text:?}");
    }
    // Capitals for a lowercase phrase of common words: "your app router" may be any app's.
    assert_eq!(
        applicability("Make sure your app router matches the child paths.\n"),
        Some(Applicability::Unsafe)
    );
    // A capital in the match says it is the name, written wrong.
    assert_eq!(
        applicability("Clerk supports the Next.js App router out of the box.\n"),
        Some(Applicability::Safe)
    );
}

#[test]
fn a_capitalized_phrase_with_a_brand_is_that_product_s_label() {
    // Inside a sentence, "Log in with PayPal" is another product's button or feature.
    assert_clean(&[
        "Configure Log in with PayPal in the developer portal.",
        "The shop also offers Login with Amazon at checkout.",
        "Turn on Facebook Limited Login for iOS users.",
        "Their app shows a Log In with Slack button.",
    ]);
    // An ordinary phrase after "with", or lowercase words, is prose.
    assert_caught(&[
        (
            "Users can Log in with their work email.",
            "log-in",
            "Log in",
            "Sign in",
        ),
        ("Users log in with GitHub.", "log-in", "log in", "sign in"),
    ]);
}

#[test]
fn a_brand_label_that_opens_a_sentence_and_is_its_subject_names_that_product() {
    // A verb after the label makes it the sentence's subject: the product, not an instruction.
    assert_clean(&[
        "Login with Amazon is a separate product.",
        "Log in with PayPal lets buyers skip the form.",
        "Sign In with Slack (SIWS) works for every workspace.",
        "Login with Amazon can't be turned off here.",
        "- Log In with PayPal will show its own consent screen.",
    ]);
    // An imperative goes on with an object, a purpose or another verb.
    assert_caught(&[
        (
            "Login with Amazon to pay faster.",
            "login",
            "Login",
            "Sign-in",
        ),
        (
            "Log in with GitHub and open the dashboard.",
            "log-in",
            "Log in",
            "Sign in",
        ),
        (
            "Log in with Google, then pick an organization.",
            "log-in",
            "Log in",
            "Sign in",
        ),
    ]);
}

#[test]
fn an_acronym_heading_a_name_is_reported_but_not_fixed_unattended() {
    let linter = linter();
    let applicability = |text: &str| {
        let found = linter.lint(FileKind::Markdown, text);
        assert_eq!(found.len(), 1, "{text:?}: {found:#?}");
        found[0].fix.as_ref().map(|f| f.applicability)
    };
    // A name in capitals, in a sentence, in emphasis, as a link's text or as a heading: a field
    // or setting its product's screen may spell so.
    for text in [
        "Paste it into the IDP Entity ID field.\n",
        "Every app also has an IDP Metadata URL for this.\n",
        "Write the value in the *IDP Entity ID* box.\n",
        "* A SAML [IDP Certificate](/docs/certificate)\n",
        "### IDP Entity ID\n\nText.\n",
    ] {
        assert_eq!(applicability(text), Some(Applicability::Unsafe), "{text:?}");
    }
    // The acronym alone, before a lowercase word, a hyphen or punctuation: the fix is safe.
    for text in [
        "Copy the URL from your IDP.\n",
        "The IDP sends the assertion.\n",
        "The connection allows IDP-initiated sign-in.\n",
        "Both the IDP and the SP sign it.\n",
    ] {
        assert_eq!(applicability(text), Some(Applicability::Safe), "{text:?}");
    }
}

#[test]
fn capitalized_words_that_spell_a_snake_case_name_read_it_aloud() {
    let linter = linter();
    let findings = |text: &str| {
        crate::class_cases::found(&linter, text, false)
            .into_iter()
            .map(|(_, matched, _)| matched)
            .collect::<Vec<_>>()
    };
    // The words of a package's or a constant's name, which the page writes as code.
    for text in [
        "# Oidc Desktop\n\nStart using Oidc Desktop now.\n\nAdd `oidc_desktop` to your pubspec.\n",
        "Paste the IDP Redirect URL here.\n\n```html\n<form action=\"{{ IDP_REDIRECT_URL }}\">\n```\n",
        "## Using Oidc Loopback Listener\n\n```yaml\ndependencies:\n  oidc_loopback_listener: ^1.0.0\n```\n",
    ] {
        assert_eq!(findings(text), Vec::<String>::new(), "{text:?}");
    }
    // A slug joined by `-`, a name only in a link's address or anchor, prose, or other words.
    for (text, matched) in [
        (
            "Run it in a Github Actions workflow.\n\n```yaml\nid: github-actions\n```\n",
            "Github",
        ),
        (
            "See [the Oidc Desktop docs](https://pub.dev/packages/oidc_desktop).\n",
            "Oidc",
        ),
        ("Use Oidc Desktop, the oidc_desktop package.\n", "Oidc"),
        (
            "Use the Oidc flow.\n\nAdd `oidc_desktop` to your pubspec.\n",
            "Oidc",
        ),
    ] {
        assert_eq!(findings(text), [matched], "{text:?}");
    }
}
