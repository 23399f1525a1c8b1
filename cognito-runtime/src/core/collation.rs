//! JavaScript's `localeCompare` (the root collation of ICU), as the CDK sorts `DependsOn`
//! by construct path: white space and punctuation, symbols, digits, then letters of either
//! case, diacritics second, case last.

/// The ASCII characters in the order of the root collation JavaScript's `localeCompare` uses:
/// white space, punctuation, symbols, digits, then letters (either case).
const COLLATION: &str =
    "\t\n\u{b}\u{c}\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";

/// The Latin letters with a diacritic (Latin-1 Supplement, Latin Extended-A), sorted: the
/// letters they sort as and the rank of their diacritic (0: none, as `ß` for `ss`), in the
/// order of the root collation (acute, grave, breve, circumflex, caron, ring, diaeresis, …).
const LATIN: &[(char, &str, u8)] = &[
    ('À', "a", 2),
    ('Á', "a", 1),
    ('Â', "a", 4),
    ('Ã', "a", 9),
    ('Ä', "a", 7),
    ('Å', "a", 6),
    ('Æ', "ae", 0),
    ('Ç', "c", 11),
    ('È', "e", 2),
    ('É', "e", 1),
    ('Ê', "e", 4),
    ('Ë', "e", 7),
    ('Ì', "i", 2),
    ('Í', "i", 1),
    ('Î', "i", 4),
    ('Ï', "i", 7),
    ('Ñ', "n", 9),
    ('Ò', "o", 2),
    ('Ó', "o", 1),
    ('Ô', "o", 4),
    ('Õ', "o", 9),
    ('Ö', "o", 7),
    ('Ø', "o", 20),
    ('Ù', "u", 2),
    ('Ú', "u", 1),
    ('Û', "u", 4),
    ('Ü', "u", 7),
    ('Ý', "y", 1),
    ('ß', "ss", 0),
    ('à', "a", 2),
    ('á', "a", 1),
    ('â', "a", 4),
    ('ã', "a", 9),
    ('ä', "a", 7),
    ('å', "a", 6),
    ('æ', "ae", 0),
    ('ç', "c", 11),
    ('è', "e", 2),
    ('é', "e", 1),
    ('ê', "e", 4),
    ('ë', "e", 7),
    ('ì', "i", 2),
    ('í', "i", 1),
    ('î', "i", 4),
    ('ï', "i", 7),
    ('ñ', "n", 9),
    ('ò', "o", 2),
    ('ó', "o", 1),
    ('ô', "o", 4),
    ('õ', "o", 9),
    ('ö', "o", 7),
    ('ø', "o", 20),
    ('ù', "u", 2),
    ('ú', "u", 1),
    ('û', "u", 4),
    ('ü', "u", 7),
    ('ý', "y", 1),
    ('ÿ', "y", 7),
    ('Ā', "a", 13),
    ('ā', "a", 13),
    ('Ă', "a", 3),
    ('ă', "a", 3),
    ('Ą', "a", 12),
    ('ą', "a", 12),
    ('Ć', "c", 1),
    ('ć', "c", 1),
    ('Ĉ', "c", 4),
    ('ĉ', "c", 4),
    ('Ċ', "c", 10),
    ('ċ', "c", 10),
    ('Č', "c", 5),
    ('č', "c", 5),
    ('Ď', "d", 5),
    ('ď', "d", 5),
    ('Đ', "d", 20),
    ('đ', "d", 20),
    ('Ē', "e", 13),
    ('ē', "e", 13),
    ('Ĕ', "e", 3),
    ('ĕ', "e", 3),
    ('Ė', "e", 10),
    ('ė', "e", 10),
    ('Ę', "e", 12),
    ('ę', "e", 12),
    ('Ě', "e", 5),
    ('ě', "e", 5),
    ('Ĝ', "g", 4),
    ('ĝ', "g", 4),
    ('Ğ', "g", 3),
    ('ğ', "g", 3),
    ('Ġ', "g", 10),
    ('ġ', "g", 10),
    ('Ģ', "g", 11),
    ('ģ', "g", 11),
    ('Ĥ', "h", 4),
    ('ĥ', "h", 4),
    ('Ħ', "h", 20),
    ('ħ', "h", 20),
    ('Ĩ', "i", 9),
    ('ĩ', "i", 9),
    ('Ī', "i", 13),
    ('ī', "i", 13),
    ('Ĭ', "i", 3),
    ('ĭ', "i", 3),
    ('Į', "i", 12),
    ('į', "i", 12),
    ('İ', "i", 10),
    ('Ĵ', "j", 4),
    ('ĵ', "j", 4),
    ('Ķ', "k", 11),
    ('ķ', "k", 11),
    ('Ĺ', "l", 1),
    ('ĺ', "l", 1),
    ('Ļ', "l", 11),
    ('ļ', "l", 11),
    ('Ľ', "l", 5),
    ('ľ', "l", 5),
    ('Ŀ', "l", 21),
    ('ŀ', "l", 21),
    ('Ł', "l", 20),
    ('ł', "l", 20),
    ('Ń', "n", 1),
    ('ń', "n", 1),
    ('Ņ', "n", 11),
    ('ņ', "n", 11),
    ('Ň', "n", 5),
    ('ň', "n", 5),
    ('Ō', "o", 13),
    ('ō', "o", 13),
    ('Ŏ', "o", 3),
    ('ŏ', "o", 3),
    ('Ő', "o", 8),
    ('ő', "o", 8),
    ('Œ', "oe", 0),
    ('œ', "oe", 0),
    ('Ŕ', "r", 1),
    ('ŕ', "r", 1),
    ('Ŗ', "r", 11),
    ('ŗ', "r", 11),
    ('Ř', "r", 5),
    ('ř', "r", 5),
    ('Ś', "s", 1),
    ('ś', "s", 1),
    ('Ŝ', "s", 4),
    ('ŝ', "s", 4),
    ('Ş', "s", 11),
    ('ş', "s", 11),
    ('Š', "s", 5),
    ('š', "s", 5),
    ('Ţ', "t", 11),
    ('ţ', "t", 11),
    ('Ť', "t", 5),
    ('ť', "t", 5),
    ('Ŧ', "t", 20),
    ('ŧ', "t", 20),
    ('Ũ', "u", 9),
    ('ũ', "u", 9),
    ('Ū', "u", 13),
    ('ū', "u", 13),
    ('Ŭ', "u", 3),
    ('ŭ', "u", 3),
    ('Ů', "u", 6),
    ('ů', "u", 6),
    ('Ű', "u", 8),
    ('ű', "u", 8),
    ('Ų', "u", 12),
    ('ų', "u", 12),
    ('Ŵ', "w", 4),
    ('ŵ', "w", 4),
    ('Ŷ', "y", 4),
    ('ŷ', "y", 4),
    ('Ÿ', "y", 7),
    ('Ź', "z", 1),
    ('ź', "z", 1),
    ('Ż', "z", 10),
    ('ż', "z", 10),
    ('Ž', "z", 5),
    ('ž', "z", 5),
];

