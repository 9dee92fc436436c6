//! The clause tree: sections → items → sub-items, built from classified lines.
//!
//! Nesting follows the order in which a document introduces numbering styles
//! (a style already open means "sibling", a new style means "child"), because
//! plans disagree on which style goes inside which. Two repairs cover headings
//! lost in conversion:
//! - a list that starts past its first item ("2." with no "1.") continues a run
//!   whose heading vanished: a synthetic heading adopts the orphaned items;
//! - a list that restarts at 1 under the same parent means the parent's next
//!   sibling heading vanished ("1." after "6." under II → a synthetic III).
//!   Every repair is reported as a diagnostic.

use crate::fields::{field_line_marked, Field};
use crate::marker::{item_marker, to_roman, Marker, Style, VIETNAMESE_LETTERS};

/// A line of an item's own text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextLine {
    pub line: usize,
    pub text: String,
    /// True when the line continues the previous one (a wrapped sentence).
    pub continues: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldAt {
    pub field: Field,
    pub line: usize,
    pub last_line: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Node {
    pub marker: Option<Marker>,
    /// Inserted to repair a lost heading; never printed.
    pub synthetic: bool,
    /// Own text: the title (rest of the marker line) and unmarked paragraphs.
    pub text: Vec<TextLine>,
    pub fields: Vec<FieldAt>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub first_line: usize,
    /// Last line of the node and everything under it.
    pub last_line: usize,
    /// Printed as a heading (Markdown heading, or bold/capitals on its own).
    pub heading_like: bool,
    /// The title with the continuation lines of a hard-wrapped heading joined
    /// ("1. Hoàn thiện hệ sinh thái … làm giàu dữ liệu" / "dân cư"); `None`
    /// when the title fits on its line.
    pub wrapped_title: Option<String>,
    /// How many of `text` make up the title: the item line and the lines of a
    /// wrapped title (0 for a node without an item line of its own).
    pub title_lines: usize,
    /// A Markdown (ATX or setext) heading: a section title, not a numbered item.
    pub markdown_heading: bool,
}

impl Node {
    pub fn style(&self) -> Option<Style> {
        self.marker.as_ref().map(|m| m.style)
    }
    pub fn title(&self) -> &str {
        match &self.wrapped_title {
            Some(t) => t,
            None => self.text.first().map(|t| t.text.as_str()).unwrap_or(""),
        }
    }
    pub fn ordinal(&self) -> u32 {
        self.marker.as_ref().map(|m| m.ordinal).unwrap_or(0)
    }
    /// Whether the node can be a section of the graph: it has children, is
    /// printed as a heading, or is a part (Roman numeral, article).
    pub fn is_structural(&self) -> bool {
        !self.children.is_empty()
            || self.heading_like
            || matches!(self.style(), Some(Style::Roman) | Some(Style::Article))
    }
}

/// A repair or an oddity the tree builder noticed, by 0-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeNote {
    pub line: usize,
    pub code: &'static str,
    pub message: String,
    pub warning: bool,
}

/// What one line is, to the tree builder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineKind {
    Blank,
    /// Owned by a table, or page debris: ends the narrative structure.
    Table,
    /// "Nơi nhận:", "KẾ HOẠCH", "PHỤ LỤC": a new part of the file starts.
    Boundary,
    /// An item, and fields run into the end of its line.
    Item(Marker, String, Vec<Field>),
    Fields(Vec<Field>),
    /// Unmarked text, and fields run into the end of the line.
    Text(String, Vec<Field>),
}

fn with_trailing_fields(t: &str) -> (String, Vec<Field>) {
    match crate::fields::trailing_fields(t) {
        Some((head, fields)) => (head, fields),
        None => (t.to_string(), Vec::new()),
    }
}

