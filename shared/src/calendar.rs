//! Business days for deadlines (a retaliation-flagged case gets first contact within 2 business
//! days). Holidays are City and County of Denver paid holidays, computed by rule (fixed dates
//! move to Friday/Monday when they fall on a weekend). Verify the list against the city's
//! published schedule each year.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n as u8)
}

fn last_weekday(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    (1..=5).rev().find_map(|n| nth_weekday(year, month, weekday, n))
}

fn observed(d: NaiveDate) -> NaiveDate {
    match d.weekday() {
        Weekday::Sat => d - Duration::days(1),
        Weekday::Sun => d + Duration::days(1),
        _ => d,
    }
}

/// Denver city holidays observed in `year`.
pub fn denver_holidays(year: i32) -> Vec<NaiveDate> {
    let fixed = |m: u32, d: u32| NaiveDate::from_ymd_opt(year, m, d).map(observed);
    [
        fixed(1, 1),                                                           // New Year's Day
        nth_weekday(year, 1, Weekday::Mon, 3),                                 // Martin Luther King Jr. Day
        nth_weekday(year, 2, Weekday::Mon, 3),                                 // Presidents' Day
        fixed(3, 31),                                                          // César Chávez Day
        last_weekday(year, 5, Weekday::Mon),                                   // Memorial Day
        fixed(6, 19),                                                          // Juneteenth
        fixed(7, 4),                                                           // Independence Day
        nth_weekday(year, 9, Weekday::Mon, 1),                                 // Labor Day
        nth_weekday(year, 10, Weekday::Mon, 2),                                // Indigenous Peoples' Day
        fixed(11, 11),                                                         // Veterans Day
        nth_weekday(year, 11, Weekday::Thu, 4),                                // Thanksgiving
        nth_weekday(year, 11, Weekday::Thu, 4).map(|d| d + Duration::days(1)), // Day after
        fixed(12, 25),                                                         // Christmas Day
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Whether `d` is a business day (Monday–Friday, not a Denver holiday).
pub fn is_business_day(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !denver_holidays(d.year()).contains(&d)
}

/// The date `n` business days after `from` (a complaint received on a Friday evening with n = 2
/// is due on Tuesday).
pub fn add_business_days(from: NaiveDate, n: u32) -> NaiveDate {
    let mut d = from;
    let mut left = n;
    while left > 0 {
        d += Duration::days(1);
        if is_business_day(d) {
            left -= 1;
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn holidays_2026() {
        let h = denver_holidays(2026);
        assert!(h.contains(&d(2026, 1, 19)), "MLK Day");
        assert!(h.contains(&d(2026, 3, 31)), "César Chávez Day (Tuesday)");
        assert!(h.contains(&d(2026, 7, 3)), "July 4 is a Saturday: observed Friday");
        assert!(h.contains(&d(2026, 11, 26)) && h.contains(&d(2026, 11, 27)), "Thanksgiving and the day after");
        assert!(h.contains(&d(2026, 12, 25)));
    }

    #[test]
    fn two_business_days() {
        // Friday -> Tuesday.
        assert_eq!(add_business_days(d(2026, 3, 6), 2), d(2026, 3, 10));
        // Wednesday before Thanksgiving 2026 -> Thursday and Friday are holidays -> Tuesday.
        assert_eq!(add_business_days(d(2026, 11, 25), 2), d(2026, 12, 1));
        // Monday -> Wednesday.
        assert_eq!(add_business_days(d(2026, 3, 2), 2), d(2026, 3, 4));
        // Over Christmas 2026 (Friday): Wed 23 -> Thu 24, (Fri 25 holiday), Mon 28.
        assert_eq!(add_business_days(d(2026, 12, 23), 2), d(2026, 12, 28));
    }
}
