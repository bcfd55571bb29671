//! The rules for one field of a complaint, written once. Each reads the text as typed: blank is
//! absent (`Ok(None)`), otherwise the value in its domain type or the problem's code. On the
//! server the `validator` derives on [`crate::complaint::ComplaintInput`] call these (through
//! [`check`]) and are the only gate; [`crate::complaint::ComplaintInput::parse`] then converts what
//! passed with the same functions. Date-in-the-future needs today's date, so parsing checks it.

use crate::complaint::ErrorCode;
use crate::money::Cents;
use chrono::{Datelike, NaiveDate};

/// A field's problem: its code and, for lengths, the limit.
pub type Problem = (ErrorCode, Option<u32>);

/// What a rule returns.
pub type Rule<T> = Result<Option<T>, Problem>;

/// The longest text accepted per field kind (chars: errs on the side of accepting).
pub mod limits {
    /// Names, roles, business names.
    pub const SHORT: usize = 200;
    /// Addresses, safe times.
    pub const MEDIUM: usize = 400;
    /// Narratives.
    pub const NARRATIVE: usize = 10_000;
    /// Phone numbers as typed.
    pub const PHONE: usize = 40;
    /// Email addresses.
    pub const EMAIL: usize = 254;
    /// Violation codes in one complaint.
    pub const VIOLATIONS: usize = 20;
    /// Highest pay rate, dollars.
    pub const PAY_RATE_DOLLARS: i64 = 1_000_000;
    /// Highest estimate of what is owed, dollars.
    pub const OWED_DOLLARS: i64 = 10_000_000;
    /// Most hours in a week.
    pub const WEEK_HOURS: u32 = 168;
    /// Most coworkers affected.
    pub const COWORKERS: u32 = 100_000;
}

/// Trimmed text, `None` when blank.
pub fn clean(v: &str) -> Option<&str> {
    Some(v.trim()).filter(|s| !s.is_empty())
}

/// Reading a value once its field passed its rule: no limits here (the rules below hold them,
/// and each field names its rule once, in its `validate` attribute).
pub mod read {
    use super::clean;
    use crate::money::Cents;
    use chrono::NaiveDate;

    /// Trimmed text, `None` when blank.
    pub fn text(v: &str) -> Option<String> {
        clean(v).map(str::to_owned)
    }

    /// A phone number as digits with a leading `+` when one was typed (any script's digits;
    /// spaces and `-().` dropped); `None` when blank or not a phone number.
    pub fn phone(v: &str) -> Option<String> {
        let normalized = crate::codes::normalize_digits(clean(v)?);
        let plus = normalized.trim_start().starts_with('+');
        let digits: String = normalized.chars().filter(char::is_ascii_digit).collect();
        let only_phone_chars = normalized
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '+' | '-' | '(' | ')' | '.'));
        (only_phone_chars && (7..=15).contains(&digits.len())).then(|| if plus { format!("+{digits}") } else { digits })
    }

    /// An email address (one `@`, a dotted domain, no spaces).
    pub fn email(v: &str) -> Option<String> {
        let v = clean(v)?;
        let (local, domain) = v.split_once('@')?;
        let ok = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !v.chars().any(char::is_whitespace)
            && !domain.contains('@');
        ok.then(|| v.to_owned())
    }

    /// A date `YYYY-MM-DD` (any script's digits).
    pub fn date(v: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(&crate::codes::normalize_digits(clean(v)?), "%Y-%m-%d").ok()
    }

    /// An amount in dollars as typed (`Cents::parse_dollars`).
    pub fn money(v: &str) -> Option<Cents> {
        Cents::parse_dollars(clean(v)?)
    }

    /// A whole number (any script's digits).
    pub fn count(v: &str) -> Option<u32> {
        crate::codes::normalize_digits(clean(v)?).parse().ok()
    }

    /// One of a coded enum's values.
    pub fn choice<T>(v: &str, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
        parse(clean(v)?)
    }
}

/// Text of at most `max` chars.
pub fn text(v: &str, max: usize) -> Rule<String> {
    let Some(t) = read::text(v) else { return Ok(None) };
    if t.chars().count() > max {
        return Err((ErrorCode::TooLong, Some(max as u32)));
    }
    Ok(Some(t))
}

/// A phone number: 7 to 15 digits, spaces and `+-().`, at most [`limits::PHONE`] chars typed.
pub fn phone(v: &str) -> Rule<String> {
    if text(v, limits::PHONE)?.is_none() {
        return Ok(None);
    }
    read::phone(v).map(Some).ok_or((ErrorCode::InvalidPhone, None))
}

/// An email address of at most [`limits::EMAIL`] chars.
pub fn email(v: &str) -> Rule<String> {
    if text(v, limits::EMAIL)?.is_none() {
        return Ok(None);
    }
    read::email(v).map(Some).ok_or((ErrorCode::InvalidEmail, None))
}

