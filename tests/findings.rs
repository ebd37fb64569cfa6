//! Managing `tolk check` findings: accepted corrections fix them, false positives are accepted
//! with a reason (per segment or document), listed, revoked and undone; the `names` check reads
//! the corrected source, knows the glossary and ij/y spelling variants.

use crate::common::TestEnv;
use tolk::ops::check::CheckReport;

const NL: &str = "Marjolein van Dijk leidt het onderzoek. Volgens Van Dyk komt het goed.

De vergadering begint om 18.00 uur.

Het diner begint ook om 18.00 uur.

Gisteren bezocht Merkel Parijs.
";
const EN: &str = "Marjolein van Dijk leads the research. According to Van Dijk, it will be fine.

The meeting starts at 6 p.m.

Dinner also starts at 6 p.m.

Yesterday Macron visited Paris.
";

/// The article above as document `a`: segments 1–5.
fn env() -> TestEnv {
    let env = TestEnv::new();
    env.write("a.nl.txt", NL);
    env.write("a.en.txt", EN);
    env.run(&["import", "a.nl.txt", "--translation", "a.en.txt"])
        .ok();
    env
}

const ONLY: &str = "name-variant,names,numbers";

/// `check a --only …` with `extra` arguments, as its JSON report and exit code.
fn check(env: &TestEnv, extra: &[&str]) -> (CheckReport, i32) {
    check_only(env, ONLY, extra)
}

fn check_only(env: &TestEnv, only: &str, extra: &[&str]) -> (CheckReport, i32) {
    let mut args = vec!["--json", "check", "a", "--only", only];
    args.extend_from_slice(extra);
    let r = env.run(&args);
    assert!(
        r.code() == 0 || r.code() == 1,
        "check failed: {}",
        r.stderr()
    );
    let report =
        serde_json::from_str(&r.stdout()).unwrap_or_else(|e| panic!("{e}: {}", r.stdout()));
    (report, r.code())
}

/// (segment, check, flagged text) of each open finding.
fn found(report: &CheckReport) -> Vec<(String, String, String)> {
    report
        .findings
        .iter()
        .map(|f| (f.id.clone(), f.check.clone(), f.exact.clone()))
        .collect()
}

fn triple(id: &str, check: &str, exact: &str) -> (String, String, String) {
    (id.into(), check.into(), exact.into())
}

#[test]
fn accepted_corrections_fix_their_findings_and_the_exit_code() {
    let env = env();
    let (r, code) = check(&env, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        found(&r),
        vec![
            triple("a:2", "name-variant", "Dyk"),
            triple("a:3", "numbers", "18.00"),
            triple("a:4", "numbers", "18.00"),
            triple("a:5", "names", "Merkel"),
        ],
        "Van Dyk is an ij/y variant of Van Dijk, not a name the translation lacks"
    );
    let dyk = &r.findings[0];
    assert_eq!(dyk.suggestion.as_deref(), Some("Dijk"));
    assert!(dyk.message.contains("ij/y"), "{}", dyk.message);

    // The names check reads the source as corrected.
    env.run(&["correct", "a:5", "Merkel", "Macron"]).ok();
    env.run(&["correct", "a:2", "Dyk", "Dijk"]).ok();
    let (r, _) = check(&env, &[]);
    assert_eq!(
        found(&r),
        vec![
            triple("a:3", "numbers", "18.00"),
            triple("a:4", "numbers", "18.00")
        ]
    );
    // Only the corrected findings are gone: with everything fixed, the check passes.
    let (_, code) = check_only(&env, "name-variant,names", &[]);
    assert_eq!(code, 0);
    // A rejected correction no longer changes the source: the finding is back.
    let id = env.sql::<i64>("SELECT id FROM annotations WHERE exact = 'Merkel'");
    env.run(&["reject", &id.to_string()]).ok();
    let (r, _) = check_only(&env, "names", &[]);
    assert_eq!(found(&r), vec![triple("a:5", "names", "Merkel")]);
}

