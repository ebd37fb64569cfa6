//! The segmenter on arbitrary text: never panics, offsets always point at the sentence text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tolk::segment::{Lang, segment, split_sentences};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for lang in [Lang::Nl, Lang::En] {
        let chars: Vec<char> = text.chars().collect();
        for p in segment(&text, lang) {
            for s in &p.sentences {
                assert!(s.start <= s.end && s.end <= chars.len());
                let slice: String = chars[s.start..s.end].iter().collect();
                assert_eq!(slice, s.text);
                assert_eq!(s.text.trim(), s.text);
                assert!(!s.text.is_empty());
            }
        }
        for r in split_sentences(&text, lang) {
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
    }
});
