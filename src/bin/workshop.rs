//! The workshop page (`workshop/`): the facilitator's own build, so that
//! none of its code is in the check's download.

fn main() {
    litmus::platform::mount::<litmus::WorkshopApp>();
}
