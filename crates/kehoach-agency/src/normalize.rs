//! Text normalisation: tokens, folded word forms, lookup keys and ids.
//!
//! Plans are typed by hand in many offices, so the same agency shows up with
//! different case, tone-mark placement ("Uỷ"/"Ủy"), dash styles, spacing and
//! abbreviations. Everything that compares agency names goes through
//! [`fold`] (one word) or [`normalize_key`] (a whole mention).

use std::borrow::Cow;
use std::sync::OnceLock;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::lexicon;
use kehoach_text::{is_alphabetic, is_alphanumeric, lower_char, plainly_nfc};

/// Combining tone marks in NFD: grave, acute, tilde, hook above, dot below.
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// `text` in NFC, borrowed when it already is (nearly always): plans are long,
/// and every grammar entry point normalises its input.
pub(crate) fn nfc(text: &str) -> Cow<'_, str> {
    if plainly_nfc(text) || unicode_normalization::is_nfc(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// Lower case plus one tone-mark placement, for one word (or any text).
///
/// Two spelling conventions coexist: the older puts the tone of a final
/// "oa/oe/uy" on the first vowel ("hòa", "thủy", "khỏe", "Ủy"), the newer on
/// the second ("hoà", "thuỷ", "khoẻ", "Uỷ"). Both are common in official
/// documents, often in the same file, so keys use the older form.
pub fn fold(text: &str) -> String {
    fold_cow(text).into_owned()
}

/// [`fold`], borrowing `text` when it is already folded: most words of a
/// plan are, and every token is folded, so this saves an allocation each.
pub(crate) fn fold_cow(text: &str) -> Cow<'_, str> {
    // ASCII has no case beyond ASCII and no tone mark to move.
    if text.is_ascii() {
        return if text.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(text.to_ascii_lowercase())
        } else {
            Cow::Borrowed(text)
        };
    }
    if plainly_folded(text) {
        return Cow::Borrowed(text);
    }
    // Plans repeat a few thousand syllables: remembering them saves the
    // NFC/NFD round trips. Only short texts (words) are kept, and the cache is
    // emptied when full, so it stays small whatever the input. `None` stands
    // for "the word is its own fold".
    const WORD: usize = 32;
    const ENTRIES: usize = 8192;
    let owned_unless_same = |f: String| {
        if f == text {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(f)
        }
    };
    if text.len() > WORD {
        return owned_unless_same(fold_uncached(text));
    }
    FOLDED.with(|cache| {
        let Ok(mut cache) = cache.try_borrow_mut() else {
            return owned_unless_same(fold_uncached(text));
        };
        if let Some(f) = cache.get(text) {
            return match f {
                Some(f) => Cow::Owned(f.clone()),
                None => Cow::Borrowed(text),
            };
        }
        let f = fold_uncached(text);
        if cache.len() >= ENTRIES {
            cache.clear();
        }
        let differs = (f != text).then(|| f.clone());
        cache.insert(text.to_string(), differs);
        owned_unless_same(f)
    })
}

/// Whether `text` is certainly its own fold, known without the round trips:
/// every char is a lower-case letter (or a char without case) that NFC keeps as
/// it is whatever surrounds it (below U+0300, or Latin Extended Additional), and
/// no "o"/"u" stands before an "a/e/y" carrying a tone alone, the one place
/// [`unify_tone`] moves a tone. Most words of a plan pass; `false` says nothing.
fn plainly_folded(text: &str) -> bool {
    const TONED_AEY: [char; 15] = [
        'à', 'á', 'ả', 'ã', 'ạ', 'è', 'é', 'ẻ', 'ẽ', 'ẹ', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ',
    ];
    let mut prev = '\0';
    for c in text.chars() {
        let stable = c < '\u{300}' || ('\u{1E00}'..='\u{1EFF}').contains(&c);
        if !stable || lower_char(c) != Some(c) {
            return false;
        }
        if matches!(prev, 'o' | 'u') && TONED_AEY.contains(&c) {
            return false;
        }
        prev = c;
    }
    true
}

