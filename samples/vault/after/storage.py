"""Where encrypted blobs live: S3 in production, a mounted volume in development."""
import os

import boto3


class S3Storage:
    def __init__(self, bucket):
        self.bucket = bucket
        self.client = boto3.client('s3')

    def save(self, key, fileobj):
        self.client.upload_fileobj(fileobj, self.bucket, key, ExtraArgs={'ServerSideEncryption': 'AES256'})

    def open(self, key):
        return self.client.get_object(Bucket=self.bucket, Key=key)['Body']

    def delete(self, key):
        self.client.delete_object(Bucket=self.bucket, Key=key)


class LocalStorage:
    def __init__(self, root):
        self.root = root
        os.makedirs(root, exist_ok=True)

    def _path(self, key):
        return os.path.join(self.root, os.path.basename(key))

    def save(self, key, fileobj):
        with open(self._path(key), 'wb') as out:
            while chunk := fileobj.read(1024 * 1024):
                out.write(chunk)

    def open(self, key):
        return open(self._path(key), 'rb')

    def delete(self, key):
        os.remove(self._path(key))


def make_storage(config):
    if config['STORAGE_BACKEND'] == 's3':
        return S3Storage(config['S3_BUCKET'])
    return LocalStorage(config['LOCAL_STORAGE_DIR'])
