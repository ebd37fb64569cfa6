//! The layering of `src/`, checked from the source: arrows between top-level modules point down
//! only (no import cycles), SQL lives in `store`, clap in `cli`, printing in `print`, and the
//! pure engines know nothing of SQLite, clap or the printer.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Top-level module → its source files (comments stripped).
fn modules() -> BTreeMap<String, Vec<(PathBuf, String)>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out: BTreeMap<String, Vec<(PathBuf, String)>> = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&src).unwrap();
            let top = rel
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string();
            // `lib.rs` only declares modules; `tests.rs` files are `#[cfg(test)] mod tests;`.
            if top == "lib" || top == "main" || path.file_name().is_some_and(|f| f == "tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            out.entry(top).or_default().push((path, code_only(&text)));
        }
    }
    out
}

/// The source without comments and without `#[cfg(test)]` modules (tests may reach anywhere).
fn code_only(text: &str) -> String {
    let mut text = text.to_string();
    let mut from = 0;
    while let Some(i) = text[from..].find("#[cfg(test)]").map(|i| i + from) {
        let after = &text[i..];
        let header_end = after.find(['{', ';']).unwrap_or(after.len());
        if !after[..header_end].contains("mod ") || !after[header_end..].starts_with('{') {
            from = i + 1;
            continue;
        }
        let body = i + header_end + 1;
        let end = body + matching_brace(&text[body..]);
        text.replace_range(i..(end + 1).min(text.len()), "");
        from = i;
    }
    text.lines()
        .map(|l| match l.trim_start() {
            t if t.starts_with("//") => "",
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules a file names through `crate::…` paths (also inside `use crate::{…}`).
fn references(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let after = &rest[i + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            let end = matching_brace(group);
            let mut depth = 0;
            let mut item = String::new();
            for c in group[..end].chars().chain([',']) {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        let name: String = item
                            .trim()
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        if !name.is_empty() {
                            found.insert(name);
                        }
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
        } else {
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
        rest = after;
    }
    found
}

fn matching_brace(s: &str) -> usize {
    let mut depth = 1;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    s.len()
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mods = modules();
    mods.iter()
        .map(|(name, files)| {
            let deps = files
                .iter()
                .flat_map(|(_, code)| references(code))
                .filter(|d| d != name && mods.contains_key(d))
                .collect();
            (name.clone(), deps)
        })
        .collect()
}

/// A cycle in the graph, as a path `a → b → … → a`, if there is one.
fn find_cycle(g: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == n) {
            let mut cycle = path[i..].to_vec();
            cycle.push(n.to_string());
            return Some(cycle);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_string());
        for d in g.get(n).into_iter().flatten() {
            if let Some(c) = visit(d, g, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    g.keys()
        .find_map(|n| visit(n, g, &mut Vec::new(), &mut done))
}

#[test]
fn no_import_cycle_between_top_level_modules() {
    let g = graph();
    assert!(g.contains_key("store") && g.contains_key("cli"), "{g:?}");
    if let Some(cycle) = find_cycle(&g) {
        panic!("import cycle: {}\ngraph: {g:#?}", cycle.join(" → "));
    }
}

/// The pure engines and the layers below them never reach up.
#[test]
fn arrows_point_down() {
    let g = graph();
    let engines = [
        "align",
        "anchor",
        "attribution",
        "check",
        "diff",
        "formats",
        "segment",
        "tm",
    ];
    let above_engines = ["cli", "ops", "print", "store"];
    for e in engines {
        for d in g.get(e).into_iter().flatten() {
            assert!(
                !above_engines.contains(&d.as_str()),
                "engine `{e}` imports `{d}`"
            );
        }
    }
    for (low, forbidden) in [
        (
            "text",
            &["cli", "ops", "print", "store", "model", "error"][..],
        ),
        ("error", &["cli", "ops", "print", "store", "model"][..]),
        ("model", &["cli", "ops", "print", "store"][..]),
        ("store", &["cli", "ops", "print"][..]),
        ("ops", &["cli", "print"][..]),
        ("print", &["cli"][..]),
    ] {
        for d in g.get(low).into_iter().flatten() {
            assert!(!forbidden.contains(&d.as_str()), "`{low}` imports `{d}`");
        }
    }
}

fn files_where(pred: impl Fn(&str, &str) -> bool) -> Vec<String> {
    let mut hits = Vec::new();
    for (module, files) in modules() {
        for (path, code) in files {
            for (i, line) in code.lines().enumerate() {
                if pred(&module, line) {
                    hits.push(format!("{}:{}: {}", path.display(), i + 1, line.trim()));
                }
            }
        }
    }
    hits
}

#[test]
fn printing_only_in_the_printer() {
    let hits = files_where(|module, line| {
        module != "print"
            && ["println!", "eprintln!", "print!(", "eprint!("]
                .iter()
                .any(|m| line.contains(m))
    });
    assert!(
        hits.is_empty(),
        "printing outside src/print:\n{}",
        hits.join("\n")
    );
}

#[test]
fn sql_only_in_the_store() {
    let sql = [
        "SELECT ",
        "INSERT INTO",
        "INSERT OR",
        "DELETE FROM",
        "CREATE TABLE",
        "PRAGMA ",
        "rusqlite::",
    ];
    let hits = files_where(|module, line| {
        module != "store" && module != "error" && sql.iter().any(|k| line.contains(k))
    });
    assert!(
        hits.is_empty(),
        "SQL outside src/store:\n{}",
        hits.join("\n")
    );
}

#[test]
fn clap_only_in_the_cli() {
    let hits = files_where(|module, line| module != "cli" && line.contains("clap"));
    assert!(
        hits.is_empty(),
        "clap outside src/cli:\n{}",
        hits.join("\n")
    );
}

#[test]
fn handlers_do_not_choose_the_output_format() {
    let hits = files_where(|module, line| {
        module == "cli"
            && (line.contains("ctx.json")
                || line.contains("json!(")
                || line.contains("ctx.write(")
                || line.contains("Error::input("))
    });
    assert!(
        hits.is_empty(),
        "handlers that print JSON by hand, write outside ops, or raise prose errors:\n{}",
        hits.join("\n")
    );
}

#[test]
fn references_are_found_in_groups_and_paths() {
    let code = "use crate::{model::{A, B}, text};\nlet x = crate::store::open();";
    let r = references(code);
    assert_eq!(
        r.into_iter().collect::<Vec<_>>(),
        ["model", "store", "text"]
    );
    let mut g = BTreeMap::new();
    g.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    g.insert("b".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(find_cycle(&g).unwrap(), ["a", "b", "a"]);
}
