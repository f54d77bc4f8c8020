try:
 pass
