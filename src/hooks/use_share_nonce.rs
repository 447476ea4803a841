use yew::prelude::*;

use crate::platform;

/// Draws the share nonce once, when the user first sees their result
/// (`needed`): a random number that tells two identical results apart when
/// a workshop combines them.
#[hook]
pub fn use_share_nonce(needed: bool, on_nonce: Callback<u32>) {
    use_effect_with(needed, move |&needed| {
        if needed {
            on_nonce.emit(platform::random_u32());
        }
    });
}
