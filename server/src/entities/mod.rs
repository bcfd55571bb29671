//! Database rows. These never leave the server: pages and the API get DTOs from `shared`
//! (rows hold ciphertext; DTOs hold text).

pub mod audit_log;
pub mod complaint;
pub mod complaint_event;
pub mod complaint_key;
pub mod complaint_violation;
pub mod login_failure;
pub mod organisation;
pub mod recovery_code;
pub mod staff_session;
pub mod staff_user;
