//! Tasks from the clause tree and from tables, before ids become graph nodes.
//!
//! The rules follow the annotation spec: a narrative task is an item in a
//! task-assignment part carrying an assignment and/or a deadline of its own; a
//! parent whose own assignment covers its children is one task, a parent that only
//! groups assigned children is not; objectives and funding parts hold no tasks;
//! items under a per-agency heading of the "Tổ chức thực hiện" part are
//! responsibilities led by that agency; table rows with a lead column are tasks.

use crate::fields::FieldKind;
use crate::roles::title_role;
use crate::tree::{Node, Tree};
use kehoach_agency::{
    heading_agencies, split_assignment_with, split_list_with, support_in_text, Assignment, Registry,
};
use kehoach_deadline as dl;
use kehoach_model::{Deadline, DeadlineKind, Origin, SectionRole};
use kehoach_segment::CleanLine;
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct Draft {
    pub origin: Origin,
    /// The node a narrative or responsibility task came from.
    pub node: Option<usize>,
    /// For a heading's own running text beside its bullets: the heading's id + "/text".
    pub intro: bool,
    pub table: Option<(usize, usize)>,
    pub label: Option<String>,
    pub text: String,
    pub lead: Vec<String>,
    pub support: Vec<String>,
    pub lead_raw: Option<String>,
    pub support_raw: Option<String>,
    pub deadline: Deadline,
    pub year_assumed: bool,
    pub output: Option<String>,
    pub extra: Vec<[String; 2]>,
    pub first_line: usize,
    pub last_line: usize,
}

/// Drafts, each in a box of its own: a draft is several hundred bytes, and a
/// long plan has hundreds of thousands of them. Side by side in a vector grown
/// by doubling, each doubling copied them all and held old and new at once
/// (time and peak memory); joining the table rows to them copied them again.
pub type Drafts = Vec<Box<Draft>>;

/// The clean lines that have emphasised stretches, by line: all that the
/// task rules read of the clean text (inline deadlines are often printed in
/// italics). Kept apart from the clean text, which can then be freed once the
/// clause tree holds its own copy (peak memory of large inputs).
#[derive(Debug, Clone, Default)]
pub struct Emphasis {
    /// (0-based line, its clean line), in increasing line order.
    lines: Vec<(usize, CleanLine)>,
}

impl Emphasis {
    /// The emphasised lines of `clean`, copied.
    pub fn of(clean: &[CleanLine]) -> Emphasis {
        Emphasis {
            lines: clean
                .iter()
                .enumerate()
                .filter(|(_, c)| !c.emphasis.is_empty())
                .map(|(i, c)| (i, c.clone()))
                .collect(),
        }
    }

    /// [`Emphasis::of`], taking the clean lines by value: the emphasised
    /// ones are kept as they are and the rest freed.
    pub fn from_lines(clean: Vec<CleanLine>) -> Emphasis {
        Emphasis {
            lines: clean
                .into_iter()
                .enumerate()
                .filter(|(_, c)| !c.emphasis.is_empty())
                .collect(),
        }
    }

    /// The clean line `line` when it has emphasis.
    fn line(&self, line: usize) -> Option<&CleanLine> {
        let at = self.lines.binary_search_by_key(&line, |(i, _)| *i).ok()?;
        self.lines.get(at).map(|(_, c)| c)
    }
}

pub struct Ctx<'a> {
    pub tree: &'a Tree,
    pub emphasis: &'a Emphasis,
    pub registry: &'a Registry,
    pub deadline_ctx: dl::Context,
    pub roles: Vec<SectionRole>,
    /// [`own_signal`] per node, computed once: the walk, the task builder, text
    /// assembly and the field hoist all ask, and each answer parses the node's text.
    pub signals: Vec<std::cell::OnceCell<bool>>,
    memo: Memo,
}

