import os

from flask import Flask

app = Flask(__name__)
app.config['SECRET_KEY'] = os.environ['SECRET_KEY']
if os.getenv('APP_ENV') == 'development':
    app.config['DEBUG'] = True

if __name__ == '__main__':
    app.run(debug=True)
