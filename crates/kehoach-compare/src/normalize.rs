//! Task text → the features the aligner compares.
//!
//! Two provinces copying the same national task rarely print it the same way:
//! "Triển khai thi hành Thông tư…" against "Triển khai thực hiện Thông tư…",
//! "hoà" against "hòa", "đăng kí" against "đăng ký", "CSDLQG về DC" against
//! "Cơ sở dữ liệu quốc gia về dân cư". This module removes exactly those
//! differences and nothing that tells two tasks apart:
//!
//! - NFC and lower case;
//! - tone marks are taken off the vowel they sit on and written after the
//!   syllable (Telex letters), so old and new tone placement ("hoà"/"hòa",
//!   "thuỷ"/"thủy") give the same syllable while different tones stay different;
//! - a final "y" after a consonant becomes "i" ("kỹ"/"kĩ", "lý"/"lí");
//! - common administrative abbreviations are spelled out;
//! - legal document numbers ("137/2015/NĐ-CP") are kept whole, leading zeros
//!   dropped, because the same decree is the strongest evidence of the same task;
//! - other numbers are dropped: they are dates, counts and percentages, which
//!   are exactly what provinces change;
//! - function words and the verbs every assignment starts with ("triển khai",
//!   "thực hiện", "phối hợp", …) are stop phrases: they leave a gap, so no
//!   two-syllable feature spans them.
//!
//! The features are the remaining syllables and every pair of neighbouring
//! syllables (so "đất đai" and "bảo hiểm" count as units, not only their parts).

use std::collections::HashSet;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// Combining tone marks (as NFD spells them) and the Telex letter that stands
/// for each once it is moved behind the syllable.
const TONES: [(char, char); 5] = [
    ('\u{0300}', 'f'), // huyền
    ('\u{0301}', 's'), // sắc
    ('\u{0309}', 'r'), // hỏi
    ('\u{0303}', 'x'), // ngã
    ('\u{0323}', 'j'), // nặng
];

/// Abbreviations Vietnamese administrative texts use for the same words they
/// elsewhere spell out.
const ABBREVIATIONS: [(&str, &str); 15] = [
    ("csdlqg", "cơ sở dữ liệu quốc gia"),
    ("csdl", "cơ sở dữ liệu"),
    ("cccd", "căn cước công dân"),
    ("cmnd", "chứng minh nhân dân"),
    ("ubnd", "ủy ban nhân dân"),
    ("hđnd", "hội đồng nhân dân"),
    ("tthc", "thủ tục hành chính"),
    ("dvc", "dịch vụ công"),
    ("dvctt", "dịch vụ công trực tuyến"),
    ("cntt", "công nghệ thông tin"),
    ("bhxh", "bảo hiểm xã hội"),
    ("bhyt", "bảo hiểm y tế"),
    ("dc", "dân cư"),
    ("qđ", "quyết định"),
    ("nđ", "nghị định"),
];

/// Single syllables that carry grammar, not content.
const STOP_WORDS: &str = "các và của với để theo trong có được cho đã là những này \
     từ tại trên như hoặc khi nhằm việc giữa về đến vào sau đó cùng một mọi";

/// Phrases that open or pad almost every assignment. Longer phrases first, so
/// "tổ chức thực hiện" is taken whole before "thực hiện" alone.
const STOP_PHRASES: [&str; 21] = [
    "tổ chức thực hiện",
    "có liên quan",
    "theo quy định",
    "trên địa bàn",
    "trên cơ sở",
    "đối với",
    "triển khai",
    "thực hiện",
    "thi hành",
    "tham gia",
    "phối hợp",
    "chủ trì",
    "tiếp tục",
    "hoàn thành",
    "bảo đảm",
    "đảm bảo",
    "liên quan",
    "kèm theo",
    "đẩy mạnh",
    "tăng cường",
    "khẩn trương",
];

/// The letters that count as vowels when deciding whether a final "y" follows a consonant.
fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

/// One lower-case word → its canonical syllable: tone moved to the end as a
/// Telex letter, a final "y" after a consonant written "i".
pub fn fold_syllable(word: &str) -> String {
    let mut tone = None;
    let mut base = String::with_capacity(word.len());
    for c in word.nfd() {
        match TONES.iter().find(|(mark, _)| *mark == c) {
            Some((_, letter)) => tone = Some(*letter),
            None => base.push(c),
        }
    }
    let mut base: String = base.nfc().collect();
    let chars: Vec<char> = base.chars().collect();
    if chars.len() >= 2 && chars[chars.len() - 1] == 'y' && !is_vowel(chars[chars.len() - 2]) {
        base.pop();
        base.push('i');
    }
    if let Some(letter) = tone {
        base.push(letter);
    }
    base
}

struct StopLists {
    words: HashSet<String>,
    phrases: Vec<Vec<String>>,
}

fn stop_lists() -> &'static StopLists {
    static LISTS: OnceLock<StopLists> = OnceLock::new();
    LISTS.get_or_init(|| StopLists {
        words: STOP_WORDS.split_whitespace().map(fold_syllable).collect(),
        phrases: STOP_PHRASES
            .iter()
            .map(|p| p.split_whitespace().map(fold_syllable).collect())
            .collect(),
    })
}

