//! Delivery of text messages and e-mail in the providers' real wire formats: SMS through Twilio's
//! REST API (`POST /2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded `To`, `From` or
//! `MessagingServiceSid`, `Body`, HTTP basic auth with the account SID and auth token), e-mail
//! through SMTP (`lettre`). Errors carry a short code, never an address, a number or a body.

use crate::infra::config::Secret;
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// Why a delivery failed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Worth trying again later (a timeout, the provider busy or down).
    #[error("retryable: {0}")]
    Retryable(String),
    /// Will not work by trying again (refused address or number, bad credentials).
    #[error("permanent: {0}")]
    Permanent(String),
}

/// Twilio's REST API, for SMS.
#[derive(Clone)]
pub struct TwilioSms {
    client: reqwest::Client,
    /// `https://api.twilio.com` (a local stand-in in tests).
    api_base: String,
    account_sid: String,
    auth_token: Secret,
    /// A phone number (`+1…`) or a Messaging Service SID (`MG…`).
    from: String,
}

impl TwilioSms {
    /// A sender for this account.
    pub fn new(api_base: &str, account_sid: &str, auth_token: Secret, from: &str) -> Result<TwilioSms, SendError> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .build()
            .map_err(|e| SendError::Permanent(format!("client: {e}")))?;
        Ok(TwilioSms {
            client,
            api_base: api_base.trim_end_matches('/').to_owned(),
            account_sid: account_sid.to_owned(),
            auth_token,
            from: from.to_owned(),
        })
    }

    /// Sends `body` to `to` (E.164); returns Twilio's message SID.
    pub async fn send(&self, to: &str, body: &str) -> Result<String, SendError> {
        let url = format!("{}/2010-04-01/Accounts/{}/Messages.json", self.api_base, self.account_sid);
        let from_field = if self.from.starts_with("MG") { "MessagingServiceSid" } else { "From" };
        let form = [("To", to), (from_field, self.from.as_str()), ("Body", body)];
        let res = self
            .client
            .post(url)
            .basic_auth(&self.account_sid, Some(self.auth_token.expose()))
            .form(&form)
            .send()
            .await
            .map_err(|e| SendError::Retryable(if e.is_timeout() { "timeout".into() } else { "connect".into() }))?;
        let status = res.status();
        if status.is_success() {
            let v: serde_json::Value = res.json().await.map_err(|_| SendError::Retryable("bad_answer".into()))?;
            return Ok(v["sid"].as_str().unwrap_or("").to_owned());
        }
        // Twilio's error body: {"code": 21610, "message": ..., "status": 400}. Only the codes travel.
        let code = res.json::<serde_json::Value>().await.ok().and_then(|v| v["code"].as_i64()).unwrap_or(0);
        let what = format!("http_{}_{}", status.as_u16(), code);
        if status.as_u16() == 429 || status.is_server_error() {
            Err(SendError::Retryable(what))
        } else {
            Err(SendError::Permanent(what))
        }
    }
}

/// An SMTP relay, for e-mail.
#[derive(Clone)]
pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Smtp {
    /// A relay from `RECLAMO_SMTP_URL` (`smtp://host:port` plain or STARTTLS with `?tls=required`,
    /// `smtps://user:pass@host:465`), sending as `from`.
    pub fn new(url: &str, from: &str) -> Result<Smtp, SendError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|_| SendError::Permanent("smtp_url".into()))?
            .timeout(Some(Duration::from_secs(15)))
            .build();
        let from = from.parse().map_err(|_| SendError::Permanent("smtp_from".into()))?;
        Ok(Smtp { transport, from })
    }

    /// Sends a plain-text message; `message_id` makes retries recognisable to the receiving side.
    pub async fn send(&self, to: &str, subject: &str, body: &str, message_id: &str) -> Result<(), SendError> {
        let to: Mailbox = to.parse().map_err(|_| SendError::Permanent("bad_address".into()))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .message_id(Some(message_id.to_owned()))
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_owned())
            .map_err(|_| SendError::Permanent("build".into()))?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) if e.is_permanent() => Err(SendError::Permanent("smtp_5xx".into())),
            Err(_) => Err(SendError::Retryable("smtp".into())),
        }
    }
}
