//! Matching form of a phrase, with a byte map back to the original.
//!
//! The grammar matches one canonical spelling, so everything that varies between
//! documents without changing meaning is erased here: Unicode composition, letter
//! case, where the tone mark sits ("hòa" vs "hoà"), runs of spaces and non-breaking
//! spaces, dash variants, and Markdown emphasis left over from conversion. Every
//! byte of the normalised text remembers which source bytes produced it, so
//! `find_in_text` can hand back the phrase exactly as printed.

use unicode_normalization::char::{compose, decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// The normalised text and, for each of its bytes, the source byte range that produced it.
#[derive(Debug, Clone)]
pub(crate) struct Normalized {
    pub text: String,
    src_start: Vec<usize>,
    src_end: Vec<usize>,
}

impl Normalized {
    /// Source byte range covering the normalised bytes `a..b`; `None` for an empty or
    /// out-of-range request.
    pub fn source_range(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        if a >= b || b > self.text.len() {
            return None;
        }
        Some((*self.src_start.get(a)?, *self.src_end.get(b - 1)?))
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
    let mut units = Vec::with_capacity(src.len());
    for (start, end) in clusters(src) {
        let Some(cluster) = src.get(start..end) else {
            continue;
        };
        // A lone char that NFC keeps as it is (most of any text) skips the
        // composition machinery, the main cost of this function.
        let mut chars = cluster.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if plainly_nfc(c) {
                push_folded(&mut units, c, start, end);
                continue;
            }
        }
        for c in cluster.nfc() {
            push_folded(&mut units, c, start, end);
        }
    }
    canonical_tones(&mut units);
    collapse_spaces(&units)
}

/// A char that NFC leaves alone whatever surrounds it, known without tables:
/// below U+0300 (before the combining marks), a precomposed letter of Latin
/// Extended Additional (U+1E00–U+1EFF, most Vietnamese letters) or General
/// Punctuation from U+2002 (U+2000 and U+2001 are replaced by NFC). None of
/// them is a combining mark either.
fn plainly_nfc(c: char) -> bool {
    c < '\u{300}'
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
        || ('\u{2002}'..='\u{206F}').contains(&c)
}

/// Byte ranges of "base character + following combining marks", so that NFC can be
/// applied per cluster without losing track of the source position.
fn clusters(src: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, c) in src.char_indices() {
        let end = i + c.len_utf8();
        match out.last_mut() {
            Some(last) if !plainly_nfc(c) && is_combining_mark(c) => last.1 = end,
            _ => out.push((i, end)),
        }
    }
    out
}

fn push_folded(units: &mut Vec<Unit>, c: char, start: usize, end: usize) {
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
    for lower in mapped.to_lowercase() {
        units.push(Unit {
            c: lower,
            start,
            end,
        });
    }
}

/// Moves the tone mark of every letter run to one deterministic vowel, so that old and
/// new placements ("hòa"/"hoà", "thủy"/"thuỷ", "qúy"/"quý") read the same.
fn canonical_tones(units: &mut [Unit]) {
    let mut i = 0;
    while i < units.len() {
        if !units[i].c.is_alphabetic() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < units.len() && units[j].c.is_alphabetic() {
            j += 1;
        }
        let word: Vec<char> = units[i..j].iter().map(|u| u.c).collect();
        if let Some(canon) = canonical_syllable(&word) {
            for (u, c) in units[i..j].iter_mut().zip(canon) {
                u.c = c;
            }
        }
        i = j;
    }
}

/// The syllable with its single tone on the vowel the modern convention chooses, or
/// `None` when the word is not a single toned syllable (then it is left untouched).
pub(crate) fn canonical_syllable(word: &[char]) -> Option<Vec<char>> {
    let mut bases = Vec::with_capacity(word.len());
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
    let at = tone_position(&bases)?;
    let mut out = bases;
    let toned = compose(*out.get(at)?, tone)?;
    out[at] = toned;
    Some(out)
}

/// A letter without its tone mark, and the tone mark if it had one.
fn split_tone(c: char) -> Option<(char, Option<char>)> {
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

/// Joins the units into the output string: one space for any run of spaces, one
/// newline for a run containing a line break, nothing at the ends.
fn collapse_spaces(units: &[Unit]) -> Normalized {
    let mut text = String::with_capacity(units.len());
    let mut src_start = Vec::with_capacity(units.len());
    let mut src_end = Vec::with_capacity(units.len());
    let mut pending: Option<Unit> = None;
    for u in units {
        if u.c == ' ' || u.c == '\n' {
            pending = match pending {
                Some(p) if p.c == '\n' => Some(p),
                _ if text.is_empty() => None,
                _ => Some(*u),
            };
            continue;
        }
        if let Some(p) = pending.take() {
            emit(&mut text, &mut src_start, &mut src_end, p);
        }
        emit(&mut text, &mut src_start, &mut src_end, *u);
    }
    Normalized {
        text,
        src_start,
        src_end,
    }
}

fn emit(text: &mut String, starts: &mut Vec<usize>, ends: &mut Vec<usize>, u: Unit) {
    text.push(u.c);
    for _ in 0..u.c.len_utf8() {
        starts.push(u.start);
        ends.push(u.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plainly_nfc_chars_are_nfc_starters() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::is_nfc;
        let ranges = ('\0'..'\u{300}')
            .chain('\u{1E00}'..='\u{1EFF}')
            .chain('\u{2000}'..='\u{2070}');
        for c in ranges.filter(|c| plainly_nfc(*c)) {
            assert!(
                !is_combining_mark(c) && canonical_combining_class(c) == 0,
                "{c:?}"
            );
            // Alone (as the cluster it makes), NFC keeps it.
            let n: String = c.to_string().nfc().collect();
            assert_eq!(n, c.to_string(), "{c:?}");
            assert!(is_nfc(&c.to_string()), "{c:?}");
        }
    }

    fn n(s: &str) -> String {
        normalize(s).text
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