/// Readings the task rules ask for more than once, made once: per node, its inline
/// deadline, inline assignment and running deadline; per field value or table cell
/// text, its agencies and deadline (plans repeat "Sở Tư pháp", "Năm 2023" row after
/// row).
///
/// None of them depends on a node's fields, so the memo outlives the field hoist
/// ([`move_fields`] moves fields, never text): take it from the first [`Ctx`] with
/// [`Ctx::into_memo`] and give it to the second with [`Ctx::with_memo`].
#[derive(Default)]
pub struct Memo {
    /// What the readings were made with; a memo handed to a different context
    /// is dropped.
    nodes: usize,
    deadline_ctx: dl::Context,
    roles: Vec<SectionRole>,
    inline_deadline: Cells<(String, dl::Parsed)>,
    inline_assignment: Cells<Assignment>,
    own_text_deadline: Cells<dl::Found>,
    assignments: RefCell<HashMap<String, Assignment>>,
    lists: RefCell<HashMap<String, Vec<String>>>,
    deadlines: RefCell<HashMap<String, (Deadline, bool)>>,
}

impl Memo {
    fn new(nodes: usize, deadline_ctx: dl::Context, roles: &[SectionRole]) -> Memo {
        Memo {
            nodes,
            deadline_ctx,
            roles: roles.to_vec(),
            inline_deadline: empty_cells(nodes),
            inline_assignment: empty_cells(nodes),
            own_text_deadline: empty_cells(nodes),
            ..Memo::default()
        }
    }
}

fn empty_cells<T>(n: usize) -> Vec<OnceCell<T>> {
    (0..n).map(|_| OnceCell::new()).collect()
}

/// `f(key)`, remembered in `cache` by key.
fn cached<T: Clone>(cache: &RefCell<HashMap<String, T>>, key: &str, f: impl FnOnce() -> T) -> T {
    if let Some(v) = cache.borrow().get(key) {
        return v.clone();
    }
    let v = f();
    cache.borrow_mut().insert(key.to_string(), v.clone());
    v
}

/// A reading per node, boxed: most nodes have none, and an empty cell is then
/// the size of a pointer instead of the size of a reading (a long plan has
/// hundreds of thousands of nodes, and the cells are made for all of them).
type Cells<T> = Vec<OnceCell<Option<Box<T>>>>;

/// `f()`, remembered in the `id`th cell of `cells`, seen through `view`: the
/// tests that only ask whether there is a reading do not copy it.
fn per_node<T, R>(
    cells: &[OnceCell<Option<Box<T>>>],
    id: usize,
    f: impl FnOnce() -> Option<T>,
    view: impl FnOnce(Option<&T>) -> R,
) -> R {
    match cells.get(id) {
        Some(cell) => view(cell.get_or_init(|| f().map(Box::new)).as_deref()),
        None => view(f().as_ref()),
    }
}

impl<'a> Ctx<'a> {
    pub fn new(
        tree: &'a Tree,
        emphasis: &'a Emphasis,
        registry: &'a Registry,
        deadline_ctx: dl::Context,
        roles: Vec<SectionRole>,
    ) -> Ctx<'a> {
        let memo = Memo::new(tree.nodes.len(), deadline_ctx, &roles);
        Ctx::with_memo(tree, emphasis, registry, deadline_ctx, roles, memo)
    }

    /// [`Ctx::new`], reusing the readings of an earlier context over the same text
    /// (see [`Memo`]).
    pub fn with_memo(
        tree: &'a Tree,
        emphasis: &'a Emphasis,
        registry: &'a Registry,
        deadline_ctx: dl::Context,
        roles: Vec<SectionRole>,
        memo: Memo,
    ) -> Ctx<'a> {
        let fits = memo.nodes == tree.nodes.len()
            && memo.deadline_ctx == deadline_ctx
            && memo.roles == roles;
        let memo = if fits {
            memo
        } else {
            Memo::new(tree.nodes.len(), deadline_ctx, &roles)
        };
        let signals = (0..tree.nodes.len())
            .map(|_| std::cell::OnceCell::new())
            .collect();
        Ctx {
            tree,
            emphasis,
            registry,
            deadline_ctx,
            roles,
            signals,
            memo,
        }
    }

    /// The readings made so far, for the next context over the same text.
    pub fn into_memo(self) -> Memo {
        self.memo
    }

    /// The roles and the readings, for a context over the same tree.
    pub fn into_parts(self) -> (Vec<SectionRole>, Memo) {
        (self.roles, self.memo)
    }

    /// Drop what was remembered per tree node (a few words for every node of
    /// a long plan) once the tree has been read: table rows, read next, never
    /// ask for it, and the memory is then free for the graph.
    pub fn forget_nodes(&mut self) {
        self.memo.inline_deadline = Vec::new();
        self.memo.inline_assignment = Vec::new();
        self.memo.own_text_deadline = Vec::new();
        self.signals = Vec::new();
    }
}

