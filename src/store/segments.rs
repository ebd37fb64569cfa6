//! Segments: the published sentences of a document in order, appended when a document is
//! created and laid out again (recorded) when `import --update` brings a new version.

use super::base::Base;
use super::{NewRevision, OpCtx, Tx, rows};
use crate::error::{Error, Result};
use crate::model::{
    Document, SegExtra, SegmentView, State, TransExtra, Translation, extra_from_json, extra_json,
};
use rusqlite::{OptionalExtension, params};

/// What a new segment (and its first revision) carries beyond text and state.
#[derive(Debug, Clone, Copy, Default)]
pub struct Extras<'a> {
    pub segment: Option<&'a SegExtra>,
    pub translation: Option<&'a TransExtra>,
}

/// A segment row as stored: its place in the document (None once removed) and published text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentRow {
    pub id: i64,
    pub position: Option<usize>,
    pub paragraph: usize,
    pub text: String,
}

impl Tx<'_> {
    /// Adds segment `position` to a new document, with its first translation revision when
    /// there is one (by `author`, else the operation's author). Returns the segment id.
    #[allow(clippy::too_many_arguments)]
    pub fn append_segment(
        &self,
        doc_id: i64,
        position: usize,
        paragraph: usize,
        text: &str,
        translation: Option<&NewRevision<'_>>,
        author: Option<&str>,
        revision: Option<i64>,
        extra: Extras<'_>,
        op: OpCtx<'_>,
    ) -> Result<i64> {
        self.tx
            .prepare_cached("INSERT INTO segments (document_id, position, paragraph, text, extra) VALUES (?1, ?2, ?3, ?4, ?5)")
            .and_then(|mut st| {
                st.execute(params![
                    doc_id,
                    position as i64,
                    paragraph as i64,
                    text,
                    extra_json(extra.segment)
                ])
            })
            .map_err(|e| self.err(e))?;
        let seg_id = self.tx.last_insert_rowid();
        if let Some(t) = translation {
            self.tx
                .prepare_cached(
                    "INSERT INTO translations (segment_id, revision, text, state, comment, author, created_at, operation_id, extra)
                     VALUES (?1, ?8, ?2, ?3, ?4, ?5, ?6, ?7, ?9)",
                )
                .and_then(|mut st| {
                    st.execute(params![
                        seg_id,
                        t.text,
                        t.state.as_str(),
                        t.comment,
                        author.unwrap_or(op.author),
                        op.at,
                        op.id,
                        revision.unwrap_or(1).max(1),
                        extra_json(extra.translation)
                    ])
                })
                .map_err(|e| self.err(e))?;
        }
        Ok(seg_id)
    }

    /// Takes every segment of a document out of its position, so that an update can lay them
    /// out again without colliding on (document, position).
    pub fn unplace_segments(&self, document_id: i64) -> Result<()> {
        self.tx
            .execute(
                "UPDATE segments SET position = NULL WHERE document_id = ?1",
                [document_id],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Sets a segment's place and published text (NULL position: no longer in the document),
    /// recording before and after in `changes`.
    pub fn place_segment(
        &self,
        before: &SegmentRow,
        after: &SegmentRow,
        op: OpCtx<'_>,
    ) -> Result<()> {
        self.tx
            .execute(
                "UPDATE segments SET position = ?2, paragraph = ?3, text = ?4 WHERE id = ?1",
                params![
                    after.id,
                    after.position.map(|p| p as i64),
                    after.paragraph as i64,
                    after.text
                ],
            )
            .map_err(|e| self.err(e))?;
        let mut old = rows::get(&self.tx, "segments", after.id).map_err(|e| self.err(e))?;
        // The row may have been taken out of its position by `unplace_segments` already: the
        // place before the operation is the caller's `before`.
        if let Some(old) = old.as_mut() {
            old["position"] = before
                .position
                .map_or(serde_json::Value::Null, |p| p.into());
            old["paragraph"] = before.paragraph.into();
            old["text"] = before.text.clone().into();
        }
        let new = rows::get(&self.tx, "segments", after.id).map_err(|e| self.err(e))?;
        self.record_change(op, "segments", after.id, old, new)
    }

    /// Sets what the file carries about a segment beyond its text, recorded in `changes`.
    pub fn set_segment_extra(
        &self,
        id: i64,
        extra: Option<&SegExtra>,
        op: OpCtx<'_>,
    ) -> Result<()> {
        let before = rows::get(&self.tx, "segments", id).map_err(|e| self.err(e))?;
        self.tx
            .execute(
                "UPDATE segments SET extra = ?2 WHERE id = ?1",
                params![id, extra_json(extra)],
            )
            .map_err(|e| self.err(e))?;
        let after = rows::get(&self.tx, "segments", id).map_err(|e| self.err(e))?;
        self.record_change(op, "segments", id, before, after)
    }

    pub fn insert_segment(
        &self,
        document_id: i64,
        position: usize,
        paragraph: usize,
        text: &str,
        op: OpCtx<'_>,
    ) -> Result<i64> {
        self.tx
            .execute(
                "INSERT INTO segments (document_id, position, paragraph, text) VALUES (?1, ?2, ?3, ?4)",
                params![document_id, position as i64, paragraph as i64, text],
            )
            .map_err(|e| self.err(e))?;
        let id = self.tx.last_insert_rowid();
        let row = rows::get(&self.tx, "segments", id).map_err(|e| self.err(e))?;
        self.record_change(op, "segments", id, None, row)?;
        Ok(id)
    }
}

/// How far ahead (in segment ids) the translations cursor of [`SegmentsRead::for_each_segment`]
/// moves row by row before it is searched afresh instead.
const MERGE_GAP: i64 = 64;

/// Queries about segments and their current translations.
pub trait SegmentsRead: Base {
    /// Calls `f` for each segment of `doc` with position in `first..=last`, in order, streaming.
    /// The segment handed to `f` is the same value each time, filled anew: its strings keep
    /// their memory from one segment to the next (clone it to keep it, or swap it with another
    /// segment, whose buffers the next one is then read into).
    fn for_each_segment(
        &self,
        doc: &Document,
        first: usize,
        last: usize,
        f: &mut dyn FnMut(&mut SegmentView) -> Result<()>,
    ) -> Result<()> {
        // Two cursors merged: the segments in position order, and the translations in
        // segment-id order from the first segment's id on, a segment's revisions in order (the
        // first gives who started the translation, the last is the current one). Segment ids
        // usually grow with positions, so the translations cursor just moves on, row after
        // row, instead of being searched for every segment (which a join does, and which was
        // most of what an export of a long document spent in SQLite). Where an id goes back
        // or jumps ahead (a document renumbered by an update), the cursor is searched afresh.
        // Memory stays one segment.
        let mut segments = self
            .conn()
            .prepare_cached(
                "SELECT id, position, paragraph, text, extra FROM segments
                 WHERE document_id = ?1 AND position BETWEEN ?2 AND ?3
                 ORDER BY position",
            )
            .map_err(|e| self.err(e))?;
        let mut translations = self
            .conn()
            .prepare_cached(
                "SELECT segment_id, revision, text, state, comment, author, created_at, extra
                 FROM translations WHERE segment_id >= ?1
                 ORDER BY segment_id, revision",
            )
            .map_err(|e| self.err(e))?;
        let last = i64::try_from(last).unwrap_or(i64::MAX);
        let mut rows = segments
            .query(params![doc.id, first as i64, last])
            .map_err(|e| self.err(e))?;
        let mut seg = SegmentView::empty(&doc.name);
        use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
        let mut cursor: Option<rusqlite::Rows<'_>> = None;
        // The segment id of the cursor's row (None: past the last row), read once per row.
        let mut at: Option<i64> = None;
        let mut previous = i64::MIN;
        let sql = |e| self.err(e);
        let advance = |c: &mut rusqlite::Rows<'_>| -> rusqlite::Result<Option<i64>> {
            c.advance()?;
            c.get().map(|r| r.get::<_, i64>(0)).transpose()
        };
        while let Some(row) = rows.next().map_err(sql)? {
            read_segment(row, &mut seg).map_err(sql)??;
            let id = seg.id;
            let restart =
                cursor.is_none() || id < previous || at.is_some_and(|t| t < id - MERGE_GAP);
            if restart {
                // The old cursor must end before the statement runs again (the assignment
                // ends its borrow, which the borrow checker sees and a drop does not).
                #[allow(unused_assignments)]
                {
                    cursor = None;
                }
                let mut c = translations.query([id]).map_err(sql)?;
                at = advance(&mut c).map_err(sql)?;
                cursor = Some(c);
            }
            let c = cursor.as_mut().expect("set above");
            while at.is_some_and(|t| t < id) {
                at = advance(c).map_err(sql)?;
            }
            let mut revisions = 0;
            while at == Some(id) {
                let r = c.get().expect("the cursor is on a row");
                let revision: i64 = r.get(1).map_err(sql)?;
                read_translation(r, revision, &mut seg.current).map_err(sql)??;
                if revisions == 0 {
                    let t = seg.current.as_ref().expect("just read");
                    match &mut seg.first {
                        Some((author, date)) => {
                            set(author, &t.author);
                            set(date, &t.created_at);
                        }
                        None => seg.first = Some((t.author.clone(), t.created_at.clone())),
                    }
                }
                revisions += 1;
                at = advance(c).map_err(sql)?;
            }
            if revisions == 0 {
                seg.current = None;
                seg.first = None;
            }
            previous = id;
            f(&mut seg)?;
        }
        Ok(())
    }

    fn segments(&self, doc: &Document) -> Result<Vec<SegmentView>> {
        let mut out = Vec::with_capacity(doc.segments);
        self.for_each_segment(doc, 1, usize::MAX, &mut |s| {
            out.push(s.clone());
            Ok(())
        })?;
        Ok(out)
    }

    /// The position of the segment `address` names in `doc`: N of `DOC:N`, or where the
    /// segment with stable id ID of `DOC@ID` stands now. Call it inside the transaction that
    /// acts on the segment, so that an update cannot move it in between.
    fn locate(&self, doc: &Document, address: &crate::model::Address) -> Result<usize> {
        if let Some(n) = address.position {
            return Ok(n);
        }
        let Some(key) = address.key else {
            return address.segment();
        };
        let found: Option<(i64, Option<i64>)> = self
            .conn()
            .query_row(
                "SELECT document_id, position FROM segments WHERE id = ?1",
                params![key],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let name = format!("{}@{key}", doc.name);
        match found {
            Some((d, Some(n))) if d == doc.id => Ok(n as usize),
            Some((d, None)) if d == doc.id => Err(Error::not_found(
                "segment",
                name.clone(),
                format!(
                    "segment {name} is no longer in {}: an update took its sentence out (its translations and annotations are kept)",
                    doc.name
                ),
            )),
            _ => Err(Error::not_found(
                "segment",
                name.clone(),
                format!(
                    "{name} is not a segment of {} (see `tolk show {} --json`, field key)",
                    doc.name, doc.name
                ),
            )),
        }
    }

    /// Segment `n` (1-based) of `doc`, or an error naming the valid range.
    fn segment(&self, doc: &Document, n: usize) -> Result<SegmentView> {
        let mut found = None;
        if n >= 1 && n <= doc.segments {
            self.for_each_segment(doc, n, n, &mut |s| {
                found = Some(s.clone());
                Ok(())
            })?;
        }
        found.ok_or_else(|| {
            let n = if n == usize::MAX {
                "<huge>".to_string()
            } else {
                n.to_string()
            };
            Error::not_found(
                "segment",
                format!("{}:{n}", doc.name),
                format!(
                    "segment {}:{n} does not exist ({} has segments 1 to {})",
                    doc.name, doc.name, doc.segments
                ),
            )
        })
    }

    /// The segment rows of `doc` that an earlier `import --update` took out of the document
    /// (NULL position), with their current translations, in id order. Their `position` is 0.
    fn removed_segments(&self, doc: &Document) -> Result<Vec<SegmentView>> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT s.id, 0, s.paragraph, s.text,
                        t.revision, t.text, t.state, t.comment, t.author, t.created_at, f.author, f.created_at,
                        s.extra, t.extra
                 FROM segments s
                 LEFT JOIN translations t ON t.segment_id = s.id
                      AND t.revision = (SELECT MAX(revision) FROM translations WHERE segment_id = s.id)
                 LEFT JOIN translations f ON f.segment_id = s.id
                      AND f.revision = (SELECT MIN(revision) FROM translations WHERE segment_id = s.id)
                 WHERE s.document_id = ?1 AND s.position IS NULL
                 ORDER BY s.id",
            )
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query(params![doc.id]).map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            out.push(segment_row(row, &doc.name).map_err(|e| self.err(e))??);
        }
        Ok(out)
    }

    /// Calls `f` with the published text of every current segment of every document, for
    /// statistics over the whole store (name frequencies for `check`).
    fn for_each_source_text(&self, f: &mut dyn FnMut(&str)) -> Result<()> {
        let mut stmt = self
            .conn()
            .prepare("SELECT text FROM segments WHERE position IS NOT NULL")
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.err(e))?;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let text: String = row.get(0).map_err(|e| self.err(e))?;
            f(&text);
        }
        Ok(())
    }

    /// The published text of a segment right after operation `op`, when a later operation
    /// changed it (None: unchanged since).
    fn segment_text_after(&self, segment_id: i64, op: i64) -> Result<Option<String>> {
        let before: Option<String> = self
            .conn()
            .query_row(
                "SELECT before FROM changes WHERE tbl = 'segments' AND row_id = ?1 AND operation_id > ?2 ORDER BY id LIMIT 1",
                params![segment_id, op],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?
            .flatten();
        Ok(before
            .and_then(|b| serde_json::from_str::<serde_json::Value>(&b).ok())
            .and_then(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string)))
    }
}

