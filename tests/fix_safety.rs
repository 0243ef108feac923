//! Where a fix would change more than the words it replaces: the article before them, an anchor
//! other pages link to, a command on a line of its own. Each is a table of varied cases.

mod class_cases;

use class_cases::linter;
use termlint::fix::{self, Applicability};
use termlint::source::FileKind;

/// `text` after applying every fix of at least `min`, and the applicabilities of the fixes.
fn fixed(text: &str, min: Applicability) -> (String, Vec<Applicability>) {
    let findings = linter().lint(FileKind::Markdown, text);
    let applied = fix::apply(text, findings.iter().filter_map(|f| f.fix.as_ref()), min);
    let kinds = findings
        .iter()
        .filter_map(|f| f.fix.as_ref().map(|x| x.applicability))
        .collect();
    (applied.text, kinds)
}

#[test]
fn the_article_agrees_with_the_replacement() {
    for (text, want) in [
        ("Send a magic link.\n", "Send an email link.\n"),
        ("A magic link expires.\n", "An email link expires.\n"),
        ("Open a Magic Link first.\n", "Open an email link first.\n"),
        // Already right, or not an article before the word.
        ("Send an magic link.\n", "Send an email link.\n"),
        ("Use this magic link.\n", "Use this email link.\n"),
        ("Create a web hook.\n", "Create a webhook.\n"),
        ("Add an Oauth app.\n", "Add an OAuth app.\n"),
        ("Use plan a magic link.\n", "Use plan an email link.\n"),
    ] {
        // "email link" is an unsafe fix (another product's "magic link" keeps its name): the
        // article agrees whichever fixes are applied.
        assert_eq!(fixed(text, Applicability::Unsafe).0, want, "{text:?}");
    }
}

#[test]
fn a_heading_renamed_breaks_its_anchor() {
    use Applicability::{Safe, Unsafe};
    for (text, want) in [
        // Other pages may link to `#set-up-web-hooks`: renaming the words needs a human.
        ("# Set up web hooks\n", vec![Unsafe]),
        ("## Customising the flow\n", vec![Unsafe]),
        ("### Send a magic link\n", vec![Unsafe]),
        // Anchors ignore case: a fix of capitals only keeps them.
        ("## Sign in with Github\n", vec![Safe]),
        ("## Connect Oauth apps\n", vec![Safe]),
        // The same words in a paragraph are only words.
        ("Set up web hooks.\n", vec![Safe]),
    ] {
        assert_eq!(fixed(text, Applicability::Safe).1, want, "{text:?}");
    }
}

#[test]
fn a_lowercase_name_starting_a_line_that_is_no_sentence_may_be_a_command() {
    use Applicability::{Safe, Unsafe};
    for (text, want) in [
        ("supabase db push\n", vec![Unsafe]),
        (
            "Run this:\n\nsupabase link --project-ref abc\n",
            vec![Unsafe],
        ),
        ("- nodejs 20\n", vec![Unsafe]),
        // In a sentence, or capitalized already, the name is prose.
        ("We use supabase for the rest.\n", vec![Safe]),
        ("supabase is where the data lives.\n", vec![Safe]),
        ("Github Actions runs it\n", vec![Safe]),
    ] {
        let (after, kinds) = fixed(text, Applicability::Safe);
        assert_eq!(kinds, want, "{text:?}");
        if want == [Unsafe] {
            assert_eq!(after, text, "an unsafe fix is not applied: {text:?}");
        }
    }
}

#[test]
fn a_sentence_that_opens_with_a_brand_label_may_name_that_product() {
    use Applicability::{Safe, Unsafe};
    for (text, expected) in [
        // An instruction or the product's name: the fix needs a human either way.
        ("Login with Amazon to pay faster.\n", Unsafe),
        ("Log in with PayPal first.\n", Unsafe),
        // A change of capitals only is still the word's spelling.
        ("Oauth with PKCE is supported.\n", Safe),
    ] {
        assert_eq!(fixed(text, Applicability::Safe).1, [expected], "{text:?}");
    }
}
