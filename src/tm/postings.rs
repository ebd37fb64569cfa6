//! The memory's word index, pure: for every word (the [`super::hash`] of its lower-case form),
//! the stored sentences that hold it, as a posting list. In memory a list is a run of 5-byte
//! entries sorted by key: the sentence's compact key (4 bytes, little-endian; the store decides
//! what keys mean) and its length in tokens (1 byte, 255 for 255 or more), so that a lookup
//! can search it in place. The length in every entry lets a lookup drop the sentences whose
//! length alone keeps them below the best match so far without looking anything else up.
//! The store keeps a list in chunks of at most [`CHUNK`] entries, so that one sentence added
//! or removed rewrites one chunk, not the list, each chunk [`encode`]d: per entry, the key's
//! difference from the previous one (the first: the key) as a LEB128 varint, then the length
//! byte, about half the size.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for keys that are hashes already (the words' FNV-1a hashes): it keeps them.
#[derive(Default)]
pub struct Passthrough(u64);

impl Hasher for Passthrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Posting lists by word hash.
pub type Lists = HashMap<u64, Vec<u8>, BuildHasherDefault<Passthrough>>;

/// Bytes per entry.
pub const ENTRY: usize = 5;
/// Entries per stored chunk, at most.
pub const CHUNK: usize = 4096;

/// The key of entry `i`.
pub fn key_at(data: &[u8], i: usize) -> u32 {
    let e = &data[i * ENTRY..i * ENTRY + 4];
    u32::from_le_bytes([e[0], e[1], e[2], e[3]])
}

/// The length (in tokens, at most 255) of entry `i`.
pub fn len_at(data: &[u8], i: usize) -> u8 {
    data[i * ENTRY + 4]
}

/// How many entries `data` holds.
pub fn count(data: &[u8]) -> usize {
    data.len() / ENTRY
}

/// Appends an entry.
pub fn push(out: &mut Vec<u8>, key: u32, len: usize) {
    out.extend_from_slice(&key.to_le_bytes());
    out.push(u8::try_from(len).unwrap_or(u8::MAX));
}