thread_local! {
    static FOLDED: std::cell::RefCell<std::collections::HashMap<String, Option<String>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

fn fold_uncached(text: &str) -> String {
    let lower: String = text.nfc().flat_map(char::to_lowercase).collect();
    unify_tone(&lower)
}

/// Moves the tone of a syllable-final "oa/oe/uy" onto its first vowel.
fn unify_tone(text: &str) -> String {
    let decomposed: Vec<char> = text.nfd().collect();
    let mut out: Vec<char> = Vec::with_capacity(decomposed.len());
    let mut i = 0;
    while i < decomposed.len() {
        if !is_word_char(decomposed[i]) {
            out.push(decomposed[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < decomposed.len() && is_word_char(decomposed[i]) {
            i += 1;
        }
        out.extend(retone_syllable(&decomposed[start..i]));
    }
    out.into_iter().nfc().collect()
}

/// One run of letters in NFD; returns it with the tone moved if needed.
fn retone_syllable(chars: &[char]) -> Vec<char> {
    // Letters with their marks: (base, marks).
    let mut letters: Vec<(char, Vec<char>)> = Vec::new();
    for &c in chars {
        if is_combining_mark(c) {
            match letters.last_mut() {
                Some(last) => last.1.push(c),
                None => letters.push((c, Vec::new())),
            }
        } else {
            letters.push((c, Vec::new()));
        }
    }
    let n = letters.len();
    if n >= 2 {
        let (b1, m1) = (&letters[n - 2].0, &letters[n - 2].1);
        let (b2, m2) = (&letters[n - 1].0, &letters[n - 1].1);
        let first = b1.to_lowercase().next().unwrap_or(*b1);
        let second = b2.to_lowercase().next().unwrap_or(*b2);
        let pair = matches!((first, second), ('o', 'a') | ('o', 'e') | ('u', 'y'));
        // "qu" + "y" is a consonant cluster plus vowel: "quý" keeps its tone.
        let after_q = n >= 3 && letters[n - 3].0.to_lowercase().next() == Some('q') && first == 'u';
        let first_plain = m1.is_empty();
        let tone_on_second: Vec<char> = m2
            .iter()
            .copied()
            .filter(|c| TONE_MARKS.contains(c))
            .collect();
        let second_only_tone = m2.iter().all(|c| TONE_MARKS.contains(c));
        if pair && !after_q && first_plain && second_only_tone && tone_on_second.len() == 1 {
            letters[n - 2].1 = tone_on_second;
            letters[n - 1].1.clear();
        }
    }
    let mut out = Vec::with_capacity(chars.len());
    for (base, marks) in letters {
        out.push(base);
        out.extend(marks);
    }
    out
}

fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || (!c.is_ascii() && is_combining_mark(c))
}

/// Of a word's letters: whether there are at least two, and whether they are
/// all capitals ("UBND", "LĐ-TB&XH"; none at all is not all capitals).
fn letter_shape(text: &str) -> (bool, bool) {
    let mut letters = 0usize;
    let mut all_caps = true;
    for c in text.chars().filter(|&c| is_alphabetic(c)) {
        letters += 1;
        all_caps &= c.is_uppercase();
    }
    (letters >= 2, letters > 0 && all_caps)
}

/// Dash characters typed between the parts of a name ("Lao động - Thương binh").
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‐' | '‑' | '‒' | '−' | '―')
}

/// Characters that carry no meaning for agency names: markdown emphasis and
/// heading marks, invisible spaces.
fn is_ignorable(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '*' | '_' | '#' | '`' | '\u{200b}' | '\u{feff}' | '\u{ad}'
        )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Punct(char),
}

/// One token of the input, with its byte range so that results can be cut
/// out of the text exactly as printed.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'s> {
    pub text: &'s str,
    pub fold: Cow<'s, str>,
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    capital: bool,
    /// [`letter_shape`] of a word, computed once: the grammar asks it often.
    caps: bool,
    long: bool,
    /// The entry of [`lexicon::ABBREVIATIONS`] this word is, if any.
    abbr: Option<&'static (&'static str, &'static str, &'static str)>,
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }
    pub fn is_dash(&self) -> bool {
        matches!(self.kind, TokKind::Punct(c) if is_dash(c))
    }
    /// Starts with a capital letter or a digit ("Hậu", "C06", "06"), in a
    /// text where capitals mean something (see [`tokenize`]).
    pub fn is_capitalised(&self) -> bool {
        self.is_word() && self.capital
    }
    pub fn is_all_caps(&self) -> bool {
        self.is_word() && self.caps
    }
    /// The folded form ([`fold`]).
    pub fn folded(&self) -> &str {
        &self.fold
    }
}

