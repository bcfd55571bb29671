//! Minimum wage rules, as data: every rate carries its citation and the dates it applies.

use crate::money::Cents;
use chrono::NaiveDate;

/// Which government's minimum wage a rate comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jurisdiction {
    /// City and County of Denver (applies to work performed in Denver).
    Denver,
    /// State of Colorado (the floor everywhere in the state).
    Colorado,
}

/// One year's minimum wage in one jurisdiction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MinimumWage {
    /// Who sets it.
    pub jurisdiction: Jurisdiction,
    /// The calendar year it applies to (rates are CPI-indexed each January 1).
    pub year: i32,
    /// Standard hourly rate.
    pub hourly: Cents,
    /// Hourly cash wage for tipped workers (tip credit applied).
    pub tipped: Cents,
    /// Where the figure comes from.
    pub citation: &'static str,
}

/// Known minimum wages. Denver figures: Denver Labor published rates (DRMC ch. 58); Colorado: CDLE
/// COMPS/minimum wage orders. Update each January 1.
pub const MINIMUM_WAGES: &[MinimumWage] = &[
    MinimumWage {
        jurisdiction: Jurisdiction::Denver,
        year: 2024,
        hourly: Cents(1829),
        tipped: Cents(1527),
        citation: "Denver Revised Municipal Code ch. 58, art. V; Denver Labor 2024 rate",
    },
    MinimumWage {
        jurisdiction: Jurisdiction::Denver,
        year: 2025,
        hourly: Cents(1881),
        tipped: Cents(1579),
        citation: "Denver Revised Municipal Code ch. 58, art. V; Denver Labor 2025 rate",
    },
    MinimumWage {
        jurisdiction: Jurisdiction::Denver,
        year: 2026,
        hourly: Cents(1929),
        tipped: Cents(1627),
        citation: "Denver Revised Municipal Code ch. 58, art. V; Denver Labor 2026 rate",
    },
    MinimumWage {
        jurisdiction: Jurisdiction::Colorado,
        year: 2024,
        hourly: Cents(1442),
        tipped: Cents(1140),
        citation: "Colorado Constitution art. XVIII § 15; CDLE 2024 rate",
    },
    MinimumWage {
        jurisdiction: Jurisdiction::Colorado,
        year: 2025,
        hourly: Cents(1481),
        tipped: Cents(1179),
        citation: "Colorado Constitution art. XVIII § 15; CDLE 2025 rate",
    },
    MinimumWage {
        jurisdiction: Jurisdiction::Colorado,
        year: 2026,
        hourly: Cents(1516),
        tipped: Cents(1214),
        citation: "Colorado Constitution art. XVIII § 15; CDLE 2026 rate",
    },
];

/// The minimum wage in force in `jurisdiction` on `date`. For a year past the table, the latest
/// known year is used (rates only rise), so estimates stay conservative rather than failing.
pub fn minimum_wage_on(jurisdiction: Jurisdiction, date: NaiveDate) -> Option<MinimumWage> {
    use chrono::Datelike;
    let year = date.year();
    let mut best: Option<MinimumWage> = None;
    for w in MINIMUM_WAGES.iter().filter(|w| w.jurisdiction == jurisdiction) {
        if w.year == year {
            return Some(*w);
        }
        if w.year < year && best.is_none_or(|b| b.year < w.year) {
            best = Some(*w);
        }
    }
    best
}

/// A quick estimate of unpaid wages for the worker's intake helper: hours times the promised rate
/// (never below Denver's minimum wage for that date) minus what was paid, floored at zero.
pub fn estimate_unpaid(
    hours_hundredths: i64,
    promised_hourly: Cents,
    paid: Cents,
    on: NaiveDate,
    tipped: bool,
) -> Option<Cents> {
    let min = minimum_wage_on(Jurisdiction::Denver, on)?;
    let floor = if tipped { min.tipped } else { min.hourly };
    let rate = promised_hourly.max(floor);
    let earned = rate.0.checked_mul(hours_hundredths)? / 100;
    Some(Cents((earned - paid.0).max(0)))
}

/// What is wrong with one of the estimate helper's three fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EstimateProblem {
    /// Hours and rate are needed; what was paid may be left empty (nothing paid).
    Required,
    /// Not an amount (`Cents::parse_dollars` refused it).
    InvalidNumber,
}

/// Reads the estimate helper's fields as typed (hours, promised rate, paid): one reading for the
/// server's no-JavaScript path and the public page's live estimate.
pub fn parse_estimate_fields(texts: [&str; 3]) -> Result<[Cents; 3], [Option<EstimateProblem>; 3]> {
    let mut parsed = [Cents(0); 3];
    let mut problems = [None; 3];
    for (i, text) in texts.iter().enumerate() {
        let text = text.trim();
        if text.is_empty() && i == 2 {
            continue;
        }
        match Cents::parse_dollars(text) {
            Some(v) => parsed[i] = v,
            None if text.is_empty() => problems[i] = Some(EstimateProblem::Required),
            None => problems[i] = Some(EstimateProblem::InvalidNumber),
        }
    }
    if problems.iter().any(Option::is_some) { Err(problems) } else { Ok(parsed) }
}

/// The estimate from the three fields as typed, on `on`: `Ok(None)` when there is no rate for
/// that date.
pub fn estimate_from_fields(texts: [&str; 3], on: NaiveDate) -> Result<Option<Cents>, [Option<EstimateProblem>; 3]> {
    let [hours, rate, paid] = parse_estimate_fields(texts)?;
    Ok(estimate_unpaid(hours.0, rate, paid, on, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn denver_rates_by_year() {
        assert_eq!(minimum_wage_on(Jurisdiction::Denver, d(2024, 6, 1)).map(|w| w.hourly), Some(Cents(1829)));
        assert_eq!(minimum_wage_on(Jurisdiction::Denver, d(2025, 1, 1)).map(|w| w.tipped), Some(Cents(1579)));
        assert_eq!(minimum_wage_on(Jurisdiction::Denver, d(2026, 12, 31)).map(|w| w.hourly), Some(Cents(1929)));
        // Past the table: latest known year, not nothing.
        assert_eq!(minimum_wage_on(Jurisdiction::Denver, d(2027, 3, 1)).map(|w| w.year), Some(2026));
        // Before the table: unknown.
        assert_eq!(minimum_wage_on(Jurisdiction::Denver, d(2020, 3, 1)), None);
    }

    #[test]
    fn estimate_uses_minimum_wage_floor() {
        // 40 h promised at $15 (below Denver's $19.29 in 2026), paid $500:
        // 40 x 19.29 = 771.60; 771.60 - 500 = 271.60.
        let got = estimate_unpaid(4000, Cents(1500), Cents(50_000), d(2026, 3, 2), false);
        assert_eq!(got, Some(Cents(27_160)));
        // Promised $25 (above the floor): 40 x 25 = 1000 - 500 = 500.
        assert_eq!(estimate_unpaid(4000, Cents(2500), Cents(50_000), d(2026, 3, 2), false), Some(Cents(50_000)));
        // Overpaid never gives a negative amount.
        assert_eq!(estimate_unpaid(100, Cents(2000), Cents(10_000), d(2026, 3, 2), false), Some(Cents(0)));
        assert_eq!(
            estimate_from_fields(["40", "15", ""], d(2026, 3, 2)),
            estimate_from_fields(["40", "15", "0"], d(2026, 3, 2))
        );
        assert_eq!(
            parse_estimate_fields(["", "x", "1"]),
            Err([Some(EstimateProblem::Required), Some(EstimateProblem::InvalidNumber), None])
        );
    }
}
