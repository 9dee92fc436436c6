use kehoach_tables::*;
#[test]
fn dump() {
    let path = std::env::var("DUMP").unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.split('\n').collect();
    for t in find_tables(&lines) {
        println!("TABLE header {} first {} last {} fmt {:?} app {:?} title {:?} declared {:?}", t.header_line+1, t.first_line+1, t.last_line+1, t.format, t.appendix_number, t.title, t.declared_rows);
        println!("  columns {:?}", t.columns);
        println!("  roles {:?}", t.roles);
        println!("  rows {} sections {} printed {}", t.rows.len(), t.sections.len(), t.printed_section_count());
        for s in &t.sections { println!("  SECTION {:?} {:?} {:?}", s.line.map(|l| l+1), s.label, s.title.as_deref().map(|t| t.chars().take(40).collect::<String>())); }
        for r in &t.rows {
            let cells: Vec<String> = if r.lines.len() > 1 { r.cells.clone() } else { r.cells.iter().map(|c| c.chars().take(30).collect()).collect() };
            println!("  ROW {:?} sec {:?} label {:?} {:?}", r.lines.iter().map(|l| l+1).collect::<Vec<_>>(), r.section, r.label, cells);
        }
        for d in &t.diagnostics { println!("  DIAG {:?} {} {} {}", d.line.map(|l| l+1), d.code, d.warning, d.message); }
    }
}
#[test]
fn dump_machine() {
    let Ok(path) = std::env::var("DUMPM") else { return };
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out = String::new();
    for t in find_tables(&lines) {
        for r in &t.rows {
            let get = |role| t.cell(r, role).unwrap_or("").to_string();
            out.push_str(&format!("{}\t{}\t{}\t{}\t{}\t{}\t{}\n", r.first_line + 1, r.label.clone().unwrap_or_default(), get(ColumnRole::Text), get(ColumnRole::Lead), get(ColumnRole::Support), get(ColumnRole::Deadline), get(ColumnRole::Output)));
        }
    }
    std::fs::write("/tmp/rows.txt", out).unwrap();
}
