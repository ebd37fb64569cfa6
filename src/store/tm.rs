//! The translation memory: reference TMs and their units, revisions filled in from the memory,
//! and its index: posting lists of words (`tm_postings`, format in `crate::tm::postings`),
//! written in bulk by imports and brought up to date at the end of every operation from the
//! rows triggers record in `tm_delta` (see `migrations/0011_tm_postings.sql`); how many
//! sentences hold a word, a word's list, and each candidate as a stored pair. Scoring happens
//! outside, in `crate::tm`.

use super::base::Base;
use super::{OpCtx, Tx};
use crate::error::Result;
use crate::model::State;
use crate::tm::postings::{self, CHUNK, ENTRY};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Memory keys from here on are TM units (`UNIT_KEY + id`); below, segments.
const UNIT_KEY: i64 = 1 << 40;

/// The compact key a posting list holds for memory key `key`: `2 × id` for a segment,
/// `2 × id + 1` for a TM unit. None past 2^31 ids (the lists hold 4-byte keys).
pub fn compact_key(key: i64) -> Option<u32> {
    let c = if key < UNIT_KEY {
        key.checked_mul(2)?
    } else {
        (key - UNIT_KEY).checked_mul(2)? + 1
    };
    u32::try_from(c).ok()
}

/// The memory key of a compact key (see [`compact_key`]).
pub fn memory_key(c: u32) -> i64 {
    let id = i64::from(c / 2);
    if c.is_multiple_of(2) {
        id
    } else {
        UNIT_KEY + id
    }
}

fn memory_text(conn: &Connection, key: i64) -> rusqlite::Result<Option<String>> {
    let (sql, id) = if key < UNIT_KEY {
        (
            "SELECT text FROM segments s WHERE id = ?1
             AND EXISTS (SELECT 1 FROM translations t WHERE t.segment_id = s.id)",
            key,
        )
    } else {
        (
            "SELECT u.source FROM tm_units u JOIN tms m ON m.id = u.tm_id
             WHERE u.id = ?1 AND m.indexed = 1",
            key - UNIT_KEY,
        )
    };
    conn.prepare_cached(sql)?
        .query_row([id], |r| r.get(0))
        .optional()
}

/// What one word's posting list gains and loses.
#[derive(Default)]
struct Change {
    /// Entries, sorted by key.
    add: Vec<u8>,
    /// Compact keys, sorted.
    remove: Vec<u32>,
}

fn malformed(term: u64) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Blob,
        format!("the memory's index has a malformed posting list (word {term:x})").into(),
    )
}

fn too_big(key: i64) -> rusqlite::Error {
    rusqlite::Error::ToSqlConversionFailure(
        format!("memory key {key} is past what the word index holds (2^31 rows)").into(),
    )
}

