//! Timestamps for revisions and operations: RFC 3339 in UTC, second precision.
//! `TOLK_NOW` fixes the clock (tests, reproducible exports); otherwise the system clock.

use crate::error::{Error, Result};
use std::time::{SystemTime, UNIX_EPOCH};

/// The current time as stored: `YYYY-MM-DDTHH:MM:SSZ`. A `TOLK_NOW` that [`check`] refused
/// never gets this far; one with an offset is stored in UTC like every other time.
pub fn now() -> String {
    if let Some(secs) = fixed() {
        return format_unix(secs);
    }
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    format_unix(secs)
}

fn fixed() -> Option<i64> {
    std::env::var("TOLK_NOW")
        .ok()
        .filter(|v| !v.is_empty())
        .and_then(|v| parse_rfc3339(&v))
}

/// Refuses a `TOLK_NOW` that is not an RFC 3339 time, before anything is stored with it.
pub fn check() -> Result<()> {
    match std::env::var_os("TOLK_NOW") {
        None => Ok(()),
        Some(v) if v.is_empty() => Ok(()),
        Some(v) => match v.to_str().and_then(parse_rfc3339) {
            Some(_) => Ok(()),
            None => Err(Error::invalid(
                "TOLK_NOW",
                format!(
                    "TOLK_NOW='{}' is not an RFC 3339 time such as 2026-11-29T10:00:00Z; unset it to use the system clock",
                    crate::text::excerpt(&v.to_string_lossy(), 60)
                ),
            )),
        },
    }
}

/// Seconds since the Unix epoch of an RFC 3339 date-time (`2026-11-29T10:00:00Z`,
/// `2026-11-29T11:00:00+01:00`, fractional seconds allowed), or None when it is not one.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 20 || !s.is_ascii() {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = &s[r];
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    if b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || sec > 60
    {
        return None;
    }
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest = &frac[digits..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ if rest.len() == 6
            && matches!(rest.as_bytes()[0], b'+' | b'-')
            && rest.as_bytes()[3] == b':' =>
        {
            let oh = num(s.len() - 5..s.len() - 3)?;
            let om = num(s.len() - 2..s.len())?;
            if oh > 23 || om > 59 {
                return None;
            }
            let o = oh * 3600 + om * 60;
            if rest.starts_with('-') { -o } else { o }
        }
        _ => return None,
    };
    Some(days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + sec.min(59) - offset)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Formats Unix seconds as `YYYY-MM-DDTHH:MM:SSZ` (proleptic Gregorian, Howard Hinnant's algorithm).
pub fn format_unix(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rfc3339_and_refuses_the_rest() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            parse_rfc3339("2026-11-29T11:30:45+01:00")
                .map(format_unix)
                .as_deref(),
            Some("2026-11-29T10:30:45Z")
        );
        assert_eq!(
            parse_rfc3339("2000-02-29T00:00:00.123Z")
                .map(format_unix)
                .as_deref(),
            Some("2000-02-29T00:00:00Z")
        );
        for bad in [
            "",
            "2026",
            "2026-13-45T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "2026-11-29T24:00:00Z",
            "2026-11-29T10:00:00",
            "2026-11-29T10:00:00Z\u{1b}[2J",
            "\u{1b}]0;pwned\u{7}",
            "２０２６-11-29T10:00:00Z",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad:?}");
        }
        for days in [-1000, 0, 1, 10_957, 20_000, 100_000] {
            let s = format_unix(days * 86_400);
            assert_eq!(parse_rfc3339(&s), Some(days * 86_400), "{s}");
        }
    }

    #[test]
    fn formats_known_instants() {
        assert_eq!(format_unix(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_unix(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_unix(1_579_392_000), "2020-01-19T00:00:00Z");
        assert_eq!(format_unix(1_795_923_045), "2026-11-29T03:30:45Z");
    }
}
