//! The one place where text becomes HTML. Everything that comes from a linted file, a config, a
//! glossary or the command line goes through [`Text`] (or [`Id`] for fragment ids, [`href`] for
//! links); the rest of the module writes only literal markup and numbers.

use std::fmt;

/// Text escaped for element content and for double- or single-quoted attribute values.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Text<'a>(pub(crate) &'a str);

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(i) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..i])?;
            f.write_str(match rest.as_bytes()[i] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[i + 1..];
        }
        f.write_str(rest)
    }
}

/// A name turned into characters that are safe in an `id` attribute and a URL fragment alike:
/// ASCII letters, digits, `-` and `_` stay; every other byte becomes `.XX` (its hex value), so
/// two different names never share an id.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Id<'a>(pub(crate) &'a str);

impl fmt::Display for Id<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in self.0.bytes() {
            if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' {
                write!(f, "{}", byte as char)?;
            } else {
                write!(f, ".{byte:02X}")?;
            }
        }
        Ok(())
    }
}

/// The address of `path` at `line` under `base` (a repository's blob URL at a commit, say):
/// `base/path#Lline`, each path segment percent-encoded. Still to be escaped with [`Text`].
pub(crate) fn href(base: &str, path: &str, line: usize) -> String {
    let path = path.strip_prefix("./").unwrap_or(path);
    let mut url = base.trim_end_matches('/').to_string();
    for segment in path
        .split(['/', '\\'])
        .filter(|s| !s.is_empty() && *s != ".")
    {
        url.push('/');
        for byte in segment.bytes() {
            if byte.is_ascii_alphanumeric() || b"-._~@+".contains(&byte) {
                url.push(byte as char);
            } else {
                url.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    url.push_str(&format!("#L{line}"));
    url
}

/// Whether a `--link-base` may be used as a link: an http(s) address or a relative path, never
/// a scheme that runs code (`javascript:`) or reads data (`data:`).
pub fn safe_link_base(base: &str) -> bool {
    let lower = base.trim().to_ascii_lowercase();
    match lower.split_once(':') {
        Some((scheme, _)) if !scheme.contains('/') => scheme == "http" || scheme == "https",
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_markup_and_quotes() {
        let cases = [
            ("plain words", "plain words"),
            (
                "<script>alert(1)</script>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
            ),
            (
                "<img src=x onerror=\"alert('x')\">",
                "&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;",
            ),
            ("</article>", "&lt;/article&gt;"),
            ("&amp; stays visible", "&amp;amp; stays visible"),
            ("caf\u{e9} \u{1f389} <", "caf\u{e9} \u{1f389} &lt;"),
            ("", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(Text(input).to_string(), expected, "{input:?}");
        }
    }

    #[test]
    fn ids_keep_safe_characters_and_encode_the_rest() {
        let cases = [
            ("sign-in_noun", "sign-in_noun"),
            ("a b", "a.20b"),
            ("x\"><script>", "x.22.3E.3Cscript.3E"),
            ("a.b", "a.2Eb"),
            ("\u{e9}", ".C3.A9"),
        ];
        for (input, expected) in cases {
            assert_eq!(Id(input).to_string(), expected, "{input:?}");
        }
    }

    #[test]
    fn hrefs_join_the_base_and_encode_segments() {
        let base = "https://github.com/o/r/blob/abc123/";
        let cases = [
            (
                "docs/a.md",
                3,
                "https://github.com/o/r/blob/abc123/docs/a.md#L3",
            ),
            (
                "./docs/a.md",
                1,
                "https://github.com/o/r/blob/abc123/docs/a.md#L1",
            ),
            (
                "docs/a b#?.md",
                7,
                "https://github.com/o/r/blob/abc123/docs/a%20b%23%3F.md#L7",
            ),
            (
                "docs/\"><x>.md",
                2,
                "https://github.com/o/r/blob/abc123/docs/%22%3E%3Cx%3E.md#L2",
            ),
        ];
        for (path, line, expected) in cases {
            assert_eq!(href(base, path, line), expected, "{path:?}");
        }
        assert_eq!(href("../repo", "a.md", 9), "../repo/a.md#L9");
    }

    #[test]
    fn only_http_and_relative_link_bases_are_safe() {
        let cases = [
            ("https://github.com/o/r/blob/main", true),
            ("HTTP://example.com", true),
            ("../docs", true),
            ("docs/a:b", true),
            ("javascript:alert(1)", false),
            (" JavaScript:alert(1)", false),
            ("data:text/html,x", false),
            ("file:///etc", false),
        ];
        for (base, safe) in cases {
            assert_eq!(safe_link_base(base), safe, "{base:?}");
        }
    }
}
