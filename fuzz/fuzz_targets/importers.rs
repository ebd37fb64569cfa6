//! Every importer on arbitrary bytes: the streaming TMX, XLIFF, PO, TSV and JSONL readers (UTF-8
//! checking included) and stand-off annotation files. Each must return a document or a clean
//! error, never panic, hang or blow up memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tolk::formats::{jsonl, po, standoff, tmx, tsv, xliff};

fuzz_target!(|data: &[u8]| {
    let readers = [tmx::read_stream, xliff::read_stream, po::read_stream, tsv::read_stream, jsonl::read_stream];
    for read in readers {
        let mut input = data;
        let mut segments = 0usize;
        let _ = read(&mut input, "fuzz", &mut |_, _| {
            segments += 1;
            Ok(())
        });
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = standoff::parse(text, "fuzz.annotations.jsonl");
    }
});
