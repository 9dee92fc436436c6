//! Output file names. Input file names come from whoever supplied the corpus,
//! so they are treated as hostile: the name written inside OUTDIR must be a
//! single plain path component, and two inputs must never overwrite each other.

use std::collections::HashSet;

/// Longest stem kept, in bytes. Leaves room for a "-N" suffix, ".json" and the
/// temporary ".….json.tmp" form under the 143-byte name limit of the most
/// restrictive common file systems (eCryptfs), not just the usual 255.
pub const MAX_STEM_BYTES: usize = 120;

/// Used when nothing printable is left of a stem.
const FALLBACK_STEM: &str = "unnamed";

/// Turn an input file stem into a safe output stem: no path separators, no
/// control characters, no leading dot (so never "." or "..", never hidden and
/// never clashing with the ".name.json.tmp" files of atomic writes), no
/// characters Windows forbids, non-empty and at most [`MAX_STEM_BYTES`] long.
pub fn sanitise(stem: &str) -> String {
    let mut out = String::with_capacity(stem.len().min(MAX_STEM_BYTES));
    for c in stem.chars() {
        let c = match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        };
        if out.len() + c.len_utf8() > MAX_STEM_BYTES {
            break;
        }
        out.push(c);
    }
    // Windows also drops trailing dots and spaces, which would merge names.
    let trimmed_len = out.trim_end_matches(['.', ' ']).len();
    out.truncate(trimmed_len);
    if out.starts_with('.') {
        out.replace_range(..1, "_");
    }
    if out.is_empty() {
        return FALLBACK_STEM.to_string();
    }
    if is_windows_device_name(&out) {
        out.insert(0, '_');
    }
    out
}

fn is_windows_device_name(stem: &str) -> bool {
    let base = stem.split('.').next().unwrap_or(stem).to_ascii_uppercase();
    matches!(base.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((base.starts_with("COM") || base.starts_with("LPT"))
            && base.len() == 4
            && base.as_bytes()[3].is_ascii_digit())
}

/// Hands out distinct output stems in the order inputs are offered. Names are
/// compared case-insensitively because OUTDIR may live on a file system that is.
#[derive(Default)]
pub struct Allocator {
    taken: HashSet<String>,
}

impl Allocator {
    /// The stem to write for an input whose sanitised stem is `base`; the second
    /// value is true when `base` was already taken and a suffix was added.
    pub fn allocate(&mut self, base: &str) -> (String, bool) {
        if self.taken.insert(base.to_lowercase()) {
            return (base.to_string(), false);
        }
        let mut n: u64 = 2;
        loop {
            let candidate = format!("{base}-{n}");
            if self.taken.insert(candidate.to_lowercase()) {
                return (candidate, true);
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_stems_are_kept() {
        assert_eq!(
            sanitise("gia-lai-183-kh-ubnd-2022"),
            "gia-lai-183-kh-ubnd-2022"
        );
        assert_eq!(sanitise("Kế hoạch 06"), "Kế hoạch 06");
    }

    #[test]
    fn hostile_stems_stay_one_plain_component() {
        for (stem, want) in [
            ("..", "unnamed"),
            ("..x", "_.x"),
            (".", "unnamed"),
            ("", "unnamed"),
            ("../../etc/passwd", "_._.._etc_passwd"),
            ("a\\..\\b", "a_.._b"),
            (".hidden", "_hidden"),
            ("red\x1b[31m\n", "red_[31m_"),
            ("nul\0byte", "nul_byte"),
            ("trailing. . ", "trailing"),
            ("CON", "_CON"),
            ("com1.x", "_com1.x"),
        ] {
            let got = sanitise(stem);
            assert_eq!(got, want, "{stem:?}");
            assert!(
                !got.contains(['/', '\\']) && !got.chars().any(char::is_control),
                "{got:?}"
            );
            assert!(!got.starts_with('.') && !got.is_empty(), "{got:?}");
        }
    }

    #[test]
    fn long_stems_are_cut_on_a_character_boundary() {
        let long = "đ".repeat(200);
        let got = sanitise(&long);
        assert!(got.len() <= MAX_STEM_BYTES);
        assert_eq!(got, "đ".repeat(MAX_STEM_BYTES / 2));
        let ascii = sanitise(&"a".repeat(MAX_STEM_BYTES + 1));
        assert_eq!(ascii.len(), MAX_STEM_BYTES);
    }

    #[test]
    fn collisions_get_numbered_suffixes() {
        let mut a = Allocator::default();
        assert_eq!(a.allocate("x"), ("x".to_string(), false));
        assert_eq!(a.allocate("X"), ("X-2".to_string(), true));
        assert_eq!(a.allocate("x-2"), ("x-2-2".to_string(), true));
        assert_eq!(a.allocate("x"), ("x-3".to_string(), true));
        assert_eq!(a.allocate("y"), ("y".to_string(), false));
    }
}
