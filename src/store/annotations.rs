//! Annotations: spans on a segment's source or translation (corrections, attributions, entities,
//! notes), inserted by operations and updated with their rows recorded for undo.

use super::base::Base;
use super::{OpCtx, Tx, rows};
use crate::anchor::{Quote, Span};
use crate::error::{Error, Result};
use crate::model::{AnnStatus, Annotation, Body, Document, Kind, Side};
use rusqlite::{OptionalExtension, params};

pub struct NewAnnotation<'a> {
    pub segment_id: i64,
    pub side: Side,
    pub span: Span,
    pub quote: &'a Quote,
    pub body: &'a Body,
    pub status: AnnStatus,
}

/// Which annotations to list.
#[derive(Debug, Default, Clone)]
pub struct AnnFilter {
    pub document_id: Option<i64>,
    pub segment_id: Option<i64>,
    pub kind: Option<Kind>,
    pub status: Option<AnnStatus>,
    pub id: Option<i64>,
    /// Created by this operation.
    pub operation_id: Option<i64>,
}

impl Tx<'_> {
    pub fn insert_annotation(&self, a: &NewAnnotation<'_>, op: OpCtx<'_>) -> Result<i64> {
        let body = serde_json::to_string(a.body).map_err(body_error)?;
        self.tx
            .prepare_cached(
                "INSERT INTO annotations (segment_id, side, kind, start, \"end\", exact, prefix, suffix, body, status, author, created_at, operation_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )
            .and_then(|mut st| {
                st.execute(params![
                    a.segment_id,
                    a.side.as_str(),
                    a.body.kind().as_str(),
                    a.span.start as i64,
                    a.span.end as i64,
                    a.quote.exact,
                    a.quote.prefix,
                    a.quote.suffix,
                    body,
                    a.status.as_str(),
                    op.author,
                    op.at,
                    op.id
                ])
            })
            .map_err(|e| self.err(e))?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Rewrites an annotation's place, body or status, recording the row before and after in
    /// `changes` so that the operation can be inspected and undone.
    pub fn update_annotation(
        &self,
        before: &Annotation,
        after: &Annotation,
        op: OpCtx<'_>,
    ) -> Result<()> {
        let body = serde_json::to_string(&after.body).map_err(body_error)?;
        let old = rows::get(&self.tx, "annotations", before.id).map_err(|e| self.err(e))?;
        self.tx
            .execute(
                "UPDATE annotations SET segment_id = ?2, start = ?3, \"end\" = ?4, exact = ?5, prefix = ?6, suffix = ?7,
                        body = ?8, status = ?9 WHERE id = ?1",
                params![
                    after.id,
                    after.segment_id,
                    after.start as i64,
                    after.end as i64,
                    after.exact,
                    after.prefix,
                    after.suffix,
                    body,
                    after.status.as_str()
                ],
            )
            .map_err(|e| self.err(e))?;
        let new = rows::get(&self.tx, "annotations", after.id).map_err(|e| self.err(e))?;
        self.record_change(op, "annotations", after.id, old, new)
    }
}

/// Queries about annotations.
pub trait AnnotationsRead: Base {
    /// Annotations matching `filter`, in document order (segment position, side, start).
    fn annotations(&self, filter: &AnnFilter) -> Result<Vec<Annotation>> {
        // Only the conditions the filter sets, so that SQLite can use the index each one has
        // (an `?1 IS NULL OR …` condition cannot use one: looking one annotation up, or one
        // document's, read every annotation of the database).
        use rusqlite::types::Value;
        let mut conds: Vec<&str> = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        let mut cond = |c: &'static str, v: Option<Value>| {
            if let Some(v) = v {
                conds.push(c);
                values.push(v);
            }
        };
        cond("s.document_id = ?", filter.document_id.map(Value::Integer));
        cond("a.segment_id = ?", filter.segment_id.map(Value::Integer));
        cond(
            "a.kind = ?",
            filter.kind.map(|k| Value::Text(k.as_str().into())),
        );
        cond(
            "a.status = ?",
            filter.status.map(|k| Value::Text(k.as_str().into())),
        );
        cond("a.id = ?", filter.id.map(Value::Integer));
        cond(
            "a.operation_id = ?",
            filter.operation_id.map(Value::Integer),
        );
        let sql = format!(
            "SELECT a.id, a.segment_id, d.name, s.position, a.side, a.start, a.\"end\", a.exact, a.prefix, a.suffix,
                    a.body, a.status, a.author, a.created_at
             FROM annotations a JOIN segments s ON s.id = a.segment_id JOIN documents d ON d.id = s.document_id
             {}{}
             ORDER BY d.name, s.position IS NULL, s.position, a.side, a.start, a.id",
            if conds.is_empty() { "" } else { "WHERE " },
            conds.join(" AND ")
        );
        let mut stmt = self.conn().prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(values), |r| {
                Ok((
                    (
                        r.get::<_, i64>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, Option<i64>>(3)?,
                    ),
                    (
                        r.get::<_, String>(4)?,
                        r.get::<_, i64>(5)?,
                        r.get::<_, i64>(6)?,
                    ),
                    (
                        r.get::<_, String>(7)?,
                        r.get::<_, String>(8)?,
                        r.get::<_, String>(9)?,
                    ),
                    (
                        r.get::<_, String>(10)?,
                        r.get::<_, String>(11)?,
                        r.get::<_, String>(12)?,
                        r.get::<_, String>(13)?,
                    ),
                ))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        rows.into_iter()
            .map(
                |(
                    (id, segment_id, doc, pos),
                    (side, start, end),
                    (exact, prefix, suffix),
                    (body, status, author, created_at),
                )| {
                    let body: Body = serde_json::from_str(&body).map_err(|e| {
                        Error::invalid(
                            "annotation body",
                            format!("annotation {id}: unreadable body in the database: {e}"),
                        )
                    })?;
                    let n = pos.map(|p| p as usize);
                    Ok(Annotation {
                        id,
                        segment_id,
                        segment: n.map(|n| format!("{doc}:{n}")),
                        doc,
                        n,
                        side: side.parse()?,
                        body,
                        start: start as usize,
                        end: end as usize,
                        exact,
                        prefix,
                        suffix,
                        status: status.parse()?,
                        author,
                        created_at,
                    })
                },
            )
            .collect()
    }

    /// All annotations of a document's current segments, by segment id.
    fn annotations_by_segment(
        &self,
        doc: &Document,
    ) -> Result<std::collections::HashMap<i64, Vec<Annotation>>> {
        let mut map: std::collections::HashMap<i64, Vec<Annotation>> =
            std::collections::HashMap::new();
        for a in self.annotations(&AnnFilter {
            document_id: Some(doc.id),
            ..Default::default()
        })? {
            if a.n.is_some() {
                map.entry(a.segment_id).or_default().push(a);
            }
        }
        Ok(map)
    }

    /// The status annotation `id` had before it was last made `orphaned` (None when history
    /// does not say), so that an annotation found again can get it back.
    fn status_before_orphaned(&self, id: i64) -> Result<Option<AnnStatus>> {
        let status: Option<String> = self
            .conn()
            .query_row(
                "SELECT json_extract(before, '$.status') FROM changes
                 WHERE tbl = 'annotations' AND row_id = ?1
                   AND json_extract(after, '$.status') = 'orphaned'
                   AND json_extract(before, '$.status') <> 'orphaned'
                 ORDER BY id DESC LIMIT 1",
                params![id],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?
            .flatten();
        Ok(status.and_then(|s| s.parse().ok()))
    }

    fn annotation(&self, id: i64) -> Result<Annotation> {
        self.annotations(&AnnFilter {
            id: Some(id),
            ..Default::default()
        })?
        .pop()
        .ok_or_else(|| {
            Error::not_found(
                "annotation",
                id.to_string(),
                format!("unknown annotation id {id} (list them with `tolk annotations`)"),
            )
        })
    }
}

impl<T: Base + ?Sized> AnnotationsRead for T {}

fn body_error(source: serde_json::Error) -> Error {
    Error::Json {
        what: "annotation body",
        source,
    }
}
