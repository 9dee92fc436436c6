//! Document metadata and legal references of Vietnamese government plans.
//!
//! Two entry points:
//! - [`find_citations`] finds cited legal documents ("Quyết định số 06/QĐ-TTg ngày
//!   06/01/2022 của Thủ tướng Chính phủ", "Luật Căn cước công dân 2014", ...) in running
//!   text with a small nom grammar (module `citation`: one parser per construct —
//!   `doc_type_word`, `doc_number`, `issue_date`, `issuer_phrase`, `law_name`, `citation`);
//! - [`extract_metadata`] reads the outer document's header, signature block and the
//!   web-page metadata block that some sources carry (number, type, issuer, place, date,
//!   signer, title).
//!
//! Nothing here is keyed on a particular province, year or issuer: all rules are about the
//! shape of Vietnamese administrative documents (Decree 30/2020/NĐ-CP layout).
//! No function panics on any input; all slicing happens on char boundaries.

mod citation;
mod metadata;
mod text;

pub use citation::find_citations;
pub use metadata::extract_metadata;

use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// A calendar-checked date: `None` for 31/4, 29/2 of a common year, month 13, ...
    /// Source documents do contain typos like "ngày 31/6"; a checked constructor keeps
    /// impossible dates out of the graph instead of serialising them.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1900..=2200).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let max = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            _ if leap => 29,
            _ => 28,
        };
        (day <= max).then_some(Date { year, month, day })
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One cited legal document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// Byte range in the searched text (always on char boundaries of that text, also when
    /// the text was not NFC).
    pub start: usize,
    pub end: usize,
    /// "06/QĐ-TTg", "137/2015/NĐ-CP", "1552/BTTTT-THH"; spaces inside the printed number
    /// ("468 /QĐ-UBND") are removed and en/em dashes become "-". For a law cited by name
    /// ("Luật Căn cước công dân 2014") this is the law's name without the year.
    pub number: String,
    /// "Quyết định", "Nghị định", "Kế hoạch", "Văn bản", ...
    pub doc_type: Option<String>,
    pub issued_on: Option<Date>,
    /// Year of issue when known: from `issued_on`, or from a year-only mention
    /// ("Quyết định 06/QĐ-TTg năm 2022", "Luật Căn cước công dân 2014",
    /// "ngày tháng năm 2023" with blank day and month).
    pub year: Option<i32>,
    /// "Thủ tướng Chính phủ", "UBND tỉnh Đắk Nông", as printed after "của".
    pub issuer: Option<String>,
}

/// Stable reference id for a cited document: `"ref:"` + the number with all whitespace
/// removed, NFC (so the same number typed with extra spaces or in NFD dedupes).
pub fn citation_id(number: &str) -> String {
    // A numbered document's spaces are typing noise ("468 /QĐ-UBND"); a law cited by
    // name keeps its word boundaries as hyphens ("Luật-Căn-cước-công-dân").
    let compact: String = if number.contains('/') {
        number.chars().filter(|c| !c.is_whitespace()).collect()
    } else {
        number.split_whitespace().collect::<Vec<_>>().join("-")
    };
    format!("ref:{}", compact.nfc())
}

/// Metadata of the outer document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub number: Option<String>,
    pub doc_type: Option<String>,
    pub issuer: Option<String>,
    pub place: Option<String>,
    pub issued_on: Option<Date>,
    pub signer: Option<String>,
    pub title: Option<String>,
    /// 0-based line index each field was read from, for diagnostics.
    pub lines: Vec<(&'static str, usize)>,
}

impl Metadata {
    /// The 0-based line a field ("number", "doc_type", "issuer", "place", "issued_on",
    /// "signer", "title") was read from.
    pub fn line_of(&self, field: &str) -> Option<usize> {
        self.lines
            .iter()
            .find(|(f, _)| *f == field)
            .map(|&(_, l)| l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_validation() {
        assert_eq!(
            Date::new(2022, 1, 6),
            Some(Date {
                year: 2022,
                month: 1,
                day: 6
            })
        );
        assert_eq!(Date::new(2022, 2, 29), None);
        assert!(Date::new(2024, 2, 29).is_some());
        assert_eq!(Date::new(2022, 4, 31), None);
        assert_eq!(Date::new(2022, 13, 1), None);
        assert_eq!(Date::new(2022, 0, 1), None);
        assert_eq!(Date::new(2022, 1, 0), None);
        assert_eq!(Date::new(20, 1, 1), None);
        assert_eq!(
            Date::new(2022, 1, 6).map(|d| d.to_string()),
            Some("2022-01-06".into())
        );
    }

    #[test]
    fn citation_ids() {
        assert_eq!(citation_id("06/QĐ-TTg"), "ref:06/QĐ-TTg");
        assert_eq!(citation_id("468 /QĐ-UBND"), "ref:468/QĐ-UBND");
        // NFD input (e + combining marks) gives the same id as NFC.
        let nfd: String = "Luật Căn cước".nfd().collect();
        assert_eq!(citation_id(&nfd), citation_id("Luật Căn cước"));
        assert_eq!(citation_id("Luật Căn cước"), "ref:Luật-Căn-cước");
    }
}
