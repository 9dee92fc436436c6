//! Walking a normalised phrase or text word by word and collecting the constructs of
//! `grammar.rs`, plus the context rules that need the words before a match.

use nom::branch::alt;
use nom::combinator::{map, opt, recognize};
use nom::sequence::{pair, preceded, tuple};

use std::sync::OnceLock;

use crate::grammar::{self, any_of, Reading, Recur, Res};
use crate::vocab;
use kehoach_text::is_alphanumeric;

/// A construct found at `start..end` (byte offsets into the scanned text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    pub start: usize,
    pub end: usize,
    pub reading: Reading,
    /// In running text: a cue that certainly times the item (false: a frequency word
    /// that may only qualify a noun, used when nothing better is found).
    pub strong: bool,
}

/// Masking character: one byte, so offsets are kept, and neither a word nor
/// punctuation the grammar or the clause rules look at ("#" would read as a heading).
const MASK: char = '\u{1A}';

pub(crate) fn is_word_start(text: &str, pos: usize) -> bool {
    let Some(c) = text.get(pos..).and_then(|s| s.chars().next()) else {
        return false;
    };
    is_alphanumeric(c)
        && !text
            .get(..pos)
            .and_then(|s| s.chars().next_back())
            .is_some_and(is_alphanumeric)
}

/// Calls `f` at every word start; when it reports a match end, the walk resumes there,
/// so a construct's own words are not read a second time.
fn walk(text: &str, f: impl FnMut(usize) -> Option<usize>) {
    walk_until(text, text.len(), f)
}

/// [`walk`] over the word starts up to byte `last` (included).
fn walk_until(text: &str, last: usize, mut f: impl FnMut(usize) -> Option<usize>) {
    let mut pos = 0;
    // Whether the char before `pos` is a letter or digit: carried along
    // instead of decoded again at every char (`is_word_start`).
    let mut after_word = false;
    while let Some(c) = text.get(pos..).and_then(|s| s.chars().next()) {
        if pos > last {
            break;
        }
        let in_word = is_alphanumeric(c);
        if in_word && !after_word {
            if let Some(end) = f(pos) {
                if end > pos && text.is_char_boundary(end) {
                    pos = end;
                    after_word = text
                        .get(..pos)
                        .and_then(|s| s.chars().next_back())
                        .is_some_and(is_alphanumeric);
                    continue;
                }
            }
        }
        after_word = in_word;
        pos += c.len_utf8();
    }
}

/// Blanks out every match of `parser` so later constructs cannot read it. Each
/// parser given here reads a number (a document number, a date, a year), so no
/// match starts after the text's last digit: the walk stops there. `opens` is a
/// cheap test of the text at a word start: where it says no, `parser` cannot
/// match (each mask below says why).
fn mask_with(text: &mut String, parser: fn(&str) -> Res<'_, &str>, opens: fn(&str) -> bool) {
    let Some(last_digit) = text.bytes().rposition(|b| b.is_ascii_digit()) else {
        return;
    };
    let mut ranges = Vec::new();
    walk_until(text, last_digit, |pos| {
        let rest = text.get(pos..)?;
        if !opens(rest) {
            return None;
        }
        let (after, _) = parser(rest).ok()?;
        let end = text.len() - after.len();
        ranges.push((pos, end));
        Some(end)
    });
    for (a, b) in ranges {
        if text.is_char_boundary(a) && text.is_char_boundary(b) && a < b {
            let blank = MASK.to_string().repeat(b - a);
            text.replace_range(a..b, &blank);
        }
    }
}

/// Dates that belong to cited documents are never deadlines: "Kế hoạch số 82/KH-UBND
/// ngày 10/5/2022", "Nghị quyết 50/NQ-CP, ngày 8/4/2022", "Đề án 06/CP".
pub(crate) fn mask_citations(text: &mut String) {
    // A document number is digits, then "/".
    if text.contains('/') {
        mask_with(text, grammar::citation, |i| {
            i.as_bytes().first().is_some_and(u8::is_ascii_digit)
        });
    }
    // An issue date has the word "ngày", and opens with an issuing verb.
    if text.contains("ngày") {
        mask_with(text, grammar::issue_date, |i| {
            opens_with_any(i, vocab::ISSUE_VERBS)
        });
    }
}

