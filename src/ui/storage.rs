//! The browser side of keeping data: `localStorage` when the browser allows
//! it, memory otherwise. Every call is guarded — reading `localStorage` can
//! throw in sandboxed or third-party contexts, and a panic would kill the app.

use std::cell::RefCell;
use std::collections::BTreeMap;

enum Backend {
    Local(web_sys::Storage),
    Memory(BTreeMap<String, String>),
}

thread_local! {
    static BACKEND: RefCell<Backend> = const { RefCell::new(Backend::Memory(BTreeMap::new())) };
}

/// Why data is kept in memory only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fallback {
    /// The browser refuses storage to this page.
    Unavailable,
    /// Storage is full.
    Full,
}

const PROBE: &str = "service-ladder:probe";

/// Opens `localStorage` if it works, memory if not.
pub fn open() -> Option<Fallback> {
    let local = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .filter(|s| s.set_item(PROBE, "1").is_ok() && s.remove_item(PROBE).is_ok());
    BACKEND.with(|b| {
        *b.borrow_mut() = match local {
            Some(s) => Backend::Local(s),
            None => Backend::Memory(BTreeMap::new()),
        }
    });
    if in_memory() { Some(Fallback::Unavailable) } else { None }
}

pub fn in_memory() -> bool {
    BACKEND.with(|b| matches!(*b.borrow(), Backend::Memory(_)))
}

pub fn get(key: &str) -> Option<String> {
    BACKEND.with(|b| match &*b.borrow() {
        Backend::Local(s) => s.get_item(key).ok().flatten(),
        Backend::Memory(m) => m.get(key).cloned(),
    })
}

/// Writes a value; when the browser refuses (quota, revoked access), the
/// app moves everything it keeps to memory and carries on.
pub fn set(key: &str, value: &str) -> Result<(), Fallback> {
    BACKEND.with(|b| {
        let mut b = b.borrow_mut();
        let failed = match &mut *b {
            Backend::Local(s) => s.set_item(key, value).is_err(),
            Backend::Memory(m) => {
                m.insert(key.to_string(), value.to_string());
                false
            }
        };
        if !failed {
            return Ok(());
        }
        let mut memory = BTreeMap::new();
        if let Backend::Local(s) = &*b {
            for k in own_keys(s) {
                if let Ok(Some(v)) = s.get_item(&k) {
                    memory.insert(k, v);
                }
            }
        }
        memory.insert(key.to_string(), value.to_string());
        *b = Backend::Memory(memory);
        Err(Fallback::Full)
    })
}

pub fn remove(key: &str) {
    BACKEND.with(|b| match &mut *b.borrow_mut() {
        Backend::Local(s) => {
            let _ = s.remove_item(key);
        }
        Backend::Memory(m) => {
            m.remove(key);
        }
    })
}

/// Removes every key this app wrote (they all start with its prefix) and
/// nothing else; in memory, forgets everything.
pub fn remove_own() {
    BACKEND.with(|b| match &mut *b.borrow_mut() {
        Backend::Local(s) => {
            for k in own_keys(s) {
                let _ = s.remove_item(&k);
            }
        }
        Backend::Memory(m) => m.clear(),
    })
}

/// Every key this app has written.
pub fn keys() -> Vec<String> {
    BACKEND.with(|b| match &*b.borrow() {
        Backend::Local(s) => own_keys(s),
        Backend::Memory(m) => m.keys().cloned().collect(),
    })
}

fn own_keys(s: &web_sys::Storage) -> Vec<String> {
    let n = s.length().unwrap_or(0);
    (0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(crate::saved::KEY_PREFIX)).collect()
}
