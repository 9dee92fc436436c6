//! Bulk runs over every kind of input a user's converters produce: each input
//! is converted or fails with a reason, alone, and none goes missing from the
//! report; outputs that cannot be written cost only their input.
//!
//! File permissions do not stop root, and tests often run as root. Where a test
//! needs a permission to bite, it runs kehoach as an unprivileged user through
//! `setpriv` (util-linux) when the tests run as root; without `setpriv` those
//! checks are skipped with a note, and the checks that do not depend on
//! permissions (a dangling symbolic link, a directory where the output file
//! should go) still run.

// Shared with cli.rs, which uses all of it; this file needs only a part.
#[allow(dead_code)]
mod support;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use support::{entries, kehoach, read_json, report_lines, stderr, summary};

const NOBODY: &str = "65534";

fn write(path: &Path, bytes: &[u8]) {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).expect("create dir");
    }
    fs::write(path, bytes).expect("write");
}

fn chmod(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod");
}

fn plan() -> String {
    let path = support::manifest_dir().join("../../fixtures/ok/narrative-labelled-fields.txt");
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn running_as_root() -> bool {
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .and_then(|l| l.split_whitespace().nth(2).map(|euid| euid == "0"))
        })
        .unwrap_or(false)
}

/// A `kehoach` command for which file permissions apply: the plain binary for
/// an ordinary user, the binary run as `nobody` through `setpriv` for root.
/// `None` when permissions cannot be made to bite here.
fn unprivileged_kehoach() -> Option<Command> {
    if !running_as_root() {
        return Some(kehoach());
    }
    let drop = ["--reuid", NOBODY, "--regid", NOBODY, "--clear-groups"];
    let works = Command::new("setpriv")
        .args(drop)
        .arg(env!("CARGO_BIN_EXE_kehoach"))
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !works {
        eprintln!("note: running as root without a working setpriv: permission checks skipped");
        return None;
    }
    let mut cmd = Command::new("setpriv");
    cmd.args(drop).arg(env!("CARGO_BIN_EXE_kehoach"));
    cmd.env_remove("RAYON_NUM_THREADS");
    Some(cmd)
}

/// A temporary directory that an unprivileged kehoach can enter.
fn open_tempdir() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    chmod(tmp.path(), 0o755);
    tmp
}

fn utf16le(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    out
}

/// The report's status lines, without error lines and the summary.
fn statuses(out: &std::process::Output) -> Vec<String> {
    report_lines(out)
        .into_iter()
        .filter(|l| l.starts_with("kehoach: converted") || l.starts_with("kehoach: failed: "))
        .collect()
}

