//! The same task printed twice — in the narrative and as an appendix row — is two
//! tasks joined by a `same_as` edge. Pairs are found by wording: the syllables two
//! texts share (Dice coefficient), matched one-to-one, best pairs first.
//! Disagreements between the two printings (lead, deadline) are what an official
//! needs to hear about, so they become warnings.

use kehoach_model::{Diagnostic, Edge, EdgeKind, Origin, Severity, Task};
use kehoach_text::{is_alphanumeric, lower_char};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};

/// Below this share of common syllables two texts are different tasks.
const SAME_TASK_MIN_SCORE: f64 = 0.72;
/// Syllables found in more tasks than this are too common to find candidates by.
const COMMON_SYLLABLE_SHARE: f64 = 0.25;
/// ... and so are syllables found in more rows than this, whatever the share:
/// in a plan with thousands of rows, a wording repeated in hundreds of them
/// picks out no twin, and looking at every such row from every narrative task
/// would make linking grow with the square of the plan. It only matters for
/// tables of more than 256 rows (a quarter of 256 is this number).
const COMMON_SYLLABLE_ROWS: usize = 64;

/// Every task's syllables as sorted, deduplicated ids, with the number of table
/// rows each syllable occurs in. Ids instead of strings because every candidate
/// pair is scored by counting the ids two sets share, which with ids is one
/// pass over a table of marks.
struct Syllables {
    sets: Vec<Vec<u32>>,
    in_rows: Vec<u32>,
}

/// Syllable → id, hashed with [`SyllableHashing`].
type SyllableIds = HashMap<String, u32, SyllableHashing>;

fn syllables(tasks: &[Task]) -> Syllables {
    let mut ids = SyllableIds::default();
    let mut sets = Vec::with_capacity(tasks.len());
    let mut words = Words::default();
    for t in tasks {
        let mut set: Vec<u32> = Vec::new();
        // The words of the lower-cased text: runs of letters and digits of
        // the lower case (so a char whose lower case is not a letter still
        // splits, as it would in `to_lowercase()` of the whole text). Chars
        // are lowered one by one, except in a text with a capital sigma, whose
        // lower case depends on its place in the word.
        let sigma = t.text.contains('Σ');
        let lowered;
        let text = if sigma {
            lowered = t.text.to_lowercase();
            &lowered
        } else {
            &t.text
        };
        for (i, c) in text.char_indices() {
            let lower = if sigma { Some(c) } else { lower_char(c) };
            match lower {
                // Most chars are their own lower case: the word is read in place.
                Some(l) if l == c && is_alphanumeric(c) => words.extend(i, c),
                Some(l) => words.push(l, text, i, &mut set, &mut ids),
                None => {
                    for l in c.to_lowercase() {
                        words.push(l, text, i, &mut set, &mut ids);
                    }
                }
            }
        }
        words.end(text, text.len(), &mut set, &mut ids);
        set.sort_unstable();
        set.dedup();
        sets.push(set);
    }
    let mut in_rows = vec![0u32; ids.len()];
    for (t, set) in tasks.iter().zip(&sets) {
        if t.origin == Origin::Table {
            for &s in set {
                in_rows[s as usize] += 1;
            }
        }
    }
    Syllables { sets, in_rows }
}

/// The word being read: a stretch of the text itself while every char of it is
/// its own lower case, else a copy with the lowered chars.
#[derive(Default)]
struct Words {
    /// Where the word starts in the text, while it is read in place.
    start: Option<usize>,
    copy: String,
    copying: bool,
}

impl Words {
    /// `c`, at byte `i` of `text`, is a letter or digit and its own lower case.
    fn extend(&mut self, i: usize, c: char) {
        if self.copying {
            self.copy.push(c);
        } else {
            self.start.get_or_insert(i);
        }
    }

    /// `l` is a lowered char (of the char at byte `i`, which differs from it).
    #[inline]
    fn push(&mut self, l: char, text: &str, i: usize, set: &mut Vec<u32>, ids: &mut SyllableIds) {
        if !is_alphanumeric(l) {
            self.end(text, i, set, ids);
            return;
        }
        if !self.copying {
            if let Some(start) = self.start.take() {
                self.copy.push_str(text.get(start..i).unwrap_or(""));
            }
            self.copying = true;
        }
        self.copy.push(l);
    }

