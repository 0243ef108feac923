//! Prose that writes out words of the file's code: a generated command-line reference titles,
//! describes and links each command by its words (`authelia storage user webauthn import`),
//! which the page's usage block holds too. Those words are the program's, not prose.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::prose::Prose;

/// Where each written-out text occurs in the source outside the prose, found the first time a
/// match asks. Searching the whole source for every match made a file with many matches
/// quadratic (a 200 MB page took minutes).
pub(super) type Spots = RefCell<FxHashMap<Box<[u8]>, Vec<usize>>>;

/// A byte of a lowercase command word: letters, digits, `-` and `_`.
fn command_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'
}

/// The fewest words that make a run of prose a written-out command: two lowercase words in a
/// row are common English ("oidc provider") that a code block may hold by chance.
const LEAST_WORDS: usize = 3;

/// True when the match lies in a run of at least three lowercase words, one space apart, that
/// the file also holds outside its prose, at the start of a line of code: prose spelling out a
/// command word for word.
pub(super) fn writes_out_code(
    prose: &Prose,
    source: &str,
    spots: &Spots,
    s: usize,
    e: usize,
) -> bool {
    let buf = prose.buf.as_bytes();
    let matched = &buf[s..e];
    if !matched.iter().all(|&b| command_byte(b) || b == b' ') {
        return false;
    }
    // Cheap first: the prose itself must have the words around the match.
    let (from, to) = (run_start(buf, s), run_end(buf, e));
    if words(&buf[from..to]) < LEAST_WORDS {
        return false;
    }
    let src = source.as_bytes();
    let mut spots = spots.borrow_mut();
    if !spots.contains_key(matched) {
        let found = memchr::memmem::find_iter(src, matched)
            .filter(|&at| !prose.covers_source(at))
            .collect();
        spots.insert(matched.into(), found);
    }
    spots[matched]
        .iter()
        .any(|&at| shared_words(buf, s, e, src, at) >= LEAST_WORDS)
}

/// Where the run of command words and single spaces that ends at `at` starts.
fn run_start(buf: &[u8], mut at: usize) -> usize {
    while at > 0
        && (command_byte(buf[at - 1])
            || buf[at - 1] == b' ' && at >= 2 && command_byte(buf[at - 2]))
    {
        at -= 1;
    }
    at
}

/// Where the run of command words and single spaces that starts at `at` ends.
fn run_end(buf: &[u8], mut at: usize) -> usize {
    while at < buf.len()
        && (command_byte(buf[at])
            || buf[at] == b' ' && buf.get(at + 1).is_some_and(|&b| command_byte(b)))
    {
        at += 1;
    }
    at
}

fn words(run: &[u8]) -> usize {
    run.split(|&b| b == b' ').filter(|w| !w.is_empty()).count()
}

/// How many whole words the prose around `s..e` and the code around `at` (where the same
/// bytes are) have in common, the matched words among them; 0 when the match is not whole.
fn shared_words(buf: &[u8], s: usize, e: usize, src: &[u8], at: usize) -> usize {
    let joinable = |b: u8| command_byte(b) || b == b' ';
    let (mut i, mut j) = (s, at);
    while i > 0 && j > 0 && buf[i - 1] == src[j - 1] && joinable(buf[i - 1]) {
        i -= 1;
        j -= 1;
    }
    let (mut k, mut l) = (e, at + (e - s));
    while k < buf.len() && l < src.len() && buf[k] == src[l] && joinable(buf[k]) {
        k += 1;
        l += 1;
    }
    // A word cut at either edge, in the prose or in the code, is not shared.
    if i > 0 && command_byte(buf[i - 1]) || j > 0 && command_byte(src[j - 1]) {
        i += buf[i..k]
            .iter()
            .position(|&b| b == b' ')
            .map_or(k - i, |p| p + 1);
    }
    if k < buf.len() && command_byte(buf[k]) || l < src.len() && command_byte(src[l]) {
        k = i + buf[i..k].iter().rposition(|&b| b == b' ').unwrap_or(0);
    }
    if i > s || k < e {
        return 0;
    }
    // The code's words must open its line, after an indent or a shell prompt: a command, not
    // a comment's English ("// redirect the user to the login page").
    // Read back from the words only as far as an indent or a prompt goes: a long line is not
    // read from its start for every match.
    let before = &src[..at - (s - i)];
    let indent = before
        .iter()
        .rev()
        .take_while(|&&b| matches!(b, b' ' | b'\t' | b'$' | b'>'))
        .count();
    let opening = before.len() == indent || before[before.len() - indent - 1] == b'\n';
    if !opening {
        return 0;
    }
    words(&buf[i..k])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_words_are_shared() {
        let buf = b"run authelia storage user now";
        // The match: `storage`.
        let s = 13;
        let e = 20;
        assert_eq!(&buf[s..e], b"storage");
        assert_eq!(
            shared_words(buf, s, e, b"$ authelia storage user --help", 11),
            3
        );
        // The code's word goes on: `users` is not `user`.
        assert_eq!(shared_words(buf, s, e, b"$ authelia storage users", 11), 2);
        // The code's word starts earlier (`xauthelia` is not `authelia`), so what is shared
        // does not open the line.
        assert_eq!(shared_words(buf, s, e, b"xauthelia storage user", 10), 0);
        // Not at the start of the code's line: a comment's words.
        assert_eq!(shared_words(buf, s, e, b"# authelia storage user", 11), 0);
    }

    /// The code's words open their line after nothing, an indent or a prompt, on any line of
    /// the file; anything else before them on that line makes them a comment's or a string's.
    #[test]
    fn shared_words_open_their_line() {
        let buf = b"run authelia storage user now";
        let (s, e) = (13, 20);
        for (code, shared) in [
            ("authelia storage user", 3),
            ("intro\nauthelia storage user", 3),
            ("intro\n\t  authelia storage user", 3),
            ("intro\n$ authelia storage user", 3),
            ("intro\n> $ authelia storage user", 3),
            ("intro\r\nauthelia storage user", 3),
            ("intro authelia storage user", 0),
            ("intro\n# authelia storage user", 0),
            ("intro\r authelia storage user", 0),
            ("intro\n  x authelia storage user", 0),
        ] {
            let at = code.find("storage").unwrap();
            assert_eq!(
                shared_words(buf, s, e, code.as_bytes(), at),
                shared,
                "{code:?}"
            );
        }
    }
}
