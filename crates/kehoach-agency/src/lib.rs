//! Agency grammar and registry for Vietnamese government plans.
//!
//! * [`split_assignment`] reads an assignment line ("Công an tỉnh chủ trì,
//!   phối hợp với các sở, ban, ngành tỉnh, UBND cấp huyện") into lead and
//!   support agencies; [`split_list`] splits a table cell or heading into
//!   agencies, keeping group names that contain commas whole;
//!   [`heading_agencies`] decides whether a heading of a "Tổ chức thực hiện"
//!   part names agencies; [`support_in_text`] finds the partners named after
//!   "phối hợp với" in running text.
//! * [`Registry`] maps the many spellings of an agency to one canonical name,
//!   id and [`Level`]; it is data (`data/agencies.toml`), extensible at run
//!   time.
//!
//! Agencies are returned as printed (NFC): case, abbreviations and typos are
//! kept, only a leading "với" and trailing punctuation are trimmed. Nothing
//! here is keyed on a province: place names are recognised generically.

mod grammar;
mod lexicon;
mod normalize;
mod registry;

use std::collections::HashSet;

use grammar::{
    clean_span, lead_marker, may_open_support, partner_marker, request_prefix, starts_with_phrase,
    support_marker, Grammar, Item, Mode,
};
use normalize::{nfc, spelling_key_of_tokens, tokenize, Tok};

pub use normalize::{fold, normalize_key};
pub use registry::{AgencyEntry, Registry, RegistryError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    Central,
    Province,
    District,
    Commune,
    Group,
}

/// The canonical agency a mention resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// ASCII id without the "agency:" prefix, e.g. "cong-an-tinh".
    pub id: String,
    /// Canonical display name, e.g. "Công an tỉnh".
    pub name: String,
    pub level: Option<Level>,
}

/// Lead and support agencies of one assignment string, as printed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assignment {
    pub lead: Vec<String>,
    pub support: Vec<String>,
}

/// "X chủ trì, phối hợp với Y, Z" → lead [X], support [Y, Z]; a plain list → all lead.
///
/// Also: "X chủ trì phối hợp (với) Y", "X phối hợp với Y" (lead X),
/// "Đề nghị X chủ trì ...", "X chủ trì, Y phối hợp", and a leading label
/// ("Cơ quan thực hiện: ..."; "Đơn vị phối hợp: ..." makes everything support).
pub fn split_assignment(raw: &str) -> Assignment {
    split_assignment_with(raw, registry::embedded_ref())
}