/// Whether the sorted list `data` holds `key` (binary search).
pub fn holds(data: &[u8], key: u32) -> bool {
    let (mut lo, mut hi) = (0, count(data));
    while lo < hi {
        let mid = (lo + hi) / 2;
        match key_at(data, mid).cmp(&key) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// `list` (sorted) with the keys of `remove` (sorted) taken out and the entries of `add`
/// (sorted by key; an added key already present replaces its entry) merged in.
pub fn merge(list: &[u8], add: &[u8], remove: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(list.len() + add.len());
    let (n, m) = (count(list), count(add));
    let (mut i, mut j, mut r) = (0, 0, 0);
    while i < n || j < m {
        let take_add = j < m && (i >= n || key_at(add, j) <= key_at(list, i));
        let (src, at) = if take_add { (add, j) } else { (list, i) };
        let key = key_at(src, at);
        if take_add {
            j += 1;
            if i < n && key_at(list, i) == key {
                i += 1;
            }
        } else {
            i += 1;
        }
        while r < remove.len() && remove[r] < key {
            r += 1;
        }
        if (r < remove.len() && remove[r] == key) && !take_add {
            continue;
        }
        out.extend_from_slice(&src[at * ENTRY..(at + 1) * ENTRY]);
    }
    out
}

/// A chunk of entries as the store keeps it (see the module documentation).
pub fn encode(entries: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(entries.len() / 2 + 8);
    let mut prev = 0u32;
    for i in 0..count(entries) {
        let key = key_at(entries, i);
        let mut d = key.wrapping_sub(prev);
        prev = key;
        while d >= 0x80 {
            out.push((d as u8) | 0x80);
            d >>= 7;
        }
        out.push(d as u8);
        out.push(len_at(entries, i));
    }
    out
}

/// Appends the entries of an [`encode`]d chunk to `out`; None if it is malformed.
pub fn decode(chunk: &[u8], out: &mut Vec<u8>) -> Option<()> {
    out.reserve(chunk.len() * 2);
    let mut prev = 0u32;
    let mut i = 0;
    while i < chunk.len() {
        let (mut d, mut shift) = (0u32, 0);
        loop {
            let b = *chunk.get(i)?;
            i += 1;
            d |= u32::from(b & 0x7f).checked_shl(shift)?;
            if b < 0x80 {
                break;
            }
            shift += 7;
        }
        prev = prev.wrapping_add(d);
        out.extend_from_slice(&prev.to_le_bytes());
        out.push(*chunk.get(i)?);
        i += 1;
    }
    Some(())
}

/// Posting lists built in memory from sentences given in increasing key order, to be written
/// to the store in bulk (a TM import, a document import, the changes of one operation).
#[derive(Default)]
pub struct Builder {
    lists: Lists,
    entries: usize,
    hashing: super::Hashing,
}

impl Builder {
    /// Indexes `text` as the sentence with compact key `key`.
    pub fn add(&mut self, key: u32, text: &str) {
        let (len, terms) = self.hashing.index_terms(text);
        for &t in terms {
            push(self.lists.entry(t).or_default(), key, len);
        }
        self.entries += terms.len();
    }

    /// Entries held so far.
    pub fn entries(&self) -> usize {
        self.entries
    }

    /// The lists built so far (each sorted when keys were added in increasing order), leaving
    /// the builder empty.
    pub fn take(&mut self) -> Lists {
        self.entries = 0;
        std::mem::take(&mut self.lists)
    }
}

/// Sorts the entries of `list` by key (stable), for lists built out of key order.
pub fn sort(list: &mut Vec<u8>) {
    if (1..count(list)).all(|i| key_at(list, i - 1) <= key_at(list, i)) {
        return;
    }
    let mut v: Vec<[u8; ENTRY]> = list
        .chunks_exact(ENTRY)
        .map(|c| [c[0], c[1], c[2], c[3], c[4]])
        .collect();
    v.sort_by_key(|e| u32::from_le_bytes([e[0], e[1], e[2], e[3]]));
    list.clear();
    for e in v {
        list.extend_from_slice(&e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(entries: &[(u32, usize)]) -> Vec<u8> {
        let mut out = Vec::new();
        for &(k, l) in entries {
            push(&mut out, k, l);
        }
        out
    }

    fn keys(data: &[u8]) -> Vec<(u32, u8)> {
        (0..count(data))
            .map(|i| (key_at(data, i), len_at(data, i)))
            .collect()
    }

    #[test]
    fn merge_adds_replaces_and_removes() {
        let l = list(&[(2, 5), (4, 6), (9, 7)]);
        let a = list(&[(1, 3), (4, 8), (10, 2)]);
        assert_eq!(
            keys(&merge(&l, &a, &[2, 3, 10])),
            // 10 is added and removed in one go: the add wins (a sentence re-indexed).
            [(1, 3), (4, 8), (9, 7), (10, 2)]
        );
        assert_eq!(keys(&merge(&l, &[], &[9])), [(2, 5), (4, 6)]);
        assert!(holds(&l, 4) && !holds(&l, 5) && !holds(&[], 1));
    }

    #[test]
    fn chunks_encode_and_decode() {
        let l = list(&[(0, 1), (5, 2), (300, 255), (70_000, 9), (u32::MAX, 4)]);
        let e = encode(&l);
        assert!(e.len() < l.len());
        let mut back = Vec::new();
        decode(&e, &mut back).unwrap();
        assert_eq!(back, l);
        // A truncated chunk is refused, not read past its end.
        assert!(decode(&e[..e.len() - 1], &mut Vec::new()).is_none());
    }

    #[test]
    fn builder_indexes_distinct_words_with_the_length() {
        let mut b = Builder::default();
        b.add(3, "De kat, de hond.");
        b.add(7, "De 12.500 katten");
        let lists = b.take();
        let de = &lists[&super::super::hash("de")];
        // "De kat, de hond." is six tokens: the length counts punctuation.
        assert_eq!(keys(de), [(3, 6), (7, 3)]);
        assert_eq!(keys(&lists[&super::super::hash("12.500")]), [(7, 3)]);
        assert!(!lists.contains_key(&super::super::hash(",")));
        let mut l = list(&[(5, 1), (2, 2)]);
        sort(&mut l);
        assert_eq!(keys(&l), [(2, 2), (5, 1)]);
    }
}
