//! Character questions every grammar asks of every char of a plan — its lower
//! case, whether it is a letter, whether NFC could change it — answered by
//! range for ASCII and the Latin letters Vietnamese is written with, and by
//! Unicode's tables for the rest. Each answer is exactly the standard library's
//! (or `unicode-normalization`'s); the tests compare them over whole blocks.

/// `c.to_lowercase()` when that is one char (`None` for the few chars whose lower
/// case is longer, like 'İ').
#[inline]
pub fn lower_char(c: char) -> Option<char> {
    let u = c as u32;
    match u {
        0..=0x7F => Some(c.to_ascii_lowercase()),
        // À–Þ (but ×) → à–þ; ß–ÿ and × are their own lower case.
        0xC0..=0xDE if u != 0xD7 => char::from_u32(u + 0x20),
        0xD7..=0xFF => Some(c),
        // Upper/lower pairs at even/odd code points: Latin Extended-A (Ă, Đ, Ĩ,
        // Ũ ...) and the Vietnamese block of Latin Extended Additional (Ạ–ỹ).
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1EA0..=0x1EFF => char::from_u32(u | 1),
        // Ơ, Ư and their lower case.
        0x1A0 | 0x1AF => char::from_u32(u + 1),
        0x1A1 | 0x1B0 => Some(c),
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Some(l),
                _ => None,
            }
        }
    }
}

/// `a.to_lowercase().eq(b.to_lowercase())`, without the iterators for the
/// letters [`lower_char`] answers.
#[inline]
pub fn same_ignoring_case(a: char, b: char) -> bool {
    if a == b {
        return true;
    }
    match (lower_char(a), lower_char(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a.to_lowercase().eq(b.to_lowercase()),
    }
}

/// `char::is_alphabetic`. U+00C0–U+024F are all letters but × and ÷;
/// U+1E00–U+1EFF are all letters.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => true,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_alphanumeric`, by range like [`is_alphabetic`].
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// A char that NFC leaves alone whatever surrounds it: below U+0300 (before the
/// combining marks), a precomposed letter of Latin Extended Additional
/// (U+1E00–U+1EFF, most Vietnamese letters) or General Punctuation from U+2002
/// (U+2000 and U+2001 are replaced by NFC). None of them is a combining mark.
#[inline]
pub fn plainly_nfc_char(c: char) -> bool {
    c < '\u{300}'
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
        || ('\u{2002}'..='\u{206F}').contains(&c)
}

/// Every char of `s` is [`plainly_nfc_char`], so `s` is NFC. Read from the
/// UTF-8 bytes (the ranges are told by their first two bytes, three for
/// U+2002) without decoding chars: whole plans come through here.
pub fn plainly_nfc(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let lead = b[i];
        if lead < 0x80 {
            i += 1;
            continue;
        }
        let next = b.get(i + 1).copied().unwrap_or(0);
        i += match lead {
            // U+0080–U+02FF.
            0xC2..=0xCB => 2,
            // U+1E00–U+1EFF.
            0xE1 if (0xB8..=0xBB).contains(&next) => 3,
            // U+2002–U+203F, U+2040–U+206F.
            0xE2 if next == 0x80 && b.get(i + 2).is_some_and(|&t| t >= 0x82) => 3,
            0xE2 if next == 0x81 && b.get(i + 2).is_some_and(|&t| t <= 0xAF) => 3,
            _ => return false,
        };
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::{is_nfc, UnicodeNormalization};

    #[test]
    fn char_shortcuts_agree_with_std() {
        for c in ('\0'..='\u{2FFF}').chain(['\u{FF21}', '\u{10400}', '\u{1D400}']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            let std: Vec<char> = c.to_lowercase().collect();
            match lower_char(c) {
                Some(l) => assert_eq!(std, [l], "{c:?}"),
                None => assert!(std.len() > 1, "{c:?}"),
            }
            for d in ['a', 'A', 'ơ', 'Ơ', 'ế', 'Ế', 'i', '\u{130}', c] {
                assert_eq!(
                    same_ignoring_case(c, d),
                    c.to_lowercase().eq(d.to_lowercase()),
                    "{c:?} {d:?}"
                );
            }
        }
    }

    #[test]
    fn plainly_nfc_reads_the_ranges_from_bytes() {
        for c in ('\0'..='\u{FFFF}').chain(['\u{10000}', '\u{1F600}']) {
            for s in [
                c.to_string(),
                format!("a{c}"),
                format!("{c}ế"),
                format!("{c}{c}"),
            ] {
                assert_eq!(plainly_nfc(&s), s.chars().all(plainly_nfc_char), "{s:?}");
            }
        }
    }

    #[test]
    fn plainly_nfc_chars_are_nfc_starters() {
        let ranges = ('\0'..'\u{300}')
            .chain('\u{1E00}'..='\u{1EFF}')
            .chain('\u{2000}'..='\u{2070}');
        for c in ranges.filter(|c| plainly_nfc_char(*c)) {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            let n: String = c.to_string().nfc().collect();
            assert_eq!(n, c.to_string(), "{c:?}");
        }
    }

    #[test]
    fn plainly_nfc_text_is_nfc() {
        let samples = [
            "Quyết định số 06/QĐ-TTg “Đề án” – ngày",
            "Ủy ban nhân dân tỉnh Đắk Nông",
            "\u{2000}\u{2001}",
            "A\u{301}",
            "ꞌ\u{1E9B}\u{323}",
        ];
        for s in samples {
            let nfd: String = s.nfd().collect();
            for t in [s, nfd.as_str()] {
                if plainly_nfc(t) {
                    assert!(is_nfc(t), "{t:?}");
                }
            }
        }
        // Exhaustively over the ranges the shortcut accepts, with neighbours.
        for c in ('\0'..'\u{300}')
            .chain('\u{1E00}'..='\u{1EFF}')
            .chain('\u{2002}'..='\u{206F}')
        {
            for d in ['a', 'ế', '–', '\u{301}', c] {
                let s: String = [c, d].iter().collect();
                if plainly_nfc(&s) {
                    assert!(is_nfc(&s), "{s:?}");
                }
            }
        }
    }
}

/// Inputs for tests that compare a shortcut with the code it replaces: the
/// workspace's bundled plans and seeded random strings. Only for tests
/// (feature `samples`, enabled by the crates' dev-dependencies).
#[cfg(feature = "samples")]
pub mod samples {
    use std::path::Path;

    /// The texts of the plans in the workspace's `corpus/`, in file-name
    /// order; empty when the crate is built outside the workspace.
    pub fn corpus_texts() -> Vec<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|entry| entry.path())
            .collect();
        paths.sort();
        paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect()
    }

    /// Every line of [`corpus_texts`].
    pub fn corpus_lines() -> Vec<String> {
        corpus_texts()
            .iter()
            .flat_map(|t| t.lines().map(str::to_string))
            .collect()
    }

    /// `count` strings, each of fewer than `max_atoms` pieces drawn from
    /// `atoms`, by a xorshift generator started at `seed` (not 0): the same
    /// arguments always give the same strings.
    pub fn random_texts(seed: u64, count: usize, max_atoms: u64, atoms: &[&str]) -> Vec<String> {
        let mut state = seed;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        if atoms.is_empty() || max_atoms == 0 {
            return vec![String::new(); count];
        }
        (0..count)
            .map(|_| {
                let len = next() % max_atoms;
                (0..len)
                    .map(|_| atoms[(next() % atoms.len() as u64) as usize])
                    .collect()
            })
            .collect()
    }
}
