//! The agency registry: known bodies, their spellings, and how an unknown
//! mention still gets a stable id, a display name and a level.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::grammar::{clean_span, starts_with_phrase};
use crate::lexicon;
use crate::normalize::{
    display_expansion, loose_key, loose_key_of_pieces, loose_key_of_tokens, match_phrase_words,
    slug, token_pieces, tokenize, Tok,
};
use crate::{Level, Resolved};

const EMBEDDED_TOML: &str = include_str!("../data/agencies.toml");

/// One known agency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgencyEntry {
    pub id: String,
    pub name: String,
    pub level: Option<Level>,
    pub aliases: Vec<String>,
}

/// Known agencies, looked up by normalised key. Plain data: see
/// `data/agencies.toml` for the format.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    entries: Vec<AgencyEntry>,
    /// Loose key → index into `entries`.
    index: HashMap<String, usize>,
    /// Most words in any key, to bound longest-match searches.
    max_words: usize,
    /// Every word prefix of every key, so that a longest-match search stops
    /// as soon as no known name can start with what it has read.
    prefixes: HashSet<String>,
    /// Names this registry's contents, for the per-thread memo of
    /// [`Registry::resolve`]: a fresh number whenever an entry is added.
    generation: u64,
}

/// A number no registry contents had before.
fn next_generation() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// A per-thread memo of answers that depend only on a registry's contents and
/// one string: a plan names the same few dozen agencies, and hands tasks to the
/// same few doers, again and again. Keyed by (registry generation, string);
/// emptied when full, so it stays small whatever the input.
type Memo<V> = RefCell<HashMap<(u64, String), V>>;

/// Most entries a memo holds before it is emptied.
const MEMO_ENTRIES: usize = 4096;

thread_local! {
    /// [`Registry::resolve`] by mention.
    static RESOLVED: Memo<Resolved> = RefCell::new(HashMap::new());
    /// [`crate::heading_agencies`] by heading.
    static HEADINGS: Memo<Option<Vec<String>>> = RefCell::new(HashMap::new());
}

/// `compute()`, remembered in `memo` under this registry's contents and `text`.
fn memoized<V: Clone>(
    memo: &'static std::thread::LocalKey<Memo<V>>,
    registry: &Registry,
    text: &str,
    compute: impl FnOnce() -> V,
) -> V {
    let key = (registry.generation, text.to_string());
    // A memo already borrowed (a computation that asks again) is skipped.
    if let Some(known) = memo.with(|m| m.try_borrow().ok()?.get(&key).cloned()) {
        return known;
    }
    let value = compute();
    memo.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            if m.len() >= MEMO_ENTRIES {
                m.clear();
            }
            m.insert(key, value.clone());
        }
    });
    value
}

/// [`crate::heading_agencies`] remembered per thread (see [`Memo`]).
pub(crate) fn memoized_heading(
    registry: &Registry,
    heading: &str,
    compute: impl FnOnce() -> Option<Vec<String>>,
) -> Option<Vec<String>> {
    memoized(&HEADINGS, registry, heading, compute)
}

#[derive(Debug, thiserror::Error)]
#[error("agency registry: {0}")]
pub struct RegistryError(pub String);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    #[serde(default)]
    agency: Vec<EntrySpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntrySpec {
    id: Option<String>,
    name: String,
    level: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

fn parse_level(text: &str) -> Option<Level> {
    match text.trim().to_ascii_lowercase().as_str() {
        "central" => Some(Level::Central),
        "province" => Some(Level::Province),
        "district" => Some(Level::District),
        "commune" => Some(Level::Commune),
        "group" => Some(Level::Group),
        _ => None,
    }
}

pub(crate) fn embedded_ref() -> &'static Registry {
    static EMBEDDED: OnceLock<Registry> = OnceLock::new();
    // The embedded file is checked by a unit test; should it ever be broken,
    // an empty registry still lets every function work (generically).
    EMBEDDED.get_or_init(|| Registry::from_toml(EMBEDDED_TOML).unwrap_or_default())
}

impl Registry {
    /// The registry shipped with kehoach (`data/agencies.toml`).
    pub fn embedded() -> Registry {
        embedded_ref().clone()
    }

