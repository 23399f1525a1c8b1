//! MD5 (RFC 1321), used only to compute the 8-hex-digit suffix of CDK logical ids.
//!
//! Written here rather than taken from the `md-5` crate: that crate pulls in seven more
//! crates (`digest`, `typenum`, …) for a 60-line function, which a proc macro's users would
//! compile on every clean build.

const S: [u32; 64] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5,
    9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6,
    10, 15, 21, 6, 10, 15, 21,
];

const K: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

/// Step `i` of a round: `b` plus `a + f + K[i] + word`, rotated by `S[i]`.
#[inline(always)]
fn step(a: u32, b: u32, f: u32, i: usize, word: u32) -> u32 {
    b.wrapping_add(a.wrapping_add(f).wrapping_add(K[i]).wrapping_add(word).rotate_left(S[i]))
}

/// The 16-byte MD5 digest of `data`.
pub fn digest(data: &[u8]) -> [u8; 16] {
    let mut state: [u32; 4] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
    // The message, a 1 bit, zeros up to 8 bytes short of a block, and the length in bits.
    let padded = (data.len() + 8) / 64 * 64 + 64;
    let mut msg = Vec::with_capacity(padded);
    msg.extend_from_slice(data);
    msg.push(0x80);
    msg.resize(padded - 8, 0);
    msg.extend_from_slice(&(data.len() as u64).wrapping_mul(8).to_le_bytes());
    for block in msg.as_chunks::<64>().0 {
        let mut m = [0u32; 16];
        for (word, bytes) in m.iter_mut().zip(block.as_chunks::<4>().0) {
            *word = u32::from_le_bytes(*bytes);
        }
        let [mut a, mut b, mut c, mut d] = state;
        // One loop of 16 steps per round, each with its function and order of words, so the
        // compiler unrolls them with every index a constant.
        for (i, &word) in m.iter().enumerate() {
            let f = (b & c) | (!b & d);
            (a, b, c, d) = (d, step(a, b, f, i, word), b, c);
        }
        for i in 16..32 {
            let f = (d & b) | (!d & c);
            (a, b, c, d) = (d, step(a, b, f, i, m[(5 * i + 1) % 16]), b, c);
        }
        for i in 32..48 {
            let f = b ^ c ^ d;
            (a, b, c, d) = (d, step(a, b, f, i, m[(3 * i + 5) % 16]), b, c);
        }
        for i in 48..64 {
            let f = c ^ (b | !d);
            (a, b, c, d) = (d, step(a, b, f, i, m[(7 * i) % 16]), b, c);
        }
        for (s, v) in state.iter_mut().zip([a, b, c, d]) {
            *s = s.wrapping_add(v);
        }
    }
    let mut out = [0u8; 16];
    for (chunk, s) in out.chunks_exact_mut(4).zip(state) {
        chunk.copy_from_slice(&s.to_le_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::digest;

    /// The digest as lower-case hex, as the test suite writes it.
    fn hex(data: &[u8]) -> String {
        digest(data).iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn rfc_1321_test_suite() {
        let cases = [
            ("", "d41d8cd98f00b204e9800998ecf8427e"),
            ("a", "0cc175b9c0f1b6a831c399e269772661"),
            ("abc", "900150983cd24fb0d6963f7d28e17f72"),
            ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
            ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
            (
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
                "d174ab98d277d9f5a5611c2c9f419d9f",
            ),
            (
                "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
                "57edf4a22be3c955ac49da2e2107b67a",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(hex(input.as_bytes()), want, "{input:?}");
        }
    }

    #[test]
    fn cdk_logical_id_inputs() {
        assert!(hex(b"myuserpool/Resource").starts_with("01998219"));
        assert!(hex(b"Pool/Resource").starts_with("d3f588b8"));
    }
}
