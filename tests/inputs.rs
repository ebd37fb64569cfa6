//! Untrusted input (issue 11 items 13 and 18 and the "minor, same spirit" list): every number
//! a file gives is bounded, every reader is capped, files that are not text say what they are,
//! canonically equivalent text matches, and `diff --since` reads dates as dates.

use crate::common::TestEnv;

/// Exports the corpus document as `format` into `name` and returns the file's text.
fn exported(env: &TestEnv, format: &str, name: &str) -> String {
    let out = env.path(name);
    env.run(&[
        "export",
        "libie-moskou",
        "-F",
        format,
        "-o",
        out.to_str().unwrap(),
    ])
    .ok();
    std::fs::read_to_string(out).unwrap()
}

/// Item 13: a revision number at `i64::MAX` (or any absurd number) in JSONL, TMX, PO, XLIFF
/// is refused with the file and line, nothing is stored, and an ordinary one still imports and
/// the segment stays editable.
#[test]
fn imported_numbers_are_bounded() {
    let env = TestEnv::new();
    env.import_corpus();
    let huge = "9223372036854775807";
    let jsonl = exported(&env, "jsonl", "x.jsonl");
    assert!(jsonl.lines().next().unwrap().contains("\"revision\":1,"));
    let cases = [
        (
            "r.jsonl",
            jsonl.replacen("\"revision\":1,", &format!("\"revision\":{huge},"), 1),
            "r.jsonl line 1: revision",
        ),
        (
            "r.tmx",
            exported(&env, "tmx", "x.tmx").replacen(
                "x-tolk-revision\">1<",
                &format!("x-tolk-revision\">{huge}<"),
                1,
            ),
            "r.tmx line ",
        ),
        (
            "r.po",
            exported(&env, "po", "x.po").replacen(
                "\"revision\":1",
                &format!("\"revision\":{huge}"),
                1,
            ),
            "r.po line ",
        ),
        (
            "r.xliff",
            exported(&env, "xliff", "x.xliff").replacen(
                "tolk:revision=\"1\"",
                "tolk:revision=\"-1\"",
                1,
            ),
            "r.xliff line ",
        ),
    ];
    for (name, text, starts) in cases {
        assert!(text.contains(huge) || text.contains("\"-1\""), "{name}");
        let path = env.write(name, &text);
        let e = env.fails_unchanged(&["import", path.to_str().unwrap(), "--doc", "big"]);
        assert!(e.contains(&format!("/{starts}")), "{name}: {e}");
        assert!(e.contains("not a whole number from 1 to 1000000"), "{e}");
    }
    // A plausible revision imports and the segment takes a new one.
    let ok = jsonl.replacen("\"revision\":1,", "\"revision\":41,", 1);
    let path = env.write("ok.jsonl", ok);
    env.run(&["import", path.to_str().unwrap(), "--doc", "fine"])
        .ok();
    env.run(&["translate", "fine:1", "New text."]).ok();
    let rev: i64 = env.sql(
        "SELECT MAX(t.revision) FROM translations t JOIN segments s ON s.id = t.segment_id \
         JOIN documents d ON d.id = s.document_id WHERE d.name = 'fine' AND s.position = 1",
    );
    assert_eq!(rev, 42);
    // Stand-off numbers too.
    let big = env.write(
        "libie-moskou.annotations.jsonl",
        format!("{{\"n\": {huge}, \"kind\": \"note\", \"exact\": \"x\", \"text\": \"y\"}}\n"),
    );
    let e = env.fails_unchanged(&["import", big.to_str().unwrap()]);
    assert!(e.contains("line 1: annotation n"), "{e}");
}

/// Minor list: JSONL paragraph numbers that go down, and an empty source in tolk's TSV or in a
/// TMX, are refused naming the line.
#[test]
fn paragraph_order_and_empty_sources_are_checked() {
    let env = TestEnv::new();
    env.import_corpus();
    let down = env.write(
        "down.jsonl",
        "{\"source\":\"Een.\",\"paragraph\":2}\n{\"source\":\"Twee.\",\"paragraph\":1}\n",
    );
    let e = env.fails_unchanged(&["import", down.to_str().unwrap()]);
    assert!(
        e.ends_with(
            "/down.jsonl line 2: paragraph 1 comes after paragraph 2; paragraph numbers must not go down"
        ),
        "{e}"
    );
    let tsv = env.write(
        "empty.tsv",
        "id\tsource\ttarget\tstate\nx:1\tEen.\tOne.\ttranslated\nx:2\t\tTwo.\ttranslated\n",
    );
    let e = env.fails_unchanged(&["import", tsv.to_str().unwrap()]);
    assert!(e.contains("/empty.tsv line 3: empty source text"), "{e}");
    let tmx = exported(&env, "tmx", "x.tmx");
    let at = tmx.find("<seg>").unwrap() + "<seg>".len();
    let end = at + tmx[at..].find("</seg>").unwrap();
    let tmx = format!("{}{}", &tmx[..at], &tmx[end..]);
    let path = env.write("empty.tmx", tmx);
    let e = env.fails_unchanged(&["import", path.to_str().unwrap(), "--doc", "e"]);
    assert!(
        e.contains("empty.tmx line ") && e.contains("empty source text"),
        "{e}"
    );
}

