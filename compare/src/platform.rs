//! What the compare page alone needs from the browser: the check's address,
//! for the reminder. Everything else goes through `litmus::platform`.

/// The check's address: this page's folder's parent, without fragment or
/// query options that are not the host's.
pub fn check_address() -> String {
    let here = litmus::platform::page_address();
    let base = here.split('?').next().unwrap_or_default();
    let folder = base.rsplit_once('/').map_or(base, |(folder, _)| folder);
    let parent = folder.rsplit_once('/').map_or(folder, |(parent, _)| parent);
    [parent, "/", &litmus::platform::query()].concat()
}
