//! The deadline grammar: one nom parser per construct of Vietnamese administrative
//! time phrases.
//!
//! Every parser reads the *normalised* text (see `normalize.rs`): lowercase, NFC,
//! modern tone placement, single spaces, dashes as "-". Parsers never look behind
//! their input; whatever depends on the words before a match (clause starts, noun
//! phrases, citations) is decided by the scanner in `scan.rs`.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1, take_while_m_n};
use nom::character::complete::{char, one_of, satisfy};
use nom::combinator::{map, map_opt, not, opt, peek, recognize, value, verify};
use nom::error::{Error, ErrorKind};
use nom::sequence::{pair, preceded, terminated, tuple};
use nom::IResult;

use crate::vocab;
use kehoach_text::{is_alphabetic, is_alphanumeric};

pub(crate) type Res<'a, T> = IResult<&'a str, T>;

/// A stretch of the calendar as printed, before the plan's year fills a missing year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Span {
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    Month {
        year: Option<i32>,
        month: u32,
    },
    Quarter {
        year: Option<i32>,
        quarter: u32,
    },
    Half {
        year: Option<i32>,
        second: bool,
    },
    Year {
        year: Option<i32>,
    },
}

impl Span {
    pub fn year(self) -> Option<i32> {
        match self {
            Span::Day { year, .. }
            | Span::Month { year, .. }
            | Span::Quarter { year, .. }
            | Span::Half { year, .. }
            | Span::Year { year } => year,
        }
    }

    pub fn with_year(self, y: Option<i32>) -> Span {
        match self {
            Span::Day { month, day, .. } => Span::Day {
                year: y,
                month,
                day,
            },
            Span::Month { month, .. } => Span::Month { year: y, month },
            Span::Quarter { quarter, .. } => Span::Quarter { year: y, quarter },
            Span::Half { second, .. } => Span::Half { year: y, second },
            Span::Year { .. } => Span::Year { year: y },
        }
    }
}

/// What one construct says about timing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Within (or on) a calendar span: date, month, quarter, half year, year.
    At(Span),
    /// Starting at the beginning of a span, open-ended.
    From(Span),
    /// From the start of one span to the end of another.
    Between(Span, Span),
    Recurring(Recur),
    Event,
    Roadmap,
}

/// The shapes of a recurring cue; running text trusts them differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Recur {
    /// "định kỳ" with its interval ("định kỳ hàng tháng", "định kỳ trước ngày 20 hàng tháng").
    PeriodicWithInterval,
    /// "định kỳ" alone: a schedule in a deadline cell, a noun modifier in running text.
    PeriodicBare,
    /// "trước ngày 15 hằng tháng".
    DayOfEveryMonth,
    /// "hàng tháng", "hằng năm".
    Every,
    /// "thường xuyên", "liên tục".
    Regular,
}

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Fail)))
}

// ---------------------------------------------------------------- words and numbers

/// The end of a word: what follows is not a letter or digit.
fn boundary(i: &str) -> Res<'_, ()> {
    not(peek(satisfy(is_alphanumeric)))(i)
}

/// A whole word or fixed multi-word phrase.
pub(crate) fn kw<'a>(word: &'static str) -> impl FnMut(&'a str) -> Res<'a, &'a str> {
    terminated(tag(word), boundary)
}

/// The longest entry of a vocabulary list found at the start of the input.
pub(crate) fn any_of<'a>(
    words: &'static [&'static str],
) -> impl FnMut(&'a str) -> Res<'a, &'a str> {
    move |i: &'a str| {
        let mut best: Option<(&'a str, &'a str)> = None;
        for w in words {
            // Lists are tried at every word of a text: a different first byte
            // rules an entry out without the full comparison.
            if w.as_bytes()
                .first()
                .is_some_and(|b| i.as_bytes().first() != Some(b))
            {
                continue;
            }
            if let Ok((rest, m)) = kw(w)(i) {
                let longer = match best {
                    Some((_, b)) => m.len() > b.len(),
                    None => true,
                };
                if longer {
                    best = Some((rest, m));
                }
            }
        }
        best.ok_or(nom::Err::Error(Error::new(i, ErrorKind::Tag)))
    }
}

/// One or more spaces (a line break counts: deadline cells wrap).
pub(crate) fn ws(i: &str) -> Res<'_, &str> {
    take_while1(|c| c == ' ' || c == '\n')(i)
}

fn ws0(i: &str) -> Res<'_, &str> {
    take_while(|c| c == ' ' || c == '\n')(i)
}

