//! What the phone doors (SMS now; voice next) need beyond intake: a caller's number as a keyed
//! hash — for the rate limits and the STOP list, so no number is kept or counted in clear — and
//! the STOP list itself.

use crate::infra::crypto::{MasterKey, hmac_sha256};
use crate::infra::db::Db;
use crate::infra::entities::sms_opt_out;
use crate::services::intake::Client;
use sea_orm::{ActiveValue::Set, DbErr, EntityTrait, sea_query::OnConflict};
use std::sync::Arc;

/// Purpose string of the number-hash key.
const NUMBER_KEY_PURPOSE: &str = "reclamo phone number v1";

/// A number in E.164 form: `+` and digits; ten digits are a US number (`+1`), eleven starting
/// with 1 too.
pub fn e164(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if number.trim_start().starts_with('+') {
        format!("+{digits}")
    } else if digits.len() == 10 {
        format!("+1{digits}")
    } else if digits.len() == 11 && digits.starts_with('1') {
        format!("+{digits}")
    } else {
        digits
    }
}

/// The phone service.
#[derive(Clone)]
pub struct PhoneService {
    db: Db,
    number_key: Arc<[u8; 32]>,
}

impl PhoneService {
    /// A service on `db`, hashing numbers with a key derived from `master`.
    pub fn new(db: Db, master: &MasterKey) -> PhoneService {
        PhoneService { db, number_key: Arc::new(master.subkey(NUMBER_KEY_PURPOSE)) }
    }

    /// The keyed hash of a number. Twilio sends E.164 (`+13035550100`); a number written another
    /// way (`(303) 555-0100`, `1 303 555 0100`) is read as the same US number, so it hashes alike.
    pub fn number_hash(&self, number: &str) -> String {
        hex::encode(hmac_sha256(self.number_key.as_slice(), e164(number).as_bytes()))
    }

    /// Who a phone door counts for its limits.
    pub fn client(&self, number: &str) -> Client {
        Client::Phone(self.number_hash(number))
    }

    /// Records that `number` texted STOP (again is fine).
    pub async fn opt_out(&self, number: &str) -> Result<(), DbErr> {
        let row = sms_opt_out::ActiveModel {
            number_hash: Set(self.number_hash(number)),
            created_at: Set(chrono::Utc::now()),
        };
        sms_opt_out::Entity::insert(row)
            .on_conflict(OnConflict::column(sms_opt_out::Column::NumberHash).do_nothing().to_owned())
            .exec_without_returning(&self.db)
            .await?;
        Ok(())
    }

    /// Whether `number` asked for no more texts.
    pub async fn opted_out(&self, number: &str) -> Result<bool, DbErr> {
        Ok(sms_opt_out::Entity::find_by_id(self.number_hash(number)).one(&self.db).await?.is_some())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_as_people_write_them() {
        for n in ["+13035550142", "(303) 555-0142", "1-303-555-0142", "303.555.0142", " +1 303 555 0142"] {
            assert_eq!(super::e164(n), "+13035550142", "{n}");
        }
        assert_eq!(super::e164("+252 61 555 0142"), "+252615550142");
    }
}
