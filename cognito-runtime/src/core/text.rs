//! Text helpers the CDK and Cognito apply to strings: the character classes of the
//! CloudFormation schema patterns, punycode for e-mail domains, RFC 5322/2047 display names.

/// True when `c` is in `[\p{L}\p{M}\p{S}\p{N}\p{P}]`: a letter, mark, symbol, number or
/// punctuation, i.e. not a separator (Z) nor a control, format, surrogate, private-use or
/// unassigned code point (C); from the Unicode tables of the schema matcher.
pub fn is_visible(c: char) -> bool {
    use crate::core::schema::unicode::{L, M, N, P, S};
    [&L[..], &M[..], &N[..], &P[..], &S[..]].iter().any(|table| in_ranges(table, c))
}

fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    let i = ranges.partition_point(|&(_, hi)| hi < c);
    ranges.get(i).is_some_and(|&(lo, _)| lo <= c)
}

/// `\s` of the Java regular expressions Cognito uses: ASCII white space only.
pub fn is_java_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\u{b}' | '\u{c}' | '\r')
}

/// Length as Java and JavaScript count it (UTF-16 code units), which is what the schema's
/// `minLength`/`maxLength` and the CDK's `.length` mean.
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// True when `s` contains `{##…##}` whose inner text is in `[\p{L}\p{M}\p{S}\p{N}\p{P}\s*]*`
/// (the CDK's LINK-style check and the schema's `EmailMessageByLink` pattern).
pub fn has_link_placeholder(s: &str) -> bool {
    let mut rest = s;
    while let Some(start) = rest.find("{##") {
        let after = &rest[start + 3..];
        // The shortest and every longer `##}` are candidates; the inner text must be valid.
        let mut search_from = 0;
        while let Some(end) = after[search_from..].find("##}") {
            let inner = &after[..search_from + end];
            if inner.chars().all(|c| is_visible(c) || is_java_space(c)) {
                return true;
            }
            search_from += end + 1;
        }
        rest = &rest[start + 1..];
    }
    false
}

/// `punycode.toASCII` as the CDK calls it on e-mail addresses: the local part (before the
/// first `@`) is kept, each domain label with a non-ASCII character becomes `xn--…`
/// (`user@домен.рф` → `user@xn--d1acufc.xn--p1ai`).
pub fn punycode_email(address: &str) -> String {
    let (prefix, domain) = match address.split_once('@') {
        // punycode.js keeps only the text between the first and a second `@`.
        Some((local, rest)) => (format!("{local}@"), rest.split('@').next().unwrap_or("")),
        None => (String::new(), address),
    };
    let domain = domain.replace(['\u{3002}', '\u{FF0E}', '\u{FF61}'], ".");
    let labels: Vec<String> = domain
        .split('.')
        .map(
            |label| {
                if label.is_ascii() { label.to_owned() } else { format!("xn--{}", punycode_encode(label)) }
            },
        )
        .collect();
    prefix + &labels.join(".")
}