/// A number of `min..=max` digits that is not the beginning of a longer number.
fn number<'a>(min: usize, max: usize) -> impl FnMut(&'a str) -> Res<'a, u32> {
    map_opt(
        terminated(
            take_while_m_n(min, max, |c: char| c.is_ascii_digit()),
            not(peek(satisfy(|c| c.is_ascii_digit()))),
        ),
        |s: &str| s.parse::<u32>().ok(),
    )
}

fn day_number(i: &str) -> Res<'_, u32> {
    verify(number(1, 2), |d| (1..=31).contains(d))(i)
}

fn month_number(i: &str) -> Res<'_, u32> {
    verify(number(1, 2), |m| (1..=12).contains(m))(i)
}

/// Plausible plan years only, so that counts and codes are not read as years.
pub(crate) fn year_number(i: &str) -> Res<'_, i32> {
    map(verify(number(4, 4), |y| (1900..=2199).contains(y)), |y| {
        y as i32
    })(i)
}

/// "/", "-" or "." between the parts of a date, spaces allowed around it.
fn date_sep(i: &str) -> Res<'_, char> {
    preceded(ws0, terminated(one_of("/-."), ws0))(i)
}

/// The year after a month or quarter: "/2022", "-2022", " năm 2022", ", năm 2022",
/// " 2022" (a table cell whose line break was lost).
fn year_suffix(i: &str) -> Res<'_, i32> {
    alt((
        preceded(date_sep, year_number),
        preceded(
            tuple((ws0, opt(char(',')), ws0, kw("năm"), ws0)),
            year_number,
        ),
        preceded(ws, year_number),
    ))(i)
}

/// Nothing that looks like an unreadable year follows ("tháng 3/22", "quý I/23", "quý I
/// năm 23"): a month or quarter only takes the plan's year when none is printed at all.
fn no_year_follows(i: &str) -> Res<'_, ()> {
    let digit = || satisfy(|c| c.is_ascii_digit());
    not(peek(alt((
        value((), pair(date_sep, digit())),
        value((), tuple((ws0, kw("năm"), ws0, digit()))),
        value((), pair(ws, number(2, 2))),
    ))))(i)
}

// ---------------------------------------------------------------- calendar constructs

/// "15/3/2022", "15-03-2022", "15.3.2022".
fn numeric_date(i: &str) -> Res<'_, Span> {
    map(
        tuple((day_number, date_sep, month_number, date_sep, year_number)),
        |(day, _, month, _, y)| Span::Day {
            year: Some(y),
            month,
            day,
        },
    )(i)
}

/// "2022-03-15", as spreadsheets export it.
fn iso_date(i: &str) -> Res<'_, Span> {
    map(
        tuple((year_number, char('-'), month_number, char('-'), day_number)),
        |(y, _, month, _, day)| Span::Day {
            year: Some(y),
            month,
            day,
        },
    )(i)
}

/// "01 tháng 6 năm 2022", "15 tháng 3" (year from the plan).
fn worded_date(i: &str) -> Res<'_, Span> {
    map(
        tuple((
            day_number,
            ws,
            kw("tháng"),
            ws,
            month_number,
            opt(year_suffix),
        )),
        |(day, _, _, _, month, year)| Span::Day { year, month, day },
    )(i)
}

/// "30/6" after "ngày": a day whose year is the plan's.
fn day_month(i: &str) -> Res<'_, Span> {
    map(
        terminated(
            tuple((day_number, date_sep, month_number)),
            not(peek(pair(date_sep, satisfy(|c| c.is_ascii_digit())))),
        ),
        |(day, _, month)| Span::Day {
            year: None,
            month,
            day,
        },
    )(i)
}

/// "ngày 15/3/2022", "ngày 01 tháng 6 năm 2022", "ngày 30/6".
pub(crate) fn day_date(i: &str) -> Res<'_, Span> {
    preceded(
        pair(kw("ngày"), ws),
        alt((numeric_date, worded_date, day_month)),
    )(i)
}

/// A date printed without "ngày", trusted only as a whole deadline cell: "15/3/2022".
pub(crate) fn bare_date(i: &str) -> Res<'_, Span> {
    alt((iso_date, numeric_date))(i)
}