#[test]
fn spans_after_a_correction_count_in_the_published_source() {
    let env = TestEnv::new();
    env.write("b.nl.txt", "Volgens Hafta bezocht Merkel Parijs.\n");
    env.write("b.en.txt", "According to Haftar, Macron visited Paris.\n");
    env.run(&["import", "b.nl.txt", "--translation", "b.en.txt"])
        .ok();
    env.run(&["correct", "b:1", "Hafta", "Haftar"]).ok();
    let r = env.run(&["--json", "check", "b", "--only", "names"]);
    let report: CheckReport = serde_json::from_str(&r.stdout()).unwrap();
    let merkel = &report.findings[0];
    assert_eq!(merkel.exact, "Merkel");
    // `Merkel` is at 22–28 in the published text (23–29 in the corrected one).
    assert_eq!((merkel.start, merkel.end), (22, 28));
    assert!(!merkel.in_correction);
    // A correction of that span is found on it (marked), as published.
    env.run(&["correct", "b:1", "Merkel", "Macron", "--proposed"])
        .ok();
    let id = env.sql::<i64>("SELECT id FROM annotations WHERE exact = 'Merkel'");
    let r = env.run(&["--json", "check", "b", "--only", "names"]);
    let report: CheckReport = serde_json::from_str(&r.stdout()).unwrap();
    assert_eq!(report.findings[0].marked, Some(id));
    assert!(
        env.run(&["check", "b", "--only", "names"])
            .stdout()
            .contains(&format!(
                "b:1  names  22–28  ‘Merkel’  ‘Merkel’ is not in the translation  (marked as #{id})"
            )),
    );
}

#[test]
fn a_glossary_term_is_a_known_name() {
    let env = TestEnv::new();
    env.write("g.nl.txt", "Volgens Rijkswaterstaat stijgt het water.\n");
    env.write(
        "g.en.txt",
        "According to the Directorate-General for Public Works, the water is rising.\n",
    );
    env.run(&["import", "g.nl.txt", "--translation", "g.en.txt"])
        .ok();
    let r = env.run(&["--json", "check", "g", "--only", "names,glossary"]);
    let report: CheckReport = serde_json::from_str(&r.stdout()).unwrap();
    assert_eq!(
        found(&report),
        vec![triple("g:1", "names", "Rijkswaterstaat")]
    );
    env.run(&[
        "glossary",
        "add",
        "Rijkswaterstaat",
        "Directorate-General for Public Works",
    ])
    .ok();
    let r = env.run(&["check", "g", "--only", "names,glossary"]);
    assert_eq!(r.code(), 0, "{}", r.stdout());
    // The glossary check still wants its term.
    env.run(&[
        "translate",
        "g:1",
        "According to Rijkswaterstaat, the water is rising.",
    ])
    .ok();
    let r = env.run(&["--json", "check", "g", "--only", "names,glossary"]);
    let report: CheckReport = serde_json::from_str(&r.stdout()).unwrap();
    assert_eq!(
        found(&report),
        vec![triple("g:1", "glossary", "Rijkswaterstaat")]
    );
}

