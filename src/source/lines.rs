//! Line breaks, the one definition every format shares: `\n`, `\r\n` and a lone `\r` each end a
//! line, as in CommonMark and editors. Spans stay byte ranges; lines are computed from these
//! only when something is rendered.

use std::borrow::Cow;

/// The byte offset of each line's first byte: 0, then the byte after each line break.
pub fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    for (i, &b) in bytes.iter().enumerate() {
        let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
        if ends_line {
            starts.push(i + 1);
        }
    }
    starts
}

/// `text.split_inclusive('\n')`, each break found with `memchr`: the standard iterator's setup
/// per line showed in profiles of files of short lines.
pub(crate) fn split_inclusive_lf(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |i| i + 1);
        let (line, tail) = rest.split_at(end);
        rest = tail;
        Some(line)
    })
}

/// `text` with each lone `\r` written as `\n`: the same bytes at the same offsets, for code that
/// only knows `\n` (miette's snippets).
pub fn with_lf_breaks(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let lone = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    if !(0..bytes.len()).any(lone) {
        return Cow::Borrowed(text);
    }
    let replaced: Vec<u8> = (0..bytes.len())
        .map(|i| if lone(i) { b'\n' } else { bytes[i] })
        .collect();
    // ASCII for ASCII: still UTF-8.
    Cow::Owned(String::from_utf8(replaced).unwrap_or_else(|_| text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::{line_starts, split_inclusive_lf, with_lf_breaks};

    #[test]
    fn lines_split_as_the_standard_iterator_does() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "a\n\nb\n",
            "\n\n",
            "é\nü\r\nz",
        ] {
            let ours: Vec<&str> = split_inclusive_lf(text).collect();
            let std: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }

    #[test]
    fn every_line_break_style_ends_a_line() {
        let cases: &[(&str, &[usize])] = &[
            ("", &[0]),
            ("a", &[0]),
            ("a\nb", &[0, 2]),
            ("a\r\nb", &[0, 3]),
            ("a\rb", &[0, 2]),
            ("a\r\rb\n\r\nc\r", &[0, 2, 3, 5, 7, 9]),
            ("\r\n\r\n", &[0, 2, 4]),
        ];
        for (text, starts) in cases {
            assert_eq!(line_starts(text), *starts, "{text:?}");
        }
        assert_eq!(with_lf_breaks("a\rb\r\nc"), "a\nb\r\nc");
        assert!(matches!(
            with_lf_breaks("a\r\nb"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
