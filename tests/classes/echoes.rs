//! Prose that spells out a longer name of the code word by word: generated API references and
//! docstrings read their names aloud, and those words are the name's.

use crate::class_cases::rules_in;

#[test]
fn words_that_spell_out_a_longer_name_of_the_file_are_that_name() {
    for (file, text) in [
        // A field's description under its name, in snake case.
        (
            "api.md",
            "- **`backchannel_logout_redirect_uri`**\n\n  `string` — backchannel logout redirect uri where the provider sends the token\n",
        ),
        // An operation's summary in a table beside its method.
        (
            "CallbacksApi.md",
            "| Method | Summary |\n| --- | --- |\n| [**add_logout_redirect_urls**](#add) | Add Logout Redirect URLs |\n",
        ),
        // A value in capitals, described in its table row.
        (
            "sessions.md",
            "| Reason | Meaning |\n| --- | --- |\n| `USER_LOGOUT` | The session ended on an explicit user logout. |\n",
        ),
        // The word before glued to a dash.
        (
            "sessions.md",
            "`USER_LOGOUT`: the session ended by choice—user logout, not a timeout.\n",
        ),
        // A camel-case option, its words read in order.
        (
            "options.md",
            "Pass `postLogoutRedirect` to choose where the post logout redirect goes.\n",
        ),
        // A term of two words read as one word of the name: `LoginModal`, `login_page`.
        (
            "Grid.tsx",
            "      {/* Log In Modal */}\n      <LoginModal openModal={openModal} />\n",
        ),
        (
            "routes.py",
            "# Serve the log in page.\nlogin_page = render(\"login.html\")\n",
        ),
        // A comment over the code whose variable it builds, and a docstring that names an
        // argument.
        (
            "oauth.py",
            "    # Build logout URL\n    logout_url = f\"{base}/logout\"\n",
        ),
        (
            "oauth.py",
            "def authorize(login_options):\n    \"\"\"Args:\n        login_options: Dictionary of login options.\n    \"\"\"\n",
        ),
    ] {
        assert_eq!(rules_in(file, text), [], "{file}: {text:?}");
    }
}

#[test]
fn a_word_beside_a_name_is_not_that_name_read_aloud() {
    // Each text gives one finding, of the rule given.
    for (file, text, rule) in [
        // No name of the file has the words.
        (
            "guide.md",
            "Add logout redirect URLs on the settings page.\n",
            "logout",
        ),
        // The name is only the matched word: the prose uses the word, it does not read a name.
        (
            "guide.md",
            "Call `logout` to end the logout for good.\n",
            "logout",
        ),
        // A function word joined into a name by chance: `RedirectToLogin` is no reading of
        // "redirect to login".
        (
            "guide.md",
            "Render `RedirectToLogin`; it sends users to login first.\n",
            "login",
        ),
        // Letters run together without capitals are no camel-case name.
        (
            "guide.md",
            "The `postlogoutredirect` flag sets the logout redirect target.\n",
            "logout",
        ),
        // The name has other words than the prose.
        (
            "Grid.tsx",
            "      {/* Log In Modal */}\n      <SignInModal openModal={openModal} />\n",
            "log-in",
        ),
        // A renamed concept's old word lives on in names by design; the prose says the new one.
        (
            "user.md",
            "| `bypass_client_trust` | The user will bypass client trust checks. |\n",
            "device-trust",
        ),
        // A rule about the form of the words (a hyphen), not a choice of other words.
        (
            "props.md",
            "The `signInUrl` prop is the sign in URL of your app.\n",
            "sign-in-compound",
        ),
    ] {
        let found = rules_in(file, text);
        assert_eq!(found.len(), 1, "{file}: {text:?}: {found:?}");
        assert_eq!(found[0].0, rule, "{file}: {text:?}");
    }
}

#[test]
fn a_table_s_bare_word_that_its_cells_write_as_code_is_that_value() {
    let table = |rows: &str| format!("| Name | Notes |\n| --- | --- |\n{rows}");
    for rows in [
        // Another row's cell writes the word as code.
        "| `nextjs` | the SSG example |\n| `nextjs-ssr` | same as nextjs |\n",
        // The same row does.
        "| `nextjs` project + meta | nextjs smoke green |\n",
        // Below the match, and another term's word.
        "| supabase client | browser only |\n| `supabase` | the package |\n",
    ] {
        let text = table(rows);
        assert_eq!(rules_in("examples.md", &text), [], "{text:?}");
    }
    for (text, matched) in [
        // Not a table: the code span does not make a paragraph's word a value.
        (
            "Run `nextjs` as the example; it is built with nextjs.\n".to_string(),
            "nextjs",
        ),
        // A table that never writes the word as code.
        (table("| app | built with nextjs |\n"), "nextjs"),
        // Code that is a longer name.
        (table("| `nextjs-app` | built with nextjs |\n"), "nextjs"),
        // Code in another table, after a paragraph.
        (
            format!(
                "{}\nThen:\n\n{}",
                table("| `nextjs` | a |\n"),
                table("| b | built with nextjs |\n")
            ),
            "nextjs",
        ),
    ] {
        let found = rules_in("examples.md", &text);
        assert_eq!(
            found.iter().map(|(_, m)| m.as_str()).collect::<Vec<_>>(),
            [matched],
            "{text:?}: {found:?}"
        );
    }
}