/// Programme names in running text: "giai đoạn 2022 - 2025, tầm nhìn đến năm 2030".
pub(crate) fn mask_names(text: &mut String) {
    // A name opens with one of its markers.
    if vocab::NAME_MARKERS.iter().any(|m| text.contains(m)) {
        mask_with(text, grammar::programme_name, |i| {
            opens_with_any(i, vocab::NAME_MARKERS)
        });
    }
}

/// [`mask_citations`] then [`mask_names`] without their shortcuts: what they
/// must agree with.
#[cfg(test)]
pub(crate) fn mask_text_unfiltered(text: &mut String) {
    mask_with(text, grammar::citation, |_| true);
    mask_with(text, grammar::issue_date, |_| true);
    mask_with(text, grammar::programme_name, |_| true);
}

/// Whether `i` starts with one of `words` (as bytes: a cheap superset of
/// [`grammar::any_of`], which also wants the word to end there).
fn opens_with_any(i: &str, words: &[&str]) -> bool {
    words.iter().any(|w| i.starts_with(w))
}

// ---------------------------------------------------------------- whole phrases

/// Any construct, as read in a whole deadline phrase.
fn phrase_construct(i: &str) -> Res<'_, Reading> {
    alt((
        map(grammar::from_to, |(a, b)| Reading::Between(a, b)),
        map(grammar::from_date, Reading::From),
        map(
            alt((grammar::year_range, grammar::bare_year_range)),
            |(a, b)| Reading::Between(a, b),
        ),
        map(grammar::recurring_cue, Reading::Recurring),
        map(grammar::half_year, Reading::At),
        map(grammar::quarter_span, |(a, b)| Reading::Between(a, b)),
        map(grammar::quarter, Reading::At),
        map(grammar::month_span, |(a, b)| Reading::Between(a, b)),
        map(grammar::month_year, Reading::At),
        map(grammar::day_date, Reading::At),
        map(grammar::bare_date, Reading::At),
        map(grammar::year_phrase, Reading::At),
        map(grammar::this_year, Reading::At),
        map(grammar::bare_year, Reading::At),
        map(grammar::event_cue, |_| Reading::Event),
        map(grammar::roadmap_cue, |_| Reading::Roadmap),
    ))(i)
}

/// Every construct of a whole phrase, in order.
pub(crate) fn phrase_pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    walk(text, |pos| {
        if continues_a_number(text.get(..pos)?) {
            return None;
        }
        let rest = text.get(pos..)?;
        let (after, reading) = phrase_construct(rest).ok()?;
        let end = text.len() - after.len();
        out.push(Piece {
            start: pos,
            end,
            reading,
            strong: true,
        });
        Some(end)
    });
    out
}

/// Whether a word after `before` is the tail of a number or code the grammar refused
/// ("tháng 13/2022", "quý V/2023"): reading "2022" alone there would guess.
fn continues_a_number(before: &str) -> bool {
    let t = before.trim_end_matches(' ');
    let mut back = t.chars().rev();
    matches!(back.next(), Some('/' | '-' | '.'))
        && back.find(|&c| c != ' ').is_some_and(is_alphanumeric)
}

/// Whether `slice` contains one of `words` as whole words.
pub(crate) fn contains_word(slice: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        slice.match_indices(w).any(|(k, m)| {
            is_word_start(slice, k)
                && !slice
                    .get(k + m.len()..)
                    .and_then(|s| s.chars().next())
                    .is_some_and(is_alphanumeric)
        })
    })
}

// ---------------------------------------------------------------- running text

/// A calendar expression led in by a word that makes it a deadline in running text:
/// "trong năm 2022", "trước ngày 20/3/2022", "Hoàn thành trong tháng 3 năm 2023".
fn led_calendar(i: &str) -> Res<'_, Reading> {
    preceded(
        pair(any_of(vocab::TEXT_LEADS), grammar::ws),
        alt((
            map(grammar::year_range, |(a, b)| Reading::Between(a, b)),
            map(grammar::half_year, Reading::At),
            map(grammar::quarter_span, |(a, b)| Reading::Between(a, b)),
            map(grammar::quarter, Reading::At),
            map(grammar::month_span, |(a, b)| Reading::Between(a, b)),
            map(grammar::month_year, Reading::At),
            map(grammar::day_date, Reading::At),
            map(grammar::year_phrase, Reading::At),
        )),
    )(i)
}

