//! The `panel-backend` binary as a child process: started on a free loopback port over a data
//! directory, and killed (SIGKILL) the way a crash or the OOM killer ends it.

use std::io::{BufRead, BufReader};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// The binary under test.
pub const BINARY: &str = env!("CARGO_BIN_EXE_panel-backend");

/// A running `panel-backend serve`; killed when dropped.
pub struct ServerProcess {
    child: Child,
    /// Where it answers, e.g. `http://127.0.0.1:40123`.
    pub base: String,
}

impl ServerProcess {
    /// Starts `serve` on 127.0.0.1 (a free port) over `data_dir`, serving `dist`; returns once
    /// it listens (it prints its address then).
    pub fn start(data_dir: &Path, dist: &Path) -> Self {
        let mut child = Command::new(BINARY)
            .args(["serve", "--addr", "127.0.0.1:0", "--data-dir"])
            .arg(data_dir)
            .arg("--dist")
            .arg(dist)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the binary starts");
        // Read the first line, then keep draining stdout: a closed pipe would make the
        // server's next `println!` fail.
        let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        let mut first = String::new();
        stdout.read_line(&mut first).expect("the server prints its address");
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
        let base = first
            .trim()
            .split_once("http://")
            .map(|(_, address)| format!("http://{}", address.trim_end_matches('/')))
            .unwrap_or_else(|| panic!("no address in {first:?}"));
        Self { child, base }
    }

    /// The absolute URL of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Sends SIGKILL and waits for the process to end; checks the signal ended it.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL is sent");
        let status = self.child.wait().expect("the child is reaped");
        assert_eq!(status.signal(), Some(9), "the server died of SIGKILL, not of something else: {status}");
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A new one-time login link from the `login-link` command, beside the running server.
pub fn login_link(data_dir: &Path, base: &str) -> String {
    let output = Command::new(BINARY)
        .args(["login-link", "--data-dir"])
        .arg(data_dir)
        .args(["--base-url", base])
        .output()
        .expect("login-link runs");
    assert!(output.status.success(), "login-link: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8").trim().to_owned()
}
