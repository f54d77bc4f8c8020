"""CHC (chunked hash-chained cipher): files are encrypted in 64 KiB chunks with AES-256-GCM.

Each chunk's nonce is derived from the previous chunk's tag, so chunks cannot be reordered or
dropped without detection. File keys are derived from the owner's secret with HKDF.
"""
import base64
import hashlib
import logging
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models import OwnerKey, db

logger = logging.getLogger(__name__)

CHUNK_SIZE = 64 * 1024
MAGIC = b'CHC1'
TAG_SIZE = 16


def derive_file_key(owner_secret: bytes, file_id: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=file_id.encode(), info=b'vault-chc-file-key')
    return hkdf.derive(owner_secret)


def _next_nonce(previous: bytes, index: int) -> bytes:
    return hashlib.sha256(previous + index.to_bytes(8, 'big')).digest()[:12]


def encrypt_stream(key: bytes, source, destination) -> str:
    """Encrypt source into destination; returns the SHA-256 of the plaintext."""
    aes = AESGCM(key)
    seed = os.urandom(12)
    destination.write(MAGIC + seed)
    digest = hashlib.sha256()
    previous, index = seed, 0
    while True:
        chunk = source.read(CHUNK_SIZE)
        if not chunk:
            break
        digest.update(chunk)
        sealed = aes.encrypt(_next_nonce(previous, index), chunk, MAGIC)
        destination.write(len(sealed).to_bytes(4, 'big') + sealed)
        previous, index = sealed[-TAG_SIZE:], index + 1
    return digest.hexdigest()


def decrypt_stream(key: bytes, source):
    """Yield plaintext chunks; raises cryptography's InvalidTag on tampering."""
    aes = AESGCM(key)
    header = source.read(len(MAGIC) + 12)
    if header[:len(MAGIC)] != MAGIC:
        raise ValueError('not a CHC file')
    previous, index = header[len(MAGIC):], 0
    while True:
        size_bytes = source.read(4)
        if not size_bytes:
            break
        sealed = source.read(int.from_bytes(size_bytes, 'big'))
        yield aes.decrypt(_next_nonce(previous, index), sealed, MAGIC)
        previous, index = sealed[-TAG_SIZE:], index + 1


def _master(master_key_b64: str) -> AESGCM:
    key = base64.urlsafe_b64decode(master_key_b64)
    if len(key) != 32:
        raise RuntimeError('VAULT_MASTER_KEY must be 32 bytes, urlsafe-base64 encoded')
    return AESGCM(key)


def owner_secret(user_id: int, master_key_b64: str) -> bytes:
    """The owner's secret, unwrapped with the master key; created and stored on first use."""
    aes = _master(master_key_b64)
    row = db.session.get(OwnerKey, user_id)
    if row is None:
        secret = os.urandom(32)
        nonce = os.urandom(12)
        row = OwnerKey(user_id=user_id, wrapped_secret=nonce + aes.encrypt(nonce, secret, str(user_id).encode()))
        db.session.add(row)
        db.session.commit()
        logger.info('generated file-key secret for user id=%s', user_id)
        return secret
    nonce, sealed = row.wrapped_secret[:12], row.wrapped_secret[12:]
    return aes.decrypt(nonce, sealed, str(user_id).encode())
