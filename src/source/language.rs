//! Whether a page is written in English at all. The glossary is English house style: on a page in
//! Spanish, French, German, Portuguese or Italian its advice is wrong ("Autenticación
//! Multifactor" is correct Spanish), so such a page gets no findings. The test counts function
//! words, which every paragraph of a language has and no other language shares.

use super::{Chunk, Scope};

/// Prose words read at most: a page's language shows in its first paragraphs.
const SAMPLE: usize = 100;

/// Prose words a page needs before its language is judged: a short page is read as usual.
const LEAST: usize = 40;

/// True when the prose of a page (its first [`SAMPLE`] words) holds at least [`LEAST`] words and
/// more than twice as many function words of another language as of English.
pub fn another_language(text: &str, chunks: &[Chunk]) -> bool {
    let (mut words, mut english, mut others) = (0, 0, 0);
    let prose = chunks.iter().filter(|c| c.scope == Scope::Prose);
    for chunk in prose {
        // Words are runs of ASCII letters and of any non-ASCII bytes (`für`, `não`), so a page is
        // read byte by byte, without decoding it.
        let bytes = text[chunk.range.clone()].as_bytes();
        let is_letter = |b: &u8| b.is_ascii_alphabetic() || !b.is_ascii();
        for word in bytes.split(|b| !is_letter(b)).filter(|w| !w.is_empty()) {
            words += 1;
            match function_word(word) {
                Some(Language::English) => english += 1,
                Some(Language::Other) => others += 1,
                None => {}
            }
            // Decided once the rest of the sample could not change the answer.
            if words == SAMPLE || 2 * english >= others + (SAMPLE - words) {
                return words >= LEAST && others > 2 * english;
            }
        }
    }
    words >= LEAST && others > 2 * english
}

enum Language {
    English,
    Other,
}

/// The language whose function word `word` is, its ASCII letters in any case: English's that
/// other languages do not share, and Spanish, French, German, Portuguese and Italian ones that
/// English text does not have (not "do", "per" or "os", nor a letter such as "y").
fn function_word(word: &[u8]) -> Option<Language> {
    let mut buf = [0u8; 5];
    let lower = buf.get_mut(..word.len())?;
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    match &*lower {
        b"the" | b"and" | b"of" | b"to" | b"is" | b"for" | b"with" | b"that" | b"you" | b"this"
        | b"are" | b"it" | b"be" | b"or" | b"as" | b"your" | b"can" | b"by" => {
            Some(Language::English)
        }
        b"el" | b"los" | b"las" | b"del" | b"por" | b"para" | b"con" | b"una" | b"que" | b"le"
        | b"les" | b"des" | b"et" | b"est" | b"du" | b"pour" | b"dans" | b"qui" | b"avec"
        | b"der" | b"das" | b"und" | b"ist" | b"nicht" | b"mit" | b"ein" | b"eine" | b"auf"
        | b"da" | b"em" | b"il" | b"di" | b"della" => Some(Language::Other),
        w if w == "für".as_bytes() || w == "não".as_bytes() => Some(Language::Other),
        _ => None,
    }
}
