import os
name = "bom é"
print(name)
