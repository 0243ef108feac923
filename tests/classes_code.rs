//! Classes found in SDK and CLI sources: a comment that is the identifier below it, flags and enum
//! shorthand, quoted output, other senses of "login", forms explained by their suggestion, names
//! in Title Case, UI paths, and one-sentence-a-line comments.

mod class_cases;

use class_cases::{assert_caught, assert_clean, assert_files_clean, fix_applicabilities, rules_in};
use termlint::fix::Applicability::Unsafe;

/// Asserts that each text gives exactly one finding, of the rule given.
fn assert_one_each(cases: &[(&str, &str, &str)]) {
    for (file, text, rule) in cases {
        let found = rules_in(file, text);
        assert_eq!(found.len(), 1, "{file}: {text:?}: {found:?}");
        assert_eq!(found[0].0, *rule, "{file}: {text:?}");
    }
}

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

#[test]
fn a_comment_word_spelled_as_a_name_of_the_code_beside_it_is_that_name() {
    for (file, text) in [
        // The variable on the comment's own line, the line below, or a line above.
        (
            "a.ts",
            "  const { data, supabase } = useClient(); // supabase may be null here\n",
        ),
        (
            "a.ts",
            "// only when supabase is ready\nif (supabase) start();\n",
        ),
        (
            "a.ts",
            "const supabase = connect();\n\n// retry when supabase drops the socket\n",
        ),
        // A field read aloud without its underscore or sigil.
        (
            "replay.ts",
            "    // cancelled may change while we wait\n    // eslint-disable-next-line\n    if (this._cancelled) return;\n",
        ),
        (
            "job.php",
            "// stop if cancelled by the user\nif ($cancelled) { return; }\n",
        ),
        (
            "auth.py",
            "def start(github):\n    # github is the provider's client\n    return github\n",
        ),
        // Across a comment block of several lines, to the code below it.
        (
            "hooks.ts",
            "/**\n * Wraps the client.\n * The token is checked before oauth reads it.\n */\nexport function wrap(oauth: Provider) {}\n",
        ),
        (
            "status.go",
            "// behaviour of the retry loop\nbehaviour := retry.Default\n",
        ),
        (
            "auth.ts",
            "// Read the saml response before the session starts\nconst saml = x;\n",
        ),
        // A trailing comment that reads its line's name of several words aloud.
        (
            "client.py",
            "    login_challenge: Optional[str] = None,  # Associated login challenge\n",
        ),
        (
            "form.ts",
            "  const signupUrl = build(); // the signup url for this tenant\n",
        ),
        (
            "Store.kt",
            "    val oauthProviderId: String, // oauth provider id from the dashboard\n",
        ),
    ] {
        assert_eq!(rules_in(file, text), [], "{file}: {text:?}");
    }
    // Another spelling, a phrase, a longer name, and Markdown stay prose. (A lowercase name
    // far away in the file is the file-wide class's: see below.)
    assert_one_each(&[
        (
            "a.ts",
            "const client = make(); // the Github client\nconst github = 1;\n",
            "github",
        ),
        (
            "a.ts",
            "// the sign in flow\nconst sign = 1, flow = 2;\n",
            "sign-in-compound",
        ),
        (
            "a.ts",
            "// cancelled orders are kept\nconst cancelledOrders = [];\n",
            "canceled",
        ),
        // Only the name's words, in its order and next to each other, are the name.
        (
            "client.py",
            "    login_challenge: str,  # the login page sends this challenge\n",
            "login",
        ),
        (
            "form.ts",
            "  const urlSignup = build(); // the signup url for this tenant\n",
            "signup",
        ),
        // A name of its own that starts with `_` is not its stem.
        (
            "a.dart",
            "  /// oauth google strategy\n  static const google = Strategy(_oauth);\n",
            "oauth",
        ),
        (
            "notes.md",
            "The supabase client.\n\n    const supabase = 1;\n",
            "supabase",
        ),
    ]);
}

/// Filler between a comment and a far-away name: more lines of code than the nearby-name class
/// reads, so only the file-wide class can see the name.
const FAR: &str = "let a = 1;\nlet b = 2;\nlet c = 3;\nlet d = 4;\n";

