//! A stable insertion sort for the short lists the app orders (levels,
//! qualities, touchpoints, fixes: a few dozen at most). The standard sort is
//! compiled anew for every element type and costs kilobytes of wasm each
//! time; this one costs a few hundred bytes.

use std::cmp::Ordering;

pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// A stable merge sort of indices for the long lists the team view orders
/// (groups and journeys of thousands of results): O(n log n), where
/// `sort_by` is quadratic. The comparison is taken as `dyn`, so it is
/// compiled once for the whole app rather than once per caller.
pub fn sort_indices(v: &mut Vec<u32>, cmp: &dyn Fn(u32, u32) -> Ordering) {
    let n = v.len();
    let mut from = std::mem::take(v);
    let mut into = vec![0u32; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right only when strictly smaller: stable.
                if cmp(from[j], from[i]) == Ordering::Less {
                    into[k] = from[j];
                    j += 1;
                } else {
                    into[k] = from[i];
                    i += 1;
                }
                k += 1;
            }
            into[k..k + (mid - i)].copy_from_slice(&from[i..mid]);
            k += mid - i;
            into[k..k + (end - j)].copy_from_slice(&from[j..end]);
            start = end;
        }
        std::mem::swap(&mut from, &mut into);
        width *= 2;
    }
    *v = from;
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(v in proptest::collection::vec((0u8..5, any::<u16>()), 0..60)) {
            let mut ours = v.clone();
            let mut std_sorted = v;
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std_sorted);
        }

        #[test]
        fn index_sort_agrees_with_the_standard_stable_sort(keys in proptest::collection::vec(0u8..7, 0..300)) {
            let mut ours: Vec<u32> = (0..keys.len() as u32).collect();
            sort_indices(&mut ours, &|a, b| keys[a as usize].cmp(&keys[b as usize]));
            let mut std_sorted: Vec<u32> = (0..keys.len() as u32).collect();
            std_sorted.sort_by_key(|i| keys[*i as usize]);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