#[test]
fn every_input_of_a_mixed_run_is_reported_once_in_order() {
    let plan = plan();
    let tmp = open_tempdir();
    let dir = tmp.path().join("in");
    let legacy = |enc: &str| kehoach_decode::encode_legacy(&plan, enc).expect("encodable");
    // Sorted by name, as the directory walk takes them.
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("a-utf8.txt", plan.as_bytes().to_vec()),
        (
            "b-bom.txt",
            [b"\xEF\xBB\xBF".as_slice(), plan.as_bytes()].concat(),
        ),
        ("c-utf16.txt", utf16le(&plan)),
        ("d-windows-1258.txt", legacy("windows-1258")),
        ("e-tcvn3.txt", legacy("tcvn3")),
        ("f-vni.txt", legacy("vni")),
        ("g-crlf.md", plan.replace('\n', "\r\n").into_bytes()),
        (
            "h-prose.txt",
            "Ghi chép cuộc họp.\nKhông có nhiệm vụ nào.\n"
                .as_bytes()
                .to_vec(),
        ),
        (
            "i-binary.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec(),
        ),
        ("j-empty.txt", Vec::new()),
        ("k-broken.txt", b"Ke hoach\nmuc \xff\xfe hai\n".to_vec()),
    ];
    for (name, bytes) in &files {
        write(&dir.join(name), bytes);
    }
    // A link to nowhere, found by the walk: unreadable whatever the user.
    std::os::unix::fs::symlink(tmp.path().join("gone.txt"), dir.join("l-dangling.txt"))
        .expect("symlink");
    let missing = tmp.path().join("missing.txt");
    let out_dir = tmp.path().join("out");

    let mut child = kehoach()
        .arg("convert")
        .arg(&dir)
        .arg("-")
        .arg(&missing)
        .arg("-o")
        .arg(&out_dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(plan.as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(1), "stderr:\n{}", stderr(&out));

    let shown = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let mut expected: Vec<(String, bool)> = files
        .iter()
        .map(|(name, _)| {
            let fails =
                name.contains("binary") || name.contains("empty") || name.contains("broken");
            (shown(name), !fails)
        })
        .collect();
    expected.push((shown("l-dangling.txt"), false));
    expected.push(("-".to_string(), true));
    expected.push((missing.to_string_lossy().into_owned(), false));

    let got = statuses(&out);
    assert_eq!(
        got.len(),
        expected.len(),
        "one status per input:\n{}",
        stderr(&out)
    );
    for (line, (name, converts)) in got.iter().zip(&expected) {
        if *converts {
            assert!(
                line.starts_with(&format!("kehoach: converted: {name} -> "))
                    || line.starts_with(&format!("kehoach: converted with warnings: {name} -> ")),
                "{line:?} for {name}"
            );
        } else {
            assert_eq!(line, &format!("kehoach: failed: {name}"));
            let error = format!("kehoach: error: {name}");
            assert!(
                report_lines(&out).iter().any(|l| l.starts_with(&error)),
                "no error line for {name}:\n{}",
                stderr(&out)
            );
        }
    }
    let converted = expected.iter().filter(|(_, c)| *c).count();
    let summary = summary(&out);
    assert!(
        summary.starts_with(&format!(
            "kehoach: {} files, {converted} converted (",
            expected.len()
        )),
        "{summary}"
    );
    assert!(
        summary.contains(&format!("), {} failed, ", expected.len() - converted)),
        "{summary}"
    );

    // Every converted input has its file, nothing else is left behind, and the
    // encodings were recognised.
    let mut names = entries(&out_dir);
    names.sort();
    let mut want: Vec<String> = files
        .iter()
        .filter(|(n, _)| !(n.contains("binary") || n.contains("empty") || n.contains("broken")))
        .map(|(n, _)| {
            format!(
                "{}.json",
                n.trim_end_matches(".txt").trim_end_matches(".md")
            )
        })
        .collect();
    want.push("stdin.json".into());
    want.sort();
    assert_eq!(names, want);
    for (file, encoding) in [
        ("c-utf16.json", "utf-16le"),
        ("d-windows-1258.json", "windows-1258"),
        ("e-tcvn3.json", "tcvn3"),
        ("f-vni.json", "vni"),
    ] {
        let json = read_json(&out_dir.join(file));
        assert_eq!(json["document"]["source"]["encoding"], encoding, "{file}");
        assert_eq!(
            json["tasks"].as_array().map(Vec::len),
            read_json(&out_dir.join("a-utf8.json"))["tasks"]
                .as_array()
                .map(Vec::len),
            "{file} has the tasks of the UTF-8 original"
        );
    }
    // No plan structure: converted, zero tasks, an info diagnostic.
    let prose = read_json(&out_dir.join("h-prose.json"));
    assert_eq!(prose["tasks"].as_array().map(Vec::len), Some(0));
    assert!(prose["diagnostics"].as_array().is_some_and(|d| d
        .iter()
        .any(|d| d["code"] == "no-tasks" && d["severity"] == "info")));
    assert!(!stderr(&out).contains("panicked"));
}

