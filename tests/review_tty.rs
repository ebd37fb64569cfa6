//! `review` on a real pseudo-terminal, as a reviewer uses it: single key presses, `$EDITOR`.

use crate::common::TestEnv;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A tolk process on the slave side of a new pseudo-terminal; the test types on the master.
struct Pty {
    child: std::process::Child,
    master: std::fs::File,
    output: Arc<Mutex<String>>,
}

impl Pty {
    fn spawn(mut command: Command) -> Pty {
        let (mut master, mut slave) = (0, 0);
        // SAFETY: openpty writes two new descriptors into the variables given.
        let rc = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        assert_eq!(rc, 0, "openpty failed");
        // SAFETY: both descriptors are fresh and owned here.
        let slave = unsafe { OwnedFd::from_raw_fd(slave) };
        let master = unsafe { std::fs::File::from_raw_fd(master) };
        command
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        let child = command.spawn().unwrap();
        drop(command);
        let output = Arc::new(Mutex::new(String::new()));
        let mut reader = master.try_clone().unwrap();
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Pty {
            child,
            master,
            output,
        }
    }

    /// Waits until the output holds `text` `times` times in all.
    fn wait_for(&self, text: &str, times: usize) {
        let start = Instant::now();
        loop {
            let seen = self.output.lock().unwrap().matches(text).count();
            if seen >= times {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "waited for {text:?} ×{times}; output so far:\n{}",
                self.output.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn press(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).unwrap();
    }

    fn finish(mut self) -> String {
        let start = Instant::now();
        while self.child.try_wait().unwrap().is_none() {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "review did not end"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(100));
        self.output.lock().unwrap().clone()
    }
}

const PROMPT: &str = "[a]ccept [e]dit [n]eeds-work [s]kip [p]revious [g]o [q]uit [?]:";

fn revisions(env: &TestEnv, n: usize) -> i64 {
    env.sql(&format!(
        "SELECT COUNT(*) FROM translations t JOIN segments s ON s.id = t.segment_id WHERE s.position = {n}"
    ))
}

/// Issue 15 item 1: leaving the editor without a change (`:q!`, an emptied file) is an abort:
/// nothing saved, the segment shown again — never an approval.
#[test]
fn quitting_the_editor_saves_nothing_and_shows_the_segment_again() {
    let env = TestEnv::new();
    env.import_corpus();
    // Editors that quit without writing, and that empty the file.
    let unchanged = env.write("quit.sh", "#!/bin/sh\nexit 0\n");
    let emptied = env.write("empty.sh", "#!/bin/sh\n: > \"$1\"\n");
    let rewrite = env.write(
        "write.sh",
        "#!/bin/sh\nprintf 'A better first line.\\n' > \"$1\"\n",
    );
    for script in [&unchanged, &emptied, &rewrite] {
        std::fs::set_permissions(script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
    }
    for editor in [&unchanged, &emptied] {
        let before = revisions(&env, 1);
        let mut command = env.command();
        command
            .env("EDITOR", editor)
            .env_remove("VISUAL")
            .args(["review", "libie-moskou"]);
        let mut pty = Pty::spawn(command);
        pty.wait_for(PROMPT, 1);
        pty.press("e");
        pty.wait_for("nothing saved", 1);
        // The same segment is on screen again, waiting for an answer.
        pty.wait_for(PROMPT, 2);
        pty.press("q");
        let out = pty.finish();
        assert!(
            out.contains(
                "libie-moskou:1: the editor was closed without a new translation; nothing saved"
            ),
            "{out}"
        );
        assert!(!out.contains("1 edited"), "{out}");
        assert_eq!(revisions(&env, 1), before, "nothing was saved");
    }
    // A real edit is saved, as a reviewed revision.
    let before = revisions(&env, 1);
    let mut command = env.command();
    command
        .env("EDITOR", &rewrite)
        .env_remove("VISUAL")
        .args(["review", "libie-moskou"]);
    let mut pty = Pty::spawn(command);
    pty.wait_for(PROMPT, 1);
    pty.press("e");
    pty.wait_for(PROMPT, 2);
    pty.press("q");
    pty.finish();
    assert_eq!(revisions(&env, 1), before + 1);
    let v = env.run(&["--json", "show", "libie-moskou:1"]).json();
    assert_eq!(v["segment"]["target"], "A better first line.");
    assert_eq!(v["segment"]["state"], "reviewed");
}

/// Issue 15 item 8 on a terminal: `g` asks for the segment, `P` (upper case) goes back, each
/// answer is confirmed on one line, and the editor shows the corrected source and the comment.
#[test]
fn a_reviewer_jumps_goes_back_and_edits_with_the_corrected_source() {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&["correct", "libie-moskou:10", "Hafta", "Haftar"])
        .ok();
    env.run(&[
        "state",
        "libie-moskou:10",
        "needs-work",
        "-c",
        "say who backs him",
    ])
    .ok();
    // An editor that keeps a copy of what it was given and leaves it unchanged (an abort).
    let template = env.path("template.txt");
    let keep = env.write(
        "keep.sh",
        format!("#!/bin/sh\ncp \"$1\" '{}'\n", template.display()),
    );
    std::fs::set_permissions(&keep, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let mut command = env.command();
    command
        .env("EDITOR", &keep)
        .env_remove("VISUAL")
        .args(["review", "libie-moskou"]);
    let mut pty = Pty::spawn(command);
    pty.wait_for(PROMPT, 1);
    pty.press("g");
    pty.wait_for("go to segment: ", 1);
    pty.press("10\n");
    pty.wait_for("libie-moskou:10  ¶4  needs-work", 1);
    pty.wait_for(PROMPT, 2);
    pty.press("e");
    pty.wait_for("nothing saved", 1);
    pty.wait_for(PROMPT, 3);
    pty.press("A");
    pty.wait_for("libie-moskou:10: accepted, now reviewed r3", 1);
    pty.wait_for(PROMPT, 4);
    pty.press("P");
    pty.wait_for("libie-moskou:10  ¶4  reviewed", 1);
    pty.wait_for(PROMPT, 5);
    pty.press("Q");
    let out = pty.finish();
    assert!(out.contains("1 accepted"), "{out}");
    let text = std::fs::read_to_string(&template).unwrap();
    assert!(
        text.contains(
            "# libie-moskou:10: Moskou steunt Haftar al geruime tijd met heimelijke wapenleveranties.\n#   as published: Moskou steunt Hafta al geruime tijd"
        ),
        "{text}"
    );
    assert!(text.contains("# comment: say who backs him\n"), "{text}");
}
