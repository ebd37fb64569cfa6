//! Files from other tools (issue 14): told by content rather than by name, their versions
//! (XLIFF 1.1, TMX 1.1), their language tags kept whole, and markup tolk does not read
//! refused before anything is written.

use crate::common::TestEnv;

const XLIFF_12: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="nl" target-language="en-GB" datatype="plaintext" original="a">
    <body>
      <trans-unit id="1"><source>Goedemorgen.</source><target>Good morning.</target></trans-unit>
    </body>
  </file>
</xliff>
"#;

const TMX_11: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.1">
<header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" segtype="sentence" srclang="*all*"/>
<body>
<tu><tuv lang="NL"><seg>Een zin.</seg></tuv><tuv lang="EN-GB"><seg>One sentence.</seg></tuv></tu>
<tu><tuv lang="EN-GB"><seg>Two sentences.</seg></tuv><tuv lang="NL"><seg>Twee zinnen.</seg></tuv></tu>
</body></tmx>
"#;

#[test]
fn content_decides_the_format_when_the_name_does_not() {
    let env = TestEnv::new();
    let xliff = env.write("job.xliff12", XLIFF_12);
    let v = env
        .run(&["--json", "import", xliff.to_str().unwrap(), "--doc", "job"])
        .json();
    assert_eq!(v["format"], "xliff");
    assert_eq!(v["translated"], 1);
    let tmx = env.write("memory.txt", TMX_11);
    let v = env
        .run(&["--json", "import", tmx.to_str().unwrap(), "--doc", "mem"])
        .json();
    assert_eq!(
        (v["format"].as_str(), v["segments"].as_u64()),
        (Some("tmx"), Some(2))
    );
    // Prose with any name is still prose.
    let prose = env.write("artikel.nl", "Een zin. Nog een zin.\n");
    let v = env
        .run(&[
            "--json",
            "import",
            prose.to_str().unwrap(),
            "--doc",
            "prose",
        ])
        .json();
    assert_eq!(v["segments"], 2);
}

#[test]
fn markup_tolk_does_not_read_is_refused_naming_what_it_reads() {
    let env = TestEnv::new();
    env.run(&["init"]).ok();
    let sdl = env.write(
        "job.sdlxliff",
        XLIFF_12.replace(
            "<xliff version=\"1.2\"",
            "<xliff xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\" version=\"1.2\"",
        ),
    );
    let e = env.fails_unchanged(&["import", sdl.to_str().unwrap(), "--doc", "job"]);
    assert!(
        e.contains("job.sdlxliff: an SDL Trados SDLXLIFF file"),
        "{e}"
    );
    assert!(
        e.contains("XLIFF 1.1/1.2/2.x") && e.contains("PO/POT"),
        "{e}"
    );
    assert_eq!(e.trim().lines().count(), 1, "{e}");
    let svg = env.write("plaatje.xml", "<?xml version=\"1.0\"?>\n<svg/>\n");
    let e = env.fails_unchanged(&["import", svg.to_str().unwrap()]);
    assert!(e.contains("an XML file with root element <svg>"), "{e}");
}

#[test]
fn omegat_tmx_1_1_imports_in_one_direction_and_keeps_the_region() {
    let env = TestEnv::new();
    let tmx = env.write("project-level1.tmx", TMX_11);
    env.run(&["import", tmx.to_str().unwrap(), "--doc", "omegat"])
        .ok();
    let docs = env.run(&["--json", "docs"]).json();
    assert_eq!(
        (
            docs[0]["source_lang"].as_str(),
            docs[0]["target_lang"].as_str()
        ),
        (Some("nl"), Some("en-GB"))
    );
    assert_eq!(
        env.pairs("omegat"),
        [
            ("Een zin.".to_string(), "One sentence.".to_string()),
            ("Twee zinnen.".to_string(), "Two sentences.".to_string())
        ]
    );
    let out = env.run(&["export", "omegat", "--format", "tmx"]).ok();
    assert!(out.contains("xml:lang=\"en-GB\""), "{out}");
}