/// "tháng 3/2022", "Tháng 03 năm 2022", "tháng 3" (year from the plan), "T3/2022".
pub(crate) fn month_year(i: &str) -> Res<'_, Span> {
    alt((
        map(
            tuple((kw("tháng"), ws, month_number, year_suffix)),
            |(_, _, month, y)| Span::Month {
                year: Some(y),
                month,
            },
        ),
        map(
            tuple((kw("tháng"), ws, month_number, no_year_follows)),
            |(_, _, month, _)| Span::Month { year: None, month },
        ),
        map(
            tuple((char('t'), month_number, date_sep, year_number)),
            |(_, month, _, y)| Span::Month {
                year: Some(y),
                month,
            },
        ),
    ))(i)
}

/// What joins the two ends of a span: "-", "đến", "tới", ",", "và".
fn span_joiner(i: &str) -> Res<'_, &str> {
    preceded(
        ws0,
        terminated(
            alt((tag("-"), kw("đến"), kw("tới"), tag(","), kw("và"))),
            ws0,
        ),
    )(i)
}

/// "tháng 6 - 12/2022", "tháng 6 đến tháng 12 năm 2022": one stretch of months.
pub(crate) fn month_span(i: &str) -> Res<'_, (Span, Span)> {
    map(
        tuple((
            kw("tháng"),
            ws,
            month_number,
            opt(year_suffix),
            span_joiner,
            opt(pair(kw("tháng"), ws)),
            month_number,
            opt(year_suffix),
        )),
        |(_, _, m1, y1, _, _, m2, y2)| {
            inherit_year(
                Span::Month {
                    year: y1,
                    month: m1,
                },
                Span::Month {
                    year: y2,
                    month: m2,
                },
            )
        },
    )(i)
}

fn quarter_word(i: &str) -> Res<'_, &str> {
    alt((
        kw("quý"),
        kw("quí"),
        // "Q1/2023", "QII/2023" in tables.
        terminated(tag("q"), peek(satisfy(|c| c.is_ascii_digit() || c == 'i'))),
    ))(i)
}

/// Roman or arabic quarter number: I–IV, 1–4.
fn quarter_number(i: &str) -> Res<'_, u32> {
    terminated(
        alt((
            value(4, tag("iv")),
            value(3, tag("iii")),
            value(2, tag("ii")),
            value(1, tag("i")),
            map_opt(one_of("1234"), |c| c.to_digit(10)),
        )),
        boundary,
    )(i)
}

/// "Quý I/2023", "quý IV năm 2024", "Quý 2/2023", "quý I" (year from the plan).
pub(crate) fn quarter(i: &str) -> Res<'_, Span> {
    alt((
        map(
            tuple((quarter_word, ws0, quarter_number, year_suffix)),
            |(_, _, quarter, y)| Span::Quarter {
                year: Some(y),
                quarter,
            },
        ),
        map(
            tuple((quarter_word, ws0, quarter_number, no_year_follows)),
            |(_, _, quarter, _)| Span::Quarter {
                year: None,
                quarter,
            },
        ),
    ))(i)
}

/// "Quý I, II/2023", "quý I - quý III năm 2023": one stretch of quarters.
pub(crate) fn quarter_span(i: &str) -> Res<'_, (Span, Span)> {
    map(
        tuple((
            quarter_word,
            ws0,
            quarter_number,
            opt(year_suffix),
            span_joiner,
            opt(pair(quarter_word, ws0)),
            quarter_number,
            opt(year_suffix),
        )),
        |(_, _, q1, y1, _, _, q2, y2)| {
            inherit_year(
                Span::Quarter {
                    year: y1,
                    quarter: q1,
                },
                Span::Quarter {
                    year: y2,
                    quarter: q2,
                },
            )
        },
    )(i)
}

/// "đầu" (first) or "cuối" (second) half.
fn half_side(i: &str) -> Res<'_, bool> {
    alt((value(false, kw("đầu")), value(true, kw("cuối"))))(i)
}

/// "6 tháng đầu năm 2023", "06 tháng cuối năm 2023", "nửa đầu năm 2023", "sáu tháng
/// đầu năm" (year from the plan).
pub(crate) fn half_year(i: &str) -> Res<'_, Span> {
    let six = alt((
        value((), verify(number(1, 2), |n| *n == 6)),
        value((), kw("sáu")),
    ));
    let which_half = alt((
        preceded(tuple((six, ws, kw("tháng"), ws)), half_side),
        preceded(pair(kw("nửa"), ws), half_side),
    ));
    let year = alt((
        map(
            preceded(alt((ws, map(date_sep, |_| ""))), year_number),
            Some,
        ),
        value(None, no_year_follows),
    ));
    map(
        tuple((which_half, ws, opt(pair(kw("của"), ws)), kw("năm"), year)),
        |(second, _, _, _, year)| Span::Half { year, second },
    )(i)
}