#[test]
fn false_positives_are_accepted_with_a_reason_listed_revoked_and_undone() {
    let env = env();
    env.run(&["correct", "a:5", "Merkel", "Macron"]).ok();
    env.run(&["correct", "a:2", "Dyk", "Dijk"]).ok();
    let (r, _) = check(&env, &[]);
    let (a3, a4) = (r.findings[0].finding.clone(), r.findings[1].finding.clone());
    assert_eq!(a3.len(), 7);
    assert_ne!(a3, a4, "the same text on two segments is two findings");

    // A reason is required; bad ids are refused; nothing changes.
    let e = env.fails_unchanged(&["check", "a", "--accept", &a3]);
    assert!(e.contains("--reason"), "{e}");
    let e = env.fails_unchanged(&["check", "a", "--accept", "abcdef0", "--reason", "x"]);
    assert!(e.contains("no finding ‘abcdef0’ in a"), "{e}");
    let e = env.fails_unchanged(&["check", "a", "--accept", "xyz", "--reason", "x"]);
    assert!(e.contains("bad finding ‘xyz’"), "{e}");
    let e = env.fails_unchanged(&["check", "a", "--accept", "nope:a:3", "--reason", "x"]);
    assert!(e.contains("unknown check ‘nope’"), "{e}");
    let e = env.fails_unchanged(&["check", "a", "--revoke", &a3]);
    assert!(e.contains("no accepted finding"), "{e}");
    let usage = env.run(&["check", "a", "--accept", &a3, "--reason", "x", "--propose"]);
    assert_eq!(usage.code(), 2);

    // Accepted by CHECK:DOC:N, for that segment: hidden, counted, the check still fails on
    // the other one.
    let (r, code) = check(
        &env,
        &["--accept", "numbers:a:3", "--reason", "18.00 is 6 p.m."],
    );
    assert_eq!(code, 1);
    assert_eq!(r.changes.len(), 1);
    assert_eq!(r.changes[0].action, "accepted");
    assert_eq!(r.changes[0].finding, a3);
    assert_eq!(found(&r), vec![triple("a:4", "numbers", "18.00")]);
    assert_eq!(r.accepted_count, 1);
    assert!(r.accepted.is_empty(), "hidden unless asked for");
    let op = r.operation.expect("an operation");
    let log = env.run(&["log", "-n", "1"]).ok();
    assert!(
        log.contains(&format!("#{op}"))
            && log.contains("tester  check")
            && log.contains(&format!(
                "accepted {a3} numbers ‘18.00’ on a:3 (this segment): 18.00 is 6 p.m."
            )),
        "{log}"
    );
    // Accepting it again changes nothing.
    let (r, _) = check(&env, &["--accept", &a3[..5], "--reason", "again"]);
    assert_eq!(r.changes[0].action, "already accepted");
    assert_eq!(r.operation, None);

    // Listed on request, with who and why.
    let (r, _) = check(&env, &["--show-accepted"]);
    assert_eq!(r.accepted.len(), 1);
    let how = r.accepted[0].accepted.as_ref().unwrap();
    assert_eq!(
        (how.reason.as_str(), how.author.as_str(), how.on.as_deref()),
        ("18.00 is 6 p.m.", "tester", Some("a:3"))
    );
    let human = env.run(&["check", "a", "--only", ONLY, "--show-accepted"]);
    assert!(
        human.stdout().contains("accepted by tester")
            && human.stdout().contains("for this segment: 18.00 is 6 p.m."),
        "{}",
        human.stdout()
    );
    assert!(
        env.run(&["check", "a", "--only", ONLY]).stderr().contains(
            "a: 1 finding (1 numbers); 1 accepted, not shown (--show-accepted lists them)"
        )
    );

    // The segment edited: the finding comes back, and the acceptance is listed as lapsed.
    env.run(&[
        "translate",
        "a:3",
        "The meeting starts at six in the evening.",
    ])
    .ok();
    let (r, _) = check(&env, &["--show-accepted"]);
    assert_eq!(
        found(&r),
        vec![
            triple("a:3", "numbers", "18.00"),
            triple("a:4", "numbers", "18.00")
        ]
    );
    assert_eq!(r.lapsed.len(), 1);
    assert_eq!(r.lapsed[0].finding, a3);
    assert!(
        r.lapsed[0].why.contains("segment changed"),
        "{:?}",
        r.lapsed
    );
    let (r, _) = check_only(&env, "names", &["--show-accepted"]);
    assert!(
        r.lapsed.is_empty(),
        "a check left out is not asked: {:?}",
        r.lapsed
    );

    // For the whole document: every `18.00` of the numbers check; the check passes.
    let (r, code) = check(
        &env,
        &[
            "--accept",
            &a4,
            "--reason",
            "times are converted",
            "--scope",
            "document",
        ],
    );
    assert_eq!(code, 0, "{:?}", found(&r));
    assert_eq!(r.accepted_count, 2);

    // Revoked: both come back; undo of the revocation hides them again.
    let (r, code) = check(&env, &["--revoke", &a4]);
    assert_eq!(code, 1);
    assert_eq!(r.changes[0].action, "revoked");
    assert_eq!(found(&r).len(), 2);
    env.run(&["undo"]).ok();
    let (_, code) = check(&env, &[]);
    assert_eq!(code, 0);
    // Undoing the acceptance itself brings them back too.
    let log = env.run(&["--json", "log"]).json();
    let accept_op = log
        .as_array()
        .unwrap()
        .iter()
        .find(|o| {
            o["summary"]
                .as_str()
                .unwrap()
                .contains("times are converted")
        })
        .unwrap()["id"]
        .to_string();
    env.run(&["undo", &accept_op]).ok();
    let (r, _) = check(&env, &[]);
    assert_eq!(found(&r).len(), 2);
}

#[test]
fn check_output_leads_with_the_finding_id() {
    let env = env();
    let (r, _) = check(&env, &[]);
    let out = env.run(&["check", "a", "--only", ONLY]).stdout();
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with(&format!("{}  a:2  name-variant", r.findings[0].finding)),
        "{first}"
    );
}