/// One collation element: primary weight (the letter), secondary (its diacritic), tertiary
/// (0 lower case, 1 a letter written as two, as `ß` for `ss`, 2 upper case).
type Element = (u64, u8, u8);

/// The collation elements of a character: its place in [`COLLATION`]; a Latin letter with a
/// diacritic as its letters plus the diacritic; other symbols just before `$` and currency
/// signs just after it (as the root collation puts symbols, then currency signs, then
/// digits), other letters after `z`.
fn elements(c: char, out: &mut Vec<Element>) {
    let upper = if c.is_uppercase() { 2 } else { 0 };
    if let Some(i) = COLLATION.find(c.to_ascii_lowercase()).filter(|_| c.is_ascii()) {
        out.push((place(i), 0, upper));
    } else if let Ok(i) = LATIN.binary_search_by_key(&c, |e| e.0) {
        let (_, letters, diacritic) = LATIN[i];
        let case = if upper == 0 && letters.len() > 1 { 1 } else { upper };
        for l in letters.chars() {
            out.push((place(COLLATION.find(l).unwrap_or_default()), diacritic, case));
        }
    } else if c.is_alphabetic() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        out.push((place(COLLATION.len()) + u64::from(lower), 0, upper));
    } else {
        // Currency signs sort after `$`, the other symbols before it (each by code point).
        let currency = matches!(c, '¢'..='¥' | '₠'..='₿');
        let dollar = place(COLLATION.find('$').unwrap_or_default());
        let group = if currency { dollar + (1 << 31) } else { dollar - (1 << 31) };
        out.push((group + u64::from(c), 0, upper));
    }
}