/// "khi có phát hiện thông tin không trùng khớp dữ liệu" up to the clause end.
fn event_in_text(i: &str) -> Res<'_, &str> {
    recognize(tuple((
        grammar::event_cue_in_text,
        grammar::ws,
        grammar::clause_rest,
    )))(i)
}

/// "(sau khi có hướng dẫn cụ thể của Bộ Tài chính)": up to the closing parenthesis.
fn event_in_parentheses(i: &str) -> Res<'_, &str> {
    recognize(tuple((
        grammar::event_cue_in_text,
        grammar::ws,
        grammar::paren_rest,
    )))(i)
}

/// "Bắt đầu triển khai từ tháng 06/2022", "từ ngày 01/6/2022".
fn from_in_text(i: &str) -> Res<'_, grammar::Span> {
    preceded(
        opt(pair(any_of(vocab::FROM_LEADS), grammar::ws)),
        grammar::from_date,
    )(i)
}

/// The last `max` bytes of `text` (fewer, to start on a character): looking back
/// further than a clause only costs time on long inputs.
fn tail(text: &str, max: usize) -> &str {
    let mut from = text.len().saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..).unwrap_or("")
}

/// Whether `before` leaves a parenthesis open.
fn inside_parentheses(before: &str) -> bool {
    let before = tail(before, 1000);
    match before.rfind('(') {
        Some(open) => !before.get(open..).unwrap_or("").contains([')', '\n']),
        None => false,
    }
}

/// "Hàng năm" plus an optional ", tại thời điểm xây dựng dự toán".
fn fronted_frequency(i: &str) -> Res<'_, &str> {
    recognize(pair(grammar::every_period, opt(grammar::cycle_moment)))(i)
}

/// The construct at `i` in running text, with the length it covers and its strength.
/// `before` is the text preceding `i`; only the constructs in `opens` (`OPENS_*`
/// bits) are tried.
fn text_construct(before: &str, i: &str, opens: u8) -> Option<(usize, Reading, bool)> {
    let len = |rest: &str| i.len() - rest.len();
    let recurring = if opens & OPENS_RECURRING != 0 {
        grammar::recurring_cue(i).ok()
    } else {
        None
    };
    if let Some((rest, recur)) = recurring {
        let reading = Reading::Recurring(recur);
        match recur {
            Recur::PeriodicWithInterval | Recur::DayOfEveryMonth => {
                return Some((len(rest), reading, true));
            }
            // "Định kỳ, báo cáo ..." opens the clause as an adverb; "chế độ báo cáo định
            // kỳ" (the periodic-reporting regime) is a noun phrase.
            Recur::PeriodicBare if clause_initial(before) => {
                return Some((len(rest), reading, true));
            }
            Recur::PeriodicBare => {}
            Recur::Every if clause_initial(before) => {
                let (rest, _) = fronted_frequency(i).ok()?;
                return Some((len(rest), reading, true));
            }
            Recur::Every if !frequency_owned_by_noun(before) => {
                return Some((len(rest), reading, false));
            }
            Recur::Every => {}
            Recur::Regular if !regular_is_adjective(before, rest) => {
                return Some((len(rest), reading, true));
            }
            Recur::Regular => {}
        }
    }
    if opens & OPENS_FROM != 0 {
        if let Ok((rest, (a, b))) = preceded(
            opt(pair(any_of(vocab::FROM_LEADS), grammar::ws)),
            grammar::from_to,
        )(i)
        {
            return Some((len(rest), Reading::Between(a, b), true));
        }
        if let Ok((rest, span)) = from_in_text(i) {
            return Some((len(rest), Reading::From(span), true));
        }
    }
    if opens & OPENS_LED != 0 {
        if let Ok((rest, reading)) = led_calendar(i) {
            return Some((len(rest), reading, true));
        }
    }
    if opens & OPENS_EVENT == 0 {
        return None;
    }
    // The cue is checked first so that the look back for "(" runs only where it matters.
    grammar::event_cue_in_text(i).ok()?;
    if inside_parentheses(before) {
        if let Ok((rest, _)) = event_in_parentheses(i) {
            return Some((len(rest), Reading::Event, true));
        }
    }
    let (rest, _) = event_in_text(i).ok()?;
    Some((len(rest), Reading::Event, true))
}