    /// The word ends before byte `i`: its id joins `set`.
    #[inline]
    fn end(&mut self, text: &str, i: usize, set: &mut Vec<u32>, ids: &mut SyllableIds) {
        if self.start.is_none() && !self.copying {
            return;
        }
        let word = if self.copying {
            self.copy.as_str()
        } else {
            match self.start {
                Some(start) => text.get(start..i).unwrap_or(""),
                None => "",
            }
        };
        if !word.is_empty() {
            let id = match ids.get(word) {
                Some(&id) => id,
                None => {
                    let id = ids.len() as u32;
                    ids.insert(word.to_string(), id);
                    id
                }
            };
            set.push(id);
        }
        self.start = None;
        self.copy.clear();
        self.copying = false;
    }
}

/// Hashing for the syllable table: every word of every task is looked up, and
/// the standard SipHash costs more than the rest of the lookup. A multiply-fold
/// per 8 bytes, keyed per process like the standard hasher (from its random
/// keys), so that no input can be built to make the words collide.
#[derive(Clone)]
struct SyllableHashing {
    seed: u64,
    key: u64,
}

impl Default for SyllableHashing {
    fn default() -> SyllableHashing {
        let random = std::collections::hash_map::RandomState::new();
        SyllableHashing {
            seed: random.hash_one(0u8),
            // Odd, so that multiplying by it loses no bits.
            key: random.hash_one(1u8) | 1,
        }
    }
}

impl BuildHasher for SyllableHashing {
    type Hasher = SyllableHasher;
    fn build_hasher(&self) -> SyllableHasher {
        SyllableHasher {
            state: self.seed,
            key: self.key,
        }
    }
}

struct SyllableHasher {
    state: u64,
    key: u64,
}

impl SyllableHasher {
    fn mix(&mut self, word: u64) {
        let product = u128::from(self.state ^ word) * u128::from(self.key);
        self.state = (product as u64) ^ ((product >> 64) as u64);
    }
}

impl Hasher for SyllableHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        // The length too: "a" and "a\0" pad to the same words.
        self.mix(bytes.len() as u64);
    }

    fn finish(&self) -> u64 {
        self.state
    }
}

/// The fewest members two sets of sizes `a` and `b` must share to reach the score
/// (`None`: not even the smaller inside the larger does). Found by the score's own
/// formula, so that the two agree to the last bit.
fn shared_needed(a: usize, b: usize) -> Option<usize> {
    // Start from the estimate and step to the exact threshold: it is nearly
    // always right, so this costs two scores (every candidate pair asks).
    let mut s = ((SAME_TASK_MIN_SCORE * (a + b) as f64) / 2.0).ceil() as usize;
    while s > 0 && dice_of(s - 1, a, b) >= SAME_TASK_MIN_SCORE {
        s -= 1;
    }
    let most = a.min(b);
    while s <= most && dice_of(s, a, b) < SAME_TASK_MIN_SCORE {
        s += 1;
    }
    (s <= most).then_some(s)
}

/// Dice coefficient of two sets of sizes `a` and `b` sharing `shared` members.
fn dice_of(shared: usize, a: usize, b: usize) -> f64 {
    if a == 0 || b == 0 {
        return 0.0;
    }
    2.0 * shared as f64 / (a + b) as f64
}

/// The syllables of `set` that can find its twins: its rarest ones (fewest
/// rows first, then by id), as many as a pair reaching the score can fail to
/// share, plus one ("prefix filtering"). Two sets that reach the score share
/// at least `o = score·n/(2−score)` syllables when one has `n`, so the rarest
/// syllable they share lies within the first `n − o + 1` of each. And as a pair
/// is only a candidate when it shares a syllable that is not too common, that
/// rarest shared syllable is not too common either: looking up only the rare
/// prefix finds exactly the pairs that looking up every syllable would.
fn prefix(set: &[u32], in_rows: &[u32]) -> Vec<u32> {
    // A little under the score, so rounding can only lengthen the prefix.
    let score = SAME_TASK_MIN_SCORE - 1e-6;
    let overlap = (score * set.len() as f64 / (2.0 - score)).ceil() as usize;
    let keep = (set.len() + 1)
        .saturating_sub(overlap.max(1))
        .min(set.len());
    // The `keep` rarest, in no particular order (callers only look them up):
    // a selection, not a sort. The key is a total order, so they are the same
    // syllables a sort would keep.
    let mut by_rarity = set.to_vec();
    if keep < by_rarity.len() && keep > 0 {
        by_rarity.select_nth_unstable_by_key(keep - 1, |&s| (in_rows[s as usize], s));
    }
    by_rarity.truncate(keep);
    by_rarity
}

