//! gettext PO through the tools translators use: catalogues from Debian's `.mo` files and a
//! catalogue with everything PO can say come back from tolk as the same catalogue (gettext's
//! `msgcmp`, `msgcat --sort-output`, `msgmerge`), Python's polib reads and rewrites tolk's
//! files, and edits made with polib come back through `import --update` as revisions.
//!
//! gettext and a Python with polib are installed by `.ci/run` (which exports
//! `TOLK_TEST_PYTHON`); without them the tests that need them say so and stop.

use crate::common::TestEnv;
use std::path::{Path, PathBuf};
use std::process::Command;
use tolk::ops::import::bilingual::BilingualImported;
use tolk::ops::import::merge::{Merge, MergeReport};

/// A catalogue with every kind of data PO carries, written as gettext writes it (msgcat's
/// layout), so that tolk's export minus tolk's own lines must be the same text.
const RICH: &str = r#"# Dutch translation of demo.
# Copyright (C) 2024 Free Software Foundation, Inc.
# Jan Jansen <jan@example.org>, 2024.
#
msgid ""
msgstr ""
"Project-Id-Version: demo 1.0\n"
"Report-Msgid-Bugs-To: bugs@example.org\n"
"POT-Creation-Date: 2024-01-02 10:00+0100\n"
"PO-Revision-Date: 2024-02-03 11:00+0100\n"
"Last-Translator: Jan Jansen <jan@example.org>\n"
"Language-Team: Dutch <vertaling@vrijschrift.org>\n"
"Language: nl\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"

# Say it politely.
#. TRANSLATORS: the greeting on the first screen
#: src/main.c:12 src/main.c:40
#, c-format
msgid "Hello, %s!"
msgstr "Hallo, %s!"

#: src/menu.c:7
msgctxt "menu"
msgid "Open"
msgstr "Openen"

#: src/door.c:9
msgctxt "door state"
msgid "Open"
msgstr "Open"

#: src/files.c:88
#, c-format
msgid "%d file removed"
msgid_plural "%d files removed"
msgstr[0] "%d bestand verwijderd"
msgstr[1] "%d bestanden verwijderd"

#: src/files.c:90
#, fuzzy, python-format
#| msgid "Could not read %(name)s"
msgid "Could not read %(name)s."
msgstr "Kon %(name)s niet lezen"

#: src/help.c:3
#, no-wrap
msgid ""
"Usage: demo [OPTION]... FILE\n"
"  -v, --verbose    say what is being done, at great length, in many words and more\n"
msgstr ""

#: src/files.c:120
#, c-format
msgid "%d byte"
msgid_plural "%d bytes"
msgstr[0] ""
msgstr[1] ""

#~ msgid "Old message"
#~ msgstr "Oud bericht"

#, fuzzy
#~| msgid "Older"
#~ msgid "Oldest"
#~ msgstr "Oudst"
"#;

/// Runs `tool` with `args`, or None (and a note) when it is not installed.
fn tool(name: &str, args: &[&std::ffi::OsStr]) -> Option<std::process::Output> {
    match Command::new(name).args(args).output() {
        Ok(out) => Some(out),
        Err(e) => {
            eprintln!("skipped: {name} is not installed ({e}); .ci/run installs gettext");
            None
        }
    }
}

/// Runs a gettext tool that must succeed; its stdout.
fn gettext(name: &str, args: &[&dyn AsRef<std::ffi::OsStr>]) -> Option<String> {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
    let out = tool(name, &args)?;
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

/// A Python with polib: `TOLK_TEST_PYTHON` (set by .ci/run), else `python3` if it has polib.
fn python() -> Option<PathBuf> {
    let candidates = std::env::var_os("TOLK_TEST_PYTHON")
        .map(PathBuf::from)
        .into_iter()
        .chain([PathBuf::from("python3")]);
    for p in candidates {
        let ok = Command::new(&p)
            .args(["-c", "import polib"])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Some(p);
        }
    }
    eprintln!("skipped: no Python with polib (.ci/run makes one and exports TOLK_TEST_PYTHON)");
    None
}

