//! The agency grammar, written with nom over tokens.
//!
//! Two readings share the parsers:
//!
//! * **List** (an assignment line, a table cell, a heading): the whole input is
//!   agencies, so an entry runs up to the next separator at which a *new*
//!   agency starts. A comma that is followed by something that cannot start an
//!   agency ("Sở Lao động, Thương binh và Xã hội") or that continues an
//!   enumeration of generic nouns ("các Sở, Ban, ngành, địa phương") is not a
//!   separator.
//! * **Text** (running prose after "phối hợp với"): only what is certainly an
//!   agency is taken — a known name, a head word plus a proper name, or a
//!   group with the few modifiers groups carry — so that the verb after the
//!   list ("... Công an tỉnh tổ chức triển khai") is not swallowed.

use nom::branch::alt;
use nom::combinator::{map, opt};
use nom::error::{Error, ErrorKind};
use nom::sequence::{pair, preceded, tuple};
use nom::{Err, IResult};
use std::cell::Cell;
use std::rc::Rc;

use crate::lexicon;
use crate::normalize::Tok;
use crate::registry::Registry;

pub(crate) type Toks<'a> = &'a [Tok<'a>];
type Res<'a, O> = IResult<Toks<'a>, O>;

fn reject<'a, O>(i: Toks<'a>) -> Res<'a, O> {
    Err(Err::Error(Error::new(i, ErrorKind::Verify)))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    List,
    Text,
}

/// One agency found in the input: a token range plus what the grammar knows
/// about its end.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Item {
    pub lo: usize,
    pub hi: usize,
    /// End of the part the grammar recognised; `core..hi` is the free tail a
    /// list entry carries ("... có thực hiện 53 dịch vụ công thiết yếu").
    pub core: usize,
    /// A generic enumeration still open: a following ", <generic noun>"
    /// continues this entry instead of starting a new one.
    pub open: bool,
    /// The entry ended on a complete name: a generic noun or head word right
    /// after it starts a new entry even without a comma.
    pub complete: bool,
}

impl Item {
    fn new(lo: usize, hi: usize, open: bool, complete: bool) -> Item {
        Item {
            lo,
            hi,
            core: hi,
            open,
            complete,
        }
    }
}

pub(crate) struct Grammar<'a, 'r> {
    all: Toks<'a>,
    reg: &'r Registry,
    mode: Mode,
    /// [`Registry::longest_match`] at each token, once asked: the constructs
    /// ask again and again at the same places (does an agency start here? is
    /// this a named body?), and each answer builds keys for a run of tokens.
    known: Rc<Vec<Cell<Option<Option<usize>>>>>,
}

// ------------------------------------------------------------- primitives --

/// Longest phrase of `list` matching word tokens at `at`, in tokens.
pub(crate) fn starts_with_phrase(toks: &[Tok<'_>], at: usize, list: &[&str]) -> Option<usize> {
    let first = toks.get(at).filter(|t| t.is_word())?.folded();
    let mut best: Option<usize> = None;
    for phrase in list {
        // Most phrases differ in their first word: rule them out before
        // walking the words.
        let Some(tail) = phrase.strip_prefix(first) else {
            continue;
        };
        let tail = match tail.strip_prefix(' ') {
            Some(more) => more,
            None if tail.is_empty() => "",
            None => continue,
        };
        let mut n = 1;
        let mut ok = true;
        if !tail.is_empty() {
            for part in tail.split(' ') {
                match toks.get(at + n) {
                    Some(t) if t.is_word() && t.fold == part => n += 1,
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
        }
        if ok && Some(n) > best {
            best = Some(n);
        }
    }
    best
}

/// One word with this folded form.
fn word<'a>(w: &'static str) -> impl Fn(Toks<'a>) -> Res<'a, ()> {
    move |i: Toks<'a>| match i.first() {
        Some(t) if t.is_word() && t.fold == w => Ok((&i[1..], ())),
        _ => reject(i),
    }
}

/// One punctuation token.
fn punct<'a>(c: char) -> impl Fn(Toks<'a>) -> Res<'a, ()> {
    move |i: Toks<'a>| match i.first() {
        Some(t) if t.is_punct(c) => Ok((&i[1..], ())),
        _ => reject(i),
    }
}

