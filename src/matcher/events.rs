//! Event names (`user.created`) in inline code and string literals, checked against a catalog.
//! A name that is not in the catalog but normalizes to an entry — snake_case, lowercase or
//! PascalCase resource, plural resource, imperative action, underscore or colon separator, UK
//! spelling, an alias such as `org` — is flagged with that entry as the suggestion. Anything
//! that does not normalize to an entry (method calls, template shortcodes, other event streams)
//! is left alone.

use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use std::sync::Arc;

use crate::diagnostic::Finding;
use crate::fix::Fix;
use crate::glossary::{Applicability, EventCatalog, Severity};
use crate::source::{Chunk, Scope};

#[derive(Debug)]
pub(super) struct Catalog {
    id: Arc<str>,
    category: Arc<str>,
    message: Arc<str>,
    severity: Severity,
    known: FxHashSet<String>,
    /// The longest name of `known`, in bytes: a longer code span (most code blocks) is not
    /// hashed to learn that it is none of them.
    longest_known: usize,
    /// `(resource key, action key)` → the catalog's spelling.
    by_key: FxHashMap<(String, String), String>,
    resources: FxHashSet<String>,
    actions: FxHashSet<String>,
    /// Imperative or other action forms → the catalog's action key: `create` → `created`.
    action_forms: FxHashMap<String, String>,
    aliases: FxHashMap<String, String>,
    snake_case_only_near: Vec<String>,
    /// Lowercased: a file that mentions one is about this catalog.
    product: Vec<String>,
}

impl Catalog {
    pub(super) fn new(data: &EventCatalog) -> Catalog {
        let mut catalog = Catalog {
            id: data.id.as_str().into(),
            category: data.category.as_str().into(),
            message: data.message.as_str().into(),
            severity: data.severity,
            known: data.events.iter().cloned().collect(),
            longest_known: data.events.iter().map(String::len).max().unwrap_or(0),
            by_key: FxHashMap::default(),
            resources: FxHashSet::default(),
            actions: FxHashSet::default(),
            action_forms: FxHashMap::default(),
            aliases: data
                .aliases
                .iter()
                .map(|(alias, resource)| (key(alias), key(resource)))
                .collect(),
            snake_case_only_near: data
                .snake_case_only_near
                .iter()
                .map(|m| m.to_lowercase())
                .collect(),
            product: data
                .product_words
                .iter()
                .map(|m| m.to_ascii_lowercase())
                .collect(),
        };
        for event in &data.events {
            let Some((resource, action)) = event.rsplit_once('.') else {
                continue;
            };
            let (resource, action) = (key(resource), key(action));
            for form in action_forms(&action) {
                catalog.action_forms.insert(form, action.clone());
            }
            catalog.resources.insert(resource.clone());
            catalog.actions.insert(action.clone());
            catalog.by_key.insert((resource, action), event.clone());
        }
        catalog
    }

    /// Findings for the event names among `chunks` of `text`.
    pub(super) fn find(&self, text: &str, chunks: &[Chunk]) -> Vec<Finding> {
        let mut findings = Vec::new();
        // Every name is checked once: the near misses decide both whether the file follows
        // another catalog and what is flagged.
        let mut knows_one = false;
        let mut misses = Vec::new();
        let mut members = Vec::new();
        for chunk in chunks.iter().filter(|c| c.scope != Scope::Prose) {
            let (range, name) = unquote(text, chunk.range.clone());
            let known = self.is_known(name);
            knows_one |= known;
            // Most code spans and literals are no event's shape: one test rules out both uses.
            if !looks_like_event(name) {
                continue;
            }
            if !known && let Some(check) = self.check(name) {
                misses.push((chunk, range, name, check));
            } else if let Some(resource) = self.other_member(name) {
                members.push((range.start, resource));
            }
        }
        if !knows_one && self.another_catalog(text, &misses) {
            return findings;
        }
        let mut mentions_near: Option<bool> = None;
        let mut names_product: Option<bool> = None;
        for (chunk, range, _, check) in misses {
            // `User.Created`, `Organization.Deleted`: every word capitalized is another scheme's
            // spelling (Logto's, Azure's), unless the file is about this catalog's product.
            if check.title_case
                && !*names_product.get_or_insert_with(|| {
                    self.product
                        .iter()
                        .any(|product| contains_word_ci(text, product))
                })
            {
                continue;
            }
            // `user.update(...)`: a method called right after the code span or literal.
            if text[chunk.range.end..]
                .trim_start_matches('`')
                .starts_with('(')
            {
                continue;
            }
            if check.needs_evidence
                && (!used_as_event(text, chunk) || beside_other_members(text, &range, &members))
            {
                continue;
            }
            if check.snake && !self.snake_case_only_near.is_empty() {
                // Once per file: lowering the file for every mention made a long file quadratic.
                let near = *mentions_near.get_or_insert_with(|| {
                    let lower = text.to_lowercase();
                    self.snake_case_only_near.iter().any(|m| lower.contains(m))
                });
                if !near {
                    continue;
                }
            }
            let suggestions = vec![check.suggestion];
            // Renaming an event in code changes behaviour: never unattended.
            let applicability = Applicability::Unsafe;
            findings.push(Finding {
                rule: self.id.clone(),
                category: self.category.clone(),
                severity: self.severity,
                message: self.message.clone(),
                fix: Fix::for_match(text, range.clone(), &suggestions, applicability),
                span: range,
                suggestions,
            });
        }
        findings
    }

