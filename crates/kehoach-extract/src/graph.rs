//! Drafts, tree and tables → the v1 graph: ids, sections, agencies, references,
//! edges and diagnostics, all in document order.

use crate::tree::{Tree, TreeNote};
use kehoach_agency::{Level, Registry};
use kehoach_model as model;
use kehoach_model::{Diagnostic, Edge, EdgeKind, SectionRole, Severity, Span};
use kehoach_segment::Line;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

pub struct Input<'a> {
    pub lines: &'a [Line],
    /// From [`citations`], found before so that the clean text can be freed
    /// before the graph is built (peak memory of large inputs).
    pub citations: Citations,
    /// Owned when the caller has no further use for the tree: it is then freed
    /// before the tasks are built (peak memory of large inputs).
    pub tree: Cow<'a, Tree>,
    pub roles: &'a [SectionRole],
    pub tables: &'a [kehoach_tables::Table],
    pub drafts: crate::tasks::Drafts,
    pub registry: &'a Registry,
}

pub fn span(lines: &[Line], first: usize, last: usize) -> Span {
    let last = last.max(first).min(lines.len().saturating_sub(1));
    let first = first.min(last);
    match (lines.get(first), lines.get(last)) {
        (Some(a), Some(b)) => Span {
            start_line: first as u32 + 1,
            end_line: last as u32 + 1,
            start_byte: a.start as u64,
            end_byte: b.end as u64,
        },
        _ => Span {
            start_line: 1,
            end_line: 1,
            start_byte: 0,
            end_byte: 0,
        },
    }
}

/// Id segment of a numbered (not bulleted) item marker: printed label, ASCII
/// ("đ" → "dd", "2.1" → "2-1"). Never starts with '-', which bullets' segments do.
fn segment_of(m: &crate::marker::Marker) -> Cow<'_, str> {
    use crate::marker::Style;
    match m.style {
        Style::Article => format!("dieu-{}", m.label).into(),
        _ if m.label.contains(['.', 'đ']) => m.label.replace('.', "-").replace('đ', "dd").into(),
        _ => m.label.as_str().into(),
    }
}

/// Ids of every tree node, from the clause path; repeated siblings get "_2", "_3".
pub fn node_ids(tree: &Tree) -> (Vec<String>, Vec<TreeNote>) {
    use std::fmt::Write;
    let mut ids = vec![String::new(); tree.nodes.len()];
    let mut notes = Vec::new();
    let mut stack = vec![0usize];
    // Reused from parent to parent: most nodes have no children, and a map
    // made for each would cost more than the ids.
    let mut seen: HashMap<String, usize> = HashMap::new();
    while let Some(id) = stack.pop() {
        seen.clear();
        let mut bullets = 0;
        for &c in &tree.nodes[id].children {
            let n = &tree.nodes[c];
            let Some(m) = &n.marker else { continue };
            let parent = &ids[id];
            let mut child = String::with_capacity(parent.len() + 1 + m.label.len() + 8);
            if !parent.is_empty() {
                child.push_str(parent);
                child.push('/');
            }
            if m.style.is_bullet() {
                // "-1", "-2", …: bullets are numbered apart, and no numbered
                // item's segment starts with '-', so a bullet is never a repeat.
                bullets += 1;
                let _ = write!(child, "-{bullets}");
            } else {
                let seg = segment_of(m);
                let count = match seen.get_mut(seg.as_ref()) {
                    Some(count) => {
                        *count += 1;
                        *count
                    }
                    None => {
                        seen.insert(seg.to_string(), 1);
                        1
                    }
                };
                child.push_str(&seg);
                if count > 1 {
                    notes.push(TreeNote {
                        line: n.first_line,
                        code: "duplicate-id",
                        message: format!(
                            "a second item {} under the same parent: id suffixed with _{count}",
                            m.label
                        ),
                        warning: true,
                    });
                    let _ = write!(child, "_{count}");
                }
            }
            ids[c] = child;
            stack.push(c);
        }
    }
    (ids, notes)
}

fn level(l: Option<Level>) -> Option<model::AgencyLevel> {
    l.map(|l| match l {
        Level::Central => model::AgencyLevel::Central,
        Level::Province => model::AgencyLevel::Province,
        Level::District => model::AgencyLevel::District,
        Level::Commune => model::AgencyLevel::Commune,
        Level::Group => model::AgencyLevel::Group,
    })
}

