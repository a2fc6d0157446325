"""Help: the F1 "What am I looking at?" window and its texts."""