/// Splits NFC text into word and punctuation tokens. Inside a word, '-', '.',
/// '/' and '&' are kept when letters or digits follow directly ("LĐ-TB&XH",
/// "06/CP", "Covid-19"); a dash with a space on either side is punctuation.
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let char_at = |pos: usize| text.get(pos..).and_then(|s| s.chars().next());
    // About one token per five bytes of Vietnamese text.
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut pos = 0;
    while let Some(c) = char_at(pos) {
        if is_ignorable(c) {
            pos += c.len_utf8();
            continue;
        }
        if is_word_char(c) || c == '&' {
            let start = pos;
            let mut prev = c;
            let mut j = pos + c.len_utf8();
            while let Some(cj) = char_at(j) {
                let after = j + cj.len_utf8();
                let joins = is_word_char(cj)
                    || cj == '&'
                    || cj == '\''
                    || (matches!(cj, '-' | '.' | '/')
                        && is_word_char(prev)
                        && char_at(after).is_some_and(is_alphanumeric));
                if !joins {
                    break;
                }
                prev = cj;
                j = after;
            }
            let slice = &text[start..j];
            let capital = slice
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            let fold = fold_cow(slice);
            let abbr = abbreviation_entry(&fold);
            let (long, caps) = letter_shape(slice);
            toks.push(Tok {
                text: slice,
                fold,
                start,
                end: j,
                kind: TokKind::Word,
                capital,
                caps,
                long,
                abbr,
            });
            pos = j;
        } else {
            let end = pos + c.len_utf8();
            let slice = &text[pos..end];
            let kind = TokKind::Punct(if is_dash(c) { '-' } else { c });
            toks.push(Tok {
                text: slice,
                fold: Cow::Borrowed(slice),
                start: pos,
                end,
                kind,
                capital: false,
                caps: false,
                long: false,
                abbr: None,
            });
            pos = end;
        }
    }
    ignore_shouting(&mut toks);
    toks
}

