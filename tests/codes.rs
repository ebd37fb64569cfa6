//! Inline codes (issue 14, item 2): the markup TMX and XLIFF carry inside a segment survives
//! import → export as short tags (`<x1/>`, `<g2>` … `</g2>`) that `show`, `check` and the
//! editor know, and each format gets its own markup back exactly.

use crate::common::TestEnv;

const TMX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="nl" datatype="plaintext"/>
<body>
<tu tuid="a1"><tuv xml:lang="nl"><seg>Dit is <bpt i="1">&lt;b&gt;</bpt>vet<ept i="1">&lt;/b&gt;</ept> en<ph x="2">&lt;br/&gt;</ph>regel &lt;x1/&gt;.</seg></tuv>
<tuv xml:lang="en"><seg>This is <bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept> and<ph x="2">&lt;br/&gt;</ph>line &lt;x1/&gt;.</seg></tuv></tu>
<tu tuid="a2"><tuv xml:lang="nl"><seg>Een <hi type="b">twee</hi> drie<ut>x</ut>.</seg></tuv>
<tuv xml:lang="en"><seg>One two <hi type="b">three</hi><ut>x</ut>.</seg></tuv></tu>
</body></tmx>
"#;

const XLIFF_12: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="nl" target-language="en" datatype="html" original="a.html">
    <body>
      <trans-unit id="1"><source>en<x id="1"/>regel <g id="2" ctype="bold">vet</g> <bx id="3" rid="3"/>a<ex id="4" rid="3"/>.</source>
        <target>and<x id="1"/>line <g id="2" ctype="bold">bold</g> <bx id="3" rid="3"/>a<ex id="4" rid="3"/>.</target></trans-unit>
      <trans-unit id="2"><source>Zie <mrk mtype="protected">Foo</mrk><ph id="5">&lt;img/&gt;</ph>.</source>
        <target>See <mrk mtype="protected">Foo</mrk><ph id="5">&lt;img/&gt;</ph>.</target></trans-unit>
    </body>
  </file>
</xliff>
"#;

const XLIFF_20: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="en">
  <file id="f1">
    <unit id="u1"><segment state="translated">
      <source>en<ph id="1"/>regel <pc id="2">vet</pc> <sc id="3"/>a<ec startRef="3"/>.</source>
      <target>and<ph id="1"/>line <pc id="2">bold</pc> <sc id="3"/>a<ec startRef="3"/>.</target>
    </segment></unit>
  </file>
</xliff>
"#;

fn export(env: &TestEnv, doc: &str, format: &str) -> String {
    let out = env.path(&format!("{doc}.{format}.out"));
    env.tolk(&[
        "export",
        doc,
        "--format",
        format,
        "-o",
        out.to_str().unwrap(),
    ])
    .ok();
    std::fs::read_to_string(out).unwrap()
}

/// The `<seg>`, `<source>` or `<target>` contents of an XML export, in order.
fn contents(xml: &str, element: &str) -> Vec<String> {
    let open = format!("<{element}");
    let close = format!("</{element}>");
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i..];
        let start = after.find('>').unwrap() + 1;
        let end = after.find(&close).unwrap();
        out.push(after[start..end].to_string());
        rest = &after[end..];
    }
    out
}

#[test]
fn tmx_codes_come_back_exactly_and_show_as_short_tags() {
    let env = TestEnv::new();
    let f = env.write("a.tmx", TMX);
    env.tolk(&["import", f.to_str().unwrap(), "--doc", "a"])
        .ok();
    let shown = env.tolk(&["show", "a"]).ok();
    // The literal "<x1/>" of the file is text, so the codes are numbered above it.
    assert!(
        shown.contains("Dit is <g2>vet</g2> en<x3/>regel <x1/>."),
        "{shown}"
    );
    assert!(shown.contains("One two <g1>three</g1><x2/>."), "{shown}");
    assert!(
        shown.contains("codes"),
        "show names what the codes stand for: {shown}"
    );
    let out = export(&env, "a", "tmx");
    assert_eq!(contents(&out, "seg"), contents(TMX, "seg"));
    // In XLIFF 1.2, which has the same elements, the native code goes along.
    let x12 = export(&env, "a", "xliff12");
    assert_eq!(
        contents(&x12, "source")[0],
        "Dit is <bpt id=\"2\" rid=\"2\">&lt;b&gt;</bpt>vet<ept id=\"2\" rid=\"2\">&lt;/b&gt;</ept> \
         en<ph id=\"3\">&lt;br/&gt;</ph>regel &lt;x1/&gt;."
    );
    // Nothing for the checks to say about codes kept in place, and no number found in a tag.
    let check = env.tolk(&["check", "a"]).ok();
    assert!(
        !check.contains("tags") && !check.contains("numbers"),
        "{check}"
    );
}

