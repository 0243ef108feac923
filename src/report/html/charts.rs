//! Horizontal bar charts as inline SVG. Each bar carries its label and its count as text, so
//! a chart reads the same in grey print, in high-contrast modes and to a screen reader (the
//! figure's caption names it, the SVG's description lists the values).

use std::fmt::{self, Write};

use super::escape::Text;

/// Width of the label column, the bar area and the count column, in SVG units.
const LABEL: usize = 250;
const BARS: usize = 300;
const COUNT: usize = 60;
const ROW: usize = 24;
/// Labels longer than this are shortened; the full text is the bar's tooltip.
const LABEL_CHARS: usize = 28;

/// One bar: its label, its count, and a CSS class for its fill (severity bars differ by
/// pattern class as well as colour).
#[derive(Debug, Clone)]
pub(crate) struct Bar {
    pub(crate) label: String,
    pub(crate) count: usize,
    pub(crate) class: &'static str,
}

impl Bar {
    pub(crate) fn new(label: impl Into<String>, count: usize) -> Bar {
        Bar {
            label: label.into(),
            count,
            class: "bar",
        }
    }
}

/// Writes a `<figure>` with a bar chart of `bars`, captioned `caption`; `id` makes its ids
/// unique in the page.
pub(crate) fn bar_chart(out: &mut String, id: &str, caption: &str, bars: &[Bar]) -> fmt::Result {
    let max = bars.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let height = bars.len().max(1) * ROW + 4;
    let width = LABEL + BARS + COUNT;
    let desc: Vec<String> = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.count))
        .collect();
    write!(
        out,
        "<figure class=\"chart\"><figcaption id=\"{id}-caption\">{}</figcaption>\
         <svg role=\"img\" aria-labelledby=\"{id}-caption {id}-desc\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" preserveAspectRatio=\"xMinYMin meet\">\
         <desc id=\"{id}-desc\">{}</desc>",
        Text(caption),
        Text(&desc.join("; "))
    )?;
    if bars.is_empty() {
        write!(out, "<text x=\"0\" y=\"16\" class=\"label\">none</text>")?;
    }
    for (i, bar) in bars.iter().enumerate() {
        let y = i * ROW + 2;
        let length = (bar.count * BARS)
            .div_ceil(max)
            .max(usize::from(bar.count > 0) * 2);
        let label = shorten(&bar.label);
        write!(
            out,
            "<g><title>{}: {}</title>\
             <text x=\"{}\" y=\"{}\" class=\"label\" text-anchor=\"end\">{}</text>\
             <rect x=\"{}\" y=\"{}\" width=\"{length}\" height=\"{}\" class=\"{}\"/>\
             <text x=\"{}\" y=\"{}\" class=\"count\">{}</text></g>",
            Text(&bar.label),
            bar.count,
            LABEL - 8,
            y + 16,
            Text(&label),
            LABEL,
            y + 3,
            ROW - 6,
            bar.class,
            LABEL + length + 6,
            y + 16,
            bar.count
        )?;
    }
    out.push_str("</svg></figure>");
    Ok(())
}

fn shorten(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_string();
    }
    // The end of a path says most: keep it.
    let tail: String = label
        .chars()
        .rev()
        .take(LABEL_CHARS - 1)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("\u{2026}{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_proportional_labelled_and_escaped() {
        let mut out = String::new();
        let bars = [
            Bar::new("warning", 10),
            Bar::new("<b>info</b>", 5),
            Bar::new("none", 0),
        ];
        bar_chart(&mut out, "sev", "By severity", &bars).unwrap();
        assert!(out.contains("width=\"300\" height=\"18\""), "{out}");
        assert!(out.contains("width=\"150\" height=\"18\""), "{out}");
        assert!(out.contains("width=\"0\" height=\"18\""), "{out}");
        assert!(out.contains("&lt;b&gt;info&lt;/b&gt;"));
        assert!(!out.contains("<b>"));
        assert!(out.contains(
            "<desc id=\"sev-desc\">warning: 10; &lt;b&gt;info&lt;/b&gt;: 5; none: 0</desc>"
        ));
        assert!(out.contains(">10</text>") && out.contains(">5</text>"));
    }

    #[test]
    fn long_labels_keep_their_end() {
        let long = "docs/guides/a-very-long-directory-name/page.mdx";
        let short = shorten(long);
        assert_eq!(short.chars().count(), LABEL_CHARS);
        assert!(short.ends_with("page.mdx") && short.starts_with('\u{2026}'));
        assert_eq!(shorten("short"), "short");
    }
}
