from portal_archive.cli import main

# Guarded: the parser's worker process (multiprocessing "spawn") imports this
# module again, and must not start a second command.
if __name__ == "__main__":
    main()