/// Each node's role: its title's, else its parent's. Titles count only where they
/// head a part (a top-level item, a Roman part, a printed heading); a synthetic
/// heading whose title was lost is judged by its children.
pub fn node_roles(tree: &Tree, registry: &Registry) -> Vec<SectionRole> {
    let mut roles = vec![SectionRole::Other; tree.nodes.len()];
    let depths = depths(tree);
    // Parents precede children in `nodes` except for synthetic adopters, so walk the tree.
    let mut stack = vec![0usize];
    while let Some(id) = stack.pop() {
        let n = &tree.nodes[id];
        let inherited = n.parent.map(|p| roles[p]).unwrap_or(SectionRole::Other);
        let depth = depths[id];
        let heads_part = depth <= 1
            || n.heading_like
            || matches!(
                n.style(),
                Some(crate::marker::Style::Roman) | Some(crate::marker::Style::Article)
            );
        roles[id] = if n.synthetic {
            if looks_like_organization(tree, id, registry) {
                SectionRole::Organization
            } else {
                inherited
            }
        } else if heads_part {
            title_role(n.title()).unwrap_or(inherited)
        } else {
            inherited
        };
        stack.extend(n.children.iter().rev());
    }
    roles
}

/// Each node's depth (the number of parents above it). Each climb stops at
/// the first node whose depth is known: climbing to the root from every node
/// would cost a deep tree its depth for each node.
fn depths(tree: &Tree) -> Vec<usize> {
    // No depth reaches it: a tree has fewer nodes.
    const UNKNOWN: usize = usize::MAX;
    let mut depth = vec![UNKNOWN; tree.nodes.len()];
    let mut path = Vec::new();
    for start in 0..tree.nodes.len() {
        let mut id = start;
        let mut d = loop {
            if depth[id] != UNKNOWN {
                break depth[id];
            }
            match tree.nodes[id].parent {
                Some(p) => {
                    path.push(id);
                    id = p;
                }
                None => {
                    depth[id] = 0;
                    break 0;
                }
            }
        };
        while let Some(x) = path.pop() {
            d += 1;
            depth[x] = d;
        }
    }
    depth
}

fn looks_like_organization(tree: &Tree, id: usize, registry: &Registry) -> bool {
    let kids = &tree.nodes[id].children;
    let agency_headed = kids
        .iter()
        .filter(|c| heading_of(&tree.nodes[**c], registry).is_some())
        .count();
    kids.len() >= 2 && agency_headed * 2 >= kids.len()
}

/// A per-agency heading's agencies: the text before ':' (or the whole title).
fn heading_of(n: &Node, registry: &Registry) -> Option<Vec<String>> {
    let head = heading_text(n.title());
    if head.is_empty() || head.chars().count() > 400 {
        return None;
    }
    heading_agencies(head, registry)
}

/// The part of a heading's title that can name agencies: before any ':'.
fn heading_text(title: &str) -> &str {
    let head = title.split_once(':').map(|(h, _)| h).unwrap_or(title);
    head.trim().trim_end_matches(['.', ';'])
}

/// Fields printed after a parent's last child belong to the parent when none of
/// the children carries a field or a deadline of its own: "2.3 ... a) ... b) ...
/// c) ...  Đơn vị chủ trì: ...  Thời hạn: ..." assigns 2.3 as a whole. Returns
/// (child, parent) pairs whose fields should move.
pub fn trailing_field_owners(ctx: &Ctx) -> Vec<(usize, usize)> {
    let mut moves = Vec::new();
    for (p, node) in ctx.tree.nodes.iter().enumerate() {
        let [earlier @ .., last] = node.children.as_slice() else {
            continue;
        };
        if p == 0 || earlier.is_empty() || !node.fields.is_empty() {
            continue;
        }
        // The tests that only look at the tree come first: the readings of
        // the children's text are pure, so asking fewer of them changes nothing.
        let bare = |c: usize| {
            ctx.tree.nodes[c].fields.is_empty()
                && ctx.tree.nodes[c].children.is_empty()
                && !inline_deadline(ctx, c, |d| d.is_some())
                && !inline_assignment(ctx, c, |a| a.is_some())
        };
        let last_node = &ctx.tree.nodes[*last];
        if !last_node.fields.is_empty()
            && last_node.children.is_empty()
            && earlier.iter().all(|c| bare(*c))
            && !inline_deadline(ctx, *last, |d| d.is_some())
        {
            moves.push((*last, p));
        }
    }
    moves
}