#[test]
fn xliff_12_codes_come_back_exactly_with_no_space_lost_or_doubled() {
    let env = TestEnv::new();
    let f = env.write("a.xlf", XLIFF_12);
    env.tolk(&["import", f.to_str().unwrap(), "--doc", "a"])
        .ok();
    let shown = env.tolk(&["show", "a"]).ok();
    assert!(
        shown.contains("en<x1/>regel <g2>vet</g2> <g3>a</g3>."),
        "{shown}"
    );
    assert!(shown.contains("Zie <g1>Foo</g1><x2/>."), "{shown}");
    let out = export(&env, "a", "xliff12");
    assert_eq!(contents(&out, "source"), contents(XLIFF_12, "source"));
    assert_eq!(contents(&out, "target"), contents(XLIFF_12, "target"));
}

#[test]
fn xliff_20_codes_come_back_exactly_and_cross_formats_validly() {
    let env = TestEnv::new();
    let f = env.write("a.xlf", XLIFF_20);
    env.tolk(&["import", f.to_str().unwrap(), "--doc", "a"])
        .ok();
    let out = export(&env, "a", "xliff");
    assert_eq!(contents(&out, "source"), contents(XLIFF_20, "source"));
    assert_eq!(contents(&out, "target"), contents(XLIFF_20, "target"));
    // Into the other formats: their own codes, in the same places.
    let tmx = export(&env, "a", "tmx");
    assert_eq!(
        contents(&tmx, "seg")[1],
        "and<ph x=\"1\"/>line <bpt i=\"2\"/>bold<ept i=\"2\"/> <bpt i=\"3\"/>a<ept i=\"3\"/>."
    );
    let x12 = export(&env, "a", "xliff12");
    assert_eq!(
        contents(&x12, "target")[0],
        "and<x id=\"1\"/>line <g id=\"2\">bold</g> <g id=\"3\">a</g>."
    );
    // And back: the TMX export read as a new document keeps the codes as codes.
    let t = env.write("b.tmx", &tmx);
    env.tolk(&["import", t.to_str().unwrap(), "--doc", "b"])
        .ok();
    assert_eq!(
        contents(&export(&env, "b", "tmx"), "seg"),
        contents(&tmx, "seg")
    );
}

#[test]
fn check_reports_codes_missing_added_or_moved_and_exports_stay_well_formed() {
    let env = TestEnv::new();
    let f = env.write("a.xlf", XLIFF_12);
    env.tolk(&["import", f.to_str().unwrap(), "--doc", "a"])
        .ok();
    env.tolk(&[
        "translate",
        "a:1",
        "line <g2>bold and<x1/><x1/> <g3>a</g3>.",
    ])
    .ok();
    env.tolk(&["translate", "a:2", "See <x2/><g1>Foo</g1>."])
        .ok();
    let check = env.run(&["check", "a", "--only", "tags"]).stdout();
    assert!(
        check.contains("inline codes missing </g2>; added <x1/>"),
        "{check}"
    );
    assert!(
        check.contains("in another order than in the source"),
        "{check}"
    );
    // The unpaired <g2> is written as an isolated code, so the file stays well-formed.
    let out = export(&env, "a", "xliff12");
    assert!(
        out.contains("<target state=\"translated\">line <bx id=\"2\"/>bold and"),
        "{out}"
    );
    let tmx = export(&env, "a", "tmx");
    assert!(tmx.contains("<it pos=\"begin\" x=\"2\"/>"), "{tmx}");
    let x20 = export(&env, "a", "xliff");
    assert!(x20.contains("<sc id=\"2\" isolated=\"yes\"/>"), "{x20}");
    // Re-read, each export is a valid file for tolk.
    for (name, text) in [("c.xlf", &out), ("c.tmx", &tmx), ("d.xlf", &x20)] {
        let p = env.write(name, text);
        env.tolk(&[
            "import",
            p.to_str().unwrap(),
            "--doc",
            &name.replace('.', "-"),
        ])
        .ok();
    }
}

