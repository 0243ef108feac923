//! The lines shown around a finding: a few lines of the file, the span marked, long lines
//! clipped around what matters. Only these lines are kept, never the whole file.

use std::ops::Range;

use crate::excerpt::Excerpt;

/// Lines shown before and after the finding's own lines.
pub(crate) const AROUND: usize = 2;
/// A line longer than this (in bytes) is clipped.
const MAX_LINE: usize = 240;
/// Bytes kept on each side of the span on a clipped line.
const KEEP: usize = 100;

/// One shown line: its 1-based number, its (maybe clipped) text, and the part of the text to
/// mark, if the finding's span touches it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContextLine {
    pub number: usize,
    pub text: String,
    pub mark: Option<Range<usize>>,
    /// Whether text was cut before or after what is shown.
    pub clipped_start: bool,
    pub clipped_end: bool,
}

/// The lines around `span`, from the lines a file's excerpt kept (at least [`AROUND`] on each
/// side: see [`Excerpt::capture_with`]).
pub(super) fn lines_around(lines: &Excerpt, span: Range<usize>) -> Vec<ContextLine> {
    let (first, _) = lines.position(span.start);
    let (last, _) = lines.position(span.end);
    let from = first.saturating_sub(AROUND).max(1);
    (from..=last + AROUND)
        .map_while(|number| Some((number, lines.line(number)?)))
        .map(|(number, range)| {
            let (start, end) = (range.start, range.end);
            let mark = (span.start < end.max(start + 1) && span.end > start
                || span.is_empty() && span.start >= start && span.start <= end)
                .then(|| span.start.max(start) - start..span.end.min(end) - start);
            clip(number, lines.text(range), mark)
        })
        .collect()
}

fn clip(number: usize, line: &str, mark: Option<Range<usize>>) -> ContextLine {
    if line.len() <= MAX_LINE {
        return ContextLine {
            number,
            text: line.to_string(),
            mark,
            clipped_start: false,
            clipped_end: false,
        };
    }
    let (from, to) = match &mark {
        Some(mark) => (
            mark.start.saturating_sub(KEEP),
            (mark.end + KEEP).min(line.len()),
        ),
        None => (0, MAX_LINE),
    };
    let from = floor_char(line, from);
    let to = ceil_char(line, to);
    ContextLine {
        number,
        text: line[from..to].to_string(),
        mark: mark.map(|m| m.start - from..m.end.min(to) - from),
        clipped_start: from > 0,
        clipped_end: to < line.len(),
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, span: Range<usize>) -> Vec<(usize, String, Option<String>)> {
        lines_around(&Excerpt::whole(text), span)
            .into_iter()
            .map(|l| {
                let marked = l.mark.clone().map(|m| l.text[m].to_string());
                (l.number, l.text, marked)
            })
            .collect()
    }

    #[test]
    fn keeps_two_lines_around_and_marks_the_span() {
        let text = "one\ntwo\nthree web hook\nfour\nfive\nsix\n";
        let start = text.find("web hook").unwrap();
        let lines = shown(text, start..start + 8);
        let numbers: Vec<usize> = lines.iter().map(|l| l.0).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5]);
        assert_eq!(lines[2].2.as_deref(), Some("web hook"));
        assert!(lines.iter().filter(|l| l.2.is_some()).count() == 1);
    }

    #[test]
    fn a_span_over_two_lines_marks_both_and_crlf_is_dropped() {
        let text = "\u{feff}A web\r\nhook here\r\nend\r\n";
        let start = text.find("web").unwrap();
        let end = text.find("hook").unwrap() + 4;
        let lines = shown(text, start..end);
        assert_eq!(lines[0], (1, "A web".into(), Some("web".into())));
        assert_eq!(lines[1], (2, "hook here".into(), Some("hook".into())));
        assert_eq!(lines[2], (3, "end".into(), None));
    }

    #[test]
    fn long_lines_are_clipped_around_the_span_on_char_boundaries() {
        let text = format!("{}web hook{}\n", "\u{e9}".repeat(300), "x".repeat(400));
        let start = text.find("web hook").unwrap();
        let line = &lines_around(&Excerpt::whole(&text), start..start + 8)[0];
        assert!(line.clipped_start && line.clipped_end);
        assert!(line.text.len() <= 2 * KEEP + 8 + 1);
        assert_eq!(&line.text[line.mark.clone().unwrap()], "web hook");
    }
}
