//! The aligner: which tasks of different plans are the same task.
//!
//! 1. Every task gets three weighted feature vectors (TF-IDF over all tasks of
//!    all plans compared, so that what every plan repeats weighs little and
//!    what sets one task apart weighs much): its normalised text
//!    ([`crate::normalize`]), its named agencies (lead and support, without
//!    collective ones such as "các sở, ban, ngành"), and the title of the part
//!    or appendix it sits in.
//! 2. Two tasks of different plans score their text cosine, nudged up or down
//!    by at most [`AGENCY_WEIGHT`]/2 for agreeing or disagreeing agencies and
//!    [`SECTION_WEIGHT`]/2 for the section. Text decides; agencies and sections
//!    settle near ties ("kết nối … với cơ sở dữ liệu X" differs from its
//!    neighbours by one or two words but also by the partner agency).
//! 3. Within a plan, a task and its appendix printing (a `same_as` edge) are one
//!    *unit*; units are what get aligned, so a group holds both printings.
//! 4. Units are merged into groups best pair first, as long as a group keeps at
//!    most one unit per plan and the average score between the two groups
//!    stays at or above the threshold (average linkage: one strong pair cannot
//!    drag unrelated tasks into a group). The single exception to "one unit per
//!    plan" is a narrative task and an appendix row of the same plan that the
//!    converter did not link but that score above the threshold with each
//!    other: they are the two printings of one task.

use kehoach_model::{AgencyLevel, EdgeKind, Graph, Origin};
use std::collections::{BTreeSet, HashMap};

use crate::normalize;

/// Largest nudge (up or down) agreeing or disagreeing agencies give a score, times two.
pub const AGENCY_WEIGHT: f64 = 0.2;
/// Largest nudge the section (its kind and title) gives a score, times two.
pub const SECTION_WEIGHT: f64 = 0.1;
/// Default score at and above which two tasks are the same task. Chosen on
/// the corpus: the hand-checked pairs of `fixtures/alignment` score 0.62 and
/// up, while tasks that only occupy the same place in two plans but assign
/// different work score 0.25–0.49.
pub const DEFAULT_THRESHOLD: f64 = 0.5;

/// A sparse vector: (feature id, weight), sorted by id, unit length (or empty).
type Sparse = Vec<(u32, f64)>;

struct Item {
    plan: usize,
    task: usize,
    text: Sparse,
    agencies: Sparse,
    section: Sparse,
    responsibility: bool,
    table: bool,
}

/// One aligned group, in plan and task indices.
pub struct RawGroup {
    /// (plan, task indices in document order, member score), by plan.
    pub members: Vec<(usize, Vec<usize>, f64)>,
    pub score: f64,
    /// (plan, task) of the task whose text stands for the group.
    pub representative: (usize, usize),
}

pub struct Alignment {
    pub groups: Vec<RawGroup>,
    /// Per plan, the task indices in no group, in document order.
    pub unmatched: Vec<Vec<usize>>,
}

fn dot(a: &Sparse, b: &Sparse) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// TF-IDF vectors of token lists: weight (1 + ln tf) · ln((N + 1) / df), unit
/// length. The idf never reaches zero, so two identical texts score 1 even
/// when every task shares their words.
fn tfidf(docs: &[Vec<String>]) -> (Vec<Sparse>, Vec<u32>) {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut counted: Vec<Vec<(u32, u32)>> = Vec::with_capacity(docs.len());
    let mut df: Vec<u32> = Vec::new();
    for doc in docs {
        let mut tf: HashMap<u32, u32> = HashMap::new();
        for token in doc {
            let next = ids.len() as u32;
            let id = *ids.entry(token.as_str()).or_insert(next);
            if id as usize == df.len() {
                df.push(0);
            }
            *tf.entry(id).or_insert(0) += 1;
        }
        let mut tf: Vec<(u32, u32)> = tf.into_iter().collect();
        tf.sort_unstable();
        for (id, _) in &tf {
            df[*id as usize] += 1;
        }
        counted.push(tf);
    }
    let n = docs.len() as f64;
    let vectors = counted
        .into_iter()
        .map(|tf| {
            let mut v: Sparse = tf
                .into_iter()
                .map(|(id, count)| {
                    let idf = ((n + 1.0) / f64::from(df[id as usize].max(1))).ln();
                    (id, (1.0 + f64::from(count).ln()) * idf)
                })
                .collect();
            let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, w)| *w /= norm);
            } else {
                v.clear();
            }
            v
        })
        .collect();
    (vectors, df)
}

