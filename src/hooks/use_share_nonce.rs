use litmus_core::session::Step;
use yew::prelude::*;

use crate::platform;

/// Draws the share nonce once, when the user first sees their result: a
/// random number that tells two identical results apart when a workshop
/// combines them. `screen` is what the page shows (whether it is the user's
/// own check, and its step), the same dependency as [`super::use_focus_heading`]'s
/// so that the two share one instantiation of Yew's effect machinery;
/// `needed` says whether this screen wants a nonce drawn.
#[hook]
pub fn use_share_nonce(screen: (bool, Step), needed: bool, on_nonce: Callback<u32>) {
    use_effect_with(screen, move |_| {
        if needed {
            on_nonce.emit(platform::random_u32());
        }
    });
}
