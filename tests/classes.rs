//! False positives fixed as classes of names, values, mentions and capitals, each a table of
//! varied cases in Markdown and in a `//` code comment, under the default profile.

mod class_cases;

use class_cases::{
    assert_caught, assert_clean, assert_clean_markdown, assert_matched_markdown, found, linter,
};
use termlint::fix::Applicability;
use termlint::source::FileKind;

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
        "- [Setting Additional Meta Data](#setting-additional-meta-data)\n",
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
fn a_package_manager_s_command_names_packages() {
    // Written out without backticks, a command's arguments are packages, spelled as their
    // registry spells them: flags and other names may stand between.
    assert_clean(&[
        "Run npm install tailwindcss to add it.",
        "Then yarn add -D typescript and restart.",
        "Use pnpm add svix @clerk/nextjs tailwindcss for this.",
        "Use npm i supabase first.",
        "bun add --dev typescript",
        "pip install supabase",
        "Run pip3 install --upgrade supabase.",
        "Then yarn global add typescript.",
        "Install it with gem install stripe.",
        "go get github.com/x/y typescript",
        "Run npx tailwindcss init -p.",
        "Run npx -y tailwindcss init.",
        "Then bunx --bun typescript --version.",
        "composer require svix",
    ]);
    // Prose between the command and the word, a bare verb, or a word before the command: the
    // word is the product's.
    assert_caught(&[
        (
            "Run npm install and then typescript checks the types.",
            "typescript",
            "typescript",
            "TypeScript",
        ),
        (
            "Install typescript for type checks.",
            "typescript",
            "typescript",
            "TypeScript",
        ),
        (
            "We use typescript with npm install.",
            "typescript",
            "typescript",
            "TypeScript",
        ),
        (
            "Run npm test, then typescript checks the types.",
            "typescript",
            "typescript",
            "TypeScript",
        ),
        (
            "The npm install for typescript is slow.",
            "typescript",
            "typescript",
            "TypeScript",
        ),
        // A runner runs its first name: what follows that name is its arguments.
        (
            "Run npx prettier typescript files.",
            "typescript",
            "typescript",
            "TypeScript",
        ),
    ]);
}

#[test]
fn a_dependency_bot_s_words_name_the_package() {
    // "update dependency X to …", "bump X from … to …": the package, as the registry spells it.
    assert_clean(&[
        "chore(deps): update dependency typescript to v6",
        "Update dependency supabase to v2.4.0 — security fix.",
        "build(deps): bump typescript from 5.3.3 to 5.4.2",
        "Bumps svix from 1.2 to 1.3.",
        "Bumped cloudflare to 4.1 in the worker.",
        // A package comment names its package: Go's "Package x …", or a module or crate so named.
        "Package oauth provides helpers used in tests.",
        "The package saml parses assertions.",
        "Import the module github first.",
        "The crate webauthn is optional.",
        // What is added to or removed from a dependency list is a package.
        "* **browser-sample:** add typescript to browser-sample dev dependencies",
        "Removed supabase from deps.",
        "Install svix into devDependencies, then restart.",
        "- Added supabase as a peer dependency",
    ]);
    // Other words before the name, or a bump with no versions, leave it prose.
    assert_caught(&[
        (
            "The dependency on typescript is old.",
            "typescript",
            "typescript",
            "TypeScript",
        ),
        (
            "We bump typescript everywhere.",
            "typescript",
            "typescript",
            "TypeScript",
        ),
        (
            "Update — typescript to v6 later.",
            "typescript",
            "typescript",
            "TypeScript",
        ),
        // Added to something else than a dependency list.
        (
            "Add typescript to your project for type checks.",
            "typescript",
            "typescript",
            "TypeScript",
        ),
        (
            "We added typescript to the docs' examples, and dependencies follow.",
            "typescript",
            "typescript",
            "TypeScript",
        ),
    ]);
}

#[test]
fn a_link_whose_text_is_its_page_s_file_name_is_that_name() {
    // Generated model pages link each type to its own page: the text is the type's name.
    let linter = linter();
    for text in [
        "| `Oauth` | [Oauth](../../Models/Components/Oauth.md) | optional |",
        "Returns an [Oidc](./Oidc.md) object.",
        "Fields are listed in [Saml](Saml.md#fields).",
        // A directory: a table of the repository's packages.
        "| [nuxt](./packages/nuxt/) | The Nuxt SDK. |",
        "| [nextjs](packages/nextjs/) | The Next.js SDK. |",
    ] {
        assert_eq!(found(&linter, text, false), [], "{text:?}");
    }
    // Another site, another file name, or more text than the name is prose.
    for text in [
        "Read [Oauth](https://example.com/Oauth) first.",
        "Read [Oauth](./oauth-guide.md) first.",
        "Read [Oauth setup](./Oauth.md) first.",
        "Read [Oauth](./packages/oauth-guide/) first.",
    ] {
        let f = found(&linter, text, false);
        assert_eq!(f.len(), 1, "{text:?}: {f:?}");
        assert_eq!(f[0].0, "oauth", "{text:?}");
    }
}

