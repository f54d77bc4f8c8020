import os

from flask import Flask as F

app = F(__name__)
app.config.from_object('config.ProductionConfig')

if __name__ == '__main__':
    app.run(debug=os.getenv('FLASK_DEBUG', 'False').lower() == 'true', port=5002)
