//! Sets of characters, as sorted ranges of code points: what `[…]`, `\w` or `\p{L}` match.

use crate::core::schema::unicode;

const MAX: u32 = 0x10FFFF;

/// A set of code points: sorted, disjoint, non-adjacent inclusive ranges.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Class {
    ranges: Vec<(u32, u32)>,
}

impl Class {
    pub(super) fn from_ranges(ranges: impl IntoIterator<Item = (u32, u32)>) -> Class {
        let mut ranges: Vec<(u32, u32)> = ranges.into_iter().filter(|(lo, hi)| lo <= hi).collect();
        ranges.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
        for (lo, hi) in ranges {
            match merged.last_mut() {
                Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
                _ => merged.push((lo, hi)),
            }
        }
        Class { ranges: merged }
    }

    pub(super) fn ranges(&self) -> &[(u32, u32)] {
        &self.ranges
    }

    pub(super) fn char(c: char) -> Class {
        Class { ranges: vec![(c as u32, c as u32)] }
    }

    pub(super) fn union(&self, other: &Class) -> Class {
        Class::from_ranges(self.ranges.iter().chain(&other.ranges).copied())
    }

    /// Every code point not in the set.
    pub(super) fn negate(&self) -> Class {
        let mut out = Vec::with_capacity(self.ranges.len() + 1);
        let mut next = 0u32;
        for &(lo, hi) in &self.ranges {
            if lo > next {
                out.push((next, lo - 1));
            }
            next = hi.saturating_add(1);
        }
        if next <= MAX {
            out.push((next, MAX));
        }
        Class { ranges: out }
    }

    pub(super) fn contains(&self, c: char) -> bool {
        let c = c as u32;
        self.ranges
            .binary_search_by(|&(lo, hi)| {
                if hi < c {
                    std::cmp::Ordering::Less
                } else if lo > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    }

    /// Java's `\d`: ASCII digits only.
    pub(super) fn digit() -> Class {
        Class::from_ranges([(0x30, 0x39)])
    }

    /// Java's `\w`: `[a-zA-Z_0-9]`.
    pub(super) fn word() -> Class {
        Class::from_ranges([(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)])
    }

    /// Java's `\s`: `[ \t\n\x0B\f\r]`.
    pub(super) fn space() -> Class {
        Class::from_ranges([(0x09, 0x0D), (0x20, 0x20)])
    }

    /// Java's `.` without `(?s)`: anything but a line terminator (`\n \r \u0085 \u2028 \u2029`).
    pub(super) fn dot() -> Class {
        Class::from_ranges([(0x0A, 0x0A), (0x0D, 0x0D), (0x85, 0x85), (0x2028, 0x2029)]).negate()
    }

    pub(super) fn all() -> Class {
        Class { ranges: vec![(0, MAX)] }
    }

    /// `\p{NAME}` for a general category Java knows by one letter (`C` is what the others
    /// leave: control, format, surrogate, private use and unassigned code points).
    pub(super) fn category(name: &str) -> Option<Class> {
        let table: &[(u32, u32)] = match name {
            "L" => &unicode::L,
            "M" => &unicode::M,
            "N" => &unicode::N,
            "P" => &unicode::P,
            "S" => &unicode::S,
            "Z" => &unicode::Z,
            "C" => {
                let visible = ["L", "M", "N", "P", "S", "Z"].iter().filter_map(|c| Class::category(c));
                return Some(visible.fold(Class::default(), |a, b| a.union(&b)).negate());
            }
            _ => return None,
        };
        Some(Class::from_ranges(table.iter().copied()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_merge_and_negate() {
        let c = Class::from_ranges([(5, 9), (1, 3), (4, 4), (20, 20)]);
        assert_eq!(c.ranges, vec![(1, 9), (20, 20)]);
        assert_eq!(c.negate().ranges, vec![(0, 0), (10, 19), (21, MAX)]);
        assert_eq!(c.negate().negate(), c);
        assert!(c.contains('\u{4}') && !c.contains('\u{a}'));
    }

    #[test]
    fn categories_partition_the_code_points() {
        let union = ["L", "M", "N", "P", "S", "Z", "C"]
            .iter()
            .filter_map(|c| Class::category(c))
            .fold(Class::default(), |a, b| a.union(&b));
        assert_eq!(union, Class::all());
        let letters = Class::category("L").unwrap_or_default();
        assert!(letters.contains('é') && letters.contains('ж') && !letters.contains('1'));
        assert!(Class::category("Z").unwrap_or_default().contains('\u{3000}'));
        assert!(Class::category("C").unwrap_or_default().contains('\u{378}'), "unassigned is C");
    }
}