pub struct LineInfo<'a> {
    pub text: &'a str,
    pub heading_like: bool,
    /// The line is (part of) a Markdown heading.
    pub markdown_heading: bool,
    pub table: bool,
    /// The line may continue the previous physical line of hard-wrapped text.
    pub wrapped: bool,
}

/// Words that open a new document inside the file (the plan attached to a decision,
/// an appendix), or a recipients list. Matched on capitals-only lines.
const PART_WORDS: &[&str] = &[
    "KẾ HOẠCH",
    "QUYẾT ĐỊNH",
    "PHỤ LỤC",
    "DANH MỤC",
    "ĐỀ ÁN",
    "CHỈ THỊ",
    "CHƯƠNG TRÌNH",
    "THÔNG BÁO",
    "NGHỊ QUYẾT",
    "QUY CHẾ",
    "HƯỚNG DẪN",
];

/// At least four letters and none of them lower case. Stops at the first
/// lower-case letter, so prose costs a few chars however long the line.
fn is_capitals(s: &str) -> bool {
    let mut letters = 0usize;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 4
}

/// "Nơi nhận" in any case opens the line: the recipients list at a document's
/// end. Only the opening chars are lower-cased, never a copy of the whole line.
fn opens_recipients(t: &str) -> bool {
    let mut lower = t.chars().flat_map(char::to_lowercase);
    "nơi nhận".chars().all(|w| lower.next() == Some(w))
}

/// A page number printed between two pages of PDF-to-text output ("3", "- 3 -"):
/// a bare number is never a line of the plan (items have a dot or a bracket,
/// years have four digits), and the sentence it interrupts goes on after it.
fn is_page_number(t: &str) -> bool {
    let n = t.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
}

/// `after_item_line`: the line before was an item's own line, alone (a title
/// not wrapped yet).
pub fn classify(info: &LineInfo, after_item_line: bool) -> LineKind {
    if info.table {
        return LineKind::Table;
    }
    let t = info.text.trim();
    if t.is_empty() || is_page_number(t) {
        return LineKind::Blank;
    }
    if opens_recipients(t) {
        return LineKind::Boundary;
    }
    let opened = t.trim_start_matches(['#', ' ']);
    if PART_WORDS.iter().any(|w| opened.starts_with(w)) && is_capitals(t) {
        return LineKind::Boundary;
    }
    let marker = item_marker(t);
    if let Some(f) = field_line_marked(t, marker.as_ref()) {
        return LineKind::Fields(f);
    }
    if let Some((m, rest)) = marker {
        // A list right under a heading that happens to fill the line ("3. Đề
        // nghị Ủy ban … xã" / "- Tiếp tục …") is a list all the same; "chính
        // trị" / "- xã hội" and "2022" / "- 2025" are not.
        let list_under_heading = after_item_line
            && m.style.is_bullet()
            && rest.chars().next().is_some_and(char::is_uppercase);
        if !(info.wrapped && marker_continues_sentence(&m, rest)) || list_under_heading {
            let (rest, fields) = with_trailing_fields(rest);
            return LineKind::Item(m, rest, fields);
        }
    }
    let (text, fields) = with_trailing_fields(t);
    LineKind::Text(text, fields)
}

/// Under a line filled to the wrap width, "1. khoản 2 ..." is the sentence going
/// on; a real numbered item starts with a capital ("b) Triển khai", "II. NHIỆM
/// VỤ"). A dash there is the sentence going on whatever follows it: names are
/// joined by dashes ("Phòng Tham mưu\n- Công an tỉnh", "2022\n- 2025"), and
/// the wrap test already knows that the line before stopped for lack of room,
/// not at the end of an item.
pub(crate) fn marker_continues_sentence(m: &Marker, rest: &str) -> bool {
    m.style.is_bullet() || rest.chars().next().is_some_and(char::is_lowercase)
}

