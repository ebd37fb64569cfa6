//! A model-based concurrency test: several processes run random sequences of the writing
//! commands on one database at once; afterwards the history must still explain the tables.
//! `TOLK_STRESS=N` runs N rounds of more steps (default 1 small round); `TOLK_STRESS_SEED`
//! replays one seed.

use crate::common::{Rng, TestEnv, stress};
use rusqlite::Connection;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// A translation a worker was told it wrote: (segment address, revision, operation, text).
type Written = (String, i64, i64, String);

/// One worker: `steps` random commands; returns the translations reported as written.
fn worker(env: &TestEnv, seed: u64, steps: usize, id: usize) -> Vec<Written> {
    let mut rng = Rng(seed | 1);
    let mut written = Vec::new();
    let words = [
        ("Hafta", "Haftar"),
        ("Duiste", "Duitse"),
        ("Moskou", "Moscou"),
    ];
    for k in 0..steps {
        let seg = format!("libie-moskou:{}", 1 + rng.below(12));
        let text = format!("worker {id} step {k}: translation");
        let (args, stdin): (Vec<String>, Option<&str>) = match rng.below(11) {
            0..=2 => (
                vec![
                    "--json".into(),
                    "translate".into(),
                    seg.clone(),
                    text.clone(),
                ],
                None,
            ),
            3 => (vec!["state".into(), seg.clone(), "reviewed".into()], None),
            4 => (
                vec!["state".into(), "libie-moskou".into(), "reviewed".into()],
                None,
            ),
            5 => (
                vec!["review".into(), "libie-moskou".into()],
                Some("a\na\nn\nnot quite\nq\n"),
            ),
            6 => {
                let (from, to) = words[rng.below(3) as usize];
                let seg =
                    ["libie-moskou:10", "libie-moskou:16", "libie-moskou:1"][rng.below(3) as usize];
                (
                    vec!["correct".into(), seg.into(), from.into(), to.into()],
                    None,
                )
            }
            7 => {
                let verb = if rng.below(2) == 0 {
                    "accept"
                } else {
                    "reject"
                };
                (vec![verb.into(), (1 + rng.below(4)).to_string()], None)
            }
            8 => (vec!["undo".into()], None),
            9 => (vec!["redo".into()], None),
            _ => {
                let term = ["Tripoli", "Haftar"][rng.below(2) as usize];
                if rng.below(3) == 0 {
                    (vec!["glossary".into(), "remove".into(), term.into()], None)
                } else {
                    let target = format!("{term}-{id}-{k}");
                    (
                        vec!["glossary".into(), "add".into(), term.into(), target],
                        None,
                    )
                }
            }
        };
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut cmd = env.tolk(&argv).env("TOLK_AUTHOR", &format!("w{id}"));
        if let Some(input) = stdin {
            cmd = cmd.stdin(input);
        }
        let run = cmd.run();
        let code = run.code();
        assert!(
            code == 0 || code == 1,
            "{args:?} exited {code} (seed {seed}): {}",
            run.stderr()
        );
        assert!(!run.stderr().contains("panicked"), "{}", run.stderr());
        if code == 0 && args.get(1).is_some_and(|a| a == "translate") {
            let v: Value = serde_json::from_str(&run.stdout()).unwrap();
            if v["changed"] == true {
                written.push((
                    v["id"].as_str().unwrap().to_string(),
                    v["revision"].as_i64().unwrap(),
                    v["operation"].as_i64().unwrap(),
                    text,
                ));
            }
        }
    }
    written
}