/// The longest phrase of a word list.
fn one_of<'a>(list: &'static [&'static str]) -> impl Fn(Toks<'a>) -> Res<'a, usize> {
    move |i: Toks<'a>| match starts_with_phrase(i, 0, list) {
        Some(n) => Ok((&i[n..], n)),
        None => reject(i),
    }
}

/// A multi-word phrase written with spaces ("phối hợp").
fn phrase<'a>(p: &'static str) -> impl Fn(Toks<'a>) -> Res<'a, ()> {
    move |i: Toks<'a>| match starts_with_phrase(i, 0, &[p]) {
        Some(n) => Ok((&i[n..], ())),
        None => reject(i),
    }
}

/// "chủ trì"
pub(crate) fn lead_marker<'a>(i: Toks<'a>) -> Res<'a, ()> {
    phrase(lexicon::LEAD_MARKER)(i)
}

/// "phối hợp (chặt chẽ) (với | cùng (với))", "với sự phối hợp của".
pub(crate) fn support_marker<'a>(i: Toks<'a>) -> Res<'a, ()> {
    alt((
        map(
            tuple((
                phrase(lexicon::SUPPORT_MARKER),
                opt(one_of(lexicon::SUPPORT_INTENSIFIERS)),
                opt(one_of(lexicon::SUPPORT_LINKS)),
            )),
            |_| (),
        ),
        map(
            tuple((
                opt(word(lexicon::PARTNER_LINK)),
                phrase(lexicon::SUPPORT_PASSIVE),
            )),
            |_| (),
        ),
    ))(i)
}

/// "chủ trì cùng (với)", "cùng với": the partners of a lead in prose.
pub(crate) fn partner_marker<'a>(i: Toks<'a>) -> Res<'a, ()> {
    alt((
        map(
            tuple((
                lead_marker,
                word(lexicon::PARTNER_WORD),
                opt(word(lexicon::PARTNER_LINK)),
            )),
            |_| (),
        ),
        map(
            pair(word(lexicon::PARTNER_WORD), word(lexicon::PARTNER_LINK)),
            |_| (),
        ),
    ))(i)
}

/// Whether [`support_marker`] or [`partner_marker`] can start at `i`: its first
/// word opens one of their phrases. Running text is scanned token by token for
/// them, and most tokens open none.
pub(crate) fn may_open_support(i: Toks<'_>) -> bool {
    let Some(t) = i.first().filter(|t| t.is_word()) else {
        return false;
    };
    [
        lexicon::SUPPORT_MARKER,
        lexicon::SUPPORT_PASSIVE,
        lexicon::PARTNER_LINK,
        lexicon::LEAD_MARKER,
        lexicon::PARTNER_WORD,
    ]
    .iter()
    .any(|p| {
        p.strip_prefix(t.folded())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// "Đề nghị" before a lead addressed outside the issuer's authority.
pub(crate) fn request_prefix<'a>(i: Toks<'a>) -> Res<'a, ()> {
    phrase(lexicon::REQUEST_PREFIX)(i)
}

/// ',' | ';' | 'và' | ', và' — between entries of a list.
fn separator<'a>(i: Toks<'a>) -> Res<'a, ()> {
    alt((
        map(pair(punct(','), word(lexicon::CONJUNCTION)), |_| ()),
        punct(','),
        punct(';'),
        word(lexicon::CONJUNCTION),
        map(pair(punct('/'), opt(word(lexicon::CONJUNCTION))), |_| ()),
    ))(i)
}

/// ',' | 'và' | ', và' — inside one enumeration ("huyện, thị xã và thành phố").
fn enum_separator<'a>(i: Toks<'a>) -> Res<'a, ()> {
    alt((
        map(pair(punct(','), word(lexicon::CONJUNCTION)), |_| ()),
        punct(','),
        word(lexicon::CONJUNCTION),
    ))(i)
}

