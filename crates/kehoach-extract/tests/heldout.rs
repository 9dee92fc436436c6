//! Held-out accuracy gate.
//!
//! The bundled corpus is scored against `fixtures/gold/` (its hand-checked answers)
//! by the same gate. `fixtures/heldout/` holds plans that were written without looking at kehoach's
//! rules (other provinces, years, topics and layouts than `corpus/`), each with a
//! hand-checked gold file in `fixtures/heldout/gold/<stem>.gold.json` (format:
//! `fixtures/gold/SPEC.md`). This test converts every held-out plan, scores the
//! graph against its gold with a faithful port of the annotation scorer (`score.py`, which ships with the answers)
//! (same task matching, same name normalisation, same metrics), and fails when an
//! overall metric falls below the floor measured when the gate was added.
//!
//! The floors are a ratchet: when a pipeline fix raises a metric, raise its floor.
//! A fix that adds correct tasks can lower a *ratio* metric (lead/support/deadline
//! are shares of the matched tasks); look at the per-plan lines printed with
//! `cargo test -p kehoach-extract --test heldout -- --nocapture` before lowering one.
//!
//! Nothing here depends on a plan's file name except pairing a plan with its gold.

use kehoach_extract::{convert, Options};
use regex::Regex;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// Overall floors, in percent, set just below the scores measured after the fixes
/// these plans prompted (R 99.2, P 100, lead 97.5, support 98.3, deadline 99.2,
/// tables 100, meta 91.7 over 6 plans / 121 gold tasks). When this test was first
/// written, before kehoach had seen these plans, it measured R 79.3, P 88.1, lead
/// 86.5, support 88.5, deadline 99.0, tables 66.7, meta 91.7: that is the honest
/// figure for unseen plans. Losing a single matched task breaks the recall floor.
const FLOOR_RECALL: f64 = 99.0;
const FLOOR_PRECISION: f64 = 99.5;
const FLOOR_LEAD: f64 = 97.0;
const FLOOR_SUPPORT: f64 = 98.0;
const FLOOR_DEADLINE: f64 = 99.0;
const FLOOR_TABLES: f64 = 99.5;
const FLOOR_META: f64 = 91.5;

// ---------------------------------------------------------------------------
// Port of score.py
// ---------------------------------------------------------------------------

fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pat).expect("valid regex"))
}

/// score.py `norm`: NFC, lower case, dashes unified, markup characters dropped,
/// spaces collapsed, outer punctuation and one leading 'các'/'với'/'và' dropped.
fn norm(s: Option<&str>) -> String {
    static DASH: OnceLock<Regex> = OnceLock::new();
    static MARKUP: OnceLock<Regex> = OnceLock::new();
    static SPACES: OnceLock<Regex> = OnceLock::new();
    let Some(s) = s else {
        return String::new();
    };
    let mut s: String = s.nfc().collect::<String>().to_lowercase();
    s = s.replace(['–', '—', '‐'], "-");
    s = re(&DASH, r"\s*-\s*").replace_all(&s, " - ").into_owned();
    // Python: r"[\*_`<>/]|\b[bi]\b(?=>)" -> " ". Rust's regex has no look-ahead;
    // consuming the '>' with the tag letter only changes how many spaces appear,
    // and runs of spaces are collapsed right after.
    s = re(&MARKUP, r"[\*_`<>/]|\b[bi]>")
        .replace_all(&s, " ")
        .into_owned();
    s = re(&SPACES, r"\s+").replace_all(&s, " ").into_owned();
    let mut s: &str = s.trim_matches(|c| matches!(c, ' ' | '.' | ';' | ':' | ','));
    for p in ["các ", "với ", "và "] {
        if let Some(rest) = s.strip_prefix(p) {
            s = rest;
        }
    }
    s.trim().to_string()
}

/// score.py `text_key`: normalised text, non-word characters dropped, first `n` characters.
fn text_key(s: &str, n: usize) -> String {
    static NONWORD: OnceLock<Regex> = OnceLock::new();
    static SPACES: OnceLock<Regex> = OnceLock::new();
    let s = norm(Some(s));
    let s = re(&NONWORD, r"[^\w ]").replace_all(&s, "");
    let s = re(&SPACES, r"\s+").replace_all(&s, " ");
    s.chars().take(n).collect()
}