#[test]
fn an_input_without_plan_structure_is_not_a_failure() {
    let tmp = open_tempdir();
    let file = tmp.path().join("notes.txt");
    write(
        &file,
        "Biên bản họp giao ban.\nNội dung đã thống nhất.\n".as_bytes(),
    );
    let out = kehoach()
        .arg("convert")
        .arg(&file)
        .arg("-o")
        .arg(tmp.path().join("out"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "stderr:\n{}", stderr(&out));
    assert!(stderr(&out).contains("(0 tasks)"), "{}", stderr(&out));
}

#[test]
fn unreadable_inputs_fail_alone() {
    let plan = plan();
    let tmp = open_tempdir();
    let dir = tmp.path().join("in");
    write(&dir.join("a-good.txt"), plan.as_bytes());
    // Given by name: a link to nothing, and a directory given where a file is
    // expected is walked instead (it has no plan files: a warning, no input).
    let dangling = tmp.path().join("dangling.txt");
    std::os::unix::fs::symlink(tmp.path().join("nowhere.txt"), &dangling).expect("symlink");
    let out_dir = tmp.path().join("out");
    fs::create_dir_all(&out_dir).expect("out dir");
    chmod(&out_dir, 0o777);

    let out = kehoach()
        .arg("convert")
        .arg(&dir)
        .arg(&dangling)
        .arg("-o")
        .arg(&out_dir)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "stderr:\n{}", stderr(&out));
    let d = dangling.to_string_lossy();
    assert!(
        stderr(&out).contains(&format!("kehoach: error: {d}: cannot read: ")),
        "{}",
        stderr(&out)
    );
    assert_eq!(statuses(&out).len(), 2);
    assert_eq!(entries(&out_dir), ["a-good.json"]);

    // Permissions: a file nobody may read, and a directory nobody may list.
    let Some(mut unprivileged) = unprivileged_kehoach() else {
        return;
    };
    write(&dir.join("b-secret.txt"), plan.as_bytes());
    chmod(&dir.join("b-secret.txt"), 0o000);
    let locked = dir.join("c-locked");
    write(&locked.join("inside.txt"), plan.as_bytes());
    chmod(&locked, 0o000);
    chmod(&dir.join("a-good.txt"), 0o644);
    chmod(&dir, 0o755);
    let _ = fs::remove_file(out_dir.join("a-good.json"));

    let out = unprivileged
        .arg("convert")
        .arg(&dir)
        .arg("-o")
        .arg(&out_dir)
        .output()
        .expect("run");
    // Restore, so that the temporary directory can be removed.
    chmod(&locked, 0o755);
    assert_eq!(out.status.code(), Some(1), "stderr:\n{}", stderr(&out));
    let err = stderr(&out);
    let secret = dir.join("b-secret.txt").to_string_lossy().into_owned();
    let locked_shown = locked.to_string_lossy().into_owned();
    assert!(
        err.contains(&format!(
            "kehoach: error: {secret}: cannot read: Permission denied"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "kehoach: error: {locked_shown}: cannot read directory: Permission denied"
        )),
        "{err}"
    );
    let got = statuses(&out);
    assert_eq!(got.len(), 3, "{err}");
    let good = dir.join("a-good.txt").to_string_lossy().into_owned();
    assert!(
        got[0].starts_with(&format!("kehoach: converted: {good} -> ")),
        "{err}"
    );
    assert_eq!(got[1], format!("kehoach: failed: {secret}"));
    assert_eq!(got[2], format!("kehoach: failed: {locked_shown}"));
    assert_eq!(entries(&out_dir), ["a-good.json"]);
}

#[test]
fn outputs_that_cannot_be_written_fail_alone() {
    let plan = plan();
    let tmp = open_tempdir();
    let dir = tmp.path().join("in");
    write(&dir.join("a.txt"), plan.as_bytes());
    write(&dir.join("b.txt"), plan.as_bytes());
    let out_dir = tmp.path().join("out");
    // A directory (not empty) where b.json should go: the rename must fail.
    write(&out_dir.join("b.json/keep"), b"x");

    let out = kehoach()
        .arg("convert")
        .arg(&dir)
        .arg("-o")
        .arg(&out_dir)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "stderr:\n{}", stderr(&out));
    let b_json = out_dir.join("b.json").to_string_lossy().into_owned();
    let b_txt = dir.join("b.txt").to_string_lossy().into_owned();
    assert!(
        stderr(&out).contains(&format!("kehoach: error: {b_txt}: cannot write {b_json}: ")),
        "{}",
        stderr(&out)
    );
    assert_eq!(statuses(&out).len(), 2);
    // a.json is complete; no temporary file is left behind.
    assert_eq!(entries(&out_dir), ["a.json", "b.json"]);
    assert_eq!(read_json(&out_dir.join("a.json"))["schema_version"], "1.0");
    assert!(out_dir.join("b.json").is_dir());

    // An output directory nobody may write to: every input fails, none is lost.
    let Some(mut unprivileged) = unprivileged_kehoach() else {
        return;
    };
    let ro = tmp.path().join("read-only");
    fs::create_dir_all(&ro).expect("dir");
    chmod(&ro, 0o555);
    let out = unprivileged
        .arg("convert")
        .arg(&dir)
        .arg("-o")
        .arg(&ro)
        .output()
        .expect("run");
    chmod(&ro, 0o755);
    assert_eq!(out.status.code(), Some(1), "stderr:\n{}", stderr(&out));
    let s = statuses(&out);
    assert_eq!(s.len(), 2, "{}", stderr(&out));
    assert!(
        s.iter().all(|l| l.starts_with("kehoach: failed: ")),
        "{s:?}"
    );
    assert!(
        stderr(&out).contains("Permission denied"),
        "{}",
        stderr(&out)
    );
    assert!(entries(&ro).is_empty());
}
