from portal_archive.cli import main

main()
