//! Exact percentages.
//!
//! Every score in Litmus is a ratio of small integers (item scores are
//! multiples of 25, coverage is `100 * sum / (5 * n)`, means divide by a
//! count). Keeping them as exact fractions means the rule "62.5 shows 63" can
//! never be broken by a floating-point error such as 62.49999999, and the app
//! needs no float formatting at all.

use std::cmp::Ordering;

/// A non-negative exact fraction on the 0..=100 scale.
#[derive(Clone, Copy, Debug)]
pub struct Percent {
    num: u64,
    den: u64,
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

fn gcd128(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl Percent {
    /// The fraction `num / den`, reduced. Returns `None` when `den` is zero.
    pub fn new(num: u64, den: u64) -> Option<Percent> {
        if den == 0 {
            return None;
        }
        let g = gcd(num, den).max(1);
        Some(Percent {
            num: num / g,
            den: den / g,
        })
    }

    /// A whole percentage.
    pub fn whole(value: u8) -> Percent {
        Percent {
            num: u64::from(value),
            den: 1,
        }
    }

    /// The mean of a list of whole scores, or `None` for an empty list.
    pub fn mean_of(scores: impl IntoIterator<Item = u8>) -> Option<Percent> {
        let (sum, count) = scores
            .into_iter()
            .fold((0u64, 0u64), |(s, c), x| (s + u64::from(x), c + 1));
        Percent::new(sum, count)
    }

    /// The mean of two percentages.
    pub fn midpoint(self, other: Percent) -> Percent {
        // (a/b + c/d) / 2 = (a*d + c*b) / (2*b*d); values stay tiny here.
        let num = self.num * other.den + other.num * self.den;
        let den = 2 * self.den * other.den;
        // `den` is non-zero because both denominators are.
        Percent::new(num, den).unwrap_or(self)
    }

    /// The exact mean of several percentages, or `None` for none.
    pub fn mean(values: impl IntoIterator<Item = Percent>) -> Option<Percent> {
        let mut count = 0u64;
        let mut sum = (0u128, 1u128);
        for p in values {
            let (a, b) = sum;
            let (c, d) = (u128::from(p.num), u128::from(p.den));
            let (num, den) = (a * d + c * b, b * d);
            let g = gcd128(num, den).max(1);
            sum = (num / g, den / g);
            count += 1;
        }
        let den = sum.1 * u128::from(count);
        let g = gcd128(sum.0, den).max(1);
        let (num, den) = (sum.0 / g, den / g);
        // Denominators stay small (divisors of 2 * lcm(1..=20) * lcm(1..=14)
        // times the count), far inside u64.
        Percent::new(u64::try_from(num).ok()?, u64::try_from(den).ok()?)
    }

    /// The value rounded half up to a whole number, as displayed (62.5 → 63).
    pub fn shown(self) -> u8 {
        let rounded = (2 * self.num + self.den) / (2 * self.den);
        u8::try_from(rounded).unwrap_or(u8::MAX)
    }

    /// The value as a float, for tests and comparisons with worked cases.
    pub fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// The numerator and denominator of the reduced fraction.
    pub fn parts(self) -> (u64, u64) {
        (self.num, self.den)
    }
}

impl PartialEq for Percent {
    fn eq(&self, other: &Percent) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Percent {}

impl PartialOrd for Percent {
    fn partial_cmp(&self, other: &Percent) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Percent {
    fn cmp(&self, other: &Percent) -> Ordering {
        (u128::from(self.num) * u128::from(other.den))
            .cmp(&(u128::from(other.num) * u128::from(self.den)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_half_up() {
        assert_eq!(Percent::new(125, 2).map(Percent::shown), Some(63));
        assert_eq!(Percent::new(79, 2).map(Percent::shown), Some(40));
        assert_eq!(Percent::new(159, 2).map(Percent::shown), Some(80));
        assert_eq!(Percent::new(1249, 20).map(Percent::shown), Some(62));
        assert_eq!(Percent::whole(0).shown(), 0);
        assert_eq!(Percent::whole(100).shown(), 100);
    }

    #[test]
    fn zero_denominator_is_none() {
        assert_eq!(Percent::new(1, 0), None);
        assert_eq!(Percent::mean_of([]), None);
    }

    #[test]
    fn midpoint_is_exact() {
        let a = Percent::new(500, 7).unwrap();
        let b = Percent::whole(100);
        assert_eq!(a.midpoint(b), Percent::new(600, 7).unwrap());
    }

    #[test]
    fn mean_of_percentages_is_exact() {
        let a = Percent::new(125, 2).unwrap();
        let b = Percent::new(500, 7).unwrap();
        let m = Percent::mean([a, b, Percent::whole(0)]).unwrap();
        assert_eq!(m, Percent::new(875 + 1000, 42).unwrap());
        assert_eq!(Percent::mean([]), None);
    }

    #[test]
    fn equality_ignores_representation() {
        assert_eq!(Percent::new(50, 2), Percent::new(25, 1));
        assert!(Percent::new(1, 3).unwrap() < Percent::new(1, 2).unwrap());
    }
}
