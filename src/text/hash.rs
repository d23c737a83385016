//! FNV-1a, the one hash the app uses: 32-bit for a link's checksum and the
//! content's fingerprint, 64-bit for a result's identity and a record's id.
//! Small and stable across builds and platforms (the figures are written
//! into links and files), which the standard hashers are not.

/// A 32-bit FNV-1a hash, fed a byte at a time.
pub struct Fnv32(pub u32);

impl Default for Fnv32 {
    fn default() -> Fnv32 {
        Fnv32::new()
    }
}

impl Fnv32 {
    pub fn new() -> Fnv32 {
        Fnv32(0x811c_9dc5)
    }

    pub fn byte(&mut self, b: u8) {
        self.0 ^= u32::from(b);
        self.0 = self.0.wrapping_mul(0x0100_0193);
    }

    pub fn bytes(&mut self, bs: &[u8]) {
        for &b in bs {
            self.byte(b);
        }
    }

    /// A string and a terminating zero, so that `"ab", "c"` and `"a", "bc"` differ.
    pub fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
        self.byte(0);
    }
}

/// A 16-bit short id of a text (an item's or a role's id in a share link):
/// its 32-bit FNV-1a hash xor-folded, as FNV's authors advise for fewer
/// bits. Two ids may share one; whoever reads short ids treats an id that
/// maps to two things as unknown.
pub fn short_id(s: &str) -> u16 {
    let mut h = Fnv32::new();
    h.bytes(s.as_bytes());
    ((h.0 >> 16) ^ (h.0 & 0xffff)) as u16
}

/// The 64-bit FNV-1a hash of `bytes`.
pub fn fnv64(bytes: impl IntoIterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // The published FNV-1a test vectors.
        assert_eq!(Fnv32::new().0, 0x811c_9dc5);
        let mut h = Fnv32::new();
        h.bytes(b"a");
        assert_eq!(h.0, 0xe40c_292c);
        assert_eq!(fnv64(*b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv64(*b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv64(*b"foobar"), 0x8594_4171_f739_67e8);
        // "a" hashes to 0xe40c292c: 0xe40c ^ 0x292c.
        assert_eq!(short_id("a"), 0xcd20);
    }
}
