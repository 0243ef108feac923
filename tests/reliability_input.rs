//! The bad-input table of RELIABILITY.md, the rows about what a file holds and how it is named:
//! each asserts the exit code, the exact message naming the file and the reason, that the other
//! files were still linted, and that no byte changed where it should not.

mod reliability;

use std::process::Stdio;

use reliability::{run, run_with_stdin, stderr, stdout, tree};

const WRONG: &[u8] = b"Create a web hook.\n";
const FINDING: &str =
    "1:10: warning[webhook] Clerk writes 'webhook' as one word. (suggestion: webhook)";

/// Files that must lint (exit 1 with the finding at the given place) and, after `--fix`, hold
/// exactly the expected bytes: every byte around the fix kept.
#[test]
fn odd_text_is_linted_and_fixed_byte_for_byte() {
    let deep = format!("{}web hook{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let deep_quotes = format!("{}web hook\n", "> ".repeat(10_000));
    // 20,000 nested JSX elements: each tag once searched back to the start of its line, which
    // took about a minute a run at this depth in a debug build; a linear scan takes a fraction
    // of a second (the structural check is `source::mdx`'s bytes-read test).
    let deep_jsx = format!(
        "{}web hook{}\n",
        "<Note>".repeat(20_000),
        "</Note>".repeat(20_000)
    );
    let deep_jsx_quoted = format!("> {deep_jsx}");
    let deep_jsx_lines = format!(
        "{}web hook\n{}",
        "<Note>\n".repeat(20_000),
        "</Note>\n".repeat(20_000)
    );
    let cases: Vec<(&str, Vec<u8>, &str, Vec<u8>)> = vec![
        (
            "bom.md",
            b"\xef\xbb\xbfA web hook.\n".to_vec(),
            "bom.md:1:3",
            b"\xef\xbb\xbfA webhook.\n".to_vec(),
        ),
        (
            "crlf.md",
            b"One.\r\nA web hook.\r\n".to_vec(),
            "crlf.md:2:3",
            b"One.\r\nA webhook.\r\n".to_vec(),
        ),
        (
            "cr.md",
            b"One.\rA web hook.\r".to_vec(),
            "cr.md:2:3",
            b"One.\rA webhook.\r".to_vec(),
        ),
        (
            "mixed.md",
            b"a\r\nb\rc\nA web hook.\n".to_vec(),
            "mixed.md:4:3",
            b"a\r\nb\rc\nA webhook.\n".to_vec(),
        ),
        (
            "nul.md",
            b"A\0 web hook.\n".to_vec(),
            "nul.md:1:4",
            b"A\0 webhook.\n".to_vec(),
        ),
        (
            "unclosed-fence.md",
            b"A web hook.\n```\nweb hook\n".to_vec(),
            "unclosed-fence.md:1:3",
            b"A webhook.\n```\nweb hook\n".to_vec(),
        ),
        (
            "unclosed-comment.md",
            b"A web hook.\n<!-- web hook\n".to_vec(),
            "unclosed-comment.md:1:3",
            b"A webhook.\n<!-- web hook\n".to_vec(),
        ),
        (
            "unclosed-jsx.mdx",
            b"A web hook.\n\n<Note title=\"x\n".to_vec(),
            "unclosed-jsx.mdx:1:3",
            b"A webhook.\n\n<Note title=\"x\n".to_vec(),
        ),
        (
            "unclosed-string.js",
            b"// Send a web hook.\nconst a = \"web hook\n".to_vec(),
            "unclosed-string.js:1:11",
            b"// Send a webhook.\nconst a = \"web hook\n".to_vec(),
        ),
        (
            "unclosed-block.c",
            b"/* Send a web hook.\n".to_vec(),
            "unclosed-block.c:1:11",
            b"/* Send a webhook.\n".to_vec(),
        ),
        (
            "deep.md",
            deep.clone().into_bytes(),
            "deep.md:1:10001",
            deep.replace("web hook", "webhook").into_bytes(),
        ),
        (
            "deep-quotes.md",
            deep_quotes.clone().into_bytes(),
            "deep-quotes.md:1:20001",
            deep_quotes.replace("web hook", "webhook").into_bytes(),
        ),
        (
            "deep-jsx.mdx",
            deep_jsx.clone().into_bytes(),
            "deep-jsx.mdx:1:120001",
            deep_jsx.replace("web hook", "webhook").into_bytes(),
        ),
        (
            "deep-jsx-quoted.mdx",
            deep_jsx_quoted.clone().into_bytes(),
            "deep-jsx-quoted.mdx:1:120003",
            deep_jsx_quoted.replace("web hook", "webhook").into_bytes(),
        ),
        (
            "deep-jsx-lines.mdx",
            deep_jsx_lines.clone().into_bytes(),
            "deep-jsx-lines.mdx:20001:1",
            deep_jsx_lines.replace("web hook", "webhook").into_bytes(),
        ),
    ];
    for (name, text, place, fixed) in &cases {
        let dir = tree(&[(name, text)]);
        let out = run(dir.path(), &["check", name]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        let first = stdout(&out).lines().next().unwrap_or_default().to_string();
        assert!(
            first.starts_with(&format!("{place}: warning[webhook]")),
            "{name}: {first}"
        );
        // Code comments offer the fix as unsafe.
        let out = run(dir.path(), &["check", "--fix", "--unsafe-fixes", name]);
        assert!(
            out.status.code().is_some_and(|c| c <= 1),
            "{name}: {}",
            stderr(&out)
        );
        assert_eq!(
            &std::fs::read(dir.path().join(name)).unwrap(),
            fixed,
            "{name}"
        );
    }
}

/// Found by the `comments` fuzz target: looking for code near a comment stepped one byte past
/// the edge of its 512-byte window, which inside a line of multibyte characters is inside a
/// character, and the whole run panicked (exit 101).
#[test]
fn a_comment_on_a_long_line_of_multibyte_code_is_linted() {
    let text = format!("ls\necho {} # Github release\n", "é".repeat(300));
    let dir = tree(&[("long.sh", text.as_bytes())]);
    let out = run(dir.path(), &["check", "long.sh"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let first = stdout(&out).lines().next().unwrap_or_default().to_string();
    assert!(
        first.starts_with("long.sh:2:309: warning[github]"),
        "{first}"
    );
    // The other side (found by the same target): a comment line longer than the window, with
    // code below it; the fuzzer's own input is in fuzz/regressions/comments.
    let text = format!("// Github {}\nconst github = 1;\n", "é".repeat(300));
    let dir = tree(&[("long.ts", text.as_bytes())]);
    let out = run(dir.path(), &["check", "long.ts"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let first = stdout(&out).lines().next().unwrap_or_default().to_string();
    assert!(first.starts_with("long.ts:1:4: warning[github]"), "{first}");
}

/// Text that is not UTF-8 is an error naming the file and the byte, is never written, and does
/// not stop the run.
#[test]
fn undecodable_files_are_named_and_left_alone() {
    let utf16 = b"\xff\xfeA\0 \0w\0e\0b\0 \0h\0o\0o\0k\0\n\0";
    let cases: [(&str, &[u8], &str); 3] = [
        (
            "latin1.md",
            b"Caf\xe9 web hook.\n",
            "error: latin1.md: invalid UTF-8 at byte 3",
        ),
        (
            "utf16.md",
            utf16,
            "error: utf16.md: invalid UTF-8 at byte 0",
        ),
        (
            "truncated.md",
            b"A web hook \xe2\x80",
            "error: truncated.md: invalid UTF-8 at byte 11",
        ),
    ];
    for (name, bytes, message) in cases {
        let dir = tree(&[(name, bytes), ("ok.md", WRONG)]);
        let out = run(dir.path(), &["check", "--fix", "."]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(stderr(&out).contains(message), "{name}: {}", stderr(&out));
        assert_eq!(
            std::fs::read(dir.path().join(name)).unwrap(),
            bytes,
            "{name}"
        );
        assert_eq!(
            std::fs::read(dir.path().join("ok.md")).unwrap(),
            b"Create a webhook.\n"
        );
    }
}

/// Names with spaces, line breaks and bytes that are not UTF-8 are walked and linted, and shown
/// the same way in every format: control characters escaped, invalid bytes as `\xNN`.
#[test]
fn odd_names_are_linted_and_shown_unambiguously() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tree(&[("with space.md", WRONG)]);
    std::fs::write(dir.path().join("line\nbreak.md"), WRONG).unwrap();
    let latin1 = std::ffi::OsStr::from_bytes(b"caf\xe9.md");
    std::fs::write(dir.path().join(latin1), WRONG).unwrap();
    let out = run(dir.path(), &["check", "."]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        [
            format!("caf\\xE9.md:{FINDING}\n"),
            format!("line\\nbreak.md:{FINDING}\n"),
            format!("with space.md:{FINDING}\n"),
        ]
        .concat()
    );
    for format in [
        "json", "sarif", "github", "gitlab", "junit", "rdjson", "human",
    ] {
        let out = run(dir.path(), &["check", ".", "--format", format]);
        let text = stdout(&out);
        // JSON escapes the backslash, SARIF percent-encodes it in a URI.
        assert!(text.contains("xE9.md"), "{format}: {text}");
        assert!(!text.contains('\u{fffd}'), "{format}");
    }
    let out = run(dir.path(), &["check", "--fix", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(dir.path().join(latin1)).unwrap(),
        b"Create a webhook.\n"
    );
}

#[test]
fn twenty_thousand_files_are_all_linted() {
    let dir = tree(&[]);
    for i in 0..20_000 {
        let sub = dir.path().join(format!("d{}", i / 1000));
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(
            sub.join(format!("f{i}.md")),
            if i % 1000 == 0 { WRONG } else { b"Fine.\n" },
        )
        .unwrap();
    }
    let out = run(
        dir.path(),
        &["check", ".", "--format", "json", "--statistics"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["files_checked"], 20_000, "{stats}");
    assert_eq!(stats["findings"], 20, "{stats}");
}

/// Standard input, a config and a baseline past the input limit are refused by name; a file
/// within it is linted.
#[test]
fn oversized_inputs_are_refused_by_name() {
    let dir = tree(&[("a.md", WRONG), ("big.md", &vec![b'a'; 3000])]);
    let out = run(dir.path(), &["check", "--max-input-size", "2KB", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("error: big.md: is larger than the input limit of 2048 bytes; raise it with --max-input-size"), "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("a.md:{FINDING}\n"));

    let zero = std::fs::File::open("/dev/zero").unwrap();
    let out = run_with_stdin(
        dir.path(),
        &["check", "--max-input-size", "1MB", "-"],
        Stdio::from(zero),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "error: <stdin>: is larger than the input limit of 1 MB; raise it with --max-input-size"
        ),
        "{}",
        stderr(&out)
    );

    let mut config = b"accept = [\"x\"]\n".to_vec();
    config.extend(std::iter::repeat_n(b'#', 4000));
    std::fs::write(dir.path().join("termlint.toml"), &config).unwrap();
    let out = run(dir.path(), &["check", "--max-input-size", "2KB", "a.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("termlint.toml: invalid config: cannot read: is larger than the input limit of 2048 bytes"), "{}", stderr(&out));
    std::fs::remove_file(dir.path().join("termlint.toml")).unwrap();

    std::fs::write(dir.path().join("base.json"), vec![b' '; 4000]).unwrap();
    let out = run(
        dir.path(),
        &[
            "check",
            "--max-input-size",
            "2KB",
            "--baseline",
            "base.json",
            "a.md",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .contains("error: baseline base.json: is larger than the input limit of 2048 bytes"),
        "{}",
        stderr(&out)
    );
    // A huge but valid config within a raised limit still works.
    let mut config = b"accept = [\"x\"]\n".to_vec();
    config.extend(std::iter::repeat_n(b"# padding\n".as_slice(), 300_000).flatten());
    std::fs::write(dir.path().join("termlint.toml"), &config).unwrap();
    let out = run(dir.path(), &["check", "a.md"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}