impl<T: Base + ?Sized> SegmentsRead for T {}

fn segment_row(r: &rusqlite::Row<'_>, doc: &str) -> rusqlite::Result<Result<SegmentView>> {
    let current = match translation_row(r)? {
        Ok(t) => t,
        Err(e) => return Ok(Err(e)),
    };
    Ok(Ok(SegmentView {
        id: r.get(0)?,
        doc: doc.to_string(),
        position: r.get::<_, i64>(1)? as usize,
        paragraph: r.get::<_, i64>(2)? as usize,
        source: r.get(3)?,
        current,
        // The first revision's author and time (NULL in the streaming query, which fills
        // `first` in itself).
        first: match (
            r.get::<_, Option<String>>(10)?,
            r.get::<_, Option<String>>(11)?,
        ) {
            (Some(author), Some(at)) => Some((author, at)),
            _ => None,
        },
        extra: match extra_from_json(r.get_ref(12)?.as_str_or_null()?, "segment") {
            Ok(e) => e,
            Err(e) => return Ok(Err(e)),
        },
    }))
}

/// Fills `seg` from a row of the streaming query (`current` and `first` are the caller's),
/// reusing its strings.
fn read_segment(r: &rusqlite::Row<'_>, seg: &mut SegmentView) -> rusqlite::Result<Result<()>> {
    seg.id = r.get(0)?;
    seg.position = r.get::<_, i64>(1)? as usize;
    seg.paragraph = r.get::<_, i64>(2)? as usize;
    set(&mut seg.source, r.get_ref(3)?.as_str()?);
    seg.extra = match extra_from_json(r.get_ref(4)?.as_str_or_null()?, "segment") {
        Ok(e) => e,
        Err(e) => return Ok(Err(e)),
    };
    Ok(Ok(()))
}

