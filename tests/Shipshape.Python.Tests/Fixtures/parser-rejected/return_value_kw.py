return from