/// Every row of `tbl` as a JSON object keyed by column, by id.
fn rows(conn: &Connection, tbl: &str) -> HashMap<i64, Value> {
    let cols: Vec<String> = conn
        .prepare(&format!("SELECT name FROM pragma_table_info('{tbl}')"))
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let list = cols
        .iter()
        .map(|c| format!("'{c}', \"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    conn.prepare(&format!("SELECT id, json_object({list}) FROM {tbl}"))
        .unwrap()
        .query_map([], |r| {
            let j: String = r.get(1)?;
            Ok((r.get(0)?, serde_json::from_str(&j).unwrap()))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// The rows of a two-column integer query.
fn pairs(conn: &Connection, sql: &str) -> Vec<(i64, i64)> {
    conn.prepare(sql)
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn check_invariants(env: &TestEnv, written: &[Written], seed: u64) {
    let conn = Connection::open(env.db()).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok", "seed {seed}");

    // No two undos (or redos) in effect revert the same operation.
    let twice: Vec<(i64, i64)> = pairs(
        &conn,
        "SELECT reverts, COUNT(*) FROM operations WHERE reverts IS NOT NULL AND undone_by IS NULL
             GROUP BY reverts HAVING COUNT(*) > 1",
    );
    assert!(
        twice.is_empty(),
        "operations reverted twice: {twice:?} (seed {seed})"
    );

    // The latest recorded change of every row is what the table holds now.
    let mut latest: BTreeMap<(String, i64), Option<Value>> = BTreeMap::new();
    let mut stmt = conn
        .prepare("SELECT tbl, row_id, after FROM changes ORDER BY id")
        .unwrap();
    for row in stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })
        .unwrap()
    {
        let (tbl, id, after) = row.unwrap();
        latest.insert((tbl, id), after.map(|a| serde_json::from_str(&a).unwrap()));
    }
    let mut tables: HashMap<String, HashMap<i64, Value>> = HashMap::new();
    for ((tbl, id), after) in &latest {
        let now = tables
            .entry(tbl.clone())
            .or_insert_with(|| rows(&conn, tbl))
            .get(id);
        assert_eq!(
            now,
            after.as_ref(),
            "{tbl} row {id}: the table does not hold what history last recorded (seed {seed})"
        );
    }

    // A state change never changes the text: no old text written back over a newer one.
    let lost: Vec<(i64, i64)> = pairs(
        &conn,
        "SELECT t.segment_id, t.revision FROM translations t
             JOIN operations o ON o.id = t.operation_id
             JOIN translations p ON p.segment_id = t.segment_id AND p.revision = t.revision - 1
             WHERE o.command = 'state' AND p.text != t.text",
    );
    assert!(
        lost.is_empty(),
        "state changes that rewrote text: {lost:?} (seed {seed})"
    );

    // Every translation reported as written is there while its operation is in effect.
    for (seg, revision, op, text) in written {
        let in_effect: bool = conn
            .query_row(
                "SELECT undone_by IS NULL FROM operations WHERE id = ?1",
                [op],
                |r| r.get(0),
            )
            .unwrap();
        if !in_effect {
            continue;
        }
        let n: i64 = seg.rsplit(':').next().unwrap().parse().unwrap();
        let stored: Option<String> = conn
            .query_row(
                "SELECT t.text FROM translations t JOIN segments s ON s.id = t.segment_id
                 WHERE s.position = ?1 AND t.revision = ?2 AND t.operation_id = ?3",
                rusqlite::params![n, revision, op],
                |r| r.get(0),
            )
            .ok();
        assert_eq!(
            stored.as_deref(),
            Some(text.as_str()),
            "{seg} r{revision} (#{op}) was reported written (seed {seed})"
        );
    }
    drop(stmt);
    drop(conn);

    // Undoing everything, one step at a time, leads back to an empty database.
    for _ in 0..10_000 {
        let run = env.tolk(&["undo"]).run();
        if run.code() != 0 {
            assert!(
                run.stderr().contains("nothing to undo"),
                "undo got stuck (seed {seed}): {}",
                run.stderr()
            );
            break;
        }
    }
    let docs: i64 = env.sql("SELECT COUNT(*) FROM documents");
    let words: i64 = env.sql("SELECT COUNT(*) FROM glossary");
    let anns: i64 = env.sql("SELECT COUNT(*) FROM annotations");
    assert_eq!(
        (docs, words, anns),
        (0, 0, 0),
        "undo to the start (seed {seed})"
    );
}

#[test]
fn concurrent_random_workers_keep_history_consistent() {
    let rounds = stress();
    let steps = if rounds > 1 { 40 } else { 10 };
    let first_seed: u64 = std::env::var("TOLK_STRESS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x7011_4b1d);
    for round in 0..rounds as u64 {
        let seed = first_seed.wrapping_add(round.wrapping_mul(0x9e37_79b9));
        let env = TestEnv::new();
        env.import_corpus();
        let written: Vec<Written> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|w| {
                    let env = &env;
                    s.spawn(move || worker(env, seed ^ ((w as u64 + 1) * 0x1234_5678), steps, w))
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap())
                .collect()
        });
        check_invariants(&env, &written, seed);
    }
}
