//! The whole pipeline as one pure function: bytes in, task graph out.
//!
//! Stages, each a plain function with its own tests:
//! decode (kehoach-decode) → lines and clean text (kehoach-segment) → tables
//! (kehoach-tables) → clause tree ([`tree`]) → tasks ([`tasks`], using the field,
//! agency, deadline and citation grammars) → graph ([`graph`]).
//! Nothing here reads files, spawns threads or prints.

pub mod fields;
pub mod graph;
pub mod inline;
pub mod link;
pub mod marker;
pub mod roles;
pub mod tasks;
pub mod tree;

use kehoach_model as model;
use std::sync::Arc;

/// What a caller can tune. `Default` is what the CLI uses without flags.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Agency registry to resolve names with; the embedded one when `None`.
    pub registry: Option<Arc<kehoach_agency::Registry>>,
}

/// Why an input produced no graph.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}")]
pub struct ConvertError {
    /// 1-based line the problem was found on, where that makes sense.
    pub line: Option<u32>,
    pub reason: String,
}

fn embedded_registry() -> &'static kehoach_agency::Registry {
    static REG: std::sync::OnceLock<kehoach_agency::Registry> = std::sync::OnceLock::new();
    REG.get_or_init(kehoach_agency::Registry::embedded)
}

/// Convert one input. `path` is only recorded (and used for the fallback id); nothing is read.
pub fn convert(bytes: &[u8], path: &str, options: &Options) -> Result<model::Graph, ConvertError> {
    convert_with_stats(bytes, path, options).map(|(graph, _)| graph)
}

/// [`convert`], taking the input by value: UTF-8 input becomes the decoded
/// text in place, so a large input is not held twice while it is converted.
/// The graph is exactly the one [`convert`] returns.
pub fn convert_owned(
    bytes: Vec<u8>,
    path: &str,
    options: &Options,
) -> Result<model::Graph, ConvertError> {
    let raw = Raw::of(&bytes);
    let decoded = kehoach_decode::decode_owned(bytes).map_err(ConvertError::from)?;
    pipeline(decoded, raw, path, options).map(|(graph, _)| graph)
}

/// How much work one conversion did, stage by stage. Each count is cheap to
/// keep and grows with the input; tests compare them (and the memory
/// allocated) at input sizes n and 2n to check that no stage is superlinear,
/// which wall-clock time is too noisy to show.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Decoded text, in bytes.
    pub bytes: usize,
    pub lines: usize,
    /// Clean text handed to the grammars, in bytes.
    pub clean_bytes: usize,
    pub tables: usize,
    pub table_cells: usize,
    /// Clause tree nodes, the root included.
    pub tree_nodes: usize,
    /// Task candidates before ids and links.
    pub drafts: usize,
    pub tasks: usize,
    pub edges: usize,
    pub diagnostics: usize,
}