#[test]
fn csv_export_opens_in_a_csv_reader_and_comes_back_exactly() {
    let env = TestEnv::new();
    env.import_corpus();
    // A translation that looks like a formula, with a comma, a quote and a line break.
    env.run(&[
        "translate",
        "libie-moskou:2",
        "=HYPERLINK(\"x\"), said\nno one",
    ])
    .ok();
    let out = env.path("out.csv");
    env.run(&[
        "export",
        "libie-moskou",
        "--format",
        "csv",
        "-o",
        out.to_str().unwrap(),
    ])
    .ok();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"id,source,target,state\r\n"));
    // Python's csv module, as spreadsheets' CSV readers do, sees one row per segment.
    let py = std::process::Command::new("python3")
        .args([
            "-c",
            "import csv,sys; r=list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))); print(len(r)); print(r[2][2])",
            out.to_str().unwrap(),
        ])
        .output()
        .expect("python3 runs (every machine tolk is tested on has it)");
    assert!(
        py.status.success(),
        "{}",
        String::from_utf8_lossy(&py.stderr)
    );
    let text = String::from_utf8(py.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("36"), "{text}");
    assert_eq!(lines.next(), Some("'=HYPERLINK(\"x\"), said"), "{text}");
    let v = env
        .run(&["--json", "import", out.to_str().unwrap(), "--doc", "back"])
        .json();
    assert_eq!(v["format"], "csv");
    let back = env.run(&["--json", "show", "back:2"]).json();
    assert_eq!(back["segment"]["target"], "=HYPERLINK(\"x\"), said\nno one");
    let again = env.path("again.csv");
    env.run(&[
        "export",
        "back",
        "--format",
        "csv",
        "-o",
        again.to_str().unwrap(),
    ])
    .ok();
    let again = std::fs::read_to_string(&again).unwrap();
    assert_eq!(
        again.replace("back:", "libie-moskou:"),
        String::from_utf8(bytes).unwrap()
    );
}

fn has_dictionary(name: &str) -> bool {
    let found = std::path::Path::new(&format!("/usr/share/hunspell/{name}.dic")).exists();
    if !found {
        eprintln!("note: no {name} Hunspell dictionary (.ci/run installs it); skipping");
    }
    found
}

/// `check --only spelling --json` (exit 1 with findings): the report.
fn check_spelling(env: &TestEnv, doc: &str) -> serde_json::Value {
    let r = env.run(&["--json", "check", doc, "--only", "spelling"]);
    assert!(matches!(r.code(), 0 | 1), "{}", r.stderr());
    serde_json::from_str(&r.stdout()).unwrap()
}

fn spelling(env: &TestEnv, doc: &str) -> Vec<(String, String, String, Option<String>)> {
    let v = check_spelling(env, doc);
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap().to_string(),
                f["side"].as_str().unwrap().to_string(),
                f["exact"].as_str().unwrap().to_string(),
                f["suggestion"].as_str().map(String::from),
            )
        })
        .collect()
}

#[test]
fn the_translation_is_spell_checked_in_its_own_language_and_region() {
    if !has_dictionary("en_US") || !has_dictionary("en_GB") || !has_dictionary("nl") {
        return;
    }
    let env = TestEnv::new();
    env.import_corpus();
    let target = |env: &TestEnv| {
        let mut f = spelling(env, "libie-moskou");
        f.retain(|f| f.1 == "target");
        f
    };
    // The corpus translation is British; tagged just `en`, either spelling passes.
    assert_eq!(target(&env), []);
    env.run(&[
        "translate",
        "libie-moskou:2",
        "Haftar left without the avarage signature.",
    ])
    .ok();
    assert_eq!(
        target(&env),
        [(
            "libie-moskou:2".to_string(),
            "target".to_string(),
            "avarage".to_string(),
            Some("average".to_string())
        )]
    );
    // en-US: a British spelling is a finding; en-GB: it is not.
    for (lang, flagged) in [("en-US", true), ("en-GB", false)] {
        let tmx = env.write(
            "c.tmx",
            format!(
                "<tmx version=\"1.4\"><header srclang=\"nl\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" o-tmf=\"x\" creationtool=\"x\" creationtoolversion=\"1\"/><body>\n<tu><tuv xml:lang=\"nl\"><seg>De kleur van het centrum.</seg></tuv><tuv xml:lang=\"{lang}\"><seg>The colour of the centre.</seg></tuv></tu>\n</body></tmx>\n"
            ),
        );
        let doc = format!("c-{lang}");
        env.run(&["import", tmx.to_str().unwrap(), "--doc", &doc])
            .ok();
        let words: Vec<String> = spelling(&env, &doc).into_iter().map(|f| f.2).collect();
        assert_eq!(!words.is_empty(), flagged, "{lang}: {words:?}");
        let v = check_spelling(&env, &doc);
        assert!(
            v["target_dictionary"]
                .as_str()
                .unwrap()
                .contains(&lang.replace('-', "_")),
            "{v}"
        );
    }
}

