"""CHC round trip and tamper detection."""
import io
import os
import unittest

from cryptography.exceptions import InvalidTag

from encryption import CHUNK_SIZE, decrypt_stream, derive_file_key, encrypt_stream


class ChcTest(unittest.TestCase):
    def setUp(self):
        self.key = derive_file_key(os.urandom(32), 'f' * 32)
        self.plain = os.urandom(CHUNK_SIZE * 2 + 123)
        self.sealed = io.BytesIO()
        encrypt_stream(self.key, io.BytesIO(self.plain), self.sealed)

    def test_round_trip(self):
        self.sealed.seek(0)
        self.assertEqual(b''.join(decrypt_stream(self.key, self.sealed)), self.plain)

    def test_flipped_byte_is_detected(self):
        data = bytearray(self.sealed.getvalue())
        data[40] ^= 1
        with self.assertRaises(InvalidTag):
            b''.join(decrypt_stream(self.key, io.BytesIO(bytes(data))))


if __name__ == '__main__':
    unittest.main()