/// The title a task is found under: its section's, else its table's.
fn context_title(graph: &Graph, task: usize) -> Option<String> {
    let t = &graph.tasks[task];
    let section_title = t.section.as_ref().and_then(|id| {
        graph
            .sections
            .iter()
            .find(|s| &s.id == id)
            .and_then(|s| s.title.clone())
    });
    if let Some(title) = section_title.filter(|s| !s.trim().is_empty()) {
        return Some(title);
    }
    graph
        .edges
        .iter()
        .filter(|e| e.kind == EdgeKind::PartOf && e.from == t.id)
        .find_map(|e| graph.tables.iter().find(|tb| tb.id == e.to))
        .and_then(|tb| tb.title.clone())
        .filter(|s| !s.trim().is_empty())
}

struct Scorer {
    items: Vec<Item>,
    memo: HashMap<(usize, usize), f64>,
}

impl Scorer {
    /// The score of two tasks, remembered: merging asks for the same pairs again.
    fn item_score(&mut self, i: usize, j: usize) -> f64 {
        let key = (i.min(j), i.max(j));
        if let Some(s) = self.memo.get(&key) {
            return *s;
        }
        let s = self.score(i, j);
        self.memo.insert(key, s);
        s
    }

    /// The score of two tasks, computed.
    fn score(&self, i: usize, j: usize) -> f64 {
        let (a, b) = (&self.items[i], &self.items[j]);
        let mut s = dot(&a.text, &b.text);
        if !a.agencies.is_empty() && !b.agencies.is_empty() {
            s += AGENCY_WEIGHT * (dot(&a.agencies, &b.agencies) - 0.5);
        }
        let same_kind = if a.responsibility == b.responsibility {
            1.0
        } else {
            0.0
        };
        let section = if !a.section.is_empty() && !b.section.is_empty() {
            0.5 * same_kind + 0.5 * dot(&a.section, &b.section)
        } else {
            same_kind
        };
        s += SECTION_WEIGHT * (section - 0.5);
        if a.text.is_empty() || b.text.is_empty() {
            0.0
        } else {
            s.clamp(0.0, 1.0)
        }
    }
}