#[test]
fn an_english_source_is_not_checked_with_dutch_rules() {
    if !has_dictionary("en_US") || !has_dictionary("nl") {
        return;
    }
    let env = TestEnv::new();
    let po = env.write(
        "django.tsv",
        "source\ttarget\nThe Settings page shows your avarage score.\tDe pagina Instellingen toont je gemiddelde score.\nDelete the selected items?\tDe geselecteerde items verwijderen?\n",
    );
    env.run(&[
        "import",
        po.to_str().unwrap(),
        "--doc",
        "django",
        "--lang",
        "en",
        "--target-lang",
        "nl",
    ])
    .ok();
    let found = spelling(&env, "django");
    assert_eq!(
        found,
        [(
            "django:1".to_string(),
            "source".to_string(),
            "avarage".to_string(),
            Some("average".to_string())
        )]
    );
    let v = check_spelling(&env, "django");
    assert!(
        v["source_dictionary"].as_str().unwrap().contains("en_US"),
        "{v}"
    );
    assert!(
        v["target_dictionary"].as_str().unwrap().contains("nl.dic"),
        "{v}"
    );
}

#[test]
fn other_tools_data_comes_back_in_their_format() {
    let env = TestEnv::new();
    let tmx = env.write(
        "m.tmx",
        r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="nl" datatype="plaintext"/>
<body><tu tuid="k1"><prop type="x-context">menu &amp; bar</prop><tuv xml:lang="nl"><seg>Een.</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu></body></tmx>
"#,
    );
    env.tolk(&["import", tmx.to_str().unwrap(), "--doc", "m"])
        .ok();
    let out = env.path("m.out.tmx");
    env.tolk(&[
        "export",
        "m",
        "--format",
        "tmx",
        "-o",
        out.to_str().unwrap(),
    ])
    .ok();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("<prop type=\"x-context\">menu &amp; bar</prop>"),
        "{text}"
    );
    let xlf = env.write(
        "x.xlf",
        r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="nl" target-language="en" datatype="plaintext" original="a">
    <body>
      <trans-unit id="greeting" resname="greeting"><source>Hallo.</source><target state="translated">Hello.</target>
        <context-group name="po-entry" purpose="information"><context context-type="x-po-msgctxt">menu</context></context-group>
        <note from="developer">Shown at start</note></trans-unit>
    </body>
  </file>
</xliff>
"#,
    );
    env.tolk(&["import", xlf.to_str().unwrap(), "--doc", "x"])
        .ok();
    let shown = env.tolk(&["show", "x"]).ok();
    assert!(shown.contains("//  Shown at start"), "{shown}");
    let out = env.path("x.out.xlf");
    env.tolk(&[
        "export",
        "x",
        "--format",
        "xliff12",
        "-o",
        out.to_str().unwrap(),
    ])
    .ok();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("<context-group name=\"po-entry\" purpose=\"information\"><context context-type=\"x-po-msgctxt\">menu</context></context-group>"), "{text}");
    // The developer's note comes back once, as the developer's.
    assert_eq!(text.matches("Shown at start").count(), 1, "{text}");
    assert!(
        text.contains("<note from=\"developer\">Shown at start</note>"),
        "{text}"
    );
}

