//! A word that arguments are passed to is a function: "Custom options to pass to login." names
//! `login()`, whatever its words would mean in prose.

use crate::class_cases::{assert_caught, assert_clean};

#[test]
fn what_arguments_are_passed_to_is_a_function() {
    assert_clean(&[
        "Custom options to pass to login.",
        "Honor params passed to logout over defaults.",
        "The state passed to signup when the form loads.",
        "Options passed to logout, then the redirect.",
        "Arguments passing to login as a second object",
    ]);
    // An article, a noun after the word, a capital, or a passed-on person: prose.
    assert_caught(&[
        (
            "Users are passed to the login page.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "The token is passed to login flows in the SDK.",
            "login",
            "login",
            "sign-in",
        ),
        (
            "Options passed to Login.",
            "login-as-verb",
            "Login",
            "Sign in",
        ),
        (
            "Users pass to login the same way.",
            "login-as-verb",
            "login",
            "sign in",
        ),
    ]);
}
