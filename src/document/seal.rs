//! Sealed results: a result a person sends "for the team report only",
//! which only the team view holding the team's private key can open, and
//! the team's "send here" link that carries its public key. This file is
//! the pure part — formats, validation, errors; the cryptography itself is
//! WebCrypto's, called from `ui::browser::seal`.
//!
//! **Construction** (ECIES with standard parts): the team key is an ECDH
//! P-256 key pair made in the manager's browser. To seal, the person's app
//! makes a fresh ephemeral P-256 key pair, derives the ECDH shared secret
//! with the team's public key, runs HKDF-SHA-256 over it (salt: the
//! ephemeral public key then the team's, both raw; info: [`INFO`]) to an
//! AES-256-GCM key, and encrypts [`Inside`] with a random 96-bit IV and
//! the envelope's header ([`Envelope::header`]) as additional data, so no
//! header byte can be changed either. The ephemeral private key is
//! dropped at once.
//!
//! **Team link** (`#team=…`, base64url): `version u8 · public key 65 bytes
//! (uncompressed SEC1 point) · name (varint length + UTF-8) · FNV-1a u32`.
//!
//! **Sealed link** (`#sealed=…`, base64url): `version u8 · team key id u32
//! · ephemeral public key 65 bytes · IV 12 bytes · ciphertext (with its
//! 16-byte tag) · FNV-1a u32`. The checksum tells a damaged link from one
//! sealed for another key without any cryptography.
//!
//! **Inside** (the plaintext): `version u8 · month u16 (months since
//! 1970-01) · share payload` — the share link's bytes as `share::encode`
//! writes them, with the group as its label and no day: the date travels
//! as a month only.

use crate::document::share::{self, LinkError, Shared};
use crate::text::base64url::{base64url, from_base64url};
use crate::text::hash::Fnv32;
use crate::text::lang::Lang;
use serde_json::{Value, json};
use std::fmt;

/// What marks a team's "send here" link: `#team=…`.
pub const TEAM_PREFIX: &str = "team=";
/// What marks a sealed result: `#sealed=…`.
pub const SEALED_PREFIX: &str = "sealed=";
/// The format version of both links and of what is inside.
pub const VERSION: u8 = 1;
/// An uncompressed P-256 public key: 0x04, x, y.
pub const KEY_BYTES: usize = 65;
/// The AES-GCM IV.
pub const IV_BYTES: usize = 12;
/// The AES-GCM tag at the end of the ciphertext.
pub const TAG_BYTES: usize = 16;
/// Longest team name.
pub const MAX_NAME_CHARS: usize = 100;
/// Longest fragment looked at.
pub const MAX_INPUT: usize = 8 * 1024;
/// Most bytes of ciphertext (a share payload is at most 2,000 characters).
pub const MAX_CIPHERTEXT: usize = 4 * 1024;
/// HKDF's info: binds the key to this use and version.
pub const INFO: &[u8] = b"service-ladder/sealed/1";
/// What a team key file says it is.
pub const KEY_FILE_KIND: &str = "service-ladder-team-key";

/// Why a team link, a sealed link or a team key file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealError {
    /// Not a team or sealed link at all.
    Foreign,
    TooLong,
    /// Cut short or altered: the checksum does not match.
    Damaged,
    /// Made by a newer version of the app.
    NewerVersion(u8),
    /// Intact, but its key is not a P-256 public key.
    BadKey,
    /// This device holds no team key to open it with.
    NoTeamKey,
    /// Sealed for another team's key.
    OtherTeam,
    /// The key fits, but decryption failed: altered after sealing.
    CannotOpen,
    /// Opened, but what was inside is not a result this app can count.
    Inside(LinkError),
    /// A team key file that is not one, or is damaged.
    KeyFile,
}

impl SealError {
    /// What a person reads about this error, in `lang`.
    pub fn words(&self, lang: Lang) -> &'static str {
        match self {
            SealError::Foreign => lang.t("document_seal.foreign"),
            SealError::TooLong => lang.t("document_seal.too_long"),
            SealError::Damaged => lang.t("document_seal.damaged"),
            SealError::NewerVersion(_) => lang.t("document_seal.newer"),
            SealError::BadKey => lang.t("document_seal.bad_key"),
            SealError::NoTeamKey => lang.t("document_seal.no_team_key"),
            SealError::OtherTeam => lang.t("document_seal.other_team"),
            SealError::CannotOpen => lang.t("document_seal.cannot_open"),
            SealError::Inside(e) => e.words(lang),
            SealError::KeyFile => lang.t("document_seal.key_file"),
        }
    }
}

/// For developers and logs only.
impl fmt::Display for SealError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

/// A team's public key, raw.
pub type PublicKey = [u8; KEY_BYTES];