fn note(lines: &[Line], n: &TreeNote) -> Diagnostic {
    Diagnostic {
        severity: if n.warning {
            Severity::Warning
        } else {
            Severity::Info
        },
        code: n.code.to_string(),
        message: n.message.clone(),
        span: Some(span(lines, n.line, n.line)),
    }
}

pub struct Parts {
    pub sections: Vec<model::Section>,
    pub tasks: Vec<model::Task>,
    pub agencies: Vec<model::Agency>,
    pub references: Vec<model::Reference>,
    pub tables: Vec<model::Table>,
    pub edges: Vec<Edge>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A task's id (before it is made unique), clause path and section.
type Placement = (String, Vec<String>, Option<String>);

pub fn assemble(input: Input, implicit_lead: Option<String>) -> Parts {
    let Input {
        lines,
        citations: Citations { references, cites },
        tree,
        roles,
        tables,
        drafts,
        registry,
    } = input;
    let (ids, mut notes) = node_ids(&tree);
    notes.extend(tree.notes.iter().cloned());
    let mut diagnostics: Vec<Diagnostic> = Vec::new();

    // Which nodes are tasks, or inside one: those are not sections.
    let mut task_nodes: HashSet<usize> = HashSet::new();
    for d in &drafts {
        if let (Some(n), false) = (d.node, d.intro) {
            task_nodes.insert(n);
        }
    }
    let inside_task = |mut id: usize| -> bool {
        loop {
            if task_nodes.contains(&id) {
                return true;
            }
            match tree.nodes[id].parent {
                Some(p) => id = p,
                None => return false,
            }
        }
    };

    // Sections: structural nodes outside tasks, in document order.
    // Which nodes are sections; their ids are in `ids`.
    let mut is_section: Vec<bool> = vec![false; tree.nodes.len()];
    let mut sections = Vec::new();
    let mut order: Vec<usize> = (1..tree.nodes.len()).collect();
    order.sort_by_key(|i| (tree.nodes[*i].first_line, *i));
    for &i in &order {
        let n = &tree.nodes[i];
        if !n.is_structural() || inside_task(i) {
            continue;
        }
        let parent = nearest_section(&tree, &is_section, n.parent).map(|s| ids[s].clone());
        is_section[i] = true;
        sections.push(model::Section {
            id: ids[i].clone(),
            label: n.marker.as_ref().map(|m| m.label.clone()),
            title: (!n.synthetic)
                .then(|| n.title().to_string())
                .filter(|t| !t.is_empty()),
            parent,
            role: roles[i],
            span: span(lines, n.first_line, n.last_line),
        });
    }

    // Tables and their section rows.
    let mut table_ids: Vec<String> = Vec::new();
    let mut model_tables = Vec::new();
    let mut used_table_ids: HashSet<String> = HashSet::new();
    let mut table_parts: Vec<(String, String)> = Vec::new();
    // Ids of each table's section rows, by index into `Table::sections`.
    let mut table_section_ids: Vec<Vec<String>> = Vec::new();
    for (k, t) in tables.iter().enumerate() {
        let mut id = match t.appendix_number {
            Some(n) => format!("appendix-{n}"),
            None => format!("appendix-{}", k + 1),
        };
        if !used_table_ids.insert(id.clone()) {
            id = format!("table-{}", k + 1);
            used_table_ids.insert(id.clone());
        }
        table_ids.push(id.clone());
        let first = t.header_line.min(t.last_line);
        // A section row printed twice (a page break repeating it, or a typing
        // slip) gets a suffixed id, as a repeated marker does in the narrative.
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut section_ids = Vec::with_capacity(t.sections.len());
        for (si, s) in t.sections.iter().enumerate() {
            let label = s.label.clone().unwrap_or_else(|| format!("s{}", si + 1));
            let count = seen.entry(label.clone()).or_insert(0);
            *count += 1;
            let sid = if *count > 1 {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    code: "duplicate-id".into(),
                    message: format!(
                        "a second section row {label} in table {id}: id suffixed with _{count}"
                    ),
                    span: s.line.map(|l| span(lines, l, l)),
                });
                format!("{id}/{label}_{count}")
            } else {
                format!("{id}/{label}")
            };
            section_ids.push(sid.clone());
            let rows_of: Vec<&kehoach_tables::Row> =
                t.rows.iter().filter(|r| r.section == Some(si)).collect();
            let first = s
                .line
                .or_else(|| rows_of.first().map(|r| r.first_line))
                .unwrap_or(first);
            let last = rows_of.last().map(|r| r.last_line).unwrap_or(first);
            // A table's row groups are sections; the table itself is the node they are part of.
            table_parts.push((sid.clone(), id.clone()));
            sections.push(model::Section {
                id: sid,
                label: s.label.clone(),
                title: s.title.clone(),
                parent: None,
                role: SectionRole::Table,
                span: span(lines, first, last),
            });
        }
        table_section_ids.push(section_ids);
        model_tables.push(model::Table {
            id,
            title: t.title.clone(),
            columns: t.columns.clone(),
            rows: t.rows.len() as u32,
            section_rows: t.sections.iter().filter(|s| s.line.is_some()).count() as u32,
            span: span(lines, first, t.last_line),
        });
        for d in &t.diagnostics {
            diagnostics.push(Diagnostic {
                severity: if d.warning {
                    Severity::Warning
                } else {
                    Severity::Info
                },
                code: d.code.to_string(),
                message: d.message.clone(),
                span: d.line.map(|l| span(lines, l, l)),
            });
        }
    }
    let section_order =
        |s: &model::Section| (s.span.start_line, s.span.end_line == s.span.start_line);
    if !sections.is_sorted_by_key(section_order) {
        sections.sort_by_key(section_order);
    }

    // Tasks with ids; agencies collected in order of first mention.
    let mut agencies: Vec<model::Agency> = Vec::new();
    let mut agency_index: HashMap<String, usize> = HashMap::new();
    // Plans name the same few agencies task after task: a mention seen before
    // is in its agency's mentions already, and resolves to the same agency.
    let mut agency_of_mention: HashMap<String, usize> = HashMap::new();
    let mut resolve = |mention: &str| -> String {
        if let Some(&i) = agency_of_mention.get(mention) {
            return agencies[i].id.clone();
        }
        let r = registry.resolve(mention);
        let id = format!("agency:{}", r.id);
        let i = *agency_index.entry(id.clone()).or_insert_with(|| {
            agencies.push(model::Agency {
                id: id.clone(),
                name: r.name.clone(),
                mentions: Vec::new(),
                level: level(r.level),
            });
            agencies.len() - 1
        });
        if !agencies[i].mentions.iter().any(|m| m == mention) {
            agencies[i].mentions.push(mention.to_string());
        }
        agency_of_mention.insert(mention.to_string(), i);
        id
    };
    // Sections' part_of edges go first, the last section's first; the tasks'
    // edges, same_as and cites edges follow in the same vector. It is sized
    // once for all of them (a bound: assignments may repeat, a task has at
    // most one twin, a citation at most one edge) because growing a vector
    // this large copies it, old and new held at once.
    let edge_bound = sections.len()
        + drafts
            .iter()
            .map(|d| 1 + d.lead.len() + d.support.len())
            .sum::<usize>()
        + drafts.len() / 2
        + cites.len();
    let mut edges: Vec<Edge> = Vec::with_capacity(edge_bound);
    edges.extend(sections.iter().rev().filter_map(|s| {
        s.parent.as_ref().map(|p| Edge {
            from: s.id.clone(),
            to: p.clone(),
            kind: EdgeKind::PartOf,
        })
    }));
    // Sized up front: a task is several hundred bytes, and a vector grown by
    // doubling can hold up to twice what it needs.
    let mut tasks = Vec::with_capacity(drafts.len());
    let mut used: HashSet<String> = sections
        .iter()
        .map(|s| s.id.clone())
        .chain(table_ids.iter().cloned())
        .collect();
    let any_assignment = drafts.iter().any(|d| !d.lead.is_empty());
    // Where each narrative draft sits in the clause tree (id, path, section),
    // worked out first so that the tree and the ids of all its nodes are freed
    // before the tasks are built; in the drafts' order reversed, as below.
    let mut placed: Vec<Option<Placement>> = drafts
        .iter()
        .rev()
        .map(|d| {
            let n = d.node?;
            let id = if d.intro {
                format!("{}/text", ids[n])
            } else {
                ids[n].clone()
            };
            let section = nearest_section(
                &tree,
                &is_section,
                if d.intro {
                    Some(n)
                } else {
                    tree.nodes[n].parent
                },
            )
            .map(|s| ids[s].clone());
            Some((id, path_of(&tree, n), section))
        })
        .collect();
    drop(ids);
    drop(is_section);
    drop(tree);
    // Drafts are taken from the end of a reversed vector whose memory is
    // handed back as it empties: a long plan's drafts and tasks are several
    // hundred bytes each, and would otherwise be held in full side by side.
    let mut drafts = drafts;
    drafts.reverse();
    while let Some(d) = drafts.pop() {
        let d = *d;
        let place = placed.pop().flatten();
        if drafts.len() < drafts.capacity() / 4 {
            drafts.shrink_to_fit();
            placed.shrink_to_fit();
        }
        let mut table_part: Option<String> = None;
        let (id, path, section) = match (place, d.table) {
            (Some(place), _) => place,
            (None, Some((t, r))) => {
                let table = &tables[t];
                let row = &table.rows[r];
                let mut path = vec![table
                    .appendix_number
                    .map(|n| format!("PHỤ LỤC {}", crate::marker::to_roman(n)))
                    .unwrap_or_else(|| table_ids[t].clone())];
                let mut section = None;
                if let Some(s) = row
                    .section
                    .and_then(|s| table.sections.get(s).map(|x| (s, x)))
                {
                    let label = s.1.label.clone().unwrap_or_else(|| format!("s{}", s.0 + 1));
                    section = table_section_ids
                        .get(t)
                        .and_then(|ids| ids.get(s.0))
                        .cloned()
                        .or_else(|| Some(format!("{}/{label}", table_ids[t])));
                    path.push(label);
                } else {
                    table_part = Some(table_ids[t].clone());
                }
                (format!("{}/row-{}", table_ids[t], r + 1), path, section)
            }
            _ => continue,
        };
        let id = unique(&mut used, id);
        if d.year_assumed {
            diagnostics.push(Diagnostic {
                severity: Severity::Info,
                code: "year-assumed".into(),
                message: format!(
                    "task {id}: deadline {:?} has no year; the plan's year was used",
                    d.deadline.raw.clone().unwrap_or_default()
                ),
                span: Some(span(lines, d.first_line, d.first_line)),
            });
        }
        if d.deadline.raw.is_some() && d.deadline.kind == model::DeadlineKind::None {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: "deadline-unparsed".into(),
                message: format!(
                    "task {id}: deadline {:?} was not understood",
                    d.deadline.raw.clone().unwrap_or_default()
                ),
                span: Some(span(lines, d.first_line, d.last_line)),
            });
        }
        let lead: Vec<String> = dedup(d.lead.iter().map(|m| resolve(m)).collect());
        let support: Vec<String> = dedup(d.support.iter().map(|m| resolve(m)).collect());
        if let Some(s) = section.as_ref().or(table_part.as_ref()) {
            edges.push(Edge {
                from: id.clone(),
                to: s.clone(),
                kind: EdgeKind::PartOf,
            });
        }
        edges.extend(lead.iter().map(|a| Edge {
            from: id.clone(),
            to: a.clone(),
            kind: EdgeKind::Lead,
        }));
        edges.extend(support.iter().map(|a| Edge {
            from: id.clone(),
            to: a.clone(),
            kind: EdgeKind::Support,
        }));
        let implicit = if lead.is_empty() && !any_assignment && d.origin == model::Origin::Narrative
        {
            implicit_lead.clone()
        } else {
            None
        };
        tasks.push(model::Task {
            id,
            origin: d.origin,
            label: d.label,
            path,
            section,
            text: d.text,
            lead,
            support,
            lead_raw: d.lead_raw,
            support_raw: d.support_raw,
            implicit_lead: implicit,
            deadline: d.deadline,
            output: d.output,
            extra: d.extra,
            span: span(lines, d.first_line, d.last_line),
        });
    }
    // Usually in order already; a stable sort would still take a scratch
    // buffer of half the tasks, several hundred bytes each (peak memory).
    let task_order = |t: &model::Task| (t.span.start_line, t.span.end_line);
    if !tasks.is_sorted_by_key(task_order) {
        tasks.sort_by_key(task_order);
    }
    let (same_as, link_diags) = crate::link::link(&tasks);
    edges.extend(same_as);
    diagnostics.extend(link_diags);
    for t in &tasks {
        if looks_truncated(&t.text) {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: "truncated-item".into(),
                message: format!("task {} ends mid-phrase; its text may have been cut", t.id),
                span: Some(t.span),
            });
        }
    }
    // Each citation is cited from the task or section holding its line. The
    // holders of every line are only worth finding when there is a citation.
    let mut seen_cites: HashSet<(String, String)> = HashSet::new();
    let (task_holder, section_holder) = if cites.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        (
            innermost_by_line(lines.len(), tasks.iter().map(|t| t.span)),
            innermost_by_line(lines.len(), sections.iter().map(|s| s.span)),
        )
    };
    for (line, rid) in cites {
        let holder = match task_holder.get(line).copied().flatten() {
            Some(t) => tasks.get(t).map(|t| &t.id),
            None => section_holder
                .get(line)
                .copied()
                .flatten()
                .and_then(|s| sections.get(s))
                .map(|s| &s.id),
        };
        if let Some(from) = holder {
            if seen_cites.insert((from.clone(), rid.clone())) {
                edges.push(Edge {
                    from: from.clone(),
                    to: rid,
                    kind: EdgeKind::Cites,
                });
            }
        }
    }

    diagnostics.extend(notes.iter().map(|n| note(lines, n)));
    // Compared in place: a key would copy both strings at every comparison.
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| d.span.map(|s| s.start_line).unwrap_or(0);
        key(a)
            .cmp(&key(b))
            .then_with(|| a.code.cmp(&b.code))
            .then_with(|| a.message.cmp(&b.message))
    });
    Parts {
        sections,
        tasks,
        agencies,
        references,
        tables: model_tables,
        edges,
        diagnostics,
    }
}

