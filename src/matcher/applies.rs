//! Whether a match is prose its term is about: not a name or a value (a joined token, a quoted
//! word, a lone cell or heading, a proper name), and the term's context conditions hold.

use super::context::Condition;
use super::{
    LETTER_CATEGORIES, Matcher, PRODUCT_NAMES, RENAMED_CONCEPTS, capitals, commands, context,
    echoes, file_names, labels, links, mentions, names, nearby, packages, phrasal, values,
};
use crate::glossary::CasePolicy;

impl Matcher {
    /// Whether the term's match at `site` is prose the term is about: not a name or a value
    /// (a joined token, a quoted word, a lone cell or heading, a proper name), and its context
    /// conditions hold.
    pub(super) fn term_applies(
        &self,
        site: &context::Site<'_>,
        index: usize,
        term_index: usize,
    ) -> bool {
        let term = &self.glossary.terms[term_index];
        let pattern = &self.patterns[index];
        let (buf, s, e) = (site.prose.buf.as_str(), site.start, site.end);
        let matched = &buf[s..e];
        let case_only = self.case_only[index];
        if (case_only || term.category == PRODUCT_NAMES) && names::joined(buf, s, e) {
            return false;
        }
        if term.feature_name && site.about_another_product(&self.glossary.products) {
            return false;
        }
        if site.code
            && (nearby::names_code_below(site.prose, site.source, s, e)
                || site.language.is_some_and(|language| {
                    let not_code = site
                        .not_code
                        .get_or_init(|| crate::source::comments::not_code(language, site.source));
                    nearby::names_nearby_code(
                        site.prose,
                        site.source,
                        not_code,
                        s,
                        e,
                        !case_only && !LETTER_CATEGORIES.contains(&term.category.as_str()),
                    ) || (case_only && file_names::lowercase_word(matched)
                        || !case_only
                            && !language.is_markup()
                            && file_names::capitalized_word(matched))
                        && site
                            .file_names
                            .get_or_init(|| file_names::names(site.source, not_code))
                            .contains(matched)
                }))
        {
            return false;
        }
        if mentions::abbreviates_the_words_before(buf, s, e) {
            return false;
        }
        // A form that starts with the infinitive `to` ("to sign-in with") is another phrase where
        // `to` is a preposition ("from sign-up to sign-in with").
        if matched
            .get(..3)
            .is_some_and(|to| to.eq_ignore_ascii_case("to "))
            && context::to_is_preposition(&buf[..s])
        {
            return false;
        }
        if mentions::quoted_single_token(buf, s, e)
            || names::in_longer_compound(buf, s, e)
            || names::slug_before_a_place(buf, s, e)
            || names::called_as_a_function(buf, s, e)
            || names::passed_to_a_function(buf, s, e)
            || packages::installed_by_a_command(buf, s, e)
            || mentions::mentioned_beside(
                buf,
                s,
                e,
                &pattern.suggestions,
                case_only || term.case != CasePolicy::Insensitive,
            )
            || case_only && names::names_code(buf, s, e)
            || (case_only || term.category == PRODUCT_NAMES)
                && (values::in_value_list(buf, s, e) || names::is_key(buf, e))
            || values::in_code_value_list(buf, s, e)
            || phrasal::noun_then_in(buf, s, e)
            // A page's title is its owner's wording; its capitals are still checked.
            || links::labels_its_own_page(site.prose, site.source, s, e)
            || !case_only && links::names_its_link(site.prose, site.source, s, e)
            || !case_only && links::names_its_page(site.prose, site.source, s, e)
            || !case_only
                && term.category != PRODUCT_NAMES
                && capitals::names_a_product_part(buf, s, e)
            || !case_only && capitals::shouted(buf, s, e)
            || !case_only && capitals::tail_of_a_named_compound(buf, s, e)
            || case_only && capitals::enum_value(buf, s, e)
            || case_only && capitals::in_capitals_text(buf, s, e)
            || !case_only && links::in_linked_issue_title(site.prose, site.source, s, e)
            || !case_only && labels::in_quoted_label(buf, s, e)
            || !case_only && labels::in_bold_label(site.prose, s, e)
            || !case_only && labels::pressed_label(buf, s, e)
            || case_only && names::standalone(site.prose, site.source, s, e)
            || names::standalone_value(site.prose, site.source, s, e)
            || names::commit_scope(site.prose, site.source, s, e)
            || values::lone_list_value(site.source, site.prose.source_span(s..e))
            || values::quoted_as_code_in_its_table(site.source, site.prose.source_span(s..e))
            || mentions::heading_quotes_code_below(site.prose, site.source, s, e)
            || mentions::heading_names_the_signature_below(site.prose, site.source, s, e)
            || links::names_its_anchor(site.prose, site.source, s, e)
            || links::spells_its_target_file(site.prose, site.source, s, e)
            // In a title or an API's name every word is capitalized: a rule that only lowers a
            // capital ("JWT Template" → "JWT template") has nothing to say there.
            || case_only
                && only_lowers(matched, &pattern.suggestions)
                && capitals::in_title_case(buf, s, e)
            // A case rule is about exactly this capitalization; a spelling or word choice rule
            // is not about the spelling a name's owner chose.
            || !case_only
                && term.case == CasePolicy::Insensitive
                && !site.prose.style_at(s).heading
                && (capitals::in_proper_name(buf, s, e)
                    // Inside a sentence, "Log in with PayPal" is that product's label; at its
                    // start, when a verb follows ("Login with Amazon is …").
                    || !context::at_sentence_start(&buf[..s]) && capitals::with_a_brand(buf, s, e)
                    || capitals::brand_label_as_subject(buf, s, e)
                    // Inside a sentence, a run of capitalized words names a thing: "the Sign Up
                    // Code View".
                    || !context::at_sentence_start(&buf[..s])
                        && capitals::in_longer_title(buf, s, e))
            // Last of these: its first use reads the whole file, for the few capitalized matches
            // left.
            || case_only
                && capitals::spells_a_joined_name(buf, s, e, || {
                    site.snake_names
                        .get_or_init(|| capitals::snake_case_names(site.prose, site.source))
                })
        {
            return false;
        }
        self.conditions[term_index]
            .get_or_init(|| Condition::compile(term))
            .iter()
            .all(|c| c.holds(site))
            // It searches the whole page: only for the few matches that get this far. A source
            // file's comments that spell its code are the echoes' business.
            && (site.code
                || !commands::writes_out_code(site.prose, site.source, site.code_spots, s, e))
            // Last: its first use reads the whole file's names, and few matches get this far.
            // Only a choice of words is the name's: a spelling, a hyphen or a capital is the
            // prose's own, and a renamed concept's old word lives on in names by design
            // (`needs_client_trust`).
            && (case_only
                || LETTER_CATEGORIES.contains(&term.category.as_str())
                || term.category == RENAMED_CONCEPTS
                || same_words(matched, &pattern.suggestions)
                || !echoes::spells_out_a_name(
                    buf,
                    site.name_words
                        .get_or_init(|| echoes::NameWords::of(site.source)),
                    s,
                    e,
                ))
    }
}

/// Whether every suggestion (collapsed) differs from `matched` only by lowering capitals.
fn only_lowers(matched: &str, suggestions: &[String]) -> bool {
    suggestions.iter().all(|suggestion| {
        suggestion.len() == matched.len()
            && matched
                .chars()
                .zip(suggestion.chars())
                .all(|(m, s)| m == s || m.is_uppercase() && s.is_lowercase())
    })
}

/// Whether some suggestion has the letters and digits of `matched`, in order, ignoring case: a
/// rule about the form of the words (`sign in` → `sign-in`), not a choice of other words.
fn same_words(matched: &str, suggestions: &[String]) -> bool {
    let letters = |text: &str| {
        text.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect::<String>()
    };
    let matched = letters(matched);
    suggestions.iter().any(|s| letters(s) == matched)
}