#[test]
fn a_lowercase_word_the_file_s_code_uses_is_that_name() {
    // The comment's lowercase word is a variable, a module or a package of the same file: the
    // reader cannot tell the name from the product, so neither can the linter.
    let cases: Vec<(&str, String)> = vec![
        (
            "hooks.ts",
            format!("const supabase = createClient(url, key);\n{FAR}useEffect(run, []); // Removed supabase from the deps\n"),
        ),
        (
            "main.rs",
            format!("fn main() {{\n    let svix = Client::new();\n{FAR}    // Keep svix alive until the queue drains.\n    drain();\n}}\n"),
        ),
        (
            "hooks.go",
            format!("func Start() {{\n\tvercel := deploy.New()\n{FAR}\t// ask vercel for the preview first\n\tpreview()\n}}\n"),
        ),
        (
            "pyproject.toml",
            "[project]\n# svix is due to be dropped after the next release.\nname = \"app\"\nversion = \"1.0\"\nlicense = \"MIT\"\ndependencies = [\n  \"httpx>=0.27\",\n  \"svix>=1\",\n]\n".to_string(),
        ),
        (
            "setup.py",
            "# the github dependency is optional\nsetup(\n    name='app',\n    version='1',\n    extras_require={'gh': ['github@2']},\n)\n".to_string(),
        ),
    ];
    for (file, text) in &cases {
        assert_eq!(rules_in(file, text), [], "{file}: {text:?}");
    }
    // The price: the product named in a file whose code has a variable of its name is not
    // reported either ("the supabase dashboard" beside `const supabase`).
    let cost =
        format!("const supabase = connect();\n{FAR}// the supabase dashboard shows it\nk();\n");
    assert_eq!(rules_in("a.ts", &cost), []);
    // A wrong capital is prose however the code spells the name; a bare string is a value, a
    // longer identifier another name; Markdown has no code of its own.
    let caught: Vec<(&str, String, &str)> = vec![
        (
            "hooks.ts",
            format!("const github = connect();\n{FAR}// Github rate-limits the calls.\nrun();\n"),
            "github",
        ),
        (
            "hooks.ts",
            format!(
                "const kind = \"supabase\";\n{FAR}// send the rows to supabase first\nrun();\n"
            ),
            "supabase",
        ),
        (
            "hooks.ts",
            format!(
                "const supabaseClient = make();\n{FAR}// send the rows to supabase first\nrun();\n"
            ),
            "supabase",
        ),
        (
            "pyproject.toml",
            "[project]\n# svix is due to be dropped.\nname = \"svix-tools\"\nversion = \"1.0\"\n"
                .to_string(),
            "svix",
        ),
        (
            "page.md",
            "We send the rows to supabase.\n\n```ts\nconst supabase = createClient();\n```\n"
                .to_string(),
            "supabase",
        ),
    ];
    let caught: Vec<(&str, &str, &str)> = caught
        .iter()
        .map(|(file, text, rule)| (*file, text.as_str(), *rule))
        .collect();
    assert_one_each(&caught);
}