/// [`split_assignment`] with a caller's registry (known names with commas or
/// "và" inside are never split).
pub fn split_assignment_with(raw: &str, registry: &Registry) -> Assignment {
    let text = nfc(raw);
    let toks = tokenize(&text);
    let (start, label_is_support) = assignment_label(&toks);
    let mut body = &toks[start..];
    if let Ok((rest, ())) = request_prefix(body) {
        body = rest;
    }
    let list = |seg: &[Tok<'_>]| list_strings(&text, seg, registry);
    let markers = find_markers(body);
    let mut out = Assignment::default();
    match markers.first() {
        None => {
            // "Công an tỉnh (chủ trì), Sở Tư pháp (phối hợp)".
            for (name, role) in list_entries(&text, body, registry) {
                match role {
                    Some(Role::Support) => out.support.push(name),
                    _ => out.lead.push(name),
                }
            }
        }
        Some(m) if m.role == Role::Support => {
            out.lead = list(&body[..m.start]);
            out.support = list(&body[m.end..]);
        }
        Some(m) => {
            let next_support = markers
                .iter()
                .find(|n| n.role == Role::Support && n.start >= m.end);
            if m.prefix {
                // "Chủ trì: X; phối hợp: Y"
                let stop = next_support.map_or(body.len(), |n| n.start);
                out.lead = list(&body[m.end..stop]);
                out.support = next_support.map_or_else(Vec::new, |n| list(&body[n.end..]));
            } else {
                out.lead = list(&body[..m.start]);
                let mut rest = m.end;
                while body.get(rest).is_some_and(|t| !t.is_word()) {
                    rest += 1;
                }
                match next_support {
                    // "X chủ trì, phối hợp với Y"
                    Some(n) if n.start == rest => out.support = list(&body[n.end..]),
                    // "X chủ trì, Y phối hợp"
                    Some(n) => out.support = list(&body[rest..n.start]),
                    // "X chủ trì thực hiện": nothing more, unless agencies follow.
                    None => {
                        let g = Grammar::new(&body[rest..], registry, Mode::List);
                        if g.starts_agency(&body[rest..]) {
                            out.lead.extend(list(&body[rest..]));
                        }
                    }
                }
            }
        }
    }
    if label_is_support && markers.iter().all(|m| m.role != Role::Lead) {
        let mut all = std::mem::take(&mut out.lead);
        all.append(&mut out.support);
        out.support = all;
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Lead,
    Support,
}

/// A role marker in an assignment line.
#[derive(Debug, Clone, Copy)]
struct Marker {
    start: usize,
    end: usize,
    role: Role,
    /// Written as a label before its agencies: "chủ trì: X", "Đơn vị phối hợp: Y".
    prefix: bool,
}

/// Role markers outside parentheses, in order.
fn find_markers(body: &[Tok<'_>]) -> Vec<Marker> {
    let mut out: Vec<Marker> = Vec::new();
    let mut push = |start: usize, end: usize, role: Role| {
        let mut m = Marker {
            start,
            end,
            role,
            prefix: false,
        };
        if body.get(end).is_some_and(|t| t.is_punct(':')) {
            m.prefix = true;
            m.end += 1;
            let label = start
                .checked_sub(2)
                .and_then(|s| starts_with_phrase(body, s, lexicon::ROLE_LABEL_NOUNS));
            if label == Some(2) {
                m.start -= 2;
            }
        }
        out.push(m);
        m.end
    };
    let mut depth = 0usize;
    let mut k = 0;
    while k < body.len() {
        let t = &body[k];
        if t.is_punct('(') {
            depth += 1;
        } else if t.is_punct(')') {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            let here = &body[k..];
            // "X chủ trì cùng (với) Y": Y are partners.
            if let (Ok((rest, ())), Ok(_)) = (partner_marker(here), lead_marker(here)) {
                let end = body.len() - rest.len();
                push(k, k + 2, Role::Lead);
                k = push(k + 2, end, Role::Support);
                continue;
            }
            if let Ok((rest, ())) = lead_marker(here) {
                k = push(k, body.len() - rest.len(), Role::Lead);
                continue;
            }
            if let Ok((rest, ())) = support_marker(here) {
                k = push(k, body.len() - rest.len(), Role::Support);
                continue;
            }
        }
        k += 1;
    }
    out
}

/// "Cơ quan thực hiện:", "Đơn vị phối hợp:" ...: where the value starts, and
/// whether the label says the agencies support.
fn assignment_label(toks: &[Tok<'_>]) -> (usize, bool) {
    let Some(colon) = toks.iter().take(8).position(|t| t.is_punct(':')) else {
        return (0, false);
    };
    let mut k = 0;
    let mut support = false;
    while k < colon {
        let t = &toks[k];
        if !t.is_word() {
            k += 1;
            continue;
        }
        match starts_with_phrase(toks, k, lexicon::ASSIGNMENT_LABEL_WORDS) {
            Some(n) => {
                if starts_with_phrase(toks, k, &[lexicon::SUPPORT_MARKER]).is_some() {
                    support = true;
                }
                k += n;
            }
            None => return (0, false),
        }
    }
    // "Chủ trì: X; phối hợp: Y" is handled by the marker logic instead.
    if lead_marker(toks).is_ok() || support_marker(toks).is_ok() {
        return (0, false);
    }
    (colon + 1, support)
}

/// Split a list of agencies (a table cell, a heading): "X, Y và Z" → [X, Y, Z],
/// keeping group names with commas ("các sở, ban, ngành tỉnh") whole.
pub fn split_list(raw: &str) -> Vec<String> {
    split_list_with(raw, registry::embedded_ref())
}

/// [`split_list`] with a caller's registry.
pub fn split_list_with(raw: &str, registry: &Registry) -> Vec<String> {
    let text = nfc(raw);
    let toks = tokenize(&text);
    list_strings(&text, &toks, registry)
}

fn list_strings(text: &str, toks: &[Tok<'_>], registry: &Registry) -> Vec<String> {
    list_entries(text, toks, registry)
        .into_iter()
        .map(|(name, _)| name)
        .collect()
}

/// The entries of a list, each with the role a parenthesis after it gives
/// ("Công an tỉnh (chủ trì)").
fn list_entries(text: &str, toks: &[Tok<'_>], registry: &Registry) -> Vec<(String, Option<Role>)> {
    let g = Grammar::new(toks, registry, Mode::List);
    let Ok((_, items)) = g.agency_list(toks) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|it| {
            let (lo, hi) = clean_span(toks, it.lo, it.hi)?;
            let (role, hi) = match role_suffix(toks, lo, hi) {
                Some((role, cut)) => (Some(role), clean_span(toks, lo, cut)?.1),
                None => (None, hi),
            };
            Some((span_text(text, toks, lo, hi)?, role))
        })
        .collect()
}

/// "(chủ trì)", "(cơ quan chủ trì)", "(thường trực)", "(phối hợp)", or a
/// bare "chủ trì"/"phối hợp" ending an entry: the role, and where the entry
/// ends without it.
fn role_suffix(toks: &[Tok<'_>], lo: usize, hi: usize) -> Option<(Role, usize)> {
    // "Sở Tư pháp chủ trì", "các sở, ngành phối hợp": a bare role word.
    let last_two = hi.checked_sub(2).filter(|&k| k > lo)?;
    let tail = &toks[last_two..hi];
    if lead_marker(tail).is_ok_and(|(r, ())| r.is_empty()) {
        return Some((Role::Lead, last_two));
    }
    if starts_with_phrase(tail, 0, &[lexicon::SUPPORT_MARKER]) == Some(2) {
        return Some((Role::Support, last_two));
    }
    if !toks.get(hi.checked_sub(1)?)?.is_punct(')') {
        return None;
    }
    let open = (lo..hi).rev().find(|&k| toks[k].is_punct('('))?;
    let inner = &toks[open + 1..hi - 1];
    let inner = &inner[starts_with_phrase(inner, 0, lexicon::ROLE_LABEL_NOUNS).unwrap_or(0)..];
    let role = if lead_marker(inner).is_ok_and(|(r, ())| r.is_empty())
        || starts_with_phrase(inner, 0, &[lexicon::STANDING_ROLE]) == Some(inner.len())
    {
        Role::Lead
    } else if support_marker(inner).is_ok_and(|(r, ())| r.is_empty()) {
        Role::Support
    } else {
        return None;
    };
    (open > lo).then_some((role, open))
}

fn span_text(text: &str, toks: &[Tok<'_>], lo: usize, hi: usize) -> Option<String> {
    let start = toks.get(lo)?.start;
    let end = toks.get(hi.checked_sub(1)?)?.end;
    text.get(start..end).map(str::to_string)
}

fn item_text(text: &str, toks: &[Tok<'_>], item: &Item) -> Option<String> {
    let (lo, hi) = clean_span(toks, item.lo, item.hi)?;
    span_text(text, toks, lo, hi)
}

/// If `heading` (the text of a numbered heading in a "Tổ chức thực hiện" part,
/// before any ':'), names one or more agencies, return them as printed.
///
/// A heading qualifies when it starts with an agency and none of its entries
/// goes on with a verb: "Sở Tư pháp", "Các Sở, Ban, ngành thuộc Ủy ban nhân dân
/// tỉnh; Ủy ban nhân dân các huyện, thành phố" do; "Chủ tịch UBND tỉnh ...
/// chỉ đạo", "Thành lập Tổ công tác ...", "Kinh phí thực hiện ..." do not.
/// A leading number ("6.", "IV.", "a)") and markdown marks are ignored.
pub fn heading_agencies(heading: &str, registry: &Registry) -> Option<Vec<String>> {
    registry::memoized_heading(registry, heading, || {
        heading_agencies_uncached(heading, registry)
    })
}

fn heading_agencies_uncached(heading: &str, registry: &Registry) -> Option<Vec<String>> {
    let text = nfc(heading);
    let toks = tokenize(&text);
    let mut body = strip_heading_number(&toks);
    if let Some(colon) = body.iter().position(|t| t.is_punct(':')) {
        body = &body[..colon];
    }
    body = strip_trailing_parenthesis(body);
    // "Đề nghị Tòa án nhân dân tỉnh": a request to a body outside the
    // issuer's authority is still that body's heading.
    if let Ok((rest, ())) = request_prefix(body) {
        body = rest;
    }
    let g = Grammar::new(body, registry, Mode::List);
    // A heading is not a table cell known to hold agencies: "Các thông tin ..."
    // must open with a group noun ("các sở", "các cơ quan"), as in prose.
    if !g.starts_agency(body) || !Grammar::new(body, registry, Mode::Text).starts_agency(body) {
        return None;
    }
    let (_, items) = g.agency_list(body).ok()?;
    for item in &items {
        if starts_with_phrase(body, item.lo, lexicon::COMMITTEE_HEADS).is_some() {
            continue;
        }
        let tail = body.get(item.core..item.hi).unwrap_or(&[]);
        let has_verb =
            (0..tail.len()).any(|k| starts_with_phrase(tail, k, lexicon::HEADING_VERBS).is_some());
        if has_verb {
            return None;
        }
    }
    let names: Vec<String> = items
        .iter()
        .filter_map(|it| item_text(&text, body, it))
        .collect();
    (!names.is_empty()).then_some(names)
}

/// "6.", "IV.", "2.1.", "a)", "(1)", "-" before a heading.
fn strip_heading_number<'a>(toks: &'a [Tok<'a>]) -> &'a [Tok<'a>] {
    let is_marker = |t: &Tok<'_>| {
        t.is_word()
            && (t.text.chars().all(|c| c.is_ascii_digit() || c == '.')
                || t.text.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
                || (t.text.chars().count() == 1 && t.text.chars().all(char::is_lowercase)))
    };
    let mut k = 0;
    while toks
        .get(k)
        .is_some_and(|t| t.is_punct('-') || t.is_punct('+') || t.is_punct('('))
    {
        k += 1;
    }
    if toks.get(k).is_some_and(is_marker)
        && toks
            .get(k + 1)
            .is_some_and(|t| t.is_punct('.') || t.is_punct(')'))
    {
        return &toks[k + 2..];
    }
    if k > 0
        && toks.get(k).is_some_and(|t| t.is_word())
        && !toks[..k].iter().any(|t| t.is_punct('('))
    {
        return &toks[k..];
    }
    toks
}

/// "Công an tỉnh (Cơ quan thường trực)" → "Công an tỉnh".
fn strip_trailing_parenthesis<'a>(toks: &'a [Tok<'a>]) -> &'a [Tok<'a>] {
    if !toks.last().is_some_and(|t| t.is_punct(')')) {
        return toks;
    }
    let mut depth = 0usize;
    for k in (0..toks.len()).rev() {
        if toks[k].is_punct(')') {
            depth += 1;
        } else if toks[k].is_punct('(') {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return if k > 0 { &toks[..k] } else { toks };
            }
        }
    }
    toks
}

/// Supporting agencies named in running text: after "phối hợp (chặt chẽ) (với)",
/// "chủ trì cùng (với)" ... as printed, in order, without duplicates.
///
/// Every such phrase in the text counts (second sentences too); an agency
/// printed twice is listed once, in its first spelling. Only agencies that
/// directly follow the marker count: the objects of "hướng dẫn", "chỉ đạo"
/// and report recipients ("gửi/về Công an tỉnh") are not partners.
pub fn support_in_text(text: &str, registry: &Registry) -> Vec<String> {
    let text = nfc(text);
    let toks = tokenize(&text);
    let g = Grammar::new(&toks, registry, Mode::Text);
    let mut out = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut k = 0;
    while k < toks.len() {
        let here = &toks[k..];
        if !may_open_support(here) {
            k += 1;
            continue;
        }
        let after_marker = support_marker(here).or_else(|_| partner_marker(here));
        if let Ok((rest, ())) = after_marker {
            if let Ok((after_list, items)) = g.agency_list(rest) {
                for item in &items {
                    let Some((lo, hi)) = clean_span(&toks, item.lo, item.hi) else {
                        continue;
                    };
                    let key = spelling_key_of_tokens(&toks[lo..hi]);
                    if seen.insert(key) {
                        if let Some(s) = item_text(&text, &toks, item) {
                            out.push(s);
                        }
                    }
                }
                k = toks.len() - after_list.len();
                continue;
            }
        }
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests;