/// "các" | "những" | "(các)".
fn plural<'a>(i: Toks<'a>) -> Res<'a, ()> {
    alt((
        map(one_of(lexicon::PLURAL_MARKERS), |_| ()),
        map(
            tuple((punct('('), one_of(lexicon::PLURAL_MARKERS), punct(')'))),
            |_| (),
        ),
    ))(i)
}

fn not_agency<'a>(i: Toks<'a>) -> Res<'a, usize> {
    one_of(lexicon::NOT_AGENCY)(i)
}

/// An administrative unit noun: "huyện", "thị xã", "phường" ...
fn unit_noun<'a>(i: Toks<'a>) -> Res<'a, usize> {
    alt((
        one_of(lexicon::DISTRICT_UNITS),
        one_of(lexicon::COMMUNE_UNITS),
        one_of(lexicon::OTHER_UNITS),
    ))(i)
}

/// "cấp huyện", "cấp xã", "cấp tỉnh" ...
fn level<'a>(i: Toks<'a>) -> Res<'a, ()> {
    map(
        pair(word(lexicon::LEVEL_PREFIX), one_of(lexicon::LEVEL_WORDS)),
        |_| (),
    )(i)
}

/// "cấp huyện(, cấp xã)*": a level, possibly enumerated.
fn level_scope<'a>(i: Toks<'a>) -> Res<'a, ()> {
    let (mut i, ()) = level(i)?;
    while let Ok((rest, ())) = preceded(enum_separator, level)(i) {
        i = rest;
    }
    Ok((i, ()))
}

/// "các huyện, thị xã, thành phố": a plural and an enumeration of units.
fn admin_units<'a>(i: Toks<'a>) -> Res<'a, ()> {
    let (mut i, _) = pair(plural, unit_noun)(i)?;
    while let Ok((rest, _)) = preceded(enum_separator, unit_noun)(i) {
        i = rest;
    }
    Ok((i, ()))
}

impl<'a, 'r> Grammar<'a, 'r> {
    pub(crate) fn new(all: Toks<'a>, reg: &'r Registry, mode: Mode) -> Self {
        let known = Rc::new(vec![Cell::new(None); all.len()]);
        Grammar {
            all,
            reg,
            mode,
            known,
        }
    }

    fn pos(&self, rest: Toks<'a>) -> usize {
        self.all.len().saturating_sub(rest.len())
    }

    /// The end of the longest known name starting at `rest` ([`Registry::longest_match`]).
    fn known_name(&self, rest: Toks<'a>) -> Option<usize> {
        let at = self.pos(rest);
        let Some(cell) = self.known.get(at) else {
            return self.reg.longest_match(self.all, at);
        };
        if let Some(end) = cell.get() {
            return end;
        }
        let end = self.reg.longest_match(self.all, at);
        cell.set(Some(end));
        end
    }

    fn prev(&self, rest: Toks<'a>) -> Option<&'a Tok<'a>> {
        self.pos(rest).checked_sub(1).and_then(|p| self.all.get(p))
    }

    // --------------------------------------------------------- word classes --

