//! The deadline grammar of Vietnamese plans: phrases to kinds and ISO date ranges.
//!
//! Three entry points, by how much the caller already knows:
//!
//! * [`parse`] — the text *is* a deadline (a "Thời gian hoàn thành:" value, a deadline
//!   table cell): read it whole.
//! * [`parse_inline`] — the text *may be* a deadline (an italic or parenthesised segment,
//!   the last sentence of an item): accept it only if it opens like one and reads as one.
//! * [`find_in_text`] — running text that may *contain* a deadline: find the first
//!   phrase that times the item, and nothing that merely mentions a date.
//!
//! Pipeline: normalise the text to one spelling (case, tone placement, spaces,
//! Markdown leftovers) with a byte map back to the source (`normalize.rs`); mask what
//! can never be a deadline (dates of cited documents, programme names); walk the words
//! with the nom constructs of `grammar.rs` (`scan.rs`); decide among the constructs
//! found (below). All cue words live in `vocab.rs`.
//!
//! Choosing among several constructs in one phrase:
//!
//! 1. two or more "từ ..." start dates, or dated parts each introduced by a place
//!    ("Tại Trung tâm ... từ ngày ...; cấp huyện từ ngày ...") → `Phased`;
//! 2. otherwise the first calendar or recurring construct wins ("Hoàn thành ... trong
//!    Quý I/2022; bắt đầu từ Quý II/2022 ..." → Q1);
//! 3. a calendar construct beats an event or roadmap cue wherever it stands ("Theo lộ
//!    trình của năm 2024" → year 2024);
//! 4. among the rest: the first of recurring/event, then roadmap ("sau khi" beats a
//!    "theo ..." roadmap cue);
//! 5. a calendar construct that cannot be dated (a month without a year and no plan
//!    year, 31/02) makes the result `None`: never a guessed date.

mod grammar;
mod normalize;
mod scan;
mod vocab;

use grammar::{Reading, Span};
use scan::Piece;

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// The date, if it exists in the calendar (`None` for 31/02, 29/02 of a common year).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        (day >= 1 && day <= days_in_month(year, month)?).then_some(Date { year, month, day })
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> Option<u32> {
    Some(match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => return None,
    })
}