/// Applies `changes` to the stored posting lists, rewriting only the chunks they touch: a key
/// goes to the chunk whose range holds it (the last chunk whose first key is not above it,
/// else the first chunk); a chunk grown past [`CHUNK`] entries is split.
fn apply(conn: &Connection, changes: HashMap<u64, Change>) -> rusqlite::Result<()> {
    let mut terms: Vec<(u64, Change)> = changes.into_iter().collect();
    terms.sort_by_key(|(t, _)| *t);
    let mut firsts =
        conn.prepare_cached("SELECT id, first FROM tm_postings WHERE term = ?1 ORDER BY first")?;
    let mut load = conn.prepare_cached("SELECT data FROM tm_postings WHERE id = ?1")?;
    let mut delete = conn.prepare_cached("DELETE FROM tm_postings WHERE id = ?1")?;
    let mut insert = conn
        .prepare_cached("INSERT INTO tm_postings (term, first, n, data) VALUES (?1, ?2, ?3, ?4)")?;
    for (term, mut change) in terms {
        postings::sort(&mut change.add);
        change.remove.sort_unstable();
        change.remove.dedup();
        let chunks: Vec<(i64, u32)> = firsts
            .query_map([term as i64], |r| {
                Ok((r.get(0)?, r.get::<_, i64>(1)? as u32))
            })?
            .collect::<rusqlite::Result<_>>()?;
        // Which chunk each key goes to: index into `chunks` (0 when there is none yet).
        let chunk_of = |key: u32| chunks.partition_point(|c| c.1 <= key).saturating_sub(1);
        let mut groups: Vec<(usize, Vec<u8>, Vec<u32>)> = Vec::new();
        for i in 0..postings::count(&change.add) {
            let c = chunk_of(postings::key_at(&change.add, i));
            if groups.last().is_none_or(|g| g.0 != c) {
                groups.push((c, Vec::new(), Vec::new()));
            }
            let g = groups.last_mut().expect("pushed");
            g.1.extend_from_slice(&change.add[i * ENTRY..(i + 1) * ENTRY]);
        }
        for &key in &change.remove {
            if chunks.is_empty() {
                break;
            }
            let c = chunk_of(key);
            match groups.iter_mut().find(|g| g.0 == c) {
                Some(g) => g.2.push(key),
                None => groups.push((c, Vec::new(), vec![key])),
            }
        }
        for (c, add, mut remove) in groups {
            remove.sort_unstable();
            let (old, row) = match chunks.get(c) {
                Some(&(id, _)) => {
                    let mut entries = Vec::new();
                    let chunk = load.query_row([id], |r| r.get::<_, Vec<u8>>(0))?;
                    postings::decode(&chunk, &mut entries).ok_or_else(|| malformed(term))?;
                    (entries, Some(id))
                }
                None => (Vec::new(), None),
            };
            let new = postings::merge(&old, &add, &remove);
            if new == old {
                continue;
            }
            if let Some(id) = row {
                delete.execute([id])?;
            }
            for piece in new.chunks(CHUNK * ENTRY) {
                insert.execute(params![
                    term as i64,
                    i64::from(postings::key_at(piece, 0)),
                    postings::count(piece) as i64,
                    postings::encode(piece)
                ])?;
            }
        }
    }
    Ok(())
}

/// Brings the posting lists up to date with the rows written since they last were (the keys
/// in `tm_delta`, see `migrations/0011_tm_postings.sql`): each key's postings for the text it
/// was indexed with are removed, and the text it has now, if it is memory, is indexed.
/// Called at the end of every writing operation, and after the migration.
pub(super) fn catch_up(conn: &Connection) -> rusqlite::Result<()> {
    let pending: Vec<(i64, Option<String>)> = conn
        .prepare_cached("SELECT key, old FROM tm_delta ORDER BY key")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    if pending.is_empty() {
        return Ok(());
    }
    let mut changes: HashMap<u64, Change> = HashMap::new();
    let mut hashing = crate::tm::Hashing::default();
    let mut builder = postings::Builder::default();
    for (key, old) in &pending {
        let c = compact_key(*key).ok_or_else(|| too_big(*key))?;
        if let Some(old) = old {
            for &t in hashing.index_terms(old).1 {
                changes.entry(t).or_default().remove.push(c);
            }
        }
        if let Some(text) = memory_text(conn, *key)? {
            builder.add(c, &text);
        }
    }
    for (t, add) in builder.take() {
        changes.entry(t).or_default().add = add;
    }
    apply(conn, changes)?;
    conn.execute("DELETE FROM tm_delta", [])?;
    Ok(())
}

/// A reference TM, as `tm list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TmInfo {
    #[serde(skip)]
    pub id: i64,
    pub name: String,
    pub source_lang: String,
    pub target_lang: String,
    pub origin: Option<String>,
    pub created_at: String,
    pub units: usize,
}

pub struct NewTm<'a> {
    pub name: &'a str,
    pub source_lang: &'a str,
    pub target_lang: &'a str,
    pub origin: Option<&'a str>,
}

