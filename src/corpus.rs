//! The shipped corpus, embedded so `tolk demo` works from any directory: the article as
//! published (typos included) and our sentence-aligned English translation.

use crate::segment::Lang;

pub struct CorpusDoc {
    pub name: &'static str,
    pub source_file: &'static str,
    pub source: &'static str,
    pub source_lang: Lang,
    pub target_file: &'static str,
    pub target: &'static str,
    pub target_lang: Lang,
    pub annotations_file: &'static str,
    pub annotations: &'static str,
}

pub const DOCUMENTS: &[CorpusDoc] = &[CorpusDoc {
    name: "libie-moskou",
    source_file: "corpus/libie-moskou.nl.txt",
    source: include_str!("../corpus/libie-moskou.nl.txt"),
    source_lang: Lang::Nl,
    target_file: "corpus/libie-moskou.en.txt",
    target: include_str!("../corpus/libie-moskou.en.txt"),
    target_lang: Lang::En,
    annotations_file: "corpus/libie-moskou.annotations.jsonl",
    annotations: include_str!("../corpus/libie-moskou.annotations.jsonl"),
}];
