//! Running the `article-lint` binary from the end-to-end tests, shared by the test
//! files so each only says which arguments its cases need.

// Each test file uses the part it needs.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Stdio};

use assert_cmd::cargo::CommandCargoExt;

/// What one run printed and how it exited.
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// A command for the binary under test.
pub fn article_lint() -> Command {
    Command::cargo_bin("article-lint").expect("binary built")
}

/// Runs `command`, feeding it `stdin` (none: an empty, closed stdin), and collects its
/// exit code and output, which must be UTF-8.
pub fn output_of(mut command: Command, stdin: Option<&[u8]>) -> Output {
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    let output = match stdin {
        Some(input) => {
            let mut child = command.stdin(Stdio::piped()).spawn().unwrap();
            child.stdin.take().unwrap().write_all(input).unwrap();
            child.wait_with_output().unwrap()
        }
        None => command.stdin(Stdio::null()).output().unwrap(),
    };
    Output {
        code: output.status.code().expect("exited normally"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}