/// Every construct of running text, in order.
pub(crate) fn text_pieces(text: &str) -> Vec<Piece> {
    text_pieces_with(text, true)
}

/// [`text_pieces`]; `prefilter` skips the constructs a word cannot open (see
/// [`text_constructs_opened`]), which must not change the result.
pub(crate) fn text_pieces_with(text: &str, prefilter: bool) -> Vec<Piece> {
    let mut out = Vec::new();
    let openers = text_openers();
    walk(text, |pos| {
        let rest = text.get(pos..)?;
        let opens = if prefilter {
            text_constructs_opened(rest, openers)
        } else {
            OPENS_ANY
        };
        if opens == 0 {
            return None;
        }
        let before = text.get(..pos)?;
        let (len, reading, strong) = text_construct(before, rest, opens)?;
        out.push(Piece {
            start: pos,
            end: pos + len,
            reading,
            strong,
        });
        Some(pos + len)
    });
    out
}

/// Which constructs of running text ([`text_construct`]) a word can open, as
/// bits: each construct opens with a vocabulary entry, a calendar word of the
/// grammar, or a number.
const OPENS_RECURRING: u8 = 1;
const OPENS_FROM: u8 = 2;
const OPENS_LED: u8 = 4;
const OPENS_EVENT: u8 = 8;
const OPENS_ANY: u8 = OPENS_RECURRING | OPENS_FROM | OPENS_LED | OPENS_EVENT;

