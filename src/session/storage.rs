//! The draft in session storage. Storage may be missing, full or blocked: every failure is a
//! value, and the form keeps working without a draft.

use crate::model::connection::FormValues;
use crate::model::draft::{decode_draft, encode_draft};

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

pub fn load_draft(key: &str) -> Result<Option<FormValues>, String> {
    let Some(storage) = session_storage() else {
        return Ok(None);
    };
    match storage.get_item(key) {
        Ok(Some(text)) => decode_draft(&text).map(Some),
        Ok(None) => Ok(None),
        Err(_) => Err("Session storage could not be read.".into()),
    }
}

pub fn save_draft(key: &str, values: &FormValues) {
    if let Some(storage) = session_storage()
        && storage.set_item(key, &encode_draft(values)).is_err()
    {
        crate::prelude::console_warn!(
            "The draft could not be saved (session storage is full or blocked)."
        );
    }
}

pub fn clear_draft(key: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(key);
    }
}
