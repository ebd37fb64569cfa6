//! Whole rows as JSON objects, for the `changes` log: what a row was before an operation and
//! after it, so that undo and redo can put any row back exactly, whatever its table.

use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{Connection, OptionalExtension, params_from_iter};
use serde_json::{Map, Value};

/// The columns of an undoable table (the only names ever spliced into SQL here).
fn columns(tbl: &str) -> rusqlite::Result<&'static [&'static str]> {
    super::tables::by_name(tbl)
        .map(|u| u.columns)
        .ok_or_else(|| {
            rusqlite::Error::InvalidParameterName(format!("no such table for changes: {tbl}"))
        })
}

fn quoted(cols: &[&str]) -> String {
    cols.iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The row `id` of `tbl` as a JSON object, or None when there is no such row.
pub fn get(conn: &Connection, tbl: &str, id: i64) -> rusqlite::Result<Option<Value>> {
    let cols = columns(tbl)?;
    let sql = format!("SELECT {} FROM {tbl} WHERE id = ?1", quoted(cols));
    conn.query_row(&sql, [id], |r| {
        let mut m = Map::new();
        for (i, c) in cols.iter().enumerate() {
            let v = match r.get_ref(i)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(n) => Value::from(n),
                ValueRef::Real(f) => Value::from(f),
                ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(b) => Value::from(b.to_vec()),
            };
            m.insert((*c).to_string(), v);
        }
        Ok(Value::Object(m))
    })
    .optional()
}

fn sql_value(v: &Value) -> SqlValue {
    match v {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
        Value::Number(n) => n
            .as_i64()
            .map(SqlValue::Integer)
            .unwrap_or_else(|| SqlValue::Real(n.as_f64().unwrap_or_default())),
        Value::String(s) => SqlValue::Text(s.clone()),
        other => SqlValue::Text(other.to_string()),
    }
}

/// Inserts a row exactly as [`get`] returned it (same id).
pub fn insert(conn: &Connection, tbl: &str, row: &Value) -> rusqlite::Result<()> {
    let cols = columns(tbl)?;
    let placeholders = (1..=cols.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "INSERT INTO {tbl} ({}) VALUES ({placeholders})",
        quoted(cols)
    );
    let values: Vec<SqlValue> = cols
        .iter()
        .map(|c| sql_value(row.get(*c).unwrap_or(&Value::Null)))
        .collect();
    conn.execute(&sql, params_from_iter(values))?;
    Ok(())
}

/// Overwrites every column of row `id` with the values of `row`.
pub fn update(conn: &Connection, tbl: &str, id: i64, row: &Value) -> rusqlite::Result<()> {
    let cols = columns(tbl)?;
    let sets = cols
        .iter()
        .enumerate()
        .filter(|(_, c)| **c != "id")
        .map(|(i, c)| format!("\"{c}\" = ?{}", i + 1))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!("UPDATE {tbl} SET {sets} WHERE id = ?1");
    let mut values: Vec<SqlValue> = cols
        .iter()
        .map(|c| sql_value(row.get(*c).unwrap_or(&Value::Null)))
        .collect();
    values[0] = SqlValue::Integer(id);
    conn.execute(&sql, params_from_iter(values))?;
    Ok(())
}

pub fn delete(conn: &Connection, tbl: &str, id: i64) -> rusqlite::Result<()> {
    columns(tbl)?;
    conn.execute(&format!("DELETE FROM {tbl} WHERE id = ?1"), [id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_round_trip_through_json() {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrations::migrate(&mut conn).unwrap();
        conn.execute(
            "INSERT INTO operations (at, author, command, summary) VALUES ('t', 'a', 'c', 's')",
            [],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO documents (name, source_lang, target_lang, title, created_at, operation_id) VALUES ('d', 'nl', 'en', NULL, 't', 1)",
            [],
        )
        .unwrap();
        conn.execute("INSERT INTO segments (document_id, position, paragraph, text) VALUES (1, 1, 1, 'Eén “zin”.')", [])
            .unwrap();
        let row = get(&conn, "segments", 1).unwrap().unwrap();
        assert_eq!(row["text"], "Eén “zin”.");
        let mut changed = row.clone();
        changed["position"] = Value::Null;
        update(&conn, "segments", 1, &changed).unwrap();
        assert_eq!(
            get(&conn, "segments", 1).unwrap().unwrap()["position"],
            Value::Null
        );
        delete(&conn, "segments", 1).unwrap();
        assert_eq!(get(&conn, "segments", 1).unwrap(), None);
        insert(&conn, "segments", &row).unwrap();
        assert_eq!(get(&conn, "segments", 1).unwrap().unwrap(), row);
        let doc = get(&conn, "documents", 1).unwrap().unwrap();
        assert_eq!(doc["title"], Value::Null);
        assert!(get(&conn, "nope", 1).is_err());
    }
}