    /// Whether a file that names none of the catalog's events names another service's: at least
    /// three different near misses spelt alike (all imperative, like `user.update`,
    /// `email.create`, `user.delete`) and no mention of the catalog's product. A writer who means
    /// this catalog slips on one name among right ones; a file that spells a whole set one other
    /// way follows another catalog, and renaming its events would break that service's clients.
    fn another_catalog(&self, text: &str, misses: &[(&Chunk, Range<usize>, &str, Check)]) -> bool {
        let names: FxHashSet<&str> = misses.iter().map(|m| m.2).collect();
        let shapes: FxHashSet<(bool, bool)> =
            misses.iter().map(|m| (m.3.imperative, m.3.snake)).collect();
        names.len() >= 3
            && shapes.len() == 1
            && !self
                .product
                .iter()
                .any(|product| contains_word_ci(text, product))
    }

    /// The resource of `name` when it is a catalog resource's member that is no event's action:
    /// `user.findOne`, `user.destroy`, `organization.getMembers`. `name` has an event's shape
    /// ([`looks_like_event`]).
    fn other_member<'t>(&self, name: &'t str) -> Option<&'t str> {
        let (resource, member) = name.rsplit_once('.')?;
        (self.resource_key(resource).is_some() && self.action_key(member).is_none())
            .then_some(resource)
    }

    fn is_known(&self, name: &str) -> bool {
        name.len() <= self.longest_known && self.known.contains(name)
    }

    /// The catalog entry `name` is a misspelling of, if any. `name` is no catalog entry and has
    /// an event's shape ([`looks_like_event`]).
    fn check(&self, name: &str) -> Option<Check> {
        let colons = name.matches(':').count();
        // `org:sys_memberships:manage`, `org:admin.read`: permission keys, not events.
        if colons > 1 || colons == 1 && name.contains('.') {
            return None;
        }
        let (resource, action, underscored) = match name.rfind(['.', ':']) {
            Some(at) => (&name[..at], &name[at + 1..], false),
            None => {
                // `user_created`: the action is the longest known suffix after an underscore.
                let at = name
                    .match_indices('_')
                    .map(|(i, _)| i)
                    .find(|&i| self.action_key(&name[i + 1..]).is_some())?;
                (&name[..at], &name[at + 1..], true)
            }
        };
        let resource_key = self.resource_key(resource)?;
        let action_key = self.action_key(action)?;
        // An action that is not the catalog's past participle (`create`, `updates`) is how
        // methods are named: `user.update`, `Organization.create`.
        let imperative = !self
            .actions
            .contains(&us_spelling(key(action), "cancelled", "canceled"));
        if imperative && resource.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        // `org:create` is a permission key's shape: with a colon, only a past participle
        // (`user:created`) can be a misspelt event.
        if imperative && colons == 1 {
            return None;
        }
        let entry = self.by_key.get(&(resource_key, action_key))?;
        let snake = underscored || resource.contains('_');
        Some(Check {
            suggestion: entry.clone(),
            snake,
            imperative,
            title_case: action.starts_with(|c: char| c.is_ascii_uppercase())
                && resource.starts_with(|c: char| c.is_ascii_uppercase()),
            // A past participle on a catalog resource (`users.created`, `User.created`,
            // `subscriptionItem.cancelled`) names something that happened: only events are
            // named so, so it needs no more evidence. Every other near miss is also a method,
            // a permission or a log field, and is flagged only where it is used as an event.
            needs_evidence: imperative || colons == 1 || snake,
        })
    }

    fn resource_key(&self, resource: &str) -> Option<String> {
        let mut k = us_spelling(key(resource), "organisation", "organization");
        if let Some(alias) = self.aliases.get(&k) {
            k = alias.clone();
        }
        if self.resources.contains(&k) {
            return Some(k);
        }
        let singular = k.strip_suffix('s')?;
        self.resources
            .contains(singular)
            .then(|| singular.to_string())
    }

    fn action_key(&self, action: &str) -> Option<String> {
        let k = us_spelling(key(action), "cancelled", "canceled");
        if self.actions.contains(&k) {
            return Some(k);
        }
        self.action_forms.get(&k).cloned()
    }
}

/// What `check` found: the entry to suggest, whether the name is snake_case, and whether its
/// shape is also a method's or a permission's, so that it needs its sentence to be about events.
struct Check {
    suggestion: String,
    snake: bool,
    imperative: bool,
    /// Every word capitalized: `User.Created`.
    title_case: bool,
    needs_evidence: bool,
}

