import fastapi

api = fastapi.FastAPI(debug=True)  # expect: DBG001
