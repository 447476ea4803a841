//! The pages' side effects, one named hook each. They run after rendering
//! and reach the browser only through [`crate::platform`].

mod use_autosave;
mod use_embed_host;
mod use_focus_heading;
mod use_fragment;
mod use_share_nonce;

pub use use_autosave::use_autosave;
pub use use_embed_host::use_embed_host;
pub use use_focus_heading::use_focus_heading;
pub use use_fragment::use_fragment;
pub use use_share_nonce::use_share_nonce;