fn last_of_month(year: i32, month: u32) -> Option<Date> {
    Date::new(year, month, days_in_month(year, month)?)
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Every task's dates are printed: the digits of a four-digit year and
        // two-digit month and day are written directly, rather than through
        // the padding machinery of `write!`, which prints the same.
        let year = match u32::try_from(self.year) {
            Ok(y) if y <= 9999 && self.month < 100 && self.day < 100 => y,
            _ => return write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        };
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let buf = [
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(self.month / 10),
            digit(self.month),
            b'-',
            digit(self.day / 10),
            digit(self.day),
        ];
        f.write_str(std::str::from_utf8(&buf).map_err(|_| std::fmt::Error)?)
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

impl Parsed {
    fn of_kind(kind: Kind) -> Parsed {
        Parsed {
            kind,
            start: None,
            end: None,
            dates: Vec::new(),
            year_assumed: false,
        }
    }

    fn none() -> Parsed {
        Parsed::of_kind(Kind::None)
    }
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
pub fn parse(raw: &str, ctx: &Context) -> Parsed {
    let text = phrase_text(raw);
    let pieces = scan::phrase_pieces(&text);
    decide(&text, &pieces, ctx)
}

/// Parse a segment that may be an inline deadline (an italic or parenthesised
/// segment, or the last sentence of an item). `None` unless the segment as a
/// whole reads as a deadline phrase.
pub fn parse_inline(segment: &str, ctx: &Context) -> Option<Parsed> {
    let text = phrase_text(segment);
    let body = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let opens_as_deadline = grammar::any_of(vocab::INLINE_OPENERS)(body).is_ok();
    let opens_with_place = grammar::any_of(vocab::INLINE_PLACE_OPENERS)(body).is_ok();
    if !opens_as_deadline && !opens_with_place {
        return None;
    }
    let pieces = scan::phrase_pieces(&text);
    let parsed = decide(&text, &pieces, ctx);
    let accepted = match parsed.kind {
        Kind::None => false,
        Kind::FromDate | Kind::Phased => true,
        _ => opens_as_deadline,
    };
    accepted.then_some(parsed)
}

/// Find the first deadline expression inside running text (responsibility items).
pub fn find_in_text(text: &str, ctx: &Context) -> Option<Found> {
    // Masking keeps every byte offset, and only the offsets of the normalised
    // text are read after it: it is masked in place.
    let mut norm = normalize::normalize(text);
    scan::mask_citations(&mut norm.text);
    scan::mask_names(&mut norm.text);
    let pieces = scan::text_pieces(&norm.text);
    let chosen = pieces
        .iter()
        .filter(|p| p.strong)
        .chain(pieces.iter().filter(|p| !p.strong))
        .find_map(|p| {
            let parsed = resolve(p.reading, ctx)?;
            Some((p, parsed))
        });
    let (piece, parsed) = chosen?;
    let (start, end) = norm.source_range(piece.start, piece.end)?;
    let printed = text.get(start..end)?;
    let trimmed = printed.trim_end_matches(|c: char| c.is_whitespace() || ".;,:*_".contains(c));
    let lead = trimmed.len() - trimmed.trim_start().len();
    let raw = trimmed.trim_start();
    Some(Found {
        start: start + lead,
        end: start + trimmed.len(),
        raw: raw.to_string(),
        parsed,
    })
}

/// The normalised, masked text of a whole phrase, without a "Thời gian ...:" label.
fn phrase_text(raw: &str) -> String {
    let mut text = normalize::normalize(raw).text.replace('\n', " ");
    let unlabelled = match grammar::any_of(vocab::DEADLINE_LABELS)(text.as_str()) {
        Ok((rest, _)) => rest
            .trim_start_matches(' ')
            .strip_prefix(':')
            .map(|r| r.trim_start_matches(' ').to_string()),
        Err(_) => None,
    };
    if let Some(rest) = unlabelled {
        text = rest;
    }
    scan::mask_citations(&mut text);
    text
}

/// Applies the choice rules of the crate documentation to the constructs of a phrase.
fn decide(text: &str, pieces: &[Piece], ctx: &Context) -> Parsed {
    if let Some(p) = phased(text, pieces, ctx) {
        return p;
    }
    let first = |pred: fn(&Reading) -> bool| pieces.iter().find(|p| pred(&p.reading));
    let calendar = first(is_calendar);
    let recurring = first(|r| matches!(r, Reading::Recurring(_)));
    let event = first(|r| matches!(r, Reading::Event));
    let roadmap = first(|r| matches!(r, Reading::Roadmap));
    let chosen = match (calendar, recurring, event) {
        (Some(c), Some(r), _) if r.start < c.start => r,
        (Some(c), _, _) => c,
        (None, Some(r), Some(e)) if e.start < r.start => e,
        (None, Some(r), _) => r,
        (None, None, Some(e)) => e,
        (None, None, None) => match roadmap {
            Some(m) => m,
            None => return Parsed::none(),
        },
    };
    resolve(chosen.reading, ctx).unwrap_or_else(Parsed::none)
}

fn is_calendar(r: &Reading) -> bool {
    matches!(r, Reading::At(_) | Reading::From(_) | Reading::Between(..))
}

/// Several start dates for several places: a phased roll-out.
fn phased(text: &str, pieces: &[Piece], ctx: &Context) -> Option<Parsed> {
    let dated: Vec<&Piece> = pieces.iter().filter(|p| is_calendar(&p.reading)).collect();
    if dated.len() < 2 {
        return None;
    }
    let starts = dated
        .iter()
        .filter(|p| matches!(p.reading, Reading::From(_)))
        .count();
    let mut prev_end = 0;
    let mut every_part_placed = true;
    for p in &dated {
        let lead_in = text.get(prev_end..p.start).unwrap_or("");
        every_part_placed &= scan::contains_word(lead_in, vocab::PLACE_CUES);
        prev_end = p.end;
    }
    if starts < 2 && !every_part_placed {
        return None;
    }
    let mut assumed = false;
    let mut dates = Vec::with_capacity(dated.len());
    for p in &dated {
        let first_span = match p.reading {
            Reading::At(s) | Reading::From(s) | Reading::Between(s, _) => s,
            _ => continue,
        };
        let (first, _, a) = span_bounds(first_span, ctx)?;
        assumed |= a;
        dates.push(first);
    }
    dates.sort();
    dates.dedup();
    if dates.len() < 2 {
        return None;
    }
    Some(Parsed {
        kind: Kind::Phased,
        start: dates.first().copied(),
        end: dates.last().copied(),
        dates,
        year_assumed: assumed,
    })
}

/// First day, last day, and whether the plan's year was used.
fn span_bounds(span: Span, ctx: &Context) -> Option<(Date, Date, bool)> {
    let (year, assumed) = match span.year() {
        Some(y) => (y, false),
        None => (ctx.plan_year?, true),
    };
    let (first, last) = match span {
        Span::Day { month, day, .. } => {
            let d = Date::new(year, month, day)?;
            (d, d)
        }
        Span::Month { month, .. } => (Date::new(year, month, 1)?, last_of_month(year, month)?),
        Span::Quarter { quarter, .. } => {
            let m = 3 * quarter.checked_sub(1)? + 1;
            (Date::new(year, m, 1)?, last_of_month(year, m + 2)?)
        }
        Span::Half { second: false, .. } => (Date::new(year, 1, 1)?, Date::new(year, 6, 30)?),
        Span::Half { second: true, .. } => (Date::new(year, 7, 1)?, Date::new(year, 12, 31)?),
        Span::Year { .. } => (Date::new(year, 1, 1)?, Date::new(year, 12, 31)?),
    };
    Some((first, last, assumed))
}

fn span_kind(span: Span) -> Kind {
    match span {
        Span::Day { .. } => Kind::Date,
        Span::Month { .. } => Kind::Month,
        Span::Quarter { .. } => Kind::Quarter,
        Span::Half { .. } => Kind::HalfYear,
        Span::Year { .. } => Kind::Year,
    }
}

/// The reading as a result; `None` when it names a date that cannot be fixed.
fn resolve(reading: Reading, ctx: &Context) -> Option<Parsed> {
    let dated = |kind, start, end: Option<Date>, year_assumed| Parsed {
        kind,
        start: Some(start),
        end,
        dates: Vec::new(),
        year_assumed,
    };
    Some(match reading {
        Reading::At(span) => {
            let (first, last, assumed) = span_bounds(span, ctx)?;
            dated(span_kind(span), first, Some(last), assumed)
        }
        Reading::From(span) => {
            let (first, _, assumed) = span_bounds(span, ctx)?;
            dated(Kind::FromDate, first, None, assumed)
        }
        Reading::Between(a, b) => {
            let (first, _, a1) = span_bounds(a, ctx)?;
            let (_, last, a2) = span_bounds(b, ctx)?;
            if last < first {
                return None;
            }
            dated(Kind::Range, first, Some(last), a1 || a2)
        }
        Reading::Recurring(_) => Parsed::of_kind(Kind::Recurring),
        Reading::Event => Parsed::of_kind(Kind::Event),
        Reading::Roadmap => Parsed::of_kind(Kind::Roadmap),
    })
}

#[cfg(test)]
mod tests;
