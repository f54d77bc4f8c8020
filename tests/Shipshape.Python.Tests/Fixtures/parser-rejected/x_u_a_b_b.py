x = u'a' b'b'