/// XLIFF 2.0 from another tool: its notes (with their attributes), the unit's extension
/// elements (modules in their own namespaces, declared on the root) and the file's own notes
/// come back verbatim, valid, and an edited comment is added beside them, never over them.
#[test]
fn xliff_20_notes_and_extension_elements_come_back_verbatim() {
    let env = TestEnv::new();
    let xlf = env.write(
        "f.xlf",
        r##"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="nl" trgLang="en">
 <file id="f1" original="app">
  <notes><note id="fn1" category="project">Deadline Friday &amp; no later</note></notes>
  <unit id="greeting">
   <mtc:matches><mtc:match ref="#1" similarity="91" origin="agency.tmx"><source>Hallo allemaal</source><target>Hello all</target></mtc:match></mtc:matches>
   <mda:metadata><mda:metaGroup category="ctx"><mda:meta type="screen">start</mda:meta></mda:metaGroup></mda:metadata>
   <notes><note id="n1" category="context" priority="2">Shown on start</note><note appliesTo="source">Informal</note></notes>
   <segment state="translated"><source>Hallo wereld.</source><target>Hello world.</target></segment>
  </unit>
 </file>
</xliff>
"##,
    );
    env.tolk(&["import", xlf.to_str().unwrap(), "--doc", "f"])
        .ok();
    // tolk shows the notes' text as the comment.
    let v = env.run(&["--json", "show", "f:1"]).json();
    assert_eq!(v["segment"]["comment"], "Shown on start\nInformal");
    let export = |name: &str| {
        let out = env.path(name);
        env.tolk(&["export", "f", "-F", "xliff", "-o", out.to_str().unwrap()])
            .ok();
        std::fs::read_to_string(&out).unwrap()
    };
    let text = export("out.xlf");
    for kept in [
        r#"<notes><note id="fn1" category="project">Deadline Friday &amp; no later</note></notes>"#,
        r##"<mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match ref="#1" similarity="91" origin="agency.tmx"><source>Hallo allemaal</source><target>Hello all</target></mtc:match></mtc:matches>"##,
        r#"<mda:metadata xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"><mda:metaGroup category="ctx"><mda:meta type="screen">start</mda:meta></mda:metaGroup></mda:metadata>"#,
        r#"<note id="n1" category="context" priority="2">Shown on start</note>"#,
        r#"<note appliesTo="source">Informal</note>"#,
    ] {
        assert!(text.contains(kept), "{kept}\n{text}");
    }
    // The comment is the notes' text: not written a second time.
    assert_eq!(text.matches("Shown on start").count(), 1, "{text}");
    // Extension elements stand before the notes, as XLIFF 2.0 orders a unit.
    assert!(text.find("<mtc:matches").unwrap() < text.find("<note id=\"n1\"").unwrap());
    crate::codes::xmllint(
        &env,
        &text,
        "out.check",
        &["--schema", "xliff-core-2.0.xsd"],
    );
    // The export reads back to the same export.
    let again = TestEnv::new();
    let copy = again.write("f.xlf", &text);
    again
        .tolk(&["import", copy.to_str().unwrap(), "--doc", "f"])
        .ok();
    let out = again.path("again.xlf");
    again
        .tolk(&["export", "f", "-F", "xliff", "-o", out.to_str().unwrap()])
        .ok();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), text);
    // A comment written in tolk goes beside the kept notes.
    env.tolk(&["state", "f:1", "needs-work", "-c", "Say hello to the world"])
        .ok();
    let text = export("edited.xlf");
    assert!(
        text.contains(
            "<note category=\"comment\" appliesTo=\"target\">Say hello to the world</note>"
        ),
        "{text}"
    );
    assert!(
        text.contains(r#"<note id="n1" category="context" priority="2">Shown on start</note>"#)
    );
}

/// What tolk does not keep of an XLIFF 2.0 file is said in the import's report, never dropped
/// silently.
#[test]
fn xliff_20_structure_tolk_does_not_keep_is_reported() {
    let env = TestEnv::new();
    let xlf = env.write(
        "g.xlf",
        r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="en">
 <file id="f1">
  <group id="g1">
   <unit id="u1">
    <segment><source>Een.</source><target>One.</target></segment>
    <ignorable><source> </source></ignorable>
    <segment><source>Twee.</source><target>Two.</target></segment>
   </unit>
  </group>
 </file>
</xliff>
"#,
    );
    let v = env
        .run(&["--json", "import", xlf.to_str().unwrap(), "--doc", "g"])
        .json();
    let notes: Vec<&str> = v["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert!(
        notes.contains(&"1 <group> element(s) not kept: an export writes the units without groups"),
        "{v}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("1 <ignorable> part(s) between segments not kept")),
        "{v}"
    );
    let run = env
        .tolk(&["import", xlf.to_str().unwrap(), "--doc", "g2"])
        .run();
    assert!(
        run.stderr().contains("<group> element(s) not kept"),
        "{}",
        run.stderr()
    );
}
