//! Parts of speech the suggestions depend on: "to" as a preposition, an instruction that opens
//! with "login", "first" as an ordinal, "again" after a verb, and the logging sense of "logged in".

use crate::class_cases::{assert_caught, assert_clean};

#[test]
fn to_after_a_range_an_adjective_or_a_change_is_a_preposition() {
    // "from A to B", "sensitive to", "changes to": what follows `to` is a noun, whatever form.
    assert_clean(&[
        "The modal allows a switch from sign-in to sign-up.",
        "Move users from the sign-up page to sign-in after a timeout.",
        "The widget is not reactive to sign-in yet.",
        "Each island is sensitive to sign-up events only after load.",
        "Recent changes to sign-in broke the test.",
        "The limits are similar to sign-up quotas.",
        "Thanks to login hints, the email is prefilled.",
        "Teams moved from password to signin with passkeys.",
        // After a verb of motion, `to` leads to a place.
        "Automatically routing to sign-in or sign-up via the transfer flow.",
        "Redirect users to sign-up with the invitation still attached.",
        "Show a button back to sign-in under the form.",
        "Navigating to sign-up keeps the query string.",
    ]);
    // The infinitive stays the verb, even near a "from" that has a verb of its own or after a noun.
    assert_caught(&[
        (
            "Keep users from having to sign-in twice.",
            "sign-in-hyphenated-verb",
            "sign-in",
            "sign in",
        ),
        (
            "Send a one-time code to sign-in.",
            "sign-in-hyphenated-verb",
            "sign-in",
            "sign in",
        ),
        (
            "The actor requests an email link to sign-in or sign-up.",
            "sign-in-verb",
            "to sign-in or sign-up",
            "to sign in or sign up",
        ),
        (
            "If the code expires, go back and try to sign-in with a passkey.",
            "sign-in-verb",
            "to sign-in with",
            "to sign in with",
        ),
        (
            "From the menu, ask the user to sign-in with a passkey.",
            "sign-in-verb",
            "to sign-in with",
            "to sign in with",
        ),
        (
            "It is possible to login with a passkey.",
            "login-as-verb",
            "login",
            "sign in",
        ),
    ]);
}

#[test]
fn an_instruction_that_opens_with_login_asks_for_the_verb() {
    assert_caught(&[
        (
            "Now, login with your admin account.",
            "login-imperative",
            "login with your",
            "sign in with your",
        ),
        (
            "Login using the seeded credentials.",
            "login-imperative",
            "Login using the",
            "Sign in using the",
        ),
        (
            "Then login as an admin to see the panel.",
            "login-imperative",
            "login as an",
            "sign in as an",
        ),
        // Elsewhere the noun stays the noun.
        (
            "Login with email is off by default.",
            "login",
            "Login",
            "Sign-in",
        ),
        (
            "The login with the most retries fails.",
            "login",
            "login",
            "sign-in",
        ),
    ]);
}

#[test]
fn first_is_an_ordinal_only_after_a_determiner_or_a_preposition() {
    // An adverb before the verb: opening a sentence, after a subject, a modal or `to`.
    assert_clean(&[
        "First sign in, then open the dashboard.",
        "First sign up with a test address.",
        "Open the app. First sign in as the admin.",
        "Users must first sign in using Clerk.",
        "When users first sign up, they get a welcome email.",
        "You first sign in with the admin account.",
        "Ask them to first sign up for an account.",
    ]);
    assert_caught(&[
        (
            "The code is sent on first sign in.",
            "sign-in-noun",
            "sign in",
            "sign-in",
        ),
        (
            "Their first sign up creates the organization.",
            "sign-in-noun",
            "sign up",
            "sign-up",
        ),
    ]);
    assert_caught(&[
        (
            "The first sign in of the day is slow.",
            "sign-in-noun",
            "sign in",
            "sign-in",
        ),
        (
            "Track each user's first sign up.",
            "sign-in-noun",
            "sign up",
            "sign-up",
        ),
    ]);
}

#[test]
fn verifying_a_token_again_is_not_the_reverification_feature() {
    assert_clean(&[
        "A cache miss only costs a re-verification of the token.",
        "Each request triggers a re-verification of the JWT signature.",
        "Cached claims skip the re-verification step.",
    ]);
    assert_caught(&[
        (
            "Ask for re-verification before the account is deleted.",
            "reverification",
            "re-verification",
            "reverification",
        ),
        (
            "Useful for custom flows and re-verification.",
            "reverification",
            "re-verification",
            "reverification",
        ),
    ]);
}

/// The suggestion follows the part of speech: an instruction that opens with "logout" and an
/// object gets the verb; "login" after a noun that modifies it is the noun.
#[test]
fn the_suggestion_is_the_part_of_speech_the_sentence_uses() {
    assert_caught(&[
        (
            "Logout a user from all devices.",
            "logout-imperative",
            "Logout a",
            "Sign out a",
        ),
        (
            "Now, logout the current session.",
            "logout-imperative",
            "logout the",
            "sign out the",
        ),
        ("Add a logout button.", "logout", "logout", "sign-out"),
        (
            "Logout is handled by the server.",
            "logout",
            "Logout",
            "Sign-out",
        ),
        (
            "Add user login to a Go web application.",
            "login",
            "login",
            "sign-in",
        ),
        // A compound before its noun keeps its hyphen; a predicate after "be" drops it.
        (
            "Only logged-in members see it.",
            "logged-in-hyphenated",
            "logged-in",
            "signed-in",
        ),
        (
            "You must be logged-in to view this.",
            "logged-in-predicate",
            "logged-in",
            "signed in",
        ),
        (
            "Make sure the user is logged-in.",
            "logged-in-predicate",
            "logged-in",
            "signed in",
        ),
        (
            "Sessions remain logged-out until then.",
            "logged-in-predicate",
            "logged-out",
            "signed out",
        ),
        (
            "It shows a logged-out banner.",
            "logged-in-hyphenated",
            "logged-out",
            "signed-out",
        ),
    ]);
}

/// "log" is also writing to a log: before a name of code it is where something is logged, not a
/// user signing in. A capitalized word after it is no code name (a brand, a day).
#[test]
fn logged_in_before_code_is_the_logging_sense() {
    assert_clean(&[
        "Rejections get logged in handleDocumentRequest.",
        "The token is logged in `verifyToken` for debugging.",
        "Failures are logged in auth_callback before the retry.",
        "Each call is logged in render() once.",
        "The warning is logged in req.auth when it is missing.",
    ]);
    assert_caught(&[
        (
            "The user logged in Monday morning.",
            "log-in",
            "logged in",
            "signed in",
        ),
        (
            "Users log in with their work email.",
            "log-in",
            "log in",
            "sign in",
        ),
        (
            "Once logged in, users see the dashboard.",
            "log-in",
            "logged in",
            "signed in",
        ),
    ]);
}
