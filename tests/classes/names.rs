//! Names and values: a word joined into a name (`expo-secure-store`), a quoted single token, a
//! table cell or heading that is only the word, a link titled with another page's name. Each is
//! a table of varied cases in Markdown and in a `//` code comment, under the default profile.

use termlint::source::FileKind;

use crate::class_cases::{assert_caught, assert_clean, assert_matched_markdown, found, linter};

#[test]
fn joined_names_are_names() {
    assert_clean(&[
        "Install expo-secure-store to keep the token.",
        "The clerk-android package ships the views.",
        "Import node:crypto for the digest.",
        "Add @clerk/expo to the app.",
        "Create the supabase-js client first.",
        "Migrate from next-auth in a day.",
        "Copy CLERK_SECRET_KEY into the env file.",
        "Open github.com/clerk/javascript for the source.",
        "The saml-jackson service and the oauth2-proxy sidecar.",
        "Route `/signin` and /signin/callback to the page.",
        "Thanks to [github/azu](https://github.com/azu) for the review.",
        "Scraped from the nodejs/node repository.",
        "Compare e-mail-based and passkey-based sign-in.",
        "Use the sign-in-or-up flow.",
        // A route below an area of the app is a path, with or without its leading slash.
        "Redirect the user to the auth/login page after sign-out.",
        "Send new users to the account/signup route.",
        "The oauth/login handler starts the flow.",
        "Point the button at users/signup instead.",
    ]);
    // Prose: a slash between two words is "or"; a hyphen after a capitalized word is a compound.
    assert_caught(&[
        (
            "Build the registration/login flow.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "The login/auth choice is made per app.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "The connection allows IDP-initiated flows.",
            "idp",
            "IDP",
            "IdP",
        ),
        (
            "Users get a Github-hosted runner.",
            "github",
            "Github",
            "GitHub",
        ),
    ]);
    // A path is not prose: leading slash, three segments, a directory.
    assert_clean(&["See app/login for the page.", "Edit src/login/form later."]);
}

#[test]
fn escaped_joiners_still_join_names() {
    // Markdown escapes an underscore or a hyphen with a backslash; the reader sees one name.
    let linter = linter();
    for text in [
        "- [oauth\\_provider\\_not\\_found](./oauth.mdx)",
        "The signup\\_disabled error is returned.",
        "Set GITHUB\\_TOKEN first.",
        "Read the nodejs\\_version field.",
        "Install the saml\\-jackson package.",
    ] {
        assert_eq!(found(&linter, text, false), [], "{text:?}");
    }
    // The escaped characters are read as written: an escaped hyphen in a term is still the term,
    // and escaped emphasis markers or brackets around a term leave it prose.
    for (text, matched) in [
        ("Create a web\\-hook now.", "web\\-hook"),
        ("An \\*web hook\\* here.", "web hook"),
        ("See \\[web hook\\] below.", "web hook"),
    ] {
        let want = [(
            "webhook".to_string(),
            matched.to_string(),
            "webhook".to_string(),
        )];
        assert_eq!(found(&linter, text, false), want, "{text:?}");
    }
}

#[test]
fn quoted_single_tokens_are_values() {
    assert_clean(&[
        "The mode can be \"signin\" or \"signup\".",
        "The status changes to 'cancelled' when it ends.",
        "Set \"strategy\": \"saml\", in the body.",
        "Rename the 'next-auth' dir to 'nextjs' first.",
        "The flag is “signup” by default.",
        "Pass ‘oauth’ as the kind.",
    ]);
    // A short capitalized phrase in quotes is a label or a search term quoted verbatim, like a
    // label in bold: word choice is its owner's. Its brand capitals are still checked.
    assert_clean(&[
        "Click \"Login with email\" to continue.",
        "The page should include a \"Signin with Passkeys\" button.",
        "In the portal, search for “Azure Active Directory” and open it.",
    ]);
    // A quoted sentence is prose; so is an unquoted phrase; an apostrophe is no quote.
    assert_caught(&[
        (
            "He wrote \"The login page is slow.\" in the guide.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "Click \"Sign in with Github\" to continue.",
            "github",
            "Github",
            "GitHub",
        ),
        ("The users' signin was slow.", "signin", "signin", "sign-in"),
    ]);
}

