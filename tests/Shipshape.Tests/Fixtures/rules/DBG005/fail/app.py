from flask import Flask, render_template

app = Flask(__name__)  # expect: DBG005


@app.errorhandler(404)
def not_found(_error):
    return render_template('errors/404.html'), 404