/// Apply [`trailing_field_owners`].
pub fn move_fields(tree: &mut Tree, moves: &[(usize, usize)]) {
    for &(from, to) in moves {
        let fields = std::mem::take(&mut tree.nodes[from].fields);
        tree.nodes[to].fields.extend(fields);
    }
}

pub fn extract(ctx: &Ctx) -> Drafts {
    let mut out = Vec::new();
    walk(ctx, 0, &mut out);
    out.sort_by_key(|d| (d.first_line, d.intro as u8));
    out
}

fn walk(ctx: &Ctx, id: usize, out: &mut Drafts) {
    for &c in &ctx.tree.nodes[id].children {
        match ctx.roles[c] {
            SectionRole::Objectives | SectionRole::Funding | SectionRole::Table => {}
            SectionRole::Organization if ctx.roles[id] != SectionRole::Organization => {
                responsibilities(ctx, c, out)
            }
            SectionRole::Organization => {}
            SectionRole::Tasks | SectionRole::Other => {
                if own_signal(ctx, c) {
                    narrative(ctx, c, out);
                } else {
                    walk(ctx, c, out);
                }
            }
        }
    }
}

/// Does the item carry an assignment or a deadline of its own?
fn own_signal(ctx: &Ctx, id: usize) -> bool {
    match ctx.signals.get(id) {
        Some(cell) => *cell.get_or_init(|| compute_signal(ctx, id)),
        None => compute_signal(ctx, id),
    }
}

fn compute_signal(ctx: &Ctx, id: usize) -> bool {
    let n = &ctx.tree.nodes[id];
    n.fields.iter().any(|f| {
        matches!(
            f.field.kind,
            FieldKind::Assignment | FieldKind::Support | FieldKind::Deadline
        )
    }) || inline_deadline(ctx, id, |d| d.is_some())
        || inline_assignment(ctx, id, |a| a.is_some())
        || running_deadline(ctx, id, |d| d.is_some())
}

/// A part of the plan ("I. NHIỆM VỤ", "Điều 2."): its prose introduces what
/// follows ("... thực hiện các nhiệm vụ tại Phụ lục"); only labelled fields make
/// it a task.
fn is_part(n: &Node) -> bool {
    matches!(
        n.style(),
        Some(crate::marker::Style::Roman) | Some(crate::marker::Style::Article)
    )
}

/// "Giao X chủ trì, phối hợp với Y ..." written into the item's own sentence.
/// Only in parts titled as task parts: a decision's articles ("Điều 2. Giao Ban
/// Chỉ đạo ...") and objectives assign in prose too, but they are not task lists.
fn inline_assignment<R>(ctx: &Ctx, id: usize, view: impl FnOnce(Option<&Assignment>) -> R) -> R {
    if ctx.roles[id] != SectionRole::Tasks || is_part(&ctx.tree.nodes[id]) {
        return view(None);
    }
    per_node(
        &ctx.memo.inline_assignment,
        id,
        || crate::inline::assignment_in_text(&own_text(&ctx.tree.nodes[id]), ctx.registry),
        view,
    )
}

/// A deadline phrase inside the sentence of a leaf item of a task part ("... thực
/// hiện trước ngày 30/4/2023"). Only in parts titled as task parts: elsewhere a
/// date in running text is more often a fact than a deadline.
fn running_deadline<R>(ctx: &Ctx, id: usize, view: impl FnOnce(Option<&dl::Found>) -> R) -> R {
    let n = &ctx.tree.nodes[id];
    if ctx.roles[id] != SectionRole::Tasks || !n.children.is_empty() || is_part(n) {
        return view(None);
    }
    own_text_deadline(ctx, id, view)
}

/// The first deadline phrase in the node's own text, read once: the signal
/// test ([`running_deadline`]) and a narrative task without a labelled or
/// inline deadline both ask for it.
fn own_text_deadline<R>(ctx: &Ctx, id: usize, view: impl FnOnce(Option<&dl::Found>) -> R) -> R {
    per_node(
        &ctx.memo.own_text_deadline,
        id,
        || dl::find_in_text(&own_text(&ctx.tree.nodes[id]), &ctx.deadline_ctx),
        view,
    )
}