#[test]
fn a_cell_or_heading_that_is_only_the_word_is_a_value() {
    let linter = linter();
    for text in [
        "| Value | Meaning |\n| --- | --- |\n| saml | SAML |\n| oauth | OAuth |\n",
        "# Oauth\n\nThe model of a connection.\n",
        "## Github\n\nThe provider.\n",
        "---\ntitle: The model\n---\n# Saml\n\nThe model.\n",
        // An element that holds one word titles a property or quotes a value.
        "<NestedTitle>login</NestedTitle>\n\nThe options of the prompt.\n",
        "<ParamField>oauth</ParamField>\n",
        "<td>github</td>\n",
        // Lowercase, the lone word is a value for every rule, not only case rules.
        "| Prompt | Meaning |\n| --- | --- |\n| login | Ask again |\n| signup | Create one |\n",
        "| Action | Event |\n| --- | --- |\n| logout | `session.ended` |\n",
        "# sign_up\n\nThe parameter.\n",
    ] {
        let f = found(&linter, text, false);
        assert!(f.is_empty(), "{text:?}: {f:?}");
    }
    // A capitalized lone word in a cell or an element is prose to word rules, and a sentence in
    // an element is prose to every rule.
    assert_matched_markdown(&[
        ("| Step |\n| --- |\n| Login |\n", "Login"),
        ("<Tab>Signup</Tab>\n", "Signup"),
        ("<Note>Users login here.</Note>\n", "login"),
        ("<Note>login here</Note>\n", "login"),
        // Tags that do not pair are no element around the word.
        ("<img src=\"x\"> login </article>\n", "login"),
    ]);
    // A comment of one word is still prose.
    assert_eq!(found(&linter, "saml", true).len(), 1);
    // In a sentence, or in a heading of several words, the case rule applies.
    assert_matched_markdown(&[
        ("| saml | Use saml here. |\n|---|---|\n| a | b |\n", "saml"),
        ("# Set up Oauth\n", "Oauth"),
        // A section heading of one word is not the page's title.
        ("# Usage\n\n### node.js\n\nRun it.\n", "node.js"),
        ("### App router\n", "App router"),
        // A title-cased heading still gets brand capitals right.
        ("## Deploy With Github Actions\n", "Github"),
        ("Create a JWT Template for the claims.", "JWT Template"),
    ]);
}

#[test]
fn a_link_to_another_site_titled_with_the_word_names_that_page() {
    assert_clean(&[
        "- [TikTok login kit documentation](https://developers.tiktok.com/doc/login-kit-web/)",
        "- [Login with Webex](https://developer.webex.com/docs/login-with-webex)",
        // A changelog entry quotes the title of the issue it links to.
        "- [#227](https://github.com/kpdecker/jsdiff/issues/227) - Licence",
        "- [#31](https://github.com/acme/app/pull/31): Fix the login form",
        // A link whose whole text is the last words of its page's address names that page.
        "Extend it with plugins such as [magic link](/docs/plugins/magic-link) and more.",
        "See [login](../guides/login/) for the flow.",
        "Use [Magic Link](./magic_link.md) for passwordless sign-in.",
    ]);
    // The site's own pages, and addresses without the word, are the writer's text.
    assert_caught(&[
        (
            "Open the [login page](/docs/login).",
            "login",
            "login",
            "sign-in",
        ),
        (
            "Start the [magic link flow](/docs/plugins/magic-link) from the form.",
            "email-link",
            "magic link",
            "email link",
        ),
        (
            "Read the [login guide](https://example.com/auth).",
            "login",
            "login",
            "sign-in",
        ),
        // The changelog's own words after an issue link are the writer's.
        (
            "- [#635](https://github.com/a/b/pull/635) - Tweaks to the login form. It now works.",
            "login",
            "login",
            "sign-in",
        ),
        // Prose that goes on after an issue link is the writer's.
        (
            "Fixed in [#227](https://github.com/a/b/issues/227), so the login works.",
            "login",
            "login",
            "sign-in",
        ),
        // A brand's capitals are checked whatever the link.
        (
            "See [the Github docs](https://docs.github.com/en) for more.",
            "github",
            "Github",
            "GitHub",
        ),
    ]);
}

#[test]
fn a_value_or_a_title_is_not_a_use_of_a_consistency_form() {
    let linter = linter();
    // Two uses of "OAuth application" and one of "OAuth app": the minority is flagged...
    let prose = "An OAuth application. The OAuth application. The OAuth app.\n";
    assert_eq!(linter.lint(FileKind::Markdown, prose).len(), 1);
    // ...but a title-cased sample value or a quoted value is not a use of either form.
    for extra in [
        "| name | Updated OAuth App Name |\n",
        "Set it to \"Example OAuth App Settings\".\n",
    ] {
        let text = format!("An OAuth application. The OAuth application.\n\n{extra}");
        let found = linter.lint(FileKind::Markdown, &text);
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
}

#[test]
fn a_lowercase_name_before_command_names_the_program() {
    assert_clean(&[
        "Deploy with the firebase command.",
        "Run the supabase commands from the project root.",
        "Put the vercel binary on your path.",
        "The firebase executable reads this file.",
    ]);
    // "CLI" is part of the product's name, and other nouns are prose.
    assert_caught(&[
        (
            "Use the firebase CLI to export the users.",
            "firebase",
            "firebase",
            "Firebase",
        ),
        (
            "Open the firebase console.",
            "firebase",
            "firebase",
            "Firebase",
        ),
    ]);
}
