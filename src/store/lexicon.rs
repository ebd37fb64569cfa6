//! The lexicon: the project's word list (never spelling errors) and glossary (source term →
//! required target term), both used by `tolk check`.

use super::base::Base;
use super::{OpCtx, Tx};
use crate::error::Result;
use rusqlite::{OptionalExtension, params};

/// A glossary entry.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GlossaryEntry {
    pub source: String,
    pub target: String,
    pub note: Option<String>,
}

impl Tx<'_> {
    /// Adds words to the project word list; returns those that were not there yet.
    pub fn add_words(&self, words: &[String], op: OpCtx<'_>) -> Result<Vec<String>> {
        let mut added = Vec::new();
        for w in words {
            let n = self
                .tx
                .execute(
                    "INSERT OR IGNORE INTO words (word, author, created_at, operation_id) VALUES (?1, ?2, ?3, ?4)",
                    params![w, op.author, op.at, op.id],
                )
                .map_err(|e| self.err(e))?;
            if n > 0 {
                added.push(w.clone());
            }
        }
        Ok(added)
    }

    /// Removes words (recorded, so undo puts them back); returns those that were there.
    pub fn remove_words(&self, words: &[String], op: OpCtx<'_>) -> Result<Vec<String>> {
        let mut removed = Vec::new();
        for w in words {
            let id: Option<i64> = self
                .tx
                .query_row("SELECT id FROM words WHERE word = ?1", [w], |r| r.get(0))
                .optional()
                .map_err(|e| self.err(e))?;
            if let Some(id) = id {
                self.delete_row_recorded("words", id, op)?;
                removed.push(w.clone());
            }
        }
        Ok(removed)
    }

    /// Adds a glossary entry; false if the same pair is already there.
    pub fn add_glossary(
        &self,
        source: &str,
        target: &str,
        note: Option<&str>,
        op: OpCtx<'_>,
    ) -> Result<bool> {
        let n = self
            .tx
            .execute(
                "INSERT OR IGNORE INTO glossary (source, target, note, author, created_at, operation_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![source, target, note, op.author, op.at, op.id],
            )
            .map_err(|e| self.err(e))?;
        Ok(n > 0)
    }

    /// Removes every glossary entry for a source term (recorded); returns how many.
    pub fn remove_glossary(&self, source: &str, op: OpCtx<'_>) -> Result<usize> {
        let ids: Vec<i64> = self
            .tx
            .prepare("SELECT id FROM glossary WHERE source = ?1")
            .and_then(|mut st| st.query_map([source], |r| r.get(0))?.collect())
            .map_err(|e| self.err(e))?;
        for id in &ids {
            self.delete_row_recorded("glossary", *id, op)?;
        }
        Ok(ids.len())
    }
}

/// Queries about the word list and the glossary.
pub trait LexiconRead: Base {
    fn words(&self) -> Result<Vec<String>> {
        self.conn()
            .prepare("SELECT word FROM words ORDER BY word")
            .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
            .map_err(|e| self.err(e))
    }

    fn glossary(&self) -> Result<Vec<GlossaryEntry>> {
        self.conn()
            .prepare("SELECT source, target, note FROM glossary ORDER BY source, target")
            .and_then(|mut st| {
                st.query_map([], |r| {
                    Ok(GlossaryEntry {
                        source: r.get(0)?,
                        target: r.get(1)?,
                        note: r.get(2)?,
                    })
                })?
                .collect()
            })
            .map_err(|e| self.err(e))
    }

    /// The user's own aligned pairs, for the aligner's lexicon: the current translation of
    /// every segment that is a plain 1-1 pair (no link of another shape on it, not inside an
    /// n-m link starting up to eight segments before it), in a state that vouches for it
    /// (translated, reviewed, final — not needs-work), newest first, at most `limit`; each with
    /// its weight, `reviewed_weight` for reviewed and final, else 1. One query that walks
    /// translations newest first and stops at `limit`.
    fn aligned_pairs(
        &self,
        limit: usize,
        reviewed_weight: u32,
    ) -> Result<Vec<(String, String, u32)>> {
        self.conn()
            .prepare_cached(
                "SELECT s.text, t.text, CASE WHEN t.state IN ('reviewed', 'final') THEN ?2 ELSE 1 END
                 FROM translations t JOIN segments s ON s.id = t.segment_id
                 WHERE s.position IS NOT NULL
                   AND t.state <> 'needs-work'
                   AND t.revision = (SELECT MAX(revision) FROM translations WHERE segment_id = s.id)
                   AND NOT EXISTS (SELECT 1 FROM links l WHERE l.segment_id = s.id
                                   AND (l.sources > 1 OR (l.sources = 1 AND l.targets <> 1)))
                   AND NOT EXISTS (SELECT 1 FROM segments f JOIN links l ON l.segment_id = f.id
                                   WHERE f.document_id = s.document_id
                                     AND f.position BETWEEN s.position - 8 AND s.position - 1
                                     AND l.sources > s.position - f.position)
                 ORDER BY t.id DESC
                 LIMIT ?1",
            )
            .and_then(|mut st| {
                st.query_map(params![limit as i64, reviewed_weight], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?
                .collect()
            })
            .map_err(|e| self.err(e))
    }
}

impl<T: Base + ?Sized> LexiconRead for T {}