/// In text typed in capitals ("PHỐI HỢP VỚI CÔNG AN TỈNH ...") a capital
/// says nothing about names; only abbreviations ("UBND", "C06") keep theirs.
fn ignore_shouting(toks: &mut [Tok<'_>]) {
    let long_word = |t: &Tok<'_>| t.is_word() && t.long;
    let words = toks.iter().filter(|t| long_word(t)).count();
    let shouted = toks
        .iter()
        .filter(|t| long_word(t) && t.is_all_caps())
        .count();
    if words < 4 || shouted * 3 < words * 2 {
        return;
    }
    for t in toks.iter_mut() {
        let acronym = t.abbr.is_some() || t.text.chars().any(|c| c.is_ascii_digit());
        if t.is_all_caps() && !acronym {
            t.capital = false;
        }
    }
}

type Abbreviation = (&'static str, &'static str, &'static str);

fn abbreviation_entry(fold: &str) -> Option<&'static Abbreviation> {
    // Every word is looked up: only the entries with its first byte are compared,
    // in table order.
    static BY_FIRST_BYTE: OnceLock<Vec<Vec<&'static Abbreviation>>> = OnceLock::new();
    let table = BY_FIRST_BYTE.get_or_init(|| {
        let mut table: Vec<Vec<&'static Abbreviation>> = vec![Vec::new(); 256];
        for entry in lexicon::ABBREVIATIONS {
            if let Some(&b) = entry.0.as_bytes().first() {
                table[usize::from(b)].push(entry);
            }
        }
        table
    });
    let first = usize::from(*fold.as_bytes().first()?);
    table
        .get(first)?
        .iter()
        .copied()
        .find(|(abbr, _, _)| *abbr == fold)
}

/// The display expansion of an abbreviation token, if it is one here
/// ("UBND" → "Ủy ban nhân dân"; "CA" only before a level word).
pub(crate) fn display_expansion(toks: &[Tok<'_>], i: usize) -> Option<&'static str> {
    let t = toks.get(i)?;
    if !t.is_word() {
        return None;
    }
    if t.fold == lexicon::POLICE_ABBREVIATION.0 {
        let next_is_level = toks
            .get(i + 1)
            .is_some_and(|n| n.is_word() && is_level_word(&n.fold));
        return (t.is_all_caps() && next_is_level).then_some(lexicon::POLICE_ABBREVIATION.2);
    }
    // Only written abbreviations: a capitalised or '&' form, never a
    // lower-case word that happens to coincide.
    if !(t.is_all_caps() || t.fold.contains('&')) {
        return None;
    }
    t.abbr.map(|(_, _, d)| *d)
}

/// Words that may follow "CA" when it means "công an".
fn is_level_word(fold: &str) -> bool {
    lexicon::LEVEL_WORDS.contains(&fold) || matches!(fold, "thị" | "thành" | "cấp" | "các")
}

/// Key pieces of a token sequence: folded words with abbreviations expanded,
/// and punctuation kept as its own piece (',' ';' '-' '(' ')'). Pieces borrow
/// from the tokens and the lexicon: a registry search builds keys for many
/// spans of one text.
fn key_pieces<'t>(toks: &'t [Tok<'_>]) -> Vec<&'t str> {
    let mut pieces: Vec<&'t str> = Vec::with_capacity(toks.len() + 4);
    for (i, t) in toks.iter().enumerate() {
        token_pieces(t, toks.get(i + 1), &mut pieces);
    }
    pieces
}

/// The key pieces of one token, given the token after it in the span (a key
/// piece depends on nothing else).
pub(crate) fn token_pieces<'t>(t: &'t Tok<'_>, next: Option<&Tok<'_>>, pieces: &mut Vec<&'t str>) {
    // Expansions carry their own commas ("văn hóa, thể thao"): split them off.
    let mut push = |p: &'t str| {
        if p.len() > 1 && p.ends_with(',') {
            pieces.push(p.trim_end_matches(','));
            pieces.push(",");
        } else {
            pieces.push(p);
        }
    };
    match t.kind {
        TokKind::Word => {
            // "ca" is also an ordinary word; the other abbreviations are
            // not Vietnamese words, so their case does not matter.
            let expansion = if t.fold == lexicon::POLICE_ABBREVIATION.0 {
                let next_is_level = next.is_some_and(|n| n.is_word() && is_level_word(&n.fold));
                (t.is_all_caps() && next_is_level).then_some(lexicon::POLICE_ABBREVIATION.1)
            } else {
                t.abbr.map(|(_, full, _)| *full)
            };
            match expansion {
                Some(full) => full.split(' ').for_each(&mut push),
                None => push(&t.fold),
            }
        }
        // Quotation marks never distinguish two agencies.
        TokKind::Punct('"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»') => {}
        // Every dash style is one piece.
        TokKind::Punct('-') => push("-"),
        TokKind::Punct(_) => push(t.text),
    }
}

fn is_punct_piece(p: &str) -> bool {
    p.chars().all(|c| !is_alphanumeric(c))
}

/// Drops leading "các/những/với" and punctuation, trailing punctuation, and a
/// doubled last word ("Công an tỉnh tỉnh").
fn trim_pieces<'p, 'q>(mut pieces: &'q [&'p str]) -> &'q [&'p str] {
    loop {
        let before = pieces.len();
        while let [first, rest @ ..] = pieces {
            if is_punct_piece(first) && *first != "(" {
                pieces = rest;
            } else {
                break;
            }
        }
        // "(các) tổ chức" : an optional plural in parentheses.
        if pieces.len() >= 3
            && pieces[0] == "("
            && pieces[2] == ")"
            && lexicon::KEY_DROP_LEADING.contains(&pieces[1])
        {
            pieces = &pieces[3..];
        }
        if pieces
            .first()
            .is_some_and(|p| lexicon::KEY_DROP_LEADING.contains(p))
            && pieces.len() > 1
        {
            pieces = &pieces[1..];
        }
        while let [rest @ .., last] = pieces {
            if is_punct_piece(last) && *last != ")" {
                pieces = rest;
            } else {
                break;
            }
        }
        if pieces.len() == before {
            break;
        }
    }
    let n = pieces.len();
    if n >= 2 && pieces[n - 1] == pieces[n - 2] && !is_punct_piece(pieces[n - 1]) {
        pieces = &pieces[..n - 1];
    }
    pieces
}

fn join_pieces(pieces: &[&str]) -> String {
    let mut out = String::new();
    for p in pieces {
        match *p {
            "," | ";" | ")" | "." | ":" | "!" | "?" => out.push_str(p),
            "-" => out.push_str(" -"),
            _ => {
                if !out.is_empty() && !out.ends_with('(') {
                    out.push(' ');
                }
                out.push_str(p);
            }
        }
    }
    out
}