/// A line that continues the sentence before it, even across a blank line or a
/// page break: it starts in lower case, or the line before stopped mid-phrase.
fn continues(prev: &str, next: &str) -> bool {
    let starts_lower = next
        .chars()
        .next()
        .map(|c| c.is_lowercase())
        .unwrap_or(false);
    let p = prev.trim_end();
    let last_word = p.rsplit(' ').next();
    let mid_phrase = p.ends_with([',', '-', '–'])
        || [
            "và", "với", "của", "các", "cho", "về", "tại", "theo", "trên", "trong",
        ]
        .iter()
        .any(|w| last_word == Some(*w));
    // "Trong tháng 10 năm" / "2022." — a unit word waits for its number.
    let awaits_number = || {
        let word = last_word.map(str::to_lowercase).unwrap_or_default();
        ["năm", "tháng", "ngày", "quý", "số", "đoạn"].contains(&word.as_str())
    };
    let starts_number = next.chars().next().is_some_and(|c| c.is_ascii_digit());
    starts_lower || mid_phrase || (starts_number && awaits_number())
}

#[derive(Debug, Clone)]
pub struct Tree {
    pub nodes: Vec<Node>,
    pub notes: Vec<TreeNote>,
}

impl Tree {
    /// Free what only task extraction reads: the nodes' text and fields, all
    /// but the titles of the nodes that can be sections. Assembling the graph
    /// reads only the outline (markers, nesting, lines, headings) and those
    /// titles, while the rest is a copy of most of the plan's text (peak
    /// memory of large inputs).
    pub fn keep_outline(&mut self) {
        for n in &mut self.nodes {
            n.fields = Vec::new();
            if n.is_structural() && !n.synthetic {
                n.text.truncate(1);
                n.text.shrink_to_fit();
            } else {
                n.text = Vec::new();
                n.wrapped_title = None;
            }
        }
    }
}

pub fn build(lines: &[LineInfo]) -> Tree {
    // Room for a node per line (plus the root) from the start, a bound but for
    // repaired headings: a long plan has hundreds of thousands of nodes, and
    // a vector grown by doubling copies them, old and new held at once.
    let mut nodes = Vec::with_capacity(lines.len() + 1);
    nodes.push(Node::default());
    let mut b = Builder {
        nodes,
        stack: vec![0],
        notes: Vec::new(),
        in_recipients: false,
        last_field: None,
        title_open: None,
    };
    for (i, info) in lines.iter().enumerate() {
        b.line(i, info);
    }
    // Blank lines, table lines and wrapped lines made no node: give back the
    // room reserved for them before the later stages build beside the tree.
    b.nodes.shrink_to_fit();
    b.finish()
}

struct Builder {
    nodes: Vec<Node>,
    stack: Vec<usize>,
    notes: Vec<TreeNote>,
    in_recipients: bool,
    /// (node, index into its fields) of the field a wrapped value would continue.
    last_field: Option<(usize, usize)>,
    /// The node whose title a wrapped line would continue: the last item, while
    /// nothing but its wrapped title lines has followed it.
    title_open: Option<usize>,
}

impl Builder {
    fn top(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }

    fn line(&mut self, i: usize, info: &LineInfo) {
        let top = self.top();
        let after_item_line = self.title_open == Some(top)
            && self.nodes[top].title_lines == 1
            && i.checked_sub(1) == Some(self.nodes[top].first_line);
        match classify(info, after_item_line) {
            LineKind::Blank => {}
            LineKind::Table => {
                // Appendix tables end the narrative: what follows is not part of the last item.
                self.stack.truncate(1);
                self.in_recipients = false;
                self.last_field = None;
            }
            LineKind::Boundary => {
                self.stack.truncate(1);
                self.in_recipients = opens_recipients(info.text.trim());
                self.last_field = None;
            }
            LineKind::Item(m, _, _) if self.in_recipients && m.style.is_bullet() => {}
            LineKind::Item(m, rest, fields) => {
                self.in_recipients = false;
                self.item(i, m, rest, info.heading_like);
                let id = self.top();
                self.nodes[id].markdown_heading = info.markdown_heading;
                self.fields(i, fields);
            }
            LineKind::Fields(fields) => {
                self.in_recipients = false;
                self.fields(i, fields);
            }
            LineKind::Text(t, fields) => {
                if self.in_recipients {
                    return;
                }
                self.text(i, t, info.wrapped);
                self.fields(i, fields);
            }
        }
    }