fn prefix(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

fn as_str(v: &Value) -> Option<&str> {
    v.as_str()
}

/// score.py `agency_names`: id -> {normalised canonical name and mentions}.
fn agency_names(out: &Value) -> HashMap<String, HashSet<String>> {
    let mut names = HashMap::new();
    for a in out["agencies"].as_array().into_iter().flatten() {
        let mut keys = HashSet::new();
        keys.insert(norm(a["name"].as_str()));
        for m in a["mentions"].as_array().into_iter().flatten() {
            keys.insert(norm(m.as_str()));
        }
        keys.retain(|k| !k.is_empty());
        let id = a["id"].as_str().unwrap_or_default().to_string();
        names.insert(id, keys);
    }
    names
}

/// score.py `resolve`: agency ids to their name sets (names given inline are tolerated).
fn resolve(ids: &Value, names: &HashMap<String, HashSet<String>>) -> Vec<HashSet<String>> {
    ids.as_array()
        .into_iter()
        .flatten()
        .map(|i| {
            let i = i.as_str().unwrap_or_default();
            match names.get(i) {
                Some(set) => set.clone(),
                None => HashSet::from([norm(Some(i))]),
            }
        })
        .collect()
}

/// score.py `agencies_match`: same number of agencies, each gold name found (first
/// fit) in a distinct output agency's name set.
fn agencies_match(gold: &Value, out_sets: &[HashSet<String>]) -> bool {
    let g: Vec<String> = gold
        .as_array()
        .into_iter()
        .flatten()
        .map(|x| norm(x.as_str()))
        .filter(|x| !x.is_empty())
        .collect();
    if g.len() != out_sets.len() {
        return false;
    }
    let mut used = vec![false; out_sets.len()];
    'names: for name in &g {
        for (j, s) in out_sets.iter().enumerate() {
            if !used[j] && s.contains(name) {
                used[j] = true;
                continue 'names;
            }
        }
        return false;
    }
    true
}

fn start_line(t: &Value) -> Option<i64> {
    let sp = &t["span"];
    sp.get("start_line")
        .and_then(Value::as_i64)
        .or_else(|| sp.get("line").and_then(Value::as_i64))
}

#[derive(Debug, Default, Clone, Copy)]
struct Score {
    gold: usize,
    out: usize,
    matched: usize,
    lead: usize,
    support: usize,
    deadline: usize,
    tables: usize,
    n_tables: usize,
    meta: usize,
    n_meta: usize,
}

impl std::ops::AddAssign for Score {
    fn add_assign(&mut self, o: Score) {
        self.gold += o.gold;
        self.out += o.out;
        self.matched += o.matched;
        self.lead += o.lead;
        self.support += o.support;
        self.deadline += o.deadline;
        self.tables += o.tables;
        self.n_tables += o.n_tables;
        self.meta += o.meta;
        self.n_meta += o.n_meta;
    }
}

fn pct(a: usize, b: usize, empty: f64) -> f64 {
    if b == 0 {
        empty
    } else {
        100.0 * a as f64 / b as f64
    }
}

impl Score {
    fn recall(&self) -> f64 {
        pct(self.matched, self.gold, 0.0)
    }
    fn precision(&self) -> f64 {
        pct(self.matched, self.out, 0.0)
    }
    fn lead_pct(&self) -> f64 {
        pct(self.lead, self.matched, 0.0)
    }
    fn support_pct(&self) -> f64 {
        pct(self.support, self.matched, 0.0)
    }
    fn deadline_pct(&self) -> f64 {
        pct(self.deadline, self.matched, 0.0)
    }
    fn tables_pct(&self) -> f64 {
        pct(self.tables, self.n_tables, 100.0)
    }
    fn meta_pct(&self) -> f64 {
        pct(self.meta, self.n_meta, 100.0)
    }
    /// The same summary line as score.py.
    fn summary(&self, label: &str) -> String {
        format!(
            "{label}: tasks R={:.1}% P={:.1}% lead={:.1}% support={:.1}% deadline={:.1}% \
             tables={:.1}% meta={:.1}% (gold {}, out {}, matched {})",
            self.recall(),
            self.precision(),
            self.lead_pct(),
            self.support_pct(),
            self.deadline_pct(),
            self.tables_pct(),
            self.meta_pct(),
            self.gold,
            self.out,
            self.matched
        )
    }
}

