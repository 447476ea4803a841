//! The check (`/`). The workshop page is the `litmus-workshop` crate (`workshop/src/main.rs`).

use litmus::platform;

// Starting the app is two short tasks rather than one long one, so that a
// slow phone's main thread is never blocked for long (Lighthouse's total
// blocking time): loading the saved state, then the first render. A
// consultant's questionnaire (`?instrument=NAME`) is loaded and checked
// before either.
//
// (A warm-up render of the welcome screen off the page, in a task of its
// own, used to compile its code before the real render. Since the check's
// module shrank by a quarter, the blocking-time bar holds without it, and it
// cost 830 bytes brotli.)
fn main() {
    litmus::start("./", || {
        litmus::check::state::preload();
        wasm_bindgen_futures::spawn_local(async {
            platform::sleep(0).await;
            platform::mount::<litmus::CheckApp>();
        });
    });
}