    fn fields(&mut self, i: usize, fields: Vec<Field>) {
        if fields.is_empty() {
            return;
        }
        self.title_open = None;
        let node = self.top();
        for f in fields {
            self.nodes[node].fields.push(FieldAt {
                field: f,
                line: i,
                last_line: i,
            });
        }
        self.last_field = Some((node, self.nodes[node].fields.len() - 1));
        self.nodes[node].last_line = i;
    }

    fn text(&mut self, i: usize, t: String, wrapped: bool) {
        let node = self.top();
        match self.title_open {
            Some(n) if n == node && wrapped => {
                // Extended in place: a title wrapped over many lines stays linear.
                let n = &mut self.nodes[n];
                let first = n.text.first().map(|t| t.text.as_str()).unwrap_or("");
                let title = n.wrapped_title.get_or_insert_with(|| first.to_string());
                title.push(' ');
                title.push_str(t.trim());
                n.title_lines += 1;
            }
            _ => self.title_open = None,
        }
        if let Some((n, f)) = self.last_field {
            let value = &self.nodes[n].fields[f].field.value;
            // A label whose value is still empty ("Thời gian hoàn thành:" at the
            // end of a line) takes the next line as its value.
            if n == node && (wrapped || value.trim().is_empty() || continues(value, &t)) {
                let fa = &mut self.nodes[n].fields[f];
                let joined_at = fa.field.value.len();
                fa.field.value.push(' ');
                fa.field.value.push_str(&t);
                fa.last_line = i;
                self.nodes[n].last_line = i;
                self.split_joined_field(n, f, joined_at, i);
                return;
            }
        }
        self.last_field = None;
        if wrapped && self.split_joined_label(node, i, &t) {
            return;
        }
        let n = &mut self.nodes[node];
        // A hard-wrapped line continues its sentence whatever its first word.
        let cont = n
            .text
            .last()
            .map(|p| wrapped || continues(&p.text, &t))
            .unwrap_or(false);
        n.text.push(TextLine {
            line: i,
            text: t,
            continues: cont,
        });
        n.last_line = i;
    }

    /// A wrap can cut a label run into the end of a sentence ("... cảnh báo
    /// sớm. Đơn" / "vị thực hiện: UBND các xã."): the joint of the last text
    /// line and the wrapped one is read for a label that starts before it. If
    /// there is one, the text ends before the label and the fields are the
    /// node's. Only the joint is searched, as in `split_joined_field`.
    fn split_joined_label(&mut self, node: usize, line: usize, t: &str) -> bool {
        // The longest label plus its sentence end, in bytes.
        const LOOK_BACK: usize = 96;
        let Some(prev) = self.nodes[node].text.last() else {
            return false;
        };
        let mut from = prev.text.len().saturating_sub(LOOK_BACK);
        while !prev.text.is_char_boundary(from) {
            from -= 1;
        }
        let tail = &prev.text[from..];
        let joined = format!("{tail} {}", t.trim());
        let Some((head, fields)) = crate::fields::trailing_fields(&joined) else {
            return false;
        };
        if head.len() >= tail.trim_end().len() {
            // The label is on the wrapped line alone: read there already.
            return false;
        }
        let keep = from + head.len();
        if let Some(prev) = self.nodes[node].text.last_mut() {
            prev.text.truncate(keep);
        }
        self.nodes[node].last_line = line;
        self.fields(line, fields);
        true
    }

