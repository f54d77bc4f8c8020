x = a < not b
