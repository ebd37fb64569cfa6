//! Round trips through translate-toolkit (issue 14): tolk's XLIFF 1.2 states as `pocount` and
//! `xliff2po` read them, and a PO catalogue through `po2xliff` → tolk → `xliff2po` comes back
//! as the catalogue translate-toolkit's own round trip gives (`msgcmp`, `msgcat`), with the
//! same counts. translate-toolkit lives next to the Python `.ci/run` makes
//! (`TOLK_TEST_PYTHON`); without it the tests say so and stop.

use crate::common::TestEnv;
use std::path::{Path, PathBuf};
use std::process::Command;

/// translate-toolkit's command `name`, from the virtualenv of `TOLK_TEST_PYTHON`.
fn toolkit(name: &str) -> Option<PathBuf> {
    let python = std::env::var_os("TOLK_TEST_PYTHON").map(PathBuf::from);
    let bin = python.as_deref().and_then(Path::parent)?.join(name);
    if bin.exists() {
        Some(bin)
    } else {
        eprintln!(
            "skipped: no translate-toolkit {name} next to TOLK_TEST_PYTHON (.ci/run installs it)"
        );
        None
    }
}

fn run(cmd: &Path, args: &[&Path]) -> String {
    let out = Command::new(cmd).args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{} failed: {}",
        cmd.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// pocount's counts of a file: (translated, fuzzy, untranslated) messages.
fn counts(pocount: &Path, file: &Path) -> (u64, u64, u64) {
    let csv = run(pocount, &[Path::new("--csv"), file]);
    let row: Vec<u64> = csv
        .lines()
        .nth(1)
        .expect("a row")
        .split(',')
        .skip(1)
        .map(|v| v.trim().parse().unwrap())
        .collect();
    (row[0], row[3], row[5])
}

#[test]
fn translate_toolkit_reads_tolks_xliff_12_states_as_tolk_means_them() {
    let (Some(pocount), Some(xliff2po)) = (toolkit("pocount"), toolkit("xliff2po")) else {
        return;
    };
    let env = TestEnv::new();
    env.import_corpus();
    env.tolk(&["state", "libie-moskou:2", "needs-work", "-c", "too literal"])
        .ok();
    env.tolk(&["translate", "libie-moskou:3", "--clear"]).run();
    let x = env.path("c.xlf");
    env.tolk(&[
        "export",
        "libie-moskou",
        "--format",
        "xliff12",
        "-o",
        x.to_str().unwrap(),
    ])
    .ok();
    let report = env.tolk(&["docs"]).ok();
    let (t, f, u) = counts(&pocount, &x);
    // The corpus has 35 segments; pocount agrees with tolk's own count.
    assert_eq!((t + f + u, f), (35, 1), "{report}");
    assert!(
        t >= 33,
        "pocount: {t} translated, {f} fuzzy, {u} untranslated"
    );
    let po = env.path("c.po");
    run(&xliff2po, &[&x, &po]);
    let text = std::fs::read_to_string(&po).unwrap();
    assert_eq!(
        text.matches("#, fuzzy\nmsgid \"").count() - usize::from(text.starts_with("#, fuzzy")),
        1,
        "{text}"
    );
}

#[test]
fn po_through_po2xliff_tolk_and_xliff2po_is_the_same_catalogue() {
    let (Some(pocount), Some(po2xliff), Some(xliff2po)) =
        (toolkit("pocount"), toolkit("po2xliff"), toolkit("xliff2po"))
    else {
        return;
    };
    let env = TestEnv::new();
    let po = env.write(
        "s.po",
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: en\\n\"\n\
         \"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n\
         # A translator's note\nmsgid \"Een\"\nmsgstr \"One\"\n\n\
         #, fuzzy\nmsgid \"Twee\"\nmsgstr \"Two\"\n\n\
         msgid \"Drie\"\nmsgstr \"\"\n\n\
         msgid \"Vier <b>vet</b>\"\nmsgstr \"Four <b>bold</b>\"\n",
    );
    let x1 = env.path("s1.xlf");
    run(&po2xliff, &[&po, &x1]);
    // translate-toolkit's own round trip, the reference.
    let reference = env.path("ref.po");
    run(&xliff2po, &[&x1, &reference]);
    let v = env
        .run(&[
            "--json",
            "import",
            x1.to_str().unwrap(),
            "--doc",
            "s",
            "--lang",
            "nl-en",
        ])
        .json();
    // The gettext header unit is document data, not segment 1.
    assert_eq!(v["segments"], 4, "{v}");
    let shown = env.tolk(&["show", "s"]).ok();
    assert!(shown.contains("s:1  ¶1  translated"), "{shown}");
    assert!(shown.contains("s:2  ¶2  needs-work"), "{shown}");
    assert!(shown.contains("s:3  ¶3  untranslated"), "{shown}");
    let x2 = env.path("s2.xlf");
    env.tolk(&[
        "export",
        "s",
        "--format",
        "xliff12",
        "-o",
        x2.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(counts(&pocount, &x1), counts(&pocount, &x2));
    assert_eq!(counts(&pocount, &x2), (2, 1, 1));
    let back = env.path("back.po");
    run(&xliff2po, &[&x2, &back]);
    assert_eq!(counts(&pocount, &reference), counts(&pocount, &back));
    let msgcmp = Command::new("msgcmp")
        .args(["--use-fuzzy", "--use-untranslated"])
        .arg(&reference)
        .arg(&back)
        .output();
    match msgcmp {
        Ok(o) => assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr)),
        Err(e) => eprintln!("skipped msgcmp: {e}"),
    }
    // The same entries, states, texts and translator comments, header fields included.
    let entries = |p: &Path| {
        let o = Command::new("msgcat")
            .arg("--sort-output")
            .arg("--no-location")
            .arg(p)
            .output();
        o.ok().map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .filter(|l| {
                    !l.starts_with("\"POT-Creation-Date") && !l.starts_with("\"X-Generator")
                })
                .map(String::from)
                .collect::<Vec<_>>()
        })
    };
    if let (Some(a), Some(b)) = (entries(&reference), entries(&back)) {
        assert_eq!(a, b);
    }
}

/// An edit made with a translate-toolkit tool (`podebug` rewrites every translation) comes
/// back through `import --update`: each entry a new revision by the given author, one
/// operation.
#[test]
fn edits_made_with_translate_toolkit_come_back_as_revisions() {
    let Some(podebug) = toolkit("podebug") else {
        return;
    };
    let env = TestEnv::new();
    env.import_corpus();
    let (a, b) = (env.path("a.po"), env.path("b.po"));
    env.tolk(&["export", "libie-moskou", "-F", "po", "-o", "a.po"])
        .ok();
    run(
        &podebug,
        &[
            Path::new("-i"),
            &a,
            Path::new("-o"),
            &b,
            Path::new("--rewrite=bracket"),
        ],
    );
    let r: tolk::ops::import::merge::MergeReport = env
        .tolk(&["--author", "els", "import", "b.po", "--update"])
        .report();
    assert_eq!((r.entries, r.edited, r.unchanged), (35, 35, 0), "{r:?}");
    let v = env.run(&["--json", "show", "libie-moskou:3"]).json();
    assert_eq!(v["segment"]["target"], "[Photo EPA]");
    assert_eq!(v["segment"]["author"], "els");
    assert_eq!(v["segment"]["revision"], 2);
    let ops: i64 = env.sql("SELECT COUNT(*) FROM operations WHERE command = 'import'");
    assert_eq!(ops, 2, "the merge is one operation");
}