    /// A wrapped line can carry the next field of a line that held two
    /// ("... Môi trường. Thời gian hoàn" / "thành: Trong tháng 6"): once joined,
    /// the value is split again at a label that follows a sentence end. Only the
    /// joint and what follows it are searched, so a value wrapped over many
    /// lines costs linear time.
    fn split_joined_field(&mut self, node: usize, index: usize, joined_at: usize, line: usize) {
        // The longest label plus its sentence end, in bytes.
        const LOOK_BACK: usize = 96;
        let value = &self.nodes[node].fields[index].field.value;
        let mut from = joined_at.saturating_sub(LOOK_BACK);
        while !value.is_char_boundary(from) {
            from -= 1;
        }
        let Some((head, more)) = crate::fields::trailing_fields(&value[from..]) else {
            return;
        };
        let head = format!("{}{}", &value[..from], head).trim().to_string();
        let fa = &mut self.nodes[node].fields[index];
        fa.field.value = head;
        for f in more {
            self.nodes[node].fields.push(FieldAt {
                field: f,
                line,
                last_line: line,
            });
        }
        self.last_field = Some((node, self.nodes[node].fields.len() - 1));
    }

    fn new_node(&mut self, parent: usize, marker: Marker, line: usize, synthetic: bool) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node {
            marker: Some(marker),
            synthetic,
            parent: Some(parent),
            first_line: line,
            last_line: line,
            ..Node::default()
        });
        self.nodes[parent].children.push(id);
        id
    }

    fn item(&mut self, i: usize, m: Marker, rest: String, heading_like: bool) {
        self.last_field = None;
        let style = m.style;
        // Numbered items never nest inside bullets: a bullet list above them is over.
        if !style.is_bullet() {
            while self.stack.len() > 1
                && self.nodes[self.top()]
                    .style()
                    .map(|s| s.is_bullet())
                    .unwrap_or(false)
            {
                self.stack.pop();
            }
        }
        let parent = if let Some(pos) = self
            .stack
            .iter()
            .rposition(|n| self.nodes[*n].style() == Some(style))
        {
            let prev = self.stack[pos];
            let parent = self.stack[pos - 1];
            let restarts = !style.is_bullet() && m.ordinal == 1 && self.nodes[prev].ordinal() > 1;
            if restarts && parent != 0 {
                self.stack.truncate(pos - 1);
                self.repair_lost_parent(parent, i)
            } else {
                self.stack.truncate(pos);
                parent
            }
        } else if !style.is_bullet() && m.ordinal > 1 && !matches!(style, Style::Dotted(_)) {
            self.repair_lost_first(style, &m, i)
        } else {
            self.top()
        };
        let id = self.new_node(parent, m, i, false);
        self.nodes[id].heading_like = heading_like;
        self.nodes[id].text.push(TextLine {
            line: i,
            text: rest,
            continues: false,
        });
        self.nodes[id].title_lines = 1;
        self.stack.push(id);
        self.title_open = Some(id);
    }

    /// "1." after "6." under II: the heading after II (III) was lost.
    fn repair_lost_parent(&mut self, parent: usize, line: usize) -> usize {
        let grand = self.nodes[parent].parent.unwrap_or(0);
        let Some(pm) = self.nodes[parent].marker.clone() else {
            return parent;
        };
        let ordinal = pm.ordinal + 1;
        let label = next_label(&pm, ordinal);
        let marker = Marker {
            style: pm.style,
            label: label.clone(),
            ordinal,
        };
        let id = self.new_node(grand, marker, line, true);
        self.notes.push(TreeNote {
            line,
            code: "lost-heading",
            message: format!("numbering restarts at 1 here: heading {label} before it was probably lost; inferred"),
            warning: true,
        });
        self.stack.push(id);
        id
    }

    /// "2." with no "1." before it: the items since the parent are the lost item 1's.
    fn repair_lost_first(&mut self, style: Style, m: &Marker, line: usize) -> usize {
        let rank = style.default_rank();
        while self.stack.len() > 1 {
            let top = self.top();
            match self.nodes[top].style() {
                Some(s) if s.default_rank() > rank => {
                    self.stack.pop();
                }
                _ => break,
            }
        }
        let parent = self.top();
        let orphans: Vec<usize> = self.nodes[parent]
            .children
            .iter()
            .rev()
            .take_while(|c| {
                self.nodes[**c]
                    .style()
                    .map(|s| s.default_rank() > rank)
                    .unwrap_or(false)
            })
            .copied()
            .collect();
        if orphans.is_empty() {
            return parent;
        }
        let ordinal = m.ordinal - 1;
        let label = next_label(m, ordinal);
        let first = orphans
            .last()
            .map(|o| self.nodes[*o].first_line)
            .unwrap_or(line);
        let synth = self.new_node(
            parent,
            Marker {
                style,
                label: label.clone(),
                ordinal,
            },
            first,
            true,
        );
        // new_node appended synth at the end of the children; move the orphans under it.
        let moving: std::collections::HashSet<usize> = orphans.iter().copied().collect();
        self.nodes[parent].children.retain(|c| !moving.contains(c));
        for o in orphans.iter().rev() {
            self.nodes[*o].parent = Some(synth);
            self.nodes[synth].children.push(*o);
        }
        self.notes.push(TreeNote {
            line: first,
            code: "lost-heading",
            message: format!("item {} starts a list that has no item {label}: its heading was probably lost; inferred", m.label),
            warning: true,
        });
        parent
    }

    fn finish(mut self) -> Tree {
        // Children can be created out of line order when a synthetic node adopts orphans.
        for id in 0..self.nodes.len() {
            let mut kids = std::mem::take(&mut self.nodes[id].children);
            kids.sort_by_key(|c| (self.nodes[*c].first_line, *c));
            self.nodes[id].children = kids;
        }
        // Extents: a node reaches as far as its last descendant. Post-order, because a
        // synthetic heading has a larger index than the earlier items it adopted.
        let mut order = Vec::with_capacity(self.nodes.len());
        let mut stack = vec![0usize];
        while let Some(id) = stack.pop() {
            order.push(id);
            stack.extend(self.nodes[id].children.iter().copied());
        }
        for &id in order.iter().rev() {
            let kids_last = self.nodes[id]
                .children
                .iter()
                .map(|c| self.nodes[*c].last_line)
                .max();
            if let Some(k) = kids_last {
                self.nodes[id].last_line = self.nodes[id].last_line.max(k);
            }
        }
        self.check_numbering();
        // A vector's first push reserves room for four, and most nodes have one
        // text line, field or child: trimmed, a long plan's tree is a good part
        // smaller while the later stages hold it.
        for n in &mut self.nodes {
            n.text.shrink_to_fit();
            n.fields.shrink_to_fit();
            n.children.shrink_to_fit();
        }
        Tree {
            nodes: self.nodes,
            notes: self.notes,
        }
    }

    fn check_numbering(&mut self) {
        let mut notes = Vec::new();
        for n in &self.nodes {
            let mut prev: Option<&Marker> = None;
            for c in &n.children {
                let Some(m) = self.nodes[*c].marker.as_ref() else {
                    continue;
                };
                if m.style.is_bullet() {
                    continue;
                }
                if let Some(p) = prev.filter(|p| p.style == m.style) {
                    if m.ordinal == p.ordinal {
                        notes.push(TreeNote {
                            line: self.nodes[*c].first_line,
                            code: "duplicate-label",
                            message: format!("item {} repeats the label before it", m.label),
                            warning: true,
                        });
                    } else if m.ordinal > p.ordinal + 1 {
                        let missing = next_label(p, p.ordinal + 1);
                        notes.push(TreeNote {
                            line: self.nodes[*c].first_line,
                            code: "numbering-gap",
                            message: format!(
                                "item {missing} missing between {} and {}",
                                p.label, m.label
                            ),
                            warning: true,
                        });
                    }
                }
                prev = Some(m);
            }
        }
        self.notes.extend(notes);
    }
}

