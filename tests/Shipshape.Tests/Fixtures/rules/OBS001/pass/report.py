def summary(rows):
    return len(rows)


if __name__ == "__main__":
    print(summary([]))
