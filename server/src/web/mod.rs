//! The doors: the router and its middleware, request state and extractors, public pages, staff
//! pages, and the JSON API. Turns service results and error codes into pages and words.

pub mod api;
pub mod pages;
pub mod phone;
pub mod render;
pub mod router;
pub mod staff_cases;
pub mod staff_pages;
pub mod state;
pub mod upload;
pub mod words;