/// The label an item of `like`'s style would print at `ordinal`.
fn next_label(like: &Marker, ordinal: u32) -> String {
    match like.style {
        Style::Roman => to_roman(ordinal),
        Style::Letter | Style::ParenLetter => VIETNAMESE_LETTERS
            .get((ordinal as usize).saturating_sub(1))
            .map(|s| s.to_string())
            .unwrap_or_else(|| ordinal.to_string()),
        Style::Dotted(_) => match like.label.rsplit_once('.') {
            Some((head, _)) => format!("{head}.{ordinal}"),
            None => ordinal.to_string(),
        },
        _ => ordinal.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_between_pages_are_not_text() {
        let t = tree("I. NHIỆM VỤ\n1. Phát triển du lịch cộng đồng tại các làng quê ven biển\n\n                 3\n\u{c}tại huyện Minh Hóa.\n- 4 -\n2. Xúc tiến du lịch");
        let one = &t.nodes[t.nodes[t.nodes[0].children[0]].children[0]];
        let text: Vec<&str> = one.text.iter().map(|l| l.text.trim()).collect();
        assert_eq!(
            text,
            [
                "Phát triển du lịch cộng đồng tại các làng quê ven biển",
                "tại huyện Minh Hóa."
            ]
        );
        assert!(
            one.text[1].continues,
            "the sentence goes on across the page break"
        );
        assert_eq!(outline(&t), ["I", "I/1", "I/2"]);
        assert!(!is_page_number("2022"), "a year on its own line is text");
    }

    fn tree(src: &str) -> Tree {
        let infos: Vec<LineInfo> = src
            .lines()
            .map(|t| LineInfo {
                text: t,
                heading_like: false,
                markdown_heading: false,
                table: false,
                wrapped: false,
            })
            .collect();
        build(&infos)
    }

    fn outline(t: &Tree) -> Vec<String> {
        fn walk(t: &Tree, id: usize, path: &mut Vec<String>, out: &mut Vec<String>) {
            for c in &t.nodes[id].children {
                let n = &t.nodes[*c];
                let label = n
                    .marker
                    .as_ref()
                    .map(|m| m.label.clone())
                    .unwrap_or_default();
                path.push(if n.synthetic {
                    format!("[{label}]")
                } else {
                    label
                });
                out.push(path.join("/"));
                walk(t, *c, path, out);
                path.pop();
            }
        }
        let mut out = Vec::new();
        walk(t, 0, &mut Vec::new(), &mut out);
        out
    }

    #[test]
    fn styles_nest_in_order_of_appearance() {
        let t =
            tree("I. MỤC TIÊU\n1. Một\na) a\n- gạch\n+ cộng\nb) b\n2. Hai\nII. NHIỆM VỤ\n1. Một");
        assert_eq!(
            outline(&t),
            [
                "I",
                "I/1",
                "I/1/a",
                "I/1/a/-",
                "I/1/a/-/+",
                "I/1/b",
                "I/2",
                "II",
                "II/1"
            ]
        );
    }

    #[test]
    fn lost_first_heading_is_inferred() {
        // The "1." heading of a run of lettered items is missing.
        let t = tree("II. NỘI DUNG\na) một\nb) hai\n2. Hai\na) ba");
        assert_eq!(
            outline(&t),
            ["II", "II/[1]", "II/[1]/a", "II/[1]/b", "II/2", "II/2/a"]
        );
        assert_eq!(t.notes[0].code, "lost-heading");
    }

    #[test]
    fn restart_means_a_lost_parent_heading() {
        let t = tree("II. NỘI DUNG\n1. Một\n2. Hai\n1. Lại một\n2. Lại hai");
        assert_eq!(
            outline(&t),
            ["II", "II/1", "II/2", "[III]", "[III]/1", "[III]/2"]
        );
    }

    #[test]
    fn fields_attach_to_the_latest_item_and_wrap() {
        let t = tree("a) Việc\nCơ quan thực hiện: Công an tỉnh chủ trì, phối hợp với các Sở, Ban, ngành,\n\nđịa phương có liên quan.\nThời gian hoàn thành: Năm 2022");
        let a = &t.nodes[1];
        assert_eq!(a.fields.len(), 2);
        assert_eq!(
            a.fields[0].field.value,
            "Công an tỉnh chủ trì, phối hợp với các Sở, Ban, ngành, địa phương có liên quan."
        );
        assert_eq!(a.fields[0].last_line, 3);
    }

    #[test]
    fn recipients_and_appendices_close_the_structure() {
        let t = tree(
            "Điều 1. Ban hành\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKẾ HOẠCH\nI. MỤC ĐÍCH\n1. Một",
        );
        assert_eq!(outline(&t), ["1", "I", "I/1"]);
    }

    #[test]
    fn recipients_and_capitals_are_read_from_the_opening() {
        for t in ["Nơi nhận:", "NƠI NHẬN:", "nơi nhận", "Nơi Nhận: - Như trên"] {
            assert!(opens_recipients(t), "{t:?}");
        }
        for t in ["Nơi", "Nơi gửi:", "", "Các nơi nhận"] {
            assert!(!opens_recipients(t), "{t:?}");
        }
        assert!(is_capitals("KẾ HOẠCH"));
        assert!(is_capitals("PHỤ LỤC II"));
        assert!(!is_capitals("KẾ hoạch"));
        assert!(!is_capitals("II."));
    }

    #[test]
    fn a_wrapped_title_takes_every_continuation_line() {
        let lines = [
            "1. Hoàn thiện hệ sinh thái",
            "phục vụ kết nối",
            "dữ liệu dân cư",
        ];
        let infos: Vec<LineInfo> = lines
            .iter()
            .enumerate()
            .map(|(i, t)| LineInfo {
                text: t,
                heading_like: false,
                markdown_heading: false,
                table: false,
                wrapped: i > 0,
            })
            .collect();
        let t = build(&infos);
        assert_eq!(
            t.nodes[1].title(),
            "Hoàn thiện hệ sinh thái phục vụ kết nối dữ liệu dân cư"
        );
    }

    #[test]
    fn bullets_do_not_parent_numbered_items() {
        let t = tree("- 1Luật Căn cước\n- 2Nghị định\nThực hiện Quyết định\n1. Một\n2. Hai");
        assert_eq!(outline(&t), ["-", "-", "1", "2"]);
    }

    #[test]
    fn wrapped_lines_demote_only_lower_case_markers() {
        let lines = [
            "a) Rà soát các quy định tại",
            "1. khoản 2 Điều 5 của Nghị định",
            "b) Triển khai kết nối",
        ];
        let infos: Vec<LineInfo> = lines
            .iter()
            .enumerate()
            .map(|(i, t)| LineInfo {
                text: t,
                heading_like: false,
                markdown_heading: false,
                table: false,
                wrapped: i > 0,
            })
            .collect();
        let t = build(&infos);
        assert_eq!(outline(&t), ["a", "b"]);
        assert_eq!(t.nodes[1].text[1].text, "1. khoản 2 Điều 5 của Nghị định");
        assert!(t.nodes[1].text[1].continues);
    }

    #[test]
    fn numbering_gaps_and_duplicates_are_noted() {
        let t = tree("a) một\nb) hai\nd) bốn\nd) bốn nữa");
        let codes: Vec<&str> = t.notes.iter().map(|n| n.code).collect();
        assert!(codes.contains(&"numbering-gap"));
        assert!(codes.contains(&"duplicate-label"));
        assert!(t
            .notes
            .iter()
            .any(|n| n.message == "item c missing between b and d"));
    }
}
