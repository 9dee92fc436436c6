//! Legacy Vietnamese 8-bit encodings: windows-1258, TCVN3 (ABC) and VNI.
//!
//! All three keep ASCII and give the high bytes Vietnamese meanings, so the same
//! bytes decode without error in more than one of them. Which one a file uses is
//! decided by reading it: each candidate decoding is scored by the share of its
//! accented words that are well-formed Vietnamese syllables. The right encoding
//! scores close to 100%; a wrong one turns words into letter soup ("KÕ HO¹CH" is
//! "Kế HOạCH" in TCVN3 and nonsense in windows-1258).
//!
//! The TCVN3 and VNI byte tables are data (`data/tcvn3.tsv`, `data/vni.tsv`).

use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// An 8-bit legacy encoding kehoach can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Legacy {
    Windows1258,
    Tcvn3,
    Vni,
}

impl Legacy {
    pub(crate) const ALL: [Legacy; 3] = [Legacy::Windows1258, Legacy::Tcvn3, Legacy::Vni];

    /// The name reported in `document.source.encoding`.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Legacy::Windows1258 => "windows-1258",
            Legacy::Tcvn3 => "tcvn3",
            Legacy::Vni => "vni",
        }
    }

    /// The name used in messages to people.
    pub(crate) fn display(self) -> &'static str {
        match self {
            Legacy::Windows1258 => "windows-1258",
            Legacy::Tcvn3 => "TCVN3 (ABC)",
            Legacy::Vni => "VNI",
        }
    }

    /// Decode every byte, or `None` when a byte has no meaning in this encoding.
    pub(crate) fn decode(self, bytes: &[u8]) -> Option<String> {
        match self {
            Legacy::Windows1258 => {
                // Bytes windows-1258 leaves undefined; encoding_rs would map them
                // to C1 controls, which no real windows-1258 text contains.
                const UNDEFINED: &[u8] = &[0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E];
                if bytes.iter().any(|b| UNDEFINED.contains(b)) {
                    return None;
                }
                encoding_rs::WINDOWS_1258
                    .decode_without_bom_handling_and_without_replacement(bytes)
                    .map(|t| t.into_owned())
            }
            Legacy::Tcvn3 => {
                let table = tables().tcvn3.as_ref()?;
                let text = decode_with(table, bytes)?;
                Some(restore_capitals(&text))
            }
            Legacy::Vni => decode_with(tables().vni.as_ref()?, bytes),
        }
    }
}

/// Write `text` the way a legacy editor saved it: "windows-1258", "tcvn3" or
/// "vni"; `None` for another name or a character the encoding cannot write.
/// The inverse of decoding, for tests and fixtures: TCVN3 capitals with a tone
/// become their lower-case codes (the .VnTimeH convention), VNI vowels become a
/// base letter plus a diacritic byte, windows-1258 tones become combining marks.
pub fn encode(text: &str, encoding: &str) -> Option<Vec<u8>> {
    if !matches!(encoding, "windows-1258" | "tcvn3" | "vni") {
        return None;
    }
    let t = tables();
    let mut out = Vec::with_capacity(text.len());
    for c in text.nfc() {
        if c.is_ascii() {
            out.push(c as u8);
            continue;
        }
        match encoding {
            "windows-1258" => {
                let (base, tone) = split_tone(c);
                out.extend(w1258_byte(base)?);
                if let Some(tone) = tone {
                    out.extend(w1258_byte(tone)?);
                }
            }
            "tcvn3" => {
                let table = t.tcvn3.as_ref()?;
                let byte = find(table, &c.to_string()).or_else(|| {
                    let lower: String = c.to_lowercase().collect();
                    find(table, &lower)
                })?;
                out.push(byte);
            }
            "vni" => {
                let table = t.vni.as_ref()?;
                if let Some(b) = find(table, &c.to_string()) {
                    out.push(b);
                    continue;
                }
                // A letter byte (ơ, ư, ỉ …) or an ASCII base letter, then the
                // byte that draws the remaining marks, in the base letter's case.
                let (base, tone) = split_tone(c);
                let (lead, marks): (Vec<u8>, String) = match find(table, &base.to_string()) {
                    Some(b) => (vec![b], tone.map(String::from).unwrap_or_default()),
                    None => {
                        let mut d = base.to_string().nfd().collect::<Vec<char>>().into_iter();
                        let letter = d.next().filter(char::is_ascii_alphabetic)?;
                        let mut marks: String = d.collect();
                        marks.extend(tone);
                        (vec![letter as u8], marks)
                    }
                };
                out.extend(lead);
                if !marks.is_empty() {
                    let lower_case = c.is_lowercase();
                    let byte = (0x80u8..=0xFF).find(|&b| {
                        (b >= 0xE0) == lower_case
                            && table.get(usize::from(b - 0x80)).and_then(|e| e.as_deref())
                                == Some(marks.as_str())
                    })?;
                    out.push(byte);
                }
            }
            _ => return None,
        }
    }
    Some(out)
}

