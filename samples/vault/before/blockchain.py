"""Tamper-evident audit trail: every event is a block holding the hash of the previous block."""
import hashlib
import json
import os
import time

CHAIN_FILE = 'audit_chain.json'


def _hash_block(block):
    payload = json.dumps({k: block[k] for k in ('index', 'timestamp', 'event', 'previous_hash')}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


class AuditChain:
    def __init__(self, path=CHAIN_FILE):
        self.path = path
        self.blocks = []
        self._load()

    def _load(self):
        if os.path.exists(self.path):
            with open(self.path) as f:
                self.blocks = json.load(f)
            print(f'[audit] loaded {len(self.blocks)} blocks')
        else:
            genesis = {'index': 0, 'timestamp': time.time(), 'event': {'type': 'genesis'}, 'previous_hash': '0' * 64}
            genesis['hash'] = _hash_block(genesis)
            self.blocks = [genesis]
            self._save()

    def _save(self):
        with open(self.path, 'w') as f:
            json.dump(self.blocks, f, indent=2)

    def record(self, event_type, actor, **details):
        previous = self.blocks[-1]
        block = {
            'index': previous['index'] + 1,
            'timestamp': time.time(),
            'event': {'type': event_type, 'actor': actor, **details},
            'previous_hash': previous['hash'],
        }
        block['hash'] = _hash_block(block)
        self.blocks.append(block)
        self._save()
        print(f'[audit] {event_type} by {actor}')
        return block

    def verify(self):
        for previous, block in zip(self.blocks, self.blocks[1:]):
            if block['previous_hash'] != previous['hash'] or block['hash'] != _hash_block(block):
                return False, block['index']
        return True, None

    def events_for(self, file_id):
        return [b for b in self.blocks if b['event'].get('file_id') == file_id]