/// score.py `score`; `log` collects the --verbose lines.
fn score(gold: &Value, out: &Value, log: &mut Vec<String>) -> Score {
    let names = agency_names(out);
    let otasks: Vec<&Value> = out["tasks"].as_array().into_iter().flatten().collect();
    let gtasks: Vec<&Value> = gold["tasks"].as_array().into_iter().flatten().collect();
    let mut used: HashSet<usize> = HashSet::new();
    let mut matched: Vec<(&Value, &Value)> = Vec::new();
    for g in &gtasks {
        let gk = text_key(g["text_start"].as_str().unwrap_or(""), 24);
        let gk16 = prefix(&gk, 16);
        let gline = g["line"].as_i64().unwrap_or(i64::MIN / 2);
        let mut best: Option<usize> = None;
        for (j, t) in otasks.iter().enumerate() {
            if used.contains(&j) || t["origin"] != g["origin"] {
                continue;
            }
            let Some(ln) = start_line(t) else { continue };
            if (ln - gline).abs() > 1 {
                continue;
            }
            let ok = text_key(t["text"].as_str().unwrap_or(""), 60);
            if !gk16.is_empty() && !ok.contains(&gk16) {
                continue;
            }
            best = Some(j);
            if ln == gline {
                break;
            }
        }
        match best {
            Some(j) => {
                used.insert(j);
                matched.push((g, otasks[j]));
            }
            None => log.push(format!(
                "  missed {} line {}: {}",
                g["origin"].as_str().unwrap_or("?"),
                gline,
                prefix(g["text_start"].as_str().unwrap_or(""), 50)
            )),
        }
    }
    let origins: HashSet<&Value> = gtasks.iter().map(|g| &g["origin"]).collect();
    let extra: Vec<&Value> = otasks
        .iter()
        .enumerate()
        .filter(|(j, t)| !used.contains(j) && origins.contains(&t["origin"]))
        .map(|(_, t)| *t)
        .collect();
    for t in extra.iter().take(40) {
        log.push(format!(
            "  extra {} line {:?}: {}",
            t["origin"].as_str().unwrap_or("?"),
            start_line(t),
            prefix(t["text"].as_str().unwrap_or(""), 50)
        ));
    }
    let mut r = Score {
        gold: gtasks.len(),
        out: used.len() + extra.len(),
        matched: matched.len(),
        ..Score::default()
    };
    for (g, t) in &matched {
        let lo = agencies_match(&g["lead"], &resolve(&t["lead"], &names));
        let so = agencies_match(&g["support"], &resolve(&t["support"], &names));
        let (gd, td) = (&g["deadline"], &t["deadline"]);
        let dlo = gd["kind"] == td["kind"] && gd["start"] == td["start"] && gd["end"] == td["end"];
        r.lead += lo as usize;
        r.support += so as usize;
        r.deadline += dlo as usize;
        if !(lo && so && dlo) {
            log.push(format!(
                "  line {}: lead_ok={lo} support_ok={so} deadline_ok={dlo} (gold deadline {}..{} {}, out {}..{} {})",
                g["line"], gd["start"], gd["end"], gd["kind"], td["start"], td["end"], td["kind"]
            ));
        }
    }
    // Tables: a gold table matches an output table starting within 2 lines with the same row count.
    let gtab: Vec<&Value> = gold["tables"].as_array().into_iter().flatten().collect();
    let otab: Vec<&Value> = out["tables"].as_array().into_iter().flatten().collect();
    r.n_tables = gtab.len();
    for gt in &gtab {
        let gl = gt["line"].as_i64().unwrap_or(i64::MIN / 2);
        let hit = otab.iter().any(|ot| {
            ot["span"]["start_line"]
                .as_i64()
                .is_some_and(|ln| (ln - gl).abs() <= 2 && ot["rows"] == gt["rows"])
        });
        if hit {
            r.tables += 1;
        } else {
            log.push(format!(
                "  table at line {gl} with {} rows not reproduced",
                gt["rows"]
            ));
        }
    }
    // Metadata.
    let (gm, om) = (&gold["metadata"], &out["document"]);
    for k in [
        "number",
        "doc_type",
        "issuer",
        "place",
        "issued_on",
        "signer",
    ] {
        if gm.get(k).is_none() {
            continue;
        }
        r.n_meta += 1;
        if norm(as_str(&gm[k])) == norm(om.get(k).and_then(as_str)) {
            r.meta += 1;
        } else {
            log.push(format!("  metadata {k}: gold={} out={}", gm[k], om[k]));
        }
    }
    r
}

// ---------------------------------------------------------------------------
// The gate
// ---------------------------------------------------------------------------

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

/// Every gold file of `gold_dir` paired with the plan of the same stem
/// (`<stem>.txt` or `<stem>.md`) in `plan_dir`.
fn pairs(plan_dir: &Path, gold_dir: &Path) -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    let mut golds: Vec<PathBuf> = std::fs::read_dir(gold_dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", gold_dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(".gold.json"))
        })
        .collect();
    golds.sort();
    for g in golds {
        let name = g.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let stem = &name[..name.len() - ".gold.json".len()];
        let plan = ["txt", "md"]
            .iter()
            .map(|ext| plan_dir.join(format!("{stem}.{ext}")))
            .find(|p| p.is_file())
            .unwrap_or_else(|| panic!("no plan {stem}.txt or {stem}.md for {}", g.display()));
        out.push((plan, g));
    }
    out
}

