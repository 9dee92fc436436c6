//! The deadline grammar. Stub; see the crate description.

/// A calendar date (proleptic Gregorian).
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Date,
    FromDate,
    Month,
    Quarter,
    HalfYear,
    Year,
    Range,
    Phased,
    Recurring,
    Event,
    Roadmap,
    None,
}

/// What the grammar made of one phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub kind: Kind,
    pub start: Option<Date>,
    pub end: Option<Date>,
    /// Every date of a `Phased` deadline, in ascending order; empty otherwise.
    pub dates: Vec<Date>,
    /// True when a month or period had no year and took `Context::plan_year`.
    pub year_assumed: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    /// The plan's own year, for months printed without one.
    pub plan_year: Option<i32>,
}

/// A deadline found inside running text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range of the phrase in the searched text.
    pub start: usize,
    pub end: usize,
    /// The phrase as printed (a substring of the searched text, trimmed).
    pub raw: String,
    pub parsed: Parsed,
}

/// Parse a whole deadline phrase: a "Thời gian ...:" value or a deadline table cell.
pub fn parse(_raw: &str, _ctx: &Context) -> Parsed {
    Parsed { kind: Kind::None, start: None, end: None, dates: Vec::new(), year_assumed: false }
}

/// Parse a segment that may be an inline deadline (an italic or parenthesised
/// segment, or the last sentence of an item). `None` unless the segment as a
/// whole reads as a deadline phrase.
pub fn parse_inline(_segment: &str, _ctx: &Context) -> Option<Parsed> {
    None
}

/// Find the first deadline expression inside running text (responsibility items).
pub fn find_in_text(_text: &str, _ctx: &Context) -> Option<Found> {
    None
}
