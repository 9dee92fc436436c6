//! The report in a real browser: headless Chromium opens it, runs its script
//! and lays it out. The test checks the number of task rows the browser
//! renders (a count only the script, reading the laid-out page, writes), that
//! a filter given in the address works, and takes a screenshot whose PNG it
//! inspects.
//!
//! Chromium comes from the distribution (`apt-get install -y chromium`); CI
//! installs it when absent. Without it the test is skipped with a note, except
//! when `CI` is set: then a missing browser is a failure, so that CI cannot
//! pass without running this test. `KEHOACH_CHROMIUM` names another binary.

mod support;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Longest a single browser run may take before it is killed.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(120);
/// A blank 1280×2000 page compresses to about 10 KB; a rendered report is
/// hundreds of KB. Anything under this is a page that did not render.
const MIN_SCREENSHOT_BYTES: u64 = 50_000;

fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("KEHOACH_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    let mut dirs: Vec<PathBuf> = vec![PathBuf::from("/usr/bin")];
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    dirs.iter()
        .flat_map(|d| names.iter().map(move |n| d.join(n)))
        .find(|p| p.is_file())
}

/// Chromium, or `None` after saying why the test does not run.
fn chromium_or_skip() -> Option<PathBuf> {
    match find_chromium() {
        Some(path) => Some(path),
        None if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) => panic!(
            "CI is set but no Chromium was found: the browser test must run in CI \
             (install it with `apt-get install -y chromium`, or set KEHOACH_CHROMIUM)"
        ),
        None => {
            eprintln!(
                "note: browser test skipped: Chromium not found \
                 (apt-get install -y chromium, or set KEHOACH_CHROMIUM)"
            );
            None
        }
    }
}

/// Run Chromium headless on `url` with `extra` arguments; its standard output
/// goes to `out`. Killed after [`BROWSER_TIMEOUT`].
fn run_chromium(chromium: &Path, profile: &Path, url: &str, extra: &[&str], out: &Path) {
    let mut args: Vec<String> = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    args.extend(extra.iter().map(|s| s.to_string()));
    args.push(url.to_string());
    let stdout = File::create(out).expect("browser output file");
    let mut child = Command::new(chromium)
        .args(&args)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", chromium.display()));
    let started = Instant::now();
    loop {
        match child.try_wait().expect("wait for the browser") {
            Some(status) => {
                assert!(status.success(), "Chromium failed: {status}");
                return;
            }
            None if started.elapsed() > BROWSER_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("Chromium did not finish within {BROWSER_TIMEOUT:?}");
            }
            None => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

fn rendered_tasks(dom: &str) -> usize {
    let body = &dom[dom.find("<body").expect("a body in the rendered DOM")..];
    let tag = &body[..body.find('>').expect("end of the body tag")];
    let value = tag
        .split("data-rendered-tasks=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("the script did not run: no data-rendered-tasks in {tag}"));
    value.parse().expect("a number")
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

#[test]
fn chromium_renders_every_task_filters_and_takes_a_screenshot() {
    let Some(chromium) = chromium_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temporary directory");
    let profile = dir.path().join("profile");
    let plans = support::pair();
    let html = support::render(&plans);
    let report = dir.path().join("report.html");
    std::fs::write(&report, &html).expect("write the report");
    let total: usize = plans.iter().map(|p| p.graph.tasks.len()).sum();

    // Every task row is laid out by the browser.
    let dom = dir.path().join("dom.html");
    run_chromium(
        &chromium,
        &profile,
        &file_url(&report),
        &["--dump-dom"],
        &dom,
    );
    let dom_text = std::fs::read_to_string(&dom).expect("the rendered DOM");
    assert_eq!(rendered_tasks(&dom_text), total, "rendered task rows");
    assert!(
        dom_text.contains("Hiển thị"),
        "the filter counts were written"
    );

    // A filter in the address leaves only the appendix rows.
    let table_rows = plans
        .iter()
        .flat_map(|p| &p.graph.tasks)
        .filter(|t| t.origin == kehoach_model::Origin::Table)
        .count();
    assert!(table_rows > 0 && table_rows < total);
    let filtered = dir.path().join("filtered.html");
    let url = format!("{}?origin=table", file_url(&report));
    run_chromium(&chromium, &profile, &url, &["--dump-dom"], &filtered);
    let filtered_text = std::fs::read_to_string(&filtered).expect("the filtered DOM");
    assert_eq!(
        rendered_tasks(&filtered_text),
        table_rows,
        "rows left by ?origin=table"
    );

    // A screenshot of the expected size that shows a rendered page.
    let shot = dir.path().join("report.png");
    let log = dir.path().join("screenshot.log");
    let arg = format!("--screenshot={}", shot.display());
    run_chromium(
        &chromium,
        &profile,
        &file_url(&report),
        &[&arg, "--window-size=1280,2000"],
        &log,
    );
    let png = std::fs::read(&shot).expect("the screenshot");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG file");
    assert_eq!(&png[12..16], b"IHDR");
    let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    let height = u32::from_be_bytes([png[20], png[21], png[22], png[23]]);
    assert_eq!((width, height), (1280, 2000), "screenshot size");
    assert!(
        png.len() as u64 > MIN_SCREENSHOT_BYTES,
        "the screenshot is {} bytes: the page looks blank",
        png.len()
    );
}
