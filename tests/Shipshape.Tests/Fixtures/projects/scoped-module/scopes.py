import os


def outer(a=1):
    helper()

    def inner():
        return os.path.join("a", "b")

    class Local:
        value = len([])

    return inner


class Config:
    DEBUG = bool(0)

    def method(self):
        print("in method")


if __name__ == "__main__":
    outer()
    if __name__ == "__main__":
        notify("nested guard")
    run()
after_guard()
