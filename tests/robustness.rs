//! Crashes, concurrent writers and hostile input (the README's hostile-input table has one test
//! here, or in the file named there, per row). `TOLK_STRESS=N` scales the crash and concurrency
//! loops (default 1: 20 kills, 4 × 250 writes).

use crate::common::{Rng, TestEnv, stress};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A Dutch-looking text of `paragraphs` paragraphs of 5 sentences each.
fn big_text(paragraphs: usize) -> String {
    let words = [
        "Moskou", "steunt", "Haftar", "al", "geruime", "tijd", "met", "wapens", "de", "regering",
        "in", "Tripoli",
    ];
    let mut s = String::new();
    for p in 0..paragraphs {
        for k in 0..5 {
            let n = 6 + (p + k) % 7;
            let sentence: Vec<&str> = (0..n)
                .map(|i| words[(p * 7 + k * 3 + i) % words.len()])
                .collect();
            s.push_str(&sentence.join(" "));
            s.push_str(". ");
        }
        s.push_str("\n\n");
    }
    s
}

fn integrity(env: &TestEnv) -> String {
    env.sql::<String>("PRAGMA integrity_check")
}

#[test]
fn killed_imports_leave_the_document_absent_or_complete() {
    let env = TestEnv::new();
    env.import_corpus();
    let paragraphs = 12_000;
    env.write("big.txt", big_text(paragraphs));
    let mut rng = Rng(0x5eed_1234_9876_abcd);
    // How long a full import takes here, to spread the kills over its whole run, and how many
    // segments a complete import has.
    let t = Instant::now();
    let v = env
        .run(&["--json", "import", "big.txt", "--doc", "timing"])
        .json();
    let full = t.elapsed().as_millis() as u64;
    let expected = v["segments"].as_u64().unwrap();
    let (mut absent, mut complete) = (0, 0);
    for round in 0..20 * stress() {
        let doc = format!("big{round}");
        let mut child = env
            .command()
            .args(["import", "big.txt", "--doc", &doc])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(full + full / 4 + 1)));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        assert_eq!(integrity(&env), "ok", "round {round}");
        let docs = env.run(&["--json", "docs"]).json();
        match docs
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["name"] == doc.as_str())
        {
            None => absent += 1,
            Some(d) => {
                assert_eq!(
                    d["segments"].as_u64(),
                    Some(expected),
                    "round {round}: partial document"
                );
                complete += 1;
            }
        }
    }
    eprintln!("killed imports: {absent} absent, {complete} complete (never partial)");
    assert!(
        absent > 0,
        "no kill landed during an import; the test proves nothing"
    );
}

#[test]
fn killed_translate_and_correct_under_concurrent_load_stay_consistent() {
    let env = TestEnv::new();
    env.import_corpus();
    let mut rng = Rng(0xfeed_beef_0042_1337);
    let mut children = Vec::new();
    for i in 0..20 * stress() {
        let n = 1 + (i % 35);
        let args: Vec<String> = if i % 2 == 0 {
            vec![
                "translate".into(),
                format!("libie-moskou:{n}"),
                format!("Revision {i} of segment {n}."),
            ]
        } else {
            vec![
                "correct".into(),
                format!("libie-moskou:{n}"),
                "de".into(),
                "het".into(),
                "--nth".into(),
                "1".into(),
                "--proposed".into(),
                "--note".into(),
                format!("note {i}"),
            ]
        };
        let child = env
            .command()
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        children.push(child);
        if rng.below(3) == 0 {
            std::thread::sleep(Duration::from_millis(rng.below(15)));
            let victim = rng.below(children.len() as u64) as usize;
            let _ = children[victim].kill();
        }
    }
    for mut c in children {
        let _ = c.wait();
    }
    assert_eq!(integrity(&env), "ok");
    // Every revision that exists is whole: its text is one we asked for, its operation exists.
    let bad: i64 = env.sql(
        "SELECT COUNT(*) FROM translations t LEFT JOIN operations o ON o.id = t.operation_id
         WHERE o.id IS NULL OR (t.revision > 1 AND t.text NOT LIKE 'Revision % of segment %.')",
    );
    assert_eq!(bad, 0);
    let orphan_ops: i64 = env.sql(
        "SELECT COUNT(*) FROM operations o WHERE command = 'translate'
         AND NOT EXISTS (SELECT 1 FROM translations t WHERE t.operation_id = o.id)",
    );
    assert_eq!(
        orphan_ops, 0,
        "an operation row without its revision means a partial write"
    );
    env.run(&["docs"]).ok();
}

