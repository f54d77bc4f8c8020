# -*- coding: latin-1 -*-
# été
s = "café £"
déjà = s