#[test]
fn a_bold_label_of_a_control_is_its_owner_s_wording() {
    let linter = linter();
    // Bold text that a control's noun follows, or an action on a control precedes, is a label of
    // some product's interface, quoted as that product spells it (bold is Markdown: comments
    // keep their asterisks).
    for text in [
        "In the dashboard, check **Allow signup** and save.",
        "Open the **Login settings** tab to change it.",
        "Turn on **Signin with email** for your users.",
        "The **Enable login** toggle is off by default.",
        "Click on **Web hooks** in the sidebar.",
        "Navigate to **Login & security** first.",
        "Fill in the **Signup URL** field.",
        "Select **Create web hook**, then name it.",
        "Click the **Login with SSO** button.",
        "Select the **Signup mode** option.",
    ] {
        let f = found(&linter, text, false);
        assert!(f.is_empty(), "{text:?}: {f:?}");
    }
    // Bold without such a cue is emphasis; a long bold run is a sentence; a label's capitals
    // are still checked.
    for (text, rule, matched, suggestion) in [
        (
            "The **signup** flow needs a verified email.",
            "signup",
            "signup",
            "sign-up",
        ),
        (
            "Never share your **signup** link.",
            "signup",
            "signup",
            "sign-up",
        ),
        (
            "Click **here to create a web hook for your users** now.",
            "webhook",
            "web hook",
            "webhook",
        ),
        (
            "Users **must log in** before the page loads.",
            "log-in",
            "log in",
            "sign in",
        ),
        (
            "Click **Continue with Github** to connect.",
            "github",
            "Github",
            "GitHub",
        ),
    ] {
        let want = vec![(
            rule.to_string(),
            matched.to_string(),
            suggestion.to_string(),
        )];
        assert_eq!(found(&linter, text, false), want, "{text:?}");
    }
}

#[test]
fn a_list_of_code_values_is_values() {
    // Three or more single lowercase tokens joined by commas (and a last "or" or "and"), one of
    // them snake_case or camelCase: the values a field takes, spelled as the code spells them.
    assert_clean(&[
        "Resend an existing signup, sms, email_change or phone_change OTP.",
        "The kind is one of signin, signup, password_reset.",
        "Events: login, logout, token_refresh and session_end.",
        "Pass (signup, sign_in, oauth_callback) as the flow.",
        "It accepts signup, sign_up_v2, and invite.",
        // One item with a suffix: variants of a name (examples, projects, packages).
        "Both examples (nextjs, nextjs-ssr) render the form.",
        "Tests pass for shadcn, nextjs, and nextjs-ssr now.",
        "Run the oauth and oauth_pkce samples.",
        // A camelCase item marks the list as code as well.
        "Configuration for the login, logout, callback and postLogoutRedirect routes.",
        "Handlers: signin, signup, getToken.",
    ]);
    // Without a snake_case or camelCase item, or with fewer than three items, the words are
    // prose; a capitalized word is no identifier.
    assert_caught(&[
        (
            "Choose signup, billing or profile.",
            "signup",
            "signup",
            "sign-up",
        ),
        ("Use signup or email_change.", "signup", "signup", "sign-up"),
        // A suffix of another word, or the match alone with a suffix after it, is no variant.
        (
            "Pick nextjs or next-ssr for it.",
            "nextjs",
            "nextjs",
            "Next.js",
        ),
        (
            "Try nextjs, then nextjs-ssr.",
            "nextjs",
            "nextjs",
            "Next.js",
        ),
        (
            "After signin, password_reset is the next step.",
            "signin",
            "signin",
            "sign-in",
        ),
        ("Use signup or getToken.", "signup", "signup", "sign-up"),
        (
            "Open the signup, billing and Profile pages.",
            "signup",
            "signup",
            "sign-up",
        ),
    ]);
}

/// The scope of a conventional commit in a changelog names a package or a module; the summary
/// after it is prose.
#[test]
fn a_commit_scope_is_a_name() {
    assert_clean_markdown(&[
        "* **oauth:** ignore unsupported algorithms\n",
        "- **saml:** support key rotation\n",
        "* **webauthn:** add primitives\n",
        "* fix(oauth): handle the callback\n",
        "- feat(github)!: drop the old provider\n",
        "chore(signup): bump the schema\n",
    ]);
    assert_matched_markdown(&[
        ("* **auth:** fix the oauth flow\n", "oauth"),
        ("* fix(auth): handle the oauth callback\n", "oauth"),
        ("**Note:** the oauth flow changed.\n", "oauth"),
        ("* **Oauth:** the provider\n", "Oauth"),
        ("* See the **oauth:** prefix.\n", "oauth"),
    ]);
}

