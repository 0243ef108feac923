//! The names a source file's code uses, read once per file: a lowercase word in a comment that is
//! one of them is that name as often as it is the product it also spells.

use std::collections::HashSet;
use std::ops::Range;

use super::names::code_names;

/// Characters that follow a package's name in a dependency spec: `"svix>=1.0"`,
/// `"stripe@^14"`, `"httpx[http2]"`, `"requests;python_version>'3'"`. A string that is a bare
/// word (`'oauth'`, `type: "webauthn"`) is a value, which prose names as often as it names
/// the thing the value stands for.
const SPEC: [char; 9] = ['<', '>', '=', '~', '^', '!', '@', '[', ';'];

/// Every identifier outside comments and strings, and the package of every string that is a
/// dependency spec. `not_code` are the ranges of comments and strings, in order.
pub(super) fn names<'a>(source: &'a str, not_code: &'a [Range<usize>]) -> HashSet<&'a str> {
    let mut names: HashSet<&str> = code_names(source, not_code, 0..source.len()).collect();
    for range in not_code {
        // A string's range may or may not hold its quotes, depending on the lexer; a comment's
        // starts with its marker.
        let quote = |c: char| matches!(c, '"' | '\'' | '`');
        let text = &source[range.clone()];
        if !(text.starts_with(quote) || source[..range.start].ends_with(quote)) {
            continue;
        }
        let inner = text.trim_matches(quote);
        let end = inner
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '.'))
            .unwrap_or(inner.len());
        let (name, rest) = inner.split_at(end);
        if !name.is_empty() && rest.starts_with(SPEC) && !rest.starts_with(' ') {
            names.insert(name);
        }
    }
    names
}

/// True when `word` is spelled as code spells a package, a module or a variable: lowercase
/// letters and digits only (`svix`, `supabase`). A comment's lowercase word that the file's code
/// uses as a name (`const supabase = createClient(…)` anywhere in the file, `"svix>=1.0"` in a
/// manifest's dependency list) may mean the variable, the module or the package as well as the
/// product, and nothing in the comment tells which: "Removed supabase from the dependency
/// array", "svix is due to be droppable". A word capitalized wrongly (`Github`, `SupaBase`) is
/// still checked: code rarely spells a name so, and prose that does is the error.
pub(super) fn lowercase_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}
