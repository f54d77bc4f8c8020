class C: def f(): pass
