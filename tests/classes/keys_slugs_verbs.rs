//! Four classes: an issue's key (`OKTA-635977`) is a name, a lowercase slug before a place noun
//! ("the okta-hosted-login directory") is a name, "login" or "logout" after a subject pronoun, a
//! modal or `to`, or before "again", is the verb and gets the verb's suggestion, and a passive
//! participle's subject counts across its auxiliary ("errors are logged in the library").

use crate::class_cases::{assert_caught, assert_clean};

#[test]
fn a_word_hyphenated_to_a_number_is_a_key() {
    assert_clean(&[
        "OKTA-635977: Adds a mode flag to the configs.",
        "Fixed in GITHUB-1234 and in GH-12.",
        "Tracked as OAUTH-7 since the spring.",
        "Backport of NEXTJS-2041.",
    ]);
    // A capitalized word hyphenated to an English word is still a compound in prose.
    assert_caught(&[
        ("Read the OKTA-hosted pages first.", "okta", "OKTA", "Okta"),
        (
            "The connection allows IDP-initiated flows.",
            "idp",
            "IDP",
            "IdP",
        ),
    ]);
}

#[test]
fn a_lowercase_slug_before_a_place_noun_is_its_name() {
    assert_clean(&[
        "Enter into okta-hosted-login directory:",
        "Run the custom-login example to try it.",
        "The customise-theme package ships the styles.",
        "Open the web-hook-demo repo and start it.",
        "Copy the basic_login folder next to it.",
        "Check out the fix-login branch.",
        "Clone the login-with-passkeys sample.",
    ]);
    // Prose: a compound before another noun, words apart, a capitalized title.
    assert_caught(&[
        ("Build the post-login page.", "login", "login", "sign-in"),
        (
            "The okta-hosted login directory is there.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "The Custom-Login directory is there.",
            "login",
            "Login",
            "Sign-in",
        ),
        (
            "Users see a customised-theme page.",
            "customize",
            "customised",
            "customized",
        ),
    ]);
}

#[test]
fn login_and_logout_as_verbs_get_the_verb() {
    assert_caught(&[
        (
            "If you logout, the session ends.",
            "logout-as-verb",
            "logout",
            "sign out",
        ),
        (
            "Users can logout from any device.",
            "logout-as-verb",
            "logout",
            "sign out",
        ),
        (
            "Remember to logout before you leave.",
            "logout-as-verb",
            "logout",
            "sign out",
        ),
        (
            "Clear the cookies and login again.",
            "login-as-verb",
            "login",
            "sign in",
        ),
        (
            "We login users with SSO.",
            "login-as-verb",
            "login",
            "sign in",
        ),
        (
            "Then they logout again from the menu.",
            "logout-as-verb",
            "logout",
            "sign out",
        ),
        (
            "Only users who login here see it.",
            "login-as-verb",
            "login",
            "sign in",
        ),
        (
            "Check that you can successfully logout from the app.",
            "logout-as-verb",
            "logout",
            "sign out",
        ),
        // A noun after it, or a determiner before it: the noun.
        ("Add a logout button.", "logout", "logout", "sign-out"),
        (
            "Can they open the logout page?",
            "logout",
            "logout",
            "sign-out",
        ),
        ("Your login is safe.", "login", "login", "sign-in"),
        // A user starts a sign-out; a relying party's is the protocol's.
        (
            "The session ends on user-initiated logout.",
            "logout",
            "logout",
            "sign-out",
        ),
    ]);
    // OIDC's logout token and its initiated logouts are its own terms.
    assert_clean(&[
        "You should send the logout token to the endpoint.",
        "Delete the refresh token on RP initiated logout.",
        "Both SP-initiated logout and IdP-initiated logout work.",
    ]);
}

#[test]
fn a_protocols_logout_messages_keep_their_names() {
    // SAML's `<LogoutRequest>` and `<LogoutResponse>`, and OIDC's request to the end-session
    // endpoint: the protocol names its messages so, in any number and however introduced.
    assert_clean(&[
        "Whether to sign logout messages sent from this IdP.",
        "Validate the signature on incoming logout requests and logout responses.",
        "The SP sends a logout request to the IdP and waits for the logout response.",
        "A LOGOUT REQUEST may carry a session index.",
        "Each logout *message* is logged.",
        // The endpoint that takes them, alone or among its siblings.
        "Requests to the logout endpoint are logged.",
        "Enable the authorization, logout and token endpoints.",
        "The logout, userinfo and token endpoints need TLS.",
        // The kinds of logout the protocol and its libraries name by scope or mechanism.
        "Both local logout and central logout are supported.",
        "SAML global logout ends every session; iframe logout runs in the browser.",
    ]);
    // Other nouns after it, or none, are the user's sign-out.
    assert_caught(&[
        (
            "Handle the request after logout.",
            "logout",
            "logout",
            "sign-out",
        ),
        (
            "Show a logout confirmation, then a message.",
            "logout",
            "logout",
            "sign-out",
        ),
        (
            "Redirect to the home page after logout.",
            "logout",
            "logout",
            "sign-out",
        ),
        // A list of nouns is no list of modifiers: the noun after it is not theirs.
        (
            "Log the logout, the refresh and token requests.",
            "logout",
            "logout",
            "sign-out",
        ),
        (
            "Handle logout and token refresh.",
            "logout",
            "logout",
            "sign-out",
        ),
    ]);
}

#[test]
fn a_participles_subject_counts_across_its_auxiliary() {
    // The words that make "logged in" the logging sense right before it ("errors logged in the
    // library") do so with the passive's auxiliary between, a modal too.
    assert_clean(&[
        "Important errors are logged in the client library.",
        "Failed requests will be logged in the audit trail.",
        "Tokens were logged in plain text.",
        "The payloads get logged in a ring buffer.",
        "Warnings should be logged in one place.",
    ]);
    // A person or a pronoun before the auxiliary: the user signed in.
    assert_caught(&[
        ("The user is logged in.", "log-in", "logged in", "signed in"),
        (
            "Make sure they are logged in first.",
            "log-in",
            "logged in",
            "signed in",
        ),
        (
            "Members who were logged in stay so.",
            "log-in",
            "logged in",
            "signed in",
        ),
    ]);
}