pub fn link(tasks: &[Task]) -> (Vec<Edge>, Vec<Diagnostic>) {
    let narrative: Vec<usize> = (0..tasks.len())
        .filter(|i| tasks[*i].origin != Origin::Table)
        .collect();
    let table: Vec<usize> = (0..tasks.len())
        .filter(|i| tasks[*i].origin == Origin::Table)
        .collect();
    if narrative.is_empty() || table.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let Syllables { sets, in_rows } = syllables(tasks);
    let limit = (((table.len() as f64) * COMMON_SYLLABLE_SHARE)
        .ceil()
        .max(3.0) as usize)
        .min(COMMON_SYLLABLE_ROWS);
    let rare = |s: &u32| in_rows[*s as usize] as usize <= limit;
    // Inverted index over the rare prefixes of table rows; rows in ascending order.
    let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
    for &t in &table {
        for s in prefix(&sets[t], &in_rows).iter().filter(|s| rare(s)) {
            index.entry(*s).or_default().push(t);
        }
    }
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    // Stamps instead of sorted candidate lists: `seen[t]` is the narrative task
    // that last looked at row `t`, `mine[s]` the one whose syllables are marked.
    // (Pairs are sorted by a total order below, so the order they are found in
    // does not matter.)
    let mut seen: Vec<usize> = vec![usize::MAX; tasks.len()];
    let mut mine: Vec<usize> = vec![usize::MAX; in_rows.len()];
    // `shared_needed(a, b)` for this narrative task's size `a`, by `b`: its
    // candidates' sizes repeat, and each answer costs float divisions.
    let longest = sets.iter().map(Vec::len).max().unwrap_or(0);
    let mut needed_for: Vec<(usize, Option<usize>)> = vec![(usize::MAX, None); longest + 1];
    for &n in &narrative {
        for &s in &sets[n] {
            mine[s as usize] = n;
        }
        for s in prefix(&sets[n], &in_rows).iter().filter(|s| rare(s)) {
            let Some(rows) = index.get(s) else { continue };
            for &t in rows {
                if std::mem::replace(&mut seen[t], n) == n {
                    continue;
                }
                // Sets of very different sizes cannot reach the score even if
                // the smaller lies inside the larger: skip them. Otherwise count
                // the shared syllables until too few are left to reach the
                // score (a pair given up on scores below it, exactly as the
                // full count would).
                let (a, b) = (sets[n].len(), sets[t].len());
                let needed = match needed_for.get_mut(b) {
                    Some((stamp, known)) if *stamp == n => *known,
                    Some(slot) => {
                        *slot = (n, shared_needed(a, b));
                        slot.1
                    }
                    None => shared_needed(a, b),
                };
                let Some(needed) = needed else {
                    continue;
                };
                let theirs = &sets[t];
                let mut shared = 0;
                for (k, &s) in theirs.iter().enumerate() {
                    if shared + (theirs.len() - k) < needed {
                        break;
                    }
                    if mine[s as usize] == n {
                        shared += 1;
                    }
                }
                // Reaching `needed` is reaching the score.
                if shared >= needed {
                    pairs.push((dice_of(shared, a, b), n, t));
                }
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_n, mut used_t) = (HashSet::new(), HashSet::new());
    let mut matched: Vec<(usize, usize)> = Vec::new();
    for (_, n, t) in pairs {
        if used_n.insert(n) {
            if used_t.insert(t) {
                matched.push((n, t));
            } else {
                used_n.remove(&n);
            }
        }
    }
    matched.sort_unstable();
    let mut edges = Vec::new();
    let mut diags = Vec::new();
    for (n, t) in matched {
        let (a, b) = (&tasks[n], &tasks[t]);
        edges.push(Edge {
            from: a.id.clone(),
            to: b.id.clone(),
            kind: EdgeKind::SameAs,
        });
        let lead_a: HashSet<&String> = a.lead.iter().collect();
        let lead_b: HashSet<&String> = b.lead.iter().collect();
        if !a.lead.is_empty() && !b.lead.is_empty() && lead_a != lead_b {
            diags.push(Diagnostic {
                severity: Severity::Warning,
                code: "same-task-lead-differs".into(),
                message: format!(
                    "{} and {} are the same task with different leads",
                    a.id, b.id
                ),
                span: Some(a.span),
            });
        }
        let (da, db) = (&a.deadline, &b.deadline);
        if (da.kind, &da.start, &da.end) != (db.kind, &db.start, &db.end)
            && da.raw.is_some()
            && db.raw.is_some()
        {
            diags.push(Diagnostic {
                severity: Severity::Warning,
                code: "same-task-deadline-differs".into(),
                message: format!(
                    "{} and {} are the same task with different deadlines ({:?} / {:?})",
                    a.id,
                    b.id,
                    da.raw.clone().unwrap_or_default(),
                    db.raw.clone().unwrap_or_default()
                ),
                span: Some(a.span),
            });
        }
    }
    (edges, diags)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kehoach_model::{Deadline, DeadlineKind, Span};

    fn task(id: &str, origin: Origin, text: &str, lead: &[&str], month: Option<&str>) -> Task {
        let mut deadline = Deadline::none();
        if let Some(m) = month {
            deadline = Deadline {
                raw: Some(m.into()),
                kind: DeadlineKind::Month,
                start: Some(format!("{m}-01")),
                end: None,
                dates: vec![],
            };
        }
        Task {
            id: id.into(),
            origin,
            label: None,
            path: vec![],
            section: None,
            text: text.into(),
            lead: lead.iter().map(|s| s.to_string()).collect(),
            support: vec![],
            lead_raw: None,
            support_raw: None,
            implicit_lead: None,
            deadline,
            output: None,
            extra: vec![],
            span: Span {
                start_line: 1,
                end_line: 1,
                start_byte: 0,
                end_byte: 0,
            },
        }
    }

    #[test]
    fn syllables_are_the_words_of_the_lower_case() {
        let texts = [
            "Quyết định ΟΔΟΣ Σοφία İstanbul",
            "ĐẮK NÔNG-đắk nông; Ủy BAN",
        ];
        let tasks: Vec<Task> = texts
            .iter()
            .map(|t| task("x", Origin::Narrative, t, &[], None))
            .collect();
        let Syllables { sets, .. } = syllables(&tasks);
        for (text, set) in texts.iter().zip(&sets) {
            let lower = text.to_lowercase();
            let mut words: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            words.sort_unstable();
            words.dedup();
            assert_eq!(set.len(), words.len(), "{text}");
        }
        // The same word in any case is one syllable.
        let same = ["Đắk Nông", "đắk NÔNG", "ĐẮK nông"];
        let tasks: Vec<Task> = same
            .iter()
            .map(|t| task("x", Origin::Narrative, t, &[], None))
            .collect();
        let Syllables { sets, .. } = syllables(&tasks);
        assert_eq!(sets[0], sets[1]);
        assert_eq!(sets[0], sets[2]);
    }

    #[test]
    fn shared_needed_is_the_threshold() {
        for a in 0..60 {
            for b in 0..60 {
                let first = (0..=a.min(b)).find(|&s| dice_of(s, a, b) >= SAME_TASK_MIN_SCORE);
                assert_eq!(shared_needed(a, b), first, "{a} {b}");
            }
        }
    }

    #[test]
    fn same_wording_links_and_disagreements_warn() {
        let tasks = vec![
            task(
                "II/1/a",
                Origin::Narrative,
                "Triển khai thi hành Thông tư quy định về danh mục sản phẩm",
                &["agency:a"],
                Some("2022-03"),
            ),
            task(
                "II/1/b",
                Origin::Narrative,
                "Tham gia góp ý xây dựng Luật Bảo vệ dữ liệu cá nhân",
                &["agency:a"],
                None,
            ),
            task(
                "appendix-2/row-1",
                Origin::Table,
                "Triển khai thi hành Thông tư quy định về danh mục, sản phẩm.",
                &["agency:b"],
                Some("2022-06"),
            ),
            task(
                "appendix-2/row-2",
                Origin::Table,
                "Kết nối cơ sở dữ liệu thuế",
                &["agency:a"],
                None,
            ),
        ];
        let (edges, diags) = link(&tasks);
        assert_eq!(
            edges,
            vec![Edge {
                from: "II/1/a".into(),
                to: "appendix-2/row-1".into(),
                kind: EdgeKind::SameAs
            }]
        );
        let codes: Vec<&str> = diags.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            ["same-task-lead-differs", "same-task-deadline-differs"]
        );
    }
}
