//! Money as integer cents: no floating point ever touches an amount owed.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An amount of US dollars, in whole cents. Negative values are allowed for arithmetic
/// (e.g. a shortfall) but are never shown to a worker as an amount owed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct Cents(pub i64);

impl Cents {
    /// Zero dollars.
    pub const ZERO: Cents = Cents(0);

    /// Parses a dollar amount as typed by a person: `"12"`, `"12.5"`, `"$1,234.56"`, `" 7,50 "`
    /// (a comma followed by exactly two digits at the end is read as a decimal comma).
    /// Returns `None` for anything that is not a non-negative amount with at most two decimals.
    pub fn parse_dollars(input: &str) -> Option<Cents> {
        let digits = crate::codes::normalize_digits(input);
        let mut s: String =
            digits.trim().trim_start_matches('$').trim().chars().filter(|c| !c.is_whitespace()).collect();
        if s.is_empty() {
            return None;
        }
        // "7,50" -> "7.50" (decimal comma); "1,234" -> "1234" (thousands separator).
        if let Some(pos) = s.rfind(',')
            && !s.contains('.')
            && s.len() - pos - 1 == 2
        {
            s.replace_range(pos..=pos, ".");
        }
        let s: String = s.chars().filter(|c| *c != ',').collect();
        let (whole, frac) = match s.split_once('.') {
            Some((w, f)) => (w, f),
            None => (s.as_str(), ""),
        };
        if whole.is_empty() && frac.is_empty() {
            return None;
        }
        if !whole.chars().all(|c| c.is_ascii_digit())
            || !frac.chars().all(|c| c.is_ascii_digit())
            || frac.len() > 2
            || whole.len() > 12
        {
            return None;
        }
        let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
        let frac: i64 = match frac.len() {
            0 => 0,
            1 => frac.parse::<i64>().ok()? * 10,
            _ => frac.parse().ok()?,
        };
        whole.checked_mul(100)?.checked_add(frac).map(Cents)
    }

    /// The amount as a plain decimal string without a currency sign, e.g. `1234.50`.
    pub fn to_decimal_string(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

impl fmt::Display for Cents {
    /// US format with a dollar sign and thousands separators: `$1,234.50`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let whole = (abs / 100).to_string();
        let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        write!(f, "{sign}${grouped}.{:02}", abs % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_type() {
        assert_eq!(Cents::parse_dollars("12"), Some(Cents(1200)));
        assert_eq!(Cents::parse_dollars("12.5"), Some(Cents(1250)));
        assert_eq!(Cents::parse_dollars("$1,234.56"), Some(Cents(123_456)));
        assert_eq!(Cents::parse_dollars(" 7,50 "), Some(Cents(750)));
        assert_eq!(Cents::parse_dollars("١٢٣"), Some(Cents(12_300)));
        assert_eq!(Cents::parse_dollars(".5"), Some(Cents(50)));
        assert_eq!(Cents::parse_dollars(""), None);
        assert_eq!(Cents::parse_dollars("-5"), None);
        assert_eq!(Cents::parse_dollars("1.234"), None);
        assert_eq!(Cents::parse_dollars("abc"), None);
        assert_eq!(Cents::parse_dollars("."), None);
    }

    #[test]
    fn displays_us_format() {
        assert_eq!(Cents(1929).to_string(), "$19.29");
        assert_eq!(Cents(123_456_789).to_string(), "$1,234,567.89");
        assert_eq!(Cents(5).to_string(), "$0.05");
        assert_eq!(Cents(-100_000).to_string(), "-$1,000.00");
        assert_eq!(Cents(100_050).to_decimal_string(), "1000.50");
    }
}
