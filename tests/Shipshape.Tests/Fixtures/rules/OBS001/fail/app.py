from flask import Flask

app = Flask(__name__)


@app.route("/records/<int:record_id>/unlock", methods=["POST"])
def unlock(record_id):
    print(f"record {record_id} unlocked")  # expect: OBS001
    return "ok"


if __name__ == "__main__":
    print("running on http://127.0.0.1:5000")  # expect: OBS001
    app.run()