/// How many lines around a near miss its resource's other members count: a table's rows or a
/// list's lines name the members of one API together.
const MEMBER_LINES: usize = 3;

/// Whether a near miss that needs evidence (`user.update`) stands within a few lines of its
/// resource's members that no catalog names (`user.find`, `user.findOne`, `user.destroy`): a
/// table or a list of an API's methods or route handlers, where `update` is one more method.
fn beside_other_members(text: &str, miss: &Range<usize>, members: &[(usize, &str)]) -> bool {
    let name = &text[miss.clone()];
    let Some((resource, _)) = name.rsplit_once('.') else {
        return false;
    };
    let mut from = miss.start;
    for _ in 0..=MEMBER_LINES {
        from = text[..from].rfind('\n').unwrap_or(0);
    }
    let mut to = miss.end;
    for _ in 0..=MEMBER_LINES {
        to = text[to..].find('\n').map_or(text.len(), |p| to + p + 1);
    }
    members
        .iter()
        .any(|&(at, other)| other == resource && (from..to).contains(&at))
}

/// Words that show a name is used as an event: a webhook handler's `type` or `case`, an `on(`
/// listener, a payload.
const EVENT_WORDS: [&str; 14] = [
    "event",
    "webhook",
    "type",
    "case",
    "on(",
    "listen",
    "subscribe",
    "payload",
    "handler",
    "trigger",
    "fired",
    "fires",
    "emit",
    "receive",
];

/// Whether the sentence around an inline code span, or the line around a string literal (and
/// the line before it, where a `case` or an `if (evt.type` sits), uses the name as an event.
fn used_as_event(text: &str, chunk: &Chunk) -> bool {
    let range = match chunk.scope {
        Scope::String => {
            let start = text[..chunk.range.start]
                .rfind('\n')
                .map_or(0, |p| text[..p].rfind('\n').map_or(0, |q| q + 1));
            let end = text[chunk.range.end..]
                .find('\n')
                .map_or(text.len(), |p| chunk.range.end + p);
            start..end
        }
        _ => super::context::sentence_around(text, chunk.range.clone()),
    };
    let sentence = text[range].to_lowercase();
    EVENT_WORDS.iter().any(|word| {
        sentence.match_indices(word).any(|(at, _)| {
            !sentence[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && (*word != "type" || type_field(&sentence, at))
        })
    })
}

/// Whether the `type` at `at` is a payload's field (`evt.type`, `type: "user.created"`, the
/// `type` is …), not another kind of type: "Response type for `sessions.revoke`" names a method's
/// result, "TypeScript" a language.
fn type_field(sentence: &str, at: usize) -> bool {
    let after = sentence[at + "type".len()..].trim_start_matches(' ');
    matches!(
        sentence[..at].chars().next_back(),
        Some('.' | '`' | '"' | '\'')
    ) || after.starts_with([':', '=', '!', '`', '"', '\'', ')'])
        || after.starts_with("is ")
        || after.starts_with("equals")
}

/// Whether `text` holds `word` (lowercase) as a whole word, in any ASCII case. Called once per
/// file, and only for a file that spells several event names another way.
fn contains_word_ci(text: &str, word: &str) -> bool {
    super::context::has_word(text.to_ascii_lowercase().as_bytes(), word)
}

/// Lowercase without separators: `organization_membership` and `organizationMembership` meet.
fn key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    key.extend(
        text.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase),
    );
    key
}

/// `key` with `from` written `to`, the catalog's US spelling; copied only when it holds `from`.
fn us_spelling(key: String, from: &str, to: &str) -> String {
    if key.contains(from) {
        key.replace(from, to)
    } else {
        key
    }
}

/// Other spellings of a past-participle action: `created` → `create`, `creates`; `ended` →
/// `end`, `ends`. The stems that are not words (`creat`) are harmless: nobody writes them.
fn action_forms(action: &str) -> Vec<String> {
    let Some(stem) = action.strip_suffix("ed") else {
        return Vec::new();
    };
    vec![
        [stem, "e"].concat(),
        [stem, "es"].concat(),
        stem.to_string(),
        [stem, "s"].concat(),
    ]
}

/// A bare `resource.action` token: letters, digits, `_`, one or more `.` or a `:`, nothing else.
fn looks_like_event(name: &str) -> bool {
    name.len() <= 64
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.ends_with(|c: char| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':'))
        && name.contains(['.', ':', '_'])
        && !name.contains("..")
        && !name.contains("::")
}

/// The chunk without one pair of surrounding quotes (inline code may quote a string literal).
fn unquote(text: &str, range: Range<usize>) -> (Range<usize>, &str) {
    let raw = &text[range.clone()];
    for quote in ['\'', '"', '`'] {
        if raw.len() >= 2 && raw.starts_with(quote) && raw.ends_with(quote) {
            return (range.start + 1..range.end - 1, &raw[1..raw.len() - 1]);
        }
    }
    (range, raw)
}