/// RFC 3492 punycode encoding of one label.
pub fn punycode_encode(input: &str) -> String {
    const BASE: u32 = 36;
    const TMIN: u32 = 1;
    const TMAX: u32 = 26;
    let code_points: Vec<u32> = input.chars().map(|c| c as u32).collect();
    let mut output: String = input.chars().filter(char::is_ascii).collect();
    let basic = output.len() as u32;
    let mut handled = basic;
    if basic > 0 {
        output.push('-');
    }
    let digit = |d: u32| -> char {
        char::from_u32(if d < 26 { u32::from(b'a') + d } else { u32::from(b'0') + d - 26 }).unwrap_or('a')
    };
    let (mut n, mut delta, mut bias) = (128u32, 0u32, 72u32);
    while (handled as usize) < code_points.len() {
        let m = code_points.iter().copied().filter(|&c| c >= n).min().unwrap_or(n);
        delta = delta.saturating_add((m - n).saturating_mul(handled + 1));
        n = m;
        for &c in &code_points {
            if c < n {
                delta = delta.saturating_add(1);
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        TMIN
                    } else if k >= bias + TMAX {
                        TMAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    output.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                output.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta = delta.saturating_add(1);
        n += 1;
    }
    output
}

fn adapt(delta: u32, num_points: u32, first_time: bool) -> u32 {
    let mut delta = if first_time { delta / 700 } else { delta / 2 };
    delta += delta / num_points;
    let mut k = 0;
    while delta > ((36 - 1) * 26) / 2 {
        delta /= 36 - 1;
        k += 36;
    }
    k + (36 - 1 + 1) * delta / (delta + 38)
}

/// The CDK's display-name formatting for `UserPoolEmail.withSES({ fromName })`: RFC 2047
/// base64 when not printable ASCII, kept when an atom list or already a quoted string,
/// otherwise quoted with `\` and `"` escaped.
pub fn format_from_name(name: &str) -> String {
    if !name.chars().all(|c| (' '..='~').contains(&c)) {
        return format!("=?UTF-8?B?{}?=", base64(name.as_bytes()));
    }
    let atom = |c: char| c.is_ascii_alphanumeric() || " !#$%&'*+,-./=?^_`{|}~".contains(c);
    if !name.is_empty() && name.chars().all(atom) || is_quoted_string(name) {
        return name.to_owned();
    }
    let escaped = name.replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"{escaped}\"")
}

/// `/^"(?:[^\\"]|\\.)*"$/`
fn is_quoted_string(s: &str) -> bool {
    let Some(inner) = s.strip_prefix('"').and_then(|r| r.strip_suffix('"')) else {
        return false;
    };
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return false,
            '\\' if chars.next().is_none() => return false,
            _ => {}
        }
    }
    true
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The ten-character suggestion distance used for "did you mean": Levenshtein distance.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The closest of `candidates` to `word`, when close enough to be a likely typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (edit_distance(&word.to_ascii_lowercase(), &c.to_ascii_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_means_the_general_categories_l_m_s_n_p() {
        for c in ['a', 'é', '日', '\u{301}', '٣', '、', '€', '😀'] {
            assert!(is_visible(c), "{c:?}");
        }
        // A separator, a control, a format character, private use, unassigned.
        for c in [' ', '\u{3000}', '\u{7}', '\u{200b}', '\u{e000}', '\u{378}'] {
            assert!(!is_visible(c), "{c:?}");
        }
    }

    #[test]
    fn punycode_reference_values() {
        assert_eq!(punycode_encode("домен"), "d1acufc");
        assert_eq!(punycode_encode("рф"), "p1ai");
        assert_eq!(punycode_encode("bücher"), "bcher-kva");
        assert_eq!(punycode_email("от@домен.рф"), "от@xn--d1acufc.xn--p1ai");
        assert_eq!(punycode_email("a@b.com"), "a@b.com");
        assert_eq!(punycode_email("user@домен.рф"), "user@xn--d1acufc.xn--p1ai");
        assert_eq!(punycode_email("a@例え。jp"), "a@xn--r8jz45g.jp");
    }

    #[test]
    fn from_names_follow_the_cdk() {
        assert_eq!(format_from_name("My Custom Email"), "My Custom Email");
        assert_eq!(format_from_name("\"My Custom Email\""), "\"My Custom Email\"");
        assert_eq!(format_from_name("mycustomname@example.com"), "\"mycustomname@example.com\"");
        assert_eq!(format_from_name("Foo \"Bar\" \\Baz"), "\"Foo \\\"Bar\\\" \\\\Baz\"");
        assert_eq!(format_from_name("あいう"), "=?UTF-8?B?44GC44GE44GG?=");
        assert_eq!(format_from_name("Foo, Inc."), "Foo, Inc.");
    }

    #[test]
    fn base64_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
    }

    #[test]
    fn visible_characters() {
        assert!(is_visible('a') && is_visible('{') && is_visible('é') && is_visible('€'));
        assert!(!is_visible(' ') && !is_visible('\u{a0}') && !is_visible('\u{200b}'));
        assert!(!is_visible('\u{7}') && !is_visible('\u{e000}'));
    }

    #[test]
    fn link_placeholders() {
        assert!(has_link_placeholder("click {##Verify Email##} now"));
        assert!(has_link_placeholder("{## ##}"));
        assert!(has_link_placeholder("{####}"));
        assert!(has_link_placeholder("{##Verify !! Email##}"));
        assert!(!has_link_placeholder("##Verify Email##"));
        assert!(!has_link_placeholder("{##a\u{200b}b##}"));
    }

    #[test]
    fn suggestions() {
        assert_eq!(did_you_mean("user_pool_nam", ["user_pool_name", "mfa"]), Some("user_pool_name"));
        assert_eq!(did_you_mean("zzz", ["user_pool_name", "mfa"]), None);
    }
}
