//! Generated API reference pages (TypeDoc's Markdown and the like): an index of members that
//! links each name to its anchor, and a heading per member over its signature. Those names are
//! the code's; the same words in the page's prose are still checked.

use crate::class_cases::{assert_files_clean, rules_in};

#[test]
fn a_link_label_that_is_its_anchor_names_it() {
    let clean = [
        "### Methods\n\n- [getUserInfo](FusionAuth.md#getuserinfo)\n- [login](FusionAuth.md#login)\n- [logout](FusionAuth.md#logout)\n",
        "Contents: [Log in](#log-in), [Set up](#set-up).\n",
        "See [signup](./api.md#signup) for the options.\n",
        // A table of contents copies its headings' words, which are checked where they stand.
        "- [to a fastify application](#to-a-fastify-application)\n",
        "1. [Why login fails](#why-login-fails)\n",
    ];
    assert_files_clean(&clean.map(|text| ("index.md", text)));
    // A label with its own words, or an anchor of other words, is the writer's.
    let caught = [
        ("See [the login page](#login) first.\n", "login"),
        ("Go to [login](#authentication).\n", "login"),
        ("Read [login](https://example.com/docs#setup).\n", "login"),
        ("- [Why login fails](#troubleshooting)\n", "login"),
        ("- [Why login fails](#why-sign-in-fails)\n", "login"),
    ];
    for (text, rule) in caught {
        let f = rules_in("index.md", text);
        assert_eq!(
            f.iter().map(|(r, _)| r.as_str()).collect::<Vec<_>>(),
            [rule],
            "{text:?}"
        );
    }
}

#[test]
fn a_heading_over_its_signature_is_the_members_name() {
    let clean = [
        "## Methods\n\n### logout\n\n▸ **logout**(): `void`\n",
        "### login\n\n• **login**: (`state?`: `string`) => `void`\n",
        "#### signup\n\n`signup(options?: Options): Promise<void>`\n",
        "### logout\n▸ **logout**\\<`T`\\>(): `T`\n",
    ];
    for text in clean {
        let text = &format!("# API reference\n\n{text}");
        let f = rules_in("api.md", text);
        assert!(f.is_empty(), "{text:?}: {f:?}");
    }
    let caught = [
        // Prose under a one-word heading, and a heading of several words over a signature.
        ("### login\n\nUsers login with a passkey here.\n", 2),
        ("### The login flow\n\n▸ **login**(): `void`\n", 1),
        // The next line names another member.
        ("### logout\n\n▸ **logoutAll**(): `void`\n", 1),
    ];
    for (text, count) in caught {
        // Not the page's title, which a lone value may be.
        let text = &format!("# API reference\n\n{text}");
        let f = rules_in("api.md", text);
        assert_eq!(f.len(), count, "{text:?}: {f:?}");
    }
}

#[test]
fn prose_that_writes_out_a_command_of_the_page_is_the_programs() {
    // A generated command-line reference: the title, the description, the heading and the links
    // name each command by the words its usage line holds.
    let page = "---\ntitle: \"authelia storage user webauthn import\"\ndescription: \"Reference for the authelia storage user webauthn import command.\"\n---\n\n## authelia storage user webauthn import\n\nImports the credentials.\n\n```\nauthelia storage user webauthn import <filename> [flags]\n```\n\n### SEE ALSO\n\n* [authelia storage user webauthn](authelia_storage_user_webauthn.md)\t - Manage the credentials\n";
    let see_also = "### SEE ALSO\n\n* [authelia debug oidc](authelia_debug_oidc.md)\t - Debug the OpenID Connect provider\n* [mytool webauthn list](./mytool-webauthn-list/)\n";
    let shell = "Run it:\n\n```sh\n$ mytool debug oidc --verbose\n```\n\nThe mytool debug oidc command prints the claims.\n";
    assert_files_clean(&[
        ("import.md", page),
        ("debug.md", shell),
        ("debug.md", see_also),
    ]);
    // A comment's English in a code block, two words only, or other words: still prose.
    let caught = [
        (
            "```js\n// redirect the user to the login page\n```\n\nRedirect the user to the login page.\n",
            "login",
        ),
        (
            "```\noidc provider\n```\n\nPick the oidc provider.\n",
            "oidc",
        ),
        (
            "```\nmytool debug oidc\n```\n\nUse oidc for mytool debug.\n",
            "oidc",
        ),
        // A link label in other capitals or words than its target's file name is the writer's.
        ("See [Debug Oidc](debug_oidc.md).\n", "oidc"),
        ("See [the oidc flow](oidc_debug.md).\n", "oidc"),
    ];
    for (text, rule) in caught {
        let f = rules_in("page.md", text);
        let rules: Vec<&str> = f.iter().map(|(r, _)| r.as_str()).collect();
        assert_eq!(rules, [rule], "{text:?}");
    }
}
