//! WebCrypto for sealed results: the thin browser side of
//! `document::seal`, whose comment states the construction (ECDH P-256,
//! HKDF-SHA-256, AES-256-GCM with a random 96-bit IV and the envelope's
//! header as additional data). Every step is the browser's own
//! implementation; nothing here is cryptography of our own. Also where
//! the team key and the team a person sends to are kept.

use crate::document::saved::Keys;
use crate::document::seal::{self, Envelope, INFO, KeyFile, PublicKey, SealError, Team};
use crate::ui::state::storage::{Backend, WriteError};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, CryptoKeyPair, SubtleCrypto};

fn crypto() -> Option<web_sys::Crypto> {
    web_sys::window()?.crypto().ok()
}

fn subtle() -> Result<SubtleCrypto, JsValue> {
    crypto().map(|c| c.subtle()).ok_or_else(|| JsValue::from_str("no WebCrypto"))
}

/// A plain object of algorithm parameters.
fn params(pairs: &[(&str, &JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn usages(list: &[&str]) -> JsValue {
    list.iter().map(|u| JsValue::from_str(u)).collect::<Array>().into()
}

fn s(x: &str) -> JsValue {
    JsValue::from_str(x)
}

fn bytes(b: &[u8]) -> Uint8Array {
    Uint8Array::from(b)
}

async fn wait(p: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(p?).await
}

fn ecdh() -> Object {
    params(&[("name", &s("ECDH")), ("namedCurve", &s("P-256"))])
}

/// A raw P-256 public key, imported.
async fn public_key(raw: &PublicKey) -> Result<CryptoKey, JsValue> {
    wait(subtle()?.import_key_with_object("raw", &bytes(raw), &ecdh(), true, &usages(&[]))).await?.dyn_into()
}

/// The AES-GCM key for one sealed result: HKDF-SHA-256 over the ECDH
/// shared secret.
async fn aes_key(secret: JsValue, salt: &[u8], usage: &str) -> Result<CryptoKey, JsValue> {
    let sc = subtle()?;
    let secret: Object = secret.dyn_into()?;
    let hkdf = wait(sc.import_key_with_object(
        "raw",
        &secret,
        &params(&[("name", &s("HKDF"))]),
        false,
        &usages(&["deriveKey"]),
    ))
    .await?
    .dyn_into::<CryptoKey>()?;
    let how = params(&[("name", &s("HKDF")), ("hash", &s("SHA-256")), ("salt", &bytes(salt)), ("info", &bytes(INFO))]);
    let aes = params(&[("name", &s("AES-GCM")), ("length", &JsValue::from(256))]);
    wait(sc.derive_key_with_object_and_object(&how, &hkdf, &aes, false, &usages(&[usage]))).await?.dyn_into()
}

fn gcm(iv: &[u8], header: &[u8]) -> Object {
    params(&[
        ("name", &s("AES-GCM")),
        ("iv", &bytes(iv)),
        ("additionalData", &bytes(header)),
        ("tagLength", &JsValue::from(128)),
    ])
}

fn to_vec(buffer: &JsValue) -> Vec<u8> {
    Uint8Array::new(buffer).to_vec()
}

/// A new team: a P-256 key pair made here, the private key exported as a JWK.
pub async fn create_team(name: &str) -> Result<KeyFile, SealError> {
    let made = async {
        // A dictionary, not a class: `instanceof` cannot check it.
        let pair: CryptoKeyPair =
            wait(subtle()?.generate_key_with_object(&ecdh(), true, &usages(&["deriveBits"]))).await?.unchecked_into();
        let jwk = wait(subtle()?.export_key("jwk", &pair.get_private_key())).await?;
        let text = js_sys::JSON::stringify(&jwk)?.as_string().unwrap_or_default();
        Ok::<String, JsValue>(text)
    };
    let text = made.await.map_err(|_| SealError::KeyFile)?;
    let jwk: serde_json::Value = serde_json::from_str(&text).map_err(|_| SealError::KeyFile)?;
    KeyFile::from_jwk(name, &jwk)
}

/// Seals `inside` for `team`: a fresh ephemeral key pair, dropped after.
pub async fn seal(team: &Team, inside: &[u8]) -> Result<Envelope, SealError> {
    let sealed = async {
        let sc = subtle()?;
        let theirs = public_key(&team.public).await?;
        let pair: CryptoKeyPair =
            wait(sc.generate_key_with_object(&ecdh(), false, &usages(&["deriveBits"]))).await?.unchecked_into();
        let raw = to_vec(&wait(sc.export_key("raw", &pair.get_public_key())).await?);
        let ephemeral: PublicKey = raw.try_into().map_err(|_| JsValue::from_str("key"))?;
        let secret = wait(sc.derive_bits_with_object(
            &params(&[("name", &s("ECDH")), ("public", &theirs)]),
            &pair.get_private_key(),
            256,
        ))
        .await?;
        let key = aes_key(secret, &seal::salt(&ephemeral, &team.public), "encrypt").await?;
        let mut iv = [0u8; seal::IV_BYTES];
        crypto().ok_or_else(|| JsValue::from_str("no crypto"))?.get_random_values_with_u8_array(&mut iv)?;
        let mut envelope = Envelope { key: team.id(), ephemeral, iv, ciphertext: Vec::new() };
        let header = envelope.header();
        envelope.ciphertext =
            to_vec(&wait(sc.encrypt_with_object_and_u8_array(&gcm(&iv, &header), &key, inside)).await?);
        Ok::<Envelope, JsValue>(envelope)
    };
    sealed.await.map_err(|_| SealError::BadKey)
}

/// The team's private key, imported once to open many sealed results.
pub struct Opener {
    key: KeyFile,
    private: CryptoKey,
}

impl Opener {
    pub async fn new(key: KeyFile) -> Result<Opener, SealError> {
        let imported = async {
            let jwk: Object = js_sys::JSON::parse(&key.jwk().to_string())?.dyn_into()?;
            wait(subtle()?.import_key_with_object("jwk", &jwk, &ecdh(), false, &usages(&["deriveBits"])))
                .await?
                .dyn_into::<CryptoKey>()
        };
        let private = imported.await.map_err(|_| SealError::KeyFile)?;
        Ok(Opener { key, private })
    }

    /// What a sealed result holds, or why it cannot be opened here.
    pub async fn open(&self, envelope: &Envelope) -> Result<Vec<u8>, SealError> {
        envelope.for_team(&self.key.public)?;
        let theirs = public_key(&envelope.ephemeral).await.map_err(|_| SealError::BadKey)?;
        let opened = async {
            let sc = subtle()?;
            let secret = wait(sc.derive_bits_with_object(
                &params(&[("name", &s("ECDH")), ("public", &theirs)]),
                &self.private,
                256,
            ))
            .await?;
            let key = aes_key(secret, &seal::salt(&envelope.ephemeral, &self.key.public), "decrypt").await?;
            let plain = wait(sc.decrypt_with_object_and_u8_array(
                &gcm(&envelope.iv, &envelope.header()),
                &key,
                &envelope.ciphertext,
            ))
            .await?;
            Ok::<Vec<u8>, JsValue>(to_vec(&plain))
        };
        opened.await.map_err(|_| SealError::CannotOpen)
    }
}

// ---------- kept on this device ----------

/// The team key this widget keeps, if any (and readable).
pub fn kept_key(instance: Option<&str>) -> Option<KeyFile> {
    let (backend, _) = Backend::open();
    KeyFile::read(&backend.get(&Keys::new(instance).team_key())?).ok()
}

/// Keeps the team key; `Err` when the device refused it (it is then only
/// in memory until the page closes: the download is the way to keep it).
pub fn keep_key(instance: Option<&str>, key: &KeyFile) -> Result<(), WriteError> {
    let (mut backend, _) = Backend::open();
    if backend.in_memory() {
        return Err(WriteError::Refused);
    }
    backend.set(&Keys::new(instance).team_key(), &key.text())
}

pub fn forget_key(instance: Option<&str>) -> bool {
    let (mut backend, _) = Backend::open();
    backend.remove(&Keys::new(instance).team_key())
}

/// The team this widget's results can go sealed to, if one was set.
pub fn send_to(instance: Option<&str>) -> Option<Team> {
    let (backend, _) = Backend::open();
    Team::decode(&format!("{}{}", seal::TEAM_PREFIX, backend.get(&Keys::new(instance).send_to())?)).ok()
}

pub fn keep_send_to(instance: Option<&str>, team: &Team) -> Result<(), WriteError> {
    let (mut backend, _) = Backend::open();
    backend.set(&Keys::new(instance).send_to(), &team.encode())
}

pub fn forget_send_to(instance: Option<&str>) -> bool {
    let (mut backend, _) = Backend::open();
    backend.remove(&Keys::new(instance).send_to())
}
