//! A caution rule reads sentences as lowercase words and its lists as phrases of such words:
//! both are cut here, with the blocks (paragraphs, list items, comments) that hold the sentences.

use std::borrow::Cow;
use std::ops::Range;

use crate::source::{Chunk, Scope};

/// The longest inline code span read as a mention of a name rather than as code.
const MENTION: usize = 64;

/// A phrase as words; a word ending in `*` matches any word it starts.
#[derive(Debug)]
pub(super) struct Phrase(Vec<(String, bool)>);

/// A rule's list of phrases, and for each byte the phrases whose first word may match a word
/// that starts with it: a sentence is read word by word against dozens of phrases, and most
/// share no first letter with the word.
#[derive(Debug)]
pub(super) struct Phrases {
    list: Vec<Phrase>,
    by_first: Vec<Vec<usize>>,
}

impl Phrases {
    fn new(list: Vec<Phrase>) -> Phrases {
        let mut by_first = vec![Vec::new(); 256];
        for (index, phrase) in list.iter().enumerate() {
            match phrase.0.first().and_then(|(word, _)| word.bytes().next()) {
                Some(first) => by_first[usize::from(first)].push(index),
                // An empty first word (a bare `*`) may match any word.
                None if !phrase.0.is_empty() => by_first.iter_mut().for_each(|b| b.push(index)),
                None => {}
            }
        }
        Phrases { list, by_first }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// A word of a sentence: lowercase text, its bytes in the source, and whether it came from a
/// code span.
#[derive(Debug)]
pub(super) struct Word<'t> {
    /// Borrowed from the source when it is already lowercase, as most prose words are.
    text: Cow<'t, str>,
    pub(super) span: Range<usize>,
    code: bool,
}

/// A sentence's words; the sentences judged together are those of one block.
#[derive(Debug)]
pub(super) struct Sentence<'t> {
    pub(super) words: Vec<Word<'t>>,
}

pub(super) fn phrases(list: &[String]) -> Phrases {
    Phrases::new(list.iter().map(|p| Phrase::new(p)).collect())
}
/// The longest word of each phrase (the longest part between apostrophes, which a sentence may
/// spell `’`): every word of a phrase that matches is in the text, and the longest is the
/// rarest. `None` when one is not plain ASCII.
pub(super) fn longest_words(phrases: &Phrases) -> Option<Vec<String>> {
    let mut words = Vec::new();
    for phrase in &phrases.list {
        let longest = phrase
            .0
            .iter()
            .flat_map(|(word, _)| word.split('\''))
            .max_by_key(|part| part.len());
        let Some(longest) = longest else {
            continue;
        };
        if longest.is_empty() || !longest.is_ascii() {
            return None;
        }
        words.push(longest.to_string());
    }
    Some(words)
}
impl Phrase {
    fn new(text: &str) -> Phrase {
        let mut words = Vec::new();
        words_of(text, &mut words);
        Phrase(
            words
                .into_iter()
                .map(|(range, _)| {
                    let word = lowercase(&text[range]);
                    match word.strip_suffix('*') {
                        Some(stem) => (stem.to_string(), true),
                        None => (word, false),
                    }
                })
                .collect(),
        )
    }

    fn matches_at(&self, sentence: &[Word<'_>], at: usize) -> bool {
        self.0.len() <= sentence.len() - at
            && self
                .0
                .iter()
                .zip(&sentence[at..])
                .all(|((word, prefix), w)| match prefix {
                    true => w.text.starts_with(word.as_str()),
                    false => w.text == *word,
                })
    }
}

/// Where any of `phrases` occurs in the sentence, as word ranges; words from code count only
/// when `code` is true.
pub(super) fn matches(phrases: &Phrases, sentence: &[Word<'_>], code: bool) -> Vec<Range<usize>> {
    let mut hits = Vec::new();
    for at in 0..sentence.len() {
        let Some(&first) = sentence[at].text.as_bytes().first() else {
            continue;
        };
        for &index in &phrases.by_first[usize::from(first)] {
            let phrase = &phrases.list[index];
            let end = at + phrase.0.len();
            if phrase.matches_at(sentence, at)
                && (code || sentence[at..end].iter().all(|w| !w.code))
            {
                hits.push(at..end);
            }
        }
    }
    hits
}

/// The prose and name-like code spans of a file, in source order.
pub(super) fn kept<'c>(text: &str, chunks: &'c [Chunk]) -> Vec<&'c Chunk> {
    chunks
        .iter()
        .filter(|c| match c.scope {
            Scope::Prose => true,
            Scope::InlineCode => mention(&text[c.range.clone()]),
            _ => false,
        })
        .collect()
}

