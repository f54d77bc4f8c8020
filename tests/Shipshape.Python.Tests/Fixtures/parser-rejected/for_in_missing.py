for x y: pass
