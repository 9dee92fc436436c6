//! Document metadata and legal references. Stub; see the crate description.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One cited legal document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// Byte range in the searched text.
    pub start: usize,
    pub end: usize,
    /// "06/QĐ-TTg", "137/2015/NĐ-CP", "1552/BTTTT-THH".
    pub number: String,
    /// "Quyết định", "Nghị định", "Kế hoạch", "Văn bản", ...
    pub doc_type: Option<String>,
    pub issued_on: Option<Date>,
    pub issuer: Option<String>,
}

pub fn find_citations(_text: &str) -> Vec<Citation> {
    Vec::new()
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

/// Read the metadata from the document's lines (NFC text, Markdown syntax removed).
pub fn extract_metadata(_lines: &[&str]) -> Metadata {
    Metadata::default()
}