#[test]
fn four_concurrent_writers_lose_nothing() {
    let env = TestEnv::new();
    let per = 250 * stress();
    let total = 4 * per;
    let text: String = (1..=total)
        .map(|i| format!("Zin nummer {i} staat hier.\n\n"))
        .collect();
    env.write("many.txt", text);
    env.run(&["import", "many.txt", "--doc", "many"]).ok();
    let threads: Vec<_> = (0..4)
        .map(|w| {
            let cmd = env.command();
            let dir = env.dir.path().to_path_buf();
            let program = cmd.get_program().to_owned();
            let envs: Vec<(std::ffi::OsString, std::ffi::OsString)> = cmd
                .get_envs()
                .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned())))
                .collect();
            std::thread::spawn(move || {
                let mut failures = Vec::new();
                for k in 0..per {
                    let n = w * per + k + 1;
                    for args in [
                        vec![
                            "translate".to_string(),
                            format!("many:{n}"),
                            format!("Sentence number {n} is here."),
                        ],
                        vec![
                            "annotate".into(),
                            format!("many:{n}"),
                            "--kind".into(),
                            "note".into(),
                            "--match".into(),
                            "nummer".into(),
                            "--text".into(),
                            format!("writer {w}"),
                        ],
                    ] {
                        let out = Command::new(&program)
                            .current_dir(&dir)
                            .env_clear()
                            .envs(envs.clone())
                            .args(&args)
                            .output()
                            .unwrap();
                        if !out.status.success() {
                            failures.push(String::from_utf8_lossy(&out.stderr).into_owned());
                        }
                    }
                }
                failures
            })
        })
        .collect();
    let failures: Vec<String> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    assert!(
        failures.is_empty(),
        "{} writes failed, first: {}",
        failures.len(),
        failures[0]
    );
    let translations: i64 = env.sql("SELECT COUNT(*) FROM translations");
    let annotations: i64 = env.sql("SELECT COUNT(*) FROM annotations");
    assert_eq!(translations as usize, total);
    assert_eq!(annotations as usize, total);
    assert_eq!(integrity(&env), "ok");
}

#[test]
fn a_50_mb_line_is_refused() {
    let env = TestEnv::new();
    env.import_corpus();
    let mut line = "woord ".repeat(50 * 1024 * 1024 / 6);
    line.push('\n');
    env.write("long.txt", line);
    let e = env.fails_unchanged(&["import", "long.txt", "--doc", "long"]);
    assert!(
        e.contains("long.txt: line 1 is longer than 4 MiB; is this a text file?"),
        "{e}"
    );
}

#[test]
fn a_file_deleted_while_importing_is_imported_whole_or_not_at_all() {
    let env = TestEnv::new();
    env.import_corpus();
    env.write("gone.txt", big_text(5_000));
    let whole = env
        .run(&["--json", "import", "gone.txt", "--doc", "reference"])
        .json()["segments"]
        .clone();
    let child = env
        .command()
        .args(["import", "gone.txt", "--doc", "gone"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(5));
    std::fs::remove_file(env.path("gone.txt")).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(integrity(&env), "ok");
    let docs = env.run(&["--json", "docs"]).json();
    let gone = docs
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["name"] == "gone");
    if out.status.success() {
        assert_eq!(
            gone.unwrap()["segments"],
            whole,
            "an open file stays readable: all of it is imported"
        );
    } else {
        assert!(gone.is_none());
        assert!(
            String::from_utf8_lossy(&out.stderr).starts_with("error: gone.txt"),
            "{out:?}"
        );
    }
}

#[test]
fn truncated_and_corrupted_databases_are_refused_unchanged() {
    let env = TestEnv::new();
    env.import_corpus();
    let good = env.db_bytes();
    std::fs::write(env.db(), &good[..good.len() / 3]).unwrap();
    let cut = env.db_bytes();
    let r = env.run(&["show", "libie-moskou:1"]);
    assert_ne!(r.code(), 0);
    let e = r.stderr();
    assert!(
        e.starts_with("error: database ") && e.trim_end().lines().count() == 1,
        "{e}"
    );
    assert!(env.db_bytes() == cut);
    let mut scrambled = good.clone();
    for b in scrambled.iter_mut().skip(4096).step_by(7) {
        *b ^= 0x5a;
    }
    std::fs::write(env.db(), &scrambled).unwrap();
    let r = env.run(&["export", "libie-moskou", "-F", "jsonl"]);
    assert_ne!(r.code(), 0, "a corrupted database must not export garbage");
    assert!(r.stderr().starts_with("error: database "), "{}", r.stderr());
    assert!(env.db_bytes() == scrambled);
}

#[test]
fn a_full_disk_rolls_back_with_a_clear_error() {
    let env = TestEnv::new();
    env.import_corpus();
    env.write("big.txt", big_text(20_000));
    let before = env.db_bytes();
    let tolk = env.command().get_program().to_string_lossy().into_owned();
    // A file size limit stands in for a full disk: writes beyond it fail with EFBIG.
    let out = Command::new("sh")
        .current_dir(env.dir.path())
        .env("TOLK_NOW", crate::common::NOW)
        .env("TOLK_AUTHOR", "tester")
        .arg("-c")
        .arg(format!(
            "ulimit -f {}; exec \"{tolk}\" import big.txt --doc big",
            before.len() / 512 + 64
        ))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains(
            "could not be written (disk full, file size limit or I/O error); nothing was changed"
        ) || e.contains("disk full"),
        "{e}"
    );
    assert_eq!(integrity(&env), "ok");
    assert_eq!(
        env.run(&["--json", "docs"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
}
