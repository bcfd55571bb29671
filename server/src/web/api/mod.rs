//! JSON API v1 (`/api/v1`), described by `/api/v1/openapi.json`. Errors carry stable codes and a
//! message in the caller's language (`Accept-Language`, `?lang=`, or the language cookie).

mod cases;
mod complaints;
mod error;
mod openapi;
mod session;

pub use error::ApiError;

use crate::web::state::AppState;
use axum::{
    Router,
    routing::{get, post},
};

/// The v1 routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi::document))
        .route("/complaints", post(complaints::create))
        .route("/session", post(session::login).delete(session::logout))
        .route("/me", get(session::me))
        .route("/cases", get(cases::list))
        .route("/cases/assign", post(cases::assign_many))
        .route("/cases/{id}", get(cases::get))
        .route("/cases/{id}/access-log", get(cases::access_log))
        .route("/cases/{id}/assign", post(cases::assign))
        .route("/cases/{id}/transition", post(cases::transition))
        .route("/cases/{id}/notes", post(cases::add_note))
        .route("/cases/{id}/determination", post(cases::determination))
        .route("/cases/{id}/determination/approve", post(cases::decide))
        .route("/cases/{id}/retaliation/review", post(cases::review))
        .route("/cases/{id}/letters/{file}", get(cases::letter))
        .route("/calculations", post(cases::calculate))
        .route("/employers/{id}", get(cases::employer))
        .route("/employers/{id}/links", post(cases::link_employer))
        .route("/employers/{id}/aliases", post(cases::add_alias))
        .route("/notifications", get(cases::notifications))
        .route("/me/totp", post(session::totp_start))
        .route("/me/totp/confirm", post(session::totp_confirm))
        .route("/complaints/{tracking_code}/status", post(complaints::status))
        .route("/complaints/{tracking_code}/receipt", post(complaints::receipt))
}
