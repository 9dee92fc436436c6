//! End-to-end tests of the `kehoach` binary on temporary directories.

mod support;

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use serde_json::{json, Value};
use support::*;

const GOOD_PLAN: &str = "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 183/KH-UBND\n\nKẾ HOẠCH\n\
Triển khai Đề án 06\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm sử dụng danh tính điện tử.\n";

fn write(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create parent");
    }
    fs::write(path, bytes).expect("write test input");
}

fn corpus_inputs() -> Vec<String> {
    let dir = manifest_dir().join(CORPUS);
    let mut names: Vec<String> = entries(&dir)
        .into_iter()
        .filter(|n| n.ends_with(".txt") || n.ends_with(".md"))
        .collect();
    names.sort();
    names
}

#[test]
fn corpus_outputs_validate_against_the_committed_schema_and_contract() {
    let out_dir = tempfile::tempdir().expect("tempdir");
    let out = kehoach()
        .current_dir(manifest_dir())
        .args(["convert", CORPUS, "-o"])
        .arg(out_dir.path())
        .output()
        .expect("run kehoach");
    assert_eq!(out.status.code(), Some(0), "stderr:\n{}", stderr(&out));

    let inputs = corpus_inputs();
    assert!(inputs.len() >= 5, "corpus went missing: {inputs:?}");
    let expected: Vec<String> = inputs
        .iter()
        .map(|n| format!("{}.json", n.rsplit_once('.').map_or(n.as_str(), |(s, _)| s)))
        .collect();
    let mut expected_sorted = expected.clone();
    expected_sorted.sort();
    assert_eq!(
        entries(out_dir.path()),
        expected_sorted,
        "one JSON per corpus file and nothing else"
    );

    // Collect every file's problems before failing, so one run shows them all.
    let validator = SchemaValidator::committed();
    let mut failures = Vec::new();
    for (input, output) in inputs.iter().zip(&expected) {
        let graph = read_json(&out_dir.path().join(output));
        if let Some(errors) = validator.errors(&graph) {
            failures.push(format!(
                "{output} does not validate against schema/kehoach-v1.schema.json:\n{errors}"
            ));
        }
        let problems = contract_violations(&graph, &validator.schema);
        if !problems.is_empty() {
            failures.push(format!(
                "{output} breaks the contract of schema-v1.md:\n  {}",
                problems.join("\n  ")
            ));
        }
        let path = graph["document"]["source"]["path"]
            .as_str()
            .unwrap_or_default();
        if !path.ends_with(&format!("corpus/{input}")) {
            failures.push(format!("{output}: source.path is {path:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    let summary = summary(&out);
    let n = inputs.len();
    assert!(
        summary.starts_with(&format!("kehoach: {n} files, {n} converted (")),
        "{summary}"
    );
    assert!(summary.contains("), 0 failed, "), "{summary}");
    let statuses = report_lines(&out)
        .into_iter()
        .filter(|l| l.starts_with("kehoach: converted"))
        .count();
    assert_eq!(statuses, n, "one status line per input:\n{}", stderr(&out));
}

#[test]
fn the_contract_checks_catch_violations() {
    // The corpus test is only as good as these checks; make sure they bite.
    let validator = SchemaValidator::committed();
    let span = json!({"start_line": 1, "end_line": 1, "start_byte": 0, "end_byte": 3});
    let task = json!({
        "id": "I/1", "origin": "narrative", "label": "1", "path": ["I", "1"], "section": "I",
        "text": "x", "lead": ["agency:a"], "support": [], "lead_raw": "A", "support_raw": null, "implicit_lead": null,
        "deadline": {"raw": null, "kind": "none", "start": null, "end": null, "dates": []},
        "output": null, "extra": [], "span": span,
    });
    let good = json!({
        "schema_version": "1.0",
        "document": {"id": "d", "source": {"path": "a.txt", "sha256": "00", "bytes": 3, "format": "text",
                     "encoding": "utf-8"}, "number": null, "doc_type": null, "issuer": null, "place": null,
                     "issued_on": null, "signer": null, "title": null},
        "sections": [{"id": "I", "label": "I", "title": null, "parent": null, "role": "tasks", "span": span}],
        "tasks": [task],
        "agencies": [{"id": "agency:a", "name": "A", "mentions": ["A"], "level": null}],
        "references": [], "tables": [],
        "edges": [{"from": "I/1", "to": "agency:a", "kind": "lead"}],
        "diagnostics": [],
    });
    assert_eq!(validator.errors(&good), None);
    assert_eq!(
        contract_violations(&good, &validator.schema),
        Vec::<String>::new()
    );

    let mut missing_null = good.clone();
    missing_null["tasks"][0]
        .as_object_mut()
        .map(|t| t.remove("output"));
    let problems = contract_violations(&missing_null, &validator.schema);
    assert!(
        problems.iter().any(|p| p.contains("\"output\"")),
        "{problems:?}"
    );

    let mut dangling = good.clone();
    dangling["edges"][0]["to"] = json!("agency:nobody");
    dangling["tasks"][0]["section"] = json!("II");
    let problems = contract_violations(&dangling, &validator.schema);
    assert!(
        problems.iter().any(|p| p.contains("agency:nobody")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("unknown section \"II\"")),
        "{problems:?}"
    );

    let mut duplicate = good.clone();
    duplicate["tasks"][0]["id"] = json!("I");
    let problems = contract_violations(&duplicate, &validator.schema);
    assert!(
        problems.iter().any(|p| p.contains("duplicate id \"I\"")),
        "{problems:?}"
    );

    let mut wrong_type = good;
    wrong_type["tasks"][0]["origin"] = json!("rumour");
    assert!(validator.errors(&wrong_type).is_some());
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let runs: Vec<(tempfile::TempDir, std::process::Output)> = ["1", "2"]
        .iter()
        .map(|threads| {
            let dir = tempfile::tempdir().expect("tempdir");
            let out = kehoach()
                .current_dir(manifest_dir())
                .env("RAYON_NUM_THREADS", threads)
                .args(["convert", CORPUS, "-o"])
                .arg(dir.path().join("out"))
                .output()
                .expect("run kehoach");
            assert_eq!(out.status.code(), Some(0), "stderr:\n{}", stderr(&out));
            (dir, out)
        })
        .collect();
    let (one, two) = (&runs[0], &runs[1]);
    let names = entries(&one.0.path().join("out"));
    assert_eq!(names, entries(&two.0.path().join("out")));
    assert!(!names.is_empty());
    for name in &names {
        let a = fs::read(one.0.path().join("out").join(name)).expect("read");
        let b = fs::read(two.0.path().join("out").join(name)).expect("read");
        assert!(a == b, "{name} differs between 1 and 2 threads");
    }
    // The per-input report is in input order either way (paths differ only in OUTDIR).
    let strip = |out: &std::process::Output, dir: &Path| -> Vec<String> {
        let root = dir.to_string_lossy().into_owned();
        report_lines(out)
            .into_iter()
            .map(|l| l.replace(&root, "TMP"))
            .collect()
    };
    assert_eq!(strip(&one.1, one.0.path()), strip(&two.1, two.0.path()));
}

#[test]
fn bad_inputs_are_reported_and_the_rest_converted() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("in");
    write(
        &input.join("binary.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    );
    write(&input.join("empty.txt"), b"");
    // Line 2, byte 14: a lone 0xFF that neither UTF-8 nor windows-1258 explains.
    write(&input.join("latin.txt"), b"line one\nline \xff\xfe two\n");
    write(&input.join("good.txt"), GOOD_PLAN.as_bytes());
    write(
        &input.join("notes.pdf"),
        b"%PDF-1.4 not taken: not .txt or .md",
    );
    let out_dir = tmp.path().join("out");
    let missing = tmp.path().join("no-such-file.txt");

    let out = kehoach()
        .arg("convert")
        .arg(&input)
        .arg(&missing)
        .arg("-o")
        .arg(&out_dir)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "stderr:\n{}", stderr(&out));
    assert_eq!(
        entries(&out_dir),
        ["good.json"],
        "only the good input is written, no temporary files left"
    );
    assert_eq!(
        read_json(&out_dir.join("good.json"))["schema_version"],
        "1.0"
    );

    let shown = |name: &str| input.join(name).to_string_lossy().into_owned();
    let missing_shown = missing.to_string_lossy().into_owned();
    let lines = report_lines(&out);
    let expected_errors = [
        format!(
            "kehoach: error: {}: binary data, not text",
            shown("binary.txt")
        ),
        format!("kehoach: error: {}: empty file", shown("empty.txt")),
        format!(
            "kehoach: error: {}:2: invalid UTF-8 at line 2, byte offset 14",
            shown("latin.txt")
        ),
        format!("kehoach: error: {missing_shown}: cannot read: "),
    ];
    for expected in &expected_errors {
        assert!(
            lines.iter().any(|l| l.starts_with(expected.as_str())),
            "no line starting {expected:?} in:\n{}",
            stderr(&out)
        );
    }
    // One status line per input, in input order: the directory's files sorted, then the missing file.
    let statuses: Vec<&String> = lines
        .iter()
        .filter(|l| !l.starts_with("kehoach: error:"))
        .collect();
    let good_status = format!("kehoach: converted: {} -> ", shown("good.txt"));
    assert_eq!(statuses.len(), 5, "{statuses:?}");
    assert_eq!(
        statuses[0],
        &format!("kehoach: failed: {}", shown("binary.txt"))
    );
    assert_eq!(
        statuses[1],
        &format!("kehoach: failed: {}", shown("empty.txt"))
    );
    assert!(
        statuses[2].starts_with(&good_status)
            || statuses[2].starts_with("kehoach: converted with warnings: ")
    );
    assert_eq!(
        statuses[3],
        &format!("kehoach: failed: {}", shown("latin.txt"))
    );
    assert_eq!(statuses[4], &format!("kehoach: failed: {missing_shown}"));

    let summary = summary(&out);
    assert!(
        summary.starts_with("kehoach: 5 files, 1 converted ("),
        "{summary}"
    );
    assert!(summary.contains("), 4 failed, "), "{summary}");
}

#[test]
fn inputs_over_the_size_limit_are_refused() {
    let tmp = tempfile::tempdir().expect("tempdir");
    write(
        &tmp.path().join("in/big.txt"),
        GOOD_PLAN.repeat(4).as_bytes(),
    );
    write(&tmp.path().join("in/small.txt"), b"Ke hoach\n");
    let out = kehoach()
        .args(["convert", "--max-bytes", "100"])
        .arg(tmp.path().join("in"))
        .arg("-o")
        .arg(tmp.path().join("out"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "stderr:\n{}", stderr(&out));
    assert!(
        stderr(&out).contains("big.txt: too large: "),
        "{}",
        stderr(&out)
    );
    assert_eq!(entries(&tmp.path().join("out")), ["small.json"]);

    // Standard input has no size to check up front; the limit still holds.
    let out = run_with_stdin(
        &["convert", "--max-bytes", "100", "-"],
        GOOD_PLAN.repeat(4).as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("kehoach: error: -: too large"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = kehoach()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn kehoach");
    let mut stdin = child.stdin.take().expect("stdin");
    // kehoach may stop reading early (size limit); a closed pipe is fine here.
    let _ = stdin.write_all(input);
    drop(stdin);
    child.wait_with_output().expect("wait for kehoach")
}

#[test]
fn stdin_converts_to_stdout_pretty_by_default_or_compact() {
    let out = run_with_stdin(&["convert", "-"], GOOD_PLAN.as_bytes());
    assert_eq!(out.status.code(), Some(0), "stderr:\n{}", stderr(&out));
    let text = stdout(&out);
    let graph: Value = serde_json::from_str(&text).expect("stdout is one JSON document");
    assert_eq!(graph["document"]["source"]["path"], "-");
    assert_eq!(graph["document"]["source"]["bytes"], GOOD_PLAN.len());
    assert!(
        text.lines().count() > 10 && text.ends_with("}\n"),
        "pretty by default:\n{text}"
    );
    assert!(
        out.stderr.is_empty(),
        "a successful single conversion is quiet: {}",
        stderr(&out)
    );

    let out = run_with_stdin(&["convert", "--compact", "-"], GOOD_PLAN.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out).lines().count(), 1, "compact is one line");
    assert_eq!(
        serde_json::from_str::<Value>(&stdout(&out)).expect("JSON"),
        graph
    );

    // With -o, standard input is written as stdin.json.
    let tmp = tempfile::tempdir().expect("tempdir");
    let out_dir = tmp.path().join("out").to_string_lossy().into_owned();
    let out = run_with_stdin(&["convert", "-", "-o", &out_dir], GOOD_PLAN.as_bytes());
    assert_eq!(out.status.code(), Some(0), "stderr:\n{}", stderr(&out));
    assert_eq!(entries(Path::new(&out_dir)), ["stdin.json"]);
    let written = fs::read_to_string(Path::new(&out_dir).join("stdin.json")).expect("read");
    assert_eq!(written.lines().count(), 1, "compact by default in OUTDIR");
}

#[test]
fn a_single_file_goes_to_stdout_and_errors_name_file_and_line() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let bad = tmp.path().join("bad.txt");
    write(&bad, b"first\nsecond\nthird \xc3\x28 line\n");
    let out = kehoach().arg("convert").arg(&bad).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        stderr(&out),
        format!(
            "kehoach: error: {}:3: invalid UTF-8 at line 3, byte offset 19\n",
            bad.to_string_lossy()
        )
    );

    let good = tmp.path().join("good.md");
    write(&good, GOOD_PLAN.as_bytes());
    let out = kehoach().arg("convert").arg(&good).output().expect("run");
    assert_eq!(out.status.code(), Some(0), "stderr:\n{}", stderr(&out));
    let graph: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(
        graph["document"]["source"]["path"],
        good.to_string_lossy().as_ref()
    );
}

#[test]
fn same_stem_inputs_get_distinct_deterministic_names() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("in");
    write(&input.join("a/plan.txt"), GOOD_PLAN.as_bytes());
    write(&input.join("b/plan.txt"), GOOD_PLAN.as_bytes());
    write(&input.join("plan.md"), GOOD_PLAN.as_bytes());
    for _ in 0..2 {
        let out_dir = tmp.path().join("out");
        let out = kehoach()
            .arg("convert")
            .arg(&input)
            .arg("-o")
            .arg(&out_dir)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(0), "stderr:\n{}", stderr(&out));
        assert_eq!(
            entries(&out_dir),
            ["plan-2.json", "plan-3.json", "plan.json"]
        );
        for (name, source) in [
            ("plan.json", "a/plan.txt"),
            ("plan-2.json", "b/plan.txt"),
            ("plan-3.json", "plan.md"),
        ] {
            let path = read_json(&out_dir.join(name))["document"]["source"]["path"]
                .as_str()
                .unwrap_or("")
                .to_string();
            assert_eq!(path, input.join(source).to_string_lossy(), "{name}");
        }
        let warnings: Vec<String> = report_lines(&out)
            .into_iter()
            .filter(|l| l.starts_with("kehoach: warning: "))
            .collect();
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("writing plan-2.json"), "{warnings:?}");
        assert!(warnings[1].contains("writing plan-3.json"), "{warnings:?}");
    }
}

#[test]
fn an_output_dir_that_cannot_be_created_is_a_usage_failure() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let file = tmp.path().join("regular-file");
    write(&file, b"not a directory");
    let good = tmp.path().join("good.txt");
    write(&good, GOOD_PLAN.as_bytes());
    for out_dir in [file.join("out"), file.clone()] {
        let out = kehoach()
            .arg("convert")
            .arg(&good)
            .arg("-o")
            .arg(&out_dir)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "stderr:\n{}", stderr(&out));
        let expected = format!(
            "kehoach: error: cannot create output directory {}: ",
            out_dir.to_string_lossy()
        );
        assert!(stderr(&out).starts_with(&expected), "{}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"));
    }
    assert_eq!(fs::read(&file).expect("read"), b"not a directory");
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let a = tmp.path().join("a.txt");
    let b = tmp.path().join("b.txt");
    write(&a, GOOD_PLAN.as_bytes());
    write(&b, GOOD_PLAN.as_bytes());
    let cases: Vec<(Vec<std::ffi::OsString>, &str)> = vec![
        (
            vec!["convert".into(), a.clone().into(), b.clone().into()],
            "needs -o OUTDIR",
        ),
        (vec!["convert".into(), tmp.path().into()], "is a directory"),
        (
            vec![
                "convert".into(),
                "-".into(),
                "-".into(),
                "-o".into(),
                tmp.path().join("o").into(),
            ],
            "only once",
        ),
        (
            vec![
                "convert".into(),
                a.clone().into(),
                "--registry".into(),
                tmp.path().join("none.toml").into(),
            ],
            "none.toml",
        ),
        (
            vec!["convert".into(), "--no-such-flag".into(), a.clone().into()],
            "--no-such-flag",
        ),
        (
            vec![
                "convert".into(),
                "--pretty".into(),
                "--compact".into(),
                a.into(),
            ],
            "cannot be used with",
        ),
    ];
    for (args, message) in cases {
        let out = kehoach()
            .args(&args)
            .stdin(Stdio::null())
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let empty_dir = tmp.path().join("empty");
    fs::create_dir(&empty_dir).expect("mkdir");
    let out = kehoach()
        .arg("convert")
        .arg(&empty_dir)
        .arg("-o")
        .arg(tmp.path().join("o2"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("nothing to convert"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn hostile_file_names_cannot_escape_outdir() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("in");
    let long = format!("{}.txt", "x".repeat(240));
    let hostile = [
        "...txt",
        "..txt",
        ".hidden.txt",
        "red\x1b[31m.txt",
        "new\nline.txt",
        "back\\slash.txt",
        "CON.txt",
        &long,
    ];
    for name in hostile {
        write(&input.join(name), GOOD_PLAN.as_bytes());
    }
    let out_dir = tmp.path().join("out");
    let out = kehoach()
        .arg("convert")
        .arg(&input)
        .arg("-o")
        .arg(&out_dir)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "stderr:\n{}", stderr(&out));

    assert_eq!(
        entries(tmp.path()),
        ["in", "out"],
        "nothing written beside OUTDIR"
    );
    let written = entries(&out_dir);
    assert_eq!(written.len(), hostile.len(), "{written:?}");
    for name in &written {
        assert!(
            name.ends_with(".json") && !name.starts_with('.'),
            "{name:?}"
        );
        assert!(
            !name.chars().any(char::is_control) && !name.contains(['/', '\\']),
            "{name:?}"
        );
        assert!(name.len() <= 130, "{name:?} is too long");
        assert!(fs::symlink_metadata(out_dir.join(name))
            .expect("stat")
            .is_file());
    }
    assert!(
        !out.stderr.contains(&0x1b),
        "control characters reach the terminal: {:?}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn writes_replace_links_instead_of_following_them() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().expect("tempdir");
    write(&tmp.path().join("in/plan.txt"), GOOD_PLAN.as_bytes());
    let out_dir = tmp.path().join("out");
    fs::create_dir(&out_dir).expect("mkdir");
    let victim = tmp.path().join("victim");
    let stale_victim = tmp.path().join("stale-victim");
    write(&victim, b"keep me");
    write(&stale_victim, b"keep me too");
    // A planted link at the output path, and one at the temporary path as an
    // interrupted run (or an attacker) might leave it.
    symlink(&victim, out_dir.join("plan.json")).expect("symlink");
    symlink(&stale_victim, out_dir.join(".plan.json.tmp")).expect("symlink");

    let out = kehoach()
        .arg("convert")
        .arg(tmp.path().join("in"))
        .arg("-o")
        .arg(&out_dir)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "stderr:\n{}", stderr(&out));
    assert_eq!(fs::read(&victim).expect("read"), b"keep me");
    assert_eq!(fs::read(&stale_victim).expect("read"), b"keep me too");
    assert_eq!(
        entries(&out_dir),
        ["plan.json"],
        "the stale temporary file is gone"
    );
    assert!(fs::symlink_metadata(out_dir.join("plan.json"))
        .expect("stat")
        .is_file());
    assert_eq!(
        read_json(&out_dir.join("plan.json"))["schema_version"],
        "1.0"
    );
}

#[test]
fn a_closed_stdout_ends_quietly() {
    // kehoach reads all of standard input before writing anything, so closing
    // the reading end first makes its write fail with a broken pipe for sure.
    let mut child = kehoach()
        .args(["convert", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn kehoach");
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(GOOD_PLAN.as_bytes()).expect("write stdin");
    drop(stdin);
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0), "stderr:\n{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

#[test]
fn schema_command_matches_the_committed_schema() {
    let out = kehoach().arg("schema").output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    let committed = fs::read_to_string(committed_schema_path()).unwrap_or_default();
    assert!(
        stdout(&out) == committed,
        "schema/kehoach-v1.schema.json is out of date with the kehoach-model types.\n\
         Regenerate it from the workspace root with:\n  \
         cargo run -q -p kehoach-cli -- schema > schema/kehoach-v1.schema.json"
    );
    assert!(committed.ends_with("}\n"));
}

#[test]
fn help_documents_the_exit_codes() {
    for args in [&["--help"][..], &["convert", "--help"][..]] {
        let out = kehoach().args(args).output().expect("run");
        assert_eq!(out.status.code(), Some(0));
        let help = stdout(&out);
        for line in [
            "Exit codes:",
            "  0  every input",
            "  1  at least one input failed",
            "  2  usage error",
        ] {
            assert!(help.contains(line), "{args:?} help lacks {line:?}:\n{help}");
        }
    }
}

#[test]
fn the_same_file_given_twice_is_converted_once() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let plan = tmp.path().join("in/plan.txt");
    write(&plan, GOOD_PLAN.as_bytes());
    let out_dir = tmp.path().join("out");
    let out = kehoach()
        .arg("convert")
        .arg(&plan)
        .arg(tmp.path().join("in"))
        .arg("-o")
        .arg(&out_dir)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "stderr:\n{}", stderr(&out));
    assert_eq!(entries(&out_dir), ["plan.json"]);
    assert!(
        stderr(&out).contains("given more than once; converted once"),
        "{}",
        stderr(&out)
    );
    assert!(
        summary(&out).starts_with("kehoach: 1 files, 1 converted ("),
        "{}",
        summary(&out)
    );
}

/// README promises that kehoach never fetches or runs anything an input
/// names. It holds by construction: no pipeline or CLI source opens sockets
/// or starts processes. Keep it that way, or change the README.
#[test]
fn no_source_opens_network_connections_or_runs_programs() {
    let crates = manifest_dir().join("..");
    let forbidden = [
        "std::net",
        "TcpStream",
        "UdpSocket",
        "process::Command",
        "Command::new",
    ];
    let mut stack = vec![crates.clone()];
    let mut scanned = 0;
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("read crates dir") {
            let path = entry.expect("entry").path();
            let in_tests = path
                .components()
                .any(|c| c.as_os_str() == "tests" || c.as_os_str() == "target");
            if path.is_dir() && !in_tests {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !in_tests {
                let text = fs::read_to_string(&path).expect("read source");
                // Unit tests at the end of a file may spawn things; only the code before them counts.
                let code = text.split("#[cfg(test)]").next().unwrap_or("");
                for word in forbidden {
                    assert!(!code.contains(word), "{} uses {word}", path.display());
                }
                scanned += 1;
            }
        }
    }
    assert!(
        scanned >= 10,
        "only {scanned} source files found under {}",
        crates.display()
    );
    let lock = fs::read_to_string(manifest_dir().join("../../Cargo.lock")).expect("Cargo.lock");
    for client in [
        "\"reqwest\"",
        "\"ureq\"",
        "\"hyper\"",
        "\"curl\"",
        "\"attohttpc\"",
    ] {
        assert!(
            !lock.contains(&format!("name = {client}")),
            "Cargo.lock has an HTTP client: {client}"
        );
    }
}

#[cfg(unix)]
#[test]
fn directory_walk_takes_plan_files_and_does_not_follow_directory_links() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("in");
    write(&input.join("UPPER.TXT"), GOOD_PLAN.as_bytes());
    write(&input.join("deep/er/notes.Md"), GOOD_PLAN.as_bytes());
    write(&input.join("skip.json"), b"{}");
    write(&tmp.path().join("elsewhere.txt"), GOOD_PLAN.as_bytes());
    symlink(tmp.path().join("elsewhere.txt"), input.join("linked.txt")).expect("symlink");
    // A link back to the directory itself would make a naive walk endless.
    symlink(&input, input.join("loop")).expect("symlink");
    let out_dir = tmp.path().join("out");
    let out = kehoach()
        .arg("convert")
        .arg(&input)
        .arg("-o")
        .arg(&out_dir)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "stderr:\n{}", stderr(&out));
    assert_eq!(
        entries(&out_dir),
        ["UPPER.json", "linked.json", "notes.json"]
    );
    assert!(
        stderr(&out).contains("loop: symbolic link to a directory, not followed"),
        "{}",
        stderr(&out)
    );
}
