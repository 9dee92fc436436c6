//! Deterministic synthetic plans, for benchmarks and property tests.
//!
//! Real plans are cut into pieces (head, numbered parts, closing, appendices; see
//! `source`) and recombined into new plans of any size from about 1 KB to tens
//! of megabytes: parts drawn in a new order and renumbered (grouped into
//! articles when long), agencies swapped, deadline months, quarters and years
//! redrawn, document numbers changed, tables switched between pipes and tabs and
//! some rows broken over page breaks with the header repeated. The same corpus,
//! seed and size always give the same bytes.
//!
//! Synthetic plans have no gold annotation: they measure speed and check
//! invariants (no panic, spans inside the input, determinism), never accuracy.

pub mod adversarial;
mod plan;
pub mod rng;
mod source;

use std::path::Path;

use rng::Rng;

/// The pieces of real plans that synthetic ones are built from.
#[derive(Debug, Clone)]
pub struct Corpus {
    pieces: source::Pieces,
}

impl Corpus {
    /// Pool the pieces of these plans. `None` when none of them has a numbered part
    /// to recombine.
    pub fn from_texts<I, S>(texts: I) -> Option<Corpus>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut pieces = source::Pieces::default();
        for t in texts {
            source::add_plan(t.as_ref(), &mut pieces);
        }
        if pieces.parts.is_empty() {
            None
        } else {
            Some(Corpus { pieces })
        }
    }

    /// Every `.txt` and `.md` file directly in `dir`, in sorted name order; files
    /// that are not UTF-8 are skipped.
    pub fn from_dir(dir: &Path) -> std::io::Result<Corpus> {
        let mut paths: Vec<_> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
            })
            .collect();
        paths.sort();
        let mut texts = Vec::new();
        for p in paths {
            if let Ok(t) = String::from_utf8(std::fs::read(&p)?) {
                texts.push(t);
            }
        }
        Corpus::from_texts(texts).ok_or_else(|| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "{}: no plan with numbered parts to recombine",
                    dir.display()
                ),
            )
        })
    }

    /// One synthetic plan of about `size` bytes (it ends at a line boundary, so it
    /// may be a line longer or, for tiny sizes, a little shorter).
    pub fn plan(&self, seed: u64, size: usize) -> String {
        plan::Builder::new(&self.pieces, seed, size).build(size)
    }

    /// Plan number `index` of the run seeded `seed`, its size drawn from `sizes`.
    /// Any item can be built alone: it does not depend on the others.
    pub fn item(&self, seed: u64, index: u64, sizes: Sizes) -> String {
        let mut rng = Rng::for_item(seed, index);
        let size = sizes.draw(&mut rng);
        self.plan(rng.next_u64(), size)
    }
}

/// Sizes for a run of plans: one size, or a range drawn log-uniformly (as many
/// plans of 1–10 KB as of 10–100 KB).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    pub min: usize,
    pub max: usize,
}

impl Sizes {
    pub fn exactly(size: usize) -> Sizes {
        Sizes {
            min: size,
            max: size,
        }
    }

    fn draw(&self, rng: &mut Rng) -> usize {
        let (lo, hi) = (self.min.max(1), self.max.max(self.min.max(1)));
        if lo == hi {
            return lo;
        }
        let (a, b) = ((lo as f64).ln(), (hi as f64).ln());
        let u = rng.below(1 << 30) as f64 / (1u64 << 30) as f64;
        ((a + (b - a) * u).exp() as usize).clamp(lo, hi)
    }

    /// "50KB", "1MB", "1KB..50MB", "4096". KB and MB are powers of ten, KiB and
    /// MiB powers of two.
    pub fn parse(s: &str) -> Result<Sizes, String> {
        match s.split_once("..") {
            Some((a, b)) => {
                let (min, max) = (parse_size(a)?, parse_size(b)?);
                if min > max {
                    return Err(format!("{s}: the first size is larger than the second"));
                }
                Ok(Sizes { min, max })
            }
            None => parse_size(s).map(Sizes::exactly),
        }
    }
}

fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let digits = t
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(digits);
    let value: f64 = num
        .parse()
        .map_err(|_| format!("{s}: not a size (try 50KB, 2MB or 1KB..50MB)"))?;
    let scale = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "kib" => 1024.0,
        "m" | "mb" => 1e6,
        "mib" => 1024.0 * 1024.0,
        "g" | "gb" => 1e9,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        _ => return Err(format!("{s}: unknown unit (B, KB, KiB, MB, MiB, GB, GiB)")),
    };
    let bytes = value * scale;
    if !(1.0..=1e12).contains(&bytes) {
        return Err(format!("{s}: size out of range"));
    }
    Ok(bytes as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = "ỦY BAN NHÂN DÂN TỈNH NAM SƠN\nSố: 12/KH-UBND\nKẾ HOẠCH\n\
        I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm tiến độ.\nII. NHIỆM VỤ\n\
        1. Sở Tài chính bố trí kinh phí, hoàn thành Tháng 3/2023.\n\
        2. Công an tỉnh chủ trì kết nối dữ liệu dân cư; thời hạn: Quý II/2023.\n\
        III. TỔ CHỨC THỰC HIỆN\nCác sở, ban, ngành triển khai Kế hoạch này.\n\
        Nơi nhận:\n- Như trên;\nPHỤ LỤC I\nDANH MỤC NHIỆM VỤ\n\
        TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n\
        1 | Rà soát, làm sạch dữ liệu hộ tịch trên địa bàn tỉnh và cập nhật | Sở Tư pháp | Tháng 5/2024 |\n\
        2 | Kết nối dữ liệu bảo hiểm xã hội với cơ sở dữ liệu dân cư quốc gia | Bảo hiểm xã hội tỉnh | Tháng 9/2024 |\n\
        3 | Tuyên truyền | Sở Thông tin và Truyền thông | Năm 2024 |\n";

    #[test]
    fn sizes_parse() {
        assert_eq!(Sizes::parse("50KB"), Ok(Sizes::exactly(50_000)));
        assert_eq!(Sizes::parse("1KiB"), Ok(Sizes::exactly(1024)));
        assert_eq!(
            Sizes::parse("1KB..50MB"),
            Ok(Sizes {
                min: 1000,
                max: 50_000_000
            })
        );
        assert!(Sizes::parse("10MB..1KB").is_err());
        assert!(Sizes::parse("lots").is_err());
        assert!(Sizes::parse("0").is_err());
        let mut rng = Rng::new(1);
        let s = Sizes::parse("1KB..50MB").unwrap_or(Sizes::exactly(1));
        for _ in 0..100 {
            let v = s.draw(&mut rng);
            assert!((1000..=50_000_000).contains(&v));
        }
    }

    #[test]
    fn deterministic_and_near_the_size() {
        let Some(corpus) = Corpus::from_texts([PLAN]) else {
            panic!("the test plan has parts");
        };
        for size in [1_000, 20_000, 300_000] {
            let a = corpus.plan(7, size);
            assert_eq!(a, corpus.plan(7, size));
            assert!(
                a.len() >= size / 2 && a.len() <= size + 1_000,
                "{size}: {}",
                a.len()
            );
        }
        assert_ne!(corpus.plan(7, 20_000), corpus.plan(8, 20_000));
        assert!(corpus.plan(7, 300_000).contains("Điều 2. "));
        assert!(Corpus::from_texts(["no parts here"]).is_none());
    }
}
