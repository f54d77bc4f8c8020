from flask import Flask as F

app = F(__name__)

if __name__ == '__main__':
    app.run()