/// The short id a sealed result names its team key by: FNV-1a of the raw key.
pub fn key_id(public: &PublicKey) -> u32 {
    checksum(public)
}

/// HKDF's salt: the ephemeral public key, then the team's.
pub fn salt(ephemeral: &PublicKey, team: &PublicKey) -> Vec<u8> {
    let mut s = Vec::with_capacity(2 * KEY_BYTES);
    s.extend_from_slice(ephemeral);
    s.extend_from_slice(team);
    s
}

fn checksum(bytes: &[u8]) -> u32 {
    let mut h = Fnv32::new();
    h.bytes(bytes);
    h.0
}

/// An uncompressed SEC1 point, by its form (the curve check is WebCrypto's
/// when the key is imported).
fn point(bytes: &[u8]) -> Result<PublicKey, SealError> {
    let key: PublicKey = bytes.try_into().map_err(|_| SealError::Damaged)?;
    if key[0] != 4 {
        return Err(SealError::BadKey);
    }
    Ok(key)
}

/// The payload after `#` and `prefix`, as bytes with a valid checksum
/// (which is taken off).
fn unwrap<'a>(fragment: &'a str, prefix: &str) -> Result<Vec<u8>, SealError> {
    if fragment.len() > MAX_INPUT {
        return Err(SealError::TooLong);
    }
    let payload = fragment.trim().trim_start_matches('#');
    let payload: &'a str = payload.strip_prefix(prefix).ok_or(SealError::Foreign)?;
    let mut bytes = from_base64url(payload).ok_or(SealError::Damaged)?;
    let at = bytes.len().checked_sub(4).ok_or(SealError::Damaged)?;
    let sum = bytes.split_off(at);
    if sum != checksum(&bytes).to_le_bytes() {
        return Err(SealError::Damaged);
    }
    match bytes.first() {
        None => Err(SealError::Damaged),
        Some(v) if *v > VERSION => Err(SealError::NewerVersion(*v)),
        Some(0) => Err(SealError::Damaged),
        Some(_) => Ok(bytes),
    }
}

fn wrap(mut bytes: Vec<u8>) -> String {
    let sum = checksum(&bytes);
    bytes.extend_from_slice(&sum.to_le_bytes());
    base64url(&bytes)
}

// ---------- the team's "send here" link ----------

/// A team as its "send here" link names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Team {
    pub public: PublicKey,
    pub name: String,
}

impl Team {
    pub fn id(&self) -> u32 {
        key_id(&self.public)
    }

    /// The fragment's payload (without `team=`).
    pub fn encode(&self) -> String {
        let name: String = self.name.chars().take(MAX_NAME_CHARS).collect();
        let mut b = vec![VERSION];
        b.extend_from_slice(&self.public);
        varint(&mut b, name.len());
        b.extend_from_slice(name.as_bytes());
        wrap(b)
    }

    /// The whole link: the app's page with the team in its fragment.
    pub fn link(&self, page: &str) -> String {
        format!("{page}#{TEAM_PREFIX}{}", self.encode())
    }

    /// Reads a fragment (with or without `#`; with `team=`).
    pub fn decode(fragment: &str) -> Result<Team, SealError> {
        let b = unwrap(fragment, TEAM_PREFIX)?;
        let public = point(b.get(1..1 + KEY_BYTES).ok_or(SealError::Damaged)?)?;
        let mut at = 1 + KEY_BYTES;
        let n = read_varint(&b, &mut at)?;
        let end = at.checked_add(n).ok_or(SealError::Damaged)?;
        let name = b.get(at..end).ok_or(SealError::Damaged)?;
        if end != b.len() {
            return Err(SealError::Damaged);
        }
        let name = std::str::from_utf8(name).map_err(|_| SealError::Damaged)?;
        let name = team_name(name);
        if name.is_empty() {
            return Err(SealError::Damaged);
        }
        Ok(Team { public, name })
    }
}

/// A team's name as links and files keep it: one clean line, at most
/// [`MAX_NAME_CHARS`].
pub fn team_name(s: &str) -> String {
    crate::text::clean::clean(s, false).trim().chars().take(MAX_NAME_CHARS).collect::<String>().trim().to_string()
}

fn varint(b: &mut Vec<u8>, mut n: usize) {
    loop {
        let x = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            b.push(x);
            return;
        }
        b.push(x | 0x80);
    }
}

fn read_varint(b: &[u8], at: &mut usize) -> Result<usize, SealError> {
    let mut n = 0usize;
    for shift in [0, 7, 14] {
        let x = *b.get(*at).ok_or(SealError::Damaged)?;
        *at += 1;
        n |= usize::from(x & 0x7f) << shift;
        if x & 0x80 == 0 {
            return Ok(n);
        }
    }
    Err(SealError::Damaged)
}

// ---------- the envelope ----------