/// A legal document number ("137/2015/nđ-cp", "06/qđ-ttg") in canonical form,
/// or `None`. Shape: digits, "/", an optional four-digit year and "/", then a
/// kind made of letters and hyphens.
fn document_number(chunk: &str) -> Option<String> {
    let chunk = chunk.trim_matches(|c: char| c == '-' || c == '.');
    let mut parts = chunk.split('/');
    let number = parts.next()?;
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let rest: Vec<&str> = parts.collect();
    let kind = match rest.as_slice() {
        [kind] => *kind,
        [year, kind] if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) => kind,
        _ => return None,
    };
    let kind_ok = kind.chars().next().is_some_and(char::is_alphabetic)
        && kind.chars().all(|c| c.is_alphabetic() || c == '-');
    if !kind_ok {
        return None;
    }
    let number = number.trim_start_matches('0');
    let year = if rest.len() == 2 { rest[0] } else { "" };
    Some(format!("§{number}/{year}/{kind}"))
}

/// The features of one text: syllables, neighbouring pairs ("a b") and
/// document numbers ("§…"), with repeats (the weighting counts them).
pub fn features(text: &str) -> Vec<String> {
    let lists = stop_lists();
    let lower: String = text.nfc().collect::<String>().to_lowercase();
    // `None` marks a gap that no pair may span.
    let mut words: Vec<Option<String>> = Vec::new();
    let mut out: Vec<String> = Vec::new();
    // Punctuation (a comma, a bracket, a full stop) separates ideas: phrases
    // end there. Within a phrase, whitespace separates chunks; a chunk is a
    // document number or one or more words joined by '-', '/' or '.'.
    let phrases = lower.split(|c: char| {
        !(c.is_alphanumeric() || c.is_whitespace() || c == '/' || c == '-' || c == '.')
    });
    for phrase in phrases {
        for chunk in phrase.split_whitespace() {
            if let Some(number) = document_number(chunk) {
                out.push(number);
                words.push(None);
                continue;
            }
            for word in chunk.split(|c: char| !c.is_alphanumeric()) {
                if word.is_empty() {
                    continue;
                }
                if word.chars().all(|c| c.is_ascii_digit()) {
                    words.push(None);
                    continue;
                }
                match ABBREVIATIONS.iter().find(|(short, _)| *short == word) {
                    Some((_, long)) => {
                        words.extend(long.split_whitespace().map(|w| Some(fold_syllable(w))))
                    }
                    None => words.push(Some(fold_syllable(word))),
                }
            }
            if chunk.ends_with('.') {
                words.push(None);
            }
        }
        words.push(None);
    }
    // Stop phrases and words become gaps.
    let mut kept: Vec<Option<String>> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let phrase = lists.phrases.iter().find(|p| {
            p.len() <= words.len() - i
                && p.iter()
                    .zip(&words[i..])
                    .all(|(a, b)| b.as_deref() == Some(a.as_str()))
        });
        if let Some(p) = phrase {
            kept.push(None);
            i += p.len();
            continue;
        }
        match &words[i] {
            Some(w) if !lists.words.contains(w) => kept.push(Some(w.clone())),
            _ => kept.push(None),
        }
        i += 1;
    }
    for w in kept.iter().flatten() {
        out.push(w.clone());
    }
    for pair in kept.windows(2) {
        if let [Some(a), Some(b)] = pair {
            out.push(format!("{a} {b}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tone_placement_and_spelling_variants_fold_together() {
        assert_eq!(fold_syllable("hoà"), fold_syllable("hòa"));
        assert_eq!(fold_syllable("thuỷ"), fold_syllable("thủy"));
        assert_eq!(fold_syllable("ký"), fold_syllable("kí"));
        assert_eq!(fold_syllable("mỹ"), fold_syllable("mĩ"));
        // Different tones stay different syllables.
        assert_ne!(fold_syllable("mà"), fold_syllable("má"));
        // "y" after a vowel is part of the rhyme, not a spelling variant.
        assert_ne!(fold_syllable("quý"), fold_syllable("quí"));
        assert_eq!(fold_syllable("y"), "y");
    }

    #[test]
    fn nfd_input_gives_the_same_features_as_nfc() {
        let nfc = "Kết nối dữ liệu đất đai";
        let nfd: String = nfc.nfd().collect();
        assert_eq!(features(nfc), features(&nfd));
    }

    #[test]
    fn abbreviations_are_spelled_out() {
        let a = features("Khai thác CSDLQG về DC");
        let b = features("Khai thác Cơ sở dữ liệu quốc gia về dân cư");
        assert_eq!(a, b);
    }

    #[test]
    fn stop_phrases_leave_gaps_and_numbers_are_kept_whole() {
        let f =
            features("Triển khai thực hiện Nghị định số 137/2015/NĐ-CP ngày 31/12/2015 về dữ liệu");
        assert!(f.contains(&"§137/2015/nđ-cp".to_string()), "{f:?}");
        // No feature for the stop phrase, and no pair spanning it.
        let khai = fold_syllable("khai");
        assert!(!f.iter().any(|w| w.split(' ').any(|s| s == khai)), "{f:?}");
        assert!(f.contains(&format!(
            "{} {}",
            fold_syllable("dữ"),
            fold_syllable("liệu")
        )));
        assert_eq!(document_number("06/qđ-ttg"), Some("§6//qđ-ttg".to_string()));
        assert_eq!(document_number("220/380v"), None);
    }

    #[test]
    fn anything_goes_in_without_panicking() {
        for text in [
            "",
            "////",
            "-/-",
            "0/0000/-",
            "\u{0301}\u{0300}",
            "𝔸 ꙮ 5/a",
            "y",
        ] {
            let _ = features(text);
        }
    }
}
