//! Classes found in SDK and CLI sources: a comment that is the identifier below it, flags and enum
//! shorthand, quoted output, other senses of "login", forms explained by their suggestion, names
//! in Title Case, UI paths, and one-sentence-a-line comments.

use termlint::fix::Applicability::Unsafe;

use crate::class_cases::{
    assert_caught, assert_clean, assert_one_each, fix_applicabilities, rules_in,
};

#[test]
fn a_one_word_comment_that_is_the_code_below_is_the_identifier() {
    for (file, text) in [
        (
            "field.dart",
            "  /// saml\n  static const saml = Field._('saml');\n",
        ),
        (
            "store.swift",
            "// MARK: - Github\nlet githubStore = Store()\n",
        ),
        ("paths.kt", "/** Github */\nobject GithubPaths {\n"),
        // A section marker's label names the code under it, whatever its length.
        (
            "deps.swift",
            "    // MARK: - Magic Link\n\n    var magicLinkStore: MagicLinkStore\n",
        ),
        (
            "Paths.swift",
            "/// MARK: Magic link\nenum MagicLinkPaths {\n",
        ),
        (
            "auth.ts",
            "// Github\n\nexport const githubProvider = github();\n",
        ),
    ] {
        assert_eq!(rules_in(file, text), [], "{file}: {text:?}");
    }
    // A sentence, a comment over other code or a comment at the end of a line is prose; Markdown
    // has no code below.
    assert_one_each(&[
        (
            "auth.ts",
            "const ratio = a / b; // not a regex: Github\nconst github = 1;\n",
            "github",
        ),
        (
            "auth.ts",
            "// Read the saml response before the session starts here\nconst samlResponse = x;\n",
            "saml",
        ),
        ("auth.ts", "// saml\nconst response = read();\n", "saml"),
        // A section label over other code is prose.
        (
            "deps.swift",
            "// MARK: - Magic Link\nlet store = Store()\n",
            "email-link",
        ),
        // A phrase that reads a field's name aloud is prose, as API pages show it.
        (
            "urls.dart",
            "  /// sign in url\n  final String signInUrl;\n",
            "sign-in-compound",
        ),
        ("page.md", "saml\n\n    const saml = 1;\n", "saml"),
    ]);
}

#[test]
fn flags_and_enum_shorthand_are_code() {
    assert_clean(&[
        "The test opts in via --login and --github.",
        "Or .GITHUB, .SLACK and the rest.",
    ]);
    assert_caught(&[("Sign in with Github first.", "github", "Github", "GitHub")]);
}

#[test]
fn quoted_output_is_quoted_verbatim() {
    assert_clean(&[
        "Saying \"logged out\" here would be wrong.",
        "Print a flat \"not logged in\" and exit.",
        "The prompt reads \"You are already logged in\" first.",
    ]);
}

#[test]
fn login_as_an_account_or_a_user_name_is_another_sense() {
    assert_clean(&[
        "Detect the user's login shell first.",
        "Returns ZITADEL's login name of the user.",
        "Use an alternate login ID to sign in.",
        "Ensure a read-only SQL login for the reporting job.",
        "Create a SQL Server login for the app, then grant it access.",
        "The Postgres login needs the CONNECT privilege.",
    ]);
    assert_caught(&[("Open the login screen.", "login", "login", "sign-in")]);
}

#[test]
fn a_form_explained_by_its_suggestion_is_a_mention() {
    assert_clean(&[
        "Backup codes are single-use recovery codes.",
        "Azure Active Directory has been renamed to Microsoft Entra ID.",
        "Microsoft Entra ID, formerly Azure AD, signs users in.",
        // A phrase that renames, across the bold of either name.
        "**Microsoft Entra ID** used to be known as **Microsoft Azure AD**.",
        "**Microsoft Entra ID** is the new name for **Microsoft** **Azure AD**.",
        "Backup codes replaced recovery codes in the new flow.",
        "Recovery codes were replaced by backup codes last year.",
    ]);
    // Two statements in one sentence are two uses.
    assert_caught(&[
        (
            "The backup codes work, but recovery codes expire.",
            "backup-code",
            "recovery codes",
            "backup codes",
        ),
        // Words of a renaming phrase that rename nothing.
        (
            "Backup codes are used to replace lost recovery codes.",
            "backup-code",
            "recovery codes",
            "backup codes",
        ),
    ]);
}

#[test]
fn a_longer_title_inside_a_sentence_is_a_name() {
    assert_clean(&[
        "Styles for the Sign Up Code View live here.",
        "Open Product Settings > Login method > Hosted login next.",
    ]);
    assert_caught(&[
        (
            "Users go through the Sign In flow first.",
            "sign-in-compound",
            "Sign In flow",
            "Sign-in flow",
        ),
        // The match's own capitals are the error: no longer name around them.
        (
            "Connect via a Single Sign On (SSO) connection.",
            "single-sign-on",
            "Single Sign On",
            "single sign-on",
        ),
    ]);
}

#[test]
fn a_comment_line_that_opens_a_new_sentence_is_not_a_continuation() {
    let text =
        "// Check if the user is allowed to sign in\n// Attempt to get the profile\nrun();\n";
    assert_eq!(rules_in("auth.ts", text), []);
    // A sentence wrapped over lines still is one.
    let text = "// Each web\n// hook is signed.\nrun();\n";
    assert_eq!(
        rules_in("auth.ts", text),
        [("webhook".to_string(), "web\n// hook".to_string())]
    );
}

