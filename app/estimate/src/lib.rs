//! The live estimate on the public wizard's first step, as a wasm module of its own.
//!
//! The public pages must stay light on a cheap phone (`/report` ≤ 50 KiB on the wire), and the
//! Leptos runtime alone is more than that. So the estimate does not hydrate as an island: the page
//! is plain server-rendered HTML, and a few lines of script (`app/src/pages/report.rs`) load this
//! module, which is `reclamo_shared::wage` — the same reading and arithmetic the server's
//! no-JavaScript path uses — behind one exported function. Built by `scripts/build-estimate.sh`.

use wasm_bindgen::prelude::wasm_bindgen;

/// The text to show for the three fields as typed, in `year` (mid-year, as the server's path
/// uses today's date): `template` with `%AMOUNT%` replaced; `invalid` when a field is not a
/// number; empty when hours or rate are still blank (the page keeps what it showed).
#[wasm_bindgen]
pub fn estimate(hours: &str, rate: &str, paid: &str, year: i32, template: &str, invalid: &str) -> String {
    use reclamo_shared::wage::{EstimateProblem, estimate_from_fields};
    let on = chrono::NaiveDate::from_ymd_opt(year, 7, 1).unwrap_or_default();
    match estimate_from_fields([hours, rate, paid], on) {
        Ok(Some(amount)) => template.replace("%AMOUNT%", &amount.to_string()),
        Ok(None) => String::new(),
        Err(problems) if problems.contains(&Some(EstimateProblem::InvalidNumber)) => invalid.to_owned(),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::estimate;

    #[test]
    fn same_figure_as_the_server_path() {
        assert_eq!(estimate("40", "15", "500", 2026, "owed %AMOUNT%", "bad"), "owed $271.60");
        assert_eq!(estimate("40", "abc", "", 2026, "owed %AMOUNT%", "bad"), "bad");
        assert_eq!(estimate("", "15", "", 2026, "owed %AMOUNT%", "bad"), "");
    }
}
