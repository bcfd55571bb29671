//! Database rows. These never leave the server: pages and the API get DTOs from `shared`
//! (rows hold ciphertext; DTOs hold text).

pub mod audit_log;
pub mod case_note;
pub mod complaint;
pub mod complaint_event;
pub mod complaint_key;
pub mod complaint_term;
pub mod complaint_violation;
pub mod determination;
pub mod disposal_batch;
pub mod disposal_item;
pub mod employer;
pub mod employer_address;
pub mod employer_alias;
pub mod employer_link;
pub mod evidence;
pub mod evidence_chunk;
pub mod login_failure;
pub mod notification;
pub mod notification_batch;
pub mod organisation;
pub mod outbox;
pub mod recovery_code;
pub mod referral;
pub mod retaliation_review;
pub mod sms_opt_out;
pub mod staff_session;
pub mod staff_user;