/// The comparison key of an agency mention.
///
/// NFC, lower case, one tone placement ("hoà" = "hòa", "Uỷ" = "Ủy"), every
/// dash style written " - ", single spaces, no leading "các/những/với", no
/// trailing punctuation, abbreviations expanded ("UBND" → "ủy ban nhân dân",
/// "BCH" → "bộ chỉ huy", "CA tỉnh" → "công an tỉnh", "Sở TT&TT" → "sở thông
/// tin và truyền thông"), and a doubled last word collapsed ("Công an tỉnh
/// tỉnh" → "công an tỉnh").
pub fn normalize_key(mention: &str) -> String {
    let nfc = nfc(mention);
    let toks = tokenize(&nfc);
    join_pieces(trim_pieces(&key_pieces(&toks)))
}

/// The registry's lookup form of a key: words only, so that "Lao động -
/// Thương binh", "Lao động, Thương binh" and "Lao động Thương binh" meet;
/// "có liên quan" = "liên quan"; and "các huyện, thị xã, thành phố" (any set
/// of district-level units) = "cấp huyện", likewise for communes.
pub(crate) fn loose_key_of_tokens(toks: &[Tok<'_>]) -> String {
    loose_key_of_pieces(&key_pieces(toks))
}

/// [`loose_key_of_tokens`] from the key pieces of the tokens.
pub(crate) fn loose_key_of_pieces(pieces: &[&str]) -> String {
    let words: Vec<&str> = trim_pieces(pieces)
        .iter()
        .copied()
        .filter(|p| !is_punct_piece(p))
        .collect();
    loose_words(&words)
}

/// Same spelling up to case, tone placement, punctuation and abbreviations:
/// what counts as "the same agency printed twice" in one text. Unlike the
/// loose key, "UBND cấp huyện" and "UBND các huyện, thị xã, thành phố" stay
/// apart, as the plans themselves keep them apart.
pub(crate) fn spelling_key_of_tokens(toks: &[Tok<'_>]) -> String {
    let pieces = key_pieces(toks);
    let words: Vec<&str> = trim_pieces(&pieces)
        .iter()
        .copied()
        .filter(|p| !is_punct_piece(p))
        .collect();
    words.join(" ")
}

pub(crate) fn loose_key(mention: &str) -> String {
    let nfc = nfc(mention);
    loose_key_of_tokens(&tokenize(&nfc))
}

fn loose_words(words: &[&str]) -> String {
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if w == "có" && words.get(i + 1).is_some_and(|n| *n == "liên") {
            i += 1;
            continue;
        }
        if w == "các" && i > 0 {
            if let Some((level, next)) = unit_set_level(words, i + 1) {
                out.push("cấp");
                out.push(level);
                i = next;
                continue;
            }
        }
        out.push(w);
        i += 1;
    }
    let n = out.len();
    if n >= 2 && out[n - 1] == out[n - 2] {
        out.pop();
    }
    out.join(" ")
}

/// If `words[from..]` is a run of administrative units of one level that ends
/// the key, returns that level ("huyện" or "xã") and the end index.
fn unit_set_level(words: &[&str], from: usize) -> Option<(&'static str, usize)> {
    let mut i = from;
    let mut district = 0;
    let mut commune = 0;
    loop {
        let matched = match_phrase_words(words, i, lexicon::DISTRICT_UNITS)
            .map(|n| (n, true))
            .or_else(|| match_phrase_words(words, i, lexicon::COMMUNE_UNITS).map(|n| (n, false)));
        match matched {
            Some((n, is_district)) => {
                if is_district {
                    district += 1;
                } else {
                    commune += 1;
                }
                i += n;
                let more = match_phrase_words(words, i + 1, lexicon::DISTRICT_UNITS)
                    .or_else(|| match_phrase_words(words, i + 1, lexicon::COMMUNE_UNITS));
                if words.get(i).is_some_and(|w| *w == lexicon::CONJUNCTION) && more.is_some() {
                    i += 1;
                }
            }
            None => break,
        }
    }
    // The run must end the key (or come before "liên quan").
    if !matches!(words.get(i), None | Some(&"liên")) {
        return None;
    }
    match (district, commune) {
        (d, 0) if d > 0 => Some(("huyện", i)),
        (0, c) if c > 0 => Some(("xã", i)),
        _ => None,
    }
}

/// Longest phrase of `list` matching `words` at `at`, as a word count.
pub(crate) fn match_phrase_words(words: &[&str], at: usize, list: &[&str]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for phrase in list {
        let mut n = 0;
        let ok = phrase.split(' ').all(|p| {
            n += 1;
            words.get(at + n - 1) == Some(&p)
        });
        if ok && Some(n) > best {
            best = Some(n);
        }
    }
    best
}

/// ASCII slug: diacritics stripped, "đ" → "d", lower case, anything else
/// → '-'. "Ủy ban nhân dân" and "Hội đồng nhân dân" become "ubnd"/"hdnd",
/// the abbreviations every reader of these plans knows.
pub(crate) fn slug(text: &str) -> String {
    let mut ascii = String::with_capacity(text.len());
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'đ' | 'Đ' => 'd',
            other => other,
        };
        for l in c.to_lowercase() {
            if l.is_ascii_alphanumeric() {
                ascii.push(l);
            } else {
                ascii.push('-');
            }
        }
    }
    let parts: Vec<&str> = ascii.split('-').filter(|p| !p.is_empty()).collect();
    let mut out: Vec<&str> = Vec::with_capacity(parts.len());
    let mut i = 0;
    while i < parts.len() {
        if parts[i..].starts_with(&["uy", "ban", "nhan", "dan"]) {
            out.push("ubnd");
            i += 4;
        } else if parts[i..].starts_with(&["hoi", "dong", "nhan", "dan"]) {
            out.push("hdnd");
            i += 4;
        } else {
            out.push(parts[i]);
            i += 1;
        }
    }
    out.join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_shortcuts_give_the_full_answer() {
        let words = [
            "UBND",
            "Sở",
            "LĐ-TB&XH",
            "hoà",
            "HOÀ",
            "Quý",
            "quỳ",
            "C06",
            "Ủy",
            "x",
            "Thành phố Hồ Chí Minh và các tỉnh lân cận thuộc vùng",
        ];
        for _ in 0..2 {
            for w in words {
                assert_eq!(fold(w), fold_uncached(w), "{w}");
            }
        }
    }

    const FOLD_CASES: &[(&str, &str)] = &[
        ("hoà", "hòa"),
        ("Hòa", "hòa"),
        ("thuỷ", "thủy"),
        ("khoẻ", "khỏe"),
        ("Uỷ", "ủy"),
        ("ỦY", "ủy"),
        ("hoá", "hóa"),
        ("tuỳ", "tùy"),
        ("quý", "quý"),
        ("hoàn", "hoàn"),
        ("thuyền", "thuyền"),
        ("Ủy ban", "ủy ban"),
        ("hoạ", "họa"),
    ];

    #[test]
    fn plainly_folded_words_are_their_fold() {
        // Every one- and two-char word of the chars the shortcut accepts, and
        // syllables around the tone it must leave to `unify_tone`.
        let chars: Vec<char> = ('\0'..'\u{300}').chain('\u{1E00}'..='\u{1EFF}').collect();
        let mut words: Vec<String> = Vec::new();
        for &c in &chars {
            words.push(c.to_string());
            for d in ['o', 'u', 'a', 'á', 'ý', 'ẹ', 'q', '-', c] {
                words.push([c, d].iter().collect());
                words.push([d, c].iter().collect());
            }
        }
        for w in [
            "hoà", "thuỷ", "khoẻ", "quý", "quỳnh", "hoàn", "uỷ", "qu-oà", "toá",
        ] {
            words.push(w.to_string());
        }
        for w in &words {
            if plainly_folded(w) {
                assert_eq!(fold_uncached(w), *w, "{w:?}");
            }
        }
        assert!(plainly_folded("nhân"));
        assert!(!plainly_folded("hoà"));
    }

    #[test]
    fn fold_unifies_case_and_tone_placement() {
        for (input, expected) in FOLD_CASES {
            assert_eq!(fold(input), *expected, "fold({input:?})");
        }
    }

    #[test]
    fn fold_accepts_nfd_input() {
        let nfd: String = "Uỷ ban nhân dân tỉnh".nfd().collect();
        assert_eq!(fold(&nfd), "ủy ban nhân dân tỉnh");
    }

    const KEY_CASES: &[(&str, &str)] = &[
        ("Công an tỉnh", "công an tỉnh"),
        ("Công an tỉnh tỉnh", "công an tỉnh"),
        ("CA tỉnh", "công an tỉnh"),
        ("ca tỉnh", "ca tỉnh"),
        ("UBND tỉnh", "ủy ban nhân dân tỉnh"),
        ("Uỷ ban nhân dân tỉnh", "ủy ban nhân dân tỉnh"),
        ("VP UBND tỉnh", "văn phòng ủy ban nhân dân tỉnh"),
        ("BCH Quân sự tỉnh", "bộ chỉ huy quân sự tỉnh"),
        (
            "Sở Lao động - Thương binh và Xã hội",
            "sở lao động - thương binh và xã hội",
        ),
        (
            "Sở Lao động –Thương binh và Xã hội",
            "sở lao động - thương binh và xã hội",
        ),
        (
            "Sở lao động — thương binh và xã hội",
            "sở lao động - thương binh và xã hội",
        ),
        ("Sở LĐ-TB&XH", "sở lao động - thương binh và xã hội"),
        ("Sở TT&TT", "sở thông tin và truyền thông"),
        ("các Sở, Ban, ngành", "sở, ban, ngành"),
        ("với Công an tỉnh.", "công an tỉnh"),
        ("  Công   an  tỉnh ; ", "công an tỉnh"),
        ("(các) tổ chức, doanh nghiệp", "tổ chức, doanh nghiệp"),
        (
            "Ủy ban MTTQ Việt Nam tỉnh",
            "ủy ban mặt trận tổ quốc việt nam tỉnh",
        ),
        ("TAND tỉnh", "tòa án nhân dân tỉnh"),
        ("VKSND tỉnh", "viện kiểm sát nhân dân tỉnh"),
        ("BHXH tỉnh", "bảo hiểm xã hội tỉnh"),
        ("KBNN tỉnh", "kho bạc nhà nước tỉnh"),
        ("HĐND tỉnh", "hội đồng nhân dân tỉnh"),
        ("**Sở Tư pháp**", "sở tư pháp"),
    ];

    #[test]
    fn normalize_key_cases() {
        for (input, expected) in KEY_CASES {
            assert_eq!(normalize_key(input), *expected, "normalize_key({input:?})");
        }
    }

    #[test]
    fn loose_key_meets_spelling_variants() {
        let a = loose_key("Sở Lao động - Thương binh và Xã hội");
        for v in [
            "Sở Lao động, Thương binh và Xã hội",
            "Sở Lao động Thương binh và Xã hội",
            "sở lao động–thương binh và xã hội",
            "Sở LĐTB&XH",
        ] {
            assert_eq!(loose_key(v), a, "{v}");
        }
        assert_eq!(
            loose_key("UBND các huyện, thị xã, thành phố"),
            "ủy ban nhân dân cấp huyện"
        );
        assert_eq!(
            loose_key("Ủy ban nhân dân các huyện, thành phố"),
            "ủy ban nhân dân cấp huyện"
        );
        assert_eq!(
            loose_key("UBND các xã, phường, thị trấn"),
            "ủy ban nhân dân cấp xã"
        );
        assert_eq!(loose_key("các đơn vị có liên quan"), "đơn vị liên quan");
    }

    #[test]
    fn slug_cases() {
        assert_eq!(slug("Công an tỉnh"), "cong-an-tinh");
        assert_eq!(
            slug("Sở Lao động - Thương binh và Xã hội"),
            "so-lao-dong-thuong-binh-va-xa-hoi"
        );
        assert_eq!(slug("Ủy ban nhân dân cấp huyện"), "ubnd-cap-huyen");
        assert_eq!(
            slug("Đài Phát thanh và Truyền hình tỉnh"),
            "dai-phat-thanh-va-truyen-hinh-tinh"
        );
        assert_eq!(slug(""), "");
    }

    #[test]
    fn tokenizer_keeps_byte_ranges_on_char_boundaries() {
        let text = "Sở LĐ-TB&XH, Công an tỉnh –Sở";
        for t in tokenize(text) {
            assert_eq!(&text[t.start..t.end], t.text);
        }
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            ["Sở", "LĐ-TB&XH", ",", "Công", "an", "tỉnh", "–", "Sở"]
        );
    }
}
