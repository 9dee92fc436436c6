//! Matching form of a phrase, with a byte map back to the original.
//!
//! The grammar matches one canonical spelling, so everything that varies between
//! documents without changing meaning is erased here: Unicode composition, letter
//! case, where the tone mark sits ("hòa" vs "hoà"), runs of spaces and non-breaking
//! spaces, dash variants, and Markdown emphasis left over from conversion. Every
//! byte of the normalised text remembers which source bytes produced it, so
//! `find_in_text` can hand back the phrase exactly as printed.

use std::sync::OnceLock;

use kehoach_text::{is_alphabetic, lower_char, plainly_nfc_char};
use unicode_normalization::char::{compose, decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// The normalised text and, for each of its bytes, the source byte range that produced it.
#[derive(Debug, Clone)]
pub(crate) struct Normalized {
    pub text: String,
    /// Per byte of `text`: the source byte range of the unit it belongs to.
    src: Vec<(usize, usize)>,
}

impl Normalized {
    /// Source byte range covering the normalised bytes `a..b`; `None` for an empty or
    /// out-of-range request.
    pub fn source_range(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        if a >= b || b > self.text.len() {
            return None;
        }
        Some((self.src.get(a)?.0, self.src.get(b - 1)?.1))
    }
}

/// The five Vietnamese tone marks as combining characters.
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// One character of the output with the source bytes it stands for.
#[derive(Clone, Copy)]
struct Unit {
    c: char,
    start: usize,
    end: usize,
}

pub(crate) fn normalize(src: &str) -> Normalized {
    let mut units = Builder::new(src.len());
    let bytes = src.as_bytes();
    let mut start = 0;
    while let Some(&b) = bytes.get(start) {
        // An ASCII char before another (or at the end) has no combining mark
        // after it: a cluster of its own that NFC keeps, the bulk of any text.
        if b.is_ascii() && bytes.get(start + 1).is_none_or(u8::is_ascii) {
            push_folded_ascii(&mut units, b, start);
            start += 1;
            continue;
        }
        let Some(c) = src.get(start..).and_then(|s| s.chars().next()) else {
            break;
        };
        // A cluster: the char and the combining marks after it, so that NFC can be
        // applied per cluster without losing track of the source position.
        let lone = start + c.len_utf8();
        let mut end = lone;
        for m in src.get(lone..).unwrap_or("").chars() {
            if plainly_nfc_char(m) || !is_combining_mark(m) {
                break;
            }
            end += m.len_utf8();
        }
        let cluster_start = start;
        start = end;
        // A lone char that NFC keeps as it is (most of any text) skips the
        // composition machinery, the main cost of this function.
        if end == lone && plainly_nfc_char(c) {
            match u8::try_from(c) {
                Ok(b) if b.is_ascii() => push_folded_ascii(&mut units, b, cluster_start),
                _ => push_folded(&mut units, c, cluster_start, end),
            }
            continue;
        }
        let Some(cluster) = src.get(cluster_start..end) else {
            continue;
        };
        for c in cluster.nfc() {
            push_folded(&mut units, c, cluster_start, end);
        }
    }
    units.finish()
}

/// The output, built unit by unit as the source is read: every unit goes
/// through the space collapsing ([`Builder::collapse`]), and a run of letters,
/// once it ends, has its tone placed ([`canonical_syllable`]).
struct Builder {
    text: String,
    src: Vec<(usize, usize)>,
    /// A space or line break not yet written: written only before a next unit.
    pending: Option<Unit>,
    /// Where the run of letters being read starts in `text`, and whether it
    /// has a letter outside ASCII (an ASCII word has no tone mark to move).
    word: Option<usize>,
    word_ascii: bool,
    /// Scratch: the letters of the word, their canonical form, and their units.
    chars: Vec<char>,
    canon: Vec<char>,
    units: Vec<Unit>,
}

impl Builder {
    fn new(capacity: usize) -> Builder {
        Builder {
            text: String::with_capacity(capacity),
            src: Vec::with_capacity(capacity),
            pending: None,
            word: None,
            word_ascii: true,
            chars: Vec::new(),
            canon: Vec::new(),
            units: Vec::new(),
        }
    }

    // Called for every char read: kept in line like `emit`.
    #[inline(always)]
    fn push(&mut self, u: Unit) {
        if is_alphabetic(u.c) {
            // A letter is written at once (no pending space can arise inside
            // a word, so the collapsing is the same as for the whole word at
            // its end); its tone is placed when the word ends.
            if self.word.is_none() {
                if let Some(p) = self.pending.take() {
                    self.emit(p);
                }
                self.word = Some(self.text.len());
                self.word_ascii = true;
            }
            self.word_ascii &= u.c.is_ascii();
            self.emit(u);
            return;
        }
        self.end_word();
        self.collapse(u);
    }

    /// Moves the tone of the letter run just written to one deterministic
    /// vowel, so that old and new placements ("hòa"/"hoà", "thủy"/"thuỷ",
    /// "qúy"/"quý") read the same.
    fn end_word(&mut self) {
        let Some(start) = self.word.take() else {
            return;
        };
        if self.word_ascii {
            return;
        }
        let Some(written) = self.text.get(start..) else {
            return;
        };
        self.chars.clear();
        self.chars.extend(written.chars());
        if canonical_syllable(&self.chars, &mut self.canon).is_none() || self.canon == self.chars {
            return;
        }
        // Rewrite the word with its units' source ranges (those of each char's
        // first byte): a moved tone can change the chars' UTF-8 lengths.
        self.units.clear();
        for ((k, _), &c) in written.char_indices().zip(&self.canon) {
            let Some(&(a, b)) = self.src.get(start + k) else {
                return;
            };
            self.units.push(Unit {
                c,
                start: a,
                end: b,
            });
        }
        self.text.truncate(start);
        self.src.truncate(start);
        let units = std::mem::take(&mut self.units);
        for &u in &units {
            self.emit(u);
        }
        self.units = units;
    }

    /// One space for any run of spaces, one newline for a run containing a line
    /// break, nothing at the ends.
    #[inline]
    fn collapse(&mut self, u: Unit) {
        if u.c == ' ' || u.c == '\n' {
            self.pending = match self.pending {
                Some(p) if p.c == '\n' => Some(p),
                _ if self.text.is_empty() => None,
                _ => Some(u),
            };
            return;
        }
        if let Some(p) = self.pending.take() {
            self.emit(p);
        }
        self.emit(u);
    }

    // Called for every char written; left out of line, its calls cost as
    // much as its work.
    #[inline(always)]
    fn emit(&mut self, u: Unit) {
        if let Ok(b) = u8::try_from(u.c) {
            if b.is_ascii() {
                // One byte: no encoding, one range.
                self.text.push(char::from(b));
                self.src.push((u.start, u.end));
                return;
            }
        }
        self.text.push(u.c);
        for _ in 0..u.c.len_utf8() {
            self.src.push((u.start, u.end));
        }
    }

    fn finish(mut self) -> Normalized {
        self.end_word();
        Normalized {
            text: self.text,
            src: self.src,
        }
    }
}

/// [`push_folded`] of an ASCII char (most chars of any text), without the
/// general mapping and case tables.
#[inline]
fn push_folded_ascii(units: &mut Builder, b: u8, start: usize) {
    let c = match b {
        b'*' | b'_' | b'\\' | b'`' => return,
        b'\n' | b'\r' => '\n',
        // The ASCII chars of `char::is_whitespace`.
        b'\t' | 0x0B | 0x0C | b' ' => ' ',
        _ => char::from(b.to_ascii_lowercase()),
    };
    units.push(Unit {
        c,
        start,
        end: start + 1,
    });
}

fn push_folded(units: &mut Builder, c: char, start: usize, end: usize) {
    let mapped = match c {
        // Markdown emphasis, escapes and invisible characters carry no words.
        '*' | '_' | '\\' | '`' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        | '\u{AD}' => return,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => '\n',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{FF0F}' | '\u{2044}' | '\u{2215}' => '/',
        // Look-alikes of "Đ" that OCR and old fonts produce.
        '\u{D0}' | '\u{F0}' | '\u{189}' => 'đ',
        c if c.is_whitespace() => ' ',
        c => c,
    };
    if let Some(lower) = lower_char(mapped) {
        units.push(Unit {
            c: lower,
            start,
            end,
        });
        return;
    }
    for lower in mapped.to_lowercase() {
        units.push(Unit {
            c: lower,
            start,
            end,
        });
    }
}

/// The syllable with its single tone on the vowel the modern convention chooses, in
/// `bases`, or `None` when the word is not a single toned syllable (then it is left
/// untouched).
pub(crate) fn canonical_syllable(word: &[char], bases: &mut Vec<char>) -> Option<()> {
    bases.clear();
    let mut tone = None;
    for &c in word {
        let (base, t) = split_tone(c)?;
        if let Some(t) = t {
            if tone.replace(t).is_some() {
                return None;
            }
        }
        bases.push(base);
    }
    let tone = tone?;
    let at = tone_position(bases)?;
    let toned = compose(*bases.get(at)?, tone)?;
    bases[at] = toned;
    Some(())
}

/// A letter's base without its tone mark, and the tone mark if it had one.
type SplitTone = Option<(char, Option<char>)>;

/// A letter without its tone mark, and the tone mark if it had one.
fn split_tone(c: char) -> SplitTone {
    // ASCII letters are their own base, without a tone.
    if c.is_ascii() {
        return Some((c, None));
    }
    // The Latin letters Vietnamese is written with are looked up in a table
    // made once by the general rule: every letter of every word comes here.
    const LATIN: std::ops::Range<u32> = 0xC0..0x250;
    const EXTENDED: std::ops::Range<u32> = 0x1E00..0x1F00;
    static TABLE: OnceLock<Vec<SplitTone>> = OnceLock::new();
    let u = c as u32;
    let at = if LATIN.contains(&u) {
        u - LATIN.start
    } else if EXTENDED.contains(&u) {
        u - EXTENDED.start + LATIN.len() as u32
    } else {
        return split_tone_by_decomposition(c);
    };
    let table = TABLE.get_or_init(|| {
        LATIN
            .chain(EXTENDED)
            .map(|u| char::from_u32(u).and_then(split_tone_by_decomposition))
            .collect()
    });
    match table.get(at as usize) {
        Some(split) => *split,
        None => split_tone_by_decomposition(c),
    }
}

fn split_tone_by_decomposition(c: char) -> SplitTone {
    let mut parts = Vec::with_capacity(3);
    decompose_canonical(c, |d| parts.push(d));
    let tone = parts.iter().copied().find(|d| TONE_MARKS.contains(d));
    let mut rest = parts.into_iter().filter(|d| !TONE_MARKS.contains(d));
    let mut base = rest.next()?;
    for mark in rest {
        base = compose(base, mark)?;
    }
    Some((base, tone))
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

fn has_quality_mark(c: char) -> bool {
    matches!(c, 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư')
}

/// Index of the vowel that carries the tone in the modern convention.
fn tone_position(bases: &[char]) -> Option<usize> {
    let n = bases.len();
    let mut start = bases.iter().position(|&c| is_vowel(c))?;
    // In "qu" and "gi" the vowel letter belongs to the consonant when a vowel follows.
    if start > 0
        && start + 1 < n
        && is_vowel(bases[start + 1])
        && matches!((bases[start - 1], bases[start]), ('q', 'u') | ('g', 'i'))
    {
        start += 1;
    }
    let mut end = start;
    while end < n && is_vowel(bases[end]) {
        end += 1;
    }
    if let Some(k) = (start..end).rev().find(|&k| has_quality_mark(bases[k])) {
        return Some(k);
    }
    if end < n {
        return Some(end - 1);
    }
    Some(match end - start {
        1 => start,
        2 if matches!(
            (bases[start], bases[start + 1]),
            ('o', 'a') | ('o', 'e') | ('u', 'y')
        ) =>
        {
            start + 1
        }
        2 => start,
        _ => start + 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plainly_nfc_chars_start_a_cluster() {
        // The cluster reader relies on this; that NFC keeps them is tested in
        // kehoach-text.
        let ranges = ('\0'..'\u{300}')
            .chain('\u{1E00}'..='\u{1EFF}')
            .chain('\u{2000}'..='\u{2070}');
        for c in ranges.filter(|c| plainly_nfc_char(*c)) {
            assert!(!is_combining_mark(c), "{c:?}");
        }
    }

    fn n(s: &str) -> String {
        normalize(s).text
    }

    #[test]
    fn ascii_folding_agrees_with_the_general_one() {
        // Every ASCII char, inside a word, between words and at the ends.
        for b in 0u8..0x80 {
            let c = char::from(b);
            for (before, after) in [
                ("", ""),
                ("ab", "cd"),
                ("a ", " b"),
                ("Đ", "ộ"),
                ("\n", "1"),
            ] {
                let fold = |ascii: bool| {
                    let mut units = Builder::new(0);
                    let mut at = 0;
                    for (k, x) in before.char_indices() {
                        push_folded(&mut units, x, k, k + x.len_utf8());
                        at = k + x.len_utf8();
                    }
                    if ascii {
                        push_folded_ascii(&mut units, b, at);
                    } else {
                        push_folded(&mut units, c, at, at + 1);
                    }
                    for (k, x) in after.char_indices() {
                        push_folded(&mut units, x, at + 1 + k, at + 1 + k + x.len_utf8());
                    }
                    let n = units.finish();
                    (n.text, n.src)
                };
                assert_eq!(fold(true), fold(false), "{b:#x} in {before:?}..{after:?}");
            }
        }
    }

    #[test]
    fn tone_table_agrees_with_decomposition() {
        // The table of split tones agrees with the rule it was made by.
        for c in ('\u{80}'..='\u{2FFF}').chain(['\u{FF21}']) {
            assert_eq!(split_tone(c), split_tone_by_decomposition(c), "{c:?}");
        }
        // ASCII letters decompose to themselves.
        for c in ('a'..='z').chain('A'..='Z') {
            let mut parts = Vec::new();
            decompose_canonical(c, |d| parts.push(d));
            assert_eq!(parts, [c]);
        }
    }

    #[test]
    fn tone_placement_is_canonical() {
        assert_eq!(n("hòa"), n("hoà"));
        assert_eq!(n("Thủy"), n("thuỷ"));
        assert_eq!(n("qúy"), "quý");
        assert_eq!(n("khỏe"), n("khoẻ"));
        assert_eq!(n("hoàn thành"), "hoàn thành");
        assert_eq!(n("người"), "người");
        assert_eq!(n("của"), "của");
        assert_eq!(n("giá"), "giá");
        assert_eq!(n("gì"), "gì");
    }

    #[test]
    fn decomposed_input_is_composed() {
        let nfd: String = "Quý II năm 2024".nfd().collect();
        assert_eq!(n(&nfd), "quý ii năm 2024");
    }

    #[test]
    fn spaces_emphasis_and_dashes() {
        assert_eq!(
            n("  *Hoàn\u{a0}thành*   trong\tQuý I/2022 ** "),
            "hoàn thành trong quý i/2022"
        );
        assert_eq!(n("2023 – 2025"), "2023 - 2025");
        assert_eq!(n("a \n  b"), "a\nb");
        assert_eq!(n("ÐỊNH KỲ"), "định kỳ");
    }

    #[test]
    fn map_points_back_to_source() {
        let src = "Xây dựng *trước ngày* 20/3";
        let norm = normalize(src);
        let a = norm.text.find("trước").unwrap();
        let b = norm.text.len();
        let (s, e) = norm.source_range(a, b).unwrap();
        assert_eq!(&src[s..e], "trước ngày* 20/3");
    }
}