/// "năm 2022".
pub(crate) fn year_phrase(i: &str) -> Res<'_, Span> {
    map(preceded(pair(kw("năm"), ws), year_number), |y| {
        Span::Year { year: Some(y) }
    })(i)
}

/// "năm nay", or "trong năm" closing the phrase: the plan's own year.
pub(crate) fn this_year(i: &str) -> Res<'_, Span> {
    value(
        Span::Year { year: None },
        alt((
            kw("năm nay"),
            terminated(
                recognize(tuple((kw("trong"), ws, kw("năm")))),
                peek(alt((
                    value((), nom::combinator::eof),
                    value((), preceded(ws0, one_of(".;,)"))),
                ))),
            ),
        )),
    )(i)
}

/// A year standing alone, trusted only as a whole deadline cell: "2022".
pub(crate) fn bare_year(i: &str) -> Res<'_, Span> {
    map(
        terminated(
            year_number,
            not(peek(pair(date_sep, satisfy(|c| c.is_ascii_digit())))),
        ),
        |y| Span::Year { year: Some(y) },
    )(i)
}

/// "2022 - 2025", "2022 đến năm 2025", "2021-25".
fn year_span(i: &str) -> Res<'_, (Span, Span)> {
    let (rest, (from, _, _, to)) = tuple((
        year_number,
        preceded(ws0, terminated(alt((tag("-"), kw("đến"), kw("tới"))), ws0)),
        opt(pair(kw("năm"), ws)),
        alt((year_number, map(number(2, 2), |n| n as i32))),
    ))(i)?;
    let to = if to < 100 { from - from % 100 + to } else { to };
    if to < from || to - from > 100 {
        return fail(i);
    }
    Ok((
        rest,
        (
            Span::Year { year: Some(from) },
            Span::Year { year: Some(to) },
        ),
    ))
}

/// "Giai đoạn 2023 - 2025", "năm 2022 - 2025".
pub(crate) fn year_range(i: &str) -> Res<'_, (Span, Span)> {
    alt((
        preceded(
            tuple((kw("giai đoạn"), ws, opt(pair(kw("năm"), ws)))),
            year_span,
        ),
        preceded(pair(kw("năm"), ws), year_span),
    ))(i)
}

/// "2022-2025" standing alone, trusted only as a whole deadline cell.
pub(crate) fn bare_year_range(i: &str) -> Res<'_, (Span, Span)> {
    year_span(i)
}

/// Any single calendar span introduced by its own word, or a full numeric date.
fn calendar_span(i: &str) -> Res<'_, Span> {
    alt((
        day_date,
        half_year,
        quarter,
        month_year,
        year_phrase,
        numeric_date,
    ))(i)
}

/// "từ ngày 01/6/2022", "từ tháng 06/2022", "từ quý II/2023", "từ năm 2022".
pub(crate) fn from_date(i: &str) -> Res<'_, Span> {
    preceded(pair(kw("từ"), ws), calendar_span)(i)
}

/// "từ năm 2022 đến năm 2025", "từ ngày 01/6 đến ngày 30/6/2022", "từ tháng 6 - 12/2022".
pub(crate) fn from_to(i: &str) -> Res<'_, (Span, Span)> {
    let end = alt((
        calendar_span,
        numeric_date,
        map(pair(month_number, year_suffix), |(month, y)| Span::Month {
            year: Some(y),
            month,
        }),
        map(year_number, |y| Span::Year { year: Some(y) }),
    ));
    map(
        tuple((
            kw("từ"),
            ws,
            alt((
                calendar_span,
                map(year_number, |y| Span::Year { year: Some(y) }),
            )),
            preceded(ws0, terminated(alt((tag("-"), kw("đến"), kw("tới"))), ws0)),
            opt(pair(kw("hết"), ws)),
            end,
        )),
        |(_, _, a, _, _, b)| inherit_year(a, b),
    )(i)
}

/// The two ends of a span share a year printed only once ("tháng 6 - 12/2022").
fn inherit_year(a: Span, b: Span) -> (Span, Span) {
    match (a.year(), b.year()) {
        (None, Some(y)) => (a.with_year(Some(y)), b),
        (Some(y), None) => (a, b.with_year(Some(y))),
        _ => (a, b),
    }
}

// ---------------------------------------------------------------- recurring

