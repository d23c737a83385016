//! Median, quartiles and range of whole-number figures (scores 0–100,
//! balances −100…+100), counted in a histogram: O(n + range), no sorting,
//! no floating point.
//!
//! Quartiles are interpolated between neighbouring values the way
//! spreadsheets' `QUARTILE.INC` and `MEDIAN` do, then rounded to a whole
//! number (halves up): the median of 40 and 60 is 50.

/// How a figure spreads over a group of people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spread {
    pub n: usize,
    pub min: i16,
    pub q1: i16,
    pub median: i16,
    pub q3: i16,
    pub max: i16,
}

impl Spread {
    /// Width of the middle half of the people (q3 − q1).
    pub fn middle(&self) -> i16 {
        self.q3 - self.q1
    }

    pub fn range(&self) -> i16 {
        self.max - self.min
    }

    /// The spread of any whole numbers in `lo..=hi` (others are clamped).
    pub fn of(lo: i16, hi: i16, values: impl IntoIterator<Item = i16>) -> Option<Spread> {
        let mut h = Histogram::new(lo, hi);
        for v in values {
            h.add(v);
        }
        h.spread()
    }
}

/// Counts of each whole number in a range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Histogram {
    lo: i16,
    counts: Vec<u32>,
    n: usize,
}

impl Histogram {
    pub fn new(lo: i16, hi: i16) -> Histogram {
        let width = (i32::from(hi) - i32::from(lo) + 1).max(1) as usize;
        Histogram { lo, counts: vec![0; width], n: 0 }
    }

    /// For scores 0–100.
    pub fn scores() -> Histogram {
        Histogram::new(0, 100)
    }

    pub fn add(&mut self, v: i16) {
        let i = (i32::from(v) - i32::from(self.lo)).clamp(0, self.counts.len() as i32 - 1) as usize;
        if let Some(c) = self.counts.get_mut(i) {
            *c += 1;
            self.n += 1;
        }
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn clear(&mut self) {
        self.counts.iter_mut().for_each(|c| *c = 0);
        self.n = 0;
    }

    /// The value at 0-based rank `k` in sorted order.
    fn kth(&self, k: usize) -> i16 {
        let mut seen = 0usize;
        for (i, c) in self.counts.iter().enumerate() {
            seen += *c as usize;
            if seen > k {
                return self.lo + i as i16;
            }
        }
        self.lo + self.counts.len() as i16 - 1
    }

    /// The value at quarter `q` (0 = min, 2 = median, 4 = max).
    fn quartile(&self, q: usize) -> i16 {
        let h = (self.n - 1) * q;
        let (at, frac) = (h / 4, (h % 4) as i32);
        let a = i32::from(self.kth(at));
        let b = if frac > 0 { i32::from(self.kth(at + 1)) } else { a };
        (4 * a + (b - a) * frac + 2).div_euclid(4) as i16
    }

    pub fn spread(&self) -> Option<Spread> {
        if self.n == 0 {
            return None;
        }
        Some(Spread {
            n: self.n,
            min: self.quartile(0),
            q1: self.quartile(1),
            median: self.quartile(2),
            q3: self.quartile(3),
            max: self.quartile(4),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn spreadsheet_quartiles() {
        let s = Spread::of(0, 100, [40, 60]).unwrap();
        assert_eq!((s.min, s.q1, s.median, s.q3, s.max), (40, 45, 50, 55, 60));
        // QUARTILE.INC({1,2,3,4,5,6,7,8,9,10}) = 1, 3.25, 5.5, 7.75, 10.
        let s = Spread::of(0, 100, 1..=10).unwrap();
        assert_eq!((s.min, s.q1, s.median, s.q3, s.max, s.n), (1, 3, 6, 8, 10, 10));
        let s = Spread::of(-100, 100, [-100, -100, 100]).unwrap();
        assert_eq!((s.min, s.median, s.max, s.middle()), (-100, -100, 100, 100));
        assert_eq!(Spread::of(0, 100, []), None);
        assert_eq!(Spread::of(0, 100, [7]).map(|s| (s.min, s.median, s.max)), Some((7, 7, 7)));
    }

    proptest! {
        #[test]
        fn agrees_with_sorting(v in proptest::collection::vec(0i16..=100, 1..200)) {
            let s = Spread::of(0, 100, v.iter().copied()).unwrap();
            let mut sorted = v.clone();
            sorted.sort_unstable();
            let n = sorted.len();
            prop_assert_eq!(s.min, sorted[0]);
            prop_assert_eq!(s.max, sorted[n - 1]);
            // The median lies between the two middle values.
            prop_assert!(s.median >= sorted[(n - 1) / 2] && s.median <= sorted[n / 2]);
            prop_assert!(s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max);
        }
    }
}