/// The kept chunks cut into blocks, as ranges of indices.
pub(super) fn blocks(text: &str, kept: &[&Chunk]) -> Vec<Range<usize>> {
    let starts = block_starts(text, kept);
    let mut blocks = Vec::new();
    let mut from = 0;
    for (at, &starts_block) in starts.iter().enumerate() {
        if starts_block && at > from {
            blocks.push(from..at);
            from = at;
        }
    }
    if from < kept.len() {
        blocks.push(from..kept.len());
    }
    blocks
}

/// The words a sentence's list is first made for.
const SENTENCE_WORDS: usize = 24;

/// The sentences of one block's chunks.
pub(super) fn sentences<'t>(text: &'t str, block: &[&Chunk]) -> Vec<Sentence<'t>> {
    let mut sentences = vec![Sentence { words: Vec::new() }];
    let mut words = Vec::new();
    for chunk in block {
        let range = chunk.range.clone();
        let code = chunk.scope == Scope::InlineCode;
        words_of(&text[range.clone()], &mut words);
        for (word, ends_sentence) in words.drain(..) {
            let span = range.start + word.start..range.start + word.end;
            if !word.is_empty() {
                let sentence = sentences.last_mut().expect("never empty");
                if sentence.words.capacity() == 0 {
                    // Most sentences fit: one allocation each instead of three or four growths.
                    sentence.words.reserve_exact(SENTENCE_WORDS);
                }
                sentence.words.push(Word {
                    text: lowercase_cow(&text[span.clone()]),
                    span,
                    code,
                });
            }
            if ends_sentence && !code {
                end_sentence(&mut sentences);
            }
        }
    }
    sentences.retain(|s| !s.words.is_empty());
    sentences
}

/// A word as phrases spell it: lowercase, with a typographic apostrophe as `'`.
fn lowercase(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase().replace('’', "'")
    }
}

/// [`lowercase`], borrowing a word that is already as phrases spell it.
fn lowercase_cow(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|c| c.is_ascii() && !c.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(lowercase(word))
    }
}

/// Which chunks start a block. Extractors mark prose chunks only; a code span that opens a
/// paragraph, a list item or a table cell belongs with the prose after it, not with the block
/// before.
fn block_starts(text: &str, kept: &[&Chunk]) -> Vec<bool> {
    let mut starts: Vec<bool> = kept.iter().map(|c| c.block_start).collect();
    for i in 0..kept.len() {
        if kept[i].scope != Scope::InlineCode {
            continue;
        }
        let previous_end = i.checked_sub(1).map_or(0, |p| kept[p].range.end);
        let gap = text
            .get(previous_end.min(kept[i].range.start)..kept[i].range.start)
            .unwrap_or("");
        if gap.contains('|') || gap.matches('\n').count() > 1 {
            starts[i] = true;
        }
        let next = (i + 1..kept.len()).find(|&k| kept[k].scope == Scope::Prose);
        if let Some(k) = next
            && starts[k]
            && !text
                .get(kept[i].range.end..kept[k].range.start)
                .unwrap_or("\n")
                .contains(['\n', '|'])
        {
            starts[i] = true;
            starts[k] = false;
        }
    }
    starts
}

/// Starts a new sentence, unless the last one is still empty.
fn end_sentence(sentences: &mut Vec<Sentence<'_>>) {
    if sentences.last().is_some_and(|last| !last.words.is_empty()) {
        sentences.push(Sentence { words: Vec::new() });
    }
}

/// A code span that names something rather than doing something: one token of a name, a
/// dotted path or a key, short.
fn mention(code: &str) -> bool {
    code.len() <= MENTION
        && !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '$' | '-' | '[' | ']' | '\''))
}

/// The words of `text` as byte ranges, each with whether a sentence ends right after it. A word
/// is a run of letters, digits, `_` and `*`, with inner apostrophes (`don't`). The end of a
/// sentence is `.`, `!` or `?` before white space or the end of the text; it comes out as an
/// empty word when no word precedes it. `out` is cleared first: one buffer serves every chunk.
fn words_of(text: &str, out: &mut Vec<(Range<usize>, bool)>) {
    let is_word = |c: char| c.is_alphanumeric() || c == '_' || c == '*';
    out.clear();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let apostrophe =
            matches!(c, '\'' | '’') && start.is_some() && next.is_some_and(|n| n.is_alphabetic());
        if is_word(c) || apostrophe {
            start.get_or_insert(at);
            continue;
        }
        if let Some(s) = start.take() {
            out.push((s..at, false));
        }
        if matches!(c, '.' | '!' | '?') && next.is_none_or(char::is_whitespace) {
            match out.last_mut() {
                Some(last) if !last.1 && last.0.end == at => last.1 = true,
                _ => out.push((at..at, true)),
            }
        }
    }
    if let Some(s) = start {
        out.push((s..text.len(), false));
    }
}
