//! The binary facing a broken environment at start: a database file that is not one, a
//! truncated database, a data directory that is a file, a port already taken. Each time it
//! refuses to start with one readable line and exit code 1 (never a panic, never serving a
//! store it cannot trust), and the operator commands refuse the same way.

mod support;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use panel_backend::Backend;
use support::process::{BINARY, ServerProcess};
use tempfile::TempDir;

/// Runs the binary with `args` over `data_dir`; a command still running after ten seconds
/// (a `serve` that started after all) is killed, and fails the test.
fn run(args: &[&str], data_dir: &Path) -> Output {
    let mut child = Command::new(BINARY)
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let deadline = Instant::now() + Duration::from_secs(10);
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{args:?} is still running: it should have refused to start");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().expect("output")
}

/// Asserts `output` is a refusal: exit code 1, `message` on stderr, no panic.
#[track_caller]
fn refused(output: &Output, message: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(message), "{message:?} not in {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A data directory whose database file holds what `damage` makes of a good one.
fn damaged(damage: impl FnOnce(&Path)) -> TempDir {
    let data = TempDir::new().expect("data dir");
    let made = run(&["restore-backup"], data.path());
    assert!(made.status.success(), "a good database first");
    damage(&data.path().join(Backend::DATABASE_FILE));
    data
}

#[test]
fn a_file_that_is_not_a_database_is_refused() {
    let data = damaged(|file| std::fs::write(file, vec![0x5a; 8192]).expect("garbage"));
    refused(
        &run(&["serve", "--addr", "127.0.0.1:0"], data.path()),
        "cannot open the database: database error: file is not a database",
    );
    refused(&run(&["restore-backup"], data.path()), "file is not a database");
    refused(&run(&["login-link"], data.path()), "file is not a database");
}

#[test]
fn a_truncated_database_is_refused() {
    let data = damaged(|file| {
        let length = std::fs::metadata(file).expect("size").len();
        std::fs::OpenOptions::new().write(true).open(file).and_then(|f| f.set_len(length / 2)).expect("truncate");
    });
    refused(&run(&["serve", "--addr", "127.0.0.1:0"], data.path()), "database disk image is malformed");
    refused(&run(&["support-unlink"], data.path()), "database disk image is malformed");
}

#[test]
fn a_data_directory_that_is_a_file_is_refused() {
    let parent = TempDir::new().expect("dir");
    let file = parent.path().join("data");
    std::fs::write(&file, "not a directory").expect("file");
    refused(&run(&["serve", "--addr", "127.0.0.1:0"], &file), "cannot create the data directory");
}

#[test]
fn a_port_already_taken_is_refused() {
    let data = TempDir::new().expect("data dir");
    let dist = TempDir::new().expect("dist dir");
    let running = ServerProcess::start(data.path(), dist.path());
    let address = running.base.trim_start_matches("http://").to_owned();
    refused(&run(&["serve", "--addr", &address], data.path()), &format!("cannot listen on {address}"));
}
