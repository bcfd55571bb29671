//! Tracking codes and access codes: digits only, so a worker can type them on a phone keypad and
//! read them aloud over the phone.
//!
//! * A **tracking code** is 9 random digits plus a Damm check digit. Damm catches every single
//!   wrong digit and every swap of two adjacent digits, so a mistyped code is rejected before any
//!   lookup instead of silently pointing at someone else's complaint.
//! * An **access code** is 15 random digits (≈ 49.8 bits), stored only as an argon2 hash. It is the
//!   secret; the tracking code is merely a name.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Zero code points of Unicode decimal-digit blocks whose digits run 0..9 contiguously
/// (Arabic-Indic, Extended Arabic-Indic/Persian, NKo, Devanagari, Bengali, Gurmukhi, Gujarati,
/// Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian,
/// full-width).
const DIGIT_ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50, 0x0ED0,
    0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
];

/// Maps any decimal digit from the blocks above to its ASCII digit; other characters unchanged.
pub fn ascii_digit(c: char) -> char {
    let cp = c as u32;
    for &zero in DIGIT_ZEROS {
        if (zero..zero + 10).contains(&cp) {
            return char::from_digit(cp - zero, 10).unwrap_or(c);
        }
    }
    c
}

/// Replaces every non-ASCII decimal digit in `input` by its ASCII digit.
pub fn normalize_digits(input: &str) -> String {
    input.chars().map(ascii_digit).collect()
}

/// Keeps only the digits of a code as typed: ASCII or any script's digits; spaces, dashes, dots
/// and other separators are dropped. Returns `None` if anything other than digits and separators
/// was typed (a letter means it is not a code, and guessing would be worse than asking again).
pub fn code_digits(input: &str) -> Option<String> {
    let mut out = String::with_capacity(input.len());
    for c in input.chars().map(ascii_digit) {
        if c.is_ascii_digit() {
            out.push(c);
        } else if c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '—' | '.' | '_' | '/' | '(' | ')') {
            continue;
        } else {
            return None;
        }
    }
    Some(out)
}

/// The Damm quasigroup table (order 10, weakly totally anti-symmetric).
const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/// The Damm check digit of an ASCII digit string (non-digits are ignored).
pub fn damm_check_digit(digits: &str) -> u8 {
    digits.bytes().filter(u8::is_ascii_digit).fold(0u8, |interim, b| DAMM[interim as usize][(b - b'0') as usize])
}

/// Number of digits in a tracking code, check digit included.
pub const TRACKING_CODE_LEN: usize = 10;
/// Number of digits in an access code.
pub const ACCESS_CODE_LEN: usize = 15;

/// Why a typed code was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub enum CodeError {
    /// Something other than digits and separators was typed.
    NotDigits,
    /// Too few or too many digits.
    WrongLength,
    /// The check digit does not match: a digit was mistyped or two were swapped.
    CheckDigit,
}

/// A complaint's public name: 10 digits, the last a Damm check digit.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct TrackingCode(String);

impl TrackingCode {
    /// Builds a tracking code from 9 random digits (`body` must hold exactly 9 ASCII digits;
    /// anything else yields `None`).
    pub fn from_body(body: &str) -> Option<TrackingCode> {
        if body.len() != TRACKING_CODE_LEN - 1 || !body.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let check = damm_check_digit(body);
        Some(TrackingCode(format!("{body}{check}")))
    }

    /// Generates a fresh tracking code from a source of random digits 0..=9.
    pub fn generate(mut random_digit: impl FnMut() -> u8) -> TrackingCode {
        let body: String = (0..TRACKING_CODE_LEN - 1).map(|_| char::from(b'0' + random_digit() % 10)).collect();
        let check = damm_check_digit(&body);
        TrackingCode(format!("{body}{check}"))
    }

    /// Parses a code as a person typed it (any digits, spaces and dashes allowed).
    pub fn parse(input: &str) -> Result<TrackingCode, CodeError> {
        let digits = code_digits(input).ok_or(CodeError::NotDigits)?;
        if digits.len() != TRACKING_CODE_LEN {
            return Err(CodeError::WrongLength);
        }
        if damm_check_digit(&digits) != 0 {
            return Err(CodeError::CheckDigit);
        }
        Ok(TrackingCode(digits))
    }

    /// The bare digits, as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Grouped for reading aloud and copying by hand: `123-456-7890`.
    pub fn display_grouped(&self) -> String {
        group(&self.0, &[3, 3, 4])
    }
}

impl fmt::Display for TrackingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display_grouped())
    }
}

