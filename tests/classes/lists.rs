//! Names in commands, lists and sample data: package managers' and dependency bots' words, a
//! link named after its file, a bold control label, lists of code values or lone values, a
//! commit scope, a heading over its message, and JSON written out in prose.

use termlint::source::FileKind;

use crate::class_cases::{
    assert_caught, assert_clean, assert_clean_markdown, assert_matched_markdown, found, linter,
};

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
        // A dependency list as a manifest writes it: the name, then its version or range.
        "- typescript: ^5.9.3",
        "- tailwindcss: ~4.1 and svix: >=1.20.0",
        "Pinned: typescript: v5.4.2",
    ]);
    // Prose between the command and the word, a bare verb, or a word before the command: the
    // word is the product's.
    assert_caught(&[
        (
            "Our stack: typescript: 5 reasons to love it.",
            "typescript",
            "typescript",
            "TypeScript",
        ),
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
        // Monorepo changelog generators write the type bold and in capitals.
        " - **FEAT**(oidc): add the desktop flow\n",
        " - **BREAKING** **FIX**(oauth): rotate keys\n",
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

#[test]
fn a_word_that_leads_a_list_of_names_leads_each() {
    assert_clean(&[
        "Use Microsoft Entra (aka Microsoft Azure Active Directory, Microsoft Azure AD).",
        "Microsoft Entra ID, formerly Azure Active Directory or Azure AD, hosts the users.",
        "Entra ID (previously Azure Active Directory, AAD, and Azure AD) works too.",
    ]);
    // The lead must stand before the first name, and the names must be names.
    assert_caught(&[
        (
            "We use Okta, Auth0 and Azure AD.",
            "microsoft-entra-id",
            "Azure AD",
            "Microsoft Entra ID",
        ),
        (
            "Formerly we used Okta; now we use Google, Azure AD.",
            "microsoft-entra-id",
            "Azure AD",
            "Microsoft Entra ID",
        ),
        (
            "Call it formerly, then the tenant, Azure AD.",
            "microsoft-entra-id",
            "Azure AD",
            "Microsoft Entra ID",
        ),
    ]);
}
