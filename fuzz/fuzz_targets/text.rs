//! Plain-text input: whole-file decoding and the streaming paragraph reader agree on what is
//! valid, and neither panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tolk::formats::text::{Paragraphs, decode};

fuzz_target!(|data: &[u8]| {
    let whole = decode(data, "fuzz");
    let mut reader = Paragraphs::new(Box::new(std::io::Cursor::new(data.to_vec())), "fuzz".into());
    let mut streamed = Ok(0usize);
    loop {
        match reader.next_paragraph() {
            Ok(Some(_)) => streamed = streamed.map(|n| n + 1),
            Ok(None) => break,
            Err(e) => {
                streamed = Err(e);
                break;
            }
        }
    }
    // Invalid UTF-8 and NUL are refused by both; anything the whole-file decoder accepts, the
    // stream reads too.
    if whole.is_ok() {
        assert!(streamed.is_ok(), "{streamed:?}");
    }
});