/// A date `YYYY-MM-DD` from 1990 on.
pub fn date(v: &str) -> Rule<NaiveDate> {
    if clean(v).is_none() {
        return Ok(None);
    }
    match read::date(v) {
        Some(d) if d.year_ce().1 < 1990 => Err((ErrorCode::OutOfRange, None)),
        Some(d) => Ok(Some(d)),
        None => Err((ErrorCode::InvalidDate, None)),
    }
}

/// An amount in dollars up to `max_dollars`.
pub fn money(v: &str, max_dollars: i64) -> Rule<Cents> {
    if clean(v).is_none() {
        return Ok(None);
    }
    match read::money(v) {
        Some(c) if c.0 > max_dollars * 100 => Err((ErrorCode::OutOfRange, None)),
        Some(c) => Ok(Some(c)),
        None => Err((ErrorCode::InvalidNumber, None)),
    }
}

/// A whole number up to `max`.
pub fn count(v: &str, max: u32) -> Rule<u32> {
    if clean(v).is_none() {
        return Ok(None);
    }
    let digits = clean(v).map(crate::codes::normalize_digits).unwrap_or_default();
    match digits.parse::<u64>() {
        Ok(n) if n <= u64::from(max) => Ok(read::count(v)),
        Ok(_) => Err((ErrorCode::OutOfRange, None)),
        Err(_) => Err((ErrorCode::InvalidNumber, None)),
    }
}

/// One of a coded enum's values.
pub fn choice<T>(v: &str, parse: impl Fn(&str) -> Option<T>) -> Rule<T> {
    if clean(v).is_none() {
        return Ok(None);
    }
    read::choice(v, parse).map(Some).ok_or((ErrorCode::InvalidChoice, None))
}

/// Violation codes: each known, at most [`limits::VIOLATIONS`]; duplicates dropped, sorted.
pub fn violations(list: &[String]) -> Result<Vec<crate::complaint::Violation>, Problem> {
    if list.len() > limits::VIOLATIONS {
        return Err((ErrorCode::TooLong, Some(limits::VIOLATIONS as u32)));
    }
    let mut out = vec![];
    for v in list {
        let v = crate::complaint::Violation::from_code(v.trim()).ok_or((ErrorCode::InvalidChoice, None))?;
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out.sort();
    Ok(out)
}

/// The rules as `validator` custom functions (the derives on the input types name these).
#[cfg(feature = "server")]
pub mod check {
    use super::{Problem, limits};
    use crate::complaint::{Answer, ContactMethod, Industry, PayBasis, PayFrequency};
    use validator::ValidationError;

    fn to_error<T>(r: Result<T, Problem>) -> Result<(), ValidationError> {
        match r {
            Ok(_) => Ok(()),
            Err((code, max)) => {
                let mut e = ValidationError::new(code.code());
                if let Some(max) = max {
                    e.add_param("max".into(), &max);
                }
                Err(e)
            }
        }
    }

    /// One `validator` function per rule and its limit.
    macro_rules! checks {
        ($($(#[$doc:meta])* $name:ident => $rule:expr;)*) => {$(
            $(#[$doc])*
            pub fn $name(v: &str) -> Result<(), ValidationError> {
                to_error($rule(v))
            }
        )*};
    }

    checks! {
        /// Names and other short text.
        short => |v| super::text(v, limits::SHORT);
        /// Addresses and other medium text.
        medium => |v| super::text(v, limits::MEDIUM);
        /// Narratives.
        narrative => |v| super::text(v, limits::NARRATIVE);
        /// Phone numbers.
        phone => super::phone;
        /// Email addresses.
        email => super::email;
        /// Dates.
        date => super::date;
        /// Pay rates.
        pay_rate => |v| super::money(v, limits::PAY_RATE_DOLLARS);
        /// Estimates of what is owed.
        owed => |v| super::money(v, limits::OWED_DOLLARS);
        /// Hours in a week.
        week_hours => |v| super::count(v, limits::WEEK_HOURS);
        /// Coworkers affected.
        coworkers => |v| super::count(v, limits::COWORKERS);
        /// Yes / no / unsure.
        answer => |v| super::choice(v, Answer::from_code);
        /// Industry codes.
        industry => |v| super::choice(v, Industry::from_code);
        /// Pay basis codes.
        pay_basis => |v| super::choice(v, PayBasis::from_code);
        /// Pay frequency codes.
        pay_frequency => |v| super::choice(v, PayFrequency::from_code);
        /// Contact method codes.
        contact_method => |v| super::choice(v, ContactMethod::from_code);
    }

    /// Violation codes.
    pub fn violations(v: &[String]) -> Result<(), ValidationError> {
        to_error(super::violations(v))
    }
}
