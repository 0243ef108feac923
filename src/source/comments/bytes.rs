//! Byte-level helpers the lexer and its readers share: identifier bytes, line ends, searches,
//! Lua's long brackets.

pub(super) fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80
}

pub(super) fn is_ident_byte(c: u8) -> bool {
    IDENT[usize::from(c)]
}

/// [`is_ident_byte`] as a table: the lexer asks it of every byte of every identifier.
static IDENT: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        table[c] = b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80;
        c += 1;
    }
    table
};

/// The offset of the `\n` ending the line at `from`, or the end.
pub(super) fn line_end(b: &[u8], from: usize) -> usize {
    let from = from.min(b.len());
    memchr::memchr(b'\n', &b[from..]).map_or(b.len(), |p| from + p)
}

pub(super) fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || from >= b.len() {
        return None;
    }
    memchr::memmem::find(&b[from..], needle).map(|p| from + p)
}

/// Lua's `[[`, `[=[`, …: the matching close, when a long bracket opens at `at`.
pub(super) fn long_bracket(b: &[u8], at: usize) -> Option<Vec<u8>> {
    if b.get(at) != Some(&b'[') {
        return None;
    }
    let level = b[at + 1..].iter().take_while(|&&c| c == b'=').count();
    if b.get(at + 1 + level) != Some(&b'[') {
        return None;
    }
    let mut close = vec![b']'];
    close.extend(std::iter::repeat_n(b'=', level));
    close.push(b']');
    Some(close)
}