/// "tháng", "quý", "năm", "6 tháng".
fn period_unit(i: &str) -> Res<'_, &str> {
    alt((
        recognize(tuple((number(1, 2), ws, kw("tháng")))),
        any_of(vocab::PERIOD_UNITS),
    ))(i)
}

/// "hàng tháng", "hằng năm", "mỗi quý".
pub(crate) fn every_period(i: &str) -> Res<'_, &str> {
    recognize(tuple((any_of(vocab::FREQUENCY_WORDS), ws, period_unit)))(i)
}

/// "trước ngày 15 hàng tháng", "vào ngày 15 hằng tháng", "ngày 25 của tháng cuối quý".
pub(crate) fn day_of_every_month(i: &str) -> Res<'_, &str> {
    let last_month_of_quarter = recognize(tuple((
        kw("tháng"),
        ws,
        kw("cuối"),
        ws,
        opt(pair(any_of(vocab::FREQUENCY_WORDS), ws)),
        alt((kw("quý"), kw("quí"))),
    )));
    recognize(tuple((
        opt(pair(any_of(vocab::DAY_OF_MONTH_PREPOSITIONS), ws)),
        kw("ngày"),
        ws,
        day_number,
        ws,
        opt(pair(kw("của"), ws)),
        alt((every_period, last_month_of_quarter)),
    )))(i)
}

/// The interval after "định kỳ": "hàng tháng", "trước ngày 20 hàng tháng", "6 tháng",
/// "03 tháng/lần".
fn periodic_interval(i: &str) -> Res<'_, &str> {
    let times = alt((
        tag("/lần"),
        recognize(tuple((ws, alt((kw("một"), kw("1"))), ws, kw("lần")))),
    ));
    alt((
        day_of_every_month,
        every_period,
        recognize(tuple((
            number(1, 2),
            ws,
            any_of(vocab::PERIOD_UNITS),
            opt(times),
        ))),
    ))(i)
}

/// "Định kỳ hàng tháng", "Định kỳ trước ngày 20 hàng tháng", "định kỳ".
pub(crate) fn periodic(i: &str) -> Res<'_, Recur> {
    map(
        pair(
            any_of(vocab::PERIODIC_WORDS),
            opt(preceded(
                tuple((ws0, opt(char(',')), ws0)),
                periodic_interval,
            )),
        ),
        |(_, interval)| match interval {
            Some(_) => Recur::PeriodicWithInterval,
            None => Recur::PeriodicBare,
        },
    )(i)
}

/// "thường xuyên", "thường xuyên, liên tục".
pub(crate) fn regular(i: &str) -> Res<'_, &str> {
    recognize(pair(
        any_of(vocab::REGULARITY_WORDS),
        opt(tuple((
            ws0,
            char(','),
            ws0,
            any_of(vocab::REGULARITY_WORDS),
        ))),
    ))(i)
}

/// Every recurring construct.
pub(crate) fn recurring_cue(i: &str) -> Res<'_, Recur> {
    alt((
        periodic,
        value(Recur::DayOfEveryMonth, day_of_every_month),
        value(Recur::Every, every_period),
        value(Recur::Regular, regular),
    ))(i)
}

/// ", tại thời điểm xây dựng dự toán" after a fronted frequency: the moment in the cycle.
pub(crate) fn cycle_moment(i: &str) -> Res<'_, &str> {
    recognize(tuple((
        ws0,
        char(','),
        ws0,
        any_of(vocab::CYCLE_MOMENTS),
        take_while(|c| !matches!(c, ',' | ';' | '.' | ':' | '(' | ')' | '\n')),
    )))(i)
}

// ---------------------------------------------------------------- events and roadmaps

/// "trong vòng 30 ngày kể từ ...", "15 ngày làm việc sau khi ...".
pub(crate) fn relative_delay(i: &str) -> Res<'_, &str> {
    recognize(tuple((
        opt(tuple((
            kw("trong"),
            ws,
            opt(pair(any_of(vocab::DELAY_OPENERS), ws)),
        ))),
        number(1, 3),
        ws,
        any_of(vocab::DELAY_UNITS),
        ws,
        any_of(vocab::DELAY_ANCHORS),
    )))(i)
}

/// "Sau khi Bộ Công an ban hành Thông tư", "Ngay sau Nghị định ban hành", "khi có yêu cầu".
pub(crate) fn event_cue(i: &str) -> Res<'_, &str> {
    alt((relative_delay, any_of(vocab::EVENT_CUES)))(i)
}