/// The first words of the constructs of running text, with the constructs
/// each can open. Made once from the lists, so that an entry added to
/// `vocab.rs` is never filtered out.
pub(crate) struct Openers {
    /// Every opener and its constructs, in the order of the lists.
    pub words: Vec<(&'static str, u8)>,
    /// The openers of up to 15 bytes as [`packed`] words, sorted: every word
    /// of a text is looked up, and integers compare without a call.
    short: Vec<(u128, u8)>,
}

/// A word of up to 15 bytes as one integer: its bytes, and its length in the
/// last byte (so that no two words share one).
fn packed(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    let mut out = [0u8; 16];
    out.get_mut(..bytes.len())?.copy_from_slice(bytes);
    out[15] = u8::try_from(bytes.len()).ok().filter(|&n| n < 16)?;
    Some(u128::from_le_bytes(out))
}

pub(crate) fn text_openers() -> &'static Openers {
    static OPENERS: OnceLock<Openers> = OnceLock::new();
    OPENERS.get_or_init(|| {
        let lists: [(&[&'static str], u8); 10] = [
            // recurring_cue: periodic, day_of_every_month ("ngày" after an
            // optional preposition), every_period, regular.
            (vocab::PERIODIC_WORDS, OPENS_RECURRING),
            (vocab::DAY_OF_MONTH_PREPOSITIONS, OPENS_RECURRING),
            (&["ngày"], OPENS_RECURRING),
            (vocab::FREQUENCY_WORDS, OPENS_RECURRING),
            (vocab::REGULARITY_WORDS, OPENS_RECURRING),
            // from_to and from_in_text: "từ" after an optional lead.
            (vocab::FROM_LEADS, OPENS_FROM),
            (&["từ"], OPENS_FROM),
            (vocab::TEXT_LEADS, OPENS_LED),
            // event_cue_in_text: its cues, or relative_delay ("trong" or a number).
            (vocab::EVENT_CUES_IN_TEXT, OPENS_EVENT),
            (&["trong"], OPENS_EVENT),
        ];
        let mut words: Vec<(&'static str, u8)> = Vec::new();
        for (list, opens) in lists {
            for entry in list {
                let word = entry.split(' ').next().unwrap_or(entry);
                match words.iter_mut().find(|(w, _)| *w == word) {
                    Some((_, o)) => *o |= opens,
                    None => words.push((word, opens)),
                }
            }
        }
        let mut short: Vec<(u128, u8)> = words
            .iter()
            .filter_map(|&(w, o)| Some((packed(w)?, o)))
            .collect();
        short.sort_unstable();
        Openers { words, short }
    })
}

/// The constructs of running text that can start at `i`, a word start: those
/// its word opens in `openers`, and relative_delay for a number ("30 ngày kể
/// từ ..."). The parsers match their first word with a tag followed by a word
/// boundary, so the word as delimited here must equal an opener exactly.
fn text_constructs_opened(i: &str, openers: &Openers) -> u8 {
    let digit = if i.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        OPENS_EVENT
    } else {
        0
    };
    let end = i
        .char_indices()
        .find(|&(_, c)| !is_alphanumeric(c))
        .map_or(i.len(), |(k, _)| k);
    let word = i.get(..end).unwrap_or(i);
    let opened = match packed(word) {
        Some(key) => match openers.short.binary_search_by_key(&key, |&(k, _)| k) {
            Ok(at) => openers.short.get(at).map_or(0, |&(_, o)| o),
            Err(_) => 0,
        },
        None => openers
            .words
            .iter()
            .find(|(w, _)| *w == word)
            .map_or(0, |&(_, o)| o),
    };
    opened | digit
}

/// Whether a word starting after `before` opens a clause: start of text, after
/// sentence or clause punctuation, a bullet, or a short item label like "a)".
fn clause_initial(before: &str) -> bool {
    let t = before.trim_end_matches(' ');
    let Some(last) = t.chars().next_back() else {
        return true;
    };
    match last {
        '.' | ';' | ':' | '(' | '\n' | '-' | '+' | '•' | '#' => true,
        ')' => {
            let inner = t.get(..t.len() - 1).unwrap_or("");
            let label = inner
                .rsplit(|c: char| !is_alphanumeric(c))
                .next()
                .unwrap_or("");
            let opener = inner
                .get(..inner.len() - label.len())
                .and_then(|s| s.chars().next_back());
            !label.is_empty()
                && label.chars().count() <= 3
                && !opener.is_some_and(|c| c != ' ' && c != '\n' && c != '(')
        }
        _ => false,
    }
}

/// The current clause of `before`, i.e. the words after the last clause break.
fn current_clause(before: &str) -> &str {
    match before.rfind([',', ';', ':', '.', '(', '\n']) {
        Some(k) => before.get(k + 1..).unwrap_or(""),
        None => before,
    }
}

/// "dự toán ngân sách nhà nước hằng năm": the frequency names the annual budget.
fn frequency_owned_by_noun(before: &str) -> bool {
    let clause = current_clause(tail(before, 300));
    let words: Vec<&str> = clause.split_whitespace().collect();
    let from = words.len().saturating_sub(vocab::NOUN_LOOKBACK_WORDS);
    let window = words[from..].join(" ");
    contains_word(&window, vocab::NOUNS_OWNING_FREQUENCY)
}

/// "kinh phí thường xuyên", "giao ban định kỳ, thường xuyên, đột xuất": an adjective,
/// not the schedule of the item.
fn regular_is_adjective(before: &str, after: &str) -> bool {
    let t = before.trim_end_matches(' ');
    let ends_with_word = |s: &str, w: &str| {
        s.strip_suffix(w)
            .is_some_and(|head| !head.chars().next_back().is_some_and(is_alphanumeric))
    };
    if vocab::NOUNS_BEFORE_REGULAR_ADJECTIVE
        .iter()
        .any(|w| ends_with_word(t, w))
    {
        return true;
    }
    let t = t.trim_end_matches([',', ' ']);
    let t = t
        .strip_suffix(" và")
        .or_else(|| t.strip_suffix(" hoặc"))
        .unwrap_or(t);
    if vocab::LIST_ADJECTIVES.iter().any(|w| ends_with_word(t, w)) {
        return true;
    }
    let a = after.trim_start_matches([',', ' ']);
    let a = a
        .strip_prefix("và ")
        .or_else(|| a.strip_prefix("hoặc "))
        .unwrap_or(a);
    vocab::LIST_ADJECTIVES.iter().any(|w| {
        a.strip_prefix(w)
            .is_some_and(|tail| !tail.chars().next().is_some_and(is_alphanumeric))
    })
}
