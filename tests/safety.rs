//! Data safety (issue 11): one regression test per way tolk could lose data, corrupt history or
//! touch a file it must not.

use crate::common::TestEnv;

/// Item 14: a fixed clock is parsed as RFC 3339 or refused before anything is stored.
#[test]
fn tolk_now_is_validated() {
    let env = TestEnv::new();
    env.import_corpus();
    let before = env.db_bytes();
    for bad in ["2026", "garbage\u{1b}[2J", "2026-13-45T00:00:00Z"] {
        let e = env
            .tolk(&["translate", "libie-moskou:2", "X"])
            .env("TOLK_NOW", bad)
            .err();
        assert!(e.contains("is not an RFC 3339 time"), "{e}");
        assert!(
            !e.contains('\u{1b}'),
            "no escape reaches the terminal: {e:?}"
        );
    }
    assert!(env.db_bytes() == before, "nothing stored with a bad clock");
    env.tolk(&["translate", "libie-moskou:2", "X"])
        .env("TOLK_NOW", "2026-11-29T11:00:00+01:00")
        .ok();
    let at: String = env.sql("SELECT at FROM operations ORDER BY id DESC LIMIT 1");
    assert_eq!(at, "2026-11-29T10:00:00Z", "stored in UTC");
}
