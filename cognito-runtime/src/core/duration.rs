//! Durations as the CDK's `Duration`: an amount in a unit, converted on demand.

use std::fmt;

/// A unit of time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TimeUnit {
    /// Milliseconds.
    Millis,
    /// Seconds.
    Seconds,
    /// Minutes.
    #[default]
    Minutes,
    /// Hours.
    Hours,
    /// Days.
    Days,
}

impl TimeUnit {
    /// The unit's length in milliseconds.
    pub fn millis(self) -> f64 {
        match self {
            TimeUnit::Millis => 1.0,
            TimeUnit::Seconds => 1_000.0,
            TimeUnit::Minutes => 60_000.0,
            TimeUnit::Hours => 3_600_000.0,
            TimeUnit::Days => 86_400_000.0,
        }
    }

    /// The plural name, as in `3 days`.
    pub fn label(self) -> &'static str {
        match self {
            TimeUnit::Millis => "millis",
            TimeUnit::Seconds => "seconds",
            TimeUnit::Minutes => "minutes",
            TimeUnit::Hours => "hours",
            TimeUnit::Days => "days",
        }
    }

    fn singular(self) -> &'static str {
        match self {
            TimeUnit::Millis => "milli",
            TimeUnit::Seconds => "second",
            TimeUnit::Minutes => "minute",
            TimeUnit::Hours => "hour",
            TimeUnit::Days => "day",
        }
    }
}

/// A length of time: `Duration::days(3)`, `Duration::minutes(30)`.
///
/// The amount may be fractional so that a rule, not a type, rejects `days(2.5)` where whole
/// days are required.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Duration {
    /// The amount of `unit`s.
    pub amount: f64,
    /// The unit the amount was given in.
    pub unit: TimeUnit,
}

impl Duration {
    /// `amount` milliseconds.
    pub fn millis(amount: impl Into<f64>) -> Duration {
        Duration { amount: amount.into(), unit: TimeUnit::Millis }
    }
    /// `amount` seconds.
    pub fn seconds(amount: impl Into<f64>) -> Duration {
        Duration { amount: amount.into(), unit: TimeUnit::Seconds }
    }
    /// `amount` minutes.
    pub fn minutes(amount: impl Into<f64>) -> Duration {
        Duration { amount: amount.into(), unit: TimeUnit::Minutes }
    }
    /// `amount` hours.
    pub fn hours(amount: impl Into<f64>) -> Duration {
        Duration { amount: amount.into(), unit: TimeUnit::Hours }
    }
    /// `amount` days.
    pub fn days(amount: impl Into<f64>) -> Duration {
        Duration { amount: amount.into(), unit: TimeUnit::Days }
    }

    /// The length in milliseconds.
    pub fn to_millis(self) -> f64 {
        self.amount * self.unit.millis()
    }

    /// The length in `unit`, when it is a whole number of them.
    pub fn whole(self, unit: TimeUnit) -> Option<u64> {
        let value = self.amount * self.unit.millis() / unit.millis();
        (value.is_finite() && value >= 0.0 && value.fract() == 0.0 && value <= u64::MAX as f64)
            .then_some(value as u64)
    }

    /// The CDK's `toHumanString()`: `1 day 1 hour`, `59 minutes`.
    pub fn to_human_string(self) -> String {
        if self.amount == 0.0 {
            return format!("0 {}", self.unit.label());
        }
        let mut remainder = self.to_millis().abs();
        let mut parts = Vec::new();
        for unit in [TimeUnit::Days, TimeUnit::Hours, TimeUnit::Minutes, TimeUnit::Seconds, TimeUnit::Millis]
        {
            let count = (remainder / unit.millis()).floor();
            if count > 0.0 {
                parts.push(plural(count, unit));
                remainder -= count * unit.millis();
            }
        }
        if parts.is_empty() {
            return format!("{} {}", crate::core::json::js_number(self.amount), self.unit.label());
        }
        let sign = if self.amount < 0.0 { "-" } else { "" };
        format!("{sign}{}", parts.join(" "))
    }
}

fn plural(count: f64, unit: TimeUnit) -> String {
    let label = if count == 1.0 { unit.singular() } else { unit.label() };
    format!("{} {label}", crate::core::json::js_number(count))
}

/// Prints as written: `2.5 days`.
impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = if self.amount == 1.0 { self.unit.singular() } else { self.unit.label() };
        write!(f, "{} {label}", crate::core::json::js_number(self.amount))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        assert_eq!(Duration::hours(48).whole(TimeUnit::Days), Some(2));
        assert_eq!(Duration::hours(36).whole(TimeUnit::Days), None);
        assert_eq!(Duration::days(2.5).whole(TimeUnit::Days), None);
        assert_eq!(Duration::days(30).whole(TimeUnit::Minutes), Some(43200));
        assert_eq!(Duration::seconds(190).whole(TimeUnit::Minutes), None);
    }

    #[test]
    fn human_strings_match_the_cdk() {
        assert_eq!(Duration::hours(25).to_human_string(), "1 day 1 hour");
        assert_eq!(Duration::minutes(59).to_human_string(), "59 minutes");
        assert_eq!(Duration::days(3651).to_human_string(), "3651 days");
        assert_eq!(Duration::minutes(90).to_human_string(), "1 hour 30 minutes");
        assert_eq!(Duration::seconds(61).to_human_string(), "1 minute 1 second");
        assert_eq!(Duration::minutes(0).to_human_string(), "0 minutes");
        assert_eq!(Duration::days(2.5).to_string(), "2.5 days");
        assert_eq!(Duration::days(1).to_string(), "1 day");
    }
}
