//! The phone door's webhooks, on Twilio's conventions: a form-encoded POST in, TwiML out.
//! Every request must carry Twilio's signature of it (`X-Twilio-Signature`, over
//! `RECLAMO_PUBLIC_URL` + the path and the POST parameters); without one, or without the door
//! configured, the answer is 403 and nothing happens.
//!
//! `POST /phone/sms`: a worker texts their two codes and gets their complaint's status and the
//! latest worker-visible entry, in the complaint's language — nothing else of the complaint.
//! HELP (in any of the 7 languages) answers how; STOP (idem) records that the number wants no
//! more texts. The per-number and per-code limits are the status doors' own (the number is
//! counted as a keyed hash).

use crate::infra::twilio;
use crate::services::intake::{Door, IntakeError};
use crate::web::state::AppState;
use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use reclamo_app::components::HOTLINE_DISPLAY;
use reclamo_app::i18n::{self, Catalog};
use reclamo_shared::complaint::Channel;

/// Largest webhook body read (Twilio's SMS parameters are a few hundred bytes).
const WEBHOOK_BODY_LIMIT: usize = 16 * 1024;

/// Reads a webhook: its parameters, once its signature is Twilio's; `Err` is the 403 to answer.
async fn signed_params(state: &AppState, req: Request) -> Result<Vec<(String, String)>, Response> {
    let forbidden = || (StatusCode::FORBIDDEN, "signature required").into_response();
    let (Some(token), Some(base)) = (
        state.settings.twilio_auth_token.as_ref().map(crate::infra::config::Secret::expose),
        state.settings.public_url.as_deref(),
    ) else {
        tracing::warn!("phone webhook refused: RECLAMO_TWILIO_AUTH_TOKEN or RECLAMO_PUBLIC_URL is not set");
        return Err(forbidden());
    };
    let path = req.uri().path_and_query().map(|p| p.as_str().to_owned()).unwrap_or_default();
    let url = format!("{}{path}", base.trim_end_matches('/'));
    let signature = req.headers().get("x-twilio-signature").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let bytes = axum::body::to_bytes(req.into_body(), WEBHOOK_BODY_LIMIT).await.map_err(|_| forbidden())?;
    let params: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).map_err(|_| forbidden())?;
    match signature {
        Some(sig) if twilio::verify(token, &url, &params, &sig) => Ok(params),
        _ => Err(forbidden()),
    }
}

fn param<'a>(params: &'a [(String, String)], name: &str) -> &'a str {
    params.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// TwiML answering with one text message.
fn twiml_message(text: &str) -> Response {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>{}</Message></Response>",
        xml_escape(text)
    );
    ([(header::CONTENT_TYPE, HeaderValue::from_static("text/xml; charset=utf-8"))], body).into_response()
}