struct Floors {
    recall: f64,
    precision: f64,
    lead: f64,
    support: f64,
    deadline: f64,
    tables: f64,
    meta: f64,
}

/// Convert every plan, score it against its gold file and fail below the floors.
fn gate(set: &str, pairs: &[(PathBuf, PathBuf)], floors: &Floors) {
    let mut total = Score::default();
    let mut report = Vec::new();
    for (plan, gold_path) in pairs {
        let bytes = std::fs::read(plan).unwrap_or_else(|e| panic!("{}: {e}", plan.display()));
        let name = plan.file_name().unwrap().to_string_lossy().into_owned();
        let graph = convert(&bytes, &name, &Options::default())
            .unwrap_or_else(|e| panic!("{}: conversion failed: {e}", plan.display()));
        let out = serde_json::to_value(&graph).expect("graph serialises");
        let gold: Value = serde_json::from_str(
            &std::fs::read_to_string(gold_path)
                .unwrap_or_else(|e| panic!("{}: {e}", gold_path.display())),
        )
        .unwrap_or_else(|e| panic!("{}: invalid JSON: {e}", gold_path.display()));
        let mut log = Vec::new();
        let r = score(&gold, &out, &mut log);
        let stem = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(&name);
        report.push(r.summary(stem));
        report.extend(log);
        total += r;
    }
    report.push(total.summary("score"));
    let report = report.join("\n");
    eprintln!("{report}");

    let checks = [
        ("recall", total.recall(), floors.recall),
        ("precision", total.precision(), floors.precision),
        ("lead", total.lead_pct(), floors.lead),
        ("support", total.support_pct(), floors.support),
        ("deadline", total.deadline_pct(), floors.deadline),
        ("tables", total.tables_pct(), floors.tables),
        ("meta", total.meta_pct(), floors.meta),
    ];
    let failed: Vec<String> = checks
        .iter()
        .filter(|(_, got, floor)| got < floor)
        .map(|(m, got, floor)| format!("{m} {got:.1}% < floor {floor:.1}%"))
        .collect();
    assert!(
        failed.is_empty(),
        "{set} accuracy dropped: {}\n{report}",
        failed.join(", ")
    );
}

#[test]
fn heldout_accuracy_does_not_drop() {
    let pairs = pairs(&repo("fixtures/heldout"), &repo("fixtures/heldout/gold"));
    assert!(
        pairs.len() >= 6,
        "expected at least 6 held-out plans, found {}",
        pairs.len()
    );
    let floors = Floors {
        recall: FLOOR_RECALL,
        precision: FLOOR_PRECISION,
        lead: FLOOR_LEAD,
        support: FLOOR_SUPPORT,
        deadline: FLOOR_DEADLINE,
        tables: FLOOR_TABLES,
        meta: FLOOR_META,
    };
    gate("held-out", &pairs, &floors);
}

/// The bundled corpus against its hand-checked answers (`fixtures/gold/`, copied from
/// the annotation set): the snapshots pin every detail, this states the accuracy.
#[test]
fn corpus_accuracy_does_not_drop() {
    let pairs = pairs(&repo("corpus"), &repo("fixtures/gold"));
    assert_eq!(pairs.len(), 5, "one gold file per bundled plan");
    let floors = Floors {
        recall: 99.5,
        precision: 99.5,
        lead: 99.5,
        support: 99.5,
        deadline: 99.5,
        tables: 100.0,
        meta: 100.0,
    };
    gate("corpus", &pairs, &floors);
}

#[test]
fn scorer_port_normalises_like_score_py() {
    // Spot checks of score.py's norm()/text_key() behaviour, so a change to the port is noticed.
    assert_eq!(norm(Some("Các sở, ban, ngành;")), "sở, ban, ngành");
    assert_eq!(
        norm(Some("Sở Lao động –Thương binh và Xã hội.")),
        "sở lao động - thương binh và xã hội"
    );
    assert_eq!(norm(Some("với  Công an tỉnh")), "công an tỉnh");
    assert_eq!(norm(Some("<b>II. Phục vụ</b>")), "ii. phục vụ");
    assert_eq!(norm(Some("**Sở Y tế**")), "sở y tế");
    assert_eq!(norm(None), "");
    assert_eq!(
        text_key("Tham mưu ban hành Chỉ thị: (của) Ban", 24),
        "tham mưu ban hành chỉ th"
    );
}
