//! The browser side of keeping data, for one widget: `localStorage` when
//! the browser allows it, memory otherwise. Every call is guarded — reading
//! `localStorage` can throw in sandboxed or third-party contexts, and a
//! panic would kill the app. Full storage is told apart from refused
//! storage: a full store can still be read and emptied.

use std::collections::BTreeMap;
use wasm_bindgen::JsCast;

/// What the browser lets this page do with storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Read and write.
    Open,
    /// Readable, but there is no room to write.
    Full,
    /// The browser refuses storage to this page (settings, a sandbox).
    Refused,
}

/// Why a write did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteError {
    Full,
    Refused,
}

pub enum Backend {
    Local(web_sys::Storage),
    /// Kept only while the page is open.
    Memory(BTreeMap<String, String>),
}

const PROBE: &str = "service-ladder:probe";

fn is_quota(e: &wasm_bindgen::JsValue) -> bool {
    e.dyn_ref::<web_sys::DomException>()
        .is_some_and(|d| d.name() == "QuotaExceededError" || d.code() == 22 || d.code() == 1014)
}

impl Backend {
    /// Opens `localStorage` if it can be used at all, and says how.
    pub fn open() -> (Backend, Access) {
        let local = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        let Some(s) = local else { return (Backend::Memory(BTreeMap::new()), Access::Refused) };
        // Reading can throw too when access is revoked.
        if s.length().is_err() {
            return (Backend::Memory(BTreeMap::new()), Access::Refused);
        }
        match s.set_item(PROBE, "1") {
            Ok(()) => {
                let _ = s.remove_item(PROBE);
                (Backend::Local(s), Access::Open)
            }
            Err(e) if is_quota(&e) => (Backend::Local(s), Access::Full),
            Err(_) => (Backend::Memory(BTreeMap::new()), Access::Refused),
        }
    }

    pub fn in_memory(&self) -> bool {
        matches!(self, Backend::Memory(_))
    }

    pub fn get(&self, key: &str) -> Option<String> {
        match self {
            Backend::Local(s) => s.get_item(key).ok().flatten(),
            Backend::Memory(m) => m.get(key).cloned(),
        }
    }

    pub fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        match self {
            Backend::Local(s) => {
                s.set_item(key, value).map_err(|e| if is_quota(&e) { WriteError::Full } else { WriteError::Refused })
            }
            Backend::Memory(m) => {
                m.insert(key.to_string(), value.to_string());
                Ok(())
            }
        }
    }

    /// Removes a key; whether it is gone afterwards.
    pub fn remove(&mut self, key: &str) -> bool {
        match self {
            Backend::Local(s) => {
                let _ = s.remove_item(key);
                s.get_item(key).ok().flatten().is_none()
            }
            Backend::Memory(m) => {
                m.remove(key);
                true
            }
        }
    }

    /// Every key for which `owns` is true.
    pub fn keys(&self, owns: impl Fn(&str) -> bool) -> Vec<String> {
        match self {
            Backend::Local(s) => {
                let n = s.length().unwrap_or(0);
                (0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| owns(k)).collect()
            }
            Backend::Memory(m) => m.keys().filter(|k| owns(k)).cloned().collect(),
        }
    }
}