/// The secret that lets a worker see their complaint's status: 15 digits.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessCode(String);

impl AccessCode {
    /// Generates a fresh access code from a source of random digits 0..=9 (use a CSPRNG).
    pub fn generate(mut random_digit: impl FnMut() -> u8) -> AccessCode {
        AccessCode((0..ACCESS_CODE_LEN).map(|_| char::from(b'0' + random_digit() % 10)).collect())
    }

    /// Parses a code as a person typed it.
    pub fn parse(input: &str) -> Result<AccessCode, CodeError> {
        let digits = code_digits(input).ok_or(CodeError::NotDigits)?;
        if digits.len() != ACCESS_CODE_LEN {
            return Err(CodeError::WrongLength);
        }
        Ok(AccessCode(digits))
    }

    /// The bare digits (what gets hashed).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Grouped for reading: `12345-67890-12345`.
    pub fn display_grouped(&self) -> String {
        group(&self.0, &[5, 5, 5])
    }
}

impl fmt::Debug for AccessCode {
    /// Never prints the secret.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessCode(***)")
    }
}

fn group(digits: &str, sizes: &[usize]) -> String {
    let mut out = String::with_capacity(digits.len() + sizes.len());
    let mut rest = digits;
    for (i, &n) in sizes.iter().enumerate() {
        if rest.is_empty() {
            break;
        }
        if i > 0 {
            out.push('-');
        }
        let take = n.min(rest.len());
        out.push_str(&rest[..take]);
        rest = &rest[take..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damm_known_vector() {
        // Classic example: 572 -> check digit 4.
        assert_eq!(damm_check_digit("572"), 4);
        assert_eq!(damm_check_digit("5724"), 0);
    }

    #[test]
    fn catches_every_single_digit_error_and_adjacent_swap() {
        let code = TrackingCode::from_body("314159265").unwrap();
        let digits: Vec<u8> = code.as_str().bytes().collect();
        for i in 0..digits.len() {
            for d in b'0'..=b'9' {
                if d == digits[i] {
                    continue;
                }
                let mut wrong = digits.clone();
                wrong[i] = d;
                let s = String::from_utf8(wrong).unwrap();
                assert_eq!(TrackingCode::parse(&s), Err(CodeError::CheckDigit), "{s}");
            }
            if i + 1 < digits.len() && digits[i] != digits[i + 1] {
                let mut swapped = digits.clone();
                swapped.swap(i, i + 1);
                let s = String::from_utf8(swapped).unwrap();
                assert_eq!(TrackingCode::parse(&s), Err(CodeError::CheckDigit), "{s}");
            }
        }
    }

    #[test]
    fn accepts_separators_and_other_scripts() {
        let code = TrackingCode::from_body("123456789").unwrap();
        let grouped = code.display_grouped();
        assert_eq!(TrackingCode::parse(&grouped), Ok(code.clone()));
        let spaced = grouped.replace('-', " ");
        assert_eq!(TrackingCode::parse(&spaced), Ok(code.clone()));
        let arabic: String =
            code.as_str().chars().map(|c| char::from_u32(0x0660 + c.to_digit(10).unwrap()).unwrap()).collect();
        assert_eq!(TrackingCode::parse(&arabic), Ok(code.clone()));
        let fullwidth: String =
            code.as_str().chars().map(|c| char::from_u32(0xFF10 + c.to_digit(10).unwrap()).unwrap()).collect();
        assert_eq!(TrackingCode::parse(&fullwidth), Ok(code));
        assert_eq!(TrackingCode::parse("12345abc90"), Err(CodeError::NotDigits));
        assert_eq!(TrackingCode::parse("12345"), Err(CodeError::WrongLength));
    }

    #[test]
    fn generated_codes_are_valid() {
        let mut n = 0u8;
        let code = TrackingCode::generate(|| {
            n = n.wrapping_add(7);
            n
        });
        assert_eq!(TrackingCode::parse(code.as_str()), Ok(code.clone()));
        let access = AccessCode::generate(|| 3);
        assert_eq!(access.as_str().len(), ACCESS_CODE_LEN);
        assert_eq!(access.display_grouped(), "33333-33333-33333");
        assert_eq!(AccessCode::parse("33333 33333 33333"), Ok(access.clone()));
        assert_eq!(format!("{access:?}"), "AccessCode(***)");
    }

    #[test]
    fn access_code_has_at_least_40_bits() {
        assert!((ACCESS_CODE_LEN as f64) * 10f64.log2() >= 40.0);
    }
}
