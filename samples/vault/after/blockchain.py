"""Tamper-evident audit trail: every event is a block holding the hash of the previous block.

Blocks are rows of audit_blocks; appending takes a row lock on the chain head so that two
workers cannot both extend the same block.
"""
import hashlib
import json
import logging
import time

from sqlalchemy import select

from models import AuditBlock, db

logger = logging.getLogger(__name__)


def _hash_block(index, timestamp, event, previous_hash):
    payload = json.dumps({'index': index, 'timestamp': timestamp, 'event': event, 'previous_hash': previous_hash},
                         sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


class AuditChain:
    def ensure_genesis(self):
        if db.session.scalar(select(AuditBlock).limit(1)) is None:
            event, ts = {'type': 'genesis'}, time.time()
            db.session.add(AuditBlock(index=0, timestamp=ts, event=event, previous_hash='0' * 64,
                                      hash=_hash_block(0, ts, event, '0' * 64)))
            db.session.commit()

    def record(self, event_type, actor, **details):
        head = db.session.scalar(select(AuditBlock).order_by(AuditBlock.index.desc()).limit(1).with_for_update())
        if head is None:
            self.ensure_genesis()
            return self.record(event_type, actor, **details)
        event = {'type': event_type, 'actor': actor, **details}
        index, ts = head.index + 1, time.time()
        block = AuditBlock(index=index, timestamp=ts, event=event, previous_hash=head.hash,
                           hash=_hash_block(index, ts, event, head.hash), file_id=details.get('file_id'))
        db.session.add(block)
        db.session.commit()
        logger.info('audit %s by %s', event_type, actor)
        return block

    def verify(self):
        previous = None
        for block in db.session.scalars(select(AuditBlock).order_by(AuditBlock.index)).yield_per(500):
            expected = _hash_block(block.index, block.timestamp, block.event, block.previous_hash)
            if block.hash != expected or (previous is not None and block.previous_hash != previous.hash):
                print(f'[audit] chain broken at block {block.index}')
                return False, block.index
            previous = block
        return True, None

    def recent(self, limit=200):
        blocks = db.session.scalars(select(AuditBlock).order_by(AuditBlock.index.desc()).limit(limit)).all()
        return [{'index': b.index, 'timestamp': b.timestamp, 'event': b.event,
                 'previous_hash': b.previous_hash, 'hash': b.hash} for b in reversed(blocks)]