    /// Parse a registry file in the same format as the embedded one.
    pub fn from_toml(text: &str) -> Result<Registry, RegistryError> {
        let spec: FileSpec = toml::from_str(text).map_err(|e| RegistryError(e.to_string()))?;
        let mut reg = Registry::default();
        for (n, e) in spec.agency.into_iter().enumerate() {
            let name: String = e.name.trim().nfc().collect();
            if name.is_empty() {
                return Err(RegistryError(format!("agency #{}: empty name", n + 1)));
            }
            let level = match e.level.as_deref() {
                None => None,
                Some(l) => Some(parse_level(l).ok_or_else(|| {
                    RegistryError(format!("agency {name:?}: unknown level {l:?}"))
                })?),
            };
            let id = match e.id {
                Some(id) if !id.trim().is_empty() => id.trim().to_string(),
                _ => slug(&name),
            };
            let aliases = e.aliases.iter().map(|a| a.trim().nfc().collect()).collect();
            reg.insert(AgencyEntry {
                id,
                name,
                level,
                aliases,
            });
        }
        Ok(reg)
    }

    /// Add the entries of `other` (they win on conflicts: an entry with the
    /// same id replaces ours, and their spellings point to their entries).
    pub fn extend(&mut self, other: Registry) {
        for e in other.entries {
            self.insert(e);
        }
    }

    /// The known entries, in file order.
    pub fn entries(&self) -> &[AgencyEntry] {
        &self.entries
    }

    fn insert(&mut self, entry: AgencyEntry) {
        self.generation = next_generation();
        let idx = match self.entries.iter().position(|e| e.id == entry.id) {
            Some(i) => {
                self.entries[i] = entry;
                i
            }
            None => {
                self.entries.push(entry);
                self.entries.len() - 1
            }
        };
        let e = &self.entries[idx];
        let mut keys: Vec<String> = Vec::new();
        for spelling in std::iter::once(&e.name).chain(e.aliases.iter()) {
            let key = loose_key(spelling);
            if key.is_empty() {
                continue;
            }
            // A province's departments are written with or without "tỉnh".
            if e.level == Some(Level::Province) && !key.ends_with(" tỉnh") {
                keys.push(format!("{key} tỉnh"));
            }
            keys.push(key);
        }
        for key in keys {
            self.max_words = self.max_words.max(key.split(' ').count());
            let mut prefix = String::new();
            for word in key.split(' ') {
                if !prefix.is_empty() {
                    prefix.push(' ');
                }
                prefix.push_str(word);
                self.prefixes.insert(prefix.clone());
            }
            self.index.insert(key, idx);
        }
    }

    fn lookup(&self, key: &str) -> Option<&AgencyEntry> {
        self.index.get(key).and_then(|&i| self.entries.get(i))
    }

    /// Resolve one mention; unknown agencies still get a stable id.
    pub fn resolve(&self, mention: &str) -> Resolved {
        memoized(&RESOLVED, self, mention, || self.resolve_uncached(mention))
    }

    fn resolve_uncached(&self, mention: &str) -> Resolved {
        let nfc = crate::normalize::nfc(mention);
        let toks = tokenize(&nfc);
        let toks = trim_tokens(&toks);
        if let Some(e) = self.lookup(&loose_key_of_tokens(toks)) {
            return resolved(e);
        }
        if let Some(e) = self.without_place_name(toks) {
            return resolved(e);
        }
        let key = loose_key_of_tokens(toks);
        let id = match slug(&key) {
            id if id.is_empty() => "unknown".to_string(),
            id => id,
        };
        Resolved {
            id,
            name: display_name(&nfc, toks),
            level: infer_level(toks),
        }
    }

