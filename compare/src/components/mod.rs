//! The compare page's own components, each named after what the leader
//! sees; the shared ones are in `litmus::components`.

pub mod trend_chart;
