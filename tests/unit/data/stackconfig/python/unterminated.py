s = """never closed
create_engine(pool_size=1)
