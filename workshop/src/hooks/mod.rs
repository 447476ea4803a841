//! The workshop's own side effects, one named hook each, reaching the browser
//! only through [`crate::platform`].

mod use_camera_scan;

pub use use_camera_scan::use_camera_scan;