/// A sealed result as it travels: nothing in it but what opening needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// The team key it was sealed for ([`key_id`]).
    pub key: u32,
    pub ephemeral: PublicKey,
    pub iv: [u8; IV_BYTES],
    /// AES-GCM's output: the sealed [`Inside`] and its tag.
    pub ciphertext: Vec<u8>,
}

impl Envelope {
    /// The bytes before the ciphertext: AES-GCM's additional data, so the
    /// version, key id, ephemeral key and IV cannot be changed either.
    pub fn header(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(1 + 4 + KEY_BYTES + IV_BYTES);
        b.push(VERSION);
        b.extend_from_slice(&self.key.to_le_bytes());
        b.extend_from_slice(&self.ephemeral);
        b.extend_from_slice(&self.iv);
        b
    }

    /// The fragment's payload (without `sealed=`).
    pub fn encode(&self) -> String {
        let mut b = self.header();
        b.extend_from_slice(&self.ciphertext);
        wrap(b)
    }

    pub fn link(&self, page: &str) -> String {
        format!("{page}#{SEALED_PREFIX}{}", self.encode())
    }

    /// Reads a fragment (with or without `#`; with `sealed=`).
    pub fn decode(fragment: &str) -> Result<Envelope, SealError> {
        let b = unwrap(fragment, SEALED_PREFIX)?;
        let head = 1 + 4 + KEY_BYTES + IV_BYTES;
        let key = u32::from_le_bytes(b.get(1..5).and_then(|x| x.try_into().ok()).ok_or(SealError::Damaged)?);
        let ephemeral = point(b.get(5..5 + KEY_BYTES).ok_or(SealError::Damaged)?)?;
        let iv: [u8; IV_BYTES] =
            b.get(5 + KEY_BYTES..head).and_then(|x| x.try_into().ok()).ok_or(SealError::Damaged)?;
        let ciphertext = b.get(head..).unwrap_or_default().to_vec();
        // The tag and the smallest inside there can be.
        if ciphertext.len() < TAG_BYTES + INSIDE_HEAD + 1 {
            return Err(SealError::Damaged);
        }
        if ciphertext.len() > MAX_CIPHERTEXT {
            return Err(SealError::TooLong);
        }
        Ok(Envelope { key, ephemeral, iv, ciphertext })
    }

    /// Refused unless sealed for `team`.
    pub fn for_team(&self, team: &PublicKey) -> Result<(), SealError> {
        if self.key == key_id(team) { Ok(()) } else { Err(SealError::OtherTeam) }
    }
}

// ---------- what is inside ----------

const INSIDE_HEAD: usize = 3;

/// What a sealed result holds: the result as a share payload (the group
/// as its label, no day) and the month it was sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inside {
    /// Months since 1970-01.
    pub month: u16,
    /// The share payload's bytes (`share::encode`, base64url-decoded).
    pub share: Vec<u8>,
}

impl Inside {
    /// The inside of a result made on `day`: the day goes, its month stays.
    pub fn of(shared: &Shared, day: u16, fingerprint: u32) -> Inside {
        // Sealed for the team's figures only: no day and never a name.
        let s = Shared { day: None, name: None, ..shared.clone() };
        let share = from_base64url(&share::encode(&s, fingerprint)).unwrap_or_default();
        Inside { month: month_of(day), share }
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut b = vec![VERSION];
        b.extend_from_slice(&self.month.to_le_bytes());
        b.extend_from_slice(&self.share);
        b
    }

    pub fn decode(bytes: &[u8]) -> Result<Inside, SealError> {
        let v = *bytes.first().ok_or(SealError::Damaged)?;
        if v > VERSION {
            return Err(SealError::NewerVersion(v));
        }
        if v == 0 || bytes.len() < INSIDE_HEAD + 1 {
            return Err(SealError::Damaged);
        }
        let month = u16::from_le_bytes([bytes[1], bytes[2]]);
        Ok(Inside { month, share: bytes[INSIDE_HEAD..].to_vec() })
    }

    /// The result, dated by the first day of its month; refused when it
    /// carries a day of its own (a sealed result is dated by month only).
    pub fn shared(&self, fingerprint: u32) -> Result<Shared, SealError> {
        let fragment = format!("{}{}", share::PREFIX, base64url(&self.share));
        let mut s = share::decode(&fragment, fingerprint).map_err(SealError::Inside)?;
        if s.day.is_some() {
            return Err(SealError::Inside(LinkError::Unusable("a sealed result is dated by month only".into())));
        }
        s.day = Some(first_day(self.month));
        Ok(s)
    }
}

/// Days since 1970-01-01 → months since 1970-01.
pub fn month_of(day: u16) -> u16 {
    let (y, m) = year_month(i64::from(day));
    ((y - 1970) * 12 + (m - 1)).clamp(0, i64::from(u16::MAX)) as u16
}