/// Runs a Python script with the file paths as arguments.
fn polib(script: &str, args: &[&Path]) -> Option<()> {
    let py = python()?;
    let out = Command::new(py)
        .arg("-c")
        .arg(format!("import sys, polib\n{script}"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "polib script failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(())
}

/// A PO file without what tolk adds: its `# tolk:` lines (with the lines a rewrapping tool
/// cut from them) and the header fields it writes.
fn without_tolk(po: &str) -> String {
    let mut out = String::new();
    let mut in_tolk = false;
    for line in po.lines() {
        if line.starts_with("# tolk:") {
            in_tolk = true;
            continue;
        }
        if in_tolk && line.starts_with("# ") && !line.contains(' ') {
            continue;
        }
        in_tolk = false;
        if line.starts_with("\"X-Generator: tolk") || line.starts_with("\"X-Tolk-") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// `msgcat --sort-output` of a file: gettext's own normal form of a catalogue.
fn normal(env: &TestEnv, name: &str, po: &str) -> Option<String> {
    let p = env.write(name, po);
    gettext("msgcat", &[&"--sort-output", &p])
}

/// "N translated messages" of `msgfmt --statistics`.
fn translated(path: &Path) -> Option<usize> {
    let out = tool(
        "msgfmt",
        &[
            "--statistics".as_ref(),
            "-o".as_ref(),
            "/dev/null".as_ref(),
            path.as_os_str(),
        ],
    )?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stderr);
    Some(
        text.split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0),
    )
}

fn export(env: &TestEnv, doc: &str, out: &str) -> String {
    env.tolk(&["export", doc, "--format", "po", "-o", out]).ok();
    std::fs::read_to_string(env.path(out)).unwrap()
}

#[test]
fn a_rich_catalogue_comes_back_as_it_was() {
    let env = TestEnv::new();
    env.write("demo.po", RICH);
    let r: BilingualImported = env.tolk(&["import", "demo.po"]).report();
    assert_eq!((r.segments, r.translated), (7, 5));
    // The msgids are English: the header names Dutch as the target only.
    assert_eq!(r.notes.len(), 1, "{:?}", r.notes);
    let langs: String = env.sql("SELECT source_lang || '>' || target_lang FROM documents");
    assert_eq!(langs, "en>nl");
    let out = export(&env, "demo", "out.po");
    // Nothing lost, nothing moved: the same text but for tolk's own lines.
    assert_eq!(without_tolk(&out), RICH);
    // Untranslated entries are not fuzzy; needs-work is.
    assert_eq!(out.matches("#, fuzzy").count(), 2, "{out}");
    // Export → import → export is byte-identical.
    let again = TestEnv::new();
    again.write("out.po", &out);
    again.tolk(&["import", "out.po"]).ok();
    assert_eq!(export(&again, "demo", "again.po"), out);
    // And gettext agrees it is the same catalogue.
    if let (Some(a), Some(b)) = (
        normal(&env, "a.po", RICH),
        normal(&env, "b.po", &without_tolk(&out)),
    ) {
        assert_eq!(a, b);
        gettext(
            "msgfmt",
            &[&"--check", &"-o", &"/dev/null", &env.path("out.po")],
        );
    }
}

/// Dutch catalogues Debian installs (sed and dpkg come with every system; gettext's with
/// the gettext package .ci/run installs).
fn debian_catalogues() -> Vec<PathBuf> {
    ["sed", "dpkg", "gettext-tools"]
        .iter()
        .map(|n| PathBuf::from(format!("/usr/share/locale/nl/LC_MESSAGES/{n}.mo")))
        .filter(|p| p.exists())
        .collect()
}

#[test]
fn debian_catalogues_round_trip_through_gettext() {
    let catalogues = debian_catalogues();
    if catalogues.is_empty() {
        eprintln!("skipped: no Dutch .mo files in /usr/share/locale/nl/LC_MESSAGES");
        return;
    }
    for mo in catalogues {
        let env = TestEnv::new();
        let name = mo.file_stem().unwrap().to_str().unwrap().to_string();
        let orig = env.path(&format!("{name}.po"));
        let Some(_) = gettext("msgunfmt", &[&mo, &"-o", &orig]) else {
            return;
        };
        let original = std::fs::read_to_string(&orig).unwrap();
        let r: BilingualImported = env
            .tolk(&["import", orig.to_str().unwrap(), "--doc", "cat"])
            .report();
        let entries = original.lines().filter(|l| l.starts_with("msgid ")).count() - 1;
        assert_eq!(r.segments, entries, "{name}");
        let out = export(&env, "cat", "out.po");
        let exported = env.path("out.po");
        // Every message of the original is in the export, and the other way round.
        gettext("msgcmp", &[&orig, &exported]).unwrap();
        gettext("msgcmp", &[&exported, &orig]).unwrap();
        // The same catalogue, whatever tolk adds in its own comments.
        let a = normal(&env, "a.po", &original).unwrap();
        let b = normal(&env, "b.po", &without_tolk(&out)).unwrap();
        if let Some((x, y)) = a.lines().zip(b.lines()).find(|(x, y)| x != y) {
            panic!("{name}: msgcat --sort-output differs:\n- {x}\n+ {y}");
        }
        assert_eq!(a.len(), b.len(), "{name}");
        // msgmerge against the template of the original keeps every translation.
        let pot = env.path("template.pot");
        gettext(
            "msgfilter",
            &[
                &"--keep-header",
                &"-i",
                &orig,
                &"-o",
                &pot,
                &"sed",
                &"-e",
                &"d",
            ],
        )
        .unwrap();
        let merged = env.path("merged.po");
        gettext("msgmerge", &[&"-q", &exported, &pot, &"-o", &merged]).unwrap();
        let want = translated(&orig).unwrap();
        assert!(want > 0);
        assert_eq!(translated(&merged), Some(want), "{name}");
        assert_eq!(translated(&exported), Some(want), "{name}");
    }
}

#[test]
fn a_template_imports_as_an_untranslated_catalogue() {
    let env = TestEnv::new();
    let pot = RICH
        .replace("\"Language: nl\\n\"\n", "\"Language: \\n\"\n")
        .replace("msgstr \"Hallo, %s!\"", "msgstr \"\"")
        .replace("msgstr \"Openen\"", "msgstr \"\"")
        .replace("msgstr \"Open\"", "msgstr \"\"")
        .replace("msgstr \"Kon %(name)s niet lezen\"", "msgstr \"\"")
        .replace("msgstr[0] \"%d bestand verwijderd\"", "msgstr[0] \"\"")
        .replace("msgstr[1] \"%d bestanden verwijderd\"", "msgstr[1] \"\"");
    env.write("demo.pot", &pot);
    let r: BilingualImported = env.tolk(&["import", "demo.pot"]).report();
    assert_eq!((r.segments, r.translated), (7, 0));
    let langs: String = env.sql("SELECT source_lang || '>' || target_lang FROM documents");
    assert_eq!(langs, "en>nl");
    let first: String = env.sql("SELECT text FROM segments WHERE position = 1");
    assert_eq!(first, "Hello, %s!");
}

#[test]
fn a_file_saved_by_polib_imports_and_its_edits_merge_back() {
    let env = TestEnv::new();
    env.write("demo.po", RICH);
    env.tolk(&["import", "demo.po"]).ok();
    export(&env, "demo", "out.po");
    let out = env.path("out.po");
    // Saved unchanged by polib (which rewraps comments at 78 columns): imports whole.
    let saved = env.path("saved.po");
    let Some(()) = polib(
        "polib.pofile(sys.argv[1]).save(sys.argv[2])",
        &[&out, &saved],
    ) else {
        return;
    };
    let text = std::fs::read_to_string(&saved).unwrap();
    // polib cut tolk's long lines, at hyphens too ("needs-" / "work").
    assert!(text.lines().any(|l| l.starts_with("# work\",")), "{text}");
    let fresh = TestEnv::new();
    fresh.write("saved.po", &text);
    let r: BilingualImported = fresh.tolk(&["import", "saved.po"]).report();
    assert_eq!((r.segments, r.translated), (7, 5));
    // Merging back the export as it is changes nothing, not even the log.
    let r: MergeReport = env
        .tolk(&["import", out.to_str().unwrap(), "--update"])
        .report();
    assert_eq!((r.entries, r.unchanged, r.operation), (7, 7, None), "{r:?}");
    // polib's copy: every entry unchanged; only the header data differs, as polib drops the
    // `#~|` line of an obsolete entry (and the file wins).
    let r: MergeReport = env
        .tolk(&["import", saved.to_str().unwrap(), "--update"])
        .report();
    assert_eq!((r.entries, r.unchanged, r.header), (7, 7, true), "{r:?}");
    assert!(!text.contains("#~| msgid \"Older\""));
    // A translator edits with polib: one msgstr changed, one entry marked fuzzy, one plural
    // form changed, and the file says who.
    let edited = env.path("edited.po");
    polib(
        r#"po = polib.pofile(sys.argv[1])
po.metadata['Last-Translator'] = 'Els <els@example.org>'
for e in po:
    if e.msgid == 'Hello, %s!':
        e.msgstr = 'Goedendag, %s!'
    if e.msgctxt == 'menu':
        e.flags.append('fuzzy')
    if e.msgid == '%d file removed':
        e.msgstr_plural[1] = '%d bestanden gewist'
po.save(sys.argv[2])"#,
        &[&out, &edited],
    )
    .unwrap();
    let r: MergeReport = env
        .tolk(&["import", edited.to_str().unwrap(), "--update"])
        .report();
    let changed: Vec<(&str, Merge, Option<&str>)> = r
        .results
        .iter()
        .filter(|e| e.result != Merge::Unchanged)
        .map(|e| (e.id.as_str(), e.result, e.author.as_deref()))
        .collect();
    let els = Some("Els <els@example.org>");
    assert_eq!(
        changed,
        [
            ("demo:1", Merge::Edited, els),
            ("demo:2", Merge::State, els),
            ("demo:4", Merge::Edited, els),
        ]
    );
    let state: String = env.sql(
        "SELECT t.state FROM translations t JOIN segments s ON s.id = t.segment_id WHERE s.position = 2 ORDER BY revision DESC LIMIT 1",
    );
    assert_eq!(state, "needs-work");
    let text: String = env.sql(
        "SELECT t.text || ' by ' || t.author FROM translations t JOIN segments s ON s.id = t.segment_id WHERE s.position = 1 ORDER BY revision DESC LIMIT 1",
    );
    assert_eq!(text, "Goedendag, %s! by Els <els@example.org>");
    // Every revision keeps every plural form.
    let forms: Vec<String> = {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        let mut st = conn
            .prepare("SELECT t.extra FROM translations t JOIN segments s ON s.id = t.segment_id WHERE s.position = 4 ORDER BY t.revision")
            .unwrap();
        st.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(
        forms,
        [
            r#"{"forms":["%d bestanden verwijderd"]}"#,
            r#"{"forms":["%d bestanden gewist"]}"#
        ]
    );
    let again = export(&env, "demo", "again.po");
    assert!(again.contains("msgstr[1] \"%d bestanden gewist\""));
    assert!(
        again.contains("#, fuzzy\n#: src/menu.c:7") || again.contains("#: src/menu.c:7\n#, fuzzy")
    );
    // One operation, undone as a whole.
    env.tolk(&["undo"]).ok();
    let revisions: i64 = env.sql("SELECT COUNT(*) FROM translations");
    assert_eq!(revisions, 5);
    env.tolk(&["undo"]).ok();
    let retired: String = env.sql("SELECT extra FROM documents");
    assert!(retired.contains("#~| msgid"), "{retired}");
}

#[test]
fn merge_back_refuses_changed_sources_and_changes_nothing() {
    let env = TestEnv::new();
    env.write("demo.po", RICH);
    env.tolk(&["import", "demo.po"]).ok();
    let out = export(&env, "demo", "out.po");
    env.write(
        "changed.po",
        out.replace("msgid \"Hello, %s!\"", "msgid \"Hi, %s!\""),
    );
    let e = env.fails_unchanged(&["import", "changed.po", "--update"]);
    assert!(e.contains("1 entry match no segment of demo"), "{e}");
    assert!(e.contains("“Hi, %s!”"), "{e}");
    // A foreign file (no tolk metadata) merges by msgctxt and msgid.
    let foreign = RICH.replace("msgstr \"Openen\"", "msgstr \"Open maken\"");
    env.write("foreign.po", &foreign);
    let r: MergeReport = env
        .tolk(&["import", "foreign.po", "--update", "--doc", "demo"])
        .report();
    assert_eq!((r.edited, r.unchanged), (1, 6), "{r:?}");
    assert_eq!(r.results[1].id, "demo:2");
    // Jan Jansen is the catalogue's translator, and no tolk export says otherwise.
    assert_eq!(
        r.results[1].author.as_deref(),
        Some("Jan Jansen <jan@example.org>")
    );
}

#[test]
fn plural_forms_survive_work_in_tolk_and_other_formats_merge_back_too() {
    let env = TestEnv::new();
    env.write("demo.po", RICH);
    env.tolk(&["import", "demo.po"]).ok();
    // A state change and an edit of the first form in tolk keep the other forms.
    env.tolk(&["state", "demo:4", "reviewed"]).ok();
    env.tolk(&["translate", "demo:4", "%d bestand gewist"]).ok();
    let out = export(&env, "demo", "out.po");
    assert!(
        out.contains("msgstr[0] \"%d bestand gewist\"\nmsgstr[1] \"%d bestanden verwijderd\"\n")
    );
    // JSONL carries the kept data too: a document read from it writes the same PO.
    env.tolk(&["export", "demo", "--format", "jsonl", "-o", "demo.jsonl"])
        .ok();
    let jsonl = std::fs::read_to_string(env.path("demo.jsonl")).unwrap();
    let copy = TestEnv::new();
    copy.write("demo.jsonl", &jsonl);
    copy.tolk(&["import", "demo.jsonl", "--doc", "demo"]).ok();
    let from_jsonl = export(&copy, "demo", "copy.po");
    let body = |po: &str| {
        without_tolk(po)
            .split("\n\n")
            .skip(1)
            .filter(|e| !e.starts_with("#~") && !e.starts_with("#, fuzzy\n#~"))
            .collect::<Vec<_>>()
            .join("\n\n")
            .trim_end()
            .to_string()
    };
    assert_eq!(body(&from_jsonl), body(&out));
    // An edit in the JSONL file merges back by id; a TSV file (no ids, no msgctxt) by source.
    let edited = jsonl.replacen("\"target\":\"Openen\"", "\"target\":\"Open doen\"", 1);
    assert_ne!(edited, jsonl);
    env.write("edited.jsonl", &edited);
    let r: MergeReport = env.tolk(&["import", "edited.jsonl", "--update"]).report();
    assert_eq!((r.edited, r.unchanged), (1, 6), "{r:?}");
    assert_eq!(r.results[1].id, "demo:2");
    env.tolk(&["export", "demo", "--format", "tsv", "-o", "demo.tsv"])
        .ok();
    let tsv = std::fs::read_to_string(env.path("demo.tsv")).unwrap();
    env.write("edited.tsv", tsv.replacen("\tOpen doen\t", "\tOpenen\t", 1));
    let r: MergeReport = env
        .tolk(&["import", "edited.tsv", "--update", "--doc", "demo"])
        .report();
    assert_eq!((r.edited, r.unchanged), (1, 6), "{r:?}");
}

/// translate-toolkit's `pocount`, from the virtualenv .ci/run makes (beside its Python).
fn pocount(files: &[&Path]) -> Option<Vec<String>> {
    let py = python()?;
    let bin = py.with_file_name("pocount");
    if !bin.exists() {
        eprintln!(
            "skipped: no pocount beside {} (.ci/run installs translate-toolkit)",
            py.display()
        );
        return None;
    }
    let out = Command::new(bin).arg("--csv").args(files).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    // Each file's counts, without its name.
    Some(
        text.lines()
            .skip(1)
            .map(|l| l.split_once(',').unwrap().1.to_string())
            .collect(),
    )
}

#[test]
fn translate_toolkit_counts_the_export_as_the_original() {
    let env = TestEnv::new();
    let orig = env.write("demo.po", RICH);
    env.tolk(&["import", "demo.po"]).ok();
    export(&env, "demo", "out.po");
    let Some(counts) = pocount(&[&orig, &env.path("out.po")]) else {
        return;
    };
    // Translated, fuzzy and untranslated messages and words: 4 translated, 1 fuzzy, 2 untranslated.
    assert!(counts[0].starts_with("4,10,10,1,5,2,"), "{counts:?}");
    assert_eq!(counts[0], counts[1]);
}

#[test]
fn tmx_and_xliff_merge_back_through_the_same_code() {
    let env = TestEnv::new();
    env.write("demo.po", RICH);
    env.tolk(&["import", "demo.po"]).ok();
    for (format, file, entries) in [
        ("tmx", "x.tmx", 5),
        ("xliff", "x.xliff", 7),
        ("xliff12", "x.xlf", 7),
    ] {
        env.tolk(&["export", "demo", "--format", format, "-o", file])
            .ok();
        let text = std::fs::read_to_string(env.path(file)).unwrap();
        assert_eq!(text.matches("Openen").count(), 1, "{format}");
        env.write(file, text.replace("Openen", "Open doen"));
        let r: MergeReport = env.tolk(&["import", file, "--update"]).report();
        assert_eq!(
            (r.entries, r.edited, r.unchanged),
            (entries, 1, entries - 1),
            "{format}: {r:?}"
        );
        assert_eq!(r.results[1].id, "demo:2", "{format}");
        env.tolk(&["undo"]).ok();
    }
}

/// A fresh import of someone else's catalogue credits its translations to the catalogue's
/// `Last-Translator`, not to whoever ran the import (who is recorded as the importer).
#[test]
fn a_fresh_import_credits_the_catalogues_last_translator() {
    let env = TestEnv::new();
    env.write("demo.po", RICH);
    env.tolk(&["--author", "anna", "import", "demo.po"]).ok();
    let v = env.run(&["--json", "show", "demo:1"]).json();
    assert_eq!(
        v["segment"]["author"], "Jan Jansen <jan@example.org>",
        "{v}"
    );
    let log = env.run(&["log"]).ok();
    assert!(log.contains("anna  import"), "{log}");
    // tolk's own export names the exporter as Last-Translator: nobody else is credited.
    env.tolk(&["--author", "anna", "translate", "demo:1", "Hoi, %s!"])
        .ok();
    export(&env, "demo", "out.po");
    let again = TestEnv::new();
    again.write(
        "out.po",
        std::fs::read_to_string(env.path("out.po")).unwrap(),
    );
    again.tolk(&["--author", "piet", "import", "out.po"]).ok();
    let v = again.run(&["--json", "show", "demo:1"]).json();
    assert_eq!(v["segment"]["author"], "anna", "{v}");
}

/// Edits made with gettext's own tools (`msgfilter` rewrites translations, `msgattrib`
/// marks them fuzzy) come back through `import --update` as revisions and state changes.
#[test]
fn edits_made_with_gettext_tools_come_back_as_revisions() {
    let env = TestEnv::new();
    env.import_corpus();
    export(&env, "libie-moskou", "a.po");
    let (a, edited, fuzzy) = (env.path("a.po"), env.path("b.po"), env.path("c.po"));
    let Some(_) = gettext(
        "msgfilter",
        &[
            &"-i",
            &a,
            &"-o",
            &edited,
            &"sed",
            &"-e",
            &"s/Haftar left/Haftar walked out/",
        ],
    ) else {
        return;
    };
    gettext("msgattrib", &[&"--set-fuzzy", &"-o", &fuzzy, &edited]).unwrap();
    let r: MergeReport = env
        .tolk(&["--author", "els", "import", "c.po", "--update"])
        .report();
    assert_eq!(r.entries, 35);
    assert_eq!(
        (r.edited, r.state_changes, r.unchanged),
        (1, 34, 0),
        "{r:?}"
    );
    let v = env.run(&["--json", "show", "libie-moskou:2"]).json();
    assert_eq!(
        v["segment"]["target"],
        "Haftar walked out without putting his signature to the agreement."
    );
    assert_eq!(v["segment"]["state"], "needs-work");
    assert_eq!(v["segment"]["author"], "els");
    let v = env.run(&["--json", "show", "libie-moskou:3"]).json();
    assert_eq!(v["segment"]["target"], "Photo EPA");
    assert_eq!(v["segment"]["state"], "needs-work");
    // One operation: undo takes it all back.
    env.run(&["undo"]).ok();
    let v = env.run(&["--json", "show", "libie-moskou:2"]).json();
    assert_eq!(v["segment"]["state"], "translated");
}