#[test]
fn a_doc_comment_that_reads_its_declarations_name_aloud_is_that_name() {
    // The declaration beside the comment names the function, class or method it documents; a
    // word of that name in the comment is the name, read aloud.
    for (file, text) in [
        (
            "server.py",
            "    def _handle_login(self, params):\n        \"\"\"Handle login request.\"\"\"\n",
        ),
        (
            "test_oauth.py",
            "    async def test_logout_with_options(self):\n        \"\"\"Test logout method with options.\"\"\"\n",
        ),
        (
            "client.ts",
            "/**\n * Builds the login URL for the hosted page.\n */\nexport function buildLoginUrl(options) {\n",
        ),
        (
            "errors.py",
            "class LoginError(Exception):\n    \"\"\"Raised when the login process fails.\"\"\"\n",
        ),
        (
            "session.go",
            "// signupHandler completes a signup and starts the session.\nfunc signupHandler(w http.ResponseWriter) {\n",
        ),
        // A comment that is only the word, over the code that uses it.
        ("routes.ts", "// Logout\nrouter.post('/out', logout);\n"),
    ] {
        assert_eq!(rules_in(file, text), [], "{file}: {text:?}");
    }
    // A name the comment does not declare, another word than the name's, a spelling or a word to
    // avoid, and a capital that is the brand's error are still prose.
    assert_one_each(&[
        (
            "server.py",
            "    def handle_callback(self):\n        \"\"\"Finish the login and redirect.\"\"\"\n",
            "login",
        ),
        (
            "client.ts",
            "// Sends the user to the login page first.\nconst target = loginUrl(options);\n",
            "login",
        ),
        (
            "helpers.ts",
            "/**\n * Whether the verification was cancelled by the user.\n */\nexport function isCancelledError(err) {\n",
            "canceled",
        ),
        (
            "lists.py",
            "def whitelist_domains(domains):\n    \"\"\"Whitelist the given domains.\"\"\"\n",
            "allowlist",
        ),
        (
            "auth.ts",
            "// Github sign-in\nfunction githubSignIn() {\n",
            "github",
        ),
    ]);
}

/// A capitalized comment word that is a class the file's code uses names that class, whose
/// spelling is the code's: a spelling rule has nothing to say there. A case rule still does, and
/// the lowercase word in prose is still checked.
#[test]
fn a_capitalized_word_that_is_a_class_of_the_file_is_its_name() {
    let names = [
        (
            "handlers.py",
            "\"\"\"\n- handle_organization_created: Creates Organisation\n\"\"\"\nfrom app.models import Organisation\n",
        ),
        (
            "test_webhook.py",
            "def test_deleted():\n    \"\"\"organization.deleted webhook soft-deletes Organisation.\"\"\"\n    x = 1\n\n\ndef helper():\n    return Organisation.objects.all()\n",
        ),
        (
            "colour.ts",
            "// Maps each Colour to its CSS value.\nexport const palette = new Map<Colour, string>();\n",
        ),
        (
            "Behaviour.kt",
            "// Behaviour of the retry loop, see the enum.\nval mode = Behaviour.RETRY\n",
        ),
    ];
    assert_files_clean(&names);
    let still = [
        // Not in the file's code: prose.
        (
            "a.py",
            "# Creates the Organisation for the user.\nx = 1\n",
            "organisation",
        ),
        // Lowercase prose beside the class.
        (
            "b.py",
            "# Each organisation has members.\nfrom app import Organisation\n",
            "organisation",
        ),
        // Markup's text is words for readers, not names of code.
        (
            "page.html",
            "<!-- Shows the Organisation card. -->\n<p>x</p>\n{far_html}<p>Organisation</p>\n",
            "organisation",
        ),
        // A case rule: code that spells a name so is rare, and prose that does is the error.
        (
            "c.ts",
            "// Calls the Github API.\nconst g = 1;\n{far}const h = new Github();\n",
            "github",
        ),
    ];
    for (file, source, rule) in still {
        let source = &source
            .replace("{far}", &"const pad = 0;\n".repeat(40))
            .replace("{far_html}", &"<p>pad</p>\n".repeat(40));
        let f = rules_in(file, source);
        assert_eq!(
            f.iter().map(|(r, _)| r.as_str()).collect::<Vec<_>>(),
            [rule],
            "{file}: {f:?}"
        );
    }
}

#[test]
fn a_word_that_gets_called_is_a_function() {
    assert_clean(&[
        "Verify that logout was called",
        "Check that login is called with the token.",
        "Ensure that signin gets called once.",
        "logout should be called after the redirect.",
        "Make sure signup was called, then check the user.",
        "The hook waits until login is called.",
        "Assert that logout was called twice.",
    ]);
    // A noun named, a phrase, a capitalized word, and "called" that is not the passive.
    assert_caught(&[
        (
            "A login is called a session here.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "Verify that web hook was called.",
            "webhook",
            "web hook",
            "webhook",
        ),
        ("Login was called.", "login", "Login", "Sign-in"),
        (
            "The login page is called first.",
            "login",
            "login",
            "sign-in",
        ),
    ]);
}
