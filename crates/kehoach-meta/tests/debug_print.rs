// temporary
#[test]
fn dump() {
    for f in [
        "binh-dinh-qd-ubnd-2023.txt",
        "dak-nong-468-qd-ubnd-2022.txt",
        "gia-lai-183-kh-ubnd-2022.txt",
        "hau-giang-de-an-06-2024.txt",
        "son-ninh-12-kh-cax-2022.txt",
    ] {
        let text = std::fs::read_to_string(format!("../../corpus/{f}")).unwrap();
        let lines: Vec<String> = text
            .lines()
            .map(|l| {
                l.replace("**", "")
                    .replace('*', "")
                    .trim_start_matches('#')
                    .trim()
                    .to_string()
            })
            .collect();
        let refs: Vec<&str> = lines.iter().map(|s| s.as_str()).collect();
        let m = kehoach_meta::extract_metadata(&refs);
        println!("== {f}\n number={:?} type={:?} issuer={:?} place={:?} date={:?} signer={:?}\n title={:?}\n lines={:?}", m.number, m.doc_type, m.issuer, m.place, m.issued_on.map(|d| d.to_string()), m.signer, m.title, m.lines);
        if std::env::var("CITES").is_ok() {
            for c in kehoach_meta::find_citations(&text) {
                println!(
                    "  {:?} | {} | {:?} | {:?} | {:?} | <<{}>>",
                    c.doc_type,
                    c.number,
                    c.issued_on.map(|d| d.to_string()),
                    c.year,
                    c.issuer,
                    &text[c.start..c.end]
                );
            }
        }
    }
}

#[test]
fn missed() {
    let re = regex::Regex::new(r"\d+ ?/ ?[\p{L}\d]*\p{L}[\p{L}\d/\-]*").unwrap();
    for f in [
        "binh-dinh-qd-ubnd-2023.txt",
        "dak-nong-468-qd-ubnd-2022.txt",
        "gia-lai-183-kh-ubnd-2022.txt",
        "hau-giang-de-an-06-2024.txt",
        "son-ninh-12-kh-cax-2022.txt",
    ] {
        let text = std::fs::read_to_string(format!("../../corpus/{f}")).unwrap();
        let cs = kehoach_meta::find_citations(&text);
        for m in re.find_iter(&text) {
            if !cs
                .iter()
                .any(|c| c.start <= m.start() && m.end() <= c.end + 2)
            {
                let s = text[..m.start()]
                    .char_indices()
                    .rev()
                    .nth(40)
                    .map(|x| x.0)
                    .unwrap_or(0);
                println!("MISSED {f}: ...{}", &text[s..m.end()]);
            }
        }
    }
}