/// Validates `text` with xmllint against a schema in tests/schemas; None when xmllint is absent.
pub fn xmllint(env: &TestEnv, text: &str, name: &str, args: &[&str]) -> Option<()> {
    let f = env.write(name, text);
    let schemas = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas");
    let mut cmd = std::process::Command::new("xmllint");
    cmd.arg("--noout");
    for a in args {
        if a.ends_with(".xsd") || a.ends_with(".dtd") {
            cmd.arg(schemas.join(a));
        } else {
            cmd.arg(a);
        }
    }
    let out = match cmd.arg(&f).output() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("skipped: xmllint ({e})");
            return None;
        }
    };
    assert!(
        out.status.success(),
        "{name}: {}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(())
}

#[test]
fn exports_with_codes_validate_in_every_xml_format() {
    let env = TestEnv::new();
    for (name, text) in [("a.tmx", TMX), ("b.xlf", XLIFF_12), ("c.xlf", XLIFF_20)] {
        let f = env.write(name, text);
        let doc = name.replace('.', "-");
        env.tolk(&["import", f.to_str().unwrap(), "--doc", &doc])
            .ok();
        // As read; a translation whose pair no longer nests; one that drops the opening half
        // of a begin/end pair.
        for translation in [None, Some("<g2>Moved <x1/>"), Some("and<x1/>line a</g3>.")] {
            if let Some(t) = translation {
                env.tolk(&["translate", &format!("{doc}:1"), t]).ok();
            }
            for (format, args) in [
                ("tmx", &["--dtdvalid", "tmx14.dtd"][..]),
                ("xliff12", &["--schema", "xliff-core-1.2-strict.xsd"][..]),
                ("xliff", &["--schema", "xliff-core-2.0.xsd"][..]),
            ] {
                let out = export(&env, &doc, format);
                if xmllint(&env, &out, &format!("{doc}.{format}.check"), args).is_none() {
                    return;
                }
            }
        }
    }
}

#[test]
fn an_edit_in_an_xliff_12_unit_with_codes_comes_back_with_its_state_and_codes() {
    let env = TestEnv::new();
    let f = env.write("a.xlf", XLIFF_12);
    env.tolk(&["import", f.to_str().unwrap(), "--doc", "a"])
        .ok();
    let out = export(&env, "a", "xliff12");
    // A translator changes a word and marks the unit for review in another tool; tolk's
    // extradata still says "translated", but no longer matches the unit.
    let old = "<target state=\"translated\">and<x id=\"1\"/>line";
    assert!(out.contains(old), "{out}");
    let edited = out.replace(
        old,
        "<target state=\"needs-review-translation\">and<x id=\"1\"/>rule",
    );
    let back = env.write("back.xlf", &edited);
    env.tolk(&["import", back.to_str().unwrap(), "--update"])
        .env("TOLK_AUTHOR", "els")
        .ok();
    let s = env.run(&["--json", "show", "a:1"]).json();
    assert_eq!(
        s["segment"]["target"], "and<x1/>rule <g2>bold</g2> <g3>a</g3>.",
        "{s}"
    );
    assert_eq!(
        (
            s["segment"]["state"].as_str(),
            s["segment"]["author"].as_str()
        ),
        (Some("needs-work"), Some("els"))
    );
    // And out again, the codes as the file had them.
    let again = export(&env, "a", "xliff12");
    assert!(
        again.contains(
            "and<x id=\"1\"/>rule <g id=\"2\" ctype=\"bold\">bold</g> <bx id=\"3\" rid=\"3\"/>a<ex id=\"4\" rid=\"3\"/>."
        ),
        "{again}"
    );
}

#[test]
fn xliff_20_original_data_stays_with_the_codes_that_point_at_it() {
    let env = TestEnv::new();
    let f = env.write(
        "od.xlf",
        r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="en">
  <file id="f1">
    <unit id="intro">
      <originalData><data id="d1">&lt;br/&gt;</data></originalData>
      <segment state="translated"><source>en<ph id="1" dataRef="d1"/>regel</source><target>and<ph id="1" dataRef="d1"/>line</target></segment>
    </unit>
  </file>
</xliff>
"#,
    );
    env.tolk(&["import", f.to_str().unwrap(), "--doc", "od"])
        .ok();
    let out = export(&env, "od", "xliff");
    assert!(
        out.contains("<originalData><data id=\"d1\">&lt;br/&gt;</data></originalData>"),
        "{out}"
    );
    assert_eq!(
        contents(&out, "target")[0],
        "and<ph id=\"1\" dataRef=\"d1\"/>line"
    );
    let _ = xmllint(&env, &out, "od.check", &["--schema", "xliff-core-2.0.xsd"]);
}