/// Fills `current` with revision `revision` from a row of the streaming query, reusing its
/// strings.
fn read_translation(
    r: &rusqlite::Row<'_>,
    revision: i64,
    current: &mut Option<Translation>,
) -> rusqlite::Result<Result<()>> {
    let state = match r.get_ref(3)?.as_str()?.parse::<State>() {
        Ok(s) => s,
        Err(e) => return Ok(Err(e)),
    };
    let extra = match extra_from_json(r.get_ref(7)?.as_str_or_null()?, "translation") {
        Ok(e) => e,
        Err(e) => return Ok(Err(e)),
    };
    let text = r.get_ref(2)?.as_str()?;
    let comment = r.get_ref(4)?.as_str_or_null()?;
    let author = r.get_ref(5)?.as_str()?;
    let created_at = r.get_ref(6)?.as_str()?;
    match current {
        Some(t) => {
            t.revision = revision;
            set(&mut t.text, text);
            t.state = state;
            match (&mut t.comment, comment) {
                (Some(c), Some(new)) => set(c, new),
                (c, new) => *c = new.map(str::to_string),
            }
            set(&mut t.author, author);
            set(&mut t.created_at, created_at);
            t.extra = extra;
        }
        None => {
            *current = Some(Translation {
                revision,
                text: text.to_string(),
                state,
                comment: comment.map(str::to_string),
                author: author.to_string(),
                created_at: created_at.to_string(),
                extra,
            })
        }
    }
    Ok(Ok(()))
}

/// `s` made equal to `value`, in the memory it has.
fn set(s: &mut String, value: &str) {
    s.clear();
    s.push_str(value);
}

/// The translation revision of a row of `removed_segments` (None: the segment has none).
fn translation_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Result<Option<Translation>>> {
    let Some(revision) = r.get::<_, Option<i64>>(4)? else {
        return Ok(Ok(None));
    };
    let state = match r.get_ref(6)?.as_str()?.parse::<State>() {
        Ok(s) => s,
        Err(e) => return Ok(Err(e)),
    };
    let extra = match extra_from_json(r.get_ref(13)?.as_str_or_null()?, "translation") {
        Ok(e) => e,
        Err(e) => return Ok(Err(e)),
    };
    Ok(Ok(Some(Translation {
        revision,
        text: r.get(5)?,
        state,
        comment: r.get(7)?,
        author: r.get(8)?,
        created_at: r.get(9)?,
        extra,
    })))
}