/// The event cues that running text can be trusted with.
pub(crate) fn event_cue_in_text(i: &str) -> Res<'_, &str> {
    alt((relative_delay, any_of(vocab::EVENT_CUES_IN_TEXT)))(i)
}

/// "Theo lộ trình Bộ Công an", "Thực hiện theo hướng dẫn của các Bộ, ngành", "Lộ trình theo ...".
pub(crate) fn roadmap_cue(i: &str) -> Res<'_, &str> {
    alt((
        recognize(tuple((kw("theo"), ws, any_of(vocab::ROADMAP_SOURCES)))),
        any_of(vocab::ROADMAP_WORDS),
    ))(i)
}

/// The rest of a clause after an event cue, up to the first clause or sentence break.
pub(crate) fn clause_rest(i: &str) -> Res<'_, &str> {
    let mut end = i.len();
    let mut chars = i.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        let stop = match c {
            ',' | ';' | ':' | '(' | ')' | '[' | ']' | '|' | '\n' => true,
            // A full stop, unless it sits inside a number ("1.5").
            '.' | '!' | '?' => !chars.peek().is_some_and(|&(_, n)| n.is_ascii_digit()),
            _ => false,
        };
        if stop {
            end = k;
            break;
        }
    }
    let taken = i.get(..end).unwrap_or(i).trim_end();
    if !taken.chars().any(is_alphabetic) {
        return fail(i);
    }
    Ok((i.get(taken.len()..).unwrap_or(""), taken))
}

/// The rest of a parenthesised remark after an event cue, up to its ")": "(sau khi có văn
/// bản chỉ đạo, thống nhất của Bộ Công an)" keeps its comma.
pub(crate) fn paren_rest(i: &str) -> Res<'_, &str> {
    let Some(end) = i.find([')', '\n']) else {
        return fail(i);
    };
    if !i[end..].starts_with(')') {
        return fail(i);
    }
    let taken = i
        .get(..end)
        .unwrap_or("")
        .trim_end_matches([' ', '.', ';', ',']);
    if !taken.chars().any(is_alphabetic) {
        return fail(i);
    }
    Ok((i.get(taken.len()..).unwrap_or(""), taken))
}

// ---------------------------------------------------------------- citations and names

/// A document token after the slash: "kh-ubnd", "qđ-ttg", "cp".
fn doc_code(i: &str) -> Res<'_, &str> {
    recognize(pair(
        satisfy(is_alphabetic),
        take_while(|c: char| is_alphanumeric(c) || c == '-'),
    ))(i)
}

/// "34/2021/qđ-ttg", "82/kh-ubnd", "06/cp", "5234/lđt bxh-tttt".
pub(crate) fn doc_number(i: &str) -> Res<'_, &str> {
    let extra_code = verify(preceded(char(' '), doc_code), |s: &str| {
        s.contains('-') && s.len() > 2
    });
    recognize(tuple((
        take_while_m_n(1, 6, |c: char| c.is_ascii_digit()),
        char('/'),
        opt(pair(year_number, char('/'))),
        doc_code,
        opt(extra_code),
    )))(i)
}

/// The issue date that follows a document number: " ngày 08/11/2021", ", ngày 8/4/2022",
/// " 06/12/2021", " ngày 10 tháng 3 năm 2023".
fn citation_date(i: &str) -> Res<'_, Span> {
    preceded(
        tuple((ws0, opt(char(',')), ws0, opt(pair(kw("ngày"), ws)))),
        alt((numeric_date, worded_date)),
    )(i)
}

/// A cited document with its issue date: never a deadline.
pub(crate) fn citation(i: &str) -> Res<'_, &str> {
    recognize(pair(doc_number, opt(citation_date)))(i)
}

/// "ban hành ngày 10/5/2022": a document's date, not a task's.
pub(crate) fn issue_date(i: &str) -> Res<'_, &str> {
    recognize(tuple((
        any_of(vocab::ISSUE_VERBS),
        ws,
        kw("ngày"),
        ws,
        alt((numeric_date, worded_date)),
    )))(i)
}

/// "giai đoạn 2022 - 2025", "tầm nhìn đến năm 2030": part of a programme's name when met
/// in running text.
pub(crate) fn programme_name(i: &str) -> Res<'_, &str> {
    recognize(tuple((
        any_of(vocab::NAME_MARKERS),
        ws,
        opt(pair(kw("đến"), ws)),
        opt(pair(kw("năm"), ws)),
        alt((recognize(year_span), recognize(year_number))),
    )))(i)
}
