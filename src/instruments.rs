//! The instruments compiled in from `instruments/*.toml` by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/instruments.rs"));