    /// "Công an tỉnh Gia Lai", "Đài Phát thanh và Truyền hình Hậu Giang":
    /// a known name followed by a place name (capitalised words).
    fn without_place_name(&self, toks: &[Tok<'_>]) -> Option<&AgencyEntry> {
        let n = toks.len();
        for k in 1..=3.min(n.saturating_sub(1)) {
            let tail = &toks[n - k..];
            if !tail.iter().all(|t| t.is_capitalised() && !t.is_all_caps()) {
                break;
            }
            let head = &toks[..n - k];
            let key = loose_key_of_tokens(head);
            // "Viettel Hậu Giang" is the provincial branch, not the group:
            // the provincial entry wins when there is one.
            if let Some(e) = self.lookup(&format!("{key} tỉnh")) {
                if e.level == Some(Level::Province) {
                    return Some(e);
                }
            }
            // A named district or commune ("UBND huyện Sơn Hà") is one body,
            // not the whole level: only province-wide and central names
            // absorb a place ("Công an tỉnh Gia Lai").
            if let Some(e) = self.lookup(&key) {
                if matches!(e.level, Some(Level::Province) | Some(Level::Central)) {
                    return Some(e);
                }
            }
        }
        None
    }

    /// Longest known (non-group) name starting at token `start`, as the end
    /// token index (exclusive). Groups are left to the grammar: their extent
    /// depends on the list around them.
    pub(crate) fn longest_match(&self, toks: &[Tok<'_>], start: usize) -> Option<usize> {
        let first = toks.get(start)?;
        // Keys drop a leading "các/với/cùng"; a match must not, or "với Công
        // an tỉnh" would start an agency at "với".
        if !first.is_word()
            || lexicon::PLURAL_MARKERS.contains(&first.folded())
            || lexicon::KEY_DROP_LEADING.contains(&first.folded())
        {
            return None;
        }
        let limit = self.max_words + 2;
        let mut words = 0;
        let mut best = None;
        // Key pieces of toks[start..end - 1], grown by one token per step: a
        // token's pieces depend only on the token after it, so only the last
        // token's are computed apart (with nothing after it).
        let mut pieces: Vec<&str> = Vec::new();
        for end in start + 1..=toks.len() {
            let t = &toks[end - 1];
            if end - 1 > start {
                token_pieces(&toks[end - 2], Some(t), &mut pieces);
            }
            if t.is_punct(';') || t.is_punct('.') || t.is_punct(':') {
                break;
            }
            if !t.is_word() {
                continue;
            }
            words += 1;
            // A name never ends on a linking word ("... thành phố và").
            if lexicon::LEADING_LINKS.contains(&t.folded()) {
                continue;
            }
            if words > limit {
                break;
            }
            // Keys collapse a doubled last word; across a separator that
            // would glue "... Phụ nữ tỉnh, Tỉnh" into one name.
            let doubled = toks[start..end - 1]
                .iter()
                .rev()
                .find(|p| p.is_word())
                .is_some_and(|p| p.fold == t.fold);
            if doubled {
                continue;
            }
            let stable = pieces.len();
            token_pieces(t, None, &mut pieces);
            let key = loose_key_of_pieces(&pieces);
            pieces.truncate(stable);
            if let Some(e) = self.lookup(&key) {
                if e.level != Some(Level::Group) {
                    best = Some(end);
                }
            }
            // Keys rewrite "các <units>" and "có liên quan", so a span ending
            // inside those may still grow into a key it is not a prefix of.
            let may_be_rewritten = lexicon::PLURAL_MARKERS.contains(&t.folded())
                || t.fold == lexicon::CONJUNCTION
                || t.fold == "có"
                || is_unit_word(&t.fold);
            if !may_be_rewritten && !self.prefixes.contains(&key) {
                break;
            }
        }
        best
    }
}

/// A word of an administrative unit name ("huyện", "thị", "xã", "phố" ...).
fn is_unit_word(fold: &str) -> bool {
    lexicon::DISTRICT_UNITS
        .iter()
        .chain(lexicon::COMMUNE_UNITS)
        .any(|u| u.split(' ').any(|w| w == fold))
}

fn resolved(e: &AgencyEntry) -> Resolved {
    Resolved {
        id: e.id.clone(),
        name: e.name.clone(),
        level: e.level,
    }
}

/// Drops what `clean_span` drops: leading "với", trailing punctuation.
fn trim_tokens<'t, 's>(toks: &'t [Tok<'s>]) -> &'t [Tok<'s>] {
    match clean_span(toks, 0, toks.len()) {
        Some((lo, hi)) => &toks[lo..hi],
        None => &toks[0..0],
    }
}

