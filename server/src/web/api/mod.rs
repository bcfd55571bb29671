//! JSON API v1 (`/api/v1`), described by `/api/v1/openapi.json`. Errors carry stable codes and a
//! message in the caller's language (`Accept-Language`, `?lang=`, or the language cookie).

mod cases;
mod complaints;
mod disposals;
mod error;
mod evidence;
mod openapi;
mod session;
mod wire;

pub use error::ApiError;

use crate::web::state::AppState;
use axum::{
    Router,
    http::{HeaderValue, header},
    response::IntoResponse,
    routing::get,
};
use utoipa::OpenApi;
use utoipa_axum::{router::OpenApiRouter, routes};

/// The v1 routes. Each is registered with its OpenAPI description (`routes!`), and
/// `/openapi.json` serves the document they make.
pub fn routes() -> Router<AppState> {
    let (router, doc) = OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .routes(routes!(complaints::create))
        .routes(routes!(complaints::status))
        .routes(routes!(complaints::receipt))
        .routes(routes!(evidence::worker_upload))
        .routes(routes!(session::login, session::logout))
        .routes(routes!(session::me))
        .routes(routes!(session::totp_start))
        .routes(routes!(session::totp_confirm))
        .routes(routes!(cases::list))
        .routes(routes!(cases::assign_many))
        .routes(routes!(cases::get))
        .routes(routes!(cases::access_log))
        .routes(routes!(cases::assign))
        .routes(routes!(cases::transition))
        .routes(routes!(cases::add_note))
        .routes(routes!(cases::determination))
        .routes(routes!(cases::decide))
        .routes(routes!(cases::review))
        .routes(routes!(cases::refer))
        .routes(routes!(cases::letter))
        .routes(routes!(evidence::list, evidence::staff_upload))
        .routes(routes!(evidence::file))
        .routes(routes!(cases::calculate))
        .routes(routes!(cases::employer))
        .routes(routes!(cases::link_employer))
        .routes(routes!(cases::add_alias))
        .routes(routes!(cases::notifications))
        .routes(routes!(disposals::list, disposals::propose))
        .routes(routes!(disposals::approve))
        .split_for_parts();
    let json: std::sync::Arc<str> = doc.to_pretty_json().unwrap_or_default().into();
    router.route(
        "/openapi.json",
        get(move || {
            let json = json.clone();
            async move {
                ([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], json.to_string())
                    .into_response()
            }
        }),
    )
}