/// A precomposed letter as (letter without its tone, tone mark). The tone is
/// looked for among all the marks: NFD puts a dot below before a circumflex.
fn split_tone(c: char) -> (char, Option<char>) {
    let is_tone = |m: char| matches!(m, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
    let d: Vec<char> = c.to_string().nfd().collect();
    let Some(&tone) = d.iter().find(|&&m| is_tone(m)) else {
        return (c, None);
    };
    let base: String = d
        .iter()
        .filter(|&&m| !is_tone(m))
        .collect::<String>()
        .nfc()
        .collect();
    let mut chars = base.chars();
    match (chars.next(), chars.next()) {
        (Some(b), None) => (b, Some(tone)),
        _ => (c, None),
    }
}

fn w1258_byte(c: char) -> Option<Vec<u8>> {
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(c.encode_utf8(&mut buf));
    (!unmappable).then(|| bytes.into_owned())
}

fn find(table: &Table, s: &str) -> Option<u8> {
    let i = table.iter().position(|e| e.as_deref() == Some(s))?;
    u8::try_from(i + 0x80).ok()
}

/// What each high byte (0x80–0xFF) stands for; `None` where undefined.
type Table = Vec<Option<String>>;

struct Tables {
    tcvn3: Option<Table>,
    vni: Option<Table>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        tcvn3: parse_table(include_str!("../data/tcvn3.tsv")),
        vni: parse_table(include_str!("../data/vni.tsv")),
    })
}

/// Parse a byte table: `HEX<TAB>U+XXXX[ U+YYYY…]<TAB>shown`, `#` comments.
/// A malformed table is `None` (the encoding is then never detected); the unit
/// tests check that both shipped tables parse completely.
fn parse_table(data: &str) -> Option<Table> {
    let mut table: Table = vec![None; 128];
    for line in data.lines() {
        let line = line.trim_end_matches('\r');
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let byte = u8::from_str_radix(cols.next()?, 16).ok()?;
        let index = usize::from(byte.checked_sub(0x80)?);
        let mut text = String::new();
        for cp in cols.next()?.split(' ') {
            let hex = cp.strip_prefix("U+")?;
            text.push(char::from_u32(u32::from_str_radix(hex, 16).ok()?)?);
        }
        *table.get_mut(index)? = Some(text);
    }
    Some(table)
}

fn decode_with(table: &Table, bytes: &[u8]) -> Option<String> {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    for &b in bytes {
        if b < 0x80 {
            out.push(char::from(b));
        } else {
            out.push_str(table.get(usize::from(b - 0x80))?.as_deref()?);
        }
    }
    Some(out)
}

/// TCVN3 has no code for a capital letter with a tone mark: documents set
/// capitals in a second, all-capitals font (.VnTimeH) over the lower-case codes,
/// and plain text keeps only the codes. So "KẾ HOẠCH" arrives as "Kế HOạCH" and
/// "Ủy ban" as "ủy ban". A toned lower-case letter is put back in capitals
/// - where the rest of its word is capitals ("HOạCH", "TỉNH");
/// - where its whole line is ("Kế HOẠCH", "Đề ÁN"): two or more toned words and
///   no lower-case letter;
/// - as the first letter of a sentence: a line after a finished one (or a
///   blank line), after an item marker ("2. ủy ban", "- ở"), or after ". ".
///
/// A word with a single capital and nothing else to go by ("Số:", "Bộ") stays as
/// it is, and so does a hard-wrapped line that continues a sentence.
fn restore_capitals(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut sentence_start = true;
    for line in text.split_inclusive(['\n', '\r']) {
        restore_line(line, sentence_start, &mut out);
        let content = line.trim_end();
        // A page-break line or a blank line does not end a sentence by itself,
        // but a sentence rarely runs on past one either.
        sentence_start = content.is_empty()
            || content.ends_with(['.', ':', ';', '!', '?'])
            || (line.ends_with('\r') && sentence_start && content.is_empty());
    }
    out
}

