from sqlalchemy import create_engine
engine = create_engine(URL, pool_size=20,
    max_overflow=40
