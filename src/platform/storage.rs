//! The app's only contact with device storage.
//!
//! `localStorage` can be missing, denied (sandboxed or third-party frames,
//! some private modes: even touching `window.localStorage` throws), or full.
//! This module never throws into the app: it falls back to keeping the save
//! in memory for this page and reports each problem once, so the UI can say
//! plainly that progress will not survive a reload.

use std::cell::RefCell;

/// The key the current session is saved under.
pub const SESSION_KEY: &str = "litmus.session";

/// Where an unreadable save is set aside, so that nothing is lost.
pub const UNREADABLE_KEY: &str = "litmus.session.unreadable";

/// Which instrument the user last worked on.
pub const CURRENT_KEY: &str = "litmus.current";

/// The completed results of Litmus's own questionnaires kept on this
/// device (`litmus_core::history`); see [`history_key`].
pub const HISTORY_KEY: &str = "litmus.history";

/// Where this page keeps completed results: [`HISTORY_KEY`], or, with a
/// consultant's questionnaire file loaded, `litmus.history.<its id>`, so
/// that no page ever reads a history holding results of a questionnaire it
/// has not loaded (it would refuse it whole, and keep nothing more).
pub fn history_key() -> String {
    match crate::instruments::file() {
        Some(file) => [HISTORY_KEY, ".", &file.id].concat(),
        None => HISTORY_KEY.to_string(),
    }
}

/// The key an instrument's session is saved under: the default instrument
/// (the first) keeps the original key, so saves made before there were
/// other instruments still load.
pub fn session_key(instrument: &litmus_core::instrument::Instrument) -> String {
    if crate::instruments::is_default(instrument) {
        SESSION_KEY.to_string()
    } else {
        [SESSION_KEY, ".", &instrument.id].concat()
    }
}

/// Why saving on the device does not work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// The browser denies storage to this page.
    Unavailable,
    /// Storage is full (or its quota is zero).
    Full,
}

struct Store {
    /// The device's storage, when the browser lets this page touch it.
    device: Option<web_sys::Storage>,
    /// What is kept for this page only, once the device refused a write.
    memory: Vec<(String, String)>,
    /// Why saves do not reach the device, if they do not.
    problem: Option<StorageProblem>,
}

thread_local! {
    static STORE: RefCell<Option<Store>> = const { RefCell::new(None) };
}

fn open() -> Store {
    let device = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        // Some browsers hand out a storage object that throws on first use.
        .filter(|s| s.length().is_ok());
    let problem = device.is_none().then_some(StorageProblem::Unavailable);
    Store {
        device,
        memory: Vec::new(),
        problem,
    }
}

fn with<R>(f: impl FnOnce(&mut Store) -> R) -> R {
    STORE.with(|cell| f(cell.borrow_mut().get_or_insert_with(open)))
}

/// Whether saves reach the device, or the problem if they do not.
pub fn status() -> Result<(), StorageProblem> {
    with(|s| s.problem.map_or(Ok(()), Err))
}

/// Reads a value: this page's copy if saving fell back to memory, else the
/// device's. Storage errors read as "nothing saved".
pub fn read(key: &str) -> Option<String> {
    with(|s| {
        let kept = s
            .memory
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone());
        kept.or_else(|| s.device.as_ref()?.get_item(key).ok().flatten())
    })
}

/// Writes a value. If the device refuses (full, or revoked), the value is
/// kept in memory for this page and the problem is returned.
pub fn write(key: &str, value: &str) -> Result<(), StorageProblem> {
    with(|s| {
        if s.problem.is_none() {
            if let Some(device) = &s.device {
                if device.set_item(key, value).is_ok() {
                    return Ok(());
                }
                s.problem = Some(StorageProblem::Full);
            }
        }
        s.memory.retain(|(k, _)| k != key);
        s.memory.push((key.to_string(), value.to_string()));
        Err(s.problem.unwrap_or(StorageProblem::Unavailable))
    })
}

/// Removes a value, from this page's copy and from the device.
pub fn remove(key: &str) {
    with(|s| {
        s.memory.retain(|(k, _)| k != key);
        if let Some(device) = &s.device {
            let _ = device.remove_item(key);
        }
    });
}

/// Erases everything Litmus stores on this device for these instruments.
pub fn erase_all(instruments: &[&litmus_core::instrument::Instrument]) {
    for instrument in instruments {
        remove(&session_key(instrument));
    }
    remove(UNREADABLE_KEY);
    remove(CURRENT_KEY);
    remove(HISTORY_KEY);
    remove(&history_key());
}