/// Letters TCVN3 can only write in lower case: the toned vowels.
fn caseless_in_tcvn3(c: char) -> bool {
    !c.is_ascii() && c.is_lowercase() && !matches!(c, 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư' | 'đ')
}

fn restore_line(line: &str, sentence_start: bool, out: &mut String) {
    #[derive(Default, Clone, Copy)]
    struct Word {
        start: usize,
        end: usize,
        caseless: usize,
        upper: usize,
        lower: usize,
        /// The word opens a sentence: decided from what precedes it.
        opens: bool,
    }
    let mut words: Vec<Word> = Vec::new();
    let mut current: Option<Word> = None;
    // What lies between the previous word and this one.
    let mut gap_start = 0;
    for (i, c) in line.char_indices() {
        if c.is_alphabetic() {
            if current.is_none() {
                let gap = &line[gap_start..i];
                let first = words.is_empty();
                let after_marker = gap
                    .trim_end()
                    .ends_with(['.', ')', '-', '+', '•', '–', '!', '?'])
                    && (first || gap.ends_with(char::is_whitespace));
                let roman = words.last().is_some_and(|w: &Word| {
                    words.len() == 1
                        && line[w.start..w.end]
                            .chars()
                            .all(|c| matches!(c, 'I' | 'V' | 'X'))
                });
                let opens = (first && sentence_start)
                    || (after_marker
                        && (first || roman || gap.trim_end().ends_with(['.', '!', '?'])));
                current = Some(Word {
                    start: i,
                    opens,
                    ..Word::default()
                });
            }
            if let Some(w) = current.as_mut() {
                w.end = i + c.len_utf8();
                if caseless_in_tcvn3(c) {
                    w.caseless += 1;
                } else if c.is_uppercase() {
                    w.upper += 1;
                } else if c.is_lowercase() {
                    w.lower += 1;
                }
            }
        } else if let Some(w) = current.take() {
            words.push(w);
            gap_start = i;
        }
    }
    words.extend(current);

    // A few lower-case letters do not make a heading ordinary text: markup
    // ("<b>II. VỀ …</b>") or a unit ("10km") often sits on the same line.
    let toned_words = words.iter().filter(|w| w.caseless > 0).count();
    let upper: usize = words.iter().map(|w| w.upper).sum();
    let lower: usize = words.iter().map(|w| w.lower).sum();
    let line_in_capitals = toned_words >= 2 && upper > 0 && upper >= 4 * lower;
    let mut last = 0;
    for w in &words {
        let all = w.caseless > 0 && w.lower == 0 && (w.upper >= 2 || line_in_capitals);
        let first_only = !all && w.opens;
        if !all && !first_only {
            continue;
        }
        out.push_str(&line[last..w.start]);
        for (k, c) in line[w.start..w.end].chars().enumerate() {
            if caseless_in_tcvn3(c) && (all || k == 0) {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        last = w.end;
    }
    out.push_str(&line[last..]);
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Score {
    /// Words with at least one non-ASCII character.
    pub considered: usize,
    /// Of those, the well-formed Vietnamese syllables.
    pub vietnamese: usize,
    /// Of those, the ones with a letter only Vietnamese uses (ă, ơ, ư, đ, ạ, ả …):
    /// evidence that a Latin-1 text is not being mistaken for Vietnamese.
    pub distinctive: usize,
}

impl Score {
    pub(crate) fn percent(&self) -> usize {
        (self.vietnamese * 100)
            .checked_div(self.considered)
            .unwrap_or(0)
    }
}

pub(crate) fn score(text: &str) -> Score {
    let mut s = Score::default();
    let mut word = String::new();
    let flush = |word: &mut String, s: &mut Score| {
        if !word.is_ascii() {
            s.considered += 1;
            if is_syllable(word) {
                s.vietnamese += 1;
                if word.nfc().any(|c| u32::from(c) > 0xFF) {
                    s.distinctive += 1;
                }
            }
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c) {
            word.push(c);
        } else if !word.is_empty() {
            flush(&mut word, &mut s);
        }
    }
    if !word.is_empty() {
        flush(&mut word, &mut s);
    }
    s
}

const ONSETS: &[&str] = &[
    "ngh", "ng", "nh", "gh", "gi", "kh", "ph", "th", "tr", "ch", "qu", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/// Vowel groups, tone removed; a trailing offglide (i, y, o, u, a) closes the
/// syllable, so only the groups in `NEED_OR_TAKE_CODA` may be followed by a coda.
const OPEN_NUCLEI: &[&str] = &[
    "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo",
    "êu", "ia", "iu", "oa", "oe", "oi", "ôi", "ơi", "ua", "uê", "ui", "uơ", "uy", "ưa", "ưi", "ưu",
    "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "yêu", "uya", "uyu",
];
const NEED_OR_TAKE_CODA: &[&str] = &[
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "iê", "yê", "oa", "oă", "oe", "oo",
    "uâ", "uê", "uô", "ươ", "uy", "uyê",
];
const CODAS: &[&str] = &["ch", "ng", "nh", "c", "m", "n", "p", "t", "k"];

/// Whether `word` is one well-formed Vietnamese syllable (any case, NFC or NFD):
/// an onset, a vowel group and a coda from the lists above, at most one tone.
fn is_syllable(word: &str) -> bool {
    // Rebuild the word as lower-case base letters with their vowel marks, the
    // tone counted apart.
    let mut base: Vec<char> = Vec::with_capacity(word.len());
    let mut tones = 0;
    for c in word.nfd().flat_map(char::to_lowercase) {
        match c {
            // A tone sits on a vowel (possibly after its vowel mark).
            '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}' => {
                if !base.last().is_some_and(|&v| "aăâeêioôơuưy".contains(v)) {
                    return false;
                }
                tones += 1
            }
            '\u{302}' | '\u{306}' | '\u{31B}' => {
                let Some(last) = base.last_mut() else {
                    return false;
                };
                *last = match (*last, c) {
                    ('a', '\u{302}') => 'â',
                    ('a', '\u{306}') => 'ă',
                    ('e', '\u{302}') => 'ê',
                    ('o', '\u{302}') => 'ô',
                    ('o', '\u{31B}') => 'ơ',
                    ('u', '\u{31B}') => 'ư',
                    _ => return false,
                };
            }
            'a'..='z' | 'đ' => base.push(c),
            _ => return false,
        }
    }
    if tones > 1 || base.is_empty() {
        return false;
    }
    let base: String = base.into_iter().collect();
    ONSETS.iter().any(|onset| {
        base.strip_prefix(onset)
            .is_some_and(|rime| !rime.is_empty() && is_rime(rime))
    })
}

fn is_rime(rime: &str) -> bool {
    if OPEN_NUCLEI.contains(&rime) {
        return true;
    }
    CODAS.iter().any(|coda| {
        rime.strip_suffix(coda)
            .is_some_and(|nucleus| NEED_OR_TAKE_CODA.contains(&nucleus))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_tables_parse_completely() {
        let t = tables();
        for (name, table) in [("tcvn3", &t.tcvn3), ("vni", &t.vni)] {
            let Some(table) = table else {
                panic!("{name}.tsv does not parse");
            };
            // Every byte from A0 up has a meaning; in 80–9F exactly the five
            // bytes windows-1252 leaves undefined have none.
            let undefined: Vec<usize> = (0..128)
                .filter(|&i| table[i].is_none())
                .map(|i| i + 0x80)
                .collect();
            assert_eq!(undefined, vec![0x81, 0x8D, 0x8F, 0x90, 0x9D], "{name}");
        }
    }

    /// Every Vietnamese letter, lower case then capitals.
    fn alphabet() -> Vec<char> {
        let bases = "aăâeêioôơuưy";
        let tones = ["", "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"];
        let mut v = Vec::new();
        for b in bases.chars() {
            for t in tones {
                let s: String = format!("{b}{t}").nfc().collect();
                v.extend(s.chars());
            }
        }
        v.push('đ');
        let upper: Vec<char> = v.iter().flat_map(|c| c.to_uppercase()).collect();
        v.extend(upper);
        v
    }

    #[test]
    fn tcvn3_has_every_lower_case_letter_once() {
        let Some(table) = &tables().tcvn3 else {
            panic!("tcvn3.tsv does not parse");
        };
        for c in alphabet().into_iter().filter(|c| c.is_lowercase()) {
            let hits = table
                .iter()
                .filter(|e| e.as_deref() == Some(c.to_string().as_str()))
                .count();
            let expect = usize::from(!matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'));
            assert_eq!(hits, expect, "{c}");
        }
    }

    #[test]
    fn vni_spells_every_letter() {
        // Each letter must be spelt by one VNI byte, its ASCII base letter plus
        // one diacritic byte, or a letter byte (ơ, ư) plus a tone byte; decoding
        // then NFC gives it back.
        let Some(table) = &tables().vni else {
            panic!("vni.tsv does not parse");
        };
        let entries: Vec<&str> = table.iter().flatten().map(String::as_str).collect();
        let nfc = |s: String| s.nfc().collect::<String>();
        for c in alphabet().into_iter().filter(|c| !c.is_ascii()) {
            let want = c.to_string();
            let base: String = want.nfd().take(1).collect();
            let spelt = entries.iter().any(|e| nfc(e.to_string()) == want)
                || entries.iter().any(|e| nfc(format!("{base}{e}")) == want)
                || entries
                    .iter()
                    .any(|a| entries.iter().any(|e| nfc(format!("{a}{e}")) == want));
            assert!(spelt, "no VNI spelling for {c}");
        }
    }

    #[test]
    fn every_letter_round_trips() {
        for enc in Legacy::ALL {
            for c in alphabet() {
                // Inside a word, so no capital is restored from context.
                let text = format!("x {c}x");
                let Some(bytes) = encode(&text, enc.label()) else {
                    panic!("{} cannot write {c}", enc.label());
                };
                let back: String = enc.decode(&bytes).unwrap_or_default().nfc().collect();
                // TCVN3 writes capitals it has no code for in lower case.
                let coded = tables()
                    .tcvn3
                    .as_ref()
                    .and_then(|t| find(t, &c.to_string()))
                    .is_some();
                let want = if enc == Legacy::Tcvn3 && !c.is_ascii() && !coded {
                    text.to_lowercase()
                } else {
                    text.clone()
                };
                assert_eq!(back, want, "{}", enc.label());
            }
        }
    }

    #[test]
    fn syllables() {
        for w in [
            "Kế", "HOẠCH", "nghiêng", "giữ", "gì", "quốc", "thuyền", "Đắk", "khuya", "ươu", "hoà",
            "hòa", "Uỷ", "ủy", "người", "yêu", "năm", "ấy",
        ] {
            assert!(is_syllable(w), "{w}");
            let nfd: String = w.nfd().collect();
            assert!(is_syllable(&nfd), "{w} in NFD");
        }
        for w in [
            "café", "crème", "Kấỡ", "ña", "ă", "ạạ", "HOA¹CH", "voilà", "aự",
        ] {
            assert!(!is_syllable(w), "{w}");
        }
    }

    #[test]
    fn capitals_are_restored_from_context() {
        assert_eq!(restore_capitals("Kế HOạCH"), "KẾ HOẠCH");
        assert_eq!(restore_capitals("Đề áN\n"), "ĐỀ ÁN\n");
        assert_eq!(restore_capitals("UBND TỉNH GIA LAI"), "UBND TỈNH GIA LAI");
        // Ordinary case stays.
        assert_eq!(restore_capitals("Số: 183/KH-UBND"), "Số: 183/KH-UBND");
        assert_eq!(
            restore_capitals("Sở Tư pháp, Bộ Công an"),
            "Sở Tư pháp, Bộ Công an"
        );
        assert_eq!(restore_capitals("Điều 1. Phê duyệt"), "Điều 1. Phê duyệt");
        // Sentence starts.
        assert_eq!(
            restore_capitals("2. ủy ban nhân dân. ở đây\n- ấp\nII. ủy\nlà của\nủy ban"),
            "2. Ủy ban nhân dân. Ở đây\n- Ấp\nII. Ủy\nlà của\nủy ban"
        );
    }
}
