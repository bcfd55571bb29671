//! One error type for the API: status code, stable code, message in the caller's language.
//! Internal details are logged (without personal data), never sent.

use axum::{
    Json,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use reclamo_app::i18n::Catalog;
use reclamo_shared::complaint::FieldErrors;
use serde_json::{Map, Value, json};
use std::time::Duration;

/// An API failure.
#[derive(Debug)]
pub enum ApiError {
    /// 422: per-field problems, already translated.
    Invalid(Value),
    /// 422: the body is not JSON of the documented shape.
    Unreadable(String),
    /// 401: not signed in, or wrong credentials.
    Unauthorized(String),
    /// 401 with code `totp_required`: the password was right; send the one-time code too.
    TotpRequired(String),
    /// 403: signed in but not allowed (e.g. two-factor set-up still required).
    Forbidden(&'static str, String),
    /// 404 (also for "exists but you may not know").
    NotFound(String),
    /// 409: idempotency key reused with other content.
    Conflict(String),
    /// 409 with its own code (e.g. an illegal workflow move).
    ConflictWith(&'static str, String),
    /// 429 with Retry-After.
    RateLimited(Duration, String),
    /// 413 with code `too_large`: an upload over the limit (nothing kept).
    TooLarge(String),
    /// 503 with Retry-After: the database stayed busy past the bounded wait; nothing was written.
    Busy(String),
    /// 500, opaque.
    Internal(String),
}

impl ApiError {
    /// Per-field errors with messages in `catalog`'s language.
    pub fn invalid(errors: &FieldErrors, catalog: &Catalog) -> ApiError {
        ApiError::Invalid(field_errors_json(errors, catalog))
    }

    /// A 500 whose cause is logged (the cause must not contain personal data).
    pub fn internal(cause: impl std::fmt::Display, catalog: &Catalog) -> ApiError {
        tracing::error!(error = %cause, "internal error");
        ApiError::Internal(catalog.t("error-generic"))
    }

    /// A service failure: 503 when the database was busy (the client should retry), else an
    /// opaque 500 whose cause is logged.
    pub fn failure(cause: impl std::fmt::Display + crate::infra::db::MaybeBusy, catalog: &Catalog) -> ApiError {
        if cause.is_busy() {
            tracing::warn!("database busy: answered 503");
            return ApiError::Busy(catalog.t("error-busy"));
        }
        ApiError::internal(cause, catalog)
    }

    /// 429 with the wait in minutes.
    pub fn rate_limited(retry: Duration, catalog: &Catalog) -> ApiError {
        let minutes = retry.as_secs().div_ceil(60).max(1);
        ApiError::RateLimited(retry, catalog.t_num("error-rate-limited", "minutes", minutes as i64))
    }
}

/// Reads a JSON body into `T`. A body that is not JSON is `invalid_request` on `body`; JSON with a
/// value of the wrong type names the field (`job.pay_rate`) and the type expected, in the
/// caller's language.
pub fn read_json<T: serde::de::DeserializeOwned>(body: &[u8], catalog: &Catalog) -> Result<T, ApiError> {
    let mut de = serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        if e.inner().classify() != serde_json::error::Category::Data || path == "." {
            return ApiError::Unreadable(catalog.t("error-invalid-request"));
        }
        let expected = expected_kind(&e.inner().to_string());
        let message = catalog.t_args("error-json-type", &[("expected", expected)]);
        ApiError::Invalid(json!({path: [{"code": "invalid_type", "expected": expected, "message": message}]}))
    })
}

/// What serde said it expected, as one of a few words the messages know.
fn expected_kind(serde_message: &str) -> &'static str {
    let expected = serde_message.split("expected ").nth(1).unwrap_or("");
    if expected.starts_with("a string") {
        "text"
    } else if expected.starts_with("a number")
        || expected.starts_with('u')
        || expected.starts_with('i')
        || expected.starts_with('f')
    {
        "number"
    } else if expected.starts_with("a boolean") {
        "boolean"
    } else if expected.starts_with("a sequence") {
        "list"
    } else if expected.starts_with("struct") || expected.starts_with("a map") {
        "object"
    } else {
        "other"
    }
}

/// `{field: [{code, message}]}` in the catalogue's language.
pub fn field_errors_json(errors: &FieldErrors, catalog: &Catalog) -> Value {
    let mut map = Map::new();
    for (field, list) in errors {
        let items = list
            .iter()
            .map(|(code, arg)| {
                let message = match arg {
                    Some(n) => catalog.t_num(&code.message_id(), "max", i64::from(*n)),
                    None => catalog.t(&code.message_id()),
                };
                json!({"code": code.code(), "message": message})
            })
            .collect();
        map.insert(field.clone(), Value::Array(items));
    }
    Value::Object(map)
}

fn error_body(code: &str, message: String) -> Json<super::wire::ErrorBody> {
    Json(super::wire::ErrorBody { error: super::wire::ErrorDetail { code: code.to_owned(), message } })
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            ApiError::Invalid(errors) => {
                (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({"errors": errors}))).into_response()
            }
            ApiError::Unreadable(message) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(json!({"errors": {"body": [{"code": "invalid_request", "message": message}]}})),
            )
                .into_response(),
            ApiError::Unauthorized(m) => (StatusCode::UNAUTHORIZED, error_body("unauthorized", m)).into_response(),
            ApiError::TotpRequired(m) => (StatusCode::UNAUTHORIZED, error_body("totp_required", m)).into_response(),
            ApiError::Forbidden(code, m) => (StatusCode::FORBIDDEN, error_body(code, m)).into_response(),
            ApiError::NotFound(m) => (StatusCode::NOT_FOUND, error_body("not_found", m)).into_response(),
            ApiError::Conflict(m) => (StatusCode::CONFLICT, error_body("idempotency_conflict", m)).into_response(),
            ApiError::ConflictWith(code, m) => (StatusCode::CONFLICT, error_body(code, m)).into_response(),
            ApiError::RateLimited(retry, m) => {
                let mut res = (StatusCode::TOO_MANY_REQUESTS, error_body("rate_limited", m)).into_response();
                if let Ok(v) = HeaderValue::from_str(&retry.as_secs().max(1).to_string()) {
                    res.headers_mut().insert(header::RETRY_AFTER, v);
                }
                res
            }
            ApiError::Busy(m) => {
                let mut res = (StatusCode::SERVICE_UNAVAILABLE, error_body("busy", m)).into_response();
                res.headers_mut().insert(header::RETRY_AFTER, crate::web::state::busy_retry_after());
                res
            }
            ApiError::TooLarge(m) => (StatusCode::PAYLOAD_TOO_LARGE, error_body("too_large", m)).into_response(),
            ApiError::Internal(m) => (StatusCode::INTERNAL_SERVER_ERROR, error_body("internal", m)).into_response(),
        }
    }
}