impl Stats {
    /// Every count, named, for reports and assertions.
    pub fn named(&self) -> [(&'static str, usize); 10] {
        [
            ("bytes", self.bytes),
            ("lines", self.lines),
            ("clean bytes", self.clean_bytes),
            ("tables", self.tables),
            ("table cells", self.table_cells),
            ("tree nodes", self.tree_nodes),
            ("drafts", self.drafts),
            ("tasks", self.tasks),
            ("edges", self.edges),
            ("diagnostics", self.diagnostics),
        ]
    }
}

/// [`convert`], also returning the [`Stats`] of the work done.
pub fn convert_with_stats(
    bytes: &[u8],
    path: &str,
    options: &Options,
) -> Result<(model::Graph, Stats), ConvertError> {
    let decoded = kehoach_decode::decode(bytes).map_err(ConvertError::from)?;
    pipeline(decoded, Raw::of(bytes), path, options)
}

impl From<kehoach_decode::DecodeError> for ConvertError {
    fn from(e: kehoach_decode::DecodeError) -> Self {
        ConvertError {
            line: e.line,
            reason: e.reason,
        }
    }
}

/// What the graph records about the input bytes themselves, taken before
/// decoding so that the bytes need not outlive it.
struct Raw {
    sha256: String,
    len: u64,
}

impl Raw {
    fn of(bytes: &[u8]) -> Raw {
        use sha2::Digest;
        let sha256 = sha2::Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>();
        Raw {
            sha256,
            len: bytes.len() as u64,
        }
    }
}

/// Everything after decoding. Intermediate results are dropped as soon as
/// the later stages no longer read them: a large input's peak memory is the
/// sum of what is alive at once.
fn pipeline(
    decoded: kehoach_decode::Decoded,
    raw: Raw,
    path: &str,
    options: &Options,
) -> Result<(model::Graph, Stats), ConvertError> {
    let kehoach_decode::Decoded {
        text: decoded_text,
        encoding,
    } = decoded;
    let text = decoded_text.as_str();
    let text_bytes = text.len();
    let registry: &kehoach_agency::Registry = match &options.registry {
        Some(r) => r,
        None => embedded_registry(),
    };

    // Lines, and the tables that own some of them.
    let lines = kehoach_segment::split_lines(text);
    let format = kehoach_segment::detect_format(text);
    // Plain text borrows the lines that are normalised already (most of them):
    // they become its clean lines below. A Markdown reading frees the copies
    // before it starts; borrowing there saved time but raised the peak of
    // memory on large plans (measured with the system allocator), so each
    // line is copied as before.
    let normalized: Vec<std::borrow::Cow<str>> = lines
        .iter()
        .map(|l| {
            let raw = &text[l.start..l.end];
            match format {
                kehoach_segment::Format::Text => kehoach_segment::normalize_cow(raw),
                kehoach_segment::Format::Markdown => kehoach_segment::normalize(raw).into(),
            }
        })
        .collect();
    let normalized_refs: Vec<&str> = normalized.iter().map(|s| s.as_ref()).collect();
    let mut tables = kehoach_tables::find_tables(&normalized_refs);
    drop(normalized_refs);
    let mut owned = vec![false; lines.len()];
    for t in &tables {
        for &l in &t.lines {
            if let Some(o) = owned.get_mut(l) {
                *o = true;
            }
        }
    }
    // From here on the stages read the clean lines, and spans come from
    // `lines`. Plain text is cleaned by normalising alone, so its clean lines
    // are the normalised lines the tables were read from; a Markdown reading
    // is handed the decoded text instead (it masks it in place rather than
    // copying it). Either way the text is gone once the lines are clean, and
    // no copy of it is built beside another (peak memory of large inputs).
    let clean = match format {
        kehoach_segment::Format::Text => {
            let clean = kehoach_segment::clean_text_lines(normalized, &owned);
            drop(decoded_text);
            clean
        }
        kehoach_segment::Format::Markdown => {
            drop(normalized);
            kehoach_segment::clean_lines_owned(decoded_text, &lines, format, &owned)
        }
    };
    let clean_texts: Vec<&str> = clean.iter().map(|c| c.text.as_str()).collect();

    // Hard-wrapped text: which lines continue the one before.
    let wrapped = match kehoach_segment::wrap_width(&clean_texts) {
        Some(w) => kehoach_segment::continuations(&clean_texts, w),
        None => vec![false; clean_texts.len()],
    };

    // Metadata reads the unowned lines plus layout the table stage left alone,
    // as logical lines: a wrapped title or caption is one line to it.
    let logical = logical_lines(&clean_texts, &wrapped);
    let logical_refs: Vec<&str> = logical.iter().map(|s| s.as_ref()).collect();
    let meta = kehoach_meta::extract_metadata(&logical_refs);
    drop(logical_refs);
    drop(logical);
    let plan_year = meta
        .issued_on
        .map(|d| d.year)
        .or_else(|| year_in_opening(&clean_texts));

    // The clause tree, over logical lines when the text was hard-wrapped.
    let infos: Vec<tree::LineInfo> = clean
        .iter()
        .zip(&owned)
        .zip(&wrapped)
        .map(|((c, o), w)| (c, o, w))
        .map(|(c, o, w)| tree::LineInfo {
            text: &c.text,
            heading_like: c.heading.is_some() || c.fully_emphasised(),
            markdown_heading: c.heading.is_some(),
            table: *o,
            wrapped: *w,
        })
        .collect();
    let mut tree = tree::build(&infos);
    drop(infos);
    // Citations are read from the clean text; the tree holds its own copy of
    // the text, and the task rules read only the emphasised stretches of the
    // clean lines, so the rest of the clean text is freed here.
    let citations = graph::citations(&clean_texts, &tables, meta.number.as_deref());
    let clean_bytes = clean_texts.iter().map(|t| t.len()).sum();
    drop(clean_texts);
    let emphasis = tasks::Emphasis::from_lines(clean);
    let roles = tasks::node_roles(&tree, registry);
    let deadline_ctx = kehoach_deadline::Context { plan_year };
    let hoist = tasks::Ctx::new(&tree, &emphasis, registry, deadline_ctx, roles.clone());
    let moves = tasks::trailing_field_owners(&hoist);
    let memo = hoist.into_memo();
    tasks::move_fields(&mut tree, &moves);
    let ctx = tasks::Ctx::with_memo(&tree, &emphasis, registry, deadline_ctx, roles, memo);
    let mut drafts = tasks::extract(&ctx);
    let (roles, memo) = ctx.into_parts();
    // The drafts hold all the text the graph needs from the tree: free its copy
    // before the table rows are read beside it (peak memory of long plans).
    tree.keep_outline();
    let mut ctx = tasks::Ctx::with_memo(&tree, &emphasis, registry, deadline_ctx, roles, memo);
    ctx.forget_nodes();
    let rows = tasks::table_tasks(&ctx, &tables);
    drafts.reserve_exact(rows.len());
    drafts.extend(rows);
    let tasks::Ctx { roles, .. } = ctx;

    let mut stats = Stats {
        bytes: text_bytes,
        lines: lines.len(),
        clean_bytes,
        tables: tables.len(),
        table_cells: tables
            .iter()
            .flat_map(|t| &t.rows)
            .map(|r| r.cells.len())
            .sum(),
        tree_nodes: tree.nodes.len(),
        drafts: drafts.len(),
        ..Stats::default()
    };
    // The drafts hold all the text the graph needs: free the emphasised clean
    // lines and the tables' cells before the graph is built beside them.
    drop(emphasis);
    tables_outline(&mut tables);
    let parts = graph::assemble(
        graph::Input {
            lines: &lines,
            citations,
            tree: std::borrow::Cow::Owned(tree),
            roles: &roles,
            tables: &tables,
            drafts,
            registry,
        },
        meta.issuer.clone(),
    );
    let mut diagnostics = parts.diagnostics;
    if parts.tasks.is_empty() {
        diagnostics.push(model::Diagnostic {
            severity: model::Severity::Info,
            code: "no-tasks".into(),
            message: "no task found: the input has no recognisable task list".into(),
            span: None,
        });
    }

    let document = model::Document {
        id: document_id(&meta, path),
        source: model::Source {
            path: path.to_string(),
            sha256: raw.sha256,
            bytes: raw.len,
            format: match format {
                kehoach_segment::Format::Text => model::SourceFormat::Text,
                kehoach_segment::Format::Markdown => model::SourceFormat::Markdown,
            },
            encoding: encoding.to_string(),
        },
        number: meta.number.clone(),
        doc_type: meta.doc_type.clone(),
        issuer: meta.issuer.clone(),
        place: meta.place.clone(),
        issued_on: meta.issued_on.map(|d| d.to_string()),
        signer: meta.signer.clone(),
        title: meta.title.clone(),
    };
    let graph = model::Graph {
        schema_version: model::SCHEMA_VERSION.to_string(),
        document,
        sections: parts.sections,
        tasks: parts.tasks,
        agencies: parts.agencies,
        references: parts.references,
        tables: parts.tables,
        edges: parts.edges,
        diagnostics,
    };
    stats.tasks = graph.tasks.len();
    stats.edges = graph.edges.len();
    stats.diagnostics = graph.diagnostics.len();
    Ok((graph, stats))
}

/// Free what only the table tasks and citations read: the cells of the
/// tables' rows and the lists of lines each table and row came from.
/// Assembling the graph reads the rest (titles, columns, sections, row
/// extents).
fn tables_outline(tables: &mut [kehoach_tables::Table]) {
    for t in tables {
        t.lines = Vec::new();
        for r in &mut t.rows {
            r.cells = Vec::new();
            r.lines = Vec::new();
        }
    }
}

/// Physical lines with each wrapped continuation joined (with a space) to the
/// line it continues; a joined line leaves an empty line in its place, so the
/// count and the blank-line layout stay as they were. As in the clause tree, a
/// line opening with an item marker and a capital ("- Số hiệu: …") starts anew.
fn logical_lines<'a>(lines: &[&'a str], wrapped: &[bool]) -> Vec<std::borrow::Cow<'a, str>> {
    use std::borrow::Cow;
    let starts_item = |l: &str| {
        marker::item_marker(l.trim_start())
            .is_some_and(|(m, rest)| !tree::marker_continues_sentence(&m, rest))
    };
    let mut out: Vec<Cow<'a, str>> = Vec::with_capacity(lines.len());
    let mut head: Option<usize> = None;
    for (i, &l) in lines.iter().enumerate() {
        match head {
            Some(h) if wrapped.get(i).copied().unwrap_or(false) && !starts_item(l) => {
                let joined = out[h].to_mut();
                joined.push(' ');
                joined.push_str(l.trim());
                out.push(Cow::Borrowed(""));
            }
            _ => {
                head = Some(i);
                out.push(Cow::Borrowed(l));
            }
        }
    }
    out
}