pub struct NewUnit<'a> {
    pub source: &'a str,
    pub target: &'a str,
    pub author: Option<&'a str>,
    pub created_at: Option<&'a str>,
}

/// Where a stored pair lives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum MemoryPlace {
    /// A translated segment of a document; `position` is None when a newer version of the
    /// document no longer has the sentence.
    Segment {
        doc: String,
        position: Option<usize>,
        #[serde(skip)]
        segment_id: i64,
        #[serde(skip)]
        document_id: i64,
    },
    /// A unit of a reference TM.
    Unit { tm: String },
}

/// One source–translation pair of the memory.
#[derive(Debug, Clone)]
pub struct MemoryEntry {
    /// The index row: the segment id, or `2^40 +` the unit id (the last tie-break: lowest first).
    pub key: i64,
    pub place: MemoryPlace,
    pub source: String,
    pub target: String,
    /// None for a reference TM's unit.
    pub state: Option<State>,
    pub author: Option<String>,
    pub created_at: Option<String>,
}

/// A segment or unit found by `search`, with its current translation.
#[derive(Debug, Clone)]
pub struct SearchRow {
    pub place: MemoryPlace,
    pub source: String,
    pub target: Option<String>,
    /// None for a reference TM's unit.
    pub state: Option<State>,
}