/// Text that stops on a connective or a comma was probably cut by the converter.
fn looks_truncated(text: &str) -> bool {
    let t = text.trim_end();
    if t.is_empty() {
        return false;
    }
    let last = t.rsplit([' ', '\n']).next().unwrap_or("");
    t.ends_with([',', '-', '–', '\u{fffd}'])
        || ["và", "của", "với", "các", "những", "cho", "trong", "theo"].contains(&last)
}

/// Runs of non-blank lines that form one paragraph: (first line, text joined with
/// spaces, byte offset in the joined text where each line starts). An item marker
/// or a field label starts a new paragraph: joining list items would run one
/// item's words into the next one's citation.
fn paragraphs<'a>(
    lines: &'a [&'a str],
) -> impl Iterator<Item = (usize, Cow<'a, str>, Vec<usize>)> + 'a {
    // One paragraph at a time, so that a long plan's text is never copied
    // whole at once (peak memory). A paragraph of one line (most of them, and
    // the whole of a file with no line breaks) is the line itself, not a copy.
    let mut next = 0;
    let mut current: Option<(usize, Cow<'a, str>, Vec<usize>)> = None;
    std::iter::from_fn(move || {
        while let Some(&l) = lines.get(next) {
            let i = next;
            next += 1;
            if l.trim().is_empty() {
                if current.is_some() {
                    return current.take();
                }
                continue;
            }
            let done = if crate::fields::opens_item_or_field(l) {
                current.take()
            } else {
                None
            };
            match &mut current {
                None => current = Some((i, Cow::Borrowed(l), vec![0])),
                Some((_, text, starts)) => {
                    let text = text.to_mut();
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    starts.push(text.len());
                    text.push_str(l);
                }
            }
            if done.is_some() {
                return done;
            }
        }
        current.take()
    })
}

fn dedup(v: Vec<String>) -> Vec<String> {
    // Sized for the usual case of no duplicates: these vectors end up in the graph.
    let mut out: Vec<String> = Vec::with_capacity(v.len());
    for x in v {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

fn unique(used: &mut HashSet<String>, id: String) -> String {
    if used.insert(id.clone()) {
        return id;
    }
    let mut k = 2;
    loop {
        let c = format!("{id}_{k}");
        if used.insert(c.clone()) {
            return c;
        }
        k += 1;
    }
}

/// The nearest node at or above `at` that is a section.
fn nearest_section(tree: &Tree, is_section: &[bool], mut at: Option<usize>) -> Option<usize> {
    while let Some(i) = at {
        if is_section[i] {
            return Some(i);
        }
        at = tree.nodes[i].parent;
    }
    None
}

fn path_of(tree: &Tree, mut id: usize) -> Vec<String> {
    let mut p = Vec::new();
    while id != 0 {
        let n = &tree.nodes[id];
        if let Some(m) = &n.marker {
            p.push(m.label.clone());
        }
        match n.parent {
            Some(x) => id = x,
            None => break,
        }
    }
    p.reverse();
    p
}

/// For every 0-based line, the index (in `spans`) of the narrowest span
/// covering it. Wider spans are painted first and narrower ones over them, so
/// the cost is the total span length (spans nest only a few levels deep), not
/// spans × lookups. Indices, not ids: one id per line would copy the ids many
/// times over in long plans.
fn innermost_by_line(n_lines: usize, spans: impl Iterator<Item = Span>) -> Vec<Option<usize>> {
    let mut by_width: Vec<(usize, Span)> = spans.enumerate().collect();
    // Stable: among spans of equal width the later one is painted last, as before.
    by_width.sort_by_key(|(_, s)| std::cmp::Reverse(s.end_line.saturating_sub(s.start_line)));
    let mut out = vec![None; n_lines];
    for (index, s) in by_width {
        let first = (s.start_line as usize).saturating_sub(1);
        let last = (s.end_line as usize).min(n_lines);
        for slot in out.iter_mut().take(last).skip(first) {
            *slot = Some(index);
        }
    }
    out
}

/// The legal references a plan cites, deduplicated by number, and each
/// citation as (0-based line, reference id) in reading order.
pub struct Citations {
    pub references: Vec<model::Reference>,
    pub cites: Vec<(usize, String)>,
}

/// Find the citations of the clean lines and table rows. `own_number` is the
/// plan's own number, which is not a citation.
pub fn citations(
    clean_texts: &[&str],
    tables: &[kehoach_tables::Table],
    own_number: Option<&str>,
) -> Citations {
    let mut references: Vec<model::Reference> = Vec::new();
    let mut ref_index: BTreeMap<String, usize> = BTreeMap::new();
    let mut cites: Vec<(usize, String)> = Vec::new();
    // The plan's own number ("Số: ...", "Kèm theo Kế hoạch số ...") is not a citation.
    let own = own_number.map(kehoach_meta::citation_id);
    // Citations are searched per paragraph (runs of non-blank lines joined with a
    // space), because converters break lines inside "Quyết định số ...\nngày ...".
    let rows = tables.iter().flat_map(|t| {
        t.rows
            .iter()
            .map(|row| (row.first_line, Cow::Owned(row.cells.join(" | ")), vec![0]))
    });
    for (first, joined, starts) in paragraphs(clean_texts).chain(rows) {
        for c in kehoach_meta::find_citations(&joined) {
            let line = first + starts.partition_point(|s| *s <= c.start).saturating_sub(1);
            let rid = kehoach_meta::citation_id(&c.number);
            if Some(&rid) == own.as_ref() {
                continue;
            }
            match ref_index.get(&rid) {
                Some(&i) => {
                    let r = &mut references[i];
                    if r.issued_on.is_none() {
                        r.issued_on = c.issued_on.map(|d| d.to_string());
                    }
                    if r.issuer.is_none() {
                        r.issuer = c.issuer.clone();
                    }
                    if r.doc_type.is_none() {
                        r.doc_type = c.doc_type.clone();
                    }
                }
                None => {
                    ref_index.insert(rid.clone(), references.len());
                    references.push(model::Reference {
                        id: rid.clone(),
                        number: c.number.clone(),
                        doc_type: c.doc_type.clone(),
                        issued_on: c.issued_on.map(|d| d.to_string()),
                        issuer: c.issuer.clone(),
                    });
                }
            }
            cites.push((line, rid));
        }
    }
    Citations { references, cites }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`paragraphs`] as it was before one-line paragraphs were borrowed:
    /// every paragraph copied into a string of its own.
    fn paragraphs_copied(lines: &[&str]) -> Vec<(usize, String, Vec<usize>)> {
        let mut out = Vec::new();
        let mut current: Option<(usize, String, Vec<usize>)> = None;
        for (i, l) in lines.iter().enumerate() {
            if l.trim().is_empty() {
                out.extend(current.take());
                continue;
            }
            if crate::fields::opens_item_or_field(l) {
                out.extend(current.take());
            }
            let (_, text, starts) = current.get_or_insert_with(|| (i, String::new(), Vec::new()));
            if !text.is_empty() {
                text.push(' ');
            }
            starts.push(text.len());
            text.push_str(l);
        }
        out.extend(current);
        out
    }

    #[test]
    fn borrowed_paragraphs_are_the_copied_ones() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        let mut texts: Vec<String> = vec![
            String::new(),
            "một dòng".into(),
            "\n\n  \na) Chủ trì: Sở Y tế\nnối tiếp\n- Thời hạn: Quý I\n\nCăn cứ\nQuyết định số 1/QĐ".into(),
        ];
        for entry in std::fs::read_dir(corpus).into_iter().flatten().flatten() {
            texts.extend(std::fs::read_to_string(entry.path()));
        }
        assert!(texts.len() > 5, "the corpus was not read");
        for text in &texts {
            let lines: Vec<&str> = text.lines().collect();
            let borrowed: Vec<(usize, String, Vec<usize>)> = paragraphs(&lines)
                .map(|(i, t, s)| (i, t.into_owned(), s))
                .collect();
            assert_eq!(borrowed, paragraphs_copied(&lines));
        }
    }

    /// [`node_ids`] as it was written before bullets skipped the map of
    /// repeated segments: every segment counted, bullets' included.
    fn node_ids_counting_all(tree: &Tree) -> (Vec<String>, Vec<TreeNote>) {
        use crate::marker::Style;
        let mut ids = vec![String::new(); tree.nodes.len()];
        let mut notes = Vec::new();
        let mut stack = vec![0usize];
        while let Some(id) = stack.pop() {
            let mut seen: HashMap<String, usize> = HashMap::new();
            let mut bullets = 0;
            for &c in &tree.nodes[id].children {
                let n = &tree.nodes[c];
                let Some(m) = &n.marker else { continue };
                if m.style.is_bullet() {
                    bullets += 1;
                }
                let seg = match m.style {
                    Style::Dash | Style::Plus | Style::Dot => format!("-{bullets}"),
                    Style::Article => format!("dieu-{}", m.label),
                    _ => m.label.replace('.', "-").replace('đ', "dd"),
                };
                let count = seen.entry(seg.clone()).or_insert(0);
                *count += 1;
                let seg = if *count > 1 {
                    if !m.style.is_bullet() {
                        notes.push(TreeNote {
                            line: n.first_line,
                            code: "duplicate-id",
                            message: format!(
                                "a second item {} under the same parent: id suffixed with _{count}",
                                m.label
                            ),
                            warning: true,
                        });
                    }
                    format!("{seg}_{count}")
                } else {
                    seg
                };
                ids[c] = if ids[id].is_empty() {
                    seg
                } else {
                    format!("{}/{}", ids[id], seg)
                };
                stack.push(c);
            }
        }
        (ids, notes)
    }

    fn tree_of(text: &str) -> Tree {
        let infos: Vec<crate::tree::LineInfo> = text
            .lines()
            .map(|t| crate::tree::LineInfo {
                text: t,
                heading_like: false,
                markdown_heading: false,
                table: false,
                wrapped: false,
            })
            .collect();
        crate::tree::build(&infos)
    }

    #[test]
    fn node_ids_agree_with_counting_every_segment() {
        let mut texts = vec![
            "I. MỤC TIÊU\n- một\n1. Một\n- hai\n1. Lại\n+ cộng\n- ba\na) a\nđ) d\nđ) d\n\
             2.1 Hai chấm một\n2.1 Lại\n(1) Một\n(1) Lại\nĐiều 2. Điều\nĐiều 2. Lại\n\
             II. NỘI DUNG\na) một\nb) hai\n2. Hai\n1. Lại một\n- gạch\n• chấm"
                .to_string(),
        ];
        texts.extend(kehoach_text::samples::corpus_texts());
        assert!(texts.len() > 5, "the corpus was not read");
        let mut duplicates = 0;
        for text in &texts {
            let tree = tree_of(text);
            let (ids, notes) = node_ids(&tree);
            let (want_ids, want_notes) = node_ids_counting_all(&tree);
            assert_eq!(ids, want_ids);
            assert_eq!(notes, want_notes);
            duplicates += notes.len();
        }
        assert!(duplicates > 0, "no repeated label was tried");
    }
}