/// The node's own text lines joined: wrapped lines with a space, paragraphs with a newline.
fn own_text(n: &Node) -> String {
    join_lines(n.text.iter().map(|t| (t.text.as_str(), t.continues)))
}

fn join_lines<'a>(parts: impl Iterator<Item = (&'a str, bool)>) -> String {
    let mut s = String::new();
    for (t, cont) in parts {
        if t.is_empty() {
            continue;
        }
        if !s.is_empty() {
            s.push(if cont { ' ' } else { '\n' });
        }
        s.push_str(t);
    }
    s
}

/// The node's text with the text of descendants that are not tasks of their own.
fn full_text(ctx: &Ctx, id: usize, skip_signalled: bool) -> String {
    let n = &ctx.tree.nodes[id];
    let mut s = own_text(n);
    for &c in &n.children {
        if skip_signalled && own_signal(ctx, c) {
            continue;
        }
        let child = &ctx.tree.nodes[c];
        let mut t = full_text(ctx, c, skip_signalled);
        if let Some(m) = &child.marker {
            if !child.synthetic {
                t = format!("{} {}", printed_marker(m), t);
            }
        }
        if !t.trim().is_empty() {
            if !s.is_empty() {
                s.push('\n');
            }
            s.push_str(&t);
        }
    }
    s
}

fn printed_marker(m: &crate::marker::Marker) -> String {
    use crate::marker::Style;
    match m.style {
        Style::Dash | Style::Dot => "-".to_string(),
        Style::Plus => "+".to_string(),
        Style::Letter => format!("{})", m.label),
        Style::ParenNumber | Style::ParenLetter => format!("({})", m.label),
        Style::Article => format!("Điều {}.", m.label),
        _ => format!("{}.", m.label),
    }
}

/// Candidates for an inline deadline, in reading order: emphasised stretches,
/// parenthesised remarks, then the item's last sentence.
fn inline_deadline<R>(
    ctx: &Ctx,
    id: usize,
    view: impl FnOnce(Option<&(String, dl::Parsed)>) -> R,
) -> R {
    per_node(
        &ctx.memo.inline_deadline,
        id,
        || read_inline_deadline(ctx, id),
        view,
    )
}

fn read_inline_deadline(ctx: &Ctx, id: usize) -> Option<(String, dl::Parsed)> {
    let n = &ctx.tree.nodes[id];
    let mut candidates: Vec<String> = Vec::new();
    for tl in &n.text {
        if let Some(cl) = ctx.emphasis.line(tl.line) {
            for (s, e) in &cl.emphasis {
                if let Some(seg) = cl.text.get(*s..*e) {
                    if tl.text.contains(seg.trim()) && cl.emphasis.len() < 50 {
                        candidates.push(seg.to_string());
                    }
                }
            }
        }
    }
    let own = own_text(n);
    candidates.extend(parenthesised(&own));
    if let Some(last) = last_sentence(&own) {
        candidates.push(last);
    }
    for c in candidates {
        let raw = trim_deadline(&c);
        if raw.is_empty() {
            continue;
        }
        if let Some(p) = dl::parse_inline(raw, &ctx.deadline_ctx) {
            if p.kind != dl::Kind::None {
                return Some((raw.to_string(), p));
            }
        }
    }
    None
}