/// A year printed near the top ("ngày tháng năm 2023" in a draft), for months
/// without a year when the plan's date is blank.
fn year_in_opening(lines: &[&str]) -> Option<i32> {
    for l in lines.iter().take(80) {
        if let Some(digits) = digits_after_first_nam(l) {
            if digits.len() == 4 {
                if let Ok(y) = digits.parse::<i32>() {
                    if (1945..=2100).contains(&y) {
                        return Some(y);
                    }
                }
            }
        }
    }
    None
}

/// The digits right after the first "năm " of `line` in lower case, when it
/// has one: what `line.to_lowercase()` shows there, read from `line` itself.
/// Only "n", "N" lower to "n" (and likewise "ă", "m", " ", and the digits),
/// and no char lowers to nothing or to a longer string holding one of them,
/// so the first "năm " of the lower case is the first [nN][ăĂ][mM]" " here,
/// and the digits after it are the same.
fn digits_after_first_nam(line: &str) -> Option<String> {
    let b = line.as_bytes();
    // "ă" is C4 83, "Ă" C4 82.
    let at = b
        .windows(5)
        .position(|w| matches!(w, [b'n' | b'N', 0xC4, 0x82 | 0x83, b'm' | b'M', b' ']))?;
    let rest = b.get(at + 5..).unwrap_or_default();
    let digits = rest.iter().take_while(|d| d.is_ascii_digit()).count();
    line.get(at + 5..at + 5 + digits).map(str::to_string)
}