/// Item 18: `segment`, `translate -`/`--file` and the importers stop early on endless or
/// binary input, and files that are not UTF-8 text say what they are.
#[test]
fn every_input_is_capped_and_sniffed() {
    let env = TestEnv::new();
    env.import_corpus();
    if std::path::Path::new("/dev/zero").exists() {
        for args in [
            &["segment", "/dev/zero"][..],
            &["translate", "libie-moskou:2", "--file", "/dev/zero"],
            &["import", "/dev/zero", "--doc", "z"],
        ] {
            let e = env.fails_unchanged(args);
            assert!(e.contains("NUL byte at byte offset 0"), "{args:?}: {e}");
        }
    }
    // An endless line: refused at the 4 MiB line cap, from stdin too.
    let long = "a".repeat((4 << 20) + 10);
    let e = env
        .run_stdin(&["translate", "libie-moskou:2", "-"], &long)
        .err();
    assert!(e.contains("<stdin>: line 1 is longer than 4 MiB"), "{e}");
    let e = env.run_stdin(&["segment", "-"], &long).err();
    assert!(e.contains("longer than 4 MiB"), "{e}");
    // Files that are not text.
    let db = std::fs::read(env.db()).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend("Een zin.\n".encode_utf16().flat_map(u16::to_le_bytes));
    let cases: [(&str, Vec<u8>, &str); 5] = [
        ("copy.txt", db, "is an SQLite database"),
        (
            "u16.txt",
            utf16,
            "is UTF-16 text; convert it with `iconv -f utf-16",
        ),
        (
            "u16.tsv",
            "a\tb\n".encode_utf16().flat_map(u16::to_le_bytes).collect(),
            "looks like UTF-16",
        ),
        (
            "doc.txt",
            b"PK\x03\x04\x14\x00\x06\x00rest".to_vec(),
            "is a zip archive",
        ),
        (
            "a.tmx",
            b"\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\x03".to_vec(),
            "gzip-compressed",
        ),
    ];
    for (name, bytes, says) in cases {
        let path = env.write(name, bytes);
        for cmd in [&["segment"][..], &["import"]] {
            let mut args = cmd.to_vec();
            args.push(path.to_str().unwrap());
            let e = env.fails_unchanged(&args);
            assert!(e.contains(says), "{args:?}: {e}");
            assert!(!e.contains("latin1"), "{e}");
        }
    }
}

/// Minor list: an overlap between two entries of one import names the earlier entry by its
/// line, not by an annotation id that is never committed.
#[test]
fn overlap_inside_an_import_names_the_line() {
    let env = TestEnv::new();
    env.import_corpus();
    let path = env.write(
        "libie-moskou.annotations.jsonl",
        "{\"n\": 1, \"kind\": \"correction\", \"exact\": \"Libische krijgsheer\", \"replacement\": \"X\", \"category\": \"typo\"}\n\
         {\"n\": 1, \"kind\": \"correction\", \"exact\": \"krijgsheer Khalifa\", \"replacement\": \"Y\", \"category\": \"typo\"}\n",
    );
    let e = env.fails_unchanged(&["import", path.to_str().unwrap()]);
    assert!(e.contains("line 2: this correction"), "{e}");
    assert!(
        e.contains("overlaps the accepted correction of line 1"),
        "{e}"
    );
    assert!(!e.contains('#'), "no uncommitted id: {e}");
}

/// Minor list: NFD text (from macOS files) matches NFC quotes and the other way round; the
/// stored text stays as published.
#[test]
fn canonically_equivalent_text_matches() {
    let env = TestEnv::new();
    let nfd = "Het cafe\u{301} is open. De reu\u{308}nie was gisteren.\n";
    let en = "The cafe\u{301} is open. The reunion was yesterday.\n";
    let src = env.write("nfd.nl.txt", nfd);
    let tr = env.write("nfd.en.txt", en);
    env.run(&[
        "import",
        src.to_str().unwrap(),
        "--doc",
        "nfd",
        "--translation",
        tr.to_str().unwrap(),
    ])
    .ok();
    let stored: String = env.sql("SELECT text FROM segments WHERE position = 1");
    assert_eq!(stored, "Het cafe\u{301} is open.", "kept as published");
    let path = env.write(
        "nfd.annotations.jsonl",
        "{\"n\": 1, \"kind\": \"note\", \"exact\": \"café\", \"text\": \"NFC quote\"}\n\
         {\"n\": 2, \"kind\": \"entity\", \"exact\": \"reünie\", \"type\": \"other\", \"start\": 3, \"end\": 10}\n",
    );
    env.run(&["import", path.to_str().unwrap()]).ok();
    let exact: String = env.sql("SELECT exact FROM annotations WHERE start = 4");
    assert_eq!(exact, "cafe\u{301}");
    let count: i64 = env.sql("SELECT COUNT(*) FROM annotations");
    assert_eq!(count, 2);
}

/// Minor list (and issue 15 item 6): `diff --since` takes a year, month, day or minute as the
/// start of that period, refuses impossible dates, and takes operations only as `#N`.
#[test]
fn since_dates_are_dates() {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&["translate", "libie-moskou:2", "Changed."]).ok();
    for all in ["2026", "2026-01", "2026-01-19", "2026-01-19T10:00"] {
        let out = env.run(&["diff", "libie-moskou", "--since", all]).ok();
        assert!(out.contains("libie-moskou:2"), "{all}: {out}");
    }
    for none in ["2027", "2026-02", "2026-01-19T10:01"] {
        assert_eq!(env.run(&["diff", "libie-moskou", "--since", none]).ok(), "");
    }
    let e = env.fails_unchanged(&["diff", "libie-moskou", "--since", "2026-13-45"]);
    assert!(e.contains("bad --since '2026-13-45'"), "{e}");
    let e = env.fails_unchanged(&["diff", "libie-moskou", "--since", "12"]);
    assert!(e.contains("operations are written #N"), "{e}");
    assert!(
        env.run(&["diff", "libie-moskou", "--since", "#1"])
            .ok()
            .contains("libie-moskou:2")
    );
}