/// Months since 1970-01 → the days since 1970-01-01 of its first day
/// (the last day `u16` holds for months past it).
pub fn first_day(month: u16) -> u16 {
    let y = 1970 + i64::from(month / 12);
    let m = i64::from(month % 12) + 1;
    u16::try_from(days_from_civil(y, m, 1)).unwrap_or(u16::MAX)
}

/// Howard Hinnant's civil-from-days, to the year and month.
fn year_month(days: i64) -> (i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m)
}

/// Howard Hinnant's days-from-civil.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

// ---------- the team key file ----------

/// A team's key pair as the manager's device keeps it and its backup
/// file holds it: the name, and the private key as a JWK (RFC 7517/7518:
/// `kty` EC, `crv` P-256, `x`, `y`, `d`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyFile {
    pub name: String,
    pub public: PublicKey,
    /// The private scalar.
    pub d: [u8; 32],
}

impl KeyFile {
    pub fn team(&self) -> Team {
        Team { public: self.public, name: self.name.clone() }
    }

    /// The private key as a JWK, for WebCrypto's `importKey("jwk", …)`.
    pub fn jwk(&self) -> Value {
        json!({
            "kty": "EC",
            "crv": "P-256",
            "x": base64url(&self.public[1..33]),
            "y": base64url(&self.public[33..]),
            "d": base64url(&self.d),
            "ext": true,
            "key_ops": ["deriveBits"],
        })
    }

    /// The key file's text (also what the device keeps).
    pub fn text(&self) -> String {
        let v = json!({ "kind": KEY_FILE_KIND, "version": VERSION, "name": self.name, "jwk": self.jwk() });
        serde_json::to_string_pretty(&v).unwrap_or_default()
    }

    /// From a JWK WebCrypto exported, and the team's name.
    pub fn from_jwk(name: &str, jwk: &Value) -> Result<KeyFile, SealError> {
        let field = |k: &str| jwk.get(k).and_then(Value::as_str);
        if field("kty") != Some("EC") || field("crv") != Some("P-256") {
            return Err(SealError::KeyFile);
        }
        let bytes = |k: &str| -> Result<[u8; 32], SealError> {
            field(k).and_then(from_base64url).and_then(|b| b.try_into().ok()).ok_or(SealError::KeyFile)
        };
        let (x, y, d) = (bytes("x")?, bytes("y")?, bytes("d")?);
        let mut public = [4u8; KEY_BYTES];
        public[1..33].copy_from_slice(&x);
        public[33..].copy_from_slice(&y);
        let name = team_name(name);
        Ok(KeyFile { name, public, d })
    }

    /// Reads a key file (or what the device kept).
    pub fn read(text: &str) -> Result<KeyFile, SealError> {
        if text.len() > MAX_INPUT {
            return Err(SealError::KeyFile);
        }
        let v: Value = serde_json::from_str(text).map_err(|_| SealError::KeyFile)?;
        if v.get("kind").and_then(Value::as_str) != Some(KEY_FILE_KIND) {
            return Err(SealError::KeyFile);
        }
        match v.get("version").and_then(Value::as_u64) {
            Some(1) => {}
            Some(n) if n > 1 => return Err(SealError::NewerVersion(n.min(255) as u8)),
            _ => return Err(SealError::KeyFile),
        }
        let name = v.get("name").and_then(Value::as_str).unwrap_or_default();
        KeyFile::from_jwk(name, v.get("jwk").ok_or(SealError::KeyFile)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_coarse_and_round_trip() {
        // 2025-11-23 is in 2025-11, whose first day is 2025-11-01.
        assert_eq!(month_of(20_415), (2025 - 1970) * 12 + 10);
        assert_eq!(share::date(first_day(month_of(20_415))), "2025-11-01");
        assert_eq!(first_day(0), 0);
        assert_eq!(share::date(first_day(month_of(11_016))), "2000-02-01");
        assert_eq!(first_day(u16::MAX), u16::MAX);
    }

    #[test]
    fn every_seal_error_is_told_in_each_language() {
        use crate::text::language_file::native;
        let all = [
            SealError::Foreign,
            SealError::TooLong,
            SealError::Damaged,
            SealError::NewerVersion(9),
            SealError::BadKey,
            SealError::NoTeamKey,
            SealError::OtherTeam,
            SealError::CannotOpen,
            SealError::KeyFile,
        ];
        for code in ["ru", "en"] {
            let said: Vec<&str> = all.iter().map(|e| e.words(native(code))).collect();
            let distinct: std::collections::BTreeSet<_> = said.iter().collect();
            assert_eq!(distinct.len(), all.len(), "{code}: {said:?}");
            assert!(said.iter().all(|w| w.ends_with('.')), "{code}: {said:?}");
        }
    }
}