/// Stable document id: from the number and date when printed, else the file name.
fn document_id(meta: &kehoach_meta::Metadata, path: &str) -> String {
    let base = match (&meta.number, meta.issued_on) {
        (Some(n), Some(d)) => format!("{n}-{d}"),
        (Some(n), None) => n.clone(),
        _ => std::path::Path::new(path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
    };
    let s = ascii_slug(&base);
    if s.is_empty() {
        "document".to_string()
    } else {
        s
    }
}

/// Lower-case ASCII with Vietnamese letters folded ("Đắk Nông" → "dak-nong").
pub fn ascii_slug(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    let mut dash = false;
    for c in s.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if unicode_normalization::char::is_combining_mark(c) => continue,
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `year_in_opening` read before it stopped lowering whole lines.
    fn digits_after_nam_by_lowering(line: &str) -> Option<String> {
        let lower = line.to_lowercase();
        let i = lower.find("năm ")?;
        Some(
            lower[i + "năm ".len()..]
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .collect(),
        )
    }

    #[test]
    fn only_the_chars_of_nam_and_digits_lower_to_them() {
        // What `digits_after_first_nam` relies on.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let lower: Vec<char> = c.to_lowercase().collect();
            assert!(!lower.is_empty());
            let wanted = |l: &char| matches!(l, 'n' | 'ă' | 'm' | ' ') || l.is_ascii_digit();
            if lower.iter().any(wanted) {
                assert_eq!(lower.len(), 1, "{c:?}");
                assert!(
                    matches!(c, 'n' | 'N' | 'ă' | 'Ă' | 'm' | 'M' | ' ') || c.is_ascii_digit(),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn first_nam_is_found_without_lowering_the_line() {
        let mut lines: Vec<String> = [
            "",
            "năm 2023",
            "NĂM 2024 và năm 2025",
            "nnăm 2022",
            "năăm 2022 năm 1999x",
            "İİ NĂm 12345",
            "ΣΣ năm σ 2020",
            "năm",
            "Năm\u{a0}2023 năm 2021",
            "Tháng 3 NĂM  2022",
            "năm năm 2022",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        lines.extend(kehoach_text::samples::corpus_lines());
        assert!(lines.len() > 100, "the corpus was not read");
        for l in &lines {
            assert_eq!(
                digits_after_first_nam(l),
                digits_after_nam_by_lowering(l),
                "{l:?}"
            );
        }
    }
}