/// A list item that holds one lowercase word, among others like it or under a line that
/// announces values, is a value a setting takes.
#[test]
fn a_list_of_lone_values_is_values() {
    assert_clean_markdown(&[
        "Possible values are:\n- login\n- none\n",
        "The prompt, one of:\n\n* consent\n* login\n",
        "Providers:\n- github\n- gitlab\n- google\n",
        "- signup\n- sms\n- email_change\n",
    ]);
    let kind = termlint::source::FileKind::from_path(std::path::Path::new("config.go")).unwrap();
    let source =
        "// Prompt to send.\n// Possible values are:\n// - login\n// - none\nPrompt string\n";
    assert!(linter().lint(kind, source).is_empty());
    // A word alone under a sentence, or an item that says more, is prose.
    assert_matched_markdown(&[
        ("Next steps:\n- login\n- Check the dashboard.\n", "login"),
        ("- login to the dashboard\n- none\n", "login to"),
        ("Possible values are:\n- Login\n- None\n", "Login"),
    ]);
}

/// A heading that repeats, word for word, a string of the code block right under it quotes a
/// message the product shows: a generated catalog of messages or errors.
#[test]
fn a_heading_over_its_message_s_definition_quotes_it() {
    assert_clean_markdown(&[
        "###### Please complete the captcha challenge to continue. (1070015)\n\n```json\n{\n  \"id\": 1070015,\n  \"text\": \"Please complete the captcha challenge to continue.\"\n}\n```\n",
        "## The login link has expired\n\n```ts\nthrow new Error('The login link has expired');\n```\n",
        "### Your organisation was removed\n\n~~~yaml\nmessage: \"Your organisation was removed\"\n~~~\n",
        "###### Login code (1070013)\n\n```json\n{ \"text\": \"Login code\" }\n```\n",
    ]);
    // A heading over a block that does not hold its words, a short heading, or prose over the
    // block, is read.
    assert_matched_markdown(&[
        (
            "## Set up the login page\n\n```ts\nconst page = 1;\n```\n",
            "login",
        ),
        (
            "## Organisation\n\n```yaml\nmessage: \"Organisation\"\n```\n",
            "Organisation",
        ),
        (
            "The login link has expired.\n\n```ts\nthrow new Error('The login link has expired');\n```\n",
            "login",
        ),
        (
            "## The login link has expired\n\nRead on.\n\n```ts\nthrow new Error('The login link has expired');\n```\n",
            "login",
        ),
    ]);
}

/// A JSON object written out in prose (a table cell's example, a sentence quoting a response)
/// is sample data: its keys and its string values are spelled as the program sends them.
#[test]
fn a_json_object_written_in_prose_is_sample_data() {
    assert_clean(&[
        "Body: {\"description\": \"Webhooks for the login flow of the organisation\"}",
        "It sends {\"label\": \"Sign in with Github\", \"id\": 1} to the page.",
        "The hook gets {\"text\": \"Please login to continue to the dashboard\", \"level\": 2}.",
        "The body holds {\"id\": 1, \"web hook url\": \"\"} and nothing else.",
        // An identifier or a URL cut out of an earlier value does not lose the count of the
        // quotes.
        "{\"id\": \"idn_29w83yL7CwVl\", \"user_agent\": \"Intel Mac OS X 10_15_7\"}",
        "{\"cmd\": \"run `make` first\", \"user_agent\": \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit\"}",
        "{\"avatar\": \"https://example.com/a.png\", \"user_agent\": \"Intel Mac OS X 10_15_7\"}",
        "{\n  \"image_url\": \"https://img.example.com/x?d=mp\",\n  \"two_factor\": false,\n  \"note\": \"the organisation of the web hook\"\n}",
    ]);
    // A consistency group's form in a sample value is no use of it either.
    let linter = linter();
    let text = "An OAuth application. The OAuth application.\n\n| field | example |\n| --- | --- |\n| data | {\"name\": \"Example OAuth App\", \"scopes\": 1} |\n";
    let found = linter.lint(FileKind::Markdown, text);
    assert!(found.is_empty(), "{found:?}");
    // A quotation after a colon, or a quoted sentence between commas, is prose.
    assert_caught(&[
        (
            "The note says: \"The login page is slow.\"",
            "login",
            "login",
            "sign-in",
        ),
        (
            "\"Yes,\" she said, \"the login page is slow.\"",
            "login",
            "login",
            "sign-in",
        ),
        (
            "The answer {is} \"The login page is slow.\" here.",
            "login",
            "login",
            "sign-in",
        ),
    ]);
}
