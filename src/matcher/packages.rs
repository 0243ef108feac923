//! Lowercase words that name a package: what a package manager's command installs, what a
//! dependency bot bumps, what a dependency list gains or loses. A package is spelled as its
//! registry spells it (`tailwindcss`, `typescript`), not as its product is.

use super::context::is_word;

/// Package managers and the subcommands that take package names: `npm install tailwindcss`,
/// `yarn global add svix`, `go get golang.org/x/oauth2`.
const COMMANDS: [(&str, &[&str]); 19] = [
    (
        "npm",
        &[
            "install",
            "i",
            "add",
            "uninstall",
            "remove",
            "rm",
            "update",
            "exec",
        ],
    ),
    ("yarn", &["add", "remove", "upgrade", "dlx", "global"]),
    (
        "pnpm",
        &["add", "install", "i", "remove", "rm", "update", "dlx"],
    ),
    ("bun", &["add", "install", "i", "remove", "rm", "x"]),
    ("deno", &["add", "install"]),
    ("pip", &["install", "uninstall", "download"]),
    ("pip3", &["install", "uninstall", "download"]),
    ("pipx", &["install", "run"]),
    ("uv", &["add", "remove"]),
    ("poetry", &["add", "remove"]),
    ("conda", &["install"]),
    ("gem", &["install", "uninstall"]),
    ("bundle", &["add"]),
    ("go", &["get", "install"]),
    ("cargo", &["add", "install", "remove"]),
    ("composer", &["require", "remove"]),
    ("brew", &["install", "uninstall", "upgrade"]),
    ("apt", &["install"]),
    ("apt-get", &["install"]),
];

/// Commands that run a package by its name: `npx tailwindcss init`, `npx -y tailwindcss`.
const RUNNERS: [&str; 3] = ["npx", "bunx", "pnpx"];

/// How many names and flags may stand between the command and the match: `npm install -D
/// typescript svix`.
const MOST_BETWEEN: usize = 6;

/// True when a one-word lowercase match is a package that a package manager's command, written
/// out without backticks, names: "run npm install tailwindcss", "yarn add -D typescript svix",
/// "npx tailwindcss init", "npx --yes tailwindcss". The words of a command are its arguments,
/// not prose; a word of prose between them ("npm install and then typescript") ends the
/// command. A runner runs its first name, so only flags may stand between it and the match.
pub(super) fn installed_by_a_command(buf: &str, s: usize, e: usize) -> bool {
    if !buf[s..e].bytes().all(package_byte) || !buf[..s].ends_with(' ') {
        return false;
    }
    let mut words = buf[..s - 1].rsplit(' ');
    let mut later = None;
    let mut only_flags = true;
    for _ in 0..=MOST_BETWEEN {
        let Some(word) = words.next() else {
            return false;
        };
        if RUNNERS.iter().any(|r| word.eq_ignore_ascii_case(r)) && only_flags {
            return true;
        }
        if let Some(subcommand) = later
            && COMMANDS.iter().any(|(manager, subcommands)| {
                word.eq_ignore_ascii_case(manager) && subcommands.contains(&subcommand)
            })
        {
            return true;
        }
        // Between the command and the match: flags and other names, nothing else.
        if !(word.starts_with('-') || is_package_name(word)) {
            return false;
        }
        only_flags &= word.starts_with('-');
        later = Some(word);
    }
    false
}

/// A byte of a package's name as registries spell them: `@clerk/nextjs`, `oauth2@^1.2`.
fn package_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b"@/._-^~=<>+".contains(&b)
}

/// A word that can be a package's name and is not a word of prose that would end a command.
fn is_package_name(word: &str) -> bool {
    const PROSE: [&str; 12] = [
        "a", "an", "and", "or", "the", "then", "to", "with", "for", "in", "of", "your",
    ];
    !word.is_empty()
        && word.bytes().all(package_byte)
        && word.bytes().any(|b| b.is_ascii_alphanumeric())
        && !PROSE.contains(&word)
}

/// True when the words around a lowercase name make it a package's: a dependency bot's ("update
/// dependency typescript to v6", "bump stripe from 14.1.0 to 14.2.0") or a package comment's
/// ("Package oauth provides …", "the module saml").
pub(super) fn named_as_a_package(before: &str, after: &str) -> bool {
    let before = before.trim_end_matches(' ');
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word(c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let previous = &before[start..];
    // "Package oauth provides …": Go's package comment, and prose that names a module so.
    ["dependency", "package", "module", "crate"]
        .iter()
        .any(|noun| previous.eq_ignore_ascii_case(noun))
        || ["bump", "bumps", "bumped"]
            .iter()
            .any(|verb| previous.eq_ignore_ascii_case(verb))
            && (after.starts_with("from ") || after.starts_with("to "))
        || added_to_dependencies(previous, after)
}

/// True for a name added to or removed from a dependency list: "add typescript to the dev
/// dependencies", "removed stripe from deps", "install zod into devDependencies". What moves in
/// and out of that list is a package.
fn added_to_dependencies(previous: &str, after: &str) -> bool {
    const VERBS: [&str; 12] = [
        "add",
        "adds",
        "added",
        "remove",
        "removes",
        "removed",
        "install",
        "installs",
        "installed",
        "drop",
        "drops",
        "dropped",
    ];
    const LISTS: [&str; 5] = [
        "dependencies",
        "deps",
        "devdependencies",
        "peerdependencies",
        "dependency",
    ];
    let Some(rest) = ["to ", "from ", "into ", "in ", "as "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
    else {
        return false;
    };
    VERBS.iter().any(|v| previous.eq_ignore_ascii_case(v))
        && rest
            .split([' ', '.', ',', ';'])
            .take(4)
            .any(|w| LISTS.iter().any(|l| w.eq_ignore_ascii_case(l)))
}