/// Escapes text for an XML element.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0 (tab and newlines are).
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// What a text asks for.
#[derive(Debug, PartialEq, Eq)]
enum SmsRequest {
    /// HELP in a language.
    Help(&'static str),
    /// STOP in a language.
    Stop(&'static str),
    /// Two codes (tracking, access) as typed, digits only, and the language the text suggests
    /// (for answers that have no complaint's language to use).
    Status(String, String, &'static str),
    /// Anything else, in the language its script suggests.
    Unknown(&'static str),
}

/// HELP and STOP in each language Reclamo speaks (and the carriers' usual English synonyms).
const HELP_WORDS: &[(&str, &str)] = &[
    ("HELP", "en"),
    ("INFO", "en"),
    ("AYUDA", "es"),
    ("GIUP", "vi"),
    ("GIÚP", "vi"),
    ("TRỢ GIÚP", "vi"),
    ("TRO GIUP", "vi"),
    ("مساعدة", "ar"),
    ("እርዳታ", "am"),
    ("CAAWIMO", "so"),
    ("帮助", "zh-Hans"),
];
const STOP_WORDS: &[(&str, &str)] = &[
    ("STOP", "en"),
    ("STOPALL", "en"),
    ("UNSUBSCRIBE", "en"),
    ("CANCEL", "en"),
    ("END", "en"),
    ("QUIT", "en"),
    ("ALTO", "es"),
    ("PARAR", "es"),
    ("DUNG", "vi"),
    ("DỪNG", "vi"),
    ("توقف", "ar"),
    ("አቁም", "am"),
    ("JOOJI", "so"),
    ("停止", "zh-Hans"),
    ("退订", "zh-Hans"),
];

/// The language a text's script or words suggest (English when nothing does).
fn language_of(text: &str) -> &'static str {
    let has = |range: std::ops::RangeInclusive<char>| text.chars().any(|c| range.contains(&c));
    if has('\u{1200}'..='\u{139F}') {
        "am"
    } else if has('\u{0600}'..='\u{06FF}') {
        "ar"
    } else if has('\u{4E00}'..='\u{9FFF}') {
        "zh-Hans"
    } else if text
        .chars()
        .any(|c| "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".contains(c.to_lowercase().next().unwrap_or(c)))
    {
        "vi"
    } else {
        let upper = text.to_uppercase();
        let words: Vec<&str> = upper.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        if words.iter().any(|w| ["ESTADO", "QUEJA", "HOLA", "CODIGO", "CÓDIGO"].contains(w)) {
            "es"
        } else if words.iter().any(|w| ["XAALADDA", "CABASHO", "HADDA"].contains(w)) {
            "so"
        } else {
            "en"
        }
    }
}

fn parse_sms(body: &str) -> SmsRequest {
    let text = body.trim();
    let upper = text.to_uppercase();
    let keyword = upper.trim_matches(|c: char| !c.is_alphanumeric() && !c.is_whitespace()).trim();
    if let Some((_, lang)) = STOP_WORDS.iter().find(|(w, _)| *w == keyword) {
        return SmsRequest::Stop(lang);
    }
    if let Some((_, lang)) = HELP_WORDS.iter().find(|(w, _)| *w == keyword) {
        return SmsRequest::Help(lang);
    }
    // Codes: any script's digits, any separators, with or without a word before them.
    let digits: String = reclamo_shared::codes::normalize_digits(text).chars().filter(char::is_ascii_digit).collect();
    let (tracking, access) = (reclamo_shared::codes::TRACKING_CODE_LEN, reclamo_shared::codes::ACCESS_CODE_LEN);
    if digits.len() == tracking + access {
        return SmsRequest::Status(digits[..tracking].to_owned(), digits[tracking..].to_owned(), language_of(text));
    }
    SmsRequest::Unknown(language_of(text))
}

fn catalog(code: &str) -> &'static Catalog {
    i18n::by_code(code).unwrap_or_else(i18n::english)
}

/// `POST /phone/sms`
pub async fn sms(State(state): State<AppState>, req: Request) -> Response {
    let params = match signed_params(&state, req).await {
        Ok(p) => p,
        Err(res) => return res,
    };
    let from = param(&params, "From").to_owned();
    let reply = match parse_sms(param(&params, "Body")) {
        SmsRequest::Help(lang) => catalog(lang).t_args("sms-help", &[("phone", HOTLINE_DISPLAY)]),
        SmsRequest::Stop(lang) => match state.phone.opt_out(&from).await {
            Ok(()) => catalog(lang).t("sms-stop"),
            Err(e) => {
                tracing::error!(error = %e, "recording an SMS opt-out failed");
                // Twilio retries a failed webhook; the STOP is recorded then.
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        },
        SmsRequest::Unknown(lang) => catalog(lang).t("sms-usage"),
        SmsRequest::Status(tracking, access, lang) => {
            let door = Door::public(Channel::Sms, state.phone.client(&from));
            match state.intake.check(&door, &tracking, &access).await {
                Ok((view, _)) => status_text(catalog(&view.language), &view),
                Err(IntakeError::RateLimited(wait)) => {
                    let minutes = wait.as_secs().div_ceil(60).max(1);
                    catalog(lang).t_num("sms-rate-limited", "minutes", minutes as i64)
                }
                Err(IntakeError::NotFound | IntakeError::Invalid(_)) => {
                    catalog(lang).t_args("sms-not-found", &[("phone", HOTLINE_DISPLAY)])
                }
                Err(e) if crate::infra::db::MaybeBusy::is_busy(&e) => catalog(lang).t("sms-busy"),
                Err(e) => {
                    tracing::error!(error = %e, "SMS status check failed");
                    catalog(lang).t("sms-busy")
                }
            }
        }
    };
    twiml_message(&reply)
}

/// The status and the latest worker-visible entry, as the status page words them.
fn status_text(c: &Catalog, view: &crate::services::intake::StatusView) -> String {
    let status = |s: reclamo_shared::complaint::CaseStatus| c.t(&format!("case-status-{}", s.code()));
    let mut text = c
        .t_args("sms-status", &[("tracking", &view.tracking_code.display_grouped()), ("status", &status(view.status))]);
    if let Some(last) = view.timeline.last() {
        let entry = match (last.kind.as_str(), last.status, &last.note) {
            ("note", _, Some(note)) => note.clone(),
            ("note", _, None) => c.t("event-note"),
            (_, Some(s), _) if last.kind != "filed" => c.t_args("event-status-changed", &[("status", &status(s))]),
            _ => c.t("event-filed"),
        };
        text.push('\n');
        text.push_str(&c.t_args("sms-latest", &[("date", &last.at.date_naive().to_string()), ("entry", &entry)]));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_read_in_every_language() {
        assert_eq!(parse_sms(" help "), SmsRequest::Help("en"));
        assert_eq!(parse_sms("Ayuda"), SmsRequest::Help("es"));
        assert_eq!(parse_sms("giúp"), SmsRequest::Help("vi"));
        assert_eq!(parse_sms("مساعدة"), SmsRequest::Help("ar"));
        assert_eq!(parse_sms("እርዳታ"), SmsRequest::Help("am"));
        assert_eq!(parse_sms("caawimo"), SmsRequest::Help("so"));
        assert_eq!(parse_sms("帮助"), SmsRequest::Help("zh-Hans"));
        assert_eq!(parse_sms("STOP."), SmsRequest::Stop("en"));
        assert_eq!(parse_sms("alto"), SmsRequest::Stop("es"));
        assert_eq!(parse_sms("停止"), SmsRequest::Stop("zh-Hans"));
        let want = |lang| SmsRequest::Status("1234567890".into(), "123456789012345".into(), lang);
        assert_eq!(parse_sms("1234567890 123456789012345"), want("en"));
        assert_eq!(parse_sms("estado 123-456-7890 12345-67890-12345"), want("es"));
        // Arabic-Indic digits, as an Arabic keyboard types them.
        assert_eq!(parse_sms("١٢٣٤٥٦٧٨٩٠ ١٢٣٤٥٦٧٨٩٠١٢٣٤٥"), want("ar"));
        assert_eq!(parse_sms("ሁኔታ 1234567890 123456789012345"), want("am"));
        assert_eq!(parse_sms("hola quiero saber"), SmsRequest::Unknown("es"));
        assert_eq!(parse_sms("12345"), SmsRequest::Unknown("en"));
        assert_eq!(parse_sms("ሰላም"), SmsRequest::Unknown("am"));
    }

    #[test]
    fn message_text_is_escaped() {
        assert_eq!(xml_escape("a < b & \"c\"\u{0}"), "a &lt; b &amp; &quot;c&quot;");
    }
}
