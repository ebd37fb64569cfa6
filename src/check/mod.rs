//! Quality checks (being written): spelling, name variants, source hygiene and translation QA.