fn parenthesised(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    // Parentheses are ASCII, and an ASCII byte is always a whole char in UTF-8:
    // the bytes are enough.
    for (i, c) in s.bytes().enumerate() {
        match c {
            b'(' => {
                if depth == 0 {
                    start = i + 1;
                }
                depth += 1;
            }
            b')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    if let Some(seg) = s.get(start..i) {
                        out.push(seg.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn last_sentence(s: &str) -> Option<String> {
    let t = s.trim().trim_end_matches(['.', ' ', '*']);
    let cut = t.rfind(". ").map(|i| i + 2).unwrap_or(0);
    (cut > 0).then(|| t[cut..].to_string())
}

fn trim_deadline(s: &str) -> &str {
    s.trim()
        .trim_matches(['(', ')', '*', '_', ' ', ':', ';', ','])
        .trim_end_matches('.')
        .trim()
}

fn to_model(raw: Option<String>, p: &dl::Parsed) -> Deadline {
    let kind = match p.kind {
        dl::Kind::Date => DeadlineKind::Date,
        dl::Kind::FromDate => DeadlineKind::FromDate,
        dl::Kind::Month => DeadlineKind::Month,
        dl::Kind::Quarter => DeadlineKind::Quarter,
        dl::Kind::HalfYear => DeadlineKind::HalfYear,
        dl::Kind::Year => DeadlineKind::Year,
        dl::Kind::Range => DeadlineKind::Range,
        dl::Kind::Phased => DeadlineKind::Phased,
        dl::Kind::Recurring => DeadlineKind::Recurring,
        dl::Kind::Event => DeadlineKind::Event,
        dl::Kind::Roadmap => DeadlineKind::Roadmap,
        dl::Kind::None => DeadlineKind::None,
    };
    Deadline {
        raw,
        kind,
        start: p.start.map(|d| d.to_string()),
        end: p.end.map(|d| d.to_string()),
        dates: if kind == DeadlineKind::Phased {
            p.dates.iter().map(|d| d.to_string()).collect()
        } else {
            Vec::new()
        },
    }
}

fn deadline_from_phrase(ctx: &Ctx, value: &str) -> (Deadline, bool) {
    let raw = trim_deadline(value);
    if raw.is_empty() {
        return (Deadline::none(), false);
    }
    let p = dl::parse(raw, &ctx.deadline_ctx);
    (to_model(Some(raw.to_string()), &p), p.year_assumed)
}

/// [`split_assignment_with`] of a field value or cell, remembered by text.
fn assignment(ctx: &Ctx, value: &str) -> Assignment {
    cached(&ctx.memo.assignments, value, || {
        split_assignment_with(value, ctx.registry)
    })
}

/// [`split_list_with`] of a field value or cell, remembered by text.
fn agency_list(ctx: &Ctx, value: &str) -> Vec<String> {
    cached(&ctx.memo.lists, value, || {
        split_list_with(value, ctx.registry)
    })
}

/// [`deadline_from_phrase`] of a field value or cell, remembered by text.
fn deadline_of(ctx: &Ctx, value: &str) -> (Deadline, bool) {
    cached(&ctx.memo.deadlines, value, || {
        deadline_from_phrase(ctx, value)
    })
}

fn push_unique(list: &mut Vec<String>, items: impl IntoIterator<Item = String>) {
    for i in items {
        let i = i.trim().to_string();
        if !i.is_empty() && !list.contains(&i) {
            list.push(i);
        }
    }
}

fn narrative(ctx: &Ctx, id: usize, out: &mut Drafts) {
    let n = &ctx.tree.nodes[id];
    let mut lead = Vec::new();
    let mut support = Vec::new();
    let mut deadline = None;
    let mut output = None;
    let mut content = None;
    let mut lead_raw: Vec<&str> = Vec::new();
    let mut support_raw: Vec<&str> = Vec::new();
    for f in &n.fields {
        match f.field.kind {
            FieldKind::Assignment | FieldKind::Support => {
                let raw = if f.field.kind == FieldKind::Assignment {
                    &mut lead_raw
                } else {
                    &mut support_raw
                };
                raw.push(f.field.value.trim().trim_end_matches('.'));
            }
            _ => {}
        }
        match f.field.kind {
            FieldKind::Assignment => {
                let a = assignment(ctx, &f.field.value);
                push_unique(&mut lead, a.lead);
                push_unique(&mut support, a.support);
            }
            FieldKind::Support => push_unique(&mut support, agency_list(ctx, &f.field.value)),
            FieldKind::Deadline if deadline.is_none() => {
                deadline = Some(deadline_of(ctx, &f.field.value))
            }
            FieldKind::Deadline => {}
            FieldKind::Output => output = Some(f.field.value.trim().to_string()),
            FieldKind::Content => content = Some(f.field.value.trim().to_string()),
        }
    }
    let (deadline, year_assumed) = deadline.unwrap_or_else(|| {
        let inline = inline_deadline(ctx, id, |d| {
            d.map(|(raw, p)| (to_model(Some(raw.clone()), p), p.year_assumed))
        });
        inline.unwrap_or_else(|| {
            own_text_deadline(ctx, id, |f| match f {
                Some(f) => (
                    to_model(Some(trim_deadline(&f.raw).to_string()), &f.parsed),
                    f.parsed.year_assumed,
                ),
                None => (Deadline::none(), false),
            })
        })
    });
    if lead.is_empty() {
        if let Some(a) = inline_assignment(ctx, id, |a| a.cloned()) {
            push_unique(&mut lead, a.lead);
            push_unique(&mut support, a.support);
        }
    }
    let mut text = full_text(ctx, id, true);
    if text.trim().is_empty() {
        text = content.unwrap_or_default();
    }
    if support.is_empty() && lead.is_empty() {
        // An item that opens with its role ("Phối hợp với X ...", "Chủ trì, phối hợp X ...")
        // names its supporters even though the plan's issuer is the implied lead.
        let opening = crate::fields::lower_opening(text.trim_start(), 8);
        if opening.starts_with("phối hợp") || opening.starts_with("chủ trì") {
            let first = text.split(". ").next().unwrap_or(&text);
            support = support_in_text(first, ctx.registry);
        }
    }
    out.push(Box::new(Draft {
        origin: Origin::Narrative,
        node: Some(id),
        intro: false,
        table: None,
        label: n.marker.as_ref().map(|m| m.label.clone()),
        text,
        lead,
        support,
        lead_raw: (!lead_raw.is_empty()).then(|| lead_raw.join("; ")),
        support_raw: (!support_raw.is_empty()).then(|| support_raw.join("; ")),
        deadline,
        year_assumed,
        output,
        extra: Vec::new(),
        first_line: n.first_line,
        last_line: n.last_line,
    }));
    // Children with an assignment or deadline of their own are tasks too.
    for &c in &n.children {
        if own_signal(ctx, c) {
            narrative(ctx, c, out);
        } else {
            descend_signalled(ctx, c, out);
        }
    }
}

fn descend_signalled(ctx: &Ctx, id: usize, out: &mut Drafts) {
    for &c in &ctx.tree.nodes[id].children {
        if own_signal(ctx, c) {
            narrative(ctx, c, out);
        } else {
            descend_signalled(ctx, c, out);
        }
    }
}

fn responsibilities(ctx: &Ctx, part: usize, out: &mut Drafts) {
    for &h in &ctx.tree.nodes[part].children {
        let heading = &ctx.tree.nodes[h];
        let Some(agencies) = heading_of(heading, ctx.registry) else {
            continue;
        };
        let heading_raw = heading_text(heading.title());
        let title = heading.title();
        let inline = title
            .split_once(':')
            .map(|(_, rest)| !rest.trim().is_empty())
            .unwrap_or(false);
        // The heading's running text is its first paragraph (with its wrapped lines):
        // later unmarked paragraphs are closing remarks of the part, or text of a
        // part whose own heading was lost ("Kinh phí ...", "Quá trình thực hiện ...").
        let start = if inline {
            0
        } else {
            heading.title_lines.max(1)
        };
        let paragraph: Vec<&crate::tree::TextLine> = heading
            .text
            .iter()
            .skip(start)
            .enumerate()
            .take_while(|(k, t)| *k == 0 || t.continues)
            .map(|(_, t)| t)
            .collect();
        let mut text = join_lines(paragraph.iter().map(|t| (t.text.as_str(), t.continues)));
        let mut first = paragraph.first().map(|t| t.line);
        let last = paragraph.last().map(|t| t.line);
        // A numbered line with a paragraph under it is one item: the task starts at
        // its number and reads "heading\nparagraph". A Markdown heading ("#### 4. Sở
        // Tư pháp") is a section title, and the paragraph under it is the task.
        if !inline && !heading.markdown_heading && first.is_some() {
            text = format!("{title}\n{text}");
            first = Some(heading.first_line);
        }
        if let (Some(first), Some(last)) = (first, last) {
            out.push(Box::new(resp_draft(
                ctx,
                Some(h),
                !heading.children.is_empty(),
                heading,
                heading_raw,
                &agencies,
                text,
                first,
                last,
            )));
        }
        for &c in &heading.children {
            let child = &ctx.tree.nodes[c];
            let text = full_text(ctx, c, false);
            out.push(Box::new(resp_draft(
                ctx,
                Some(c),
                false,
                child,
                heading_raw,
                &agencies,
                text,
                child.first_line,
                child.last_line,
            )));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn resp_draft(
    ctx: &Ctx,
    node: Option<usize>,
    intro: bool,
    n: &Node,
    heading_raw: &str,
    agencies: &[String],
    text: String,
    first: usize,
    last: usize,
) -> Draft {
    let (deadline, year_assumed) = match dl::find_in_text(&text, &ctx.deadline_ctx) {
        Some(f) => (
            to_model(Some(trim_deadline(&f.raw).to_string()), &f.parsed),
            f.parsed.year_assumed,
        ),
        None => (Deadline::none(), false),
    };
    Draft {
        origin: Origin::Responsibility,
        node,
        intro,
        table: None,
        label: n.marker.as_ref().map(|m| m.label.clone()),
        support: support_in_text(&text, ctx.registry),
        text,
        lead: agencies.to_vec(),
        lead_raw: Some(heading_raw.to_string()),
        support_raw: None,
        deadline,
        year_assumed,
        output: None,
        extra: Vec::new(),
        first_line: first,
        last_line: last.max(first),
    }
}

/// Table rows of tables that have a lead column.
pub fn table_tasks(ctx: &Ctx, tables: &[kehoach_tables::Table]) -> Drafts {
    use kehoach_tables::ColumnRole as R;
    // Sized once: a vector grown by doubling holds old and new copies at once,
    // and this is where a long plan's conversion peaks.
    let rows = tables
        .iter()
        .filter(|t| t.roles.contains(&R::Lead))
        .map(|t| t.rows.len())
        .sum();
    let mut out = Vec::with_capacity(rows);
    for (ti, t) in tables.iter().enumerate() {
        if !t.roles.contains(&R::Lead) {
            continue;
        }
        for (ri, row) in t.rows.iter().enumerate() {
            let cell = |role: R| -> Option<&str> {
                t.roles
                    .iter()
                    .position(|r| *r == role)
                    .and_then(|i| row.cells.get(i))
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
            };
            let mut lead = Vec::new();
            let mut support = Vec::new();
            if let Some(l) = cell(R::Lead) {
                let a = assignment(ctx, l);
                push_unique(&mut lead, a.lead);
                push_unique(&mut support, a.support);
            }
            if let Some(s) = cell(R::Support) {
                push_unique(&mut support, agency_list(ctx, s));
            }
            let (deadline, year_assumed) = match cell(R::Deadline) {
                Some(d) => deadline_of(ctx, d),
                None => (Deadline::none(), false),
            };
            let extra = t
                .roles
                .iter()
                .zip(&t.columns)
                .zip(&row.cells)
                .filter(|((r, _), v)| matches!(r, R::Level | R::Other) && !v.trim().is_empty())
                .map(|((_, c), v)| [c.clone(), v.trim().to_string()])
                .collect();
            out.push(Box::new(Draft {
                origin: Origin::Table,
                node: None,
                intro: false,
                table: Some((ti, ri)),
                label: cell(R::Number).map(|s| s.trim_end_matches('.').to_string()),
                text: cell(R::Text).unwrap_or("").to_string(),
                lead,
                support,
                lead_raw: cell(R::Lead).map(str::to_string),
                support_raw: cell(R::Support).map(str::to_string),
                deadline,
                year_assumed,
                output: cell(R::Output).map(str::to_string),
                extra,
                first_line: row.first_line,
                last_line: row.last_line,
            }));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depths_are_the_number_of_parents_above() {
        // Repaired headings are created after the items they adopt, so some
        // parents come later in `nodes` than their children.
        let src = "I. MỤC TIÊU\n1. Một\na) a\n- gạch\n+ cộng\nb) b\n\
                   II. NỘI DUNG\na) một\nb) hai\n2. Hai\na) ba\n1. Lại một\n2. Lại hai";
        let infos: Vec<crate::tree::LineInfo> = src
            .lines()
            .map(|t| crate::tree::LineInfo {
                text: t,
                heading_like: false,
                markdown_heading: false,
                table: false,
                wrapped: false,
            })
            .collect();
        let tree = crate::tree::build(&infos);
        assert!(tree.nodes.iter().any(|n| n.synthetic));
        let climbed: Vec<usize> = (0..tree.nodes.len())
            .map(|mut id| {
                let mut d = 0;
                while let Some(p) = tree.nodes[id].parent {
                    d += 1;
                    id = p;
                }
                d
            })
            .collect();
        assert_eq!(depths(&tree), climbed);
        assert!(climbed.iter().any(|d| *d >= 4));
    }
}