#[test]
fn log_as_writing_logs_is_another_sense() {
    assert_clean(&[
        "The tool will create timestamped logs in the folder.",
        "Enable logging in the browser to debug it.",
        "Use this option to intercept logs in production.",
        // What is logged is data, not a person.
        "No PII logged in webhook handler.",
        "Make sure no tokens logged in plain text reach the collector.",
        "Request payloads logged in the middleware are redacted.",
    ]);
    assert_caught(&[
        (
            "The user logs in with a passkey.",
            "log-in",
            "logs in",
            "signs in",
        ),
        (
            "Users logged in on two devices keep both sessions.",
            "log-in",
            "logged in",
            "signed in",
        ),
    ]);
    // Either sense is possible, so the fix is never applied unattended.
    assert_eq!(
        fix_applicabilities("a.md", "Users log in, then log out."),
        [Unsafe, Unsafe]
    );
}

#[test]
fn values_of_a_list_and_keys_are_code() {
    assert_clean(&[
        "Filter by provider (openai, anthropic, google, vercel).",
        "Source transformer (clerk, auth0, authjs, firebase, supabase).",
        "gem \"rails\", github: \"rails/rails\"",
        // The last item, after its conjunction, with or without the serial comma.
        "Options are apple, azure, facebook, github, google, or linkedin.",
        "Set the provider to apple, facebook, google or linkedin.",
        "One of (openai, anthropic, google, and vercel).",
        // The first item after the colon that announces the list, and a dotted name among them.
        "Valid options are: adfs, azure, bitbucket, digitalocean facebook.",
        "Providers: bitbucket, github, gitlab.",
        "Set it to one of linkedin, login.gov, nextcloud and oidc.",
        "It takes gitlab, github, login.gov or bitbucket.",
    ]);
    // A list of words in a sentence is prose; so is a lone lowercase brand, and a pair.
    assert_caught(&[
        (
            "We use vercel, and we like it.",
            "vercel",
            "vercel",
            "Vercel",
        ),
        (
            "Pick google or linkedin.",
            "linkedin",
            "linkedin",
            "LinkedIn",
        ),
        (
            "Sign in with Google, Apple, or linkedin.",
            "linkedin",
            "linkedin",
            "LinkedIn",
        ),
        (
            "Our team, the designers, and linkedin all agreed.",
            "linkedin",
            "linkedin",
            "LinkedIn",
        ),
        // A colon before words that are not values, or a dotted name alone, is no list.
        (
            "Supported: Google, Apple, or linkedin.",
            "linkedin",
            "linkedin",
            "LinkedIn",
        ),
        (
            "Note: we use vercel, and we like it.",
            "vercel",
            "vercel",
            "Vercel",
        ),
        (
            "Use login.gov or linkedin.",
            "linkedin",
            "linkedin",
            "LinkedIn",
        ),
    ]);
    // A synonym glossed beside its suggestion is a mention, whatever its case.
    assert_clean(&["Email links (magic links) don't work in popups."]);
}

#[test]
fn a_fix_in_a_code_comment_needs_a_human() {
    use termlint::fix::Applicability::{Safe, Unsafe};
    // A comment's words are as often the names of the code beside it as prose: `nodejs` may be
    // the asdf plugin, `github` a provider id, a section label the type below, a spelling the
    // status value the code compares against.
    for (file, text, expected) in [
        ("a.ts", "// Install the nodejs plugin.\nf();\n", Unsafe),
        ("a.ts", "// Sign in with github here.\nf();\n", Unsafe),
        ("a.ts", "// Sign in with Github here.\nf();\n", Unsafe),
        (
            "a.swift",
            "// MARK: - Magic Link helpers\nlet store = MagicLinkStore()\n",
            Unsafe,
        ),
        (
            "a.py",
            "# Create a web hook for each tenant.\nf()\n",
            Unsafe,
        ),
        ("a.go", "/* The user is customised here. */\nf()\n", Unsafe),
        // In a document the same words are prose, and the fix stays safe.
        ("a.md", "Sign in with github here.\n", Safe),
        ("a.md", "Create a web hook for each tenant.\n", Safe),
        ("a.mdx", "The user is customised here.\n", Safe),
    ] {
        assert_eq!(
            fix_applicabilities(file, text),
            [expected],
            "{file} {text:?}"
        );
    }
}

/// A short quoted phrase may be a name quoted verbatim (a workflow, a button): its capitals are
/// still checked, and not changed unattended. A quoted sentence, or the same words unquoted, is
/// the writer's prose.
#[test]
fn a_case_fix_in_a_quoted_label_needs_a_human() {
    use termlint::fix::Applicability::{Safe, Unsafe};
    for (text, expected) in [
        (
            "Run the “Release and Publish to NPM” workflow.
",
            Unsafe,
        ),
        (
            "Click \"Continue with Github\" to start.
",
            Unsafe,
        ),
        (
            "The \"Deploy to NPM\" job failed.
",
            Unsafe,
        ),
        (
            "Release and publish to NPM every week.
",
            Safe,
        ),
        (
            "She said \"we publish to NPM every week, then we tag it.\"\n",
            Safe,
        ),
    ] {
        assert_eq!(fix_applicabilities("a.md", text), [expected], "{text:?}");
    }
}
