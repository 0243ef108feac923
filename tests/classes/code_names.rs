//! A comment's word that is a name of the code around it: spelled as a name beside it, used by
//! the file's code, read aloud from a declaration, a class of the file, or a function called.

use crate::class_cases::{
    assert_caught, assert_clean, assert_files_clean, assert_one_each, rules_in,
};

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