/// The mention as printed, abbreviations written out, first letter capital.
fn display_name(text: &str, toks: &[Tok<'_>]) -> String {
    let Some(first) = toks.first() else {
        return String::new();
    };
    let mut out = String::new();
    let mut pos = first.start;
    for (i, t) in toks.iter().enumerate() {
        // Keep the spacing as printed, minus markdown marks between words.
        let gap = text.get(pos..t.start).unwrap_or(" ");
        if gap.chars().any(char::is_whitespace) {
            out.push(' ');
        }
        match display_expansion(toks, i) {
            Some(full) => out.push_str(full),
            None => out.push_str(t.text),
        }
        pos = t.end;
    }
    let mut chars = out.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => out,
    }
}

/// Level of an unknown mention, from its words.
fn infer_level(toks: &[Tok<'_>]) -> Option<Level> {
    let first = toks.first()?;
    if lexicon::PLURAL_MARKERS.contains(&first.folded()) || first.is_punct('(') {
        return Some(Level::Group);
    }
    // "Sở, ban, ngành tỉnh", "địa phương", "tổ chức, doanh nghiệp ...": a
    // generic noun not followed by a proper name.
    if let Some(n) = starts_with_phrase(toks, 0, lexicon::GROUP_NOUNS) {
        let named = toks.get(n).is_some_and(|t| t.is_capitalised());
        let head = starts_with_phrase(toks, 0, lexicon::HEAD_WORDS).unwrap_or(0);
        if !named && (head <= n || !first.is_capitalised()) {
            return Some(Level::Group);
        }
    }
    let key = loose_key_of_tokens(toks);
    let words: Vec<&str> = key.split(' ').collect();
    // The last unit word decides: "Tổ công tác ... cấp xã", "Cục ... tỉnh".
    let mut level = None;
    let mut i = 0;
    while i < words.len() {
        if let Some(n) = match_phrase_words(&words, i, &[lexicon::SOCIETY]) {
            i += n;
        } else if let Some(n) = match_phrase_words(&words, i, lexicon::DISTRICT_UNITS) {
            level = Some(Level::District);
            i += n;
        } else if let Some(n) = match_phrase_words(&words, i, lexicon::COMMUNE_UNITS) {
            level = Some(Level::Commune);
            i += n;
        } else {
            if words[i] == "tỉnh" {
                level = Some(Level::Province);
            }
            i += 1;
        }
    }
    if level.is_some() {
        return level;
    }
    let has =
        |list: &[&str]| (0..words.len()).any(|k| match_phrase_words(&words, k, list).is_some());
    if has(lexicon::CENTRAL_WORDS) {
        return Some(Level::Central);
    }
    let first = words.first().copied();
    if first == Some("bộ") && match_phrase_words(&words, 0, lexicon::NOT_MINISTRY).is_none() {
        return Some(Level::Central);
    }
    if first == Some("sở") {
        return Some(Level::Province);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_registry_parses() {
        let reg = Registry::from_toml(EMBEDDED_TOML).expect("embedded registry must parse");
        assert!(reg.entries().len() > 100);
    }

    #[test]
    fn embedded_spellings_do_not_collide() {
        // Two entries claiming one spelling would make lookups depend on
        // file order.
        let spec: FileSpec = toml::from_str(EMBEDDED_TOML).expect("parses");
        let mut seen: HashMap<String, String> = HashMap::new();
        for e in &spec.agency {
            for s in std::iter::once(&e.name).chain(e.aliases.iter()) {
                let key = loose_key(s);
                if let Some(other) = seen.insert(key.clone(), e.name.clone()) {
                    assert_eq!(other, e.name, "spelling {s:?} ({key}) claimed twice");
                }
            }
        }
    }

    #[test]
    fn embedded_ids_are_unique_slugs() {
        let reg = Registry::embedded();
        let mut ids: Vec<&str> = reg.entries().iter().map(|e| e.id.as_str()).collect();
        for id in &ids {
            assert!(id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        }
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate ids");
    }

    #[test]
    fn bad_files_are_errors_not_panics() {
        assert!(Registry::from_toml("[[agency]]\nname = 3").is_err());
        assert!(Registry::from_toml("[[agency]]\nname = \"X\"\nlevel = \"planet\"").is_err());
        assert!(Registry::from_toml("[[agency]]\nname = \"  \"").is_err());
        assert!(Registry::from_toml("nonsense = [").is_err());
        assert!(Registry::from_toml("").is_ok_and(|r| r.entries().is_empty()));
    }
}
