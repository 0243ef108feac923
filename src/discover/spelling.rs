//! British spellings and their American forms, by the regular patterns (-ise/-ize, -our/-or,
//! -ll-/-l-, -tre/-ter, -yse/-yze, -ogue/-og, -ence/-ense). A family is only proposed when both
//! forms occur in the docs, so a pattern that would invent a word (`promise` → `promize`) finds
//! nothing; the exclusions below are words where both forms exist and mean different things.

/// Words the patterns would pair with a different word: `four`/`for`, `your`/`yor`…, and
/// British-looking words that are the same in American English.
const NOT_BRITISH: &[&str] = &[
    "four",
    "your",
    "hour",
    "hours",
    "tour",
    "tours",
    "pour",
    "sour",
    "flour",
    "detour",
    "contour",
    "devour",
    "scour",
    "armour",
    "glamour", // glamour is US usage too
    "filled",
    "filling",
    "rolled",
    "polled",
    "killed",
    "billed",
    "willed",
    "dwelled",
    "metre", // the unit and the device (`meter`) differ in use
    "licence",
    "practice",
    "practise", // noun/verb pairs, not spelling variants in US docs
    "wise",
    "rise",
    "arise",
    "precise",
    "concise",
    "exercise",
    "advertise",
    "promise",
    "premise",
    "surprise",
    "enterprise",
    "expertise",
    "compromise",
    "franchise",
    "merchandise",
    "otherwise",
    "likewise",
    "noise",
    "poise",
    "raise",
    "praise",
    "cruise",
    "bruise",
    "revise",
    "supervise",
    "televise",
    "improvise",
    "devise",
    "despise",
    "disguise",
    "chastise",
    "excise",
    "incise",
    "comprise",
    "demise",
    "guise",
    "treatise",
    "paradise",
    "reprise",
];

/// The American spelling of a lowercase word that looks British, if a pattern applies.
pub fn american(word: &str) -> Option<String> {
    if word.len() < 5 || NOT_BRITISH.contains(&word) {
        return None;
    }
    // -isation, -ised, -ising, -ises, -ise, -iser(s) → z; the stem before "is" needs three
    // letters (`wise`, `rise` are words of their own).
    for suffix in [
        "isations", "isation", "ised", "ising", "ises", "ise", "isers", "iser",
    ] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.len() >= 3
        {
            return Some(format!("{stem}{}", suffix.replacen('s', "z", 1)));
        }
    }
    for suffix in ["ysed", "ysing", "yses", "yse", "yser"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.len() >= 3
        {
            return Some(format!("{stem}{}", suffix.replacen('s', "z", 1)));
        }
    }
    // colour, behaviours, favourite, honourable: -our- followed by an ending or nothing.
    for ending in ["", "s", "ed", "ing", "ite", "ites", "able", "ful", "less"] {
        if let Some(stem) = word
            .strip_suffix(ending)
            .and_then(|w| w.strip_suffix("our"))
            && stem.len() >= 3
        {
            return Some(format!("{stem}or{ending}"));
        }
    }
    // cancelled, labelling, modeller, signalled, totalling: a doubled l after an unstressed
    // vowel before -ed, -ing, -er.
    for ending in ["ed", "ing", "er", "ers"] {
        for doubled in ["ell", "all"] {
            if let Some(stem) = word
                .strip_suffix(ending)
                .and_then(|w| w.strip_suffix(doubled))
                && stem.len() >= 2
                // After "a" only where the syllable is unstressed (signalled, totalled,
                // equalled, dialled); `installed`, `recalled` keep their double l.
                && (doubled == "ell" || ["gn", "ot", "qu", "i"].iter().any(|e| stem.ends_with(e)))
            {
                return Some(format!("{stem}{}{ending}", &doubled[..2]));
            }
        }
    }
    for (british, us) in [
        ("tres", "ters"),
        ("tre", "ter"),
        ("ogues", "ogs"),
        ("ogue", "og"),
    ] {
        if let Some(stem) = word.strip_suffix(british)
            && stem.len() >= 3
        {
            return Some(format!("{stem}{us}"));
        }
    }
    for (british, us) in [("ences", "enses"), ("ence", "ense")] {
        if let Some(stem) = word.strip_suffix(british)
            && ["def", "off", "pret"].contains(&stem)
        {
            return Some(format!("{stem}{us}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::american;

    #[test]
    fn patterns_and_their_exceptions() {
        let cases = [
            ("customise", Some("customize")),
            ("customising", Some("customizing")),
            ("organisations", Some("organizations")),
            ("analyse", Some("analyze")),
            ("colour", Some("color")),
            ("behaviours", Some("behaviors")),
            ("favourite", Some("favorite")),
            ("cancelled", Some("canceled")),
            ("labelling", Some("labeling")),
            ("signalled", Some("signaled")),
            ("centre", Some("center")),
            ("catalogue", Some("catalog")),
            ("defence", Some("defense")),
            // Words, not British spellings.
            ("four", None),
            ("your", None),
            ("filled", None),
            ("promise", None),
            ("otherwise", None),
            ("called", None),
            ("installed", None),
            ("dessert", None),
            ("customize", None),
            ("licence", None),
        ];
        for (word, expected) in cases {
            assert_eq!(american(word).as_deref(), expected, "{word}");
        }
    }
}
