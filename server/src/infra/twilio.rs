//! Twilio's webhook signature (`X-Twilio-Signature`): base64 of HMAC-SHA1, keyed with the account's
//! auth token, over the full public URL of the webhook followed by every POST parameter's name and
//! value, sorted by name. Twilio's own libraries accept the URL with and without its port; so does
//! this. The comparison is constant-time (`Mac::verify_slice`).

use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;

type HmacSha1 = Hmac<Sha1>;

fn mac(token: &str, url: &str, params: &[(String, String)]) -> Option<HmacSha1> {
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    let mut m = HmacSha1::new_from_slice(token.as_bytes()).ok()?;
    m.update(url.as_bytes());
    for (k, v) in sorted {
        m.update(k.as_bytes());
        m.update(v.as_bytes());
    }
    Some(m)
}

/// The signature Twilio sends for `url` and `params` (tests and stand-ins sign with this).
pub fn signature(token: &str, url: &str, params: &[(String, String)]) -> String {
    mac(token, url, params)
        .map(|m| base64::engine::general_purpose::STANDARD.encode(m.finalize().into_bytes()))
        .unwrap_or_default()
}

/// `url` as given, and the same with its default port added (`https://h/p` and
/// `https://h:443/p`) or removed (`https://h:443/p` and `https://h/p`).
fn url_variants(url: &str) -> Vec<String> {
    let mut out = vec![url.to_owned()];
    let Some((scheme, rest)) = url.split_once("://") else { return out };
    let default_port = match scheme {
        "https" => "443",
        "http" => "80",
        _ => return out,
    };
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => out.push(format!("{scheme}://{h}{path}")),
        _ => out.push(format!("{scheme}://{host}:{default_port}{path}")),
    }
    out
}

/// Whether `header` is Twilio's signature of this request.
pub fn verify(token: &str, url: &str, params: &[(String, String)], header: &str) -> bool {
    let Ok(given) = base64::engine::general_purpose::STANDARD.decode(header.trim()) else { return false };
    url_variants(url).iter().any(|u| mac(token, u, params).is_some_and(|m| m.verify_slice(&given).is_ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vector_params() -> Vec<(String, String)> {
        [
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+12349013030"),
            ("Digits", "1234"),
            ("From", "+12349013030"),
            ("To", "+18005551212"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
    }

    #[test]
    fn twilio_test_vector() {
        let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        assert_eq!(signature("12345", url, &vector_params()), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assert!(verify("12345", url, &vector_params(), "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        // Parameter order as sent does not matter; a changed value, URL or token does.
        let mut reversed = vector_params();
        reversed.reverse();
        assert!(verify("12345", url, &reversed, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        let mut changed = vector_params();
        changed[2].1 = "1235".into();
        assert!(!verify("12345", url, &changed, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        assert!(!verify("12346", url, &vector_params(), "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        assert!(!verify("12345", "https://mycompany.com/other.php", &vector_params(), "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        assert!(!verify("12345", url, &vector_params(), "not base64!"));
    }

    #[test]
    fn url_with_and_without_its_port() {
        let params = vector_params();
        let with_port = signature("t", "https://example.org:443/phone/sms", &params);
        assert!(verify("t", "https://example.org/phone/sms", &params, &with_port));
        let without = signature("t", "https://example.org/phone/sms", &params);
        assert!(verify("t", "https://example.org:443/phone/sms", &params, &without));
        // As in Twilio's libraries, any port is also tried removed; another host or scheme is not
        // the same URL.
        assert!(verify("t", "https://example.org:8443/phone/sms", &params, &without));
        assert!(!verify("t", "https://example.net/phone/sms", &params, &without));
        assert!(!verify("t", "http://example.org/phone/sms", &params, &without));
    }
}
