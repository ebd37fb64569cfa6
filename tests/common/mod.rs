//! TestEnv: a temporary working directory, a fixed clock and author, no colour, and a way to
//! run the `tolk` binary in it and look at the database it leaves behind.

use std::path::{Path, PathBuf};
use std::process::Output;

pub const NOW: &str = "2026-01-19T10:00:00Z";

pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

pub struct Run {
    pub out: Output,
}

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8(self.out.stdout.clone()).expect("stdout is UTF-8")
    }
    pub fn stderr(&self) -> String {
        String::from_utf8(self.out.stderr.clone()).expect("stderr is UTF-8")
    }
    pub fn code(&self) -> i32 {
        self.out.status.code().unwrap_or(-1)
    }
    /// Asserts exit 0 and returns stdout.
    #[track_caller]
    pub fn ok(&self) -> String {
        assert_eq!(
            self.code(),
            0,
            "expected success\nstdout: {}\nstderr: {}",
            self.stdout(),
            self.stderr()
        );
        self.stdout()
    }
    /// Asserts a failing exit code and a one-line `error:` message; returns that line.
    #[track_caller]
    pub fn err(&self) -> String {
        assert_ne!(
            self.code(),
            0,
            "expected failure\nstdout: {}",
            self.stdout()
        );
        let e = self.stderr();
        assert!(e.starts_with("error: "), "stderr: {e}");
        assert_eq!(e.trim_end().lines().count(), 1, "error is one line: {e}");
        e.trim_end().to_string()
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.ok()).expect("stdout is JSON")
    }
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn db(&self) -> PathBuf {
        self.path("tolk.db")
    }

    pub fn write(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, content).expect("write fixture");
        p
    }

    pub fn command(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_tolk"));
        cmd.current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("TOLK_NOW", NOW)
            .env("TOLK_AUTHOR", "tester")
            .env("NO_COLOR", "1");
        cmd
    }

    /// A `tolk` invocation to build up: `env.tolk(&["show", "d:1"]).stdin("…").ok()`.
    pub fn tolk(&self, args: &[&str]) -> Tolk<'_> {
        Tolk {
            env: self,
            args: args.iter().map(|a| a.to_string()).collect(),
            stdin: None,
            vars: Vec::new(),
        }
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run {
            out: self.command().args(args).output().expect("run tolk"),
        }
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        use std::io::Write;
        let mut child = self
            .command()
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn tolk");
        // The command may exit (e.g. on a usage error) before reading its input.
        let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
        Run {
            out: child.wait_with_output().unwrap(),
        }
    }

    /// Imports the shipped article with its translation as `libie-moskou`.
    pub fn import_corpus(&self) {
        self.run(&[
            "import",
            corpus("libie-moskou.nl.txt").to_str().unwrap(),
            "--translation",
            corpus("libie-moskou.en.txt").to_str().unwrap(),
        ])
        .ok();
    }

    /// Every segment of `doc` as (source, current translation or "") in document order.
    pub fn pairs(&self, doc: &str) -> Vec<(String, String)> {
        let shown = self.run(&["--json", "show", doc]).json();
        shown["segments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["source"].as_str().unwrap().to_string(),
                    s["target"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    }

    pub fn db_bytes(&self) -> Vec<u8> {
        std::fs::read(self.db()).expect("database exists")
    }

    /// Runs `args`, expects a one-line error, and checks the database file is byte-for-byte
    /// what it was before. Returns the error line.
    #[track_caller]
    pub fn fails_unchanged(&self, args: &[&str]) -> String {
        let before = self.db_bytes();
        let e = self.run(args).err();
        assert!(
            self.db_bytes() == before,
            "database changed by failing command {args:?}"
        );
        e
    }

    pub fn sql<T: rusqlite::types::FromSql>(&self, query: &str) -> T {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        conn.query_row(query, [], |r| r.get(0)).unwrap()
    }
}

/// One invocation of the binary, built up like a sentence (after `just`'s test builder).
pub struct Tolk<'a> {
    env: &'a TestEnv,
    args: Vec<String>,
    stdin: Option<String>,
    vars: Vec<(String, String)>,
}

impl Tolk<'_> {
    pub fn stdin(mut self, input: &str) -> Self {
        self.stdin = Some(input.to_string());
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.vars.push((key.to_string(), value.to_string()));
        self
    }

    pub fn run(self) -> Run {
        use std::io::Write;
        use std::process::Stdio;
        let mut cmd = self.env.command();
        cmd.args(&self.args)
            .envs(self.vars.iter().map(|(k, v)| (k, v)))
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("spawn tolk");
        if let Some(input) = &self.stdin {
            // The command may exit (e.g. on a usage error) before reading its input.
            let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
        }
        Run {
            out: child.wait_with_output().expect("run tolk"),
        }
    }

    #[track_caller]
    pub fn ok(self) -> String {
        self.run().ok()
    }

    #[track_caller]
    pub fn err(self) -> String {
        self.run().err()
    }

    /// Runs with `--json`, expects success, and reads stdout as the typed report `T` (the
    /// library's own report types, so a renamed or dropped field fails here).
    #[track_caller]
    pub fn report<T: serde::de::DeserializeOwned>(mut self) -> T {
        self.args.insert(0, "--json".to_string());
        let out = self.run().ok();
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not the expected report: {e}\n{out}"))
    }

    /// Runs with `--json`, expects failure, and returns the error object from stderr.
    #[track_caller]
    pub fn json_error(mut self) -> serde_json::Value {
        self.args.insert(0, "--json".to_string());
        let run = self.run();
        assert_ne!(run.code(), 0, "expected failure: {}", run.stdout());
        let e: serde_json::Value = serde_json::from_str(run.stderr().trim())
            .unwrap_or_else(|e| panic!("stderr is not one JSON object: {e}\n{}", run.stderr()));
        e["error"].clone()
    }
}

pub fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(name)
}

/// `TOLK_STRESS=N` scales the crash and concurrency loops (default 1).
pub fn stress() -> usize {
    std::env::var("TOLK_STRESS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
        .max(1)
}

/// A small deterministic generator (xorshift), so failures can be replayed from the seed.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}
