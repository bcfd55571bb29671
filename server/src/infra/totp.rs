//! Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits) for staff two-factor
//! sign-in, with the enrolment QR code drawn on the server as SVG (no image service, no script).

use hmac::{Hmac, Mac};
use rand::{RngCore, rngs::OsRng};
use sha1::Sha1;

/// Length of a secret in bytes (160 bits, as RFC 4226 recommends).
pub const SECRET_LEN: usize = 20;

/// A fresh random secret.
pub fn new_secret() -> Vec<u8> {
    let mut s = vec![0u8; SECRET_LEN];
    OsRng.fill_bytes(&mut s);
    s
}

/// RFC 4648 base32 without padding (what authenticator apps expect).
pub fn base32(data: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::with_capacity(data.len().div_ceil(5) * 8);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &b in data {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            out.push(char::from(ALPHABET[((buffer >> (bits - 5)) & 31) as usize]));
            bits -= 5;
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// The 6-digit code for a secret at a 30-second step counter.
pub fn code_at(secret: &[u8], counter: u64) -> u32 {
    let Ok(mut mac) = <Hmac<Sha1> as Mac>::new_from_slice(secret) else { return 0 };
    mac.update(&counter.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let offset = (h[h.len() - 1] & 0x0f) as usize;
    let bin = (u32::from(h[offset]) & 0x7f) << 24
        | u32::from(h[offset + 1]) << 16
        | u32::from(h[offset + 2]) << 8
        | u32::from(h[offset + 3]);
    bin % 1_000_000
}

/// Checks a typed code at `unix_time`, allowing one step of clock drift either way.
pub fn verify(secret: &[u8], typed: &str, unix_time: i64) -> bool {
    matching_step(secret, typed, unix_time).is_some()
}

/// The step a typed code belongs to, if it is valid at `unix_time` (one step of drift either
/// way). Callers remember the step to refuse the same code a second time.
pub fn matching_step(secret: &[u8], typed: &str, unix_time: i64) -> Option<u64> {
    let digits = reclamo_shared::codes::code_digits(typed).unwrap_or_default();
    let n = digits.parse::<u32>().ok().filter(|_| digits.len() == 6)?;
    let step = (unix_time.max(0) as u64) / 30;
    [step.saturating_sub(1), step, step + 1].into_iter().find(|s| code_at(secret, *s) == n)
}

/// The `otpauth://` URI an authenticator app scans.
pub fn otpauth_uri(secret: &[u8], account: &str) -> String {
    let account: String =
        account.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '-' | '_')).collect();
    format!(
        "otpauth://totp/Reclamo:{account}?secret={}&issuer=Reclamo&algorithm=SHA1&digits=6&period=30",
        base32(secret)
    )
}

/// The URI as an SVG QR code, with a text alternative for screen readers.
pub fn qr_svg(uri: &str, label: &str) -> String {
    match qrcode::QrCode::new(uri.as_bytes()) {
        Ok(code) => {
            let svg = code.render::<qrcode::render::svg::Color<'_>>().min_dimensions(200, 200).quiet_zone(true).build();
            // Give the picture an accessible name.
            let label = label.replace(['<', '>', '&', '"'], "");
            svg.replacen("<svg ", &format!("<svg role=\"img\" aria-label=\"{label}\" "), 1)
        }
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_vectors() {
        // RFC 6238 appendix B, SHA1, secret "12345678901234567890": 8-digit codes; ours are the
        // last six digits of each.
        let secret = b"12345678901234567890";
        for (t, code8) in [(59u64, 94287082u32), (1111111109, 7081804), (1234567890, 89005924), (2000000000, 69279037)]
        {
            assert_eq!(code_at(secret, t / 30), code8 % 1_000_000, "t={t}");
        }
        assert!(verify(secret, "287 082", 59));
        assert!(verify(secret, "287082", 59 + 30), "one step of drift");
        assert!(!verify(secret, "287082", 59 + 90));
        assert!(!verify(secret, "12345", 59));
    }

    #[test]
    fn base32_and_uri() {
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32(b""), "");
        let uri = otpauth_uri(b"12345678901234567890", "ana@denvergov.org");
        assert!(uri.starts_with("otpauth://totp/Reclamo:ana@denvergov.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        let svg = qr_svg(&uri, "QR code");
        assert!(svg.contains("<svg") && svg.contains("aria-label=\"QR code\""));
    }
}