/// Align the tasks of `graphs`. Deterministic: the same graphs in the same
/// order give the same groups.
pub fn align(graphs: &[&Graph], threshold: f64) -> Alignment {
    // Items, one per task, and their features.
    let mut items = Vec::new();
    let mut texts = Vec::new();
    let mut agencies = Vec::new();
    let mut sections = Vec::new();
    for (p, graph) in graphs.iter().enumerate() {
        let collective: BTreeSet<&str> = graph
            .agencies
            .iter()
            .filter(|a| a.level == Some(AgencyLevel::Group))
            .map(|a| a.id.as_str())
            .collect();
        for (t, task) in graph.tasks.iter().enumerate() {
            texts.push(normalize::features(&task.text));
            let named: BTreeSet<String> = task
                .lead
                .iter()
                .chain(&task.support)
                .filter(|a| !collective.contains(a.as_str()))
                .cloned()
                .collect();
            agencies.push(named.into_iter().collect::<Vec<_>>());
            sections.push(
                context_title(graph, t)
                    .map(|title| normalize::features(&title))
                    .unwrap_or_default(),
            );
            items.push(Item {
                plan: p,
                task: t,
                text: Vec::new(),
                agencies: Vec::new(),
                section: Vec::new(),
                responsibility: task.origin == Origin::Responsibility,
                table: task.origin == Origin::Table,
            });
        }
    }
    let (text_vectors, text_df) = tfidf(&texts);
    let (agency_vectors, _) = tfidf(&agencies);
    let (section_vectors, _) = tfidf(&sections);
    for (((item, t), a), s) in items
        .iter_mut()
        .zip(text_vectors)
        .zip(agency_vectors)
        .zip(section_vectors)
    {
        item.text = t;
        item.agencies = a;
        item.section = s;
    }
    let n = items.len();
    let mut first_item = Vec::with_capacity(graphs.len());
    let mut count = 0;
    for g in graphs {
        first_item.push(count);
        count += g.tasks.len();
    }

    // Units: a task and its other printings within one plan.
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for (p, graph) in graphs.iter().enumerate() {
        let index: HashMap<&str, usize> = graph
            .tasks
            .iter()
            .enumerate()
            .map(|(t, task)| (task.id.as_str(), first_item[p] + t))
            .collect();
        for edge in graph.edges.iter().filter(|e| e.kind == EdgeKind::SameAs) {
            if let (Some(&a), Some(&b)) =
                (index.get(edge.from.as_str()), index.get(edge.to.as_str()))
            {
                let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                if ra != rb {
                    parent[ra.max(rb)] = ra.min(rb);
                }
            }
        }
    }
    let mut unit_of = vec![0usize; n];
    let mut units: Vec<Vec<usize>> = Vec::new();
    let mut unit_of_root: HashMap<usize, usize> = HashMap::new();
    for (i, slot) in unit_of.iter_mut().enumerate() {
        let root = find(&mut parent, i);
        let u = *unit_of_root.entry(root).or_insert_with(|| {
            units.push(Vec::new());
            units.len() - 1
        });
        units[u].push(i);
        *slot = u;
    }
    let unit_plan: Vec<usize> = units.iter().map(|u| items[u[0]].plan).collect();

    let mut scorer = Scorer {
        items,
        memo: HashMap::new(),
    };

    // Candidate pairs share a feature that is not everywhere: an inverted
    // index over text features, without those in more than a tenth of all
    // tasks (they add little to any score and would make this quadratic).
    let cap = (n / 10).max(64) as u32;
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, item) in scorer.items.iter().enumerate() {
        for (id, _) in &item.text {
            if text_df[*id as usize] <= cap {
                postings.entry(*id).or_default().push(i);
            }
        }
    }
    let mut best: HashMap<(usize, usize), f64> = HashMap::new();
    let mut seen = vec![usize::MAX; n];
    for i in 0..n {
        let features: Vec<u32> = scorer.items[i].text.iter().map(|(id, _)| *id).collect();
        let mut candidates = Vec::new();
        for id in features {
            for &j in postings.get(&id).map(Vec::as_slice).unwrap_or(&[]) {
                if j > i && seen[j] != i && scorer.items[j].plan != scorer.items[i].plan {
                    seen[j] = i;
                    candidates.push(j);
                }
            }
        }
        candidates.sort_unstable();
        for j in candidates {
            // Not remembered: most candidates are never asked about again, and
            // remembering them all would cost memory quadratic in the plans.
            let s = scorer.score(i, j);
            if s >= threshold {
                let key = (unit_of[i].min(unit_of[j]), unit_of[i].max(unit_of[j]));
                let entry = best.entry(key).or_insert(0.0);
                *entry = entry.max(s);
            }
        }
    }
    let mut pairs: Vec<(f64, usize, usize)> =
        best.into_iter().map(|((u, v), s)| (s, u, v)).collect();
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));

    let mut unit_memo: HashMap<(usize, usize), f64> = HashMap::new();
    let mut unit_score = |scorer: &mut Scorer, u: usize, v: usize| -> f64 {
        let key = (u.min(v), u.max(v));
        if let Some(s) = unit_memo.get(&key) {
            return *s;
        }
        let mut s: f64 = 0.0;
        for &i in &units[u] {
            for &j in &units[v] {
                s = s.max(scorer.item_score(i, j));
            }
        }
        unit_memo.insert(key, s);
        s
    };
    // Whether a unit is only appendix rows (Some(true)), only narrative tasks
    // (Some(false)), or anything else (None: mixed, or per-agency
    // responsibility items, which restate tasks rather than print them).
    let printing = |u: usize, scorer: &Scorer| -> Option<bool> {
        let items = || units[u].iter().map(|&i| &scorer.items[i]);
        if items().all(|it| it.table) {
            Some(true)
        } else if items().all(|it| !it.table && !it.responsibility) {
            Some(false)
        } else {
            None
        }
    };

    let mut groups: Vec<Vec<usize>> = (0..units.len()).map(|u| vec![u]).collect();
    let mut group_of: Vec<usize> = (0..units.len()).collect();
    for (_, u, v) in pairs {
        let (gu, gv) = (group_of[u], group_of[v]);
        if gu == gv {
            continue;
        }
        let mut ok = true;
        for &a in &groups[gu] {
            let same_plan: Vec<usize> = groups[gv]
                .iter()
                .copied()
                .filter(|&b| unit_plan[b] == unit_plan[a])
                .collect();
            let already = groups[gu]
                .iter()
                .filter(|&&x| unit_plan[x] == unit_plan[a])
                .count();
            match same_plan.as_slice() {
                [] => {}
                [b] if already == 1 => {
                    let complementary = matches!(
                        (printing(a, &scorer), printing(*b, &scorer)),
                        (Some(true), Some(false)) | (Some(false), Some(true))
                    );
                    if !complementary || unit_score(&mut scorer, a, *b) < threshold {
                        ok = false;
                    }
                }
                _ => ok = false,
            }
            if !ok {
                break;
            }
        }
        if !ok {
            continue;
        }
        let mut sum = 0.0;
        let mut pairs_counted = 0usize;
        for &a in &groups[gu] {
            for &b in &groups[gv] {
                sum += unit_score(&mut scorer, a, b);
                pairs_counted += 1;
            }
        }
        if pairs_counted == 0 || sum / (pairs_counted as f64) < threshold {
            continue;
        }
        let moved = std::mem::take(&mut groups[gv]);
        for &x in &moved {
            group_of[x] = gu;
        }
        groups[gu].extend(moved);
    }

    // Results, in document order of the first plan each group reaches.
    let mut out = Vec::new();
    let mut matched = vec![false; n];
    for group in groups.iter().filter(|g| !g.is_empty()) {
        let plans: BTreeSet<usize> = group.iter().map(|&u| unit_plan[u]).collect();
        if plans.len() < 2 {
            continue;
        }
        let mut cross_sum = 0.0;
        let mut cross_pairs = 0usize;
        let mut members = Vec::new();
        for &p in &plans {
            let mine: Vec<usize> = group
                .iter()
                .copied()
                .filter(|&u| unit_plan[u] == p)
                .collect();
            let mut sum = 0.0;
            let mut pairs_counted = 0usize;
            for &a in &mine {
                for &b in group.iter().filter(|&&b| unit_plan[b] != p) {
                    let s = unit_score(&mut scorer, a, b);
                    sum += s;
                    pairs_counted += 1;
                }
            }
            cross_sum += sum;
            cross_pairs += pairs_counted;
            let mut tasks: Vec<usize> = mine
                .iter()
                .flat_map(|&u| units[u].iter().map(|&i| scorer.items[i].task))
                .collect();
            tasks.sort_unstable();
            for &u in &mine {
                for &i in &units[u] {
                    matched[i] = true;
                }
            }
            members.push((p, tasks, sum / (pairs_counted.max(1) as f64)));
        }
        // The representative task is the one closest to the other plans' tasks.
        let all: Vec<usize> = group
            .iter()
            .flat_map(|&u| units[u].iter().copied())
            .collect();
        let mut representative = all[0];
        let mut best_sum = f64::MIN;
        let mut sorted = all.clone();
        sorted.sort_unstable();
        for &i in &sorted {
            let mut s = 0.0;
            for &j in &sorted {
                if scorer.items[j].plan != scorer.items[i].plan {
                    s += scorer.item_score(i, j);
                }
            }
            if s > best_sum {
                best_sum = s;
                representative = i;
            }
        }
        let first = sorted[0];
        out.push((
            first,
            RawGroup {
                members,
                score: cross_sum / (cross_pairs.max(1) as f64),
                representative: (
                    scorer.items[representative].plan,
                    scorer.items[representative].task,
                ),
            },
        ));
    }
    out.sort_by_key(|(first, _)| *first);
    let mut unmatched = vec![Vec::new(); graphs.len()];
    for (i, item) in scorer.items.iter().enumerate() {
        if !matched[i] {
            unmatched[item.plan].push(item.task);
        }
    }
    Alignment {
        groups: out.into_iter().map(|(_, g)| g).collect(),
        unmatched,
    }
}