impl Tx<'_> {
    /// Writes posting lists built in bulk (see [`crate::tm::postings::Builder`]) into the
    /// index: the units of a TM being imported, in batches as they stream in.
    pub fn add_postings(&self, lists: postings::Lists) -> Result<()> {
        let changes = lists
            .into_iter()
            .map(|(t, add)| {
                (
                    t,
                    Change {
                        add,
                        remove: Vec::new(),
                    },
                )
            })
            .collect();
        apply(&self.tx, changes).map_err(|e| self.err(e))
    }

    /// Takes the per-row trigger that records units added to a loaded TM (`tm_unit_added`,
    /// migration 11) out of this transaction, for a bulk import that indexes its units itself
    /// (a row trigger makes SQLite keep a statement journal for every insert, which costs more
    /// than the index). [`Tx::restore_trigger`] puts it back before the transaction ends; a
    /// rollback puts it back too. Other connections never see the schema without it.
    pub fn suspend_unit_trigger(&self) -> Result<Option<String>> {
        let sql: Option<String> = self
            .tx
            .query_row(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'tm_unit_added'",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        if sql.is_some() {
            self.tx
                .execute_batch("DROP TRIGGER tm_unit_added")
                .map_err(|e| self.err(e))?;
        }
        Ok(sql)
    }

    /// Puts back a trigger taken out by [`Tx::suspend_unit_trigger`].
    pub fn restore_trigger(&self, sql: Option<String>) -> Result<()> {
        match sql {
            Some(sql) => self.tx.execute_batch(&sql).map_err(|e| self.err(e)),
            None => Ok(()),
        }
    }

    /// Marks a TM created by [`Tx::insert_tm`] as indexed, once [`Tx::add_postings`] has
    /// written its units' postings.
    pub fn index_tm(&self, tm: i64) -> Result<()> {
        self.tx
            .execute("UPDATE tms SET indexed = 1 WHERE id = ?1", [tm])
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Creates a TM whose units are indexed when [`Tx::index_tm`] is called.
    pub fn insert_tm(&self, tm: &NewTm<'_>, op: OpCtx<'_>) -> Result<i64> {
        self.tx
            .execute(
                "INSERT INTO tms (name, source_lang, target_lang, origin, created_at, operation_id, indexed)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)",
                params![
                    tm.name,
                    tm.source_lang,
                    tm.target_lang,
                    tm.origin,
                    op.at,
                    op.id
                ],
            )
            .map_err(|e| self.err(e))?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Inserts units, all in one statement (fewer statements, and one statement journal for
    /// all when a row trigger needs one); returns the memory key of the first (the others
    /// follow it, one apart: AUTOINCREMENT ids of one statement are consecutive).
    pub fn insert_tm_units(&self, tm: i64, units: &[NewUnit<'_>], op: OpCtx<'_>) -> Result<i64> {
        if units.is_empty() {
            return Ok(UNIT_KEY);
        }
        let sql = format!(
            "INSERT INTO tm_units (tm_id, source, target, author, created_at, operation_id) VALUES {}",
            vec!["(?, ?, ?, ?, ?, ?)"; units.len()].join(", ")
        );
        let mut args: Vec<&dyn rusqlite::ToSql> = Vec::with_capacity(units.len() * 6);
        for u in units {
            args.extend([
                &tm as &dyn rusqlite::ToSql,
                &u.source,
                &u.target,
                &u.author,
                &u.created_at,
                &op.id,
            ]);
        }
        self.tx
            .prepare_cached(&sql)
            .and_then(|mut s| s.execute(args.as_slice()))
            .map_err(|e| self.err(e))?;
        let last = self.tx.last_insert_rowid();
        Ok(UNIT_KEY + last - (units.len() as i64 - 1))
    }

    /// Deletes a reference TM and its units, each row recorded so that undo puts them back.
    pub fn delete_tm(&self, tm: i64, op: OpCtx<'_>) -> Result<()> {
        let units: Vec<i64> = self
            .tx
            .prepare("SELECT id FROM tm_units WHERE tm_id = ?1 ORDER BY id")
            .and_then(|mut s| {
                s.query_map([tm], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(|e| self.err(e))?;
        for id in units {
            self.delete_row_recorded("tm_units", id, op)?;
        }
        self.delete_row_recorded("tms", tm, op)
    }
}

/// Queries about the translation memory.
pub trait TmRead: Base {
    fn tms(&self) -> Result<Vec<TmInfo>> {
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT m.id, m.name, m.source_lang, m.target_lang, m.origin, m.created_at,
                        (SELECT COUNT(*) FROM tm_units u WHERE u.tm_id = m.id)
                 FROM tms m ORDER BY m.name",
            )
            .map_err(|e| self.err(e))?;
        stmt.query_map([], |r| {
            Ok(TmInfo {
                id: r.get(0)?,
                name: r.get(1)?,
                source_lang: r.get(2)?,
                target_lang: r.get(3)?,
                origin: r.get(4)?,
                created_at: r.get(5)?,
                units: r.get::<_, i64>(6)? as usize,
            })
        })
        .and_then(|rows| rows.collect())
        .map_err(|e| self.err(e))
    }

    fn find_tm(&self, name: &str) -> Result<Option<TmInfo>> {
        Ok(self.tms()?.into_iter().find(|t| t.name == name))
    }

    /// How many stored sentences hold the word whose hash is `term` (see
    /// [`crate::tm::postings`]), without reading the lists.
    fn term_count(&self, term: u64) -> Result<usize> {
        self.conn()
            .prepare_cached("SELECT COALESCE(SUM(n), 0) FROM tm_postings WHERE term = ?1")
            .and_then(|mut s| s.query_row([term as i64], |r| r.get::<_, i64>(0)))
            .map(|n| n as usize)
            .map_err(|e| self.err(e))
    }

    /// The posting list of the word whose hash is `term`: its chunks, joined.
    fn postings(&self, term: u64) -> Result<Vec<u8>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT data FROM tm_postings WHERE term = ?1 ORDER BY first")
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([term as i64]).map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let data = r
                .get_ref(0)
                .and_then(|v| Ok(v.as_blob()?))
                .map_err(|e| self.err(e))?;
            postings::decode(data, &mut out).ok_or_else(|| self.err(malformed(term)))?;
        }
        Ok(out)
    }

    /// Stored pairs whose postings may be out of date (written since the index was last
    /// brought up to date, see `migrations/0011_tm_postings.sql`): a lookup ignores their
    /// postings and scores each of them that is memory directly. Empty between commands.
    fn unindexed_keys(&self) -> Result<Vec<i64>> {
        self.conn()
            .prepare_cached("SELECT key FROM tm_delta ORDER BY key")
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .map_err(|e| self.err(e))
    }

    /// The stored source behind index row `key` if it is memory (a translated segment, or a
    /// unit of an indexed TM).
    fn memory_text(&self, key: i64) -> Result<Option<String>> {
        memory_text(self.conn(), key).map_err(|e| self.err(e))
    }

    /// The stored source behind index row `key`, without the rest of the pair: what a lookup
    /// scores before it fetches the few entries it keeps.
    fn memory_source(&self, key: i64) -> Result<Option<String>> {
        let sql = if key < UNIT_KEY {
            "SELECT text FROM segments WHERE id = ?1"
        } else {
            "SELECT source FROM tm_units WHERE id = ?1"
        };
        let id = if key < UNIT_KEY { key } else { key - UNIT_KEY };
        self.conn()
            .prepare_cached(sql)
            .and_then(|mut s| s.query_row([id], |r| r.get(0)).optional())
            .map_err(|e| self.err(e))
    }

    /// The stored pair behind index row `key` (see [`TmRead::candidates`]).
    fn memory_entry(&self, key: i64) -> Result<Option<MemoryEntry>> {
        let conn = self.conn();
        if key < UNIT_KEY {
            let row = conn
                .prepare_cached(
                    "SELECT s.text, d.name, s.position, t.text, t.state, t.author, t.created_at, s.document_id
                     FROM segments s JOIN documents d ON d.id = s.document_id
                     JOIN translations t ON t.segment_id = s.id
                     WHERE s.id = ?1 ORDER BY t.revision DESC LIMIT 1",
                )
                .and_then(|mut s| {
                    s.query_row([key], |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, Option<i64>>(2)?,
                            r.get::<_, String>(3)?,
                            r.get::<_, String>(4)?,
                            r.get::<_, String>(5)?,
                            r.get::<_, String>(6)?,
                            r.get::<_, i64>(7)?,
                        ))
                    })
                    .optional()
                })
                .map_err(|e| self.err(e))?;
            let Some((source, doc, position, target, state, author, at, document_id)) = row else {
                return Ok(None);
            };
            return Ok(Some(MemoryEntry {
                key,
                place: MemoryPlace::Segment {
                    doc,
                    position: position.map(|p| p as usize),
                    segment_id: key,
                    document_id,
                },
                source,
                target,
                state: Some(state.parse()?),
                author: Some(author),
                created_at: Some(at),
            }));
        }
        conn.prepare_cached(
            "SELECT u.source, u.target, u.author, u.created_at, m.name
             FROM tm_units u JOIN tms m ON m.id = u.tm_id WHERE u.id = ?1",
        )
        .and_then(|mut s| {
            s.query_row([key - UNIT_KEY], |r| {
                Ok(MemoryEntry {
                    key,
                    place: MemoryPlace::Unit { tm: r.get(4)? },
                    source: r.get(0)?,
                    target: r.get(1)?,
                    state: None,
                    author: r.get(2)?,
                    created_at: r.get(3)?,
                })
            })
            .optional()
        })
        .map_err(|e| self.err(e))
    }

    /// The source texts before and after segment `segment_id` in its document.
    fn neighbours(&self, segment_id: i64) -> Result<(Option<String>, Option<String>)> {
        let get = |delta: i64| {
            self.conn()
                .prepare_cached(
                    "SELECT n.text FROM segments s JOIN segments n
                       ON n.document_id = s.document_id AND n.position = s.position + ?2
                     WHERE s.id = ?1",
                )
                .and_then(|mut st| {
                    st.query_row(params![segment_id, delta], |r| r.get(0))
                        .optional()
                })
                .map_err(|e| self.err(e))
        };
        Ok((get(-1)?, get(1)?))
    }

    /// Every current segment (of `doc`, when given) with its current translation, and, for the
    /// whole store, every reference TM unit: what `search` scans.
    fn for_each_searchable(
        &self,
        doc: Option<i64>,
        f: &mut dyn FnMut(SearchRow) -> Result<()>,
    ) -> Result<()> {
        // One document's segments through its index; an `?1 IS NULL OR …` condition would
        // read every segment of the database for `search --doc`.
        let sql = format!(
            "SELECT s.id, d.name, s.position, s.text, t.text, t.state, s.document_id
             FROM segments s JOIN documents d ON d.id = s.document_id
             LEFT JOIN translations t ON t.segment_id = s.id
                  AND t.revision = (SELECT MAX(revision) FROM translations WHERE segment_id = s.id)
             WHERE s.position IS NOT NULL{}
             ORDER BY d.name, s.position",
            if doc.is_some() {
                " AND s.document_id = ?1"
            } else {
                ""
            }
        );
        let mut stmt = self.conn().prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = match doc {
            Some(d) => stmt.query([d]),
            None => stmt.query([]),
        }
        .map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let get = |e| self.err(e);
            let state: Option<String> = r.get(5).map_err(get)?;
            f(SearchRow {
                place: MemoryPlace::Segment {
                    doc: r.get(1).map_err(get)?,
                    position: r.get::<_, Option<i64>>(2).map_err(get)?.map(|p| p as usize),
                    segment_id: r.get(0).map_err(get)?,
                    document_id: r.get(6).map_err(get)?,
                },
                source: r.get(3).map_err(get)?,
                target: r.get(4).map_err(get)?,
                state: Some(match state {
                    Some(s) => s.parse()?,
                    None => State::Untranslated,
                }),
            })?;
        }
        if doc.is_some() {
            return Ok(());
        }
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT m.name, u.source, u.target FROM tm_units u JOIN tms m ON m.id = u.tm_id
                 ORDER BY m.name, u.id",
            )
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let get = |e| self.err(e);
            f(SearchRow {
                place: MemoryPlace::Unit {
                    tm: r.get(0).map_err(get)?,
                },
                source: r.get(1).map_err(get)?,
                target: Some(r.get(2).map_err(get)?),
                state: None,
            })?;
        }
        Ok(())
    }

    /// How many segments of documents have a translation (and so are memory).
    fn translated_segments(&self) -> Result<usize> {
        self.conn()
            .query_row(
                "SELECT COUNT(DISTINCT segment_id) FROM translations",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as usize)
            .map_err(|e| self.err(e))
    }

    /// The document language pair most of the store uses, if it has documents.
    fn usual_languages(&self) -> Result<Option<(String, String)>> {
        self.conn()
            .query_row(
                "SELECT source_lang, target_lang FROM documents
                 GROUP BY source_lang, target_lang ORDER BY COUNT(*) DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// The document whose name is `name`, or whose origin is the file `origin`, if any.
    fn document_like(&self, name: Option<&str>, origin: &str) -> Result<Option<String>> {
        self.conn()
            .query_row(
                "SELECT name FROM documents WHERE name = ?1 OR origin = ?2 LIMIT 1",
                params![name, origin],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }
}

impl<T: Base + ?Sized> TmRead for T {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Actor, Mode, Outcome, Store};
    use std::collections::BTreeMap;

    /// Every posting list as stored, decoded, by word.
    fn stored(conn: &Connection) -> BTreeMap<u64, Vec<u8>> {
        let mut out: BTreeMap<u64, Vec<u8>> = BTreeMap::new();
        let mut stmt = conn
            .prepare("SELECT term, n, data FROM tm_postings ORDER BY term, first")
            .unwrap();
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                ))
            })
            .unwrap();
        for row in rows {
            let (term, n, data) = row.unwrap();
            let list = out.entry(term as u64).or_default();
            let before = postings::count(list);
            postings::decode(&data, list).unwrap();
            assert_eq!(postings::count(list) - before, n as usize, "entry count");
            assert!(n as usize <= CHUNK);
        }
        out
    }

    /// The posting lists built from scratch from what is memory now.
    fn rebuilt(conn: &Connection) -> BTreeMap<u64, Vec<u8>> {
        let mut keys: Vec<i64> = conn
            .prepare(
                "SELECT s.id FROM segments s WHERE EXISTS (SELECT 1 FROM translations t WHERE t.segment_id = s.id)
                 UNION ALL SELECT (1 << 40) + u.id FROM tm_units u JOIN tms m ON m.id = u.tm_id WHERE m.indexed = 1",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        keys.sort_by_key(|&k| compact_key(k).unwrap());
        let mut b = postings::Builder::default();
        for k in keys {
            b.add(
                compact_key(k).unwrap(),
                &memory_text(conn, k).unwrap().unwrap(),
            );
        }
        b.take()
            .into_iter()
            .filter(|(_, l)| !l.is_empty())
            .collect()
    }

    fn step(store: &mut Store, sql: &str) {
        let actor = Actor {
            author: "t".into(),
            at: "2026-01-01T00:00:00Z".into(),
        };
        store
            .operation(&actor, "test", |tx, op| {
                tx.tx
                    .execute_batch(&sql.replace("$OP", &op.id.to_string()))
                    .unwrap();
                Ok(Outcome::changed((), "test", None))
            })
            .unwrap();
        let conn = &store.conn;
        let pending: i64 = conn
            .query_row("SELECT COUNT(*) FROM tm_delta", [], |r| r.get(0))
            .unwrap();
        assert_eq!(pending, 0, "caught up at the end of the operation: {sql}");
        assert_eq!(stored(conn), rebuilt(conn), "after: {sql}");
    }

    #[test]
    fn postings_follow_every_write() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db"), Mode::Write).unwrap();
        step(
            &mut store,
            "INSERT INTO documents (id, name, source_lang, target_lang, created_at, operation_id)
                 VALUES (1, 'd', 'nl', 'en', 'x', $OP);
             INSERT INTO segments (id, document_id, position, paragraph, text) VALUES
                 (1, 1, 1, 1, 'De kat zit op de mat.'), (2, 1, 2, 1, 'De hond blaft.'),
                 (3, 1, 3, 1, 'Het regent.');
             INSERT INTO translations (segment_id, revision, text, state, author, created_at, operation_id)
                 VALUES (1, 1, 'The cat sits on the mat.', 'translated', 't', 'x', $OP),
                        (2, 1, 'The dog barks.', 'translated', 't', 'x', $OP);",
        );
        // A new revision, a changed text, a translation gone, a first translation.
        step(
            &mut store,
            "INSERT INTO translations (segment_id, revision, text, state, author, created_at, operation_id)
                 VALUES (1, 2, 'The cat is on the mat.', 'reviewed', 't', 'x', $OP),
                        (3, 1, 'It rains.', 'translated', 't', 'x', $OP);
             UPDATE segments SET text = 'De grote hond blaft niet.' WHERE id = 2;
             DELETE FROM translations WHERE segment_id = 1;",
        );
        step(
            &mut store,
            "INSERT INTO tms (id, name, source_lang, target_lang, created_at, operation_id, indexed)
                 VALUES (1, 'm', 'nl', 'en', 'x', $OP, 1);
             INSERT INTO tm_units (id, tm_id, source, target, operation_id) VALUES
                 (1, 1, 'De kat slaapt.', 'The cat sleeps.', $OP),
                 (2, 1, 'Het regent niet.', 'It does not rain.', $OP);",
        );
        // Texts changed twice in one operation, a unit removed, a segment removed with its
        // translations, a segment's translation back.
        step(
            &mut store,
            "UPDATE tm_units SET source = 'De kat spint.' WHERE id = 1;
             UPDATE tm_units SET source = 'De kat spint luid.' WHERE id = 1;
             DELETE FROM tm_units WHERE id = 2;
             DELETE FROM segments WHERE id = 3;
             INSERT INTO translations (segment_id, revision, text, state, author, created_at, operation_id)
                 VALUES (1, 3, 'The cat is on the mat.', 'translated', 't', 'x', $OP);",
        );
        // Many sentences sharing a word: chunks split, then emptied.
        let many: Vec<String> = (0..9000)
            .map(|i| format!("({}, 1, 'woord nummer {i}', 'x', $OP)", 10 + i))
            .collect();
        step(
            &mut store,
            &format!(
                "INSERT INTO tm_units (id, tm_id, source, target, operation_id) VALUES {};",
                many.join(", ")
            ),
        );
        step(&mut store, "DELETE FROM tm_units WHERE id % 2 = 0;");
        step(&mut store, "DELETE FROM tm_units WHERE id >= 10;");
    }

    #[test]
    fn tm_import_indexes_its_units_and_undo_redo_follow() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db"), Mode::Write).unwrap();
        let actor = Actor {
            author: "t".into(),
            at: "2026-01-01T00:00:00Z".into(),
        };
        let tsv = dir.path().join("m.tsv");
        let lines: Vec<String> = (0..300)
            .map(|i| format!("De kat {i} zit op de mat.\tThe cat {i} sits on the mat."))
            .collect();
        std::fs::write(&tsv, lines.join("\n") + "\n").unwrap();
        let req = crate::ops::tm::TmImport {
            path: &tsv,
            label: "m.tsv",
            format: crate::ops::tm::format_of(&tsv).unwrap(),
            name: None,
            swap: false,
            force: false,
            index: true,
        };
        let mut input = std::io::BufReader::new(std::fs::File::open(&tsv).unwrap());
        crate::ops::tm::import_tm(&mut store, &actor, &req, &mut input, &crate::ops::Silent)
            .unwrap();
        let check = |store: &Store, units: i64| {
            let conn = &store.conn;
            let trigger: i64 = conn
                .query_row(
                    "SELECT COUNT(*) FROM sqlite_master WHERE name = 'tm_unit_added'",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(trigger, 1, "the import puts the unit trigger back");
            let n: i64 = conn
                .query_row("SELECT COUNT(*) FROM tm_units", [], |r| r.get(0))
                .unwrap();
            assert_eq!(n, units);
            assert_eq!(stored(conn), rebuilt(conn));
        };
        check(&store, 300);
        assert_eq!(
            stored(&store.conn)[&crate::tm::hash("kat")].len() / ENTRY,
            300
        );
        crate::ops::tm::remove_tm(&mut store, &actor, "m").unwrap();
        check(&store, 0);
        crate::ops::history::undo(&mut store, &actor, None).unwrap();
        check(&store, 300);
        crate::ops::history::redo(&mut store, &actor).unwrap();
        check(&store, 0);
        crate::ops::history::undo(&mut store, &actor, None).unwrap();
        check(&store, 300);
        // A unit added to the loaded TM by another client is recorded by the trigger.
        store
            .conn
            .execute_batch(
                "INSERT INTO tm_units (tm_id, source, target, operation_id)
                 SELECT id, 'Een hond.', 'A dog.', operation_id FROM tms",
            )
            .unwrap();
        let pending: i64 = store
            .conn
            .query_row("SELECT COUNT(*) FROM tm_delta", [], |r| r.get(0))
            .unwrap();
        assert_eq!(pending, 1);
        let found = crate::ops::tm::suggest_text(&store, "Een hond.", 50, 1).unwrap();
        assert_eq!(found.matches[0].percent, 100, "scored from the delta");
    }
}
