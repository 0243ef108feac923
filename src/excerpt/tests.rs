use super::*;

/// Line and column of `offset` counted from the start of the whole text: the definition
/// every excerpt answer must match.
fn reference(text: &str, offset: usize) -> (usize, usize, usize, usize) {
    let before = &text[..offset];
    let starts = crate::source::lines::line_starts(text);
    let line = starts.partition_point(|&s| s <= offset);
    let line_start = starts[line - 1];
    let column = text[line_start..offset]
        .chars()
        .filter(|&c| c != '\u{feff}' || line_start != 0)
        .count()
        + 1;
    let chars = before.chars().count() - usize::from(text.starts_with('\u{feff}') && offset >= 3);
    (line, column, offset - line_start + 1, chars)
}

fn spans(text: &str, needle: &str) -> Vec<Range<usize>> {
    text.match_indices(needle)
        .map(|(i, m)| i..i + m.len())
        .collect()
}

fn finding(span: Range<usize>) -> Finding {
    Finding {
        rule: "r".into(),
        category: "c".into(),
        severity: crate::glossary::Severity::Warning,
        message: "m".into(),
        span,
        suggestions: Vec::new(),
        fix: None,
    }
}

#[test]
fn positions_match_the_whole_text() {
    let long_line = format!("{}hook{}hook end\n", "é ".repeat(5000), "x".repeat(9000));
    let many_lines = "a hook\n".repeat(300);
    let texts = [
        "hook\n".to_string(),
        "\u{feff}hook at the start\nthen hook\n".to_string(),
        "\u{feff}Ünïcödé hook\r\nsecond hook\r\n\r\nthird\rhook\n".to_string(),
        "one\ntwo\nthree hook\nfour\nfive\nsix\nseven hook".to_string(),
        "no break at the end hook".to_string(),
        "ends in a break after hook\n\n\n".to_string(),
        long_line,
        many_lines,
        format!("{}hook\n{}", "line\n".repeat(40), "🎉 hook 🎉\n".repeat(3)),
    ];
    for text in &texts {
        let findings: Vec<Finding> = spans(text, "hook").into_iter().map(finding).collect();
        let excerpt = Excerpt::capture(text, &findings);
        for f in &findings {
            for offset in [f.span.start, f.span.end] {
                let (line, column, byte_column, chars) = reference(text, offset);
                assert_eq!(
                    excerpt.position(offset),
                    (line, column),
                    "{text:?} @{offset}"
                );
                assert_eq!(excerpt.byte_position(offset), (line, byte_column));
                assert_eq!(excerpt.char_offset(offset), chars, "{text:?} @{offset}");
            }
            assert_eq!(excerpt.text(f.span.clone()), "hook");
            let lines = excerpt.lines_of(f.span.clone());
            let whole = Excerpt::whole(text).lines_of(f.span.clone());
            assert_eq!(lines, whole, "{text:?}");
            assert!(!text[lines].contains('\n'));
        }
        // Far less than the text is kept when the findings are few and lines short.
        let kept: usize = excerpt.pieces.iter().map(|p| p.text.len()).sum();
        assert!(kept <= text.len());
    }
}

/// Each finding keeps its own line and one on each side; lines further away are dropped and
/// neighbouring pieces merge.
#[test]
fn only_the_lines_around_findings_are_kept() {
    let text: String = (1..=20).map(|n| format!("line {n}\n")).collect();
    // The needle ends with its line break, so that `line 1` is not `line 15`.
    let at = |needle: &str| {
        let start = text.find(needle).unwrap();
        finding(start..start + needle.trim_end().len())
    };
    let excerpt = Excerpt::capture(&text, &[at("line 5\n"), at("line 7\n"), at("line 15\n")]);
    let kept: Vec<&str> = excerpt.pieces.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        kept,
        [
            "line 4\nline 5\nline 6\nline 7\nline 8\n",
            "line 14\nline 15\nline 16\n"
        ]
    );
    assert_eq!(excerpt.pieces[1].line, 13);
    // A finding on the first and the last line has no line beyond them to keep.
    let excerpt = Excerpt::capture(&text, &[at("line 1\n"), at("line 20\n")]);
    let kept: Vec<&str> = excerpt.pieces.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(kept, ["line 1\nline 2\n", "line 19\nline 20\n"]);
}

/// The snippet text of a span: from the line before to the line after, with the line number
/// of its first line; a lone CR ends a line, and is shown to miette as a `\n`.
#[test]
fn around_a_span_with_line_offsets() {
    let text = "a\nb\nc hook\nd\ne\n";
    let start = text.find("hook").unwrap();
    let excerpt = Excerpt::capture(text, &[finding(start..start + 4)]);
    assert_eq!(excerpt.around(start..start + 4), ("b\nc hook\nd\n", 2, 1));
    let text = "x\ry\nz\na\rb\nc\rd hook\ne\n";
    let start = text.find("hook").unwrap();
    let excerpt = Excerpt::capture(text, &[finding(start..start + 4)]);
    // Lines: x, y, z, a, b, c, d hook: the slice starts at `c`, line 5 counted from 0.
    let (slice, base, line) = excerpt.around(start..start + 4);
    assert_eq!((slice, base, line), ("c\nd hook\ne\n", 10, 5));
}
