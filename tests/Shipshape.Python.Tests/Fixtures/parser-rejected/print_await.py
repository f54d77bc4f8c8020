print(await)