    /// A head word that opens a named body. In prose it must be capitalised
    /// (or an abbreviation): lower-case "ban", "đội", "tổ" are common words.
    fn head_word(&self, i: Toks<'a>) -> Res<'a, usize> {
        if not_agency(i).is_ok() {
            return reject(i);
        }
        let Some(first) = i.first() else {
            return reject(i);
        };
        if self.mode == Mode::Text && !first.is_capitalised() {
            return reject(i);
        }
        let head = starts_with_phrase(i, 0, lexicon::HEAD_WORDS);
        let police = (first.is_all_caps()
            && lexicon::UPPERCASE_ONLY_HEADS.contains(&first.folded())
            && i.get(1)
                .is_some_and(|n| n.is_word() && lexicon::LEVEL_WORDS.contains(&n.folded())))
        .then_some(1);
        let Some(n) = head.or(police) else {
            return reject(i);
        };
        // "Tổ chức" is a generic noun, not the head "Tổ" + a name.
        if starts_with_phrase(i, 0, lexicon::GROUP_NOUNS).is_some_and(|g| g > n) {
            return reject(i);
        }
        Ok((&i[n..], n))
    }

    /// A generic noun ("sở", "đơn vị", "tổ chức") not followed by a proper
    /// name (then it is a head: "Ban Chỉ đạo", "Trung tâm Phục vụ ...").
    fn group_noun(&self, i: Toks<'a>, after_plural: bool) -> Res<'a, usize> {
        if not_agency(i).is_ok() {
            return reject(i);
        }
        let Some(n) = starts_with_phrase(i, 0, lexicon::GROUP_NOUNS) else {
            return reject(i);
        };
        let named = i
            .get(n)
            .is_some_and(|t| t.is_capitalised() && !t.is_all_caps());
        if named && starts_with_phrase(i, 0, lexicon::HEAD_WORDS).is_some() {
            // "các Ngân hàng thương mại" is a group; "Ngân hàng Nhà nước" is not.
            let known = self.known_name(i).is_some();
            if known || !after_plural {
                return reject(i);
            }
        }
        if self.mode == Mode::Text && !after_plural {
            let bare_ok = starts_with_phrase(i, 0, lexicon::TEXT_BARE_GROUP_NOUNS) == Some(n)
                || (i[0].fold == "ban" && i.get(1).is_some_and(|t| t.is_punct(',')));
            if !bare_ok {
                return reject(i);
            }
        }
        Ok((&i[n..], n))
    }

    // ----------------------------------------------------------- constructs --

    /// A registry name, longest first.
    fn registry_name(&self, i: Toks<'a>) -> Res<'a, ()> {
        match self.known_name(i) {
            Some(end) => {
                let n = end.saturating_sub(self.pos(i));
                Ok((&i[n.min(i.len())..], ()))
            }
            None => reject(i),
        }
    }

    /// The last word typed twice: "Công an tỉnh tỉnh".
    fn duplicate_word(&self, i: Toks<'a>) -> Res<'a, ()> {
        match (self.prev(i), i.first()) {
            (Some(p), Some(t)) if p.is_word() && t.is_word() && p.fold == t.fold => {
                Ok((&i[1..], ()))
            }
            _ => reject(i),
        }
    }

    /// A place name after a known name: "(Công an tỉnh) Gia Lai",
    /// "(Đài Phát thanh và Truyền hình) Hậu Giang".
    fn place_name(&self, i: Toks<'a>) -> Res<'a, ()> {
        let mut n = 0;
        while n < 4 {
            let rest = &i[n..];
            let Some(t) = rest.first() else { break };
            if !t.is_capitalised() || t.is_all_caps() || self.starts_agency(rest) {
                break;
            }
            n += 1;
        }
        if n == 0 {
            return reject(i);
        }
        Ok((&i[n..], ()))
    }

    /// Proper-name words of an unknown body after its head: capitalised
    /// words, "và"/"-" + a capitalised word, the lower-case words names
    /// carry ("nhân dân", "chi nhánh", "tỉnh"), and a place name.
    fn name_words(&self, i: Toks<'a>) -> Res<'a, ()> {
        self.name_words_after(i, 0)
    }

    /// `name_words` when `already` name words were read: a known name
    /// may go on ("Sở Du lịch" + "và Thể thao tỉnh").
    fn name_words_after(&self, i: Toks<'a>, already: usize) -> Res<'a, ()> {
        let mut rest = i;
        let mut count = already;
        while let Some(t) = rest.first() {
            if count > 0 && self.starts_agency(rest) && !t.is_capitalised() {
                break;
            }
            if t.is_word() && t.is_capitalised() && (count == 0 || self.head_word(rest).is_err()) {
                rest = &rest[1..];
                count += 1;
                continue;
            }
            if let Ok((r, n)) = one_of(lexicon::NAME_INNER_WORDS)(rest) {
                rest = r;
                count += n;
                continue;
            }
            // Sentence case capitalises only the first syllable of a part:
            // "Du lịch", "Cảnh sát". One lower-case syllable after a capital
            // belongs to it unless it is a verb or function word.
            let after_capital = self.prev(rest).is_some_and(|p| p.is_capitalised());
            if count > 0 && after_capital && t.is_word() && !t.is_capitalised() && !stops_name(rest)
            {
                rest = &rest[1..];
                count += 1;
                continue;
            }
            if let Some(n) = self.lowercase_run(rest) {
                rest = &rest[n..];
                count += n;
                continue;
            }
            // "và" or a dash joining two capitalised parts of one name:
            // "Kế hoạch và Đầu tư", "Lao động - Thương binh".
            let joined = match rest.first() {
                Some(j) if j.is_dash() || (j.is_word() && j.fold == lexicon::CONJUNCTION) => {
                    Some(&rest[1..])
                }
                _ => None,
            };
            if let Some(r) = joined {
                if count > 0
                    && r.first().is_some_and(|t| t.is_capitalised())
                    && !self.starts_agency(r)
                {
                    rest = &r[1..];
                    count += 1;
                    continue;
                }
            }
            break;
        }
        if count == already {
            return reject(i);
        }
        Ok((rest, ()))
    }

    /// Names are sentence case, so lower-case words follow the capitalised
    /// ones ("Ban Chỉ đạo chuyển đổi số tỉnh", "Trung tâm Công nghệ thông tin
    /// và Truyền thông"). A lower-case run belongs to the name only if, within
    /// a few words and before any verb or preposition, it reaches a level word
    /// (included) or the next capitalised part of the name; returns its length.
    fn lowercase_run(&self, i: Toks<'a>) -> Option<usize> {
        const MAX_RUN: usize = 6;
        let mut k = 0;
        while k <= MAX_RUN {
            let t = i.get(k)?;
            let rest = &i[k..];
            if k > 0 {
                let joiner = t.is_dash() || (t.is_word() && t.fold == lexicon::CONJUNCTION);
                let next_part = if joiner { i.get(k + 1) } else { Some(t) };
                if next_part.is_some_and(|n| n.is_capitalised())
                    && !self.starts_agency(if joiner { &i[k + 1..] } else { rest })
                {
                    return Some(k);
                }
            }
            if !t.is_word() || t.is_capitalised() {
                return None;
            }
            if starts_with_phrase(rest, 0, &[lexicon::SOCIETY]).is_some() {
                k += 2;
                continue;
            }
            if stops_name(rest) {
                return None;
            }
            if let Some(n) = starts_with_phrase(rest, 0, lexicon::SCOPE_WORDS) {
                return Some(k + n);
            }
            k += 1;
        }
        None
    }

    /// One body with a name: a registry name, or head word + units / level /
    /// proper name.
    pub(crate) fn named_body(&self, i: Toks<'a>) -> Res<'a, Item> {
        let lo = self.pos(i);
        if let Ok((mut rest, ())) = self.registry_name(i) {
            if let Ok((r, ())) = self.duplicate_word(rest) {
                rest = r;
            }
            if let Ok((r, ())) = self.place_name(rest) {
                rest = r;
            }
            // In prose a known name followed by "và"/"-" and a capitalised
            // part is the start of a longer, unknown name.
            let joined = rest
                .first()
                .is_some_and(|j| j.is_dash() || (j.is_word() && j.fold == lexicon::CONJUNCTION));
            if self.mode == Mode::Text && joined {
                if let Ok((r, ())) = self.name_words_after(rest, 1) {
                    rest = r;
                }
            }
            let mut open = false;
            if let Ok((r, ())) = preceded(enum_separator, level_scope)(rest) {
                rest = r;
            } else if let Ok((r, ())) = admin_units(rest) {
                rest = r;
                open = true;
            }
            let hi = self.pos(rest);
            return Ok((rest, Item::new(lo, hi, open, true)));
        }
        let (rest, _) = self.head_word(i)?;
        if let Ok((rest, ())) = admin_units(rest) {
            let hi = self.pos(rest);
            return Ok((rest, Item::new(lo, hi, true, true)));
        }
        if let Ok((rest, ())) = level_scope(rest) {
            let hi = self.pos(rest);
            return Ok((rest, Item::new(lo, hi, false, true)));
        }
        let self_contained = starts_with_phrase(i, 0, lexicon::SELF_CONTAINED_HEADS).is_some();
        let (mut rest, ()) = match self.name_words(rest) {
            Ok(found) => found,
            Err(_) if self_contained => (rest, ()),
            Err(e) => return Err(e),
        };
        if let Ok((r, ())) = self.duplicate_word(rest) {
            rest = r;
        }
        let hi = self.pos(rest);
        Ok((rest, Item::new(lo, hi, false, false)))
    }

    /// "thuộc Ủy ban nhân dân tỉnh", "trên địa bàn (tỉnh)", "đóng trên địa bàn
    /// tỉnh": qualifiers that close a group in prose.
    fn group_qualifier(&self, i: Toks<'a>) -> Res<'a, ()> {
        if let Ok((rest, _)) = one_of(lexicon::BELONGS_TO)(i) {
            if let Ok((r, _)) = self.named_body(rest) {
                return Ok((r, ()));
            }
            if let Ok((r, _)) = unit_noun(rest) {
                return Ok((r, ()));
            }
            return reject(i);
        }
        let (mut rest, _) = preceded(
            opt(word(lexicon::STATIONED)),
            one_of(lexicon::AREA_QUALIFIERS),
        )(i)?;
        if let Ok((r, _)) = unit_noun(rest) {
            rest = r;
            if let Ok((r, ())) = self.place_name(rest) {
                rest = r;
            }
        }
        Ok((rest, ()))
    }

    /// Modifiers of a generic noun in prose; returns whether one of them
    /// fixed the group's scope (and so closed the enumeration).
    fn group_modifiers(&self, i: Toks<'a>) -> Res<'a, bool> {
        let mut rest = i;
        let mut closed = false;
        loop {
            if let Ok((r, ())) = self.group_qualifier(rest) {
                rest = r;
                closed = true;
                continue;
            }
            // "ngành Công an", "các cơ quan Trung ương": a capitalised name
            // after a generic noun that is not an agency of its own.
            // (Only `named_body` and `group_noun` are asked, never `agency`,
            // so that this cannot recurse into another group.)
            let capital = rest.first().is_some_and(|t| t.is_capitalised());
            if capital && self.named_body(rest).is_err() && self.group_noun(rest, true).is_err() {
                if let Ok((r, ())) = self.name_words(rest) {
                    rest = r;
                    continue;
                }
            }
            if let Ok((r, n)) = one_of(lexicon::TEXT_GROUP_MODIFIERS)(rest) {
                let closes = starts_with_phrase(rest, 0, lexicon::SCOPE_WORDS) == Some(n)
                    || starts_with_phrase(rest, 0, lexicon::CLOSING_QUALIFIERS) == Some(n)
                    || rest
                        .first()
                        .is_some_and(|t| t.fold == lexicon::LEVEL_PREFIX);
                rest = r;
                closed |= closes;
                continue;
            }
            break;
        }
        Ok((rest, closed))
    }

    /// A generic group: "các Sở, Ban, ngành, địa phương có liên quan",
    /// "tổ chức, doanh nghiệp có liên quan", "các cơ quan Trung ương đóng trên
    /// địa bàn tỉnh". In a list the modifiers are read by the list loop.
    pub(crate) fn group_name(&self, i: Toks<'a>) -> Res<'a, Item> {
        let lo = self.pos(i);
        let (rest, pl) = opt(plural)(i)?;
        let after_plural = pl.is_some();
        let (mut rest, _) = alt((
            |x| self.group_noun(x, after_plural),
            |x| {
                if after_plural {
                    unit_noun(x)
                } else {
                    reject(x)
                }
            },
        ))(rest)?;
        let mut open = true;
        if self.mode == Mode::Text {
            loop {
                let (r, closed) = self.group_modifiers(rest)?;
                rest = r;
                if closed {
                    open = false;
                    break;
                }
                match preceded(enum_separator, |x| self.enumerated_noun(x))(rest) {
                    Ok((r, _)) => rest = r,
                    Err(_) => break,
                }
            }
        } else {
            while let Ok((r, _)) = preceded(enum_separator, |x| self.enumerated_noun(x))(rest) {
                rest = r;
            }
        }
        let hi = self.pos(rest);
        Ok((rest, Item::new(lo, hi, open, false)))
    }

    /// A noun continuing an open enumeration: any generic or unit noun
    /// without "các" ("Sở, Ban, ngành", "huyện, thị xã").
    fn enumerated_noun(&self, i: Toks<'a>) -> Res<'a, usize> {
        if not_agency(i).is_ok() {
            return reject(i);
        }
        // Inside an enumeration the prose restrictions on bare nouns do not
        // apply: ", tổ chức, doanh nghiệp" after "các cơ quan" is a noun.
        let as_list = Grammar {
            all: self.all,
            reg: self.reg,
            mode: Mode::List,
            known: Rc::clone(&self.known),
        };
        match as_list.group_noun(i, false) {
            Ok(found) => Ok(found),
            Err(_) => unit_noun(i),
        }
    }

    /// One agency.
    pub(crate) fn agency(&self, i: Toks<'a>) -> Res<'a, Item> {
        if not_agency(i).is_ok() {
            return reject(i);
        }
        alt((|x| self.named_body(x), |x| self.group_name(x)))(i)
    }

    /// Whether an agency starts here (used to decide where a list splits).
    pub(crate) fn starts_agency(&self, i: Toks<'a>) -> bool {
        if i.is_empty() || not_agency(i).is_ok() {
            return false;
        }
        if self.registry_name(i).is_ok() || self.head_word(i).is_ok() {
            return true;
        }
        if let Ok((rest, ())) = plural(i) {
            return match self.mode {
                Mode::List => rest.first().is_some_and(|t| t.is_word()),
                Mode::Text => self.group_noun(rest, true).is_ok() || unit_noun(rest).is_ok(),
            };
        }
        self.group_noun(i, false).is_ok()
    }

    // ---------------------------------------------------------------- lists --

    /// A list of agencies in the current mode.
    pub(crate) fn agency_list(&self, i: Toks<'a>) -> Res<'a, Vec<Item>> {
        match self.mode {
            Mode::List => self.agency_list_in_cell(i),
            Mode::Text => self.agency_list_in_prose(i),
        }
    }

    /// Prose: agencies for as long as each separator is followed by another.
    fn agency_list_in_prose(&self, i: Toks<'a>) -> Res<'a, Vec<Item>> {
        let (mut rest, first) = self.agency(i)?;
        let mut items = vec![first];
        while let Ok((r, item)) = preceded(separator, |x| self.agency(x))(rest) {
            items.push(item);
            rest = r;
        }
        Ok((rest, items))
    }

    /// A cell or assignment line: everything is agencies; an entry runs to
    /// the next separator at which a new agency starts.
    fn agency_list_in_cell(&self, i: Toks<'a>) -> Res<'a, Vec<Item>> {
        let mut items = Vec::new();
        let mut i = skip_list_noise(i);
        while !i.is_empty() {
            let (mut rest, mut item) = match self.agency(i) {
                Ok(found) => found,
                Err(_) => {
                    let lo = self.pos(i);
                    let loose = Item {
                        lo,
                        hi: lo + 1,
                        core: lo + 1,
                        open: false,
                        complete: false,
                    };
                    (&i[1..], loose)
                }
            };
            let mut tail_words = 0usize;
            while let Some(t) = rest.first() {
                if t.is_punct(';') {
                    break;
                }
                if t.is_punct('(') {
                    // Nothing inside parentheses separates entries.
                    rest = skip_parenthesis(rest);
                    tail_words += 1;
                    continue;
                }
                if let Ok((after, ())) = separator(rest) {
                    if item.open {
                        if let Ok((r, _)) = self.enumerated_noun(after) {
                            rest = r;
                            continue;
                        }
                    }
                    if let Ok((r, ())) = level_scope(after) {
                        rest = r;
                        continue;
                    }
                    if self.starts_agency(after) || after.is_empty() {
                        break;
                    }
                    // After a complete known name, ", <Capitalised>" is
                    // another body even without a head word ("Công an tỉnh,
                    // Viettel"); commas inside known names were read with
                    // the name.
                    let comma_then_name = rest.first().is_some_and(|t| t.is_punct(','))
                        && after.first().is_some_and(|t| t.is_capitalised());
                    if item.complete && tail_words == 0 && comma_then_name {
                        break;
                    }
                    rest = after;
                    continue;
                }
                if tail_words == 0 && item.complete && self.starts_agency(rest) {
                    break;
                }
                // A modifier in the tail; scope words and qualifiers close an
                // enumeration ("Sở, ban, ngành tỉnh, địa phương" is two).
                let scope = starts_with_phrase(rest, 0, lexicon::SCOPE_WORDS);
                let qualifier = starts_with_phrase(rest, 0, lexicon::CLOSING_QUALIFIERS);
                let n = scope.max(qualifier).unwrap_or(1).max(1);
                if scope.is_some() || qualifier.is_some() {
                    item.open = false;
                }
                rest = &rest[n.min(rest.len())..];
                tail_words += 1;
            }
            item.hi = self.pos(rest);
            items.push(item);
            i = rest;
            while let Ok((r, ())) = separator(i) {
                i = r;
            }
            i = skip_list_noise(i);
        }
        Ok((i, items))
    }
}

/// A verb, preposition or other word that cannot continue a name.
fn stops_name(i: Toks<'_>) -> bool {
    starts_with_phrase(i, 0, lexicon::NAME_STOP_WORDS).is_some()
        || starts_with_phrase(i, 0, lexicon::HEADING_VERBS).is_some()
        || starts_with_phrase(i, 0, lexicon::NOT_AGENCY).is_some()
        || starts_with_phrase(i, 0, lexicon::LEAD_MARKERS_AND_ROLES).is_some()
}

/// Leading bullets, "với", stray punctuation before a list.
fn skip_list_noise<'a>(mut i: Toks<'a>) -> Toks<'a> {
    loop {
        match i.first() {
            Some(t) if t.is_word() && lexicon::LEADING_LINKS.contains(&t.folded()) => i = &i[1..],
            Some(t) if !t.is_word() && !t.is_punct('(') => i = &i[1..],
            _ => return i,
        }
    }
}

/// Skips a balanced parenthesis (or to the end if unbalanced).
fn skip_parenthesis<'a>(i: Toks<'a>) -> Toks<'a> {
    let mut depth = 0usize;
    for (k, t) in i.iter().enumerate() {
        if t.is_punct('(') {
            depth += 1;
        } else if t.is_punct(')') {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return &i[k + 1..];
            }
        }
    }
    &i[i.len()..]
}

/// Trims an item's token range: leading "với/cùng/và" and punctuation,
/// trailing punctuation, keeping balanced parentheses ("(các) tổ chức").
pub(crate) fn clean_span(toks: &[Tok<'_>], mut lo: usize, mut hi: usize) -> Option<(usize, usize)> {
    hi = hi.min(toks.len());
    loop {
        let before = (lo, hi);
        while lo < hi {
            let t = &toks[lo];
            let balanced_open = t.is_punct('(') && toks[lo + 1..hi].iter().any(|x| x.is_punct(')'));
            if (t.is_word() && lexicon::LEADING_LINKS.contains(&t.folded()))
                || (!t.is_word() && !balanced_open)
            {
                lo += 1;
            } else {
                break;
            }
        }
        while hi > lo {
            let t = &toks[hi - 1];
            let balanced_close =
                t.is_punct(')') && toks[lo..hi - 1].iter().any(|x| x.is_punct('('));
            if !t.is_word() && !balanced_close {
                hi -= 1;
            } else {
                break;
            }
        }
        if (lo, hi) == before {
            break;
        }
    }
    (lo < hi).then_some((lo, hi))
}
