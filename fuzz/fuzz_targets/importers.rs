//! Every importer on arbitrary input: TMX, XLIFF, PO, TSV, JSONL and stand-off annotation
//! files. Each must return a document or a clean error, never panic, hang or blow up memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tolk::formats::{jsonl, po, standoff, tmx, tsv, xliff};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = tmx::read(text, "fuzz.tmx");
    let _ = xliff::read(text, "fuzz.xlf");
    let _ = po::read(text, "fuzz.po");
    let _ = tsv::read(text, "fuzz.tsv");
    let _ = jsonl::read(text, "fuzz.jsonl");
    let _ = standoff::parse(text, "fuzz.annotations.jsonl");
});