/// The primary weight of the `i`th character of [`COLLATION`] (room between two for others).
fn place(i: usize) -> u64 {
    (i as u64) << 32
}

/// A sort key equal to JavaScript's `localeCompare` on construct paths: by letters first,
/// then by diacritics, then lower case before upper case.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct LocaleKey(Vec<u64>, Vec<u8>, Vec<u8>);

impl LocaleKey {
    pub(crate) fn new(s: &str) -> LocaleKey {
        let mut e = Vec::with_capacity(s.len());
        s.chars().for_each(|c| elements(c, &mut e));
        LocaleKey(
            e.iter().map(|x| x.0).collect(),
            e.iter().map(|x| x.1).collect(),
            e.iter().map(|x| x.2).collect(),
        )
    }
}

/// JavaScript's `localeCompare` (logical ids, construct paths).
#[cfg(test)]
fn locale_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    LocaleKey::new(a).cmp(&LocaleKey::new(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_locale_compare() {
        let mut ids = vec!["PoolD3F588B8", "authFnB", "AuthFnA", "pool1", "Pool0"];
        ids.sort_by(|a, b| locale_cmp(a, b));
        assert_eq!(ids, ["AuthFnA", "authFnB", "Pool0", "pool1", "PoolD3F588B8"]);
        // Construct paths: `/` before digits and letters, `-` and `_` before `/`.
        let mut paths = vec![
            "Pool/web/Resource",
            "Pool/Resource",
            "Pool/Api/Resource",
            "Pool-1/Resource",
            "Pool_2/Resource",
        ];
        paths.sort_by(|a, b| locale_cmp(a, b));
        assert_eq!(
            paths,
            ["Pool_2/Resource", "Pool-1/Resource", "Pool/Api/Resource", "Pool/Resource", "Pool/web/Resource"]
        );
    }

    #[test]
    fn sorts_letters_with_diacritics_symbols_and_other_scripts_like_locale_compare() {
        // Node's `localeCompare` (ICU 78) sorted this list.
        let sorted = [
            "a/ae",
            "a/Æ",
            "a/af",
            "a/e~",
            "a/e🙂",
            "a/e$",
            "a/e1",
            "a/é1",
            "a/e2",
            "a/emoji",
            "a/Emoji",
            "a/émoji",
            "a/Émoji",
            "a/ez",
            "a/ezz",
            "a/eΩ",
            "a/eж",
            "a/l",
            "a/ŀ",
            "a/m",
            "a/o",
            "a/ø",
            "a/Ø",
            "a/p",
            "a/ss",
            "a/ß",
            "a/st",
            "Nested/Auth/Un/Resource",
            "Nested/Auth/Uñ/Resource",
            "Nested/Auth/unicode/Resource",
            "Nested/Auth/Unicode/Resource",
            "Nested/Auth/Ünïcödé/Resource",
            "Nested/Auth/Uo/Resource",
            "Nested/Auth/VeryLong/Resource",
        ];
        let mut shuffled: Vec<&str> = sorted.iter().rev().copied().collect();
        shuffled.swap(3, 17);
        shuffled.sort_by(|a, b| locale_cmp(a, b));
        assert_eq!(shuffled, sorted);
        assert!(LATIN.windows(2).all(|w| w[0].0 < w[1].0));
        let mut symbols = vec!["a1", "a€", "a$", "a£", "a🙂", "a©", "a/", "a_"];
        symbols.sort_by(|a, b| locale_cmp(a, b));
        assert_eq!(symbols, ["a_", "a/", "a©", "a🙂", "a$", "a£", "a€", "a1"]);
    }
}
